from __future__ import annotations

from sanxiang.ledger.registry import register
from sanxiang.people.models import (
    Certificate,
    CertificateEvent,
    LegalReviewer,
    Officer,
    ReviewerTraining,
    WindowDuty,
    WindowPost,
)


def officer_state(o: Officer) -> dict:
    return {
        "agency": o.agency_id, "department": o.department_id, "post": o.post_id, "name": o.name,
        "gender": o.gender, "photo": o.photo.name if o.photo else "", "id_number": o.id_number,
        "mobile": o.mobile, "user": o.user_id, "status": o.status,
    }


def certificate_state(c: Certificate) -> dict:
    return {
        "officer": c.officer_id, "number": c.number, "issuer": c.issuer,
        "categories": sorted(c.categories.values_list("code", flat=True)), "region": c.region.code,
        "valid_from": c.valid_from.isoformat(), "valid_until": c.valid_until.isoformat(),
        "issued_on": c.issued_on.isoformat(),
    }


def register_all() -> None:
    register(Officer, state=officer_state)
    register(Certificate, state=certificate_state)
    register(CertificateEvent, state=lambda e: {
        "certificate": e.certificate_id, "kind": e.kind, "effective_on": e.effective_on.isoformat(),
        "reason": e.reason, "document_number": e.document_number,
    })
    register(LegalReviewer, state=lambda r: {
        "officer": r.officer_id, "legal_background": r.legal_background,
        "has_legal_qualification": r.has_legal_qualification, "qualification_number": r.qualification_number,
        "qualification_date": r.qualification_date.isoformat() if r.qualification_date else None,
        "first_review_on": r.first_review_on.isoformat() if r.first_review_on else None, "is_active": r.is_active,
    })
    register(ReviewerTraining, state=lambda t: {
        "reviewer": t.reviewer_id, "kind": t.kind, "title": t.title, "held_on": t.held_on.isoformat(),
        "hours": str(t.hours), "organiser": t.organiser,
    })
    register(WindowPost, state=lambda w: {
        "agency": w.agency_id, "department": w.department_id, "name": w.name, "location": w.location,
        "duties": w.duties, "phone": w.phone, "services": w.services, "complaint_channel": w.complaint_channel,
        "is_active": w.is_active,
    })
    register(WindowDuty, state=lambda d: {
        "window": d.window_id, "officer": d.officer_id, "starts_on": d.starts_on.isoformat(),
        "ends_on": d.ends_on.isoformat() if d.ends_on else None,
    })
