from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm


class BootstrapFormMixin:
    """Adds Bootstrap classes to widgets and ``is-invalid`` to fields with errors."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.CheckboxInput):
                css = "form-check-input"
            elif isinstance(widget, (forms.Select, forms.SelectMultiple)) and not isinstance(widget, forms.CheckboxSelectMultiple):
                css = "form-select"
            elif isinstance(widget, forms.CheckboxSelectMultiple):
                css = ""
            else:
                css = "form-control"
            if css:
                widget.attrs["class"] = (widget.attrs.get("class", "") + " " + css).strip()

    def add_error(self, field, error):
        """Every error — from field validation or put back from a service — marks its widget invalid.
        (Marking here instead of in ``__init__`` keeps construction free of validation.)"""
        super().add_error(field, error)
        names = [field] if isinstance(field, str) else list(getattr(error, "error_dict", {}) or [])
        for name in names:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                if "is-invalid" not in attrs.get("class", ""):
                    attrs["class"] = (attrs.get("class", "") + " is-invalid").strip()
                attrs["aria-describedby"] = f"id_{name}_errors"


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class LoginForm(BootstrapFormMixin, AuthenticationForm):
    error_messages = {
        "invalid_login": "用户名或密码不正确。请注意大小写。",
        "inactive": "该账号已停用。",
    }
