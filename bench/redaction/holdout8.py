"""Eighth held-out family (``holdout8``): written after the statistical name layer was added
and before running anything on it; run once for docs/benchmarks/redaction.md.

Shapes not used elsewhere: 行政约谈记录 (a company's staff named as they speak, the company's
legal representative in running text, officers as 约谈人), 整改复查记录 (the operator absent, a
relative standing in, who said what), 协助查询函 (a table of persons with tab-separated columns),
食品抽检不合格核查处置情况 (a supply chain of individuals: 从X处购进, X又从Y处进货), 调查终结报告
(a long narrative: X向Y借款, Y替X看店, names right before 在/于/又/也), 罚没款代缴情况说明
(a payer on someone's behalf). Names: about a third with rare surnames (some of them in no
table the engine ships, on purpose), a fifth that are ordinary words, the rest from Faker.
"""

from __future__ import annotations

from collections.abc import Callable

from .people import BANKS, TOWNS, VILLAGES, Person
from .templates import Doc, agency, org, reg_address

RARE8 = ["菅", "琚", "税", "麴", "剧", "战", "库", "綦", "逯", "郇", "鞠", "揭", "冼", "邴", "酆", "檀", "竺", "占",
         "宓", "訾", "亓", "厍", "隗", "闪", "谷", "邝", "靳", "晁"]  # fmt: skip
WORDY8 = ["路遥", "金星", "江南", "白杨", "雷鸣", "周末", "高洁", "叶茂", "何必", "甘甜", "吉祥", "安然", "温馨",
          "易水", "柯林", "钱进", "付出", "苗条", "古典", "左右"]  # fmt: skip
GIVEN8 = "斌霞勇颖凯璐琦睿妍皓嘉蕾珊晗骏淼鑫磊娇滢昕朗翔瑶莹"


def _person(doc: Doc) -> Person:
    w, r = doc.w, doc.r
    p = w.person()
    roll = r.random()
    if roll < 0.33:
        for _ in range(30):
            sn = r.choice(RARE8)
            nm = sn + "".join(r.choice(GIVEN8) for _ in range(r.choice((1, 2))))
            if nm not in w.used_names:
                break
        w.used_names.add(nm)
        p.name, p.surname = nm, sn
    elif roll < 0.53:
        pool = [n for n in WORDY8 if n not in w.used_names] or WORDY8
        nm = r.choice(pool)
        w.used_names.add(nm)
        p.name, p.surname = nm, nm[0]
    return p


def _head(doc: Doc, title: str) -> tuple[str, tuple[str, str, str]]:
    name, docno, region = agency(doc)
    doc.k("agency_name", name).t("\n", title, "\n").k("doc_number", docno).t("\n")
    return name, region


def _end(doc: Doc, name: str) -> None:
    doc.t("\n").k("agency_name", name).t("\n").date().t("\n")


def h8_interview(doc: Doc) -> None:
    r = doc.r
    name, region = _head(doc, "行政约谈记录")
    co = org(doc, region)
    rep = _person(doc)
    if r.random() < 0.3:
        doc.keep.append(rep.name)
    o1, o2 = _person(doc), _person(doc)
    mgr, clerk = _person(doc), _person(doc)
    doc.t("约谈时间：").date().t("\n约谈地点：").k("agency_name", name).t("三楼会议室\n")
    doc.t("约谈人：").k("officer_name", o1.name).t("、").k("officer_name", o2.name).t("\n")
    doc.t("被约谈单位：").k("org_name", co).t("\n")
    doc.t("该公司法定代表人").k("legal_rep", rep.name).t("、门店经理").name(mgr).t("、仓管员").name(clerk).t("到场。\n")
    doc.k("officer_name", o1.name).t("指出该公司近三个月被投诉").t(str(r.randint(5, 40))).t("次。").name(mgr)
    doc.t("解释说，投诉多因").name(clerk).t("发货延误引起，").name(clerk).t("已调岗。")
    doc.k("legal_rep", rep.name).t("表示公司将于").date().t("前完成整改。\n")
    _end(doc, name)


