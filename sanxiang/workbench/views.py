"""The staff home page: the user's real work — certificates needing attention, the agency's officers
and departments — and, for supervisors, an overview of every agency in their region."""

from __future__ import annotations

from datetime import date

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from sanxiang.org.selectors import agencies_for, departments_for, supervisions_of
from sanxiang.people.selectors import agency_people_overview, certificate_warnings, officer_rows

OFFICER_PREVIEW = 12


@login_required
def home(request):
    user = request.user
    today = date.today()
    agencies = list(agencies_for(user).select_related("region").order_by("region__code", "name"))
    warnings = certificate_warnings(user, today=today)
    supervisions = list(supervisions_of(user))
    overview = agency_people_overview(user, today=today) if (supervisions or len(agencies) > 1) else []
    rows = officer_rows(user, status="active", today=today)
    certified = sum(1 for r in rows if r.state in ("valid", "expiring"))
    departments = list(departments_for(user).order_by("agency__region__code", "agency__name", "order"))
    officers_by_department: dict[int | None, int] = {}
    for r in rows:
        officers_by_department[r.officer.department_id] = officers_by_department.get(r.officer.department_id, 0) + 1
    return render(request, "workbench/home.html", {
        "today": today,
        "agencies": agencies,
        "supervisions": supervisions,
        "warnings": warnings,
        "red": [w for w in warnings if w.level == "red"],
        "yellow": [w for w in warnings if w.level == "yellow"],
        "officer_count": len(rows),
        "certified_count": certified,
        "officers": rows[:OFFICER_PREVIEW],
        "more_officers": max(0, len(rows) - OFFICER_PREVIEW),
        "departments": [{"department": d, "officers": officers_by_department.get(d.pk, 0)} for d in departments],
        "overview": overview,
        "show_agency": len(agencies) > 1,
    })
