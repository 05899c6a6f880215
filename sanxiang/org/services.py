"""Every write to the organisation goes through here, with its ledger event in the same transaction."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import models, transaction

from sanxiang.ledger.registry import subject_label
from sanxiang.ledger.services import record
from sanxiang.org.models import (
    Agency,
    Department,
    EnforcementCategory,
    LeadingGroup,
    LeadingGroupSeat,
    Membership,
    Post,
    Region,
    SupervisorScope,
)


def _jsonable(value: Any) -> Any:
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, File):  # uploads and stored files: the record keeps the file's name
        return value.name or ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def apply_changes(obj: models.Model, fields: dict[str, Any]) -> dict[str, list]:
    """Set ``fields`` on ``obj``, validate, save only what changed; return {field: [old, new]}."""
    changed: dict[str, list] = {}
    for name, value in fields.items():
        old = getattr(obj, name)
        if old != value:
            changed[name] = [_jsonable(old), _jsonable(value)]
            setattr(obj, name, value)
    obj.full_clean()
    if obj.pk is None:
        obj.save()
    elif changed:
        obj.save(update_fields=[obj._meta.get_field(n).attname for n in changed] + (
            ["updated_at"] if hasattr(obj, "updated_at") else []))
    return changed


@transaction.atomic
def region_create(*, actor, code: str, name: str) -> Region:
    """Create a GB/T 2260 region; its parent is found from the code (530302 → 530300 → 530000)."""
    level = Region.level_for(code)
    parent = None
    if level != "province":
        parent_code = code[:4] + "00" if level == "county" else code[:2] + "0000"
        parent = Region.objects.filter(code=parent_code).first()
        if parent is None and level == "county":
            parent = Region.objects.filter(code=code[:2] + "0000").first()
    region = Region(code=code, name=name, level=level, parent=parent, prefix=Region.prefix_for(code))
    region.full_clean()
    region.save()
    record(kind="org.region.created", actor=actor, agency=None, subject=region, data={"code": code, "name": name})
    return region


@transaction.atomic
def agency_create(*, actor, categories: Iterable[EnforcementCategory] = (), **fields: Any) -> Agency:
    agency = Agency(**fields)
    agency.full_clean()
    agency.save()
    agency.categories.set(list(categories))
    record(kind="org.agency.created", actor=actor, agency=agency, subject=agency,
           data={"name": agency.name, "credit_code": agency.credit_code})
    return agency


@transaction.atomic
def agency_update(*, actor, agency: Agency, categories: Iterable[EnforcementCategory] | None = None,
                  **fields: Any) -> Agency:
    agency = Agency.objects.select_for_update().get(pk=agency.pk)
    changed = apply_changes(agency, fields)
    if categories is not None:
        old = sorted(agency.categories.values_list("code", flat=True))
        new = sorted(c.code for c in categories)
        if old != new:
            agency.categories.set(list(categories))
            changed["categories"] = [old, new]
    if changed:
        record(kind="org.agency.updated", actor=actor, agency=agency, subject=agency, data={"changed": changed})
    return agency


@transaction.atomic
def department_create(*, actor, agency: Agency, **fields: Any) -> Department:
    department = Department(agency=agency, **fields)
    department.full_clean()
    department.save()
    record(kind="org.department.created", actor=actor, agency=agency, subject=department,
           data={"name": department.name})
    return department


@transaction.atomic
def department_update(*, actor, department: Department, **fields: Any) -> Department:
    department = Department.objects.select_for_update().get(pk=department.pk)
    changed = apply_changes(department, fields)
    if changed:
        record(kind="org.department.updated", actor=actor, agency=department.agency_id, subject=department,
               data={"changed": changed})
    return department


@transaction.atomic
def post_create(*, actor, agency: Agency, title: str, department: Department | None = None, order: int = 0) -> Post:
    post = Post(agency=agency, department=department, title=title, order=order)
    post.full_clean()
    post.save()
    record(kind="org.post.created", actor=actor, agency=agency, subject=post, data={"title": str(post)})
    return post


@transaction.atomic
def leading_group_create(*, actor, agency: Agency, **fields: Any) -> LeadingGroup:
    group = LeadingGroup(agency=agency, **fields)
    group.full_clean()
    group.save()
    record(kind="org.leading_group.created", actor=actor, agency=agency, subject=group, data={"name": group.name})
    return group


@transaction.atomic
def leading_group_seat_add(*, actor, group: LeadingGroup, post: Post, role: str, order: int = 0) -> LeadingGroupSeat:
    seat = LeadingGroupSeat(group=group, post=post, role=role, order=order)
    seat.full_clean()
    if post.agency_id != group.agency_id:
        raise ValidationError({"post": "职务必须属于本执法主体。"})
    seat.save()
    record(kind="org.leading_group.seat_added", actor=actor, agency=group.agency_id, subject=seat,
           data={"group": group.pk, "post": str(post), "role": role})
    return seat


@transaction.atomic
def leading_group_seat_remove(*, actor, seat: LeadingGroupSeat) -> None:
    label = subject_label(seat)
    agency_id = seat.group.agency_id
    data = {"deleted": True, "group": seat.group_id, "post": str(seat.post), "role": seat.role}
    seat.delete()
    record(kind="org.leading_group.seat_removed", actor=actor, agency=agency_id, subject=label, data=data)


@transaction.atomic
def membership_grant(*, actor, user, agency: Agency, role: str, department: Department | None = None) -> Membership:
    membership = Membership(user=user, agency=agency, role=role, department=department)
    membership.full_clean()
    if department is not None and department.agency_id != agency.pk:
        raise ValidationError({"department": "科室必须属于本执法主体。"})
    membership.save()
    record(kind="org.membership.granted", actor=actor, agency=agency, subject=membership,
           data={"user": user.get_username(), "role": role})
    return membership


@transaction.atomic
def membership_revoke(*, actor, membership: Membership) -> None:
    label = subject_label(membership)
    data = {"deleted": True, "user": membership.user.get_username(), "role": membership.role}
    agency_id = membership.agency_id
    membership.delete()
    record(kind="org.membership.revoked", actor=actor, agency=agency_id, subject=label, data=data)


@transaction.atomic
def supervisor_scope_grant(*, actor, user, region: Region, supervising_agency: Agency) -> SupervisorScope:
    scope = SupervisorScope(user=user, region=region, supervising_agency=supervising_agency)
    scope.full_clean()
    scope.save()
    record(kind="org.supervision.granted", actor=actor, agency=supervising_agency, subject=f"org.supervisorscope:{scope.pk}",
           data={"user": user.get_username(), "region": region.code})
    return scope


@transaction.atomic
def supervisor_scope_revoke(*, actor, scope: SupervisorScope) -> None:
    label = f"org.supervisorscope:{scope.pk}"
    data = {"deleted": True, "user": scope.user.get_username(), "region": scope.region.code}
    agency_id = scope.supervising_agency_id
    scope.delete()
    record(kind="org.supervision.revoked", actor=actor, agency=agency_id, subject=label, data=data)


@transaction.atomic
def category_get_or_create(*, actor, code: str, name: str) -> EnforcementCategory:
    category, created = EnforcementCategory.objects.get_or_create(code=code, defaults={"name": name})
    if created:
        record(kind="org.category.created", actor=actor, agency=None, subject=f"org.enforcementcategory:{category.pk}",
               data={"code": code, "name": name})
    return category
