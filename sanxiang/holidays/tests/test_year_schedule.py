"""Adding and correcting a year's schedule: what is accepted, and the Chinese errors naming the field."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from sanxiang.holidays.calendar import get_calendar
from sanxiang.holidays.models import AdjustedWorkday, HolidayRange, ScheduleSource, YearSchedule
from sanxiang.holidays.services import HolidaySpec, WorkdaySpec, year_schedule_create, year_schedule_update
from sanxiang.ledger.models import Entry

# A made-up 2027 schedule in the shape of the State Council notices.
HOLIDAYS_2027 = [
    HolidaySpec("元旦", date(2027, 1, 1), date(2027, 1, 3)),
    HolidaySpec("春节", date(2027, 2, 6), date(2027, 2, 12)),
    HolidaySpec("国庆节", date(2027, 10, 1), date(2027, 10, 7)),
]
WORKDAYS_2027 = [WorkdaySpec(date(2027, 2, 13), "春节"), WorkdaySpec(date(2027, 10, 9), "国庆节")]


def create_2027(**overrides):
    fields = {"actor": "test", "year": 2027, "holidays": HOLIDAYS_2027, "adjusted_workdays": WORKDAYS_2027}
    fields.update(overrides)
    return year_schedule_create(**fields)


def errors_of(**overrides) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as exc:
        create_2027(**overrides)
    return exc.value.message_dict


@pytest.mark.django_db
def test_a_new_year_becomes_known(seeded):
    assert get_calendar().is_provisional(date(2027, 2, 8))
    schedule = create_2027(notice="国办发明电[2026]第07号")
    assert schedule.notice == "国办发明电〔2026〕7号"  # GB/T 9704 form
    assert schedule.source == ScheduleSource.MANUAL
    calendar = get_calendar()
    assert 2027 in calendar.known_years
    assert not calendar.is_workday(date(2027, 2, 8))
    assert calendar.is_workday(date(2027, 2, 13))  # Saturday worked
    assert not calendar.add_workdays(date(2026, 12, 30), 3).provisional
    assert Entry.objects.filter(
        kind="holidays.year.created", subject=f"holidays.yearschedule:{schedule.pk}"
    ).exists()


@pytest.mark.django_db
def test_year_already_entered(seeded):
    assert errors_of(year=2026) == {"year": ["2026年的节假日安排已存在，请编辑该年度"]}


@pytest.mark.django_db
def test_year_out_of_range():
    assert errors_of(year=1800) == {"year": ["年度应在1990至2100之间"]}


@pytest.mark.django_db
def test_at_least_one_holiday_range():
    assert errors_of(holidays=[]) == {"holidays": ["请至少填写一个放假区间"]}


@pytest.mark.django_db
def test_range_ending_before_it_starts():
    bad = [HOLIDAYS_2027[0], HolidaySpec("春节", date(2027, 2, 12), date(2027, 2, 6))]
    assert errors_of(holidays=bad) == {"holidays.1.end": ["放假结束日不能早于开始日"]}


@pytest.mark.django_db
def test_range_without_a_name():
    errors = errors_of(holidays=[HolidaySpec(" ", date(2027, 1, 1), date(2027, 1, 3))])
    assert errors == {"holidays.0.name": ["请填写节日名称"]}


@pytest.mark.django_db
def test_implausibly_long_range():
    errors = errors_of(holidays=[HolidaySpec("春节", date(2027, 2, 6), date(2027, 3, 12))])
    assert errors == {"holidays.0.end": ["单个放假区间不应超过15天，请检查日期"]}


@pytest.mark.django_db
def test_range_in_another_year():
    errors = errors_of(holidays=[HolidaySpec("春节", date(2028, 1, 26), date(2028, 2, 1))])
    assert errors == {"holidays.0.start": ["放假区间应在2027年内（元旦假期可跨年）"]}


@pytest.mark.django_db
def test_new_years_range_may_start_in_the_previous_year():
    schedule = create_2027(
        holidays=[HolidaySpec("元旦", date(2026, 12, 31), date(2027, 1, 2))], adjusted_workdays=[]
    )
    assert schedule.holiday_ranges.get().start == date(2026, 12, 31)


@pytest.mark.django_db
def test_overlapping_ranges():
    bad = [*HOLIDAYS_2027, HolidaySpec("其他", date(2027, 2, 10), date(2027, 2, 15))]
    errors = errors_of(holidays=bad)
    assert errors == {"holidays.3.start": ["与本年度的“春节”（2027-02-06至2027-02-12）重叠"]}


@pytest.mark.django_db
def test_range_overlapping_another_years_schedule():
    year_schedule_create(
        actor="t", year=2028, holidays=[HolidaySpec("元旦", date(2027, 12, 31), date(2028, 1, 2))]
    )
    errors = errors_of(
        holidays=[HolidaySpec("岁末", date(2027, 12, 30), date(2027, 12, 31))], adjusted_workdays=[]
    )
    assert errors == {"holidays.0.start": ["与2028年安排中的“元旦”（2027-12-31至2028-01-02）重叠"]}


@pytest.mark.django_db
def test_adjusted_working_day_must_be_a_weekend():
    errors = errors_of(adjusted_workdays=[WorkdaySpec(date(2027, 2, 15), "春节")])
    assert errors == {"adjusted_workdays.0.date": ["2027-02-15是星期一，调休上班日应为周六或周日"]}


@pytest.mark.django_db
def test_adjusted_working_day_inside_a_holiday_range():
    errors = errors_of(adjusted_workdays=[WorkdaySpec(date(2027, 2, 7), "春节")])
    assert errors == {"adjusted_workdays.0.date": ["2027-02-07在放假区间“春节”内，不能同时是调休上班日"]}


@pytest.mark.django_db
def test_adjusted_working_day_twice():
    twice = [WorkdaySpec(date(2027, 2, 13)), WorkdaySpec(date(2027, 2, 13))]
    assert errors_of(adjusted_workdays=twice) == {"adjusted_workdays.1.date": ["2027-02-13已填写过一次"]}


@pytest.mark.django_db
def test_adjusted_working_day_in_another_year():
    errors = errors_of(adjusted_workdays=[WorkdaySpec(date(2028, 1, 8))])
    assert errors == {"adjusted_workdays.0.date": ["调休上班日应在2027年内（元旦调休可在2026年12月）"]}


@pytest.mark.django_db
def test_holiday_on_a_day_another_year_makes_a_working_day():
    # 2026's schedule makes Saturday 2026-12-26 nothing special; suppose 2026 had it as a working day
    year_schedule_create(
        actor="t",
        year=2026,
        holidays=[HolidaySpec("国庆节", date(2026, 10, 1), date(2026, 10, 7))],
        adjusted_workdays=[WorkdaySpec(date(2026, 12, 26), "元旦")],
    )
    errors = errors_of(
        holidays=[HolidaySpec("元旦", date(2026, 12, 26), date(2027, 1, 1))], adjusted_workdays=[]
    )
    assert errors == {"holidays.0.start": ["区间内的2026-12-26已是2026年安排中的调休上班日"]}


@pytest.mark.django_db
def test_adjusted_working_day_already_a_holiday_of_another_year():
    year_schedule_create(
        actor="t", year=2027, holidays=[HolidaySpec("元旦", date(2026, 12, 26), date(2027, 1, 1))]
    )
    with pytest.raises(ValidationError) as exc:
        year_schedule_create(
            actor="t",
            year=2026,
            holidays=[HolidaySpec("国庆节", date(2026, 10, 1), date(2026, 10, 7))],
            adjusted_workdays=[WorkdaySpec(date(2026, 12, 26))],
        )
    assert exc.value.message_dict == {
        "adjusted_workdays.0.date": ["2026-12-26在2027年安排的放假区间“元旦”内"]
    }


@pytest.mark.django_db
def test_bad_notice_number():
    errors = errors_of(notice="国办发明电7号")
    assert list(errors) == ["notice"] and errors["notice"][0].startswith("文号格式不正确")


@pytest.mark.django_db
def test_errors_are_reported_together_and_nothing_is_saved():
    errors = errors_of(
        notice="〔2026〕7号",
        holidays=[HolidaySpec("春节", date(2027, 2, 12), date(2027, 2, 6))],
        adjusted_workdays=[WorkdaySpec(date(2027, 2, 15))],
    )
    assert set(errors) == {"notice", "holidays.0.end", "adjusted_workdays.0.date"}
    assert not YearSchedule.objects.exists() and not HolidayRange.objects.exists()
    assert not AdjustedWorkday.objects.exists()


@pytest.mark.django_db
def test_correcting_a_year(seeded):
    schedule = create_2027()
    amended = [*HOLIDAYS_2027[:2], HolidaySpec("国庆节", date(2027, 10, 1), date(2027, 10, 8))]
    year_schedule_update(
        actor="t",
        schedule=schedule,
        holidays=amended,
        adjusted_workdays=WORKDAYS_2027[:1],
        notice="国办发明电〔2026〕8号",
    )
    schedule.refresh_from_db()
    assert schedule.notice == "国办发明电〔2026〕8号"
    assert schedule.holiday_ranges.get(name="国庆节").end == date(2027, 10, 8)
    assert not get_calendar().is_workday(date(2027, 10, 8))
    assert get_calendar().is_workday(date(2027, 10, 9)) is False  # no longer an adjusted working Saturday
    event = Entry.objects.filter(kind="holidays.year.updated").get()
    assert event.subject == f"holidays.yearschedule:{schedule.pk}"


@pytest.mark.django_db
def test_correcting_a_seeded_year_marks_it_manual(seeded):
    schedule = YearSchedule.objects.get(year=2026)
    ranges = [HolidaySpec(r.name, r.start, r.end) for r in schedule.holiday_ranges.all()]
    workdays = [WorkdaySpec(w.date, w.name) for w in schedule.adjusted_workdays.all()]
    year_schedule_update(actor="t", schedule=schedule, holidays=ranges, adjusted_workdays=workdays)
    schedule.refresh_from_db()
    assert schedule.source == ScheduleSource.CHINESE_CALENDAR  # nothing changed, nothing recorded
    assert not Entry.objects.filter(kind="holidays.year.updated").exists()
    year_schedule_update(actor="t", schedule=schedule, holidays=ranges[1:], adjusted_workdays=workdays)
    schedule.refresh_from_db()
    assert schedule.source == ScheduleSource.MANUAL


@pytest.mark.django_db
def test_a_bad_correction_loses_nothing(seeded):
    schedule = create_2027()
    with pytest.raises(ValidationError) as exc:
        year_schedule_update(
            actor="t",
            schedule=schedule,
            holidays=HOLIDAYS_2027,
            adjusted_workdays=[WorkdaySpec(date(2027, 2, 10))],
        )
    assert "adjusted_workdays.0.date" in exc.value.message_dict
    assert schedule.holiday_ranges.count() == 3 and schedule.adjusted_workdays.count() == 2
