"""Forms for the personnel pages: officers, certificates, the 持证上岗 check, reviewers, window posts.

Choices offered to the user come from the scoped selectors, so a form never lists another
agency's departments, posts or officers; the services check the same again.
"""

from __future__ import annotations

from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sanxiang.core.forms import DateInput
from sanxiang.org.forms import StaffForm, StaffModelForm
from sanxiang.org.models import Agency, Department, EnforcementCategory, Post, Region
from sanxiang.org.permissions import Perm
from sanxiang.org.selectors import agencies_for, departments_for, posts_for
from sanxiang.people.models import (
    Certificate,
    CertificateEvent,
    CertificateEventKind,
    CertificateStatus,
    LegalReviewer,
    Officer,
    OfficerStatus,
    ReviewerTraining,
    WindowPost,
)
from sanxiang.people.selectors import NO_CERTIFICATE, officers_for


class AgencyChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class DepartmentChoiceField(forms.ModelChoiceField):
    """Shows the agency in front of the department when the user works for several agencies."""

    def __init__(self, *args, show_agency: bool = False, **kwargs):
        self.show_agency = show_agency
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj):
        return f"{obj.agency.name} · {obj.name}" if self.show_agency else obj.name


class PostChoiceField(forms.ModelChoiceField):
    def __init__(self, *args, show_agency: bool = False, **kwargs):
        self.show_agency = show_agency
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj):
        return f"{obj.agency.name} · {obj}" if self.show_agency else str(obj)


class OfficerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        department = f" · {obj.department.name}" if obj.department_id else ""
        return f"{obj.name}（{obj.agency.name}{department}）"


def _agency_fields(form, user, perm: Perm, agency: Agency | None):
    """Limit agency/department/post choices to what ``user`` may manage (or to ``agency`` when fixed)."""
    agencies = agencies_for(user, perm).order_by("name")
    several = agency is None and agencies.count() > 1
    if "agency" in form.fields:
        form.fields["agency"].queryset = agencies
        if not form.is_bound and agencies.count() == 1:
            form.initial.setdefault("agency", agencies.first().pk)
    if "department" in form.fields:
        qs = agency.departments.all() if agency else departments_for(user, perm).order_by("agency__name", "order")
        form.fields["department"].queryset = qs
        form.fields["department"].show_agency = several
    if "post" in form.fields:
        qs = (agency.posts.select_related("department") if agency
              else posts_for(user, perm).order_by("agency__name", "order"))
        form.fields["post"].queryset = qs
        form.fields["post"].show_agency = several


# ---- officers ----

class AgencyOwnedForm(StaffModelForm):
    """A record that belongs to one agency: chosen (among those the user may manage) when created,
    fixed once it exists. Subclasses set ``agency_perm``."""

    agency_perm: Perm

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def setup_fields(self) -> None:
        fixed = self.instance.agency if self.instance.pk else None
        if fixed is not None:
            del self.fields["agency"]
        _agency_fields(self, self.user, self.agency_perm, fixed)


class OfficerForm(AgencyOwnedForm):
    agency = AgencyChoiceField(label=_("执法主体"), queryset=Agency.objects.none())
    department = DepartmentChoiceField(label=_("科室"), queryset=Department.objects.none(), required=False)
    post = PostChoiceField(label=_("职务"), queryset=Post.objects.none(), required=False)

    class Meta:
        model = Officer
        fields = ["agency", "name", "gender", "department", "post", "status", "id_number", "mobile", "photo"]
        widgets = {"id_number": forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false",
                                                       "class": "font-monospace"}),
                   "photo": forms.FileInput(attrs={"accept": "image/jpeg,image/png"})}
        help_texts = {"id_number": _("18位公民身份号码，仅内部使用，不公开；页面上只显示首尾各4位。"),
                      "mobile": _("仅内部使用，不公开。"),
                      "photo": _("公示用证件照，JPG或PNG，不超过2MB。")}

    agency_perm = Perm.MANAGE_PEOPLE

    def clean_id_number(self) -> str:
        return "".join(self.cleaned_data.get("id_number", "").split()).upper()

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if photo and getattr(photo, "size", 0) > 2 * 1024 * 1024:
            raise ValidationError(gettext("照片不能超过2MB。"))
        return photo

    def clean(self):
        data = super().clean()
        agency = data.get("agency") or (self.instance.agency if self.instance.pk else None)
        for name in ("department", "post"):
            value = data.get(name)
            if agency and value and value.agency_id != agency.pk:
                self.add_error(name, gettext("必须属于所选执法主体。"))
        id_number = data.get("id_number")
        if agency and id_number and Officer.objects.filter(agency=agency, id_number=id_number).exclude(
                pk=self.instance.pk).exists():
            self.add_error("id_number", gettext("本执法主体已有该公民身份号码的人员。"))
        return data


