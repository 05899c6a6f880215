"""Background work of the ledger: the sealer (also run every LEDGER_SEAL_INTERVAL seconds by the scheduler)."""

from __future__ import annotations

from django_tasks import task

from sanxiang.ledger import sealer


@task()
def seal_logs() -> list[str]:
    """Integrate new entries into the tiles and sign checkpoints (idempotent)."""
    return [str(r) for r in sealer.seal_all()]
