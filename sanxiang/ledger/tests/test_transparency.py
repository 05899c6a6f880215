"""Public transparency endpoints (hashes only) and the staff/admin/API views of the ledger."""

from __future__ import annotations

import base64

import pytest

from sanxiang.kernel import checkpoints as notes
from sanxiang.kernel import merkle
from sanxiang.ledger import sealer
from sanxiang.ledger.models import Entry, Log

from .conftest import append


@pytest.fixture
def sealed(db):
    append(700)
    sealer.seal("internal")
    log = Log.objects.get(name="internal")
    leaves = [
        bytes(h) for h in Entry.objects.filter(log=log).order_by("seq").values_list("leaf_hash", flat=True)
    ]
    return log, leaves


def _b64(s: str) -> bytes:
    return base64.b64decode(s)


def test_checkpoint_and_key(client, sealed):
    log, leaves = sealed
    r = client.get("/transparency/internal/checkpoint")
    assert r.status_code == 200 and r["Content-Type"] == "text/plain; charset=utf-8"
    assert "max-age=5" in r["Cache-Control"]
    keys = client.get("/transparency/internal/key").content.decode().split()
    verifiers = [notes.Verifier.from_key(k) for k in keys]
    cp = notes.verify_checkpoint(r.content.decode(), verifiers, origin=log.origin)
    assert cp.size == 700 and cp.root_hash == merkle.root_hash(leaves)
    assert client.get("/transparency/nosuchlog/checkpoint").status_code == 404
    index = client.get("/transparency/").json()
    assert index["logs"][0]["origin"] == log.origin and index["logs"][0]["checkpoint_size"] == 700


def test_tiles(client, sealed):
    log, leaves = sealed
    full = client.get("/transparency/internal/tile/0/001")
    assert full.status_code == 200 and full["Content-Type"] == "application/octet-stream"
    assert "immutable" in full["Cache-Control"]
    assert full.content == b"".join(leaves[256:512])
    partial = client.get("/transparency/internal/tile/0/002.p/188")
    assert partial.content == b"".join(leaves[512:700])
    assert client.get("/transparency/internal/tile/0/002.p/100").content == b"".join(leaves[512:612])
    level1 = client.get("/transparency/internal/tile/1/000.p/2").content
    assert level1 == merkle.root_hash(leaves[:256]) + merkle.root_hash(leaves[256:512])
    for missing in (
        "0/002",
        "0/002.p/189",
        "0/003.p/1",
        "1/000",
        "0/x000/002",
        "entries/000",
        "00/000",
        "0/002.p/0188",
    ):
        assert client.get(f"/transparency/internal/tile/{missing}").status_code == 404, missing


def test_inclusion_and_consistency_proofs(client, sealed):
    log, leaves = sealed
    data = client.get("/transparency/internal/proof/inclusion", {"index": 300}).json()
    assert data["size"] == 700 and data["index"] == 300 and _b64(data["leaf_hash"]) == leaves[300]
    merkle.verify_inclusion(
        leaf_hash=leaves[300],
        index=300,
        size=700,
        proof=[_b64(p) for p in data["proof"]],
        root=merkle.root_hash(leaves),
    )
    assert len(data["proof"]) <= 24
    data = client.get("/transparency/internal/proof/inclusion", {"index": 5, "size": 9}).json()
    assert _b64(data["root"]) == merkle.root_hash(leaves[:9])
    data = client.get("/transparency/internal/proof/consistency", {"first": 260}).json()
    merkle.verify_consistency(
        size1=260,
        size2=700,
        proof=[_b64(p) for p in data["proof"]],
        root1=merkle.root_hash(leaves[:260]),
        root2=merkle.root_hash(leaves),
    )
    for params in (
        {},
        {"index": -1},
        {"index": "x"},
        {"index": 700},
        {"index": 1, "size": 701},
        {"index": "01"},
    ):
        r = client.get("/transparency/internal/proof/inclusion", params)
        assert r.status_code == 400 and "detail" in r.json(), params
    for params in ({"first": 0}, {"first": 5, "second": 4}, {"first": 1, "second": 701}):
        assert client.get("/transparency/internal/proof/consistency", params).status_code == 400, params


def test_no_personal_data_is_served(client, sealed):
    log, _ = sealed
    body = client.get("/transparency/").content + client.get("/transparency/internal/checkpoint").content
    assert b"tester" not in body and b"test.thing" not in body


def test_staff_page_and_verification(client, sealed, django_user_model, guarded):
    admin = django_user_model.objects.create_superuser("root", "root@example.com", "pw-Sanxiang-1")
    plain = django_user_model.objects.create_user("plain", password="pw-Sanxiang-1")
    client.force_login(plain)
    assert client.get("/staff/ledger/").status_code == 403
    client.force_login(admin)
    page = client.get("/staff/ledger/")
    assert page.status_code == 200 and "sanxiang.test/log" in page.content.decode()
    result = client.post("/staff/ledger/verify/")
    assert result.status_code == 200 and "未发现问题" in result.content.decode()


def test_api(client, sealed, django_user_model, guarded):
    admin = django_user_model.objects.create_superuser("root", "root@example.com", "pw-Sanxiang-1")
    plain = django_user_model.objects.create_user("plain", password="pw-Sanxiang-1")
    client.force_login(plain)
    logs = client.get("/api/v1/ledger/logs").json()
    assert logs[0]["name"] == "internal" and logs[0]["checkpoint_size"] == 700
    assert client.post("/api/v1/ledger/verify").status_code in (403, 401)
    client.force_login(admin)
    r = client.post("/api/v1/ledger/verify")
    assert r.status_code == 200 and r.json()["ok"] is True


def test_admin_is_read_only(client, sealed, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.com", "pw-Sanxiang-1")
    client.force_login(admin)
    assert client.get("/admin/ledger/entry/").status_code == 200
    assert client.get("/admin/ledger/entry/add/").status_code == 403


@pytest.mark.django_db
def test_sidebar_links_the_ledger_page_for_platform_admins_only(client, django_user_model):
    admin = django_user_model.objects.create_superuser("root2", password="x-Sanxiang-1")
    client.force_login(admin)
    assert "/staff/ledger/" in client.get("/staff/").content.decode()
    officer = django_user_model.objects.create_user("plain", password="x-Sanxiang-1")
    client.force_login(officer)
    assert "/staff/ledger/" not in client.get("/staff/").content.decode()
