"""``sanxiang ledger verify``: a clean ledger reports nothing; every injected fault is found and named."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command
from django.db import connection

from sanxiang.ledger import sealer, triggers
from sanxiang.ledger.models import Checkpoint, Entry, Log, Tile
from sanxiang.ledger.verify import verify

from .conftest import append


@pytest.fixture
def world(guarded, make_agency):
    """Real events from the org services (registered objects) plus plain ones, sealed in two checkpoints."""
    agency = make_agency("核验测试局")
    from sanxiang.org.services import department_create

    department = department_create(
        actor="test", agency=agency, name="法制审核科", responsibilities="法制审核"
    )
    append(400, start=0)
    sealer.seal("internal")
    append(120, start=400)
    sealer.seal("internal")
    return {"agency": agency, "department": department, "log": Log.objects.get(name="internal")}


def _problems(report, kind=None):
    return [p for p in report.problems if kind is None or p.kind == kind]


def _items(report, kind=None):
    return {p.item for p in _problems(report, kind)}


def _sql(sql, params=()):
    with triggers.suspended(), connection.cursor() as cur:
        cur.execute(sql, params)


def _seq_of(kind="test.event", n=0):
    return list(Entry.objects.filter(kind=kind).order_by("seq").values_list("seq", flat=True))[n]


def test_clean_ledger_reports_nothing(world, capsys):
    report = verify()
    assert report.ok, [str(p) for p in report.problems]
    internal = next(lr for lr in report.logs if lr.name == "internal")
    assert internal.checkpoints_verified == internal.checkpoints == 2
    assert internal.entries == world["log"].size == internal.integrated_size
    assert report.objects_checked >= 3  # regions, the agency, the department …
    from sanxiang.kernel.merkle import root_hash

    leaves = [
        bytes(h)
        for h in Entry.objects.filter(log=world["log"]).order_by("seq").values_list("leaf_hash", flat=True)
    ]
    assert internal.root == root_hash(leaves).hex()
    call_command("ledger", "verify")
    assert "OK" in capsys.readouterr().out
    call_command("ledger", "verify", "--json")
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is True and data["problems"] == []


def test_unsealed_entries_are_still_checked(world):
    append(3, start=1000)
    assert verify().ok


def test_edited_payload(world, capsys):
    seq = _seq_of(n=10)
    payload = bytes(Entry.objects.get(seq=seq).payload).replace(b'"i":10', b'"i":11')
    _sql("UPDATE ledger_entry SET payload = %s WHERE seq = %s", [payload, seq])
    report = verify()
    assert f"entry #{seq}" in _items(report, "entry")
    assert any("checkpoint @" in p.item for p in _problems(report, "checkpoint"))
    assert "tile" not in {p.kind for p in report.problems}, "the tiles are intact and must not be blamed"
    with pytest.raises(SystemExit) as exc:
        call_command("ledger", "verify", "--json")
    assert exc.value.code == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and any(p["item"] == f"entry #{seq}" for p in data["problems"])


def test_edited_payload_with_recomputed_leaf_hash(world):
    """A forger who also rewrites the leaf hash column is caught by the sealed tiles and the signature."""
    from sanxiang.kernel.merkle import leaf_hash

    seq = _seq_of(n=20)
    payload = bytes(Entry.objects.get(seq=seq).payload).replace(b'"i":20', b'"i":21')
    _sql(
        "UPDATE ledger_entry SET payload = %s, leaf_hash = %s WHERE seq = %s",
        [payload, leaf_hash(payload), seq],
    )
    report = verify()
    entry = [p for p in _problems(report, "entry") if p.item == f"entry #{seq}"]
    assert entry and "after sealing" in entry[0].message


def test_deleted_entry(world):
    seq = _seq_of(n=30)
    _sql("DELETE FROM ledger_entry WHERE seq = %s", [seq])
    report = verify()
    missing = [p for p in _problems(report, "entry") if p.item == f"entry #{seq}"]
    assert missing and "missing" in missing[0].message
    assert len(_problems(report, "entry")) == 1, "the entries after the gap are still fine"


def test_swapped_entries(world):
    a, b = _seq_of(n=40), _seq_of(n=41)
    ea, eb = Entry.objects.get(seq=a), Entry.objects.get(seq=b)
    _sql(
        "UPDATE ledger_entry SET payload = %s, leaf_hash = %s WHERE seq = %s",
        [bytes(eb.payload), bytes(eb.leaf_hash), a],
    )
    _sql(
        "UPDATE ledger_entry SET payload = %s, leaf_hash = %s WHERE seq = %s",
        [bytes(ea.payload), bytes(ea.leaf_hash), b],
    )
    report = verify()
    assert {f"entry #{a}", f"entry #{b}"} <= _items(report, "entry")
    swapped = [p for p in _problems(report, "entry") if p.item == f"entry #{a}"][0]
    assert "columns" in swapped.message or "after sealing" in swapped.message


def test_changed_tile_hash(world):
    log = world["log"]
    tile = Tile.objects.get(log=log, level=0, index=0)
    data = bytearray(bytes(tile.data))
    data[5 * 32] ^= 0x01
    _sql("UPDATE ledger_tile SET data = %s WHERE id = %s", [bytes(data), tile.pk])
    report = verify()
    tile_items = _items(report, "tile")
    assert "tile/0/000" in tile_items
    blamed = [p for p in _problems(report, "tile") if p.item == "tile/0/000"][0]
    assert "hash 5" in blamed.message
    assert not _problems(report, "entry"), "the entries are intact and must not be blamed"


def test_changed_checkpoint(world):
    cp = Checkpoint.objects.filter(log=world["log"]).order_by("size").first()
    forged = cp.note.replace(f"\n{cp.size}\n", f"\n{cp.size - 1}\n", 1)
    _sql("UPDATE ledger_checkpoint SET note = %s WHERE id = %s", [forged, cp.pk])
    report = verify()
    bad = [p for p in _problems(report, "checkpoint") if p.item == f"checkpoint @{cp.size}"]
    assert bad and "does not verify" in bad[0].message


def test_changed_checkpoint_root_column(world):
    cp = Checkpoint.objects.filter(log=world["log"]).order_by("size").last()
    _sql("UPDATE ledger_checkpoint SET root_hash = %s WHERE id = %s", [bytes(32), cp.pk])
    report = verify()
    assert any("root hash column" in p.message for p in _problems(report, "checkpoint"))


def test_checkpoint_signed_by_another_key(world, ledger_keys):
    from sanxiang.kernel import checkpoints as notes

    log = world["log"]
    cp = Checkpoint.objects.filter(log=log).order_by("size").last()
    skey, _ = notes.generate_key(log.origin)
    body = notes.open_note(
        cp.note,
        [notes.Signer.from_key((ledger_keys / "internal.ed25519.key").read_text().strip()).verifier()],
    )[0]
    forged = notes.sign_note(body.replace(f"\n{cp.size}\n", f"\n{cp.size}\n"), notes.Signer.from_key(skey))
    _sql("UPDATE ledger_checkpoint SET note = %s WHERE id = %s", [forged, cp.pk])
    report = verify()
    assert any(p.item == f"checkpoint @{cp.size}" and "does not verify" in p.message for p in report.problems)


def test_edited_registered_object(world):
    agency = world["agency"]
    _sql("UPDATE org_agency SET head = %s WHERE id = %s", ["篡改者", agency.pk])
    report = verify()
    assert f"org.agency:{agency.pk}" in _items(report, "object")
    assert len(_problems(report)) == 1


def test_object_created_behind_the_platform(world):
    from sanxiang.org.models import Region

    region = Region.objects.create(code="999999", name="虚构区", parent=None)
    report = verify()
    assert f"org.region:{region.pk}" in _items(report, "object")


def test_object_deleted_behind_the_platform(world):
    department = world["department"]
    _sql("DELETE FROM org_department WHERE id = %s", [department.pk])
    report = verify()
    bad = [p for p in _problems(report, "object") if p.item == f"org.department:{department.pk}"]
    assert bad and "missing from the database" in bad[0].message


def test_missing_triggers_are_reported(world):
    triggers.uninstall()
    report = verify()
    assert [p.item for p in report.problems] == ["triggers"]


def test_verifier_key_from_the_command_line(world, ledger_keys, settings, tmp_path, capsys):
    vkey = Log.objects.get(name="internal").verifier_keys.splitlines()[0]
    settings.LEDGER_KEY_DIR = str(tmp_path / "elsewhere")  # an auditor's machine without the key files
    call_command("ledger", "verify", "--log", "internal", "--verifier-key", vkey)
    assert "keys from command line" in capsys.readouterr().out


def test_several_faults_at_once_are_each_blamed_right(world):
    """Both the entries and the tiles are off: each differing leaf is settled by an inclusion proof."""
    log = world["log"]
    a, b = _seq_of(n=40), _seq_of(n=41)
    ea, eb = Entry.objects.get(seq=a), Entry.objects.get(seq=b)
    _sql(
        "UPDATE ledger_entry SET payload = %s, leaf_hash = %s WHERE seq = %s",
        [bytes(eb.payload), bytes(eb.leaf_hash), a],
    )
    _sql(
        "UPDATE ledger_entry SET payload = %s, leaf_hash = %s WHERE seq = %s",
        [bytes(ea.payload), bytes(ea.leaf_hash), b],
    )
    tile = Tile.objects.get(log=log, level=0, index=1)
    data = bytearray(bytes(tile.data))
    data[3 * 32] ^= 0x80
    _sql("UPDATE ledger_tile SET data = %s WHERE id = %s", [bytes(data), tile.pk])
    report = verify()
    blamed = {(p.kind, p.item, p.message.split(":")[0]) for p in report.problems}
    assert ("entry", f"entry #{a}", "changed after sealing") in blamed
    assert ("entry", f"entry #{b}", "changed after sealing") in blamed
    assert any(k == "tile" and item == "tile/0/001" and "hash 3" in m for k, item, m in blamed)
