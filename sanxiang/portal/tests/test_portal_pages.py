"""The public portal: no login, public fields only — never an officer's ID number or mobile."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sanxiang.org.services import department_create
from sanxiang.people.services import certificate_event_add, window_create, window_duty_assign

pytestmark = pytest.mark.django_db

ID = "11010519491231002X"
MOBILE = "13808741234"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _png() -> SimpleUploadedFile:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (30, 40), (200, 180, 160)).save(buf, format="PNG")
    return SimpleUploadedFile("p.png", buf.getvalue(), content_type="image/png")


@pytest.fixture
def world(make_agency, make_officer, make_certificate):
    a = make_agency("曲靖市麒麟区行政审批局", supervision_phone="0874-3123400")
    department_create(actor="t", agency=a, name="政策法规科", responsibilities="法制审核", is_legal_review_body=True)
    certified = make_officer(a, name="李文静", id_number=ID, mobile=MOBILE, photo=_png())
    cert = make_certificate(certified, number="53030220190012")
    suspended = make_officer(a, name="陈立新", id_number="440524188001010014", mobile="13900001111")
    bad = make_certificate(suspended, number="53030220190015")
    certificate_event_add(actor="t", certificate=bad, kind="suspended", effective_on=date.today(), reason="调查")
    expired = make_officer(a, name="赵海燕")
    make_certificate(expired, valid_from=date.today() - timedelta(days=900), valid_until=date.today() - timedelta(days=1))
    window = window_create(actor="t", agency=a, name="综合窗口", duties="受理申请", phone="0874-3123461",
                           complaint_channel="12345")
    window_duty_assign(actor="t", window=window, officer=certified, starts_on=date.today())
    return {"agency": a, "certified": certified, "cert": cert, "suspended": suspended, "expired": expired}


def _pages(world):
    a = world["agency"]
    return [reverse("portal:home"), reverse("portal:agency_list"), reverse("portal:agency_detail", args=[a.pk]),
            reverse("portal:officer_list"), reverse("portal:officer_list") + "?q=李",
            reverse("portal:officer_list") + f"?agency={a.pk}", reverse("portal:windows"),
            reverse("portal:windows") + f"?agency={a.pk}", reverse("portal:window_screen", args=[a.pk])]


def test_every_page_renders_without_login_and_never_shows_private_data(client, world):
    for url in _pages(world):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for secret in (ID, MOBILE, "440524188001010014", "13900001111", "/media/"):
            assert secret not in html, (url, secret)


def test_agency_page_shows_every_public_field(client, world):
    a = world["agency"]
    html = client.get(reverse("portal:agency_detail", args=[a.pk])).content.decode()
    for text in (a.name, a.head, a.office_address, a.credit_code, a.contact_phone, a.supervision_phone,
                 a.legal_basis, "行政审批", a.region.name, a.enforcement_region.name, "政策法规科", "法制审核机构"):
        assert text in html, text


def test_officer_list_shows_only_usable_certificates(client, world):
    html = client.get(reverse("portal:officer_list")).content.decode()
    assert "李文静" in html and "53030220190012" in html and world["agency"].name in html
    assert "陈立新" not in html and "赵海燕" not in html
    assert reverse("portal:officer_photo", args=[world["certified"].pk]) in html


def test_search_by_certificate_number(client, world):
    html = client.get(reverse("portal:officer_list"), {"q": "53030220190012"}).content.decode()
    assert "李文静" in html
    html = client.get(reverse("portal:officer_list"), {"q": "53030220190015"}).content.decode()
    assert "陈立新" not in html and "未查到持有效证件的执法人员" in html


def test_photo_is_served_by_the_portal(client, world):
    response = client.get(reverse("portal:officer_photo", args=[world["certified"].pk]))
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert client.get(reverse("portal:officer_photo", args=[world["expired"].pk])).status_code == 404


def test_window_board_shows_who_is_on_duty(client, world):
    html = client.get(reverse("portal:windows")).content.decode()
    assert "综合窗口" in html and "李文静" in html and "0874-3123461" in html and "受理申请" in html
    screen = client.get(reverse("portal:window_screen", args=[world["agency"].pk])).content.decode()
    assert 'http-equiv="refresh"' in screen and "李文静" in screen


def test_unknown_and_bad_ids(client, world):
    assert client.get(reverse("portal:agency_detail", args=[99999])).status_code == 404
    assert client.get(reverse("portal:window_screen", args=[99999])).status_code == 404
    assert client.get(reverse("portal:officer_list"), {"agency": "abc", "page": "x"}).status_code == 200


def test_portal_is_read_only(client, world):
    assert client.post(reverse("portal:home")).status_code == 405


def test_dissolved_agency_is_not_published(client, world, make_agency):
    gone = make_agency("已撤销局", status="dissolved")
    assert client.get(reverse("portal:agency_detail", args=[gone.pk])).status_code == 404
    assert "已撤销局" not in client.get(reverse("portal:agency_list")).content.decode()
