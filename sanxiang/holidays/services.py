"""Every write to the calendar and to stored deadlines, with its ledger event in the same transaction.

- ``year_schedule_create`` / ``year_schedule_update``: an administrator enters a year's State
  Council schedule (holiday ranges with names, adjusted working days).
- ``holidays_seed_from_chinese_calendar``: the history, from the ``chinese_calendar`` package
  (idempotent: years already in the table are left alone, including ones an administrator edited).
- ``deadline_set``: store a statutory deadline on any record.
- ``deadlines_recompute``: recompute stored deadlines after the calendar changed (run by the
  ``recompute_deadlines`` task, enqueued on commit by the schedule services).

Any change to the calendar renews the ``CalendarVersion`` token in the same transaction, so every
process rebuilds its cached calendar, and enqueues the recomputation after commit.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.utils import timezone

from sanxiang.holidays import deadlines
from sanxiang.holidays.calendar import build_calendar, invalidate_calendar, statutory_deadline
from sanxiang.holidays.models import (
    FIRST_YEAR,
    LAST_YEAR,
    AdjustedWorkday,
    CalendarVersion,
    Deadline,
    HolidayRange,
    ScheduleSource,
    YearSchedule,
)
from sanxiang.kernel.identifiers import normalize_document_number
from sanxiang.kernel.workdays import seed_from_chinese_calendar
from sanxiang.ledger.services import record

#: A longer range is almost certainly a typing mistake (the longest so far: 春节 2020, 10 days).
MAX_RANGE_DAYS = 15
WEEKDAY_NAMES = "一二三四五六日"
#: chinese_calendar's names → the names the State Council notices use.
NOTICE_NAMES = {"清明": "清明节", "端午": "端午节", "中秋": "中秋节"}


@dataclass(frozen=True)
class HolidaySpec:
    """One holiday range of a schedule: 春节 2027-02-06 to 2027-02-12 (weekend days included)."""

    name: str
    start: date
    end: date

    def days(self) -> list[date]:
        return [self.start + timedelta(days=k) for k in range((self.end - self.start).days + 1)]


@dataclass(frozen=True)
class WorkdaySpec:
    """One adjusted working day (a Saturday or Sunday that is worked)."""

    date: date
    name: str = ""


# ------------------------------------------------------------------------------------------------
# Validation of a year's schedule
# ------------------------------------------------------------------------------------------------


def schedule_errors(
    *, year: int, holidays: Sequence[HolidaySpec], adjusted_workdays: Sequence[WorkdaySpec]
) -> dict[str, list[str]]:
    """Problems with a year's schedule, keyed by field: ``year``, ``holidays``,
    ``holidays.<i>.<name|start|end>``, ``adjusted_workdays.<i>.date``. Messages are Chinese.

    Other years' schedules in the table are taken into account (a range may not overlap theirs;
    a holiday may not fall on a day they make a working day).
    """
    errors: dict[str, list[str]] = defaultdict(list)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        errors["year"].append(f"年度应在{FIRST_YEAR}至{LAST_YEAR}之间")
        return dict(errors)
    if not holidays:
        errors["holidays"].append("请至少填写一个放假区间")

    other_ranges = list(HolidayRange.objects.exclude(schedule__year=year).select_related("schedule"))
    other_workdays = {
        w.date: w for w in AdjustedWorkday.objects.exclude(schedule__year=year).select_related("schedule")
    }

    accepted: list[HolidaySpec] = []
    for i, spec in enumerate(holidays):
        key = f"holidays.{i}"
        if not spec.name.strip():
            errors[f"{key}.name"].append("请填写节日名称")
        if spec.end < spec.start:
            errors[f"{key}.end"].append("放假结束日不能早于开始日")
            continue
        if (spec.end - spec.start).days + 1 > MAX_RANGE_DAYS:
            errors[f"{key}.end"].append(f"单个放假区间不应超过{MAX_RANGE_DAYS}天，请检查日期")
            continue
        if spec.end.year < year or spec.start.year > year:
            errors[f"{key}.start"].append(f"放假区间应在{year}年内（元旦假期可跨年）")
            continue
        problems = []
        for other in accepted:
            if spec.start <= other.end and other.start <= spec.end:
                problems.append(f"与本年度的“{other.name}”（{other.start}至{other.end}）重叠")
        for other in other_ranges:
            if spec.start <= other.end and other.start <= spec.end:
                problems.append(
                    f"与{other.schedule.year}年安排中的“{other.name}”（{other.start}至{other.end}）重叠"
                )
        for day in spec.days():
            if day in other_workdays:
                problems.append(f"区间内的{day}已是{other_workdays[day].schedule.year}年安排中的调休上班日")
        if problems:
            errors[f"{key}.start"].extend(problems)
            continue
        accepted.append(spec)

    holiday_days = {day: spec for spec in accepted for day in spec.days()}
    other_holiday_days = {day: r for r in other_ranges for day in r.days()}
    seen: dict[date, int] = {}
    for i, spec in enumerate(adjusted_workdays):
        key = f"adjusted_workdays.{i}.date"
        day = spec.date
        if day.weekday() < 5:
            errors[key].append(f"{day}是星期{WEEKDAY_NAMES[day.weekday()]}，调休上班日应为周六或周日")
        elif not (day.year == year or (day.year == year - 1 and day.month == 12)):
            errors[key].append(f"调休上班日应在{year}年内（元旦调休可在{year - 1}年12月）")
        elif day in seen:
            errors[key].append(f"{day}已填写过一次")
        elif day in holiday_days:
            errors[key].append(f"{day}在放假区间“{holiday_days[day].name}”内，不能同时是调休上班日")
        elif day in other_workdays:
            errors[key].append(f"{day}已是{other_workdays[day].schedule.year}年安排中的调休上班日")
        elif day in other_holiday_days:
            other = other_holiday_days[day]
            errors[key].append(f"{day}在{other.schedule.year}年安排的放假区间“{other.name}”内")
        seen.setdefault(day, i)
    return dict(errors)


def _clean_notice(notice: str, errors: dict[str, list[str]]) -> str:
    notice = (notice or "").strip()
    if not notice:
        return ""
    try:
        return normalize_document_number(notice)
    except ValueError as exc:
        errors.setdefault("notice", []).append(str(exc))
        return notice


# ------------------------------------------------------------------------------------------------
# Writing schedules
# ------------------------------------------------------------------------------------------------


def _lock_calendar() -> CalendarVersion:
    """Serialise calendar writes (and validation against other years) on the version row."""
    CalendarVersion.objects.get_or_create(pk=1, defaults={"token": "", "changed_at": timezone.now()})
    return CalendarVersion.objects.select_for_update().get(pk=1)


def _calendar_changed(version: CalendarVersion, changed: Iterable[date]) -> None:
    changed = sorted(changed)
    version.token = uuid.uuid4().hex
    version.changed_at = timezone.now()
    version.save(update_fields=["token", "changed_at"])
    transaction.on_commit(invalidate_calendar)
    if changed:
        window = (changed[0].isoformat(), changed[-1].isoformat())
        transaction.on_commit(lambda: _enqueue_recompute(*window))


def _enqueue_recompute(changed_from: str, changed_to: str) -> None:
    from sanxiang.holidays.tasks import recompute_deadlines

    recompute_deadlines.enqueue(changed_from, changed_to)


def _schedule_days(holidays: Sequence[HolidaySpec], adjusted_workdays: Sequence[WorkdaySpec]) -> set[date]:
    return {d for h in holidays for d in h.days()} | {w.date for w in adjusted_workdays}


def _changed_days(
    old_holidays: Sequence[HolidaySpec],
    old_workdays: Sequence[WorkdaySpec],
    holidays: Sequence[HolidaySpec],
    adjusted_workdays: Sequence[WorkdaySpec],
) -> set[date]:
    """Days whose status (holiday, adjusted working day, ordinary) differs between two versions."""
    old_h = {d for h in old_holidays for d in h.days()}
    new_h = {d for h in holidays for d in h.days()}
    return (old_h ^ new_h) | ({w.date for w in old_workdays} ^ {w.date for w in adjusted_workdays})


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _write_days(
    schedule: YearSchedule, holidays: Sequence[HolidaySpec], adjusted_workdays: Sequence[WorkdaySpec]
):
    HolidayRange.objects.bulk_create(
        HolidayRange(schedule=schedule, name=h.name.strip(), start=h.start, end=h.end) for h in holidays
    )
    AdjustedWorkday.objects.bulk_create(
        AdjustedWorkday(schedule=schedule, date=w.date, name=w.name.strip()) for w in adjusted_workdays
    )


def _specs_of(schedule: YearSchedule) -> tuple[list[HolidaySpec], list[WorkdaySpec]]:
    holidays = [HolidaySpec(r.name, r.start, r.end) for r in schedule.holiday_ranges.order_by("start")]
    workdays = [WorkdaySpec(w.date, w.name) for w in schedule.adjusted_workdays.order_by("date")]
    return holidays, workdays


def _event_data(holidays: Sequence[HolidaySpec], adjusted_workdays: Sequence[WorkdaySpec]) -> dict[str, Any]:
    return {
        "holidays": [
            [h.name, h.start.isoformat(), h.end.isoformat()] for h in sorted(holidays, key=lambda h: h.start)
        ],
        "adjusted_workdays": [
            [w.date.isoformat(), w.name] for w in sorted(adjusted_workdays, key=lambda w: w.date)
        ],
    }


def _year_span(year: int) -> set[date]:
    # A newly known year changes the provisional flag of every day in it.
    return {date(year, 1, 1), date(year, 12, 31)}


def _create(
    *,
    actor,
    year: int,
    holidays: Sequence[HolidaySpec],
    adjusted_workdays: Sequence[WorkdaySpec],
    notice: str,
    published_on: date | None,
    source: str,
    source_version: str,
) -> YearSchedule:
    if YearSchedule.objects.filter(year=year).exists():
        raise ValidationError({"year": [f"{year}年的节假日安排已存在，请编辑该年度"]})
    errors: dict[str, list[str]] = {}
    notice = _clean_notice(notice, errors)
    for key, messages in schedule_errors(
        year=year, holidays=holidays, adjusted_workdays=adjusted_workdays
    ).items():
        errors.setdefault(key, []).extend(messages)
    if errors:
        raise ValidationError(errors)
    schedule = YearSchedule(
        year=year, notice=notice, published_on=published_on, source=source, source_version=source_version
    )
    schedule.full_clean()
    try:
        with transaction.atomic():
            schedule.save()
    except IntegrityError as exc:
        raise ValidationError({"year": [f"{year}年的节假日安排已存在，请编辑该年度"]}) from exc
    _write_days(schedule, holidays, adjusted_workdays)
    record(
        kind="holidays.year.created",
        actor=actor,
        agency=None,
        subject=schedule,
        data={"year": year, "notice": notice, "source": source, **_event_data(holidays, adjusted_workdays)},
    )
    return schedule


@transaction.atomic
def year_schedule_create(
    *,
    actor,
    year: int,
    holidays: Sequence[HolidaySpec],
    adjusted_workdays: Sequence[WorkdaySpec] = (),
    notice: str = "",
    published_on: date | None = None,
) -> YearSchedule:
    """Add a year's State Council schedule; deadlines that depend on the year are then recomputed."""
    version = _lock_calendar()
    schedule = _create(
        actor=actor,
        year=year,
        holidays=holidays,
        adjusted_workdays=adjusted_workdays,
        notice=notice,
        published_on=published_on,
        source=ScheduleSource.MANUAL,
        source_version="",
    )
    _calendar_changed(version, _year_span(year) | _schedule_days(holidays, adjusted_workdays))
    return schedule


