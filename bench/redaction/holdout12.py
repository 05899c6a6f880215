"""Twelfth held-out family (``holdout12``): written and committed before the engine ran on it,
by a writer who never read the engine's code or its documentation, so its first run is an
honest first-run measurement.

Public-facing and record-keeping shapes not used elsewhere:
行政处罚结果公示 / 双公示 data as agencies publish it — several cases in one document, as
``key：value`` blocks, as tables separated by runs of spaces, by ``|`` (with or without a
Markdown rule) or by tabs, and as a numbered list in running text; rows for 法人及非法人组织
(统一社会信用代码 and 法定代表人 stay), 自然人 (name and 证件号码 hidden) and 个体工商户 (the shop's
name and code stay, the 经营者 in the 法定代表人 column is hidden, and a shop without a trade name
is listed under the operator's name, hidden too); 当场行政处罚决定书 (简易程序) as a short-field
form with a signature line or a witness; 市场监管 cases on 直播电商 / 网店 (the operator, a spouse or
partner hosting the stream, buyers who complained, 快递单号 as other_id, 收货地址, 微信号 as contact),
电梯 (维保 workers, 特种设备作业人员证 numbers as other_id, a trapped resident at her flat; 使用登记证
and 设备代码 stay as permit_number), 商标侵权 at a market stall (摊位号 stays as a place; the supplier
and the brand owner's appraiser are people) and 明码标价; 城市管理 cases on 养犬 (the owner, a
bitten child and its parent, 养犬登记证号 as other_id), 噪音扰民 (neighbours by room number) and
渣土车 (driver with 驾驶证号 = ID number, plates, a 挂靠 owner, the haulier's legal representative);
住建 cases on a 房地产经纪 agency (the 经纪人 and the 职业资格证书 number, seller and spouse, buyer,
不动产权证 numbers; the 合同编号 is left unannotated) and on 物业 (业主 named with their room, a
项目经理, an 业委会主任); 文化和旅游 / 体育 cases on a 网吧 (a minor on the father's ID card), a KTV
and a 游泳馆 (救生员 without certificate); 听证告知书 with its 送达回执, 陈述申辩笔录 and 结案审批表
(承办人 / 审核人 / 审批人 stay; the party's lawyer is hidden, the law firm stays, the lawyer's 执业证号
is other_id; whoever paid the fine for the party is hidden); 不予行政处罚决定书 (首违不罚) and
减轻处罚 decisions (drivers overcharged by a car park, one refund account).

People are named without cue words (经查，X于…, X称…, X、Y二人…), named again later, through
relatives (其子X, 其夫X, 你丈夫X), with an age, an amount or punctuation right after the name
(X73岁, X23元, X：), and home addresses appear without a label (在其住所（XX花园8栋2单元104室）内)
or as a room (8栋1302房业主X: the room is an address). Companies' legal representatives recur in
the facts and are passed as ``keep`` about a third of the time. Protected lookalikes: officers and
their 执法证号 (some eleven digits long), agencies and their 统一社会信用代码, shops and brands
carrying surnames or given names (陈记, 老杨, 楠楠的小店, 李宁, 周大福), market stalls, places,
ordinary words that begin with a surname (马路, 张贴, 高音, 周边, 余款, 黄色 — kind ``term``), permit
numbers, dates in several styles and amounts in 万元 and in capitals. Amounts tied to one person (a
driver's overcharge, a medical bill, a unit price) are left unannotated.

Names come from this module's own pools: about 85 % common surnames drawn by their population
share, 7 % less common ones (柯 詹 阮 鲍 邝 冼 聂 …), 3 % compound (欧阳 司马 …), 3 % names that are
also ordinary words (张建设, 王胜利, 刘和平 and whole names such as 高山, 黄河, 江南, 安然), 2 %
Uyghur, Kazakh, Tibetan, Mongolian and Yi names; given names of one or two characters (about 1:3)
chosen by sex and by the decade of birth, and ID numbers rewritten to agree with the stated age
and sex.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date, timedelta

from sanxiang.kernel.identifiers import citizen_id_check_char

from .people import PROVINCE_SHORT, REGIONS, Person
from .templates import Doc

# ---- name pools --------------------------------------------------------------------------------

# The commonest hundred surnames with a rough share of the population (per ten thousand).
_COMMON12 = (
    "王710 李700 张670 刘540 陈450 杨310 黄220 赵200 吴180 周170 徐130 孙120 马120 朱110 胡100 郭100 何90 "
    "林90 高90 罗90 郑80 梁70 谢60 宋60 唐60 许50 韩50 冯50 邓50 曹50 彭50 曾50 肖40 田40 董40 袁40 潘40 "
    "于40 蒋40 蔡40 余40 杜40 叶40 程40 苏30 魏30 吕30 丁30 任30 沈30 姚30 卢30 姜30 崔30 钟30 谭30 陆30 "
    "汪20 范20 金20 石20 廖20 贾20 夏20 韦20 付20 方20 白20 邹20 孟20 熊20 秦20 邱20 江20 尹20 薛20 闫20 "
    "段20 雷20 侯20 龙20 史20 陶10 黎10 贺10 顾10 毛10 郝10 龚10 邵10 万10 钱10 严10 覃10 武10 戴10 莫10 "
    "孔10 向10 汤10 常10"
)
COMMON12 = [s[0] for s in _COMMON12.split()]
COMMON12_W = [int(s[1:]) for s in _COMMON12.split()]
UNCOMMON12 = "柯简詹阮鲍甘邝冼聂岳殷柴祁申鞠骆蓝靳童饶卓缪池苗喻查廉桂晏裴闵谷宁耿单牟庞解花班左"
COMPOUND12 = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "司徒", "夏侯", "公孙", "慕容", "尉迟",
              "端木"]  # fmt: skip
# Given names that are ordinary words: (sex, the generation that got them).
WORD_GIVEN12 = {"建设": ("男", "old"), "胜利": ("男", "old"), "红旗": ("男", "old"), "跃进": ("男", "old"),
                "援朝": ("男", "old"), "解放": ("男", "old"), "前进": ("男", "old"), "东风": ("男", "old"),
                "卫星": ("男", "old"), "光明": ("男", "mid"), "和平": ("男", "mid"), "长江": ("男", "mid"),
                "朝阳": ("男", "mid"), "海洋": ("男", "mid"), "晓春": ("女", "mid"), "春雨": ("女", "mid"),
                "秋月": ("女", "mid"), "彩云": ("女", "mid"), "冬雪": ("女", "young"), "阳光": ("男", "young")}  # fmt: skip
# Whole names that are ordinary words or place names.
WORD_FULL12 = {"高山": "男", "黄河": "男", "江南": "女", "金星": "男", "白云": "女", "常春": "男", "任重": "男",
               "龙腾": "男", "田园": "女", "向前": "男", "严明": "男", "丁香": "女", "文明": "男", "宁静": "女",
               "白杨": "男", "秦汉": "男", "叶子": "女", "安然": "女"}  # fmt: skip
MINORITY12 = [("热依拉·吐尔逊", "女", "维吾尔族"), ("艾克拜尔·米吉提", "男", "维吾尔族"),
              ("古丽娜尔·阿不都", "女", "维吾尔族"), ("阿力木江·艾山", "男", "维吾尔族"),
              ("麦尔丹·吾守尔", "男", "维吾尔族"), ("叶尔江·努尔兰", "男", "哈萨克族"),
              ("阿依古丽·加汗", "女", "哈萨克族"), ("格桑多吉", "男", "藏族"), ("次仁拉姆", "女", "藏族"),
              ("旦增卓玛", "女", "藏族"), ("平措扎西", "男", "藏族"), ("巴特尔", "男", "蒙古族"),
              ("其其格", "女", "蒙古族"), ("乌兰图雅", "女", "蒙古族"), ("额尔敦", "男", "蒙古族"),
              ("沙马拉毅", "男", "彝族"), ("吉克阿依", "女", "彝族"), ("阿牛木呷", "男", "彝族")]  # fmt: skip
# Given names by generation (born before 1970, 1970-84, 1985-2004, later) and sex; one- and
# two-character pools.
GIVEN12 = {
    ("old", "男", 1): "林山海清祥福贵成忠义全",
    ("old", "女", 1): "珍兰芝凤琴英梅霞娥",
    ("old", "男", 2): "宝山 德福 长贵 金海 玉明 福林 树清 文祥 凤山 广才 荣生 庆华 连生 玉成 守仁 贵生 占山 广福 "
                      "春林 振山",
    ("old", "女", 2): "桂芝 凤霞 秀云 淑兰 玉凤 翠英 桂珍 月英 素梅 凤琴 秀芳 玉霞 春兰 淑琴 巧玲 爱珍 玉琴 秀莲 "
                      "银花 凤芝",
    ("mid", "男", 1): "军勇斌刚峰涛波华明辉伟强",
    ("mid", "女", 1): "丽艳红燕霞萍娟静敏芳玲梅",
    ("mid", "男", 2): "海波 建新 卫平 志军 晓峰 红军 建忠 立军 振宇 春雷 永健 文斌 少波 伟东 剑锋 冬生 海军 晓光 "
                      "建伟 永胜",
    ("mid", "女", 2): "丽霞 晓红 海英 艳萍 春艳 秀娟 丽君 晓霞 红艳 雪莲 美娟 小燕 海霞 玉洁 卫红 艳芳 晓梅 凤娟 "
                      "丽琼 少芬",
    ("young", "男", 1): "磊鑫鹏浩超宇凯帅亮杰昊阳",
    ("young", "女", 1): "婷晶倩颖璐瑶琪蕾佳悦妍雯",
    ("young", "男", 2): "俊峰 子豪 晨曦 宇鹏 明轩 嘉伟 志豪 浩楠 鹏程 旭东 晓龙 博宇 天宇 振洋 家乐 文涛 思源 "
                        "一帆 凯文 伟杰",
    ("young", "女", 2): "佳宁 雨婷 晓彤 梦琪 诗雨 婧怡 紫薇 思雨 雪琪 佳慧 梦洁 晓雯 婉清 心怡 雅楠 静雯 丹妮 "
                        "琳琳 嘉欣 雨欣",
    ("kid", "男", 1): "睿轩航哲宸",
    ("kid", "女", 1): "萱涵彤妍瑶",
    ("kid", "男", 2): "皓宇 俊宇 睿哲 奕航 铭泽 煜城 梓航 宇泽 晨睿 景皓 逸飞 浩霖",
    ("kid", "女", 2): "梓琪 雨菲 艺萱 芊芊 欣彤 子萱 若彤 艺涵 沐瑶 芷萱 梓晴 语馨",
}  # fmt: skip

# ---- places, organisations, words --------------------------------------------------------------

SUBDISTRICTS12 = ["东湖街道", "城南街道", "西街街道", "江北街道", "北门街道", "新安街道", "南湖街道", "凤凰街道",
                  "大沙街道", "城西街道"]  # fmt: skip
ROADS12 = ["沿江路", "府前街", "青年大道", "振兴路", "胜利街", "东门路", "花园路", "新华北路", "环城西路", "体育路",
           "育英街", "红星路", "跃进路", "光明路"]  # fmt: skip
ESTATES12 = ["翡翠湾", "金域蓝湾", "桂园新村", "滨江名苑", "怡景花园", "保利香槟国际", "凤凰城", "锦华苑", "丰泽园小区",
             "东方明珠花园", "南苑新村", "世纪城", "和谐家园", "时代倾城", "紫荆花园", "水岸华庭"]  # fmt: skip
TOWNS12 = ["石湾镇", "长坪镇", "大冲镇", "白马镇", "双河镇", "青山镇"]
VILLAGES12 = ["罗家村", "塘下村", "黄泥坳村", "大田村", "新民村", "高桥村", "上林村", "沙头村", "坪山村", "桥头村",
              "赵家湾村", "何庄村"]  # fmt: skip
TRADE12 = ["聚鑫", "宏远", "万通", "百川", "华宇", "新锐", "盛世", "金桥", "佳和", "鼎盛", "润泽", "锦程", "天成",
           "誉达", "顺通", "广源", "星辰", "丰泰", "亿家", "安居"]  # fmt: skip
# Shop names that carry a surname or a nickname; they stay (org_name).
SHOP_HEADS = ["陈记", "老杨", "黄记", "钟氏", "老马家", "林记", "阿强", "刘姐", "周家", "王哥"]
MARKETS12 = ["农贸市场", "综合市场", "小商品批发市场", "服装城", "夜市"]
LAW_FIRMS12 = ["君信", "正平", "德衡", "明理", "恒安", "信达", "天衡", "立言"]
HOSPITALS12 = ["第一人民医院", "中医院", "妇幼保健院", "人民医院", "第二人民医院"]

_AGENCY12 = {
    "market": ["市场监督管理局"],
    "city": ["城市管理和综合执法局", "综合行政执法局", "城市管理局"],
    "housing": ["住房和城乡建设局", "住房和城乡建设局", "住房保障和房产管理局"],
    "culture": ["文化广电旅游体育局", "文化和旅游局"],
}
_CODE12 = {"market": ["市监罚", "市监处罚", "市监罚字"], "city": ["综执罚", "城管罚决", "综法罚"],
           "housing": ["建罚", "住建罚字", "房管罚"], "culture": ["文旅罚", "文综罚"]}  # fmt: skip
_MUNICIPAL = {"北京市": "京", "上海市": "沪", "重庆市": "渝", "天津市": "津"}
_UPPER = "零壹贰叁肆伍陆柒捌玖"
CN_DIGITS = "〇一二三四五六七八九"


# ---- people ------------------------------------------------------------------------------------


def _year(doc: Doc) -> int:
    return doc.w.__dict__.get("h12_year", 2024)


def _era(born: int) -> str:
    return "old" if born < 1970 else "mid" if born < 1985 else "young" if born < 2005 else "kid"


def _given(doc: Doc, sex: str, born: int) -> str:
    r = doc.r
    if r.random() < 0.25:
        return r.choice(GIVEN12[(_era(born), sex, 1)])
    return r.choice(GIVEN12[(_era(born), sex, 2)].split())


def _fit_id(doc: Doc, p: Person, born: int) -> None:
    """Rewrite the world's ID number so that birth date and sex digit fit the person; keep its shape
    (18 characters with a right or a wrong check character, or a legacy 15-digit number)."""
    r = doc.r
    s = p.id_number
    day = f"{born}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    odd = p.gender == "男"
    if len(s) == 15:
        p.id_number = s[:6] + day[2:] + s[12:14] + r.choice("13579" if odd else "02468")
        return
    wrong = citizen_id_check_char(s[:17]) != s[17]
    first17 = s[:6] + day + s[14:16] + r.choice("13579" if odd else "02468")
    check = citizen_id_check_char(first17)
    if wrong:
        check = r.choice([c for c in "0123456789" if c != check])
    p.id_number = first17 + check


def _home(doc: Doc) -> tuple[str, str]:
    """A home address detail below the district, and the part of it a text would put in brackets."""
    r = doc.r
    estate = r.choice(ESTATES12)
    floor, unit = r.randint(1, 32), r.randint(1, 4)
    flat = r.choice([
        f"{estate}{r.randint(1, 18)}栋{r.randint(1, 4)}单元{floor}{unit:02d}室",
        f"{estate}{r.randint(1, 18)}幢{floor}{unit:02d}室",
        f"{estate}{r.randint(1, 18)}栋{floor}{unit:02d}房",
        f"{estate}{r.randint(1, 9)}期{r.randint(1, 30)}座{floor}{unit:02d}",
    ])  # fmt: skip
    roll = r.random()
    if roll < 0.45:
        return f"{r.choice(SUBDISTRICTS12)}{r.choice(ROADS12)}{r.randint(1, 388)}号{flat}", flat
    if roll < 0.75:
        return f"{r.choice(ROADS12)}{r.randint(1, 388)}号{flat}", flat
    if roll < 0.85:
        return flat, flat
    village = f"{r.choice(TOWNS12)}{r.choice(VILLAGES12)}{r.randint(1, 15)}组{r.randint(1, 120)}号"
    return village, village


def _person(
    doc: Doc,
    *,
    sex: str | None = None,
    surname: str | None = None,
    born: int | None = None,
    minor: bool = False,
    region: tuple[str, str, str] | None = None,
    eth: str | None = None,
    local: bool = False,
) -> Person:
    """A person of this family. Within one document no full name and no given name is used twice."""
    w, r = doc.w, doc.r
    seen_given = w.__dict__.setdefault("h12_given", set())
    p = w.person()
    year = _year(doc)
    for _ in range(80):
        sx = sex or r.choice("男女")
        by = born or (
            r.randint(year - 17, year - 8) if minor else int(r.triangular(year - 74, year - 19, year - 45))
        )
        people = "汉族" if r.random() < 0.95 else r.choice(["壮族", "回族", "土家族", "满族"])
        roll = r.random()
        if eth is not None:
            nm, sx, _e = r.choice([m for m in MINORITY12 if m[2] == eth])
            sn, kind, people = "", "minority", eth
        elif surname is None and not minor and roll < 0.02:
            nm, sx, people = r.choice(MINORITY12)
            sn, kind = "", "minority"
        elif surname is None and not minor and roll < 0.035:
            nm = r.choice(sorted(WORD_FULL12))
            sn, sx, kind = nm[0], WORD_FULL12[nm], "word"
        elif surname is None and not minor and roll < 0.05:
            fits = [g for g, (_s, era) in WORD_GIVEN12.items() if born is None or era == _era(by)]
            if not fits:
                continue
            given = r.choice(sorted(fits))
            sx, era = WORD_GIVEN12[given]
            if born is None:
                by = {
                    "old": r.randint(1950, 1968),
                    "mid": r.randint(1970, 1984),
                    "young": r.randint(1985, 2000),
                }[era]
            sn = r.choices(COMMON12, COMMON12_W)[0]
            nm, kind = sn + given, "word"
        elif surname is None and roll < 0.08:
            sn, kind = r.choice(COMPOUND12), "compound"
            nm = sn + _given(doc, sx, by)
        elif surname is None and roll < 0.15:
            sn, kind = r.choice(UNCOMMON12), "uncommon"
            nm = sn + _given(doc, sx, by)
        else:
            sn = surname or r.choices(COMMON12, COMMON12_W)[0]
            kind = "compound" if sn in COMPOUND12 else "uncommon" if sn in UNCOMMON12 else "common"
            nm = sn + _given(doc, sx, by)
        given = nm[len(sn) :]
        if nm in w.used_names or (sex is not None and sx != sex):
            continue
        if kind in ("common", "uncommon", "compound") and given in seen_given:
            continue
        break
    w.used_names.add(nm)
    seen_given.add(nm[len(sn) :])
    p.name, p.surname, p.gender = nm, sn, sx
    p.extra.update(kind=kind, eth=people, born=by)
    _fit_id(doc, p, by)
    if region is not None and (local or r.random() < 0.8):
        p.region = region
    p.address_detail, p.extra["flat"] = _home(doc)
    return p


def _age(doc: Doc, p: Person) -> int:
    return _year(doc) - p.extra["born"]


def _kin(doc: Doc, p: Person, rel: str) -> Person:
    """A relative of p: 子/女 (a generation younger), 妻/夫 (about the same age), 父/母, 兄/弟."""
    r = doc.r
    sn = p.surname if p.extra["kind"] in ("common", "uncommon", "compound") else None
    by = p.extra["born"]
    sex = "男" if rel in ("子", "夫", "父", "兄", "弟") else "女"
    if p.extra["kind"] == "minority" and any(
        m[1] == sex and m[2] == p.extra["eth"] and m[0] not in doc.w.used_names for m in MINORITY12
    ):
        shift = {"子": 26, "女": 26, "父": -27, "母": -27}.get(rel, 0)
        return _person(doc, sex=sex, born=by + shift, region=p.region, eth=p.extra["eth"])
    if rel in ("子", "女"):
        kid_born = by + r.randint(22, 34)
        return _person(doc, sex="男" if rel == "子" else "女", surname=sn if r.random() < 0.9 else None,
                       born=kid_born, minor=_year(doc) - kid_born < 18, region=p.region)  # fmt: skip
    if rel in ("妻", "夫"):
        return _person(doc, sex="女" if rel == "妻" else "男", born=by + r.randint(-4, 4), region=p.region)
    if rel in ("父", "母"):
        return _person(doc, sex="男" if rel == "父" else "女", surname=sn if rel == "父" else None,
                       born=by - r.randint(22, 32), region=p.region)  # fmt: skip
    return _person(doc, sex="男", surname=sn, born=by + r.randint(-6, 6), region=p.region)


def _spouse_word(p: Person) -> str:
    return "妻子" if p.gender == "男" else "丈夫"


# ---- numbers -----------------------------------------------------------------------------------


def _digits(doc: Doc, n: int) -> str:
    return str(doc.r.randint(1, 9)) + "".join(str(doc.r.randint(0, 9)) for _ in range(n - 1))


def _short(region: tuple[str, str, str]) -> str:
    return PROVINCE_SHORT[region[0]] if region[0] else _MUNICIPAL[region[1]]


def _plate(doc: Doc, region: tuple[str, str, str]) -> str:
    r = doc.r
    short = {"黔": "贵"}.get(_short(region), _short(region))
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if r.random() < 0.15:
        return short + r.choice("ABCDEF") + r.choice("DF") + _digits(doc, 5)
    tail = [r.choice("0123456789") for _ in range(5)]
    for i in r.sample(range(4), r.randint(0, 2)):
        tail[i] = r.choice(letters)
    return short + r.choice("ABCDEFGH") + "".join(tail)


def _wechat(doc: Doc) -> str:
    r = doc.r
    roll = r.random()
    if roll < 0.35:
        return "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(12))
    if roll < 0.7:
        stem = r.choice(
            ["xiaomei", "ajun", "lanlan", "happy", "sunny", "tiantian", "lucky", "dabao", "xinxin"]
        )
        return stem + r.choice(["", "_", ""]) + str(r.randint(1, 99999))
    return r.choice(["", "hx", "zz", "a"]) + _digits(doc, r.randint(9, 11))


def _express(doc: Doc) -> str:
    r = doc.r
    roll = r.random()
    if roll < 0.35:
        return "SF" + _digits(doc, 13)
    if roll < 0.6:
        return "YT" + _digits(doc, 13)
    if roll < 0.8:
        return "JT" + _digits(doc, 13)
    return r.choice(["78", "75", "43"]) + _digits(doc, 12)


def _house_cert(doc: Doc, region: tuple[str, str, str]) -> str:
    r = doc.r
    short, year = _short(region), r.randint(2010, 2024)
    roll = r.random()
    if roll < 0.55:
        return f"{short}（{year}）{region[1][:-1]}市不动产权第{r.randint(0, 9999999):07d}号"
    if roll < 0.8:
        return f"{region[1][:2]}房权证{region[2][:2]}字第{r.randint(100000, 9999999)}号"
    return f"{short}房地证字第{r.randint(1000000, 99999999)}号"


def _lawyer_no(doc: Doc) -> str:
    """A lawyer's 执业证号: 1, province, city, year of first licence, sex, serial (17 digits)."""
    r = doc.r
    return f"1{r.randint(11, 65)}{r.randint(1, 20):02d}{r.randint(2005, 2022)}1{r.randint(0, 1)}{r.randint(0, 999999):06d}"


