"""Document templates with gold annotations.

A template writes a document piece by piece through ``Doc``; every piece of personal data is
recorded as a *pii* item (kind, offsets, person id) and every piece that must stay as a
*protected* item, so the gold offsets are exact by construction.

``TUNING`` templates are the ones the engine was developed against. ``HOLDOUT`` templates
(other document types, other phrasing, other name sources) were written separately and are
reported on their own; the engine is not tuned on them.
"""

from __future__ import annotations

from collections.abc import Callable

from .people import (
    AGENCIES,
    BANKS,
    INDUSTRY_CO,
    KIN,
    REGIONS,
    ROLES_FACT,
    SHOP_KIND,
    TRADE,
    Person,
    World,
)

CN_NUM = "〇一二三四五六七八九"


class Doc:
    def __init__(self, world: World) -> None:
        self.w = world
        self.r = world.rng
        self.parts: list[str] = []
        self.n = 0
        self.pii: list[dict] = []
        self.protected: list[dict] = []
        self.keep: list[str] = []

    # ---- writing -----------------------------------------------------------------------
    def t(self, *texts: str) -> Doc:
        for s in texts:
            self.parts.append(s)
            self.n += len(s)
        return self

    def _item(self, bucket: list[dict], kind: str, s: str, **extra) -> Doc:
        bucket.append({"start": self.n, "end": self.n + len(s), "kind": kind, "text": s, **extra})
        return self.t(s)

    def p(self, kind: str, s: str, **extra) -> Doc:
        return self._item(self.pii, kind, s, **extra)

    def k(self, kind: str, s: str) -> Doc:
        return self._item(self.protected, kind, s)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    # ---- people and their data -----------------------------------------------------------
    def name(self, person: Person) -> Doc:
        return self.p("person_name", person.name, pid=person.pid)

    def idn(self, person: Person) -> Doc:
        return self.p("id_number", self.w.disguise_number(person.id_number, (6, 8, 4)))

    def phone(self, number: str | None = None, person: Person | None = None) -> Doc:
        number = number or (person.phone if person else self.w.mobile())
        s = self.w.disguise_number(number, (3, 4, 4))
        if self.r.random() < 0.05:
            s = "+86 " + s
        return self.p("phone", s)

    def address(self, person: Person, *, split: bool | None = None) -> Doc:
        """Region prefix (stays) + detail (hidden). Sometimes broken over two lines."""
        prefix = person.address_prefix if self.r.random() < 0.8 else "".join(person.region[1:])
        self.t(prefix)
        detail = person.address_detail
        if split is None:
            split = self.r.random() < 0.12
        if split:
            k = self.r.randint(3, len(detail) - 3)
            detail = detail[:k] + "\n" + detail[k:]
        return self.p("address", detail)

    def bank(self) -> Doc:
        return self.p("bank_account", self.w.disguise_number(self.w.bank(), (4, 4, 4, 4)))

    # ---- things that stay ----------------------------------------------------------------
    def date(self, y: int | None = None, m: int | None = None, d: int | None = None) -> Doc:
        r = self.r
        y = y or r.randint(2021, 2025)
        m = m or r.randint(1, 12)
        d = d or r.randint(1, 28)
        if r.random() < 0.12:
            cn = "".join(CN_NUM[int(c)] for c in str(y))
            return self.k("date", f"{cn}年{_cn_small(m)}月{_cn_small(d)}日")
        return self.k("date", f"{y}年{m}月{d}日")

    def amount(self, lo: int = 200, hi: int = 500000) -> Doc:
        v = self.r.randint(lo, hi)
        if self.r.random() < 0.3:
            v = round(v, -2)
        roll = self.r.random()
        if roll < 0.5:
            return self.k("amount", f"{v}元")
        if roll < 0.75:
            return self.k("amount", f"{v:,}.00元")
        return self.k("amount", f"{round(v / 10000, 2):g}万元")


def _cn_small(n: int) -> str:
    tens, ones = divmod(n, 10)
    if tens == 0:
        return CN_NUM[ones]
    return ("" if tens == 1 else CN_NUM[tens]) + "十" + (CN_NUM[ones] if ones else "")


# ---- shared pieces --------------------------------------------------------------------------

