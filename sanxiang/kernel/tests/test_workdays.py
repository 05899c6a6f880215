"""Working-day calendar: statutory rules with real schedules, provisional years, speed paths."""

import dataclasses
from datetime import date, timedelta

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sanxiang.kernel.workdays import (
    CALENDAR_DAY_BASIS,
    CountResult,
    DeadlineResult,
    Rule,
    WorkCalendar,
    period_rule,
    seed_from_chinese_calendar,
)

CAL = WorkCalendar.from_chinese_calendar()
WEEKENDS_ONLY = WorkCalendar(holidays=[], adjusted_workdays=[], known_years=[])

# --------------------------------------------------------------------------------------------
# A naive day-by-day implementation on chinese_calendar, the reference for equivalence tests
# --------------------------------------------------------------------------------------------


def naive_add(start, n):
    d = start
    while n:
        d += timedelta(days=1)
        n -= chinese_calendar.is_workday(d)
    return d


def naive_calendar_deadline(start, n):
    d = start + timedelta(days=n)
    while not chinese_calendar.is_workday(d):
        d += timedelta(days=1)
    return d


def naive_between(a, b):
    sign = 1
    if b < a:
        a, b, sign = b, a, -1
    return sign * sum(chinese_calendar.is_workday(a + timedelta(days=k)) for k in range(1, (b - a).days + 1))


# --------------------------------------------------------------------------------------------
# Single days: Spring Festival, National Day and 调休 weekends
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "day",
    [
        date(2024, 2, 4),  # Sunday worked before Spring Festival 2024
        date(2024, 2, 18),  # Sunday worked after it
        date(2024, 9, 29),  # Sunday worked before National Day 2024
        date(2024, 10, 12),  # Saturday worked after it
        date(2025, 1, 26),  # Sunday worked before Spring Festival 2025
        date(2025, 2, 8),  # Saturday worked after it
        date(2025, 9, 28),
        date(2025, 10, 11),
        date(2026, 2, 14),
        date(2026, 2, 28),
    ],
)
def test_adjusted_working_weekends_are_worked(day):
    assert day.weekday() >= 5
    assert CAL.is_workday(day)
    assert not WEEKENDS_ONLY.is_workday(day)


def test_new_years_eve_2024_was_not_a_statutory_holiday():
    assert CAL.is_workday(date(2024, 2, 9))


@pytest.mark.parametrize(
    "day",
    [
        *(date(2024, 2, d) for d in range(10, 18)),
        *(date(2024, 10, d) for d in range(1, 8)),
        *(date(2025, 1, d) for d in range(28, 32)),
        *(date(2025, 2, d) for d in range(1, 5)),
        *(date(2025, 10, d) for d in range(1, 9)),
        date(2026, 1, 2),
    ],
)
def test_holidays_are_off(day):
    assert not CAL.is_workday(day)


def test_ordinary_weekends_are_off_and_weekdays_on():
    assert not CAL.is_workday(date(2024, 3, 9))
    assert not CAL.is_workday(date(2024, 3, 10))
    assert CAL.is_workday(date(2024, 3, 11))


# --------------------------------------------------------------------------------------------
# Working-day periods
# --------------------------------------------------------------------------------------------


def test_start_day_is_not_counted():
    assert CAL.add_workdays(date(2024, 3, 11), 1).date == date(2024, 3, 12)  # Monday → Tuesday
    assert CAL.add_workdays(date(2024, 3, 8), 1).date == date(2024, 3, 11)  # Friday → Monday


def test_working_days_across_national_day_2024():
    # 2024-09-27 (Fri) + 7 working days: 9/29 (调休 Sunday), 9/30, 10/8, 10/9, 10/10, 10/11, 10/12 (调休 Saturday)
    result = CAL.add_workdays(date(2024, 9, 27), 7)
    assert result == DeadlineResult(date(2024, 10, 12), provisional=False, rule=Rule.WORKDAYS)


def test_working_days_across_spring_festival_2025():
    # 2025-01-24 (Fri) + 2: 1/26 (调休 Sunday), 1/27, then 1/28–2/4 off
    assert CAL.add_workdays(date(2025, 1, 24), 2).date == date(2025, 1, 27)
    assert CAL.add_workdays(date(2025, 1, 24), 3).date == date(2025, 2, 5)
    assert CAL.add_workdays(date(2025, 2, 5), 3).date == date(2025, 2, 8)  # 调休 Saturday


def test_start_on_a_holiday():
    assert CAL.add_workdays(date(2024, 10, 1), 1).date == date(2024, 10, 8)
    # 10/9, 10/10, 10/11 (调休 Saturday), 10/13 (10/12 is an ordinary Sunday), 10/14
    assert CAL.add_workdays(date(2025, 10, 3), 5).date == date(2025, 10, 14)


