"""Tenth held-out family (``holdout10``): written and committed before the engine ran on it
(neither the engine's code nor its documentation was read while writing it), so its first run
is an honest first-run measurement.

Domains not used elsewhere: 劳动保障监察 (拖欠工资: workers listed in running text with the
amount owed right after the name, 张三8600元, and in a space-aligned attachment table — never
tab-separated — 序号 姓名 工种 欠薪金额; a 移送书 to the police whose worker table carries ID
numbers; a worker's 询问笔录), 自然资源 非法占地 (villagers as 当事人一/当事人二, the 村委会主任 named —
a natural person, hidden; a 现场勘测笔录 with its 四至), 卫生健康 非法行医 (patients and relatives,
the operator of an unlicensed 诊所 whose name carries a surname), 交通运输 非法营运 (the driver and
passengers by full name, the registered owner), 消防 群租房 (a landlord, tenants by room number, a
二房东), 教育 校外培训 (parents and children named, a 学籍号), 住建 违法分包 (a 包工头 as 当事人二, a
项目经理, workers with ages).

Shapes: 当事人一：…当事人二：…; names in quotes “张三”; names followed at once by an age or an
amount (李四38岁、王五（45岁）、赵六8600元); names followed by a role in brackets (X（村委会主任）,
X（包工头）); two-character names signed with a space (张 三, the whole span is gold). Lookalikes
that must stay: legal representatives recurring in the facts (about 30 % also passed as
``keep``), officers with certificate numbers, places, projects and shops carrying surnames
(张庄村, 刘记面馆, 王家小厨, 陈氏宗祠, 黄田镇; kinds place / org_name), and ordinary words that begin
with a surname (周边, 高度, 黄土, 林木, 江堤, 石料, 田地, 方量), recorded as protected kind ``term``.
Amounts owed to single workers and wages named in answers are left unannotated (neither hidden
nor protected); totals and fines are protected amounts.

Names come from this module's own pools, not from Faker's name list: about 10 % are ordinary
words or place names (高峰, 江涛, 金凤, 龙井, 秦岭 …), about 15 % have rare surnames (禤 佘 隗 郦 訾
昝 郗 笪 逄 勾 谯 豆 茹 仝 …), about 5 % are Uyghur/Kazakh names with a middle dot or Tibetan/Mongolian/
Yi names without one, the rest common surnames with one- or two-character given names (roughly
3:7) matched to the person's sex; children get children's names, usually a parent's surname.
ID numbers keep the world's shapes but are rewritten so that birth date and sex digit agree with
the stated age and sex; dates within a document run in order.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date, timedelta

from sanxiang.kernel.identifiers import citizen_id_check_char

from .people import BANKS, REGIONS, TRADE, Person
from .templates import Doc, org, reg_address

# ---- name pools --------------------------------------------------------------------------------

COMMON10 = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
            "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
            "董", "潘", "袁", "蔡", "蒋", "余", "于", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "卢", "姚",
            "沈", "钟", "姜", "崔", "谭", "陆", "范", "汪", "廖", "石", "金", "韦", "贾", "夏", "付", "方", "邹",
            "熊", "白", "孟", "秦", "邱", "侯", "江", "尹", "薛", "闫", "段", "雷", "龙", "黎", "史", "陶", "贺",
            "毛", "郝", "顾", "龚", "邵", "万", "覃", "武", "钱", "严", "莫", "孔", "向", "常", "汤", "康", "易",
            "乔", "赖", "文", "施", "洪", "牛", "樊", "葛", "邢", "欧阳", "上官"]  # fmt: skip
RARE10 = ["禤", "佘", "隗", "郦", "訾", "昝", "郗", "笪", "逄", "勾", "谯", "豆", "茹", "仝", "乜", "芮", "邰", "栾",
          "蔺", "糜", "阙", "揭", "郏", "蒯", "冉", "虞", "浦", "滕", "伏", "宿"]  # fmt: skip
# Names that are also ordinary words or place names, with the sex they are usually given to.
WORDY10 = {"高峰": "男", "江涛": "男", "文静": "女", "石磊": "男", "常青": "男", "金凤": "女", "海燕": "女",
           "林森": "男", "田甜": "女", "方舟": "男", "向荣": "男", "马兰": "女", "金华": "男", "秦岭": "男",
           "武威": "男", "洪湖": "男", "海宁": "女", "钟山": "男", "贺兰": "女", "龙井": "男", "关山": "男",
           "雷雨": "男", "杜鹃": "女", "华山": "男", "白露": "女", "柳青": "女"}  # fmt: skip
# Minority names: (name, sex, ethnicity). Uyghur and Kazakh names carry a middle dot.
MINORITY10 = [("买买提·艾力", "男", "维吾尔族"), ("阿迪力·卡德尔", "男", "维吾尔族"),
              ("祖丽胡玛尔·热合曼", "女", "维吾尔族"), ("艾尔肯·吐尔洪", "男", "维吾尔族"),
              ("迪丽拜尔·阿不力孜", "女", "维吾尔族"), ("吐尔逊·买合木提", "男", "维吾尔族"),
              ("努尔兰·哈力别克", "男", "哈萨克族"), ("阿依夏木·肉孜", "女", "维吾尔族"),
              ("扎西顿珠", "男", "藏族"), ("尼玛次仁", "男", "藏族"), ("德吉央金", "女", "藏族"),
              ("洛桑旦增", "男", "藏族"), ("索朗卓嘎", "女", "藏族"), ("斯琴高娃", "女", "蒙古族"),
              ("哈斯朝鲁", "男", "蒙古族"), ("苏德巴特尔", "男", "蒙古族"), ("吉克曲布", "男", "彝族"),
              ("阿约阿呷", "女", "彝族")]  # fmt: skip
M1 = "伟强磊军勇杰涛明超刚辉鹏飞斌宇浩凯健俊帆旭龙林阳亮成峰波荣彬锋坤东"
F1 = "芳娜敏静丽艳娟秀霞玲英华燕红梅兰琴婷雪颖蓉萍丹倩莉晶洁慧琳芬"
M2 = ["建国", "建华", "建军", "建平", "国强", "国华", "国平", "志强", "志明", "志伟", "志刚", "志勇", "永刚",
      "永福", "海涛", "海峰", "晓东", "晓明", "文博", "文华", "德明", "德胜", "德华", "福生", "金生", "水生",
      "根生", "长林", "春生", "爱国", "卫东", "卫国", "振华", "振国", "宏伟", "宏亮", "新民", "学军", "学文",
      "瑞林", "荣华", "铁柱", "大勇", "二虎", "来福", "有才", "树林", "家明", "一鸣", "鹏飞", "明辉", "少华",
      "少军", "成林", "运来", "万福", "世杰", "世平", "承志", "俊杰", "家豪", "浩然", "宇航", "昊天", "泽宇",
      "博文", "光荣", "庆丰", "兴旺", "满仓"]  # fmt: skip
F2 = ["秀英", "秀兰", "桂英", "玉兰", "玉梅", "春梅", "晓燕", "晓丽", "小红", "小芳", "丽娟", "丽华", "红梅",
      "红霞", "冬梅", "秋菊", "翠花", "翠兰", "素芬", "淑珍", "淑英", "凤英", "美玲", "美华", "雪梅", "丽萍",
      "爱华", "继红", "红英", "兰芳", "月娥", "巧云", "彩霞", "金花", "桂芳", "秀梅", "丽芳", "玉珍", "玉芬",
      "慧敏", "慧琳", "婉婷", "静怡", "雅琴", "雅婷", "梦瑶", "欣怡", "思琪", "佳琪", "春燕"]  # fmt: skip
KID_M = ["子轩", "浩宇", "宇轩", "梓豪", "俊熙", "沐阳", "一诺", "皓轩", "睿泽", "铭轩", "奕辰", "子墨", "嘉乐",
         "天佑", "晨阳"]  # fmt: skip
KID_F = ["梓涵", "雨涵", "欣妍", "若曦", "语桐", "诗涵", "可馨", "梓萱", "思彤", "一涵", "依诺", "芷晴", "紫琪",
         "欣悦", "雨桐"]  # fmt: skip

# ---- places and words that must stay -----------------------------------------------------------

TOWNS10 = ["城关镇", "花桥镇", "石门镇", "白沙镇", "新店镇", "河口镇", "龙泉镇", "黄田镇", "高坪镇", "江口镇",
           "马坊镇", "柳林镇"]  # fmt: skip
VILLAGES10 = ["张庄村", "刘家湾村", "陈家坝村", "王岗村", "李楼村", "赵集村", "黄桥村", "周家湾村", "杨树坪村",
              "马店村", "孙家庄村", "何家寨村", "高庙村", "罗家坳村", "吴家岭村", "郑店村", "冯家堡村", "谢家河村",
              "胡家湾村", "石板村"]  # fmt: skip
HALLS = ["陈氏宗祠", "李氏祠堂", "王家祠堂", "黄氏宗祠", "周氏祠堂", "刘氏宗祠", "林氏家庙", "张家大院"]
SHOP_SUFFIX = ["记面馆", "记餐馆", "家小厨", "记烧腊店", "氏推拿馆", "记牛肉粉店", "记早餐店"]
SHOP_SN = ["刘", "张", "陈", "王", "李", "黄", "周", "杨", "吴", "赵", "罗", "老王", "老周", "阿芳"]
TRADES_SITE = ["钢筋工", "木工", "泥瓦工", "架子工", "电焊工", "普工", "水电工", "油漆工", "杂工", "混凝土工"]
TRADES_SHOP = ["厨师", "帮厨", "服务员", "洗碗工", "配菜员", "收银员", "传菜员"]
TRADES_PLANT = ["普工", "操作工", "仓管员", "叉车司机", "保洁员", "质检员", "包装工"]
PROJECTS = ["安置房", "农贸市场改造", "标准厂房", "污水管网", "综合楼", "道路提升", "学校教学楼"]
DISEASES = ["感冒发热", "腰腿疼痛", "咳嗽", "高血压头晕", "腹泻", "关节炎"]
GRADES = ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "初一", "初二"]

_AGENCY10 = {
    "labour": ["人力资源和社会保障局"],
    "land": ["自然资源局", "自然资源和规划局"],
    "health": ["卫生健康局", "卫生健康委员会"],
    "transport": ["交通运输局"],
    "fire": ["消防救援大队"],
    "edu": ["教育局"],
    "housing": ["住房和城乡建设局"],
}
CN_FLOOR = "〇一二三四五六七八九"


# ---- people ------------------------------------------------------------------------------------


def _given(doc: Doc, sex: str, kid: bool = False) -> str:
    r = doc.r
    if kid:
        return (
            r.choice(KID_M if sex == "男" else KID_F)
            if r.random() < 0.85
            else r.choice(M1 if sex == "男" else F1)
        )
    if r.random() < 0.3:
        return r.choice(M1 if sex == "男" else F1)
    return r.choice(M2 if sex == "男" else F2)


def _fit_id(doc: Doc, p: Person, lo: int, hi: int) -> None:
    """Rewrite the world's ID number so that its birth date and sex digit fit the person, keeping
    its shape (18 digits with a right or a wrong check character, or a legacy 15-digit number)."""
    r = doc.r
    s = p.id_number
    born = f"{r.randint(lo, hi)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    odd = p.gender == "男"
    if len(s) == 15:
        last = r.choice("13579" if odd else "02468")
        p.id_number = s[:6] + born[2:] + s[12:14] + last
        return
    wrong = citizen_id_check_char(s[:17]) != s[17]
    seq = s[14:16] + r.choice("13579" if odd else "02468")
    first17 = s[:6] + born + seq
    check = citizen_id_check_char(first17)
    if wrong:
        check = r.choice([c for c in "0123456789" if c != check])
    p.id_number = first17 + check


def _birth(p: Person) -> tuple[int, int]:
    s = p.id_number
    if len(s) == 15:
        return 1900 + int(s[6:8]), int(s[8:10])
    return int(s[6:10]), int(s[10:12])


def _person(doc: Doc, surname: str | None = None, kid: bool = False, sex: str | None = None) -> Person:
    """A person whose name is drawn from this module's pools (address and numbers from the world).
    Within one document no rare surname and no given name is used twice unless asked for."""
    w, r = doc.w, doc.r
    seen_rare = w.__dict__.setdefault("h10_rare", set())
    seen_given = w.__dict__.setdefault("h10_given", set())
    p = w.person()
    for _ in range(80):
        roll = r.random()
        eth = "汉族"
        sx = sex or r.choice("男女")
        if surname is None and not kid and roll < 0.115:
            nm = r.choice(sorted(WORDY10))
            sn, sx, kind = nm[0], WORDY10[nm], "wordy"
        elif surname is None and not kid and roll < 0.165:
            nm, sx, eth = r.choice(MINORITY10)
            sn, kind = nm[0], "minority"
        elif surname is None and roll < 0.315:
            sn = r.choice([x for x in RARE10 if x not in seen_rare] or RARE10)
            nm, kind = sn + _given(doc, sx, kid), "rare"
        else:
            sn = surname or (r.choice(COMMON10[:30]) if r.random() < 0.5 else r.choice(COMMON10))
            nm, kind = sn + _given(doc, sx, kid), "plain"
        given = nm[len(sn) :]
        if (
            nm not in w.used_names
            and (sex is None or sx == sex)
            and (kind != "plain" or given not in seen_given)
        ):
            break
    w.used_names.add(nm)
    if kind == "rare":
        seen_rare.add(sn)
    if kind in ("plain", "rare"):
        seen_given.add(nm[len(sn) :])
    p.name, p.surname, p.gender = nm, sn, sx
    p.extra.update(kind=kind, eth=eth)
    year = w.__dict__.get("h10_year", 2024)
    if kid:
        _fit_id(doc, p, year - 13, year - 7)
    else:
        _fit_id(doc, p, 1958, min(2002, year - 20))
    return p


def _family_sn(p: Person) -> str | None:
    """The surname a relative would share, or None for names without one."""
    return p.surname if p.extra.get("kind") in ("plain", "rare") else None


def _kid(doc: Doc, parent: Person) -> Person:
    sn = _family_sn(parent) if doc.r.random() < 0.85 else None
    return _person(doc, surname=sn, kid=True)


def _kid_id(doc: Doc, kid: Person) -> str:
    r = doc.r
    y, m = _birth(kid)
    body = f"{r.choice(['440305', '330106', '510107', '430104', '370102', '420111'])}{y}{m:02d}{r.randint(1, 28):02d}"
    body += f"{r.randint(0, 99):02d}{r.choice('13579' if kid.gender == '男' else '02468')}"
    return body + citizen_id_check_char(body)


def _villager(
    doc: Doc,
    region: tuple[str, str, str],
    town: str,
    village: str,
    surname: str | None = None,
    sex: str | None = None,
) -> Person:
    p = _person(doc, surname=surname, sex=sex)
    p.region = region
    p.address_detail = f"{town}{village}{doc.r.randint(1, 12)}组{doc.r.randint(1, 99)}号"
    return p


def _sign(doc: Doc, p: Person) -> Doc:
    """A signature: two-character names are sometimes written with a space between the characters."""
    r = doc.r
    if len(p.name) == 2 and r.random() < 0.5:
        return doc.p("person_name", p.name[0] + r.choice([" ", "  ", "\u3000"]) + p.name[1], pid=p.pid)
    return doc.name(p)


def _age(doc: Doc, lo: int = 19, hi: int = 64) -> str:
    return str(doc.r.randint(lo, hi))


def _age_of(doc: Doc, p: Person) -> int:
    return doc.w.__dict__.get("h10_year", 2024) - _birth(p)[0]


def _rel(doc: Doc, kin: Person, ego: Person) -> str:
    """What kin is to ego, matching kin's sex (and a shared surname where the word implies one)."""
    r = doc.r
    same = _family_sn(kin) is not None and kin.surname == ego.surname
    if kin.gender == "男":
        words = (
            ["哥哥", "弟弟", "儿子"]
            if same
            else (["丈夫"] if ego.gender == "女" else []) + ["姐夫", "表哥", "岳父"]
        )
    else:
        words = (
            ["姐姐", "妹妹", "女儿"]
            if same
            else (["妻子"] if ego.gender == "男" else []) + ["母亲", "表姐", "嫂子"]
        )
    return r.choice(words)


