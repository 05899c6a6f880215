"""get_calendar(): built once, rebuilt when (and only when) the table changes, in any process."""

from datetime import date

import pytest

from sanxiang.holidays import calendar as calendar_module
from sanxiang.holidays.calendar import get_calendar, statutory_deadline
from sanxiang.holidays.models import CalendarVersion
from sanxiang.holidays.services import HolidaySpec, year_schedule_create
from sanxiang.kernel.workdays import Rule


@pytest.mark.django_db
def test_the_same_calendar_is_reused_while_the_table_is_unchanged(seeded, django_assert_num_queries):
    first = get_calendar()
    with django_assert_num_queries(1):  # just the version token
        assert get_calendar() is first


@pytest.mark.django_db
def test_adding_a_year_gives_a_new_calendar(seeded, django_capture_on_commit_callbacks):
    before = get_calendar()
    with django_capture_on_commit_callbacks(execute=True):
        year_schedule_create(
            actor="t", year=2027, holidays=[HolidaySpec("元旦", date(2027, 1, 1), date(2027, 1, 1))]
        )
    after = get_calendar()
    assert after is not before
    assert 2027 in after.known_years and 2027 not in before.known_years


@pytest.mark.django_db
def test_a_change_made_by_another_process_is_noticed(seeded):
    before = get_calendar()
    # Another process added a year: only the token in the database tells this one.
    year_schedule_create(
        actor="t", year=2027, holidays=[HolidaySpec("元旦", date(2027, 1, 1), date(2027, 1, 1))]
    )
    calendar_module._cached = (
        calendar_module._cached[0],
        before,
    )  # this process has not invalidated anything
    assert 2027 in get_calendar().known_years


@pytest.mark.django_db
def test_check_interval_setting_skips_the_token_query(seeded, settings, django_assert_num_queries):
    settings.HOLIDAYS_CALENDAR_CHECK_SECONDS = 60
    first = get_calendar()
    with django_assert_num_queries(0):
        assert get_calendar() is first


@pytest.mark.django_db
def test_every_calendar_change_renews_the_token(seeded):
    token = CalendarVersion.objects.get(pk=1).token
    year_schedule_create(
        actor="t", year=2027, holidays=[HolidaySpec("元旦", date(2027, 1, 1), date(2027, 1, 1))]
    )
    assert CalendarVersion.objects.get(pk=1).token != token


@pytest.mark.django_db
def test_statutory_deadline_uses_the_table(seeded):
    result = statutory_deadline(date(2024, 9, 27), law="行政处罚法", article="第六十一条", days=7)
    assert (result.date, result.rule, result.article, result.basis) == (
        date(2024, 10, 12),
        Rule.WORKDAYS,
        "行政处罚法第六十一条",
        "行政处罚法第八十五条",
    )
