"""Template helpers shared by the staff workbench and the public portal.

``{% load sx %}`` gives masking filters for personal identifiers (never show an ID number in
full on a page), ``tr`` to translate model choice labels at render time, and the certificate
state badge.
"""

from __future__ import annotations

from django import template
from django.utils.translation import gettext

register = template.Library()


@register.filter
def mask_id(value: str) -> str:
    """5303**********1234: the region prefix and the last four characters, nothing else."""
    value = (value or "").strip()
    if not value:
        return ""
    if len(value) <= 8:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


@register.filter
def mask_phone(value: str) -> str:
    """138****5678 — mobiles keep the first three and last four digits."""
    value = (value or "").strip()
    if len(value) < 7:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 7) + value[-4:]


@register.filter
def tr(value) -> str:
    """Translate a label that lives in the database or in a model (choices, verbose names)."""
    if value is None or value == "":
        return ""
    return gettext(str(value))


@register.inclusion_tag("includes/cert_badge.html")
def cert_badge(status, days_left=None):
    """The computed state of a certificate as a coloured badge (有效/即将到期/已过期/暂扣/已吊销)."""
    return {"status": str(getattr(status, "value", status)), "label": getattr(status, "label", status),
            "days": None if days_left is None else abs(days_left)}


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with ``changes`` applied (for pagination and filter links)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"