# ---- dates -------------------------------------------------------------------------------------


def _timeline(doc: Doc, n: int) -> list[date]:
    """n dates in order within about a year and a half, the last one the document's date."""
    r = doc.r
    start = date(r.randint(2021, 2024), r.randint(1, 12), r.randint(1, 28))
    days = sorted(r.sample(range(1, 520), n))
    out = [start + timedelta(days=d) for d in days]
    doc.w.h10_year = out[-1].year
    return out


def _d(doc: Doc, day: date) -> Doc:
    return doc.date(day.year, day.month, day.day)


def _later(day: date, doc: Doc, lo: int = 10, hi: int = 60) -> date:
    return day + timedelta(days=doc.r.randint(lo, hi))


# ---- document frame ----------------------------------------------------------------------------


def _head(doc: Doc, title: str, domain: str, code: str, year: int) -> tuple[str, tuple[str, str, str]]:
    r = doc.r
    region = r.choice(REGIONS)
    name = region[1] + region[2] + r.choice(_AGENCY10[domain])
    docno = f"{region[1][:1]}{region[2][:1]}{code}〔{year}〕{r.randint(1, 399)}号"
    doc.k("agency_name", name).t("\n", title, "\n").k("doc_number", docno).t("\n\n")
    return name, region


def _foot(doc: Doc, name: str, region: tuple[str, str, str], day: date) -> None:
    r = doc.r
    doc.t("\n").k("agency_name", name).t(r.choice(["", "（印章）", "（盖章）"]) + "\n")
    _d(doc, day).t("\n")
    if r.random() < 0.6:
        street = f"{r.choice(['政务服务中心', '行政中心', '府前路'])}{r.randint(1, 188)}号"
        doc.t("（地址：").k("agency_address", region[1] + region[2] + street)
        doc.t("  联系电话：").k("agency_phone", doc.w.landline()).t("）\n")


