"""Fourth held-out family (``holdout4``): written after holdout3 had been looked at and before
the engine changes that followed it; run once for docs/benchmarks/redaction.md.
"""

from __future__ import annotations

from collections.abc import Callable

from .people import BANKS, KIN
from .templates import Doc, agency, footer, org, reg_address


def _head(doc: Doc, title: str):
    name, docno, region = agency(doc)
    doc.t(title, "\n").k("doc_number", docno).t("\n")
    return name, region


def h4_price(doc: Doc) -> None:
    w = doc.w
    name, region = _head(doc, "价格违法行为行政处罚决定书")
    co, rep = org(doc, region), w.person()
    doc.t("当事人名称：").k("org_name", co).t("；法定代表人：").k("legal_rep", rep.name).t("；住所：").k("registered_address", reg_address(doc, region)).t("。\n")
    doc.t("本局接消费者").name(w.person()).t("举报后立案调查。查明：当事人在促销活动中虚构原价，")
    doc.t("店员").name(w.person()).t("、").name(w.person()).t("按照门店经理").name(w.person()).t("的安排更换了价签。\n")
    doc.t("依据").k("law_title", "《中华人民共和国价格法》").k("article", "第四十条").t("，处罚款").amount(5000, 300000).t("。\n")
    footer(doc, name, region)


def h4_pharmacy(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "药品监督行政处罚决定书")
    p = w.person()
    shop = region[2] + r.choice(["康宁", "百草", "仁心"]) + "大药房"
    doc.t("当事人：").k("org_name", shop).t("\n经营者：").name(p).t("，公民身份号码：").idn(p).t("，联系方式：").phone(person=p).t("\n")
    doc.t("执业药师").name(w.person()).t("（执业药师注册证编号：").p("passport", "".join(r.choice("0123456789") for _ in range(10))).t("）长期不在岗，")
    doc.t("营业员").name(w.person()).t("向购药人").name(w.person()).t("销售了处方药。\n")
    doc.t("依据").k("law_title", "《药品经营质量管理规范》").t("，责令改正并处罚款").amount(1000, 30000).t("。\n")
    footer(doc, name, region)


def h4_rental(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "责令改正通知书")
    landlord, tenant = w.person(), w.person()
    doc.t("房屋出租人：").name(landlord).t("\n身份证件号码：").idn(landlord).t("\n出租房屋：").t("".join(region)).t(r.choice(["幸福路", "和平里"]))
    doc.t(f"{r.randint(1, 99)}号\n房屋产权证号：").p("property_certificate", w.property_cert(region)).t("\n")
    doc.t("经检查，你出租给承租人").name(tenant).t("的房屋未按规定登记备案，").name(tenant).t("及其").t(r.choice(KIN)).name(w.person())
    doc.t("现居住于该房屋内。\n责令你于").date().t("前办理登记备案手续。\n")
    footer(doc, name, region)


def h4_school(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "行政处罚决定书")
    p = w.person()
    doc.t("当事人：").name(p).t(f"，{p.gender}，住址：").address(p).t("，电话：").phone(person=p).t("。\n")
    doc.t("经查，当事人未经许可在其住所开办校外培训班，招收学生").name(w.person()).t("等十余人，向家长").name(w.person())
    doc.t("等收取培训费共计").amount(3000, 60000).t("，款项转入当事人").t(r.choice(BANKS)).t("个人账户").bank().t("。\n")
    doc.t("依据").k("law_title", "《中华人民共和国民办教育促进法》").k("article", "第六十四条").t("，责令停止办学，退还所收费用。\n")
    footer(doc, name, region)


def h4_hearing_record(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "听证笔录")
    p, agent = w.person(), w.person()
    host, clerk = w.person(), w.person()
    doc.t("听证主持人：").k("officer_name", host.name).t("  书记员：").k("officer_name", clerk.name).t("\n")
    doc.t("当事人：").name(p).t("  委托代理人：").name(agent).t("（").k("org_name", r.choice(["信达", "正义", "明德"]) + "律师事务所").t("律师）\n")
    doc.t("主持人：请当事人陈述。\n").name(p).t("：我对处罚没有异议，但是罚款太重，我家里还有老人要养，月收入只有")
    doc.p("financial", f"{r.randint(2, 6)}000元").t("。\n").name(agent).t("：当事人系初次违法，请求从轻处罚。\n")
    doc.t("主持人：听证结束，请双方核对笔录后签字。\n")
    footer(doc, name, region)


def h4_animal(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "动物防疫行政处罚决定书")
    p = w.person()
    doc.t("当事人").name(p).t(f"，{p.gender}，养殖户，身份证号码").idn(p).t("，住").address(p, split=False).t("。\n")
    doc.t("经查，当事人饲养的生猪未按规定进行强制免疫。屠宰场收购员").name(w.person()).t("从当事人处收购生猪")
    doc.t(str(r.randint(5, 80))).t("头，运输车辆号牌").p("vehicle_plate", w.plate(region[0])).t("，司机").name(w.person()).t("。\n")
    doc.t("依据").k("law_title", "《中华人民共和国动物防疫法》").k("article", "第九十二条").t("，处罚款").amount(1000, 5000).t("。\n")
    footer(doc, name, region)


HOLDOUT4: dict[str, Callable[[Doc], None]] = {
    "price": h4_price,
    "pharmacy": h4_pharmacy,
    "rental": h4_rental,
    "school": h4_school,
    "hearing_record": h4_hearing_record,
    "animal": h4_animal,
}
