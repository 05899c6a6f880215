"""Tile paths and shapes (c2sp.org/tlog-tiles), and the tiles the sealer writes."""

from __future__ import annotations

import pytest

from sanxiang.kernel import merkle
from sanxiang.ledger import sealer, tiles
from sanxiang.ledger.models import Entry, Log, Tile

from .conftest import append


@pytest.mark.parametrize(
    ("index", "encoded"),
    [
        (0, "000"),
        (7, "007"),
        (999, "999"),
        (1000, "x001/000"),
        (1234067, "x001/x234/067"),
        (10**9, "x001/x000/x000/000"),
    ],
)
def test_index_encoding(index: int, encoded: str) -> None:
    assert tiles.encode_index(index) == encoded
    assert tiles.parse_tile_path(f"0/{encoded}") == (0, index, 256)


def test_tile_paths() -> None:
    assert tiles.tile_path(0, 1234067) == "tile/0/x001/x234/067"
    assert tiles.tile_path(2, 5, 17) == "tile/2/005.p/17"
    assert tiles.parse_tile_path("1/005.p/17") == (1, 5, 17)
    for bad in [
        "01/000",
        "0/0000",
        "0/x000/001",
        "0/001.p/0",
        "0/001.p/256",
        "0/001.p/017",
        "64/000",
        "0/1",
        "a/000",
        "0/001/",
    ]:
        with pytest.raises(ValueError):
            tiles.parse_tile_path(bad)


def test_tile_widths_examples_from_the_spec() -> None:
    # "a tree of size 70,000 will be represented by 273 full level 0 tiles, one partial level 0
    # tile of width 112, one full level 1 tile, one partial level 1 tile of width 17, and one
    # partial level 2 tile of width 1" (c2sp.org/tlog-tiles).
    assert tiles.tile_widths(70_000) == [(0, 273, 112), (1, 1, 17), (2, 0, 1)]
    assert tiles.tile_widths(256) == [(0, 1, 0), (1, 0, 1)]
    assert tiles.tile_widths(0) == []


@pytest.mark.parametrize("batch", [1, 100, 256, 1000])
def test_sealed_tiles_hold_the_tree(db, batch: int) -> None:
    n = 70_000 // 100  # 700 entries: 2 full + 1 partial level-0 tiles
    append(n)
    sealer.seal("internal", batch=max(batch, 256) if batch > 1 else 256)
    log = Log.objects.get(name="internal")
    leaves = [bytes(h) for h in Entry.objects.order_by("seq").values_list("leaf_hash", flat=True)]
    rows = {(t.level, t.index): bytes(t.data) for t in Tile.objects.filter(log=log)}
    assert set(rows) == {(0, 0), (0, 1), (0, 2), (1, 0)}
    assert rows[(0, 0)] == b"".join(leaves[:256])
    assert rows[(0, 2)] == b"".join(leaves[512:])
    assert rows[(1, 0)] == merkle.root_hash(leaves[:256]) + merkle.root_hash(leaves[256:512])
    assert tiles.root_at(log, n) == merkle.root_hash(leaves)
