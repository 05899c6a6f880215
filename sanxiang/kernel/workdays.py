"""Working-day calendar and statutory periods (REQUIREMENTS §8).

Pure arithmetic over data the caller passes in: no Django, no I/O. The holiday table in the
database (app ``holidays``) builds a :class:`WorkCalendar`; tests and the benchmark build one
from the ``chinese_calendar`` package with :meth:`WorkCalendar.from_chinese_calendar`.

Rules (see docs/workdays.md for the statutes):

* A day is a working day when it is Monday–Friday and not a statutory holiday, or when it is
  an adjusted working day (调休: a weekend day the State Council schedule makes a working day).
* Only the years listed in ``known_years`` have an official schedule. Any other year falls
  back to weekends-only, and every result that depends on such a date is *provisional*: it
  must be recomputed when that year's schedule is published.
* Working-day periods do not count the start day: ``add_workdays(start, n)`` is the n-th
  working day after ``start``.
* Calendar-day periods do not count the start day either (民事诉讼法 第八十五条第二款); when
  the last day is not a working day the period ends on the next working day (同条第三款).
* Month periods end on the corresponding day of the month n months later, or on its last day
  when there is no corresponding day (民法典 第二百零二条), and then move to the next working
  day like calendar-day periods (民事诉讼法 第八十五条第三款, 民法典 第二百零三条).

Speed: the calendar precomputes, over a span of years (1990–2100 and every year it was given
data for), one byte per day, the ordinals of all working days and prefix counts of working
and of unknown days. ``add_workdays``, ``calendar_deadline``, ``workdays_between`` and the
provisional flag are then a few list look-ups. Dates outside the span fall back to a
day-by-day loop (weekends only, always provisional), so every date still gets a correct answer.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "CalendarSeed",
    "CountResult",
    "DeadlineResult",
    "Law",
    "Rule",
    "WorkCalendar",
    "period_rule",
    "seed_from_chinese_calendar",
]


class Rule(StrEnum):
    """How a period is counted."""

    WORKDAYS = "workdays"
    CALENDAR_DAYS = "calendar_days"
    MONTHS = "months"

    @property
    def label(self) -> str:
        return _RULE_LABELS[self]


_RULE_LABELS = {Rule.WORKDAYS: "工作日", Rule.CALENDAR_DAYS: "自然日", Rule.MONTHS: "月"}


class Law(StrEnum):
    """Statutes whose periods have their own counting rule."""

    ADMINISTRATIVE_PENALTY = "行政处罚法"
    ADMINISTRATIVE_LICENSING = "行政许可法"
    ADMINISTRATIVE_COERCION = "行政强制法"


#: Where the general calendar-day rules come from (start day not counted; a period ending on
#: a day off ends on the next working day).
CALENDAR_DAY_BASIS = "民事诉讼法第八十五条"
MONTH_BASIS = "民法典第二百零二条、第二百零三条；民事诉讼法第八十五条"


@dataclass(frozen=True, slots=True)
class DeadlineResult:
    """The last day of a period.

    ``provisional`` — some day the computation depended on lies in a year without an official
    schedule; recompute when the schedule is added. ``rule`` — how the period was counted.
    ``article`` — the provision that sets the period (e.g. ``行政处罚法第六十一条``), when known.
    ``basis`` — the provision that decides how it is counted (e.g. ``行政处罚法第八十五条``).
    """

    date: dt.date
    provisional: bool
    rule: Rule
    article: str | None = None
    basis: str | None = None


@dataclass(frozen=True, slots=True)
class CountResult:
    """A number of working days, and whether it depends on a year without a schedule."""

    count: int
    provisional: bool


@dataclass(frozen=True)
class CalendarSeed:
    """Official schedules: holiday dates and adjusted working days with their names."""

    holidays: dict[dt.date, str]
    adjusted_workdays: dict[dt.date, str]
    years: tuple[int, ...]


DEFAULT_SPAN = (1990, 2100)


def _check_count(n: int, what: str = "n") -> None:
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"{what} must be an int, got {type(n).__name__}")
    if n < 1:
        raise ValueError(f"{what} must be at least 1, got {n}")


class WorkCalendar:
    """Working days of the People's Republic of China, from the schedules given.

    >>> cal = WorkCalendar(holidays=[], adjusted_workdays=[], known_years=[])
    >>> cal.add_workdays(dt.date(2030, 1, 4), 1).date  # a Friday
    datetime.date(2030, 1, 7)
    """

    __slots__ = (
        "_base",
        "_cum_unknown",
        "_cum_work",
        "_is_work",
        "_known_years",
        "_size",
        "_unknown",
        "_work_ordinals",
    )

    def __init__(
        self,
        *,
        holidays: Iterable[dt.date],
        adjusted_workdays: Iterable[dt.date],
        known_years: Iterable[int],
        span: tuple[int, int] = DEFAULT_SPAN,
    ) -> None:
        holiday_set = {_as_date(d) for d in holidays}
        workday_set = {_as_date(d) for d in adjusted_workdays}
        both = sorted(holiday_set & workday_set)
        if both:
            listed = ", ".join(d.isoformat() for d in both[:5])
            raise ValueError(f"dates both holidays and adjusted working days: {listed}")
        self._known_years = frozenset(int(y) for y in known_years)

        years = [*span, *self._known_years, *(d.year for d in holiday_set | workday_set)]
        first_year, last_year = min(years), max(years)
        base = dt.date(first_year, 1, 1).toordinal()
        size = dt.date(last_year, 12, 31).toordinal() - base + 1

        # Ordinal 1 (0001-01-01) is a Monday, so weekday = (ordinal - 1) % 7.
        is_work = bytearray(1 if (base + i - 1) % 7 < 5 else 0 for i in range(size))
        for d in holiday_set:
            is_work[d.toordinal() - base] = 0
        for d in workday_set:
            is_work[d.toordinal() - base] = 1

        unknown = bytearray(b"\x01") * size
        for year in self._known_years:
            start = dt.date(year, 1, 1).toordinal() - base
            end = dt.date(year, 12, 31).toordinal() - base + 1
            unknown[start:end] = bytes(end - start)

        cum_work = [0] * (size + 1)
        cum_unknown = [0] * (size + 1)
        work_ordinals = []
        w = u = 0
        for i in range(size):
            if is_work[i]:
                w += 1
                work_ordinals.append(base + i)
            u += unknown[i]
            cum_work[i + 1] = w
            cum_unknown[i + 1] = u

        self._base = base
        self._size = size
        self._is_work = bytes(is_work)
        self._unknown = bytes(unknown)
        self._cum_work = cum_work  # cum_work[i]: working days among offsets 0 .. i-1
        self._cum_unknown = cum_unknown
        self._work_ordinals = work_ordinals

    # ---------------------------------------------------------------- construction helpers

    @classmethod
    def from_seed(cls, seed: CalendarSeed) -> WorkCalendar:
        return cls(holidays=seed.holidays, adjusted_workdays=seed.adjusted_workdays, known_years=seed.years)

    @classmethod
    def from_chinese_calendar(cls) -> WorkCalendar:
        """The calendar of every year the installed ``chinese_calendar`` package covers."""
        return cls.from_seed(seed_from_chinese_calendar())

    # ---------------------------------------------------------------- single days

    @property
    def known_years(self) -> frozenset[int]:
        return self._known_years

    @property
    def span(self) -> tuple[dt.date, dt.date]:
        """First and last day of the precomputed span (outside it the slow path is used)."""
        return dt.date.fromordinal(self._base), dt.date.fromordinal(self._base + self._size - 1)

    def is_workday(self, d: dt.date) -> bool:
        return self._is_work_ordinal(d.toordinal())

    def is_provisional(self, d: dt.date) -> bool:
        """True when ``d``'s year has no official schedule (weekends-only fallback)."""
        return self._is_unknown_ordinal(d.toordinal())

    def _is_work_ordinal(self, o: int) -> bool:
        i = o - self._base
        if 0 <= i < self._size:
            return bool(self._is_work[i])
        return (o - 1) % 7 < 5

    def _is_unknown_ordinal(self, o: int) -> bool:
        i = o - self._base
        if 0 <= i < self._size:
            return bool(self._unknown[i])
        return True

    # ---------------------------------------------------------------- periods

    def add_workdays(self, start: dt.date, n: int) -> DeadlineResult:
        """The n-th working day after ``start`` (the start day is not counted; n ≥ 1)."""
        o = start.toordinal()
        i = o - self._base
        if 0 <= i < self._size and n.__class__ is int and n >= 1:
            k = self._cum_work[i + 1] + n - 1
            if k < len(self._work_ordinals):
                r = self._work_ordinals[k]
                return DeadlineResult(
                    dt.date.fromordinal(r),
                    self._cum_unknown[r - self._base + 1] != self._cum_unknown[i + 1],
                    Rule.WORKDAYS,
                )
        _check_count(n)
        r, provisional = self._walk_workdays(o, n)
        return DeadlineResult(dt.date.fromordinal(r), provisional, Rule.WORKDAYS)

    def calendar_deadline(self, start: dt.date, n: int) -> DeadlineResult:
        """End of an n-calendar-day period starting on ``start``.

        The start day is not counted, so the period's last day is ``start + n days``; if that is
        not a working day, the period ends on the next working day (民事诉讼法 第八十五条).
        """
        _check_count(n)
        r, provisional = self._roll_forward(start.toordinal() + n)
        return DeadlineResult(
            dt.date.fromordinal(r), provisional, Rule.CALENDAR_DAYS, basis=CALENDAR_DAY_BASIS
        )

    def add_months(self, start: dt.date, n: int) -> DeadlineResult:
        """End of an n-month period starting on ``start``.

        The corresponding day n months later, the last day of that month when it has no
        corresponding day (1月31日 + 1个月 → 2月28日/29日; 民法典 第二百零二条), moved to the
        next working day when it is not one (民事诉讼法 第八十五条, 民法典 第二百零三条).
        """
        _check_count(n)
        months = start.month - 1 + n
        year, month = start.year + months // 12, months % 12 + 1
        day = min(start.day, _calendar.monthrange(year, month)[1])
        r, provisional = self._roll_forward(dt.date(year, month, day).toordinal())
        return DeadlineResult(dt.date.fromordinal(r), provisional, Rule.MONTHS, basis=MONTH_BASIS)

    def workdays_between(self, a: dt.date, b: dt.date) -> CountResult:
        """The number of working days d with a < d ≤ b.

        When b < a the result is minus the number of working days d with b < d ≤ a, so that
        ``workdays_between(a, b) == -workdays_between(b, a)``; when a == b it is 0.
        """
        oa, ob = a.toordinal(), b.toordinal()
        if ob < oa:
            result = self._count(ob, oa)
            return CountResult(-result.count, result.provisional)
        return self._count(oa, ob)

    def _count(self, oa: int, ob: int) -> CountResult:
        """Working days in (oa, ob], oa ≤ ob."""
        base, size = self._base, self._size
        if base <= oa and ob < base + size:
            ia, ib = oa - base + 1, ob - base + 1
            return CountResult(
                self._cum_work[ib] - self._cum_work[ia],
                self._cum_unknown[ib] != self._cum_unknown[ia],
            )
        count, provisional = 0, False
        for o in range(oa + 1, ob + 1):
            count += self._is_work_ordinal(o)
            provisional = provisional or self._is_unknown_ordinal(o)
        return CountResult(count, provisional)

    def statutory_period(
        self,
        start: dt.date,
        *,
        law: str,
        article: str,
        days: int | None = None,
        months: int | None = None,
        working_days: bool | None = None,
    ) -> DeadlineResult:
        """The end of a period a statute sets, counted the way that statute says.

        ``law`` names the statute (``"行政处罚法"``, ``"中华人民共和国行政许可法"``, …) and
        ``article`` the provision that sets the period (``"第六十一条"``); both are recorded on
        the result. Give ``days`` or ``months``. For day periods the counting rule comes from
        :func:`period_rule` unless the provision itself says (``working_days=True`` for a text
        that reads "工作日", ``False`` for one that reads "自然日").
        """
        law_name = _law_name(law)
        citation = article if article.startswith(law_name) else f"{law_name}{article}"
        if (days is None) == (months is None):
            raise ValueError("give exactly one of days and months")
        if months is not None:
            result = self.add_months(start, months)
            return DeadlineResult(result.date, result.provisional, Rule.MONTHS, citation, MONTH_BASIS)
        assert days is not None
        if working_days is None:
            rule, basis = period_rule(days, law_name)
        else:
            rule = Rule.WORKDAYS if working_days else Rule.CALENDAR_DAYS
            basis = citation if working_days else CALENDAR_DAY_BASIS
        if rule is Rule.WORKDAYS:
            result = self.add_workdays(start, days)
        else:
            result = self.calendar_deadline(start, days)
        return DeadlineResult(result.date, result.provisional, rule, citation, basis)

    # ---------------------------------------------------------------- internals

    def _roll_forward(self, o: int) -> tuple[int, bool]:
        """The first working day on or after ordinal o, and whether that depended on unknown days."""
        i = o - self._base
        if 0 <= i < self._size:
            k = self._cum_work[i]  # working days before o
            if k < len(self._work_ordinals):
                r = self._work_ordinals[k]
                return r, self._cum_unknown[r - self._base + 1] != self._cum_unknown[i]
        provisional = False
        while True:
            provisional = provisional or self._is_unknown_ordinal(o)
            if self._is_work_ordinal(o):
                return o, provisional
            o += 1

    def _walk_workdays(self, o: int, n: int) -> tuple[int, bool]:
        """Day by day: the n-th working day after ordinal o (used outside the precomputed span)."""
        provisional = False
        while n:
            o += 1
            provisional = provisional or self._is_unknown_ordinal(o)
            if self._is_work_ordinal(o):
                n -= 1
        return o, provisional

    def __repr__(self) -> str:
        years = sorted(self._known_years)
        known = f"{years[0]}–{years[-1]}" if years else "none"
        return f"<WorkCalendar known years {known} ({len(years)})>"


