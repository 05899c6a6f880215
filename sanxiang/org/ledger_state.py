"""What the record vouches for, per model: ``sanxiang ledger verify`` recomputes these digests."""

from __future__ import annotations

from sanxiang.ledger.registry import register
from sanxiang.org.models import Agency, Department, LeadingGroup, LeadingGroupSeat, Membership, Post, Region


def agency_state(a: Agency) -> dict:
    return {
        "name": a.name, "short_name": a.short_name, "level": a.level, "region": a.region.code,
        "credit_code": a.credit_code, "head": a.head, "office_address": a.office_address,
        "categories": sorted(a.categories.values_list("code", flat=True)),
        "enforcement_region": a.enforcement_region.code, "enforcement_region_note": a.enforcement_region_note,
        "contact_phone": a.contact_phone, "supervision_phone": a.supervision_phone,
        "legal_basis": a.legal_basis, "status": a.status, "website": a.website,
    }


def department_state(d: Department) -> dict:
    return {
        "agency": d.agency_id, "name": d.name, "responsibilities": d.responsibilities,
        "holds_enforcement_power": d.holds_enforcement_power, "is_legal_review_body": d.is_legal_review_body,
        "is_leading_group_office": d.is_leading_group_office,
    }


def register_all() -> None:
    register(Region, state=lambda r: {"code": r.code, "name": r.name, "parent": r.parent_id})
    register(Agency, state=agency_state)
    register(Department, state=department_state)
    register(Post, state=lambda p: {"agency": p.agency_id, "department": p.department_id, "title": p.title})
    register(LeadingGroup, state=lambda g: {
        "agency": g.agency_id, "name": g.name, "established_by": g.established_by,
        "established_on": g.established_on.isoformat() if g.established_on else None,
        "office_department": g.office_department_id, "office_director_post": g.office_director_post_id,
    })
    register(LeadingGroupSeat, state=lambda s: {"group": s.group_id, "post": s.post_id, "role": s.role})
    register(Membership, state=lambda m: {"user": m.user_id, "agency": m.agency_id, "role": m.role,
                                          "department": m.department_id})
