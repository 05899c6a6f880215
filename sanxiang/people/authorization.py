"""持证上岗: may this officer act on this category in this region on this date?

Later capabilities call ``may_act`` before recording an officer as the acting officer of an
enforcement step (行政处罚法 Art 42, 行政强制法 Art 18: at least two certified officers).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings

from sanxiang.org.models import EnforcementCategory, Region
from sanxiang.people.models import (
    Certificate,
    CertificateEventKind,
    CertificateStatus,
    Officer,
    OfficerStatus,
)


def certificate_status(cert: Certificate, on: date, *, warning_days: int | None = None) -> CertificateStatus:
    """The certificate's state on ``on``, from its validity period and the events effective by then."""
    if warning_days is None:
        warning_days = settings.CERTIFICATE_WARNING_DAYS
    disciplinary = check_failed = False
    for event in sorted(cert.events.all(), key=lambda e: (e.effective_on, e.pk)):
        if event.effective_on > on:
            break
        if event.kind == CertificateEventKind.REVOKED:
            return CertificateStatus.REVOKED
        if event.kind == CertificateEventKind.SUSPENDED:
            disciplinary = True
        elif event.kind == CertificateEventKind.CHECK_FAILED:
            check_failed = True
        elif event.kind == CertificateEventKind.CHECK_PASSED:
            check_failed = False
        elif event.kind == CertificateEventKind.REINSTATED:
            disciplinary = check_failed = False
    if disciplinary or check_failed:
        return CertificateStatus.SUSPENDED
    if on < cert.valid_from:
        return CertificateStatus.NOT_YET_VALID
    if on > cert.valid_until:
        return CertificateStatus.EXPIRED
    if (cert.valid_until - on).days <= warning_days:
        return CertificateStatus.EXPIRING
    return CertificateStatus.VALID


USABLE = {CertificateStatus.VALID, CertificateStatus.EXPIRING}


@dataclass(frozen=True)
class Authorization:
    allowed: bool
    reason: str
    certificate: Certificate | None = None
    details: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return self.allowed


def may_act(officer: Officer, category: EnforcementCategory, region: Region, on: date) -> Authorization:
    """Whether ``officer`` may act on ``category`` in ``region`` on ``on``, with the reason in Chinese."""
    if officer.status != OfficerStatus.ACTIVE:
        return Authorization(False, f"{officer.name}状态为“{officer.get_status_display()}”，不得从事执法活动。")
    certificates = list(officer.certificates.prefetch_related("categories", "events").select_related("region"))
    if not certificates:
        return Authorization(False, f"{officer.name}未持有行政执法证件（持证上岗）。")
    details: list[str] = []
    for cert in certificates:
        status = certificate_status(cert, on)
        problems = []
        if status not in USABLE:
            problems.append(_status_reason(cert, status, on))
        if category.pk not in {c.pk for c in cert.categories.all()}:
            names = "、".join(c.name for c in cert.categories.all()) or "无"
            problems.append(f"执法类别为“{names}”，不含“{category.name}”")
        if not cert.region.contains(region):
            problems.append(f"执法区域为“{cert.region.name}”，不含“{region.name}”")
        if not problems:
            note = f"（证件将于{cert.valid_until:%Y年%m月%d日}到期）" if status == CertificateStatus.EXPIRING else ""
            return Authorization(True, f"{officer.name}持有效执法证件{cert.number}{note}。", cert, details)
        details.append(f"证件{cert.number}：" + "；".join(problems))
    return Authorization(False, f"{officer.name}无可用于该事项的有效执法证件：" + " / ".join(details), None, details)


def _status_reason(cert: Certificate, status: CertificateStatus, on: date) -> str:
    if status == CertificateStatus.EXPIRED:
        return f"已于{cert.valid_until:%Y年%m月%d日}过期"
    if status == CertificateStatus.NOT_YET_VALID:
        return f"自{cert.valid_from:%Y年%m月%d日}起生效"
    last = [e for e in cert.events.all() if e.effective_on <= on]
    event = max(last, key=lambda e: (e.effective_on, e.pk)) if last else None
    reason = f"（{event.reason}）" if event and event.reason else ""
    when = f"自{event.effective_on:%Y年%m月%d日}起" if event else ""
    return f"{when}{status.label}{reason}"
