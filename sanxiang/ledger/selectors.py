"""Reads of the ledger. The public side sees hashes only: checkpoints, tiles, proofs, verifier keys."""

from __future__ import annotations

from django.http import Http404

from sanxiang.ledger.models import Checkpoint, Log, Tile


def log_get(name: str) -> Log:
    try:
        return Log.objects.get(name=name)
    except Log.DoesNotExist:
        raise Http404(f"no ledger log {name!r}") from None


def logs_overview() -> list[dict]:
    out = []
    for log in Log.objects.order_by("pk"):
        latest = Checkpoint.objects.filter(log=log).order_by("-size").first()
        out.append(
            {
                "log": log,
                "latest": latest,
                "unsealed": log.size - log.integrated_size,
                "keys": [k for k in log.verifier_keys.splitlines() if k.strip()],
            }
        )
    return out


def tile_row(log: Log, level: int, index: int) -> tuple[int, bytes] | None:
    """(width, data) of a stored tile, or None."""
    row = Tile.objects.filter(log=log, level=level, index=index).values_list("width", "data").first()
    return None if row is None else (row[0], bytes(row[1]))


def latest_checkpoint(log: Log) -> Checkpoint | None:
    return Checkpoint.objects.filter(log=log).order_by("-size").first()


def can_view_ledger_admin(user) -> bool:
    """Platform-wide data: superusers, or staff with the model permission (DEVELOPING.md)."""
    return bool(
        user.is_active and (user.is_superuser or (user.is_staff and user.has_perm("ledger.view_log")))
    )
