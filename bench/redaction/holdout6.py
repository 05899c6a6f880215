"""Sixth held-out family (``holdout6``): written after the engine changes that holdout5 prompted
and before running anything on it; run once for docs/benchmarks/redaction.md.

Shapes not used elsewhere: 调解协议书 (甲方/乙方), 投诉举报答复书 addressed with an honorific,
行政处罚事先告知书 with 陈述申辩 and a payee name, 查封（扣押）现场笔录 with 见证人 and a list of goods,
案件移送函 naming suspects, 行政许可注销决定书 for a deceased operator's heir; numbers behind labels
not used before (医保卡号, 公积金账号, 残疾人证号, 居住证号, 学籍号, 会员号, 快递收件人手机), names in
「」 quotes, after titles (老板, 师傅), with honorifics, and in long 、-lists.
"""

from __future__ import annotations

import string
from collections.abc import Callable

from .people import BANKS
from .templates import Doc, agency, org, reg_address


def _head(doc: Doc, title: str) -> tuple[str, tuple[str, str, str]]:
    name, docno, region = agency(doc)
    doc.k("agency_name", name).t("\n", title, "\n").k("doc_number", docno).t("\n")
    return name, region


def _digits(doc: Doc, n: int) -> str:
    return doc.r.choice("123456789") + "".join(doc.r.choice(string.digits) for _ in range(n - 1))


def _end(doc: Doc, name: str) -> None:
    doc.t("\n").k("agency_name", name).t("\n").date().t("\n")


def h6_mediation(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "消费纠纷调解协议书")
    a, b = w.person(), w.person()
    shop = region[2] + r.choice(["美丽约", "靓颜", "悦己"]) + "美容美发店"
    doc.t("甲方（消费者）：").name(a).t("，医保卡号：").p("other_id", _digits(doc, 10)).t("，手机：").phone(person=a).t("\n")
    doc.t("乙方（经营者）：").k("org_name", shop).t("，店长").name(b).t("\n")
    doc.t("争议事项：甲方在乙方办理会员卡（会员号").p("other_id", _digits(doc, 8)).t("），充值").amount(1000, 20000)
    doc.t("后乙方停业。经本机关工作人员").k("officer_name", w.person().name).t("主持调解，双方自愿达成如下协议：乙方于").date()
    doc.t("前退还甲方").amount(500, 9000).t("，款项转入甲方").t(r.choice(BANKS)).t("账户（开户名：").name(a).t("，卡号：").bank().t("）。\n")
    doc.t("甲方签字：").name(a).t("  乙方签字：").name(b).t("\n")
    _end(doc, name)


def h6_complaint_reply(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "投诉举报答复书")
    p = w.person()
    doc.name(p).t(r.choice(["先生", "女士"])).t("：\n您于").date().t("通过12345热线反映").t(region[2])
    co = org(doc, region)
    doc.k("org_name", co).t("拖欠您的住房公积金一事（公积金账号：").p("other_id", _digits(doc, 12)).t("）。经核查，该公司人事专员")
    x, y, z = w.person(), w.person(), w.person()
    doc.name(x).t("承认未为").name(p).t("、").name(y).t("、").name(z).t("三人缴存公积金。该公司已承诺于").date().t("前补缴。\n")
    doc.t("如对本答复不服，可自收到之日起三十日内向").k("agency_name", region[1] + "住房公积金管理中心").t("申请复查。\n")
    _end(doc, name)


def h6_prior_notice(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "行政处罚事先告知书")
    p = w.person()
    doc.t(r.choice(["致：", ""])).name(p).t("（残疾人证号：").p("other_id", p.id_number + str(r.randint(1, 4)) + str(r.randint(1, 4))).t("）\n")
    doc.t("经查，你在").t(region[2]).t("经营无证小吃摊，师傅").name(w.person()).t("和帮工").name(w.person()).t("长期在此加工食品。你的居住证号为")
    doc.p("passport", _digits(doc, 12)).t("。本机关拟作出罚款").amount(500, 5000).t("的行政处罚。\n")
    doc.t("你可在收到本告知书之日起五个工作日内提出陈述、申辩。联系人：").k("officer_name", w.person().name).t("，联系电话：").k("agency_phone", w.landline()).t("。\n")
    _end(doc, name)


def h6_seizure_record(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "查封（扣押）现场笔录")
    p, wit = w.person(), w.person()
    doc.t("执法人员：").k("officer_name", w.person().name).t("、").k("officer_name", w.person().name).t("\n")
    doc.t("当事人：").name(p).t("（").t(p.gender).t("），身份证：").idn(p).t("\n见证人：").name(wit).t("（村委会工作人员）\n")
    doc.t("现场情况：在当事人租用的仓库内发现假冒白酒").t(str(r.randint(20, 300))).t("箱，仓库钥匙由老板「").name(w.person()).t("」保管。")
    doc.t("快递面单显示收件人").name(w.person()).t("，收件人手机").phone().t("。\n当事人签名：").name(p).t("  见证人签名：").name(wit).t("\n")


def h6_transfer(doc: Doc) -> None:
    w = doc.w
    name, region = _head(doc, "涉嫌犯罪案件移送书")
    a, b, c = w.person(), w.person(), w.person()
    doc.k("agency_name", region[1] + "公安局" + region[2] + "分局").t("：\n本机关在查处").name(a).t("销售假药案中发现，").name(a)
    doc.t("伙同").name(b).t("、").name(c).t("通过网络向多名老年人销售假药，涉案金额").amount(50000, 900000).t("，其中被害人")
    doc.name(w.person()).t("系").t(region[2]).t("某小学学生（学籍号：").p("other_id", "G" + w.id_number()[:18]).t("）的祖母。")
    doc.t("依据").k("law_title", "《行政执法机关移送涉嫌犯罪案件的规定》").k("article", "第三条").t("，现将本案移送你局。\n")
    _end(doc, name)


def h6_revoke_heir(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "注销行政许可决定书")
    dead, heir = w.person(), w.person()
    shop = region[2] + r.choice(["老字号", "家常"]) + "面馆"
    co = org(doc, region)
    doc.k("org_name", shop).t("（经营者").name(dead).t("）：\n食品经营许可证编号：").k("permit_number", w.permit()).t("\n")
    doc.t("经营者").name(dead).t("已于").date().t("死亡，其子").name(heir).t("申请注销。经审查，").name(heir).t("提交的材料齐全。")
    doc.t("该店原承租的商铺由").k("org_name", co).t("所有，住所：").k("registered_address", reg_address(doc, region)).t("。\n")
    doc.t("依据").k("law_title", "《中华人民共和国行政许可法》").k("article", "第七十条第（五）项").t("，决定注销该许可。\n")
    _end(doc, name)


HOLDOUT6: dict[str, Callable[[Doc], None]] = {
    "mediation": h6_mediation,
    "complaint_reply": h6_complaint_reply,
    "prior_notice": h6_prior_notice,
    "seizure_record": h6_seizure_record,
    "transfer": h6_transfer,
    "revoke_heir": h6_revoke_heir,
}