def _relief(doc: Doc, region: tuple[str, str, str]) -> None:
    doc.t("如不服本决定，可以在收到本决定书之日起六十日内向")
    doc.k("agency_name", region[1] + region[2] + "人民政府").t("申请行政复议，也可以在六个月内直接向")
    doc.k("agency_name", region[1] + region[2] + "人民法院").t("提起行政诉讼。\n")


def _cert(doc: Doc, domain: str) -> str:
    r = doc.r
    if domain == "fire" and r.random() < 0.5:
        return f"消监字{r.randint(10000, 99999)}"
    if domain == "labour" and r.random() < 0.4:
        return f"劳监证{r.randint(100000, 999999)}"
    return doc.w.officer_cert()


def _officers(doc: Doc, domain: str, lead: str = "执法人员", sentence: bool = True) -> list[Person]:
    """Two officers with their certificate numbers, as a labelled line or (sentence=True) a sentence."""
    r = doc.r
    offs = [_person(doc), _person(doc)]
    style = r.randint(0, 2) if sentence else r.choice((0, 2))
    if style == 0:
        doc.t(f"{lead}：")
        for i, o in enumerate(offs):
            doc.t("、" if i else "").k("officer_name", o.name).t("（执法证号：").k(
                "officer_cert", _cert(doc, domain)
            ).t("）")
    elif style == 1:
        doc.t(f"本案由{lead}").k("officer_name", offs[0].name).t("、").k("officer_name", offs[1].name)
        doc.t("（执法证号分别为").k("officer_cert", _cert(doc, domain)).t("、").k(
            "officer_cert", _cert(doc, domain)
        )
        doc.t(r.choice(["）承办。", "）负责调查取证。"]))
    else:
        doc.t(f"{lead}：").k("officer_name", offs[0].name).t("  证号").k("officer_cert", _cert(doc, domain))
        doc.t("；").k("officer_name", offs[1].name).t("  证号").k("officer_cert", _cert(doc, domain))
    doc.t("\n")
    return offs


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _table(doc: Doc, header: list[str], rows: list[list[tuple]]) -> None:
    """A table aligned with spaces (never tabs). A cell is ("t", text), ("name", person),
    ("id", person) or ("k", kind, text)."""
    r = doc.r

    def cell_text(c: tuple) -> str:
        if c[0] == "name":
            return c[1].name
        if c[0] == "id":
            return c[1].id_number
        return c[-1]

    widths = [max([_width(h)] + [_width(cell_text(row[j])) for row in rows]) for j, h in enumerate(header)]
    fullwidth = r.random() < 0.25
    gap = r.choice([2, 2, 3, 4])

    def pad(s: str, j: int, last: bool) -> str:
        if last:
            return ""
        n = widths[j] - _width(s) + gap
        return "\u3000" * ((n + 1) // 2) if fullwidth else " " * n

    for j, h in enumerate(header):
        doc.t(h + pad(h, j, j == len(header) - 1))
    doc.t("\n")
    for row in rows:
        for j, c in enumerate(row):
            s = cell_text(c)
            if c[0] == "name":
                doc.name(c[1])
            elif c[0] == "id":
                doc.p("id_number", s)
            elif c[0] == "k":
                doc.k(c[1], s)
            else:
                doc.t(s)
            doc.t(pad(s, j, j == len(row) - 1))
        doc.t("\n")


def _company(doc: Doc, region: tuple[str, str, str], label: str, co: str | None = None) -> tuple[str, Person]:
    w, r = doc.w, doc.r
    co = co or org(doc, region)
    rep = _person(doc)
    if r.random() < 0.3:
        doc.keep.append(rep.name)
    doc.t(f"{label}：").k("org_name", co).t("\n统一社会信用代码：").k("credit_code", w.uscc()).t("\n")
    if r.random() < 0.5:
        doc.t("法定代表人：").k("legal_rep", rep.name).t(
            r.choice(["", "，职务：总经理", "（执行董事）"]) + "\n"
        )
        doc.t(r.choice(["住所：", "地址："])).k("registered_address", reg_address(doc, region)).t("\n")
    else:
        doc.t("住所：").k("registered_address", reg_address(doc, region)).t("\n法定代表人：").k(
            "legal_rep", rep.name
        ).t("\n")
    return co, rep


def _individual(doc: Doc, p: Person, label: str, extra: str = "") -> None:
    r = doc.r
    by, bm = _birth(p)
    if r.random() < 0.5:
        doc.t(f"{label}：").name(p).t(
            f"，{p.gender}，{by}年{bm}月出生，{p.extra['eth']}{extra}，公民身份号码："
        )
        doc.idn(p).t("，住").address(p, split=False).t("，联系电话：").phone(person=p).t("\n")
    else:
        doc.t(f"{label}：").name(p).t(f"（{p.gender}，{_age_of(doc, p)}岁{extra}）\n身份证号码：").idn(p)
        doc.t("\n住址：").address(p).t("\n联系电话：").phone(person=p).t("\n")


def _house_cert(doc: Doc, region: tuple[str, str, str]) -> str:
    cert = doc.w.property_cert(region)
    short = {"北京市": "京", "上海市": "沪", "重庆市": "渝", "天津市": "津"}.get(region[1])
    return short + cert[1:] if short and cert[0] == "京" else cert


def _digits(doc: Doc, n: int) -> str:
    return str(doc.r.randint(1, 9)) + "".join(str(doc.r.randint(0, 9)) for _ in range(n - 1))


def _wxid(doc: Doc) -> str:
    r = doc.r
    if r.random() < 0.5:
        return "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(10))
    return "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(5, 8))) + str(
        r.randint(10, 9999)
    )


# ---- 劳动保障监察 ------------------------------------------------------------------------------


def _workers(doc: Doc, trades: list[str], n: int) -> list[tuple[Person, str, int, str]]:
    r = doc.r
    return [(_person(doc), r.choice(trades), r.randint(18, 160) * 100, _age(doc)) for _ in range(n)]


