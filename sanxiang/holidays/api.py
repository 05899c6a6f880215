"""Working-day API (/api/v1/workdays/): the computations of ``sanxiang workdays`` and the calendar.

Dates are ``YYYY-MM-DD``. A bad value gives 422 naming the field, in Chinese:
``{"detail": "输入有误 / invalid input", "errors": [{"field": "n", "message": "天数应在1至10000之间"}]}``.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from ninja import Query, Router, Schema

from sanxiang.holidays import compute, selectors
from sanxiang.holidays.calendar import get_calendar
from sanxiang.holidays.models import YearSchedule

router = Router(tags=["工作日 workdays"])

DATE_HELP = "日期，YYYY-MM-DD"


class DeadlineOut(Schema):
    date: dt.date
    provisional: bool
    rule: str


class StatutoryOut(DeadlineOut):
    article: str | None
    basis: str | None


class CountOut(Schema):
    count: int
    provisional: bool


class FieldError(Schema):
    field: str
    message: str


class ErrorOut(Schema):
    detail: str
    errors: list[FieldError]


class NotFoundOut(Schema):
    detail: str


class RangeOut(Schema):
    name: str
    start: dt.date
    end: dt.date


class WorkdayOut(Schema):
    date: dt.date
    name: str


class YearOut(Schema):
    year: int
    notice: str
    source: str
    holidays: list[RangeOut]
    adjusted_workdays: list[WorkdayOut]

    @staticmethod
    def resolve_holidays(obj: YearSchedule) -> list:
        return list(obj.holiday_ranges.all())

    @staticmethod
    def resolve_adjusted_workdays(obj: YearSchedule) -> list:
        return list(obj.adjusted_workdays.all())


def _run(operation: str, first: str, second: str):
    try:
        return compute.run(get_calendar(), operation, first, second)
    except compute.InputError as exc:
        raise ValidationError({exc.field: [exc.message]}) from None


def _deadline(result) -> dict:
    return {"date": result.date, "provisional": result.provisional, "rule": result.rule.value}


@router.get(
    "/add", response={200: DeadlineOut, 422: ErrorOut}, summary="DATE 之后第 N 个工作日（起算日不计入）"
)
def add(
    request,
    date: str = Query(..., description=DATE_HELP, example="2026-01-05"),
    n: str = Query(..., description="工作日数，1—10000", example="20"),
):
    return _deadline(_run("add", date, n))


@router.get(
    "/calendar-deadline",
    response={200: DeadlineOut, 422: ErrorOut},
    summary="自 DATE 起 N 个自然日期间的届满日（届满日为休息日的顺延至下一个工作日）",
)
def calendar_deadline(
    request,
    date: str = Query(..., description=DATE_HELP, example="2026-01-05"),
    n: str = Query(..., description="自然日数，1—10000", example="15"),
):
    return _deadline(_run("calendar-deadline", date, n))


@router.get(
    "/between",
    response={200: CountOut, 422: ErrorOut},
    summary="满足 A < d ≤ B 的工作日 d 的个数（B < A 时为负数）",
)
def between(
    request,
    a: str = Query(..., description=DATE_HELP, example="2026-01-01"),
    b: str = Query(..., description=DATE_HELP, example="2026-12-31"),
):
    result = _run("between", a, b)
    return {"count": result.count, "provisional": result.provisional}


@router.get(
    "/statutory-period",
    response={200: StatutoryOut, 422: ErrorOut},
    summary="按法律规定计算期限（行政处罚法第八十五条、行政许可法第八十二条、行政强制法第六十九条）",
)
def statutory_period(
    request,
    date: str = Query(..., description="起算日，YYYY-MM-DD", example="2026-01-05"),
    days: str = Query(..., description="法律规定的日数", example="7"),
    law: str = Query(..., description="法律名称，如 行政处罚法", example="行政处罚法"),
    article: str = Query("", description="设定期限的条款，如 第六十一条", example="第六十一条"),
):
    try:
        start = compute.parse_date(date, "date")
        amount = compute.parse_count(days, "days")
    except compute.InputError as exc:
        raise ValidationError({exc.field: [exc.message]}) from None
    if not law.strip():
        raise ValidationError({"law": ["请填写法律名称"]})
    result = get_calendar().statutory_period(start, law=law, article=article.strip(), days=amount)
    return {**_deadline(result), "article": result.article, "basis": result.basis}


@router.get("/years", response=list[YearOut], summary="已录入的年度节假日安排")
def years(request):
    return selectors.year_schedules_with_days()


@router.get("/years/{year}", response={200: YearOut, 404: NotFoundOut}, summary="某年度的节假日安排")
def year(request, year: int):
    return selectors.year_schedule_get(year)