@transaction.atomic
def year_schedule_update(
    *,
    actor,
    schedule: YearSchedule,
    holidays: Sequence[HolidaySpec],
    adjusted_workdays: Sequence[WorkdaySpec] = (),
    notice: str = "",
    published_on: date | None = None,
) -> YearSchedule:
    """Correct a year's schedule (e.g. the State Council amended it); affected deadlines are recomputed."""
    version = _lock_calendar()
    schedule = YearSchedule.objects.select_for_update().get(pk=schedule.pk)
    errors: dict[str, list[str]] = {}
    notice = _clean_notice(notice, errors)
    for key, messages in schedule_errors(
        year=schedule.year, holidays=holidays, adjusted_workdays=adjusted_workdays
    ).items():
        errors.setdefault(key, []).extend(messages)
    if errors:
        raise ValidationError(errors)

    old_holidays, old_workdays = _specs_of(schedule)
    changed: dict[str, list] = {}
    if schedule.notice != notice:
        changed["notice"] = [schedule.notice, notice]
    if schedule.published_on != published_on:
        changed["published_on"] = [
            schedule.published_on.isoformat() if schedule.published_on else None,
            published_on.isoformat() if published_on else None,
        ]
    old_data, new_data = _event_data(old_holidays, old_workdays), _event_data(holidays, adjusted_workdays)
    for key in ("holidays", "adjusted_workdays"):
        if old_data[key] != new_data[key]:
            changed[key] = [old_data[key], new_data[key]]
    if not changed:
        return schedule

    schedule.notice = notice
    schedule.published_on = published_on
    if schedule.source == ScheduleSource.CHINESE_CALENDAR and (
        "holidays" in changed or "adjusted_workdays" in changed
    ):
        schedule.source = ScheduleSource.MANUAL  # edited by hand: no longer the package's data
        changed["source"] = [ScheduleSource.CHINESE_CALENDAR, ScheduleSource.MANUAL]
    schedule.full_clean()
    schedule.save(update_fields=["notice", "published_on", "source", "updated_at"])
    schedule.holiday_ranges.all().delete()
    schedule.adjusted_workdays.all().delete()
    _write_days(schedule, holidays, adjusted_workdays)
    record(
        kind="holidays.year.updated", actor=actor, agency=None, subject=schedule, data={"changed": changed}
    )
    days_changed = _changed_days(old_holidays, old_workdays, holidays, adjusted_workdays)
    _calendar_changed(version, days_changed)
    return schedule