def l_wage_order(doc: Doc) -> None:
    """限期改正指令书 / 行政处理决定书 on unpaid wages: a running-text list and a space-aligned table."""
    w, r = doc.w, doc.r
    d_from, d_complaint, d_talk, d_doc = _timeline(doc, 4)
    order = r.random() < 0.5
    title = "劳动保障监察限期改正指令书" if order else "劳动保障监察行政处理决定书"
    name, region = _head(doc, title, "labour", "人社监令" if order else "人社监处", d_doc.year)
    if r.random() < 0.4:
        op = _person(doc)
        sn = op.surname if op.extra["kind"] == "plain" and r.random() < 0.6 else r.choice(SHOP_SN)
        short = sn + r.choice(SHOP_SUFFIX)
        doc.t("用人单位：").k("org_name", region[2] + short).t("（个体工商户）\n统一社会信用代码：").k(
            "credit_code", w.uscc("92")
        )
        doc.t("\n经营者：").name(op).t("  身份证号码：").idn(op).t("\n联系电话：").phone(person=op).t("\n")
        boss, boss_kind, trades = op, "经营者", TRADES_SHOP
    else:
        short, boss = _company(doc, region, "用人单位")
        boss_kind, trades = "法定代表人", TRADES_PLANT
    workers = _workers(doc, trades, r.randint(3, 7))
    total = sum(x[2] for x in workers)
    doc.t("\n")
    style = r.randint(0, 2)
    if style == 0:
        doc.t("经查，你单位自").date(d_from.year, d_from.month, d_from.day)
        doc.t(f"起拖欠{len(workers)}名劳动者工资共计").k("amount", f"{total}元").t("，其中")
        for i, (p, trade, owed, age) in enumerate(workers):
            doc.t("、" if i else "").name(p)
            form = r.randint(0, 2)
            doc.t(
                f"{owed}元" if form == 0 else f"（{trade}）{owed}元" if form == 1 else f"（{age}岁）{owed}元"
            )
        doc.t("。\n")
    elif style == 1:
        a, b = workers[0][0], workers[1][0]
        _d(doc, d_complaint).t("，").name(a).t("、").name(b).t(
            f"等{len(workers)}名劳动者到本局投诉，反映你单位拖欠其工资。"
        )
        doc.t("经调查核实，你单位自")
        _d(doc, d_from).t("起未足额支付上述劳动者工资，共计").k("amount", f"{total}元").t("（名单附后）。\n")
    else:
        doc.t("你单位员工“").name(workers[0][0]).t("”“").name(workers[1][0]).t(
            f"”等{len(workers)}人联名投诉你单位拖欠工资。"
        )
        doc.t("经查，被拖欠工资的劳动者为")
        for i, (p, _trade, _owed, age) in enumerate(workers):
            doc.t("、" if i else "").name(p).t(f"{age}岁" if r.random() < 0.5 else f"（{age}岁）")
        doc.t("，欠薪总额").k("amount", f"{total}元").t("。\n")
    if boss_kind == "法定代表人":
        doc.t("本局于")
        _d(doc, d_talk).t("约谈你单位法定代表人").k("legal_rep", boss.name).t("，").k("legal_rep", boss.name)
        doc.t(r.choice(["承认因资金周转困难拖欠工资。", "称工资由车间主管统计，对欠薪数额无异议。"]))
    else:
        doc.t("经营者").name(boss).t("于")
        _d(doc, d_talk).t("到本局接受询问，承认").k("org_name", short).t("自开业以来未按月发放工资。")
    if r.random() < 0.5:
        rep_w = workers[-1][0]
        doc.t("劳动者代表").name(rep_w).t("（联系电话：").phone(person=rep_w).t(
            "）提供了考勤记录和微信聊天记录。"
        )
    doc.t("\n")
    _officers(doc, "labour", r.choice(["劳动保障监察员", "执法人员"]))
    doc.t("你单位的上述行为违反了").k("law_title", "《中华人民共和国劳动法》").k("article", "第五十条").t(
        "的规定。依据"
    )
    doc.k("law_title", "《劳动保障监察条例》").k("article", "第二十六条").t("的规定，责令你单位于")
    _d(doc, _later(d_doc, doc, 7, 20)).t("前足额支付上述劳动者工资。")
    doc.t("逾期不支付的，按应付金额百分之五十以上一倍以下的标准计算，向劳动者加付赔偿金。\n")
    if r.random() < 0.4:
        p = workers[0][0]
        doc.t("工资应当直接支付至劳动者本人账户，其中").name(p).t("的工资卡开户行为").t(r.choice(BANKS)).t(
            "，账号"
        )
        doc.bank().t("。\n")
    if not order:
        _relief(doc, region)
    _foot(doc, name, region, d_doc)
    if style != 0 or r.random() < 0.5:
        doc.t("\n附件：被拖欠工资劳动者名单\n")
        if r.random() < 0.6:
            header = ["序号", "姓名", "工种", "欠薪金额（元）"]
            rows = [
                [("t", str(i)), ("name", p), ("t", tr), ("t", str(o))]
                for i, (p, tr, o, _a) in enumerate(workers, 1)
            ]
            rows.append([("t", "合计"), ("t", ""), ("t", ""), ("k", "amount", str(total))])
        else:
            header = ["序号", "姓名", "年龄", "工种", "欠薪金额"]
            rows = [
                [("t", str(i)), ("name", p), ("t", a), ("t", tr), ("t", f"{o}元")]
                for i, (p, tr, o, a) in enumerate(workers, 1)
            ]
            rows.append([("t", "合计"), ("t", ""), ("t", ""), ("t", ""), ("k", "amount", f"{total}元")])
        _table(doc, header, rows)


def l_wage_transfer(doc: Doc) -> None:
    """移送书 to the police: 当事人一 the company, 当事人二 the 包工头, a worker table with ID numbers."""
    r = doc.r
    d_start, d_end, d_paid, d_gone, d_order, d_doc = _timeline(doc, 6)
    name, region = _head(doc, "涉嫌拒不支付劳动报酬犯罪案件移送书", "labour", "人社监移", d_doc.year)
    doc.k("agency_name", region[1] + "公安局" + region[2] + "分局").t("：\n")
    project = region[2] + r.choice(VILLAGES10)[:-1] + r.choice(PROJECTS) + "项目"
    co = region[1] + r.choice(TRADE) + r.choice(["建设工程有限公司", "建筑劳务有限公司"])
    co, rep = _company(doc, region, "当事人一", co)
    boss = _person(doc, sex="男")
    doc.t("当事人二：").name(boss).t(f"（包工头），{boss.gender}，{_age_of(doc, boss)}岁，身份证号码：").idn(
        boss
    )
    doc.t("，住").address(boss, split=False).t("，联系电话：").phone(person=boss).t("\n\n")
    workers = _workers(doc, TRADES_SITE, r.randint(3, 6))
    total = sum(x[2] for x in workers)
    doc.t("当事人一承建的").k("place", project).t("，将劳务作业交由当事人二").name(boss).t("组织施工。")
    _d(doc, d_start).t("至")
    _d(doc, d_end).t("，").name(boss).t(
        f"招用{len(workers)}名农民工在该项目从事{workers[0][1]}等工作，至今拖欠工资共计"
    )
    doc.k("amount", f"{total}元").t("。当事人一于")
    _d(doc, d_paid).t("向").name(boss).t("支付劳务费").amount(50000, 600000).t("后，").name(boss).t(
        "未按约定发放工资，并于"
    )
    _d(doc, d_gone).t("关闭手机逃匿。\n本局于")
    _d(doc, d_order).t("依法向当事人二送达《劳动保障监察限期改正指令书》，").name(boss).t(
        "逾期仍未支付。当事人一法定代表人"
    )
    doc.k("legal_rep", rep.name).t("称已足额支付劳务费，").k("legal_rep", rep.name).t(
        "表示愿意先行垫付部分工资，但至今未落实。\n"
    )
    if r.random() < 0.5:
        doc.t("另查明，").name(boss).t("名下").t(r.choice(BANKS)).t("账户（账号：").bank().t("）于")
        _d(doc, d_paid).t("收到上述劳务费后即被转出。\n")
    doc.t("根据").k("law_title", "《中华人民共和国刑法》").k("article", "第二百七十六条之一").t("和")
    doc.k("law_title", "《行政执法机关移送涉嫌犯罪案件的规定》").k("article", "第三条").t(
        "的规定，现将该案移送你局审查。\n"
    )
    doc.t("\n附件1：劳动者名单及欠薪明细\n")
    rows = [
        [("t", str(i)), ("name", p), ("id", p), ("t", tr), ("t", str(o))]
        for i, (p, tr, o, _a) in enumerate(workers, 1)
    ]
    _table(doc, ["序号", "姓名", "身份证号码", "工种", "欠薪金额（元）"], rows)
    doc.t(f"附件2：询问笔录{len(workers) + 1}份（").name(workers[0][0]).t("、").name(workers[1][0]).t(
        "等）\n"
    )
    _foot(doc, name, region, d_doc)


