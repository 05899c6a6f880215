"""The staff home page shows the user's real work: certificate warnings, officers, departments;
supervisors get an overview of every agency in their region."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from sanxiang.org.services import department_create

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_anonymous_is_sent_to_login(client):
    response = client.get(reverse("workbench:home"))
    assert response.status_code == 302 and response.url.startswith(reverse("core:login"))


def test_home_shows_red_and_yellow_warnings_with_days(two_agencies, make_officer, make_certificate):
    a, today = two_agencies["a"], date.today()
    department_create(actor="t", agency=a, name="审批科", holds_enforcement_power=True)
    make_certificate(make_officer(a, name="将到期"), valid_from=today - timedelta(days=300),
                     valid_until=today + timedelta(days=12))
    make_certificate(make_officer(a, name="已过期"), valid_from=today - timedelta(days=900),
                     valid_until=today - timedelta(days=3))
    make_certificate(make_officer(two_agencies["b"], name="外单位过期"), valid_from=today - timedelta(days=900),
                     valid_until=today - timedelta(days=3))
    html = _client(two_agencies["officer_a"]).get(reverse("workbench:home")).content.decode()
    assert "将到期" in html and "还剩12天" in html and "sx-warn-yellow" in html
    assert "已过期" in html and "已过期3天" in html and "sx-warn-red" in html
    assert "外单位过期" not in html
    assert "审批科" in html


def test_supervisor_gets_overview_of_region(two_agencies, make_agency, make_user, regions, make_officer,
                                            make_certificate):
    justice = make_agency("玉溪市司法局", "530400")
    sup = make_user("sup", supervise=regions["530400"], supervising_agency=justice)
    make_certificate(make_officer(two_agencies["b"], name="乙员"))
    html = _client(sup).get(reverse("workbench:home")).content.decode()
    assert "各执法主体概况" in html and "乙局" in html and "玉溪市司法局" in html
    assert "甲局" not in html
    assert "100%" in html


def test_user_without_role_sees_an_explanation(make_user):
    html = _client(make_user("nobody")).get(reverse("workbench:home")).content.decode()
    assert "尚未被授予任何执法主体的角色" in html