class OfficerFilterForm(StaffForm):
    """GET filters of the officer list; invalid values are simply ignored."""

    CERT_STATES = [("", _("全部证件状态")), (CertificateStatus.VALID.value, _("有效")),
                   (CertificateStatus.EXPIRING.value, _("即将到期")), (CertificateStatus.EXPIRED.value, _("已过期")),
                   (CertificateStatus.SUSPENDED.value, _("暂扣")), (CertificateStatus.REVOKED.value, _("已吊销")),
                   (CertificateStatus.NOT_YET_VALID.value, _("未生效")), (NO_CERTIFICATE, _("无证件"))]

    q = forms.CharField(label=_("搜索"), required=False, max_length=40,
                        widget=forms.TextInput(attrs={"placeholder": _("姓名或证件号码")}))
    agency = AgencyChoiceField(label=_("执法主体"), queryset=Agency.objects.none(), required=False,
                               empty_label=_("全部执法主体"))
    department = DepartmentChoiceField(label=_("科室"), queryset=Department.objects.none(), required=False,
                                       empty_label=_("全部科室"))
    status = forms.ChoiceField(label=_("人员状态"), required=False,
                               choices=[("", _("全部人员状态")), *OfficerStatus.choices])
    certificate_state = forms.ChoiceField(label=_("证件状态"), required=False, choices=CERT_STATES)

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def setup_fields(self) -> None:
        agencies = agencies_for(self.user).order_by("region__code", "name")
        self.fields["agency"].queryset = agencies
        self.fields["department"].queryset = departments_for(self.user).order_by("agency__name", "order")
        self.fields["department"].show_agency = agencies.count() > 1

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {"q": data["q"].strip(), "agency_id": data["agency"].pk if data["agency"] else None,
                "department_id": data["department"].pk if data["department"] else None,
                "status": data["status"], "certificate_state": data["certificate_state"]}


# ---- certificates ----

class CertificateForm(StaffModelForm):
    class Meta:
        model = Certificate
        fields = ["number", "issuer", "categories", "region", "valid_from", "valid_until", "issued_on"]
        widgets = {"categories": forms.CheckboxSelectMultiple(attrs={"class": "sx-checks"}), "valid_from": DateInput(),
                   "valid_until": DateInput(), "issued_on": DateInput(),
                   "number": forms.TextInput(attrs={"class": "font-monospace", "autocomplete": "off"})}

    def __init__(self, *args, officer: Officer, **kwargs):
        self.officer = officer
        super().__init__(*args, **kwargs)

    def setup_fields(self) -> None:
        officer = self.officer
        self.fields["categories"].queryset = EnforcementCategory.objects.all()
        self.fields["region"].queryset = Region.objects.all()
        if not self.is_bound:
            self.initial.setdefault("region", officer.agency.enforcement_region_id)
            self.initial.setdefault("categories", list(officer.agency.categories.values_list("pk", flat=True)))
            self.initial.setdefault("issued_on", date.today())

    def clean_number(self) -> str:
        return self.cleaned_data["number"].strip()

    def clean(self):
        data = super().clean()
        start, end = data.get("valid_from"), data.get("valid_until")
        if start and end and end <= start:
            self.add_error("valid_until", gettext("有效期至必须晚于有效期自。"))
        return data


class CertificateEventForm(StaffModelForm):
    class Meta:
        model = CertificateEvent
        fields = ["kind", "effective_on", "reason", "document_number"]
        widgets = {"effective_on": DateInput()}
        help_texts = {"reason": _("暂扣、吊销或年审不合格必须填写事由。"),
                      "document_number": _("决定文号，如 麒审批证〔2025〕3号；可不填。")}

    def setup_fields(self) -> None:
        if not self.is_bound:
            self.initial.setdefault("effective_on", date.today())

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        needs_reason = (CertificateEventKind.SUSPENDED, CertificateEventKind.REVOKED, CertificateEventKind.CHECK_FAILED)
        if kind in needs_reason and not (data.get("reason") or "").strip():
            self.add_error("reason", gettext("暂扣、吊销或年审不合格必须填写事由。"))
        return data