def chinese_calendar_schedules() -> dict[int, tuple[list[HolidaySpec], list[WorkdaySpec]]]:
    """The package's data as schedules: consecutive holiday days form one range (named after the
    festivals in it, e.g. “国庆节、中秋节”) that belongs to the year it ends in; adjusted working
    days belong to their own year."""
    seed = seed_from_chinese_calendar()
    schedules: dict[int, tuple[list[HolidaySpec], list[WorkdaySpec]]] = {y: ([], []) for y in seed.years}
    run: list[date] = []

    def close_run() -> None:
        if not run:
            return
        names: list[str] = []
        for day in run:
            name = NOTICE_NAMES.get(seed.holidays[day], seed.holidays[day])
            if name not in names:
                names.append(name)
        schedules.setdefault(run[-1].year, ([], []))[0].append(HolidaySpec("、".join(names), run[0], run[-1]))
        run.clear()

    for day in sorted(seed.holidays):
        if run and day != run[-1] + timedelta(days=1):
            close_run()
        run.append(day)
    close_run()
    for day, name in sorted(seed.adjusted_workdays.items()):
        schedules.setdefault(day.year, ([], []))[1].append(WorkdaySpec(day, NOTICE_NAMES.get(name, name)))
    return schedules


@transaction.atomic
def holidays_seed_from_chinese_calendar(*, actor) -> list[int]:
    """Add every year the ``chinese_calendar`` package has and the table has not; return those years."""
    import chinese_calendar

    version = _lock_calendar()
    existing = set(YearSchedule.objects.values_list("year", flat=True))
    added: list[int] = []
    changed: set[date] = set()
    for year, (holidays, workdays) in sorted(chinese_calendar_schedules().items()):
        if year in existing:
            continue
        _create(
            actor=actor,
            year=year,
            holidays=holidays,
            adjusted_workdays=workdays,
            notice="",
            published_on=None,
            source=ScheduleSource.CHINESE_CALENDAR,
            source_version=getattr(chinese_calendar, "__version__", ""),
        )
        added.append(year)
        changed |= _year_span(year) | _schedule_days(holidays, workdays)
    if added:
        _calendar_changed(version, changed)
    return added


