"""Forms of the calendar pages: a year's schedule (with two row sets) and the calculator."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from sanxiang.core.forms import BootstrapFormMixin, DateInput
from sanxiang.holidays.compute import MAX_N
from sanxiang.holidays.models import FIRST_YEAR, LAST_YEAR
from sanxiang.holidays.services import HolidaySpec, WorkdaySpec
from sanxiang.kernel.workdays import Law

HOLIDAY_NAMES = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节", "中秋节、国庆节"]


class YearScheduleForm(BootstrapFormMixin, forms.Form):
    year = forms.IntegerField(
        label=_("年度"),
        min_value=FIRST_YEAR,
        max_value=LAST_YEAR,
        error_messages={
            "required": _("请填写年度"),
            "invalid": _("年度应为四位数字"),
            "min_value": _("年度应在1990至2100之间"),
            "max_value": _("年度应在1990至2100之间"),
        },
    )
    notice = forms.CharField(
        label=_("通知文号"),
        required=False,
        max_length=100,
        help_text=_("国务院办公厅通知的文号，如：国办发明电〔2025〕7号"),
    )
    published_on = forms.DateField(
        label=_("发布日期"),
        required=False,
        widget=DateInput(),
        error_messages={"invalid": _("日期格式应为 YYYY-MM-DD")},
    )


class YearScheduleEditForm(YearScheduleForm):
    """Correcting a year: the year itself is fixed (declared here, because BootstrapFormMixin
    validates bound data while initialising)."""

    year = forms.IntegerField(label=_("年度"), disabled=True)


class _RowForm(BootstrapFormMixin, forms.Form):
    """A row that may be left entirely empty (skipped); a partly filled row names what is missing."""

    required_in_row: dict[str, str] = {}

    def clean(self):
        data = super().clean()
        filled = [name for name in self.fields if self.data.get(self.add_prefix(name), "").strip()]
        if not filled:
            self.cleaned_data = {}
            return self.cleaned_data
        for name, message in self.required_in_row.items():
            if data.get(name) in (None, "") and name not in self.errors:
                self.add_error(name, message)
        return data

    @property
    def is_blank(self) -> bool:
        return self.is_valid() and not self.cleaned_data


class HolidayRangeForm(_RowForm):
    name = forms.CharField(label=_("节日名称"), required=False, max_length=40)
    start = forms.DateField(
        label=_("放假开始日"),
        required=False,
        widget=DateInput(),
        error_messages={"invalid": _("日期格式应为 YYYY-MM-DD")},
    )
    end = forms.DateField(
        label=_("放假结束日"),
        required=False,
        widget=DateInput(),
        error_messages={"invalid": _("日期格式应为 YYYY-MM-DD")},
    )
    required_in_row = {
        "name": _("请填写节日名称"),
        "start": _("请填写放假开始日"),
        "end": _("请填写放假结束日"),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["list"] = "holiday-names"


class AdjustedWorkdayForm(_RowForm):
    date = forms.DateField(
        label=_("调休上班日"),
        required=False,
        widget=DateInput(),
        error_messages={"invalid": _("日期格式应为 YYYY-MM-DD")},
    )
    name = forms.CharField(label=_("对应节日"), required=False, max_length=40)
    required_in_row = {"date": _("请填写调休上班日")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["list"] = "holiday-names"


HolidayRangeFormSet = forms.formset_factory(HolidayRangeForm, extra=0)
AdjustedWorkdayFormSet = forms.formset_factory(AdjustedWorkdayForm, extra=0)

HOLIDAY_ROWS = 10
WORKDAY_ROWS = 8


def schedule_formsets(data=None, *, holidays=(), workdays=()):
    """The two row sets, with the existing rows first and enough empty rows for a whole year."""
    holiday_initial = [{"name": h.name, "start": h.start, "end": h.end} for h in holidays]
    workday_initial = [{"date": w.date, "name": w.name} for w in workdays]
    holiday_initial += [{}] * max(3, HOLIDAY_ROWS - len(holiday_initial))
    workday_initial += [{}] * max(3, WORKDAY_ROWS - len(workday_initial))
    return (
        HolidayRangeFormSet(data, prefix="holidays", initial=holiday_initial if data is None else None),
        AdjustedWorkdayFormSet(data, prefix="workdays", initial=workday_initial if data is None else None),
    )


def specs_from_formsets(holiday_formset, workday_formset):
    """The filled, valid rows as specs, and for each spec the index of its form (to put errors back)."""
    holidays, holiday_rows = [], []
    for index, form in enumerate(holiday_formset.forms):
        if form.is_valid() and form.cleaned_data:
            d = form.cleaned_data
            holidays.append(HolidaySpec(d["name"].strip(), d["start"], d["end"]))
            holiday_rows.append(index)
    workdays, workday_rows = [], []
    for index, form in enumerate(workday_formset.forms):
        if form.is_valid() and form.cleaned_data:
            d = form.cleaned_data
            workdays.append(WorkdaySpec(d["date"], (d.get("name") or "").strip()))
            workday_rows.append(index)
    return holidays, holiday_rows, workdays, workday_rows


OPERATION_CHOICES = [
    ("add", _("N 个工作日后的日期")),
    ("calendar-deadline", _("N 日（自然日）期间的届满日")),
    ("between", _("两个日期之间的工作日数")),
    ("statutory", _("按法律规定计算期限")),
]
LAW_CHOICES = [(law.value, law.value) for law in Law] + [("其他", _("其他法律法规（按自然日）"))]


class CalculatorForm(BootstrapFormMixin, forms.Form):
    operation = forms.ChoiceField(label=_("计算"), choices=OPERATION_CHOICES, initial="add")
    start = forms.DateField(
        label=_("起算日（A）"),
        widget=DateInput(),
        error_messages={"required": _("请填写起算日"), "invalid": _("日期格式应为 YYYY-MM-DD")},
    )
    n = forms.IntegerField(
        label=_("天数 N"),
        required=False,
        min_value=1,
        max_value=MAX_N,
        error_messages={
            "invalid": _("天数应为整数"),
            "min_value": _("天数应至少为1"),
            "max_value": _("天数不应超过10000"),
        },
    )
    end = forms.DateField(
        label=_("截止日（B）"),
        required=False,
        widget=DateInput(),
        error_messages={"invalid": _("日期格式应为 YYYY-MM-DD")},
    )
    law = forms.ChoiceField(
        label=_("法律"), choices=LAW_CHOICES, required=False, initial=Law.ADMINISTRATIVE_PENALTY.value
    )

    def clean(self):
        data = super().clean()
        operation = data.get("operation")
        if (
            operation in ("add", "calendar-deadline", "statutory")
            and data.get("n") is None
            and "n" not in self.errors
        ):
            self.add_error("n", _("请填写天数"))
        if operation == "between" and data.get("end") is None and "end" not in self.errors:
            self.add_error("end", _("请填写截止日"))
        return data
