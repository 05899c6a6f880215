"""Forms for the organisation pages, and the helpers every staff form uses.

Forms only parse and check input for the user's benefit; the services remain the authority.
``submit()`` calls a service and puts its ``ValidationError`` back on the form field by field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import IntegrityError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sanxiang.core.forms import BootstrapFormMixin, DateInput
from sanxiang.org.models import Agency, Department, LeadingGroup, Post, Role, SeatRole


class TranslatedFormMixin:
    """Model labels, help texts and choice labels are Chinese literals; translate them for the active
    language (their English is in the catalog, see ``sanxiang/workbench/labels.py``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if field.label:
                field.label = gettext(str(field.label))
            if field.help_text:
                field.help_text = gettext(str(field.help_text))
            if isinstance(field, forms.ChoiceField) and not isinstance(field, forms.ModelChoiceField):
                field.choices = [(value, gettext(str(label))) for value, label in field.choices]


class SetupFieldsMixin:
    """Runs ``setup_fields()`` right after Django builds the fields: forms narrow their querysets to
    the user's scope there, using attributes set before calling ``super().__init__()``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_fields()

    def setup_fields(self) -> None:
        pass


class StaffForm(TranslatedFormMixin, BootstrapFormMixin, SetupFieldsMixin, forms.Form):
    pass


class StaffModelForm(TranslatedFormMixin, BootstrapFormMixin, SetupFieldsMixin, forms.ModelForm):
    pass


def apply_service_errors(form: forms.BaseForm, exc: ValidationError) -> None:
    """Put a service's ``ValidationError`` on the form: per field where the form has that field,
    otherwise as a non-field error that names the field."""
    if hasattr(exc, "error_dict"):
        for field, messages in exc.message_dict.items():
            for message in messages:
                if field in form.fields:
                    form.add_error(field, gettext(message))
                elif field == "__all__":
                    form.add_error(None, gettext(message))
                else:
                    form.add_error(None, f"{gettext(_field_label(form, field))}：{gettext(message)}")
    else:
        for message in exc.messages:
            form.add_error(None, gettext(message))


def _field_label(form: forms.BaseForm, name: str) -> str:
    model = getattr(getattr(form, "_meta", None), "model", None)
    if model is not None:
        try:
            return str(model._meta.get_field(name).verbose_name)
        except FieldDoesNotExist:
            return name
    return name


def submit(form: forms.BaseForm, service: Callable[..., Any], /, **kwargs: Any) -> tuple[bool, Any]:
    """Run ``service(**kwargs)``; on a ``ValidationError`` (or a constraint the database enforced first)
    put the error on ``form`` and return ``(False, None)``."""
    try:
        return True, service(**kwargs)
    except ValidationError as exc:
        apply_service_errors(form, exc)
    except IntegrityError:
        form.add_error(None, gettext("保存失败：与已有记录冲突（可能重复），请检查后再提交。"))
    return False, None


# ---- agencies ----

class AgencyForm(StaffModelForm):
    website = forms.URLField(label=_("网站"), required=False, max_length=200, assume_scheme="https")

    class Meta:
        model = Agency
        fields = ["name", "short_name", "level", "region", "credit_code", "head", "office_address", "categories",
                  "enforcement_region", "enforcement_region_note", "contact_phone", "supervision_phone",
                  "legal_basis", "website", "status"]
        widgets = {
            "categories": forms.CheckboxSelectMultiple(attrs={"class": "sx-checks"}),
            "legal_basis": forms.Textarea(attrs={"rows": 4}),
            "credit_code": forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false",
                                                  "class": "font-monospace"}),
        }

    def clean_credit_code(self) -> str:
        # Codes are printed in capitals; people type them in any case and with stray spaces.
        return "".join(self.cleaned_data["credit_code"].split()).upper()


# ---- departments and posts ----

class DepartmentForm(StaffModelForm):
    class Meta:
        model = Department
        fields = ["name", "responsibilities", "holds_enforcement_power", "is_legal_review_body",
                  "is_leading_group_office", "order"]
        widgets = {"responsibilities": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, agency: Agency, **kwargs):
        self.agency = agency
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        others = self.agency.departments.exclude(pk=self.instance.pk)
        if data.get("name") and others.filter(name=data["name"]).exists():
            self.add_error("name", gettext("本执法主体已有同名科室。"))
        if data.get("is_legal_review_body"):
            current = others.filter(is_legal_review_body=True).first()
            if current:
                self.add_error("is_legal_review_body",
                               gettext("法制审核机构只能有一个，目前为“%(name)s”。") % {"name": current.name})
        if data.get("is_leading_group_office"):
            current = others.filter(is_leading_group_office=True).first()
            if current:
                self.add_error("is_leading_group_office",
                               gettext("领导小组办公室只能设在一个科室，目前为“%(name)s”。") % {"name": current.name})
        return data


class PostForm(StaffForm):
    title = forms.CharField(label=_("职务名称"), max_length=60)
    department = forms.ModelChoiceField(label=_("科室"), queryset=Department.objects.none(), required=False,
                                        empty_label=_("（机关领导职务，不属于科室）"))
    order = forms.IntegerField(label=_("排序"), min_value=0, max_value=32767, initial=0)

    def __init__(self, *args, agency: Agency, **kwargs):
        self.agency = agency
        super().__init__(*args, **kwargs)

    def setup_fields(self) -> None:
        self.fields["department"].queryset = self.agency.departments.all()

    def clean(self):
        data = super().clean()
        title = data.get("title")
        if title and Post.objects.filter(agency=self.agency, department=data.get("department"), title=title).exists():
            self.add_error("title", gettext("该科室已有同名职务。") if data.get("department")
                           else gettext("本执法主体已有同名职务。"))
        return data


# ---- leading group ----

class LeadingGroupForm(StaffModelForm):
    class Meta:
        model = LeadingGroup
        fields = ["name", "established_by", "established_on", "office_department", "office_director_post",
                  "succession_note"]
        widgets = {"established_on": DateInput()}

    def __init__(self, *args, agency: Agency, **kwargs):
        self.agency = agency
        super().__init__(*args, **kwargs)

    def setup_fields(self) -> None:
        agency = self.agency
        self.fields["office_department"].queryset = agency.departments.all()
        self.fields["office_director_post"].queryset = agency.posts.select_related("department")
        if not self.is_bound and not self.instance.pk:
            self.initial.setdefault("name", gettext("%(agency)s全面推行行政执法三项制度工作领导小组")
                                    % {"agency": agency.name})
            review_body = agency.departments.filter(is_leading_group_office=True).first()
            if review_body:
                self.initial.setdefault("office_department", review_body.pk)


class SeatForm(StaffForm):
    post = forms.ModelChoiceField(label=_("职务"), queryset=Post.objects.none(),
                                  help_text=_("席位属于职务：人员变动时由担任该职务的同志自行递补。"))
    role = forms.ChoiceField(label=_("组内职务"), choices=SeatRole.choices)
    order = forms.IntegerField(label=_("排序"), min_value=0, max_value=32767, initial=0)

    def __init__(self, *args, group: LeadingGroup, **kwargs):
        self.group = group
        super().__init__(*args, **kwargs)

    def setup_fields(self) -> None:
        self.fields["post"].queryset = self.group.agency.posts.select_related("department")

    def clean_post(self):
        post = self.cleaned_data["post"]
        if self.group.seats.filter(post=post).exists():
            raise ValidationError(gettext("该职务已在领导小组中。"))
        return post


# ---- roles ----

class MembershipForm(StaffForm):
    username = forms.CharField(label=_("用户名"), max_length=150,
                               help_text=_("登录账号由系统管理员在管理后台创建；此处为已有账号授予本机关的角色。"))
    role = forms.ChoiceField(label=_("角色"), choices=Role.choices)
    department = forms.ModelChoiceField(label=_("科室"), queryset=Department.objects.none(), required=False,
                                        empty_label=_("（不限科室）"))

    def __init__(self, *args, agency: Agency, **kwargs):
        self.agency = agency
        self.user_obj = None
        super().__init__(*args, **kwargs)

    def setup_fields(self) -> None:
        self.fields["department"].queryset = self.agency.departments.all()

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise ValidationError(gettext("没有用户名为“%(name)s”的有效账号。") % {"name": username})
        self.user_obj = user
        return username

    def clean(self):
        data = super().clean()
        if self.user_obj and data.get("role") and self.agency.memberships.filter(
                user=self.user_obj, role=data["role"]).exists():
            self.add_error("role", gettext("该用户在本执法主体已有此角色。"))
        return data
