import json
from datetime import date

import pytest

from sanxiang.org.tests.test_api import bearer


@pytest.fixture
def setup(two_agencies, make_officer, make_certificate):
    officer_a = make_officer(two_agencies["a"], name="陈静", id_number="11010519491231002X", mobile="13912345678")
    officer_b = make_officer(two_agencies["b"], name="吴磊")
    cert_b = make_certificate(officer_b)
    return {**two_agencies, "officer_a_rec": officer_a, "officer_b_rec": officer_b, "cert_b": cert_b}


@pytest.mark.django_db
def test_officer_endpoints_are_scoped(client, setup):
    headers = bearer(setup["admin_a"])
    ids = [o["id"] for o in client.get("/api/v1/people/officers", **headers).json()]
    assert ids == [setup["officer_a_rec"].pk]
    assert client.get(f"/api/v1/people/officers/{setup['officer_b_rec'].pk}", **headers).status_code == 404
    payload = {"number": "N-1", "issuer": "x", "category_codes": ["approval"], "region_code": "530302",
               "valid_from": "2026-01-01", "valid_until": "2030-01-01", "issued_on": "2026-01-01"}
    r = client.post(f"/api/v1/people/officers/{setup['officer_b_rec'].pk}/certificates", data=json.dumps(payload),
                    content_type="application/json", **headers)
    assert r.status_code == 404
    r = client.post(f"/api/v1/people/certificates/{setup['cert_b'].pk}/events",
                    data=json.dumps({"kind": "suspended", "effective_on": "2026-01-01", "reason": "x"}),
                    content_type="application/json", **headers)
    assert r.status_code == 404
    r = client.get("/api/v1/people/authorization", {"officer": setup["officer_b_rec"].pk, "category": "approval",
                                                    "region": "530402", "on": "2026-11-22"}, **headers)
    assert r.status_code == 404
    assert all(w["officer_id"] != setup["officer_b_rec"].pk
               for w in client.get("/api/v1/people/certificates/warnings", {"on": "2035-01-01"}, **headers).json())


@pytest.mark.django_db
def test_api_never_returns_personal_identifiers(client, setup):
    headers = bearer(setup["admin_a"])
    body = client.get(f"/api/v1/people/officers/{setup['officer_a_rec'].pk}", **headers).content.decode()
    assert "11010519491231002X" not in body and "13912345678" not in body


@pytest.mark.django_db
def test_issue_certificate_validation(client, setup):
    headers = bearer(setup["admin_a"])
    url = f"/api/v1/people/officers/{setup['officer_a_rec'].pk}/certificates"
    payload = {"number": "N-2", "issuer": "麒麟区人民政府", "category_codes": ["approval"], "region_code": "530302",
               "valid_from": "2026-01-01", "valid_until": "2025-01-01", "issued_on": "2026-01-01"}
    r = client.post(url, data=json.dumps(payload), content_type="application/json", **headers)
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "valid_until"
    payload.update(valid_until="2026-02-30")
    r = client.post(url, data=json.dumps(payload), content_type="application/json", **headers)
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "valid_until"
    payload.update(valid_until="2031-01-01", category_codes=["nope"])
    r = client.post(url, data=json.dumps(payload), content_type="application/json", **headers)
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "category_codes"
    payload.update(category_codes=["approval"])
    r = client.post(url, data=json.dumps(payload), content_type="application/json", **headers)
    assert r.status_code == 201 and r.json()["status"] == "valid"


@pytest.mark.django_db
def test_officer_role_cannot_issue(client, setup):
    headers = bearer(setup["officer_a"])
    payload = {"number": "N-3", "issuer": "x", "category_codes": ["approval"], "region_code": "530302",
               "valid_from": "2026-01-01", "valid_until": "2030-01-01", "issued_on": "2026-01-01"}
    r = client.post(f"/api/v1/people/officers/{setup['officer_a_rec'].pk}/certificates", data=json.dumps(payload),
                    content_type="application/json", **headers)
    assert r.status_code == 403


@pytest.mark.django_db
def test_authorization_endpoint_explains(client, setup, make_certificate, regions):
    make_certificate(setup["officer_a_rec"], valid_from=date(2024, 1, 1), valid_until=date(2029, 1, 1))
    headers = bearer(setup["officer_a"])
    q = {"officer": setup["officer_a_rec"].pk, "category": "approval", "region": "530302", "on": "2026-11-22"}
    assert client.get("/api/v1/people/authorization", q, **headers).json()["allowed"] is True
    q["on"] = "2029-06-01"
    body = client.get("/api/v1/people/authorization", q, **headers).json()
    assert body["allowed"] is False and "过期" in body["reason"]
    q["on"] = "2026-13-01"
    assert client.get("/api/v1/people/authorization", q, **headers).status_code == 422
    q.update(on="2026-11-22", region="999999")
    r = client.get("/api/v1/people/authorization", q, **headers)
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "region"


@pytest.mark.django_db
@pytest.mark.parametrize("on", ["0", "1700000000", "2026-1-5", "2026/01/05"])
def test_dates_must_be_iso(client, setup, on):
    """Regression (found by schemathesis): pydantic read ?on=0 as 1970-01-01 (a Unix time)."""
    r = client.get("/api/v1/people/certificates/warnings", {"on": on}, **bearer(setup["admin_a"]))
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "on"
