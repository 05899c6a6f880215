"""Staff pages for legal reviewers (法制审核人员) and window posts (窗口岗位)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from sanxiang.people import services
from sanxiang.people.models import LegalReviewer, ReviewerTraining, WindowDuty, WindowPost

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def a(two_agencies):
    return two_agencies["a"]


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def admin_client(two_agencies):
    return _client(two_agencies["admin_a"])


@pytest.fixture
def officer_client(two_agencies):
    return _client(two_agencies["officer_a"])


@pytest.fixture
def reviewer(make_officer, a):
    return services.reviewer_register(actor="t", officer=make_officer(a, name="杨明辉"), legal_background="法学本科",
                                      has_legal_qualification=False, first_review_on=date(2024, 3, 1))


@pytest.fixture
def window(a):
    return services.window_create(actor="t", agency=a, name="综合窗口", duties="受理申请", phone="0874-3123461")


# ---- reviewers ----

def test_reviewer_list_flags_missing_qualification(officer_client, reviewer):
    services.training_add(actor="t", reviewer=reviewer, kind="pre_service", title="岗前培训", held_on=date(2024, 2, 1),
                          hours=16)
    html = officer_client.get(reverse("people:reviewer_list")).content.decode()
    assert "杨明辉" in html and "2024-03-01" in html and "16" in html
    assert "未取得法律职业资格" in html and "第五十八条" in html


def test_reviewer_detail_and_forms_render(admin_client, reviewer):
    for url in (reverse("people:reviewer_detail", args=[reviewer.pk]), reverse("people:reviewer_edit", args=[reviewer.pk]),
                reverse("people:training_add", args=[reviewer.pk]), reverse("people:reviewer_create")):
        assert admin_client.get(url).status_code == 200, url


def test_register_reviewer_needs_certificate_number_when_qualified(admin_client, make_officer, a):
    officer = make_officer(a, name="孙晓梅")
    url = reverse("people:reviewer_create")
    response = admin_client.post(url, {"officer": officer.pk, "legal_background": "法学硕士",
                                       "has_legal_qualification": "on", "is_active": "on"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "法律职业资格证书编号：已取得法律职业资格的，应填写资格证书编号。" in html and 'value="法学硕士"' in html
    response = admin_client.post(url, {"officer": officer.pk, "legal_background": "法学硕士",
                                       "has_legal_qualification": "on", "qualification_number": "A20195301001",
                                       "is_active": "on"})
    assert response.status_code == 302
    assert LegalReviewer.objects.get(officer=officer).has_legal_qualification


def test_register_reviewer_future_qualification_date(admin_client, make_officer, a):
    officer = make_officer(a, name="孙晓梅")
    response = admin_client.post(reverse("people:reviewer_create"), {
        "officer": officer.pk, "has_legal_qualification": "on", "qualification_number": "A1",
        "qualification_date": (date.today() + timedelta(days=3)).isoformat()})
    assert response.status_code == 200
    assert "取得资格日期不能晚于今天" in response.content.decode()


def test_edit_reviewer(admin_client, reviewer):
    response = admin_client.post(reverse("people:reviewer_edit", args=[reviewer.pk]), {
        "legal_background": "法学本科", "has_legal_qualification": "on", "qualification_number": "A20195301001",
        "first_review_on": "2024-03-01", "is_active": "on"})
    assert response.status_code == 302
    reviewer.refresh_from_db()
    assert reviewer.has_legal_qualification


def test_training_hours_must_be_positive(admin_client, reviewer):
    url = reverse("people:training_add", args=[reviewer.pk])
    response = admin_client.post(url, {"kind": "in_service", "title": "法制审核实务", "held_on": "2025-05-01",
                                       "hours": "0"})
    assert response.status_code == 200
    assert "学时：学时必须大于0" in response.content.decode()
    assert admin_client.post(url, {"kind": "in_service", "title": "法制审核实务", "held_on": "2025-05-01",
                                   "hours": "8"}).status_code == 302
    assert ReviewerTraining.objects.get().hours == 8


def test_reviewer_scope_and_roles(admin_client, officer_client, two_agencies, make_officer, reviewer):
    other = services.reviewer_register(actor="t", officer=make_officer(two_agencies["b"], name="外单位"))
    for url in (reverse("people:reviewer_detail", args=[other.pk]), reverse("people:reviewer_edit", args=[other.pk]),
                reverse("people:training_add", args=[other.pk])):
        assert admin_client.get(url).status_code == 404, url
    assert "外单位" not in admin_client.get(reverse("people:reviewer_list")).content.decode()
    assert officer_client.get(reverse("people:reviewer_edit", args=[reviewer.pk])).status_code == 403
    assert officer_client.get(reverse("people:reviewer_create")).status_code == 403
    response = officer_client.post(reverse("people:training_add", args=[reviewer.pk]),
                                   {"kind": "in_service", "title": "x", "held_on": "2025-05-01", "hours": "8"})
    assert response.status_code == 403 and not ReviewerTraining.objects.exists()


# ---- window posts ----

def test_window_pages_render(admin_client, window):
    for url in (reverse("people:window_list"), reverse("people:window_create"),
                reverse("people:window_detail", args=[window.pk]), reverse("people:window_edit", args=[window.pk]),
                reverse("people:duty_assign", args=[window.pk])):
        assert admin_client.get(url).status_code == 200, url
    html = admin_client.get(reverse("people:window_list")).content.decode()
    assert reverse("portal:windows") in html


def test_create_window_with_bad_phone_keeps_input(admin_client, a):
    response = admin_client.post(reverse("people:window_create"), {
        "agency": a.pk, "name": "综合窗口", "duties": "受理市场主体登记", "phone": "abc", "order": 0,
        "is_active": "on"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "窗口电话：电话号码格式不正确" in html and "受理市场主体登记" in html
    response = admin_client.post(reverse("people:window_create"), {
        "agency": a.pk, "name": "综合窗口", "duties": "受理市场主体登记", "phone": "0874-3123461", "order": 0,
        "is_active": "on"})
    assert response.status_code == 302
    assert WindowPost.objects.filter(agency=a, name="综合窗口").exists()


def test_duplicate_window_name(admin_client, window, a):
    response = admin_client.post(reverse("people:window_create"), {
        "agency": a.pk, "name": "综合窗口", "duties": "x", "phone": "0874-3123461", "order": 0})
    assert response.status_code == 200
    assert "本执法主体已有同名窗口" in response.content.decode()


def test_edit_window(admin_client, window):
    response = admin_client.post(reverse("people:window_edit", args=[window.pk]), {
        "name": "综合窗口", "duties": "受理申请", "phone": "0874-3123461", "location": "一楼A3", "order": 0,
        "is_active": "on"})
    assert response.status_code == 302
    window.refresh_from_db()
    assert window.location == "一楼A3"


def test_assign_and_end_duty(admin_client, window, make_officer, a):
    officer = make_officer(a, name="李文静")
    url = reverse("people:duty_assign", args=[window.pk])
    today = date.today()
    response = admin_client.post(url, {"officer": officer.pk, "starts_on": today.isoformat(),
                                       "ends_on": (today - timedelta(days=1)).isoformat()})
    assert response.status_code == 200
    assert "结束日期：结束日期不能早于开始日期。" in response.content.decode()
    assert admin_client.post(url, {"officer": officer.pk, "starts_on": today.isoformat()}).status_code == 302
    duty = WindowDuty.objects.get()
    assert "李文静" in admin_client.get(reverse("people:window_detail", args=[window.pk])).content.decode()
    response = admin_client.post(reverse("people:duty_end", args=[duty.pk]),
                                 {"ends_on": (today - timedelta(days=5)).isoformat()})
    assert response.status_code == 200 and "结束日期不能早于开始日期" in response.content.decode()
    response = admin_client.post(reverse("people:duty_end", args=[duty.pk]), {"ends_on": today.isoformat()})
    assert response.status_code == 302
    duty.refresh_from_db()
    assert duty.ends_on == today


def test_duty_cannot_use_another_agencys_officer(admin_client, window, make_officer, two_agencies):
    other = make_officer(two_agencies["b"], name="外单位")
    response = admin_client.post(reverse("people:duty_assign", args=[window.pk]),
                                 {"officer": other.pk, "starts_on": date.today().isoformat()})
    assert response.status_code == 200
    assert not WindowDuty.objects.exists()


def test_window_scope_and_roles(admin_client, officer_client, two_agencies, window, make_officer):
    other = services.window_create(actor="t", agency=two_agencies["b"], name="乙窗口", duties="x", phone="0877-2021234")
    officer = make_officer(two_agencies["b"], name="外单位")
    duty = services.window_duty_assign(actor="t", window=other, officer=officer, starts_on=date.today())
    for url in (reverse("people:window_detail", args=[other.pk]), reverse("people:window_edit", args=[other.pk]),
                reverse("people:duty_assign", args=[other.pk])):
        assert admin_client.get(url).status_code == 404, url
    assert admin_client.post(reverse("people:duty_end", args=[duty.pk]),
                             {"ends_on": date.today().isoformat()}).status_code == 404
    assert officer_client.get(reverse("people:window_edit", args=[window.pk])).status_code == 403
    assert officer_client.get(reverse("people:window_create")).status_code == 403


def test_department_head_may_manage_windows_but_not_people(make_user, a, window):
    client = _client(make_user("head", agency=a, role="dept_head"))
    assert client.get(reverse("people:window_edit", args=[window.pk])).status_code == 200
    assert client.get(reverse("people:officer_create")).status_code == 403