@pytest.mark.parametrize("bad", [0, -1])
def test_n_must_be_positive(bad):
    with pytest.raises(ValueError):
        CAL.add_workdays(date(2024, 1, 1), bad)
    with pytest.raises(ValueError):
        CAL.calendar_deadline(date(2024, 1, 1), bad)
    with pytest.raises(ValueError):
        CAL.add_months(date(2024, 1, 1), bad)


def test_n_must_be_an_int():
    with pytest.raises(TypeError):
        CAL.add_workdays(date(2024, 1, 1), 2.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        CAL.add_workdays(date(2024, 1, 1), True)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# Calendar-day and month periods (民事诉讼法 第八十五条, 民法典 第二百零二条)
# --------------------------------------------------------------------------------------------


def test_calendar_period_does_not_count_the_start_day():
    assert CAL.calendar_deadline(date(2024, 3, 1), 15).date == date(2024, 3, 16 + 2)  # 3/16 Sat → 3/18 Mon
    assert CAL.calendar_deadline(date(2024, 3, 4), 15).date == date(2024, 3, 19)


def test_calendar_period_ending_in_national_day_ends_on_the_next_working_day():
    result = CAL.calendar_deadline(date(2025, 9, 20), 11)  # 10/1
    assert result == DeadlineResult(
        date(2025, 10, 9), provisional=False, rule=Rule.CALENDAR_DAYS, basis=CALENDAR_DAY_BASIS
    )


def test_calendar_period_ending_on_an_adjusted_working_saturday_ends_that_day():
    assert CAL.calendar_deadline(date(2024, 10, 2), 10).date == date(2024, 10, 12)


def test_calendar_period_ending_in_spring_festival_2026():
    assert CAL.calendar_deadline(date(2026, 2, 1), 15).date == date(2026, 2, 24)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year: no 2/31, month end
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 1, 15), 1, date(2024, 2, 18)),  # 2/15 in Spring Festival → 2/18 (调休 Sunday)
        (date(2024, 9, 1), 1, date(2024, 10, 8)),  # 10/1 → after National Day
        (date(2025, 3, 31), 2, date(2025, 6, 3)),  # 5/31 Dragon Boat → 6/3
        (date(2024, 11, 30), 3, date(2025, 2, 28)),  # across a year end
        (date(2024, 8, 31), 1, date(2024, 9, 30)),  # 9/31 does not exist
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
    ],
)
def test_month_periods(start, months, expected):
    result = CAL.add_months(start, months)
    assert result.date == expected
    assert result.rule is Rule.MONTHS
    assert not result.provisional


# --------------------------------------------------------------------------------------------
# Counting
# --------------------------------------------------------------------------------------------


def test_between_counts_days_after_a_up_to_and_including_b():
    assert CAL.workdays_between(date(2024, 3, 11), date(2024, 3, 12)) == CountResult(1, False)
    assert CAL.workdays_between(date(2024, 3, 8), date(2024, 3, 11)).count == 1
    assert CAL.workdays_between(date(2024, 9, 30), date(2024, 10, 7)).count == 0


def test_between_same_day_is_zero_and_reversed_is_negative():
    assert CAL.workdays_between(date(2024, 3, 11), date(2024, 3, 11)) == CountResult(0, False)
    assert (
        CAL.workdays_between(date(2024, 12, 31), date(2024, 1, 1)).count
        == -CAL.workdays_between(date(2024, 1, 1), date(2024, 12, 31)).count
    )


def test_working_days_in_2024_and_2025():
    assert CAL.workdays_between(date(2023, 12, 31), date(2024, 12, 31)).count == naive_between(
        date(2023, 12, 31), date(2024, 12, 31)
    )
    assert CAL.workdays_between(date(2024, 12, 31), date(2025, 12, 31)).count == 248


# --------------------------------------------------------------------------------------------
# Provisional results beyond the known calendar
# --------------------------------------------------------------------------------------------


def test_chinese_calendar_seed_covers_2004_to_2026():
    seed = seed_from_chinese_calendar()
    assert seed.years == tuple(range(2004, 2027))
    assert seed.holidays[date(2026, 2, 17)] == "春节"
    assert seed.adjusted_workdays[date(2026, 2, 14)] == "春节"
    assert seed.holidays[date(2025, 10, 6)] == "中秋"
    assert CAL.known_years == frozenset(range(2004, 2027))


