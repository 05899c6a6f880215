"""Every write about people goes through here, with its ledger event in the same transaction."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from sanxiang.kernel.identifiers import normalize_document_number
from sanxiang.ledger.services import record
from sanxiang.org.models import EnforcementCategory
from sanxiang.org.services import apply_changes
from sanxiang.people.models import (
    Certificate,
    CertificateEvent,
    CertificateEventKind,
    LegalReviewer,
    Officer,
    ReviewerTraining,
    WindowDuty,
    WindowPost,
)


def _same_agency(officer_or_window, **related) -> None:
    errors = {}
    for field, obj in related.items():
        if obj is not None and getattr(obj, "agency_id", None) != officer_or_window.agency_id:
            errors[field] = "必须属于本执法主体。"
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def officer_create(*, actor, **fields: Any) -> Officer:
    officer = Officer(**fields)
    _same_agency(officer, department=officer.department, post=officer.post)
    officer.full_clean()
    officer.save()
    record(kind="people.officer.created", actor=actor, agency=officer.agency_id, subject=officer,
           data={"name": officer.name})
    return officer


@transaction.atomic
def officer_update(*, actor, officer: Officer, **fields: Any) -> Officer:
    officer = Officer.objects.select_for_update().get(pk=officer.pk)
    changed = apply_changes(officer, fields)
    _same_agency(officer, department=officer.department, post=officer.post)
    if changed:
        for private in ("id_number", "mobile"):
            if private in changed:
                changed[private] = ["***", "***"]  # the state digest covers them; the event does not repeat them
        record(kind="people.officer.updated", actor=actor, agency=officer.agency_id, subject=officer,
               data={"changed": changed})
    return officer


@transaction.atomic
def certificate_issue(*, actor, officer: Officer, categories: Iterable[EnforcementCategory], **fields: Any) -> Certificate:
    categories = list(categories)
    if not categories:
        raise ValidationError({"categories": "至少选择一个执法类别。"})
    cert = Certificate(officer=officer, **fields)
    errors: dict[str, str] = {}
    if cert.valid_from and cert.valid_until and cert.valid_until <= cert.valid_from:
        errors["valid_until"] = "有效期至必须晚于有效期自。"
    try:
        cert.full_clean()
    except ValidationError as exc:
        for k, v in exc.message_dict.items():
            errors.setdefault(k, "；".join(v))
    if errors:
        raise ValidationError(errors)
    cert.save()
    cert.categories.set(categories)
    record(kind="people.certificate.issued", actor=actor, agency=officer.agency_id, subject=cert,
           data={"officer": officer.pk, "number": cert.number, "valid_until": cert.valid_until.isoformat()})
    return cert


@transaction.atomic
def certificate_event_add(*, actor, certificate: Certificate, kind: str, effective_on: date, reason: str = "",
                          document_number: str = "") -> CertificateEvent:
    """年审、暂扣、恢复、吊销. Events are never edited; a mistake is corrected by a further event."""
    if kind not in CertificateEventKind.values:
        raise ValidationError({"kind": "未知的证件事项。"})
    if kind in (CertificateEventKind.SUSPENDED, CertificateEventKind.REVOKED, CertificateEventKind.CHECK_FAILED) and not reason.strip():
        raise ValidationError({"reason": "暂扣、吊销或年审不合格必须填写事由。"})
    if certificate.events.filter(kind=CertificateEventKind.REVOKED, effective_on__lte=effective_on).exists():
        raise ValidationError({"kind": "证件已被吊销，不能再登记其他事项。"})
    if document_number:
        try:
            document_number = normalize_document_number(document_number)
        except ValueError as exc:
            raise ValidationError({"document_number": str(exc)}) from exc
    event = CertificateEvent(certificate=certificate, kind=kind, effective_on=effective_on, reason=reason.strip(),
                             document_number=document_number, created_by=actor if getattr(actor, "pk", None) else None)
    event.full_clean()
    event.save()
    record(kind=f"people.certificate.{kind}", actor=actor, agency=certificate.officer.agency_id, subject=event,
           data={"certificate": certificate.number, "effective_on": effective_on.isoformat(), "reason": event.reason})
    return event


@transaction.atomic
def reviewer_register(*, actor, officer: Officer, **fields: Any) -> LegalReviewer:
    reviewer = LegalReviewer(officer=officer, **fields)
    _check_reviewer(reviewer)
    reviewer.full_clean()
    reviewer.save()
    record(kind="people.reviewer.registered", actor=actor, agency=officer.agency_id, subject=reviewer,
           data={"officer": officer.pk, "has_legal_qualification": reviewer.has_legal_qualification})
    return reviewer


@transaction.atomic
def reviewer_update(*, actor, reviewer: LegalReviewer, **fields: Any) -> LegalReviewer:
    reviewer = LegalReviewer.objects.select_for_update().get(pk=reviewer.pk)
    changed = apply_changes(reviewer, fields)
    _check_reviewer(reviewer)
    if changed:
        record(kind="people.reviewer.updated", actor=actor, agency=reviewer.officer.agency_id, subject=reviewer,
               data={"changed": changed})
    return reviewer


def _check_reviewer(reviewer: LegalReviewer) -> None:
    errors = {}
    if reviewer.has_legal_qualification and not reviewer.qualification_number.strip():
        errors["qualification_number"] = "已取得法律职业资格的，应填写资格证书编号。"
    if reviewer.qualification_date and reviewer.qualification_date > date.today():
        errors["qualification_date"] = "取得资格日期不能晚于今天。"
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def training_add(*, actor, reviewer: LegalReviewer, **fields: Any) -> ReviewerTraining:
    training = ReviewerTraining(reviewer=reviewer, **fields)
    training.full_clean()
    training.save()
    record(kind="people.reviewer.training_added", actor=actor, agency=reviewer.officer.agency_id, subject=training,
           data={"reviewer": reviewer.pk, "title": training.title})
    return training


@transaction.atomic
def window_create(*, actor, **fields: Any) -> WindowPost:
    window = WindowPost(**fields)
    _same_agency(window, department=window.department)
    window.full_clean()
    window.save()
    record(kind="people.window.created", actor=actor, agency=window.agency_id, subject=window, data={"name": window.name})
    return window


@transaction.atomic
def window_update(*, actor, window: WindowPost, **fields: Any) -> WindowPost:
    window = WindowPost.objects.select_for_update().get(pk=window.pk)
    changed = apply_changes(window, fields)
    _same_agency(window, department=window.department)
    if changed:
        record(kind="people.window.updated", actor=actor, agency=window.agency_id, subject=window,
               data={"changed": changed})
    return window


@transaction.atomic
def window_duty_assign(*, actor, window: WindowPost, officer: Officer, starts_on: date,
                       ends_on: date | None = None) -> WindowDuty:
    if officer.agency_id != window.agency_id:
        raise ValidationError({"officer": "工作人员必须属于本执法主体。"})
    duty = WindowDuty(window=window, officer=officer, starts_on=starts_on, ends_on=ends_on)
    if ends_on and ends_on < starts_on:
        raise ValidationError({"ends_on": "结束日期不能早于开始日期。"})
    duty.full_clean()
    duty.save()
    record(kind="people.window.duty_assigned", actor=actor, agency=window.agency_id, subject=duty,
           data={"window": window.pk, "officer": officer.pk, "starts_on": starts_on.isoformat()})
    return duty


@transaction.atomic
def window_duty_end(*, actor, duty: WindowDuty, ends_on: date) -> WindowDuty:
    if ends_on < duty.starts_on:
        raise ValidationError({"ends_on": "结束日期不能早于开始日期。"})
    duty.ends_on = ends_on
    duty.save(update_fields=["ends_on"])
    record(kind="people.window.duty_ended", actor=actor, agency=duty.window.agency_id, subject=duty,
           data={"ends_on": ends_on.isoformat()})
    return duty


