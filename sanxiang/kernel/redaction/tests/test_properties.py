"""Invariants on arbitrary input: offsets, order, and the redacted text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sanxiang.kernel.redaction import redact

FRAGMENTS = [
    "当事人：", "王小明", "欧阳娜娜", "，男，", "身份证号码：", "11010519491231002X", "440524188001010015",
    "４４０５２４１８８００１０１００１４", "\u200b", "\ufeff", "\u202e", "联系电话：", "138 0013 8000",
    "+86-139-0013-9000", "住址：", "广东省深圳市南山区科技园路8号", "\n", "。", "、", "执法人员：", "赵强",
    "（执法证号：44030012345）", "《中华人民共和国行政处罚法》", "第五十一条", "深市监罚〔2024〕1号", "2024年3月1日",
    "罚款5000元", "粤B12345", "zhang@163.com", "账号：6222021234567890123", "统一社会信用代码：91440704304226404T",
    "深圳市鑫达有限公司", "法定代表人：李建国", "证人张伟称", "其妻子李秀英", "不动产权证号：粤（2019）深圳市不动产权第0123456号",
    "abc", "Иван", "😀", "𠀀", " ", "一三八〇〇一三八〇〇〇", "\ud800",
]  # fmt: skip

texts = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join),
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=30).map("".join),
)


def _check(text: str) -> None:
    res = redact(text)
    last = 0
    rebuilt: list[str] = []
    for s in res.spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= last, "spans sorted and non-overlapping"
        assert text[s.start : s.end] == s.original
        assert 0.0 < s.confidence <= 1.0
        assert s.kind
        rebuilt.append(text[last : s.start])
        rebuilt.append(s.replacement)
        last = s.end
    rebuilt.append(text[last:])
    assert res.text == "".join(rebuilt)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_offsets_and_replacements(text):
    _check(text)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["440524188001010014", "13800138000", "6222021234567890123"]),
       st.lists(st.sampled_from(["\u200b", " ", "-", "\u2060", "\ufeff", "\u00ad"]), min_size=1, max_size=4),
       st.data())  # fmt: skip
def test_disguised_numbers_never_slip_through(number, junk, data):
    chars = list(number)
    for j in junk:
        pos = data.draw(st.integers(min_value=1, max_value=len(chars) - 1))
        chars.insert(pos, j)
    disguised = "".join(chars)
    text = f"联系方式：{disguised}。"
    res = redact(text)
    start = text.index(disguised)
    covered = set()
    for s in res.spans:
        covered.update(range(s.start, s.end))
    digits = [i for i in range(start, start + len(disguised)) if text[i].isdigit()]
    assert all(i in covered for i in digits), (disguised, res.spans)
    _check(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="王五六张三丰李甲", min_size=1, max_size=4), min_size=1, max_size=6),
    st.text(alphabet="王五六张三丰李甲，x", max_size=80),
)
def test_name_occurrences_are_the_same_on_both_search_paths(names, text):
    from sanxiang.kernel.redaction import _engine

    by_find = list(_engine._occurrences(text, names))
    budget = _engine._FIND_BUDGET
    _engine._FIND_BUDGET = -1  # force the path used for large documents
    try:
        by_regex = list(_engine._occurrences(text, names))
    finally:
        _engine._FIND_BUDGET = budget
    assert by_find == by_regex
