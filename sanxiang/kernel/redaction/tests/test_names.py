"""Natural persons' names: who is hidden, who stays, and how pseudonyms are given."""

from __future__ import annotations

from sanxiang.kernel.redaction import redact

from .helpers import hidden, touched

PARTY = """深圳市龙华区市场监督管理局
行政处罚决定书
深龙华市监罚〔2024〕123号

当事人：王小明，男，1980年1月1日出生，汉族，身份证号码：440524188001010014，住广东省深圳市南山区粤海街道科技园路8号3栋1201室。
委托代理人：欧阳娜娜，广东某某律师事务所律师。
经查，当事人雇佣的员工张伟在其经营的店内销售过期食品。证人刘芳（女）证实上述事实。当事人的妻子王秀英称不知情。王小明对上述事实无异议。
以上事实有执法人员赵强（执法证号：44030012345）、孙丽（执法证号：44030012346）现场检查笔录为证。
依据《中华人民共和国食品安全法》第一百二十四条第一款，决定罚款人民币50000元。
"""


def test_parties_agents_witnesses_family_and_employees_are_hidden():
    for name in ("王小明", "欧阳娜娜", "张伟", "刘芳", "王秀英"):
        assert hidden(PARTY, name), name


def test_officers_laws_and_agency_stay():
    for kept in ("赵强", "孙丽", "44030012345", "《中华人民共和国食品安全法》", "第一百二十四条第一款",
                 "深圳市龙华区市场监督管理局", "深龙华市监罚〔2024〕123号", "50000元", "广东某某律师事务所"):  # fmt: skip
        assert not touched(PARTY, kept), kept


def test_pseudonyms_keep_surname_and_tell_people_apart():
    res = redact(PARTY)
    by_name: dict[str, set[str]] = {}
    for s in res.spans:
        if s.kind == "person_name":
            by_name.setdefault(s.original, set()).add(s.replacement)
    assert by_name["王小明"] == {"王某甲"}  # one person, one pseudonym, every time
    assert by_name["王秀英"] == {"王某乙"}
    assert by_name["欧阳娜娜"] == {"欧阳某"}
    assert by_name["张伟"] == {"张某"}
    assert res.text.count("王某甲") == 2


def test_placeholder_style():
    res = redact("当事人：王小明。证人：李四。", policy={"name_style": "placeholder"})
    assert [s.replacement for s in res.spans] == ["某某甲", "某某乙"]


def test_legal_representative_stays_by_context_and_everywhere_after():
    text = "当事人：深圳市鑫达餐饮管理有限公司\n法定代表人：李建国\n经查，李建国未能提供进货凭证。员工周杰称不知情。"
    assert not touched(text, "李建国")
    assert not touched(text, "深圳市鑫达餐饮管理有限公司")
    assert hidden(text, "周杰")


def test_legal_representative_stays_by_keep_list():
    text = "当事人：王五，男，身份证号码：440524188001010014。"
    assert hidden(text, "王五")
    assert not touched(text, "王五", keep=["王五"])
    assert touched(text, "440524188001010014", keep=["王五"])


def test_responsible_person_in_party_block_stays_but_not_in_running_text():
    text = "当事人：某某超市（分店）\n负责人：陈立新\n现场负责人黄晓明签收。"
    assert not touched(text, "陈立新")
    assert hidden(text, "黄晓明")


def test_individual_business_trade_name_stays_operator_name_goes():
    text = ("当事人：龙华区惠民便利店（个体工商户）\n统一社会信用代码：92440300MA5EXXXX1X\n"
            "经营场所：深圳市龙华区民治街道人民路12号\n经营者：刘德华，身份证号码：440524188001010014")  # fmt: skip
    assert not touched(text, "龙华区惠民便利店")
    assert not touched(text, "深圳市龙华区民治街道人民路12号")
    assert hidden(text, "刘德华")


def test_compound_and_four_character_names():
    text = "证人：司马相如、诸葛亮。当事人之子上官飞燕证实上述事实。"
    for name in ("司马相如", "诸葛亮", "上官飞燕"):
        assert hidden(text, name), name


def test_names_next_to_punctuation_and_at_sentence_start():
    text = "当事人：李明。\n“张三丰”系当事人的朋友。张三丰称，李明于2023年5月离开。"
    assert hidden(text, "“张三丰”"[1:-1])
    res = redact(text)
    assert res.text.count("张某") == 2


def test_name_that_is_also_a_word_is_found_by_its_label_and_everywhere_after():
    text = "当事人：高明，男。经查，高明在其店内销售过期食品。"
    res = redact(text)
    assert [s.original for s in res.spans if s.kind == "person_name"] == ["高明", "高明"]


def test_addressee_line():
    text = "责令改正通知书\n\n王建军：\n经查，你于2024年3月1日擅自占道经营。"
    assert hidden(text, "王建军")


def test_minority_name_with_middle_dot():
    text = "当事人：阿不都·热合曼，男，维吾尔族。"
    assert hidden(text, "阿不都·热合曼")


def test_already_pseudonymised_names_are_left_alone():
    assert redact("当事人：张某某，证人：李某。").spans == ()


def test_no_false_names_in_statute_language():
    text = ("第五十一条 违法事实确凿并有法定依据，对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款"
            "或者警告的行政处罚的，可以当场作出行政处罚决定。当事人有权进行陈述和申辩。行政机关必须充分听取"
            "当事人的意见，对当事人提出的事实、理由和证据，应当进行复核；申请人应当先向行政复议机关申请行政复议。")  # fmt: skip
    assert redact(text).spans == ()


def test_addressee_with_honorific():
    assert hidden("投诉处理结果告知书\n商彤璎先生/女士：\n您于2024年3月1日投诉的事项已处理完毕。", "商彤璎")


def test_unknown_person_label_with_colon():
    text = "机动车所有人：胡想  号牌号码：云A12345\n被许可人：柴琇澧\n执法记录人：赵强"
    assert hidden(text, "胡想")
    assert hidden(text, "柴琇澧")
    assert not touched(text, "赵强")


def test_hearing_officers_stay_and_a_comma_does_not_start_a_list():
    text = "听证主持人：章玉英  书记员：扈秀兰\n当事人：位雪洁  委托代理人：胥磊\n经营者：芮丹，公民身份号码：532501198001010015"
    res = redact(text)
    names = [s.original for s in res.spans if s.kind == "person_name"]
    assert names == ["位雪洁", "胥磊", "芮丹"]
