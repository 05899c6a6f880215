"""Reads about people, scoped to the user through ``org.selectors.agencies_for``; public reads below."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404

from sanxiang.org.models import LeadingGroup
from sanxiang.org.permissions import Perm
from sanxiang.org.selectors import agencies_for, scoped_get
from sanxiang.people.authorization import certificate_status
from sanxiang.people.models import (
    Certificate,
    CertificateStatus,
    LegalReviewer,
    Officer,
    OfficerStatus,
    WindowDuty,
    WindowPost,
)


def officers_for(user, perm: Perm = Perm.VIEW) -> QuerySet[Officer]:
    return (Officer.objects.filter(agency__in=agencies_for(user, perm))
            .select_related("agency", "department", "post"))


def officer_get(user, pk, perm: Perm = Perm.VIEW) -> Officer:
    return scoped_get(officers_for(user, perm), pk, "人员不存在或无权访问")


def certificates_for(user, perm: Perm = Perm.VIEW) -> QuerySet[Certificate]:
    return (Certificate.objects.filter(officer__agency__in=agencies_for(user, perm))
            .select_related("officer", "officer__agency", "region").prefetch_related("categories", "events"))


def certificate_get(user, pk, perm: Perm = Perm.VIEW) -> Certificate:
    return scoped_get(certificates_for(user, perm), pk, "证件不存在或无权访问")


@dataclass(frozen=True)
class CertificateWarning:
    certificate: Certificate
    status: CertificateStatus
    days_left: int

    @property
    def level(self) -> str:
        return "yellow" if self.status == CertificateStatus.EXPIRING else "red"


ATTENTION = {CertificateStatus.EXPIRING, CertificateStatus.EXPIRED, CertificateStatus.SUSPENDED}


def certificate_warnings(user, *, today: date | None = None) -> list[CertificateWarning]:
    """Certificates of active officers that need attention: expiring within the warning window
    (yellow), expired or suspended (red). Revoked ones are history, not work."""
    today = today or date.today()
    horizon = today.toordinal() + settings.CERTIFICATE_WARNING_DAYS
    candidates = certificates_for(user).filter(officer__status=OfficerStatus.ACTIVE).filter(
        Q(valid_until__lte=date.fromordinal(horizon)) | Q(events__isnull=False)).distinct()
    warnings = []
    for cert in candidates:
        status = certificate_status(cert, today)
        if status in ATTENTION:
            # An expired certificate already replaced by a valid one is not work.
            if status == CertificateStatus.EXPIRED and _has_successor(cert, today):
                continue
            warnings.append(CertificateWarning(cert, status, (cert.valid_until - today).days))
    warnings.sort(key=lambda w: (w.level != "red", w.days_left))
    return warnings


def _has_successor(cert: Certificate, today: date) -> bool:
    return Certificate.objects.filter(officer_id=cert.officer_id, valid_until__gte=today,
                                      valid_from__lte=today).exclude(pk=cert.pk).exists()


def reviewers_for(user, perm: Perm = Perm.VIEW) -> QuerySet[LegalReviewer]:
    return (LegalReviewer.objects.filter(officer__agency__in=agencies_for(user, perm))
            .select_related("officer", "officer__agency", "officer__department").prefetch_related("trainings"))


def windows_for(user, perm: Perm = Perm.VIEW) -> QuerySet[WindowPost]:
    return WindowPost.objects.filter(agency__in=agencies_for(user, perm)).select_related("agency", "department")


def on_duty_q(today: date) -> Q:
    return Q(starts_on__lte=today) & (Q(ends_on__isnull=True) | Q(ends_on__gte=today))


def leading_group_roster(group: LeadingGroup) -> list[dict]:
    """Seats with whoever holds each post now (a vacant post shows as vacant)."""
    seats = list(group.seats.select_related("post", "post__department"))
    holders: dict[int, list[Officer]] = {}
    for officer in Officer.objects.filter(post__in=[s.post_id for s in seats], status=OfficerStatus.ACTIVE):
        holders.setdefault(officer.post_id, []).append(officer)
    return [{"seat": s, "holders": holders.get(s.post_id, [])} for s in seats]


# ---- public reads (portal): only 公示 fields, never id_number or mobile ----

PUBLIC_OFFICER_FIELDS = ("id", "name", "photo", "agency__name", "department__name", "post__title")


def public_officers(*, agency_id: int | None = None, q: str = "", today: date | None = None) -> list[dict]:
    """Active officers with at least one certificate usable today, with public fields only."""
    today = today or date.today()
    officers = Officer.objects.filter(status=OfficerStatus.ACTIVE, agency__status="active").select_related(
        "agency", "department", "post").prefetch_related(
        Prefetch("certificates", queryset=Certificate.objects.select_related("region").prefetch_related("categories", "events")))
    if agency_id:
        officers = officers.filter(agency_id=agency_id)
    if q:
        officers = officers.filter(Q(name__contains=q) | Q(certificates__number__icontains=q)).distinct()
    rows = []
    for officer in officers.order_by("agency__name", "name"):
        usable = [c for c in officer.certificates.all()
                  if certificate_status(c, today) in (CertificateStatus.VALID, CertificateStatus.EXPIRING)]
        if not usable:
            continue
        cert = max(usable, key=lambda c: c.valid_until)
        rows.append({
            "id": officer.pk, "name": officer.name, "has_photo": bool(officer.photo),
            "agency": officer.agency.name, "agency_id": officer.agency_id,
            "department": officer.department.name if officer.department else "",
            "post": officer.post.title if officer.post else "",
            "categories": [c.name for c in cert.categories.all()], "region": cert.region.name,
            "certificate_number": cert.number, "valid_from": cert.valid_from, "valid_until": cert.valid_until,
        })
    return rows


def public_officer_photo(pk, *, today: date | None = None) -> Officer:
    """An officer's photo is public only while the officer appears on a public page: in the officer
    list (active, agency active, a certificate usable today) or on a window board (on duty today)."""
    today = today or date.today()
    try:
        officer = (Officer.objects.filter(pk=pk, status=OfficerStatus.ACTIVE, agency__status="active")
                   .exclude(photo="").prefetch_related("certificates__events").get())
    except (Officer.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
    listed = any(certificate_status(c, today) in (CertificateStatus.VALID, CertificateStatus.EXPIRING)
                 for c in officer.certificates.all())
    on_board = WindowDuty.objects.filter(on_duty_q(today), officer=officer, window__is_active=True).exists()
    if not (listed or on_board):
        raise Http404
    return officer


def public_window_boards(*, agency_id: int | None = None, today: date | None = None) -> list[dict]:
    today = today or date.today()
    windows = WindowPost.objects.filter(is_active=True, agency__status="active").select_related("agency", "department")
    if agency_id:
        windows = windows.filter(agency_id=agency_id)
    duties = WindowDuty.objects.filter(on_duty_q(today), window__in=windows).select_related(
        "officer", "officer__post", "officer__department", "officer__agency")
    by_window: dict[int, list[dict]] = {}
    for d in duties:
        by_window.setdefault(d.window_id, []).append({
            "name": d.officer.name, "unit": d.officer.agency.name,
            "department": d.officer.department.name if d.officer.department else "",
            "post": d.officer.post.title if d.officer.post else "", "officer_id": d.officer_id,
            "has_photo": bool(d.officer.photo),
        })
    return [{"window": w, "on_duty": by_window.get(w.pk, [])} for w in windows]


# ---- added for the staff pages: scoped gets, the filtered officer list, the supervisors' overview ----

def reviewer_get(user, pk, perm: Perm = Perm.VIEW) -> LegalReviewer:
    return scoped_get(reviewers_for(user, perm), pk, "法制审核人员不存在或无权访问")


def window_get(user, pk, perm: Perm = Perm.VIEW) -> WindowPost:
    return scoped_get(windows_for(user, perm), pk, "窗口不存在或无权访问")


def duty_get(user, pk, perm: Perm = Perm.VIEW) -> WindowDuty:
    duties = WindowDuty.objects.filter(window__agency__in=agencies_for(user, perm)).select_related(
        "window", "window__agency", "officer")
    return scoped_get(duties, pk, "值班记录不存在或无权访问")


NO_CERTIFICATE = "none"


@dataclass(frozen=True)
class OfficerRow:
    """An officer with the certificate that matters today (a usable one if any, else the latest) and its state."""

    officer: Officer
    certificate: Certificate | None
    status: CertificateStatus | None

    @property
    def state(self) -> str:
        return self.status.value if self.status else NO_CERTIFICATE


def current_certificate(certificates, today: date) -> tuple[Certificate | None, CertificateStatus | None]:
    rated = [(c, certificate_status(c, today)) for c in certificates]
    usable = [r for r in rated if r[1] in (CertificateStatus.VALID, CertificateStatus.EXPIRING)]
    pool = usable or rated
    if not pool:
        return None, None
    return max(pool, key=lambda r: (r[0].valid_until, r[0].pk))


def officer_rows(user, *, agency_id=None, department_id=None, status: str = "", certificate_state: str = "",
                 q: str = "", today: date | None = None) -> list[OfficerRow]:
    """The officers the user may see, filtered; ``certificate_state`` is a ``CertificateStatus`` value or
    ``"none"`` (no certificate) and is computed, so it is filtered here rather than in SQL."""
    today = today or date.today()
    officers = officers_for(user).prefetch_related(
        Prefetch("certificates", queryset=Certificate.objects.select_related("region").prefetch_related(
            "categories", "events")))
    if agency_id:
        officers = officers.filter(agency_id=agency_id)
    if department_id:
        officers = officers.filter(department_id=department_id)
    if status:
        officers = officers.filter(status=status)
    if q:
        officers = officers.filter(Q(name__contains=q) | Q(certificates__number__icontains=q)).distinct()
    rows = []
    for officer in officers.order_by("agency__region__code", "agency__name", "department__order", "name"):
        cert, cert_status = current_certificate(officer.certificates.all(), today)
        row = OfficerRow(officer, cert, cert_status)
        if certificate_state and row.state != certificate_state:
            continue
        rows.append(row)
    return rows


def agency_people_overview(user, *, today: date | None = None) -> list[dict]:
    """Per visible agency: active officers, how many hold a usable certificate, red and yellow warnings."""
    today = today or date.today()
    warnings = certificate_warnings(user, today=today)
    red: dict[int, int] = {}
    yellow: dict[int, int] = {}
    for w in warnings:
        target = red if w.level == "red" else yellow
        agency_id = w.certificate.officer.agency_id
        target[agency_id] = target.get(agency_id, 0) + 1
    officers = officers_for(user).filter(status=OfficerStatus.ACTIVE).prefetch_related(
        Prefetch("certificates", queryset=Certificate.objects.prefetch_related("events")))
    active: dict[int, int] = {}
    certified: dict[int, int] = {}
    for officer in officers:
        active[officer.agency_id] = active.get(officer.agency_id, 0) + 1
        _, cert_status = current_certificate(officer.certificates.all(), today)
        if cert_status in (CertificateStatus.VALID, CertificateStatus.EXPIRING):
            certified[officer.agency_id] = certified.get(officer.agency_id, 0) + 1
    return [
        {"agency": agency, "officers": active.get(agency.pk, 0), "certified": certified.get(agency.pk, 0),
         "red": red.get(agency.pk, 0), "yellow": yellow.get(agency.pk, 0)}
        for agency in agencies_for(user).select_related("region").order_by("region__code", "name")
    ]