def l_wage_interview(doc: Doc) -> None:
    """劳动保障监察询问笔录 of a worker: co-workers with ages, a quoted name, the legal representative."""
    r = doc.r
    (d_doc,) = _timeline(doc, 1)
    name, region = _head(doc, "劳动保障监察询问笔录", "labour", "人社监询", d_doc.year)
    co = region[1] + r.choice(TRADE) + r.choice(["建设工程有限公司", "建筑劳务有限公司", "装饰工程有限公司"])
    rep = _person(doc)
    if r.random() < 0.3:
        doc.keep.append(rep.name)
    p = _person(doc)
    intro, boss, fin = _person(doc), _person(doc, sex="男"), _person(doc, sex="女")
    a, b = _person(doc), _person(doc)
    c = _person(doc, surname=_family_sn(p), sex="男")
    cousin = "堂弟" if _family_sn(p) else "表弟"
    project = region[2] + r.choice(VILLAGES10)[:-1] + r.choice(PROJECTS) + "项目"
    o1, o2 = _person(doc), _person(doc)
    doc.t("询问时间：")
    _d(doc, d_doc).t(f"  {r.randint(9, 16)}时{r.randint(0, 59):02d}分\n询问地点：").k("agency_name", name).t(
        "劳动保障监察接待室\n"
    )
    doc.t("询问人：").k("officer_name", o1.name).t("（执法证号：").k("officer_cert", _cert(doc, "labour")).t(
        "）、"
    )
    doc.k("officer_name", o2.name).t("（执法证号：").k("officer_cert", _cert(doc, "labour")).t("）\n记录人：")
    doc.k("officer_name", o2.name).t("\n被询问人：").name(p)
    doc.t(f"  性别：{p.gender}  年龄：{_age_of(doc, p)}  民族：{p.extra['eth']}\n身份证号码：").idn(p)
    doc.t("\n住址：").address(p).t("\n联系电话：").phone(person=p).t("\n")
    if r.random() < 0.4:
        kin = _person(doc, surname=_family_sn(p) if r.random() < 0.5 else None)
        doc.t("陪同人：").name(kin).t(f"（系被询问人之{_rel(doc, kin, p)}）\n")
    doc.t("问：我们是").k("agency_name", name).t("的劳动保障监察员").k("officer_name", o1.name).t("、").k(
        "officer_name", o2.name
    )
    doc.t("，这是我们的执法证件。你有如实陈述的义务，听清楚了吗？\n答：听清楚了。\n")
    doc.t("问：你在哪里做工？\n答：在").k("org_name", co).t("承建的").k("place", project).t(
        f"工地做{r.choice(TRADES_SITE)}，是老乡"
    )
    doc.name(intro).t("介绍去的，带班的包工头叫").name(boss).t("。\n")
    doc.t("问：同一个班组还有哪些人？\n答：还有").name(a).t(f"{_age(doc)}岁、").name(b).t(
        f"（{_age(doc)}岁）和我{cousin}"
    ).name(c)
    doc.t("，").name(c).t(f"今年才{_age(doc, 18, 21)}岁。\n")
    doc.t(
        f"问：工资怎么发放？\n答：平时每月只发{r.randint(8, 20) * 100}元生活费，说好年底结清。公司财务“"
    ).name(fin)
    doc.t("”去年给我们做过一次工资表，后来就没下文了。\n")
    doc.t("问：你见过公司负责人吗？\n答：见过，公司法定代表人").k("legal_rep", rep.name).t(
        "来工地开过会，"
    ).k("legal_rep", rep.name)
    doc.t("当时说工资一分都不会少。\n")
    doc.t("问：公司和").name(boss).t(f"一共欠你多少工资？\n答：欠我{r.randint(60, 300) * 100}元，").name(a)
    doc.t(f"的也有{r.randint(40, 250) * 100}元。\n")
    if r.random() < 0.6:
        doc.t("问：你还有什么要补充的？\n答：我的工资卡是").t(r.choice(BANKS)).t("的，卡号").bank().t(
            "，请让公司直接打到卡上。\n"
        )
    doc.t("问：以上笔录你看过吗？和你说的是否一致？\n答：看过，和我说的一样。\n")
    doc.t("被询问人签名：")
    _sign(doc, p).t("  ")
    _d(doc, d_doc).t("\n询问人签名：").k("officer_name", o1.name).t("  ").k("officer_name", o2.name).t("\n")


# ---- 自然资源 ----------------------------------------------------------------------------------


def n_land_penalty(doc: Doc) -> None:
    """非法占地 penalty on one or two villagers; the 村委会主任 and the contracting villager named."""
    r = doc.r
    d_deal, d_seen, d_case, d_head, d_doc = _timeline(doc, 5)
    title = r.choice(["自然资源行政处罚决定书", "行政处罚决定书"])
    name, region = _head(doc, title, "land", "自然资罚", d_doc.year)
    town, village = r.choice(TOWNS10), r.choice(VILLAGES10)
    a = _villager(doc, region, town, village, sex="男")
    two = r.random() < 0.6
    where = "，" + region[2] + town + village + "村民"
    if two:
        rel = r.choice(["夫妻", "兄弟", "兄妹", "合伙"])
        same = rel in ("兄弟", "兄妹") and _family_sn(a) is not None
        b = _villager(
            doc,
            region,
            town,
            village,
            surname=a.surname if same else None,
            sex="女" if rel in ("夫妻", "兄妹") else "男",
        )
        if rel != "合伙":
            b.address_detail = a.address_detail
        if rel in ("兄弟", "兄妹") and not same:
            rel = "合伙"
        _individual(doc, a, "当事人一", where)
        _individual(doc, b, "当事人二")
        doc.t(f"（当事人一与当事人二系{rel}关系）\n")
    else:
        _individual(doc, a, "当事人", where)
    c, head = _villager(doc, region, town, village), _villager(doc, region, town, village)
    hall = r.choice(HALLS)
    doc.t("\n")
    _d(doc, d_seen).t("，本局执法人员在动态巡查中发现，").k("place", town + village).t(
        f"{r.randint(1, 12)}组有人未经批准擅自占地建设，于"
    )
    _d(doc, d_case).t("立案调查。经查：\n")
    _d(doc, d_deal).t("，").name(a).t("与村民").name(c).t(
        f"口头约定，以每年{r.randint(8, 30) * 100}元的价格租用"
    ).name(c)
    doc.t(f"承包的{r.randint(1, 6)}亩").k("term", "田地").t("。").name(c).t("持有农村土地承包经营权证，证号")
    doc.p(
        "property_certificate",
        f"{r.randint(110000, 659000)}{r.randint(2010, 2020)}{r.randint(0, 99999999):08d}J",
    ).t("。")
    act = r.randint(0, 2)
    area = r.randint(120, 2400)
    if act == 0:
        doc.t("当事人在该地块上建设两层砖混结构住宅一栋，建筑").k("term", "高度").t(
            f"约{r.randint(6, 9)}.{r.randint(0, 9)}米，"
        )
    elif act == 1:
        doc.t("当事人在该地块上搭建钢架大棚用于生猪养殖，棚顶").k("term", "高度").t(
            f"约{r.randint(4, 7)}米，"
        )
    else:
        doc.t("当事人在该地块上挖取").k("term", "黄土").t("对外出售，并堆放").k("term", "石料").t(
            "，经测量取土"
        )
        doc.k("term", "方量").t(f"约{r.randint(800, 9000)}立方米，")
    doc.t(f"共占用土地{area}平方米，其中耕地{r.randint(60, area)}平方米。该地块位于").k("place", hall).t(
        "东侧"
    )
    if r.random() < 0.5:
        doc.t("、").k("term", "江堤").t("内侧")
    doc.t("，").k("term", "周边").t("为永久基本农田和").k("term", "林木").t("。\n")
    style = r.randint(0, 2)
    if style == 0:
        _d(doc, d_head).t("，").k("org_name", village + "村民委员会").t("主任").name(head).t("在").name(a)
        doc.t("补交的用地申请上签署“同意”意见，但该申请未报经乡镇人民政府审核。")
    elif style == 1:
        doc.name(head).t("（村委会主任）证实，其曾于")
        _d(doc, d_head).t("两次到现场劝阻，").name(a).t("未予理会。")
    else:
        doc.t("村委会主任“").name(head).t("”称对当事人建设情况知情，未向上级报告。")
    if two:
        doc.name(b).t("承认建设资金由其与").name(a).t("共同出资。")
    doc.t("\n")
    _officers(doc, "land")
    doc.t("当事人的上述行为违反了").k("law_title", "《中华人民共和国土地管理法》").k(
        "article", "第四十四条第一款"
    ).t("的规定。依据")
    doc.k("law_title", "《中华人民共和国土地管理法》").k("article", "第七十七条第一款").t("和")
    doc.k("law_title", "《中华人民共和国土地管理法实施条例》").k("article", "第五十七条")
    doc.t(
        "的规定，本局决定：\n1.责令退还非法占用的土地；\n2.限期拆除在非法占用的土地上新建的建筑物和其他设施，恢复土地原状；\n"
    )
    doc.t(f"3.对非法占用的土地每平方米处{r.choice([100, 200, 300, 500])}元罚款，共计").amount(
        20000, 900000
    ).t("。\n")
    _relief(doc, region)
    _foot(doc, name, region, d_doc)


