"""Django admin for the calendar: read-only, because every write goes through the services
(with its ledger event). Schedules are added and corrected on the staff pages (/staff/calendar/)."""

from __future__ import annotations

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from sanxiang.core.admin import ReadOnlyAdmin, ReadOnlyInline
from sanxiang.holidays.models import AdjustedWorkday, Deadline, HolidayRange, YearSchedule


class HolidayRangeInline(ReadOnlyInline):
    model = HolidayRange
    fields = ("name", "start", "end")


class AdjustedWorkdayInline(ReadOnlyInline):
    model = AdjustedWorkday
    fields = ("date", "name")


@admin.register(YearSchedule)
class YearScheduleAdmin(ReadOnlyAdmin):
    list_display = ("year", "notice", "source", "source_version", "updated_at", "staff_page")
    list_filter = ("source",)
    inlines = [HolidayRangeInline, AdjustedWorkdayInline]

    @admin.display(description="工作台页面")
    def staff_page(self, obj):
        return format_html(
            '<a href="{}">查看 / 修改</a>', reverse("holidays:year_detail", kwargs={"year": obj.year})
        )

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "title": "年度节假日安排（在工作台“工作日历”中录入和修改）"}
        return super().changelist_view(request, extra_context)


@admin.register(Deadline)
class DeadlineAdmin(ReadOnlyAdmin):
    list_display = (
        "label",
        "kind",
        "owner_type",
        "owner_id",
        "deadline_start",
        "deadline_amount",
        "deadline_rule",
        "due_date",
        "deadline_provisional",
        "deadline_article",
    )
    list_filter = ("deadline_provisional", "deadline_rule", "kind")
    search_fields = ("label", "kind", "owner_id", "deadline_article")
