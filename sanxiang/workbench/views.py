from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from sanxiang.org.selectors import agencies_for, departments_for
from sanxiang.people.selectors import certificate_warnings, officers_for


@login_required
def home(request):
    """The user's real work: certificates needing attention, their agencies' officers and departments."""
    agencies = list(agencies_for(request.user))
    warnings = certificate_warnings(request.user)
    return render(request, "workbench/home.html", {
        "agencies": agencies,
        "warnings": warnings,
        "red_count": sum(1 for w in warnings if w.level == "red"),
        "yellow_count": sum(1 for w in warnings if w.level == "yellow"),
        "officers": officers_for(request.user).order_by("agency__name", "department__order", "name")[:200],
        "officer_count": officers_for(request.user).count(),
        "departments": departments_for(request.user),
    })
