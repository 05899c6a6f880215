"""Field validators that explain, in Chinese, what is wrong with a national identifier."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError

from sanxiang.kernel.identifiers import explain_citizen_id, explain_uscc

PHONE_RE = re.compile(r"^(?:\+?86[- ]?)?(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?|\d{7,8}|12345|400-?\d{3}-?\d{4})$")


def validate_uscc(value: str) -> None:
    problem = explain_uscc(value or "")
    if problem:
        raise ValidationError("统一社会信用代码无效：%(problem)s", code="invalid_uscc", params={"problem": problem})


def validate_citizen_id(value: str) -> None:
    problem = explain_citizen_id(value or "")
    if problem:
        raise ValidationError("公民身份号码无效：%(problem)s", code="invalid_citizen_id", params={"problem": problem})


def validate_phone(value: str) -> None:
    if value and not PHONE_RE.match(value.replace(" ", "")):
        raise ValidationError(
            "电话号码格式不正确，应为手机号（11位）或带区号的固定电话，如 0874-3123456。", code="invalid_phone"
        )


def validate_region_code(value: str) -> None:
    if not re.fullmatch(r"\d{6}", value or ""):
        raise ValidationError("行政区划代码应为6位数字（GB/T 2260）。", code="invalid_region_code")
