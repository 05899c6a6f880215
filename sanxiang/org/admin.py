"""Django admin for the organisation, for platform administrators.

Every change to these records must reach the tamper-evident ledger, so the admin never saves a
model itself: most models are read-only here (they are edited on the staff pages, which go
through the services), and the few things only a platform administrator does — regions,
enforcement categories, role grants, supervisor scopes — are added through their services.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html

from sanxiang.core.admin import ReadOnlyAdmin, ReadOnlyInline
from sanxiang.org import services
from sanxiang.org.models import (
    Agency,
    Department,
    EnforcementCategory,
    LeadingGroup,
    LeadingGroupSeat,
    Membership,
    Post,
    Region,
    SupervisorScope,
)


class ServiceAddAdmin(admin.ModelAdmin):
    """Superusers may add through ``create()`` (a service call); nothing is edited in place."""

    def has_add_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def create(self, request, data: dict):  # pragma: no cover - overridden
        raise NotImplementedError

    def save_model(self, request, obj, form, change):
        created = self.create(request, form.cleaned_data)
        obj.pk = created.pk
        obj._state.adding = False

    def save_related(self, request, form, formsets, change):
        pass  # the service saved everything


def _staff_link(url_name: str, pk: int, label: str):
    try:
        return format_html('<a href="{}">{}</a>', reverse(url_name, args=[pk]), label)
    except NoReverseMatch:
        return label


@admin.register(Region)
class RegionAdmin(ServiceAddAdmin):
    list_display = ("code", "name", "level", "parent")
    list_filter = ("level",)
    search_fields = ("code", "name")
    fields = ("code", "name")

    def create(self, request, data):
        return services.region_create(actor=request.user, code=data["code"], name=data["name"])


@admin.register(EnforcementCategory)
class EnforcementCategoryAdmin(ServiceAddAdmin):
    list_display = ("code", "name")
    search_fields = ("code", "name")
    fields = ("code", "name")

    def create(self, request, data):
        return services.category_get_or_create(actor=request.user, code=data["code"], name=data["name"])


class DepartmentInline(ReadOnlyInline):
    model = Department
    fields = ("name", "holds_enforcement_power", "is_legal_review_body", "is_leading_group_office", "order")
    show_change_link = True


@admin.register(Agency)
class AgencyAdmin(ReadOnlyAdmin):
    list_display = ("name", "level", "region", "head", "contact_phone", "supervision_phone", "status", "staff_page")
    list_filter = ("level", "status", "categories", "region__parent")
    search_fields = ("name", "short_name", "credit_code", "head")
    inlines = [DepartmentInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    @admin.display(description="工作台页面")
    def staff_page(self, obj):
        return _staff_link("org:agency_detail", obj.pk, "打开")


@admin.register(Department)
class DepartmentAdmin(ReadOnlyAdmin):
    list_display = ("name", "agency", "holds_enforcement_power", "is_legal_review_body", "is_leading_group_office")
    list_filter = ("holds_enforcement_power", "is_legal_review_body", "is_leading_group_office", "agency")
    search_fields = ("name", "agency__name")


@admin.register(Post)
class PostAdmin(ReadOnlyAdmin):
    list_display = ("title", "department", "agency")
    list_filter = ("agency",)
    search_fields = ("title", "agency__name", "department__name")


class SeatInline(ReadOnlyInline):
    model = LeadingGroupSeat
    fields = ("role", "post", "order")


@admin.register(LeadingGroup)
class LeadingGroupAdmin(ReadOnlyAdmin):
    list_display = ("name", "agency", "established_by", "established_on", "office_department")
    list_filter = ("agency",)
    search_fields = ("name", "agency__name", "established_by")
    inlines = [SeatInline]


class MembershipAdminForm(forms.ModelForm):
    class Meta:
        model = Membership
        fields = ("user", "agency", "role", "department")

    def clean(self):
        data = super().clean()
        department, agency = data.get("department"), data.get("agency")
        if department and agency and department.agency_id != agency.pk:
            self.add_error("department", "科室必须属于本执法主体。")
        return data


@admin.register(Membership)
class MembershipAdmin(ServiceAddAdmin):
    """Roles are granted and revoked through the services (both are ledger events)."""

    form = MembershipAdminForm
    list_display = ("user", "agency", "role", "department", "granted_at")
    list_filter = ("role", "agency")
    search_fields = ("user__username", "user__first_name", "user__last_name", "agency__name")
    autocomplete_fields = ("user",)

    def create(self, request, data):
        return services.membership_grant(actor=request.user, user=data["user"], agency=data["agency"],
                                         role=data["role"], department=data.get("department"))

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    def delete_model(self, request, obj):
        services.membership_revoke(actor=request.user, membership=obj)

    def delete_queryset(self, request, queryset):
        for membership in queryset.select_related("user"):
            services.membership_revoke(actor=request.user, membership=membership)


@admin.register(SupervisorScope)
class SupervisorScopeAdmin(ServiceAddAdmin):
    """行政执法协调监督: a supervisor sees every agency in the region, read-only."""

    list_display = ("user", "region", "supervising_agency", "granted_at")
    list_filter = ("supervising_agency",)
    search_fields = ("user__username", "region__name", "region__code")
    autocomplete_fields = ("user",)
    fields = ("user", "region", "supervising_agency")

    def create(self, request, data):
        return services.supervisor_scope_grant(actor=request.user, user=data["user"], region=data["region"],
                                               supervising_agency=data["supervising_agency"])

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    def delete_model(self, request, obj):
        services.supervisor_scope_revoke(actor=request.user, scope=obj)

    def delete_queryset(self, request, queryset):
        for scope in queryset:
            services.supervisor_scope_revoke(actor=request.user, scope=scope)