def _cert(doc: Doc, region: tuple[str, str, str]) -> str:
    """An enforcement officer's certificate number."""
    r = doc.r
    roll = r.random()
    if roll < 0.4:
        return f"{_short(region)}{r.choice('ABCDEF')}{r.randint(0, 99999):05d}"
    if roll < 0.75:
        return f"{r.randint(11, 65)}{r.randint(0, 9999):04d}{r.randint(0, 99999):05d}"
    return f"{_short(region)}执{r.randint(2015, _year(doc))}{r.randint(0, 99999):05d}"


def _upper(n: int) -> str:
    """An amount in capital numerals, e.g. 壹万零伍佰元整."""

    def four(x: int) -> str:
        s, zero = "", False
        for i, unit in ((3, "仟"), (2, "佰"), (1, "拾"), (0, "")):
            d = x // 10**i % 10
            if d == 0:
                zero = bool(s)
                continue
            if zero:
                s += "零"
                zero = False
            s += _UPPER[d] + unit
        return s

    hi, lo = divmod(n, 10000)
    out = four(hi) + "万" if hi else ""
    if lo:
        out += ("零" if hi and lo < 1000 else "") + four(lo)
    return out + "元整"


def _fine(doc: Doc, lo: int, hi: int, step: int = 100) -> int:
    return doc.r.randint(lo // step, hi // step) * step


def _money(doc: Doc, v: int) -> Doc:
    """A fine written the ways decisions write them (always one protected amount)."""
    r = doc.r
    roll = r.random()
    if roll < 0.35:
        return doc.k("amount", f"{v}元")
    if roll < 0.55:
        return doc.k("amount", f"人民币{v}元")
    if roll < 0.75:
        return doc.k("amount", f"人民币{_upper(v)}（¥{v}.00）")
    if roll < 0.9:
        return doc.k("amount", f"{v:,}.00元")
    return doc.k("amount", f"{v / 10000:g}万元")


# ---- dates -------------------------------------------------------------------------------------


def _timeline(doc: Doc, n: int, span: int = 300) -> list[date]:
    """n dates in order within span days; the last is the document's date and sets the year."""
    r = doc.r
    start = date(r.randint(2021, 2024), r.randint(1, 12), r.randint(1, 28))
    out = [start + timedelta(days=d) for d in sorted(r.sample(range(1, span), n))]
    doc.w.h12_year = out[-1].year
    return out


def _ds(day: date, style: str) -> str:
    if style == "iso":
        return f"{day.year}-{day.month:02d}-{day.day:02d}"
    if style == "slash":
        return f"{day.year}/{day.month}/{day.day}"
    if style == "dot":
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    if style == "upper":
        return f"{''.join(CN_DIGITS[int(c)] for c in str(day.year))}年{_cn_small(day.month)}月{_cn_small(day.day)}日"
    return f"{day.year}年{day.month}月{day.day}日"


def _cn_small(n: int) -> str:
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens] + "十")
    return head + (CN_DIGITS[ones] if ones else "")


def _d(doc: Doc, day: date, style: str = "cn") -> Doc:
    return doc.k("date", _ds(day, style))


def _later(doc: Doc, day: date, lo: int, hi: int) -> date:
    return day + timedelta(days=doc.r.randint(lo, hi))


# ---- document frame ----------------------------------------------------------------------------


# Area codes of the cities in people.REGIONS.
_AREA = {"深圳市": "0755", "广州市": "020", "江门市": "0750", "清远市": "0763", "杭州市": "0571", "温州市": "0577",
         "南京市": "025", "苏州市": "0512", "成都市": "028", "绵阳市": "0816", "长沙市": "0731", "武汉市": "027",
         "郑州市": "0371", "安阳市": "0372", "济南市": "0531", "青岛市": "0532", "厦门市": "0592", "宿州市": "0557",
         "赣州市": "0797", "北京市": "010", "上海市": "021", "重庆市": "023", "天津市": "022", "南宁市": "0771",
         "昆明市": "0871", "西安市": "029", "保定市": "0312", "大连市": "0411", "遵义市": "0851"}  # fmt: skip


def _landline(doc: Doc, region: tuple[str, str, str]) -> str:
    code = _AREA[region[1]]
    rest = 7 if len(code) == 3 else 6
    return f"{code}-{doc.r.randint(2, 8)}{doc.r.randint(0, 10**rest - 1):0{rest}d}"


def _local(region: tuple[str, str, str]) -> str:
    """How a district is named on its own: 瑞安市, but 广州市天河区."""
    return region[2] if region[2].endswith(("市", "县")) else region[1] + region[2]


def _agency(doc: Doc, region: tuple[str, str, str], domain: str) -> str:
    body = doc.r.choice(_AGENCY12[domain])
    return (region[1] if doc.r.random() < 0.15 else _local(region)) + body


def _docno(doc: Doc, region: tuple[str, str, str], domain: str, year: int, code: str | None = None) -> str:
    """A 文书编号; one agency keeps one pattern within a document."""
    r = doc.r
    styles = doc.w.__dict__.setdefault("h12_docno", {})
    key = (region, domain, code)
    if key not in styles:
        city = _MUNICIPAL.get(region[1], region[1][:1])
        dist = region[2].removesuffix("新区")
        dist = dist[:-1] if len(dist) <= 3 else dist[:1]
        prefix = r.choice([city + dist[:1] if city != dist[:1] else dist, dist, city, dist])
        styles[key] = [prefix, code or r.choice(_CODE12[domain]), r.randint(0, 3), r.randint(1, 500)]
    prefix, code, style, n = styles[key]
    styles[key][3] += r.randint(1, 60)
    if style == 0:
        return f"{prefix}{code}〔{year}〕{n}号"
    if style == 1:
        return f"{prefix}{code}〔{year}〕{n:03d}号"
    if style == 2:
        return f"{prefix}{code}〔{year}〕第{n}号"
    return f"{prefix}{code}[{year}]{n}号"


def _head(doc: Doc, title: str, domain: str, year: int, code: str | None = None) -> tuple[str, tuple, str]:
    region = doc.r.choice(REGIONS)
    name = _agency(doc, region, domain)
    docno = _docno(doc, region, domain, year, code)
    doc.k("agency_name", name).t("\n", title, "\n").k("doc_number", docno).t("\n\n")
    return name, region, docno


def _foot(doc: Doc, name: str, region: tuple[str, str, str], day: date) -> None:
    r = doc.r
    doc.t("\n").k("agency_name", name).t(r.choice(["", "（印章）", "（公章）"]) + "\n")
    _d(doc, day, r.choice(["cn", "cn", "upper"])).t("\n")
    if r.random() < 0.5:
        doc.t("（本机关地址：").k(
            "agency_address", _local(region) + f"{r.choice(ROADS12)}{r.randint(1, 200)}号"
        )
        doc.t("  联系电话：").k("agency_phone", _landline(doc, region)).t("）\n")


def _relief(doc: Doc, region: tuple[str, str, str]) -> None:
    gov = _local(region) + "人民政府" if doc.r.random() < 0.7 else region[1] + "人民政府"
    doc.t("如不服本决定，可以在收到本决定书之日起六十日内向").k("agency_name", gov)
    doc.t("申请行政复议，也可以在六个月内依法向").k("agency_name", _local(region) + "人民法院")
    doc.t("提起行政诉讼。\n")


def _pay(doc: Doc) -> None:
    doc.t("当事人应当自收到本决定书之日起十五日内缴纳罚款。到期不缴纳罚款的，本机关可以依据")
    doc.k("law_title", "《中华人民共和国行政处罚法》").k("article", "第七十二条第一款第（一）项")
    doc.t("的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。\n")


def _officers(doc: Doc, region: tuple[str, str, str], n: int = 2) -> list[tuple[Person, str]]:
    return [(_person(doc, born=doc.r.randint(1968, 1998)), _cert(doc, region)) for _ in range(n)]


def _officer_line(doc: Doc, offs: list[tuple[Person, str]], lead: str = "执法人员") -> None:
    r = doc.r
    style = r.randint(0, 2)
    if style == 0:
        doc.t(f"{lead}：")
        for i, (o, c) in enumerate(offs):
            doc.t("、" if i else "").k("officer_name", o.name).t("（执法证号：").k("officer_cert", c).t("）")
    elif style == 1:
        doc.t(f"本机关{lead}")
        for i, (o, _c) in enumerate(offs):
            doc.t("、" if i else "").k("officer_name", o.name)
        doc.t("（执法证号：")
        for i, (_o, c) in enumerate(offs):
            doc.t("、" if i else "").k("officer_cert", c)
        doc.t("）向当事人出示了执法证件")
    else:
        for i, (o, c) in enumerate(offs):
            doc.t("；" if i else f"{lead}：").k("officer_name", o.name).t("  证件号").k("officer_cert", c)
    doc.t("。\n" if style == 1 else "\n")


