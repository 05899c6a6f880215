"""The ``sanxiang ledger`` command: seal, keys, verify exit codes."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from sanxiang.kernel import checkpoints as notes
from sanxiang.ledger import sealer, triggers
from sanxiang.ledger.models import Checkpoint, Log

from .conftest import append


def test_seal_keys_verify(guarded, capsys):
    append(5)
    call_command("ledger", "seal")
    out = capsys.readouterr().out
    assert "internal: integrated 0→5, signed checkpoint at size 5" in out
    call_command("ledger", "keys", "--log", "internal")
    vkey = capsys.readouterr().out.strip()
    v = notes.Verifier.from_key(vkey)
    assert v.name == "sanxiang.test/log"
    notes.verify_checkpoint(Checkpoint.objects.get().note, v, origin=v.name)
    call_command("ledger", "verify", "--log", "internal")
    out = capsys.readouterr().out
    assert "5 entries, sealed 5" in out and "OK" in out
    report_root = Log.objects.get(name="internal")
    assert report_root.integrated_size == 5


def test_unknown_log(db):
    with pytest.raises(CommandError):
        call_command("ledger", "seal", "--log", "nope")


def test_refused_seal_is_an_error_and_does_not_stop_other_logs(db):
    append(3)
    append(2, log="public")
    with triggers.suspended(), connection.cursor() as cur:
        cur.execute(
            "DELETE FROM ledger_entry WHERE seq = 1 AND log_id = (SELECT id FROM ledger_log WHERE name = 'internal')"
        )
    with pytest.raises(CommandError, match="missing"):
        call_command("ledger", "seal", "--log", "internal")
    results = sealer.seal_all()
    assert [r.log for r in results] == ["public"] and results[0].signed
