"""Fifteenth held-out family (``holdout15``): written before the engine ran on it, by a writer who
never read the engine's code or its documentation, so its first run is an honest first-run
measurement.

Two ways documents reach a publication pipeline that are not clean text, and areas not used before:

* OCR of scanned paper documents (about 40 % of the family). After a template has written its
  document, ``_ocr`` post-processes the whole text the way a scanner's OCR engine does: some lines
  come out letter-spaced (``当 事 人：张 伟``), full-width and half-width punctuation and digits are
  mixed (``：``/``:``, ``（``/``(``, ``１２``/``12``), the letter O stands for 0 and l or I for 1 inside
  some numbers (an ID number ``11O1O11990O3O71234`` is still that person's id_number), a comma or
  a full stop is dropped or doubled, a line is broken mid-sentence and a page number turns up in
  the middle. Every gold item's offsets are shifted and its text re-sliced; the seal text (the
  agency's name above the date) is left untouched.
* Spreadsheet and database exports (about 20 %): 行政处罚结果信息 and 行政许可信息 as CSV (header row,
  comma-separated, some or all fields quoted, Excel's leading apostrophe in front of some ID
  numbers) and JSON dumps of 12315 complaints and penalty records (``"姓名": "…"``). Natural
  persons' names and 证件号码 are hidden; companies' names, codes and 法定代表人 stay (the legal
  representative's own ID number, where an export carries it, is hidden); a 个体工商户's name and
  code stay and its 经营者 is hidden; a natural person's 许可编号 (作业人员证, 建造师注册证书, 取水许可)
  is other_id.
* Areas not used before: 网络订餐 (a kitchen in a rented flat, the rider, the customer and the
  delivery address), 广告 (a live-stream host's real name next to her stage name, which is left
  unannotated, and her 抖音号 as contact), 商标 (a market stall selling fake 李宁 / 王老吉 / 张小泉
  goods, the supplier's 微信号), 特种设备 (a forklift driver without and a colleague with a
  特种设备作业人员证), 工程质量 (项目经理 with 注册建造师 number, homeowners by flat), 水利 (a well
  without 取水许可, sand piled in a river), 气象 (a drone that hit an automatic weather station;
  the pilot's 实名登记号 is other_id), 文物 (a villager digging inside a protected site), 民政
  (a burial on forest land, the family), 人防 (a rented shelter), 统计 (a self-employed respondent
  who refused the census form or under-reported his income, which is financial), plus a scanned
  询问笔录 and replies to complainants.

People are named once or again, by surname and title only (王师傅, 李老板: not annotated), in
、-lists, with an age or an amount right after the name, as 其妻X / 其子X and in 问/答. Protected
lookalikes: shops and brands carrying names (老周麻辣烫, 李宁, 林德), roads and villages named after
people and families (中山路, 周家垄村), officers and their 执法证号, permit numbers, 文号, dates in
several styles, amounts, and ordinary words that begin with a surname (马路, 高温, 周边 …: term).

Names come from this module's own pools: about 85 % common surnames drawn by population share,
7 % less common ones, 3 % compound, 3 % names that are ordinary words, 2 % minority names; given
names of one or two characters by sex and decade of birth, and ID numbers that agree with the
birth date and sex (about 4 % carry a wrong check character).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sanxiang.kernel.identifiers import citizen_id_check_char

from .people import PROVINCE_SHORT, REGIONS, Person
from .templates import Doc

# ---- name pools --------------------------------------------------------------------------------

# The commonest hundred surnames with their share of the population (per ten thousand, rounded).
_COMMON15 = (
    "王712 李700 张674 刘544 陈453 杨311 黄224 赵202 吴183 周174 徐130 孙125 马123 朱115 胡106 "
    "郭100 何99 林97 高96 罗95 郑85 梁77 谢69 宋63 唐62 许60 韩57 冯56 邓55 曹54 彭53 曾52 肖51 "
    "田48 董47 袁45 潘44 于43 蒋42 蔡41 余40 杜40 叶40 程39 苏38 魏37 吕36 丁35 任34 沈33 姚33 "
    "卢32 姜31 崔31 钟30 谭30 陆29 汪28 范27 金27 石26 廖26 贾25 夏24 韦24 付23 方23 白22 邹22 "
    "孟21 熊21 秦21 邱21 江20 尹20 薛19 闫19 段18 雷18 侯18 龙17 史17 陶16 黎16 贺16 顾15 毛15 "
    "郝15 龚15 邵14 万14 钱14 严13 覃13 武13 戴13 莫12 孔12 向12 汤12"
)
COMMON15 = [s[0] for s in _COMMON15.split()]
COMMON15_W = [int(s[1:]) for s in _COMMON15.split()]
UNCOMMON15 = "柏卜车仇丛褚符甘管霍纪焦荆寇匡蓝郎冷连练栾麦满米宁欧蒲戚祁瞿阙饶芮尚佘滕佟屠庹危温巫奚项辛邢宣鄢仰伊游禹郁岳臧翟湛甄仲祝卓宗左"
COMPOUND15 = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "司徒", "令狐", "慕容", "公孙", "夏侯", "尉迟", "端木",
              "独孤"]  # fmt: skip
# Given names that are ordinary words: (sex, the generation that got them).
WORD_GIVEN15 = {"国庆": ("男", "old"), "卫东": ("男", "old"), "新民": ("男", "old"), "光荣": ("男", "old"),
                "友谊": ("女", "old"), "秋菊": ("女", "old"), "朝霞": ("女", "mid"), "春风": ("男", "mid"),
                "彩虹": ("女", "mid"), "海燕": ("女", "mid"), "晨光": ("男", "mid"), "雪松": ("男", "mid"),
                "前程": ("男", "young"), "天明": ("男", "young"), "雨露": ("女", "young"), "蓝天": ("男", "young")}  # fmt: skip
# Whole names that are ordinary words.
WORD_FULL15 = {"高峰": "男", "方圆": "男", "江河": "男", "石磊": "男", "夏雨": "女", "白露": "女", "金秋": "女",
               "常胜": "男", "万里": "男", "秦岭": "男", "安康": "男", "黎明": "男", "温暖": "女", "林立": "男",
               "严谨": "男", "柳絮": "女"}  # fmt: skip
MINORITY15 = [("买买提·吐尔逊", "男", "维吾尔族"), ("阿依努尔·热合曼", "女", "维吾尔族"),
              ("艾尔肯·司马义", "男", "维吾尔族"), ("帕提古丽·阿布都", "女", "维吾尔族"),
              ("努尔兰·哈布都拉", "男", "哈萨克族"), ("加娜尔·别克", "女", "哈萨克族"),
              ("索朗次仁", "男", "藏族"), ("央金卓玛", "女", "藏族"), ("达瓦顿珠", "男", "藏族"),
              ("巴图孟和", "男", "蒙古族"), ("萨仁高娃", "女", "蒙古族"), ("阿西木呷", "男", "彝族"),
              ("马海阿依", "女", "彝族")]  # fmt: skip
# Given names by generation (born before 1968, 1968-82, 1983-96, 1997-2010, later) and sex.
GIVEN15 = {
    ("old", "男", 1): "林福贵山海忠全成和明",
    ("old", "女", 1): "英兰珍凤芬梅娥秀菊",
    ("old", "男", 2): "国华 德明 长富 金山 永福 春生 树林 福生 建华 文华 志高 兴旺 玉林 正荣 炳坤 茂才 根宝 水生 "
                      "德胜 来喜",
    ("old", "女", 2): "秀英 桂兰 玉兰 凤英 秀珍 淑芬 金凤 月娥 素珍 翠兰 桂香 玉珍 冬梅 彩凤 秀梅 玉莲 兰英 爱华 "
                      "美玉 桂芳",
    ("mid", "男", 1): "军伟刚勇斌平强东兵宏",
    ("mid", "女", 1): "红萍燕丽霞娟敏华芳",
    ("mid", "男", 2): "志刚 海涛 建平 晓东 立新 永刚 文军 小平 宏伟 少华 卫民 向东 建明 红兵 志勇 庆华 振国 海滨 "
                      "玉龙 利民",
    ("mid", "女", 2): "丽华 红梅 晓燕 春梅 丽萍 雪梅 艳红 丽娟 爱萍 红霞 美玲 素琴 丽芬 晓玲 春燕 小红 月华 玉红 "
                      "建英 小琴",
    ("young", "男", 1): "磊涛鹏超亮杰浩俊健楠",
    ("young", "女", 1): "静婷丹倩娜慧琳莉洁瑜",
    ("young", "男", 2): "俊杰 鹏飞 志伟 文博 家豪 晓峰 宇航 浩然 嘉俊 永康 伟鹏 建锋 国栋 少杰 明辉 泽龙 锦涛 "
                        "晓龙 振宇 凯旋",
    ("young", "女", 2): "婷婷 丹丹 晓丽 倩倩 雅琴 慧敏 静怡 佳琪 文静 晓琳 美琪 秋霞 露露 园园 丽娜 思思 梦婷 "
                        "晓敏 佳慧 小艳",
    ("new", "男", 1): "晨宇博凯航昊轩毅",
    ("new", "女", 1): "悦琪萌瑶欣妍璐彤",
    ("new", "男", 2): "子轩 浩宇 宇轩 俊熙 梓豪 博文 天佑 一鸣 思远 家乐 皓然 俊宇 明哲 子健 宇泽 嘉豪",
    ("new", "女", 2): "欣怡 梓涵 诗涵 雨涵 可欣 思琪 梦瑶 佳怡 语嫣 紫萱 雨萱 婉婷 晓彤 若曦 心怡 钰涵",
    ("kid", "男", 1): "睿宸诺晨",
    ("kid", "女", 1): "萱彤玥琳",
    ("kid", "男", 2): "沐宸 梓睿 奕辰 锦程 子墨 宥赫 煜祺 铭轩",
    ("kid", "女", 2): "一诺 芊羽 语桐 沐晴 梓萌 可馨 安琪 星玥",
}  # fmt: skip

# ---- places, organisations, words --------------------------------------------------------------

_DIST_CODE = {"南山区": "440305", "龙华区": "440309", "天河区": "440106", "新会区": "440705", "清城区": "441802",
              "西湖区": "330106", "瑞安市": "330381", "鼓楼区": "320106", "昆山市": "320583", "武侯区": "510107",
              "涪城区": "510703", "岳麓区": "430104", "洪山区": "420111", "金水区": "410105", "龙安区": "410506",
              "历下区": "370102", "黄岛区": "370211", "思明区": "350203", "砀山县": "341321", "章贡区": "360702",
              "朝阳区": "110105", "浦东新区": "310115", "渝北区": "500112", "南开区": "120104", "青秀区": "450103",
              "五华区": "530102", "雁塔区": "610113", "竞秀区": "130602", "甘井子区": "210211", "汇川区": "520303"}  # fmt: skip
# Where people who moved to a city were born (their ID numbers keep the code).
HOMETOWN15 = ["430528", "412826", "342201", "511321", "452123", "360721", "421127", "431028", "522126", "620522",
              "130624", "371327", "441581", "445222", "350583", "412723", "513022", "450881"]  # fmt: skip
_MUNICIPAL = {"北京市": "京", "上海市": "沪", "重庆市": "渝", "天津市": "津"}
_AREA15 = {"深圳市": "0755", "广州市": "020", "江门市": "0750", "清远市": "0763", "杭州市": "0571", "温州市": "0577",
           "南京市": "025", "苏州市": "0512", "成都市": "028", "绵阳市": "0816", "长沙市": "0731", "武汉市": "027",
           "郑州市": "0371", "安阳市": "0372", "济南市": "0531", "青岛市": "0532", "厦门市": "0592", "宿州市": "0557",
           "赣州市": "0797", "北京市": "010", "上海市": "021", "重庆市": "023", "天津市": "022", "南宁市": "0771",
           "昆明市": "0871", "西安市": "029", "保定市": "0312", "大连市": "0411", "遵义市": "0851"}  # fmt: skip
SUBDISTRICTS15 = ["城东街道", "桂花街道", "永安街道", "青龙街道", "海晏街道", "白鹭街道", "新城街道", "长乐街道",
                  "金桥街道", "西园街道"]  # fmt: skip
ROADS15 = ["兴华路", "育才路", "民主路", "花城大道", "五一路", "工农路", "滨江东路", "望湖路", "翠竹路", "春晖路",
           "文昌街", "朝阳北路", "公园路", "仙湖路", "鹤山路", "建国路"]  # fmt: skip
# Roads named after people: they stay (place).
PERSON_ROADS = [
    "中山路",
    "中山大道",
    "逸仙路",
    "鲁迅路",
    "黄兴路",
    "蔡锷路",
    "仲恺路",
    "廖仲恺路",
    "秋瑾路",
    "子龙路",
]
ESTATES15 = ["阳光雅苑", "嘉华苑", "枫丹丽舍", "春和景明", "鸿福家园", "天悦湾", "万科城", "碧桂园凤凰湾", "中海锦城",
             "怡和新村", "学府名都", "金地名峰", "龙湖春江郦城", "兴业小区", "柏林春天", "滨湖壹号"]  # fmt: skip
TOWNS15 = ["长岭镇", "石门镇", "黄坑镇", "永和镇", "龙泉镇", "大坪乡", "河坝镇", "沙溪镇"]
# Villages, several named after families: as an event location they stay (place).
VILLAGES15 = ["王家庄村", "刘家湾村", "陈屋村", "下洋村", "石角村", "杨梅坑村", "枫树坪村", "大塘村", "马鞍村",
              "周家垄村", "罗坑村", "新联村", "李家坝村", "何庄村"]  # fmt: skip
TRADE15 = ["德润", "汇丰源", "鑫盛", "广和", "同创", "嘉禾", "正邦", "恒通", "华茂", "联发", "益康", "盛达", "宏基",
           "天瑞", "致远", "金穗", "晟通", "利源", "福瑞", "安泰"]  # fmt: skip
CN_DIGITS = "〇一二三四五六七八九"
_UP = "零壹贰叁肆伍陆柒捌玖"

_AGENCY15 = {
    "market": "市场监督管理局",
    "housing": "住房和城乡建设局",
    "water": "水务局",
    "weather": "气象局",
    "culture": "文化广电旅游体育局",
    "civil": "民政局",
    "defence": "人民防空办公室",
    "stats": "统计局",
}
_CODE15 = {
    "market": ["市监罚", "市监处罚", "市监罚字"],
    "housing": ["建罚", "住建罚字", "建质罚"],
    "water": ["水罚", "水政罚字", "水务罚"],
    "weather": ["气罚", "气象罚字"],
    "culture": ["文旅责改", "文物责改"],
    "civil": ["民殡改", "民政责改字"],
    "defence": ["人防罚", "人防罚字"],
    "stats": ["统执罚", "统罚字"],
}


def _st(doc: Doc) -> dict:
    """This family's per-document state: names used, seal spans, whether the paper was scanned."""
    return doc.w.__dict__.setdefault("h15", {"names": set(), "given": set(), "seal": [], "scan": False})


def _scanned(doc: Doc, p: float) -> bool:
    st = _st(doc)
    st["scan"] = doc.r.random() < p
    return st["scan"]


# ---- people ------------------------------------------------------------------------------------


def _era(born: int) -> str:
    if born < 1968:
        return "old"
    if born < 1983:
        return "mid"
    if born < 1997:
        return "young"
    return "new" if born < 2011 else "kid"


def _given(doc: Doc, sex: str, born: int) -> str:
    r = doc.r
    era = _era(born)
    if r.random() < 0.27:
        return r.choice(GIVEN15[(era, sex, 1)])
    return r.choice(GIVEN15[(era, sex, 2)].split())


def _make_name(doc: Doc, sex: str, born: int, surname: str | None = None) -> tuple[str, str, str]:
    """A full name, its surname and the person's ethnicity; unique within the document (and no given
    name twice)."""
    r = doc.r
    st = _st(doc)
    nm, sn, nation = "", "", "汉族"
    for _ in range(80):
        nation = "汉族" if r.random() < 0.95 else r.choice(["壮族", "回族", "土家族", "满族", "苗族"])
        roll = r.random()
        if surname is not None:
            sn = surname
            nm = sn + _given(doc, sex, born)
        elif roll < 0.85:
            sn = r.choices(COMMON15, COMMON15_W)[0]
            nm = sn + _given(doc, sex, born)
        elif roll < 0.92:
            sn = r.choice(UNCOMMON15)
            nm = sn + _given(doc, sex, born)
        elif roll < 0.95:
            sn = r.choice(COMPOUND15)
            nm = sn + _given(doc, sex, born)
        elif roll < 0.98 and born < 2011:
            if r.random() < 0.5:
                fits = [n for n, s in WORD_FULL15.items() if s == sex]
                nm = r.choice(fits)
                sn = nm[0]
            else:
                fits = [g for g, (s, era) in WORD_GIVEN15.items() if s == sex and era == _era(born)]
                fits = fits or [g for g, (s, _e) in WORD_GIVEN15.items() if s == sex]
                sn = r.choices(COMMON15, COMMON15_W)[0]
                nm = sn + r.choice(fits)
        elif born < 2011:
            fits = [m for m in MINORITY15 if m[1] == sex]
            nm, _s, nation = r.choice(fits)
            sn = ""
        else:
            sn = r.choices(COMMON15, COMMON15_W)[0]
            nm = sn + _given(doc, sex, born)
        given = nm[len(sn) :] if sn else nm
        if nm in st["names"] or (sn and given in st["given"]):
            continue
        break
    st["names"].add(nm)
    if sn:
        st["given"].add(nm[len(sn) :])
    return nm, sn, nation


def _make_id(doc: Doc, p: Person) -> str:
    r = doc.r
    bd: date = p.extra["birth"]
    code = _DIST_CODE.get(p.region[2], "440305") if r.random() < 0.55 else r.choice(HOMETOWN15)
    seq = f"{r.randint(0, 99):02d}" + r.choice("13579" if p.gender == "男" else "02468")
    first17 = code + bd.strftime("%Y%m%d") + seq
    check = citizen_id_check_char(first17)
    if r.random() < 0.04:
        check = r.choice([c for c in "0123456789" if c != check])
    return first17 + check


def _home(doc: Doc, urban: bool = False) -> str:
    """A home address below the district (the part that is hidden)."""
    r = doc.r
    roll = r.random() * (0.7 if urban else 1.0)
    estate = r.choice(ESTATES15)
    floor, flat = r.randint(1, 33), r.randint(1, 6)
    if roll < 0.35:
        return (f"{r.choice(SUBDISTRICTS15)}{r.choice(ROADS15)}{r.randint(1, 420)}号{estate}"
                f"{r.randint(1, 22)}栋{r.randint(1, 3)}单元{floor}{flat:02d}室")  # fmt: skip
    if roll < 0.6:
        return f"{r.choice(ROADS15)}{r.randint(1, 420)}号{estate}{r.randint(1, 22)}幢{floor}{flat:02d}室"
    if roll < 0.7:
        return f"{r.choice(SUBDISTRICTS15)}{estate}{r.randint(1, 9)}期{r.randint(1, 30)}栋{floor}{flat:02d}房"
    return f"{r.choice(TOWNS15)}{r.choice(VILLAGES15)}{r.randint(1, 14)}组{r.randint(1, 160)}号"


