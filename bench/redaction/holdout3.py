"""Third held-out family (``holdout3``): written after the engine's last change and run once
for the figures in docs/benchmarks/redaction.md. The engine was never changed after seeing
it. Names come from Faker's list (as in the tuning family) mixed with the held-out pools.
"""

from __future__ import annotations

from collections.abc import Callable

from .people import BANKS, KIN
from .templates import Doc, agency, footer, org, reg_address


def _head(doc: Doc, title: str):
    name, docno, region = agency(doc)
    doc.k("agency_name", name).t("\n", title, "\n（").k("doc_number", docno).t("）\n")
    return name, region


def h3_safety(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "安全生产行政处罚决定书")
    co = org(doc, region)
    rep, inj, fore = w.person(), w.person(), w.person()
    doc.t("被处罚单位：").k("org_name", co).t("，地址：").k("registered_address", reg_address(doc, region))
    doc.t("，法定代表人：").k("legal_rep", rep.name).t("。\n")
    doc.t("违法事实及证据：").date().t("，该单位车间工人").name(inj).t("在操作冲床时右手受伤，经鉴定为十级伤残。")
    doc.t("事故调查表明，班组长").name(fore).t("未按规定对").name(inj).t("进行岗前安全培训；")
    doc.name(inj).t("本人及其").t(r.choice(KIN)).name(w.person()).t("的陈述、工友").name(w.person()).t("的证言可以证明。\n")
    doc.t("处罚依据及内容：依据").k("law_title", "《中华人民共和国安全生产法》").k("article", "第九十七条")
    doc.t("，对该单位处罚款").amount(10000, 100000).t("。\n")
    footer(doc, name, region)


def h3_traffic(doc: Doc) -> None:
    w = doc.w
    name, region = _head(doc, "道路交通安全违法行为处理决定")
    owner, driver = w.person(), w.person()
    doc.t("机动车所有人：").name(owner).t("  号牌号码：").p("vehicle_plate", w.plate(region[0])).t("\n")
    doc.t("驾驶人：").name(driver).t("  驾驶证号：").idn(driver).t("  准驾车型：C1\n")
    doc.t("驾驶人联系方式：").phone(person=driver).t("  档案地址：").address(driver, split=False).t("\n")
    doc.t("违法行为：").date().t("，驾驶人").name(driver).t("驾驶该车在").t(region[2]).t("辖区超速行驶，车上乘客")
    doc.name(w.person()).t("、").name(w.person()).t("在场。\n依据").k("law_title", "《中华人民共和国道路交通安全法》").k("article", "第九十九条")
    doc.t("，处罚款").amount(200, 2000).t("。\n")
    footer(doc, name, region)


def h3_demolition(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "限期拆除决定书")
    p = w.person()
    doc.t("当事人").name(p).t("：\n你在").t("".join(region)).t(r.choice(["城郊村", "新丰村", "东岸社区"])).t("自有宅基地上未经规划许可加建三层砖混结构房屋，")
    doc.t("该宅基地使用证号为").p("property_certificate", f"{region[2][:1]}集用（{r.randint(1995, 2015)}）第{r.randint(100, 99999)}号")
    doc.t("。相邻户主").name(w.person()).t("反映其采光受到影响。你的身份证号码为").idn(p).t("，现居住于").address(p, split=False).t("。\n")
    doc.t("根据").k("law_title", "《中华人民共和国城乡规划法》").k("article", "第六十五条").t("，限你于").date().t("前自行拆除。\n")
    footer(doc, name, region)


def h3_revoke(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "撤销行政许可决定书")
    p, victim = w.person(), w.person()
    doc.t("被许可人：").name(p).t("\n").t("经查，被许可人在申请").t(r.choice(["食品经营许可", "道路运输经营许可"])).t("时，冒用他人")
    doc.name(victim).t("（公民身份号码").idn(victim).t("）的身份证件，以欺骗手段取得行政许可。")
    doc.name(victim).t("已书面证实其从未申请该许可。\n依据").k("law_title", "《中华人民共和国行政许可法》").k("article", "第六十九条第二款")
    doc.t("，决定撤销该行政许可（许可证编号").k("permit_number", w.permit()).t("）。\n")
    footer(doc, name, region)


def h3_beauty(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "行政处罚决定书")
    sh = region[2] + r.choice(["丽人", "悦颜", "花漾"]) + "美容工作室"
    op, cust = w.person(), w.person()
    doc.t("当事人名称：").k("org_name", sh).t("（个体工商户）\n经营者姓名：").name(op).t("\n经营者身份证：").idn(op).t("\n\n")
    doc.t("顾客").name(cust).t("投诉称，其于").date().t("在当事人处注射玻尿酸后出现红肿。经查，为").name(cust)
    doc.t("实施注射的").name(w.person()).t("不具有执业医师资格。").name(cust).t("通过").t(r.choice(BANKS)).t("信用卡（").bank().t("）支付费用")
    doc.amount(1000, 30000).t("。\n")
    doc.t("依据").k("law_title", "《医疗美容服务管理办法》").t("，决定罚款").amount(5000, 50000).t("。\n")
    footer(doc, name, region)


def h3_preservation(doc: Doc) -> None:
    w = doc.w
    name, region = _head(doc, "先行登记保存证据通知书")
    owner = w.person()
    doc.t("物品所有人：").name(owner).t("（").t(owner.gender).t("，电话").phone(person=owner).t("）\n")
    doc.t("因调查需要，依据").k("law_title", "《中华人民共和国行政处罚法》").k("article", "第五十六条").t("，对下列物品先行登记保存：\n")
    doc.t("1.电动三轮车一辆（车牌").p("vehicle_plate", w.plate(region[0])).t("）；\n2.散装食品若干。\n")
    doc.t("保存地点：").k("agency_name", name).t("暂扣物品仓库。在场亲属").name(w.person(surname=owner.surname)).t("拒绝签字。\n")
    footer(doc, name, region)


def h3_fishery(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, region = _head(doc, "渔业行政处罚决定书")
    p = w.person()
    doc.t("当事人：").name(p).t(f"，{p.gender}，渔民，住").address(p, split=False).t("，身份证号").idn(p).t("。\n")
    doc.t("当事人系“").t(region[1][:2]).t("渔").t(str(r.randint(10000, 99999))).t("”号渔船船主，船舶所有权证书编号")
    doc.p("property_certificate", f"（{region[1][:1]}）船登（权）（{r.randint(2010, 2024)}）第{r.randint(100000, 999999)}号")
    doc.t("。").date().t("，当事人雇佣的船员").name(w.person()).t("、").name(w.person()).t("在禁渔期内使用该船捕捞。\n")
    doc.t("依据").k("law_title", "《中华人民共和国渔业法》").k("article", "第三十八条第一款").t("，没收渔获物，处罚款").amount(2000, 50000).t("。\n")
    footer(doc, name, region)


HOLDOUT3: dict[str, Callable[[Doc], None]] = {
    "safety": h3_safety,
    "traffic": h3_traffic,
    "demolition": h3_demolition,
    "revoke": h3_revoke,
    "beauty": h3_beauty,
    "preservation": h3_preservation,
    "fishery": h3_fishery,
}
