"""``sanxiang ledger verify``: recompute everything the record vouches for and name each problem.

For every log, in one streaming pass over the entries (bounded memory):

* each entry's leaf hash is recomputed from its stored payload (RFC 9162 ``H(0x00 ‖ entry)``)
  and compared with the stored leaf hash, with the sealed level-0 tile hash at its index, and
  the entry's columns (sequence, log, kind, subject, actor, agency) with its payload; missing
  sequence numbers are named;
* two trees are rebuilt incrementally (``CompactRange``): **R** from the recomputed leaves and
  **T** from the stored level-0 tiles; every stored tile of level ≥ 1 must equal the roots of the
  stored tiles below it, and tile widths must match the sealed size (C2SP tlog-tiles);
* every stored checkpoint is opened with the trusted verifier keys (signature, origin, size
  and root columns against the signed note), and its root is compared with R's and T's root
  at its size. Checkpoints reproduced by R are prefixes of one tree, hence mutually
  consistent; for the others the RFC 9162 consistency proof between neighbours is computed
  from the stored tiles and checked.

A leaf that differs between R and T is blamed on the entry when the tiles still reproduce the
covering signed checkpoint, on the tile when the entries do. Then, for every registered model
(``ledger.registry``), the digest of each object's current state is compared with the digest
in the last event about it in the internal log.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from django.db import connection

from sanxiang.kernel import checkpoints as notes
from sanxiang.kernel import merkle
from sanxiang.ledger import keys, registry, tiles, triggers
from sanxiang.ledger.db import fetch_all
from sanxiang.ledger.models import HASH_SIZE, TILE_WIDTH, Checkpoint, Log
from sanxiang.ledger.services import INTERNAL

ENTRY_CHUNK = 20_000
TILE_CHUNK = 64
MAX_PER_KIND = 200  # problems listed per log and kind before summarising the rest


@dataclass
class Problem:
    kind: str  # entry | tile | checkpoint | object | log | setup
    log: str | None
    item: str  # "entry #12", "tile/0/003", "checkpoint @120", "org.agency:5"
    message: str

    def __str__(self) -> str:
        where = f"[{self.log}] " if self.log else ""
        return f"{where}{self.item}: {self.message}"


@dataclass
class LogReport:
    name: str
    origin: str
    algorithm: str
    entries: int = 0
    size: int = 0
    integrated_size: int = 0
    checkpoints: int = 0
    checkpoints_verified: int = 0
    latest_checkpoint: int | None = None
    tiles: int = 0
    root: str = ""
    verifiers: str = ""


@dataclass
class Report:
    logs: list[LogReport] = field(default_factory=list)
    objects_checked: int = 0
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict:
        return {
            "ok": self.ok,
            "logs": [asdict(x) for x in self.logs],
            "objects_checked": self.objects_checked,
            "problems": [asdict(p) for p in self.problems],
            "seconds": round(self.seconds, 3),
        }


class _Problems:
    def __init__(self, report: Report, log: str | None) -> None:
        self.report = report
        self.log = log
        self.counts: dict[str, int] = defaultdict(int)

    def add(self, kind: str, item: str, message: str) -> None:
        self.counts[kind] += 1
        if self.counts[kind] <= MAX_PER_KIND:
            self.report.problems.append(Problem(kind, self.log, item, message))

    def close(self) -> None:
        for kind, n in self.counts.items():
            if n > MAX_PER_KIND:
                self.report.problems.append(
                    Problem(kind, self.log, f"{n - MAX_PER_KIND} more", f"further {kind} problems not listed")
                )


def _js(value: object) -> str:
    # For str/int/None this is exactly RFC 8785 (json's escapes are the mandatory ones).
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class _StoredTiles:
    """Stored tiles of one level, read in chunks in index order."""

    def __init__(self, log: Log, level: int) -> None:
        self.log = log
        self.level = level
        self.cache: dict[int, bytes] = {}
        self.loaded_to = 0

    def get(self, index: int) -> bytes | None:
        if index >= self.loaded_to:
            self.cache = {}
            with connection.cursor() as cur:
                cur.execute(
                    "SELECT tile_index, data FROM ledger_tile WHERE log_id = %s AND level = %s "
                    "AND tile_index >= %s AND tile_index < %s",
                    [self.log.pk, self.level, index, index + TILE_CHUNK],
                )
                self.cache = {int(i): bytes(d) for i, d in cur.fetchall()}
            self.loaded_to = index + TILE_CHUNK
        return self.cache.get(index)


def _open_checkpoints(
    log: Log, verifiers: Sequence[notes.Verifier], problems: _Problems
) -> list[tuple[Checkpoint, notes.Checkpoint]]:
    good = []
    for cp in Checkpoint.objects.filter(log=log).order_by("size", "pk"):
        item = f"checkpoint @{cp.size}"
        try:
            parsed = notes.verify_checkpoint(cp.note, verifiers, origin=log.origin)
        except notes.NoteError as exc:
            problems.add("checkpoint", item, f"signed note does not verify: {exc}")
            continue
        if parsed.size != cp.size:
            problems.add(
                "checkpoint", item, f"size column {cp.size} differs from the signed size {parsed.size}"
            )
        if bytes(cp.root_hash) != parsed.root_hash:
            problems.add("checkpoint", item, "root hash column differs from the signed root")
        if parsed.size > log.size:
            problems.add(
                "checkpoint", item, f"signed size {parsed.size} is beyond the log's {log.size} entries"
            )
        good.append((cp, parsed))
    return good


def _fold(hashes: Sequence[bytes], node) -> bytes:
    h = hashes[-1]
    for left in reversed(hashes[:-1]):
        h = node(left, h)
    return h


class _Tree:
    """A tree rebuilt tile by tile: a compact range over full tiles' roots (tree level 8) and the
    leaves of the current partial tile. Its root at any size costs O(log n); building it costs one
    tile root per 256 leaves (about one hash per leaf)."""

    def __init__(self, algorithm: str) -> None:
        self.algorithm = algorithm
        self.node = merkle.get_hasher(algorithm).node
        self.tiles = merkle.CompactRange(algorithm=algorithm)  # over level-8 nodes

    def root(self, partial: Sequence[bytes]) -> bytes:
        """Root of the tree made of the full tiles so far followed by *partial* leaves (< 256)."""
        parts = self.tiles.hashes
        if partial:
            cr = merkle.CompactRange(algorithm=self.algorithm)
            cr.extend(partial)
            parts += cr.hashes
        if not parts:
            return merkle.get_hasher(self.algorithm).empty
        return _fold(parts, self.node)


def verify_log(log: Log, report: Report, *, extra_keys: list[str] | None = None) -> dict[str, int]:
    """Check one log; append to *report*; return ``{subject: seq of its last event}``."""
    problems = _Problems(report, log.name)
    lr = LogReport(log.name, log.origin, log.algorithm, size=log.size, integrated_size=log.integrated_size)
    report.logs.append(lr)
    hasher = merkle.get_hasher(log.algorithm)
    new = hasher.new
    verifiers, lr.verifiers = keys.trusted_verifiers(log, extra_keys)
    if not verifiers and Checkpoint.objects.filter(log=log).exists():
        problems.add("log", "keys", "no verifier key: checkpoints cannot be checked")
    cps = _open_checkpoints(log, verifiers, problems)
    lr.checkpoints = Checkpoint.objects.filter(log=log).count()
    lr.checkpoints_verified = len(cps)
    cp_sizes = sorted({p.size for _, p in cps})
    by_size = {p.size: p for _, p in cps}
    r_roots: dict[int, bytes | None] = {}
    t_roots: dict[int, bytes | None] = {}

    sealed = log.integrated_size
    end_all = max(log.size, sealed)
    rtree, ttree = _Tree(log.algorithm), _Tree(log.algorithm)
    r_broken = t_broken = False  # a leaf is unknown (missing entry not in the tiles / missing tile)
    level0_roots: list[tuple[int, bytes]] = []  # (tile index, root of the stored full tile)
    mismatches: dict[int, tuple[bytes, bytes]] = {}  # index → (recomputed leaf, sealed tile hash)
    last_event: dict[str, int] = {}
    origin_js = _js(log.origin)
    heads: dict[tuple, bytes] = {}
    kinds: dict[str, bytes] = {}
    subjects: dict[str, bytes] = {}
    n_entries = 0
    cp_pos = 0
    tail_leaves: list[bytes | None] = []
    chunk = TILE_WIDTH * (ENTRY_CHUNK // TILE_WIDTH)

    for a in range(0, end_all, chunk):
        b = min(a + chunk, end_all)
        rows = fetch_all(
            "SELECT seq, payload, leaf_hash, kind, subject, actor_id, actor_name, agency_id FROM ledger_entry "
            "WHERE log_id = %s AND seq >= %s AND seq < %s ORDER BY seq",
            [log.pk, a, b],
        )
        n_entries += len(rows)
        seqs = [r[0] for r in rows]
        if rows and not isinstance(rows[0][1], bytes):  # PostgreSQL returns memoryview
            payloads = [bytes(r[1]) for r in rows]
            stored = [bytes(r[2]) for r in rows]
        else:
            payloads = [r[1] for r in rows]
            stored = [r[2] for r in rows]
        leaves = [new(b"\x00" + p).digest() for p in payloads]
        bad_leaf = set()
        if leaves != stored:
            bad_leaf = {seqs[j] for j in range(len(rows)) if leaves[j] != stored[j]}
        # Columns against the payload (canonical JSON: actor, agency, data, digests, kind, log, seq,
        # subject, time), with the encoded pieces cached: a few byte comparisons per entry.
        bad_cols = set()
        for (seq, _p, _l, kind, subject, actor_id, actor_name, agency_id), payload in zip(
            rows, payloads, strict=True
        ):
            head = heads.get((actor_id, actor_name, agency_id))
            if head is None:
                head = heads[(actor_id, actor_name, agency_id)] = (
                    f'{{"actor":{{"id":{_js(actor_id)},"name":{_js(actor_name)}}},"agency":{_js(agency_id)},"data":'
                ).encode()
            kind_part = kinds.get(kind)
            if kind_part is None:
                kind_part = kinds[kind] = f',"kind":{_js(kind)},"log":{origin_js},"seq":'.encode()
            subject_part = subjects.get(subject)
            if subject_part is None:
                if len(subjects) > 100_000:
                    subjects.clear()
                subject_part = subjects[subject] = f',"subject":{_js(subject)},"time":"'.encode()
            pos = payload.rfind(b',"kind":')
            if (
                pos < 0
                or not payload.startswith(head)
                or not payload.startswith(kind_part + str(seq).encode() + subject_part, pos)
            ):
                bad_cols.add(int(seq))
        last_event.update(zip((r[4] for r in rows), seqs, strict=True))
        # The recomputed leaves of [a, b), in order, with gaps and duplicates named.
        seqs = [int(x) for x in seqs] if rows and not isinstance(seqs[0], int) else seqs
        if seqs == list(range(a, a + len(seqs))) and len(seqs) == b - a:
            by_index: list[bytes | None] = list(leaves)
        else:
            by_index = [None] * (b - a)
            seen = set()
            for seq, leaf in zip(seqs, leaves, strict=True):
                if seq in seen:
                    problems.add("entry", f"entry #{seq}", "duplicate sequence number")
                    continue
                seen.add(seq)
                by_index[seq - a] = leaf
            for i in range(a, b):
                if by_index[i - a] is None:
                    what = (
                        "missing (deleted, or never committed)"
                        if i < log.size
                        else "missing (sealed, but the log does not count it)"
                    )
                    problems.add("entry", f"entry #{i}", what)
        for seq in sorted(bad_leaf | bad_cols):
            reasons = []
            if seq in bad_leaf:
                reasons.append("payload does not hash to the stored leaf hash (edited after it was written)")
            if seq in bad_cols:
                reasons.append("columns (seq, log, kind, subject, actor or agency) differ from the payload")
            problems.add("entry", f"entry #{seq}", "; ".join(reasons))
        # The sealed level-0 hashes of [a, min(b, sealed)).
        sealed_hashes: list[bytes | None] = []
        if a < sealed:
            top = min(b, sealed)
            stored_tiles = {
                int(n): bytes(d)
                for n, d in fetch_all(
                    "SELECT tile_index, data FROM ledger_tile WHERE log_id = %s AND level = 0 "
                    "AND tile_index >= %s AND tile_index < %s",
                    [log.pk, a // TILE_WIDTH, (top + TILE_WIDTH - 1) // TILE_WIDTH],
                )
            }
            for n in range(a // TILE_WIDTH, (top + TILE_WIDTH - 1) // TILE_WIDTH):
                want = min(TILE_WIDTH, top - n * TILE_WIDTH)
                data = stored_tiles.get(n)
                got = tiles.split_hashes(data[: want * HASH_SIZE]) if data else []
                if len(got) < want:
                    problems.add(
                        "tile",
                        tiles.tile_path(0, n),
                        f"missing or narrower than the sealed size {sealed}",
                    )
                    got += [None] * (want - len(got))
                sealed_hashes += got
        # Compare, fill gaps from the tiles, then feed both trees tile by tile.
        if by_index[: len(sealed_hashes)] != sealed_hashes:
            for j, t in enumerate(sealed_hashes):
                r = by_index[j]
                if r is None:
                    by_index[j] = t
                elif t is not None and r != t:
                    mismatches[a + j] = (r, t)
        for n in range(a // TILE_WIDTH, (b + TILE_WIDTH - 1) // TILE_WIDTH):
            lo = n * TILE_WIDTH - a
            r_tile = by_index[lo : lo + TILE_WIDTH]
            t_tile = sealed_hashes[lo : lo + TILE_WIDTH]
            tile_end = a + lo + len(r_tile)
            # Checkpoints inside this tile (not at its full end) use the partial leaves.
            while cp_pos < len(cp_sizes) and cp_sizes[cp_pos] < tile_end + (
                0 if len(r_tile) == TILE_WIDTH else 1
            ):
                s = cp_sizes[cp_pos]
                k = s - n * TILE_WIDTH
                if k == 0:
                    r_roots[s] = None if r_broken else rtree.root([])
                    t_roots[s] = None if t_broken else ttree.root([])
                else:
                    part_r, part_t = r_tile[:k], t_tile[:k]
                    r_roots[s] = None if r_broken or None in part_r else rtree.root(part_r)
                    t_ok_part = len(part_t) == k and None not in part_t
                    t_roots[s] = ttree.root(part_t) if t_ok_part and not t_broken else None
                cp_pos += 1
            tail_leaves = r_tile if len(r_tile) < TILE_WIDTH else []
            if len(r_tile) == TILE_WIDTH:
                t_root = None
                if len(t_tile) == TILE_WIDTH and None not in t_tile:
                    t_root = tiles.tile_root(t_tile, new)
                    level0_roots.append((n, t_root))
                if None in r_tile:
                    r_broken = True
                elif not r_broken:
                    same = t_root is not None and r_tile == t_tile
                    rtree.tiles.append(t_root if same else tiles.tile_root(r_tile, new))
                if t_root is None:
                    t_broken = t_broken or tile_end <= sealed
                elif not t_broken:
                    ttree.tiles.append(t_root)
                # A checkpoint exactly at the end of this tile.
                while cp_pos < len(cp_sizes) and cp_sizes[cp_pos] == tile_end:
                    s = cp_sizes[cp_pos]
                    r_roots[s] = None if r_broken else rtree.root([])
                    t_roots[s] = None if t_broken or s > sealed else ttree.root([])
                    cp_pos += 1
    lr.entries = n_entries
    if n_entries and log.size < n_entries:
        problems.add("log", "size", f"the log counts {log.size} entries but the table has {n_entries}")
    lr.root = ""
    if not r_broken and None not in tail_leaves:
        lr.root = rtree.root(tail_leaves).hex()

    # Upper tile levels: each stored hash must be the root of the stored tile below it.
    lr.tiles = _check_upper_tiles(log, sealed, level0_roots, problems, new)
    _check_tile_widths(log, sealed, problems)

    # Checkpoints against the rebuilt trees, and who is to blame for each differing leaf.
    r_ok = {s: r_roots.get(s) is not None and r_roots.get(s) == by_size[s].root_hash for s in cp_sizes}
    t_ok = {s: t_roots.get(s) is not None and t_roots.get(s) == by_size[s].root_hash for s in cp_sizes}
    bad_r = [s for s in cp_sizes if not r_ok[s]]
    bad_t = [s for s in cp_sizes if not t_ok[s] and s <= sealed]
    if bad_r:
        problems.add(
            "checkpoint",
            f"checkpoint @{bad_r[0]}",
            "the entries no longer hash to this signed root"
            + (f" (nor to {len(bad_r) - 1} later checkpoints)" if len(bad_r) > 1 else ""),
        )
    if bad_t:
        problems.add(
            "tile",
            "tiles",
            f"the stored tiles do not reproduce the signed root of checkpoint @{bad_t[0]}"
            + (f" (nor of {len(bad_t) - 1} later checkpoints)" if len(bad_t) > 1 else ""),
        )
    _blame(log, mismatches, cp_sizes, by_size, r_ok, t_ok, problems)
    _check_pairwise(log, cp_sizes, by_size, r_ok, t_ok, problems)
    if cps:
        lr.latest_checkpoint = cp_sizes[-1]
    problems.close()
    return last_event


def _check_upper_tiles(
    log: Log, sealed: int, level0_roots: list[tuple[int, bytes]], problems: _Problems, new
) -> int:
    count = 0
    below = level0_roots  # (index, root of the stored full tile) at the level below
    for level, full, width in tiles.tile_widths(sealed):
        count += full + (1 if width else 0)
        if level == 0:
            continue
        stored = _StoredTiles(log, level)
        roots: list[tuple[int, bytes]] = []
        expected = dict(below)
        for n in range(full + (1 if width else 0)):
            data = stored.get(n)
            if data is None:
                problems.add("tile", tiles.tile_path(level, n), "missing")
                continue
            hashes = tiles.split_hashes(data)
            for k, h in enumerate(hashes):
                want = expected.get(n * TILE_WIDTH + k)
                if want is not None and want != h:
                    problems.add(
                        "tile",
                        tiles.tile_path(level, n),
                        f"hash {k} is not the root of {tiles.tile_path(level - 1, n * TILE_WIDTH + k)} "
                        "(one of the two was changed)",
                    )
            if len(hashes) == TILE_WIDTH:
                roots.append((n, tiles.tile_root(hashes, new)))
        below = roots
    return count


def _check_tile_widths(log: Log, sealed: int, problems: _Problems) -> None:
    expect = {}
    for level, full, width in tiles.tile_widths(sealed):
        expect[level] = (full, width)
    with connection.cursor() as cur:
        cur.execute(
            "SELECT level, tile_index, width, length(data) FROM ledger_tile WHERE log_id = %s", [log.pk]
        )
        for level, index, width, nbytes in cur.fetchall():
            level, index, width, nbytes = int(level), int(index), int(width), int(nbytes)
            path = tiles.tile_path(level, index, width)
            if nbytes != width * HASH_SIZE:
                problems.add("tile", path, f"holds {nbytes} bytes, not {width} hashes")
            full, partial = expect.get(level, (0, 0))
            want = TILE_WIDTH if index < full else partial if index == full else 0
            if want == 0:
                problems.add("tile", path, f"beyond the sealed size {sealed}")
            elif width != want:
                problems.add("tile", path, f"width {width}, but the sealed size {sealed} needs {want}")


def _blame(log, mismatches, cp_sizes, by_size, r_ok, t_ok, problems: _Problems, limit: int = 1000) -> None:
    """For each leaf where the entry and the sealed tile differ, decide which one was changed.

    First by the covering checkpoint: if the tiles still reproduce it and the entries do not,
    the entry changed (and vice versa). If both trees are off (several faults), each candidate
    leaf is checked with an RFC 9162 inclusion proof built from the stored tiles against the
    signed root: the one that verifies is the original.
    """
    reader = tiles.TileReader(log)
    for count, (i, (r_leaf, t_leaf)) in enumerate(sorted(mismatches.items())):
        covering = next((s for s in cp_sizes if s > i), None)
        n, k = divmod(i, TILE_WIDTH)
        tile_item = tiles.tile_path(0, n)
        entry_changed = f"changed after sealing: differs from the leaf signed in checkpoint @{covering}"
        tile_changed = f"hash {k} (entry #{i}) was changed: the entry still matches checkpoint @{covering}"
        if covering is None:
            problems.add(
                "entry",
                f"entry #{i}",
                f"differs from the sealed hash {k} of {tile_item} (not yet in a checkpoint)",
            )
            continue
        if t_ok[covering] and not r_ok[covering]:
            problems.add("entry", f"entry #{i}", entry_changed)
            continue
        if r_ok[covering] and not t_ok[covering]:
            problems.add("tile", tile_item, tile_changed)
            continue
        verdict = None
        if count < limit:
            # Later checkpoints first: more of the path then comes from full tiles of upper levels.
            for size in [c for c in reversed(cp_sizes) if c > i][:5]:
                verdict = _which_is_included(log, reader, i, size, by_size[size].root_hash, r_leaf, t_leaf)
                if verdict:
                    break
        if verdict == "entry":
            problems.add("entry", f"entry #{i}", entry_changed)
        elif verdict == "tile":
            problems.add("tile", tile_item, tile_changed)
        else:
            problems.add("entry", f"entry #{i}", f"differs from the sealed hash {k} of {tile_item}")


def _which_is_included(
    log, reader, i: int, size: int, root: bytes, r_leaf: bytes, t_leaf: bytes
) -> str | None:
    """ "entry" if only the sealed hash has a valid inclusion proof, "tile" if only the entry's; else None."""
    try:
        proof = tiles.inclusion_proof(log, i, size, reader)
    except (tiles.TileError, ValueError):
        return None

    def included(leaf: bytes) -> bool:
        try:
            merkle.verify_inclusion(
                leaf_hash=leaf, index=i, size=size, proof=proof, root=root, algorithm=log.algorithm
            )
        except merkle.ProofError:
            return False
        return True

    r, t = included(r_leaf), included(t_leaf)
    if t and not r:
        return "entry"
    if r and not t:
        return "tile"
    return None


