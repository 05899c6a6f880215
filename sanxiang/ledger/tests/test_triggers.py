"""The database refuses to change or delete the record, whoever asks (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction

from sanxiang.ledger import sealer, triggers
from sanxiang.ledger.models import Checkpoint, Entry, Log, Tile

from .conftest import append


def _refused(sql: str, params=()) -> None:
    with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cur:
        cur.execute(sql, params)


def test_all_triggers_installed(guarded):
    assert triggers.missing() == []
    assert set(triggers.installed_names()) >= set(triggers.expected_names())


def test_entries_cannot_be_updated_or_deleted(guarded):
    append(3)
    _refused("UPDATE ledger_entry SET kind = 'forged' WHERE seq = 1")
    _refused("UPDATE ledger_entry SET payload = %s WHERE seq = 1", [b"{}"])
    _refused("DELETE FROM ledger_entry WHERE seq = 2")
    _refused("DELETE FROM ledger_entry")
    with pytest.raises(IntegrityError), transaction.atomic():
        Entry.objects.filter(seq=0).update(subject="x:1")
    with pytest.raises(IntegrityError), transaction.atomic():
        Entry.objects.get(seq=0).delete()
    assert Entry.objects.count() == 3


def test_checkpoints_and_tiles_are_guarded(guarded):
    append(300)
    sealer.seal("internal")
    cp = Checkpoint.objects.get()
    _refused("UPDATE ledger_checkpoint SET size = 7 WHERE id = %s", [cp.pk])
    _refused("DELETE FROM ledger_checkpoint")
    _refused("DELETE FROM ledger_tile WHERE level = 0")
    full = Tile.objects.get(level=0, index=0)
    partial = Tile.objects.get(level=0, index=1)
    data = bytes(full.data)
    forged = data[:32] + bytes(32) + data[64:]
    _refused("UPDATE ledger_tile SET data = %s WHERE id = %s", [forged, full.pk])
    _refused("UPDATE ledger_tile SET width = 3, data = %s WHERE id = %s", [data[:96], full.pk])
    _refused("UPDATE ledger_tile SET tile_index = 9 WHERE id = %s", [partial.pk])
    # Growing a partial tile, keeping its old bytes as a prefix, is what the sealer does: allowed.
    grown = bytes(partial.data) + bytes(32)
    with connection.cursor() as cur:
        cur.execute("UPDATE ledger_tile SET width = width + 1, data = %s WHERE id = %s", [grown, partial.pk])


def test_log_size_only_grows(guarded):
    append(2)
    log = Log.objects.get(name="internal")
    _refused("UPDATE ledger_log SET size = 1 WHERE id = %s", [log.pk])
    _refused("UPDATE ledger_log SET origin = 'evil/log' WHERE id = %s", [log.pk])
    _refused("UPDATE ledger_log SET algorithm = 'sm3' WHERE id = %s", [log.pk])
    _refused("DELETE FROM ledger_log")
    append(1, start=2)  # appending still works with the triggers on
    assert Log.objects.get(pk=log.pk).size == 3


def test_suspended_restores_the_triggers(guarded):
    append(1)
    with triggers.suspended():
        assert triggers.missing() == triggers.expected_names()
        Entry.objects.filter(seq=0).update(kind="changed by a DBA")
    assert triggers.missing() == []
    _refused("UPDATE ledger_entry SET kind = 'again'")