def _company_name(doc: Doc, region: tuple[str, str, str], kinds: list[str]) -> str:
    r = doc.r
    head = region[1] if r.random() < 0.7 else region[1][:-1]
    return head + r.choice(TRADE12) + r.choice(kinds) + r.choice(["有限公司", "有限公司", "有限责任公司"])


def _rep(doc: Doc, region: tuple[str, str, str]) -> Person:
    """A company's legal representative; in ``keep`` about a third of the time."""
    rep = _person(doc, born=doc.r.randint(1962, 1992), region=region)
    if doc.r.random() < 0.33:
        doc.keep.append(rep.name)
    return rep


def _company(doc: Doc, region: tuple[str, str, str], co: str, rep: Person, label: str = "当事人") -> None:
    w, r = doc.w, doc.r
    doc.t(f"{label}：").k("org_name", co).t("\n")
    doc.t(r.choice(["统一社会信用代码：", "社会信用代码："])).k("credit_code", w.uscc()).t("\n")
    address = (
        "".join(region)
        + f"{r.choice(ROADS12)}{r.randint(1, 300)}号{r.choice(['', '一楼', '2栋301', '商铺B12'])}"
    )
    if r.random() < 0.5:
        doc.t("法定代表人：").k("legal_rep", rep.name).t(
            r.choice(["", "（总经理）", "，职务：执行董事"]) + "\n"
        )
        doc.t("住所：").k("registered_address", address).t("\n")
    else:
        doc.t(r.choice(["住所：", "地址："])).k("registered_address", address).t("\n法定代表人：").k(
            "legal_rep", rep.name
        ).t("\n")


def _address(doc: Doc, p: Person) -> Doc:
    """Region prefix (stays) and the detail (hidden)."""
    r = doc.r
    roll = r.random()
    prefix = "".join(p.region) if roll < 0.6 else "".join(p.region[1:]) if roll < 0.9 else p.region[2]
    return doc.t(prefix).p("address", p.address_detail)


def _individual(doc: Doc, p: Person, label: str = "当事人") -> None:
    r = doc.r
    style = r.randint(0, 2)
    if style == 0:
        doc.t(f"{label}：").name(p).t(f"，{p.gender}，{p.extra['eth']}，{p.extra['born']}年")
        doc.t(f"{r.randint(1, 12)}月出生，身份证号码：").idn(p).t("，住")
        _address(doc, p).t("，联系电话：").phone(person=p).t("。\n")
    elif style == 1:
        doc.t(f"{label}：").name(p).t(
            "\n性别：" + p.gender + f"    年龄：{_age(doc, p)}岁\n公民身份号码："
        ).idn(p)
        doc.t("\n住址：")
        _address(doc, p).t("\n联系电话：").phone(person=p).t("\n")
    else:
        doc.t(f"{label}姓名：").name(p).t(
            f"（{p.gender}，{_age(doc, p)}岁）  证件类型：居民身份证  证件号码："
        )
        doc.idn(p).t("\n现住址：")
        _address(doc, p).t("  联系方式：").phone(person=p).t("\n")


def _business(doc: Doc, region: tuple[str, str, str], shop: str, op: Person, label: str = "当事人") -> None:
    w, r = doc.w, doc.r
    doc.t(f"{label}：").k("org_name", shop).t("（个体工商户）\n统一社会信用代码：").k(
        "credit_code", w.uscc("92")
    )
    doc.t("\n经营场所：").k(
        "registered_address",
        "".join(region[1:]) + f"{r.choice(ROADS12)}{r.randint(1, 300)}号{r.choice(['', '铺面', '一楼'])}",
    )
    doc.t("\n经营者：").name(op).t("，身份证号码：").idn(op).t("\n联系电话：").phone(person=op).t("\n")


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# A table cell is a list of segments: ("t", text), ("p", kind, text, pid or None) or ("k", kind, text).
Cell = list[tuple]


def _cell_text(cell: Cell) -> str:
    return "".join(seg[-1] if seg[0] != "p" else seg[2] for seg in cell)


def _emit(doc: Doc, cell: Cell) -> None:
    for seg in cell:
        if seg[0] == "t":
            doc.t(seg[1])
        elif seg[0] == "k":
            doc.k(seg[1], seg[2])
        elif seg[3] is not None:
            doc.p(seg[1], seg[2], pid=seg[3])
        else:
            doc.p(seg[1], seg[2])


def _table(doc: Doc, header: list[str], rows: list[list[Cell]], style: str) -> None:
    """A table as published: aligned with spaces, separated by | (optionally with a Markdown rule) or
    by tabs."""
    r = doc.r
    if style == "space":
        widths = [
            max([_width(h)] + [_width(_cell_text(row[j])) for row in rows]) for j, h in enumerate(header)
        ]
        gap = r.choice([2, 2, 3, 4])
        for line in [[[("t", h)] for h in header], *rows]:
            for j, cell in enumerate(line):
                _emit(doc, cell)
                if j < len(line) - 1:
                    doc.t(" " * (widths[j] - _width(_cell_text(cell)) + gap))
            doc.t("\n")
        return
    if style == "tab":
        for line in [[[("t", h)] for h in header], *rows]:
            for j, cell in enumerate(line):
                doc.t("\t" if j else "")
                _emit(doc, cell)
            doc.t("\n")
        return
    md = style == "markdown"
    sep = " | " if md or r.random() < 0.5 else "|"
    for k, line in enumerate([[[("t", h)] for h in header], *rows]):
        doc.t("| " if md else "")
        for j, cell in enumerate(line):
            doc.t(sep if j else "")
            _emit(doc, cell if _cell_text(cell) else [("t", "—" if not md else "")])
        doc.t(" |\n" if md else "\n")
        if md and k == 0:
            doc.t("|" + "|".join(["---"] * len(header)) + "|\n")


# ---- 行政处罚结果公示 / 双公示 --------------------------------------------------------------------

# (domain, 违法行为类型, what was done ({place} is filled in), law, article broken, article applied,
#  fine range, other penalty, who may commit it, kind of place)
CASES12 = [
    ("market", "未取得食品经营许可从事食品经营活动", "未取得食品经营许可，在{place}销售自制卤味熟食",
     "《中华人民共和国食品安全法》", "第三十五条第一款", "第一百二十二条第一款", (5000, 50000), "没收违法所得",
     "any", "road"),
    ("market", "经营超过保质期的食品", "在{place}销售超过保质期的预包装饮料", "《中华人民共和国食品安全法》",
     "第三十四条第（十）项", "第一百二十四条第一款第（五）项", (50000, 100000), "没收违法所得和违法经营的食品",
     "any", "road"),
    ("market", "不按规定明码标价", "在{place}销售的商品未按规定标示价格", "《中华人民共和国价格法》",
     "第十三条第一款", "第四十二条", (500, 5000), "", "any", "market"),
    ("market", "发布虚假广告", "在其微信公众号发布含有“根治”“无效退款”等内容的保健食品广告",
     "《中华人民共和国广告法》", "第二十八条第一款", "第五十五条第一款", (20000, 200000), "", "org", ""),
    ("market", "销售侵犯注册商标专用权的商品", "在{place}销售假冒他人注册商标的运动鞋", "《中华人民共和国商标法》",
     "第五十七条第（三）项", "第六十条第二款", (2000, 60000), "没收、销毁侵权商品", "any", "market"),
    ("market", "使用未经定期检验的特种设备", "在其管理的{place}使用超过检验有效期的乘客电梯",
     "《中华人民共和国特种设备安全法》", "第四十条第三款", "第八十四条第（一）项", (30000, 300000), "", "org",
     "estate"),
    ("market", "电子商务经营者未公示营业执照信息", "在网店首页未公示营业执照信息", "《中华人民共和国电子商务法》",
     "第十五条第一款", "第七十六条第一款第（一）项", (2000, 10000), "", "any", ""),
    ("city", "运输渣土未采取密闭措施", "所属重型自卸货车在{place}未采取密闭措施运输渣土",
     "《中华人民共和国大气污染防治法》", "第七十条第一款", "第一百一十六条", (2000, 20000), "", "org", "road"),
    ("city", "擅自占用城市道路摆摊经营", "在{place}擅自占用城市道路摆卖水果", "《城市市容和环境卫生管理条例》",
     "第十四条", "第三十六条第（二）项", (100, 500), "", "person", "road"),
    ("city", "在商业经营活动中使用高音广播喇叭", "在{place}使用高音广播喇叭招揽顾客",
     "《中华人民共和国噪声污染防治法》", "第六十四条第一款", "第八十一条第（二）项", (5000, 50000), "", "any",
     "road"),
    ("city", "室内装修未在限定的作业时间内进行", "在夜间对其位于{place}的住宅进行室内装修",
     "《中华人民共和国噪声污染防治法》", "第六十六条第一款", "第八十二条第（三）项", (200, 1000), "", "person",
     "home"),
    ("city", "未经批准擅自设置大型户外广告", "在{place}未经批准擅自设置大型户外广告牌",
     "《城市市容和环境卫生管理条例》", "第十一条", "第三十六条第（三）项", (1000, 10000), "", "any", "road"),
    ("city", "未取得建设工程规划许可证进行建设", "在{place}未取得建设工程规划许可证搭建钢结构棚房",
     "《中华人民共和国城乡规划法》", "第四十条第一款", "第六十四条", (5000, 80000), "", "any", "road"),
    ("culture", "互联网上网服务营业场所接纳未成年人", "经营的网吧接纳未成年人进入营业场所",
     "《互联网上网服务营业场所管理条例》", "第二十一条", "第三十一条第（二）项", (1000, 15000), "警告", "any", ""),
    ("housing", "房地产经纪人员隐瞒真实的房屋交易信息", "在代理{place}一套住房买卖过程中隐瞒真实成交价格",
     "《房地产经纪管理办法》", "第二十五条第（三）项", "第三十七条", (10000, 10000), "", "person", "estate"),
    ("housing", "擅自占用物业管理区域内的场地", "擅自在其住宅楼前绿地内搭建棚房", "《物业管理条例》",
     "第五十一条第一款", "第六十三条第一款第（二）项", (1000, 10000), "", "person", ""),
]  # fmt: skip
_CATEGORY = {"org": "法人及非法人组织", "person": "自然人", "shop": "个体工商户"}
# What a company fined for a case would be in, and what a shop would sell.
_INDUSTRY = {"未取得食品经营许可从事食品经营活动": (["餐饮管理", "食品"], ["卤味店", "小吃店"]),
             "经营超过保质期的食品": (["商贸", "超市"], ["便利店", "食品店"]),
             "不按规定明码标价": (["商贸", "农产品"], ["水果店", "干货行", "粮油店"]),
             "发布虚假广告": (["健康科技", "生物科技"], []),
             "销售侵犯注册商标专用权的商品": (["商贸", "鞋业"], ["鞋店", "体育用品店"]),
             "使用未经定期检验的特种设备": (["物业服务", "物业管理"], []),
             "电子商务经营者未公示营业执照信息": (["电子商务", "商贸"], ["网店", "商行"]),
             "运输渣土未采取密闭措施": (["运输", "土石方工程"], []),
             "在商业经营活动中使用高音广播喇叭": (["商贸", "通讯器材"], ["手机店", "服装店", "鞋店"]),
             "未经批准擅自设置大型户外广告": (["广告", "文化传媒"], ["广告部", "图文店"]),
             "未取得建设工程规划许可证进行建设": (["建材", "物流"], ["汽修店", "废品回收站"]),
             "互联网上网服务营业场所接纳未成年人": (["网络科技", "文化传播"], ["网吧", "网咖"])}  # fmt: skip


def _place(doc: Doc, region: tuple[str, str, str], kind: str) -> str:
    r = doc.r
    if kind == "market":
        return f"{region[2]}{r.choice(ROADS12)[:2]}{r.choice(MARKETS12)}{r.choice('ABCDE')}区{r.randint(1, 88)}号摊位"
    if kind == "estate":
        return f"{region[2]}{r.choice(ESTATES12)}"
    if kind == "shop":
        return f"{region[2]}{r.choice(ROADS12)}{r.randint(1, 300)}号"
    if r.random() < 0.5:
        return f"{region[2]}{r.choice(ROADS12)}{r.randint(1, 300)}号门前"
    a, b = r.sample(ROADS12, 2)
    return f"{region[2]}{a}与{b}交叉路口"


def _record(
    doc: Doc,
    region: tuple[str, str, str],
    day: date,
    agency: str,
    agency_code: str,
    domain: str | None = None,
) -> dict:
    """One published case: the fields of a 双公示 row as table cells (of the agency's domain if given)."""
    w, r = doc.w, doc.r
    roll = r.random()
    who = "org" if roll < 0.45 else "person" if roll < 0.8 else "shop"
    fits = {"org": ("any", "org"), "person": ("any", "person"), "shop": ("any",)}[who]
    case = r.choice([c for c in CASES12 if c[8] in fits and domain in (None, c[0])])
    domain, vtype, act, law, art_broken, art_applied, (lo, hi), other, _who, where = case
    rec: dict = {
        "category": _CATEGORY[who],
        "vtype": vtype,
        "day": day,
        "agency": [("k", "agency_name", agency)],
    }
    rec["agency_code"] = [("k", "credit_code", agency_code)]
    rec["docno"] = [("k", "doc_number", _docno(doc, region, domain, day.year))]
    subject: Cell
    if who == "org":
        co = _company_name(doc, region, _INDUSTRY[vtype][0])
        rep = _rep(doc, region)
        rec["name"] = [("k", "org_name", co)]
        rec["code"] = [("k", "credit_code", w.uscc())]
        rec["rep"] = [("k", "legal_rep", rep.name)]
        subject = [("t", "当事人")]
    else:
        p = _person(doc, region=region)
        rec["person"] = p
        rec["id"] = [("p", "id_number", p.id_number, None)]
        if who == "shop":
            named = r.random() < 0.6
            shop = region[2] + (r.choice(SHOP_HEADS) if r.random() < 0.4 else r.choice(TRADE12))
            shop += r.choice(_INDUSTRY[vtype][1])
            rec["name"] = [("k", "org_name", shop)] if named else [("p", "person_name", p.name, p.pid)]
            rec["code"] = [("k", "credit_code", w.uscc("92"))]
            rec["rep"] = [("p", "person_name", p.name, p.pid)]
            subject = (
                [("t", "当事人")] if named or r.random() < 0.5 else [("p", "person_name", p.name, p.pid)]
            )
        else:
            rec["name"] = [("p", "person_name", p.name, p.pid)]
            rec["rep"] = []
            subject = (
                [("t", "当事人"), ("p", "person_name", p.name, p.pid)]
                if r.random() < 0.6
                else [("t", "当事人")]
            )
    before, _, after = act.partition("{place}")
    facts: Cell = [*subject, ("t", "于"), ("k", "date", _ds(day - timedelta(days=r.randint(20, 120)), "cn"))]
    facts.append(("t", "，" + before if r.random() < 0.5 else before))
    if "{place}" in act:
        if where == "home":
            facts.append(("p", "address", rec["person"].extra["flat"], None))
        else:
            facts.append(("k", "place", _place(doc, region, where)))
    facts.append(("t", after))
    rec["facts"] = facts
    rec["basis"] = [("k", "law_title", law), ("k", "article", art_applied)]
    rec["broken"] = [("k", "law_title", law), ("k", "article", art_broken)]
    fine = lo if lo == hi else _fine(doc, lo, hi)
    gain = r.choice([0, 0, r.randint(2, 90) * 100]) if "违法所得" in other else 0
    rec["class"] = "、".join(
        x for x in ["警告" if other == "警告" else "", "罚款", "没收违法所得" if gain else ""] if x
    )
    content: Cell = [("t", "警告，并处罚款" if other == "警告" else "罚款"), ("k", "amount", f"{fine}元")]
    if gain:
        content += [("t", "，没收违法所得"), ("k", "amount", f"{gain}元")]
    if "违法所得" not in other and other not in ("", "警告"):
        content.append(("t", "，" + other))
    elif "违法经营的食品" in other:
        content.append(("t", "，没收违法经营的食品"))
    rec["content"] = content
    rec["fine_wan"] = [("k", "amount", f"{fine / 10000:g}")]
    rec["gain_wan"] = [("k", "amount", f"{gain / 10000:g}")] if gain else [("t", "0")]
    rec["valid"] = day + timedelta(days=365 * r.choice([1, 3]))
    rec["until"] = day + timedelta(days=365 * 3)
    return rec


