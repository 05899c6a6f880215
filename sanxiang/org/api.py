"""Organisation API: agencies and departments in the caller's scope."""

from __future__ import annotations

from ninja import Field, Router, Schema, Status

from sanxiang.core.converters import Id
from sanxiang.org import services
from sanxiang.org.permissions import Perm
from sanxiang.org.selectors import (
    agencies_for,
    agency_for_action,
    agency_get,
    categories_by_codes,
    departments_for,
    regions_by_prefix,
)

router = Router(tags=["组织机构 org"])


class RegionOut(Schema):
    code: str
    name: str


class AgencyOut(Schema):
    id: int
    name: str
    short_name: str
    level: str
    region: RegionOut
    credit_code: str
    head: str
    office_address: str
    categories: list[str]
    enforcement_region: RegionOut
    enforcement_region_note: str
    contact_phone: str
    supervision_phone: str
    legal_basis: str
    status: str
    website: str

    @staticmethod
    def resolve_categories(obj) -> list[str]:
        return [c.name for c in obj.categories.all()]


class AgencyPatch(Schema):
    head: str | None = None
    office_address: str | None = None
    contact_phone: str | None = None
    supervision_phone: str | None = None
    legal_basis: str | None = None
    enforcement_region_note: str | None = None
    credit_code: str | None = None
    website: str | None = None
    category_codes: list[str] | None = None


class DepartmentOut(Schema):
    id: int
    agency_id: int
    name: str
    responsibilities: str
    holds_enforcement_power: bool
    is_legal_review_body: bool
    is_leading_group_office: bool


class DepartmentIn(Schema):
    name: str = Field(..., min_length=1, max_length=60)
    responsibilities: str = ""
    holds_enforcement_power: bool = False
    is_legal_review_body: bool = False
    is_leading_group_office: bool = False


@router.get("/agencies", response=list[AgencyOut], summary="可访问的执法主体")
def list_agencies(request):
    return agencies_for(request.user).select_related("region", "enforcement_region").prefetch_related("categories")


@router.get("/agencies/{agency_id}", response=AgencyOut, summary="执法主体详情")
def get_agency(request, agency_id: Id):
    return agency_get(request.user, agency_id)


@router.patch("/agencies/{agency_id}", response=AgencyOut, summary="修改执法主体信息")
def patch_agency(request, agency_id: Id, payload: AgencyPatch):
    agency = agency_for_action(request.user, agency_id, Perm.MANAGE_ORG)
    fields = payload.dict(exclude_unset=True)
    codes = fields.pop("category_codes", None)
    categories = None if codes is None else categories_by_codes(codes, field="category_codes")
    return services.agency_update(actor=request.user, agency=agency, categories=categories, **fields)


@router.get("/agencies/{agency_id}/departments", response=list[DepartmentOut], summary="科室")
def list_departments(request, agency_id: Id):
    agency = agency_get(request.user, agency_id)
    return agency.departments.all()


@router.post("/agencies/{agency_id}/departments", response={201: DepartmentOut}, summary="新增科室")
def create_department(request, agency_id: Id, payload: DepartmentIn):
    agency = agency_for_action(request.user, agency_id, Perm.MANAGE_ORG)
    return Status(201, services.department_create(actor=request.user, agency=agency, **payload.dict()))


@router.get("/departments", response=list[DepartmentOut], summary="可访问的全部科室")
def all_departments(request):
    return departments_for(request.user)


@router.get("/regions", response=list[RegionOut], summary="行政区划")
def list_regions(request, prefix: str = ""):
    return regions_by_prefix(prefix)

