"""Staff pages of the working-day calendar (/staff/calendar/).

Every logged-in user may look at the calendar and use the calculator; adding or correcting a
year's schedule needs ``is_superuser`` or ``is_staff`` with the model permission (DEVELOPING.md:
platform-wide data).
"""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sanxiang.holidays import selectors, services
from sanxiang.holidays.calendar import get_calendar
from sanxiang.holidays.forms import (
    HOLIDAY_NAMES,
    CalculatorForm,
    YearScheduleEditForm,
    YearScheduleForm,
    schedule_formsets,
    specs_from_formsets,
)
from sanxiang.holidays.models import FIRST_YEAR, LAST_YEAR
from sanxiang.kernel.workdays import Rule


def can_manage(user, action: str = "add") -> bool:
    return user.is_active and (
        user.is_superuser or (user.is_staff and user.has_perm(f"holidays.{action}_yearschedule"))
    )


def _require(user, action: str) -> None:
    if not can_manage(user, action):
        raise PermissionDenied(_("只有平台管理员可以维护节假日安排"))


@login_required
def calendar_home(request):
    calendar = get_calendar()
    form = CalculatorForm(request.GET or None)
    result = None
    if request.GET and form.is_valid():
        result = _calculate(calendar, form.cleaned_data)
    return render(
        request,
        "holidays/home.html",
        {
            "coverage": selectors.coverage(calendar),
            "schedules": selectors.year_schedules(),
            "form": form,
            "result": result,
            "can_add": can_manage(request.user, "add"),
            "current_year": date.today().year,
        },
    )


def _calculate(calendar, data) -> dict:
    operation, start = data["operation"], data["start"]
    if operation == "add":
        r = calendar.add_workdays(start, data["n"])
        return {"date": r.date, "provisional": r.provisional, "rule": r.rule.label}
    if operation == "calendar-deadline":
        r = calendar.calendar_deadline(start, data["n"])
        return {"date": r.date, "provisional": r.provisional, "rule": r.rule.label, "basis": r.basis}
    if operation == "between":
        r = calendar.workdays_between(start, data["end"])
        return {"count": r.count, "provisional": r.provisional}
    law = data.get("law") or "其他"
    r = calendar.statutory_period(start, law=law, article="", days=data["n"])
    return {
        "date": r.date,
        "provisional": r.provisional,
        "rule": r.rule.label,
        "basis": r.basis,
        "workdays": r.rule is Rule.WORKDAYS,
    }


@login_required
def year_detail(request, year: int):
    """A year's grid and schedule; a year without a schedule shows weekends only, marked provisional."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Http404(_("年度应在1990至2100之间"))
    calendar = get_calendar()
    schedule = selectors.year_schedule_find(year)
    return render(
        request,
        "holidays/year_detail.html",
        {
            "schedule": schedule,
            "year": year,
            "months": selectors.year_grid(year, calendar),
            "can_change": can_manage(request.user, "change"),
            "can_add": can_manage(request.user, "add"),
        },
    )


def _add_error(form, field: str, message: str) -> None:
    form.add_error(field, message)
    widget = form.fields[field].widget
    if "is-invalid" not in widget.attrs.get("class", ""):
        widget.attrs["class"] = (widget.attrs.get("class", "") + " is-invalid").strip()
        widget.attrs["aria-describedby"] = f"{form[field].auto_id}_errors"


def _apply_errors(error: ValidationError, form, holiday_formset, workday_formset, holiday_rows, workday_rows):
    """Put a service's errors (keys like ``holidays.2.end``) on the form and row that caused them."""
    for key, messages_ in error.message_dict.items():
        parts = key.split(".")
        for message in messages_:
            if parts[0] in ("holidays", "adjusted_workdays") and len(parts) == 3:
                rows, formset = (
                    (holiday_rows, holiday_formset)
                    if parts[0] == "holidays"
                    else (workday_rows, workday_formset)
                )
                _add_error(formset.forms[rows[int(parts[1])]], parts[2], message)
            elif key == "holidays":
                form.add_error(None, _("放假区间：") + message)
            elif key in form.fields:
                _add_error(form, key, message)
            else:
                form.add_error(None, message)