LAWS = [
    ("《中华人民共和国食品安全法》", "第三十四条第（十）项", "第一百二十四条第一款第（五）项", "销售超过保质期的食品"),
    ("《中华人民共和国食品安全法》", "第三十五条第一款", "第一百二十二条第一款", "未取得食品经营许可从事食品经营活动"),
    ("《中华人民共和国产品质量法》", "第三十九条", "第五十条", "在产品中以次充好"),
    ("《中华人民共和国广告法》", "第二十八条第二款第（二）项", "第五十五条第一款", "发布虚假广告"),
    ("《中华人民共和国药品管理法》", "第五十一条第一款", "第一百一十五条", "未取得药品经营许可证销售药品"),
    ("《中华人民共和国大气污染防治法》", "第八十一条第一款", "第一百一十八条第一款", "未安装油烟净化设施排放油烟"),
    ("《城市市容和环境卫生管理条例》", "第十四条", "第三十六条第（一）项", "擅自占用城市道路摆摊设点"),
    ("《中华人民共和国安全生产法》", "第二十八条第一款", "第九十七条第（三）项", "未对从业人员进行安全生产教育和培训"),
    ("《中华人民共和国土地管理法》", "第四十四条第一款", "第七十七条第一款", "未经批准占用耕地建房"),
    ("《中华人民共和国道路运输条例》", "第二十四条", "第六十三条", "未取得道路运输经营许可擅自从事道路运输经营"),
]  # fmt: skip
GOODS = ["预包装饮料", "速冻水饺", "散装白酒", "婴幼儿配方奶粉", "熟食卤味", "食用植物油", "蛋糕", "保健食品", "大米"]


def agency(doc: Doc) -> tuple[str, str, tuple[str, str, str]]:
    region = doc.r.choice(REGIONS)
    name = region[1] + (region[2] if doc.r.random() < 0.6 else "") + doc.r.choice(AGENCIES)
    code = doc.r.choice(["市监", "城管", "环", "卫健", "应急", "交", "自然资源", "文旅", "农", "消", "人社"])
    docno = f"{region[1][:2]}{code}{doc.r.choice(['罚', '处罚', '许', '改', '强'])}〔{doc.r.randint(2021, 2025)}〕{doc.r.randint(1, 999)}号"
    return name, docno, region


def header(doc: Doc, title: str) -> tuple[str, str, tuple[str, str, str]]:
    name, docno, region = agency(doc)
    doc.k("agency_name", name).t("\n", title, "\n").k("doc_number", docno).t("\n\n")
    return name, docno, region


def officers(doc: Doc, lead: str = "执法人员") -> list[Person]:
    w = doc.w
    offs = [w.person(), w.person()]
    if doc.r.random() < 0.5:
        doc.t(f"{lead}：")
        for i, o in enumerate(offs):
            if i:
                doc.t("、")
            doc.k("officer_name", o.name).t("（执法证号：").k("officer_cert", w.officer_cert()).t("）")
    else:
        doc.t(f"本机关{lead}")
        for i, o in enumerate(offs):
            if i:
                doc.t("、")
            doc.k("officer_name", o.name)
        doc.t("（执法证件号码分别为")
        doc.k("officer_cert", w.officer_cert()).t("、").k("officer_cert", w.officer_cert()).t("）")
    return offs


def org(doc: Doc, region: tuple[str, str, str]) -> str:
    name = region[1] + doc.r.choice(TRADE) + doc.r.choice(INDUSTRY_CO) + doc.r.choice(["有限公司", "有限责任公司", "股份有限公司"])
    return name


def shop(doc: Doc, region: tuple[str, str, str]) -> str:
    return region[2] + doc.r.choice(TRADE) + doc.r.choice(SHOP_KIND)


def reg_address(doc: Doc, region: tuple[str, str, str]) -> str:
    r = doc.r
    return "".join(region) + f"{r.choice(['人民路', '工业大道', '创业路', '商业街'])}{r.randint(1, 300)}号{r.choice(['', '一楼', '101铺', 'A座12层'])}"