def h8_recheck(doc: Doc) -> None:
    r = doc.r
    name, region = _head(doc, "整改复查记录")
    op, mom, nb = _person(doc), _person(doc), _person(doc)
    shop = region[2] + r.choice(["小杨", "老地方", "好味道"]) + "餐馆"
    doc.k("org_name", shop).t("（经营者").name(op).t("）：\n")
    doc.t("复查人员：").k("officer_name", _person(doc).name).t("、").k("officer_name", _person(doc).name).t("\n")
    doc.t("复查时").name(op).t("不在店内，由其母亲").name(mom).t("接待。").name(mom).t("说").name(op)
    doc.t("去").k("place", r.choice(TOWNS)).t("进货了，油烟净化器已于上周安装。隔壁商户").name(nb).t("反映，")
    doc.name(op).t("晚上仍在门外摆桌。\n复查结论：部分整改。\n")
    _end(doc, name)


def h8_bank_letter(doc: Doc) -> None:
    r = doc.r
    name, region = _head(doc, "协助查询函")
    bank = region[1] + "分行"
    doc.k("org_name", r.choice(BANKS) + bank).t("：\n")
    doc.t("本机关在办理一起非法集资广告案件中，需查询下列人员名下账户信息：\n序号\t姓名\t身份证号码\n")
    people = [_person(doc) for _ in range(r.randint(2, 4))]
    for i, p in enumerate(people, 1):
        doc.t(f"{i}\t").name(p).t("\t").idn(p).t("\n")
    doc.t("依据").k("law_title", "《中华人民共和国广告法》").k("article", "第四十九条").t("，请予协助。\n")
    doc.t("联系人：").k("officer_name", _person(doc).name).t("，电话：").k("agency_phone", doc.w.landline()).t("\n")
    _end(doc, name)


def h8_sampling(doc: Doc) -> None:
    r = doc.r
    name, region = _head(doc, "食品抽检不合格核查处置情况")
    seller, supplier, farmer, helper = (_person(doc) for _ in range(4))
    village = r.choice(VILLAGES)
    doc.t("抽检样品为").k("place", region[2]).t("菜市场").name(seller).t("摊位销售的豇豆，检出克百威超标。经核查，")
    doc.name(seller).t("从批发商").name(supplier).t("处购进该批豇豆，").name(supplier).t("又从").k("place", village)
    doc.t("菜农").name(farmer).t("处收购。").name(farmer).t("承认在采收前").t(str(r.randint(2, 6))).t("天喷施过农药，")
    doc.t("帮工").name(helper).t("也在场。现已责令").name(seller).t("下架召回。\n")
    _end(doc, name)


def h8_final_report(doc: Doc) -> None:
    name, region = _head(doc, "调查终结报告")
    a, b, c, d = (_person(doc) for _ in range(4))
    handler = _person(doc)
    doc.t("案件来源：").name(d).t("来电举报。\n")
    doc.t("调查经过：承办人").k("officer_name", handler.name).t("于").date().t("到现场核查。\n")
    doc.t("违法事实：当事人").name(a).t("向").name(b).t("借款").amount(10000, 90000).t("后，在").k("place", region[2])
    doc.t("开设美容工作室，未取得医疗机构执业许可证即从事注射美容。").name(b).t("替").name(a).t("看店时，")
    doc.name(c).t("在工作室内接受了注射，").name(c).t("于次日出现红肿。").name(a).t("也承认").name(c)
    doc.t("是第三位顾客。\n处理建议：依据").k("law_title", "《医疗机构管理条例》").k("article", "第四十三条").t("予以处罚。\n")
    _end(doc, name)


def h8_payment(doc: Doc) -> None:
    r = doc.r
    name, region = _head(doc, "罚没款代缴情况说明")
    party, payer = _person(doc), _person(doc)
    co = org(doc, region)
    doc.t("当事人").name(party).t("因在外务工，罚款").amount(500, 20000).t("由其丈夫").name(payer).t("于").date()
    doc.t("通过").k("org_name", r.choice(BANKS)).t("代为缴纳。").name(payer).t("在").k("org_name", co)
    doc.t("工作，单位住所：").k("registered_address", reg_address(doc, region)).t("。\n")
    doc.t("特此说明。\n")
    _end(doc, name)


HOLDOUT8: dict[str, Callable[[Doc], None]] = {
    "interview": h8_interview,
    "recheck": h8_recheck,
    "bank_letter": h8_bank_letter,
    "sampling": h8_sampling,
    "final_report": h8_final_report,
    "payment": h8_payment,
}
