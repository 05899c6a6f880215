"""Ninth held-out family (``holdout9``): written from published enforcement documents and
committed before the engine ran on it (no run of the engine on these documents before the commit).

Shapes modelled closely on real 文书 of seven departments: 市场监管 (健康证明 case against an
individual business run by a couple), 城管 (小广告, 占道, 违法建设 with neighbours), 生态环境 (暗管,
固废倒入林地, 未批先建 against a company), 交通运输 (非法营运, 超限, 网约车 with passengers), 应急管理
(特种作业无证, 警示标志), 卫生健康 (非医师行医, 公共场所健康证), 文旅 (网吧接纳未成年人, 无证导游);
准予/不予行政许可决定书 (agent, 现场核查, neighbours' objection), 责令改正通知书 (signed by a relative
or an employee), 询问笔录 (问/答 in the first person: 我爱人X, 是X打电话告诉我的), 现场检查笔录 (现场负责人,
见证人), 听证笔录 (speakers named at the start of a line, officers as 主持人/听证员/调查人员), 送达回证
(代收, 留置送达 before a witness).

People are named in the facts in varied frames: 当事人雇佣的厨师X, 顾客X食用后, 据邻居X反映, 由其子X代为
签收, X、Y夫妇共同经营, a name opening a sentence or standing right before a verb, in 、-lists, inside
“” and 「」. Names: about a third Faker zh_CN (surname and given name from Faker, word-like given
names included), a third modern given names of the 2000s–2010s, a third older-generation ones;
surnames from the hundred commonest, one in ten compound or uncommon (欧阳 司马 上官 诸葛 皇甫 邝 冼 滕
…); one-character given names about a quarter of the time; gender-consistent pools for kin.

Protected lookalikes: legal representatives in the party block and again in the facts (in
``keep`` three times in ten, as holdout8), officers with 执法证号 (also as speakers), organisations
whose names hold surnames or personal names (王记面馆, 老李家烧烤店, 李宁体育用品专卖店, 周记/马氏/黄氏
companies), agencies of places that read like names (张家港市, 石林彝族自治县, 佛山市高明区, 马鞍山市,
周口市, 林州市, 江山市, 钟山县), and ordinary words recorded as protected ``word`` items (周到 高兴
方便 常规 张贴 黄色 林地 洪水 …).
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass

from .people import BANKS, Person
from .templates import Doc, reg_address

# ---- names --------------------------------------------------------------------------------

SURNAMES9 = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
             "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
             "戴莫孔向汤常温康施")  # fmt: skip
RARE9 = ["欧阳", "司马", "上官", "诸葛", "皇甫", "令狐", "东方", "慕容", "邝", "冼", "滕", "岑", "晏", "蓝", "麦", "甘",
         "祁", "阮", "卓", "佟", "揭", "巫", "游", "粟", "禹"]  # fmt: skip
MODERN_M = ["浩宇", "宇轩", "俊熙", "思远", "子墨", "浩然", "沐宸", "梓睿", "奕辰", "皓轩", "子轩", "宇航", "博文", "泽宇",
            "铭轩", "俊杰", "天佑", "煜祺", "睿泽", "晨阳", "梓豪", "宸睿", "昊天", "子豪", "浩轩", "奕博", "锦程", "一鸣",
            "明轩", "景行", "沐阳", "一凡", "梓轩", "承泽", "嘉树", "思哲", "宇辰", "子骞", "亦辰", "致远"]  # fmt: skip
MODERN_F = ["子涵", "梓萱", "雨桐", "欣怡", "梓涵", "一诺", "诗涵", "若汐", "依诺", "语桐", "欣妍", "可馨", "雨萱", "思彤",
            "佳怡", "语嫣", "紫涵", "亦菲", "芷若", "诗琪", "雨晴", "悦彤", "欣然", "梦瑶", "可欣", "佳琪", "思琪", "若曦",
            "嘉怡", "雅琪", "梓晨", "安琪", "书瑶", "知夏", "乐瑶", "若楠", "诗雨", "沐晴", "语汐", "晓萱"]  # fmt: skip
MODERN_M1 = "轩睿昊哲航硕宸铭泽翔凯博"
MODERN_F1 = "涵萱琪悦彤妍瑶怡馨蕊雯璇"
OLD_M = ["建国", "国庆", "卫东", "建华", "建军", "志强", "国强", "德明", "国华", "建平", "卫国", "爱国", "跃进", "振华",
         "德胜", "援朝", "胜利", "建设", "学军", "向东", "立新", "保国", "长林", "福生", "来福", "根生", "水生", "永福",
         "红卫", "树林"]  # fmt: skip
OLD_F = ["秀英", "桂兰", "淑珍", "秀兰", "玉兰", "桂英", "凤英", "淑英", "红梅", "春梅", "桂芳", "玉珍", "秀珍", "淑兰",
         "素芬", "永红", "桂珍", "凤兰", "玉梅", "金凤", "淑华", "秀云", "桂香", "玉芬", "红英", "翠花", "美兰", "月娥",
         "素珍", "兰英"]  # fmt: skip
OLD_M1 = "军伟勇刚强华平明忠福林斌"
OLD_F1 = "芳英霞红兰梅珍凤萍娟琴敏"
_BIRTH = {"young": (1990, 2006), "old": (1945, 1972), "faker": (1960, 2000)}

# ---- places, organisations ---------------------------------------------------------------
# (province, city, district, short form used in 文号)
REGIONS9 = [
    ("江苏省", "苏州市", "张家港市", "张"), ("云南省", "昆明市", "石林彝族自治县", "石"), ("广东省", "佛山市", "高明区", "佛高"),
    ("安徽省", "马鞍山市", "花山区", "马花"), ("安徽省", "黄山市", "黄山区", "黄"), ("河南省", "周口市", "川汇区", "周川"),
    ("河南省", "安阳市", "林州市", "林"), ("浙江省", "衢州市", "江山市", "江"), ("江苏省", "扬州市", "高邮市", "邮"),
    ("湖北省", "黄冈市", "麻城市", "麻"), ("山东省", "潍坊市", "高密市", "高"), ("广东省", "江门市", "台山市", "台"),
    ("湖南省", "常德市", "武陵区", "常武"), ("广西壮族自治区", "贺州市", "钟山县", "钟"), ("四川省", "成都市", "金牛区", "成金"),
    ("浙江省", "杭州市", "余杭区", "杭余"), ("山东省", "青岛市", "城阳区", "青城"), ("福建省", "泉州市", "晋江市", "晋"),
    ("河北省", "石家庄市", "长安区", "石长"), ("江西省", "吉安市", "吉州区", "吉"), ("辽宁省", "大连市", "金州区", "大金"),
    ("湖南省", "岳阳市", "岳阳楼区", "岳"), ("陕西省", "宝鸡市", "陈仓区", "宝陈"), ("贵州省", "遵义市", "红花岗区", "遵红"),
    ("", "上海市", "金山区", "沪金"), ("", "北京市", "石景山区", "京石"),
]  # fmt: skip
TOWNS9 = ["城关镇", "城北街道", "东城街道", "新城街道", "鹿阜街道", "杨舍镇", "荷城街道", "金塘镇", "西湖街道", "南岗镇",
          "太平街道", "白沙镇", "龙潭街道", "马坊镇"]  # fmt: skip
ROADS9 = [
    "人民路",
    "解放东路",
    "建设路",
    "文昌路",
    "新华路",
    "长江西路",
    "沿河路",
    "府前街",
    "育才路",
    "朝阳路",
    "南环路",
]
ESTATES9 = [
    "香樟苑",
    "锦绣华庭",
    "东方名城",
    "桂花园小区",
    "滨江花园",
    "金色港湾",
    "怡景苑",
    "城南新村",
    "阳光水岸",
]
VILLAGES9 = [
    "何家湾村",
    "马家庄村",
    "高家堡村",
    "柳林村",
    "石桥村",
    "周营村",
    "大王庄村",
    "黄泥岗村",
    "新塘村",
    "双河村",
]
TRADE9 = ["恒达", "永兴", "金鹏", "华强", "鑫源", "宏发", "隆盛", "嘉禾", "周记", "马氏", "黄氏", "林氏", "方圆", "高升",
          "常青", "白云", "明珠", "金桥", "万家福", "天成"]  # fmt: skip
BRAND_SHOPS = [
    "李宁体育用品专卖店",
    "周大生珠宝店",
    "张小泉刀剪店",
    "王老吉凉茶铺",
    "陈克明面业直营店",
    "马应龙大药房",
]
FOOD_KINDS = ["面馆", "餐馆", "快餐店", "烧烤店", "小吃店", "饺子馆", "米粉店", "卤味店"]
DISHES = ["酸菜鱼", "凉拌牛肉", "卤味拼盘", "麻辣小龙虾", "烤鱼", "凉皮", "烧鹅饭", "夫妻肺片"]


@dataclass
class _Ag:
    name: str
    docno: str
    region: tuple[str, str, str, str]
    gov: str
    court: str
    year: int
    month: int = 1
    day: int = 1


def _next(doc: Doc, a: _Ag, lo: int = 1, hi: int = 18) -> tuple[int, int, int]:
    """The next date of the case, a few days after the previous one."""
    a.day += doc.r.randint(lo, hi)
    while a.day > 28:
        a.day -= 28
        a.month += 1
    if a.month > 12:
        a.month = 12
        a.day = 28
    return a.year, a.month, a.day


def _d(doc: Doc, a: _Ag) -> Doc:
    return doc.date(*_next(doc, a))


def _past(doc: Doc, a: _Ag) -> Doc:
    """A date before the case began (hired, expired, built)."""
    return doc.date(a.year - doc.r.randint(1, 2))


def _short(dist: str) -> str:
    for suf in ("彝族自治县", "区", "市", "县"):
        if dist.endswith(suf) and len(dist) > len(suf) + 1:
            return dist[: -len(suf)]
    return dist


def _given_faker(doc: Doc, n: int, gender: str) -> str:
    fk = doc.w.fk
    draw = fk.first_name_male if gender == "男" else fk.first_name_female
    g = draw()
    for _ in range(40):
        if len(g) == n and not (gender == "男" and g in ("红霞", "丽", "娜")):
            return g
        g = draw()
    return g


def _person(doc: Doc, region: tuple, gen: str | None = None, gender: str | None = None,
            surname: str | None = None) -> Person:  # fmt: skip
    """A person of this family: local address, name from one of three sources."""
    w, r = doc.w, doc.r
    p = w.person()
    if gen is None:
        roll = r.random()
        gen = "faker" if roll < 0.34 else "young" if roll < 0.67 else "old"
    gender = gender or r.choice("男女")
    nm = sn = ""
    for _ in range(40):
        one = r.random() < 0.25
        if surname:
            sn = surname
        elif gen == "faker":
            sn = w.fk.last_name()
        elif r.random() < 0.12:
            sn = r.choice(RARE9[:8] if r.random() < 0.5 else RARE9[8:])
        else:
            sn = r.choice(SURNAMES9)
        if gen == "faker":
            given = _given_faker(doc, 1 if one else 2, gender)
        elif gen == "young":
            pool = (MODERN_M1 if one else MODERN_M) if gender == "男" else (MODERN_F1 if one else MODERN_F)
            given = r.choice(pool)
        else:
            pool = (OLD_M1 if one else OLD_M) if gender == "男" else (OLD_F1 if one else OLD_F)
            given = r.choice(pool)
        nm = sn + given
        if nm not in w.used_names:
            break
    w.used_names.add(nm)
    p.name, p.surname, p.gender = nm, sn, gender
    p.extra["gen"] = gen
    p.extra["by"] = r.randint(*_BIRTH[gen])
    if r.random() < 0.85:
        p.region = region[:3]
    if r.random() < 0.6:
        p.address_detail = (f"{r.choice(TOWNS9)}{r.choice(ROADS9)}{r.randint(1, 288)}号{r.choice(ESTATES9)}"
                            f"{r.randint(1, 28)}幢{r.randint(1, 4)}单元{r.randint(1, 26)}0{r.randint(1, 4)}室")  # fmt: skip
    else:
        p.address_detail = (
            f"{r.choice(TOWNS9)}{r.choice(VILLAGES9)}{r.choice('一二三四五六七')}组{r.randint(1, 88)}号"
        )
    return p


def _other_gender(p: Person) -> str:
    return "女" if p.gender == "男" else "男"


def _child(doc: Doc, region: tuple, parent: Person, gender: str | None = None) -> Person:
    gen = "young" if parent.extra.get("gen") != "young" else "faker"
    sn = parent.surname if doc.r.random() < 0.85 else None
    return _person(doc, region, gen=gen, gender=gender, surname=sn)


def _plate(doc: Doc, region: tuple) -> str:
    pl = doc.w.plate(region[0])
    return {"上海市": "沪", "北京市": "京"}.get(region[1], pl[0]) + pl[1:]


def _digits(doc: Doc, n: int) -> str:
    return "".join(doc.r.choice(string.digits) for _ in range(n))


def _fine(doc: Doc, lo: int, hi: int) -> Doc:
    r = doc.r
    v = r.randint(lo, hi)
    v = round(v, -2) if v >= 1000 and r.random() < 0.7 else v
    roll = r.random()
    if v >= 10000 and v % 100 == 0 and roll < 0.3:
        return doc.k("amount", f"{v / 10000:g}万元")
    if roll < 0.6:
        return doc.k("amount", f"{v}元")
    return doc.k("amount", f"{v:,}.00元" if roll < 0.85 else f"人民币{v}元")


# ---- agency, header, footer --------------------------------------------------------------

_SUFFIX = {
    "market": ["市场监督管理局"],
    "city": ["综合行政执法局", "城市管理和综合执法局", "城市管理局"],
    "transport": ["交通运输局"],
    "safety": ["应急管理局"],
    "health": ["卫生健康局", "卫生健康委员会"],
    "culture": ["文化广电旅游体育局", "文化和旅游局"],
}
_CODE = {"market": "市监", "city": "综执", "eco": "环", "transport": "交", "safety": "应急", "health": "卫",
         "culture": "文旅"}  # fmt: skip


def _head(doc: Doc, dom: str, title: str, mark: str = "罚", numbered: bool = True) -> _Ag:
    r = doc.r
    region = r.choice(REGIONS9)
    prov, city, dist, ab = region
    county = dist.endswith(("市", "县"))
    base = dist if county and r.random() < 0.75 else city + dist
    if dom == "eco":
        name = f"{city}生态环境局{_short(dist)}分局"
        gov = f"{city}人民政府"
    else:
        name = base + r.choice(_SUFFIX[dom])
        gov = f"{base}人民政府"
    court = (dist if county else city + dist) + "人民法院"
    year = r.randint(2022, 2025)
    n = r.randint(1, 1200)
    code = _CODE[dom]
    if dom == "eco":
        ab = city[:1] + _short(dist)[:1]
    style = r.randint(0, 2)
    if style == 0:
        docno = f"{ab}{code}{mark}〔{year}〕{n}号"
    elif style == 1:
        docno = f"{ab}{code}{mark}字〔{year}〕第{n:04d}号"
    else:
        docno = f"（{ab}）{code}{mark}〔{year}〕{n}号"
    doc.k("agency_name", name).t("\n", title, "\n")
    if numbered:
        doc.k("doc_number", docno).t("\n")
    doc.t("\n")
    return _Ag(name, docno, region, gov, court, year, r.randint(1, 7), r.randint(1, 28))


def _relief(doc: Doc, a: _Ag) -> None:
    r = doc.r
    if r.random() < 0.5:
        doc.t("当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向").k("agency_name", a.gov)
        doc.t("申请行政复议，也可以在六个月内直接向").k("agency_name", a.court).t("提起行政诉讼。\n")
    else:
        doc.t("如不服本决定，可在收到本决定书之日起六十日内依法向").k("agency_name", a.gov)
        doc.t("申请行政复议；或者自收到本决定书之日起六个月内依法向").k("agency_name", a.court).t(
            "提起行政诉讼。"
        )
        doc.t("行政复议或者行政诉讼期间，本决定不停止执行。\n")


def _end(doc: Doc, a: _Ag, contact: Person | None = None) -> None:
    r = doc.r
    doc.t("\n").k("agency_name", a.name).t("\n")
    _d(doc, a).t("\n")
    if contact is not None and r.random() < 0.6:
        doc.t("（联系人：").k("officer_name", contact.name).t("，联系电话：").k(
            "agency_phone", doc.w.landline()
        ).t("）\n")


def _officers(doc: Doc, offs: list[Person], lead: str = "执法人员") -> Doc:
    r, w = doc.r, doc.w
    style = r.randint(0, 2)
    if style == 0:
        doc.t(lead)
        for i, o in enumerate(offs):
            if i:
                doc.t("、")
            doc.k("officer_name", o.name).t("（执法证号：").k("officer_cert", w.officer_cert()).t("）")
    elif style == 1:
        doc.t(lead)
        for i, o in enumerate(offs):
            if i:
                doc.t("、")
            doc.k("officer_name", o.name)
        doc.t("（执法证号分别为")
        for i, _ in enumerate(offs):
            if i:
                doc.t("、")
            doc.k("officer_cert", w.officer_cert())
        doc.t("）")
    else:
        for i, o in enumerate(offs):
            if i:
                doc.t("、")
            doc.k("officer_name", o.name).t("（证号").k("officer_cert", w.officer_cert()).t("）")
        doc.t(f"{len(offs) == 2 and '两' or '三'}名{lead}")
    return doc


def _individual(doc: Doc, p: Person, label: str = "当事人") -> None:
    r = doc.r
    by = p.extra["by"]
    style = r.randint(0, 2)
    if style == 0:
        doc.t(f"{label}：").name(p).t(
            f"，{p.gender}，{by}年{r.randint(1, 12)}月出生，汉族\n公民身份号码："
        ).idn(p)
        doc.t("\n住址：").address(p).t("\n联系电话：").phone(person=p).t("\n")
    elif style == 1:
        doc.t(f"{label}：").name(p).t(f"，性别：{p.gender}，身份证号码：").idn(p).t("，住所：").address(
            p, split=False
        )
        doc.t("，联系电话：").phone(person=p).t("。\n")
    else:
        doc.t(f"{label}姓名：").name(p).t("\n身份证件号码：").idn(p).t("\n户籍地址：").address(p).t("\n")
        if r.random() < 0.5:
            doc.t("现住址：同上\n")
        doc.t("联系方式：").phone(person=p).t("\n")


def _shop_name(doc: Doc, region: tuple, op: Person, kinds: list[str]) -> str:
    r = doc.r
    dist = region[2]
    roll = r.random()
    if roll < 0.35:
        return f"{dist}{op.surname}记{r.choice(kinds)}"
    if roll < 0.55:
        return f"{dist}老{op.surname}家{r.choice(kinds)}"
    if roll < 0.75:
        return f"{dist}{r.choice(TOWNS9)[:2]}{r.choice(TRADE9)}{r.choice(kinds)}"
    return f"{region[1]}{dist}{r.choice(TRADE9)}{r.choice(kinds)}"


def _business(doc: Doc, region: tuple, shop: str, op: Person, label: str = "当事人") -> None:
    r, w = doc.r, doc.w
    doc.t(f"{label}：").k("org_name", shop).t("（个体工商户）\n")
    doc.t("统一社会信用代码：").k("credit_code", w.uscc("92")).t("\n")
    doc.t(r.choice(["经营场所：", "经营地址：", "住所："])).k(
        "registered_address", reg_address(doc, region[:3])
    ).t("\n")
    doc.t("经营者：").name(op)
    if r.random() < 0.5:
        doc.t(f"，{op.gender}，{op.extra['by']}年出生")
    doc.t("，身份证号码：").idn(op).t("\n")
    if r.random() < 0.6:
        doc.t("住址：").address(op).t("\n")
    doc.t("联系电话：").phone(person=op).t("\n")


def _company_name(doc: Doc, region: tuple, industry: list[str]) -> str:
    r = doc.r
    place = region[1] if r.random() < 0.5 else _short(region[2])
    return place + r.choice(TRADE9) + r.choice(industry) + r.choice(["有限公司", "有限责任公司"])


def _company(doc: Doc, region: tuple, co: str, rep: Person, label: str = "当事人") -> None:
    r, w = doc.r, doc.w
    if r.random() < 0.3:
        doc.keep.append(rep.name)
    doc.t(f"{label}：").k("org_name", co).t("\n")
    doc.t("统一社会信用代码：").k("credit_code", w.uscc()).t("\n")
    doc.t(r.choice(["住所：", "住所地：", "地址："])).k("registered_address", reg_address(doc, region[:3])).t(
        "\n"
    )
    doc.t("法定代表人：").k("legal_rep", rep.name)
    if r.random() < 0.4:
        doc.t("，职务：" + r.choice(["执行董事兼总经理", "董事长", "总经理"]))
    doc.t("\n")


def _agent(doc: Doc, region: tuple, party: Person | None) -> Person:
    r = doc.r
    if party is not None and r.random() < 0.5:
        rel = r.choice(["子", "女", "夫" if party.gender == "女" else "妻"])
        if rel in ("子", "女"):
            a = _child(doc, region, party, gender="男" if rel == "子" else "女")
        else:
            a = _person(doc, region, gen=party.extra["gen"], gender=_other_gender(party))
        doc.t("委托代理人：").name(a).t(f"，系当事人之{rel}，身份证号码：").idn(a)
        doc.t("\n")
    else:
        a = _person(doc, region, gen=r.choice(("faker", "young")))
        firm = region[1] + r.choice(["金诚", "明理", "正大", "天衡", "立言", "博合"]) + "律师事务所"
        doc.t("委托代理人：").name(a).t("，").k("org_name", firm).t("律师\n")
    return a


def _penalty(doc: Doc, law: str, art: str, pen: str, items: list, subject: str = "当事人") -> None:
    r = doc.r
    doc.t(f"{subject}的上述行为违反了").k("law_title", law).k("article", art).t("的规定。")
    if r.random() < 0.4:
        doc.t(f"鉴于{subject}积极配合调查并主动改正，依据").k("law_title", "《中华人民共和国行政处罚法》")
        doc.k("article", "第三十二条第（一）项").t("的规定，可以从轻处罚。")
    doc.t("依据").k("law_title", law).k("article", pen).t(f"的规定，本局决定对{subject}作出如下行政处罚：\n")
    for i, it in enumerate(items, 1):
        doc.t(f"{i}.")
        if isinstance(it, tuple):
            _fine(doc.t("罚款"), it[0], it[1]).t("。\n" if i == len(items) else "；\n")
        else:
            doc.t(it + ("。\n" if i == len(items) else "；\n"))
    doc.t(
        "罚款应当自收到本决定书之日起十五日内缴至指定银行或者通过电子支付系统缴纳。逾期不缴纳的，本局将依据"
    )
    doc.k("law_title", "《中华人民共和国行政处罚法》").k("article", "第七十二条第一款第（一）项")
    doc.t("的规定，每日按罚款数额的百分之三加处罚款。\n")


def _notice(doc: Doc, a: _Ag, subject: str = "当事人") -> None:
    r = doc.r
    roll = r.randint(0, 2)
    if roll == 0:
        doc.t("本局于")
        _d(doc, a).t(f"向{subject}送达了《行政处罚告知书》，{subject}在法定期限内未提出陈述、申辩。\n")
    elif roll == 1:
        doc.t("本局于")
        _d(doc, a).t(
            f"依法告知{subject}拟作出行政处罚的事实、理由、依据及其依法享有的陈述、申辩、要求听证等权利，"
        )
        doc.t(f"{subject}在规定期限内未提出陈述、申辩，也未要求听证。\n")
    else:
        doc.t(f"{subject}于")
        _d(doc, a).t("提交了书面陈述材料，称其系初次违法并已改正。经复核，本局对其陈述意见部分予以采纳。\n")


# ---- 1 市场监管: 健康证明, a couple's shop ----------------------------------------------------


def h9_food(doc: Doc) -> None:
    r = doc.r
    a = _head(doc, "market", "行政处罚决定书")
    reg = a.region
    op = _person(doc, reg, gen=r.choice(("old", "faker", "faker")))
    sp = _person(doc, reg, gen=op.extra["gen"], gender=_other_gender(op))
    cook, cook2, cust, friend = (_person(doc, reg) for _ in range(4))
    offs = [_person(doc, reg), _person(doc, reg)]
    shop = _shop_name(doc, reg, op, FOOD_KINDS)
    _business(doc, reg, shop, op)
    dish = r.choice(DISHES)
    spouse_word = "妻子" if sp.gender == "女" else "丈夫"
    doc.t("\n")
    src = r.randint(0, 2)
    if src == 0:
        _d(doc, a).t("，本局接到消费者").name(cust).t("投诉，称其在当事人店内就餐后出现腹泻症状。")
    elif src == 1:
        doc.t("顾客").name(cust).t("于")
        _d(doc, a).t(f"晚在当事人处食用{dish}后出现腹泻，次日通过12315平台投诉。")
    else:
        doc.t("本局在").k("word", "常规").t(
            "检查中发现当事人涉嫌安排未取得健康证明的人员从事接触直接入口食品的工作。"
        )
    doc.t("经批准，本局于")
    _d(doc, a).t("立案调查。\n")
    insp = _next(doc, a)
    doc.t("本局")
    _officers(doc, offs).t("于").date(*insp).t("对当事人经营场所进行了现场检查。")
    # who handles food
    c = r.randint(0, 2)
    if c == 0:
        doc.t("经查，").date(*insp).t("，当事人雇佣的厨师").name(cook)
        doc.t("在未取得健康证明的情况下从事接触直接入口食品的工作。")
    elif c == 1:
        doc.t("经查，").name(cook).t("系当事人于")
        _past(doc, a).t("招用的" + r.choice(["厨师", "帮厨", "面点师"]))
        doc.t("，入职至今未进行健康检查，未取得健康证明。")
    else:
        doc.t("经查，当事人店内从事凉菜制作的").name(cook).t("、负责配餐的").name(cook2)
        doc.t("均未取得健康证明，其中").name(cook).t("的健康证明（编号").p("other_id", _digits(doc, 12))
        doc.t("）已于")
        _past(doc, a).t("过期。")
    # who runs the shop
    k = r.randint(0, 2)
    if k == 0:
        doc.t("该店由").name(op).t("、").name(sp).t("夫妇共同经营，").name(sp).t("负责收银，").name(op)
        doc.t("负责采购和后厨管理。")
    elif k == 1:
        doc.name(op).t(f"与其{spouse_word}").name(sp).t("共同经营该店，").name(cook).t("由").name(sp).t(
            "介绍进店。"
        )
    else:
        doc.t("经营者").name(op).t(f"称，店内人员均由其{spouse_word}").name(sp).t("招聘，").name(op)
        doc.t("本人并不清楚").name(cook).t("未办理健康证明。")
    if src != 2:
        f = r.randint(0, 2)
        if f == 0:
            doc.name(cust).t("称，同桌就餐的朋友").name(friend).t("也出现类似症状，并反映店员服务不").k(
                "word", "周到"
            )
            doc.t("。")
        elif f == 1:
            doc.t("据").name(cust).t("陈述，其与").name(friend).t(f"共点了{dish}等菜品，").name(friend)
            doc.t("食用后未出现不适。")
        else:
            doc.name(cust).t("提供了消费小票及在").k("org_name", _hospital(doc, reg)).t(
                "的就诊病历（门诊号："
            )
            doc.p("other_id", "MZ" + _digits(doc, 9)).t("）。")
    doc.t("\n上述事实，有现场检查笔录、对").name(op).t("和").name(cook).t("的询问笔录、营业执照复印件")
    if src != 2:
        doc.t("、").name(cust).t("的投诉材料")
    doc.t("等证据证实。\n")
    if r.random() < 0.5:
        doc.t("本局于")
        _d(doc, a).t("向当事人送达了《行政处罚告知书》，当事人在法定期限内未提出陈述、申辩。\n")
    else:
        doc.t("当事人收到《行政处罚告知书》后，委托其" + spouse_word).name(sp).t("到本局进行了陈述。\n")
    _penalty(doc, "《中华人民共和国食品安全法》", "第四十五条第一款", "第一百二十六条第一款第（六）项",
             ["警告", (5000, 50000)])  # fmt: skip
    _relief(doc, a)
    _end(doc, a, offs[0])


def _hospital(doc: Doc, region: tuple) -> str:
    r = doc.r
    if region[2].endswith(("市", "县")) and r.random() < 0.6:
        return region[2] + r.choice(["人民医院", "中医院"])
    return region[1] + r.choice(["第一人民医院", "中心医院", "第二人民医院"])


# ---- 2 城管: 小广告, 占道, 违法建设 -----------------------------------------------------------


def h9_city(doc: Doc) -> None:
    r, w = doc.r, doc.w
    a = _head(doc, "city", "行政处罚决定书")
    reg = a.region
    p = _person(doc, reg, gen=r.choice(("old", "faker")))
    nb, nb2, helper = _person(doc, reg, gen="old"), _person(doc, reg), _person(doc, reg, gen="young")
    son = _child(doc, reg, p, gender="男")
    offs = [_person(doc, reg), _person(doc, reg)]
    _individual(doc, p)
    place = _short(reg[2])
    road = r.choice(ROADS9)
    doc.t("\n")
    kind = r.randint(0, 2)
    if kind == 0:
        ad = r.choice(["疏通下水道", "开锁换锁", "搬家", "高价回收"])
        _d(doc, a).t("晚，本局")
        _officers(doc, offs).t("在").k("place", place).t(road).t("巡查时发现，沿线电线杆、公交站台上")
        doc.k("word", "张贴").t(f"有“{ad}”小广告{r.randint(12, 160)}张，广告上留有联系电话").phone(
            person=p
        ).t("。")
        doc.t("经查，上述小广告系当事人雇佣").name(helper).t("于当晚").k("word", "张贴").t("，每张支付报酬")
        doc.t(f"{r.choice(['0.2', '0.3', '0.5'])}元。").name(helper).t("对此予以承认。")
        law, art, pen = "《城市市容和环境卫生管理条例》", "第十七条第一款", "第三十四条第（二）项"
        items: list = ["责令清除违法张贴的宣传品", (50, 500)]
    elif kind == 1:
        pl = _plate(doc, reg)
        _d(doc, a).t("上午，本局")
        _officers(doc, offs).t("在").k("place", place).t(road).t("与").t(r.choice(ROADS9)).t("交叉口发现，")
        doc.name(p).t("驾驶号牌为").p("vehicle_plate", pl).t("的电动三轮车占道销售水果，为图").k(
            "word", "方便"
        )
        doc.t("，将货物堆放于人行道上。经执法人员多次劝导，当事人仍未改正。")
        doc.t("在路口经营早餐店的").name(nb).t("证实，当事人每天早上都在此摆摊。")
        law, art, pen = "《城市市容和环境卫生管理条例》", "第十四条", "第三十六条第（一）项"
        items = ["责令立即改正", (50, 1000)]
    else:
        doc.t("据邻居").name(nb).t("反映，当事人在其位于").k("place", place).t("的住宅楼顶搭建彩钢棚，遮挡")
        doc.name(nb).t("家采光。")
        _d(doc, a).t("，本局")
        _officers(doc, offs).t("到场核查，确认当事人未取得建设工程规划许可证，在楼顶搭建彩钢结构建筑物约")
        doc.t(f"{r.randint(20, 120)}平方米。同楼住户").name(nb).t("、").name(nb2).t("在现场见证。")
        if r.random() < 0.5:
            doc.t("当事人提交了该房屋的不动产权证书（证号：").p(
                "property_certificate", w.property_cert(p.region)
            ).t("）。")
        law, art, pen = "《中华人民共和国城乡规划法》", "第四十条第一款", "第六十四条"
        items = ["限期三十日内自行拆除违法建设", (1000, 20000)]
    if r.random() < 0.5:
        doc.t("调查期间，当事人之子").name(son).t("到场配合调查，并代当事人在询问笔录上签字。")
    doc.t("\n")
    if r.random() < 0.6:
        doc.t("本局于")
        _d(doc, a).t("向当事人送达了《行政处罚告知书》，由当事人之子").name(son).t(
            "代为签收。当事人在法定期限内未提出"
        )
        doc.t("陈述、申辩。\n")
    _penalty(doc, law, art, pen, items)
    _relief(doc, a)
    _end(doc, a, offs[1])


# ---- 3 生态环境: company --------------------------------------------------------------------


def h9_eco(doc: Doc) -> None:
    r = doc.r
    a = _head(doc, "eco", "行政处罚决定书")
    reg = a.region
    co = _company_name(doc, reg, ["化工", "印染", "建材", "金属制品", "食品", "再生资源"])
    rep = _person(doc, reg, gen=r.choice(("faker", "old")))
    emp, villager, villager2, drv, mgr = (_person(doc, reg) for _ in range(5))
    offs = [_person(doc, reg), _person(doc, reg)]
    _company(doc, reg, co, rep)
    if r.random() < 0.5:
        _agent(doc, reg, None)
    doc.t("\n")
    _d(doc, a).t("，我局")
    _officers(doc, offs).t("对你公司进行现场检查，你公司法定代表人").k("legal_rep", rep.name).t("在场。")
    kind = r.randint(0, 2)
    if kind == 0:
        doc.t("现场检查发现，你公司在厂区东侧私设暗管，将未经处理的清洗废水直接排入厂外排洪沟，排口处水体呈")
        doc.k("word", "黄色").t("。据附近村民").name(villager).t("反映，每逢夜间排口即有刺鼻气味，去年汛期")
        doc.k("word", "洪水").t("过后下游鱼塘出现死鱼。").name(villager2).t("、").name(villager)
        doc.t("提供了现场照片。")
        law, art, pen = "《中华人民共和国水污染防治法》", "第三十九条", "第八十三条第（三）项"
        items: list = ["责令改正", (100000, 1000000)]
    elif kind == 1:
        pl = _plate(doc, reg)
        doc.t("你公司将生产过程中产生的废渣约").t(str(r.randint(20, 300))).t("吨倾倒于厂区北侧").k(
            "word", "林地"
        )
        doc.t("内。经调查，废渣由你公司员工").name(drv).t("驾驶号牌为").p("vehicle_plate", pl)
        doc.t("的自卸货车运出，装卸由车间主任").name(mgr).t("安排。").name(drv).t("称其按").name(mgr)
        doc.t("的指示每天夜间运输两趟。")
        law, art, pen = (
            "《中华人民共和国固体废物污染环境防治法》",
            "第二十条第一款",
            "第一百零二条第一款第（四）项",
        )
        items = ["责令改正", (100000, 1000000)]
    else:
        doc.t("你公司年产").t(str(r.randint(2, 50))).t("万吨").t(
            r.choice(["商品混凝土", "石材加工", "塑料颗粒"])
        )
        doc.t("项目未依法报批环境影响报告表，于")
        _past(doc, a).t("擅自开工建设并投入生产。")
        doc.t("项目负责人").name(mgr).t("承认项目未办理环评手续。")
        law, art, pen = "《中华人民共和国环境影响评价法》", "第二十五条", "第三十一条第一款"
        items = ["责令停止建设", (50000, 500000)]
    s = r.randint(0, 2)
    if s == 0:
        doc.k("legal_rep", rep.name).t("在接受询问时表示，对上述事实无异议。")
    elif s == 1:
        doc.t("你公司环保管理员").name(emp).t("证实，").k("legal_rep", rep.name).t("知悉上述情况。")
    else:
        doc.t("以上事实，有现场检查（勘察）笔录、对").k("legal_rep", rep.name).t("和").name(emp)
        doc.t("的调查询问笔录、现场照片等证据为证。")
    doc.t("\n")
    _notice(doc, a, "你公司")
    _penalty(doc, law, art, pen, items, subject="你公司")
    _relief(doc, a)
    _end(doc, a, offs[0])


# ---- 4 交通运输: 非法营运, 超限, 网约车 ------------------------------------------------------


def h9_transport(doc: Doc) -> None:
    r = doc.r
    a = _head(doc, "transport", "行政处罚决定书")
    reg = a.region
    p = _person(doc, reg, gen=r.choice(("faker", "old", "young")), gender="男")
    pa, pb, owner = (_person(doc, reg) for _ in range(3))
    offs = [_person(doc, reg), _person(doc, reg)]
    _individual(doc, p)
    pl = _plate(doc, reg)
    place = _short(reg[2])
    doc.t("\n")
    kind = r.randint(0, 2)
    if kind == 0:
        _d(doc, a).t("，本局")
        _officers(doc, offs).t("在").k("place", place).t("高铁站出站口开展").k("word", "常规")
        doc.t("检查时，发现当事人驾驶号牌为").p("vehicle_plate", pl).t("的小型轿车搭载乘客").name(pa).t(
            "、"
        ).name(pb)
        doc.t("前往").k("place", r.choice(TOWNS9)).t("。经询问，乘客").name(pa).t(
            "称系通过微信联系当事人，约定车费"
        )
        _fine(doc, 30, 300).t("，已通过微信转账支付，收款人显示为「").name(p).t("」。").name(pb)
        doc.t("称当事人服务").k("word", "周到").t("，其多次乘坐该车。")
        law, art, pen = "《中华人民共和国道路运输条例》", "第十条", "第六十三条"
        items: list = ["责令停止经营", (10000, 50000)]
    elif kind == 1:
        _d(doc, a).t("，当事人驾驶号牌为").p("vehicle_plate", pl).t("的重型半挂牵引车在").k("place", place)
        doc.t("超限检测站接受检测，车货总质量").t(str(r.randint(52, 95))).t("吨，超过限定标准。")
        doc.t("经查，该车登记所有人为").name(owner).t("，当事人系受").name(owner).t("雇佣驾驶，随车押运员为")
        doc.name(pa).t("。当事人道路运输从业资格证号：").p("other_id", _digits(doc, 18)).t("。")
        law, art, pen = "《公路安全保护条例》", "第三十三条第一款", "第六十四条"
        items = [(1000, 30000)]
    else:
        _d(doc, a).t("，本局")
        _officers(doc, offs).t("在").k("place", place).t(r.choice(ROADS9)).t("检查时，发现当事人驾驶号牌为")
        doc.p("vehicle_plate", pl).t("的车辆通过网络平台接单运送乘客").name(pa).t(
            "，该车未取得《网络预约出租汽车运输证》。"
        )
        doc.name(pa).t("出示的订单显示，下单手机号为").phone(person=pa).t("。为").k("word", "方便")
        wife = _person(doc, reg, gen=p.extra["gen"], gender="女")
        doc.t("接单，当事人将车辆登记在其妻").name(wife).t("名下。")
        law, art, pen = "《网络预约出租汽车经营服务管理暂行办法》", "第十三条", "第三十四条第（二）项"
        items = ["警告", (3000, 10000)]
    doc.t("\n")
    _notice(doc, a)
    _penalty(doc, law, art, pen, items)
    _relief(doc, a)
    _end(doc, a, offs[1])


# ---- 5 应急管理: company -------------------------------------------------------------------


def h9_safety(doc: Doc) -> None:
    r = doc.r
    a = _head(doc, "safety", "行政处罚决定书")
    reg = a.region
    co = _company_name(doc, reg, ["机械制造", "钢结构", "家具", "五金制品", "包装材料"])
    rep = _person(doc, reg, gen=r.choice(("faker", "old")))
    wa, wb, mgr, safe, kin = (_person(doc, reg) for _ in range(5))
    offs = [_person(doc, reg), _person(doc, reg)]
    _company(doc, reg, co, rep)
    doc.t("\n本局").t(r.choice(["", "行政"]))
    _officers(doc, offs).t("于")
    _d(doc, a).t("对你公司进行执法检查，发现：\n")
    one = r.random() < 0.5
    doc.t("1.你公司焊工").name(wa).t("、").name(wb).t("正在车间进行电焊作业，二人均未取得特种作业操作证")
    doc.t("。据车间主任").name(mgr).t("介绍，").name(wa).t("系")
    _past(doc, a).t("入职的临时工，由").name(mgr)
    doc.t(f"的{r.choice(['表弟', '同乡', '朋友'])}").name(kin).t("介绍进厂" + ("。\n" if one else "；\n"))
    if not one:
        doc.t("2.车间东侧危险化学品仓库未设置明显的安全警示标志，仅拉有一条").k("word", "黄色").t("警戒线。")
        doc.t("安全员").name(safe).t("称该仓库属").k("word", "常规").t("管理区域，未考虑设置警示标志。\n")
    s = r.randint(0, 1)
    if s == 0:
        doc.t("你公司法定代表人").k("legal_rep", rep.name).t(
            "在询问中对上述事实无异议，并表示将立即组织整改。\n"
        )
    else:
        doc.t("上述事实有现场检查记录、现场照片、").k("legal_rep", rep.name).t("及").name(mgr)
        doc.t("的询问笔录等证据证明。\n")
    law = "《中华人民共和国安全生产法》"
    _notice(doc, a, "你公司")
    doc.t("你公司的上述行为违反了").k("law_title", law).k("article", "第三十条第一款")
    if not one:
        doc.t("、").k("article", "第三十五条")
    doc.t("的规定，依据").k("law_title", law).k("article", "第九十七条第（七）项")
    if not one:
        doc.t("、").k("article", "第九十九条第（一）项")
    _fine(doc.t("的规定，本局决定给予你公司罚款"), 10000, 100000).t("的行政处罚")
    if not one:
        doc.t("（两项违法行为分别裁量、合并处罚）")
    doc.t("。\n罚款应于收到本决定书之日起十五日内缴纳。\n")
    _relief(doc, a)
    _end(doc, a, offs[0])


# ---- 6 卫生健康: 非医师行医, 公共场所 ------------------------------------------------------


def h9_health(doc: Doc) -> None:
    r = doc.r
    a = _head(doc, "health", "行政处罚决定书")
    reg = a.region
    p = _person(doc, reg, gen=r.choice(("old", "faker")))
    wife = _person(doc, reg, gen=p.extra["gen"], gender=_other_gender(p))
    pt, pt2, pt3, dau = _person(doc, reg, gen="old"), _person(doc, reg), _person(doc, reg), None
    offs = [_person(doc, reg), _person(doc, reg)]
    if r.random() < 0.5:
        _individual(doc, p)
        dau = _child(doc, reg, pt, gender="女")
        village = r.choice(VILLAGES9)
        doc.t("\n经查，当事人未取得医师资格证书和医师执业证书，自")
        _past(doc, a).t("起在").k("place", village)
        doc.t("自家住宅内为村民诊疗。")
        _d(doc, a).t("，患者").name(pt).t("因感冒发热到当事人处输液，输液后出现寒战，")
        doc.t("由其女儿").name(dau).t("送至").k("org_name", _hospital(doc, reg)).t("救治。")
        doc.t("现场查获处方笺").t(str(r.randint(5, 40))).t("张，署名患者包括").name(pt2).t("、").name(pt3).t(
            "、"
        )
        doc.name(pt).t("等人。当事人的")
        doc.t("妻子" if wife.gender == "女" else "丈夫").name(wife).t("承认曾协助配药。")
        doc.t("本局")
        _officers(doc, offs, "卫生监督员").t("依法进行了调查取证。\n")
        law, art, pen = "《中华人民共和国医师法》", "第十三条第四款", "第五十九条"
        items: list = ["没收违法所得和药品、医疗器械", (10000, 100000)]
    else:
        shop = _shop_name(doc, reg, p, ["美容店", "足浴店", "理发店", "旅馆"])
        _business(doc, reg, shop, p)
        doc.t("\n")
        _d(doc, a).t("，本局")
        _officers(doc, offs, "卫生监督员").t("对当事人经营场所进行监督检查，发现从业人员").name(pt2).t(
            "、"
        ).name(pt3)
        doc.t("未取得有效健康合格证明即为顾客提供服务。顾客").name(pt).t("当时正在店内接受服务，").name(pt)
        doc.t("称其为店内会员（会员卡号").p("other_id", _digits(doc, 8)).t("）。当事人称")
        doc.name(pt2).t("是其").t("妻子" if wife.gender == "女" else "丈夫").name(wife).t(
            "的亲戚，刚来店里帮忙。\n"
        )
        law, art, pen = "《公共场所卫生管理条例实施细则》", "第十条第一款", "第三十八条"
        items = ["警告", (500, 5000)]
    _notice(doc, a)
    _penalty(doc, law, art, pen, items)
    _relief(doc, a)
    _end(doc, a, offs[1])


# ---- 7 文旅: 网吧接纳未成年人, 无证导游 ---------------------------------------------------


def h9_culture(doc: Doc) -> None:
    r = doc.r
    a = _head(doc, "culture", "行政处罚决定书")
    reg, y = a.region, a.year
    rep = _person(doc, reg, gen=r.choice(("faker", "young")))
    offs = [_person(doc, reg), _person(doc, reg)]
    if r.random() < 0.6:
        co = _company_name(doc, reg, ["网络科技", "网络服务", "网咖"])
        _company(doc, reg, co, rep)
        m1 = _person(doc, reg, gen="young")
        m2 = _person(doc, reg, gen="young")
        mom = _person(doc, reg, gen=r.choice(("faker", "old")), gender="女", surname=None)
        admin, adult = _person(doc, reg, gen="young"), _person(doc, reg)
        m1.extra["by"] = y - r.randint(13, 17)
        doc.t("\n")
        _d(doc, a).t(f"{r.randint(20, 23)}时许，本局")
        _officers(doc, offs).t("对你公司经营的上网服务营业场所进行检查，发现未成年人").name(m1)
        doc.t(f"（{m1.extra['by']}年{r.randint(1, 12)}月出生）、").name(m2).t("在该场所")
        doc.t(f"{r.randint(1, 80)}号、{r.randint(81, 160)}号机位上网。经查，上述未成年人系由网管").name(admin)
        doc.t("使用他人身份证登记开机，其中一张身份证登记姓名为“").name(adult).t("”。")
        doc.name(m1).t("的母亲").name(mom).t("闻讯后赶到现场将其领回。")
        if r.random() < 0.5:
            doc.t("另查明，场所入口处未").k("word", "张贴").t("未成年人禁入标志。")
        doc.t("你公司法定代表人").k("legal_rep", rep.name).t("称对").name(admin).t("的行为不知情。\n")
        law, art, pen = "《互联网上网服务营业场所管理条例》", "第二十一条", "第三十一条第（二）项"
        items: list = ["警告", (2000, 15000)]
        subj = "你公司"
    else:
        co = _short(reg[2]) + r.choice(TRADE9) + "国际旅行社有限公司"
        _company(doc, reg, co, rep)
        guide, t1, t2 = _person(doc, reg, gen="young"), _person(doc, reg), _person(doc, reg)
        n = r.randint(12, 45)
        trip, filed = _next(doc, a), _next(doc, a)
        doc.t("\n本局接游客").name(t1).t("、").name(t2).t(f"等{n}人投诉后，于").date(*filed).t("立案调查。")
        doc.t("经查，当事人于").date(*trip).t("组织").t(str(n)).t("名游客赴").k(
            "place", r.choice(["石林", "黄山", "张家界"])
        )
        doc.t("旅游，安排未取得导游证的").name(guide).t("提供导游服务。").name(t1).t("反映，").name(guide)
        doc.t("在行程中多次要求游客到指定商店购物，游客均表示不").k("word", "高兴").t("。")
        doc.t("当事人的法定代表人").k("legal_rep", rep.name).t("承认").name(guide).t(
            "系临时聘用的兼职人员。\n"
        )
        law, art, pen = "《中华人民共和国旅游法》", "第四十条", "第九十六条第（二）项"
        items = ["责令改正", "没收违法所得", (5000, 50000)]
        subj = "当事人"
    _notice(doc, a, subj)
    _penalty(doc, law, art, pen, items, subject=subj)
    _relief(doc, a)
    _end(doc, a, offs[0])


# ---- 8 准予 / 不予行政许可决定书 ----------------------------------------------------------


def h9_licence(doc: Doc) -> None:
    r, w = doc.r, doc.w
    grant = r.random() < 0.5
    a = _head(
        doc, "market", "准予行政许可决定书" if grant else "不予行政许可决定书", "许" if grant else "不许"
    )
    reg, y = a.region, a.year
    p = _person(doc, reg)
    offs = [_person(doc, reg), _person(doc, reg)]
    nb, nb2 = _person(doc, reg, gen="old"), _person(doc, reg)
    doc.t("申请人：").name(p).t("\n身份证号码：").idn(p).t("\n住址：").address(p).t("\n联系电话：").phone(
        person=p
    ).t("\n")
    if r.random() < 0.4:
        doc.t("电子邮箱：").p("email", w.email()).t("\n")
    agent = _agent(doc, reg, p) if r.random() < 0.5 else None
    shop = _shop_name(doc, reg, p, FOOD_KINDS)
    doc.t("\n").name(p).t("：\n你于")
    _d(doc, a).t("提出的").k("org_name", shop).t("食品经营许可申请，本局已于")
    _d(doc, a)
    doc.t("受理。根据").k("law_title", "《中华人民共和国行政许可法》").k("article", "第三十四条第三款")
    doc.t("的规定，本局工作人员")
    for i, o in enumerate(offs):
        doc.t("、" if i else "").k("officer_name", o.name)
    doc.t("于")
    _d(doc, a).t("进行了现场核查，")
    if agent is not None:
        doc.t("申请人委托的").name(agent).t("在场。")
    else:
        doc.t("申请人").name(p).t("在场。")
    if grant:
        doc.t("经审查，申请材料齐全、符合法定形式，经营场所符合要求。依据").k(
            "law_title", "《中华人民共和国食品安全法》"
        )
        doc.k("article", "第三十五条第一款").t("和").k("law_title", "《中华人民共和国行政许可法》").k(
            "article", "第三十八条第一款"
        )
        doc.t("的规定，决定准予行政许可，许可证编号：").k("permit_number", w.permit()).t("，有效期至").date(
            y + 5
        ).t("。\n")
        if r.random() < 0.5:
            doc.t("请持本决定书及身份证明到本局政务服务窗口领取许可证，或者委托他人代领。\n")
    else:
        doc.t("经审查，申请人申报的经营场所为其住宅（不动产权证号：").p(
            "property_certificate", w.property_cert(p.region)
        )
        doc.t("），位于住宅楼一层，与楼上住户共用排烟通道。同单元住户").name(nb).t("、").name(nb2)
        doc.t("提出书面异议，称油烟直排影响居住。").name(nb).t("还反映申请人此前已在该处无证经营。")
        doc.t("依据").k("law_title", "《中华人民共和国行政许可法》").k("article", "第三十八条第二款")
        doc.t("的规定，本局决定不予行政许可。\n")
        doc.t("申请人如不服本决定，可以在收到本决定书之日起六十日内向").k("agency_name", a.gov)
        doc.t("申请行政复议，也可以在六个月内向").k("agency_name", a.court).t("提起行政诉讼。\n")
    _end(doc, a, offs[0])


# ---- 9 责令改正通知书 ----------------------------------------------------------------------


def h9_rectify(doc: Doc) -> None:
    r = doc.r
    dom = r.choice(["market", "city", "safety"])
    a = _head(doc, dom, "责令改正通知书", "责改")
    reg = a.region
    op = _person(doc, reg, gen=r.choice(("faker", "old", "young")))
    clerk = _person(doc, reg, gen="young")
    kin_rel, kin_g, kin_short = r.choice([("母亲", "女", "母"), ("父亲", "男", "父"), ("姐姐", "女", "姐"),
                                          ("妻子" if op.gender == "男" else "丈夫", _other_gender(op),
                                           "妻" if op.gender == "男" else "夫")])  # fmt: skip
    kin = _person(doc, reg, gen="old" if kin_rel in ("母亲", "父亲") else op.extra["gen"], gender=kin_g)
    offs = [_person(doc, reg), _person(doc, reg)]
    if r.random() < 0.4:
        shop = f"{reg[2]}{r.choice(BRAND_SHOPS)}"
    else:
        shop = _shop_name(doc, reg, op, ["便利店", "五金店", "日用品店", "服装店"])
    doc.k("org_name", shop).t("（经营者：").name(op).t("）：\n")
    doc.t("本局")
    insp = _next(doc, a)
    deadline = _next(doc, a, 20, 35)
    a.year, a.month, a.day = insp
    _officers(doc, offs).t("于").date(*insp).t("对你店进行检查，")
    by_clerk = r.random() < 0.5
    if by_clerk:
        doc.t("检查时店员").name(clerk).t("在场，经营者").name(op).t("外出未归。")
    else:
        doc.name(op).t("不在店内，由其").t(kin_rel).name(kin).t("陪同检查。")
    if dom == "market":
        doc.t("发现你店未在经营场所的醒目位置悬挂营业执照，部分商品未明码标价。")
        law, art = "《明码标价和禁止价格欺诈规定》", "第四条"
    elif dom == "city":
        doc.t("发现你店在门前人行道上堆放货物，并在店外墙面").k("word", "张贴").t("促销海报。")
        law, art = "《城市市容和环境卫生管理条例》", "第十四条"
    else:
        doc.t("发现你店疏散通道堆放纸箱，灭火器压力不足，仓库内电线私拉乱接。")
        law, art = "《中华人民共和国安全生产法》", "第四十一条第二款"
    doc.t("上述行为违反了").k("law_title", law).k("article", art).t("的规定。\n")
    doc.t("现责令你店于").date(*deadline).t(
        "前改正上述违法行为，并将改正情况书面报告本局。逾期不改正的，本局将依法处理。\n"
    )
    doc.t("\n")
    if not by_clerk:
        doc.t("被检查单位签收：").name(kin).t(f"（代经营者签收，系经营者之{kin_short}）\n")
    else:
        doc.t("签收人：").name(clerk).t("（店员）  联系电话：").phone(person=clerk).t("\n")
    doc.t("执法人员签名：").k("officer_name", offs[0].name).t("、").k("officer_name", offs[1].name).t("\n")
    _end(doc, a)


# ---- 10 询问笔录 --------------------------------------------------------------------------


def h9_interview(doc: Doc) -> None:
    r, w = doc.r, doc.w
    a = _head(doc, "market", "询问笔录（节选）", numbered=False)
    reg, y = a.region, a.year
    p = _person(doc, reg, gen=r.choice(("faker", "old")))
    o1, o2 = _person(doc, reg), _person(doc, reg)
    sp = _person(doc, reg, gen=p.extra["gen"], gender=_other_gender(p))
    emp, nb = _person(doc, reg), _person(doc, reg, gen="old")
    cust, sup = _person(doc, reg, gender="女"), _person(doc, reg, gender="男")
    son = _child(doc, reg, p, gender="男")
    shop = _shop_name(doc, reg, p, FOOD_KINDS + ["便利店", "水果店"])
    h = r.randint(8, 16)
    incident, when = _next(doc, a), _next(doc, a)
    doc.t("询问时间：").date(*when).t(f"{h}时{r.randint(0, 5)}0分至{h + 1}时{r.randint(0, 5)}5分\n")
    doc.t("询问地点：").k("agency_name", a.name).t(r.choice(["询问室", "三楼办公室", "执法大队办公室"])).t(
        "\n"
    )
    doc.t("询问人：").k("officer_name", o1.name).t("（执法证号：").k("officer_cert", w.officer_cert()).t(
        "）、"
    )
    doc.k("officer_name", o2.name).t("（执法证号：").k("officer_cert", w.officer_cert()).t("）\n")
    doc.t("记录人：").k("officer_name", o2.name).t("\n")
    doc.t("被询问人：").name(p).t(f"  性别：{p.gender}  年龄：{y - p.extra['by']}岁\n身份证号码：").idn(p).t(
        "\n"
    )
    doc.t("工作单位：").k("org_name", shop).t("  联系电话：").phone(person=p).t("\n住址：").address(p).t("\n")
    doc.t("问：我们是").k("agency_name", a.name).t("的执法人员，这是我们的执法证件，请你过目。")
    doc.t(
        "你有如实回答问题的义务，也有陈述、申辩和申请回避的权利。你听清楚了吗？\n答：听清楚了，不申请回避。\n"
    )
    doc.t("问：请介绍一下你的基本情况。\n答：我叫").name(p).t("，是").k("org_name", shop).t("的经营者。\n")
    qa = [
        lambda: (
            doc.t("问：店里平时由谁负责？\n答：店是我和我爱人")
            .name(sp)
            .t("一起开的，")
            .name(sp)
            .t("负责收银，我负责进货。\n")
        ),
        lambda: (
            doc.t("问：")
            .date(*incident)
            .t("那天店里是谁在？\n答：那天是")
            .name(emp)
            .t("值班，我不在店里，后来是")
            .name(emp)
            .t("打电话告诉我的。\n")
        ),
        lambda: (
            doc.t("问：投诉人说的情况属实吗？\n答：是")
            .name(cust)
            .t("先在店里吵起来的，她说吃了我们的东西拉肚子，")
            .t("我当时给她退了钱，她还挺")
            .k("word", "高兴")
            .t("的。\n")
        ),
        lambda: (
            doc.t("问：这批货是从哪里进的？\n答：从")
            .name(sup)
            .t("那里进的，他在")
            .k("place", _short(reg[2]))
            .t("开批发部，货款转到他的")
            .t(r.choice(BANKS))
            .t("卡上，卡号是")
            .bank()
            .t("。\n")
        ),
        lambda: (
            doc.t("问：平时账目谁记？\n答：我儿子")
            .name(son)
            .t("帮我记的账，")
            .name(son)
            .t("用的是手机上的记账软件。\n")
        ),
        lambda: (
            doc.t("问：你知道是谁举报的吗？\n答：应该是隔壁的")
            .name(nb)
            .t("，")
            .name(nb)
            .t("一直跟我们有矛盾。\n")
        ),
    ]
    order = list(range(len(qa)))
    r.shuffle(order)
    for i in sorted(order[: r.randint(3, 5)]):
        qa[i]()
    doc.t("问：你还有什么要补充的吗？\n答：没有了，以后一定").k("word", "规范").t("经营。\n")
    doc.t("问：以上记录请你核对，如无误请签名。\n答：以上记录我看过，和我说的一样。\n")
    doc.t("被询问人签名：").name(p).t("    ").date(*when).t("\n")
    doc.t("询问人签名：").k("officer_name", o1.name).t("、").k("officer_name", o2.name).t("\n")


# ---- 11 现场检查笔录 ----------------------------------------------------------------------


def h9_site(doc: Doc) -> None:
    r, w = doc.r, doc.w
    dom = r.choice(["market", "safety", "health", "city"])
    a = _head(doc, dom, "现场检查笔录", numbered=False)
    reg = a.region
    offs = [_person(doc, reg), _person(doc, reg)]
    boss = _person(doc, reg, gen=r.choice(("faker", "old")))
    mgr, keeper, wit = _person(doc, reg), _person(doc, reg), _person(doc, reg, gen="old")
    company = r.random() < 0.5
    if company:
        co = _company_name(doc, reg, ["商贸", "食品", "超市管理", "物业管理"])
    else:
        co = (
            f"{reg[2]}{r.choice(BRAND_SHOPS)}"
            if r.random() < 0.5
            else _shop_name(doc, reg, boss, ["超市", "便利店"])
        )
    addr = reg_address(doc, reg[:3])
    h = r.randint(8, 17)
    doc.t("检查时间：")
    _d(doc, a).t(f"{h}时{r.randint(10, 59)}分至{h + 1}时{r.randint(10, 59)}分\n")
    doc.t("检查地点：").k("registered_address", addr).t("\n被检查单位：").k("org_name", co).t("\n")
    if company:
        if r.random() < 0.3:
            doc.keep.append(boss.name)
        doc.t("法定代表人：").k("legal_rep", boss.name).t("\n")
    else:
        doc.t("经营者：").name(boss).t("  身份证号码：").idn(boss).t("\n")
    doc.t("现场负责人：").name(mgr).t("  职务：").t(r.choice(["店长", "经理", "主管"])).t(
        "  联系电话："
    ).phone(person=mgr)
    doc.t("\n检查人员：")
    for i, o in enumerate(offs):
        doc.t("、" if i else "").k("officer_name", o.name).t("（").k("officer_cert", w.officer_cert()).t("）")
    doc.t("\n记录人：").k("officer_name", offs[1].name).t("\n")
    doc.t("见证人：").name(wit).t("（").t(r.choice(["隔壁商户", "社区网格员", "物业工作人员"])).t("）\n")
    doc.t("检查情况：执法人员向现场负责人").name(mgr).t("出示执法证件，告知了检查事由。经检查：\n")
    doc.t("1.仓库由保管员").name(keeper).t("负责，").name(keeper).t("当日请假，钥匙由").name(mgr).t("保管；")
    doc.t("仓库内存放的").t(r.choice(["食用油", "饮料", "乳制品", "调味品"])).t(
        f"共{r.randint(3, 60)}箱已超过保质期，"
    )
    doc.t("未作标示或者单独存放。\n")
    doc.t("2.收银台旁").k("word", "张贴").t("的价目表与实际收费不一致，部分标签为").k("word", "黄色").t(
        "手写标签。\n"
    )
    if company:
        doc.t("3.").name(mgr).t("称，").k("legal_rep", boss.name).t("每周来店一次，进货由总部统一安排。\n")
    else:
        doc.t("3.").name(mgr).t("称，经营者").name(boss).t("每周来店一次，进货由其本人负责。\n")
    doc.t("以上情况经").name(mgr).t("确认无误。\n")
    doc.t("现场负责人签名：").name(mgr).t("    见证人签名：").name(wit).t("\n")
    doc.t("检查人员签名：").k("officer_name", offs[0].name).t("、").k("officer_name", offs[1].name).t("\n")


# ---- 12 听证笔录 --------------------------------------------------------------------------


def h9_hearing(doc: Doc) -> None:
    r, w = doc.r, doc.w
    dom = r.choice(["market", "eco", "safety", "culture"])
    a = _head(doc, dom, "听证笔录（节选）", numbered=False)
    reg = a.region
    chair, member, clerk, inv1, inv2 = (_person(doc, reg) for _ in range(5))
    company = r.random() < 0.5
    rep = _person(doc, reg, gen=r.choice(("faker", "old")))
    emp, wit = _person(doc, reg), _person(doc, reg, gen="old")
    if company:
        co = _company_name(doc, reg, ["商贸", "建材", "食品", "科技"])
        doc.t("案由：").k("org_name", co).t("涉嫌").t(
            r.choice(["销售不合格产品", "未按规定贮存食品", "超标排放大气污染物"])
        )
        doc.t("案\n")
    else:
        doc.t("案由：").name(rep).t("涉嫌").t(r.choice(["无证经营", "销售过期食品", "擅自改变房屋用途"])).t(
            "案\n"
        )
    start, seen, held = _next(doc, a), _next(doc, a), _next(doc, a, 30, 60)
    doc.t("听证时间：").date(*held).t(f"{r.randint(9, 15)}时整\n听证地点：").k("agency_name", a.name).t(
        "听证室\n"
    )
    doc.t("听证主持人：").k("officer_name", chair.name).t("  听证员：").k("officer_name", member.name)
    doc.t("  记录员：").k("officer_name", clerk.name).t("\n")
    if company:
        if r.random() < 0.3:
            doc.keep.append(rep.name)
        doc.t("当事人：").k("org_name", co).t("，法定代表人").k("legal_rep", rep.name).t("\n")
    else:
        doc.t("当事人：").name(rep).t("，身份证号码：").idn(rep).t("\n")
    lawyer = _person(doc, reg, gen=r.choice(("faker", "young")))
    firm = reg[1] + r.choice(["金诚", "明理", "正大", "天衡"]) + "律师事务所"
    doc.t("委托代理人：").name(lawyer).t("，").k("org_name", firm).t("律师")
    if company and r.random() < 0.6:
        doc.t("；").name(emp).t("，该公司员工")
    doc.t("\n案件调查人员：").k("officer_name", inv1.name).t("（执法证号：").k(
        "officer_cert", w.officer_cert()
    ).t("）、")
    doc.k("officer_name", inv2.name).t("（执法证号：").k("officer_cert", w.officer_cert()).t("）\n")
    doc.t("证人：").name(wit).t("\n\n")
    label = r.random() < 0.5
    chair_tag = (lambda: doc.t("主持人").k("officer_name", chair.name).t("：")) if label else (
        lambda: doc.k("officer_name", chair.name).t("（主持人）："))  # fmt: skip
    chair_tag()
    doc.t("现在宣布听证开始。当事人对听证主持人、听证员、记录员是否申请回避？\n")
    if company:
        doc.k("legal_rep", rep.name).t("：不申请回避。\n")
    else:
        doc.name(rep).t("：不申请。\n")
    doc.k("officer_name", inv1.name).t("：经调查，当事人于").date(*start).t(
        "起实施了上述违法行为，有现场检查笔录、证人"
    )
    _fine(doc.name(wit).t("的证言等证据证实，建议给予罚款"), 5000, 200000).t("的处罚。\n")
    doc.name(lawyer).t("：对调查人员认定的事实有异议。证人").name(wit).t(
        "与当事人存在经济纠纷，其证言不应采信。"
    )
    if company:
        doc.t("另外，").name(emp).t("并非公司正式员工，其行为不能代表公司。\n")
    else:
        doc.t("当事人系初次违法，且已主动改正。\n")
    chair_tag()
    doc.t("证人").name(wit).t("是否到场？\n")
    doc.name(wit).t("：到了。我在当事人隔壁住了十几年，").date(*seen).t("前后我亲眼看见他们半夜往外运货，")
    doc.t("我跟").k("officer_name", inv2.name).t("他们说的都是实话。\n")
    doc.k("officer_name", member.name).t("：证人与当事人之间是否存在债务关系？\n")
    doc.name(wit).t("：以前借过钱，早就还清了。\n")
    chair_tag()
    doc.t("听证结束。请当事人、委托代理人阅读笔录后签名。\n")
    if company:
        doc.t("\n当事人（签章）：").k("legal_rep", rep.name)
    else:
        doc.t("\n当事人（签名）：").name(rep)
    doc.t("  委托代理人（签名）：").name(lawyer).t("\n")


# ---- 13 送达回证 -------------------------------------------------------------------------


def h9_service(doc: Doc) -> None:
    r, w = doc.r, doc.w
    dom = r.choice(["market", "city", "transport", "health", "culture", "safety"])
    a = _head(doc, dom, "送达回证", numbered=False)
    reg = a.region
    p = _person(doc, reg, gen=r.choice(("faker", "old", "young")))
    offs = [_person(doc, reg), _person(doc, reg)]
    title = r.choice(["行政处罚决定书", "责令改正通知书", "行政处罚告知书", "听证告知书"])
    docno = a.docno.replace("罚", {"行政处罚决定书": "罚", "责令改正通知书": "责改", "行政处罚告知书": "罚告",
                                    "听证告知书": "听告"}[title], 1)  # fmt: skip
    doc.t("送达文书名称及文号：").t(title).t("（").k("doc_number", docno).t("）\n")
    doc.t("受送达人：").name(p).t("\n送达地点：").address(p).t("\n")
    how = r.randint(0, 2)
    if how == 0:
        rel, g = r.choice([("子", "男"), ("女", "女"), ("孙子", "男")])
        k = _child(doc, reg, p, gender=g)
        doc.t("送达方式：直接送达\n收件人签名：").name(k).t("\n")
        doc.t("备注：受送达人").name(p).t("外出务工，由其").t(rel).name(k).t("代为签收（").name(k).t(
            "，身份证号码："
        )
        doc.idn(k).t("，联系电话：").phone(person=k).t("）。\n")
    elif how == 1:
        wit, wit2 = _person(doc, reg), _person(doc, reg, gen="old")
        doc.t("送达方式：留置送达\n收件人签名：拒签\n")
        doc.t("备注：受送达人").name(p).t("拒绝签收，送达人在见证人").name(wit).t("（")
        doc.t(r.choice(["社区居委会工作人员", "村委会委员", "小区物业管理员"])).t("）、").name(wit2)
        doc.t("（邻居）的见证下，将文书留置于受送达人住所，并拍照记录。\n见证人签名：").name(wit).t(
            "、"
        ).name(wit2).t("\n")
    else:
        doc.t("送达方式：直接送达\n收件人签名：").name(p).t("\n")
        if r.random() < 0.5:
            doc.t("备注：受送达人同意电子送达，送达地址确认书载明的电子邮箱为").p("email", w.email()).t(
                "。\n"
            )
    doc.t("送达时间：")
    _d(doc, a).t(f"{r.randint(8, 18)}时{r.randint(0, 59)}分\n")
    doc.t("送达人：").k("officer_name", offs[0].name).t("、").k("officer_name", offs[1].name).t("\n")
    doc.t("\n").k("agency_name", a.name).t("（印章）\n")


HOLDOUT9: dict[str, Callable[[Doc], None]] = {
    "food": h9_food,
    "city": h9_city,
    "eco": h9_eco,
    "transport": h9_transport,
    "safety": h9_safety,
    "health": h9_health,
    "culture": h9_culture,
    "licence": h9_licence,
    "rectify": h9_rectify,
    "interview": h9_interview,
    "site": h9_site,
    "hearing": h9_hearing,
    "service": h9_service,
}