class AuthorizationCheckForm(StaffForm):
    """持证上岗核验: may this officer act on this category in this region on this date?"""

    officer = OfficerChoiceField(label=_("执法人员"), queryset=Officer.objects.none())
    category = forms.ModelChoiceField(label=_("执法类别"), queryset=EnforcementCategory.objects.all())
    region = forms.ModelChoiceField(label=_("执法区域"), queryset=Region.objects.all())
    on = forms.DateField(label=_("日期"), widget=DateInput())

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def setup_fields(self) -> None:
        self.fields["officer"].queryset = officers_for(self.user).order_by("agency__name", "name")


# ---- legal reviewers ----

class ReviewerForm(StaffModelForm):
    officer = OfficerChoiceField(label=_("人员"), queryset=Officer.objects.none())

    class Meta:
        model = LegalReviewer
        fields = ["officer", "legal_background", "has_legal_qualification", "qualification_number",
                  "qualification_date", "first_review_on", "is_active"]
        widgets = {"qualification_date": DateInput(), "first_review_on": DateInput()}

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def setup_fields(self) -> None:
        if self.instance.pk:
            del self.fields["officer"]
        else:
            self.fields["officer"].queryset = (officers_for(self.user, Perm.MANAGE_PEOPLE)
                                               .filter(reviewer__isnull=True, status=OfficerStatus.ACTIVE)
                                               .order_by("agency__name", "name"))
        self.fields["has_legal_qualification"].help_text = gettext(
            "行政处罚法第五十八条：初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格。")

    def clean(self):
        data = super().clean()
        if data.get("has_legal_qualification") and not (data.get("qualification_number") or "").strip():
            self.add_error("qualification_number", gettext("已取得法律职业资格的，应填写资格证书编号。"))
        when = data.get("qualification_date")
        if when and when > date.today():
            self.add_error("qualification_date", gettext("取得资格日期不能晚于今天。"))
        return data


class TrainingForm(StaffModelForm):
    class Meta:
        model = ReviewerTraining
        fields = ["kind", "title", "held_on", "hours", "organiser"]
        widgets = {"held_on": DateInput()}

    def clean_hours(self):
        hours = self.cleaned_data["hours"]
        if hours is not None and hours <= 0:
            raise ValidationError(gettext("学时必须大于0。"))
        return hours


# ---- window posts ----

class WindowForm(AgencyOwnedForm):
    agency = AgencyChoiceField(label=_("执法主体"), queryset=Agency.objects.none())
    department = DepartmentChoiceField(label=_("科室"), queryset=Department.objects.none(), required=False)

    class Meta:
        model = WindowPost
        fields = ["agency", "name", "department", "location", "phone", "duties", "services", "complaint_channel",
                  "order", "is_active"]
        widgets = {"duties": forms.Textarea(attrs={"rows": 3}), "services": forms.Textarea(attrs={"rows": 3})}

    agency_perm = Perm.MANAGE_WINDOWS

    def clean(self):
        data = super().clean()
        agency = data.get("agency") or (self.instance.agency if self.instance.pk else None)
        if agency and data.get("department") and data["department"].agency_id != agency.pk:
            self.add_error("department", gettext("必须属于所选执法主体。"))
        if agency and data.get("name") and WindowPost.objects.filter(agency=agency, name=data["name"]).exclude(
                pk=self.instance.pk).exists():
            self.add_error("name", gettext("本执法主体已有同名窗口。"))
        return data


class DutyForm(StaffForm):
    officer = OfficerChoiceField(label=_("当班人员"), queryset=Officer.objects.none())
    starts_on = forms.DateField(label=_("开始日期"), widget=DateInput())
    ends_on = forms.DateField(label=_("结束日期"), widget=DateInput(), required=False, help_text=_("空表示长期"))

    def __init__(self, *args, window: WindowPost, user, **kwargs):
        self.window = window
        self.user = user
        super().__init__(*args, **kwargs)

    def setup_fields(self) -> None:
        self.fields["officer"].queryset = (officers_for(self.user).filter(agency=self.window.agency,
                                                                           status=OfficerStatus.ACTIVE).order_by("name"))
        if not self.is_bound:
            self.initial.setdefault("starts_on", date.today())

    def clean(self):
        data = super().clean()
        if data.get("starts_on") and data.get("ends_on") and data["ends_on"] < data["starts_on"]:
            self.add_error("ends_on", gettext("结束日期不能早于开始日期。"))
        return data


class DutyEndForm(StaffForm):
    ends_on = forms.DateField(label=_("结束日期"), widget=DateInput())