def _person(
    doc: Doc,
    *,
    sex: str | None = None,
    born: int | None = None,
    region: tuple[str, str, str] | None = None,
    surname: str | None = None,
    urban: bool = False,
    local: bool = False,
) -> Person:
    r = doc.r
    p = doc.w.person()
    sex = sex or ("男" if r.random() < 0.56 else "女")
    born = born or int(r.triangular(1952, 2004, 1978))
    nm, sn, nation = _make_name(doc, sex, born, surname)
    p.name, p.surname, p.gender = nm, sn, sex
    if region is not None and (local or r.random() < 0.85):
        p.region = region
    p.address_detail = _home(doc, urban)
    p.extra.update(birth=date(born, r.randint(1, 12), r.randint(1, 28)), nation=nation)
    p.id_number = _make_id(doc, p)
    return p


def _kin(doc: Doc, p: Person, rel: str) -> Person:
    """A relative: 妻/夫, 子/女, 父/母, 兄/弟/姐/妹."""
    r = doc.r
    by = p.extra["birth"].year
    han = p.extra["nation"] != "" and p.surname != ""
    sex = "男" if rel in ("子", "夫", "父", "兄", "弟") else "女"
    if rel in ("妻", "夫"):
        return _person(doc, sex=sex, born=by + r.randint(-4, 4), region=p.region)
    if rel in ("子", "女"):
        same = han and (p.gender == "男" or r.random() < 0.1)
        return _person(doc, sex=sex, born=min(by + r.randint(22, 33), 2008), region=p.region,
                       surname=p.surname if same else None)  # fmt: skip
    if rel in ("父", "母"):
        return _person(doc, sex=sex, born=max(by - r.randint(22, 32), 1928), region=p.region,
                       surname=p.surname if han and rel == "父" else None)  # fmt: skip
    shift = r.randint(1, 9) if rel in ("弟", "妹") else -r.randint(1, 9)
    return _person(doc, sex=sex, born=by + shift, region=p.region, surname=p.surname if han else None)


def _age(p: Person, day: date) -> int:
    b: date = p.extra["birth"]
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def _rel_word(p: Person, rel: str) -> str:
    return {"妻": "妻子", "夫": "丈夫", "子": "儿子", "女": "女儿", "父": "父亲", "母": "母亲", "兄": "哥哥",
            "弟": "弟弟", "姐": "姐姐", "妹": "妹妹"}[rel]  # fmt: skip


def _rel_short(doc: Doc, p: Person, rel: str) -> str:
    """妻子 or, as documents often write it after 其/之, just 妻."""
    return rel if doc.r.random() < 0.5 else _rel_word(p, rel)


def _spouse(p: Person) -> str:
    return "妻" if p.gender == "男" else "夫"


# ---- numbers -----------------------------------------------------------------------------------


def _digits(doc: Doc, n: int) -> str:
    return str(doc.r.randint(1, 9)) + "".join(str(doc.r.randint(0, 9)) for _ in range(n - 1))


def _short(region: tuple[str, str, str]) -> str:
    return PROVINCE_SHORT[region[0]] if region[0] else _MUNICIPAL[region[1]]


def _plate(doc: Doc, region: tuple[str, str, str]) -> str:
    r = doc.r
    short = {"黔": "贵"}.get(_short(region), _short(region))
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    tail = [r.choice("0123456789") for _ in range(5)]
    for i in r.sample(range(4), r.randint(0, 2)):
        tail[i] = r.choice(letters)
    return short + r.choice("ABCDEFGH") + "".join(tail)


def _wechat(doc: Doc) -> str:
    r = doc.r
    stem = r.choice(["xiao", "ah", "lao", "da", "mm", "jj", "hao", "yun", "tian", "feng"])
    stem += r.choice(["hua", "ming", "qiang", "li", "jun", "fang", "bao", "long", "mei", "xin"])
    return stem + r.choice(["", "_", ""]) + str(r.randint(7, 9999))


def _douyin(doc: Doc) -> str:
    r = doc.r
    if r.random() < 0.4:
        return _digits(doc, r.randint(9, 11))
    return r.choice(["dy", "ks", "xm", "nongjia", "jk", "ys"]) + _wechat(doc)[:6] + str(r.randint(10, 999))


def _permit_food(doc: Doc, region: tuple[str, str, str]) -> str:
    return f"JY{doc.r.choice('123')}{_DIST_CODE[region[2]]}{_digits(doc, 6)}{doc.r.randint(0, 9)}"


def _builder_no(doc: Doc, region: tuple[str, str, str], year: int) -> str:
    r = doc.r
    return f"{_short(region)}{r.choice('12')}{_DIST_CODE[region[2]][:4]}{year}{r.randint(0, 99999):05d}"


def _operator_cert(doc: Doc, region: tuple[str, str, str]) -> str:
    r = doc.r
    if r.random() < 0.5:
        return f"TS{_short(region)}{r.choice('ABCDE')}{r.randint(2016, 2023)}{r.randint(0, 999999):06d}"
    return f"{_short(region)}{r.choice('ABCDE')}N1{r.randint(2015, 2023)}{r.randint(0, 99999):05d}"


