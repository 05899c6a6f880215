"""Staff see only their agency's data; supervisors see their region's; nobody else sees anything."""

import pytest

from sanxiang.org.permissions import Perm
from sanxiang.org.selectors import agencies_for, has_perm


@pytest.mark.django_db
def test_member_sees_only_own_agency(two_agencies):
    a, b = two_agencies["a"], two_agencies["b"]
    assert list(agencies_for(two_agencies["admin_a"])) == [a]
    assert list(agencies_for(two_agencies["admin_b"])) == [b]


@pytest.mark.django_db
def test_officer_cannot_manage(two_agencies):
    officer = two_agencies["officer_a"]
    assert has_perm(officer, two_agencies["a"], Perm.VIEW)
    assert not has_perm(officer, two_agencies["a"], Perm.MANAGE_ORG)
    assert not has_perm(officer, two_agencies["b"], Perm.VIEW)


@pytest.mark.django_db
def test_supervisor_sees_region_read_only(two_agencies, make_user, regions, make_agency):
    justice = make_agency("玉溪市司法局", "530400")
    supervisor = make_user("sup", supervise=regions["530400"], supervising_agency=justice)
    visible = set(agencies_for(supervisor))
    assert two_agencies["b"] in visible and justice in visible  # 红塔区 is inside 玉溪市
    assert two_agencies["a"] not in visible                     # 麒麟区 is in 曲靖市
    assert not agencies_for(supervisor, Perm.MANAGE_ORG).exists()


@pytest.mark.django_db
def test_anonymous_and_inactive_see_nothing(two_agencies, django_user_model):
    from django.contrib.auth.models import AnonymousUser

    assert not agencies_for(AnonymousUser()).exists()
    admin = two_agencies["admin_a"]
    admin.is_active = False
    admin.save()
    assert not agencies_for(django_user_model.objects.get(pk=admin.pk)).exists()


@pytest.mark.django_db
def test_revoked_supervisor_sees_nothing_and_revocation_is_recorded(two_agencies, make_user, regions, make_agency):
    from sanxiang.ledger.models import Entry
    from sanxiang.org.models import SupervisorScope
    from sanxiang.org.services import supervisor_scope_revoke

    justice = make_agency("玉溪市司法局", "530400")
    supervisor = make_user("sup2", supervise=regions["530400"], supervising_agency=justice)
    supervisor_scope_revoke(actor="t", scope=SupervisorScope.objects.get(user=supervisor))
    assert not agencies_for(supervisor).exists()
    assert Entry.objects.filter(kind="org.supervision.revoked").exists()