def individual_block(doc: Doc, p: Person, label: str = "当事人") -> None:
    r = doc.r
    style = r.randint(0, 3)
    by = r.randint(1955, 2003)
    if style == 0:
        doc.t(f"{label}：").name(p).t(f"，性别：{p.gender}，民族：汉族，出生日期：{by}年{r.randint(1, 12)}月{r.randint(1, 28)}日\n")
        doc.t("身份证号码：").idn(p).t("\n住址：").address(p).t("\n联系电话：").phone(person=p).t("\n")
    elif style == 1:
        doc.t(f"{label}").name(p).t(f"，{p.gender}，{by}年{r.randint(1, 12)}月{r.randint(1, 28)}日出生，汉族，公民身份号码").idn(p)
        doc.t("，住").address(p, split=False).t("，联系电话").phone(person=p).t("。\n")
    elif style == 2:
        doc.t(f"{label}：").name(p).t(f"（{p.gender}，{r.randint(20, 68)}岁，身份证号：").idn(p).t("）\n")
        doc.t("家庭住址：").address(p).t("\n手机：").phone(person=p).t("  电子邮箱：").p("email", doc.w.email()).t("\n")
    else:
        doc.t(f"{label}姓名：").name(p).t("  证件类型：居民身份证  证件号码：").idn(p).t("\n")
        doc.t("现住址：").address(p).t("；联系方式：").phone(person=p).t("\n")


def company_block(doc: Doc, region: tuple[str, str, str], label: str = "当事人") -> tuple[str, Person]:
    w = doc.w
    name = org(doc, region)
    rep = w.person()
    doc.keep.append(rep.name) if doc.r.random() < 0.15 else None
    doc.t(f"{label}：").k("org_name", name).t("\n统一社会信用代码：").k("credit_code", w.uscc()).t("\n")
    doc.t(doc.r.choice(["住所：", "住所地：", "地址："])).k("registered_address", reg_address(doc, region)).t("\n")
    doc.t("法定代表人：").k("legal_rep", rep.name)
    if doc.r.random() < 0.4:
        doc.t("，职务：", doc.r.choice(["总经理", "执行董事", "董事长"]))
    doc.t("\n")
    return name, rep


def business_block(doc: Doc, region: tuple[str, str, str], label: str = "当事人") -> tuple[str, Person]:
    w = doc.w
    name = shop(doc, region)
    op = w.person()
    doc.t(f"{label}：").k("org_name", name).t("（个体工商户）\n统一社会信用代码：").k("credit_code", w.uscc("92")).t("\n")
    doc.t("经营场所：").k("registered_address", reg_address(doc, region)).t("\n")
    doc.t("经营者：").name(op).t("，身份证号码：").idn(op).t("\n住址：").address(op).t("，联系电话：").phone(person=op).t("\n")
    return name, op


def agent_block(doc: Doc) -> Person:
    w = doc.w
    a = w.person()
    if doc.r.random() < 0.5:
        doc.t("委托代理人：").name(a).t("，").k("org_name", doc.r.choice(REGIONS)[1] + doc.r.choice(TRADE) + "律师事务所").t("律师\n")
    else:
        doc.t("委托代理人：").name(a).t(f"，{a.gender}，系当事人的{doc.r.choice(KIN)}，身份证号码：").idn(a)
        doc.t("，住").address(a, split=False).t("\n")
    return a


def relief(doc: Doc, region: tuple[str, str, str]) -> None:
    gov = region[1] + ("人民政府" if doc.r.random() < 0.7 else "市场监督管理局")
    court = region[1] + region[2] + "人民法院"
    doc.t("如不服本决定，可以在收到本决定书之日起六十日内向").k("agency_name", gov)
    doc.t("申请行政复议，也可以在六个月内依法向").k("agency_name", court).t("提起行政诉讼。\n")


def footer(doc: Doc, agency_name: str, region: tuple[str, str, str], contact: Person | None = None) -> None:
    doc.t("\n").k("agency_name", agency_name).t("\n").date().t("\n")
    r = doc.r
    if r.random() < 0.7:
        doc.t("（本机关地址：").k("agency_address", "".join(region[1:]) + f"{r.choice(['行政服务中心', '政务大楼', '人民路'])}{r.randint(1, 200)}号")
        doc.t("，联系电话：").k("agency_phone", doc.w.landline())
        if contact is not None:
            doc.t("，联系人：").k("officer_name", contact.name)
        doc.t("）\n")


