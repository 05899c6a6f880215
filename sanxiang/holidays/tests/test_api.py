"""/api/v1/workdays/: the command's computations over HTTP; bad input is a 422 naming the field."""

import pytest

from sanxiang.org.tests.test_api import bearer


@pytest.fixture
def headers(seeded, officer_user):
    return bearer(officer_user)


@pytest.mark.django_db
def test_add(client, headers):
    r = client.get("/api/v1/workdays/add", {"date": "2024-09-27", "n": "7"}, **headers)
    assert r.status_code == 200
    assert r.json() == {"date": "2024-10-12", "provisional": False, "rule": "workdays"}


@pytest.mark.django_db
def test_calendar_deadline(client, headers):
    r = client.get("/api/v1/workdays/calendar-deadline", {"date": "2025-09-20", "n": "11"}, **headers)
    assert r.json() == {"date": "2025-10-09", "provisional": False, "rule": "calendar_days"}


@pytest.mark.django_db
def test_between(client, headers):
    r = client.get("/api/v1/workdays/between", {"a": "2026-12-01", "b": "2027-01-05"}, **headers)
    assert r.json() == {"count": 25, "provisional": True}


@pytest.mark.django_db
def test_statutory_period(client, headers):
    r = client.get(
        "/api/v1/workdays/statutory-period",
        {"date": "2024-09-16", "days": "15", "law": "中华人民共和国行政处罚法", "article": "第六十七条"},
        **headers,
    )
    assert r.json() == {
        "date": "2024-10-08",
        "provisional": False,
        "rule": "calendar_days",
        "article": "行政处罚法第六十七条",
        "basis": "民事诉讼法第八十五条",
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "params", "field", "message"),
    [
        (
            "add",
            {"date": "2024-02-30", "n": "3"},
            "date",
            "“2024-02-30”不是有效日期，应为 YYYY-MM-DD（如 2026-01-05）",
        ),
        ("add", {"date": "2024-02-01", "n": "-3"}, "n", "天数应在1至10000之间"),
        ("calendar-deadline", {"date": "2024-02-01", "n": "ten"}, "n", "“ten”不是整数"),
        (
            "between",
            {"a": "2024-02-01", "b": "tomorrow"},
            "b",
            "“tomorrow”不是有效日期，应为 YYYY-MM-DD（如 2026-01-05）",
        ),
        ("statutory-period", {"date": "2024-02-01", "days": "7", "law": " "}, "law", "请填写法律名称"),
    ],
)
def test_bad_input_names_the_field(client, headers, path, params, field, message):
    r = client.get(f"/api/v1/workdays/{path}", params, **headers)
    assert r.status_code == 422
    assert r.json()["errors"] == [{"field": field, "message": message}]


@pytest.mark.django_db
def test_missing_parameter_names_the_field(client, headers):
    r = client.get("/api/v1/workdays/add", {"date": "2024-02-01"}, **headers)
    assert r.status_code == 422
    assert [e["field"] for e in r.json()["errors"]] == ["n"]


@pytest.mark.django_db
def test_authentication_required(client, seeded):
    assert client.get("/api/v1/workdays/add", {"date": "2024-09-27", "n": "7"}).status_code == 401


@pytest.mark.django_db
def test_years(client, headers):
    years = client.get("/api/v1/workdays/years", **headers).json()
    assert [y["year"] for y in years] == list(range(2004, 2027))
    y2026 = client.get("/api/v1/workdays/years/2026", **headers).json()
    assert {"name": "春节", "start": "2026-02-15", "end": "2026-02-23"} in y2026["holidays"]
    assert {"date": "2026-02-14", "name": "春节"} in y2026["adjusted_workdays"]
    assert client.get("/api/v1/workdays/years/2031", **headers).status_code == 404


@pytest.mark.django_db
def test_openapi_describes_the_workday_operations(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for path in ("add", "calendar-deadline", "between", "statutory-period", "years"):
        assert f"/api/v1/workdays/{path}" in paths
    assert "422" in paths["/api/v1/workdays/add"]["get"]["responses"]
