"""The workday computations offered by the ``workdays`` command and the API, with input checks.

Inputs arrive as text; every problem is an :class:`InputError` naming the field, in Chinese.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sanxiang.kernel.workdays import CountResult, DeadlineResult, WorkCalendar

MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2199, 12, 31)
MAX_N = 10_000

OPERATIONS = ("add", "calendar-deadline", "between")


@dataclass
class InputError(ValueError):
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}：{self.message}"


def parse_date(value: object, field: str) -> date:
    text = str(value).strip() if value is not None else ""
    if not text:
        raise InputError(field, "请填写日期（YYYY-MM-DD）")
    try:
        parsed = date.fromisoformat(text)
    except ValueError:
        raise InputError(field, f"“{text}”不是有效日期，应为 YYYY-MM-DD（如 2026-01-05）") from None
    if not MIN_DATE <= parsed <= MAX_DATE:
        raise InputError(field, f"日期应在{MIN_DATE.year}年至{MAX_DATE.year}年之间")
    return parsed


def parse_count(value: object, field: str = "n") -> int:
    text = str(value).strip() if value is not None else ""
    if not text:
        raise InputError(field, "请填写天数")
    try:
        number = int(text)
    except ValueError:
        raise InputError(field, f"“{text}”不是整数") from None
    if not 1 <= number <= MAX_N:
        raise InputError(field, f"天数应在1至{MAX_N}之间")
    return number


def add(calendar: WorkCalendar, start: object, n: object) -> DeadlineResult:
    return calendar.add_workdays(parse_date(start, "date"), parse_count(n))


def calendar_deadline(calendar: WorkCalendar, start: object, n: object) -> DeadlineResult:
    return calendar.calendar_deadline(parse_date(start, "date"), parse_count(n))


def between(calendar: WorkCalendar, a: object, b: object) -> CountResult:
    return calendar.workdays_between(parse_date(a, "a"), parse_date(b, "b"))


def run(
    calendar: WorkCalendar, operation: str, first: object, second: object
) -> DeadlineResult | CountResult:
    if operation == "add":
        return add(calendar, first, second)
    if operation == "calendar-deadline":
        return calendar_deadline(calendar, first, second)
    if operation == "between":
        return between(calendar, first, second)
    raise InputError("operation", f"未知的计算：{operation}")


def as_json(result: DeadlineResult | CountResult) -> dict:
    if isinstance(result, CountResult):
        return {"count": result.count, "provisional": result.provisional}
    return {"date": result.date.isoformat(), "provisional": result.provisional}


def as_text(result: DeadlineResult | CountResult) -> str:
    if isinstance(result, CountResult):
        return str(result.count)
    return result.date.isoformat()
