"""Concurrent writers never produce a duplicate or a gap: 16 processes on PostgreSQL (issue 3 §3)."""

from __future__ import annotations

import multiprocessing
import os
import traceback

import pytest
from django.db import connection, connections, transaction

from sanxiang.ledger import sealer, triggers
from sanxiang.ledger.models import Entry, Log
from sanxiang.ledger.services import record
from sanxiang.ledger.verify import verify

WRITERS = 16
PER_WRITER = 40


def _writer(w: int, n: int) -> None:  # runs in a forked child
    code = 0
    try:
        for i in range(n):
            with transaction.atomic():
                record(
                    kind="test.concurrent",
                    actor=f"w{w}",
                    agency=None,
                    subject=f"test.thing:{w}-{i}",
                    data={"w": w},
                )
                if i % 7 == 3:
                    # A service that fails after recording: its number must come back, not leave a gap.
                    transaction.set_rollback(True)
        connection.close()
    except BaseException:
        traceback.print_exc()
        code = 1
    os._exit(code)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_sixteen_processes_no_duplicate_no_gap():
    triggers.install()
    try:
        with transaction.atomic():
            record(kind="test.start", actor="t", agency=None, subject="test.thing:start", data={})
        connections.close_all()  # the children open their own connections
        ctx = multiprocessing.get_context("fork")
        procs = [ctx.Process(target=_writer, args=(w, PER_WRITER)) for w in range(WRITERS)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(timeout=180)
        assert [p.exitcode for p in procs] == [0] * WRITERS
        committed_per_writer = PER_WRITER - sum(1 for i in range(PER_WRITER) if i % 7 == 3)
        total = 1 + WRITERS * committed_per_writer
        seqs = list(Entry.objects.filter(log__name="internal").order_by("seq").values_list("seq", flat=True))
        assert seqs == list(range(total)), "duplicate or gap"
        assert Log.objects.get(name="internal").size == total
        sealer.seal("internal")
        report = verify(objects=False)
        assert report.ok, [str(p) for p in report.problems]
    finally:
        triggers.uninstall()  # Django's teardown empties the tables
