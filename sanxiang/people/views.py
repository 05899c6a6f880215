"""Staff pages for personnel: officers and their certificates, the 持证上岗 check, legal reviewers,
window posts and duty rosters.

Thin views: read through the scoped selectors (404 outside the user's scope), check the role's
permission before a write (403), write through the services, put service errors on the form.
"""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from sanxiang.core.files import stored_file_response
from sanxiang.org.forms import submit
from sanxiang.org.permissions import Perm
from sanxiang.org.selectors import agencies_for, has_perm, require_perm
from sanxiang.people import services
from sanxiang.people.authorization import certificate_status, may_act
from sanxiang.people.forms import (
    AuthorizationCheckForm,
    CertificateEventForm,
    CertificateForm,
    DutyEndForm,
    DutyForm,
    OfficerFilterForm,
    OfficerForm,
    ReviewerForm,
    TrainingForm,
    WindowForm,
)
from sanxiang.people.selectors import (
    certificate_get,
    current_certificate,
    duty_get,
    officer_get,
    officer_rows,
    on_duty_q,
    reviewer_get,
    reviewers_for,
    window_get,
    windows_for,
)

PAGE_SIZE = 50


def _form_page(request, form, *, title, agency=None, back=None, submit_label=None, intro=None, multipart=False,
               extra=None):
    return render(request, "staff_form.html", {
        "form": form, "title": title, "agency": agency, "back": back, "intro": intro, "multipart": multipart,
        "submit_label": submit_label or gettext("保存"), **(extra or {}),
    })


def _manageable(user, perm: Perm) -> None:
    """403 when the user may not manage ``perm`` in any agency (the create pages pick the agency in the form)."""
    if not agencies_for(user, perm).exists():
        raise PermissionDenied(gettext("无权执行此操作"))


# ---- officers ----

@login_required
def officer_list(request):
    form = OfficerFilterForm(request.GET or None, user=request.user)
    rows = officer_rows(request.user, **form.filters())
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "people/officer_list.html", {
        "filter_form": form, "page": page, "total": len(rows),
        "can_create": agencies_for(request.user, Perm.MANAGE_PEOPLE).exists(),
    })


@login_required
def officer_create(request):
    _manageable(request.user, Perm.MANAGE_PEOPLE)
    form = OfficerForm(request.POST or None, request.FILES or None, user=request.user,
                       initial={"agency": request.GET.get("agency")})
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        require_perm(request.user, data["agency"], Perm.MANAGE_PEOPLE)
        if not data.get("photo"):
            data.pop("photo", None)
        ok, officer = submit(form, services.officer_create, actor=request.user, **data)
        if ok:
            messages.success(request, gettext("已登记人员“%(name)s”。") % {"name": officer.name})
            return redirect("people:officer_detail", officer.pk)
    return _form_page(request, form, title=gettext("登记执法人员"), back=reverse("people:officer_list"),
                      multipart=True)


@login_required
def officer_detail(request, pk):
    officer = officer_get(request.user, pk)
    today = date.today()
    certificates = list(officer.certificates.select_related("region").prefetch_related("categories",
                                                                                       "events__created_by"))
    rated = [{"certificate": c, "status": certificate_status(c, today), "days_left": (c.valid_until - today).days}
             for c in certificates]
    current, current_status = current_certificate(certificates, today)
    reviewer = getattr(officer, "reviewer", None)  # the reverse one-to-one raises when absent
    duties = officer.window_duties.select_related("window").order_by("-starts_on")
    return render(request, "people/officer_detail.html", {
        "officer": officer, "certificates": rated, "current": current, "current_status": current_status,
        "reviewer": reviewer, "duties": duties, "today": today,
        "seats": officer.post.seats.select_related("group") if officer.post_id else [],
        "can_manage": has_perm(request.user, officer.agency, Perm.MANAGE_PEOPLE),
        "check_form": AuthorizationCheckForm(user=request.user, initial={
            "officer": officer.pk, "on": today, "region": officer.agency.enforcement_region_id,
            "category": (officer.agency.categories.values_list("pk", flat=True).first())}),
    })


