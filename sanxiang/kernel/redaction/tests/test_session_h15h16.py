"""Cases of the kinds holdout15 (OCR scans, spreadsheet exports) and holdout16 showed; written fresh
here, not copied from the generated documents."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sanxiang.kernel.redaction import redact
from sanxiang.kernel.redaction._shadow import make_shadow

from .helpers import hidden, touched


def _kinds(text: str, **kw) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for s in redact(text, **kw).spans:
        out.setdefault(s.kind, []).append(s.original)
    return out


def test_a_letter_spaced_line_reads_as_written():
    text = "经 营 者：邝 勇，男，公 民 身份 号 码：4305211982O5237296\n3.现 场 笔 录 及 对 邝 勇、樊 红 的 询 问 笔 录；"
    kinds = _kinds(text)
    assert kinds["person_name"] == ["邝 勇", "邝 勇", "樊 红"]
    assert kinds["id_number"] == ["4305211982O5237296"]
    pseudonyms = {s.replacement for s in redact(text).spans if s.original == "邝 勇"}
    assert len(pseudonyms) == 1


def test_a_table_row_with_single_spaces_is_not_taken_for_letter_spacing():
    # one single-character cell per row: a table, whose cells must stay apart
    shadow = make_shadow("1 张三丰 男 汉族 木工\n2 李四海 女 回族 瓦工").text
    assert shadow == "1 张三丰 男 汉族 木工\n2 李四海 女 回族 瓦工"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from("经营者公民身份号码张伟男：，、0123"), min_size=1, max_size=40))
def test_letter_spacing_drops_only_spaces(chars):
    text = " ".join(chars)
    shadow = make_shadow(text)
    assert shadow.text.replace(" ", "") == text.replace(" ", "").replace("：", ":").replace("，", ",")
    for k, ch in enumerate(shadow.text):
        a, b = shadow.to_original(k, k + 1)
        assert b - a == 1 and text[a].replace("：", ":").replace("，", ",") == ch


def test_ocr_letters_in_an_id_number_even_four_of_them():
    for text in ("公民身份号码:12O1O41967O611O988，住址略", "身份证号码:412723198O0l133O3O\n现住址略"):
        res = redact(text)
        assert [s.kind for s in res.spans] == ["id_number"], text
        assert "1967" not in res.text and "198O0l" not in res.text


def test_a_certificate_number_after_a_person_is_hidden_whole_not_as_a_bank_account():
    text = "项目经理为龚少华（一级注册建造师，注册编号：京11101201899870），总监理工程师为辛建明。"
    assert hidden(text, "京11101201899870")
    assert [s.kind for s in redact(text).spans if "1110" in s.original] == ["other_id"]
    # 工程师 is a word: its tail 程师 is not a person
    assert not touched(text, "工程师")


def test_a_bracket_broken_by_a_line_end_still_gives_the_persons_certificate():
    text = "持证叉车司机韦国栋（《特种设备作业人\n员证》证号:TS浙D2017457633）当日休息，由吴前程临时顶班。"
    assert hidden(text, "TS浙D2017457633")


def test_real_name_registration_of_a_drone_and_video_platform_accounts():
    text = (
        "当事人操控其所有的无人机（民用无人驾驶航空器实名登记号：UAS74867361）进行航拍。\n"
        "网络直播账号昵称：“山里阿强”，快手号：xmfengme625，视频号ID：nongjia_120，小红书号：lily2024x"
    )
    kinds = _kinds(text)
    assert kinds["other_id"] == ["UAS74867361"]
    assert kinds["contact"] == ["xmfengme625", "nongjia_120", "lily2024x"]


def test_a_published_table_hides_the_certificates_of_natural_persons_only():
    text = (
        "行政相对人名称,行政相对人类别,统一社会信用代码,法定代表人,证件号码,许可证书名称,许可编号,许可机关\n"
        "蓝爱萍,自然人,,,522126198102167522,特种设备作业人员证,辽BN1201696122,某区市场监督管理局\n"
        "某某物流有限公司,法人及非法人组织,91440300BPKE3RY7RF,范向东,,特种设备使用登记证,车11辽A46146(23),某区市场监督管理局\n"
        '"丁浩然","自然人",,,"210211199412132035",取水许可证,"取水（辽甘井）字〔2023〕第00234号",某区水务局\n'
    )
    assert hidden(text, "辽BN1201696122")
    assert hidden(text, "取水（辽甘井）字〔2023〕第00234号")
    assert not touched(text, "车11辽A46146(23)")
    assert not touched(text, "范向东")
