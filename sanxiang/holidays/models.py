"""The holiday table: each year's State Council schedule, and deadlines that depend on it.

REQUIREMENTS §8: working days exclude weekends and statutory holidays and include the adjusted
working weekends (调休) announced each year by the State Council General Office; deadlines beyond
the known calendar are provisional and are recomputed when the year's schedule arrives.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from sanxiang.kernel.workdays import DeadlineResult, Rule, WorkCalendar

FIRST_YEAR = 1990
LAST_YEAR = 2100


class ScheduleSource(models.TextChoices):
    CHINESE_CALENDAR = "chinese_calendar", "chinese_calendar 软件包"
    MANUAL = "manual", "管理员录入"


class YearSchedule(models.Model):
    """一个年度的全国年节放假安排（国务院办公厅关于某年部分节假日安排的通知）.

    A year with a schedule is *known*: dates in it are computed from its holidays and adjusted
    working days. Any other year falls back to weekends-only and is provisional.
    """

    year = models.PositiveSmallIntegerField(
        "年度", unique=True, validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)]
    )
    notice = models.CharField(
        "通知文号", max_length=100, blank=True, help_text="国务院办公厅通知的文号，如：国办发明电〔2025〕7号"
    )
    published_on = models.DateField("发布日期", null=True, blank=True)
    source = models.CharField(
        "来源", max_length=20, choices=ScheduleSource.choices, default=ScheduleSource.MANUAL
    )
    source_version = models.CharField(
        "来源版本", max_length=40, blank=True, help_text="chinese_calendar 的版本号"
    )
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "年度节假日安排"
        verbose_name_plural = "年度节假日安排"
        ordering = ["year"]

    def __str__(self) -> str:
        return f"{self.year}年节假日安排"


class HolidayRange(models.Model):
    """放假区间：一个节日连续放假的日期（含周末），如 春节 2026-02-15 至 2026-02-23."""

    schedule = models.ForeignKey(
        YearSchedule, on_delete=models.CASCADE, related_name="holiday_ranges", verbose_name="年度安排"
    )
    name = models.CharField("节日名称", max_length=40)
    start = models.DateField("放假开始日")
    end = models.DateField("放假结束日")

    class Meta:
        verbose_name = "放假区间"
        verbose_name_plural = "放假区间"
        ordering = ["start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")), name="holidays_range_end_after_start"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.start}—{self.end}"

    def days(self) -> list[date]:
        return [self.start + timedelta(days=k) for k in range((self.end - self.start).days + 1)]


class AdjustedWorkday(models.Model):
    """调休上班日：安排为工作日的周六或周日."""

    schedule = models.ForeignKey(
        YearSchedule, on_delete=models.CASCADE, related_name="adjusted_workdays", verbose_name="年度安排"
    )
    date = models.DateField("调休上班日", unique=True)
    name = models.CharField("对应节日", max_length=40, blank=True)

    class Meta:
        verbose_name = "调休上班日"
        verbose_name_plural = "调休上班日"
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.date}（{self.name or '调休'}上班）"


class CalendarVersion(models.Model):
    """One row whose token changes with every change to the calendar, in the same transaction.

    Each process keeps its built WorkCalendar with the token it was built for and rebuilds when
    the token in the database differs, so a year added in one process reaches every process.
    """

    token = models.CharField("版本标识", max_length=32)
    changed_at = models.DateTimeField("变更时间")

    class Meta:
        verbose_name = "工作日历版本"
        verbose_name_plural = "工作日历版本"

    def __str__(self) -> str:
        return f"{self.token} @ {self.changed_at:%Y-%m-%d %H:%M:%S}"


# ------------------------------------------------------------------------------------------------
# Stored deadlines
# ------------------------------------------------------------------------------------------------


class DeadlineFields(models.Model):
    """Fields every stored deadline keeps (ARCHITECTURE rule 6): its inputs, rule, article, provisional flag.

    The inputs (start, amount, rule) are kept so that the deadline can be recomputed when the
    calendar changes; ``sanxiang.holidays.deadlines.register`` lists a model for recomputation.
    """

    deadline_start = models.DateField("起算日", help_text="期间开始的当日不计入期间（民事诉讼法第八十五条）")
    deadline_amount = models.PositiveIntegerField("期间长度", help_text="日数或月数")
    deadline_rule = models.CharField(
        "计算方式",
        max_length=20,
        choices=[(r.value, r.label) for r in Rule],
        help_text="工作日、自然日（届满日为休息日的顺延）或月",
    )
    due_date = models.DateField("期限届满日", db_index=True)
    deadline_article = models.CharField("设定期限的条款", max_length=200, blank=True)
    deadline_basis = models.CharField(
        "计算依据",
        max_length=200,
        blank=True,
        help_text="如：行政处罚法第八十五条（二日、三日、五日、七日为工作日）",
    )
    deadline_provisional = models.BooleanField(
        "暂定", default=False, db_index=True, help_text="期限涉及尚未公布节假日安排的年份；公布后自动重算"
    )

    class Meta:
        abstract = True

    def deadline_result(self) -> DeadlineResult:
        return DeadlineResult(
            date=self.due_date,
            provisional=self.deadline_provisional,
            rule=Rule(self.deadline_rule),
            article=self.deadline_article or None,
            basis=self.deadline_basis or None,
        )

    def apply_deadline(self, result: DeadlineResult, *, start: date, amount: int) -> None:
        self.deadline_start = start
        self.deadline_amount = amount
        self.deadline_rule = result.rule.value
        self.due_date = result.date
        self.deadline_article = result.article or ""
        self.deadline_basis = result.basis or ""
        self.deadline_provisional = result.provisional

    def recompute_deadline(self, calendar: WorkCalendar) -> DeadlineResult:
        """The deadline from the stored inputs with ``calendar``; rule, article and basis unchanged."""
        rule = Rule(self.deadline_rule)
        if rule is Rule.WORKDAYS:
            fresh = calendar.add_workdays(self.deadline_start, self.deadline_amount)
        elif rule is Rule.CALENDAR_DAYS:
            fresh = calendar.calendar_deadline(self.deadline_start, self.deadline_amount)
        else:
            fresh = calendar.add_months(self.deadline_start, self.deadline_amount)
        return DeadlineResult(
            fresh.date, fresh.provisional, rule, self.deadline_article or None, self.deadline_basis or None
        )

    DEADLINE_FIELDS = (
        "deadline_start",
        "deadline_amount",
        "deadline_rule",
        "due_date",
        "deadline_article",
        "deadline_basis",
        "deadline_provisional",
    )


class Deadline(DeadlineFields):
    """A deadline attached to any record (a case, a step, a publication …) by content type and id.

    Apps that prefer their own table use :class:`DeadlineFields` and register the model in
    ``sanxiang.holidays.deadlines``; this one is registered already.
    """

    agency_id = models.BigIntegerField("执法主体 ID", null=True, blank=True, db_index=True)
    owner_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, verbose_name="所属对象类型")
    owner_id = models.CharField("所属对象 ID", max_length=64)
    owner = GenericForeignKey("owner_type", "owner_id")
    kind = models.CharField("期限类型", max_length=60, help_text="程序定义中的期限代码，如 penalty.serve")
    label = models.CharField("期限名称", max_length=100, help_text="如：送达行政处罚决定书")
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "期限"
        verbose_name_plural = "期限"
        ordering = ["due_date", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner_type", "owner_id", "kind"], name="holidays_deadline_owner_kind_unique"
            )
        ]
        indexes = [models.Index(fields=["owner_type", "owner_id"], name="holidays_deadline_owner_idx")]

    def __str__(self) -> str:
        flag = "（暂定）" if self.deadline_provisional else ""
        return f"{self.label}：{self.due_date}{flag}"