def penalty_basis(doc: Doc, law: tuple[str, str, str, str]) -> None:
    doc.t("当事人的上述行为违反了").k("law_title", law[0]).k("article", law[1]).t("的规定。依据").k("law_title", law[0])
    doc.t(law[2] + "的规定，本机关决定对当事人作出如下行政处罚：\n1.警告；\n2.罚款").amount().t("。\n")
    doc.t("当事人应当自收到本决定书之日起十五日内，将罚款缴至指定银行或者通过电子支付系统缴纳。到期不缴纳罚款的，本机关将依据")
    doc.k("law_title", "《中华人民共和国行政处罚法》").k("article", "第七十二条第一款第（一）项").t("的规定，每日按罚款数额的百分之三加处罚款。\n")


def facts_people(doc: Doc, party: Person | None) -> None:
    """A paragraph of facts that mentions several people in different ways."""
    w, r = doc.w, doc.r
    witness = w.person()
    kin = w.person(surname=party.surname if party and r.random() < 0.5 else None)
    worker = w.person()
    choice = r.randint(0, 4)
    if choice == 0:
        doc.t("经查，").date().t("，当事人雇佣的").t(r.choice(ROLES_FACT)).name(worker).t("在店内向顾客销售上述商品。")
        doc.name(worker).t("称其每月工资").p("financial", f"{r.randint(25, 80)}00元").t("，由")
        doc.t("当事人的" + r.choice(KIN)).name(kin).t("负责发放。")
    elif choice == 1:
        doc.t("现场检查时，").name(worker).t("（").t(r.choice(["男", "女"])).t("，身份证号码：").idn(worker)
        doc.t("）在场，").name(worker).t("承认上述商品系其从他人处购进。")
    elif choice == 2:
        doc.t("据举报人").name(witness).t("反映，").date().t("其在当事人处购买了").t(r.choice(GOODS))
        doc.t("，食用后出现不适。举报人").name(witness).t("提供了购物小票及转账记录（付款账户尾号为")
        doc.t(str(r.randint(1000, 9999))).t("）。")
    elif choice == 3:
        doc.t("“").name(kin).t("”").t("系当事人的").t(r.choice(KIN)).t("，").name(kin).t("陈述，当事人平时不在店内，店内事务由其与")
        doc.name(worker).t("、").name(witness).t("等人共同打理。")
    else:
        doc.name(worker).t(r.choice(["称", "证实", "陈述"])).t("，").date().t("下午，其驾驶车牌号为").p(
            "vehicle_plate", w.plate(r.choice(REGIONS)[0])
        ).t("的货车将货物运至当事人仓库。")
    doc.t("\n")


# ---- tuning templates -------------------------------------------------------------------------


def t_penalty_individual(doc: Doc) -> None:
    name, _, region = header(doc, "行政处罚决定书")
    p = doc.w.person()
    individual_block(doc, p)
    if doc.r.random() < 0.3:
        agent_block(doc)
    law = doc.r.choice(LAWS)
    doc.t("\n").date().t("，本机关").t(doc.r.choice(["接到举报", "在日常监督检查中发现", "根据上级交办线索"]))
    doc.t("，当事人涉嫌").t(law[3]).t("。经批准，本机关于").date().t("立案调查。\n")
    doc.t("经查，当事人自").date().t("起").t(law[3]).t("，违法所得").amount(100, 20000).t("。")
    doc.name(p).t("对上述事实无异议。\n")
    facts_people(doc, p)
    offs = officers(doc)
    doc.t("依法对当事人进行了调查，并于").date().t("向当事人送达了行政处罚告知书。\n")
    penalty_basis(doc, law)
    relief(doc, region)
    footer(doc, name, region, offs[0] if doc.r.random() < 0.4 else None)


