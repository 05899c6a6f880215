"""Mechanisms added for unseen document families: coreference, dialogue and kinship cues,
bracketed and transliterated names, label-only personal numbers — and what must still stay."""

from sanxiang.kernel.redaction import redact


def _hidden(text: str, *, keep=()) -> set[str]:
    return {s.original for s in redact(text, keep=keep).spans}


def test_given_name_alone_follows_the_full_name():
    text = "答：我叫刘晓东，我老婆叫陈美玲。\n问：晓东，你店里谁收银？\n答：平时是美玲收银。"
    res = redact(text)
    assert "晓东" not in res.text and "美玲" not in res.text
    reps = {s.original: s.replacement for s in res.spans}
    assert reps["晓东"] == reps["刘晓东"] == "刘某"


def test_given_name_shared_by_two_people_is_not_guessed():
    text = "当事人：刘晓东，证人：王晓东。晓东称其不知情。"
    assert "晓东" not in _hidden(text)


def test_dialogue_and_kinship_cues():
    hidden = _hidden("答：店是我和表哥郑国强一起开的，我小舅子吕波也在。")
    assert {"郑国强", "吕波"} <= hidden


def test_bracketed_and_listed_names():
    hidden = _hidden("在场工人（汪俊）拍下了视频。乘客（阿帆、夏侯欣）分别支付车费。从业人员「皇甫畅、劳帆俊、池丽等人」未取得健康证明。")
    assert {"汪俊", "夏侯欣", "皇甫畅", "劳帆俊", "池丽"} <= hidden


def test_transliterated_and_tibetan_names():
    hidden = _hidden("外籍技术员伊万·彼得罗夫无法出示操作证，阿不都热合曼·买买提在现场，格桑卓玛协助搬运。")
    assert {"伊万·彼得罗夫", "阿不都热合曼·买买提", "格桑卓玛"} <= hidden


def test_label_only_personal_numbers():
    text = (
        "病历号23930553。社保卡号：C01882573。车架号（VIN）：LTSNTKNHZW1376791。"
        "医师资格证书，证书编号132789330580439。医保卡号：9434461496。"
    )
    hidden = _hidden(text)
    assert {"23930553", "C01882573", "LTSNTKNHZW1376791", "132789330580439", "9434461496"} <= hidden


def test_label_only_rule_leaves_protected_numbers():
    text = (
        "案件编号：保交执立〔2023〕373号。营业执照注册号：476189223775239。许可证编号：JY14403050123456。"
        "检验报告编号：2024-0012345。样品编号：SP20240001。执法证号：44030012345。批准文号：国药准字H20051234。"
    )
    assert _hidden(text) == set()


def test_officers_legal_representatives_and_companies_stay():
    text = (
        "当事人：深圳市恒信商贸有限公司\n法定代表人：王建国\n经查，夜间，纪桂兰按照姚柳波的指示排污。法定代表人王建国到场。"
        "经本机关工作人员李明主持调解。\n你可在收到本告知书之日起五个工作日内提出陈述、申辩。联系人：张华，联系电话：0755-83001234。"
    )
    hidden = _hidden(text)
    assert "王建国" not in hidden and "李明" not in hidden and "张华" not in hidden
    assert "0755-83001234" not in hidden
    assert not any("公司" in h for h in hidden)
    assert "姚柳波" in hidden


def test_already_pseudonymised_reference_stays():
    assert "刘某" not in _hidden("问：刘某说你们还在网上接单，是否属实？")
