"""Appending to the record. Every service that changes the record calls ``record()`` in its transaction."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import connection, models
from django.utils import timezone

from sanxiang.kernel.canonical import canonical_json
from sanxiang.kernel.merkle import leaf_hash
from sanxiang.ledger.models import Entry, Log
from sanxiang.ledger.registry import object_digest, subject_label

INTERNAL = "internal"
PUBLIC = "public"


class LedgerError(RuntimeError):
    pass


def log_get_or_create(name: str) -> Log:
    origin = settings.LEDGER_ORIGIN if name == INTERNAL else f"{settings.LEDGER_ORIGIN.rsplit('/', 1)[0]}/{name}"
    log, _ = Log.objects.get_or_create(name=name, defaults={"origin": origin})
    return log


def record(
    *,
    kind: str,
    actor: Any,
    agency: Any,
    subject: models.Model | str,
    data: dict[str, Any],
    digests: dict[str, str] | None = None,
    log: str = INTERNAL,
) -> Entry:
    """Append one event to ``log`` inside the caller's transaction and return the entry.

    ``subject`` is the model instance the event is about (or an ``app.model:pk`` label); when its
    model is registered, the digest of its new state is stored with the event under
    ``digests["state"]``. Sequence numbers are gapless: the log row is locked for the append,
    so concurrent writers queue instead of colliding, and a rolled-back transaction takes its
    entry with it.
    """
    if not connection.in_atomic_block:
        raise LedgerError("ledger.record() must run inside the service's transaction")
    log_row = Log.objects.select_for_update().filter(pk=log_get_or_create(log).pk).get()
    all_digests = dict(digests or {})
    if isinstance(subject, models.Model):
        state_digest = object_digest(subject)
        if state_digest is not None:
            all_digests["state"] = state_digest
        subject_str = subject_label(subject)
    else:
        subject_str = subject
    agency_id = getattr(agency, "pk", agency)
    actor_id = getattr(actor, "pk", None) if actor is not None and not isinstance(actor, str) else None
    actor_name = actor if isinstance(actor, str) else (getattr(actor, "get_username", lambda: "")() if actor else "")
    now = timezone.now()
    seq = log_row.size
    payload = canonical_json({
        "log": log_row.origin,
        "seq": seq,
        "time": now.isoformat(timespec="microseconds"),
        "kind": kind,
        "agency": agency_id,
        "actor": {"id": actor_id, "name": actor_name},
        "subject": subject_str,
        "data": data,
        "digests": all_digests,
    })
    entry = Entry.objects.create(
        log=log_row, seq=seq, created_at=now, kind=kind, agency_id=agency_id, actor_id=actor_id,
        actor_name=actor_name, subject=subject_str, payload=payload,
        leaf_hash=leaf_hash(payload, algorithm=log_row.algorithm),
    )
    Log.objects.filter(pk=log_row.pk).update(size=seq + 1)
    return entry
