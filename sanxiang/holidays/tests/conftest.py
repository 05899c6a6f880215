from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from sanxiang.holidays.calendar import invalidate_calendar
from sanxiang.holidays.services import holidays_seed_from_chinese_calendar


@pytest.fixture(autouse=True)
def _fresh_calendar_cache():
    invalidate_calendar()
    yield
    invalidate_calendar()


@pytest.fixture
def seeded(db):
    """The holiday table with the 2004–2026 schedules of chinese_calendar."""
    return holidays_seed_from_chinese_calendar(actor="test")


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(username="root", password="pw-Sanxiang-1")


@pytest.fixture
def officer_user(db):
    return get_user_model().objects.create_user(username="clerk", password="pw-Sanxiang-1")
