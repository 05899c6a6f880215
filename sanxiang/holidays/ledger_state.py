"""What the record vouches for: the calendar schedules and stored deadlines."""

from __future__ import annotations

from sanxiang.holidays.models import Deadline, YearSchedule
from sanxiang.ledger.registry import register


def year_schedule_state(s: YearSchedule) -> dict:
    return {
        "year": s.year,
        "notice": s.notice,
        "published_on": s.published_on.isoformat() if s.published_on else None,
        "source": s.source,
        "holidays": [
            [r.name, r.start.isoformat(), r.end.isoformat()] for r in s.holiday_ranges.order_by("start")
        ],
        "adjusted_workdays": [[w.date.isoformat(), w.name] for w in s.adjusted_workdays.order_by("date")],
    }


def deadline_state(d: Deadline) -> dict:
    return {
        "owner": f"{d.owner_type.app_label}.{d.owner_type.model}:{d.owner_id}",
        "kind": d.kind,
        "label": d.label,
        "start": d.deadline_start.isoformat(),
        "amount": d.deadline_amount,
        "rule": d.deadline_rule,
        "due_date": d.due_date.isoformat(),
        "article": d.deadline_article,
        "basis": d.deadline_basis,
        "provisional": d.deadline_provisional,
    }


def register_all() -> None:
    register(YearSchedule, state=year_schedule_state)
    register(Deadline, state=deadline_state)
