"""Staff pages for officers and their certificates: scoping, roles, masking of ID numbers,
bad input kept on the form with a Chinese error naming the field."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from sanxiang.people.models import Certificate, CertificateEvent, Officer
from sanxiang.people.services import certificate_event_add

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

ID = "11010519491231002X"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


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


@pytest.fixture
def officer(make_officer, a):
    return make_officer(a, name="李文静", id_number=ID, mobile="13808741234")


def _png() -> SimpleUploadedFile:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (30, 40), (200, 180, 160)).save(buf, format="PNG")
    return SimpleUploadedFile("photo.png", buf.getvalue(), content_type="image/png")


def _cert_form(category, region, **changes):
    today = date.today()
    data = {"number": "53030220250001", "issuer": "曲靖市人民政府", "categories": [category.pk], "region": region.pk,
            "valid_from": today.isoformat(), "valid_until": (today + timedelta(days=1000)).isoformat(),
            "issued_on": today.isoformat()}
    data.update(changes)
    return data


def test_anonymous_is_sent_to_login(client, officer):
    for url in (reverse("people:officer_list"), reverse("people:officer_detail", args=[officer.pk]),
                reverse("people:officer_create"), reverse("people:authorization_check"),
                reverse("people:officer_photo", args=[officer.pk])):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith(reverse("core:login")), url


def test_list_filters_and_search(admin_client, a, make_officer, make_certificate, two_agencies):
    valid = make_officer(a, name="有效甲")
    make_certificate(valid)
    expiring = make_officer(a, name="将到期乙")
    make_certificate(expiring, valid_from=date.today() - timedelta(days=300), valid_until=date.today() + timedelta(days=10))
    make_officer(a, name="无证丙")
    make_officer(two_agencies["b"], name="外单位丁")
    url = reverse("people:officer_list")
    html = admin_client.get(url).content.decode()
    assert "有效甲" in html and "将到期乙" in html and "无证丙" in html and "外单位丁" not in html
    html = admin_client.get(url, {"certificate_state": "expiring"}).content.decode()
    assert "将到期乙" in html and "有效甲" not in html
    html = admin_client.get(url, {"certificate_state": "none"}).content.decode()
    assert "无证丙" in html and "有效甲" not in html
    html = admin_client.get(url, {"q": "甲"}).content.decode()
    assert "有效甲" in html and "将到期乙" not in html
    # A filter value outside the user's scope is not an error, it is simply not accepted.
    assert admin_client.get(url, {"agency": two_agencies["b"].pk}).status_code == 200


def test_detail_masks_id_number_and_shows_certificate_states(admin_client, officer, make_certificate):
    cert = make_certificate(officer)
    certificate_event_add(actor="t", certificate=cert, kind="suspended", effective_on=date.today(), reason="调查期间暂扣")
    html = admin_client.get(reverse("people:officer_detail", args=[officer.pk])).content.decode()
    assert ID not in html and "1101**********002X" in html
    assert "13808741234" not in html
    assert cert.number in html and "暂扣" in html and "调查期间暂扣" in html


def test_edit_form_shows_full_id_number_only_to_managers(admin_client, officer_client, officer):
    response = admin_client.get(reverse("people:officer_edit", args=[officer.pk]))
    assert response.status_code == 200 and ID in response.content.decode()
    assert officer_client.get(reverse("people:officer_edit", args=[officer.pk])).status_code == 403
    assert ID not in officer_client.get(reverse("people:officer_detail", args=[officer.pk])).content.decode()


def test_cross_agency_ids_are_404(admin_client, two_agencies, make_officer, make_certificate):
    other = make_officer(two_agencies["b"], name="外单位丁")
    cert = make_certificate(other)
    for url in (reverse("people:officer_detail", args=[other.pk]), reverse("people:officer_edit", args=[other.pk]),
                reverse("people:officer_photo", args=[other.pk]), reverse("people:certificate_issue", args=[other.pk]),
                reverse("people:certificate_event_add", args=[cert.pk])):
        assert admin_client.get(url).status_code == 404, url
    response = admin_client.post(reverse("people:certificate_event_add", args=[cert.pk]),
                                 {"kind": "revoked", "effective_on": date.today().isoformat(), "reason": "x"})
    assert response.status_code == 404
    assert not CertificateEvent.objects.exists()


def test_officer_role_cannot_write(officer_client, officer, make_certificate):
    cert = make_certificate(officer)
    assert officer_client.get(reverse("people:officer_create")).status_code == 403
    assert officer_client.get(reverse("people:certificate_issue", args=[officer.pk])).status_code == 403
    response = officer_client.post(reverse("people:certificate_event_add", args=[cert.pk]),
                                   {"kind": "revoked", "effective_on": date.today().isoformat(), "reason": "x"})
    assert response.status_code == 403
    assert not CertificateEvent.objects.exists()


def test_create_officer_with_photo(admin_client, a):
    response = admin_client.post(reverse("people:officer_create"), {
        "agency": a.pk, "name": "赵海燕", "gender": "F", "status": "active", "id_number": "440524188001010014",
        "mobile": "13900001111", "photo": _png()})
    assert response.status_code == 302
    officer = Officer.objects.get(name="赵海燕")
    assert officer.photo
    photo = admin_client.get(reverse("people:officer_photo", args=[officer.pk]))
    assert photo.status_code == 200 and photo["Content-Type"] == "image/png"


def test_create_officer_bad_id_number_keeps_input(admin_client, a):
    response = admin_client.post(reverse("people:officer_create"), {
        "agency": a.pk, "name": "赵海燕", "gender": "F", "status": "active", "id_number": "110105194912310021",
        "mobile": "13900001111"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "公民身份号码：公民身份号码无效" in html
    assert 'value="赵海燕"' in html and 'value="13900001111"' in html
    assert not Officer.objects.filter(name="赵海燕").exists()


def test_create_officer_in_another_agency_is_refused(admin_client, two_agencies):
    response = admin_client.post(reverse("people:officer_create"), {
        "agency": two_agencies["b"].pk, "name": "赵海燕", "status": "active"})
    assert response.status_code == 200
    assert "选择一个有效的选项" in response.content.decode()
    assert not Officer.objects.filter(name="赵海燕").exists()


def test_edit_officer(admin_client, officer):
    response = admin_client.post(reverse("people:officer_edit", args=[officer.pk]), {
        "name": "李文静", "gender": "F", "status": "transferred", "id_number": ID, "mobile": "13808741234"})
    assert response.status_code == 302
    officer.refresh_from_db()
    assert officer.status == "transferred"


def test_issue_certificate(admin_client, officer, category, regions):
    response = admin_client.post(reverse("people:certificate_issue", args=[officer.pk]),
                                 _cert_form(category, regions["530302"]))
    assert response.status_code == 302
    assert Certificate.objects.filter(officer=officer, number="53030220250001").exists()


def test_certificate_ending_before_it_starts_names_valid_until(admin_client, officer, category, regions):
    today = date.today()
    data = _cert_form(category, regions["530302"], valid_until=(today - timedelta(days=1)).isoformat(),
                      issuer="曲靖市麒麟区人民政府")
    response = admin_client.post(reverse("people:certificate_issue", args=[officer.pk]), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "有效期至：有效期至必须晚于有效期自。" in html
    assert 'value="53030220250001"' in html and 'value="曲靖市麒麟区人民政府"' in html
    assert not Certificate.objects.exists()


def test_certificate_number_must_be_unique(admin_client, officer, category, regions, make_certificate):
    make_certificate(officer, number="53030220250001")
    response = admin_client.post(reverse("people:certificate_issue", args=[officer.pk]),
                                 _cert_form(category, regions["530302"]))
    assert response.status_code == 200
    assert "证件号码：" in response.content.decode()
    assert Certificate.objects.count() == 1


def test_certificate_needs_a_category(admin_client, officer, category, regions):
    response = admin_client.post(reverse("people:certificate_issue", args=[officer.pk]),
                                 _cert_form(category, regions["530302"], categories=[]))
    assert response.status_code == 200
    assert "执法类别：" in response.content.decode()


def test_certificate_events(admin_client, officer, make_certificate):
    cert = make_certificate(officer)
    url = reverse("people:certificate_event_add", args=[cert.pk])
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"kind": "suspended", "effective_on": date.today().isoformat(), "reason": ""})
    assert response.status_code == 200
    assert "事由：暂扣、吊销或年审不合格必须填写事由。" in response.content.decode()
    response = admin_client.post(url, {"kind": "check_passed", "effective_on": date.today().isoformat(),
                                       "document_number": "麒审批证[2025]第003号"})
    assert response.status_code == 302
    assert cert.events.get().document_number == "麒审批证〔2025〕3号"
    assert admin_client.post(url, {"kind": "revoked", "effective_on": date.today().isoformat(),
                                   "reason": "违法执法"}).status_code == 302
    response = admin_client.post(url, {"kind": "reinstated", "effective_on": date.today().isoformat()})
    assert response.status_code == 200
    assert "证件已被吊销" in response.content.decode()
    html = admin_client.get(reverse("people:officer_detail", args=[officer.pk])).content.decode()
    assert "已吊销" in html and "违法执法" in html and "年审合格" in html


def test_bad_document_number_is_named(admin_client, officer, make_certificate):
    cert = make_certificate(officer)
    response = admin_client.post(reverse("people:certificate_event_add", args=[cert.pk]),
                                 {"kind": "check_passed", "effective_on": date.today().isoformat(),
                                  "document_number": "随便写"})
    assert response.status_code == 200
    assert "文号：" in response.content.decode()


def test_authorization_check_shows_reason(officer_client, officer, make_certificate, category, other_category,
                                          regions):
    make_certificate(officer)
    url = reverse("people:authorization_check")
    assert officer_client.get(url).status_code == 200
    today = date.today().isoformat()
    html = officer_client.get(url, {"officer": officer.pk, "category": category.pk, "region": regions["530302"].pk,
                                    "on": today}).content.decode()
    assert "可以执法" in html and "持有效执法证件" in html
    html = officer_client.get(url, {"officer": officer.pk, "category": other_category.pk,
                                    "region": regions["530302"].pk, "on": today}).content.decode()
    assert "不得执法" in html and "不含“市场监管”" in html


def test_authorization_check_cannot_reach_other_agencies(officer_client, two_agencies, make_officer, category, regions):
    other = make_officer(two_agencies["b"], name="外单位丁")
    response = officer_client.get(reverse("people:authorization_check"), {
        "officer": other.pk, "category": category.pk, "region": regions["530302"].pk, "on": date.today().isoformat()})
    assert response.status_code == 200
    html = response.content.decode()
    assert "选择一个有效的选项" in html and "外单位丁" not in html


def test_replacing_a_photo_is_saved(admin_client, officer):
    data = {"name": "李文静", "gender": "F", "status": "active", "id_number": ID, "mobile": "13808741234",
            "photo": _png()}
    assert admin_client.post(reverse("people:officer_edit", args=[officer.pk]), data).status_code == 302
    officer.refresh_from_db()
    assert officer.photo
    from sanxiang.ledger.models import Entry

    event = Entry.objects.filter(kind="people.officer.updated", subject=f"people.officer:{officer.pk}").last()
    assert b"photo" in bytes(event.payload)
