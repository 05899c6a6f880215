"""Appending to the record. Every service that changes the record calls ``record()`` in its transaction."""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, connection, models, transaction
from django.utils import timezone

from sanxiang.kernel.canonical import canonical_json
from sanxiang.kernel.merkle import ALGORITHMS, get_hasher
from sanxiang.ledger import conf
from sanxiang.ledger.models import Entry, Log
from sanxiang.ledger.registry import object_digest, subject_label

INTERNAL = "internal"
PUBLIC = "public"


class LedgerError(RuntimeError):
    pass


def origin_for(name: str) -> str:
    """``LEDGER_ORIGIN`` for the internal log; ``<same host>/<name>`` for the others."""
    base = conf.origin()
    return base if name == INTERNAL else f"{base.rsplit('/', 1)[0]}/{name}"


def log_get_or_create(name: str, *, algorithm: str | None = None) -> Log:
    """The log called *name*, created on first use with the configured hash algorithm.

    The algorithm is fixed when a log is created (ARCHITECTURE.md "The ledger") and never changes.
    """
    try:
        return Log.objects.get(name=name)
    except Log.DoesNotExist:
        pass
    algorithm = algorithm or conf.hash_algorithm()
    if algorithm not in ALGORITHMS:
        raise LedgerError(f"LEDGER_HASH_ALGORITHM must be one of {ALGORITHMS}, not {algorithm!r}")
    try:
        with transaction.atomic():
            return Log.objects.create(name=name, origin=origin_for(name), algorithm=algorithm)
    except IntegrityError:  # created concurrently
        return Log.objects.get(name=name)


def _claim_seq(name: str) -> tuple[int, int, str, str] | None:
    """Atomically take the next sequence number of log *name*: ``(seq, log_id, origin, algorithm)``.

    ``UPDATE … SET size = size + 1 … RETURNING`` locks the log row until the caller's transaction
    ends, so concurrent writers queue on it; a rollback gives the number back. Gapless.
    """
    with connection.cursor() as cur:
        cur.execute(
            "UPDATE ledger_log SET size = size + 1 WHERE name = %s RETURNING size, id, origin, algorithm",
            [name],
        )
        row = cur.fetchone()
    if row is None:
        return None
    size, log_id, origin, algorithm = row
    return int(size) - 1, int(log_id), origin, algorithm


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
    entry with it. The entry is the RFC 8785 canonical JSON of the event; its leaf hash is
    ``H(0x00 || entry)`` (RFC 9162 §2.1.1) with the log's algorithm.
    """
    if not connection.in_atomic_block:
        raise LedgerError("ledger.record() must run inside the service's transaction")
    all_digests = dict(digests or {})
    if isinstance(subject, models.Model):
        # The digest is taken from the row as stored, exactly as `ledger verify` will read it
        # (an in-memory instance may still hold 16 where the column now holds Decimal("16.0")).
        stored = type(subject)._base_manager.filter(pk=subject.pk).first() if subject.pk is not None else None
        state_digest = object_digest(stored if stored is not None else subject)
        if state_digest is not None:
            all_digests["state"] = state_digest
        subject_str = subject_label(subject)
    else:
        subject_str = str(subject)
    agency_id = getattr(agency, "pk", agency)
    actor_id = getattr(actor, "pk", None) if actor is not None and not isinstance(actor, str) else None
    if isinstance(actor, str):
        actor_name = actor
    elif actor is not None:
        actor_name = actor.get_username() if hasattr(actor, "get_username") else str(actor)
    else:
        actor_name = ""

    claimed = _claim_seq(log)
    if claimed is None:
        log_get_or_create(log)
        claimed = _claim_seq(log)
        if claimed is None:  # pragma: no cover - the log was just created
            raise LedgerError(f"ledger log {log!r} cannot be created")
    seq, log_id, origin, algorithm = claimed
    now = timezone.now()
    payload = canonical_json(
        {
            "log": origin,
            "seq": seq,
            "time": now.isoformat(timespec="microseconds"),
            "kind": kind,
            "agency": agency_id,
            "actor": {"id": actor_id, "name": actor_name},
            "subject": subject_str,
            "data": data,
            "digests": all_digests,
        }
    )
    return Entry.objects.create(
        log_id=log_id,
        seq=seq,
        created_at=now,
        kind=kind,
        agency_id=agency_id,
        actor_id=actor_id,
        actor_name=actor_name,
        subject=subject_str,
        payload=payload,
        leaf_hash=get_hasher(algorithm).leaf(payload),
    )