def t_penalty_company(doc: Doc) -> None:
    name, _, region = header(doc, "行政处罚决定书")
    co, rep = company_block(doc, region)
    if doc.r.random() < 0.6:
        agent_block(doc)
    law = doc.r.choice(LAWS)
    doc.t("\n当事人").k("org_name", co).t("涉嫌").t(law[3]).t("一案，本机关于").date().t("立案调查。")
    officers(doc)
    doc.t("对当事人的经营场所进行了现场检查，当事人的法定代表人").k("legal_rep", rep.name).t("在场。\n")
    facts_people(doc, None)
    doc.t("以上事实有现场检查笔录、询问笔录、当事人营业执照复印件、").k("legal_rep", rep.name)
    doc.t("的身份证复印件等证据证明。\n")
    penalty_basis(doc, law)
    if doc.r.random() < 0.4:
        doc.t("当事人的开户银行：").t(doc.r.choice(BANKS)).t("，账号：").bank().t("。\n")
    relief(doc, region)
    footer(doc, name, region)


def t_penalty_business(doc: Doc) -> None:
    name, _, region = header(doc, "行政处罚决定书")
    sh, op = business_block(doc, region)
    law = doc.r.choice(LAWS[:5])
    doc.t("\n经查，当事人").k("org_name", sh).t("于").date().t("起").t(law[3]).t("。经营者").name(op)
    doc.t("在询问中承认上述事实。\n")
    facts_people(doc, op)
    penalty_basis(doc, law)
    relief(doc, region)
    footer(doc, name, region)


def t_licence_company(doc: Doc) -> None:
    name, _, region = header(doc, "准予行政许可决定书")
    co = org(doc, region)
    rep = doc.w.person()
    contact = doc.w.person()
    doc.t("申请人：").k("org_name", co).t("\n统一社会信用代码：").k("credit_code", doc.w.uscc()).t("\n")
    doc.t("法定代表人：").k("legal_rep", rep.name).t("\n经营场所：").k("registered_address", reg_address(doc, region)).t("\n")
    doc.t("联系人：").name(contact).t("，联系电话：").phone(person=contact).t("\n\n")
    doc.t("你单位于").date().t("提出的食品经营许可申请，本机关已于").date().t("受理。经审查，申请材料齐全、符合法定形式，")
    doc.t("依据").k("law_title", "《中华人民共和国行政许可法》").k("article", "第三十八条第一款").t("和").k("law_title", "《食品经营许可和备案管理办法》")
    doc.t("的规定，决定准予行政许可，许可证编号：").k("permit_number", doc.w.permit()).t("，有效期至").date(2029).t("。\n")
    doc.t("请持本决定书及申请人身份证明到本机关政务服务窗口领取许可证。\n")
    relief(doc, region)
    footer(doc, name, region)


def t_licence_individual(doc: Doc) -> None:
    name, _, region = header(doc, "行政许可决定书")
    p = doc.w.person()
    doc.t("申请人：").name(p).t("\n身份证号码：").idn(p).t("\n住址：").address(p).t("\n联系电话：").phone(person=p).t("\n")
    if doc.r.random() < 0.4:
        doc.t("电子邮箱：").p("email", doc.w.email()).t("\n")
    doc.t("\n").name(p).t("：\n你于").date().t("提出的").t(doc.r.choice(["小餐饮经营许可", "摊贩登记", "道路运输从业资格", "种子生产经营许可"]))
    doc.t("申请，经审查，符合").k("law_title", "《中华人民共和国行政许可法》").k("article", "第三十八条第一款").t("规定的条件，本机关决定准予许可。")
    doc.t("许可证编号：").k("permit_number", doc.w.permit()).t("。\n")
    relief(doc, region)
    footer(doc, name, region)


def t_refusal(doc: Doc) -> None:
    name, _, region = header(doc, "不予行政许可决定书")
    r = doc.r
    if r.random() < 0.5:
        p = doc.w.person()
        doc.t("申请人").name(p).t("（身份证号码：").idn(p).t("）：\n")
        subj = p.name
    else:
        co, rep = company_block(doc, region, "申请人")
        subj = None
    doc.t("你（单位）于").date().t("向本机关提出").t(r.choice(["户外广告设置", "排水许可", "食品经营许可", "占道经营"]))
    doc.t("申请。经审查，因").t(r.choice(["申请材料不符合法定形式", "经营场所与有毒有害场所距离不符合要求", "未提交安全评估报告"]))
    doc.t("，根据").k("law_title", "《中华人民共和国行政许可法》").k("article", "第三十八条第二款").t("的规定，本机关决定不予行政许可。\n")
    if subj and r.random() < 0.5:
        doc.t("经办人").name(p).t("已于").date().t("签收材料清单。\n")
    relief(doc, region)
    footer(doc, name, region)