def test_results_within_known_years_are_final():
    assert not CAL.add_workdays(date(2026, 12, 1), 5).provisional
    assert not CAL.calendar_deadline(date(2026, 12, 20), 5).provisional


def test_results_reaching_an_unknown_year_are_provisional():
    result = CAL.add_workdays(date(2026, 12, 25), 5)
    assert result.date == date(2027, 1, 1)  # weekends only: 2027-01-01 is a Friday
    assert result.provisional
    assert CAL.calendar_deadline(date(2026, 12, 20), 12).provisional
    assert CAL.workdays_between(date(2026, 12, 1), date(2027, 1, 5)).provisional
    assert CAL.workdays_between(date(2027, 1, 5), date(2026, 12, 1)).provisional
    assert CAL.add_months(date(2026, 12, 15), 1).provisional
    assert CAL.is_provisional(date(2027, 1, 1))
    assert not CAL.is_provisional(date(2026, 12, 31))


def test_the_start_day_of_a_period_does_not_make_it_provisional():
    # 2003 is not known, but only the days after the start are looked at
    result = CAL.add_workdays(date(2003, 12, 31), 1)
    assert result.date == date(2004, 1, 2)
    assert not result.provisional


def test_calendar_deadline_on_a_known_working_day_is_final_even_if_a_later_year_is_unknown():
    assert not CAL.calendar_deadline(date(2026, 11, 1), 30).provisional  # 12/1 Tuesday


def test_adding_the_next_year_makes_results_final():
    seed = seed_from_chinese_calendar()
    # A made-up 2027 schedule: New Year's holiday on Friday 2027-01-01.
    cal = WorkCalendar(
        holidays=[*seed.holidays, date(2027, 1, 1)],
        adjusted_workdays=seed.adjusted_workdays,
        known_years=[*seed.years, 2027],
    )
    result = cal.add_workdays(date(2026, 12, 25), 5)
    assert result == DeadlineResult(date(2027, 1, 4), provisional=False, rule=Rule.WORKDAYS)


def test_gaps_in_known_years_are_provisional():
    cal = WorkCalendar(holidays=[], adjusted_workdays=[], known_years=[2026, 2028])
    assert cal.add_workdays(date(2026, 12, 25), 5).provisional
    assert not cal.add_workdays(date(2028, 3, 1), 3).provisional
    assert cal.workdays_between(date(2026, 6, 1), date(2028, 6, 1)).provisional


def test_dates_outside_the_precomputed_span_still_get_correct_answers():
    small = WorkCalendar(holidays=[], adjusted_workdays=[], known_years=[], span=(2020, 2020))
    big = WorkCalendar(holidays=[], adjusted_workdays=[], known_years=[], span=(1900, 2200))
    for start in (date(1950, 6, 1), date(2019, 12, 20), date(2020, 12, 25), date(2150, 2, 28)):
        for n in (1, 5, 20, 300):
            assert small.add_workdays(start, n) == big.add_workdays(start, n)
            assert small.calendar_deadline(start, n) == big.calendar_deadline(start, n)
            assert small.add_months(start, n % 30 + 1) == big.add_months(start, n % 30 + 1)
            end = start + timedelta(days=n)
            assert small.workdays_between(start, end) == big.workdays_between(start, end)
            assert small.workdays_between(end, start) == big.workdays_between(end, start)
    assert small.add_workdays(date(1950, 6, 1), 5).provisional


def test_a_date_cannot_be_both_holiday_and_working_day():
    with pytest.raises(ValueError, match="2024-02-04"):
        WorkCalendar(holidays=[date(2024, 2, 4)], adjusted_workdays=[date(2024, 2, 4)], known_years=[2024])


def test_results_are_frozen():
    result = CAL.add_workdays(date(2024, 1, 2), 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.date = date(2024, 1, 1)  # type: ignore[misc]


# --------------------------------------------------------------------------------------------
# Equivalence with a day-by-day implementation on chinese_calendar
# --------------------------------------------------------------------------------------------

known_starts = st.dates(min_value=date(2004, 1, 1), max_value=date(2026, 9, 30))


@settings(max_examples=300)
@given(known_starts, st.integers(1, 60))
def test_add_workdays_matches_day_by_day(start, n):
    result = CAL.add_workdays(start, n)
    assert result.date == naive_add(start, n)
    assert not result.provisional


@settings(max_examples=300)
@given(known_starts, st.integers(1, 60))
def test_calendar_deadline_matches_day_by_day(start, n):
    assert CAL.calendar_deadline(start, n).date == naive_calendar_deadline(start, n)


@settings(max_examples=300)
@given(st.dates(min_value=date(2004, 1, 1), max_value=date(2026, 12, 31)), st.integers(-400, 400))
def test_between_matches_day_by_day(a, offset):
    b = min(max(a + timedelta(days=offset), date(2004, 1, 1)), date(2026, 12, 31))
    assert CAL.workdays_between(a, b).count == naive_between(a, b)


@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2090, 1, 1)), st.integers(1, 400))
def test_between_inverts_add(start, n):
    end = CAL.add_workdays(start, n).date
    assert CAL.workdays_between(start, end).count == n
    assert CAL.workdays_between(end, start).count == -n