def _schedule_form_page(request, *, schedule=None):
    action = "change" if schedule else "add"
    _require(request.user, action)
    if schedule is not None:
        holidays, workdays = services._specs_of(schedule)
        initial = {"year": schedule.year, "notice": schedule.notice, "published_on": schedule.published_on}
    else:
        holidays, workdays = [], []
        initial = {"year": request.GET.get("year") or date.today().year + 1}
    if request.method == "POST":
        form_class = YearScheduleEditForm if schedule is not None else YearScheduleForm
        form = form_class(request.POST, initial=initial)
        holiday_formset, workday_formset = schedule_formsets(request.POST)
        rows_valid = holiday_formset.is_valid() and workday_formset.is_valid()
        holiday_specs, holiday_rows, workday_specs, workday_rows = specs_from_formsets(
            holiday_formset, workday_formset
        )
        if form.is_valid() and rows_valid:
            data = form.cleaned_data
            try:
                if schedule is None:
                    saved = services.year_schedule_create(
                        actor=request.user,
                        year=data["year"],
                        holidays=holiday_specs,
                        adjusted_workdays=workday_specs,
                        notice=data["notice"],
                        published_on=data["published_on"],
                    )
                    messages.success(
                        request, _("已录入%(year)s年节假日安排，相关期限将自动重算。") % {"year": saved.year}
                    )
                else:
                    saved = services.year_schedule_update(
                        actor=request.user,
                        schedule=schedule,
                        holidays=holiday_specs,
                        adjusted_workdays=workday_specs,
                        notice=data["notice"],
                        published_on=data["published_on"],
                    )
                    messages.success(
                        request, _("已更新%(year)s年节假日安排，相关期限将自动重算。") % {"year": saved.year}
                    )
                return redirect("holidays:year_detail", year=saved.year)
            except ValidationError as exc:
                _apply_errors(exc, form, holiday_formset, workday_formset, holiday_rows, workday_rows)
        elif form.is_valid():
            # Some rows are incomplete: still check the complete ones, so every problem shows at once.
            problems = services.schedule_errors(
                year=form.cleaned_data["year"], holidays=holiday_specs, adjusted_workdays=workday_specs
            )
            problems.pop("holidays", None)
            if problems:
                _apply_errors(
                    ValidationError(problems),
                    form,
                    holiday_formset,
                    workday_formset,
                    holiday_rows,
                    workday_rows,
                )
    else:
        form_class = YearScheduleEditForm if schedule is not None else YearScheduleForm
        form = form_class(initial=initial)
        holiday_formset, workday_formset = schedule_formsets(holidays=holidays, workdays=workdays)
    return render(
        request,
        "holidays/year_form.html",
        {
            "form": form,
            "holiday_formset": holiday_formset,
            "workday_formset": workday_formset,
            "schedule": schedule,
            "holiday_names": HOLIDAY_NAMES,
        },
        status=200
        if request.method == "GET"
        else 400
        if _has_errors(form, holiday_formset, workday_formset)
        else 200,
    )


def _has_errors(form, *formsets) -> bool:
    return (
        bool(form.errors)
        or any(f.errors for fs in formsets for f in fs.forms)
        or any(fs.non_form_errors() for fs in formsets)
    )


@login_required
def year_add(request):
    return _schedule_form_page(request)


@login_required
def year_edit(request, year: int):
    return _schedule_form_page(request, schedule=selectors.year_schedule_get(year))


@login_required
@require_POST
def seed(request):
    _require(request.user, "add")
    added = services.holidays_seed_from_chinese_calendar(actor=request.user)
    if added:
        messages.success(
            request,
            _("已从 chinese_calendar 载入%(n)s个年度：%(first)s—%(last)s")
            % {"n": len(added), "first": added[0], "last": added[-1]},
        )
    else:
        messages.info(request, _("节假日表已包含 chinese_calendar 的全部年度，未作改动。"))
    return redirect(reverse("holidays:home"))
