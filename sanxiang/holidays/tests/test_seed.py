"""The holiday table seeded from chinese_calendar reproduces the package's calendar exactly."""

from datetime import date, timedelta

import pytest
from django.core.management import call_command

from sanxiang.holidays.calendar import build_calendar, get_calendar
from sanxiang.holidays.models import AdjustedWorkday, HolidayRange, ScheduleSource, YearSchedule
from sanxiang.kernel.workdays import WorkCalendar
from sanxiang.ledger.models import Entry


@pytest.mark.django_db
def test_seed_adds_every_year_of_the_package_and_is_idempotent(seeded):
    assert seeded == list(range(2004, 2027))
    assert list(YearSchedule.objects.values_list("year", flat=True)) == list(range(2004, 2027))
    assert set(YearSchedule.objects.values_list("source", flat=True)) == {ScheduleSource.CHINESE_CALENDAR}
    counts = (HolidayRange.objects.count(), AdjustedWorkday.objects.count(), Entry.objects.count())
    call_command("seed_holidays", verbosity=0)
    assert (HolidayRange.objects.count(), AdjustedWorkday.objects.count(), Entry.objects.count()) == counts


@pytest.mark.django_db
def test_every_seeded_year_is_recorded_in_the_ledger(seeded):
    kinds = list(Entry.objects.filter(kind="holidays.year.created").values_list("subject", flat=True))
    assert len(kinds) == 23


@pytest.mark.django_db
def test_table_calendar_equals_the_package_calendar_on_every_day(seeded):
    from_table = build_calendar()
    from_package = WorkCalendar.from_chinese_calendar()
    assert from_table.known_years == from_package.known_years
    day = date(2004, 1, 1)
    while day <= date(2026, 12, 31):
        assert from_table.is_workday(day) == from_package.is_workday(day), day
        day += timedelta(days=1)


@pytest.mark.django_db
def test_ranges_carry_the_names_of_the_notices(seeded):
    ranges = {(r.name, r.start, r.end) for r in HolidayRange.objects.filter(schedule__year=2023)}
    assert ("元旦", date(2022, 12, 31), date(2023, 1, 2)) in ranges  # belongs to the year it ends in
    assert ("中秋节、国庆节", date(2023, 9, 29), date(2023, 10, 6)) in ranges
    assert AdjustedWorkday.objects.get(date=date(2026, 2, 14)).name == "春节"


@pytest.mark.django_db
def test_the_seed_command_reports_what_it_did(capsys):
    call_command("seed_holidays")
    assert "已载入23个年度的节假日安排：2004—2026" in capsys.readouterr().out
    call_command("seed_holidays")
    assert "未作改动" in capsys.readouterr().out


@pytest.mark.django_db
def test_empty_table_is_weekends_only_and_provisional():
    calendar = get_calendar()
    assert not calendar.known_years
    result = calendar.add_workdays(date(2024, 9, 30), 1)
    assert result.date == date(2024, 10, 1) and result.provisional
