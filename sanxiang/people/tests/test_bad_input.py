"""Bad input gets a clear Chinese error naming the field; nothing already saved is lost."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from sanxiang.org.models import Agency
from sanxiang.org.services import agency_update
from sanxiang.people.models import Certificate, Officer
from sanxiang.people.services import (
    certificate_event_add,
    certificate_issue,
    officer_create,
    window_duty_assign,
)


@pytest.mark.django_db
def test_wrong_credit_code_named_and_agency_kept(make_agency):
    agency = make_agency("某局")
    good = agency.credit_code
    with pytest.raises(ValidationError) as exc:
        agency_update(actor="t", agency=agency, credit_code=good[:-1] + ("0" if good[-1] != "0" else "1"), head="新负责人")
    assert "credit_code" in exc.value.message_dict
    assert "统一社会信用代码" in exc.value.message_dict["credit_code"][0]
    agency.refresh_from_db()
    assert agency.credit_code == good and agency.head == "李明"   # nothing half-saved


@pytest.mark.django_db
def test_bad_phone_named(make_agency):
    agency = make_agency()
    with pytest.raises(ValidationError) as exc:
        agency_update(actor="t", agency=agency, supervision_phone="call me")
    assert "supervision_phone" in exc.value.message_dict


@pytest.mark.django_db
def test_certificate_ending_before_it_starts(make_agency, make_officer, category):
    officer = make_officer(make_agency())
    with pytest.raises(ValidationError) as exc:
        certificate_issue(actor="t", officer=officer, categories=[category], region=officer.agency.region,
                          number="X1", issuer="某政府", valid_from=date(2026, 1, 1), valid_until=date(2025, 1, 1),
                          issued_on=date(2026, 1, 1))
    assert exc.value.message_dict["valid_until"] == ["有效期至必须晚于有效期自。"]
    assert not Certificate.objects.exists()


@pytest.mark.django_db
def test_duplicate_certificate_number(make_agency, make_officer, make_certificate):
    officer = make_officer(make_agency())
    make_certificate(officer, number="DUP-1")
    with pytest.raises(ValidationError) as exc:
        make_certificate(officer, number="DUP-1")
    assert "number" in exc.value.message_dict
    assert Certificate.objects.count() == 1


@pytest.mark.django_db
def test_invalid_id_number_explained(make_agency):
    agency = make_agency()
    with pytest.raises(ValidationError) as exc:
        officer_create(actor="t", agency=agency, name="王芳", id_number="110105194912310021")
    assert "id_number" in exc.value.message_dict and "校验" in exc.value.message_dict["id_number"][0]
    with pytest.raises(ValidationError) as exc:
        officer_create(actor="t", agency=agency, name="王芳", id_number="110105194902300025")  # 30 Feb
    assert "id_number" in exc.value.message_dict
    assert not Officer.objects.filter(name="王芳").exists()


@pytest.mark.django_db
def test_department_from_another_agency_refused(make_agency):
    from sanxiang.org.services import department_create

    a, b = make_agency(), make_agency()
    dept_b = department_create(actor="t", agency=b, name="法规科")
    with pytest.raises(ValidationError) as exc:
        officer_create(actor="t", agency=a, name="赵强", department=dept_b)
    assert "department" in exc.value.message_dict


@pytest.mark.django_db
def test_suspension_needs_reason_and_document_number_is_normalised(make_agency, make_officer, make_certificate):
    cert = make_certificate(make_officer(make_agency()))
    with pytest.raises(ValidationError) as exc:
        certificate_event_add(actor="t", certificate=cert, kind="suspended", effective_on=date(2026, 1, 1))
    assert "reason" in exc.value.message_dict
    event = certificate_event_add(actor="t", certificate=cert, kind="suspended", effective_on=date(2026, 1, 1),
                                  reason="调查", document_number="麒审批[2026]第007号")
    assert event.document_number == "麒审批〔2026〕7号"
    with pytest.raises(ValidationError) as exc:
        certificate_event_add(actor="t", certificate=cert, kind="reinstated", effective_on=date(2026, 2, 1),
                              document_number="not a number")
    assert "document_number" in exc.value.message_dict


@pytest.mark.django_db
def test_duty_end_before_start(make_agency, make_officer):
    from sanxiang.people.services import window_create

    agency = make_agency()
    window = window_create(actor="t", agency=agency, name="一号窗口", duties="受理", phone="0874-3123458")
    with pytest.raises(ValidationError) as exc:
        window_duty_assign(actor="t", window=window, officer=make_officer(agency), starts_on=date(2026, 5, 1),
                           ends_on=date(2026, 4, 1))
    assert "ends_on" in exc.value.message_dict


@pytest.mark.django_db
def test_failed_update_leaves_no_ledger_event(make_agency):
    from sanxiang.ledger.models import Entry

    agency = make_agency()
    before = Entry.objects.count()
    with pytest.raises(ValidationError):
        agency_update(actor="t", agency=agency, credit_code="123")
    assert Entry.objects.count() == before
    assert Agency.objects.get(pk=agency.pk).credit_code == agency.credit_code