def _pub_intro(doc: Doc, region: tuple[str, str, str], agency: str, day: date) -> None:
    r = doc.r
    title = r.choice([
        f"{agency}行政处罚结果信息公示（{day.year}年第{r.randint(1, 24)}期）",
        f"{agency}关于{day.year}年{day.month}月行政处罚决定信息的公示",
        f"{region[1]}{region[2]}“双公示”行政处罚信息（{_ds(day, 'iso')}更新）",
        "行政处罚决定信息公开",
    ])  # fmt: skip
    doc.t(title + "\n")
    doc.t("根据").k("law_title", "《中华人民共和国政府信息公开条例》").t("和行政执法公示制度的有关规定，现将")
    doc.t(r.choice(["我局", "本机关"]) + "近期作出的行政处罚决定信息予以公示：\n\n")


def _pub_outro(doc: Doc, region: tuple[str, str, str], agency: str, day: date) -> None:
    r = doc.r
    doc.t("\n如对公示内容有异议，请自公示之日起十个工作日内向").k("agency_name", agency)
    doc.t(r.choice(["法规科", "政策法规股", "执法监督科"]) + "反映，联系电话：").k(
        "agency_phone", _landline(doc, region)
    )
    doc.t("。\n\n").k("agency_name", agency).t("\n")
    _d(doc, day).t("\n")


def p_pub_lines(doc: Doc) -> None:
    """公示 as key：value blocks, one block per case: 法人, 自然人 and 个体工商户 rows."""
    w, r = doc.w, doc.r
    days = _timeline(doc, r.randint(3, 5), 60)
    region = r.choice(REGIONS)
    domain = r.choice(["market", "city", "market"])
    agency, code = _agency(doc, region, domain), w.uscc("11")
    _pub_intro(doc, region, agency, days[-1])
    colon = r.choice(["：", "：", ":", "： "])
    ordinal = r.choice(["cn", "num", "case"])
    dstyle = r.choice(["iso", "iso", "slash", "cn"])
    for i, day in enumerate(days):
        rec = _record(doc, region, day, agency, code, domain)
        doc.t({"cn": "一二三四五六"[i] + "、", "num": f"{i + 1}.", "case": f"案件{i + 1}"}[ordinal])
        doc.t("\n" if ordinal != "cn" or r.random() < 0.5 else rec["vtype"] + "案\n")

        def line(key: str, cell: Cell) -> None:
            doc.t(key + colon)
            _emit(doc, cell)
            doc.t("\n")

        line("行政处罚决定书文号", rec["docno"])
        line("行政相对人名称", rec["name"])
        line("行政相对人类别", [("t", rec["category"])])
        if rec["category"] == "自然人":
            line("证件类型", [("t", r.choice(["身份证", "居民身份证"]))])
            line("证件号码", rec["id"])
        else:
            line("统一社会信用代码", rec["code"])
            line(
                "法定代表人" if rec["category"] != "个体工商户" else r.choice(["法定代表人", "经营者"]),
                rec["rep"],
            )
        line("违法行为类型", [("t", rec["vtype"])])
        if r.random() < 0.7:
            line("违法事实", rec["facts"] + [("t", "。")])
        line("处罚依据", rec["basis"])
        line("处罚类别", [("t", rec["class"])])
        line("处罚内容", rec["content"])
        line("罚款金额（万元）", rec["fine_wan"])
        if r.random() < 0.5:
            line("没收违法所得、没收非法财物的金额（万元）", rec["gain_wan"])
        line("处罚决定日期", [("k", "date", _ds(day, dstyle))])
        if r.random() < 0.6:
            line("处罚有效期", [("k", "date", _ds(rec["valid"], dstyle))])
            line("公示截止期", [("k", "date", _ds(rec["until"], dstyle))])
        line("处罚机关", rec["agency"])
        if r.random() < 0.6:
            line("处罚机关统一社会信用代码", rec["agency_code"])
        doc.t("\n")
    _pub_outro(doc, region, agency, days[-1])


def p_pub_table(doc: Doc) -> None:
    """双公示 rows as a table: spaces, | (with or without a Markdown rule) or tabs."""
    w, r = doc.w, doc.r
    days = _timeline(doc, r.randint(4, 7), 90)
    region = r.choice(REGIONS)
    agencies = {d: (_agency(doc, region, d), w.uscc("11")) for d in _AGENCY12}
    style = r.choice(["space", "space", "pipe", "markdown", "tab"])
    dstyle = r.choice(["iso", "slash", "dot"])
    platform = r.random() < 0.5  # a city credit platform lists several agencies
    own = r.choice(["market", "city"])
    if platform:
        doc.t(f"信用{region[1][:-1]}  行政处罚信息公示（{_ds(days[-1], 'iso')}）\n\n")
    else:
        _pub_intro(doc, region, agencies[own][0], days[-1])
    wide = r.random() < 0.5
    if wide:
        header = ["序号", "行政相对人名称", "行政相对人类别", "统一社会信用代码/证件号码", "法定代表人",
                  "处罚决定书文号", "违法行为类型", "处罚内容", "罚款金额（万元）", "处罚决定日期", "处罚机关"]  # fmt: skip
    else:
        header = ["序号", "当事人名称", "证件号码", "法定代表人（负责人）", "决定书文号", "违法行为", "处罚结果",
                  "决定日期"]  # fmt: skip
        if platform:
            header.append("处罚机关")
    rows = []
    for i, day in enumerate(days, 1):
        rec = _record(doc, region, day, *agencies[own], None if platform else own)
        if platform:
            # the case's own agency
            dom = next(c[0] for c in CASES12 if c[1] == rec["vtype"])
            rec["agency"] = [("k", "agency_name", agencies[dom][0])]
        code = rec["id"] if rec["category"] == "自然人" else rec["code"]
        rep = rec["rep"] or [("t", "—" if style != "space" else "/")]
        if wide:
            row = [[("t", str(i))], rec["name"], [("t", rec["category"])], code, rep, rec["docno"],
                   [("t", rec["vtype"])], rec["content"], rec["fine_wan"], [("k", "date", _ds(day, dstyle))],
                   rec["agency"]]  # fmt: skip
        else:
            row = [[("t", str(i))], rec["name"], code, rep, rec["docno"], [("t", rec["vtype"])], rec["content"],
                   [("k", "date", _ds(day, dstyle))]]  # fmt: skip
            if platform:
                row.append(rec["agency"])
        rows.append(row)
    _table(doc, header, rows, style)
    if platform:
        doc.t("\n数据来源：各行政执法部门报送。更新时间：")
        _d(doc, days[-1], "iso").t("\n")
    else:
        _pub_outro(doc, region, agencies[own][0], days[-1])


def p_pub_list(doc: Doc) -> None:
    """案件信息公开 as a numbered list in running text: names without cue words, relatives, partners."""
    w, r = doc.w, doc.r
    days = _timeline(doc, r.randint(3, 4), 60)
    region = r.choice(REGIONS)
    domain = r.choice(["market", "city"])
    agency, code = _agency(doc, region, domain), w.uscc("11")
    doc.t(f"{agency}{days[-1].year}年第{(days[-1].month - 1) // 3 + 1}季度行政处罚案件信息公开\n")
    doc.t("按照“谁执法谁公示”的原则，现将本季度办结的部分行政处罚案件公开如下：\n")
    for i, day in enumerate(days, 1):
        rec = _record(doc, region, day, agency, code, domain)
        doc.t(f"{i}. ")
        if rec["category"] == "自然人":
            p = rec["person"]
            form = r.randint(0, 2)
            if form == 0:
                doc.name(p).t(f"（{p.gender}，{_age(doc, p)}岁，身份证号码").p("id_number", p.id_number).t(
                    "）"
                )
            elif form == 1:
                doc.t("当事人").name(p).t("，公民身份号码：").p("id_number", p.id_number).t("，")
            else:
                partner = _person(doc, region=region)
                doc.name(p).t("、").name(partner).t(r.choice(["二人合伙", "二人"]) + "（身份证号码分别为")
                doc.p("id_number", p.id_number).t("、").p("id_number", partner.id_number).t("）")
            doc.t(rec["vtype"] + "案。经查，")
            _emit(doc, rec["facts"])
            if form == 2:
                doc.t("，所得由").name(p).t("与").name(partner).t("平分")
            elif r.random() < 0.5:
                rel = r.choice(["子", "女", "妻" if p.gender == "男" else "夫"])
                doc.t(f"，其{rel}").name(_kin(doc, p, rel)).t("在现场协助经营")
            doc.t("。")
        else:
            _emit(doc, rec["name"])
            doc.t("（统一社会信用代码：")
            _emit(doc, rec["code"])
            if rec["category"] == "法人及非法人组织":
                doc.t("，法定代表人：")
            else:
                doc.t("，经营者：")
            _emit(doc, rec["rep"])
            doc.t("）" + rec["vtype"] + "案。")
            _emit(doc, rec["facts"])
            doc.t("。")
            if rec["category"] == "法人及非法人组织" and r.random() < 0.6:
                rep = rec["rep"][0][2]
                doc.t("该公司法定代表人").k("legal_rep", rep)
                if r.random() < 0.5:
                    doc.t("对违法事实无异议。")
                else:
                    doc.t("到场接受了询问，").k("legal_rep", rep).t("称已完成整改。")
        doc.t("本局于")
        _d(doc, day).t("依据")
        _emit(doc, rec["basis"])
        doc.t("的规定作出")
        _emit(doc, rec["docno"])
        doc.t("行政处罚决定：")
        _emit(doc, rec["content"])
        doc.t("。\n")
    _pub_outro(doc, region, agency, days[-1])


# ---- 当场行政处罚决定书（简易程序） ------------------------------------------------------------------

# (domain, what was done ({place} is filled in), law broken, article, law applied, article, fine range;
#  a range of (0, 0) means a warning)
ONSITE12 = [
    ("city", "在{place}擅自占道摆卖蔬菜", "《城市市容和环境卫生管理条例》", "第十四条",
     "《城市市容和环境卫生管理条例》", "第三十六条第（二）项", (50, 200)),
    ("city", "在{place}的电线杆上张贴小广告", "《城市市容和环境卫生管理条例》", "第十七条第一款",
     "《城市市容和环境卫生管理条例》", "第三十四条第（二）项", (50, 200)),
    ("city", "驾驶电动三轮车在{place}沿途抛洒生活垃圾", "《城市市容和环境卫生管理条例》", "第十五条",
     "《城市市容和环境卫生管理条例》", "第三十四条第（一）项", (20, 100)),
    ("city", "在{place}店外占用人行道摆放桌椅经营烧烤", "《城市道路管理条例》", "第三十一条第一款",
     "《城市道路管理条例》", "第四十二条第（三）项", (100, 200)),
    ("market", "在{place}从事经营活动，未将营业执照置于经营场所醒目位置", "《中华人民共和国市场主体登记管理条例》",
     "第三十六条", "《中华人民共和国行政处罚法》", "第五十一条", (0, 0)),
    ("culture", "经营的网吧在{place}未按规定悬挂未成年人禁入标志", "《互联网上网服务营业场所管理条例》",
     "第二十一条", "《互联网上网服务营业场所管理条例》", "第三十一条", (0, 0)),
]  # fmt: skip