# ------------------------------------------------------------------------------------------------
# Stored deadlines
# ------------------------------------------------------------------------------------------------


@transaction.atomic
def deadline_set(
    *,
    actor,
    owner: models.Model,
    kind: str,
    label: str,
    start: date,
    law: str,
    article: str,
    days: int | None = None,
    months: int | None = None,
    working_days: bool | None = None,
    agency: Any = None,
) -> Deadline:
    """Compute a statutory deadline for ``owner`` and store it (replacing its earlier ``kind`` deadline)."""
    if (days is None) == (months is None):
        raise ValidationError({"days": ["请填写期间的日数或月数（二者之一）"]})
    amount = days if days is not None else months
    if not isinstance(amount, int) or amount < 1:
        raise ValidationError({"days" if days is not None else "months": ["期间应为正整数"]})
    result = statutory_deadline(
        start, law=law, article=article, days=days, months=months, working_days=working_days
    )
    owner_type = ContentType.objects.get_for_model(owner)
    deadline = (
        Deadline.objects.select_for_update()
        .filter(owner_type=owner_type, owner_id=str(owner.pk), kind=kind)
        .first()
    )
    created = deadline is None
    if created:
        deadline = Deadline(owner_type=owner_type, owner_id=str(owner.pk), kind=kind)
    deadline.label = label
    deadline.agency_id = (
        getattr(agency, "pk", agency) if agency is not None else getattr(owner, "agency_id", None)
    )
    deadline.apply_deadline(result, start=start, amount=amount)
    deadline.full_clean()
    deadline.save()
    record(
        kind="holidays.deadline.set",
        actor=actor,
        agency=deadline.agency_id,
        subject=deadline,
        data={
            "owner": f"{owner._meta.label_lower}:{owner.pk}",
            "kind": kind,
            "start": start.isoformat(),
            "amount": amount,
            "rule": result.rule.value,
            "due_date": result.date.isoformat(),
            "article": result.article,
            "basis": result.basis,
            "provisional": result.provisional,
            "created": created,
        },
    )
    return deadline


