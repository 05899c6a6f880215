"""Django admin (in Chinese): every org and people model is listed; ledger records cannot be edited
there, and what an administrator may add goes through the services (so it reaches the ledger)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from sanxiang.ledger.models import Entry
from sanxiang.org.models import Membership, SupervisorScope

pytestmark = pytest.mark.django_db

MODELS = ["org/region", "org/enforcementcategory", "org/agency", "org/department", "org/post", "org/leadinggroup",
          "org/membership", "org/supervisorscope", "people/officer", "people/certificate", "people/certificateevent",
          "people/legalreviewer", "people/reviewertraining", "people/windowpost", "people/windowduty"]


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def root(django_user_model):
    client = Client()
    client.force_login(django_user_model.objects.create_superuser("root", password="pw-Sanxiang-1"))
    return client


def test_changelists_render_in_chinese(root, two_agencies, make_officer, make_certificate):
    make_certificate(make_officer(two_agencies["a"], name="李文静", id_number="11010519491231002X"))
    for model in MODELS:
        response = root.get(f"/admin/{model}/")
        assert response.status_code == 200, model
    assert "执法人员" in root.get("/admin/").content.decode()


def test_ledger_models_are_read_only(root, two_agencies, make_officer):
    a = two_agencies["a"]
    officer = make_officer(a, name="李文静", id_number="11010519491231002X")
    assert root.get(reverse("admin:org_agency_add")).status_code == 403
    page = root.get(reverse("admin:org_agency_change", args=[a.pk]))
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    response = root.post(reverse("admin:org_agency_change", args=[a.pk]), {"name": "改名"})
    assert response.status_code == 403
    html = root.get(reverse("admin:people_officer_change", args=[officer.pk])).content.decode()
    assert "11010519491231002X" not in html and "1101**********002X" in html


def test_role_grant_and_revoke_in_admin_go_through_services(root, two_agencies, make_user):
    user = make_user("newbie")
    a = two_agencies["a"]
    response = root.post(reverse("admin:org_membership_add"), {"user": user.pk, "agency": a.pk, "role": "officer"})
    assert response.status_code == 302
    membership = Membership.objects.get(user=user)
    assert Entry.objects.filter(kind="org.membership.granted", subject__endswith=f":{membership.pk}").exists()
    response = root.post(reverse("admin:org_membership_delete", args=[membership.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()
    assert Entry.objects.filter(kind="org.membership.revoked").exists()


def test_supervisor_scope_added_through_service(root, two_agencies, make_user, regions):
    user = make_user("sup")
    response = root.post(reverse("admin:org_supervisorscope_add"), {
        "user": user.pk, "region": regions["530400"].pk, "supervising_agency": two_agencies["b"].pk})
    assert response.status_code == 302
    assert SupervisorScope.objects.filter(user=user).exists()
    assert Entry.objects.filter(kind="org.supervision.granted").exists()


def test_staff_without_superuser_cannot_grant(two_agencies, django_user_model):
    from django.contrib.auth.models import Permission

    staff = django_user_model.objects.create_user("staff", password="pw-Sanxiang-1", is_staff=True)
    staff.user_permissions.add(*Permission.objects.filter(codename__in=["add_membership", "view_membership"]))
    client = Client()
    client.force_login(staff)
    assert client.get(reverse("admin:org_membership_add")).status_code == 403
