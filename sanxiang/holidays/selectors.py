"""Reads of the calendar: schedules, a year's month grid, the calendar's coverage."""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, QuerySet
from django.http import Http404

from sanxiang.holidays.models import AdjustedWorkday, HolidayRange, YearSchedule
from sanxiang.kernel.workdays import WorkCalendar


def year_schedules() -> QuerySet[YearSchedule]:
    return YearSchedule.objects.annotate(
        range_count=Count("holiday_ranges", distinct=True),
        workday_count=Count("adjusted_workdays", distinct=True),
    ).order_by("-year")


def year_schedules_with_days() -> QuerySet[YearSchedule]:
    """Every entered year, oldest first, with its holiday ranges and adjusted working days."""
    return YearSchedule.objects.prefetch_related("holiday_ranges", "adjusted_workdays").order_by("year")


def year_schedule_find(year: int) -> YearSchedule | None:
    return (
        YearSchedule.objects.prefetch_related("holiday_ranges", "adjusted_workdays").filter(year=year).first()
    )


def year_schedule_get(year: int) -> YearSchedule:
    try:
        return YearSchedule.objects.prefetch_related("holiday_ranges", "adjusted_workdays").get(year=year)
    except YearSchedule.DoesNotExist:
        raise Http404(f"没有{year}年的节假日安排") from None


@dataclass(frozen=True)
class Coverage:
    """Which years the calendar knows, for the status line of the calendar pages."""

    first: int | None
    last: int | None
    gaps: list[int]
    next_needed: int

    @property
    def empty(self) -> bool:
        return self.first is None


def coverage(calendar: WorkCalendar, *, today: date | None = None) -> Coverage:
    today = today or date.today()
    years = sorted(calendar.known_years)
    if not years:
        return Coverage(None, None, [], today.year)
    gaps = [y for y in range(years[0], years[-1] + 1) if y not in calendar.known_years]
    next_needed = next(y for y in range(today.year, today.year + 200) if y not in calendar.known_years)
    return Coverage(years[0], years[-1], gaps, next_needed)


@dataclass(frozen=True)
class Day:
    date: date
    kind: str  # "holiday", "adjusted", "weekend", "workday"
    name: str
    is_today: bool


def year_grid(year: int, calendar: WorkCalendar, *, today: date | None = None) -> list[dict]:
    """Twelve months of weeks (Monday first) of :class:`Day` or None, for the year page."""
    today = today or date.today()
    names: dict[date, str] = {}
    window = (date(year, 1, 1) - timedelta(days=31), date(year, 12, 31) + timedelta(days=31))
    for r in HolidayRange.objects.filter(start__lte=window[1], end__gte=window[0]):
        for d in r.days():
            names[d] = r.name
    for w in AdjustedWorkday.objects.filter(date__range=window):
        names[w.date] = w.name
    months = []
    for month in range(1, 13):
        weeks = []
        for week in _calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
            row = []
            for d in week:
                if d.month != month:
                    row.append(None)
                    continue
                workday = calendar.is_workday(d)
                if d.weekday() >= 5:
                    kind = "adjusted" if workday else ("holiday" if d in names else "weekend")
                else:
                    kind = "workday" if workday else "holiday"
                row.append(Day(d, kind, names.get(d, ""), d == today))
            weeks.append(row)
        months.append({"month": month, "weeks": weeks})
    return months
