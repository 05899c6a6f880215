"""Django admin for personnel, for platform administrators: read-only.

Officers, certificates and their events, reviewers and window rosters are ledger records; they
change only on the staff pages (through the services). The admin shows ID numbers masked.
"""

from __future__ import annotations

from datetime import date

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from sanxiang.core.admin import ReadOnlyAdmin, ReadOnlyInline
from sanxiang.org.admin import _staff_link
from sanxiang.people.authorization import certificate_status
from sanxiang.people.models import (
    Certificate,
    CertificateEvent,
    LegalReviewer,
    Officer,
    ReviewerTraining,
    WindowDuty,
    WindowPost,
)


def _mask(value: str, head: int, tail: int) -> str:
    if not value:
        return "—"
    if len(value) <= head + tail:
        return "*" * len(value)
    return value[:head] + "*" * (len(value) - head - tail) + value[-tail:]


class CertificateInline(ReadOnlyInline):
    model = Certificate
    fields = ("number", "issuer", "region", "valid_from", "valid_until", "state")
    show_change_link = True

    @admin.display(description="证件状态")
    def state(self, obj):
        return certificate_status(obj, date.today()).label


@admin.register(Officer)
class OfficerAdmin(ReadOnlyAdmin):
    list_display = ("name", "agency", "department", "post", "status", "staff_page")
    list_filter = ("status", "agency", "gender")
    search_fields = ("name", "agency__name", "certificates__number")
    fields = ("name", "gender", "agency", "department", "post", "status", "masked_id_number", "masked_mobile", "user",
              "photo_preview", "updated_at")
    readonly_fields = fields
    inlines = [CertificateInline]

    @admin.display(description="公民身份号码")
    def masked_id_number(self, obj):
        return _mask(obj.id_number, 4, 4)

    @admin.display(description="手机号码")
    def masked_mobile(self, obj):
        return _mask(obj.mobile, 3, 4)

    @admin.display(description="工作台页面")
    def staff_page(self, obj):
        return _staff_link("people:officer_detail", obj.pk, "打开")

    @admin.display(description="照片")
    def photo_preview(self, obj):
        # Served through the scoped staff view; the media directory itself is not public.
        if not obj.photo:
            return "—"
        return format_html('<img src="{}" alt="" style="height:96px;border:1px solid #ddd">',
                           reverse("people:officer_photo", args=[obj.pk]))


class EventInline(ReadOnlyInline):
    model = CertificateEvent
    fields = ("effective_on", "kind", "reason", "document_number", "created_by", "created_at")


@admin.register(Certificate)
class CertificateAdmin(ReadOnlyAdmin):
    list_display = ("number", "officer", "agency", "region", "valid_from", "valid_until", "state")
    list_filter = ("categories", "region", "officer__agency")
    search_fields = ("number", "officer__name", "issuer")
    date_hierarchy = "valid_until"
    inlines = [EventInline]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("officer__agency", "region").prefetch_related("events")

    @admin.display(description="执法主体")
    def agency(self, obj):
        return obj.officer.agency

    @admin.display(description="证件状态")
    def state(self, obj):
        return certificate_status(obj, date.today()).label


@admin.register(CertificateEvent)
class CertificateEventAdmin(ReadOnlyAdmin):
    list_display = ("certificate", "kind", "effective_on", "reason", "document_number", "created_by", "created_at")
    list_filter = ("kind",)
    search_fields = ("certificate__number", "certificate__officer__name", "reason", "document_number")
    date_hierarchy = "effective_on"


class TrainingInline(ReadOnlyInline):
    model = ReviewerTraining
    fields = ("held_on", "kind", "title", "hours", "organiser")


@admin.register(LegalReviewer)
class LegalReviewerAdmin(ReadOnlyAdmin):
    list_display = ("officer", "agency", "has_legal_qualification", "first_review_on", "is_active")
    list_filter = ("has_legal_qualification", "is_active", "officer__agency")
    search_fields = ("officer__name", "qualification_number")
    inlines = [TrainingInline]

    @admin.display(description="执法主体")
    def agency(self, obj):
        return obj.officer.agency


@admin.register(ReviewerTraining)
class ReviewerTrainingAdmin(ReadOnlyAdmin):
    list_display = ("title", "reviewer", "kind", "held_on", "hours", "organiser")
    list_filter = ("kind",)
    search_fields = ("title", "reviewer__officer__name", "organiser")


class DutyInline(ReadOnlyInline):
    model = WindowDuty
    fields = ("officer", "starts_on", "ends_on")


@admin.register(WindowPost)
class WindowPostAdmin(ReadOnlyAdmin):
    list_display = ("name", "agency", "department", "location", "phone", "is_active")
    list_filter = ("is_active", "agency")
    search_fields = ("name", "agency__name", "location")
    inlines = [DutyInline]


@admin.register(WindowDuty)
class WindowDutyAdmin(ReadOnlyAdmin):
    list_display = ("window", "officer", "starts_on", "ends_on")
    list_filter = ("window__agency",)
    search_fields = ("window__name", "officer__name")
