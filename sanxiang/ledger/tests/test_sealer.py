"""The sealer: tiles, signed checkpoints, proofs from tiles, refusals."""

from __future__ import annotations

import pytest
from django.db import connection

from sanxiang.kernel import checkpoints as notes
from sanxiang.kernel import merkle
from sanxiang.ledger import keys, sealer, tiles, triggers
from sanxiang.ledger.models import Checkpoint, Entry, Log, Tile

from .conftest import append


def _leaves(log: Log) -> list[bytes]:
    return [
        bytes(h) for h in Entry.objects.filter(log=log).order_by("seq").values_list("leaf_hash", flat=True)
    ]


def test_seal_signs_a_checkpoint_only_when_there_is_something_new(db, ledger_keys):
    append(10)
    first = sealer.seal("internal")
    assert (first.integrated_from, first.integrated_to, first.signed, first.checkpoint_size) == (
        0,
        10,
        True,
        10,
    )
    again = sealer.seal("internal")
    assert not again.signed and again.checkpoint_size == 10
    assert Checkpoint.objects.count() == 1
    log = Log.objects.get(name="internal")
    cp = Checkpoint.objects.get()
    verifiers = keys.key_file_verifiers(log)
    parsed = notes.verify_checkpoint(cp.note, verifiers, origin="sanxiang.test/log")
    assert (parsed.size, parsed.root_hash) == (10, merkle.root_hash(_leaves(log)))
    assert bytes(cp.root_hash) == parsed.root_hash
    # The key file is private, and the verifier key is published on the log.
    key_file = ledger_keys / "internal.ed25519.key"
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert log.verifier_keys.strip() == verifiers[0].key


def test_resuming_in_any_batches_gives_the_same_tiles(db):
    append(600)
    sealer.seal("internal", batch=256, max_batches=1)
    append(7, start=600)
    sealer.seal("internal", batch=300)
    log = Log.objects.get(name="internal")
    assert log.integrated_size == 607
    assert list(Checkpoint.objects.filter(log=log).values_list("size", flat=True)) == [256, 607]
    leaves = _leaves(log)
    assert tiles.root_at(log, 607) == merkle.root_hash(leaves)
    rows = {(t.level, t.index): (t.width, bytes(t.data)) for t in Tile.objects.filter(log=log)}
    assert rows[(0, 2)] == (95, b"".join(leaves[512:]))
    assert rows[(1, 0)][0] == 2


def test_proofs_from_tiles_verify_at_many_sizes(db):
    log_name = "internal"
    append(1100)
    sealed_sizes = []
    for stop in (1, 2, 3, 255, 256, 257, 511, 512, 700, 1100):
        log = Log.objects.get(name=log_name)
        if stop > log.integrated_size:
            sealer.seal(
                log_name,
                batch=stop - log.integrated_size if stop > log.integrated_size else 256,
                max_batches=1,
            )
            sealed_sizes.append(stop)
    log = Log.objects.get(name=log_name)
    assert log.integrated_size == 1100
    leaves = _leaves(log)
    reader = tiles.TileReader(log)
    for size in (1, 2, 3, 255, 256, 257, 300, 511, 512, 513, 700, 1099, 1100):
        root = merkle.root_hash(leaves[:size])
        assert tiles.root_at(log, size, reader) == root
        for index in {0, size // 2, size - 1}:
            proof = tiles.inclusion_proof(log, index, size, reader)
            assert proof == merkle.inclusion_proof(index, leaves[:size])
            merkle.verify_inclusion(leaf_hash=leaves[index], index=index, size=size, proof=proof, root=root)
        for first in {1, size // 3 or 1, size}:
            proof = tiles.consistency_proof(log, first, size, reader)
            assert proof == merkle.consistency_proof(first, leaves[:size])
    # Proofs at the sealed size read only a handful of tiles.
    fresh = tiles.TileReader(log)
    tiles.inclusion_proof(log, 5, 1100, fresh)
    assert fresh.reads <= 2, "one query per tile level for all the tiles of a proof"


def test_nothing_beyond_the_sealed_size(db):
    append(5)
    sealer.seal("internal")
    log = Log.objects.get(name="internal")
    append(2, start=5)
    with pytest.raises(tiles.TileError):
        tiles.inclusion_proof(log, 0, 6)


def test_sm3_log_with_sm2_and_ed25519_signatures(db, settings):
    settings.LEDGER_HASH_ALGORITHM = "sm3"
    settings.LEDGER_SIGNATURES = "ed25519,sm2"
    append(300, log="gm")
    result = sealer.seal("gm")
    assert result.signed
    log = Log.objects.get(name="gm")
    cp = Checkpoint.objects.get(log=log)
    leaves = _leaves(log)
    assert leaves[0] == merkle.leaf_hash(bytes(Entry.objects.get(log=log, seq=0).payload), algorithm="sm3")
    assert bytes(cp.root_hash) == merkle.root_hash(leaves, algorithm="sm3")
    verifiers = keys.key_file_verifiers(log)
    assert sorted(v.algorithm for v in verifiers) == ["ed25519", "sm2"]
    body, names = notes.open_note(cp.note, verifiers)
    assert names == [log.origin, log.origin]
    # Each signature verifies on its own too.
    for v in verifiers:
        notes.verify_checkpoint(cp.note, v, origin=log.origin)


def test_refuses_a_gap(db):
    append(3)
    with triggers.suspended(), connection.cursor() as cur:
        cur.execute("DELETE FROM ledger_entry WHERE seq = 1")
    with pytest.raises(sealer.SealError, match="#1 is missing"):
        sealer.seal("internal")
    assert Log.objects.get(name="internal").integrated_size == 0


def test_refuses_a_leaf_that_does_not_match_its_entry(db):
    append(3)
    with triggers.suspended(), connection.cursor() as cur:
        cur.execute("UPDATE ledger_entry SET payload = %s WHERE seq = 2", [b'{"forged":true}'])
    with pytest.raises(sealer.SealError, match="#2"):
        sealer.seal("internal")


def test_never_signs_a_checkpoint_inconsistent_with_an_earlier_one(db):
    append(300)
    sealer.seal("internal")
    append(10, start=300)
    # Someone rewrites a sealed hash (entry #256) in the partial tile the next root is built from:
    # that root would not extend the signed tree.
    log = Log.objects.get(name="internal")
    tile = Tile.objects.get(log=log, level=0, index=1)
    forged = bytes(32) + bytes(tile.data)[32:]
    with triggers.suspended():
        Tile.objects.filter(pk=tile.pk).update(data=forged)
    with pytest.raises(sealer.SealError, match="not consistent"):
        sealer.seal("internal")
    assert Checkpoint.objects.filter(log=log).count() == 1


def test_seal_all_and_the_periodic_job(db):
    from sanxiang.core import schedule

    assert "ledger.seal" in {j.name for j in schedule.jobs()}
    append(2)
    append(1, log="public")
    results = {r.log: r for r in sealer.seal_all()}
    assert results["internal"].signed and results["public"].signed