def n_land_survey(doc: Doc) -> None:
    """违法用地现场勘测笔录: boundaries in words that start with surnames, a 村委会主任 as witness."""
    r = doc.r
    (d_doc,) = _timeline(doc, 1)
    name, region = _head(doc, "违法用地现场勘测笔录", "land", "自然资勘", d_doc.year)
    town, village = r.choice(TOWNS10), r.choice(VILLAGES10)
    a = _villager(doc, region, town, village)
    head, e = _villager(doc, region, town, village), _villager(doc, region, town, village)
    hall = r.choice(HALLS)
    doc.t("勘测时间：")
    _d(doc, d_doc).t(
        f"{r.randint(8, 11)}时{r.randint(0, 59):02d}分至{r.randint(12, 17)}时{r.randint(0, 59):02d}分\n"
    )
    doc.t("勘测地点：").k("place", region[2] + town + village).t(f"{r.randint(1, 12)}组\n")
    _officers(doc, "land", "勘测人员", sentence=False)
    son = _person(doc, surname=_family_sn(a), sex="男") if r.random() < 0.3 else None
    doc.t("当事人：").name(a)
    if son is not None:
        doc.t("（未到场，由其儿子").name(son).t("代为指认）")
    doc.t("\n见证人：").name(head).t("（").k("place", village).t("村委会主任）、").name(e)
    doc.t("（村民）\n" if r.random() < 0.5 else f"（村民，{_age_of(doc, e)}岁）\n")
    doc.t("勘测情况：经现场指认和测量，违法用地位于").k("place", hall).t(
        f"西南约{r.randint(30, 400)}米处，东至"
    )
    doc.k("term", "江堤").t("，南至村道，西至").name(e).t("家承包").k("term", "田地").t("，北至").k(
        "term", "林木"
    ).t("边缘。")
    doc.t(f"地块内已开挖基坑，深约{r.randint(1, 4)}米，四周砌筑挡土墙，墙体").k("term", "高度")
    doc.t(f"约{r.randint(1, 3)}.{r.randint(0, 9)}米；现场堆放").k("term", "石料").t(
        f"约{r.randint(20, 400)}立方米、"
    )
    doc.k("term", "黄土").t(f"约{r.randint(50, 900)}立方米（").k("term", "方量").t("按现场实测计算）。地块")
    doc.k("term", "周边").t(f"为耕地，测得占地面积{r.randint(150, 3000)}.{r.randint(0, 99):02d}平方米。\n")
    doc.t("当事人").name(a).t("称该地块系向村民").name(e).t("租用，租金已通过银行转账付清")
    if r.random() < 0.5:
        doc.t("（转入账号：").bank().t("）")
    doc.t("；").name(e).t("在场予以确认。").name(head).t("表示村委会未同意该用地。\n")
    doc.t("以上勘测情况经当事人及见证人核对无误。\n当事人签名：")
    _sign(doc, son if son is not None else a).t("\n见证人签名：")
    _sign(doc, head).t("  ")
    _sign(doc, e).t("\n勘测单位：").k("agency_name", name).t("\n")
    _d(doc, d_doc).t("\n")


# ---- 卫生健康 ----------------------------------------------------------------------------------


def h_clinic(doc: Doc) -> None:
    """非法行医: the operator, patients with ages, relatives, a 病历号, a clinic named after a surname."""
    r = doc.r
    d_open, d_ill, d_doc = _timeline(doc, 3)
    name, region = _head(
        doc, r.choice(["行政处罚决定书", "卫生行政处罚决定书"]), "health", "卫医罚", d_doc.year
    )
    op = _person(doc)
    sn = (
        op.surname
        if op.extra["kind"] == "plain" and r.random() < 0.6
        else r.choice(["刘", "陈", "黄", "王", "张", "周"])
    )
    clinic = sn + r.choice(["氏诊所", "氏中医诊所", "记诊所", "家医馆"])
    _individual(doc, op, "当事人")
    doc.t("\n经查，当事人未取得《医疗机构执业许可证》和医师执业证书，自")
    _d(doc, d_open).t("起在").k("place", region[2] + r.choice(TOWNS10)).t("开设“").k("org_name", clinic)
    doc.t(f"”，为附近村民诊治{r.choice(DISEASES)}等疾病并收取费用。")
    pat = _person(doc)
    pat_age = _age(doc, 55, 86)
    rel = _person(doc, surname=_family_sn(pat))
    hospital = region[1] + r.choice(["第一人民医院", "第二人民医院", "中医院", "人民医院"])
    style = r.randint(0, 2)
    if style == 0:
        _d(doc, d_ill).t("，患者").name(pat).t(
            f"（{pat.gender}，{pat_age}岁）在该处输液后出现寒战、高热，由其"
        )
        doc.t(r.choice(["儿子", "孙子"] if rel.gender == "男" else ["女儿", "孙女"])).name(rel).t("送往")
        doc.k("org_name", hospital).t("救治，门诊病历号").p("other_id", "MZ" + _digits(doc, 10)).t("。\n")
    elif style == 1:
        doc.t("患者家属").name(rel).t("（联系电话：").phone(person=rel).t("）向本局投诉，称其")
        doc.t(r.choice(["父亲", "爷爷"] if pat.gender == "男" else ["母亲", "奶奶"])).name(pat)
        doc.t(f"{pat_age}岁，因{r.choice(DISEASES)}在该处连续输液{r.randint(3, 7)}天，病情加重后于")
        _d(doc, d_ill).t("转至").k("org_name", hospital).t("，住院号").p("other_id", _digits(doc, 8)).t(
            "。\n"
        )
    else:
        p2, p3 = _person(doc), _person(doc)
        doc.t("经核实，").name(pat).t(f"（{pat_age}岁）、").name(p2).t(f"{_age(doc, 40, 80)}岁、").name(p3)
        doc.t(f"（{p3.gender}）等{r.randint(3, 12)}名患者曾在该处就诊，").name(p2).t("称是邻居“").name(rel).t(
            "”介绍其前往的。\n"
        )
    if r.random() < 0.5:
        nurse = _person(doc, sex="女")
        doc.t("当事人聘用的").name(nurse).t("（无护士执业证书）负责配药和静脉输液，").name(nurse).t(
            "对此予以承认。"
        )
    doc.t("当事人通过微信收取诊疗费，微信号为").p("contact", _wxid(doc)).t("，违法所得").amount(800, 30000)
    doc.t(f"。现场查扣药品{r.randint(10, 90)}种、输液器{r.randint(5, 60)}套。\n")
    _officers(doc, "health", r.choice(["卫生监督员", "执法人员"]))
    doc.t("当事人的上述行为违反了").k("law_title", "《医疗机构管理条例》").k("article", "第二十三条第一款").t(
        "的规定。依据"
    )
    doc.k("law_title", "《中华人民共和国基本医疗卫生与健康促进法》").k("article", "第九十九条第一款")
    doc.t("的规定，本局决定：责令当事人立即停止执业活动，没收违法所得及药品、医疗器械，并处罚款").amount(
        50000, 300000
    ).t("。\n")
    _relief(doc, region)
    _foot(doc, name, region, d_doc)


# ---- 交通运输 ----------------------------------------------------------------------------------