def _upper(v: int) -> str:
    def four(n: int) -> str:
        out, zero = "", False
        for p, u in ((1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
            d = n // p % 10
            if d == 0:
                zero = bool(out)
                continue
            if zero:
                out += "零"
                zero = False
            out += _UP[d] + u
        return out

    hi, lo = divmod(v, 10000)
    if hi == 0:
        return four(lo)
    s = four(hi) + "万"
    if lo == 0:
        return s
    return s + ("零" if lo < 1000 else "") + four(lo)


def _fine(doc: Doc, lo: int, hi: int, step: int = 100) -> int:
    return doc.r.randrange(lo // step, hi // step + 1) * step


def _money(doc: Doc, v: int, style: str | None = None) -> Doc:
    r = doc.r
    style = style or r.choice(["yuan", "yuan", "yuan", "comma", "wan", "upper"])
    if style == "upper":
        return doc.t("人民币").k("amount", f"{_upper(v)}元整")
    if style == "comma":
        return doc.k("amount", f"{v:,}.00元" if r.random() < 0.5 else f"{v:,}元")
    if style == "wan" and v % 100 == 0 and v >= 10000:
        return doc.k("amount", f"{v / 10000:g}万元")
    return doc.k("amount", f"{v}元")


# ---- dates -------------------------------------------------------------------------------------


def _cn_small(n: int) -> str:
    tens, ones = divmod(n, 10)
    if tens == 0:
        return CN_DIGITS[ones]
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def _ds(day: date, style: str = "cn") -> str:
    if style == "upper":
        return (
            "".join(CN_DIGITS[int(c)] for c in str(day.year))
            + f"年{_cn_small(day.month)}月{_cn_small(day.day)}日"
        )
    if style == "dash":
        return f"{day:%Y-%m-%d}"
    if style == "slash":
        return f"{day.year}/{day.month}/{day.day}"
    if style == "dot":
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    if style == "md":
        return f"{day.month}月{day.day}日"
    return f"{day.year}年{day.month}月{day.day}日"


def _d(doc: Doc, day: date, style: str = "cn") -> Doc:
    return doc.k("date", _ds(day, style))


def _timeline(doc: Doc, n: int, span: int = 160, years: tuple[int, ...] = (2023, 2024, 2024, 2025),
              latest: date | None = None) -> list[date]:  # fmt: skip
    """n sorted distinct days ending with the document's date."""
    r = doc.r
    y = r.choice(years)
    end = date(y, 1, 10) + timedelta(days=r.randint(0, 340))
    latest = latest or date(2025, 6, 30)
    if end > latest:
        end = latest - timedelta(days=r.randint(0, 60))
    days = sorted(r.sample(range(1, span), n - 1), reverse=True)
    return [end - timedelta(days=k) for k in days] + [end]


# ---- agencies and parties ----------------------------------------------------------------------


def _local(region: tuple[str, str, str]) -> str:
    return region[2] if region[2].endswith("市") else region[1] + region[2]


def _agency(doc: Doc, region: tuple[str, str, str], domain: str) -> str:
    """The agency's name, written the same way throughout one document."""
    cache = _st(doc).setdefault("agencies", {})
    key = (region, domain)
    if key not in cache:
        suffix = _AGENCY15[domain]
        short = region[2].endswith("市") or doc.r.random() < 0.35
        cache[key] = region[2] + suffix if short else region[1] + region[2] + suffix
    return cache[key]


def _docno(doc: Doc, region: tuple[str, str, str], domain: str, year: int) -> str:
    r = doc.r
    head = region[2][:2] if len(region[2]) > 2 else region[2][:1]
    code = r.choice(_CODE15[domain])
    n = r.randint(1, 460) if domain in ("market", "housing") else r.randint(1, 48)
    roll = r.random()
    if roll < 0.6:
        return f"{head}{code}〔{year}〕{n}号"
    if roll < 0.85:
        return f"{head}{code}〔{year}〕第{n}号"
    return f"{head}{code}[{year}]{n:03d}号"


def _head(doc: Doc, region: tuple[str, str, str], domain: str, day: date, title: str,
          summary: tuple[list, str, str] | None = None) -> tuple[str, str]:  # fmt: skip
    """Agency, title and 文号. A market-regulation decision is sometimes preceded by its
    行政处罚信息摘要 (party, violation type, penalty)."""
    agency = _agency(doc, region, domain)
    docno = _docno(doc, region, domain, day.year)
    if summary is not None and doc.r.random() < 0.35:
        party, vtype, content = summary
        doc.t("行政处罚信息摘要\n行政处罚决定书文号：").k("doc_number", docno).t("\n当事人：")
        _emit(doc, party)
        doc.t(f"\n违法行为类型：{vtype}\n行政处罚内容：{content}\n作出行政处罚决定的行政机关：").k(
            "agency_name", agency
        )
        doc.t("\n作出行政处罚决定的日期：")
        _d(doc, day).t("\n\n")
    doc.k("agency_name", agency).t("\n", title, "\n").k("doc_number", docno).t("\n\n")
    return agency, docno


def _landline(doc: Doc, region: tuple[str, str, str]) -> str:
    area = _AREA15.get(region[1], "0755")
    n = 8 if len(area) == 3 else 7
    return f"{area}-{_digits(doc, n)}"


def _agency_address(doc: Doc, region: tuple[str, str, str]) -> str:
    r = doc.r
    road = r.choice(ROADS15 + PERSON_ROADS[:3])
    return (
        _local(region)
        + f"{road}{r.randint(1, 320)}号"
        + r.choice(["", "政务服务中心", "行政办公大楼", "综合楼"])
    )


def _foot(doc: Doc, agency: str, region: tuple[str, str, str], day: date, contact: str | None = None) -> None:
    r = doc.r
    doc.t("\n\n")
    start = doc.n
    doc.k("agency_name", agency)
    _st(doc)["seal"].append((start, doc.n))
    doc.t("\n")
    _d(doc, day, "upper" if r.random() < 0.45 else "cn").t("\n")
    if r.random() < 0.6:
        doc.t("\n（本机关地址：").k("agency_address", _agency_address(doc, region)).t("；联系电话：")
        doc.k("agency_phone", _landline(doc, region))
        if contact:
            doc.t("；联系人：").k("officer_name", contact)
        doc.t("）\n")


def _relief(doc: Doc, region: tuple[str, str, str], upper: str | None = None, word: str = "处罚决定") -> None:
    r = doc.r
    gov = upper or (_local(region) + "人民政府")
    court = _local(region) + "人民法院"
    doc.t(f"当事人如不服本{word}，可以在收到本决定书之日起六十日内向").k("agency_name", gov)
    doc.t("申请行政复议；也可以在" + r.choice(["六个月", "6个月"]) + "内依法向").k("agency_name", court)
    doc.t("提起行政诉讼。行政复议和行政诉讼期间，本决定不停止执行。\n")


def _pay(doc: Doc) -> None:
    doc.t(
        "当事人应当自收到本决定书之日起十五日内，持本决定书到指定银行或者通过电子支付系统缴纳罚没款。逾期不缴纳罚款的，本机关可以依据"
    )
    doc.k("law_title", "《中华人民共和国行政处罚法》").k("article", "第七十二条第一款第（一）项")
    doc.t("的规定，每日按罚款数额的百分之三加处罚款。\n")


def _cert(doc: Doc, region: tuple[str, str, str]) -> str:
    r = doc.r
    code = _DIST_CODE[region[2]]
    roll = r.random()
    if roll < 0.4:
        return f"{code[:2]}{r.randint(0, 999999):06d}{r.randint(0, 999):03d}"
    if roll < 0.7:
        return f"{_short(region)}执字第{r.randint(10000, 999999)}号"
    return f"{code}{r.randint(0, 99999999):08d}"


def _officers(doc: Doc, region: tuple[str, str, str], n: int = 2) -> list[tuple[str, str]]:
    r = doc.r
    out = []
    for _ in range(n):
        nm, _sn, _e = _make_name(doc, "男" if r.random() < 0.62 else "女", r.randint(1966, 1998))
        out.append((nm, _cert(doc, region)))
    return out


def _officer_line(doc: Doc, offs: list[tuple[str, str]], lead: str = "本局执法人员") -> Doc:
    r = doc.r
    doc.t(lead)
    if r.random() < 0.5:
        for i, (nm, cert) in enumerate(offs):
            doc.t("、" if i else "").k("officer_name", nm).t("（执法证号：").k("officer_cert", cert).t("）")
    else:
        for i, (nm, _c) in enumerate(offs):
            doc.t("、" if i else "").k("officer_name", nm)
        doc.t("（执法证号分别为")
        for i, (_n, cert) in enumerate(offs):
            doc.t("、" if i else "").k("officer_cert", cert)
        doc.t("）")
    return doc


def _addr(doc: Doc, p: Person, mode: str | None = None) -> Doc:
    """Region prefix (stays) and the home address detail (hidden)."""
    r = doc.r
    mode = mode or r.choice(["full", "full", "city", "bare"])
    if mode == "full":
        doc.t("".join(p.region))
    elif mode == "city":
        doc.t(_local(p.region))
    return doc.p("address", p.address_detail)


def _idn(doc: Doc, p: Person) -> Doc:
    s = p.id_number
    if not _st(doc)["scan"] and doc.r.random() < 0.2:
        s = doc.w.disguise_number(s, (6, 8, 4))
    return doc.p("id_number", s)


def _phone(doc: Doc, p: Person) -> Doc:
    s = p.phone
    if not _st(doc)["scan"] and doc.r.random() < 0.15:
        s = doc.w.disguise_number(s, (3, 4, 4))
    return doc.p("phone", s)


def _birth(p: Person, style: str = "cn") -> str:
    b: date = p.extra["birth"]
    return _ds(b, style)


def _party(doc: Doc, p: Person, label: str = "当事人", day: date | None = None) -> None:
    """A natural person's block at the head of a decision."""
    r = doc.r
    style = r.randint(0, 3)
    nation = p.extra["nation"] or "汉族"
    if style == 0:
        doc.t(f"{label}：").name(p).t(
            f"，性别：{p.gender}，民族：{nation}，出生日期：{_birth(p)}，公民身份号码："
        )
        _idn(doc, p).t("，住址：")
        _addr(doc, p, "full").t("，联系电话：")
        _phone(doc, p).t("。\n")
    elif style == 1:
        doc.t(f"{label}：").name(p).t("\n").t(
            f"性别：{p.gender}    出生年月：{p.extra['birth'].year}年{p.extra['birth'].month}月\n"
        )
        doc.t("身份证号码：")
        _idn(doc, p).t("\n住所：")
        _addr(doc, p).t("\n联系电话：")
        _phone(doc, p).t("\n")
    elif style == 2:
        doc.t(f"{label}").name(p).t(f"，{p.gender}，{_birth(p)}出生，{nation}，住")
        _addr(doc, p, r.choice(["full", "city"])).t("，公民身份号码")
        _idn(doc, p).t("。\n")
    else:
        age = _age(p, day or date(2024, 6, 1))
        doc.t(f"{label}：").name(p).t("（身份证号：")
        _idn(doc, p).t(f"），{p.gender}，{age}岁，户籍地址：")
        _addr(doc, p, "full").t("，联系电话：")
        _phone(doc, p).t("\n")


def _company_name(doc: Doc, region: tuple[str, str, str], kinds: list[str]) -> str:
    r = doc.r
    city = region[1][:-1] if r.random() < 0.3 else region[1]
    roll = r.random()
    if roll < 0.18:
        head = r.choice(COMMON15[:40]) + r.choice(["氏", "记", "家"])
    else:
        head = r.choice(TRADE15)
    return city + head + r.choice(kinds) + r.choice(["有限公司", "有限公司", "有限责任公司"])


def _reg_addr(doc: Doc, region: tuple[str, str, str]) -> str:
    r = doc.r
    road = r.choice(ROADS15 + PERSON_ROADS)
    pre = "".join(region) if r.random() < 0.4 else _local(region)
    return pre + f"{road}{r.randint(1, 480)}号" + r.choice(["", "101", "一楼", "A栋3层", "厂房2栋", "201室"])


def _rep(doc: Doc, region: tuple[str, str, str]) -> Person:
    return _person(
        doc, sex="男" if doc.r.random() < 0.75 else "女", born=doc.r.randint(1962, 1992), region=region
    )


def _company(doc: Doc, region: tuple[str, str, str], co: str, rep: Person, label: str = "当事人") -> None:
    r = doc.r
    w = doc.w
    if r.random() < 0.33:
        doc.keep.append(rep.name)
    if r.random() < 0.7:
        doc.t(f"{label}：").k("org_name", co).t("\n统一社会信用代码：").k("credit_code", w.uscc()).t("\n")
        doc.t(r.choice(["住所：", "住所地：", "地址："])).k("registered_address", _reg_addr(doc, region)).t(
            "\n"
        )
        doc.t(r.choice(["法定代表人：", "法定代表人（负责人）："])).k("legal_rep", rep.name).t("\n")
    else:
        doc.t(f"{label}").k("org_name", co).t("，统一社会信用代码").k("credit_code", w.uscc()).t("，住所")
        doc.k("registered_address", _reg_addr(doc, region)).t("，法定代表人").k("legal_rep", rep.name).t(
            "。\n"
        )


def _business(doc: Doc, region: tuple[str, str, str], shop: str, op: Person, label: str = "当事人",
              place: str | None = None) -> None:  # fmt: skip
    r = doc.r
    doc.t(f"{label}：").k("org_name", shop).t("（个体工商户）\n统一社会信用代码：").k(
        "credit_code", doc.w.uscc("92")
    )
    doc.t("\n经营场所：").k("registered_address", place or _reg_addr(doc, region)).t("\n")
    doc.t("经营者：").name(op).t(f"，{op.gender}，公民身份号码：")
    _idn(doc, op)
    if r.random() < 0.6:
        doc.t("，联系电话：")
        _phone(doc, op)
    doc.t("\n")


def N(p: Person) -> tuple[str, str, int]:
    return ("person_name", p.name, p.pid)


def T(s: str) -> tuple[None, str, None]:
    return (None, s, None)


def _evidence(doc: Doc, lines: list[list], short: str) -> None:
    """The evidence paragraph: a numbered list (as most decisions have it) or one sentence."""
    if doc.r.random() < 0.35:
        doc.t(short)
        return
    doc.t(
        doc.r.choice(["上述事实，有以下证据证明：\n", "以上事实，主要有下列证据证实：\n", "本案证据如下：\n"])
    )
    for i, segs in enumerate(lines, 1):
        doc.t(f"{i}.")
        _emit(doc, segs)
        doc.t("；\n" if i < len(lines) else "。\n")


def _notice(doc: Doc, day: date, hearing: bool = False) -> None:
    _d(doc, day).t(
        "，本局依法向当事人送达了《行政处罚告知书》，告知当事人拟作出行政处罚的事实、理由、依据、处罚内容，"
    )
    doc.t("以及当事人依法享有的陈述、申辩" + ("、要求听证" if hearing else "") + "等权利。")


# ---- OCR of a scanned page ---------------------------------------------------------------------

_TO_HALF = {"：": ":", "（": "(", "）": ")", "，": ",", "；": ";"}
_HALF_RATE = {"：": 0.18, "（": 0.14, "）": 0.14, "，": 0.03, "；": 0.06}
_TO_FULL = {":": "：", "(": "（", ")": "）"}
_PAGE_MARKS = ["- 1 -", "第1页 共2页", "第 1 页", "1/2", "—1—"]


def _cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _ocr(doc: Doc) -> None:
    """Turn the finished document into what OCR of a scanned print-out gives, keeping gold exact."""
    r = doc.r
    st = _st(doc)
    text = doc.text
    n = len(text)
    items = doc.pii + doc.protected
    inside = [False] * n
    for it in items:
        for k in range(it["start"], it["end"]):
            inside[k] = True
    frozen = [False] * n
    for s, e in st["seal"]:
        for k in range(s, e):
            frozen[k] = True
    counts = st.setdefault("noise", {})

    def bump(key: str, v: int = 1) -> None:
        counts[key] = counts.get(key, 0) + v

    sub = list(text)
    # numbers: a whole run set in full-width digits, or O for 0 and l / I for 1 inside it
    k = 0
    while k < n:
        if text[k].isascii() and text[k].isdigit():
            j = k
            while j < n and text[j].isascii() and (text[j].isdigit() or text[j] == "X"):
                j += 1
            if not any(frozen[k:j]):
                length = j - k
                roll = r.random()
                if length >= 2 and roll < 0.05:
                    for q in range(k, j):
                        if text[q].isdigit():
                            sub[q] = chr(ord(text[q]) + 0xFEE0)
                    bump("width_digits")
                elif length >= 4 and roll < 0.32:
                    o_rate = r.choice([0.4, 0.7, 1.0])
                    for q in range(k, j):
                        if text[q] == "0" and r.random() < o_rate:
                            sub[q] = "O"
                            bump("O_for_0")
                        elif text[q] == "1" and r.random() < 0.25:
                            sub[q] = r.choice("lI")
                            bump("l_for_1")
            k = j
        else:
            k += 1
    for k, c in enumerate(text):
        if frozen[k] or sub[k] != c:
            continue
        if c == "〇" and r.random() < 0.3:
            sub[k] = r.choice("O0")
            bump("O_for_0")
        elif c in _TO_HALF and r.random() < _HALF_RATE[c]:
            sub[k] = _TO_HALF[c]
            bump("width_punct")
        elif c in _TO_FULL and r.random() < 0.2:
            sub[k] = _TO_FULL[c]
            bump("width_punct")
        elif c in "，、。；" and not inside[k] and r.random() < 0.012:
            sub[k] = ""
            bump("dropped_punct")
        elif c in "，。、：" and not inside[k] and r.random() < 0.006:
            sub[k] = c + c
            bump("doubled_punct")
    # lines: some letter-spaced, some broken in the middle, a page number at a line boundary
    starts = [0] + [k + 1 for k, c in enumerate(text) if c == "\n"]
    line_of = [0] * n
    spaced: set[int] = set()
    breaks: set[int] = set()
    for li, s in enumerate(starts):
        e = starts[li + 1] - 1 if li + 1 < len(starts) else n
        for k in range(s, e + (1 if e < n else 0)):
            line_of[k] = li
        if any(frozen[s:e]) or e - s < 4:
            continue
        cjk = sum(1 for c in text[s:e] if _cjk(c))
        if cjk >= 3 and r.random() < (0.16 if e - s <= 24 else 0.05):
            spaced.add(li)
            bump("spaced_lines")
        if e - s >= 36 and r.random() < 0.16:
            for _ in range(6):
                q = r.randint(s + 8, e - 4)
                if not inside[q] or r.random() < 0.15:
                    breaks.add(q)
                    bump("line_breaks")
                    break
    page: dict[int, str] = {}
    if n > 900 and r.random() < 0.5:
        nl = [k + 1 for k, c in enumerate(text) if c == "\n" and 0.4 * n < k < 0.7 * n and k + 1 < n]
        if nl:
            page[r.choice(nl)] = r.choice(_PAGE_MARKS) + "\n"
            bump("page_marks")
    out: list[str] = []
    size = 0
    begin = [0] * n
    finish = [0] * n
    for k in range(n):
        pre = page.get(k, "")
        if k in breaks:
            pre += "\n"
        if (line_of[k] in spaced and k > 0 and _cjk(text[k - 1]) and _cjk(text[k]) and not frozen[k]
                and r.random() < 0.9):  # fmt: skip
            pre += " "
            bump("spaces")
        out.append(pre)
        size += len(pre)
        begin[k] = size
        out.append(sub[k])
        size += len(sub[k])
        finish[k] = size
    new = "".join(out)
    for it in items:
        s, e = it["start"], it["end"]
        it["start"], it["end"] = begin[s], finish[e - 1]
        it["text"] = new[it["start"] : it["end"]]
    doc.parts = [new]
    doc.n = len(new)
    bump("chars", len(new))


# ---- 市场监管: 网络订餐 -------------------------------------------------------------------------

FOOD_HEADS = [
    "老周",
    "阿芳",
    "胖哥",
    "蓉姐",
    "小林",
    "陈记",
    "湘妹子",
    "东北老王家",
    "阿杰",
    "黄记",
    "潮汕阿伯",
    "川妹子",
]
FOOD_KIND = [
    "麻辣烫",
    "猪脚饭",
    "黄焖鸡米饭",
    "螺蛳粉",
    "烧腊饭",
    "煲仔饭",
    "酸菜鱼",
    "卤肉饭",
    "手工水饺",
    "炸鸡汉堡",
]
DISHES = ["卤肉饭", "酸菜鱼套餐", "凉拌鸡丝", "冒菜", "烧鸭饭", "凉皮", "小龙虾", "蛋炒饭", "红油抄手"]
APPS15 = [("美团外卖", "北京三快在线科技有限公司"), ("饿了么", "上海拉扎斯信息科技有限公司")]


def m_delivery(doc: Doc) -> None:
    r = doc.r
    _scanned(doc, 0.35)
    region = r.choice(REGIONS)
    days = _timeline(doc, 7, span=170)
    app, app_co = r.choice(APPS15)
    store = r.choice(FOOD_HEADS) + r.choice(FOOD_KIND)
    op = _person(doc, region=region, born=r.randint(1972, 1999), urban=True, local=True)
    ghost = r.random() < 0.55
    shop = region[2] + store + r.choice(["店", "馆", "小吃店"])
    party = [N(op)] if ghost else [("org_name", shop, None)]
    agency, _no = _head(doc, region, "market", days[-1], "行政处罚决定书",
                        (party, "未取得食品经营许可从事食品经营活动", "没收违法所得、没收工具设备、罚款"))  # fmt: skip
    if ghost:
        _party(doc, op, day=days[-1])
    else:
        _business(doc, region, shop, op)
    cust = _person(doc, born=r.randint(1982, 2005), region=region)
    rider = _person(doc, sex="男" if r.random() < 0.85 else "女", born=r.randint(1978, 2004))
    helper = _kin(doc, op, _spouse(op))
    offs = _officers(doc, region)
    dish = r.choice(DISHES)
    doc.t("\n")
    _d(doc, days[1]).t("，本局接到消费者").name(cust).t(
        r.choice(["通过全国12315平台提交的投诉", "的电话投诉"])
    )
    doc.t("，称其通过“").t(app).t("”平台在“").k("org_name", store).t(
        f"”店铺订购的{dish}，食用后出现腹泻、呕吐等症状。"
    )
    doc.name(cust).t("提供了订单截图及医院门诊病历，订单载明的收货地址为")
    if r.random() < 0.5:
        doc.t(_local(region))
    doc.p("address", _home(doc, True)).t("。\n")
    _d(doc, days[2]).t("，")
    _officer_line(doc, offs)
    if ghost:
        doc.t("根据平台提供的商户入驻信息，前往")
        _addr(doc, op, "city").t("进行检查。该处为当事人租住的住宅，客厅及阳台内设有简易灶台")
        doc.t(f"{r.randint(1, 3)}个、冰柜{r.randint(1, 2)}台，未设置餐用具清洗消毒设施，部分半成品在")
        doc.k("term", "高温").t("环境下敞口存放。当事人").name(op).t(
            "及其" + _rel_short(doc, op, _spouse(op))
        )
        doc.name(helper)
        doc.t("在场。\n经查，当事人未取得食品经营许可，自")
        _d(doc, days[0]).t(f"起在上述住宅内加工制作{dish}等热食类食品，通过“{app}”平台以“").k(
            "org_name", store
        )
        other_op = _person(doc, region=region)
        other = region[2] + r.choice(TRADE15) + r.choice(["小吃店", "快餐店", "面馆"])
        doc.t("”的名义对外销售。该店铺上传的食品经营许可证（许可证编号：").k(
            "permit_number", _permit_food(doc, region)
        )
        doc.t("）系").k("org_name", other).t("所有，该店经营者").name(other_op).t("称其于")
        _d(doc, days[0] - timedelta(days=r.randint(20, 200))).t(
            "将营业执照及许可证照片借给当事人“开网店用”，"
        )
        doc.t(r.choice(["未收取费用。", "当事人每月付给其" + str(r.randint(3, 8)) + "00元。"]))
        doc.t("店铺日常接单、打包由").name(helper).t("负责，外卖由平台骑手上门取餐。骑手").name(rider)
        doc.t(
            f"证实，其{r.choice(['多次', '近两个月几乎每天'])}到该小区取餐，均由一名女子在单元门口交接，小区"
        )
        doc.k("term", "周边").t("并无该店铺的门店。\n")
    else:
        worker = _person(doc, born=r.randint(1966, 1990), region=region)
        doc.t("对当事人的经营场所进行检查。当事人持有的食品经营许可证（许可证编号：").k(
            "permit_number", _permit_food(doc, region)
        )
        doc.t("）载明的经营项目为“预包装食品（不含冷藏冷冻食品）销售”，但当事人自")
        _d(doc, days[0]).t(f"起在店内后厨制售{dish}等热食类食品，并在“{app}”平台上线销售。后厨雇请的厨工")
        doc.name(worker).t(f"（{_age(worker, days[2])}岁）未能出示健康证明。骑手").name(rider)
        doc.t(f"称，该店出餐较慢，常被“{op.surname or op.name[:1]}老板”安排在店门口等候，店里的外卖平时由")
        doc.t("经营者的" + _rel_word(op, _spouse(op))).name(helper).t("打包。\n")
    orders = r.randint(180, 2600)
    sales = r.randint(6000, 90000)
    gain = int(sales * r.uniform(0.55, 0.75))
    doc.k("org_name", app_co).t("根据本局协查函出具了上述店铺的入驻信息及交易数据：自")
    _d(doc, days[0]).t("至")
    _d(doc, days[2]).t(f"，该店铺累计完成订单{orders}单，销售金额")
    _money(doc, sales, "yuan").t("，扣除平台服务费及配送费后，当事人实际收入")
    _money(doc, gain, "yuan").t("。当事人无法提供原料采购凭证，本局认定其违法所得为")
    _money(doc, gain, "yuan").t("。\n")
    _evidence(
        doc,
        [
            [
                T("当事人的身份证复印件" if ghost else "当事人的营业执照、食品经营许可证复印件"),
                T("，证明当事人的主体资格"),
            ],
            [T("现场检查笔录1份、现场照片" + str(r.randint(6, 18)) + "张，证明当事人加工场所的状况")],
            [T("对当事人及"), N(helper), T("、"), N(rider), T("的询问笔录各1份，证明当事人制售食品的经过")],
            [T("投诉人"), N(cust), T("提供的订单截图、门诊病历复印件")],
            [("org_name", app_co, None), T("出具的情况说明及交易明细，证明当事人的销售数量和违法所得")],
        ],
        "以上事实，有现场检查笔录、询问笔录、平台出具的情况说明、订单截图、现场照片等证据证实。\n",
    )
    doc.t(
        "本局认为，网络餐饮服务提供者应当具有实体经营门店并依法取得食品经营许可证，按照许可的经营项目范围从事食品经营。"
    )
    doc.t("当事人的上述行为违反了").k("law_title", "《中华人民共和国食品安全法》").k(
        "article", "第三十五条第一款"
    )
    if ghost:
        doc.t("和").k("law_title", "《网络餐饮服务食品安全监督管理办法》").k("article", "第四条")
    doc.t("的规定，构成未取得食品经营许可从事食品经营活动的违法行为。\n")
    _notice(doc, days[4], hearing=True)
    if r.random() < 0.5:
        doc.t("当事人在法定期限内未提出陈述、申辩。\n")
    else:
        doc.t(
            "当事人提出其系初次经营、家庭困难，请求从轻处罚。经复核，其理由不属于法定从轻情形，本局不予采纳。\n"
        )
    doc.t("依据").k("law_title", "《中华人民共和国食品安全法》").k("article", "第一百二十二条第一款")
    doc.t("的规定，本局决定对当事人作出如下行政处罚：\n1.没收违法所得")
    _money(doc, gain, "yuan").t("；\n2.没收用于违法经营的工具、设备；\n3.罚款")
    _money(doc, _fine(doc, 50000, 80000, 1000)).t("。\n")
    _pay(doc)
    _relief(doc, region)
    _foot(doc, agency, region, days[-1])


# ---- 市场监管: 直播广告 -------------------------------------------------------------------------

STAGE_NAMES = {"女": ["农家小芳", "养生刘姐", "阿梅说健康", "乡村小鹿", "甜甜在山里", "大山里的秀秀", "茶山阿妹", "健康王姐"],
               "男": ["东北大壮", "陈老师讲养生", "山里阿强", "老张说养生", "渔村阿海", "胖哥的小院"]}  # fmt: skip
AD_GOODS = [("苦瓜桑叶固体饮料", "降血糖", "吃了三个月，降糖药都停了"), ("酸枣仁百合膏", "治疗失眠", "失眠十年的人一觉睡到天亮"),
            ("菊苣栀子茶", "降尿酸、治痛风", "痛风再也没犯过"), ("葛根人参压片糖果", "修复肝损伤", "脂肪肝喝没了"),
            ("黑芝麻桑葚丸", "白发变黑、防脱发", "半年长出黑头发")]  # fmt: skip


def m_ad(doc: Doc) -> None:
    r = doc.r
    _scanned(doc, 0.2)
    region = r.choice(REGIONS)
    days = _timeline(doc, 7, span=200)
    host = _person(doc, sex="女" if r.random() < 0.75 else "男", born=r.randint(1984, 2001), region=region)
    agency, _no = _head(doc, region, "market", days[-1], "行政处罚决定书",
                        ([N(host)], "发布违法广告", "责令停止发布广告、消除影响、罚款"))  # fmt: skip
    stage = r.choice(STAGE_NAMES[host.gender])
    app = r.choice(["抖音", "快手", "微信视频号"])
    acct_label = {"抖音": "抖音号", "快手": "快手号", "微信视频号": "视频号ID"}[app]
    goods, claim, quote = r.choice(AD_GOODS)
    producer = _company_name(doc, region, ["生物科技", "食品", "健康科技"])
    prod_rep = _rep(doc, region)
    kin = _kin(doc, host, _spouse(host))
    cousin = _person(doc, sex="女", born=r.randint(1960, 1980), region=region)
    buyers = [_person(doc, born=r.randint(1950, 1995)) for _ in range(r.randint(2, 4))]
    offs = _officers(doc, region)
    doc.t("当事人：").name(host).t(f"，{host.gender}，{_birth(host)}出生，公民身份号码：")
    _idn(doc, host).t("\n网络直播账号昵称：“" + stage + "”，" + acct_label + "：").p(
        "contact", _douyin(doc)
    ).t("\n住所：")
    _addr(doc, host).t("\n")
    mcn = None
    if r.random() < 0.45:
        mcn = _company_name(doc, region, ["文化传媒", "网络科技"])
        mcn_rep = _rep(doc, region)
        doc.t("当事人系").k("org_name", mcn).t("（法定代表人：").k("legal_rep", mcn_rep.name).t(
            "）签约主播。\n"
        )
        _keep(doc, mcn_rep.name)
    doc.t("\n")
    _d(doc, days[2]).t("，本局接到消费者")
    for i, b in enumerate(buyers):
        doc.t("、" if i else "").name(b)
    doc.t(f"等人举报，反映{app}账号“{stage}”在直播中宣称普通食品具有治疗疾病的功效。本局于")
    _d(doc, days[3]).t("立案调查。\n经查，")
    _d(doc, days[0]).t("至")
    _d(doc, days[2]).t(f"，当事人利用其{app}账号进行直播带货，推广销售").k("org_name", producer)
    doc.t(f"生产的“{goods}”（普通食品）。直播中当事人多次宣称该产品可以“{claim}”，称“{quote}”，")
    doc.t("并在直播间展示所谓顾客服用前后的化验单对比。直播画面中以“老顾客”身份出镜的").name(cousin)
    doc.t("系当事人的表姐，").name(cousin).t(
        "陈述其本人并未服用该产品，视频系按当事人要求拍摄。直播间商品链接由"
    )
    doc.t("其" + _rel_short(doc, host, _spouse(host))).name(kin).t("负责上架和客服")
    if r.random() < 0.5:
        doc.t("，直播间公布的客服微信号（").p("contact", _wechat(doc)).t("）系").name(kin).t("本人使用")
    doc.t("。\n")
    b0 = buyers[0]
    doc.t("举报人").name(b0).t(
        f"（{_age(b0, days[2])}岁）称，其母亲看直播后购买了{r.randint(3, 12)}盒该产品，服用期间自行停用药物，"
    )
    doc.t("后因病情加重住院治疗。\n")
    n = r.randint(300, 5000)
    fee = _fine(doc, 3000, 60000, 10)
    doc.t(f"经调取平台后台数据，当事人通过上述链接共销售该产品{n}单，按照与").k("org_name", producer)
    doc.t("签订的推广协议获得佣金")
    _money(doc, fee, "comma").t("，本局认定为本案广告费用。")
    doc.k("org_name", producer).t("的法定代表人").k("legal_rep", prod_rep.name)
    doc.t("称，公司提供给当事人的宣传资料中不含疾病治疗内容，本局对该公司另案调查。\n")
    _keep(doc, prod_rep.name)
    _officer_line(doc, offs, "本案由本局执法人员").t("承办。")
    doc.t(f"执法人员对当事人{app}账号的直播回放视频进行了取证，并对当事人、").name(kin).t("、").name(
        cousin
    ).t("分别制作了询问笔录。\n")
    _evidence(
        doc,
        [
            [T("当事人的身份证复印件及" + app + "账号注册信息，证明当事人的主体资格")],
            [T("直播回放视频截图及录屏光盘" + str(r.randint(1, 3)) + "张，证明当事人发布广告的内容")],
            [T("对当事人、"), N(kin), T("、"), N(cousin), T("的询问笔录，证明广告发布的经过")],
            [T("当事人与"), ("org_name", producer, None), T("签订的推广协议及佣金结算记录，证明广告费用")],
            [T("举报人"), N(b0), T("提供的购物记录")],
        ],
        "以上事实，有直播回放视频、询问笔录、推广协议、佣金结算记录等证据证实。\n",
    )
    _notice(doc, days[4])
    doc.t("当事人在陈述中表示认识到错误，请求从轻处罚。\n")
    doc.t("当事人的上述行为违反了").k("law_title", "《中华人民共和国广告法》").k("article", "第十七条")
    doc.t(
        "的规定，构成发布涉及疾病治疗功能的普通食品广告的违法行为。鉴于当事人案发后立即删除相关视频、下架商品，"
    )
    doc.t("配合调查，依据").k("law_title", "《中华人民共和国广告法》").k(
        "article", "第五十八条第一款第（二）项"
    )
    doc.t("的规定，本局决定：责令当事人停止发布违法广告，在相应范围内消除影响，并处广告费用二倍的罚款，即")
    _money(doc, fee * 2).t("。\n")
    _pay(doc)
    _relief(doc, region)
    _foot(doc, agency, region, days[-1])


# ---- 市场监管: 商标侵权 -------------------------------------------------------------------------

BRANDS15 = [("李宁", "李宁（中国）体育用品有限公司", "运动鞋", "双", 60, 180),
            ("王老吉", "广州王老吉大健康产业有限公司", "凉茶饮料", "箱", 38, 70),
            ("张小泉", "张小泉股份有限公司", "剪刀", "把", 8, 35),
            ("周大福", "周大福珠宝金行有限公司", "饰品", "件", 20, 120),
            ("老干妈", "贵阳南明老干妈风味食品有限责任公司", "风味豆豉", "瓶", 6, 12),
            ("耐克", "耐克创新有限合伙公司", "运动鞋", "双", 70, 220)]  # fmt: skip
MARKETS15 = ["农贸市场", "小商品市场", "综合批发市场", "夜市", "服装城"]


def m_trademark(doc: Doc) -> None:
    r = doc.r
    _scanned(doc, 0.3)
    region = r.choice(REGIONS)
    days = _timeline(doc, 6, span=150)
    brand, owner, goods, unit, lo, hi = r.choice(BRANDS15)
    seller = _person(doc, region=region, born=r.randint(1960, 1995))
    market = region[2] + r.choice(["东门", "城北", "河西", "新塘", "步行街", "火车站"]) + r.choice(MARKETS15)
    stall = f"{r.choice('ABCDEF')}区{r.randint(1, 160)}号摊位"
    registered = r.random() < 0.45
    shop = (
        region[2]
        + r.choice(["鸿运", "旺角", "好又多", "众鑫", "顺心"])
        + r.choice(["百货商行", "日用品店", "商行"])
    )
    party = [("org_name", shop, None)] if registered else [N(seller)]
    agency, _no = _head(doc, region, "market", days[-1], "行政处罚决定书",
                        (party, "侵犯注册商标专用权", "没收、销毁侵权商品，罚款"))  # fmt: skip
    if registered:
        _business(doc, region, shop, seller, place=_local(region) + market[len(region[2]) :] + stall)
    else:
        _party(doc, seller, day=days[-1])
    offs = _officers(doc, region)
    mgr = _person(doc, region=region)
    appraiser = _person(doc, born=r.randint(1975, 1995))
    agent_co = _company_name(doc, region, ["知识产权代理", "商务咨询"])
    count = r.randint(12, 300)
    sold = r.randint(5, 120)
    price = r.randint(lo, hi)
    doc.t("\n")
    _d(doc, days[1]).t("，")
    _officer_line(doc, offs)
    doc.t("在").k("place", market).t("开展“双打”专项检查时发现，当事人在其经营的").k("place", stall)
    doc.t("销售标有“").k("org_name", brand).t(f"”注册商标的{goods}，现场查获{count}{unit}。")
    mate = _kin(doc, seller, _spouse(seller))
    doc.t("检查时当事人外出进货，由其" + _rel_word(seller, _spouse(seller))).name(mate)
    doc.t("在摊位看管，").name(mate).t("未能提供上述商品的进货票据及商标注册人的授权证明。执法人员依据")
    doc.k("law_title", "《中华人民共和国商标法》").k("article", "第六十二条第一款第（四）项")
    doc.t("的规定，对上述商品实施了扣押，并于")
    _d(doc, days[2]).t("经批准立案调查。\n")
    doc.t("经查，“").k("org_name", brand).t("”商标（注册号：第").k("permit_number", _digits(doc, 7)).t(
        "号）的注册人为"
    )
    doc.k("org_name", owner).t(f"，核定使用商品包括{goods}。经商标注册人委托的").k("org_name", agent_co).t(
        "鉴定，"
    )
    doc.t("上述商品均非商标注册人生产或者授权生产，属于侵犯注册商标专用权的商品，鉴定人").name(appraiser).t(
        "签署了鉴定意见。\n"
    )
    doc.t("当事人称，上述商品系其于")
    _d(doc, days[0]).t(f"从一名自称“{r.choice(COMMON15[:30])}老板”的男子处以每{unit}")
    doc.t(f"{max(2, price // 3)}元的价格购进，双方通过微信（对方微信号：").p("contact", _wechat(doc)).t(
        "）联系并付款。"
    )
    doc.t(f"当事人以每{unit}{price}元的价格对外销售，至案发时已售出{sold}{unit}，违法经营额为")
    _money(doc, price * sold, "yuan").t("，查获商品货值")
    _money(doc, price * count, "yuan").t("。市场管理员").name(mgr).t("证实，当事人自")
    _d(doc, days[0] - timedelta(days=r.randint(100, 900))).t("起租用该摊位。\n")
    _evidence(
        doc,
        [
            [
                T("当事人的身份证复印件" + ("、营业执照复印件" if registered else "")),
                T("，证明当事人的主体资格"),
            ],
            [T("现场检查笔录、实施行政强制措施现场笔录及扣押物品清单，证明查获侵权商品的数量")],
            [
                ("org_name", owner, None),
                T("出具的商标注册证复印件、授权委托书及鉴定意见，证明涉案商品系侵权商品"),
            ],
            [T("对当事人、"), N(mate), T("、"), N(mgr), T("的询问笔录，证明当事人销售侵权商品的经过")],
            [T("当事人与供货人的微信聊天记录截图，证明进货来源及价格")],
        ],
        "以上事实，有现场检查笔录、扣押物品清单、鉴定意见、询问笔录、微信聊天记录截图等证据证实。\n",
    )
    _notice(doc, days[4], hearing=True)
    doc.t("当事人在法定期限内未提出陈述、申辩，也未要求听证。\n")
    fine = _fine(doc, max(3000, price * (sold + count)), max(8000, 3 * price * (sold + count)), 500)
    doc.t("当事人的上述行为违反了").k("law_title", "《中华人民共和国商标法》").k(
        "article", "第五十七条第（三）项"
    )
    doc.t("的规定。当事人能够说明商品提供者，但无法证明商品系其合法取得，依据").k(
        "law_title", "《中华人民共和国商标法》"
    )
    doc.k("article", "第六十条第二款").t(
        "的规定，本局决定：\n一、责令当事人立即停止侵权行为；\n二、没收、销毁侵权商品"
    )
    doc.t(f"{count}{unit}；\n三、罚款")
    _money(doc, fine).t("。\n")
    _pay(doc)
    _relief(doc, region)
    _foot(doc, agency, region, days[-1])


def _keep(doc: Doc, name: str) -> None:
    if doc.r.random() < 0.33:
        doc.keep.append(name)


# ---- 市场监管: 特种设备（叉车） -----------------------------------------------------------------

FORKLIFTS = [("杭叉", "CPCD30"), ("合力", "CPD20"), ("林德", "H30D"), ("龙工", "LG30DT"), ("柳工", "CPCD35"),
             ("丰田", "8FD25")]  # fmt: skip


def m_forklift(doc: Doc) -> None:
    r = doc.r
    _scanned(doc, 0.8)
    region = r.choice(REGIONS)
    days = _timeline(doc, 7, span=120)
    co = _company_name(doc, region, ["物流", "仓储", "食品", "建材", "纸业"])
    agency, _no = _head(doc, region, "market", days[-1], "行政处罚决定书",
                        ([("org_name", co, None)], "特种设备使用违法行为", "罚款"))  # fmt: skip
    rep = _rep(doc, region)
    _company(doc, region, co, rep)
    driver = _person(doc, sex="男", born=r.randint(1975, 2003), region=region)
    holder = _person(doc, sex="男", born=r.randint(1970, 1995), region=region)
    safety = _person(doc, born=r.randint(1975, 1995), region=region)
    offs = _officers(doc, region)
    make, model = r.choice(FORKLIFTS)
    serial = f"{r.choice(['A', 'CP', 'HC', ''])}{_digits(doc, 8)}"
    total = r.randint(2, 6)
    short = _short(region)
    reg_no = (
        f"车11{short}{r.choice('ABCDE')}{r.randint(0, 99999):05d}({days[0].year % 100 - r.randint(1, 4):02d})"
    )
    road = r.choice(PERSON_ROADS)
    doc.t("\n")
    _d(doc, days[1]).t("，")
    _officer_line(doc, offs)
    doc.t("依法对当事人位于").k("place", _local(region) + road + f"{r.randint(1, 300)}号")
    doc.t("的仓库进行特种设备安全监督检查，发现一台").k("org_name", make).t(
        f"牌{model}型内燃平衡重式叉车（出厂编号："
    )
    doc.k("permit_number", serial).t("）正在进行装卸作业，驾驶人员为当事人员工").name(driver).t(
        "。经查询，"
    ).name(driver)
    doc.t("未取得特种设备作业人员证（叉车司机，作业项目代号N1）。检查时该叉车多次驶出仓库大门，横穿门前")
    doc.k("term", "马路").t("到对面堆场取货。\n")
    doc.t(f"经查，当事人现有叉车{total}台，其中{total - 1}台已办理使用登记，")
    doc.t("上述出厂编号为").k("permit_number", serial).t("的叉车系当事人于")
    _d(doc, days[0]).t("购入，至检查时未向特种设备安全监督管理部门办理使用登记。\n")
    doc.t("当事人安全管理员").name(safety).t("称，公司持证叉车司机").name(holder).t(
        "（《特种设备作业人员证》证号："
    )
    doc.p("other_id", _operator_cert(doc, region)).t("）")
    doc.t(r.choice(["当日请假回老家", "当日休息", "已于上月离职"]) + "，由").name(driver).t(
        "临时顶班。"
    ).name(driver)
    doc.t(f"称其在老家时跟{r.choice(COMMON15[:30])}师傅学过开叉车，每月工资")
    doc.p("financial", f"{r.randint(45, 80)}00元").t(
        "，平时负责搬运。当事人另一台已登记叉车的使用登记证编号为"
    )
    doc.k("permit_number", reg_no).t("。\n")
    doc.t("检查当日，本局向当事人下达了《责令改正通知书》，责令其于")
    _d(doc, days[2]).t("前改正上述问题。")
    _d(doc, days[3]).t("，执法人员复查时发现，上述叉车仍在使用且未办理使用登记，驾驶人员仍为").name(driver)
    doc.t("。当事人逾期未改正，本局于当日立案调查。\n")
    _evidence(
        doc,
        [
            [T("当事人营业执照复印件及法定代表人身份证明，证明当事人的主体资格")],
            [T("现场检查笔录、复查笔录及现场照片，证明当事人使用未登记叉车且逾期未改正")],
            [T("对"), N(driver), T("、"), N(safety), T("的询问笔录，证明无证人员驾驶叉车的经过")],
            [T("叉车购买合同、发票及员工花名册、考勤记录")],
            [T("《责令改正通知书》及送达回证")],
        ],
        "以上事实，有现场检查笔录、复查笔录、询问笔录、叉车购买合同、员工花名册、照片等证据为证。\n",
    )
    doc.t("当事人使用未办理使用登记的叉车，违反了").k("law_title", "《中华人民共和国特种设备安全法》").k(
        "article", "第三十三条"
    )
    doc.t("的规定；安排未取得相应资格的人员从事叉车作业，违反了该法").k("article", "第十四条").t("的规定。")
    doc.t("本局于")
    _d(doc, days[4]).t("依法向当事人送达了行政处罚告知书，当事人的法定代表人").k("legal_rep", rep.name)
    doc.t(
        r.choice(
            ["到本局进行了陈述，表示已停止使用该叉车并申请办理使用登记。", "在法定期限内未提出陈述、申辩。"]
        )
    )
    doc.t("\n依据").k("law_title", "《中华人民共和国特种设备安全法》").k("article", "第八十三条第（一）项").t(
        "、"
    )
    doc.k("article", "第八十六条第（一）项").t("的规定，本局决定对当事人作出如下行政处罚：\n")
    f1 = _fine(doc, 10000, 30000, 1000)
    f2 = _fine(doc, 10000, 30000, 1000)
    doc.t("1.对使用未办理使用登记的特种设备的行为，罚款")
    _money(doc, f1, "yuan").t("；\n2.对未配备具有相应资格的作业人员的行为，罚款")
    _money(doc, f2, "yuan").t("。\n以上合计罚款")
    _money(doc, f1 + f2).t("。\n")
    _pay(doc)
    _relief(doc, region)
    _foot(doc, agency, region, days[-1])


# ---- 住建: 工程质量 -----------------------------------------------------------------------------


def h_quality(doc: Doc) -> None:
    r = doc.r
    region = r.choice(REGIONS)
    days = _timeline(doc, 7, span=240)
    agency, _no = _head(doc, region, "housing", days[-1], "行政处罚决定书")
    _scanned(doc, 0.3)
    co = _company_name(doc, region, ["建筑工程", "建设工程", "建工集团"])
    rep = _rep(doc, region)
    _company(doc, region, co, rep)
    developer = _company_name(doc, region, ["置业", "房地产开发"])
    dev_rep = _rep(doc, region)
    project = r.choice(ESTATES15) + r.choice(["二期", "三期", "A区", "北区"]) + "住宅项目"
    pm = _person(doc, sex="男" if r.random() < 0.85 else "女", born=r.randint(1970, 1990), region=region)
    chief = _person(doc, born=r.randint(1965, 1988), region=region)
    owners = [_person(doc, region=region) for _ in range(r.randint(2, 4))]
    b = r.randint(1, 18)
    room = f"{b}栋{r.randint(1, 3)}单元{r.randint(3, 30)}{r.randint(1, 4):02d}室"
    offs = _officers(doc, region)
    low = r.randint(3, 8)
    doc.t("\n")
    _d(doc, days[1]).t("，本局接到").k("place", project).t("业主").name(owners[0]).t("投诉，反映其位于该项目")
    doc.p("address", room).t("的住房卫生间、外墙多处渗水，客厅楼板出现裂缝。同栋业主")
    for i, o in enumerate(owners[1:]):
        doc.t("、" if i else "").name(o)
    doc.t("亦反映类似问题。\n")
    _d(doc, days[2]).t("，")
    _officer_line(doc, offs)
    doc.t("对该项目进行了检查，并委托").k("org_name", region[1] + "建设工程质量检测中心").t(
        f"对{b}栋进行检测。"
    )
    doc.t(
        f"检测结果显示：{b}栋{low}层至{low + r.randint(2, 6)}层楼板混凝土强度推定值为C{r.randint(21, 26)}，低于设计要求的C30；"
    )
    doc.t(f"卫生间防水层平均厚度{r.choice(['0.6', '0.8', '0.9'])}mm，不符合设计图纸要求的1.5mm。\n")
    doc.t("经查，该项目建设单位为").k("org_name", developer).t("（法定代表人：").k(
        "legal_rep", dev_rep.name
    ).t("），")
    doc.t("当事人为施工总承包单位，项目经理为").name(pm).t("（一级注册建造师，注册编号：")
    doc.p("other_id", _builder_no(doc, region, r.randint(2012, 2021))).t("），总监理工程师为").name(chief).t(
        "。"
    )
    doc.t("当事人在施工中未按照工程设计图纸和施工技术标准施工，").name(pm).t(
        "对上述事实予以确认，称系为赶工期、降低成本所致。"
    )
    price = _fine(doc, 8_000_000, 40_000_000, 10000)
    pct = r.choice([2, 3])
    fine = price * pct // 100
    sup_co = _company_name(doc, region, ["工程监理", "建设监理"])
    doc.t(f"经核算，{b}栋的施工合同价款为")
    _money(doc, price, "wan").t("。该项目监理单位").k("org_name", sup_co).t(
        "未按规定实施旁站监理，本局另案处理。\n"
    )
    _evidence(
        doc,
        [
            [T("当事人的营业执照、建筑业企业资质证书复印件，证明当事人的主体资格")],
            [T("业主"), N(owners[0]), T("的投诉材料及现场照片")],
            [
                ("org_name", region[1] + "建设工程质量检测中心", None),
                T("出具的检测报告，证明楼板混凝土强度及防水层厚度不符合设计要求"),
            ],
            [T("施工合同、施工图纸、施工日志及隐蔽工程验收记录")],
            [T("对"), N(pm), T("、"), N(chief), T("的询问笔录")],
        ],
        "以上事实，有检测报告、施工合同、施工日志、询问笔录等证据证实。\n",
    )
    _notice(doc, days[4], hearing=True)
    doc.t("当事人要求听证，本局于")
    _d(doc, days[5]).t(
        "依法举行了听证。当事人提出渗水系业主装修破坏防水层所致，但未能提供证据，本局不予采纳。\n"
    )
    doc.t("当事人的上述行为违反了").k("law_title", "《建设工程质量管理条例》").k(
        "article", "第二十八条第一款"
    )
    doc.t("的规定。依据").k("law_title", "《建设工程质量管理条例》").k("article", "第六十四条").t("、")
    doc.k("article", "第七十三条").t("的规定，本局决定：\n")
    doc.t(
        f"一、责令当事人对{b}栋存在质量问题的部位返工、修理，并承担相应费用；\n二、对当事人处工程合同价款百分之{_cn_small(pct)}的罚款，计"
    )
    _money(doc, fine).t("；\n三、对项目经理").name(pm)
    share = r.choice([5, 6, 8])
    doc.t(f"处单位罚款数额百分之{_cn_small(share)}的罚款，计")
    _money(doc, fine * share // 100, "yuan").t("。\n")
    doc.t("上述违法行为将依法记入建筑市场主体信用档案。")
    _pay(doc)
    _relief(doc, region)
    _foot(doc, agency, region, days[-1])


# ---- 水利: 取水、河道 ---------------------------------------------------------------------------

RIVERS15 = ["白沙河", "清水河", "龙溪", "桃花江", "沙河", "南渠河", "凤凰河", "马家河"]


def w_water(doc: Doc) -> None:
    r = doc.r
    _scanned(doc, 0.5)
    region = r.choice(REGIONS)
    days = _timeline(doc, 6, span=150)
    agency, _no = _head(doc, region, "water", days[-1], "行政处罚决定书")
    offs = _officers(doc, region)
    village = r.choice(VILLAGES15)
    town = r.choice(TOWNS15)
    p = _person(
        doc, sex="男" if r.random() < 0.8 else "女", born=r.randint(1958, 1992), region=region, local=True
    )
    if r.random() < 0.5:
        # 取水
        farm_kind = r.choice(["家庭农场", "养殖场", "洗车场"])
        farm = (
            region[2]
            + (p.surname + "氏" if p.surname and r.random() < 0.4 else r.choice(TRADE15))
            + farm_kind
        )
        _party(doc, p, day=days[-1])
        neighbour = _person(doc, region=region, born=r.randint(1950, 1980))
        doc.t("\n")
        _d(doc, days[1]).t("，本局接到").k("place", village).t("村民").name(neighbour)
        doc.t("反映，其家中水井水位明显下降，怀疑附近有人大量抽取地下水。")
        _d(doc, days[2]).t("，")
        _officer_line(doc, offs)
        doc.t("到现场进行了调查，当场向当事人送达了《责令停止水事违法行为通知书》，并于")
        _d(doc, days[3]).t("经批准立案。\n经查，当事人系").k("org_name", farm).t("的经营者。当事人于")
        _d(doc, days[0] - timedelta(days=r.randint(60, 500))).t("在").k("place", town + village)
        doc.t(
            f"{r.randint(1, 12)}组其承包的土地内打井一眼，井深约{r.randint(60, 180)}米，安装{r.choice(['7.5', '11', '15'])}千瓦潜水泵一台，"
        )
        use = {"家庭农场": "鱼塘补水和大棚灌溉", "养殖场": "生猪养殖场冲洗圈舍", "洗车场": "对外经营洗车"}[
            farm_kind
        ]
        doc.t(
            f"抽取地下水用于{use}，日均取水约{r.randint(40, 300)}立方米。当事人未向本局申请领取取水许可证，"
        )
        son = _kin(doc, p, "子")
        doc.t("该井也未安装取水计量设施。" + r.choice(["当事人之子", "当事人的儿子"])).name(son)
        doc.t("称打井是").t(r.choice(COMMON15[:40])).t("师傅的打井队干的，打井费")
        _money(doc, r.randint(8, 30) * 1000, "yuan").t("。\n")
        _evidence(
            doc,
            [
                [T("当事人的身份证复印件，证明当事人的主体资格")],
                [T("现场勘验笔录、现场照片及取水井位置示意图")],
                [T("对当事人、"), N(son), T("及举报人"), N(neighbour), T("的询问笔录")],
                [T("当事人的电费缴纳记录，用于核算取水量")],
            ],
            "以上事实，有现场勘验笔录、询问笔录、照片、电费缴纳记录等证据证实。\n",
        )
        _notice(doc, days[4], hearing=True)
        doc.t(
            "当事人在陈述中称不知道打井取水需要审批，请求减轻处罚。本局认为，当事人的理由不能成立，不予采纳。\n"
        )
        doc.t("当事人的上述行为违反了").k("law_title", "《中华人民共和国水法》").k(
            "article", "第四十八条第一款"
        )
        doc.t("的规定。依据").k("law_title", "《中华人民共和国水法》").k("article", "第六十九条第（一）项")
        doc.t("的规定，本局决定：\n一、责令当事人立即停止违法取水行为，于")
        _d(doc, days[-1] + timedelta(days=r.randint(15, 30))).t("前封填该井或依法申请取水许可；\n二、罚款")
        _money(doc, _fine(doc, 20000, 50000, 1000)).t("。\n")
    else:
        # 河道
        river = r.choice(RIVERS15)
        bridge = r.choice(["中山桥", "王家桥", "新桥", "永安桥", "石拱桥"])
        _party(doc, p, day=days[-1])
        driver = _person(doc, sex="男", born=r.randint(1970, 1995), region=region)
        doc.t("\n")
        _d(doc, days[1]).t(f"，本局在河道巡查中发现，{river}").k("place", bridge).t(
            f"下游约{r.randint(50, 600)}米处"
        )
        doc.t(f"{r.choice(['左', '右'])}岸河道管理范围内堆放有大量砂石料，并搭建彩钢板工棚一处。")
        _d(doc, days[2]).t("，")
        _officer_line(doc, offs)
        doc.t("进行了现场勘验，并对当事人进行了询问，当场送达了《责令停止水事违法行为通知书》。")
        _d(doc, days[3]).t("，本局经批准立案调查。\n经查，当事人自")
        _d(doc, days[0]).t("起，在上述河道管理范围内、").k("place", village).t(
            f"河段堆放砂石料约{r.randint(300, 4000)}立方米，"
        )
        doc.t(f"搭建工棚约{r.randint(30, 200)}平方米，用于对外销售砂石，阻碍行洪。当事人雇请的货车司机").name(
            driver
        )
        doc.t("驾驶车牌号为").p("vehicle_plate", _plate(doc, region)).t(
            "的自卸车多次运送砂石至该处。当事人称，"
        )
        doc.t(f"该处原为{r.choice(COMMON15[:30])}家的晒谷场，已向村里交了场地费。\n")
        _evidence(
            doc,
            [
                [T("当事人的身份证复印件，证明当事人的主体资格")],
                [T("现场勘验笔录、无人机航拍照片及测量记录，证明堆放砂石料和搭建工棚的位置、面积")],
                [T("对当事人、"), N(driver), T("的询问笔录")],
                [T("河道管理范围划定成果图")],
            ],
            "以上事实，有现场勘验笔录、航拍照片、询问笔录、河道管理范围划定成果图等证据证实。\n",
        )
        _notice(doc, days[4], hearing=True)
        doc.t("当事人未提出陈述、申辩，也未要求听证。\n")
        doc.t("当事人的上述行为违反了").k("law_title", "《中华人民共和国水法》").k(
            "article", "第三十七条第二款"
        )
        doc.t("的规定。依据").k("law_title", "《中华人民共和国水法》").k("article", "第六十五条第一款")
        doc.t("的规定，本局决定：\n一、责令当事人停止违法行为，于")
        _d(doc, days[-1] + timedelta(days=r.randint(10, 30))).t(
            "前清除河道内堆放的砂石料，拆除工棚，恢复原状；\n二、罚款"
        )
        _money(doc, _fine(doc, 10000, 50000, 1000)).t(
            "。\n逾期不清除、不恢复原状的，本局将依法强行清除，所需费用由当事人负担。\n"
        )
    _pay(doc)
    _relief(doc, region)
    _foot(doc, agency, region, days[-1])


# ---- 气象: 无人机撞坏气象设施 -------------------------------------------------------------------

DRONES = ["大疆Mavic 3", "大疆Mini 4 Pro", "大疆Air 3", "大疆精灵4", "道通EVO II"]
WX_EQUIP = [("风向风速传感器", "风"), ("温湿度传感器防辐射罩", "气温、湿度"), ("翻斗式雨量计", "降水"),
            ("能见度仪", "能见度")]  # fmt: skip


def q_drone(doc: Doc) -> None:
    r = doc.r
    _scanned(doc, 0.4)
    region = r.choice(REGIONS)
    days = _timeline(doc, 6, span=100)
    agency, _no = _head(doc, region, "weather", days[-1], "行政处罚决定书")
    pilot = _person(doc, sex="男" if r.random() < 0.85 else "女", born=r.randint(1975, 2004), region=region)
    friend = _person(doc, born=pilot.extra["birth"].year + r.randint(-5, 5), region=region)
    station = region[2] + r.choice(["国家基本气象站", "国家一般气象站", "国家基准气候站"])
    equip, element = r.choice(WX_EQUIP)
    offs = _officers(doc, region)
    _party(doc, pilot, day=days[-1])
    doc.t("\n")
    _d(doc, days[0]).t(f"{r.randint(9, 17)}时许，当事人在").k("place", station).t("西侧空地操控其名下的")
    doc.t(r.choice(DRONES) + "无人机（民用无人驾驶航空器实名登记号：").p("other_id", f"UAS{_digits(doc, 8)}")
    doc.t(f"）进行航拍。无人机飞入该站观测场上空后失去信号，从约{r.randint(20, 80)}米的").k("term", "高空")
    doc.t("坠落，撞坏观测场内自动气象站{equip}（设备编号：").k(
        "permit_number", f"{r.choice(['WS', 'QX', 'ZQZ'])}{_digits(doc, 7)}"
    )
    doc.t(f"），造成该站{element}要素观测数据缺测{r.randint(2, 20)}小时。当事人的朋友").name(friend)
    doc.t(f"（{_age(friend, days[0])}岁）当时在场协助观察飞行。\n")
    doc.t("事发后，当事人主动到该站说明情况并配合调查。")
    _d(doc, days[1]).t("，")
    _officer_line(doc, offs)
    doc.t("进行了现场勘验，并对当事人、").name(friend).t("进行了询问。经核定，设备修复费用为")
    cost = _fine(doc, 3000, 28000, 10)
    _money(doc, cost, "comma").t("，当事人已于")
    _d(doc, days[2]).t("全额赔偿。\n")
    doc.t(
        "该站为国家级地面气象观测站，观测数据实时上传国家气象信息中心，观测场四周设有围栏和“气象设施 严禁损毁”警示标志。"
    )
    doc.t("当事人飞行前未查询该区域是否属于限制飞行区域，其未经批准飞行的行为，本局已于")
    _d(doc, days[2]).t("移送").k("agency_name", _local(region) + "公安局").t("依法处理。\n")
    _evidence(
        doc,
        [
            [T("当事人的身份证复印件及民用无人驾驶航空器实名登记信息，证明当事人的主体资格及无人机归属")],
            [T("现场勘验笔录、现场照片" + str(r.randint(8, 20)) + "张及观测场监控视频截图")],
            [T("对当事人、"), N(friend), T("的询问笔录")],
            [T("自动气象站运行日志及数据缺测记录")],
            [T("设备维修报价单、赔偿款收据")],
        ],
        "以上事实，有现场勘验笔录、询问笔录、观测场监控视频截图、设备维修报价单等证据证实。\n",
    )
    _d(doc, days[3]).t("，本局依法向当事人送达了《行政处罚告知书》，当事人在法定期限内未提出陈述、申辩。\n")
    doc.t("当事人的上述行为违反了").k("law_title", "《中华人民共和国气象法》").k("article", "第十一条")
    doc.t("的规定。鉴于当事人主动消除违法行为危害后果，依据").k("law_title", "《中华人民共和国行政处罚法》")
    doc.k("article", "第三十二条第（一）项").t("的规定，应当从轻处罚。依据").k(
        "law_title", "《中华人民共和国气象法》"
    )
    doc.k("article", "第三十五条第一款第（一）项").t("的规定，本局决定对当事人处以罚款")
    _money(doc, _fine(doc, 2000, 10000, 500)).t("。\n")
    _pay(doc)
    _relief(doc, region, upper=region[1] + "气象局")
    _foot(doc, agency, region, days[-1])


# ---- 文物: 村民在保护范围内挖掘 -----------------------------------------------------------------

SITES15 = ["古窑址", "古墓群", "遗址", "古城址", "窑址群"]


def c_relic(doc: Doc) -> None:
    r = doc.r
    _scanned(doc, 0.8)
    region = r.choice(REGIONS)
    days = _timeline(doc, 6, span=90, years=(2023, 2024))
    agency, _no = _head(doc, region, "culture", days[-1], "责令改正通知书")
    village = r.choice(VILLAGES15)
    site = (
        village[:-1] + r.choice(SITES15)
        if r.random() < 0.6
        else r.choice(["青龙岗", "马鞍山", "凤凰台", "黄泥岭"]) + r.choice(SITES15)
    )
    level = (
        r.choice(["区级", "县级", "市级", "省级"])
        if not region[2].endswith("县")
        else r.choice(["县级", "市级", "省级"])
    )
    p = _person(doc, sex="男", born=r.randint(1955, 1985), region=region, local=True)
    son = _kin(doc, p, "子")
    wife = _kin(doc, p, "妻")
    digger = _person(doc, sex="男", born=r.randint(1970, 1995), region=region)
    offs = _officers(doc, region)
    coins = r.randint(6, 60)
    doc.name(p).t("（公民身份号码：")
    _idn(doc, p).t("，住")
    _addr(doc, p, "city").t("）：\n")
    period = r.choice(["唐宋", "宋元", "明清", "汉代", "新石器时代晚期"])
    doc.k("place", site).t(f"系{period}时期遗存，{r.randint(1985, 2015)}年被公布为{level}文物保护单位，")
    doc.t("其保护范围已由人民政府划定并公布，现场设有保护标志和界桩。\n")
    _d(doc, days[1]).t("，").k("place", village).t(
        "村民委员会工作人员巡查时发现有人在该遗址保护范围内开挖，遂报告本局。"
    )
    _d(doc, days[2]).t("，")
    _officer_line(doc, offs)
    doc.t("会同").k("org_name", _local(region) + "文物管理所").t("进行了现场勘查，并对你和").name(digger).t(
        "进行了询问。\n"
    )
    doc.t("经查，")
    _d(doc, days[0]).t("至")
    _d(doc, days[1], "md").t("，你雇请挖掘机司机").name(digger).t("，在").k("place", site).t(
        "保护范围内（"
    ).k("place", village)
    doc.t(f"{r.randint(1, 12)}组，当地俗称“").k("place", f"{p.surname or '黄'}家坡")
    doc.t(f"”）开挖鱼塘，开挖面积约{r.randint(150, 900)}平方米，")
    doc.t(f"深约{r.choice(['1.5', '2', '2.5', '3'])}米，挖出古陶片、古砖及铜钱等物品。你与你的儿子").name(son)
    doc.t(f"将其中{coins}枚铜钱带回家中存放，未向文物部门报告。").name(digger).t("称其按小时收费，每小时")
    doc.t(f"{r.randint(15, 30)}0元，开挖时不知道该处是文物保护单位。该遗址")
    doc.k("term", "周边").t("的保护标志距开挖点约").t(f"{r.randint(30, 200)}米。\n")
    doc.t("经").k("org_name", _local(region) + "文物管理所").t(
        "初步鉴定，出土铜钱主要为“开元通宝”“崇宁重宝”等，"
    )
    doc.t(f"陶片为{period}时期器物残片；开挖已破坏遗址文化层约{r.randint(40, 300)}平方米。")
    doc.t("你在询问中承认上述事实，表示不知道自家承包地在保护范围内，愿意配合整改。\n")
    doc.t("本局认为，文物保护单位的保护范围内不得进行爆破、钻探、挖掘等作业；在进行建设工程或者农业生产中，")
    doc.t("任何单位或者个人发现文物，应当保护现场，立即报告当地文物行政部门。\n")
    doc.t("你的上述行为违反了").k("law_title", "《中华人民共和国文物保护法》").k("article", "第十七条")
    doc.t("、").k("article", "第三十二条第一款").t("的规定。依据").k(
        "law_title", "《中华人民共和国文物保护法》"
    )
    doc.k("article", "第六十六条第一款第（一）项").t("、").k("article", "第七十四条第（一）项").t("和")
    doc.k("law_title", "《中华人民共和国行政处罚法》").k("article", "第二十八条第一款").t(
        "的规定，现责令你：\n"
    )
    doc.t("一、立即停止在上述保护范围内的一切挖掘作业；\n二、于")
    _d(doc, days[-1] + timedelta(days=r.randint(10, 30))).t(
        "前按照本局和文物管理所的要求回填开挖区域，恢复原状；\n"
    )
    doc.t(
        f"三、将带回家中的{coins}枚铜钱及其他出土物品全部上交；\n四、整改完成后书面报告本局，由本局组织复查。\n"
    )
    doc.t(
        "逾期不改正的，本局将依法予以处理。你对本通知有异议的，可以在收到本通知书之日起三日内向本局提出陈述、申辩。\n"
    )
    doc.t(f"（出土铜钱{coins}枚已于")
    _d(doc, days[-1], "md").t("由你的" + _rel_word(p, "妻")).name(wife).t("交至文物管理所，另行登记。）\n")
    _foot(doc, agency, region, days[-1])
    doc.t("\n受送达人签名：").name(p).t("    ")
    _d(doc, days[-1], "dot").t("\n")


# ---- 民政: 殡葬 ---------------------------------------------------------------------------------


def s_burial(doc: Doc) -> None:
    r = doc.r
    _scanned(doc, 0.8)
    region = r.choice(REGIONS)
    days = _timeline(doc, 5, span=60)
    agency, _no = _head(doc, region, "civil", days[-1], "责令限期改正通知书")
    son = _person(doc, sex="男", born=r.randint(1958, 1980), region=region, local=True)
    parent_rel = r.choice(["父", "母"])
    dead = _kin(doc, son, parent_rel)
    rels = r.sample(["弟", "妹", "姐", "兄"], r.randint(1, 2))
    sibs = [_kin(doc, son, rel) for rel in rels]
    village = r.choice(VILLAGES15)
    hill = (son.surname or r.choice(COMMON15[:20])) + r.choice(["家山", "家岭", "家坳"])
    undertaker_op = _person(doc, region=region)
    undertaker = region[2] + r.choice(["福寿", "永安", "长青", "安息"]) + "殡葬用品店"
    offs = _officers(doc, region)
    land = r.choice(["林地", "耕地"])

    def land_word() -> None:
        if land == "林地":
            doc.k("term", "林地")
        else:
            doc.t("耕地")

    doc.name(son).t("：\n")
    doc.t(f"经查，你的{_rel_word(son, parent_rel)}").name(dead)
    if r.random() < 0.5:
        doc.t(f"（{_age(dead, days[0])}岁）于")
    else:
        doc.t(f"享年{_age(dead, days[0])}岁，于")
    _d(doc, days[0]).t("病故后，你未按照").k("place", region[1]).t("殡葬改革的有关规定将遗体送")
    doc.k("org_name", _local(region) + "殡仪馆").t("火化，而于")
    _d(doc, days[0] + timedelta(days=r.randint(2, 4)), "md").t("将遗体土葬于").k("place", village)
    doc.t(f"{r.randint(1, 10)}组（当地称“").k("place", hill).t("”）的")
    land_word()
    doc.t(f"内，并用水泥砌筑坟墓一座，占地约{r.randint(8, 40)}平方米。")
    doc.t("你的")
    for i, s in enumerate(sibs):
        doc.t("、" if i else "").t(_rel_word(son, rels[i])).name(s)
    doc.t("参与了安葬事宜，").k("org_name", undertaker).t("（经营者").name(undertaker_op).t(
        "）提供了棺木及墓碑。\n"
    )
    _d(doc, days[1]).t("，")
    _officer_line(doc, offs, "本局工作人员")
    doc.t("会同").k("place", village).t("村民委员会到现场核实，并向你宣传了殡葬管理政策。你表示").t(
        r.choice(["老人生前有遗愿，要求“入土为安”。", "待与兄弟姐妹商量后再作决定。"])
    )
    doc.t("\n上述地块位于本").t(
        "区" if region[2].endswith("区") else "县" if region[2].endswith("县") else "市"
    )
    doc.t("划定的火葬区范围内，且属于")
    land_word()
    doc.t("。")
    doc.t("按照").k("place", region[1]).t(
        "殡葬改革的要求，火葬区内死亡人员的遗体应当火化，骨灰安葬于公墓或者农村公益性墓地，"
    )
    doc.k("place", village[:-1] + "公益性公墓").t("可为本村村民免费提供墓穴。").name(dead)
    doc.t("生前户籍在").k("place", village).t("，其骨灰可安葬于该公墓。\n")
    doc.t("你的上述行为违反了").k("law_title", "《殡葬管理条例》")
    doc.k("article", "第十条第一款第（一）项").t("的规定。依据").k("law_title", "《殡葬管理条例》").k(
        "article", "第二十条"
    )
    doc.t("的规定，现责令你于")
    _d(doc, days[-1] + timedelta(days=r.randint(15, 30))).t("前将遗体起出火化后安葬于").k(
        "place", village[:-1] + "公益性公墓"
    )
    doc.t("或其他经批准的公墓，并拆除坟墓、恢复")
    land_word()
    doc.t("原状。整改期间，你可联系").k("agency_name", r.choice(TOWNS15) + "人民政府").t("社会事务办公室或")
    doc.k("place", village).t("村民委员会协助办理火化及安葬手续，火化费用按规定予以减免。")
    doc.t("逾期不改正的，本局将依法处理。\n")
    doc.t("如不服本通知，可以在收到本通知书之日起六十日内向").k("agency_name", _local(region) + "人民政府")
    doc.t("申请行政复议，或者在六个月内向").k("agency_name", _local(region) + "人民法院").t(
        "提起行政诉讼。\n"
    )
    doc.t("联系人：").k("officer_name", offs[0][0]).t("，联系电话：").k(
        "agency_phone", _landline(doc, region)
    ).t("\n")
    _foot(doc, agency, region, days[-1])
    witness = _person(doc, region=region)
    doc.t("\n当事人签收：").name(son).t("    见证人：").name(witness).t("（").k("place", village).t(
        "村民）\n"
    )


# ---- 人防 ---------------------------------------------------------------------------------------


def r_defence(doc: Doc) -> None:
    r = doc.r
    _scanned(doc, 0.5)
    region = r.choice(REGIONS)
    days = _timeline(doc, 6, span=120)
    agency, _no = _head(doc, region, "defence", days[-1], "行政处罚决定书")
    estate = r.choice(ESTATES15)
    unit_no = r.randint(1, 6)
    prop_co = _company_name(doc, region, ["物业服务", "物业管理"])
    prop_rep = _rep(doc, region)
    offs = _officers(doc, region)
    person_party = r.random() < 0.6
    act = r.choice(["doors", "waste"])
    if person_party:
        p = _person(doc, region=region, born=r.randint(1965, 1995))
        _party(doc, p, day=days[-1])
        who = "当事人"
    else:
        co = _company_name(doc, region, ["商贸", "装饰工程", "电子商务"])
        rep = _rep(doc, region)
        _company(doc, region, co, rep)
        who = "当事人"
    resident = _person(doc, region=region)
    doc.t("\n")
    _d(doc, days[1]).t("，本办接到").k("place", estate).t("业主").name(resident).t("（住")
    doc.p("address", f"{r.randint(1, 20)}栋{r.randint(2, 30)}{r.randint(1, 4):02d}室").t(
        "）反映，小区地下人防工程被人用作仓库，"
    )
    doc.t("进出货车辆堵塞消防通道。")
    _d(doc, days[2]).t("，")
    _officer_line(doc, offs, "本办执法人员")
    doc.t("对该小区结建人防工程进行了检查。\n经查，该人防工程（人民防空工程平时使用证编号：")
    doc.k(
        "permit_number",
        f"{_short(region)}人防使字〔{days[0].year - r.randint(1, 6)}〕第{r.randint(1, 300):03d}号",
    )
    doc.t("）由").k("org_name", prop_co).t(f"负责日常维护管理。{who}于")
    _d(doc, days[0]).t("与").k("org_name", prop_co).t(
        f"签订租赁协议，租用该工程{unit_no}号防护单元约{r.randint(200, 900)}平方米，月租金"
    )
    _money(doc, _fine(doc, 2000, 12000, 100), "yuan").t("，用于堆放")
    doc.t(r.choice(["日用百货", "建筑装饰材料", "电商快递包裹", "家具"]) + "。")
    if act == "doors":
        doc.t(
            f"为方便货物进出，{who}擅自拆除了{unit_no}号与{unit_no + 1}号防护单元之间的防护密闭门{r.randint(1, 2)}樘，"
        )
        doc.t("并将拆下的门扇堆放在通道内。")
        law_item = "第四十九条第（三）项"
    else:
        doc.t(f"{who}在工程内设置洗涤池，将清洗废水直接排入人防工程集水井，并在工程内倾倒包装废弃物。")
        law_item = "第四十九条第（七）项"
    if person_party:
        rel = r.choice(["子", "弟", _spouse(p)])
        helper = _kin(doc, p, rel)
        doc.t("仓库日常由当事人的" + _rel_word(p, rel)).name(helper).t("看管。")
    doc.t("\n").k("org_name", prop_co).t("项目负责人称，出租前未告知承租人人防工程使用的限制性要求，").k(
        "org_name", prop_co
    )
    doc.t("的法定代表人").k("legal_rep", prop_rep.name).t(
        "已到本办接受约谈，本办对该公司的违法行为另案处理。\n"
    )
    _keep(doc, prop_rep.name)
    _evidence(
        doc,
        [
            [
                T("当事人的" + ("身份证复印件" if person_party else "营业执照复印件及法定代表人身份证明")),
                T("，证明当事人的主体资格"),
            ],
            [T("现场检查笔录及现场照片" + str(r.randint(6, 24)) + "张，证明人防工程被占用及设施受损情况")],
            [T("当事人与"), ("org_name", prop_co, None), T("签订的租赁协议及租金收据")],
            [T("对当事人及业主"), N(resident), T("的询问笔录")],
            [T("该人防工程竣工验收资料及防护设备设施清单")],
        ],
        "以上事实，有现场检查笔录、询问笔录、租赁协议、现场照片等证据证实。\n",
    )
    doc.t("本办于")
    _d(doc, days[3]).t(
        "依法向当事人送达了《行政处罚告知书》，当事人"
        + r.choice(["未提出陈述、申辩。", "在陈述中表示已停止使用并着手恢复，请求从轻处罚。"])
        + "\n"
    )
    doc.t("当事人的上述行为违反了").k("law_title", "《中华人民共和国人民防空法》").k("article", "第二十八条")
    doc.t("的规定。依据").k("law_title", "《中华人民共和国人民防空法》").k("article", law_item)
    doc.t("的规定，本办决定对当事人给予警告，责令于")
    _d(doc, days[-1] + timedelta(days=r.randint(15, 45))).t("前改正违法行为、恢复原状，并处罚款")
    _money(doc, _fine(doc, 1000, 5000, 500) if person_party else _fine(doc, 10000, 50000, 1000)).t("。\n")
    _pay(doc)
    _relief(doc, region)
    _foot(doc, agency, region, days[-1])


# ---- 统计: 个体经营户 ---------------------------------------------------------------------------


def t_stats(doc: Doc) -> None:
    r = doc.r
    _scanned(doc, 0.4)
    region = r.choice(REGIONS)
    # 第五次全国经济普查: registration from January to April 2024; decided before the 2024 revision
    # of the statistics law took effect (September 2024).
    days = [date(2024, 1, 5) + timedelta(days=r.randint(0, 100))]
    for _ in range(5):
        days.append(days[-1] + timedelta(days=r.randint(6, 24)))
    agency, _no = _head(doc, region, "stats", days[-1], "行政处罚决定书")
    op = _person(doc, region=region, born=r.randint(1962, 1992))
    kind = r.choice(["汽车修理厂", "建材经营部", "农家乐", "五金店", "快餐店", "服装店"])
    shop = (
        region[2]
        + (
            r.choice(["老" + (op.surname or "马"), op.surname + "记"])
            if op.surname and r.random() < 0.4
            else r.choice(TRADE15)
        )
        + kind
    )
    _business(doc, region, shop, op)
    wife = _kin(doc, op, _spouse(op))
    offs = _officers(doc, region)
    street = r.choice(SUBDISTRICTS15)
    refused = r.random() < 0.5
    doc.t("\n")
    doc.t("当事人系第五次全国经济普查的普查对象。")
    if refused:
        _d(doc, days[0]).t("，").k("agency_name", street + "经济普查办公室").t(
            "普查员持普查员证到当事人经营场所入户登记，"
        )
        doc.t("当事人经营者").name(op).t("以“生意不好、没空填”为由拒绝填报《个体经营户普查表》。普查员先后")
        doc.t(f"{r.randint(2, 4)}次上门及电话催报，").name(op).t("均未提供。")
        _d(doc, days[1]).t("，本局向当事人送达了《统计调查催报通知书》，当事人逾期仍未提供普查资料。")
        _d(doc, days[2]).t("，")
        _officer_line(doc, offs)
        doc.t("对当事人进行了调查，").name(op).t("的" + _rel_word(op, _spouse(op))).name(wife)
        doc.t("称店里账目一直由其记录，但“怕填了要多交税”。\n")
        law_item, fact = "第四十四条第一款第（一）项", "拒绝提供统计资料"
    else:
        reported = r.randint(8, 25)
        actual = reported * r.randint(3, 6) + r.randint(1, 9)
        doc.t("当事人于")
        _d(doc, days[0]).t("填报的《个体经营户普查表》显示其2023年营业收入为").p(
            "financial", f"{reported}万元"
        )
        doc.t("。本局在普查数据质量抽查中发现该数据明显偏低，")
        _d(doc, days[1]).t("，")
        _officer_line(doc, offs)
        doc.t(
            "依法对当事人进行了统计执法检查。经核查当事人的收款码流水及纳税申报资料，当事人2023年实际营业收入约为"
        )
        doc.p("financial", f"{actual}万元").t("。").name(op).t("承认填报时“随便估了一个数”，普查表由其")
        doc.t(_rel_short(doc, op, _spouse(op))).name(wife).t("代为填写。\n")
        law_item, fact = "第四十四条第一款第（二）项", "提供不真实的统计资料"
    _evidence(
        doc,
        [
            [T("当事人的营业执照复印件及经营者"), N(op), T("的身份证复印件，证明当事人的主体资格")],
            [
                T(
                    "普查员入户登记记录"
                    + (
                        "及《统计调查催报通知书》送达回证"
                        if refused
                        else "及当事人填报的《个体经营户普查表》"
                    )
                )
            ],
            [T("统计执法检查现场笔录及对"), N(op), T("、"), N(wife), T("的询问笔录")],
            [
                T(
                    "当事人收款码交易流水、纳税申报表等资料"
                    if not refused
                    else "普查员的情况说明及催报电话记录"
                )
            ],
        ],
        "以上事实，有普查登记记录、统计执法检查笔录、询问笔录等证据证实。\n",
    )
    doc.t("本局认为，真实、准确、完整、及时地提供统计资料是统计调查对象的法定义务，")
    doc.t("统计机构对在统计工作中知悉的商业秘密和个人信息依法予以保密，普查资料不作为征税的依据。")
    if refused:
        doc.t("当事人以担心多交税为由拒绝提供普查资料，其理由不能成立。\n")
    else:
        doc.t("当事人称系随意估填，不影响对其提供不真实统计资料行为的认定。\n")
    doc.t(f"当事人{fact}的行为违反了").k("law_title", "《中华人民共和国统计法》").k("article", "第七条")
    doc.t("的规定。本局于")
    _d(doc, days[3]).t("向当事人送达了行政处罚告知书，当事人")
    doc.t(
        r.choice(["未提出陈述、申辩。", "提出其文化程度低、不清楚填报要求，请求从轻处罚，本局予以部分采纳。"])
    )
    doc.t("\n依据").k("law_title", "《中华人民共和国统计法》").k("article", law_item)
    doc.t("的规定，本局决定对当事人作出如下行政处罚：\n1.警告；\n2.罚款")
    _money(doc, _fine(doc, 500, 5000, 500), "yuan").t("。\n")
    doc.t("当事人应当在收到本决定书之日起十五日内按要求补报（更正）普查资料。")
    _pay(doc)
    _relief(doc, region)
    _foot(doc, agency, region, days[-1])


# ---- 询问笔录 (scanned) -------------------------------------------------------------------------


def q_interview(doc: Doc) -> None:
    r = doc.r
    _scanned(doc, 1.0)
    region = r.choice(REGIONS)
    days = _timeline(doc, 3, span=40)
    scene = r.choice(["forklift", "kitchen", "relic"])
    domain = "culture" if scene == "relic" else "market"
    agency = _agency(doc, region, domain)
    offs = _officers(doc, region)
    doc.t("询问笔录\n（第" + r.choice(["1", "一"]) + "次）\n\n")
    start_h = r.randint(8, 16)
    doc.t("询问时间：")
    _d(doc, days[-1]).t(f"{start_h}时{r.randint(0, 59):02d}分至{start_h + 1}时{r.randint(0, 59):02d}分\n")
    doc.t("询问地点：").k("agency_name", agency).t(r.choice(["询问室", "三楼办公室", "执法办案区"]) + "\n")
    doc.t("询问人：").k("officer_name", offs[0][0]).t("、").k("officer_name", offs[1][0]).t("    记录人：")
    doc.k("officer_name", offs[1][0]).t("\n")
    if scene == "forklift":
        p = _person(doc, sex="男", born=r.randint(1975, 2003), region=region)
    elif scene == "kitchen":
        p = _person(doc, born=r.randint(1975, 1999), region=region, urban=True, local=True)
    else:
        p = _person(doc, sex="男", born=r.randint(1955, 1980), region=region, local=True)
    doc.t("被询问人：").name(p).t(
        f"    性别：{p.gender}    年龄：{_age(p, days[-1])}岁    民族：{p.extra['nation']}\n"
    )
    doc.t("身份证号码：")
    _idn(doc, p).t("\n现住址：")
    _addr(doc, p).t("\n联系电话：")
    _phone(doc, p).t("\n")
    role = {"forklift": "证人（叉车驾驶人员）", "kitchen": "当事人", "relic": "当事人"}[scene]
    doc.t(f"被询问人与本案关系：{role}\n")
    case = {"forklift": "叉车使用情况", "kitchen": "你经营网络外卖的情况", "relic": "你在保护范围内挖掘一事"}[
        scene
    ]
    doc.t("问：我们是").k("agency_name", agency).t("的执法人员").k("officer_name", offs[0][0]).t("、").k(
        "officer_name", offs[1][0]
    )
    doc.t("，这是我们的执法证件（证号：").k("officer_cert", offs[0][1]).t("、").k("officer_cert", offs[1][1])
    doc.t(
        f"），请你过目。现依法就{case}向你了解情况，你应当如实回答。你有陈述和申辩的权利，如认为我们与本案有利害关系，可以申请回避。你听清楚了吗？\n"
    )
    doc.t("答：听清楚了，不申请回避。\n问：你现在身体状况如何？能否正常接受询问？\n答：可以。\n")
    if scene == "forklift":
        co = _company_name(doc, region, ["物流", "仓储", "建材"])
        boss = _rep(doc, region)
        safety = _person(doc, born=r.randint(1975, 1995), region=region)
        holder = _person(doc, sex="男", born=r.randint(1970, 1995), region=region)
        doc.t("问：你在哪个单位工作？做什么工作？\n答：我在").k("org_name", co).t(
            f"上班，在仓库做搬运，有时候开叉车，来了{r.randint(3, 20)}个月。\n"
        )
        doc.t("问：你有没有取得特种设备作业人员证？\n答：没有。我以前在老家跟").t(
            r.choice(COMMON15[:30]) + "师傅学过开叉车，没考证。\n"
        )
        doc.t("问：")
        _d(doc, days[0]).t("上午你在做什么？\n答：那天开叉车的").name(holder).t("请假了，仓库主管").name(
            safety
        )
        doc.t("叫我开叉车装货，后来你们就来检查了。\n问：那台叉车是什么时候买的？有没有办理使用登记？\n")
        doc.t(
            f"答：听说是{r.choice(['年初', '上个月', '去年底'])}买的新车，登记的事我不清楚，车上没有贴登记标志。\n"
        )
        doc.t("问：你们仓库一共有几个人会开叉车？\n答：有证的就").name(holder).t("一个，其他都是搬运工。\n")
        doc.t("问：公司知道你没有证吗？\n答：知道，").name(safety)
        doc.t("说就开几天，等").t(holder.surname + "师傅" if holder.surname else "他").t(
            "回来就不用我开了。老板"
        )
        doc.k("legal_rep", boss.name).t("也知道。\n")
        _keep(doc, boss.name)
        doc.t("问：你的工资是多少？怎么发放？\n答：每个月").p("financial", f"{r.randint(45, 75)}00元").t(
            "，每月15号打到我的"
        )
        doc.t(r.choice(["农业银行", "建设银行", "邮政储蓄银行"]) + "卡上，卡号是").p(
            "bank_account", doc.w.bank()
        ).t("。\n")
    elif scene == "kitchen":
        store = r.choice(FOOD_HEADS) + r.choice(FOOD_KIND)
        app, _co = r.choice(APPS15)
        helper = _kin(doc, p, _spouse(p))
        lender = _person(doc, region=region)
        lend_shop = region[2] + r.choice(TRADE15) + "小吃店"
        doc.t(f"问：你在{app}平台上开的店铺叫什么名字？什么时候开的？\n答：叫“").k("org_name", store).t("”，")
        _d(doc, days[0] - timedelta(days=r.randint(60, 300)), "md").t("开的。\n")
        doc.t("问：店铺的食品在哪里加工？\n答：就在我租的房子里，").t(_local(p.region)).p(
            "address", p.address_detail
        ).t("。\n")
        doc.t("问：你有没有办理食品经营许可证？\n答：没有。平台上传的许可证是").name(lender).t("的，就是")
        doc.k("org_name", lend_shop).t("，我们是老乡，他借给我用的。\n")
        doc.t("问：还有谁和你一起经营？\n答：我" + ("老婆" if p.gender == "男" else "老公")).name(helper)
        doc.t(
            "帮忙接单、打包。\n问：外卖是怎么送出去的？\n答：都是平台骑手上门来取，我们在楼下单元门口交给骑手。\n"
        )
        doc.t("问：你租的房子房东知道你在家里做外卖吗？\n答：房东姓").t(r.choice(COMMON15[:40]))
        doc.t("，住在外地，他不知道。\n问：每个月大概卖多少单？收入多少？\n答：一个月")
        doc.t(f"{r.randint(150, 900)}单左右，扣掉平台的钱，每个月到手大概").p(
            "financial", f"{r.randint(4, 15)}000元"
        ).t("。\n")
        doc.t("问：货款结算到哪里？\n答：平台结算到我的银行卡，卡号").p("bank_account", doc.w.bank()).t(
            "。\n"
        )
    else:
        son = _kin(doc, p, "子")
        digger = _person(doc, sex="男", born=r.randint(1970, 1995), region=region)
        village = r.choice(VILLAGES15)
        doc.t("问：")
        _d(doc, days[0], "md").t("你在什么地方挖土？挖来做什么？\n答：在").k("place", village)
        doc.t("后面那块坡地，是我家承包的地，我想挖个鱼塘养鱼。\n")
        doc.t("问：你知不知道那里是文物保护单位？\n答：知道那边有块牌子，不知道自己家的地也不能挖。\n")
        doc.t("问：挖掘机是谁开的？\n答：是我请的").name(digger).t("，他是").k(
            "place", r.choice(VILLAGES15)
        ).t(f"的，一个小时{r.randint(15, 30)}0块钱。\n")
        doc.t("问：挖出来什么东西？\n答：一些碎瓦片、砖头，还有铜钱。铜钱是我儿子").name(son)
        doc.t(f"捡的，有{r.randint(6, 60)}个，放在家里。\n问：你儿子今年多大？做什么工作？\n")
        doc.t(f"答：{_age(son, days[-1])}岁，平时在外面打工，那几天刚好回家帮忙。\n问：一共挖了几天？\n")
        doc.t(
            f"答：挖了{r.randint(2, 6)}天，村里来人说不能挖，就停了。\n问：为什么没有报告？\n答：觉得不值钱，就没报。现在愿意全部交出来。\n"
        )
    doc.t("问：以上所说是否属实？\n答：属实。\n问：你还有什么要补充的吗？\n")
    doc.t(r.choice(["答：没有了。\n", "答：希望政府从轻处理，我以后一定注意。\n", "答：我愿意配合整改。\n"]))
    doc.t("问：请你看一下笔录，如记录无误请签名。\n")
    doc.t("答：以上笔录我已看过，和我说的一样。\n\n被询问人：").name(p).t("（签名、捺印）\n")
    _d(doc, days[-1]).t("\n询问人：").k("officer_name", offs[0][0]).t("  ").k("officer_name", offs[1][0]).t(
        "\n"
    )
    doc.t(r.choice(["第2页 共2页", "第 2 页 共 2 页", "2/2"]) + "\n")


# ---- 答复意见 -----------------------------------------------------------------------------------


def l_letter(doc: Doc) -> None:
    r = doc.r
    _scanned(doc, 0.6)
    region = r.choice(REGIONS)
    days = _timeline(doc, 6, span=75)
    scene = r.choice(["housing", "market", "defence", "water"])
    agency = _agency(doc, region, scene)
    head = region[2][:2] if len(region[2]) > 2 else region[2][:1]
    code = {"housing": "建信复", "market": "市监投复", "defence": "人防信复", "water": "水信复"}[scene]
    title = (
        "投诉处理结果告知书" if scene == "market" else r.choice(["信访事项处理意见书", "信访事项答复意见书"])
    )
    we = "本办" if scene == "defence" else "本局"
    doc.k("agency_name", agency).t("\n" + title + "\n")
    doc.k("doc_number", f"{head}{code}〔{days[-1].year}〕{r.randint(1, 160)}号").t("\n\n")
    p = _person(doc, region=region, born=r.randint(1955, 1998))
    honor = "先生" if p.gender == "男" else "女士"
    staff = [nm for nm, _c in _officers(doc, region)]
    channel = (
        "全国12315平台" if scene == "market" else r.choice(["12345政务服务便民热线", "来信", "网上信访平台"])
    )
    topic = {"housing": "商品住房质量问题", "market": "网络订餐纠纷", "defence": "小区地下人防工程被占用问题",
             "water": "河道内堆放砂石问题"}[scene]  # fmt: skip
    if scene != "market" and r.random() < 0.7:
        doc.t("信访人：").name(p).t(f"，{p.gender}，")
        if r.random() < 0.5:
            doc.t("身份证号码：")
            _idn(doc, p).t("，")
        doc.t("联系电话：")
        _phone(doc, p)
        if r.random() < 0.3:
            doc.t("，QQ：").p("contact", _digits(doc, r.randint(8, 10)))
        doc.t("\n信访事项：" + topic + "\n\n")
    doc.name(p).t(honor + "：\n您于")
    _d(doc, days[0]).t(f"通过{channel}反映的{topic}，{we}已于")
    _d(doc, days[1]).t(f"受理（受理编号：{_digits(doc, r.choice([10, 12, 14]))}）。{we}高度重视，于")
    _d(doc, days[2]).t("安排工作人员").k("officer_name", staff[0]).t("、").k("officer_name", staff[1])
    doc.t("进行了调查核实。现将有关情况答复如下：\n")
    if scene == "housing":
        dev = _company_name(doc, region, ["置业", "房地产开发"])
        dev_rep = _rep(doc, region)
        builder = _company_name(doc, region, ["建筑工程", "建设工程"])
        clerk = _person(doc, region=region, born=r.randint(1985, 1998))
        estate = r.choice(ESTATES15)
        b = r.randint(1, 20)
        doc.t("一、您反映的主要问题\n您反映，您购买的")
        doc.p("address", f"{estate}{b}栋{r.randint(1, 3)}单元{r.randint(2, 30)}{r.randint(1, 4):02d}室")
        doc.t(
            f"于{days[0].year - r.randint(1, 2)}年交付使用，交房不到两年，卫生间及外墙多处渗水，客厅墙面发霉，"
        )
        doc.t("您多次向开发商").k("org_name", dev).t("报修，其客服经理").name(clerk).t(
            "答应维修但一直未彻底解决。\n"
        )
        doc.t("二、调查核实情况\n工作人员会同开发商、施工单位").k("org_name", builder).t(
            "及监理单位到现场查看，"
        )
        doc.t(
            "确认您家卫生间防水层局部破损、外墙窗框与墙体接缝处密封胶老化开裂，渗水系外墙窗框防水处理不到位所致。"
        )
        doc.t(f"经走访，该小区{b}栋另有").name(_person(doc, region=region)).t("、").name(
            _person(doc, region=region)
        )
        doc.t(f"等{r.randint(3, 9)}户存在类似情况。\n")
        doc.t("根据").k("law_title", "《建设工程质量管理条例》").k("article", "第四十条").t(
            "的规定，在正常使用条件下，"
        )
        doc.t("有防水要求的卫生间、房间和外墙面的防渗漏，最低保修期限为5年，您反映的问题仍在保修期内，")
        doc.t("应由建设单位组织施工单位履行保修义务。\n")
        doc.t("三、处理意见\n").t(we).t("已于")
        _d(doc, days[3]).t("约谈").k("org_name", dev).t("法定代表人").k("legal_rep", dev_rep.name)
        doc.t("，责令其制定维修方案，于")
        _d(doc, days[-1] + timedelta(days=r.randint(20, 45))).t("前完成维修，并承担维修期间的相关费用。")
        doc.t(f"{we}将对维修全过程进行监督，并对施工单位可能存在的工程质量违法行为依法立案调查。\n")
        _keep(doc, dev_rep.name)
    elif scene == "market":
        store = r.choice(FOOD_HEADS) + r.choice(FOOD_KIND)
        app, app_co = r.choice(APPS15)
        rider = _person(doc, sex="男", born=r.randint(1985, 2004))
        op = _person(doc, region=region)
        doc.t(f"一、投诉内容\n您投诉称，您在“{app}”平台“").k("org_name", store).t(
            "”店铺订购的外卖送达时汤汁洒漏、餐品变质，"
        )
        doc.t("配送骑手").name(rider).t("态度恶劣，商家拒绝退款。您留存的收货地址为")
        doc.t(_local(region)).p("address", _home(doc, True)).t("。\n")
        doc.t("二、调查处理情况\n经查，该店铺的经营者为").name(op).t("，实体门店位于").k(
            "place", _local(region) + r.choice(PERSON_ROADS + ROADS15) + f"{r.randint(1, 300)}号"
        )
        doc.t("，持有有效的食品经营许可证。工作人员调取了平台订单记录和配送轨迹，该订单出餐后配送用时")
        doc.t(f"{r.randint(45, 95)}分钟，餐盒未使用封签。")
        _d(doc, days[3]).t("，工作人员组织双方进行调解，经调解，商家同意退还您餐费并赔偿")
        doc.t(
            f"{r.randint(50, 500)}元，双方达成和解。对该店铺检查中发现的从业人员健康证明过期等问题，{we}已责令其改正。\n"
        )
        doc.t("根据网络餐饮服务食品安全管理的有关规定，入网餐饮服务提供者应当使用安全、无害的配送容器，")
        doc.t("送餐人员应当保持个人卫生，配送过程中应当采取措施防止食品污染。\n")
        doc.t("关于您反映的骑手服务态度问题，工作人员已将有关情况转交").k("org_name", app_co)
        doc.t("核查。平台反馈，骑手").name(rider).t(
            "系其合作配送站点的众包骑手，平台已对其进行了约谈和培训，并扣减当月服务评分。\n"
        )
        doc.t("三、告知事项\n如您对处理结果有异议，可以依法向人民法院提起民事诉讼。\n")
    elif scene == "defence":
        estate = r.choice(ESTATES15)
        prop = _company_name(doc, region, ["物业服务", "物业管理"])
        tenant = _person(doc, region=region)
        doc.t("一、您反映的主要问题\n您反映，").k("place", estate).t(
            "地下人防工程被物业服务企业出租给他人作仓库，"
        )
        doc.t("货车夜间进出噪音扰民，影响您所住").p(
            "address", f"{r.randint(1, 20)}栋{r.randint(1, 28)}{r.randint(1, 4):02d}室"
        )
        doc.t("的正常生活，并担心存放物品存在火灾隐患。\n二、调查核实情况\n经现场检查，").k("org_name", prop)
        doc.t("系该小区物业服务企业，负责结建人防工程的日常维护管理。该公司")
        doc.t("于").k("date", _ds(days[0] - timedelta(days=r.randint(90, 400)))).t(
            "将该工程部分防护单元出租给"
        ).name(tenant)
        doc.t("堆放日用百货，承租人擅自拆除了防护密闭门，工程内堆放的纸箱等可燃物未按规定设置消防设施。")
        doc.t("人民防空工程平时可以用于停车等用途，但不得影响其防空效能，更不得擅自拆除防护设备设施。\n")
        doc.t("三、处理意见\n").t(we).t("已对承租人").name(tenant).t("的违法行为依法立案查处，并责令").k(
            "org_name", prop
        )
        doc.t("于")
        _d(doc, days[-1] + timedelta(days=30)).t(
            "前收回出租场地、恢复人防工程防护功能；相关消防安全问题已移交"
        )
        doc.k("agency_name", _local(region) + "消防救援大队").t("处理。\n")
    else:
        river = r.choice(RIVERS15)
        village = r.choice(VILLAGES15)
        dumper = _person(doc, sex="男", region=region)
        doc.t("一、您反映的主要问题\n您反映，").k("place", village).t(
            f"段{river}河道内有人长期堆放砂石、夜间挖沙，"
        )
        doc.t("河岸垮塌，危及您家位于").p(
            "address", f"{r.choice(TOWNS15)}{village}{r.randint(1, 12)}组{r.randint(1, 120)}号"
        )
        doc.t(
            "的房屋安全，要求对河岸进行加固。\n二、调查核实情况\n工作人员会同镇水利站对该河段进行了现场核查和连续三个夜间蹲守，确认村民"
        ).name(dumper)
        doc.t(f"在河道管理范围内堆放砂石料约{r.randint(200, 3000)}立方米，未发现河道内有采砂行为。")
        doc.t(
            f"您家房屋{r.choice(['东', '南', '西'])}侧约{r.randint(8, 40)}米处河岸有长约{r.randint(5, 30)}米的局部坍塌，"
        )
        doc.t("系汛期水流冲刷所致。\n根据").k("law_title", "《中华人民共和国水法》").k(
            "article", "第三十七条第二款"
        )
        doc.t(
            "的规定，禁止在河道管理范围内建设妨碍行洪的建筑物、构筑物以及从事影响河势稳定、危害河岸堤防安全和其他妨碍河道行洪的活动。"
        )
        doc.t("\n三、处理意见\n").t(we).t("已对").name(dumper).t("依法立案查处，责令其限期清除砂石料；")
        doc.t("坍塌河岸已列入今年水毁修复计划，将于汛前完成护岸加固。\n")
    if scene != "market":
        doc.t("四、告知事项\n如您对本处理意见不服，可以自收到本意见书之日起30日内向")
        doc.k("agency_name", region[1] + _AGENCY15[scene]).t("请求复查。\n")
    if r.random() < 0.5:
        doc.t("如您在整改过程中发现新的问题，可随时与" + we + "联系，" + we + "将持续跟踪督办。\n")
    doc.t("感谢您对我们工作的理解和支持。\n联系人：").k("officer_name", staff[0]).t("，联系电话：")
    doc.k("agency_phone", _landline(doc, region)).t("\n")
    _foot(doc, agency, region, days[-1])
    if scene != "market" and r.random() < 0.5:
        doc.t("\n抄送：").k("agency_name", _local(region) + "信访局").t("、").k(
            "agency_name", r.choice(TOWNS15) + "人民政府"
        )
        doc.t("\n")


# ---- exports: CSV and JSON ---------------------------------------------------------------------

_PII_KINDS = {"person_name", "address", "id_number", "phone", "bank_account", "email", "vehicle_plate",
              "property_certificate", "passport", "contact", "other_id", "financial"}  # fmt: skip
Seg = tuple[str | None, str, int | None]


def _emit(doc: Doc, segs: list[Seg]) -> None:
    for kind, text, pid in segs:
        if kind is None:
            doc.t(text)
        elif kind == "person_name":
            doc.p(kind, text, pid=pid)
        elif kind in _PII_KINDS:
            doc.p(kind, text)
        else:
            doc.k(kind, text)


def _plain(segs: list[Seg]) -> str:
    return "".join(t for _k, t, _p in segs)


def _csv_row(doc: Doc, cells: list[list[Seg]], quote: str, eol: str) -> None:
    r = doc.r
    for i, cell in enumerate(cells):
        if i:
            doc.t(",")
        raw = _plain(cell)
        q = (
            quote == "all"
            or "," in raw
            or '"' in raw
            or (quote == "some" and raw != "" and r.random() < 0.25)
        )
        if q:
            doc.t('"')
        _emit(doc, cell)
        if q:
            doc.t('"')
    doc.t(eol)


def _id_cell(doc: Doc, p: Person) -> list[Seg]:
    segs: list[Seg] = []
    if doc.r.random() < 0.15:
        segs.append((None, "'", None))
    segs.append(("id_number", p.id_number, None))
    return segs


_IND = {"food": (["餐饮管理", "食品"], ["小吃店", "快餐店", "餐馆", "烧烤店"]),
        "ad": (["生物科技", "健康科技", "文化传媒"], ["保健品店", "土特产店", "茶叶店"]),
        "tm": (["商贸", "鞋业"], ["百货商行", "鞋店", "日用品店"]),
        "lift": (["物流", "仓储", "纸业"], ["五金建材店"]),
        "well": (["水产养殖", "农业发展", "洗涤服务"], ["洗车场", "养殖场"]),
        "river": (["建材", "砂石贸易", "运输"], ["建材经营部"]),
        "shelter": (["商贸", "电子商务"], ["批发部"]),
        "build": (["建筑工程", "建设工程"], ["装修队"]),
        "wx": (["文化传媒"], ["摄影工作室"]),
        "stats": (["商贸"], ["汽车修理厂", "农家乐", "五金店"])}  # fmt: skip
# case: (domain, kinds allowed, violation type, basis (law, article), fine range for a person, for others)
_PEN_CASES = {
    "food": ("market", "ps", "未取得食品经营许可从事网络餐饮服务", ("《中华人民共和国食品安全法》", "第一百二十二条第一款"),
             (50000, 100000), (50000, 100000)),
    "ad": ("market", "ops", "发布涉及疾病治疗功能的普通食品广告", ("《中华人民共和国广告法》", "第五十八条第一款第（二）项"),
           (10000, 60000), (30000, 200000)),
    "tm": ("market", "ps", "销售侵犯注册商标专用权的商品", ("《中华人民共和国商标法》", "第六十条第二款"), (2000, 30000),
           (3000, 50000)),
    "lift": ("market", "o", "使用未取得相应资格的人员从事叉车作业", ("《中华人民共和国特种设备安全法》", "第八十六条第（一）项"),
             (10000, 50000), (10000, 50000)),
    "well": ("water", "ops", "未经批准擅自取用地下水", ("《中华人民共和国水法》", "第六十九条第（一）项"), (20000, 50000),
             (20000, 100000)),
    "river": ("water", "po", "在河道管理范围内堆放砂石料妨碍行洪", ("《中华人民共和国水法》", "第六十五条第一款"),
              (10000, 50000), (20000, 100000)),
    "shelter": ("defence", "po", "拆除人民防空工程防护设备", ("《中华人民共和国人民防空法》", "第四十九条第（三）项"),
                (1000, 5000), (10000, 50000)),
    "build": ("housing", "o", "施工单位未按照工程设计图纸和施工技术标准施工", ("《建设工程质量管理条例》", "第六十四条"),
              (200000, 2000000), (200000, 2000000)),
    "wx": ("weather", "p", "损毁气象设施", ("《中华人民共和国气象法》", "第三十五条第一款第（一）项"), (2000, 20000),
           (2000, 20000)),
    "stats": ("stats", "s", "拒绝提供统计资料", ("《中华人民共和国统计法》", "第四十四条第一款第（一）项"), (500, 5000),
              (500, 5000)),
}  # fmt: skip


def _subject(doc: Doc, region: tuple[str, str, str], kind: str, case: str) -> dict:
    r = doc.r
    cos, shops = _IND[case]
    if kind == "o":
        co = _company_name(doc, region, cos)
        rep = _rep(doc, region)
        _keep(doc, rep.name)
        return {
            "name": [("org_name", co, None)],
            "cat": "法人及非法人组织",
            "code": [("credit_code", doc.w.uscc(), None)],
            "rep": [("legal_rep", rep.name, None)],
            "rep_id": _id_cell(doc, rep),
            "idtype": "",
            "id": [],
            "who": rep,
        }
    if kind == "s":
        op = _person(doc, region=region)
        head = (op.surname + r.choice(["记", "氏"])) if op.surname and r.random() < 0.3 else r.choice(TRADE15)
        shop = region[2] + head + r.choice(shops)
        return {
            "name": [("org_name", shop, None)],
            "cat": "个体工商户",
            "code": [("credit_code", doc.w.uscc("92"), None)],
            "rep": [("person_name", op.name, op.pid)],
            "rep_id": _id_cell(doc, op),
            "idtype": "身份证",
            "id": _id_cell(doc, op),
            "who": op,
        }
    p = _person(doc, region=region)
    return {
        "name": [("person_name", p.name, p.pid)],
        "cat": "自然人",
        "code": [],
        "rep": [],
        "rep_id": [],
        "idtype": "身份证",
        "id": _id_cell(doc, p),
        "who": p,
    }


def _reason(doc: Doc, region: tuple[str, str, str], case: str) -> list[Seg]:
    r = doc.r
    if case == "tm":
        brand = r.choice(BRANDS15)
        market = region[2] + r.choice(["东门", "城北", "新塘"]) + r.choice(MARKETS15)
        return [
            (None, "在", None),
            ("place", market, None),
            (None, "销售侵犯“", None),
            ("org_name", brand[0], None),
            (None, f"”注册商标专用权的{brand[2]}", None),
        ]
    if case == "food":
        app = r.choice(APPS15)[0]
        return [(None, f"未取得食品经营许可，在住宅内加工制作热食类食品并通过“{app}”平台销售", None)]
    if case == "river":
        return [
            (None, f"在{r.choice(RIVERS15)}", None),
            ("place", r.choice(VILLAGES15), None),
            (None, "段河道管理范围内堆放砂石料、搭建工棚，妨碍行洪", None),
        ]
    if case == "well":
        return [
            (None, "未取得取水许可，在", None),
            ("place", r.choice(VILLAGES15), None),
            (None, "打井抽取地下水用于" + r.choice(["养殖", "洗车", "灌溉"]), None),
        ]
    if case == "shelter":
        return [
            (None, "擅自拆除", None),
            ("place", r.choice(ESTATES15), None),
            (None, "地下人防工程防护密闭门，将工程用作仓库", None),
        ]
    if case == "wx":
        return [
            (None, "操控无人机撞坏", None),
            ("place", region[2] + "国家基本气象站", None),
            (None, "自动气象站传感器", None),
        ]
    if case == "build":
        return [
            (None, "在", None),
            ("place", r.choice(ESTATES15) + "二期住宅项目", None),
            (None, "施工中未按照工程设计图纸施工，楼板混凝土强度不符合设计要求", None),
        ]
    if case == "stats":
        return [(None, "作为统计调查对象，经催报后仍拒绝提供统计资料", None)]
    if case == "lift":
        return [(None, "安排未取得特种设备作业人员证的员工驾驶叉车作业", None)]
    return [(None, "在直播中宣传普通食品具有" + r.choice(["降血糖", "治疗失眠", "降尿酸"]) + "功效", None)]


def _content(doc: Doc, fine: int, case: str = "") -> tuple[list[Seg], str]:
    """The penalty as a table cell, and its 处罚类别."""
    r = doc.r
    roll = r.random()
    amt = f"{fine}元" if r.random() < 0.7 else f"{fine / 10000:g}万元"
    if case not in ("food", "ad", "tm") or roll < 0.4:
        if roll < 0.7:
            return [(None, "罚款", None), ("amount", amt, None)], "罚款"
        return [(None, "警告；罚款", None), ("amount", amt, None)], "警告、罚款"
    gain = r.randint(300, 20000)
    segs: list[Seg] = [
        (None, "没收违法所得", None),
        ("amount", f"{gain}元", None),
        (None, "，罚款", None),
        ("amount", amt, None),
    ]
    return segs, "没收违法所得、罚款"


def x_csv_penalty(doc: Doc) -> None:
    r = doc.r
    region = r.choice(REGIONS)
    wide = r.random() < 0.45
    rows = r.randint(5, 9) if wide else r.randint(7, 13)
    days = _timeline(doc, rows + 1, span=90, years=(2023, 2024), latest=date(2024, 8, 31))
    style = r.choice(["dash", "slash"])
    quote = r.choice(["all", "some", "min"])
    eol = "\r\n" if r.random() < 0.4 else "\n"
    agencies = {dom: _agency(doc, region, dom) for dom in _AGENCY15}
    agency_codes = {dom: doc.w.uscc("11") for dom in _AGENCY15}
    if wide:
        header = ["行政处罚决定书文号", "行政相对人名称", "行政相对人类别", "统一社会信用代码", "法定代表人",
                  "法定代表人证件类型", "法定代表人证件号码", "证件类型", "证件号码", "违法行为类型", "违法事实",
                  "处罚依据", "处罚类别", "处罚内容", "罚款金额（万元）", "处罚决定日期", "公示截止期", "处罚机关",
                  "处罚机关统一社会信用代码"]  # fmt: skip
    else:
        header = ["行政相对人名称", "行政相对人类别", "统一社会信用代码", "法定代表人", "证件类型", "证件号码",
                  "处罚事由", "处罚依据", "处罚决定日期", "处罚机关"]  # fmt: skip
    if r.random() < 0.4:
        a, b = days[0], days[-2]
        span = (
            f"{a.year}年{a.month}月至{b.month}月"
            if a.year == b.year
            else f"{a.year}年{a.month}月至{b.year}年{b.month}月"
        )
        doc.t(f"{_local(region)}行政处罚结果信息（{span}）")
        doc.t("," * (len(header) - 1) + eol)
    _csv_row(doc, [[(None, h, None)] for h in header], "all" if quote == "all" else "min", eol)
    for day in days[:-1]:
        case = r.choice(sorted(_PEN_CASES))
        dom, kinds, vtype, basis, pfine, ofine = _PEN_CASES[case]
        kind = r.choice(kinds)
        sub = _subject(doc, region, kind, case)
        lo, hi = pfine if kind == "p" else ofine
        fine = _fine(doc, lo, hi, 500)
        docno = [("doc_number", _docno(doc, region, dom, day.year), None)]
        basis_segs: list[Seg] = [("law_title", basis[0], None), ("article", basis[1], None)]
        content, category = _content(doc, fine, case)
        if wide:
            rep_type = "身份证" if kind == "s" or (kind == "o" and r.random() < 0.5) else ""
            rep_id = sub["rep_id"] if rep_type else []
            id_type = sub["idtype"] if kind == "p" else ""
            ids = sub["id"] if kind == "p" else []
            cells = [docno, sub["name"], [(None, sub["cat"], None)], sub["code"], sub["rep"],
                     [(None, rep_type, None)], rep_id, [(None, id_type, None)], ids, [(None, vtype, None)],
                     _reason(doc, region, case), basis_segs, [(None, category, None)],
                     content, [(None, f"{fine / 10000:.4g}", None)], [("date", _ds(day, style), None)],
                     [("date", _ds(day + timedelta(days=365 * r.choice([1, 3])), style), None)],
                     [("agency_name", agencies[dom], None)], [("credit_code", agency_codes[dom], None)]]  # fmt: skip
        else:
            reason = _reason(doc, region, case) if r.random() < 0.6 else [(None, vtype, None)]
            cells = [sub["name"], [(None, sub["cat"], None)], sub["code"], sub["rep"], [(None, sub["idtype"], None)],
                     sub["id"] if kind != "o" else [], reason, basis_segs, [("date", _ds(day, style), None)],
                     [("agency_name", agencies[dom], None)]]  # fmt: skip
        _csv_row(doc, cells, quote, eol)


_PERMITS = ["food", "reg", "operator", "well", "build", "builder", "shelter", "balloon"]


def x_csv_permit(doc: Doc) -> None:
    r = doc.r
    region = r.choice(REGIONS)
    days = _timeline(doc, r.randint(7, 12), span=60, years=(2023, 2024, 2025))
    style = r.choice(["dash", "slash", "cn"])
    quote = r.choice(["all", "some", "min"])
    eol = "\r\n" if r.random() < 0.4 else "\n"
    short = _short(region)
    head = region[2][:2] if len(region[2]) > 2 else region[2][:1]
    header = ["行政相对人名称", "行政相对人类别", "统一社会信用代码", "法定代表人", "证件类型", "证件号码",
              "行政许可决定文书号", "许可证书名称", "许可编号", "许可内容", "许可决定日期", "有效期自", "有效期至",
              "许可机关"]  # fmt: skip
    _csv_row(doc, [[(None, h, None)] for h in header], "all" if quote == "all" else "min", eol)
    for day in days[:-1]:
        what = r.choice(_PERMITS)
        years = 5
        if what == "food":
            dom, kind = "market", r.choice("os")
            sub = _subject(doc, region, kind, "food")
            cert, number = "食品经营许可证", [("permit_number", _permit_food(doc, region), None)]
            content = [(None, r.choice(["预包装食品销售（含冷藏冷冻食品）；热食类食品制售", "热食类食品制售；冷食类食品制售（简单制售）",
                                        "预包装食品销售（不含冷藏冷冻食品）"]), None)]  # fmt: skip
        elif what == "reg":
            dom, kind = "market", "o"
            sub = _subject(doc, region, kind, "lift")
            cert = "特种设备使用登记证"
            number = [
                (
                    "permit_number",
                    f"车11{short}{r.choice('ABCDE')}{r.randint(0, 99999):05d}({day.year % 100:02d})",
                    None,
                )
            ]
            code = f"5110{_DIST_CODE[region[2]]}{day.year}{r.randint(1, 9999):04d}"
            content = [
                (None, "场（厂）内专用机动车辆（叉车）1台，设备代码：", None),
                ("permit_number", code, None),
            ]
            years = 0
        elif what == "operator":
            dom, kind = "market", "p"
            sub = _subject(doc, region, kind, "lift")
            cert, number = "特种设备安全管理和作业人员证", [("other_id", _operator_cert(doc, region), None)]
            content = [(None, "叉车司机（N1）", None)]
            years = 4
        elif what == "well":
            dom, kind = "water", r.choice("ops")
            sub = _subject(doc, region, kind, "well")
            no = f"取水（{short}{head}）字〔{day.year}〕第{r.randint(1, 300):05d}号"
            cert, number = "取水许可证", [("other_id" if kind == "p" else "permit_number", no, None)]
            content = [
                (None, "取水地点：", None),
                ("place", r.choice(VILLAGES15), None),
                (None, f"；水源类型：地下水；年取水量{r.randint(1, 30) / 10:g}万立方米", None),
            ]
        elif what == "build":
            dom, kind = "housing", "o"
            sub = _subject(doc, region, kind, "build")
            no = f"{_DIST_CODE[region[2]]}{day:%Y%m%d}{r.randint(1, 30):02d}01"
            cert, number = "建筑工程施工许可证", [("permit_number", no, None)]
            content = [
                ("place", r.choice(ESTATES15) + r.choice(["二期", "三期"]) + "住宅项目", None),
                (None, f"，建筑面积{r.randint(8000, 160000)}平方米", None),
            ]
            years = 0
        elif what == "builder":
            dom, kind = "housing", "p"
            sub = _subject(doc, region, kind, "build")
            cert = "注册建造师注册证书"
            number = [("other_id", _builder_no(doc, region, day.year), None)]
            content = [
                (None, "一级注册建造师（建筑工程），聘用单位：", None),
                ("org_name", _company_name(doc, region, ["建筑工程", "建设工程"]), None),
            ]
        elif what == "shelter":
            dom, kind = "defence", "o"
            sub = _subject(doc, region, kind, "shelter")
            cert = "人民防空工程平时使用证"
            number = [("permit_number", f"{short}人防使字〔{day.year}〕第{r.randint(1, 300):03d}号", None)]
            content = [
                ("place", r.choice(ESTATES15), None),
                (None, f"地下人防工程{r.randint(800, 9000)}平方米，平时用途：停车库", None),
            ]
        else:
            dom, kind = "weather", "o"
            sub = _subject(doc, region, kind, "wx")
            cert = "升放气球单位资质证"
            number = [("permit_number", f"{short}气球资质〔{day.year}〕第{r.randint(1, 80):03d}号", None)]
            content = [(None, "系留气球、无人驾驶自由气球升放（乙级）", None)]
        agency = _agency(doc, region, dom)
        end = date(day.year + years, day.month, min(day.day, 28) if day.month == 2 else day.day) - timedelta(
            days=1
        )
        until = [("date", _ds(end, style), None)] if years else [(None, "长期", None)]
        pre = {
            "market": "市监许",
            "water": "水许",
            "housing": "建许",
            "defence": "人防许",
            "weather": "气许",
        }[dom]
        decision = [
            (
                "doc_number",
                f"{head}{pre}{r.choice(['', '准', '决'])}〔{day.year}〕{r.randint(1, 900)}号",
                None,
            )
        ]
        cells = [sub["name"], [(None, sub["cat"], None)], sub["code"], sub["rep"], [(None, sub["idtype"], None)],
                 sub["id"], decision, [(None, cert, None)], number, content, [("date", _ds(day, style), None)],
                 [("date", _ds(day, style), None)], until, [("agency_name", agency, None)]]  # fmt: skip
        _csv_row(doc, cells, quote, eol)


def _jline(
    doc: Doc, pad: str, key: str, value: list[Seg] | str | None, last: bool = False, sep: str = ": "
) -> None:
    doc.t(f'{pad}"{key}"{sep}')
    if value is None:
        doc.t("null")
    elif isinstance(value, str):
        doc.t(value)
    else:
        doc.t('"')
        _emit(doc, value)
        doc.t('"')
    doc.t("" if last else ",")


def _jrecord(doc: Doc, pairs: list[tuple[str, list[Seg] | str | None]], indent: int, compact: bool) -> None:
    if compact:
        doc.t("{")
        for i, (k, v) in enumerate(pairs):
            _jline(doc, "", k, v, last=i == len(pairs) - 1, sep=":")
        doc.t("}")
        return
    pad = " " * indent
    doc.t("{\n")
    for i, (k, v) in enumerate(pairs):
        _jline(doc, pad * 2, k, v, last=i == len(pairs) - 1)
        doc.t("\n")
    doc.t(pad + "}")


def x_json(doc: Doc) -> None:
    r = doc.r
    region = r.choice(REGIONS)
    compact = r.random() < 0.35
    indent = r.choice([2, 4])
    pad = " " * indent
    complaints = r.random() < 0.5
    n = r.randint(2, 4) if not compact else r.randint(3, 6)
    days = _timeline(doc, n + 1, span=60, years=(2024, 2025))
    records: list[list[tuple[str, list[Seg] | str | None]]] = []
    for day in days[:-1]:
        if complaints:
            p = _person(doc, region=region)
            app, _co = r.choice(APPS15)
            kind = r.choice(["s", "o"])
            sub = _subject(doc, region, kind, "food")
            officer, _c = _officers(doc, region, 1)[0]
            when = day - timedelta(days=r.randint(1, 6))
            text: list[Seg] = [
                (None, "本人于", None),
                ("date", _ds(when, "md"), None),
                (None, f"在{app}平台该商家订购外卖，", None),
            ]
            roll = r.random()
            kind_word = "投诉" if roll < 0.7 else "举报"
            results = (["调解成功", "调解不成功，已告知投诉人依法诉讼", "商家已退款，投诉人撤回投诉"] if roll < 0.7
                       else ["已立案调查", "经核查未发现违法行为，不予立案", "已移交属地市场监管所处理"])  # fmt: skip
            if roll < 0.35:
                rider = _person(doc, sex="男", born=r.randint(1985, 2004))
                text += [
                    (None, "骑手", None),
                    ("person_name", rider.name, rider.pid),
                    (None, "超时一个多小时才送到，饭菜已凉，且包装袋未封口。要求商家退款。", None),
                ]
            elif roll < 0.7:
                text += [
                    (None, "餐品中吃出头发，商家在", None),
                    ("term", "高温", None),
                    (None, "天气下把菜放在门口台面上，要求赔偿。", None),
                ]
            else:
                text += [(None, "发现该店铺没有实体门店，地址是一个住宅小区，怀疑是无证经营，请核查。", None)]
            addr = [
                (None, "".join(p.region) if r.random() < 0.6 else "", None),
                ("address", p.address_detail, None),
            ]
            pairs = [("登记编号", f'"{_digits(doc, 17)}"'), ("登记时间", [("date", _ds(day, "dash"), None),
                     (None, f" {r.randint(7, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}", None)]),
                     ("诉求类型", [(None, kind_word, None)]),
                     ("姓名", [("person_name", p.name, p.pid)]), ("性别", [(None, p.gender, None)]),
                     ("证件号码", [("id_number", p.id_number, None)] if r.random() < 0.5 else None),
                     ("手机号码", [("phone", p.phone, None)]), ("联系地址", addr if r.random() < 0.7 else None),
                     ("被投诉主体", sub["name"]), ("统一社会信用代码", sub["code"]),
                     ("诉求内容", text), ("处理单位", [("agency_name", _agency(doc, region, "market"), None)]),
                     ("承办人", [("officer_name", officer, None)]),
                     ("办结日期", [("date", _ds(day + timedelta(days=r.randint(5, 20)), "dash"), None)]),
                     ("处理结果", [(None, r.choice(results), None)])]  # fmt: skip
            records.append(pairs)
        else:
            case = r.choice(["food", "tm", "well", "shelter", "wx", "ad", "river"])
            dom, kinds, vtype, basis, pfine, ofine = _PEN_CASES[case]
            kind = "p" if "p" in kinds and r.random() < 0.6 else r.choice(kinds)
            sub = _subject(doc, region, kind, case)
            fine = _fine(doc, *(pfine if kind == "p" else ofine), 500)
            who = sub["who"]
            case_name = sub["name"] + [(None, vtype + "案", None)]
            if kind == "p":
                party: list[tuple[str, list[Seg] | str | None]] = [
                    ("姓名", [("person_name", who.name, who.pid)]),
                    ("证件类型", [(None, "居民身份证", None)]),
                    ("证件号码", [("id_number", who.id_number, None)]),
                    ("住址", [(None, _local(who.region), None), ("address", who.address_detail, None)]),
                ]
            elif kind == "s":
                party = [
                    ("名称", sub["name"]),
                    ("统一社会信用代码", sub["code"]),
                    ("经营者", [("person_name", who.name, who.pid)]),
                    ("经营者证件号码", [("id_number", who.id_number, None)]),
                ]
            else:
                party = [("名称", sub["name"]), ("统一社会信用代码", sub["code"]), ("法定代表人", sub["rep"])]
            pairs = [("案件名称", case_name), ("处罚决定书文号", [("doc_number", _docno(doc, region, dom, day.year), None)]),
                     ("行政相对人类别", [(None, sub["cat"], None)])] + party + [
                     ("违法事实", _reason(doc, region, case)),
                     ("处罚依据", [("law_title", basis[0], None), ("article", basis[1], None)]),
                     ("处罚结果", _content(doc, fine, case)[0]), ("罚款金额", f"{fine}"),
                     ("作出处罚决定日期", [("date", _ds(day, "dash"), None)]),
                     ("处罚机关", [("agency_name", _agency(doc, region, dom), None)])]  # fmt: skip
            records.append(pairs)
    if compact:
        for rec in records:
            _jrecord(doc, rec, indent, True)
            doc.t("\n")
        return
    doc.t(
        "{\n"
        + pad
        + f'"code": 200,\n{pad}"msg": "操作成功",\n{pad}"total": {len(records)},\n{pad}"rows": [\n'
    )
    for i, rec in enumerate(records):
        doc.t(pad)
        _jrecord(doc, rec, indent, False)
        doc.t("," if i < len(records) - 1 else "")
        doc.t("\n")
    doc.t(pad + "]\n}\n")


# ---- the family --------------------------------------------------------------------------------


def _own_streams(name: str, template: Callable[[Doc], None]) -> Callable[[Doc], None]:
    """Run a template on random streams of its own: corpus.documents() seeds a world with
    seed * 1000003 + i * 7 + family number, so this family's document i would otherwise share its
    seed (and Faker's ID numbers and phones) with another family's document; the template's name is
    mixed in too, so that two templates run on one seed do not meet the same people. A scanned
    document is put through OCR after it has been written."""

    def run(doc: Doc) -> None:
        doc.r.seed(f"holdout15:{name}:{doc.r.getrandbits(64)}")
        doc.w.fk.seed_instance(doc.r.getrandbits(64))
        template(doc)
        if _st(doc)["scan"]:
            _ocr(doc)

    run.__doc__ = template.__doc__
    return run


HOLDOUT15: dict[str, Callable[[Doc], None]] = {
    name: _own_streams(name, fn)
    for name, fn in {
        "delivery": m_delivery,
        "ad": m_ad,
        "trademark": m_trademark,
        "forklift": m_forklift,
        "quality": h_quality,
        "water": w_water,
        "drone": q_drone,
        "relic": c_relic,
        "burial": s_burial,
        "defence": r_defence,
        "stats": t_stats,
        "interview": q_interview,
        "letter": l_letter,
        "csv_penalty": x_csv_penalty,
        "csv_permit": x_csv_permit,
        "json": x_json,
    }.items()
}
