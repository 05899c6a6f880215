"""Staff pages for agencies, departments, posts, the leading group and roles: who may see and do what,
and what a user sees when the input is wrong."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from sanxiang.ledger.models import Entry
from sanxiang.org import services
from sanxiang.org.models import Department, LeadingGroupSeat, Membership, Post

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def a(two_agencies):
    return two_agencies["a"]


@pytest.fixture
def admin_client(two_agencies):
    client = Client()
    client.force_login(two_agencies["admin_a"])
    return client


@pytest.fixture
def officer_client(two_agencies):
    client = Client()
    client.force_login(two_agencies["officer_a"])
    return client


def _agency_form(agency, **changes):
    data = {
        "name": agency.name, "short_name": agency.short_name, "level": agency.level, "region": agency.region_id,
        "credit_code": agency.credit_code, "head": agency.head, "office_address": agency.office_address,
        "categories": [c.pk for c in agency.categories.all()], "enforcement_region": agency.enforcement_region_id,
        "enforcement_region_note": "", "contact_phone": agency.contact_phone,
        "supervision_phone": agency.supervision_phone, "legal_basis": agency.legal_basis, "website": "",
        "status": agency.status,
    }
    data.update(changes)
    return data


def test_anonymous_is_sent_to_login(client, a):
    for url in (reverse("org:agency_list"), reverse("org:agency_detail", args=[a.pk]),
                reverse("org:agency_edit", args=[a.pk]), reverse("org:department_create", args=[a.pk])):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("core:login"))


def test_list_shows_only_own_agency(admin_client, two_agencies):
    html = admin_client.get(reverse("org:agency_list")).content.decode()
    assert "甲局" in html and "乙局" not in html


def test_detail_shows_public_fields_departments_roster_and_roles(admin_client, a, make_officer):
    office = services.department_create(actor="t", agency=a, name="政策法规科", is_legal_review_body=True,
                                        is_leading_group_office=True)
    services.department_create(actor="t", agency=a, name="审批科", holds_enforcement_power=True)
    head = services.post_create(actor="t", agency=a, title="局长")
    deputy = services.post_create(actor="t", agency=a, title="副局长")
    group = services.leading_group_create(actor="t", agency=a, name="三项制度工作领导小组", office_department=office)
    services.leading_group_seat_add(actor="t", group=group, post=head, role="leader")
    services.leading_group_seat_add(actor="t", group=group, post=deputy, role="deputy")
    make_officer(a, name="周建国", post=head)

    html = admin_client.get(reverse("org:agency_detail", args=[a.pk])).content.decode()
    for text in (a.credit_code, a.head, a.office_address, a.supervision_phone, a.contact_phone, "行政审批",
                 "政策法规科", "审批科", "法制审核机构", "领导小组办公室", "有执法权",
                 "三项制度工作领导小组", "组长", "周建国", "副组长", "空缺", "admin_a", "系统管理员"):
        assert text in html, text


def test_cross_agency_ids_are_404(admin_client, two_agencies):
    b = two_agencies["b"]
    dept = services.department_create(actor="t", agency=b, name="乙科")
    group = services.leading_group_create(actor="t", agency=b, name="乙组")
    post = services.post_create(actor="t", agency=b, title="局长")
    seat = services.leading_group_seat_add(actor="t", group=group, post=post, role="leader")
    membership = Membership.objects.get(user=two_agencies["admin_b"])
    for url in (reverse("org:agency_detail", args=[b.pk]), reverse("org:agency_edit", args=[b.pk]),
                reverse("org:department_create", args=[b.pk]), reverse("org:department_edit", args=[dept.pk]),
                reverse("org:post_create", args=[b.pk]), reverse("org:group_create", args=[b.pk]),
                reverse("org:seat_add", args=[group.pk]), reverse("org:membership_grant", args=[b.pk])):
        assert admin_client.get(url).status_code == 404, url
    assert admin_client.post(reverse("org:seat_remove", args=[seat.pk])).status_code == 404
    assert admin_client.post(reverse("org:membership_revoke", args=[membership.pk])).status_code == 404
    assert LeadingGroupSeat.objects.filter(pk=seat.pk).exists()
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_officer_role_may_look_but_not_change(officer_client, a):
    assert officer_client.get(reverse("org:agency_detail", args=[a.pk])).status_code == 200
    for url in (reverse("org:agency_edit", args=[a.pk]), reverse("org:department_create", args=[a.pk]),
                reverse("org:post_create", args=[a.pk]), reverse("org:group_create", args=[a.pk]),
                reverse("org:membership_grant", args=[a.pk])):
        assert officer_client.get(url).status_code == 403, url
    response = officer_client.post(reverse("org:department_create", args=[a.pk]), {"name": "新科", "order": 0})
    assert response.status_code == 403
    assert not Department.objects.filter(name="新科").exists()


def test_edit_pages_render_for_admin(admin_client, a):
    for url in (reverse("org:agency_edit", args=[a.pk]), reverse("org:department_create", args=[a.pk]),
                reverse("org:post_create", args=[a.pk]), reverse("org:group_create", args=[a.pk]),
                reverse("org:membership_grant", args=[a.pk])):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert 'name="csrfmiddlewaretoken"' in response.content.decode()


def test_agency_edit_saves_through_service_and_records_it(admin_client, a):
    before = Entry.objects.count()
    response = admin_client.post(reverse("org:agency_edit", args=[a.pk]), _agency_form(a, head="王建华"))
    assert response.status_code == 302
    a.refresh_from_db()
    assert a.head == "王建华"
    assert Entry.objects.filter(kind="org.agency.updated").count() == 1
    assert Entry.objects.count() == before + 1


def test_bad_credit_code_is_explained_in_chinese_and_input_kept(admin_client, a):
    response = admin_client.post(reverse("org:agency_edit", args=[a.pk]),
                                 _agency_form(a, credit_code="91440704304226404X", head="王建华"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "统一社会信用代码无效" in html
    assert 'value="91440704304226404X"' in html and 'value="王建华"' in html
    a.refresh_from_db()
    assert a.head == "李明"


def test_bad_phone_is_named(admin_client, a):
    response = admin_client.post(reverse("org:agency_edit", args=[a.pk]), _agency_form(a, supervision_phone="12"))
    assert response.status_code == 200
    assert "监督电话：电话号码格式不正确" in response.content.decode()


def test_department_create_and_duplicate_review_body(admin_client, a):
    url = reverse("org:department_create", args=[a.pk])
    response = admin_client.post(url, {"name": "政策法规科", "is_legal_review_body": "on", "order": 1})
    assert response.status_code == 302
    assert Department.objects.get(agency=a, name="政策法规科").is_legal_review_body
    response = admin_client.post(url, {"name": "法制科", "is_legal_review_body": "on", "order": 2,
                                       "responsibilities": "负责审核"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "法制审核机构只能有一个" in html and 'value="法制科"' in html and "负责审核" in html
    response = admin_client.post(url, {"name": "政策法规科", "order": 3})
    assert "本执法主体已有同名科室" in response.content.decode()


def test_department_edit(admin_client, a):
    dept = services.department_create(actor="t", agency=a, name="审批科")
    response = admin_client.post(reverse("org:department_edit", args=[dept.pk]),
                                 {"name": "审批一科", "holds_enforcement_power": "on", "order": 0})
    assert response.status_code == 302
    dept.refresh_from_db()
    assert dept.name == "审批一科" and dept.holds_enforcement_power


def test_post_create_and_duplicate(admin_client, a):
    dept = services.department_create(actor="t", agency=a, name="审批科")
    url = reverse("org:post_create", args=[a.pk])
    assert admin_client.post(url, {"title": "科长", "department": dept.pk, "order": 0}).status_code == 302
    assert Post.objects.filter(agency=a, department=dept, title="科长").exists()
    response = admin_client.post(url, {"title": "科长", "department": dept.pk, "order": 0})
    assert response.status_code == 200
    assert "该科室已有同名职务" in response.content.decode()


def test_post_create_rejects_another_agencys_department(admin_client, a, two_agencies):
    other = services.department_create(actor="t", agency=two_agencies["b"], name="乙科")
    response = admin_client.post(reverse("org:post_create", args=[a.pk]),
                                 {"title": "科长", "department": other.pk, "order": 0})
    assert response.status_code == 200
    assert "选择一个有效的选项" in response.content.decode()
    assert not Post.objects.filter(title="科长").exists()


def test_leading_group_create_seat_add_and_remove(admin_client, a):
    post = services.post_create(actor="t", agency=a, title="局长")
    response = admin_client.post(reverse("org:group_create", args=[a.pk]),
                                 {"name": "领导小组", "succession_note": "由担任相应职务的同志自行递补"})
    assert response.status_code == 302
    group = a.leading_groups.get()
    url = reverse("org:seat_add", args=[group.pk])
    assert admin_client.post(url, {"post": post.pk, "role": "leader", "order": 0}).status_code == 302
    seat = group.seats.get()
    response = admin_client.post(url, {"post": post.pk, "role": "member", "order": 1})
    assert response.status_code == 200 and "该职务已在领导小组中" in response.content.decode()
    assert admin_client.post(reverse("org:seat_remove", args=[seat.pk])).status_code == 302
    assert not group.seats.exists()
    assert Entry.objects.filter(kind="org.leading_group.seat_removed").exists()


def test_seat_remove_needs_post(admin_client, a):
    post = services.post_create(actor="t", agency=a, title="局长")
    group = services.leading_group_create(actor="t", agency=a, name="组")
    seat = services.leading_group_seat_add(actor="t", group=group, post=post, role="leader")
    assert admin_client.get(reverse("org:seat_remove", args=[seat.pk])).status_code == 405


def test_grant_and_revoke_role(admin_client, a, make_user):
    make_user("newbie")
    url = reverse("org:membership_grant", args=[a.pk])
    response = admin_client.post(url, {"username": "nobody", "role": "officer"})
    assert response.status_code == 200
    assert "没有用户名为“nobody”的有效账号" in response.content.decode()
    assert admin_client.post(url, {"username": "newbie", "role": "officer"}).status_code == 302
    membership = Membership.objects.get(user__username="newbie", agency=a)
    response = admin_client.post(url, {"username": "newbie", "role": "officer"})
    assert "该用户在本执法主体已有此角色" in response.content.decode()
    assert admin_client.post(reverse("org:membership_revoke", args=[membership.pk])).status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_admin_cannot_revoke_own_admin_role(admin_client, two_agencies):
    own = Membership.objects.get(user=two_agencies["admin_a"], role="admin")
    admin_client.post(reverse("org:membership_revoke", args=[own.pk]))
    assert Membership.objects.filter(pk=own.pk).exists()


def test_only_superusers_register_agencies(admin_client, client, django_user_model, regions, category):
    assert admin_client.get(reverse("org:agency_create")).status_code == 403
    root = django_user_model.objects.create_superuser("root", password="pw-Sanxiang-1")
    client.force_login(root)
    assert client.get(reverse("org:agency_create")).status_code == 200


def test_supervisor_sees_region_but_cannot_edit(client, make_user, make_agency, regions, two_agencies):
    justice = make_agency("玉溪市司法局", "530400")
    sup = make_user("sup", supervise=regions["530400"], supervising_agency=justice)
    client.force_login(sup)
    b = two_agencies["b"]
    assert client.get(reverse("org:agency_detail", args=[b.pk])).status_code == 200
    assert client.get(reverse("org:agency_edit", args=[b.pk])).status_code == 403
    assert client.get(reverse("org:agency_detail", args=[two_agencies["a"].pk])).status_code == 404
