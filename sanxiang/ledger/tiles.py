"""C2SP tlog-tiles over the ``Tile`` table: paths, reading nodes, proofs, integrating new leaves.

A tile at level ``L`` holds up to 256 consecutive Merkle tree hashes of tree level ``8L``:
``MTH(D[(n·256 + i)·256^L : (n·256 + i + 1)·256^L])`` (c2sp.org/tlog-tiles "Merkle Tree").
Every *full* subtree node of the tree can be computed from one tile: node ``(8L + k, i)`` is
the root of ``2^k`` consecutive hashes of a level-``L`` tile. That is the ``get_node`` the
kernel's ``*_from_nodes`` proof functions need, so proofs cost O(log n) tile reads.

One row per ``(log, level, index)`` holds the widest version of the tile so far; a partial
tile of width ``W`` is the first ``W`` hashes of any wider version, so every partial tile a
checkpoint needed stays servable without keeping copies.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.db import connection

from sanxiang.kernel import merkle
from sanxiang.ledger.models import HASH_SIZE, TILE_WIDTH, Log, Tile

TILE_HEIGHT = 8
_PATH_RE = re.compile(r"(0|[1-9][0-9]?)/((?:x[0-9]{3}/)*[0-9]{3})(?:\.p/([1-9][0-9]{0,2}))?")


class TileError(LookupError):
    """A tile needed for the requested size is missing or too narrow."""


# ----------------------------------------------------------------------------- paths


def encode_index(index: int) -> str:
    """``1234067`` → ``x001/x234/067`` (tlog-tiles: zero-padded 3-digit elements, all but the last with ``x``)."""
    digits = f"{index:d}"
    digits = digits.zfill((len(digits) + 2) // 3 * 3)
    parts = [digits[i : i + 3] for i in range(0, len(digits), 3)]
    return "/".join([*(f"x{p}" for p in parts[:-1]), parts[-1]])


def tile_path(level: int, index: int, width: int = TILE_WIDTH) -> str:
    """``tile/<L>/<N>[.p/<W>]``."""
    path = f"tile/{level}/{encode_index(index)}"
    return path if width == TILE_WIDTH else f"{path}.p/{width}"


def parse_tile_path(path: str) -> tuple[int, int, int]:
    """``<L>/<N>[.p/<W>]`` (after ``tile/``) → ``(level, index, width)``; ``ValueError`` if malformed."""
    m = _PATH_RE.fullmatch(path)
    if not m:
        raise ValueError(f"not a tile path: {path!r}")
    level = int(m.group(1))
    elements = m.group(2).split("/")
    index = int("".join(e.lstrip("x") for e in elements))
    if encode_index(index) != m.group(2):  # e.g. x000/001: a leading zero element
        raise ValueError(f"non-canonical tile index in {path!r}")
    width = int(m.group(3)) if m.group(3) else TILE_WIDTH
    if level > 63 or width > 255 and m.group(3):
        raise ValueError(f"tile path out of range: {path!r}")
    return level, index, width


def tile_widths(size: int) -> list[tuple[int, int, int]]:
    """For a tree of *size* leaves: ``(level, full tiles, partial width)`` per tile level."""
    out = []
    level = 0
    n = size
    while n > 0:
        out.append((level, n // TILE_WIDTH, n % TILE_WIDTH))
        n //= TILE_WIDTH
        level += 1
    return out


def split_hashes(data: bytes) -> list[bytes]:
    return [data[i : i + HASH_SIZE] for i in range(0, len(data), HASH_SIZE)]


def subtree_levels(hashes: Sequence[bytes], new: Callable[..., object]) -> list[list[bytes]]:
    """Every full subtree root inside a tile: ``levels[k][i]`` covers ``hashes[i·2^k : (i+1)·2^k]``."""
    levels = [list(hashes)]
    while len(levels) < TILE_HEIGHT + 1 and len(levels[-1]) > 1:
        prev = levels[-1]
        levels.append([new(b"\x01" + prev[i] + prev[i + 1]).digest() for i in range(0, len(prev) - 1, 2)])  # type: ignore[attr-defined]
    return levels


def tile_root(hashes: Sequence[bytes], new: Callable[..., object]) -> bytes:
    """MTH of a full tile's 256 hashes: the next level's tile entry."""
    return subtree_levels(hashes, new)[TILE_HEIGHT][0]


# ------------------------------------------------------------------------- reading


class TileReader:
    """Full-subtree nodes of one log read from stored tiles, cached per reader.

    ``get_node(level, index)`` serves the kernel's ``*_from_nodes`` functions. *overlay* maps
    ``(level, index)`` to tile bytes that take precedence over the table (the sealer uses it
    for tiles it has just computed).
    """

    def __init__(self, log: Log, *, overlay: dict[tuple[int, int], bytes] | None = None) -> None:
        self.log = log
        self.hasher = merkle.get_hasher(log.algorithm)
        self._data: dict[tuple[int, int], bytes] = dict(overlay or {})
        self._levels: dict[tuple[int, int], list[list[bytes]]] = {}
        self.reads = 0

    def prefetch(self, keys: Sequence[tuple[int, int]]) -> None:
        """Load several tiles: one indexed ``IN`` query per tile level (an OR of pairs makes SQLite scan)."""
        by_level: dict[int, list[int]] = {}
        for level, index in keys:
            if (level, index) not in self._data:
                by_level.setdefault(level, []).append(index)
        for level, indices in sorted(by_level.items()):
            marks = ",".join(["%s"] * len(indices))
            with connection.cursor() as cur:
                cur.execute(
                    f"SELECT tile_index, data FROM ledger_tile WHERE log_id = %s AND level = %s AND tile_index IN ({marks})",
                    [self.log.pk, level, *indices],
                )
                for index, data in cur.fetchall():
                    self._data[(level, int(index))] = bytes(data)
            self.reads += 1

    def tile(self, level: int, index: int) -> bytes:
        key = (level, index)
        if key not in self._data:
            self.prefetch([key])
            if key not in self._data:
                raise TileError(f"tile {tile_path(level, index)} of log {self.log.name} is missing")
        return self._data[key]

    def get_node(self, level: int, index: int) -> bytes:
        tile_level, k = divmod(level, TILE_HEIGHT)
        start = index << k  # first level-8L hash the node covers
        n, offset = divmod(start, TILE_WIDTH)
        key = (tile_level, n)
        levels = self._levels.get(key)
        if levels is None:
            levels = subtree_levels(split_hashes(self.tile(tile_level, n)), self.hasher.new)
            self._levels[key] = levels
        i = offset >> k
        if k >= len(levels) or i >= len(levels[k]):
            raise TileError(
                f"tile {tile_path(tile_level, n)} of log {self.log.name} is too narrow for node ({level}, {index})"
            )
        return levels[k][i]


# -------------------------------------------------------------------------- proofs


def _prefetch(reader: TileReader, call: Callable[[Callable[[int, int], bytes]], object]) -> None:
    """Run *call* once with a recording ``get_node`` to learn which tiles it needs, and load them in one query."""
    wanted: set[tuple[int, int]] = set()

    def record(level: int, index: int) -> bytes:
        tile_level, k = divmod(level, TILE_HEIGHT)
        wanted.add((tile_level, (index << k) // TILE_WIDTH))
        return bytes(HASH_SIZE)

    try:
        call(record)
    except ValueError:
        return
    reader.prefetch(sorted(wanted))


def _check_size(log: Log, size: int) -> None:
    if size > log.integrated_size:
        raise TileError(f"log {log.name} is sealed up to {log.integrated_size} entries, not {size}")


def root_at(log: Log, size: int, reader: TileReader | None = None) -> bytes:
    _check_size(log, size)
    reader = reader or TileReader(log)
    _prefetch(reader, lambda get: merkle.root_from_nodes(size, get, algorithm=log.algorithm))
    return merkle.root_from_nodes(size, reader.get_node, algorithm=log.algorithm)


def inclusion_proof(log: Log, index: int, size: int, reader: TileReader | None = None) -> list[bytes]:
    _check_size(log, size)
    reader = reader or TileReader(log)
    _prefetch(
        reader,
        lambda get: (
            merkle.inclusion_proof_from_nodes(index, size, get, algorithm=log.algorithm),
            merkle.root_from_nodes(size, get, algorithm=log.algorithm),  # callers usually want the root too
        ),
    )
    return merkle.inclusion_proof_from_nodes(index, size, reader.get_node, algorithm=log.algorithm)


def consistency_proof(log: Log, size1: int, size2: int, reader: TileReader | None = None) -> list[bytes]:
    _check_size(log, size2)
    reader = reader or TileReader(log)
    _prefetch(
        reader,
        lambda get: (
            merkle.consistency_proof_from_nodes(size1, size2, get, algorithm=log.algorithm),
            merkle.root_from_nodes(size1, get, algorithm=log.algorithm),
            merkle.root_from_nodes(size2, get, algorithm=log.algorithm),
        ),
    )
    return merkle.consistency_proof_from_nodes(size1, size2, reader.get_node, algorithm=log.algorithm)


# ---------------------------------------------------------------------- integrating


@dataclass
class TileWrite:
    level: int
    index: int
    data: bytes
    existed: bool


def compute_tile_writes(
    log: Log, start: int, leaf_hashes: Sequence[bytes], existing: Callable[[int, int], bytes | None]
) -> list[TileWrite]:
    """The tiles that change when *leaf_hashes* are appended to a tree of *start* leaves.

    ``existing(level, index)`` returns the stored bytes of the partial tile at the right edge
    (or ``None``). Each level's new hashes are the roots of the tiles the level below just
    filled, so the work is one tile-root per 256 hashes: about one hash per leaf in all.
    """
    new = merkle.get_hasher(log.algorithm).new
    writes: list[TileWrite] = []
    level = 0
    first = start  # index of the first new hash at this level
    hashes = list(leaf_hashes)
    while hashes:
        end = first + len(hashes)
        n0 = first // TILE_WIDTH
        prefix_width = first % TILE_WIDTH
        prefix = b""
        existed = False
        if prefix_width:
            stored = existing(level, n0)
            if stored is None or len(stored) < prefix_width * HASH_SIZE:
                raise TileError(
                    f"partial tile {tile_path(level, n0, prefix_width)} of log {log.name} is missing"
                )
            prefix = stored[: prefix_width * HASH_SIZE]
            existed = True
        above: list[bytes] = []
        pos = 0
        n = n0
        while pos < len(hashes):
            room = TILE_WIDTH - (prefix_width if n == n0 else 0)
            chunk = hashes[pos : pos + room]
            body = [*split_hashes(prefix), *chunk] if n == n0 else chunk
            data = b"".join(body)
            writes.append(TileWrite(level, n, data, existed if n == n0 else False))
            if len(body) == TILE_WIDTH:
                above.append(tile_root(body, new))
            pos += len(chunk)
            n += 1
        del end
        hashes = above
        first = first // TILE_WIDTH
        level += 1
    return writes


def load_right_edge(log: Log, size: int) -> dict[tuple[int, int], bytes]:
    """The stored partial tiles at the right edge of a tree of *size* leaves."""
    keys = [(level, full) for level, full, width in tile_widths(size) if width]
    reader = TileReader(log)
    reader.prefetch(keys)
    return {k: reader._data[k] for k in keys if k in reader._data}


def write_tiles(log: Log, writes: Sequence[TileWrite]) -> None:
    """Insert new tiles and widen existing ones (the triggers allow only growth)."""
    new_rows = [
        Tile(log=log, level=w.level, index=w.index, width=len(w.data) // HASH_SIZE, data=w.data)
        for w in writes
        if not w.existed
    ]
    for w in writes:
        if w.existed:
            Tile.objects.filter(log=log, level=w.level, index=w.index).update(
                width=len(w.data) // HASH_SIZE, data=w.data
            )
    if new_rows:
        Tile.objects.bulk_create(new_rows, batch_size=500)
