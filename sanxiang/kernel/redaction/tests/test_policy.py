"""The masking policy: defaults, options, and the limits no policy can lift."""

from __future__ import annotations

import pytest

from sanxiang.kernel.redaction import DEFAULT_POLICY, Policy, redact

ID = "440524188001010014"


def test_defaults():
    assert DEFAULT_POLICY.name_style == "surname"
    assert redact(f"身份证号码：{ID}").spans[0].replacement == "4405**************"
    assert redact("电话：13800138000").spans[0].replacement == "138****8000"
    assert redact("账号：6222021234567890123").spans[0].replacement == "***************0123"


def test_limits_are_clamped_not_lifted():
    p = Policy(id_keep_head=18, id_keep_tail=18, phone_keep_head=11, phone_keep_tail=11, bank_keep_tail=19)
    assert (p.id_keep_head, p.id_keep_tail, p.phone_keep_head, p.phone_keep_tail, p.bank_keep_tail) == (6, 4, 3, 4, 4)
    res = redact(f"身份证号码：{ID}，电话：13800138000，账号：6222021234567890123", policy=p)
    reps = {s.kind: s.replacement for s in res.spans}
    assert reps["id_number"] == "440524********0014"
    assert reps["phone"] == "138****8000"
    assert reps["bank_account"] == "***************0123"


def test_fifteen_digit_id_keeps_no_birth_date():
    res = redact("身份证号码：110105491231002", policy={"id_keep_head": 6, "id_keep_tail": 4})
    rep = res.spans[0].replacement
    assert rep[:6] == "110105" and not any(c.isdigit() for c in rep[6:12])


def test_hide_everything_policy():
    p = {"id_keep_head": 0, "phone_keep_head": 0, "phone_keep_tail": 0, "bank_keep_tail": 0, "address_keep": "none"}
    res = redact(f"身份证号码：{ID}，电话：13800138000，账号：6222021234567890123，住址：广东省深圳市南山区科技园路8号", policy=p)
    for s in res.spans:
        assert not any(c.isdigit() for c in s.replacement), s


def test_short_phone_always_hides_at_least_four_digits():
    rep = redact("电话：8123456").spans[0].replacement
    assert rep.count("*") >= 4


def test_mask_char_and_skip_kinds():
    res = redact("电话：13800138000，车牌粤B12345", policy={"mask_char": "×", "skip_kinds": {"vehicle_plate"}})
    assert [s.replacement for s in res.spans] == ["138××××8000"]


@pytest.mark.parametrize("bad", [{"name_style": "initials"}, {"address_keep": "street"}, {"mask_char": "**"},
                                 {"id_keep_head": -1}, {"no_such_option": 1}])  # fmt: skip
def test_invalid_policies_are_refused(bad):
    with pytest.raises(ValueError):
        redact("电话：13800138000", policy=bad)
