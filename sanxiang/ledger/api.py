"""Ledger API (``/api/v1/ledger/``): the logs' state and, for platform administrators, a verification run."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from ninja import Router, Schema

from sanxiang.ledger import selectors
from sanxiang.ledger import verify as verifier

router = Router(tags=["账本 ledger"])


class LogOut(Schema):
    name: str
    origin: str
    hash_algorithm: str
    size: int
    sealed: int
    checkpoint_size: int | None
    verifier_keys: list[str]


class ProblemOut(Schema):
    kind: str
    log: str | None
    item: str
    message: str


class VerifyOut(Schema):
    ok: bool
    objects_checked: int
    seconds: float
    problems: list[ProblemOut]


@router.get("/logs", response=list[LogOut], summary="账本及其最新检查点 / logs and their latest checkpoint")
def logs(request):
    return [
        LogOut(
            name=row["log"].name,
            origin=row["log"].origin,
            hash_algorithm=row["log"].algorithm,
            size=row["log"].size,
            sealed=row["log"].integrated_size,
            checkpoint_size=row["latest"].size if row["latest"] else None,
            verifier_keys=row["keys"],
        )
        for row in selectors.logs_overview()
    ]


@router.post(
    "/verify", response=VerifyOut, summary="全面核验（平台管理员）/ run a full verification (platform admins)"
)
def run_verify(request):
    if not selectors.can_view_ledger_admin(request.user):
        raise PermissionDenied
    report = verifier.verify()
    return VerifyOut(
        ok=report.ok,
        objects_checked=report.objects_checked,
        seconds=round(report.seconds, 3),
        problems=[
            ProblemOut(kind=p.kind, log=p.log, item=p.item, message=p.message) for p in report.problems
        ],
    )
