"""The sealer: integrates new entries into the tiles and signs a checkpoint when there is something new.

``seal(log)`` does, in short transactions:

1. integrate: read entries ``[integrated_size, size)`` in batches, **recompute each leaf hash
   from the stored payload** and refuse to go on if it differs from the stored one or if a
   sequence number is missing; write the tiles that change and advance ``integrated_size``
   with a compare-and-set (a concurrent sealer loses and rolls back);
2. sign: if the latest checkpoint is older than ``integrated_size``, compute the new root from
   the tiles, check the RFC 9162 consistency proof from the latest *signed* checkpoint (its
   note is opened with our own key, not trusted from its columns) to the new size, and only
   then sign and store the new checkpoint. A log never signs a checkpoint inconsistent with
   one it signed before (c2sp.org/tlog-checkpoint "Signatures").

On PostgreSQL, a transaction-level advisory lock per log keeps two sealers from doing the same
work; on SQLite the write lock of each IMMEDIATE transaction does. One sealer at a time per log is
the normal case (ARCHITECTURE.md "Scale"); the compare-and-set keeps a second one harmless.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.db import connection, transaction

from sanxiang.kernel import checkpoints as notes
from sanxiang.kernel import merkle
from sanxiang.ledger import conf, keys, tiles
from sanxiang.ledger.db import fetch_all
from sanxiang.ledger.models import Checkpoint, Log

log_ = logging.getLogger("sanxiang.ledger")

_LOCK_NAMESPACE = 0x5358  # "SX"


class SealError(RuntimeError):
    """The sealer refuses: a gap, a leaf that does not match its entry, an inconsistent tree."""


@dataclass
class SealResult:
    log: str
    integrated_from: int
    integrated_to: int
    checkpoint_size: int | None
    signed: bool

    def __str__(self) -> str:
        parts = [f"{self.log}: integrated {self.integrated_from}→{self.integrated_to}"]
        if self.signed:
            parts.append(f"signed checkpoint at size {self.checkpoint_size}")
        elif self.checkpoint_size is not None:
            parts.append(f"checkpoint at size {self.checkpoint_size} is current")
        return ", ".join(parts)


def _advisory_lock(log: Log) -> bool:
    if connection.vendor != "postgresql":
        return True
    with connection.cursor() as cur:
        cur.execute("SELECT pg_try_advisory_xact_lock(%s, %s)", [_LOCK_NAMESPACE, log.pk])
        return bool(cur.fetchone()[0])


def _integrate_batch(log_id: int, batch: int) -> tuple[int, int] | None:
    """Integrate up to *batch* entries in one transaction; ``(from, to)`` or None if nothing to do."""
    with transaction.atomic():
        log = Log.objects.get(pk=log_id)
        if not _advisory_lock(log):
            return None
        start = log.integrated_size
        end = min(log.size, start + batch)
        if end <= start:
            return None
        hasher = merkle.get_hasher(log.algorithm)
        new = hasher.new
        rows = fetch_all(
            "SELECT seq, payload, leaf_hash FROM ledger_entry WHERE log_id = %s AND seq >= %s AND seq < %s "
            "ORDER BY seq",
            [log.pk, start, end],
        )
        leaves: list[bytes] = []
        expected = start
        for seq, payload, stored in rows:
            if seq != expected:
                raise SealError(f"log {log.name}: entry #{expected} is missing (next stored is #{seq})")
            h = new(b"\x00" + bytes(payload)).digest()
            if h != bytes(stored):
                raise SealError(f"log {log.name}: entry #{seq}: stored leaf hash does not match its payload")
            leaves.append(h)
            expected += 1
        if expected != end:
            raise SealError(f"log {log.name}: entry #{expected} is missing (log size is {log.size})")
        edge = tiles.load_right_edge(log, start)
        writes = tiles.compute_tile_writes(log, start, leaves, lambda lv, ix: edge.get((lv, ix)))
        tiles.write_tiles(log, writes)
        updated = Log.objects.filter(pk=log.pk, integrated_size=start).update(integrated_size=end)
        if updated != 1:
            raise SealError(f"log {log.name}: integrated_size moved under us (a concurrent sealer?)")
        return start, end


def _latest_checkpoint(log: Log) -> Checkpoint | None:
    return Checkpoint.objects.filter(log=log).order_by("-size").first()


def _sign(log_id: int) -> tuple[int | None, bool]:
    with transaction.atomic():
        log = Log.objects.get(pk=log_id)
        if not _advisory_lock(log):
            return None, False
        size = log.integrated_size
        latest = _latest_checkpoint(log)
        if size == 0 or (latest is not None and latest.size >= size):
            return (latest.size if latest else None), False
        signers = keys.signers_for(log)
        if not signers:
            raise SealError(
                f"log {log.name}: no signing key (LEDGER_SIGNATURES={conf.signature_algorithms()})"
            )
        reader = tiles.TileReader(log)
        root = tiles.root_at(log, size, reader)
        if latest is not None:
            verifiers = [s.verifier() for s in signers] + keys.key_file_verifiers(log)
            try:
                previous = notes.verify_checkpoint(latest.note, verifiers, origin=log.origin)
            except notes.NoteError as exc:
                raise SealError(
                    f"log {log.name}: latest checkpoint (size {latest.size}) does not verify: {exc}"
                ) from None
            proof = tiles.consistency_proof(log, previous.size, size, reader)
            try:
                merkle.verify_consistency(
                    size1=previous.size,
                    size2=size,
                    proof=proof,
                    root1=previous.root_hash,
                    root2=root,
                    algorithm=log.algorithm,
                )
            except merkle.ProofError as exc:
                raise SealError(
                    f"log {log.name}: refusing to sign size {size}: not consistent with the checkpoint "
                    f"at size {previous.size} ({exc})"
                ) from None
        body = notes.Checkpoint(log.origin, size, root).body()
        note = notes.sign_note(body, signers)
        Checkpoint.objects.create(log=log, size=size, root_hash=root, note=note)
        return size, True


def seal(log: Log | str, *, batch: int | None = None, max_batches: int | None = None) -> SealResult:
    """Integrate everything appended so far and sign a checkpoint for it if it is new."""
    log = log if isinstance(log, Log) else Log.objects.get(name=log)
    batch = batch or conf.seal_batch()
    first = Log.objects.values_list("integrated_size", flat=True).get(pk=log.pk)
    done = 0
    last = first
    while max_batches is None or done < max_batches:
        result = _integrate_batch(log.pk, batch)
        if result is None:
            break
        last = result[1]
        done += 1
    size, signed = _sign(log.pk)
    result = SealResult(log.name, first, last, size, signed)
    if signed or last != first:
        log_.info("ledger sealed: %s", result)
    return result


def seal_all() -> list[SealResult]:
    """Seal every log (the periodic job). A log the sealer refuses is logged and skipped, not the others."""
    results = []
    for log in Log.objects.order_by("pk"):
        try:
            results.append(seal(log))
        except SealError:
            log_.exception("ledger sealer refused log %s; run `sanxiang ledger verify`", log.name)
    return results