def _check_pairwise(log, cp_sizes, by_size, r_ok, t_ok, problems: _Problems, limit: int = 100) -> None:
    """Consistency proofs (from the stored tiles) between neighbours the rebuilt trees cannot vouch for."""
    reader = tiles.TileReader(log)
    checked = 0
    for a, b in zip(cp_sizes, cp_sizes[1:], strict=False):
        if (r_ok[a] and r_ok[b]) or (t_ok[a] and t_ok[b]):
            continue
        if checked >= limit:
            break
        checked += 1
        try:
            proof = tiles.consistency_proof(log, a, b, reader)
            merkle.verify_consistency(
                size1=a,
                size2=b,
                proof=proof,
                root1=by_size[a].root_hash,
                root2=by_size[b].root_hash,
                algorithm=log.algorithm,
            )
        except (merkle.ProofError, tiles.TileError, ValueError) as exc:
            problems.add(
                "checkpoint",
                f"checkpoints @{a} → @{b}",
                f"no consistency proof between them from the stored tiles ({exc})",
            )


def verify_objects(report: Report, last_event: dict[str, int], log: Log | None) -> None:
    """Every registered object's current digest against the digest in its last event."""
    problems = _Problems(report, log.name if log else None)
    regs = registry.registrations()
    by_label = {r.label: r for r in regs}
    wanted: dict[str, int] = {s: q for s, q in last_event.items() if s.split(":", 1)[0] in by_label}
    payloads: dict[int, bytes] = {}
    seqs = sorted(wanted.values())
    if log is not None:
        with connection.cursor() as cur:
            for i in range(0, len(seqs), 900):
                chunk = seqs[i : i + 900]
                marks = ",".join(["%s"] * len(chunk))
                cur.execute(
                    f"SELECT seq, payload FROM ledger_entry WHERE log_id = %s AND seq IN ({marks})",
                    [log.pk, *chunk],
                )
                payloads.update({int(s): bytes(p) for s, p in cur.fetchall()})
    seen: set[str] = set()
    for reg in regs:
        for obj in reg.model._default_manager.all().iterator(chunk_size=2000):
            label = registry.subject_label(obj)
            seen.add(label)
            report.objects_checked += 1
            seq = wanted.get(label)
            if seq is None:
                problems.add(
                    "object",
                    label,
                    "exists but no event in the record mentions it (created behind the platform)",
                )
                continue
            try:
                event = json.loads(payloads[seq])
            except (KeyError, ValueError):
                problems.add("object", label, f"its last event #{seq} cannot be read")
                continue
            recorded = (event.get("digests") or {}).get("state")
            data = event.get("data") or {}
            if data.get("deleted"):
                problems.add("object", label, f"its last event #{seq} says it was deleted, but it exists")
                continue
            if recorded is None:
                problems.add("object", label, f"its last event #{seq} carries no state digest")
                continue
            current = registry.object_digest(obj)
            if current != recorded:
                problems.add(
                    "object",
                    label,
                    f"current state differs from the digest recorded by event #{seq} ({event.get('kind')})",
                )
    for label, seq in wanted.items():
        if label in seen:
            continue
        try:
            event = json.loads(payloads.get(seq, b"{}"))
        except ValueError:
            event = {}
        if (event.get("data") or {}).get("deleted"):
            continue
        if (event.get("digests") or {}).get("state") is None:
            continue  # events that never vouched for a state (e.g. labels of join rows)
        problems.add(
            "object",
            label,
            f"recorded (last event #{seq}) but missing from the database (deleted behind the platform)",
        )
    problems.close()


def verify(
    *, logs: Sequence[str] | None = None, extra_keys: list[str] | None = None, objects: bool = True
) -> Report:
    """Verify the named logs (default: all) and, if *objects*, every registered object."""
    started = time.perf_counter()
    report = Report()
    missing = triggers.missing()
    if missing:
        report.problems.append(
            Problem("setup", None, "triggers", "append-only triggers missing: " + ", ".join(missing))
        )
    selected = Log.objects.order_by("pk")
    if logs:
        selected = selected.filter(name__in=list(logs))
        unknown = set(logs) - set(selected.values_list("name", flat=True))
        for name in sorted(unknown):
            report.problems.append(Problem("log", name, "log", "no such log"))
    internal_events: dict[str, int] = {}
    internal: Log | None = None
    for log in selected:
        events = verify_log(log, report, extra_keys=extra_keys)
        if log.name == INTERNAL:
            internal_events, internal = events, log
    if objects and (not logs or INTERNAL in logs):
        if internal is None:
            internal = Log.objects.filter(name=INTERNAL).first()
        verify_objects(report, internal_events, internal)
    report.seconds = time.perf_counter() - started
    return report
