"""A photo is public only while its officer is shown publicly."""

from datetime import date, timedelta

import pytest
from django.core.files.base import ContentFile
from django.http import Http404

from sanxiang.demo.loader import portrait_png
from sanxiang.people.selectors import public_officer_photo
from sanxiang.people.services import officer_update, window_create, window_duty_assign


@pytest.fixture
def officer(make_agency, make_officer):
    return make_officer(make_agency(), name="孙丽", photo=ContentFile(portrait_png(1), name="p.png"))


@pytest.mark.django_db
def test_uncertified_officer_photo_is_not_public(officer):
    with pytest.raises(Http404):
        public_officer_photo(officer.pk)


@pytest.mark.django_db
def test_certified_officer_photo_is_public_until_they_leave(officer, make_certificate):
    make_certificate(officer)
    assert public_officer_photo(officer.pk) == officer
    officer_update(actor="t", officer=officer, status="retired")
    with pytest.raises(Http404):
        public_officer_photo(officer.pk)


@pytest.mark.django_db
def test_window_staff_photo_is_public_while_on_duty(officer):
    window = window_create(actor="t", agency=officer.agency, name="窗口", duties="受理", phone="0874-3123458")
    window_duty_assign(actor="t", window=window, officer=officer, starts_on=date.today() - timedelta(days=3),
                       ends_on=date.today() + timedelta(days=3))
    assert public_officer_photo(officer.pk) == officer
    with pytest.raises(Http404):
        public_officer_photo(officer.pk, today=date.today() + timedelta(days=10))


@pytest.mark.django_db
def test_garbage_id_is_404():
    with pytest.raises(Http404):
        public_officer_photo("x")
