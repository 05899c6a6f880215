"""Second held-out family (``holdout2``): written after the first held-out run had been looked
at (and the engine improved from it), and never run before the figures in
docs/benchmarks/redaction.md were taken. Other agencies, other phrasing, another name pool.
"""

from __future__ import annotations

from collections.abc import Callable

from .people import BANKS, KIN
from .templates import Doc, agency, footer, org, reg_address


def _head(doc: Doc, title: str):
    name, docno, region = agency(doc)
    doc.t("  ").k("agency_name", name).t("\n  ", title, "\n").k("doc_number", docno).t("\n")
    return name, region


def h2_medical(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "卫生行政处罚决定书")
    p = w.person()
    doc.t("被处罚人").name(p).t(f"，{p.gender}，汉族，{r.randint(1950, 1990)}年出生，无《医师资格证书》，")
    doc.t("身份证号").idn(p).t("，家庭住址").address(p, split=False).t("。\n")
    pat1, pat2 = w.person(), w.person()
    doc.t("经查，被处罚人在其租住的民房内擅自开展诊疗活动。").date().t("，患者").name(pat1).t("到该处就诊，被处罚人为其输液治疗，收取费用")
    doc.amount(50, 900).t("。患者").name(pat2).t("的家属").name(w.person()).t("提供了收费凭证。")
    doc.name(pat1).t("在接受调查时确认了上述情况。\n")
    doc.t("依据").k("law_title", "《中华人民共和国基本医疗卫生与健康促进法》").k("article", "第九十九条第一款").t("，决定没收违法所得，并处罚款").amount(20000, 90000).t("。\n")
    doc.t("罚款请于十五日内缴至").t(r.choice(BANKS)).t("（代收机构），逾期每日按罚款数额的3%加处罚款。\n")
    footer(doc, name, region)


def h2_tobacco(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "烟草专卖行政处罚决定书")
    p = w.person()
    doc.t("当事人姓名：").name(p).t("\n经营地址：").k("registered_address", reg_address(doc, region)).t("\n")
    doc.t("证件号码：").idn(p).t("\n").t("移动电话：").phone(person=p).t("\n\n")
    buyer = w.person()
    doc.t("本局稽查人员于").date().t("对当事人经营场所进行检查，当场查获无烟草专卖零售许可证经营的卷烟")
    doc.t(str(r.randint(10, 300))).t("条。当事人通过微信（微信号：").p("contact", "ym_" + "".join(r.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(7))).t("）接受")
    doc.t("买家").name(buyer).t("的订单，").name(buyer).t("通过银行卡（卡号").bank().t("）转账付款。\n")
    doc.t("根据").k("law_title", "《中华人民共和国烟草专卖法实施条例》").k("article", "第五十七条").t("，决定没收上述卷烟并处罚款").amount(1000, 20000).t("。\n")
    footer(doc, name, region)


def h2_wages(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "劳动保障监察责令改正决定书")
    co = org(doc, region)
    doc.t("用人单位：").k("org_name", co).t("\n统一社会信用代码：").k("credit_code", w.uscc()).t("\n法定代表人（主要负责人）：")
    rep = w.person()
    doc.k("legal_rep", rep.name).t("\n\n经调查，你单位存在拖欠劳动者工资的违法行为，涉及劳动者")
    workers = [w.person() for _ in range(r.randint(2, 4))]
    for i, wk in enumerate(workers):
        if i:
            doc.t("、")
        doc.name(wk)
    doc.t(f"等{len(workers)}人，拖欠工资合计").amount(10000, 200000).t("。其中").name(workers[0]).t("的工资应支付至其本人")
    doc.t(r.choice(BANKS)).t("账户").bank().t("。\n")
    doc.t("依据").k("law_title", "《保障农民工工资支付条例》").k("article", "第五十四条").t("，责令你单位于").date().t("前支付。\n")
    doc.t("你单位法定代表人").k("legal_rep", rep.name).t("已于").date().t("签收本决定书。\n")
    footer(doc, name, region)


def h2_taxi_licence(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "准予许可决定书")
    p = w.person()
    doc.t("致：").name(p).t("（身份证明文件号码：").idn(p).t("）\n")
    doc.t("你提交的巡游出租汽车驾驶员从业资格申请，经审查，符合").k("law_title", "《出租汽车驾驶员从业资格管理规定》").t("的条件，")
    doc.t("准予许可。你的机动车驾驶证档案编号为").p("passport", "".join(r.choice("0123456789") for _ in range(12)))
    doc.t("，拟驾驶车辆号牌为").p("vehicle_plate", w.plate(region[0])).t("。\n如有疑问请致电本局窗口：").k("agency_phone", w.landline()).t("。\n")
    footer(doc, name, region)


def h2_enforce(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "行政强制执行决定书")
    p = w.person()
    doc.t("被执行人：").name(p).t(f"，{p.gender}，").t("住").address(p, split=False).t("。\n")
    doc.t("被执行人逾期未履行本机关于").date().t("作出的处罚决定。根据").k("law_title", "《中华人民共和国行政强制法》").k("article", "第三十七条")
    doc.t("，本机关决定：冻结被执行人在").t(r.choice(BANKS)).t("的存款（账号：").bank().t("），并查封其名下位于")
    doc.t("".join(region)).t("的房产（房屋所有权证号：").p("property_certificate", w.property_cert(region)).t("）。\n")
    doc.t("被执行人之").t(r.choice(["妻", "夫", "子", "女"])).name(w.person()).t("对查封财产负有保管义务。\n")
    footer(doc, name, region)


def h2_complaint(doc: Doc) -> None:
    w = doc.w
    name, region = _head(doc, "投诉处理结果告知书")
    p = w.person()
    doc.name(p).t("先生/女士：\n您于").date().t("通过12315平台投诉").k("org_name", org(doc, region)).t("销售不合格商品一事，")
    doc.t("本局已调查完毕。经查，该公司店长").name(w.person()).t("承认销售了过期商品，并已与您达成和解，向您退还货款").amount(50, 3000)
    doc.t("。您登记的联系电话为").phone(person=p).t("，电子邮箱").p("email", w.email()).t("。\n")
    doc.t("如对处理结果有异议，可以向").k("agency_name", region[1] + "市场监督管理局").t("反映。\n")
    footer(doc, name, region)


def h2_scene_record(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "现场笔录")
    p = w.person()
    wit = w.person()
    doc.t("时间：").date().t("  地点：").t("".join(region)).t(r.choice(["农贸市场", "城中村", "工地"])).t("\n")
    doc.t("执法人员：").k("officer_name", w.person().name).t("（证号").k("officer_cert", w.officer_cert()).t("）  ")
    doc.k("officer_name", w.person().name).t("（证号").k("officer_cert", w.officer_cert()).t("）\n")
    doc.t("当事人：").name(p).t("  联系方式：").phone(person=p).t("\n")
    doc.t("现场情况：当事人正在使用车牌号").p("vehicle_plate", w.plate(region[0])).t("的三轮车沿街叫卖，其")
    doc.t(r.choice(KIN)).name(w.person()).t("在旁协助。执法人员当场告知其违法事实。\n")
    doc.t("当事人（签名）：").name(p).t("    见证人（签名）：").name(wit).t("，身份证号").idn(wit).t("\n")


HOLDOUT2: dict[str, Callable[[Doc], None]] = {
    "medical": h2_medical,
    "tobacco": h2_tobacco,
    "wages": h2_wages,
    "taxi_licence": h2_taxi_licence,
    "enforce": h2_enforce,
    "complaint": h2_complaint,
    "scene_record": h2_scene_record,
}