def period_rule(days: int, law: str) -> tuple[Rule, str]:
    """How a period of ``days`` days in ``law`` is counted, and the provision that says so.

    * 行政处罚法 第八十五条: its 2, 3, 5 and 7-day periods are working days; others calendar days.
    * 行政许可法 第八十二条: its periods are working days.
    * 行政强制法 第六十九条: periods of ten days or less are working days.
    * Any other statute: calendar days (民事诉讼法 第八十五条), unless the provision itself
      says working days — pass ``working_days=True`` to :meth:`WorkCalendar.statutory_period`.
    """
    _check_count(days, "days")
    name = _law_name(law)
    if name == Law.ADMINISTRATIVE_PENALTY:
        if days in (2, 3, 5, 7):
            return Rule.WORKDAYS, "行政处罚法第八十五条"
        return Rule.CALENDAR_DAYS, CALENDAR_DAY_BASIS
    if name == Law.ADMINISTRATIVE_LICENSING:
        return Rule.WORKDAYS, "行政许可法第八十二条"
    if name == Law.ADMINISTRATIVE_COERCION:
        if days <= 10:
            return Rule.WORKDAYS, "行政强制法第六十九条"
        return Rule.CALENDAR_DAYS, CALENDAR_DAY_BASIS
    return Rule.CALENDAR_DAYS, CALENDAR_DAY_BASIS


def _law_name(law: str) -> str:
    name = "".join(str(law).split()).strip("《》")
    return name.removeprefix("中华人民共和国")


def _as_date(d: dt.date) -> dt.date:
    if isinstance(d, dt.datetime):
        return d.date()
    if not isinstance(d, dt.date):
        raise TypeError(f"expected a date, got {type(d).__name__}")
    return d


def seed_from_chinese_calendar() -> CalendarSeed:
    """Every official schedule in the installed ``chinese_calendar`` package.

    Holidays and adjusted working days with their Chinese names (春节, 国庆节, …); the years
    are exactly those with holiday data (1.11.0: 2004–2026; the 2026 schedule is 国办发明电
    〔2025〕7号). Imported lazily so that the kernel does not load the package unless asked.
    """
    from chinese_calendar import constants

    chinese = {h.value: h.chinese for h in constants.Holiday}
    holidays = {d: chinese.get(name, name) for d, name in constants.holidays.items()}
    workdays = {d: chinese.get(name, name) for d, name in constants.workdays.items()}
    years = tuple(sorted({d.year for d in holidays}))
    return CalendarSeed(holidays=holidays, adjusted_workdays=workdays, years=years)
