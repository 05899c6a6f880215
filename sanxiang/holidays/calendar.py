"""The working-day calendar built from the holiday table, cached per process.

``get_calendar()`` is what every app calls to compute a deadline. It returns a
:class:`~sanxiang.kernel.workdays.WorkCalendar` built from the ``YearSchedule`` rows and keeps it
until the calendar's version token in the database changes (one primary-key look-up per call, or
none within ``HOLIDAYS_CALENDAR_CHECK_SECONDS`` of the last check when that setting is > 0).
"""

from __future__ import annotations

import threading
import time
from datetime import date, timedelta

from django.conf import settings

from sanxiang.holidays.models import AdjustedWorkday, CalendarVersion, HolidayRange, YearSchedule
from sanxiang.kernel.workdays import DeadlineResult, WorkCalendar

_lock = threading.Lock()
_cached: tuple[str, WorkCalendar] | None = None
_checked_at = 0.0


def current_token() -> str:
    return CalendarVersion.objects.filter(pk=1).values_list("token", flat=True).first() or ""


def build_calendar() -> WorkCalendar:
    """A fresh calendar from the table (no cache)."""
    holidays: list[date] = []
    for start, end in HolidayRange.objects.values_list("start", "end"):
        holidays.extend(start + timedelta(days=k) for k in range((end - start).days + 1))
    return WorkCalendar(
        holidays=holidays,
        adjusted_workdays=AdjustedWorkday.objects.values_list("date", flat=True),
        known_years=YearSchedule.objects.values_list("year", flat=True),
    )


def get_calendar() -> WorkCalendar:
    """The current calendar; rebuilt only when the table has changed since it was built."""
    global _cached, _checked_at
    ttl = float(getattr(settings, "HOLIDAYS_CALENDAR_CHECK_SECONDS", 0))
    cached = _cached
    if cached is not None and ttl > 0 and time.monotonic() - _checked_at < ttl:
        return cached[1]
    token = current_token()
    if cached is not None and cached[0] == token:
        _checked_at = time.monotonic()
        return cached[1]
    with _lock:
        # Read the token before the rows: if the table changes meanwhile, the next call sees a new
        # token and rebuilds, so a calendar is never cached under a token newer than its data.
        calendar = build_calendar()
        _cached = (token, calendar)
        _checked_at = time.monotonic()
    return calendar


def invalidate_calendar() -> None:
    """Forget this process's calendar (other processes notice the new token themselves)."""
    global _cached
    _cached = None


def statutory_deadline(
    start: date,
    *,
    law: str,
    article: str,
    days: int | None = None,
    months: int | None = None,
    working_days: bool | None = None,
) -> DeadlineResult:
    """``WorkCalendar.statutory_period`` with the current calendar (see docs/workdays.md)."""
    return get_calendar().statutory_period(
        start, law=law, article=article, days=days, months=months, working_days=working_days
    )