def t_rectify_company(doc: Doc) -> None:
    name, _, region = header(doc, "责令改正通知书")
    co, rep = company_block(doc, region)
    law = r_law = doc.r.choice(LAWS)
    doc.t("\n").date().t("，").t("本机关")
    offs = officers(doc)
    doc.t("对你单位进行检查，发现你单位存在").t(r_law[3]).t("的行为，违反了").k("law_title", law[0]).k("article", law[1]).t("的规定。\n")
    doc.t("现责令你单位于").date().t("前改正上述违法行为。逾期不改正的，本机关将依法处理。\n")
    doc.t("现场负责人").name(doc.w.person()).t("签收。\n")
    footer(doc, name, region, offs[1])


def t_rectify_individual(doc: Doc) -> None:
    name, _, region = header(doc, "责令限期改正通知书")
    p = doc.w.person()
    doc.name(p).t("：\n")
    doc.t("经查，你于").date().t("在").t("".join(region[1:])).t(doc.r.choice(["人民路", "新华街", "农贸市场门口"]))
    doc.t(doc.r.choice(["擅自占道经营", "乱堆乱放建筑垃圾", "违规设置户外广告牌"])).t("，违反了").k("law_title", "《城市市容和环境卫生管理条例》")
    doc.k("article", "第十四条").t("的规定。根据").k("law_title", "《中华人民共和国行政处罚法》").k("article", "第二十八条第一款")
    doc.t("的规定，责令你于").date().t("前自行改正。\n")
    doc.t("当事人身份证号码：").idn(p).t("，联系电话：").phone(person=p).t("。\n")
    if doc.r.random() < 0.5:
        doc.t("当事人驾驶的").p("vehicle_plate", doc.w.plate(region[0])).t("号三轮车已依法登记保存。\n")
    footer(doc, name, region)