def t_transport(doc: Doc) -> None:
    """非法营运: the driver, passengers by full name with ages, a vehicle owner or a rental company."""
    w, r = doc.w, doc.r
    d_rent, d_fact, d_doc = _timeline(doc, 3)
    record = r.random() < 0.45
    title = "交通运输执法现场笔录" if record else "交通运输行政处罚决定书"
    name, region = _head(doc, title, "transport", "交执笔" if record else "交罚", d_doc.year)
    drv = _person(doc, sex="男" if r.random() < 0.85 else "女")
    plate = w.plate(region[0])
    station = region[2] + r.choice(["高铁站", "汽车客运站", "机场", "人民医院门口"])
    pax = [_person(doc) for _ in range(r.randint(2, 4))]
    fare = r.randint(3, 30) * 10
    if record:
        doc.t("检查时间：")
        _d(doc, d_doc).t("\n检查地点：").k("place", station).t("\n")
        _officers(doc, "transport", "检查人员", sentence=False)
        doc.t("被检查人：").name(drv).t(f"  性别：{drv.gender}  驾驶证号：").idn(drv).t("\n联系电话：").phone(
            person=drv
        )
        doc.t("  车辆号牌：").p("vehicle_plate", plate).t("\n")
        doc.t(f"现场情况：该车载有乘客{len(pax)}名，分别为")
        for i, q in enumerate(pax):
            doc.t("、" if i else "").name(q)
            form = r.randint(0, 2)
            if form == 0:
                doc.t(f"（{q.gender}，{_age(doc, 18, 70)}岁）")
            elif form == 1:
                doc.t(f"（{q.gender}，{_age(doc, 18, 70)}岁，电话").phone(person=q).t("）")
        doc.t("。经询问，").name(pax[0]).t("称其通过微信群“").k("place", r.choice(TOWNS10)).t(
            "拼车群”联系驾驶员，约定车费每人"
        )
        doc.t(f"{fare}元，已通过微信转账支付给驾驶员（微信号：").p("contact", _wxid(doc)).t("）；").name(
            pax[1]
        ).t("称是").name(drv)
        doc.t("在站前广场招揽其上车的。驾驶员").name(drv).t("不能出示道路运输证和从业资格证。\n")
        if r.random() < 0.5:
            owner = _person(doc)
            doc.t("该车登记所有人为").name(owner).t(
                f"（系驾驶员之{_rel(doc, owner, drv)}），驾驶员称车辆系借用。\n"
            )
        doc.t("以上笔录经被检查人核对无误。\n被检查人签名：")
        _sign(doc, drv).t("\n见证人（乘客）签名：")
        _sign(doc, pax[0]).t("\n")
        _foot(doc, name, region, d_doc)
        return
    doc.t("当事人：").name(drv).t(f"，{drv.gender}，{drv.extra['eth']}，机动车驾驶证号：").idn(drv).t("\n")
    doc.t("驾驶证档案编号：").p("other_id", _digits(doc, 12)).t("\n住址：").address(drv).t(
        "\n联系电话："
    ).phone(person=drv)
    doc.t("\n车辆号牌：").p("vehicle_plate", plate).t("\n\n经查，")
    _d(doc, d_fact).t("，当事人未取得道路运输经营许可，驾驶").p("vehicle_plate", plate).t("小型轿车在").k(
        "place", station
    )
    doc.t("招揽乘客，搭载乘客")
    for i, q in enumerate(pax):
        doc.t("、" if i else "").name(q).t(f"（{_age(doc, 18, 70)}岁）" if r.random() < 0.5 else "")
    doc.t("前往").k("place", r.choice(TOWNS10)).t(f"，每人收取车费{fare}元。").name(pax[-1]).t(
        "的微信转账记录可以证明。"
    )
    doc.t("当事人称乘客系其“表哥”").name(_person(doc, sex="男")).t("的朋友，属于顺路搭乘，但不能说明").name(
        pax[0]
    ).t("等人与其之间的关系。\n")
    if r.random() < 0.5:
        co = region[1] + r.choice(TRADE) + "汽车租赁有限公司"
        rep = _person(doc)
        if r.random() < 0.3:
            doc.keep.append(rep.name)
        doc.t("该车登记在").k("org_name", co).t("名下，该公司法定代表人").k("legal_rep", rep.name).t(
            "称车辆已于"
        )
        _d(doc, d_rent).t("以日租方式租给当事人使用，").k("legal_rep", rep.name).t("提供了租车合同。\n")
    _officers(doc, "transport")
    doc.t("当事人的上述行为违反了").k("law_title", "《中华人民共和国道路运输条例》").k(
        "article", "第八条第一款"
    ).t("的规定。依据")
    doc.k("law_title", "《中华人民共和国道路运输条例》").k("article", "第六十三条").t(
        "的规定，决定对当事人处以罚款"
    )
    doc.amount(5000, 50000).t("。\n")
    _relief(doc, region)
    _foot(doc, name, region, d_doc)


# ---- 消防 --------------------------------------------------------------------------------------


def f_fire(doc: Doc) -> None:
    """群租房: the landlord (house address and certificate), tenants by room, a 二房东, a shop below."""
    r = doc.r
    (d_doc,) = _timeline(doc, 1)
    penalty = r.random() < 0.5
    title = "行政处罚决定书" if penalty else "责令限期改正通知书"
    name, region = _head(doc, title, "fire", "消行罚决字" if penalty else "消限字", d_doc.year)
    ll = _person(doc)
    floors = r.randint(3, 6)
    _individual(doc, ll, "当事人")
    doc.t("\n经查，当事人将其位于").t(region[1] + region[2])
    house = (f"{r.choice(TOWNS10)}{r.choice(VILLAGES10)}{r.randint(1, 12)}组{r.randint(1, 99)}号" if r.random() < 0.5
             else f"{r.choice(['新村路', '工业东路', '振兴街', '育才路'])}{r.randint(1, 300)}号")  # fmt: skip
    doc.p("address", house).t(f"的自建房（共{floors}层，不动产权证号：").p(
        "property_certificate", _house_cert(doc, region)
    )
    doc.t("）用于出租。")
    shop_op = _person(doc)
    sn = shop_op.surname if shop_op.extra["kind"] == "plain" and r.random() < 0.5 else r.choice(SHOP_SN)
    doc.t("一层临街商铺由").name(shop_op).t("经营“").k("org_name", sn + r.choice(SHOP_SUFFIX))
    doc.t(f"”；二层至{CN_FLOOR[floors]}层用木板和彩钢板分隔成")
    tenants = [_person(doc) for _ in range(r.randint(3, 5))]
    rooms = r.sample([f * 100 + k for f in range(2, floors + 1) for k in range(1, 7)], len(tenants))
    doc.t(f"{r.randint(len(tenants) + 2, 5 * (floors - 1))}个房间，分别出租给")
    for i, (tn, room) in enumerate(zip(tenants, rooms, strict=True)):
        doc.t("、" if i else "").name(tn)
        form = r.randint(0, 2)
        if form == 0:
            doc.t(f"（{room}室）")
        elif form == 1:
            doc.t(f"（{room}室，{tn.gender}，{_age(doc, 19, 58)}岁）")
    doc.t("等人居住。")
    if r.random() < 0.4:
        sub = _person(doc)
        doc.t("二房东").name(sub).t("（联系电话：").phone(person=sub).t("）负责日常收租和管理。")
    doc.t(
        f"\n检查发现：1.疏散楼梯与一层商铺之间未进行防火分隔；2.{r.randint(2, floors)}楼外窗设置金属防盗网，楼梯扶手"
    )
    doc.k("term", "高度").t("不足；3.租户").name(tenants[1]).t("的电动自行车在楼梯间充电；4.建筑").k(
        "term", "周边"
    )
    doc.t("堆放杂物，占用消防车通道。\n检查时，租户").name(tenants[0]).t("、").name(tenants[-1]).t(
        "在场，"
    ).name(tenants[0])
    doc.t(f"称其每月租金{r.randint(4, 15) * 100}元，通过微信转账给当事人。\n")
    _officers(doc, "fire", r.choice(["消防监督检查人员", "检查人员"]))
    doc.t("上述行为违反了").k("law_title", "《中华人民共和国消防法》").k("article", "第二十八条").t(
        "的规定。"
    )
    if penalty:
        doc.t("依据").k("law_title", "《中华人民共和国消防法》").k("article", "第六十条第一款第（三）项")
        doc.t("的规定，决定对当事人处以罚款").amount(5000, 50000).t("。\n")
        _relief(doc, region)
    else:
        doc.t("根据").k("law_title", "《消防监督检查规定》").k("article", "第三十一条").t("的规定，责令你于")
        _d(doc, _later(d_doc, doc, 5, 30)).t("前改正。逾期不改正的，将依法予以处罚。\n被检查人签收：")
        _sign(doc, ll).t("\n")
    _foot(doc, name, region, d_doc)


# ---- 教育 --------------------------------------------------------------------------------------


