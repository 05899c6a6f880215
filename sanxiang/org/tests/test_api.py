"""The REST API: token and session auth, scoping on every endpoint, 422 naming the field."""

import json

import pytest

from sanxiang.core.services import api_token_create


def bearer(user):
    _, raw = api_token_create(user=user, name="test")
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


@pytest.mark.django_db
def test_openapi_schema_and_docs_are_served(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["info"]["version"] == "1"
    assert "/api/v1/org/agencies" in schema["paths"]
    assert client.get("/api/v1/docs").status_code == 200


@pytest.mark.django_db
def test_anonymous_gets_401(client):
    assert client.get("/api/v1/org/agencies").status_code == 401


@pytest.mark.django_db
def test_bad_and_revoked_tokens_are_refused(client, two_agencies):
    from sanxiang.core.services import api_token_revoke

    assert client.get("/api/v1/org/agencies", HTTP_AUTHORIZATION="Bearer nope").status_code == 401
    token, raw = api_token_create(user=two_agencies["admin_a"], name="t")
    api_token_revoke(token=token)
    assert client.get("/api/v1/org/agencies", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 401


@pytest.mark.django_db
def test_token_sees_only_own_agency(client, two_agencies):
    a, b = two_agencies["a"], two_agencies["b"]
    headers = bearer(two_agencies["admin_a"])
    names = [x["name"] for x in client.get("/api/v1/org/agencies", **headers).json()]
    assert names == [a.name]
    assert client.get(f"/api/v1/org/agencies/{b.pk}", **headers).status_code == 404
    assert client.get(f"/api/v1/org/agencies/{b.pk}/departments", **headers).status_code == 404
    r = client.patch(f"/api/v1/org/agencies/{b.pk}", data=json.dumps({"head": "x"}), content_type="application/json", **headers)
    assert r.status_code == 404
    r = client.post(f"/api/v1/org/agencies/{b.pk}/departments", data=json.dumps({"name": "x"}),
                    content_type="application/json", **headers)
    assert r.status_code == 404


@pytest.mark.django_db
def test_officer_role_cannot_write(client, two_agencies):
    a = two_agencies["a"]
    headers = bearer(two_agencies["officer_a"])
    assert client.get(f"/api/v1/org/agencies/{a.pk}", **headers).status_code == 200
    r = client.patch(f"/api/v1/org/agencies/{a.pk}", data=json.dumps({"head": "x"}), content_type="application/json", **headers)
    assert r.status_code == 403


@pytest.mark.django_db
def test_patch_agency_validates_and_records(client, two_agencies):
    from sanxiang.ledger.models import Entry

    a = two_agencies["a"]
    headers = bearer(two_agencies["admin_a"])
    r = client.patch(f"/api/v1/org/agencies/{a.pk}", data=json.dumps({"credit_code": "91440704304226404X"}),
                     content_type="application/json", **headers)
    assert r.status_code == 422
    body = r.json()
    assert body["errors"][0]["field"] == "credit_code" and "统一社会信用代码" in body["errors"][0]["message"]
    r = client.patch(f"/api/v1/org/agencies/{a.pk}", data=json.dumps({"head": "周敏"}), content_type="application/json", **headers)
    assert r.status_code == 200 and r.json()["head"] == "周敏"
    assert Entry.objects.filter(kind="org.agency.updated", subject=f"org.agency:{a.pk}").exists()


@pytest.mark.django_db
def test_malformed_json_is_422_not_500(client, two_agencies):
    a = two_agencies["a"]
    headers = bearer(two_agencies["admin_a"])
    r = client.post(f"/api/v1/org/agencies/{a.pk}/departments", data="{not json", content_type="application/json", **headers)
    assert r.status_code in (400, 422)
    r = client.post(f"/api/v1/org/agencies/{a.pk}/departments", data=json.dumps({"name": ""}),
                    content_type="application/json", **headers)
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "name"


@pytest.mark.django_db
def test_duplicate_department_is_422(client, two_agencies):
    a = two_agencies["a"]
    headers = bearer(two_agencies["admin_a"])
    url = f"/api/v1/org/agencies/{a.pk}/departments"
    assert client.post(url, data=json.dumps({"name": "法规科"}), content_type="application/json", **headers).status_code == 201
    r = client.post(url, data=json.dumps({"name": "法规科"}), content_type="application/json", **headers)
    assert r.status_code == 422


@pytest.mark.django_db
def test_session_writes_need_csrf(two_agencies):
    from django.test import Client

    a = two_agencies["a"]
    client = Client(enforce_csrf_checks=True)
    client.force_login(two_agencies["admin_a"])
    assert client.get("/api/v1/org/agencies").status_code == 200
    r = client.patch(f"/api/v1/org/agencies/{a.pk}", data=json.dumps({"head": "x"}), content_type="application/json")
    assert r.status_code in (401, 403)


@pytest.mark.django_db
def test_supervisor_reads_region_but_cannot_write(client, two_agencies, make_user, make_agency, regions):
    justice = make_agency("玉溪市司法局", "530400")
    sup = make_user("sup", supervise=regions["530400"], supervising_agency=justice)
    headers = bearer(sup)
    names = {x["name"] for x in client.get("/api/v1/org/agencies", **headers).json()}
    assert names == {"乙局", "玉溪市司法局"}
    b = two_agencies["b"]
    r = client.patch(f"/api/v1/org/agencies/{b.pk}", data=json.dumps({"head": "x"}), content_type="application/json", **headers)
    assert r.status_code == 403