def deadlines_recompute(
    *, actor, changed_from: date | None = None, changed_to: date | None = None, batch_size: int = 500
) -> dict[str, int]:
    """Recompute stored deadlines that may have changed: every provisional one, and every one whose
    period (start, due date] contains a changed day. Returns the number changed per model.

    Idempotent; each batch is its own transaction, and each changed deadline gets a ledger event.
    """
    calendar = build_calendar()
    changed_counts: dict[str, int] = {}
    for source in deadlines.sources():
        model = source.model
        condition = Q(deadline_provisional=True)
        if changed_from is not None and changed_to is not None:
            condition |= Q(deadline_start__lt=changed_to, due_date__gte=changed_from)
        pks = list(model.objects.filter(condition).order_by("pk").values_list("pk", flat=True))
        count = 0
        fields = ["due_date", "deadline_provisional"]
        if any(f.name == "updated_at" for f in model._meta.get_fields()):
            fields.append("updated_at")
        for chunk in _chunks(pks, batch_size):
            with transaction.atomic():
                for obj in model.objects.select_for_update().filter(pk__in=chunk).order_by("pk"):
                    old = obj.deadline_result()
                    new = obj.recompute_deadline(calendar)
                    if (new.date, new.provisional) == (old.date, old.provisional):
                        continue
                    obj.due_date, obj.deadline_provisional = new.date, new.provisional
                    obj.save(update_fields=fields)
                    record(
                        kind="holidays.deadline.recomputed",
                        actor=actor,
                        agency=getattr(obj, "agency_id", None),
                        subject=obj,
                        data={
                            "old": {"due_date": old.date.isoformat(), "provisional": old.provisional},
                            "new": {"due_date": new.date.isoformat(), "provisional": new.provisional},
                        },
                    )
                    if source.on_change is not None:
                        source.on_change(obj, old, new)
                    count += 1
        changed_counts[source.label] = count
    return changed_counts