def s_onsite(doc: Doc) -> None:
    """当场行政处罚决定书 (简易程序): short form fields, the offender's signature or a witness."""
    r = doc.r
    (day,) = _timeline(doc, 1)
    domain, act, law1, art1, law2, art2, (lo, hi) = r.choice(ONSITE12)
    region = r.choice(REGIONS)
    name = _agency(doc, region, domain)
    doc.k("agency_name", name).t(
        "\n当场行政处罚决定书" + r.choice(["", "\n（简易程序）", "（简易程序）"]) + "\n"
    )
    if r.random() < 0.6:
        doc.t("编号：").k(
            "doc_number", _docno(doc, region, domain, day.year, r.choice(["简罚", "当罚", "简易罚"]))
        )
    else:
        doc.t("No.").k("doc_number", f"{r.randint(0, 9999999):07d}")
    doc.t("\n")
    p = _person(doc, region=region)
    style = r.randint(0, 2)
    if style == 0:
        doc.t("被处罚人：姓名").name(p).t(f"  性别 {p.gender}  年龄 {_age(doc, p)}  民族 {p.extra['eth']}\n")
        doc.t("身份证件名称 居民身份证  号码 ").idn(p).t("\n住址 ")
        _address(doc, p).t("\n联系电话 ").phone(person=p).t("\n")
    elif style == 1:
        doc.t("被处罚人：").name(p).t(f"，{p.gender}，{_age(doc, p)}岁，身份证号码：").idn(p).t("，住")
        _address(doc, p).t("，联系电话").phone(person=p).t("\n")
    else:
        doc.t("当事人姓名：").name(p).t(
            f"\n性别：{p.gender}    出生年月：{p.extra['born']}年{r.randint(1, 12)}月\n"
        )
        doc.t("身份证件号码：").idn(p).t("\n联系电话：").phone(person=p).t("\n现住址：")
        _address(doc, p).t("\n")
    before, _, after = act.partition("{place}")
    doc.t("违法事实：")
    _d(doc, day).t(f"{r.randint(7, 21)}时{r.randint(0, 59):02d}分，被处罚人" + before)
    doc.k("place", _place(doc, region, "road" if domain == "city" else "shop"))
    if "张贴" in after:
        doc.t("的电线杆上").k("term", "张贴").t("小广告")
    else:
        doc.t(after)
    doc.t(r.choice(["。", "，经执法人员劝阻后仍未停止。", "。现场有照片为证。"]) + "\n")
    doc.t("以上行为违反了").k("law_title", law1).k("article", art1).t("的规定，依据").k("law_title", law2)
    doc.k("article", art2)
    if law2 != "《中华人民共和国行政处罚法》":
        doc.t("和").k("law_title", "《中华人民共和国行政处罚法》").k("article", "第五十一条")
    doc.t("的规定，决定给予以下行政处罚：\n")
    if lo == 0:
        doc.t("☑警告  □罚款\n")
    else:
        fine = r.randint(lo // 10, hi // 10) * 10
        doc.t("□警告  ☑罚款：")
        doc.k("amount", r.choice([f"人民币{_upper(fine)}（¥{fine}）", f"{fine}元", f"人民币{fine}元"])).t(
            "\n"
        )
        doc.t(r.choice([
            "罚款缴纳方式：☑当场缴纳  □自收到本决定书之日起十五日内缴至指定银行\n",
            "罚款缴纳方式：□当场缴纳  ☑自收到本决定书之日起十五日内通过非税收入缴款平台缴纳\n",
        ]))  # fmt: skip
    doc.t(
        "执法人员已告知被处罚人陈述、申辩的权利，被处罚人" + r.choice(["☑未提出", "☑提出"]) + "陈述、申辩。\n"
    )
    doc.t(
        "被处罚人如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，或者在六个月内依法提起行政诉讼。\n"
    )
    offs = _officers(doc, region, r.choice([1, 2, 2]))
    label = r.choice(["  执法证号：", "  证号："])
    for i, (o, c) in enumerate(offs):
        doc.t("执法人员（签名）：" if i == 0 else "                  ").k("officer_name", o.name)
        doc.t(label).k("officer_cert", c).t("\n")
    if r.random() < 0.75:
        doc.t("被处罚人（签名）：").name(p).t("  ")
        _d(doc, day, "dot").t("\n")
    else:
        wit = _person(doc, region=region)
        doc.t("被处罚人拒绝签名，执法人员已在决定书上注明。\n见证人：").name(wit).t("（")
        doc.t(r.choice(["附近商户", "路人", "社区网格员"]) + "），联系电话：").phone(person=wit).t("\n")
    doc.t("作出决定的行政机关：").k("agency_name", name).t("（印章）\n")


# ---- 市场监管 ----------------------------------------------------------------------------------

LIVE_GOODS = [("野生蜂蜜", "“纯野生”“深山土蜂蜜”", "蜂蜜"), ("手工红薯粉", "“纯手工”“零添加”", "红薯粉"),
              ("原切牛排", "“原切”“不含拼接”", "牛排"), ("翡翠手镯", "“A货天然翡翠”", "手镯"),
              ("减肥代餐粉", "“七天瘦十斤”“无效退款”", "代餐粉")]  # fmt: skip
PLATFORMS = ["抖音", "快手", "淘宝", "拼多多", "微信视频号"]


def m_live(doc: Doc) -> None:
    """直播电商 / 网店: the operator, a partner who hosts the live stream, a buyer with 收货地址, 快递单号, 微信号."""
    r = doc.r
    d_open, d_buy, d_complaint, d_talk, d_doc = _timeline(doc, 5)
    name, region, _ = _head(doc, "行政处罚决定书", "market", d_doc.year)
    op = _person(doc, born=r.randint(1980, 2001), region=region)
    goods, claim, short = r.choice(LIVE_GOODS)
    platform = r.choice(PLATFORMS)
    if r.random() < 0.3 and op.extra["kind"] != "minority":
        head = r.choice(["小" + op.name[-1], "阿" + op.name[-1], op.name[-1] * 2, "老" + op.surname])
    else:
        head = r.choice(["山里", "乡味", "好物", "优选", "鲜到家", "源头"])
    shop = head + r.choice(["好物店", "的小店", "优选", "严选", "农家店"])
    registered = r.random() < 0.4
    if registered:
        biz = region[2] + r.choice(TRADE12) + "电子商务商行"
        _business(doc, region, biz, op)
    else:
        _individual(doc, op)
    doc.t("网店名称：“").k("org_name", shop).t(f"”（{platform}店铺）\n\n")
    buyer = _person(doc)
    if r.random() < 0.6:
        partner, role = _kin(doc, op, "妻" if op.gender == "男" else "夫"), _spouse_word(op)
    else:
        partner, role = _person(doc, region=region), "合伙人"
    doc.t("本局于")
    _d(doc, d_complaint).t("收到消费者").name(buyer).t("通过全国12315平台提交的投诉，反映其于")
    _d(doc, d_buy).t(f"在{platform}直播间购买的“{goods}”与主播宣传不符。本局于")
    _d(doc, _later(doc, d_complaint, 1, 5)).t("立案调查。\n经查，当事人自")
    _d(doc, d_open).t(f"起在{platform}平台开设网店“").k("org_name", shop).t(
        f"”，通过直播方式销售{short}等商品。"
    )
    doc.t("直播由当事人的" + role).name(partner).t("担任主播，").name(partner).t(
        f"在直播中多次宣称所售{short}为{claim}，"
    )
    doc.t(f"但当事人不能提供产品来源及检验报告，其进货单据显示该批{short}系从").k(
        "place", region[1][:-1] + r.choice(["农副产品批发市场", "小商品城", "电商产业园"])
    ).t("的普通货源购进。\n")
    doc.t("投诉人提供的订单信息显示，收货人为").name(buyer).t("，收货地址为")
    doc.t("".join(buyer.region[1:])).p("address", buyer.address_detail).t("，快递单号为").p(
        "other_id", _express(doc)
    )
    doc.t("。")
    form = r.randint(0, 2)
    if form == 0:
        doc.name(buyer).t("称收货后发现与宣传不符，添加当事人微信（微信号：").p("contact", _wechat(doc))
        doc.t("）要求退款被拒。")
    elif form == 1:
        doc.t("当事人称已通过微信（微信号：").p("contact", _wechat(doc)).t("）与").name(buyer).t(
            "协商退款，但双方未达成一致。"
        )
    else:
        other = _person(doc)
        doc.t("另有消费者").name(other).t("、").name(_person(doc)).t("反映了相同问题，").name(other).t(
            "的快递单号为"
        ).p("other_id", _express(doc)).t("。")
    sold = r.randint(80, 1600)
    doc.t(f"截至案发，当事人共销售涉案{short}{sold}单，销售额").k("amount", f"{sold * r.randint(39, 199)}元")
    doc.t("。\n")
    _d(doc, d_talk).t("，当事人到本局接受询问，对上述事实予以承认。").name(op).t(
        r.choice(["称直播话术系从网上照搬，", "表示已下架涉案商品，"])
    )
    doc.t("并提供了与").name(partner).t("的合作协议。\n")
    offs = _officers(doc, region)
    _officer_line(doc, offs)
    doc.t("当事人的上述行为违反了").k("law_title", "《中华人民共和国消费者权益保护法》").k(
        "article", "第二十条第一款"
    )
    doc.t("的规定，构成对商品作虚假或者引人误解的宣传的行为。依据").k(
        "law_title", "《中华人民共和国消费者权益保护法》"
    )
    doc.k("article", "第五十六条第一款第（六）项").t(
        "的规定，本局决定对当事人作出如下行政处罚：\n1.警告；\n2.罚款"
    )
    _money(doc, _fine(doc, 5000, 60000)).t("。\n")
    _pay(doc)
    _relief(doc, region)
    _foot(doc, name, region, d_doc)


def _lift_no(doc: Doc, region: tuple[str, str, str]) -> str:
    r = doc.r
    return f"梯11{_short(region)}{r.choice('ABCDE')}{r.randint(0, 99999):05d}（{r.randint(12, 22)}）"


def _lift_code(doc: Doc) -> str:
    r = doc.r
    return f"3110{r.randint(110000, 659000)}{r.randint(2008, 2022)}{r.randint(0, 999999):06d}"


def _operator_cert(doc: Doc, region: tuple[str, str, str]) -> str:
    """A 特种设备安全管理和作业人员证 number."""
    r = doc.r
    return r.choice([f"T{_short(region)}{r.randint(2015, 2023)}{r.randint(0, 999999):06d}",
                     f"TS{r.randint(10, 99)}{r.randint(0, 99999999):08d}"])  # fmt: skip


def m_elevator(doc: Doc) -> None:
    """特种设备: a trapped resident at home address, 维保 workers (one without certificate), the users."""
    r = doc.r
    d_due, d_trap, d_check, d_doc = _timeline(doc, 4, 240)
    name, region, _ = _head(doc, "行政处罚决定书", "market", d_doc.year)
    maintainer_party = r.random() < 0.5
    rep = _rep(doc, region)
    kinds = ["电梯工程", "机电设备安装", "电梯服务"] if maintainer_party else ["物业服务", "物业管理"]
    co = _company_name(doc, region, kinds)
    _company(doc, region, co, rep)
    other_co = _company_name(doc, region, ["物业服务"] if maintainer_party else ["电梯工程", "机电设备"])
    estate = r.choice(ESTATES12)
    bld, unit = r.randint(1, 18), r.randint(1, 4)
    resident = _person(doc, region=region, born=r.randint(1945, 1965))
    flat = f"{estate}{bld}栋{unit}单元{r.randint(3, 30)}{r.randint(1, 4):02d}室"
    doc.t("\n")
    _d(doc, d_trap).t(f"{r.randint(7, 22)}时许，").k("place", region[2] + estate).t(
        f"{bld}栋{unit}单元乘客电梯（使用登记证编号："
    )
    doc.k("permit_number", _lift_no(doc, region)).t("，设备代码：").k("permit_number", _lift_code(doc))
    doc.t("）发生困人故障，")
    form = r.randint(0, 1)
    if form == 0:
        doc.t("住在该单元的业主").name(resident).t(f"（{_age(doc, resident)}岁，家住").p("address", flat).t(
            f"）被困轿厢内约{r.randint(20, 90)}分钟，"
        )
    else:
        doc.name(resident).t(f"{_age(doc, resident)}岁，被困轿厢内约{r.randint(20, 90)}分钟，")
    kin = _kin(doc, resident, r.choice(["子", "女"]))
    doc.t(f"其{'子' if kin.gender == '男' else '女'}").name(kin).t("（联系电话：").phone(person=kin).t(
        "）拨打96333求助后，由维保人员到场解困。本局于"
    )
    _d(doc, d_check).t("对该电梯进行检查。\n经查：\n")
    a, b = _person(doc, born=r.randint(1975, 2000)), _person(doc, born=r.randint(1985, 2002))
    pm = _person(doc, region=region)
    if maintainer_party:
        doc.t("1.当事人与该电梯使用单位").k("org_name", other_co).t("签订了维护保养合同，负责该小区")
        doc.t(f"{r.randint(6, 40)}台电梯的日常维护保养。当事人派出的维保人员").name(a).t(
            "（特种设备安全管理和作业人员证编号："
        )
        doc.p("other_id", _operator_cert(doc, region)).t("）、").name(b).t(
            "于困人事件前两次进行半月维保，其中"
        ).name(b).t("未取得特种设备作业人员证，")
        doc.name(a).t(r.choice(["称其当天在另一小区作业，维保记录由", "承认维保记录系"])).name(b).t(
            "代签。\n"
        )
        doc.t("2.当事人技术负责人").name(pm).t("称公司人手不足，").name(b).t("入职后一直在等待参加考试。\n")
        doc.t("3.当事人法定代表人").k("legal_rep", rep.name).t("到本局接受询问，对上述事实无异议。\n")
        law_a, art_a, art_b, (lo, hi) = (
            "《中华人民共和国特种设备安全法》",
            "第十四条",
            "第八十六条第（一）项",
            (10000, 50000),
        )
    else:
        doc.t("1.该电梯使用单位为当事人，定期检验有效期至")
        _d(doc, d_due).t("，当事人未在检验合格有效期届满前一个月向检验机构提出定期检验要求，超期使用至今。\n")
        doc.t("2.该电梯由").k("org_name", other_co).t("负责维护保养，维保人员").name(a).t("（作业人员证号：")
        doc.p("other_id", _operator_cert(doc, region)).t("）称曾于")
        _d(doc, d_due).t("前后提醒当事人报检。\n")
        doc.t("3.当事人项目经理").name(pm).t("称因").name(resident).t(
            "等业主对加装监控有争议，报检事宜被搁置；当事人法定代表人"
        )
        doc.k("legal_rep", rep.name).t("称对此不知情。\n")
        law_a, art_a, art_b, (lo, hi) = (
            "《中华人民共和国特种设备安全法》",
            "第四十条第三款",
            "第八十四条第（一）项",
            (30000, 300000),
        )
    offs = _officers(doc, region)
    _officer_line(doc, offs, r.choice(["执法人员", "特种设备安全监察人员"]))
    doc.t("当事人的上述行为违反了").k("law_title", law_a).k("article", art_a).t("的规定。依据").k(
        "law_title", law_a
    )
    doc.k("article", art_b).t("的规定，本局决定：责令当事人立即改正，并处罚款")
    _money(doc, _fine(doc, lo, hi, 1000)).t("。\n")
    _pay(doc)
    _relief(doc, region)
    _foot(doc, name, region, d_doc)


# (trademark, its owner, goods, unit, Nice class)
BRANDS12 = [("NIKE", "耐克创新有限合伙公司", "运动鞋", "双", 25), ("adidas", "阿迪达斯有限公司", "运动服", "件", 25),
            ("李宁", "李宁（中国）体育用品有限公司", "运动鞋", "双", 25),
            ("周大福", "周大福珠宝金行有限公司", "吊坠", "件", 14),
            ("老干妈", "贵阳南明老干妈风味食品有限责任公司", "风味豆豉", "瓶", 29),
            ("海飞丝", "宝洁（中国）有限公司", "洗发水", "瓶", 3)]  # fmt: skip


def m_stall(doc: Doc) -> None:
    """商标侵权 at a market stall: 摊位号 stays, the supplier and the brand's appraiser are people."""
    r = doc.r
    d_buy, d_check, d_report, d_doc = _timeline(doc, 4, 160)
    penalty = r.random() < 0.6
    title = "行政处罚决定书" if penalty else "责令停止违法行为决定书"
    name, region, _ = _head(doc, title, "market", d_doc.year)
    op = _person(doc, region=region)
    brand, owner, goods, unit, nice = r.choice(BRANDS12)
    market = region[2] + r.choice(ROADS12)[:2] + r.choice(MARKETS12)
    stall = f"{r.choice('ABCDEFG')}区{r.randint(1, 120)}号"
    if r.random() < 0.4:
        head = (
            r.choice(SHOP_HEADS)
            if r.random() < 0.5 or not op.surname
            else op.surname + r.choice(["记", "姐" if op.gender == "女" else "哥"])
        )
        _business(doc, region, region[2] + head + r.choice(["鞋店", "百货店", "商行"]), op)
        doc.t("摊位：")
    else:
        _individual(doc, op)
        doc.t("经营场所：")
    doc.k("place", market + stall + "摊位").t("\n\n")
    n = r.randint(12, 260)
    doc.t("本局执法人员于")
    _d(doc, d_check).t("对").k("place", market).t("进行检查，发现当事人经营的").k("place", stall + "摊位")
    doc.t("及其").k("term", "周边").t("货架上摆放有标注“").k("org_name", brand).t(
        f"”商标的{goods}{n}{unit}。经查，“"
    ).k("org_name", brand).t("”系")
    doc.k("org_name", owner).t(f"在第{nice}类商品上注册的商标（注册证号：第")
    doc.k("permit_number", str(r.randint(1000000, 39999999))).t("号），")
    appraiser = _person(doc, born=r.randint(1975, 1995))
    doc.t("经该公司委托的鉴定人员").name(appraiser).t("辨认并出具《鉴定证明书》，认定上述商品均非").k(
        "org_name", owner
    )
    doc.t("生产或授权生产。\n")
    supplier = _person(doc)
    price = r.randint(15, 120)
    doc.t("当事人称上述商品系于")
    _d(doc, d_buy).t("从").k("place", region[1][:-1] + r.choice(["小商品批发城", "鞋城", "轻纺城"])).t("的")
    doc.name(supplier).t(f"处以每{unit}{price}元的价格购进，").name(supplier).t("的联系电话为").phone(
        person=supplier
    )
    doc.t("，当事人提供了微信转账记录及送货单。")
    if r.random() < 0.5:
        kin = _kin(doc, op, "妻" if op.gender == "男" else "夫")
        doc.t("摊位平时由当事人与其" + _spouse_word(op)).name(kin).t("共同看管，").name(kin).t(
            f"称已售出{r.randint(3, 40)}{unit}，每{unit}售价{price + r.randint(20, 90)}元。"
        )
    doc.t("\n")
    offs = _officers(doc, region)
    _officer_line(doc, offs)
    doc.t("当事人的上述行为属于").k("law_title", "《中华人民共和国商标法》").k(
        "article", "第五十七条第（三）项"
    )
    doc.t("所指的销售侵犯注册商标专用权的商品的行为。")
    if penalty:
        doc.t("依据").k("law_title", "《中华人民共和国商标法》").k("article", "第六十条第二款")
        doc.t("的规定，本局决定：\n1.责令当事人立即停止侵权行为；\n2.没收侵权商品")
        doc.t(f"{n}{unit}；\n3.罚款")
        _money(doc, _fine(doc, 2000, 50000)).t("。\n")
        _pay(doc)
    else:
        doc.t(
            "鉴于当事人不知道其销售的是侵犯注册商标专用权的商品，能证明该商品是自己合法取得并说明了提供者，依据"
        )
        doc.k("law_title", "《中华人民共和国商标法》").k("article", "第六十条第二款")
        doc.t("的规定，本局决定责令当事人停止销售，对其不予罚款。涉案线索已移送").k(
            "agency_name", region[1] + "市场监督管理局"
        ).t("依法处理。\n")
    _relief(doc, region)
    _foot(doc, name, region, d_doc)


# ---- 城市管理 ----------------------------------------------------------------------------------

BREEDS = ["金毛", "哈士奇", "阿拉斯加", "边境牧羊", "柯基", "泰迪", "萨摩耶", "中华田园", "拉布拉多"]


def c_dog(doc: Doc) -> None:
    """养犬: the owner (home address in brackets, no label), a bitten child and its parent, a neighbour."""
    r = doc.r
    d_reg, d_bite, d_case, d_doc = _timeline(doc, 4, 400)
    name, region, _ = _head(doc, "行政处罚决定书", "city", d_doc.year)
    owner = _person(doc, region=region, local=True)
    _individual(doc, owner)
    city_law = f"《{region[1]}养犬管理条例》"
    breed = r.choice(BREEDS)
    child = _person(doc, minor=True, born=_year(doc) - r.randint(4, 12), region=region)
    parent = _kin(doc, child, r.choice(["父", "母"]))
    neighbour = _person(doc, region=region)
    where = r.choice(["小区中心广场", "小区南门", "单元楼下", "小区儿童游乐区"])
    doc.t("\n")
    police = region[2] + ("公安分局" if region[2].endswith("区") else "公安局")
    if r.random() < 0.5:
        police += r.choice(["城南", "新城", "东湖", "江北"]) + "派出所"
    _d(doc, d_case).t("，本局接").k("agency_name", police)
    doc.t("移送的线索后立案调查。经查：\n")
    style = r.randint(0, 2)
    if style == 0:
        doc.t("当事人饲养")
    else:
        doc.name(owner).t("饲养")
    doc.t(f"{breed}犬一只，平时养在其住所（").p("address", owner.extra["flat"]).t("）内。")
    if r.random() < 0.5:
        doc.t("该犬于")
        _d(doc, d_reg).t("办理了养犬登记，养犬登记证号为").p(
            "other_id", f"{region[1][:1]}犬{_digits(doc, 8)}"
        ).t("，但此后未按期年检。")
    else:
        doc.t("该犬未办理养犬登记，也未按规定接种狂犬病疫苗。")
    doc.t("\n")
    _d(doc, d_bite).t(f"{r.randint(7, 21)}时许，").name(owner).t(
        f"携犬在{r.choice(ESTATES12)}{where}活动时未束犬链，该犬扑向正在玩耍的儿童"
    )
    doc.name(child).t(f"（{_age(doc, child)}岁），将").name(child).t(
        f"的{r.choice(['左小腿', '右手', '右大腿', '左前臂'])}咬伤。"
    )
    rel = "父亲" if parent.gender == "男" else "母亲"
    form = r.randint(0, 2)
    if form == 0:
        doc.name(child).t(f"的{rel}").name(parent).t("当即报警，并将").name(child).t("送至").k(
            "org_name", region[1] + r.choice(HOSPITALS12)
        ).t("处置伤口、接种狂犬病疫苗。")
    elif form == 1:
        doc.name(parent).t("（系").name(child).t(f"之{rel}，联系电话：").phone(person=parent).t(
            "）称，事发时当事人在旁看手机，并未及时制止。"
        )
    else:
        doc.name(parent).t("、").name(neighbour).t("二人均证实该犬此前曾多次在小区内追咬行人。")
    doc.t("当事人承认遛犬时未使用犬绳，称已赔付")
    doc.t(f"医疗费{r.randint(8, 60) * 100}元。")
    if form != 2:
        doc.t("邻居").name(neighbour).t("证实该犬经常在楼道内吠叫，").name(neighbour).t("曾向物业反映。")
    doc.t("\n")
    offs = _officers(doc, region)
    _officer_line(doc, offs)
    art = r.choice(["第二十一条第（一）项", "第二十条第一款", "第二十三条"])
    doc.t("当事人携犬出户未束犬链、犬只伤人的行为违反了").k("law_title", city_law).k("article", art).t(
        "的规定。依据"
    )
    doc.k("law_title", city_law).k(
        "article", r.choice(["第三十八条", "第四十一条第一款", "第三十九条第（二）项"])
    )
    doc.t("的规定，本局决定对当事人处以罚款")
    _money(doc, _fine(doc, 200, 1000)).t("。\n")
    _relief(doc, region)
    _foot(doc, name, region, d_doc)


def c_noise(doc: Doc) -> None:
    """噪音扰民: a shop's loudspeaker, night-time renovation or a square-dance speaker; neighbours by room."""
    r = doc.r
    d_first, d_check, d_doc = _timeline(doc, 3, 120)
    case = r.randint(0, 2)
    title = r.choice(["行政处罚决定书", "责令改正决定书"]) if case == 2 else "行政处罚决定书"
    name, region, _ = _head(doc, title, "city", d_doc.year)
    estate = r.choice(ESTATES12)
    bld = r.randint(1, 20)
    complainants = [_person(doc, region=region) for _ in range(r.randint(2, 3))]
    rooms = [f"{bld}栋{r.randint(2, 30)}{r.randint(1, 4):02d}房" for _ in complainants]
    db = r.randint(62, 88)
    if case == 0:
        op = _person(doc, region=region)
        shop = region[2] + (r.choice(SHOP_HEADS) if r.random() < 0.5 else r.choice(TRADE12))
        shop += r.choice(["手机店", "服装店", "鞋城", "超市"])
        _business(doc, region, shop, op)
        doc.t("\n经查，当事人自")
        _d(doc, d_first).t("起在其位于").k("place", f"{region[2]}{r.choice(ROADS12)}{r.randint(1, 300)}号")
        doc.t("的店铺门口摆放音箱，以").k("term", "高音").t("喇叭循环播放促销广告招揽顾客。")
        doc.t("店铺楼上").k("place", estate).t("小区的居民")
        for i, (p, room) in enumerate(zip(complainants, rooms, strict=True)):
            doc.t("、" if i else "").name(p).t("（").p("address", room)
            if i == 0 and r.random() < 0.5:
                doc.t("，联系电话：").phone(person=p)
            doc.t("）")
        doc.t("等人多次投诉。本局执法人员于")
        _d(doc, d_check).t(f"进行监测，测得店铺门前噪声值为{db}分贝。店员").name(_person(doc)).t(
            "称音箱由老板"
        ).name(op).t("安排摆放。\n")
        law, broken, applied, (lo, hi) = (
            "《中华人民共和国噪声污染防治法》",
            "第六十四条第一款",
            "第八十一条第（二）项",
            (5000, 30000),
        )
    elif case == 1:
        owner = _person(doc, region=region, local=True)
        owner.extra["flat"] = f"{estate}{bld}栋{r.randint(2, 30)}{r.randint(1, 4):02d}房"
        _individual(doc, owner)
        worker = _person(doc, sex="男")
        when = r.choice(["22时至次日6时", "中午12时至14时", "夜间"])
        doc.t("\n经查，当事人于")
        _d(doc, d_first).t("起对其位于").p("address", owner.extra["flat"]).t(
            f"的住宅进行装修，多次在{when}使用电锤、切割机作业。同楼栋"
        )
        for i, (p, room) in enumerate(zip(complainants, rooms, strict=True)):
            doc.t("、" if i else "").p("address", room).t("业主").name(p)
        doc.t("多次向物业和本局投诉。")
        doc.name(complainants[0]).t("称其家中有高考考生，").name(complainants[-1]).t("提供了录制的视频。")
        doc.t("装修工人").name(worker).t(f"（{_age(doc, worker)}岁）称，是业主").name(owner).t(
            "要求其赶工期。本局执法人员于"
        )
        _d(doc, d_check).t(("" if when.startswith("中午") else "夜间") + "到场检查，测得")
        doc.p("address", rooms[0]).t(f"室内噪声值为{db - 25}分贝。\n")
        law, broken, applied, (lo, hi) = (
            "《中华人民共和国噪声污染防治法》",
            "第六十六条第一款",
            "第八十二条第（三）项",
            (200, 1000),
        )
    else:
        org = _person(doc, region=region, born=r.randint(1950, 1968))
        _individual(doc, org)
        doc.t("\n经查，当事人自")
        _d(doc, d_first).t("起每晚组织").k("place", estate).t("小区附近居民在").k(
            "place", region[2] + r.choice(["滨江公园", "文化广场", "体育公园"])
        ).t(f"跳广场舞，使用大功率音箱播放音乐至{r.choice(['21时30分', '22时', '22时30分'])}。")
        doc.t("活动区域").k("term", "周边").t("居民")
        for i, (p, room) in enumerate(zip(complainants, rooms, strict=True)):
            doc.t("、" if i else "").name(p).t("（住").p("address", estate + room).t("）")
        doc.t("多次投诉。参加活动的").name(_person(doc, sex="女", born=r.randint(1952, 1966))).t("、").name(
            _person(doc, sex="女", born=r.randint(1952, 1966))
        ).t("称音箱由").name(org).t("购买并负责操作。本局执法人员于")
        _d(doc, d_check).t(f"测得活动区域边界噪声值为{db}分贝，当场责令").name(org).t("调低音量，")
        doc.name(org).t("未予理会。\n")
        law, broken, applied, (lo, hi) = (
            "《中华人民共和国噪声污染防治法》",
            "第六十五条第一款",
            "第八十二条第（二）项",
            (200, 1000),
        )
    offs = _officers(doc, region)
    _officer_line(doc, offs)
    doc.t("当事人的上述行为违反了").k("law_title", law).k("article", broken).t("的规定。依据").k(
        "law_title", law
    )
    doc.k("article", applied)
    if title == "责令改正决定书":
        doc.t("的规定，本局责令当事人于")
        _d(doc, _later(doc, d_doc, 3, 10)).t("前改正，逾期不改正的，将依法予以罚款。\n")
    else:
        doc.t("的规定，本局决定对当事人处以罚款")
        _money(doc, _fine(doc, lo, hi)).t("。\n")
        _relief(doc, region)
    _foot(doc, name, region, d_doc)


def c_muck(doc: Doc) -> None:
    """渣土车: the haulier (legal representative recurring), the driver, plates, a 挂靠 owner."""
    r = doc.r
    d_seen, d_talk, d_doc = _timeline(doc, 3, 90)
    name, region, _ = _head(doc, "行政处罚决定书", "city", d_doc.year)
    co = _company_name(doc, region, ["土石方工程", "运输", "渣土运输", "建筑工程"])
    rep = _rep(doc, region)
    _company(doc, region, co, rep)
    plate = _plate(doc, region)
    driver = _person(doc, sex="男", born=r.randint(1968, 1996))
    safety = _person(doc, region=region)
    a, b = r.sample(ROADS12, 2)
    spot = f"{region[2]}{a}与{b}交叉口"
    doc.t("\n")
    _d(doc, d_seen).t(f"{r.randint(0, 5) if r.random() < 0.6 else r.randint(21, 23)}时许，本局执法人员在").k(
        "place", spot
    )
    doc.t("巡查时发现，号牌为").p("vehicle_plate", plate).t(
        "的重型自卸货车未采取密闭措施运输渣土，车厢后挡板未关闭严密，沿途遗撒渣土"
    )
    doc.t(f"约{r.randint(8, 200)}平方米，污染").k("term", "马路").t("路面。驾驶员").name(driver)
    doc.t(f"（{_age(doc, driver)}岁，驾驶证号：").idn(driver).t("）在现场接受了检查，").name(driver)
    doc.t(r.choice(["称车辆密闭装置损坏尚未维修。", "称赶时间未关闭顶盖。"]))
    doc.t("该车核定载质量" + f"{r.randint(14, 18)}吨，")
    if r.random() < 0.5:
        owner = _person(doc, region=region)
        doc.t("行驶证登记所有人为").name(owner).t("，该车挂靠在当事人名下经营，").name(owner).t(
            "另有一辆号牌为"
        )
        doc.p("vehicle_plate", _plate(doc, region)).t("的货车同样挂靠在当事人处。")
    else:
        doc.t("行驶证登记所有人为当事人。")
    doc.t("\n")
    doc.t("当事人持有建筑垃圾处置核准文件（编号：").k(
        "permit_number", f"{region[2][:1]}建废准字〔{d_seen.year}〕第{r.randint(1, 400)}号"
    )
    doc.t("），核准运输路线不含上述路段。")
    _d(doc, d_talk).t("，当事人委托安全主管").name(safety).t("到本局接受询问，")
    doc.name(safety).t("对上述事实无异议，并提供了驾驶员").name(driver).t(
        "的劳动合同及车辆台账。当事人法定代表人"
    )
    doc.k("legal_rep", rep.name).t("在授权委托书上签字确认。\n")
    offs = _officers(doc, region)
    _officer_line(doc, offs)
    law = r.random() < 0.5
    if law:
        doc.t("当事人的上述行为违反了").k("law_title", "《中华人民共和国大气污染防治法》").k(
            "article", "第七十条第一款"
        ).t("的规定。依据").k("law_title", "《中华人民共和国大气污染防治法》").k("article", "第一百一十六条")
        lo, hi = 2000, 20000
    else:
        doc.t("当事人的上述行为违反了").k("law_title", "《城市建筑垃圾管理规定》").k("article", "第十四条")
        doc.t("的规定。依据").k("law_title", "《城市建筑垃圾管理规定》").k("article", "第二十三条")
        lo, hi = 5000, 50000
    doc.t("的规定，本局决定：责令当事人立即改正，并处罚款")
    _money(doc, _fine(doc, lo, hi)).t("。\n")
    _pay(doc)
    _relief(doc, region)
    _foot(doc, name, region, d_doc)


# ---- 住建 / 房地产 -----------------------------------------------------------------------------


def h_realty(doc: Doc) -> None:
    """房地产经纪: the agency (legal representative), the 经纪人, seller and buyer, 不动产权证 numbers."""
    r = doc.r
    d_list, d_sign, d_close, d_complaint, d_doc = _timeline(doc, 5, 300)
    name, region, _ = _head(doc, "行政处罚决定书", "housing", d_doc.year)
    co = _company_name(doc, region, ["房地产经纪", "房地产代理", "置业顾问"])
    rep = _rep(doc, region)
    agent = _person(doc, born=r.randint(1985, 2000), region=region)
    two = r.random() < 0.5
    if two:
        _company(doc, region, co, rep, "当事人一")
        doc.t("备案证明编号：").k(
            "permit_number", f"{_short(region)}房经备字{r.randint(2018, 2024)}{_digits(doc, 4)}"
        )
        doc.t("\n")
        _individual(doc, agent, "当事人二")
        doc.t("房地产经纪人员职业资格证书编号：").p(
            "other_id", f"{r.choice(['HXA', 'HXB', ''])}{r.randint(2015, 2023)}{_digits(doc, 7)}"
        ).t("\n")
    else:
        _individual(doc, agent)
        doc.t("从业机构：").k("org_name", co).t("\n")
    seller = _person(doc, region=region, born=r.randint(1955, 1985))
    seller_wife = _kin(doc, seller, "妻" if seller.gender == "男" else "夫")
    buyer = _person(doc, born=r.randint(1985, 1998))
    house = f"{r.choice(ESTATES12)}{r.randint(1, 18)}栋{r.randint(1, 4)}单元{r.randint(2, 30)}{r.randint(1, 4):02d}室"
    low = r.randint(80, 300) * 10000
    high = low + r.randint(5, 30) * 10000
    doc.t("\n本局于")
    _d(doc, d_complaint).t("收到").name(seller).t("的投诉。经查：\n")
    doc.name(seller).t("与其" + _spouse_word(seller)).name(seller_wife).t("共有的住房位于")
    doc.t(region[1] + region[2]).p("address", house).t("（不动产权证号：").p(
        "property_certificate", _house_cert(doc, region)
    )
    doc.t("），")
    _d(doc, d_list).t("委托").k("org_name", co).t("挂牌出售，由经纪人").name(agent).t("负责。")
    doc.name(agent).t("向").name(seller).t(
        f"谎称买方最高只愿出价{low // 10000}万元，同时以{high // 10000}万元的价格与"
    )
    doc.t("买方").name(buyer).t("洽谈。")
    _d(doc, d_sign).t("，").name(seller).t("、").name(buyer).t("签订《存量房买卖合同》（合同编号：")
    doc.t(
        f"{r.choice(['YS', 'CL', 'FW'])}{d_sign.year}{r.randint(10000, 99999)}），合同价款{low // 10000}万元；"
    )
    doc.t("同日，").name(agent).t("另与").name(buyer).t("签订“服务协议”，约定").name(buyer).t(
        f"额外支付“协调费”{(high - low) // 10000}万元。"
    )
    doc.t("合同价款的").k("term", "余款").t("经资金监管账户支付，“协调费”则由").name(buyer).t("直接转入")
    doc.name(agent).t("个人账户（" + r.choice(["中国工商银行", "招商银行", "中国建设银行"]) + "，账号")
    doc.bank().t("）。")
    _d(doc, d_close).t("，该房屋过户至").name(buyer).t("名下，新证号为").p(
        "property_certificate", _house_cert(doc, region)
    ).t("。\n")
    if r.random() < 0.5:
        doc.name(buyer).t("称其通过微信（").p("contact", _wechat(doc)).t("）与").name(agent).t(
            "联系，对合同价款与实际付款不一致并不知情。"
        )
    doc.t("当事人").t("一法定代表人" if two else "所在机构法定代表人").k("legal_rep", rep.name)
    doc.t("称").name(agent).t("的行为系个人行为，公司已将其辞退。\n")
    offs = _officers(doc, region)
    _officer_line(doc, offs)
    doc.t("上述行为违反了").k("law_title", "《房地产经纪管理办法》").k("article", "第二十五条第（三）项")
    doc.t("的规定。依据").k("law_title", "《房地产经纪管理办法》").k("article", "第三十七条").t(
        "的规定，本局决定：\n"
    )
    if two:
        doc.t("1.对当事人一处以罚款").k("amount", "3万元").t("，并取消网上签约资格；\n2.对当事人二处以罚款")
        doc.k("amount", "1万元").t("。\n")
    else:
        doc.t("对当事人处以罚款").k("amount", "10000元").t("，记入信用档案。\n")
    _relief(doc, region)
    _foot(doc, name, region, d_doc)


def h_property(doc: Doc) -> None:
    """物业: an owner who took a shared space, or a property company; 业主 named with their rooms."""
    r = doc.r
    d_first, d_check, d_doc = _timeline(doc, 3, 200)
    notice = r.random() < 0.3
    name, region, _ = _head(doc, "责令限期改正通知书" if notice else "行政处罚决定书", "housing", d_doc.year)
    estate = r.choice(ESTATES12)
    pm_co = _company_name(doc, region, ["物业服务", "物业管理"])
    manager = _person(doc, region=region)
    neighbours = [_person(doc, region=region) for _ in range(r.randint(2, 3))]
    rooms = [f"{r.randint(1, 18)}栋{r.randint(2, 30)}{r.randint(1, 4):02d}房" for _ in neighbours]
    if r.random() < 0.5:
        owner = _person(doc, region=region, local=True)
        owner.extra["flat"] = f"{estate}{r.randint(1, 18)}栋{r.randint(1, 3)}{r.randint(1, 4):02d}房"
        _individual(doc, owner)
        doc.t("\n经查，当事人系").p("address", owner.extra["flat"]).t("业主。当事人于")
        _d(doc, d_first).t(r.choice([
            "起擅自在其住宅楼前公共绿地内搭建彩钢板棚房约",
            "起擅自将小区地下车库公共通道用砖墙围合作为私人储物间，面积约",
        ]) + f"{r.randint(6, 40)}平方米。")  # fmt: skip
        doc.t("小区业主")
        for i, (p, room) in enumerate(zip(neighbours, rooms, strict=True)):
            doc.t("、" if i else "").name(p).t("（").p("address", room).t("）")
        doc.t("等人向").k("org_name", pm_co).t("反映。该公司项目经理").name(manager).t(
            "称曾两次向当事人发出整改通知，"
        )
        doc.name(owner).t("拒不签收。")
        kin = _kin(doc, owner, r.choice(["子", "女"]))
        doc.t(f"检查时，当事人之{'子' if kin.gender == '男' else '女'}").name(kin).t("在场，称棚房系").name(
            owner
        )
        doc.t("为堆放杂物所建。\n")
        law_a, art_b, lo, hi = "第五十一条第一款", "第六十三条第一款第（二）项", 1000, 10000
        signer, signer_is_rep = owner, False
    else:
        rep = _rep(doc, region)
        _company(doc, region, pm_co, rep)
        chair = _person(doc, region=region, born=r.randint(1950, 1975))
        doc.t("\n经查，当事人自")
        _d(doc, d_first).t("起为").k("place", region[2] + estate).t(
            f"提供物业服务。当事人未经业主大会同意，将小区{r.randint(6, 30)}部电梯轿厢内壁及"
        )
        doc.t("单元门厅出租给广告公司发布广告，所得收益未向业主公开。业主委员会主任").name(chair)
        doc.t("（").p("address", f"{estate}{rooms[0]}").t("）代表业主投诉，")
        for i, (p, room) in enumerate(zip(neighbours[1:], rooms[1:], strict=True)):
            doc.t("、" if i else "").p("address", room).t("业主").name(p)
        doc.t("等人提供了广告照片。项目经理").name(manager).t("称广告收入已用于小区绿化，但不能提供账目；")
        doc.t("当事人法定代表人").k("legal_rep", rep.name).t("承认未经业主大会表决。\n")
        law_a, art_b, lo, hi = "第五十四条第一款", "第六十三条第一款第（三）项", 50000, 200000
        signer, signer_is_rep = rep, True
    _d(doc, d_check).t("，本局执法人员到现场检查，制作了现场检查笔录并拍照取证。\n")
    offs = _officers(doc, region)
    _officer_line(doc, offs)
    doc.t("当事人的上述行为违反了").k("law_title", "《物业管理条例》").k("article", law_a).t("的规定。")
    if notice:
        doc.t("根据").k("law_title", "《物业管理条例》").k("article", art_b).t("的规定，现责令你（单位）于")
        _d(doc, _later(doc, d_doc, 10, 30)).t("前改正，恢复原状。逾期不改正的，本局将依法予以处罚。\n")
        doc.t("当事人签收：")
        if signer_is_rep:
            doc.k("legal_rep", signer.name)
        else:
            doc.name(signer)
        doc.t("  ")
        _d(doc, d_doc).t("\n")
    else:
        doc.t("依据").k("law_title", "《物业管理条例》").k("article", art_b).t(
            "的规定，本局决定：责令当事人于"
        )
        _d(doc, _later(doc, d_doc, 10, 30)).t("前恢复原状，给予警告，并处罚款")
        _money(doc, _fine(doc, lo, hi, 1000)).t("。\n")
        _relief(doc, region)
    _foot(doc, name, region, d_doc)


# ---- 文化和旅游 / 体育 ------------------------------------------------------------------------


def v_venue(doc: Doc) -> None:
    """网吧 (minors on a parent's ID card), KTV (banned songs) or 游泳馆 (救生员 without certificate)."""
    r = doc.r
    d_check, d_talk, d_doc = _timeline(doc, 3, 100)
    kind = r.randint(0, 2)
    name, region, _ = _head(doc, "行政处罚决定书", "culture", d_doc.year)
    words = {0: (["网络科技", "网络服务"], ["网咖", "网吧"]), 1: (["娱乐", "文化娱乐"], ["KTV", "歌城"]),
             2: (["体育发展", "健身服务"], ["游泳馆", "游泳健身中心"])}[kind]  # fmt: skip
    company = r.random() < 0.6
    if company:
        co = _company_name(doc, region, words[0])
        rep = _rep(doc, region)
        _company(doc, region, co, rep)
        venue = region[2] + r.choice(TRADE12) + r.choice(words[1])
    else:
        op = _person(doc, region=region)
        venue = region[2] + r.choice(SHOP_HEADS + TRADE12) + r.choice(words[1])
        _business(doc, region, venue, op)
    permit = {0: f"{_short(region)}网文〔{d_check.year - r.randint(1, 5)}〕{_digits(doc, 4)}-{r.randint(1, 999):03d}号",
              1: f"{region[2][:2]}文娱经字〔{d_check.year - r.randint(1, 6)}〕第{r.randint(1, 300)}号",
              2: f"{_short(region)}体危许{d_check.year - r.randint(0, 4)}{_digits(doc, 5)}"}[kind]  # fmt: skip
    doc.t(["网络文化经营许可证", "娱乐经营许可证", "高危险性体育项目经营许可证"][kind] + "编号：").k(
        "permit_number", permit
    )
    doc.t("\n\n")
    staff = _person(doc, born=r.randint(1990, 2003))
    offs = _officers(doc, region)
    _d(doc, d_check).t(f"{r.randint(10, 22)}时许，本局执法人员").k("officer_name", offs[0][0].name).t("、")
    doc.k("officer_name", offs[1][0].name).t("对当事人经营的").k("place", venue).t("进行检查，")
    if kind == 0:
        kid1, kid2 = _person(doc, minor=True, region=region), _person(doc, minor=True, region=region)
        father = _kin(doc, kid1, "父")
        doc.t("发现营业场所内有未成年人").name(kid1).t(f"（{_age(doc, kid1)}岁）、").name(kid2)
        doc.t(f"（{_age(doc, kid2)}岁）正在上网。经查，").name(kid1).t("使用其父").name(father).t(
            "的身份证（号码："
        )
        doc.p("id_number", father.id_number).t("）登记上网，").name(kid2).t(
            "未经登记，由收银员直接开通了临时上网卡。当班收银员"
        )
        doc.name(staff).t("称当时人多，未核对本人。").name(father).t(
            f"于当晚赶到现场，称不知道其{'子' if kid1.gender == '男' else '女'}拿走了身份证。\n"
        )
        law, broken, applied, (lo, hi) = (
            "《互联网上网服务营业场所管理条例》",
            "第二十一条",
            "第三十一条第（二）项",
            (1000, 15000),
        )
    elif kind == 1:
        guest = _person(doc, region=region)
        doc.t(
            f"发现其{r.randint(6, 28)}个包厢的歌曲点播系统中含有{r.randint(3, 40)}首列入文化和旅游部禁止目录的曲目。"
        )
        doc.t("该线索系消费者").name(guest).t("（联系电话：").phone(person=guest).t("）举报。值班经理").name(
            staff
        )
        doc.t("称曲库由供应商远程更新，").name(staff).t("未进行审核。\n")
        law, broken, applied, (lo, hi) = (
            "《娱乐场所管理条例》",
            "第十三条",
            "第四十八条第（二）项",
            (10000, 30000),
        )
    else:
        swimmer = _person(doc, minor=True, born=_year(doc) - r.randint(6, 12), region=region)
        mother = _kin(doc, swimmer, "母")
        helper = _person(doc, born=r.randint(1975, 1998))
        holder = _person(doc, born=r.randint(1980, 2000))
        doc.t("发现当班救生员").name(staff).t("未取得游泳救生员国家职业资格证书，另一名救生员").name(holder)
        doc.t("（证书编号：").p(
            "other_id", f"{r.randint(1000, 9999)}{r.randint(2016, 2023)}{_digits(doc, 8)}"
        )
        doc.t("）当日请假。")
        _d(doc, _later(doc, d_check, -12, -2)).t("，儿童").name(swimmer).t(
            f"（{_age(doc, swimmer)}岁）在深水区溺水，系泳客"
        )
        doc.name(helper).t("发现后将其救起，").name(swimmer).t("的母亲").name(mother).t("对此进行了投诉。\n")
        law, broken, applied, (lo, hi) = "《全民健身条例》", "第三十二条", "第三十七条", (30000, 100000)
    _d(doc, d_talk).t("，当事人")
    if company:
        doc.t("法定代表人").k("legal_rep", rep.name).t("到本局接受询问，").k("legal_rep", rep.name).t(
            "对上述事实无异议。\n"
        )
    else:
        doc.t("经营者").name(op).t("到本局接受询问，对上述事实无异议。\n")
    doc.t("以上事实有现场检查笔录、询问笔录、监控录像截图等证据证明。执法人员证号：").k(
        "officer_cert", offs[0][1]
    )
    doc.t("、").k("officer_cert", offs[1][1]).t("。\n")
    doc.t("当事人的上述行为违反了").k("law_title", law).k("article", broken).t("的规定。依据").k(
        "law_title", law
    )
    doc.k("article", applied).t("的规定，本局决定对当事人")
    doc.t("给予警告，并处罚款" if kind == 0 else "处以罚款")
    _money(doc, _fine(doc, lo, hi, 500)).t("。\n")
    _pay(doc)
    _relief(doc, region)
    _foot(doc, name, region, d_doc)


# ---- 听证告知书 / 陈述申辩笔录 / 结案审批表 ---------------------------------------------------------


def _lawyer(doc: Doc, region: tuple[str, str, str]) -> tuple[Person, str, str]:
    r = doc.r
    lawyer = _person(doc, born=r.randint(1970, 1995))
    province = region[0][:-1] if region[0].endswith("省") else region[1][:-1]
    firm = r.choice([province, region[1][:-1]]) + r.choice(LAW_FIRMS12) + "律师事务所"
    return lawyer, firm, _lawyer_no(doc)


def a_hearing(doc: Doc) -> None:
    """听证告知书 with its 送达回执 signed by the party's lawyer, or a 陈述申辩笔录 with the lawyer speaking."""
    if doc.r.random() < 0.5:
        _hearing_notice(doc)
    else:
        _statement_record(doc)


def _hearing_notice(doc: Doc) -> None:
    r = doc.r
    d_fact, d_notice = _timeline(doc, 2, 160)
    case = r.choice([c for c in CASES12 if c[0] == "market" and c[8] != "org" and c[6][1] >= 10000])
    domain, vtype, act, law, art_broken, art_applied, (lo, hi), _other, _who, where = case
    name, region, docno = _head(
        doc, "行政处罚听证告知书", domain, d_notice.year, r.choice(["听告", "罚听告"])
    )
    p = _person(doc, region=region)
    lawyer, firm, lic = _lawyer(doc, region)
    witness = _person(doc, region=region)
    offs = _officers(doc, region)
    if r.random() < 0.5:
        _individual(doc, p)
        doc.t("\n")
    doc.name(p).t("：\n本局对你" + vtype + "一案已调查终结。经查，你于")
    before, _, after = act.partition("{place}")
    _d(doc, d_fact).t(before)
    if "{place}" in act:
        doc.k("place", _place(doc, region, where))
    doc.t(after + "。上述事实有现场检查笔录、").name(witness).t("的证人证言")
    if r.random() < 0.5:
        kin = _kin(doc, p, r.choice(["子", "女", "妻" if p.gender == "男" else "夫"]))
        doc.t("及你" + {"子": "儿子", "女": "女儿"}.get(_rel_of(kin, p), _spouse_word(p))).name(kin).t(
            "的询问笔录"
        )
    doc.t("等证据证实。\n你的上述行为违反了").k("law_title", law).k("article", art_broken).t(
        "的规定。本局拟依据"
    )
    doc.k("law_title", law).k("article", art_applied).t("的规定，对你作出罚款")
    _money(doc, _fine(doc, max(lo, 10000), hi, 1000)).t("的行政处罚。\n根据")
    doc.k("law_title", "《中华人民共和国行政处罚法》").k("article", "第六十三条").t("、").k(
        "article", "第六十四条"
    )
    doc.t("的规定，你有要求举行听证的权利。如要求听证，应当在收到本告知书之日起五日内向本局提出；")
    doc.t("逾期未提出的，视为放弃听证权利。\n联系人：").k("officer_name", offs[0][0].name).t("  联系电话：")
    doc.k("agency_phone", _landline(doc, region)).t("\n")
    _foot(doc, name, region, d_notice)
    doc.t("\n送达回执\n送达文书：行政处罚听证告知书（").k("doc_number", docno).t("）\n受送达人：").name(p)
    doc.t("\n代收人：").name(lawyer).t("（").k("org_name", firm).t("律师，执业证号：").p("other_id", lic)
    doc.t("，受当事人委托）\n送达地点：").k("org_name", firm)
    doc.t("\n送达方式：直接送达\n送达人：").k("officer_name", offs[0][0].name).t("、").k(
        "officer_name", offs[1][0].name
    )
    doc.t("\n收件人签名：").name(lawyer).t("  ")
    _d(doc, _later(doc, d_notice, 1, 3)).t("\n")
    if r.random() < 0.5:
        doc.t("备注：").name(lawyer).t("当场表示当事人要求举行听证，书面申请将于三日内提交")
        if r.random() < 0.5:
            doc.t("，联系邮箱").p("email", doc.w.email())
        doc.t("。\n")


def _rel_of(kin: Person, ego: Person) -> str:
    """子/女 for a child (younger by a generation), else 妻/夫."""
    if kin.extra["born"] - ego.extra["born"] > 15:
        return "子" if kin.gender == "男" else "女"
    return "妻" if kin.gender == "女" else "夫"


def _statement_record(doc: Doc) -> None:
    r = doc.r
    d_notice, d_talk = _timeline(doc, 2, 40)
    case = r.choice([c for c in CASES12 if c[0] == "market" and c[6][1] >= 10000])
    domain, vtype, _act, law, _broken, art_applied, (lo, hi), _other, who, _where = case
    region = r.choice(REGIONS)
    name = _agency(doc, region, domain)
    notice_no = _docno(doc, region, domain, d_notice.year, r.choice(["罚告", "市监罚告"]))
    doc.k("agency_name", name).t("\n陈述申辩笔录\n\n")
    offs = _officers(doc, region)
    lawyer, firm, lic = _lawyer(doc, region)
    witness, supplier = _person(doc, region=region), _person(doc)
    fine = _fine(doc, max(lo, 10000), hi, 1000)
    company = who == "org" or r.random() < 0.4
    doc.t("时间：")
    _d(doc, d_talk).t(
        f"{r.randint(9, 15)}时{r.randint(0, 59):02d}分至{r.randint(15, 17)}时{r.randint(0, 59):02d}分\n"
    )
    doc.t("地点：").k("agency_name", name).t(
        r.choice(["第二询问室", "会议室", "案件审理室"]) + "\n案由：" + vtype + "案\n"
    )
    doc.t("陈述申辩人：")
    if company:
        co = _company_name(doc, region, _INDUSTRY.get(vtype, (["商贸"], []))[0])
        rep = _rep(doc, region)
        doc.k("org_name", co).t("\n统一社会信用代码：").k("credit_code", doc.w.uscc()).t("\n法定代表人：")
        doc.k("legal_rep", rep.name).t("\n")
    else:
        p = _person(doc, region=region)
        doc.name(p).t(f"  性别：{p.gender}  年龄：{_age(doc, p)}\n身份证号码：").idn(p).t("\n住址：")
        _address(doc, p).t("\n")
    doc.t("委托代理人：").name(lawyer).t("，").k("org_name", firm).t("律师，执业证号：").p("other_id", lic)
    doc.t("，联系电话：").phone(person=lawyer).t("\n承办人：").k("officer_name", offs[0][0].name).t("、")
    doc.k("officer_name", offs[1][0].name).t("  记录人：").k("officer_name", offs[1][0].name).t("\n\n")
    doc.t("承办人：我们是").k("agency_name", name).t("的执法人员").k("officer_name", offs[0][0].name).t("、")
    doc.k("officer_name", offs[1][0].name).t("，这是我们的执法证件（证号").k("officer_cert", offs[0][1]).t(
        "、"
    )
    doc.k("officer_cert", offs[1][1]).t("）。本局于")
    _d(doc, d_notice).t("向当事人送达了《行政处罚事先告知书》（").k("doc_number", notice_no).t(
        "），拟作出罚款"
    )
    doc.k("amount", f"{fine}元").t("的行政处罚。现依法听取当事人的陈述和申辩，请如实陈述。\n")
    doc.name(lawyer).t("：代理人受当事人委托发表如下意见：一、当事人系初次违法，")
    if company:
        doc.t("涉案商品由公司采购员").name(_person(doc)).t("负责进货，法定代表人").k("legal_rep", rep.name)
        doc.t("对此并不知情；")
    else:
        clerk = _person(doc, born=r.randint(1985, 2003))
        doc.t("涉案商品系店员").name(clerk).t("上架销售，").name(p).t("本人当时不在店内；")
    doc.t("二、涉案商品系从").name(supplier).t("处购进，").name(supplier).t(
        "提供了供货凭证，当事人已尽到进货查验义务；"
    )
    doc.t("三、证人").name(witness).t(
        f"与当事人存在经济纠纷，其证言不应采信。综上，请求依法减轻处罚，罚款不超过{fine // 2}元。\n"
    )
    if company:
        doc.k("legal_rep", rep.name).t("：同意代理人的意见，公司已经整改，涉案商品已全部下架。\n")
    else:
        kin = _kin(doc, p, r.choice(["妻" if p.gender == "男" else "夫", "子", "女"]))
        rel = {"子": "儿子", "女": "女儿"}.get(_rel_of(kin, p), "爱人")
        doc.name(p).t("：我同意律师的意见。那段时间我" + r.choice(["住院", "在外地"]) + f"，店里是我{rel}")
        doc.name(kin).t("在看，我回来就把货下架了。\n")
    doc.t("承办人：你们的意见我们已记录，将提交本局审查。以上笔录请核对。\n陈述申辩人签名：")
    if company:
        doc.k("legal_rep", rep.name)
    else:
        doc.name(p)
    doc.t("  委托代理人签名：").name(lawyer).t("\n承办人签名：").k("officer_name", offs[0][0].name).t("  ")
    doc.k("officer_name", offs[1][0].name).t("\n")


def a_closing(doc: Doc) -> None:
    """结案审批表: 承办人, 审核人 and 审批人 stay; the party, whoever paid the fine for them, the goods' owner."""
    r = doc.r
    d_open, d_decide, d_paid = _timeline(doc, 3, 200)
    d_close1 = _later(doc, d_paid, 2, 20)
    d_close2 = _later(doc, d_close1, 0, 4)
    d_close3 = _later(doc, d_close2, 1, 6)
    doc.w.h12_year = d_close3.year
    case = r.choice(CASES12)
    domain, vtype, _act, law, _b, art_applied, (lo, hi), other, who, _where = case
    region = r.choice(REGIONS)
    name = _agency(doc, region, domain)
    docno = _docno(doc, region, domain, d_decide.year)
    doc.k("agency_name", name).t("\n行政处罚案件结案审批表\n\n")
    staff = _officers(doc, region, 5)
    company = who == "org" or (who == "any" and r.random() < 0.5)
    if company:
        co = _company_name(doc, region, _INDUSTRY.get(vtype, (["商贸"], []))[0])
        rep = _rep(doc, region)
        doc.t("案件名称：").k("org_name", co).t(vtype + "案\n")
        doc.t("当事人：").k("org_name", co).t("  法定代表人：").k("legal_rep", rep.name).t("\n")
    else:
        p = _person(doc, region=region)
        doc.t("案件名称：").name(p).t(vtype + "案\n")
        doc.t("当事人：").name(p).t("  身份证号码：").idn(p).t("\n")
    doc.t("立案日期：")
    _d(doc, d_open).t("    立案编号：").k("doc_number", _docno(doc, region, domain, d_open.year, "立"))
    doc.t("\n处罚决定书文号：").k("doc_number", docno).t("    决定日期：")
    _d(doc, d_decide).t("\n处罚依据：").k("law_title", law).k("article", art_applied)
    fine = lo if lo == hi else _fine(doc, lo, hi)
    doc.t("\n处罚内容：罚款").k("amount", f"{fine}元").t(
        ("；" + other if other and other != "警告" else "") + "\n"
    )
    doc.t("执行情况：")
    if company:
        doc.t("当事人于")
        _d(doc, d_paid).t("通过对公账户缴纳罚款").k("amount", f"{fine}元").t("，由公司出纳").name(
            _person(doc)
        ).t("办理。")
    else:
        payer_rel = r.choice(["子", "女", "妻" if p.gender == "男" else "夫"])
        payer = _kin(doc, p, payer_rel)
        form = r.randint(0, 1)
        if form == 0:
            doc.t("罚款").k("amount", f"{fine}元").t("已于")
            _d(doc, d_paid).t("缴纳，缴款人为当事人之" + payer_rel).name(payer).t("（联系电话：").phone(
                person=payer
            )
            doc.t("）。")
        else:
            doc.name(p).t(
                f"因{r.choice(['行动不便', '在外地务工'])}，委托其"
                + {"子": "儿子", "女": "女儿"}.get(payer_rel, _spouse_word(p))
            )
            doc.name(payer).t("于")
            _d(doc, d_paid).t("代为缴纳罚款").k("amount", f"{fine}元").t("。")
    if "没收" in other:
        doc.t("没收物品已于")
        _d(doc, _later(doc, d_paid, 1, 10)).t("依法销毁。")
    doc.t("\n承办人意见：本案处罚决定已履行完毕，建议结案。\n承办人：").k("officer_name", staff[0][0].name).t(
        "、"
    )
    doc.k("officer_name", staff[1][0].name).t("    ")
    _d(doc, d_close1).t("\n承办机构审核意见：同意结案。\n审核人：").k("officer_name", staff[2][0].name).t(
        "    "
    )
    _d(doc, d_close2).t("\n法制审核意见：程序合法，同意结案。\n法制审核人：").k(
        "officer_name", staff[3][0].name
    )
    doc.t("（法律职业资格证书编号：").k("officer_cert", f"A{r.randint(2008, 2022)}{_digits(doc, 9)}").t(
        "）\n"
    )
    doc.t(r.choice(["负责人审批意见：同意。\n审批人：", "局领导审批意见：同意结案。\n审批人："]))
    doc.k("officer_name", staff[4][0].name).t("    ")
    _d(doc, d_close3).t("\n")


# ---- 不予行政处罚 / 减轻处罚 -------------------------------------------------------------------


def l_lenient(doc: Doc) -> None:
    """不予行政处罚决定书 (首违不罚, 明码标价) or a 减轻处罚 decision (多收停车费, refunds to named drivers)."""
    r = doc.r
    d_check, d_fix, d_doc = _timeline(doc, 3, 120)
    lenient = r.random() < 0.5
    title = "不予行政处罚决定书" if lenient else "行政处罚决定书"
    name, region, _ = _head(doc, title, "market", d_doc.year, "市监不罚" if lenient else None)
    province = region[0] or region[1]
    if lenient:
        op = _person(doc, region=region)
        shop = region[2] + (r.choice(SHOP_HEADS) if r.random() < 0.5 else r.choice(TRADE12))
        shop += r.choice(["水果店", "干货行", "粮油店", "生鲜超市"])
        registered = r.random() < 0.6
        if registered:
            _business(doc, region, shop, op)
        else:
            _individual(doc, op)
        clerk = _person(doc, region=region, born=r.randint(1960, 2000))
        doc.t("\n本局执法人员于")
        _d(doc, d_check).t("对").k("place", shop if registered else _place(doc, region, "market"))
        doc.t(f"进行检查，发现其销售的{r.randint(6, 30)}种商品未标示价格，")
        doc.t(f"{r.randint(2, 9)}种商品使用的").k("term", "黄色").t(
            "手写标价签未标明产地和计价单位。检查时店员"
        ).name(clerk).t("在场，")
        doc.name(clerk).t(r.choice(["称标价签前一天被顾客碰落。", "称老板外出进货，标价签尚未更新。"]))
        doc.t("当事人").name(op).t("于")
        _d(doc, d_fix).t("到本局接受询问，承认上述事实，并当场提交了整改后的照片。\n")
        doc.t(
            "经核查，当事人系首次实施该违法行为，违法行为轻微，未造成危害后果，且已在本局责令改正后及时改正。\n"
        )
        offs = _officers(doc, region)
        _officer_line(doc, offs)
        doc.t("当事人的上述行为违反了").k("law_title", "《中华人民共和国价格法》").k(
            "article", "第十三条第一款"
        )
        doc.t("和").k("law_title", "《明码标价和禁止价格欺诈规定》").k("article", "第五条").t(
            "的规定。鉴于上述情节，依据"
        )
        doc.k("law_title", "《中华人民共和国行政处罚法》").k("article", "第三十三条第一款").t("和").k(
            "law_title", f"《{province}市场监管领域轻微违法行为不予行政处罚清单》"
        )
        doc.t(f"第{r.randint(3, 40)}项的规定，本局决定对当事人不予行政处罚。本局已对当事人进行了批评教育。\n")
        _relief(doc, region)
        _foot(doc, name, region, d_doc)
        return
    co = _company_name(doc, region, ["停车场管理", "物业服务", "交通设施"])
    rep = _rep(doc, region)
    _company(doc, region, co, rep)
    lot = region[2] + r.choice([r.choice(ESTATES12), "人民医院", "高铁站", "汽车客运站", "中心广场"])
    drivers = [_person(doc) for _ in range(r.randint(2, 4))]
    extra_each = [r.randint(2, 40) for _ in drivers]
    total = r.randint(3000, 60000)
    doc.t("\n经查，当事人经营的").k("place", lot + "停车场").t("执行政府指导价，核定收费标准为首小时")
    doc.t(f"{r.randint(3, 6)}元，此后每小时{r.randint(1, 3)}元。当事人自")
    _d(doc, d_check).t("起擅自将收费标准上调，多收停车费共计").k("amount", f"{total}元").t("。车主")
    for i, (p, amt) in enumerate(zip(drivers, extra_each, strict=True)):
        doc.t("、" if i else "").name(p).t(f"{amt}元" if r.random() < 0.5 else "")
    doc.t("等人向本局投诉，").name(drivers[0]).t("提供了缴费凭证及车辆号牌").p(
        "vehicle_plate", _plate(doc, region)
    )
    doc.t("的出场记录。")
    doc.t("当事人法定代表人").k("legal_rep", rep.name).t("称收费系统由第三方升级时出错，")
    doc.k("legal_rep", rep.name).t("在接受询问后立即恢复了原收费标准。\n")
    doc.t("案发后，当事人主动联系车主，于")
    _d(doc, d_fix).t("前通过原支付渠道退还多收费用，其中").name(drivers[-1]).t("的退款已转入其银行账户（")
    doc.bank().t("）；无法联系车主的部分已上缴财政。\n")
    offs = _officers(doc, region)
    _officer_line(doc, offs)
    doc.t("当事人的上述行为违反了").k("law_title", "《中华人民共和国价格法》").k("article", "第十二条")
    doc.t("的规定。鉴于当事人主动消除违法行为危害后果，依据").k("law_title", "《中华人民共和国行政处罚法》")
    doc.k("article", "第三十二条第（一）项").t("的规定，应当减轻处罚。依据").k(
        "law_title", "《中华人民共和国价格法》"
    )
    doc.k("article", "第三十九条").t("和").k("law_title", "《价格违法行为行政处罚规定》").k(
        "article", "第九条"
    )
    doc.t("的规定，本局决定对当事人减轻处罚：罚款")
    _money(doc, _fine(doc, 2000, 20000)).t("。\n")
    _pay(doc)
    _relief(doc, region)
    _foot(doc, name, region, d_doc)


# ---- the family --------------------------------------------------------------------------------


def _own_streams(template: Callable[[Doc], None]) -> Callable[[Doc], None]:
    """Run a template on random streams of its own: corpus.documents() seeds a world with
    seed * 1000003 + i * 7 + family number, so this family's document i would otherwise share its
    seed (and Faker's ID numbers and phones) with another family's document."""

    def run(doc: Doc) -> None:
        doc.r.seed(f"holdout12:{doc.r.getrandbits(64)}")
        doc.w.fk.seed_instance(doc.r.getrandbits(64))
        template(doc)

    run.__doc__ = template.__doc__
    return run


HOLDOUT12: dict[str, Callable[[Doc], None]] = {
    name: _own_streams(fn)
    for name, fn in {
        "pub_lines": p_pub_lines,
        "pub_table": p_pub_table,
        "pub_list": p_pub_list,
        "onsite": s_onsite,
        "live": m_live,
        "elevator": m_elevator,
        "stall": m_stall,
        "dog": c_dog,
        "noise": c_noise,
        "muck": c_muck,
        "realty": h_realty,
        "property": h_property,
        "venue": v_venue,
        "hearing": a_hearing,
        "closing": a_closing,
        "lenient": l_lenient,
    }.items()
}
