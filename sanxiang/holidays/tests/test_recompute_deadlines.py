"""Stored deadlines keep rule, article and provisional flag, and are recomputed when the calendar changes."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from sanxiang.holidays import deadlines
from sanxiang.holidays.models import Deadline, YearSchedule
from sanxiang.holidays.services import (
    HolidaySpec,
    WorkdaySpec,
    deadline_set,
    deadlines_recompute,
    year_schedule_create,
    year_schedule_update,
)
from sanxiang.holidays.tasks import recompute_deadlines
from sanxiang.kernel.workdays import Rule
from sanxiang.ledger.models import Entry


@pytest.fixture
def owner(db):
    """Any record can own deadlines; a user stands in for a case here."""
    return get_user_model().objects.create_user(username="case-owner")


def serve_by(owner, start, **extra):
    # 行政处罚法 第六十一条: serve the decision within 7 (working) days
    fields = {
        "actor": "t",
        "owner": owner,
        "kind": "penalty.serve",
        "label": "送达行政处罚决定书",
        "start": start,
        "law": "行政处罚法",
        "article": "第六十一条",
        "days": 7,
    }
    fields.update(extra)
    return deadline_set(**fields)


@pytest.mark.django_db
def test_a_stored_deadline_keeps_rule_article_basis_and_flag(seeded, owner):
    d = serve_by(owner, date(2024, 9, 27))
    assert (d.due_date, d.deadline_rule, d.deadline_article, d.deadline_basis, d.deadline_provisional) == (
        date(2024, 10, 12),
        Rule.WORKDAYS,
        "行政处罚法第六十一条",
        "行政处罚法第八十五条",
        False,
    )
    assert d.owner == owner
    assert Entry.objects.filter(kind="holidays.deadline.set", subject=f"holidays.deadline:{d.pk}").exists()


@pytest.mark.django_db
def test_setting_a_deadline_again_replaces_it(seeded, owner):
    first = serve_by(owner, date(2024, 9, 27))
    again = serve_by(owner, date(2024, 10, 8))
    # 10/9, 10/10, 10/11, 10/12 (调休 Saturday), 10/14, 10/15, 10/16
    assert again.pk == first.pk and again.due_date == date(2024, 10, 16)
    assert Deadline.objects.count() == 1


@pytest.mark.django_db
def test_deadline_needs_days_or_months(seeded, owner):
    with pytest.raises(ValidationError) as exc:
        serve_by(owner, date(2024, 1, 2), days=None)
    assert "days" in exc.value.message_dict
    with pytest.raises(ValidationError) as exc:
        serve_by(owner, date(2024, 1, 2), days=0)
    assert exc.value.message_dict == {"days": ["期间应为正整数"]}


@pytest.mark.django_db
def test_a_deadline_beyond_the_known_calendar_is_provisional(seeded, owner):
    d = serve_by(owner, date(2026, 12, 28))
    assert d.deadline_provisional
    assert d.due_date == date(2027, 1, 6)  # weekends only: 12/29, 12/30, 12/31, 1/1, 1/4, 1/5, 1/6


@pytest.mark.django_db
def test_adding_the_year_recomputes_provisional_deadlines(seeded, owner, django_capture_on_commit_callbacks):
    provisional = serve_by(owner, date(2026, 12, 28))
    final = serve_by(owner, date(2026, 3, 2), kind="penalty.other")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        year_schedule_create(
            actor="t",
            year=2027,
            holidays=[HolidaySpec("元旦", date(2027, 1, 1), date(2027, 1, 3))],
            adjusted_workdays=[WorkdaySpec(date(2027, 1, 9), "元旦")],
        )
    assert callbacks  # the recompute task was enqueued on commit (and run by the immediate backend)
    provisional.refresh_from_db()
    assert not provisional.deadline_provisional
    # 2027-01-01 is now a holiday: 12/29, 12/30, 12/31, 1/4, 1/5, 1/6, 1/7
    assert provisional.due_date == date(2027, 1, 7)
    assert provisional.deadline_article == "行政处罚法第六十一条"
    event = Entry.objects.get(kind="holidays.deadline.recomputed")
    assert event.subject == f"holidays.deadline:{provisional.pk}"
    final_before = final.due_date
    final.refresh_from_db()
    assert (
        final.due_date == final_before
        and not Entry.objects.filter(
            kind="holidays.deadline.recomputed", subject=f"holidays.deadline:{final.pk}"
        ).exists()
    )


@pytest.mark.django_db
def test_correcting_a_known_year_recomputes_the_deadlines_it_touches(
    owner, django_capture_on_commit_callbacks
):
    schedule = year_schedule_create(
        actor="t", year=2027, holidays=[HolidaySpec("元旦", date(2027, 1, 1), date(2027, 1, 1))]
    )
    touched = serve_by(owner, date(2027, 5, 1))  # runs over 2027-05-05 .. 05-11
    untouched = serve_by(owner, date(2027, 3, 1), kind="penalty.other")
    assert touched.due_date == date(2027, 5, 11) and not touched.deadline_provisional
    with django_capture_on_commit_callbacks(execute=True):
        year_schedule_update(
            actor="t",
            schedule=schedule,
            holidays=[
                HolidaySpec("元旦", date(2027, 1, 1), date(2027, 1, 1)),
                HolidaySpec("劳动节", date(2027, 5, 1), date(2027, 5, 5)),
            ],
        )
    touched.refresh_from_db()
    untouched.refresh_from_db()
    assert touched.due_date == date(2027, 5, 14)  # 5/6, 5/7, 5/10, 5/11, 5/12, 5/13, 5/14
    assert untouched.due_date == date(2027, 3, 10)


@pytest.mark.django_db
def test_the_task_is_idempotent(seeded, owner):
    d = serve_by(owner, date(2026, 12, 28))
    assert recompute_deadlines.call("2026-01-01", "2026-12-31") == {"holidays.deadline": 0}
    assert deadlines_recompute(actor="t") == {"holidays.deadline": 0}
    d.refresh_from_db()
    assert d.deadline_provisional


@pytest.mark.django_db
def test_a_registered_model_is_told_about_its_changes(seeded, owner, django_capture_on_commit_callbacks):
    seen = []
    deadlines.register(Deadline, on_change=lambda obj, old, new: seen.append((obj.pk, old.date, new.date)))
    try:
        d = serve_by(owner, date(2026, 12, 28))
        with django_capture_on_commit_callbacks(execute=True):
            year_schedule_create(
                actor="t", year=2027, holidays=[HolidaySpec("元旦", date(2027, 1, 1), date(2027, 1, 1))]
            )
        assert seen == [(d.pk, date(2027, 1, 6), date(2027, 1, 7))]
    finally:
        deadlines.register(Deadline)


def test_only_models_with_deadline_fields_can_be_registered():
    with pytest.raises(TypeError):
        deadlines.register(YearSchedule)
