"""Shared fixtures: agencies, users with roles, officers and certificates, built through the services."""

from __future__ import annotations

import itertools
import os
from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model

from sanxiang.kernel.identifiers import uscc_check_char

_seq = itertools.count(1)


def pytest_collection_modifyitems(config, items):
    on_postgres = os.environ.get("DATABASE_URL", "").startswith(("postgres", "postgresql"))
    skip_pg = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL)")
    for item in items:
        if "postgres" in item.keywords and not on_postgres:
            item.add_marker(skip_pg)


def make_uscc(region_code: str = "530302", serial: int | None = None, kind: str = "11") -> str:
    """A valid 统一社会信用代码 (GB 32100) for a government organ (11) in ``region_code``."""
    serial = next(_seq) if serial is None else serial
    first17 = f"{kind}{region_code}{serial:09d}"
    return first17 + uscc_check_char(first17)


@pytest.fixture(autouse=True)
def _media_root(request, tmp_path):
    """Uploaded files (photos, evidence) go to a temporary directory, never to var/media.
    (Kernel tests also run without Django: ``pytest -p no:django sanxiang/kernel``.)"""
    if request.config.pluginmanager.hasplugin("django"):
        request.getfixturevalue("settings").MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def regions(db):
    from django.core.management import call_command

    call_command("load_regions", verbosity=0)
    from sanxiang.org.models import Region

    return {r.code: r for r in Region.objects.all()}


@pytest.fixture
def category(db):
    from sanxiang.org.services import category_get_or_create

    return category_get_or_create(actor="test", code="approval", name="行政审批")


@pytest.fixture
def other_category(db):
    from sanxiang.org.services import category_get_or_create

    return category_get_or_create(actor="test", code="market", name="市场监管")


@pytest.fixture
def make_agency(regions, category):
    from sanxiang.org.services import agency_create

    def make(name: str | None = None, region_code: str = "530302", **extra):
        n = next(_seq)
        fields = {
            "name": name or f"测试局{n}", "short_name": f"测{n}", "level": "county",
            "region": regions[region_code], "credit_code": make_uscc(region_code, n), "head": "李明",
            "office_address": "测试路1号", "enforcement_region": regions[region_code],
            "contact_phone": "0874-3123456", "supervision_phone": "0874-3123457", "legal_basis": "《中华人民共和国行政许可法》",
        }
        fields.update(extra)
        return agency_create(actor="test", categories=[category], **fields)

    return make


@pytest.fixture
def make_user(db):
    from sanxiang.org.services import membership_grant, supervisor_scope_grant

    def make(username: str | None = None, *, agency=None, role: str | None = None, supervise=None, supervising_agency=None,
             **extra):
        user = get_user_model().objects.create_user(username=username or f"user{next(_seq)}", password="pw-Sanxiang-1",
                                                    **extra)
        if agency is not None and role:
            membership_grant(actor="test", user=user, agency=agency, role=role)
        if supervise is not None:
            supervisor_scope_grant(actor="test", user=user, region=supervise, supervising_agency=supervising_agency)
        return user

    return make


@pytest.fixture
def make_officer(db):
    from sanxiang.people.services import officer_create

    def make(agency, name: str = "张伟", **extra):
        return officer_create(actor="test", agency=agency, name=name, **extra)

    return make


@pytest.fixture
def make_certificate(db, category):
    from sanxiang.people.services import certificate_issue

    def make(officer, *, number: str | None = None, categories=None, region=None, valid_from=None, valid_until=None):
        today = date.today()
        valid_from = valid_from or today - timedelta(days=365)
        return certificate_issue(
            actor="test", officer=officer, categories=categories or [category],
            region=region or officer.agency.enforcement_region, number=number or f"53030220{next(_seq):06d}",
            issuer="曲靖市麒麟区人民政府", valid_from=valid_from,
            valid_until=valid_until or valid_from + timedelta(days=5 * 365), issued_on=valid_from,
        )

    return make


@pytest.fixture
def two_agencies(make_agency, make_user):
    """Agency A (麒麟区) and agency B (红塔区) each with an admin and an officer login."""
    a = make_agency("甲局", "530302")
    b = make_agency("乙局", "530402")
    return {
        "a": a, "b": b,
        "admin_a": make_user("admin_a", agency=a, role="admin"),
        "officer_a": make_user("officer_a", agency=a, role="officer"),
        "admin_b": make_user("admin_b", agency=b, role="admin"),
    }
