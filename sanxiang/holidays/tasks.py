"""Background work of the calendar: recompute stored deadlines after the calendar changed."""

from __future__ import annotations

from datetime import date

from django_tasks import task

from sanxiang.holidays.services import deadlines_recompute


@task()
def recompute_deadlines(changed_from: str | None = None, changed_to: str | None = None) -> dict[str, int]:
    """Enqueued on commit by every change to the calendar; idempotent."""
    return deadlines_recompute(
        actor="system:recompute_deadlines",
        changed_from=date.fromisoformat(changed_from) if changed_from else None,
        changed_to=date.fromisoformat(changed_to) if changed_to else None,
    )


def recompute_provisional() -> dict[str, int]:
    """Periodic safety net (``sanxiang scheduler``): recompute provisional deadlines even if a
    task enqueued after a calendar change was lost."""
    return deadlines_recompute(actor="system:scheduler")