def e_training(doc: Doc) -> None:
    """校外培训 without approval: parents and their children named, a teacher in quotes, a 学籍号."""
    w, r = doc.w, doc.r
    d_open, d_pay, d_doc = _timeline(doc, 3)
    name, region = _head(
        doc, r.choice(["行政处罚决定书", "责令停止违法行为通知书"]), "edu", "教罚", d_doc.year
    )
    company = r.random() < 0.4
    if company:
        co = (
            region[1]
            + r.choice(TRADE)
            + r.choice(["教育科技有限公司", "文化传播有限公司", "教育咨询有限公司"])
        )
        co, rep = _company(doc, region, "当事人", co)
    else:
        op = _person(doc)
        _individual(doc, op, "当事人")
    doc.t("\n经查，当事人自")
    _d(doc, d_open).t("起未经教育行政部门审批，在")
    if company:
        doc.k("registered_address", reg_address(doc, region))
    else:
        doc.t("其住所").address(op, split=False)
    doc.t(
        f"以“{r.choice(['托管', '作业辅导', '素质拓展', '研学营'])}”名义，组织中小学生开展语文、数学、英语等学科类培训，招收学生"
    )
    doc.t(f"{r.randint(12, 60)}名，按每学期{r.randint(20, 80) * 100}元收费。\n")
    fam = []
    for _ in range(r.randint(2, 3)):
        parent = _person(doc)
        fam.append((parent, _kid(doc, parent)))
    (p1, k1), (p2, k2) = fam[0], fam[1]
    doc.t("家长").name(p1).t("（学生").name(k1).t(f"的{'母亲' if p1.gender == '女' else '父亲'}）反映，其于")
    _d(doc, d_pay).t("通过微信向")
    if company:
        doc.k("org_name", co).t("的收款账户")
    else:
        doc.name(op)
    doc.t(f"转账{r.randint(20, 80) * 100}元，为{'儿子' if k1.gender == '男' else '女儿'}").name(k1)
    doc.t(f"（{_age_of(doc, k1)}岁，{GRADES[min(max(_age_of(doc, k1) - 7, 0), 7)]}）报名。学生").name(k2).t(
        f"（{_age_of(doc, k2)}岁）的家长"
    ).name(p2)
    doc.t("（电话：").phone(person=p2).t("）也证实了上述情况")
    if len(fam) > 2:
        doc.t("，家长").name(fam[2][0]).t("提供了缴费收据和电子邮箱").p("email", w.email()).t("中的课程通知")
    doc.t("。\n")
    teacher = _person(doc)
    if r.random() < 0.5:
        doc.t("授课教师“").name(teacher).t("”系").k("place", region[2]).t("某小学在职教师，")
    else:
        doc.t("授课教师").name(teacher).t("（在职教师）").t("在询问中承认，")
    doc.t("其每周末在该处授课。")
    if company:
        doc.t("当事人法定代表人").k("legal_rep", rep.name).t("称对培训内容不知情，但").k(
            "legal_rep", rep.name
        ).t("签署了招生简章。")
    doc.t("现场查获学生花名册一份，载有").name(k1).t("、").name(k2).t("等学生的姓名、学籍号（如").name(k2).t(
        "的学籍号为"
    )
    doc.p("other_id", "G" + _kid_id(doc, k2)).t("）及家长联系电话。\n")
    _officers(doc, "edu")
    doc.t("当事人的上述行为违反了").k("law_title", "《中华人民共和国民办教育促进法》").k(
        "article", "第十二条"
    ).t("的规定。依据")
    doc.k("law_title", "《校外培训行政处罚暂行办法》").k("article", "第十四条第一款")
    doc.t("的规定，责令当事人立即停止违法行为，退还所收费用，并处罚款").amount(5000, 100000).t("。\n")
    _relief(doc, region)
    _foot(doc, name, region, d_doc)


# ---- 住建 --------------------------------------------------------------------------------------


def c_subcontract(doc: Doc) -> None:
    """违法分包 to a 包工头: 当事人一 the company (legal representative in the facts), 当事人二 the 包工头."""
    r = doc.r
    d_sub, d_check, d_doc = _timeline(doc, 3)
    name, region = _head(doc, "行政处罚决定书", "housing", "建罚", d_doc.year)
    co = region[1] + r.choice(TRADE) + r.choice(["建设工程有限公司", "建筑工程有限公司", "市政工程有限公司"])
    co, rep = _company(doc, region, "当事人一", co)
    boss = _person(doc, sex="男")
    doc.t("当事人二：").name(boss).t(f"（包工头），{boss.gender}，{_age_of(doc, boss)}岁，身份证号码：").idn(
        boss
    )
    doc.t("\n住址：").address(boss).t("  联系电话：").phone(person=boss).t("\n\n")
    project = region[2] + r.choice(VILLAGES10)[:-1] + r.choice(PROJECTS) + "项目"
    work = r.choice(["土方开挖及外运", "主体结构劳务", "外墙保温", "边坡支护"])
    doc.t("经查，当事人一承建的").k("place", project).t("，于")
    _d(doc, d_sub).t(f"将其中的{work}工程分包给不具备相应资质的当事人二").name(boss).t(
        "个人施工，双方签订《劳务承包协议》，约定按"
    )
    if work in ("土方开挖及外运", "边坡支护"):
        doc.t("实际").k("term", "方量").t("结算。")
    else:
        doc.t("建筑面积结算。")
    doc.name(boss).t("组织")
    workers = [_person(doc) for _ in range(r.randint(2, 4))]
    for i, p in enumerate(workers):
        doc.t("、" if i else "").name(p)
        form = r.randint(0, 2)
        doc.t(f"{_age(doc)}岁" if form == 0 else f"（{_age(doc)}岁）" if form == 1 else "")
    doc.t(f"等{len(workers) + r.randint(3, 20)}名工人进场施工。")
    pm = _person(doc)
    doc.t("项目经理").name(pm).t("（一级建造师）称，分包事项经当事人一法定代表人").k("legal_rep", rep.name).t(
        "同意；"
    )
    doc.k("legal_rep", rep.name).t("在询问中对此予以确认。\n本局执法人员于")
    _d(doc, d_check).t("现场检查时发现，基坑").k("term", "周边").t("未设置防护栏杆，脚手架搭设").k(
        "term", "高度"
    )
    doc.t(f"达{r.randint(18, 60)}米未经验收即投入使用，边坡堆放").k("term", "石料").t("。工人").name(
        workers[0]
    )
    doc.t("未佩戴安全带在作业面施工，").name(boss).t("称安全带已发放。\n")
    _officers(doc, "housing")
    doc.t("当事人一的上述行为违反了").k("law_title", "《建设工程质量管理条例》").k(
        "article", "第二十五条第三款"
    )
    doc.t("的规定，当事人二的行为违反了").k("law_title", "《中华人民共和国建筑法》").k(
        "article", "第二十六条第一款"
    )
    doc.t("的规定。依据").k("law_title", "《建设工程质量管理条例》").k("article", "第六十二条第一款").t("和")
    doc.k("article", "第六十条第一款").t("的规定，本局决定：\n1.对当事人一处以罚款").amount(50000, 800000)
    doc.t("；\n2.对当事人二").name(boss).t("没收违法所得").amount(5000, 90000).t("。\n")
    _relief(doc, region)
    _foot(doc, name, region, d_doc)


def _fresh(template: Callable[[Doc], None]) -> Callable[[Doc], None]:
    """Run a template on random streams of its own. corpus.documents() seeds a world with
    seed * 1000003 + i * 7 + family number, so family 10's document i would otherwise share its
    seed (and Faker's ID numbers and phones) with family 3's document i + 1."""

    def run(doc: Doc) -> None:
        doc.r.seed(f"holdout10:{doc.r.getrandbits(64)}")
        doc.w.fk.seed_instance(doc.r.getrandbits(64))
        template(doc)

    run.__doc__ = template.__doc__
    return run


HOLDOUT10: dict[str, Callable[[Doc], None]] = {
    name: _fresh(fn)
    for name, fn in {
        "wage_order": l_wage_order,
        "wage_transfer": l_wage_transfer,
        "wage_interview": l_wage_interview,
        "land_penalty": n_land_penalty,
        "land_survey": n_land_survey,
        "clinic": h_clinic,
        "transport": t_transport,
        "fire": f_fire,
        "training": e_training,
        "subcontract": c_subcontract,
    }.items()
}
