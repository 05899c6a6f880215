"""People API: officers, certificates, the 持证上岗 check, certificate warnings."""

from __future__ import annotations

from datetime import date

from ninja import Field, Query, Router, Schema, Status

from sanxiang.core.converters import Id, IsoDate
from sanxiang.org.permissions import Perm
from sanxiang.org.selectors import categories_by_codes, region_by_code, require_perm
from sanxiang.people import services
from sanxiang.people.authorization import certificate_status, may_act
from sanxiang.people.models import CertificateEventKind
from sanxiang.people.selectors import certificate_get, certificate_warnings, officer_get, officers_for

router = Router(tags=["执法人员 people"])


class CertificateOut(Schema):
    id: int
    number: str
    issuer: str
    categories: list[str]
    region: str
    valid_from: date
    valid_until: date
    status: str

    @staticmethod
    def resolve_categories(obj) -> list[str]:
        return [c.code for c in obj.categories.all()]

    @staticmethod
    def resolve_region(obj) -> str:
        return obj.region.code

    @staticmethod
    def resolve_status(obj) -> str:
        return certificate_status(obj, date.today()).value


class OfficerOut(Schema):
    id: int
    agency_id: int
    name: str
    department: str | None
    post: str | None
    status: str

    @staticmethod
    def resolve_department(obj) -> str | None:
        return obj.department.name if obj.department_id else None

    @staticmethod
    def resolve_post(obj) -> str | None:
        return obj.post.title if obj.post_id else None


class OfficerDetailOut(OfficerOut):
    certificates: list[CertificateOut]

    @staticmethod
    def resolve_certificates(obj) -> list:
        return list(obj.certificates.prefetch_related("categories", "events").select_related("region"))


class CertificateIn(Schema):
    number: str = Field(..., min_length=1, max_length=40)
    issuer: str = Field(..., min_length=1, max_length=100)
    category_codes: list[str] = Field(..., min_length=1)
    region_code: str = Field(..., pattern=r"^\d{6}$")
    valid_from: IsoDate
    valid_until: IsoDate
    issued_on: IsoDate


class CertificateEventIn(Schema):
    kind: CertificateEventKind
    effective_on: IsoDate
    reason: str = ""
    document_number: str = ""


class CertificateEventOut(Schema):
    id: int
    kind: str
    effective_on: date
    reason: str
    document_number: str


class AuthorizationOut(Schema):
    allowed: bool
    reason: str
    certificate: str | None
    details: list[str]


class WarningOut(Schema):
    certificate: str
    officer_id: int
    officer: str
    agency: str
    valid_until: date
    status: str
    level: str
    days_left: int


@router.get("/officers", response=list[OfficerOut], summary="人员列表")
def list_officers(request, agency_id: Id | None = None):
    qs = officers_for(request.user)
    if agency_id is not None:
        qs = qs.filter(agency_id=agency_id)
    return qs


@router.get("/officers/{officer_id}", response=OfficerDetailOut, summary="人员详情（含证件）")
def get_officer(request, officer_id: Id):
    return officer_get(request.user, officer_id)


@router.post("/officers/{officer_id}/certificates", response={201: CertificateOut}, summary="登记执法证件")
def issue_certificate(request, officer_id: Id, payload: CertificateIn):
    officer = officer_get(request.user, officer_id)
    require_perm(request.user, officer.agency_id, Perm.MANAGE_PEOPLE)
    data = payload.dict()
    categories = categories_by_codes(data.pop("category_codes"), field="category_codes")
    region = region_by_code(data.pop("region_code"), field="region_code")
    cert = services.certificate_issue(actor=request.user, officer=officer, categories=categories, region=region, **data)
    return Status(201, cert)


@router.post("/certificates/{certificate_id}/events", response={201: CertificateEventOut}, summary="证件年审、暂扣、恢复、吊销")
def add_certificate_event(request, certificate_id: Id, payload: CertificateEventIn):
    cert = certificate_get(request.user, certificate_id)
    require_perm(request.user, cert.officer.agency_id, Perm.MANAGE_PEOPLE)
    event = services.certificate_event_add(actor=request.user, certificate=cert, kind=payload.kind.value,
                                           effective_on=payload.effective_on, reason=payload.reason,
                                           document_number=payload.document_number)
    return Status(201, event)


@router.get("/certificates/warnings", response=list[WarningOut], summary="证件到期预警（黄：60日内到期；红：已过期或暂扣）")
def warnings(request, on: IsoDate | None = None):
    return [
        {"certificate": w.certificate.number, "officer_id": w.certificate.officer_id,
         "officer": w.certificate.officer.name, "agency": w.certificate.officer.agency.name,
         "valid_until": w.certificate.valid_until, "status": w.status.value, "level": w.level,
         "days_left": w.days_left}
        for w in certificate_warnings(request.user, today=on)
    ]


class AuthorizationQuery(Schema):
    officer: Id
    category: str = Field(..., description="执法类别代码")
    region: str = Field(..., pattern=r"^\d{6}$", description="行政区划代码")
    on: IsoDate = Field(..., description="日期 YYYY-MM-DD")


@router.get("/authorization", response=AuthorizationOut, summary="持证上岗核验：该人员在该日期能否在该区域办理该类别事项")
def authorization(request, query: Query[AuthorizationQuery]):
    officer = officer_get(request.user, query.officer)
    (category,) = categories_by_codes([query.category], field="category")
    region = region_by_code(query.region, field="region")
    result = may_act(officer, category, region, query.on)
    return {"allowed": result.allowed, "reason": result.reason,
            "certificate": result.certificate.number if result.certificate else None, "details": result.details}