# --------------------------------------------------------------------------------------------
# Which periods are working days (REQUIREMENTS §8)
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "law", "rule", "basis"),
    [
        (2, "行政处罚法", Rule.WORKDAYS, "行政处罚法第八十五条"),
        (3, "行政处罚法", Rule.WORKDAYS, "行政处罚法第八十五条"),
        (5, "《中华人民共和国行政处罚法》", Rule.WORKDAYS, "行政处罚法第八十五条"),
        (7, "行政处罚法", Rule.WORKDAYS, "行政处罚法第八十五条"),
        (15, "行政处罚法", Rule.CALENDAR_DAYS, CALENDAR_DAY_BASIS),
        (90, "行政处罚法", Rule.CALENDAR_DAYS, CALENDAR_DAY_BASIS),
        (20, "行政许可法", Rule.WORKDAYS, "行政许可法第八十二条"),
        (45, "中华人民共和国行政许可法", Rule.WORKDAYS, "行政许可法第八十二条"),
        (10, "行政强制法", Rule.WORKDAYS, "行政强制法第六十九条"),
        (3, "行政强制法", Rule.WORKDAYS, "行政强制法第六十九条"),
        (30, "行政强制法", Rule.CALENDAR_DAYS, CALENDAR_DAY_BASIS),
        (15, "行政复议法", Rule.CALENDAR_DAYS, CALENDAR_DAY_BASIS),
    ],
)
def test_period_rule(days, law, rule, basis):
    assert period_rule(days, law) == (rule, basis)


def test_statutory_period_records_rule_and_article():
    # 行政处罚法 第六十一条: serve within 7 (working) days
    served = CAL.statutory_period(date(2024, 9, 27), law="行政处罚法", article="第六十一条", days=7)
    assert served == DeadlineResult(
        date(2024, 10, 12), False, Rule.WORKDAYS, "行政处罚法第六十一条", "行政处罚法第八十五条"
    )
    # 行政处罚法 第六十七条: pay within 15 (calendar) days; 2024-09-16 + 15 = 10/1 → 10/8
    paid = CAL.statutory_period(date(2024, 9, 16), law="行政处罚法", article="第六十七条", days=15)
    assert paid == DeadlineResult(
        date(2024, 10, 8), False, Rule.CALENDAR_DAYS, "行政处罚法第六十七条", CALENDAR_DAY_BASIS
    )
    # 行政许可法 第四十二条: decide within 20 working days
    decided = CAL.statutory_period(
        date(2025, 9, 19), law="行政许可法", article="行政许可法第四十二条", days=20
    )
    assert decided.date == naive_add(date(2025, 9, 19), 20)
    assert decided.article == "行政许可法第四十二条"
    # 行政强制法 第二十五条: 查封扣押 30 days, calendar
    seized = CAL.statutory_period(date(2025, 9, 1), law="行政强制法", article="第二十五条", days=30)
    assert seized.rule is Rule.CALENDAR_DAYS and seized.date == date(2025, 10, 9)


def test_statutory_period_when_the_provision_says_working_days():
    # 市场监督管理行政处罚信息公示规定: publish within 20 working days
    result = CAL.statutory_period(
        date(2024, 9, 20),
        law="市场监督管理行政处罚信息公示规定",
        article="第十条",
        days=20,
        working_days=True,
    )
    assert result.rule is Rule.WORKDAYS
    assert result.basis == "市场监督管理行政处罚信息公示规定第十条"
    assert result.date == naive_add(date(2024, 9, 20), 20)


def test_statutory_month_period():
    result = CAL.statutory_period(date(2024, 1, 31), law="行政复议法", article="第六十二条", months=1)
    assert result.rule is Rule.MONTHS and result.date == date(2024, 2, 29)


def test_statutory_period_needs_days_or_months():
    with pytest.raises(ValueError):
        CAL.statutory_period(date(2024, 1, 1), law="行政处罚法", article="第六十条")
    with pytest.raises(ValueError):
        CAL.statutory_period(date(2024, 1, 1), law="行政处罚法", article="第六十条", days=1, months=1)
