"""Staff pages for the organisation: agencies (执法主体), departments, posts, the leading group, roles.

Thin views: read through the scoped selectors (404 outside the user's scope), check the role's
permission before a write (403), write through the services, put service errors on the form.
The agency page composes the people app's leading-group roster (views are the interface layer).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from sanxiang.org import services
from sanxiang.org.forms import (
    AgencyForm,
    DepartmentForm,
    LeadingGroupForm,
    MembershipForm,
    PostForm,
    SeatForm,
    submit,
)
from sanxiang.org.permissions import Perm
from sanxiang.org.selectors import (
    agencies_for,
    agency_detail,
    agency_for_action,
    agency_get,
    department_get,
    has_perm,
    leading_group_get,
    membership_get,
    require_perm,
    seat_get,
)
from sanxiang.people.selectors import leading_group_roster, officers_for


def _form_page(request, form, *, title, agency=None, back=None, submit_label=None, intro=None, multipart=False):
    return render(request, "staff_form.html", {
        "form": form, "title": title, "agency": agency, "back": back, "intro": intro, "multipart": multipart,
        "submit_label": submit_label or gettext("保存"),
    })


def _agency_url(agency, anchor: str = "") -> str:
    return reverse("org:agency_detail", args=[agency.pk]) + (f"#{anchor}" if anchor else "")


@login_required
def agency_list(request):
    agencies = (agencies_for(request.user).select_related("region", "enforcement_region").prefetch_related("categories")
                .annotate(department_count=Count("departments", distinct=True),
                          officer_count=Count("officers", distinct=True))
                .order_by("region__code", "name"))
    return render(request, "org/agency_list.html", {"agencies": agencies})


@login_required
def agency_create(request):
    """New agencies are platform data: only system administrators (superusers) register them."""
    if not request.user.is_superuser:
        raise PermissionDenied(gettext("只有系统管理员可以登记执法主体。"))
    form = AgencyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        ok, agency = submit(form, services.agency_create, actor=request.user, categories=data.pop("categories"), **data)
        if ok:
            messages.success(request, gettext("已登记执法主体“%(name)s”。") % {"name": agency.name})
            return redirect(_agency_url(agency))
    return _form_page(request, form, title=gettext("登记执法主体"), back=reverse("org:agency_list"))


@login_required
def agency_detail_view(request, pk):
    agency = agency_get(request.user, pk)
    detail = agency_detail(agency)
    groups = [{"group": g, "roster": leading_group_roster(g)} for g in detail["groups"]]
    return render(request, "org/agency_detail.html", {
        **detail,
        "groups": groups,
        "officer_count": officers_for(request.user).filter(agency=agency).count(),
        "can_manage_org": has_perm(request.user, agency, Perm.MANAGE_ORG),
        "can_manage_people": has_perm(request.user, agency, Perm.MANAGE_PEOPLE),
    })


@login_required
def agency_edit(request, pk):
    agency = agency_for_action(request.user, pk, Perm.MANAGE_ORG)
    name = agency.name
    form = AgencyForm(request.POST or None, instance=agency)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        ok, _ = submit(form, services.agency_update, actor=request.user, agency=agency,
                       categories=data.pop("categories"), **data)
        if ok:
            messages.success(request, gettext("执法主体信息已保存。"))
            return redirect(_agency_url(agency))
    return _form_page(request, form, title=gettext("编辑执法主体信息"), agency=name, back=_agency_url(agency),
                      intro=gettext("以下信息均向社会公示（执法主体信息）。"))


@login_required
def department_create(request, pk):
    agency = agency_for_action(request.user, pk, Perm.MANAGE_ORG)
    form = DepartmentForm(request.POST or None, agency=agency)
    if request.method == "POST" and form.is_valid():
        ok, department = submit(form, services.department_create, actor=request.user, agency=agency,
                                **form.cleaned_data)
        if ok:
            messages.success(request, gettext("已新增科室“%(name)s”。") % {"name": department.name})
            return redirect(_agency_url(agency, "departments"))
    return _form_page(request, form, title=gettext("新增科室"), agency=agency.name,
                      back=_agency_url(agency, "departments"))


@login_required
def department_edit(request, pk):
    department = department_get(request.user, pk)
    agency = department.agency
    require_perm(request.user, agency, Perm.MANAGE_ORG)
    form = DepartmentForm(request.POST or None, instance=department, agency=agency)
    if request.method == "POST" and form.is_valid():
        ok, _ = submit(form, services.department_update, actor=request.user, department=department,
                       **form.cleaned_data)
        if ok:
            messages.success(request, gettext("科室信息已保存。"))
            return redirect(_agency_url(agency, "departments"))
    return _form_page(request, form, title=gettext("编辑科室"), agency=agency.name,
                      back=_agency_url(agency, "departments"))


@login_required
def post_create(request, pk):
    agency = agency_for_action(request.user, pk, Perm.MANAGE_ORG)
    form = PostForm(request.POST or None, agency=agency, initial={"department": request.GET.get("department")})
    if request.method == "POST" and form.is_valid():
        ok, post = submit(form, services.post_create, actor=request.user, agency=agency, **form.cleaned_data)
        if ok:
            messages.success(request, gettext("已新增职务“%(name)s”。") % {"name": post})
            return redirect(_agency_url(agency, "posts"))
    return _form_page(request, form, title=gettext("新增职务"), agency=agency.name, back=_agency_url(agency, "posts"),
                      intro=gettext("领导小组的席位对应职务而非个人，人员变动时由担任相应职务的同志自行递补。"))


@login_required
def group_create(request, pk):
    agency = agency_for_action(request.user, pk, Perm.MANAGE_ORG)
    form = LeadingGroupForm(request.POST or None, agency=agency)
    if request.method == "POST" and form.is_valid():
        ok, group = submit(form, services.leading_group_create, actor=request.user, agency=agency,
                           **form.cleaned_data)
        if ok:
            messages.success(request, gettext("已成立领导小组，请继续添加组长、副组长和成员席位。"))
            return redirect(_agency_url(agency, f"group-{group.pk}"))
    return _form_page(request, form, title=gettext("成立领导小组"), agency=agency.name,
                      back=_agency_url(agency, "groups"))


@login_required
def seat_add(request, pk):
    group = leading_group_get(request.user, pk)
    require_perm(request.user, group.agency, Perm.MANAGE_ORG)
    form = SeatForm(request.POST or None, group=group)
    if request.method == "POST" and form.is_valid():
        ok, _ = submit(form, services.leading_group_seat_add, actor=request.user, group=group, **form.cleaned_data)
        if ok:
            messages.success(request, gettext("已添加席位。"))
            return redirect(_agency_url(group.agency, f"group-{group.pk}"))
    return _form_page(request, form, title=gettext("添加领导小组席位"), agency=group.name,
                      back=_agency_url(group.agency, f"group-{group.pk}"))


@login_required
@require_POST
def seat_remove(request, pk):
    seat = seat_get(request.user, pk)
    agency = seat.group.agency
    require_perm(request.user, agency, Perm.MANAGE_ORG)
    try:
        services.leading_group_seat_remove(actor=request.user, seat=seat)
    except ValidationError as exc:
        messages.error(request, "；".join(gettext(m) for m in exc.messages))
    else:
        messages.success(request, gettext("已移除席位“%(seat)s”。") % {"seat": seat.post})
    return redirect(_agency_url(agency, f"group-{seat.group_id}"))


@login_required
def membership_grant(request, pk):
    agency = agency_for_action(request.user, pk, Perm.MANAGE_ORG)
    form = MembershipForm(request.POST or None, agency=agency)
    if request.method == "POST" and form.is_valid():
        ok, _ = submit(form, services.membership_grant, actor=request.user, user=form.user_obj, agency=agency,
                       role=form.cleaned_data["role"], department=form.cleaned_data["department"])
        if ok:
            messages.success(request, gettext("已授予角色。"))
            return redirect(_agency_url(agency, "roles"))
    return _form_page(request, form, title=gettext("授予角色"), agency=agency.name, back=_agency_url(agency, "roles"))


@login_required
@require_POST
def membership_revoke(request, pk):
    membership = membership_get(request.user, pk)
    agency = membership.agency
    require_perm(request.user, agency, Perm.MANAGE_ORG)
    if membership.user_id == request.user.pk and membership.role == "admin":
        messages.error(request, gettext("不能撤销自己的系统管理员角色，请由其他管理员操作。"))
        return redirect(_agency_url(agency, "roles"))
    try:
        services.membership_revoke(actor=request.user, membership=membership)
    except ValidationError as exc:
        messages.error(request, "；".join(gettext(m) for m in exc.messages))
    else:
        messages.success(request, gettext("已撤销角色。"))
    return redirect(_agency_url(agency, "roles"))
