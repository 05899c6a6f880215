"""Try to cross the agency boundary through every staff page and every API endpoint.

Agency B is created first, so each of its objects has primary key 1 in every table; agency A's
have key 2. Logged in as A's administrator, every URL with its ids set to 1 must answer 404 (or
403) and change nothing; the same URL with ids set to 2 must work — so the sweep cannot pass by
accident. New pages and endpoints are swept automatically.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver

from sanxiang.demo.loader import portrait_png
from sanxiang.ledger.models import Entry

NAMESPACES = ("org", "people", "workbench")
ID_KWARG = re.compile(r"<(?:int|id):(\w+)>")


def _walk(patterns, prefix="", namespace=None):
    for p in patterns:
        if isinstance(p, URLResolver):
            ns = p.namespace or namespace
            yield from _walk(p.url_patterns, prefix + str(p.pattern), ns)
        elif isinstance(p, URLPattern):
            yield namespace, prefix + str(p.pattern), p


def staff_urls_with_ids():
    urls = []
    for namespace, route, _ in _walk(get_resolver().url_patterns):
        if namespace in NAMESPACES and ID_KWARG.search(route):
            urls.append(route)
    return sorted(set(urls))


def api_routes_with_ids():
    """(method, path, valid JSON body or None) for every API operation that takes an id."""
    from sanxiang.api import api

    schema = api.get_openapi_schema()
    for path, ops in schema["paths"].items():
        if "{" in path and not path.startswith(PLATFORM_WIDE):
            for method, op in ops.items():
                body = None
                content = op.get("requestBody", {}).get("content", {}).get("application/json")
                if content:
                    body = example_for(content["schema"], schema)
                yield method.upper(), path, body


# Platform-wide data (the official holiday calendar) is the same for every agency.
PLATFORM_WIDE = ("/api/v1/workdays/",)

SAMPLES = {"date": "2026-01-05", "date-time": "2026-01-05T09:00:00+08:00"}


def example_for(node: dict, root: dict):
    """A valid value for a JSON schema node, so the request reaches the scoping check, not validation."""
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        return example_for(root["components"]["schemas"][name], root)
    for key in ("anyOf", "oneOf", "allOf"):
        if key in node:
            options = [o for o in node[key] if o.get("type") != "null"]
            return example_for(options[0], root)
    if "enum" in node:
        return node["enum"][0]
    kind = node.get("type")
    if kind == "object" or "properties" in node:
        return {k: example_for(v, root) for k, v in node.get("properties", {}).items() if k in node.get("required", [])}
    if kind == "array":
        return [example_for(node.get("items", {"type": "string"}), root)] * max(1, node.get("minItems", 1))
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.0
    if kind == "boolean":
        return False
    if node.get("format") in SAMPLES:
        return SAMPLES[node["format"]]
    if node.get("pattern") == r"^\d{6}$":
        return "530302"
    return "approval"


def fill(route: str, value: int) -> str:
    url = ID_KWARG.sub(str(value), route)
    return "/" + url.lstrip("^").rstrip("$")


def build_world(make_agency, make_user, make_officer, make_certificate, regions):
    from sanxiang.org import services as org
    from sanxiang.people import services as people

    def one(name, region):
        agency = make_agency(name, region)
        dept = org.department_create(actor="t", agency=agency, name="政策法规科", is_legal_review_body=True)
        post = org.post_create(actor="t", agency=agency, department=dept, title="科长")
        group = org.leading_group_create(actor="t", agency=agency, name=f"{name}领导小组", office_department=dept)
        org.leading_group_seat_add(actor="t", group=group, post=post, role="leader")
        photo = ContentFile(portrait_png(1), name="photo.png")
        officer = make_officer(agency, name=f"{name}人员", department=dept, post=post, photo=photo)
        cert = make_certificate(officer)
        people.certificate_event_add(actor="t", certificate=cert, kind="check_passed", effective_on=date(2026, 1, 5))
        reviewer = people.reviewer_register(actor="t", officer=officer, has_legal_qualification=True,
                                            qualification_number="A1")
        people.training_add(actor="t", reviewer=reviewer, kind="pre_service", title="岗前培训",
                            held_on=date(2026, 1, 6), hours=8)
        window = people.window_create(actor="t", agency=agency, department=dept, name="一号窗口", duties="受理",
                                      phone="0874-3123458")
        people.window_duty_assign(actor="t", window=window, officer=officer, starts_on=date(2026, 1, 1))
        return agency

    b = one("乙局", "530402")
    admin_b = make_user("admin_b", agency=b, role="admin")
    a = one("甲局", "530302")
    admin_a = make_user("admin_a", agency=a, role="admin")
    return a, b, admin_a, admin_b


@pytest.fixture
def world(transactional_db, django_db_reset_sequences, make_agency, make_user, make_officer, make_certificate, regions):
    return build_world(make_agency, make_user, make_officer, make_certificate, regions)


@pytest.mark.django_db(transaction=True, reset_sequences=True)
def test_every_staff_page_refuses_other_agencies_ids(client, world):
    a, b, admin_a, _ = world
    assert b.pk == 1 and a.pk == 2
    client.force_login(admin_a)
    routes = staff_urls_with_ids()
    assert routes, "no staff pages with ids found"
    reached = 0
    before = Entry.objects.count()
    for route in routes:
        for method in ("get", "post"):
            foreign = getattr(client, method)(fill(route, 1))
            assert foreign.status_code in (403, 404, 405), f"{method.upper()} {fill(route, 1)} → {foreign.status_code}"
            own = getattr(client, method)(fill(route, 2))
            assert own.status_code not in (403, 404, 500), f"{method.upper()} {fill(route, 2)} → {own.status_code}"
            reached += own.status_code in (200, 302)
    assert reached >= len(routes)
    # Nothing was written through a foreign id (own-id POSTs without data are invalid forms).
    assert not Entry.objects.filter(pk__gt=before, agency_id=b.pk).exists()


@pytest.mark.django_db(transaction=True, reset_sequences=True)
def test_every_api_endpoint_refuses_other_agencies_ids(client, world):
    from sanxiang.core.services import api_token_create

    a, b, admin_a, _ = world
    _, raw = api_token_create(user=admin_a, name="sweep")
    headers = {"HTTP_AUTHORIZATION": f"Bearer {raw}"}
    before = Entry.objects.count()
    checked = 0
    for method, path, body in api_routes_with_ids():
        url = re.sub(r"\{[^}]+\}", "1", path)
        data = json.dumps(body) if body is not None else ""
        response = client.generic(method, url, data=data, content_type="application/json", **headers)
        assert response.status_code in (403, 404), f"{method} {url} {data} → {response.status_code} {response.content[:200]}"
        own = client.generic(method, re.sub(r"\{[^}]+\}", "2", path), data=data, content_type="application/json",
                             **headers)
        assert own.status_code not in (403, 404, 500), f"{method} {path} with own ids → {own.status_code}"
        checked += 1
    assert checked >= 5
    assert not Entry.objects.filter(pk__gt=before, agency_id=b.pk).exists()
