"""Hostile input never crashes the engine and never lets an identifier through."""

from __future__ import annotations

import pytest

from sanxiang.kernel.redaction import redact


def test_empty_and_blank():
    assert redact("").text == "" and redact("").spans == ()
    assert redact("   \n\t").spans == ()


def test_not_a_string():
    with pytest.raises(TypeError):
        redact(b"\xe5\xbc\xa0")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        redact(None)  # type: ignore[arg-type]


def test_keep_may_be_a_single_string_or_contain_junk():
    assert redact("当事人：王五。", keep="王五").spans == ()
    assert redact("当事人：王五。", keep=["", "  ", "王五"]).spans == ()


def test_large_input_is_handled():
    unit = "当事人：王小明，身份证号码：４４０５２４\u200b１８８００１０１００１４，联系电话：138 0013 8000。罚款5000元。\n"
    text = unit * 20000  # about 1.2 million characters
    res = redact(text)
    assert "18800101" not in res.text and "１８８００１０１" not in res.text
    assert "0013" not in res.text
    assert res.text.count("王某") == 20000


def test_mixed_scripts_and_controls():
    text = "Иван Петров ١٢٣٤٥٦٧٨٩٠ \u202e\u2066当事人手机\u2069：１３８００１３８０００ 😀 𠀀 \ud800 \x00"
    res = redact(text)
    assert "１３８００１３８０００" not in res.text
    assert any(s.kind == "phone" for s in res.spans)


def test_other_scripts_digits():
    arabic = "١٣٨٠٠١٣٨٠٠٠"  # 13800138000 in Arabic-Indic digits
    res = redact(f"电话：{arabic}")
    assert [s.kind for s in res.spans] == ["phone"]


def test_long_runs_without_line_breaks():
    text = "的" * 200000 + "0" * 5000 + "住址：" + "某" * 1000
    redact(text)


def test_unbalanced_brackets_and_labels_at_the_very_end():
    for text in ("当事人：", "住址：", "身份证号码：", "（执法证号：", "《", "〔2024〕", "电话", "王", "欧阳"):
        redact(text)


def test_line_lookups_stay_local_on_text_without_line_breaks():
    # Footer, seal and record checks look back at most one short line: on 10 MB without a
    # line break they must not rescan the text from its start at every number (this made
    # bench.redaction.speed's hostile text 30 times slower).
    from sanxiang.kernel.redaction._names import in_agency_footer, line_start_near

    s = "当事人张三联系电话13800138000，" * 100
    assert line_start_near(s, 50) == 0
    assert line_start_near(s, len(s) - 1) is None
    assert line_start_near("甲\n（联系人：王五）", 5) == 2
    assert not in_agency_footer(s, len(s) - 5)
    assert "13800138000" not in redact(s).text
