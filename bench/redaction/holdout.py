"""Held-out templates: other document types and phrasing, written before any tuning and never
used to tune the engine. Their names come from the held-out name source (see ``people``).
"""

from __future__ import annotations

from collections.abc import Callable

from .people import BANKS, KIN, REGIONS
from .templates import LAWS, Doc, agency, company_block, footer, org, reg_address


def _head(doc: Doc, title: str):
    name, docno, region = agency(doc)
    doc.k("agency_name", name).t("\n\n", title, "\n\n").k("doc_number", docno).t("\n")
    return name, region


def h_reconsideration(doc: Doc) -> None:
    w, r = doc.w, doc.r
    region = r.choice(REGIONS)
    gov = region[1] + "人民政府"
    doc.k("agency_name", gov).t("\n行政复议决定书\n").k("doc_number", f"{region[1][:2]}府复〔{r.randint(2021, 2025)}〕{r.randint(1, 400)}号").t("\n\n")
    p = w.person()
    doc.t("申请人：").name(p).t(f"，{p.gender}，").t(f"{r.randint(1950, 2000)}年{r.randint(1, 12)}月生，")
    doc.t("住").address(p, split=False).t("，公民身份号码：").idn(p).t("。\n")
    a = w.person()
    doc.t("委托代理人：").name(a).t("，").name(p).t("之").t(r.choice(["子", "女", "妻", "夫"])).t("。\n")
    resp = region[1] + region[2] + "市场监督管理局"
    doc.t("被申请人：").k("agency_name", resp).t("。\n").t("法定代表人：").k("legal_rep", w.person().name).t("，局长。\n\n")
    doc.t("申请人不服被申请人于").date().t("作出的行政处罚决定，于").date().t("向本机关申请行政复议，本机关依法予以受理。\n")
    doc.t("申请人称：其与邻居").name(w.person()).t("因琐事发生纠纷后，").name(w.person()).t("多次向被申请人投诉，被申请人认定事实不清。\n")
    doc.t("本机关认为，被申请人作出的处罚决定认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当。根据")
    doc.k("law_title", "《中华人民共和国行政复议法》").k("article", "第六十八条").t("的规定，本机关决定：维持被申请人作出的行政处罚决定。\n")
    doc.t("申请人如不服本决定，可以自收到本决定书之日起十五日内向").k("agency_name", region[1] + region[2] + "人民法院").t("提起行政诉讼。\n")
    doc.t("\n").k("agency_name", gov).t("\n").date().t("\n")


def h_public_security(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "行政处罚决定书")
    p = w.person()
    doc.t("违法行为人").name(p).t(f"，{p.gender}，").t(f"{r.randint(18, 60)}岁，").t("户籍所在地").address(p, split=False)
    doc.t("，现住").address(p, split=False).t("，身份证件种类及号码：居民身份证").idn(p).t("。\n")
    v = w.person()
    doc.t("现查明，").date().t("晚，违法行为人").name(p).t("在").t(region[2]).t("某烧烤店内与").name(v).t("发生口角，")
    doc.t("继而用拳头殴打").name(v).t("面部，致").name(v).t("轻微伤。以上事实有违法行为人陈述和申辩、被侵害人")
    doc.name(v).t("的陈述、证人").name(w.person()).t("、").name(w.person()).t("的证言等证据证实。\n")
    doc.t("根据").k("law_title", "《中华人民共和国治安管理处罚法》").k("article", "第四十三条第一款").t("之规定，现决定给予违法行为人")
    doc.name(p).t("行政拘留五日并处罚款").amount(200, 500).t("的处罚。\n")
    doc.t("执行方式和期限：送").k("agency_name", region[1] + "拘留所").t("执行。\n")
    footer(doc, name, region)


def h_fire(doc: Doc) -> None:
    w = doc.w
    name, region = _head(doc, "责令限期改正通知书")
    co = org(doc, region)
    doc.k("org_name", co).t("：\n根据").k("law_title", "《中华人民共和国消防法》").t("之规定，").date().t("，我大队消防监督员")
    doc.k("officer_name", w.person().name).t("、").k("officer_name", w.person().name).t("对你单位位于").k("registered_address", reg_address(doc, region))
    doc.t("的场所进行了消防监督检查，发现你单位存在下列违法行为：\n1.疏散通道堆放杂物；\n2.消防控制室值班人员")
    doc.name(w.person()).t("未持证上岗；\n3.员工宿舍内私拉电线为电动车充电，宿舍住户").name(w.person()).t("、")
    doc.name(w.person()).t("当场确认。\n")
    doc.t("你单位安全管理人员").name(w.person()).t("（联系方式").phone().t("）签收本通知书。\n")
    footer(doc, name, region)