@login_required
def officer_edit(request, pk):
    officer = officer_get(request.user, pk)
    require_perm(request.user, officer.agency, Perm.MANAGE_PEOPLE)
    name = officer.name
    form = OfficerForm(request.POST or None, request.FILES or None, instance=officer, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        if "photo" not in request.FILES:
            data.pop("photo", None)
        ok, _ = submit(form, services.officer_update, actor=request.user, officer=officer, **data)
        if ok:
            messages.success(request, gettext("人员信息已保存。"))
            return redirect("people:officer_detail", officer.pk)
    return _form_page(request, form, title=gettext("编辑人员信息"), agency=name,
                      back=reverse("people:officer_detail", args=[officer.pk]), multipart=True)


@login_required
def officer_photo(request, pk):
    """Photos are served through the scoped selector, never straight from the media directory."""
    return stored_file_response(officer_get(request.user, pk).photo, cache_control="private, max-age=300")


# ---- certificates ----

@login_required
def certificate_issue(request, pk):
    officer = officer_get(request.user, pk)
    require_perm(request.user, officer.agency, Perm.MANAGE_PEOPLE)
    form = CertificateForm(request.POST or None, officer=officer)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        ok, cert = submit(form, services.certificate_issue, actor=request.user, officer=officer,
                          categories=data.pop("categories"), **data)
        if ok:
            messages.success(request, gettext("已登记执法证件 %(number)s。") % {"number": cert.number})
            return redirect(reverse("people:officer_detail", args=[officer.pk]) + "#certificates")
    return _form_page(request, form, title=gettext("登记执法证件"), agency=officer.name,
                      back=reverse("people:officer_detail", args=[officer.pk]),
                      intro=gettext("执法证件号码、执法类别、执法区域和有效期向社会公示。"))


@login_required
def certificate_event_add(request, pk):
    cert = certificate_get(request.user, pk)
    officer = cert.officer
    require_perm(request.user, officer.agency, Perm.MANAGE_PEOPLE)
    form = CertificateEventForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        ok, event = submit(form, services.certificate_event_add, actor=request.user, certificate=cert,
                           **form.cleaned_data)
        if ok:
            messages.success(request, gettext("已登记：%(kind)s。") % {"kind": gettext(event.get_kind_display())})
            return redirect(reverse("people:officer_detail", args=[officer.pk]) + f"#cert-{cert.pk}")
    status = certificate_status(cert, date.today())
    return _form_page(request, form, title=gettext("登记证件事项"), agency=f"{officer.name} · {cert.number}",
                      back=reverse("people:officer_detail", args=[officer.pk]),
                      intro=gettext("证件记录只增不改：登记错误时，请再登记一条更正的事项（如“恢复”）。"),
                      extra={"aside_template": "people/includes/certificate_aside.html", "certificate": cert,
                             "status": status})


@login_required
def authorization_check(request):
    """持证上岗核验 (行政处罚法第四十二条): asks ``may_act`` and shows its reason."""
    form = AuthorizationCheckForm(request.GET or None, user=request.user,
                                  initial={"on": date.today()})
    result = None
    if request.GET and form.is_valid():
        data = form.cleaned_data
        result = may_act(data["officer"], data["category"], data["region"], data["on"])
    return render(request, "people/authorization_check.html", {"form": form, "result": result})


# ---- legal reviewers ----

@login_required
def reviewer_list(request):
    reviewers = list(reviewers_for(request.user).order_by("officer__agency__name", "officer__name"))
    rows = [{"reviewer": r, "hours": sum((t.hours for t in r.trainings.all()), 0),
             "trainings": len(r.trainings.all())} for r in reviewers]
    return render(request, "people/reviewer_list.html", {
        "rows": rows, "unqualified": sum(1 for r in reviewers if r.is_active and not r.has_legal_qualification),
        "can_create": agencies_for(request.user, Perm.MANAGE_PEOPLE).exists(),
    })


@login_required
def reviewer_create(request):
    _manageable(request.user, Perm.MANAGE_PEOPLE)
    form = ReviewerForm(request.POST or None, user=request.user, initial={"officer": request.GET.get("officer")})
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        require_perm(request.user, data["officer"].agency, Perm.MANAGE_PEOPLE)
        ok, reviewer = submit(form, services.reviewer_register, actor=request.user, **data)
        if ok:
            messages.success(request, gettext("已登记法制审核人员“%(name)s”。") % {"name": reviewer.officer.name})
            return redirect("people:reviewer_detail", reviewer.pk)
    return _form_page(request, form, title=gettext("登记法制审核人员"), back=reverse("people:reviewer_list"))


@login_required
def reviewer_detail(request, pk):
    reviewer = reviewer_get(request.user, pk)
    trainings = list(reviewer.trainings.all())
    return render(request, "people/reviewer_detail.html", {
        "reviewer": reviewer, "trainings": trainings, "hours": sum((t.hours for t in trainings), 0),
        "can_manage": has_perm(request.user, reviewer.officer.agency, Perm.MANAGE_PEOPLE),
    })


@login_required
def reviewer_edit(request, pk):
    reviewer = reviewer_get(request.user, pk)
    require_perm(request.user, reviewer.officer.agency, Perm.MANAGE_PEOPLE)
    form = ReviewerForm(request.POST or None, instance=reviewer, user=request.user)
    if request.method == "POST" and form.is_valid():
        ok, _ = submit(form, services.reviewer_update, actor=request.user, reviewer=reviewer, **form.cleaned_data)
        if ok:
            messages.success(request, gettext("法制审核人员信息已保存。"))
            return redirect("people:reviewer_detail", reviewer.pk)
    return _form_page(request, form, title=gettext("编辑法制审核人员"), agency=reviewer.officer.name,
                      back=reverse("people:reviewer_detail", args=[reviewer.pk]))


@login_required
def training_add(request, pk):
    reviewer = reviewer_get(request.user, pk)
    require_perm(request.user, reviewer.officer.agency, Perm.MANAGE_PEOPLE)
    form = TrainingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        ok, _ = submit(form, services.training_add, actor=request.user, reviewer=reviewer, **form.cleaned_data)
        if ok:
            messages.success(request, gettext("已登记培训记录。"))
            return redirect("people:reviewer_detail", reviewer.pk)
    return _form_page(request, form, title=gettext("登记培训记录"), agency=reviewer.officer.name,
                      back=reverse("people:reviewer_detail", args=[reviewer.pk]))


# ---- window posts ----

@login_required
def window_list(request):
    today = date.today()
    windows = list(windows_for(request.user).order_by("agency__name", "order", "pk"))
    on_duty: dict[int, list] = {}
    for window in windows:
        on_duty[window.pk] = [d.officer for d in window.duties_roster.filter(on_duty_q(today)).select_related("officer")]
    return render(request, "people/window_list.html", {
        "rows": [{"window": w, "on_duty": on_duty[w.pk]} for w in windows],
        "agencies": agencies_for(request.user).order_by("name"),
        "can_create": agencies_for(request.user, Perm.MANAGE_WINDOWS).exists(),
    })


@login_required
def window_create(request):
    _manageable(request.user, Perm.MANAGE_WINDOWS)
    form = WindowForm(request.POST or None, user=request.user, initial={"agency": request.GET.get("agency")})
    if request.method == "POST" and form.is_valid():
        require_perm(request.user, form.cleaned_data["agency"], Perm.MANAGE_WINDOWS)
        ok, window = submit(form, services.window_create, actor=request.user, **form.cleaned_data)
        if ok:
            messages.success(request, gettext("已新增窗口“%(name)s”。") % {"name": window.name})
            return redirect("people:window_detail", window.pk)
    return _form_page(request, form, title=gettext("新增窗口岗位"), back=reverse("people:window_list"),
                      intro=gettext("窗口岗位信息在公示平台的窗口公示牌上公开：当班人员姓名、单位、职务、职责、联系电话。"))


@login_required
def window_detail(request, pk):
    window = window_get(request.user, pk)
    today = date.today()
    duties = list(window.duties_roster.select_related("officer", "officer__post", "officer__department")
                  .order_by("-starts_on", "-pk"))
    can_manage = has_perm(request.user, window.agency, Perm.MANAGE_WINDOWS)
    return render(request, "people/window_detail.html", {
        "window": window, "today": today, "can_manage": can_manage,
        "current": [d for d in duties if d.starts_on <= today and (d.ends_on is None or d.ends_on >= today)],
        "upcoming": [d for d in duties if d.starts_on > today],
        "past": [d for d in duties if d.ends_on is not None and d.ends_on < today],
        "duty_form": DutyForm(window=window, user=request.user) if can_manage else None,
    })


@login_required
def window_edit(request, pk):
    window = window_get(request.user, pk)
    require_perm(request.user, window.agency, Perm.MANAGE_WINDOWS)
    name = window.name
    form = WindowForm(request.POST or None, instance=window, user=request.user)
    if request.method == "POST" and form.is_valid():
        ok, _ = submit(form, services.window_update, actor=request.user, window=window, **form.cleaned_data)
        if ok:
            messages.success(request, gettext("窗口信息已保存。"))
            return redirect("people:window_detail", window.pk)
    return _form_page(request, form, title=gettext("编辑窗口岗位"), agency=name,
                      back=reverse("people:window_detail", args=[window.pk]))


@login_required
def duty_assign(request, pk):
    window = window_get(request.user, pk)
    require_perm(request.user, window.agency, Perm.MANAGE_WINDOWS)
    form = DutyForm(request.POST or None, window=window, user=request.user)
    if request.method == "POST" and form.is_valid():
        ok, duty = submit(form, services.window_duty_assign, actor=request.user, window=window, **form.cleaned_data)
        if ok:
            messages.success(request, gettext("已安排 %(name)s 在“%(window)s”当班。")
                             % {"name": duty.officer.name, "window": window.name})
            return redirect("people:window_detail", window.pk)
    return _form_page(request, form, title=gettext("安排当班人员"), agency=window.name,
                      back=reverse("people:window_detail", args=[window.pk]))


@login_required
@require_POST
def duty_end(request, pk):
    duty = duty_get(request.user, pk)
    window = duty.window
    require_perm(request.user, window.agency, Perm.MANAGE_WINDOWS)
    form = DutyEndForm(request.POST)
    if form.is_valid():
        ok, _ = submit(form, services.window_duty_end, actor=request.user, duty=duty, **form.cleaned_data)
        if ok:
            messages.success(request, gettext("%(name)s 的当班已于 %(date)s 结束。")
                             % {"name": duty.officer.name, "date": form.cleaned_data["ends_on"].isoformat()})
            return redirect("people:window_detail", window.pk)
    return _form_page(request, form, title=gettext("结束当班"), agency=f"{window.name} · {duty.officer.name}",
                      back=reverse("people:window_detail", args=[window.pk]))

