"""Fixtures of the ledger tests: keys in a temporary directory, triggers on, helpers to append."""

from __future__ import annotations

import pytest
from django.db import transaction

from sanxiang.ledger import triggers
from sanxiang.ledger.services import record


@pytest.fixture(autouse=True)
def ledger_keys(settings, tmp_path):
    settings.LEDGER_KEY_DIR = str(tmp_path / "keys")
    settings.LEDGER_SIGNATURES = "ed25519"
    settings.LEDGER_HASH_ALGORITHM = "sha256"
    settings.LEDGER_ORIGIN = "sanxiang.test/log"
    return tmp_path / "keys"


@pytest.fixture
def guarded(db):
    """The append-only triggers, as in production (the test transaction rolls them back)."""
    triggers.install()
    yield
    triggers.uninstall()


def append(n: int, *, log: str = "internal", start: int = 0, kind: str = "test.event") -> None:
    for i in range(start, start + n):
        with transaction.atomic():
            record(kind=kind, actor="tester", agency=None, subject=f"test.thing:{i}", data={"i": i}, log=log)
