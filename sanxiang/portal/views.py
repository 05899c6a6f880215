"""The public portal (行政执法公示平台): agencies, officers, window boards.

No login. Reads only through the ``public_*`` selectors, which return public fields only
(never an officer's ID number or mobile). Every page works without JavaScript.
"""

from __future__ import annotations

from datetime import date

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from sanxiang.core.files import stored_file_response
from sanxiang.org.selectors import public_agencies, public_agency_get, public_departments
from sanxiang.people.selectors import public_officer_photo, public_officers, public_window_boards

PAGE_SIZE = 48
SCREEN_REFRESH_SECONDS = 300


def _agency_id(request) -> int | None:
    try:
        return int(request.GET.get("agency") or 0) or None
    except ValueError:
        return None


@require_safe
def home(request):
    agencies = list(public_agencies())
    officers = public_officers()
    windows = public_window_boards()
    return render(request, "portal/home.html", {
        "agencies": agencies,
        "officer_count": len(officers),
        "window_count": len(windows),
        "on_duty_count": sum(len(w["on_duty"]) for w in windows),
    })


@require_safe
def agency_list(request):
    agencies = list(public_agencies().order_by("region__code", "name"))
    return render(request, "portal/agency_list.html", {"agencies": agencies})


@require_safe
def agency_detail(request, pk):
    agency = public_agency_get(pk)
    return render(request, "portal/agency_detail.html", {
        "agency": agency,
        "departments": public_departments(agency),
        "officers": public_officers(agency_id=agency.pk),
        "windows": public_window_boards(agency_id=agency.pk),
    })


@require_safe
def officer_list(request):
    q = (request.GET.get("q") or "").strip()[:40]
    agency_id = _agency_id(request)
    rows = public_officers(agency_id=agency_id, q=q)
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "portal/officer_list.html", {
        "page": page, "total": len(rows), "q": q, "agency_id": agency_id,
        "agencies": public_agencies().order_by("region__code", "name"), "today": date.today(),
    })


@require_safe
def officer_photo(request, pk):
    """The photo of a publicly listed officer, served by the portal (the media directory is not public)."""
    return stored_file_response(public_officer_photo(pk).photo, cache_control="public, max-age=3600")


@require_safe
def window_boards(request):
    agency_id = _agency_id(request)
    boards = public_window_boards(agency_id=agency_id)
    return render(request, "portal/window_boards.html", {
        "boards": boards, "agency_id": agency_id, "today": date.today(),
        "agencies": public_agencies().order_by("region__code", "name"),
    })


@require_safe
def window_screen(request, agency_pk):
    """Full-screen board for the display in the service hall (seed 000 §三(二)3 电子显示屏):
    large type, no navigation, refreshes itself without JavaScript."""
    agency = public_agency_get(agency_pk)
    return render(request, "portal/window_screen.html", {
        "agency": agency, "boards": public_window_boards(agency_id=agency.pk), "now": timezone.localtime(),
        "refresh": SCREEN_REFRESH_SECONDS,
    })
