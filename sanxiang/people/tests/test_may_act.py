"""持证上岗 (行政处罚法 Art 42): only a valid certificate for the category and region on the date lets an officer act."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError

from sanxiang.people.authorization import certificate_status, may_act
from sanxiang.people.models import CertificateStatus
from sanxiang.people.services import certificate_event_add, officer_update

TODAY = date(2026, 11, 22)


@pytest.fixture
def officer(make_agency, make_officer):
    return make_officer(make_agency("麒麟局", "530302"), name="张伟")


@pytest.fixture
def cert(officer, make_certificate):
    return make_certificate(officer, number="云53030200001", valid_from=date(2024, 1, 1), valid_until=date(2028, 12, 31))


@pytest.mark.django_db
def test_valid_certificate_allows(officer, cert, category, regions):
    result = may_act(officer, category, regions["530302"], TODAY)
    assert result.allowed and result.certificate == cert
    assert "云53030200001" in result.reason


@pytest.mark.django_db
def test_no_certificate(officer, category, regions):
    result = may_act(officer, category, regions["530302"], TODAY)
    assert not result.allowed and "未持有行政执法证件" in result.reason


@pytest.mark.django_db
def test_wrong_category_is_named(officer, cert, other_category, regions):
    result = may_act(officer, other_category, regions["530302"], TODAY)
    assert not result.allowed and "市场监管" in result.reason and "行政审批" in result.reason


@pytest.mark.django_db
def test_region_outside_certificate(officer, cert, category, regions):
    # A 麒麟区 certificate does not cover 红塔区, nor the whole of 曲靖市.
    assert not may_act(officer, category, regions["530402"], TODAY).allowed
    assert not may_act(officer, category, regions["530300"], TODAY).allowed


@pytest.mark.django_db
def test_city_certificate_covers_its_counties(make_agency, make_officer, make_certificate, category, regions):
    officer = make_officer(make_agency("市局", "530300"))
    make_certificate(officer, region=regions["530300"], valid_from=date(2025, 1, 1), valid_until=date(2030, 1, 1))
    assert may_act(officer, category, regions["530302"], TODAY).allowed


@pytest.mark.django_db
@pytest.mark.parametrize(("on", "allowed", "words"), [
    (date(2023, 12, 31), False, "生效"),      # before valid_from
    (date(2024, 1, 1), True, ""),            # first day
    (date(2028, 12, 31), True, "到期"),       # last day, expiring soon
    (date(2029, 1, 1), False, "过期"),        # the day after
])
def test_validity_bounds(officer, cert, category, regions, on, allowed, words):
    result = may_act(officer, category, regions["530302"], on)
    assert result.allowed is allowed
    assert words in result.reason


@pytest.mark.django_db
def test_suspension_has_a_date_and_reinstatement_lifts_it(officer, cert, category, regions):
    certificate_event_add(actor="t", certificate=cert, kind="suspended", effective_on=date(2026, 11, 1), reason="违纪调查")
    assert may_act(officer, category, regions["530302"], date(2026, 10, 31)).allowed  # before the suspension
    blocked = may_act(officer, category, regions["530302"], TODAY)
    assert not blocked.allowed and "暂扣" in blocked.reason and "违纪调查" in blocked.reason
    certificate_event_add(actor="t", certificate=cert, kind="reinstated", effective_on=date(2026, 11, 20))
    assert may_act(officer, category, regions["530302"], TODAY).allowed


@pytest.mark.django_db
def test_failed_check_suspends_until_passed(officer, cert, category, regions):
    certificate_event_add(actor="t", certificate=cert, kind="check_failed", effective_on=date(2026, 3, 1), reason="学时不足")
    assert certificate_status(cert, TODAY) == CertificateStatus.SUSPENDED
    certificate_event_add(actor="t", certificate=cert, kind="check_passed", effective_on=date(2026, 6, 1))
    assert may_act(officer, category, regions["530302"], TODAY).allowed


@pytest.mark.django_db
def test_revocation_is_final(officer, cert, category, regions):
    certificate_event_add(actor="t", certificate=cert, kind="revoked", effective_on=date(2026, 5, 1), reason="调离")
    with pytest.raises(ValidationError):
        certificate_event_add(actor="t", certificate=cert, kind="reinstated", effective_on=date(2026, 6, 1))
    result = may_act(officer, category, regions["530302"], TODAY)
    assert not result.allowed and "吊销" in result.reason


@pytest.mark.django_db
def test_officer_who_left_cannot_act(officer, cert, category, regions):
    officer = officer_update(actor="t", officer=officer, status="transferred")
    result = may_act(officer, category, regions["530302"], TODAY)
    assert not result.allowed and "调离" in result.reason


@pytest.mark.django_db
def test_second_certificate_is_used_when_first_expired(officer, cert, make_certificate, category, regions):
    make_certificate(officer, number="云53030200002", valid_from=date(2029, 1, 1), valid_until=date(2034, 1, 1))
    assert may_act(officer, category, regions["530302"], date(2030, 6, 1)).certificate.number == "云53030200002"


@pytest.mark.django_db
def test_expiring_warning_window(officer, make_certificate):
    cert = make_certificate(officer, valid_from=TODAY - timedelta(days=1000), valid_until=TODAY + timedelta(days=60))
    assert certificate_status(cert, TODAY) == CertificateStatus.EXPIRING
    assert certificate_status(cert, TODAY - timedelta(days=1)) == CertificateStatus.VALID
