"""RFC 9162 Merkle kernel: conformance data, known answers, cross-checks, compact range."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest

from sanxiang.kernel import merkle, sm3
from sanxiang.kernel.merkle import (
    ALGORITHMS,
    CompactRange,
    ProofError,
    consistency_proof,
    consistency_proof_from_nodes,
    inclusion_proof,
    inclusion_proof_from_nodes,
    leaf_hash,
    node_hash,
    root_from_nodes,
    root_hash,
    verify_consistency,
    verify_inclusion,
)

TESTDATA = Path(__file__).resolve().parents[3] / ".." / "shared" / "reference" / "merkle-testdata"

# --------------------------------------------------------------- conformance suite


def _cases(kind: str) -> list:
    root = TESTDATA / kind
    if not root.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"conformance data not found at {root}"))]
    files = sorted(root.rglob("*.json"))
    assert files, f"no json files under {root}"
    return [pytest.param(p, id=str(p.relative_to(TESTDATA))) for p in files]


def _b64(value: str | None) -> bytes:
    return base64.b64decode(value or "", validate=True)


@pytest.mark.parametrize("path", _cases("inclusion"))
def test_conformance_inclusion(path: Path) -> None:
    case = json.loads(path.read_text())
    kwargs = {
        "leaf_hash": _b64(case["leafHash"]),
        "index": case["leafIdx"],
        "size": case["treeSize"],
        "proof": [_b64(p) for p in case["proof"] or []],
        "root": _b64(case["root"]),
    }
    if case["wantErr"]:
        with pytest.raises(ProofError):
            verify_inclusion(**kwargs)
    else:
        verify_inclusion(**kwargs)


@pytest.mark.parametrize("path", _cases("consistency"))
def test_conformance_consistency(path: Path) -> None:
    case = json.loads(path.read_text())
    kwargs = {
        "size1": case["size1"],
        "size2": case["size2"],
        "proof": [_b64(p) for p in case["proof"] or []],
        "root1": _b64(case["root1"]),
        "root2": _b64(case["root2"]),
    }
    if case["wantErr"]:
        with pytest.raises(ProofError):
            verify_consistency(**kwargs)
    else:
        verify_consistency(**kwargs)


def test_conformance_suite_is_complete() -> None:
    if not TESTDATA.is_dir():
        pytest.skip(f"conformance data not found at {TESTDATA}")
    files = list(TESTDATA.rglob("*.json"))
    assert len(files) >= 57
    assert any(json.loads(p.read_text())["wantErr"] for p in files)


# ------------------------------------------------------------------ known answers

LEAF_INPUTS = [
    bytes.fromhex(x)
    for x in [
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    ]
]
README_ROOTS = {
    0: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    1: "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    2: "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    3: "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    4: "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    5: "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    6: "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    7: "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    8: "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
}


@pytest.mark.parametrize("size", sorted(README_ROOTS))
def test_roots_of_the_classic_tree(size: int) -> None:
    leaves = [leaf_hash(d) for d in LEAF_INPUTS[:size]]
    assert root_hash(leaves).hex() == README_ROOTS[size]
    cr = CompactRange()
    cr.extend(leaves)
    assert cr.root().hex() == README_ROOTS[size]


def test_classic_tree_proofs_known_answers() -> None:
    # RFC 9162 §2.1.5 style: inclusion of leaf 0 in the 8-leaf tree, and a few subtree
    # hashes, checked against independent hand computation.
    lh = [leaf_hash(d) for d in LEAF_INPUTS]
    h01 = node_hash(lh[0], lh[1])
    h23 = node_hash(lh[2], lh[3])
    h45 = node_hash(lh[4], lh[5])
    h67 = node_hash(lh[6], lh[7])
    h0123 = node_hash(h01, h23)
    h4567 = node_hash(h45, h67)
    assert inclusion_proof(0, lh) == [lh[1], h23, h4567]
    assert inclusion_proof(5, lh) == [lh[4], h67, h0123]
    assert inclusion_proof(6, lh[:7]) == [h45, h0123]
    # RFC 9162 §2.1.5: consistency proofs in the 7-leaf tree of the example.
    h456 = node_hash(h45, lh[6])
    assert consistency_proof(3, lh[:7]) == [lh[2], lh[3], h01, h456]
    assert consistency_proof(4, lh[:7]) == [h456]
    assert consistency_proof(6, lh[:7]) == [h45, lh[6], h0123]
    # And the conformance suite's happy path 1 → 8.
    assert [base64.b64encode(p).decode() for p in consistency_proof(1, lh)] == [
        "lqKW0iTyhcZ77pPDD4owkVfw2qNdxbh+QQt4YwoJz8c=",
        "Xwg/ChozygdqlSeYMlgNs+DvRYS9/x9UyKNg9Q3jAx4=",
        "a0eq8p7jwq+a+Im8H7klTavTEXfxYjLdaqsDXKOb9uQ=",
    ]


def test_hash_definitions() -> None:
    import hashlib

    assert leaf_hash(b"x") == hashlib.sha256(b"\x00x").digest()
    assert node_hash(b"a" * 32, b"b" * 32) == hashlib.sha256(b"\x01" + b"a" * 32 + b"b" * 32).digest()
    assert leaf_hash(b"x", algorithm="sm3") == sm3.SM3(b"\x00x").digest()
    assert (
        node_hash(b"a" * 32, b"b" * 32, algorithm="sm3") == sm3.SM3(b"\x01" + b"a" * 32 + b"b" * 32).digest()
    )
    assert root_hash([]) == hashlib.sha256(b"").digest()
    for algorithm in ALGORITHMS:
        assert merkle.hash_leaves(LEAF_INPUTS, algorithm=algorithm) == [
            leaf_hash(d, algorithm=algorithm) for d in LEAF_INPUTS
        ]
    sm3_empty = "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b"
    assert root_hash([], algorithm="sm3").hex() == sm3_empty
    assert CompactRange(algorithm="sm3").root().hex() == sm3_empty


@pytest.mark.parametrize("bad", ["sha1", "SHA256", "", None, "md5"])
def test_unknown_algorithm(bad: object) -> None:
    with pytest.raises(ValueError):
        leaf_hash(b"", algorithm=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        root_hash([], algorithm=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        CompactRange(algorithm=bad)  # type: ignore[arg-type]
    with pytest.raises(ProofError):
        verify_inclusion(leaf_hash=b"\0" * 32, index=0, size=1, proof=[], root=b"\0" * 32, algorithm=bad)  # type: ignore[arg-type]


def test_sm3_and_sha256_trees_differ() -> None:
    lh = [leaf_hash(d) for d in LEAF_INPUTS]
    lh_sm3 = [leaf_hash(d, algorithm="sm3") for d in LEAF_INPUTS]
    assert lh != lh_sm3
    assert root_hash(lh_sm3, algorithm="sm3") != root_hash(lh)


# ------------------------------------------------- generation vs. nodes, all sizes

N = 300


def _leaves(algorithm: str, n: int = N) -> list[bytes]:
    return [leaf_hash(b"leaf %d" % i, algorithm=algorithm) for i in range(n)]


class NodeTable:
    """Every full subtree hash of a tree of N leaves, with a getter bounded to a size."""

    def __init__(self, leaves: list[bytes], algorithm: str) -> None:
        self.levels = [list(leaves)]
        while len(self.levels[-1]) > 1:
            prev = self.levels[-1]
            self.levels.append(
                [node_hash(prev[i], prev[i + 1], algorithm=algorithm) for i in range(0, len(prev) - 1, 2)]
            )
        self.reads = 0

    def getter(self, size: int):
        def get_node(level: int, index: int) -> bytes:
            assert level >= 0 and index >= 0
            assert (index + 1) << level <= size, f"node ({level}, {index}) is not full in size {size}"
            self.reads += 1
            return self.levels[level][index]

        return get_node


@pytest.fixture(scope="module", params=ALGORITHMS)
def tree(request):
    algorithm = request.param
    leaves = _leaves(algorithm)
    roots = []
    cr = CompactRange(algorithm=algorithm)
    roots.append(cr.root())
    for h in leaves:
        cr.append(h)
        roots.append(cr.root())
    return algorithm, leaves, roots, NodeTable(leaves, algorithm)


def test_roots_all_sizes(tree) -> None:
    algorithm, leaves, roots, table = tree
    for size in range(N + 1):
        assert root_hash(leaves[:size], algorithm=algorithm) == roots[size]
        assert root_from_nodes(size, table.getter(size), algorithm=algorithm) == roots[size]


def _indices(size: int) -> range | list[int]:
    # All indices for small trees; the edges, the middle and a spread for larger ones
    # (the list-based reference costs O(size) hashes per proof).
    if size <= 96 or os.environ.get("SANXIANG_FULL_MERKLE"):
        return range(size)
    return sorted({0, 1, size // 3, size // 2, size - 2, size - 1, *range(7, size, 37)})


def test_inclusion_proofs_from_nodes_equal_list_proofs(tree) -> None:
    algorithm, leaves, roots, table = tree
    for size in range(1, N + 1):
        prefix = leaves[:size]
        for index in _indices(size):
            want = inclusion_proof(index, prefix, algorithm=algorithm)
            got = inclusion_proof_from_nodes(index, size, table.getter(size), algorithm=algorithm)
            assert got == want, (size, index)


def test_consistency_proofs_from_nodes_equal_list_proofs(tree) -> None:
    algorithm, leaves, roots, table = tree
    for size2 in range(1, N + 1):
        prefix = leaves[:size2]
        for size1 in _indices(size2 + 1):
            if size1 == 0:
                continue
            want = consistency_proof(size1, prefix, algorithm=algorithm)
            got = consistency_proof_from_nodes(size1, size2, table.getter(size2), algorithm=algorithm)
            assert got == want, (size1, size2)


def test_every_inclusion_proof_verifies(tree) -> None:
    algorithm, leaves, roots, table = tree
    for size in range(1, N + 1):
        get = table.getter(size)
        for index in range(size):
            proof = inclusion_proof_from_nodes(index, size, get, algorithm=algorithm)
            verify_inclusion(
                leaf_hash=leaves[index],
                index=index,
                size=size,
                proof=proof,
                root=roots[size],
                algorithm=algorithm,
            )


def test_every_consistency_proof_verifies(tree) -> None:
    algorithm, leaves, roots, table = tree
    for size2 in range(1, N + 1):
        get = table.getter(size2)
        for size1 in range(1, size2 + 1):
            proof = consistency_proof_from_nodes(size1, size2, get, algorithm=algorithm)
            verify_consistency(
                size1=size1,
                size2=size2,
                proof=proof,
                root1=roots[size1],
                root2=roots[size2],
                algorithm=algorithm,
            )


def test_proofs_from_nodes_read_logarithmically(tree) -> None:
    algorithm, leaves, roots, table = tree
    size = N
    for index in range(size):
        table.reads = 0
        inclusion_proof_from_nodes(index, size, table.getter(size), algorithm=algorithm)
        assert table.reads <= 2 * size.bit_length()
    for size1 in range(1, size + 1):
        table.reads = 0
        consistency_proof_from_nodes(size1, size, table.getter(size), algorithm=algorithm)
        assert table.reads <= 2 * size.bit_length()


def test_generation_argument_errors() -> None:
    lh = _leaves("sha256", 5)
    for bad in (-1, 5, 6, True):
        with pytest.raises(ValueError):
            inclusion_proof(bad, lh)
        with pytest.raises(ValueError):
            inclusion_proof_from_nodes(bad, 5, lambda level, i: b"\0" * 32)
    for bad in (0, -1, 6):
        with pytest.raises(ValueError):
            consistency_proof(bad, lh)
        with pytest.raises(ValueError):
            consistency_proof_from_nodes(bad, 5, lambda level, i: b"\0" * 32)
    assert consistency_proof(5, lh) == []
    with pytest.raises(ValueError):
        root_hash([b"short"])
    with pytest.raises(ValueError):
        inclusion_proof_from_nodes(0, 2, lambda level, i: b"short")


# ------------------------------------------------------------ verifier strictness


def test_verifier_input_validation() -> None:
    lh = _leaves("sha256", 8)
    root = root_hash(lh)
    proof = inclusion_proof(3, lh)
    ok = {"leaf_hash": lh[3], "index": 3, "size": 8, "proof": proof, "root": root}
    verify_inclusion(**ok)
    verify_inclusion(**{**ok, "proof": tuple(proof)})
    bad_values = [
        ("index", -1), ("index", 8), ("index", 9), ("index", "3"), ("index", True), ("index", 3.0),
        ("size", 0), ("size", -8), ("size", None),
        ("leaf_hash", lh[3][:31]), ("leaf_hash", lh[3] + b"\0"), ("leaf_hash", lh[3].hex()),
        ("root", root[:31]), ("root", b""), ("root", None),
        ("proof", None), ("proof", b"".join(proof)), ("proof", [*proof[:2], proof[2][:31]]),
        ("proof", [*proof, b""]), ("proof", [*proof, root]), ("proof", proof[:-1]), ("proof", [root, *proof]),
    ]  # fmt: skip
    for key, value in bad_values:
        with pytest.raises(ProofError):
            verify_inclusion(**{**ok, key: value})
    # ProofError is a ValueError, so callers may catch either.
    assert issubclass(ProofError, ValueError)


def test_consistency_strictness() -> None:
    lh = _leaves("sha256", 8)
    r0, r1, r8 = root_hash([]), root_hash(lh[:1]), root_hash(lh)
    for size2, root2 in ((0, r0), (8, r8)):
        with pytest.raises(ProofError):
            verify_consistency(size1=0, size2=size2, proof=[], root1=r0, root2=root2)
    with pytest.raises(ProofError):
        verify_consistency(size1=8, size2=1, proof=[], root1=r8, root2=r1)
    verify_consistency(size1=8, size2=8, proof=[], root1=r8, root2=r8)
    with pytest.raises(ProofError):
        verify_consistency(size1=8, size2=8, proof=[r8], root1=r8, root2=r8)
    with pytest.raises(ProofError):
        verify_consistency(size1=8, size2=8, proof=[], root1=r8, root2=r1)
    with pytest.raises(ProofError):
        verify_consistency(size1=1, size2=8, proof=[], root1=r1, root2=r8)


# ----------------------------------------------------------------- compact range


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_compact_range_state_round_trip(algorithm: str) -> None:
    leaves = _leaves(algorithm, 300)
    cr = CompactRange(algorithm=algorithm)
    for i, h in enumerate(leaves):
        assert len(cr.hashes) == cr.size.bit_count()
        restored = CompactRange.from_state(cr.size, cr.hashes, algorithm=algorithm)
        assert restored.root() == cr.root()
        again = CompactRange.from_bytes(cr.to_bytes(), algorithm=algorithm)
        assert again.size == i and again.root() == cr.root()
        # Resuming and continuing gives the same tree as never stopping.
        restored.extend(leaves[i : i + 3])
        assert restored.root() == root_hash(leaves[: i + 3], algorithm=algorithm)
        cr.append(h)
    assert len(cr) == 300
    assert [(lvl, idx) for lvl, idx, _ in cr.nodes()] == [(8, 0), (5, 8), (3, 36), (2, 74)]


def test_compact_range_rejects_bad_state() -> None:
    h = leaf_hash(b"")
    with pytest.raises(ValueError):
        CompactRange.from_state(3, [h])
    with pytest.raises(ValueError):
        CompactRange.from_state(1, [h[:31]])
    with pytest.raises(ValueError):
        CompactRange.from_state(-1, [])
    with pytest.raises(ValueError):
        CompactRange.from_bytes(b"\0" * 7)
    with pytest.raises(ValueError):
        CompactRange.from_bytes(b"\0" * 8 + h)  # size 0 with one hash
    cr = CompactRange()
    with pytest.raises(ValueError):
        cr.append(b"short")
    with pytest.raises(ValueError):
        cr.extend([h, b"short"])
    assert cr.size == 0, "a batch with a bad hash appends nothing"
    cr.extend([h])
    assert cr.size == 1 and cr.root() == root_hash([h])


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_compact_range_on_node_emits_every_full_subtree_once(algorithm: str) -> None:
    leaves = _leaves(algorithm, 300)
    table = NodeTable(leaves, algorithm)
    seen: dict[tuple[int, int], bytes] = {}

    def on_node(level: int, index: int, h: bytes) -> None:
        assert (level, index) not in seen
        seen[(level, index)] = h

    cr = CompactRange(algorithm=algorithm, on_node=on_node)
    cr.extend(leaves[:100])
    for h in leaves[100:]:
        cr.append(h)
    expected = {(lvl, i): h for lvl, row in enumerate(table.levels) for i, h in enumerate(row)}
    assert seen == expected
    assert cr.root() == root_hash(leaves, algorithm=algorithm)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_compact_range_batch_extend_equals_appends(algorithm: str) -> None:
    leaves = _leaves(algorithm, 140)
    for start in range(70):
        base = CompactRange(algorithm=algorithm)
        base.extend(leaves[:start])
        for m in range(70):
            batch = CompactRange.from_state(base.size, base.hashes, algorithm=algorithm)
            batch.extend(leaves[start : start + m])
            one = CompactRange.from_state(base.size, base.hashes, algorithm=algorithm)
            for h in leaves[start : start + m]:
                one.append(h)
            assert (batch.size, batch.hashes) == (one.size, one.hashes), (start, m)
    assert batch.root() == root_hash(leaves[: start + m], algorithm=algorithm)