def h_transport(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "交通运输行政处罚决定书")
    co, rep = company_block(doc, region)
    d = w.person()
    doc.t("\n").date().t("，执法人员在").t(region[1]).t("高速公路收费站对车牌号码为").p("vehicle_plate", w.plate(region[0]))
    doc.t("的重型货车进行检查，驾驶员").name(d).t("（驾驶证号").p("id_number", w.disguise_number(d.id_number, (6, 8, 4))).t("）")
    doc.t("未能提供有效的道路运输证。经调查，该车辆登记所有人为当事人，挂靠车主").name(w.person()).t("，")
    doc.t("车辆登记证书编号").p("property_certificate", "".join(r.choice("0123456789") for _ in range(12))).t("。\n")
    law = LAWS[9]
    doc.t("当事人的行为违反了").k("law_title", law[0]).k("article", law[1]).t("的规定，依据").k("law_title", law[0]).k("article", law[2])
    doc.t("，决定处以罚款").amount(3000, 10000).t("。\n")
    footer(doc, name, region)


def h_enforcement_demand(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "催告书")
    p = w.person()
    doc.name(p).t("（公民身份号码").idn(p).t("，户籍地").address(p, split=False).t("）：\n")
    doc.t("本机关于").date().t("对你作出的行政处罚决定，已于").date().t("依法送达。你至今未履行缴纳罚款").amount(1000, 30000).t("的义务。")
    doc.t("根据").k("law_title", "《中华人民共和国行政强制法》").k("article", "第三十五条").t("、").k("article", "第五十四条")
    doc.t("的规定，现催告你在收到本催告书之日起十日内履行。逾期仍不履行的，本机关将依法申请人民法院强制执行，")
    doc.t("并可能冻结你在").t(r.choice(BANKS)).t("开立的账户（").bank().t("）。\n")
    doc.t("你有权进行陈述和申辩。你的配偶").name(w.person()).t("已于").date().t("代为签收相关文书，其联系电话").phone().t("。\n")
    footer(doc, name, region)


def h_interview2(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "调查询问笔录")
    p = w.person()
    o1, o2 = w.person(), w.person()
    doc.t("时间：").date().t("\n地点：").k("agency_name", name).t("询问室\n")
    doc.t("调查人：").k("officer_name", o1.name).t("，执法证号").k("officer_cert", w.officer_cert()).t("；").k("officer_name", o2.name)
    doc.t("，执法证号").k("officer_cert", w.officer_cert()).t("\n")
    doc.t("被调查人姓名：").name(p).t("  民族：汉  文化程度：初中\n身份证：").idn(p).t("\n")
    doc.t("家住：").address(p).t("\n电话：").phone(person=p).t("\n")
    friend = w.person()
    kin = w.person()
    doc.t("问：你把当天的情况说一下。\n答：那天早上我和").name(friend).t("一起去进货，").name(friend).t("开的车，车牌是")
    doc.p("vehicle_plate", w.plate(region[0])).t("。回来以后我").t(r.choice(KIN)).name(kin).t("就在店里卖。\n")
    doc.t("问：进货的钱怎么付的？\n答：用微信转的账，我的微信号是").p("contact", "wx" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(8)))
    doc.t("，也给过现金。\n问：以上记录是否属实？\n答：属实。\n")
    doc.t("被调查人：").name(p).t("（签名、捺印）\n")


def h_permit_change(doc: Doc) -> None:
    w = doc.w
    name, region = _head(doc, "变更行政许可决定书")
    co = org(doc, region)
    old_rep, new_rep = w.person(), w.person()
    doc.t("申请人：").k("org_name", co).t("\n统一社会信用代码：").k("credit_code", w.uscc()).t("\n")
    doc.t("法定代表人：").k("legal_rep", new_rep.name).t("\n")
    doc.t("你单位于").date().t("申请变更许可事项：法定代表人由").name(old_rep).t("变更为").k("legal_rep", new_rep.name)
    doc.t("；质量安全负责人由").name(w.person()).t("变更为").name(w.person()).t("（身份证号码").idn(w.person()).t("）。")
    doc.t("经审查，符合").k("law_title", "《中华人民共和国行政许可法》").k("article", "第四十九条").t("的规定，准予变更。\n")
    doc.t("经办人：").name(w.person()).t("  联系电话：").phone().t("\n")
    footer(doc, name, region)


HOLDOUT: dict[str, Callable[[Doc], None]] = {
    "reconsideration": h_reconsideration,
    "public_security": h_public_security,
    "fire": h_fire,
    "transport": h_transport,
    "enforcement_demand": h_enforcement_demand,
    "interview2": h_interview2,
    "permit_change": h_permit_change,
}