def t_interview(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, _, region = header(doc, "询问笔录")
    p = w.person()
    off = [w.person(), w.person()]
    doc.t("询问时间：").date().t(f"{r.randint(8, 17)}时{r.randint(0, 59)}分\n询问地点：").k("agency_name", name).t("办公室\n")
    doc.t("询问人：").k("officer_name", off[0].name).t("、").k("officer_name", off[1].name).t("  记录人：").k("officer_name", off[1].name).t("\n")
    doc.t("被询问人：").name(p).t(f"  性别：{p.gender}  年龄：{r.randint(20, 70)}岁\n身份证号码：").idn(p).t("\n")
    doc.t("住址：").address(p).t("  联系电话：").phone(person=p).t("\n")
    doc.t("问：我们是").k("agency_name", name).t("的执法人员").k("officer_name", off[0].name).t("、").k("officer_name", off[1].name)
    doc.t("，这是我们的执法证件，请过目。你看清楚了吗？\n答：看清楚了。\n")
    doc.t("问：请介绍一下你的基本情况。\n答：我叫").name(p).t("，是").k("org_name", shop(doc, region)).t("的经营者。\n")
    kin = w.person(surname=p.surname if r.random() < 0.5 else None)
    worker = w.person()
    doc.t("问：店里平时还有谁？\n答：还有我").t(r.choice(KIN)).name(kin).t("，还有一个店员叫").name(worker).t("。\n")
    doc.t("问：这批货是从哪里进的？\n答：是").name(worker).t("从一个姓")
    doc.t(w.person().surname).t("的老板那里进的，货款转到了我的").t(r.choice(BANKS)).t("卡上，卡号是").bank().t("。\n")
    doc.t("问：你还有什么补充的吗？\n答：没有了。\n被询问人签名：").name(p).t("  ").date().t("\n")


def t_inspection(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, _, region = header(doc, "现场检查笔录")
    sh, op = business_block(doc, region, "被检查人")
    doc.t("检查时间：").date().t("\n检查地点：").k("registered_address", reg_address(doc, region)).t("\n")
    offs = officers(doc, "检查人员")
    doc.t("\n在场人：").name(op).t("\n")
    doc.t("检查情况：执法人员").k("officer_name", offs[0].name).t("向在场人出示了执法证件。现场发现店内货架上摆放的")
    doc.t(r.choice(GOODS)).t("已超过保质期，数量共").t(str(r.randint(2, 80))).t("件。店员").name(w.person()).t("在场见证。\n")
    doc.t("被检查人签名：").name(op).t("\n")


def t_summary_penalty(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, _, region = header(doc, "当场行政处罚决定书")
    p = w.person()
    doc.t("被处罚人：").name(p).t(f"  性别：{p.gender}\n身份证件类型及号码：居民身份证 ").idn(p).t("\n")
    doc.t("车辆号牌：").p("vehicle_plate", w.plate(region[0])).t("\n")
    doc.t("违法事实：被处罚人于").date().t("在").t("".join(region[1:]) + r.choice(STREETS_FACT)).t(r.choice(["违反规定占道经营", "随地倾倒垃圾", "驾驶未经许可的车辆从事客运"]))
    doc.t("。依据").k("law_title", "《中华人民共和国行政处罚法》").k("article", "第五十一条").t("，决定罚款").amount(20, 200).t("。\n")
    doc.t("执法人员：").k("officer_name", w.person().name).t("  执法证号：").k("officer_cert", w.officer_cert()).t("\n")
    doc.t("被处罚人签名：").name(p).t("\n")


STREETS_FACT = ["人民路口", "中山路与新华街交叉口", "农贸市场东门", "汽车站广场"]


def t_seizure(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, _, region = header(doc, "查封决定书")
    p = w.person()
    individual_block(doc, p)
    doc.t("\n本机关在调查中发现，你在位于").t("".join(region)).t(r.choice(["城东工业园", "新村路"])).t("的厂房内")
    doc.t(r.choice(["非法生产伪劣产品", "无证生产加工食品", "非法储存危险化学品"])).t("。依据").k("law_title", "《中华人民共和国行政强制法》")
    doc.k("article", "第二十四条").t("的规定，决定对上述场所及你名下的房屋（不动产权证号：").p("property_certificate", w.property_cert(region))
    doc.t("）予以查封，期限为三十日。\n")
    if r.random() < 0.5:
        doc.t("另查明，你名下另有房产一处，证号").p("property_certificate", w.property_cert(region)).t("。\n")
    relief(doc, region)
    footer(doc, name, region)


def t_hearing_notice(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, _, region = header(doc, "行政处罚听证告知书")
    if r.random() < 0.5:
        co, rep = company_block(doc, region)
        doc.k("org_name", co).t("：\n")
    else:
        p = w.person()
        doc.name(p).t("：\n")
    law = r.choice(LAWS)
    doc.t("你（单位）").t(law[3]).t("一案，经调查终结，本机关拟依据").k("law_title", law[0]).k("article", law[2]).t("，对你（单位）作出罚款").amount(5000, 200000)
    doc.t("的行政处罚。根据").k("law_title", "《中华人民共和国行政处罚法》").k("article", "第六十三条").t("、").k("article", "第六十四条")
    doc.t("的规定，你（单位）有权要求听证。如要求听证，应当在收到本告知书之日起五日内提出。\n")
    doc.t("本机关联系人：").k("officer_name", w.person().name).t("，联系电话：").k("agency_phone", w.landline()).t("\n")
    footer(doc, name, region)


def t_service_receipt(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, docno, region = header(doc, "送达回证")
    p = w.person()
    doc.t("送达文书：行政处罚决定书（").k("doc_number", docno).t("）\n受送达人：").name(p).t("\n送达地点：").address(p).t("\n")
    doc.t("送达人：").k("officer_name", w.person().name).t("、").k("officer_name", w.person().name).t("\n")
    if r.random() < 0.5:
        rel = w.person(surname=p.surname)
        doc.t("代收人：").name(rel).t(f"（系受送达人的{r.choice(KIN)}），联系电话：").phone(person=rel).t("\n")
    doc.t("送达日期：").date().t("\n见证人：").name(w.person()).t("，身份证号码：").idn(w.person()).t("\n")


def t_land(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, _, region = header(doc, "行政处罚决定书")
    p = w.person()
    individual_block(doc, p)
    law = LAWS[8]
    n1, n2 = w.person(), w.person(surname=p.surname)
    doc.t("\n经查，").date().t("，当事人未经批准，在").t(region[2]).t(r.choice(["城关镇", "太平镇"])).t(r.choice(["石桥村", "河口村"]))
    doc.t("占用耕地").t(str(r.randint(50, 900))).t("平方米建设住房。该地块原由村民").name(n1).t("承包经营，")
    doc.name(n1).t("与当事人签订了转让协议，当事人通过银行转账（账号").bank().t("）支付了转让款").amount(10000, 90000).t("。\n")
    doc.t("当事人之").t(r.choice(["子", "女", "兄", "弟"])).name(n2).t("证实当事人名下已有住房一处（").p("property_certificate", w.property_cert(region)).t("）。\n")
    penalty_basis(doc, law)
    relief(doc, region)
    footer(doc, name, region)


def t_no_penalty(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, _, region = header(doc, "不予行政处罚决定书")
    sh, op = business_block(doc, region)
    doc.t("\n当事人").k("org_name", sh).t("于").date().t("未按规定公示营业执照。鉴于当事人系初次违法且危害后果轻微并及时改正，依据")
    doc.k("law_title", "《中华人民共和国行政处罚法》").k("article", "第三十三条第一款").t("的规定，本机关决定不予行政处罚。\n")
    doc.t("经营者").name(op).t("及其").t(r.choice(KIN)).name(w.person()).t("表示今后将严格遵守相关规定。\n")
    relief(doc, region)
    footer(doc, name, region)


def t_refund(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, _, region = header(doc, "退还罚没款决定书")
    p = w.person()
    doc.t("当事人：").name(p).t("，身份证号码：").idn(p).t("\n")
    doc.t("因原行政处罚决定（").k("doc_number", f"{region[1][:2]}罚〔{r.randint(2021, 2024)}〕{r.randint(1, 300)}号").t("）已被依法撤销，本机关决定退还当事人已缴纳的罚款")
    doc.amount(1000, 50000).t("。款项将退至当事人指定的").t(r.choice(BANKS)).t("账户，户名：").name(p).t("，账号：").bank().t("。\n")
    if r.random() < 0.5:
        doc.t("如有疑问，请发送电子邮件至").p("email", w.email()).t("联系当事人代理人").name(w.person()).t("。\n")
    footer(doc, name, region)


def t_passport(doc: Doc) -> None:
    w, r = doc.w, doc.r
    name, _, region = header(doc, "行政处罚决定书")
    p = w.person()
    doc.t("当事人：").name(p).t(f"，{p.gender}，国籍：中国，证件类型：护照，证件号码：").p("passport", w.passport()).t("\n")
    doc.t("联系电话：").phone(person=p).t("，电子邮箱：").p("email", w.email()).t("\n")
    law = r.choice(LAWS[:4])
    doc.t("经查，当事人于").date().t("起通过网络平台").t(law[3]).t("，").t("其").t(r.choice(KIN)).name(w.person()).t("协助其收取货款。")
    doc.t("当事人另持有港澳通行证，证件号码").p("passport", "C" + "".join(r.choice("0123456789") for _ in range(8))).t("。\n")
    penalty_basis(doc, law)
    relief(doc, region)
    footer(doc, name, region)


TUNING: dict[str, Callable[[Doc], None]] = {
    "penalty_individual": t_penalty_individual,
    "penalty_company": t_penalty_company,
    "penalty_business": t_penalty_business,
    "licence_company": t_licence_company,
    "licence_individual": t_licence_individual,
    "refusal": t_refusal,
    "rectify_company": t_rectify_company,
    "rectify_individual": t_rectify_individual,
    "interview": t_interview,
    "inspection": t_inspection,
    "summary_penalty": t_summary_penalty,
    "seizure": t_seizure,
    "hearing_notice": t_hearing_notice,
    "service_receipt": t_service_receipt,
    "land": t_land,
    "no_penalty": t_no_penalty,
    "refund": t_refund,
    "passport": t_passport,
}
