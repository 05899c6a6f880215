"""record(): gapless sequence, canonical payload, leaf hash, rollback, state digests."""

from __future__ import annotations

import json
import threading

import pytest
from django.db import connection, transaction

from sanxiang.kernel.canonical import canonical_json
from sanxiang.kernel.merkle import leaf_hash
from sanxiang.ledger.models import Entry, Log
from sanxiang.ledger.services import LedgerError, record

from .conftest import append


def test_entries_are_gapless_canonical_and_hashed(db):
    append(5)
    entries = list(Entry.objects.order_by("seq"))
    assert [e.seq for e in entries] == [0, 1, 2, 3, 4]
    log = Log.objects.get(name="internal")
    assert log.size == 5 and log.origin == "sanxiang.test/log" and log.algorithm == "sha256"
    for e in entries:
        payload = bytes(e.payload)
        event = json.loads(payload)
        assert canonical_json(event) == payload
        assert event["seq"] == e.seq and event["log"] == log.origin and event["kind"] == "test.event"
        assert event["actor"] == {"id": None, "name": "tester"}
        assert bytes(e.leaf_hash) == leaf_hash(payload)


def test_record_needs_a_transaction(db):
    with pytest.raises(LedgerError):
        # Outside an atomic block (pytest's db fixture wraps tests in one; step out of it).
        connection.in_atomic_block, saved = False, connection.in_atomic_block
        try:
            record(kind="x", actor=None, agency=None, subject="x:1", data={})
        finally:
            connection.in_atomic_block = saved


def test_rollback_takes_the_entry_and_its_number(db):
    append(2)
    with pytest.raises(RuntimeError), transaction.atomic():
        record(kind="x", actor=None, agency=None, subject="x:1", data={})
        raise RuntimeError("the service fails after recording")
    append(1, start=2)
    assert list(Entry.objects.order_by("seq").values_list("seq", flat=True)) == [0, 1, 2]
    assert Log.objects.get(name="internal").size == 3


def test_separate_logs_have_separate_sequences(db):
    append(3)
    append(2, log="public")
    assert list(Entry.objects.filter(log__name="public").values_list("seq", flat=True).order_by("seq")) == [
        0,
        1,
    ]
    assert Log.objects.get(name="public").origin == "sanxiang.test/public"


def test_sm3_log(db, settings):
    settings.LEDGER_HASH_ALGORITHM = "sm3"
    append(1, log="gm")
    e = Entry.objects.get(log__name="gm")
    assert Log.objects.get(name="gm").algorithm == "sm3"
    assert bytes(e.leaf_hash) == leaf_hash(bytes(e.payload), algorithm="sm3")


def test_registered_subject_gets_a_state_digest(make_agency):
    agency = make_agency()
    e = Entry.objects.filter(subject=f"org.agency:{agency.pk}").order_by("-seq").first()
    event = json.loads(bytes(e.payload))
    from sanxiang.ledger.registry import object_digest

    assert event["digests"]["state"] == object_digest(agency)
    assert e.agency_id == agency.pk


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_threads_no_duplicate_no_gap():
    """Threads in one process (SQLite or PostgreSQL); the 16-process proof is in test_concurrency.py."""
    if connection.vendor == "sqlite" and connection.settings_dict["NAME"].startswith("file:memorydb"):
        pytest.skip("in-memory SQLite test database is per connection")
    errors: list[Exception] = []

    def writer(w: int) -> None:
        try:
            for i in range(25):
                with transaction.atomic():
                    record(kind="t", actor=f"w{w}", agency=None, subject=f"t:{w}:{i}", data={})
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    seqs = sorted(Entry.objects.values_list("seq", flat=True))
    assert seqs == list(range(100))
