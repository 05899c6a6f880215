"""Benchmark: RFC 9162 root of 1M leaves through the kernel vs. raw hashlib over the same bytes.

    .venv/bin/python bench/merkle_kernel.py                    # 1,000,000 leaves, sha256 and sm3
    .venv/bin/python bench/merkle_kernel.py --n 100000 --algorithms sha256

For each algorithm, on the same deterministic entries (``--entry-size`` bytes each):

* raw hashlib, one stream: one digest over the concatenation of all entries — the
  cheapest thing that touches every byte (no tree at all);
* raw hashlib, 2n−1 calls: the very hashes a Merkle tree needs (n leaf hashes over
  ``0x00 ‖ entry``, n−1 node hashes over 65-byte inputs) in bare list comprehensions —
  the floor for a Python implementation of the tree; the reference (1.00×);
* the kernel doing the same job: ``hash_leaves`` (one call for the batch) or
  ``leaf_hash`` for every entry, then the tree through
  ``CompactRange.extend`` (the sealer's builder), ``CompactRange.append`` one call per
  leaf, or ``root_hash`` over the list — with the parts shown separately;
* O(log n) operations at full size: ``inclusion_proof_from_nodes`` (nodes served from an
  in-memory table) and ``verify_inclusion``, averaged over 10,000 random leaves.

All kernel roots are checked equal to the raw one. Times are wall-clock, best of
``--repeat`` runs, with the garbage collector paused during each timed run (as
``timeit`` does).
"""

from __future__ import annotations

import argparse
import gc
import platform
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sanxiang.kernel import merkle, sm3


def entries(n: int, size: int) -> list[bytes]:
    pad = bytes(range(256)) * (size // 256 + 1)
    return [(b"%020d|" % i + pad)[:size] for i in range(n)]


def best(repeat: int, fn: Callable[[], object]) -> tuple[float, object]:
    times = []
    result: object = None
    for _ in range(repeat):
        result = None
        gc.collect()
        gc.disable()  # as timeit does: a million new objects would otherwise trigger GC passes
        try:
            t0 = time.perf_counter()
            result = fn()
            times.append(time.perf_counter() - t0)
        finally:
            gc.enable()
    return min(times), result


def raw_tree(data: list[bytes], new: Callable[..., object]) -> bytes:
    level = [new(b"\x00" + d).digest() for d in data]  # type: ignore[attr-defined]
    while len(level) > 1:
        nxt = [new(b"\x01" + level[i] + level[i + 1]).digest() for i in range(0, len(level) - 1, 2)]  # type: ignore[attr-defined]
        if len(level) & 1:
            nxt.append(level[-1])
        level = nxt
    return level[0]


def run(algorithm: str, data: list[bytes], repeat: int) -> list[tuple[str, float, str]]:
    hasher = merkle.get_hasher(algorithm)
    new = hasher.new
    n = len(data)
    rows: list[tuple[str, float, str]] = []

    def stream() -> bytes:
        h = new()
        for d in data:
            h.update(d)
        return h.digest()

    t, _ = best(repeat, stream)
    rows.append(("raw hashlib: one digest streamed over all entries (no tree)", t, "1 digest"))
    t, raw_root = best(repeat, lambda: raw_tree(data, new))
    rows.append(
        ("raw hashlib: the 2n−1 tree hashes in bare list comprehensions", t, f"{2 * n - 1:,} digests")
    )

    t_leaf, leaves = best(repeat, lambda: [merkle.leaf_hash(d, algorithm=algorithm) for d in data])
    assert isinstance(leaves, list)
    t_batch, batch_leaves = best(repeat, lambda: merkle.hash_leaves(data, algorithm=algorithm))
    assert batch_leaves == leaves

    def build_extend() -> bytes:
        cr = merkle.CompactRange(algorithm=algorithm)
        cr.extend(leaves)
        return cr.root()

    def build_append() -> bytes:
        cr = merkle.CompactRange(algorithm=algorithm)
        append = cr.append
        for h in leaves:
            append(h)
        return cr.root()

    t_ext, root = best(repeat, build_extend)
    assert root == raw_root, "CompactRange.extend root differs"
    t_app, root = best(repeat, build_append)
    assert root == raw_root, "CompactRange.append root differs"
    t_list, root = best(repeat, lambda: merkle.root_hash(leaves, algorithm=algorithm))
    assert root == raw_root, "root_hash differs"

    pipeline = f"{2 * n - 1:,} digests"
    rows.append(("kernel: hash_leaves + CompactRange.extend + root()", t_batch + t_ext, pipeline))
    rows.append(("kernel: leaf_hash × n + CompactRange.extend + root()", t_leaf + t_ext, pipeline))
    rows.append(("kernel: leaf_hash × n + CompactRange.append × n + root()", t_leaf + t_app, pipeline))
    rows.append(("kernel: hash_leaves + root_hash(list)", t_batch + t_list, pipeline))
    rows.append(("  of which hash_leaves", t_batch, f"{n:,} digests"))
    rows.append(("  of which leaf_hash × n", t_leaf, f"{n:,} digests"))
    rows.append(("  of which CompactRange.extend + root()", t_ext, f"{n - 1:,} digests"))
    rows.append(("  of which CompactRange.append × n + root()", t_app, f"{n - 1:,} digests"))
    rows.append(("  of which root_hash(list)", t_list, f"{n - 1:,} digests"))

    # O(log n) operations against a full node table.
    levels = [leaves]
    while len(levels[-1]) > 1:
        prev = levels[-1]
        levels.append([hasher.node(prev[i], prev[i + 1]) for i in range(0, len(prev) - 1, 2)])

    def get_node(level: int, index: int) -> bytes:
        return levels[level][index]

    rng = random.Random(1)
    sample = [rng.randrange(n) for _ in range(10_000)]
    t0 = time.perf_counter()
    proofs = [merkle.inclusion_proof_from_nodes(i, n, get_node, algorithm=algorithm) for i in sample]
    t_proof = (time.perf_counter() - t0) / len(sample)
    t0 = time.perf_counter()
    for i, p in zip(sample, proofs, strict=True):
        merkle.verify_inclusion(
            leaf_hash=leaves[i], index=i, size=n, proof=p, root=raw_root, algorithm=algorithm
        )
    t_verify = (time.perf_counter() - t0) / len(sample)
    rows.append(("inclusion_proof_from_nodes (per proof)", t_proof, f"{len(proofs[0])} elements"))
    rows.append(("verify_inclusion (per proof)", t_verify, "10,000 random leaves"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--entry-size", type=int, default=128)
    parser.add_argument("--algorithms", default="sha256,sm3")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    print(f"python {platform.python_version()} on {platform.machine()} ({platform.system()})")
    print(f"SM3 from {'OpenSSL' if sm3.OPENSSL_SM3 else 'pure Python fallback'}")
    print(f"n = {args.n:,} leaves of {args.entry_size} bytes; best of {args.repeat}")
    data = entries(args.n, args.entry_size)
    for algorithm in args.algorithms.split(","):
        rows = run(algorithm, data, args.repeat)
        floor = rows[1][1]
        print()
        print(f"## {algorithm}")
        print()
        print("| operation | time | per leaf | vs. raw tree | work |")
        print("|---|---:|---:|---:|---|")
        for name, t, work in rows:
            if name.endswith("(per proof)"):
                print(f"| {name} | {t * 1e6:.1f} µs | – | – | {work} |")
            else:
                print(f"| {name} | {t:.3f} s | {t / args.n * 1e9:.0f} ns | {t / floor:.2f}× | {work} |")


if __name__ == "__main__":
    main()
