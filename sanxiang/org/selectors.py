"""Reads, scoped to the user. Every staff query for agency data starts from ``agencies_for(user)``."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q, QuerySet
from django.http import Http404

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
from sanxiang.org.permissions import ROLE_PERMS, Perm


def scoped_get(queryset: QuerySet, pk, not_found: str):
    """The object with ``pk`` from a scoped queryset, or 404 — both when it does not exist and when
    it lies outside the user's scope (no existence leak), and for a malformed ``pk``."""
    try:
        return queryset.get(pk=pk)
    except (queryset.model.DoesNotExist, ValueError, TypeError, OverflowError) as exc:
        raise Http404(not_found) from exc


def _perms_by_agency(user) -> dict[int, frozenset[Perm]]:
    """agency id → permissions from the user's roles (cached on the user object for the request)."""
    cached = getattr(user, "_sx_perms", None)
    if cached is not None:
        return cached
    perms: dict[int, set[Perm]] = {}
    if user.is_authenticated and user.is_active:
        for agency_id, role in Membership.objects.filter(user=user).values_list("agency_id", "role"):
            perms.setdefault(agency_id, set()).update(ROLE_PERMS.get(role, ()))
    frozen = {k: frozenset(v) for k, v in perms.items()}
    user._sx_perms = frozen
    return frozen


def _supervised_q(user) -> Q | None:
    prefixes = list(SupervisorScope.objects.filter(user=user).values_list("region__prefix", flat=True))
    if not prefixes:
        return None
    q = Q()
    for prefix in prefixes:
        q |= Q(region__code__startswith=prefix)
    return q


def agencies_for(user, perm: Perm = Perm.VIEW) -> QuerySet[Agency]:
    """The agencies ``user`` may act on with ``perm``; supervisors add their region's agencies for VIEW."""
    if not (user.is_authenticated and user.is_active):
        return Agency.objects.none()
    if user.is_superuser:
        return Agency.objects.all()
    ids = [agency_id for agency_id, perms in _perms_by_agency(user).items() if perm in perms]
    q = Q(pk__in=ids)
    if perm == Perm.VIEW:
        supervised = _supervised_q(user)
        if supervised is not None:
            q |= supervised
    return Agency.objects.filter(q).distinct()


def has_perm(user, agency: Agency | int, perm: Perm) -> bool:
    agency_id = getattr(agency, "pk", agency)
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    if perm in _perms_by_agency(user).get(agency_id, frozenset()):
        return True
    return perm == Perm.VIEW and agencies_for(user).filter(pk=agency_id).exists()


def agency_get(user, pk: int, perm: Perm = Perm.VIEW) -> Agency:
    """The agency, or 404 when it does not exist *or* is outside the user's scope (no existence leak)."""
    return scoped_get(agencies_for(user, perm), pk, "执法主体不存在或无权访问")


def require_perm(user, agency: Agency | int, perm: Perm) -> None:
    """``PermissionDenied`` (403) unless the user's role in ``agency`` grants ``perm``.
    Call it after loading the object through a scoped selector (which 404s outside the scope)."""
    if not has_perm(user, agency, perm):
        raise PermissionDenied("无权执行此操作")


def agency_for_action(user, pk: int, perm: Perm) -> Agency:
    """404 outside the user's scope; 403 when visible but the role lacks ``perm``."""
    agency = agency_get(user, pk)
    require_perm(user, agency, perm)
    return agency


def departments_for(user, perm: Perm = Perm.VIEW) -> QuerySet[Department]:
    return Department.objects.filter(agency__in=agencies_for(user, perm)).select_related("agency")


def posts_for(user, perm: Perm = Perm.VIEW) -> QuerySet[Post]:
    return Post.objects.filter(agency__in=agencies_for(user, perm)).select_related("agency", "department")


def leading_groups_for(user, perm: Perm = Perm.VIEW) -> QuerySet[LeadingGroup]:
    return LeadingGroup.objects.filter(agency__in=agencies_for(user, perm)).select_related("agency")


def memberships_of(user) -> QuerySet[Membership]:
    return Membership.objects.filter(user=user).select_related("agency", "department")


def supervisions_of(user) -> QuerySet[SupervisorScope]:
    return SupervisorScope.objects.filter(user=user).select_related("region", "supervising_agency")


def agency_detail(agency: Agency) -> dict:
    departments = list(agency.departments.all())
    return {
        "agency": agency,
        "departments": departments,
        "review_body": next((d for d in departments if d.is_legal_review_body), None),
        "group_office": next((d for d in departments if d.is_leading_group_office), None),
        "posts": list(agency.posts.select_related("department")),
        "groups": list(agency.leading_groups.prefetch_related("seats__post__department")),
        "memberships": list(agency.memberships.select_related("user", "department").order_by("role", "user__username")),
    }


def categories_by_codes(codes, *, field: str) -> list[EnforcementCategory]:
    """The categories with these codes; a ``ValidationError`` naming ``field`` lists any unknown code."""
    codes = list(codes)
    categories = list(EnforcementCategory.objects.filter(code__in=codes))
    unknown = set(codes) - {c.code for c in categories}
    if unknown:
        raise ValidationError({field: f"未知的执法类别代码：{'、'.join(sorted(unknown))}"})
    return categories


def region_by_code(code: str, *, field: str) -> Region:
    region = Region.objects.filter(code=code).first()
    if region is None:
        raise ValidationError({field: f"未知的行政区划代码：{code}"})
    return region


def regions_by_prefix(prefix: str, *, limit: int = 500) -> QuerySet[Region]:
    return Region.objects.filter(code__startswith=prefix)[:limit]


def regions_within(region: Region) -> QuerySet[Region]:
    return Region.objects.filter(code__startswith=region.prefix)


# Public reads (portal): only what 公示 requires, only active agencies.
def public_agencies() -> QuerySet[Agency]:
    return (Agency.objects.exclude(status="dissolved")
            .select_related("region", "region__parent", "enforcement_region").prefetch_related("categories"))


# ---- added for the staff pages and the portal (scoped gets; public agency detail) ----

def department_get(user, pk, perm: Perm = Perm.VIEW) -> Department:
    return scoped_get(departments_for(user, perm), pk, "科室不存在或无权访问")


def leading_group_get(user, pk, perm: Perm = Perm.VIEW) -> LeadingGroup:
    return scoped_get(leading_groups_for(user, perm), pk, "领导小组不存在或无权访问")


def seat_get(user, pk, perm: Perm = Perm.VIEW) -> LeadingGroupSeat:
    seats = LeadingGroupSeat.objects.filter(group__agency__in=agencies_for(user, perm)).select_related(
        "group", "group__agency", "post", "post__department")
    return scoped_get(seats, pk, "席位不存在或无权访问")


def membership_get(user, pk, perm: Perm = Perm.VIEW) -> Membership:
    memberships = Membership.objects.filter(agency__in=agencies_for(user, perm)).select_related(
        "user", "agency", "department")
    return scoped_get(memberships, pk, "角色授权不存在或无权访问")


def public_agency_get(pk) -> Agency:
    return scoped_get(public_agencies(), pk, "执法主体不存在")


def public_departments(agency: Agency) -> list[dict]:
    """机构设置 (seed 001 第五条): name, responsibilities and the public flags of each department."""
    return [
        {"name": d.name, "responsibilities": d.responsibilities, "holds_enforcement_power": d.holds_enforcement_power,
         "is_legal_review_body": d.is_legal_review_body, "is_leading_group_office": d.is_leading_group_office}
        for d in agency.departments.all()
    ]
