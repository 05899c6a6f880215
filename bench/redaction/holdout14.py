"""Fourteenth held-out family (``holdout14``): written before the engine ran on it, by a writer who
never read the engine's code or its documentation, so its first run is an honest first-run
measurement.

The way documents really reach a publication pipeline, and areas not used before. About half the
documents are text extracted from PDF: hard line breaks every 20-38 columns regardless of words
(ASCII digits count half a column, and no line starts with a closing punctuation mark), so a name,
an address, an ID number or a phone number can be broken at a line end — the gold span then covers
the whole thing, the line break included; page footers and running headers between pages
(``— 2 —``, ``第 2 页 共 3 页``, the agency's name, which stays) are never put inside a span. Word
exports keep the full-width indentation (　　), spaced-out titles (行 政 处 罚 决 定 书) and
signature blocks with spaced names (王　芳); some party blocks are two-column forms
(当事人：X　　性别：男　　民族：汉族 …).

Areas: 公安 治安管理处罚 (赌博 with a nickname and co-players ``X、Y、Z等三人``, 殴打他人 with the
victim's mother, a 港澳 or 台湾 party and their 通行证 number as other_id, 嫖娼 with a WeChat id and
the family notified), 居民身份证 冒用 with 户籍 details and a 曾用名 (the same person), a 网安 询问笔录
in 问/答 form (QQ号 and 微信号 as contact, a 支付宝 account as phone or email; IP addresses are left
unannotated) and 反电信网络诈骗 (bank cards of the card lender, the victim and the 上家); 出入境:
外国人非法就业 (Latin-script names and their Chinese transliterations as one person, passports, the
employer company and its legal representative, an intermediary) and 非法居留 / 住宿登记 (a Chinese
partner or landlord at home); 市场监管: a food 小作坊 run by a couple, a 加油站 (legal
representative stays, the 加油员 are hidden, 加油机编号 stays as permit_number) and a 农贸市场
price check listing stall holders by 摊位号 (the stall stays as place, one stall holder from Taiwan);
生态环境: burning waste in the open, a diesel truck with its OBD tampered, a pig farmer (an
unregistered 养猪场 named after its owner hides the name inside it; a registered 家庭农场 with a
统一社会信用代码 stays as org_name); 税务: undeclared 个人所得税 (a natural person's income as
financial) and 虚开发票 by a 个体户; 司法行政: a lawyer disciplined (律师执业证号 as other_id, the law
firm and its 主任 stay, the client and her daughter are hidden).

Names come from this module's own pools: about 85 % common surnames drawn by population share, 7 %
less common ones, 3 % compound, 3 % word-like names (李建国, 王国庆, whole names such as 高兴, 江河),
2 % Uyghur, Tibetan, Mongolian, Yi and Kazakh names; given names of one or two characters chosen by
sex and decade of birth; ID numbers agree with age, sex and birthplace (a few legacy 15-digit
numbers and a few with a wrong check character). Protected lookalikes: shops and brands carrying
surnames (老刘面馆, 王老吉, 李宁, 张小泉), roads (中山路, 逸仙路), villages (王家庄) as places,
ordinary words that begin with a surname (马路, 黄金, 张贴, 周边, 高温 — kind ``term``), officers
with their 警号 / 执法证号, 文号, dates in several styles and amounts in figures and in capitals.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date, timedelta

from sanxiang.kernel.identifiers import citizen_id_check_char

from .people import PROVINCE_SHORT, REGIONS, Person
from .templates import Doc

# ---- name pools --------------------------------------------------------------------------------

# The commonest hundred surnames with a rough population share (per ten thousand).
_COMMON14 = (
    "王720 李720 张690 刘550 陈460 杨320 黄210 赵200 吴190 周180 徐130 孙120 马120 朱110 胡110 郭100 "
    "何90 林90 罗90 高90 郑80 梁70 谢60 宋60 唐60 许50 韩50 邓50 冯50 曹50 彭50 曾50 肖40 田40 董40 "
    "潘40 袁40 蔡40 蒋40 余40 于40 杜40 叶40 程40 魏30 苏30 吕30 丁30 任30 卢30 姚30 沈30 钟30 姜30 "
    "崔30 谭30 陆30 范20 汪20 廖20 石20 金20 韦20 贾20 夏20 付20 方20 邹20 熊20 白20 孟20 秦20 邱20 "
    "侯20 江20 尹20 薛20 闫20 段20 雷20 龙20 黎10 史10 陶10 贺10 毛10 郝10 顾10 龚10 邵10 万10 覃10 "
    "武10 钱10 戴10 严10 莫10 孔10 向10 常10 汤10"
)
COMMON14 = [s[0] for s in _COMMON14.split()]
COMMON14_W = [int(s[1:]) for s in _COMMON14.split()]
UNCOMMON14 = "翟邢庄符乔温葛尚柏滕佘隋禹栾岑牛房边臧祝麦揭鄢练闻谌冉宫巩窦凌穆娄苟毕左"
COMPOUND14 = ["欧阳", "欧阳", "欧阳", "上官", "司马", "诸葛", "皇甫", "尉迟", "令狐", "端木", "慕容", "夏侯",
              "公孙", "东方", "呼延", "司徒", "闻人"]  # fmt: skip
# Given names that are ordinary words: sex and the decades that used them.
WORD_GIVEN14 = {"建国": ("男", "50 60"), "国庆": ("男", "50 60 70"), "爱国": ("男", "50 60"),
                "卫东": ("男", "60 70"), "向东": ("男", "60 70"), "新华": ("男", "50 60"),
                "振兴": ("男", "60 70 80"), "爱民": ("男", "60 70"), "为民": ("男", "60 70"),
                "学军": ("男", "60 70"), "长征": ("男", "50 60"), "永生": ("男", "50 60"),
                "红梅": ("女", "60 70"), "海燕": ("女", "70 80"), "秋菊": ("女", "50 60 70"),
                "冬梅": ("女", "60 70 80"), "彩虹": ("女", "80 90"), "雨露": ("女", "90 00"),
                "晨光": ("男", "80 90"), "春风": ("男", "60 70")}  # fmt: skip
# Whole names that are ordinary words.
WORD_FULL14 = {"高兴": "男", "江河": "男", "白露": "女", "马达": "男", "林立": "男", "高洁": "女",
               "常乐": "男", "杨柳": "女", "钟情": "女", "齐全": "男", "余生": "男", "安康": "男",
               "向荣": "男", "金秋": "女", "关爱": "女", "石林": "男", "程序": "男", "方圆": "女"}  # fmt: skip
MINORITY14 = [("买买提·吐尔逊", "男", "维吾尔族"), ("阿依努尔·艾买提", "女", "维吾尔族"),
              ("迪丽努尔·阿不力孜", "女", "维吾尔族"), ("艾尔肯·热合曼", "男", "维吾尔族"),
              ("努尔兰·别克", "男", "哈萨克族"), ("扎西顿珠", "男", "藏族"), ("央金拉姆", "女", "藏族"),
              ("次旦多吉", "男", "藏族"), ("那日苏", "男", "蒙古族"), ("苏日娜", "女", "蒙古族"),
              ("阿拉坦仓", "男", "蒙古族"), ("吉克曲布", "男", "彝族"), ("阿西阿呷", "女", "彝族")]  # fmt: skip
# Other nationalities written with Han-style names.
HAN_STYLE_NATIONS = ["壮族", "回族", "土家族", "苗族", "满族", "侗族"]

GIVEN14_2 = {
    ("50", "男"): "德明 国栋 建华 福生 永福 庆丰 长林 振国 树林 文华 金生 有才 宝林 玉山 志福",
    ("50", "女"): "秀英 桂英 秀兰 玉兰 桂兰 凤英 淑珍 素珍 玉珍 桂香 秀珍 金凤 玉梅 翠兰 凤兰",
    ("60", "男"): "建军 卫国 国平 志强 建平 小平 红卫 国强 建明 振华 永红 国华 志明 伟民 建设",
    ("60", "女"): "秀芳 丽华 建华 红英 桂芳 淑华 玉华 美华 春梅 秀琴 红霞 小红 爱华 桂萍 雪梅",
    ("70", "男"): "志刚 海涛 永刚 晓东 卫兵 建勇 红兵 新民 志勇 国辉 少华 海峰 立新 建军 俊杰",
    ("70", "女"): "丽娟 春燕 晓燕 丽萍 艳红 美玲 小玲 秀梅 晓红 彩霞 艳华 慧敏 丽芳 红艳 玉霞",
    ("80", "男"): "海龙 志鹏 晓明 建辉 文杰 伟华 俊峰 鹏飞 志远 凯华 海滨 振宇 晓辉 明辉 少杰",
    ("80", "女"): "婷婷 丽娜 晓丽 海霞 静怡 倩倩 艳玲 佳丽 晓琳 美琪 小燕 秋月 春晓 晓婷 丽琴",
    ("90", "男"): "子健 浩然 家豪 宇航 明杰 志豪 嘉俊 文韬 天佑 梓健 晓宇 锦涛 佳豪 俊杰 立伟",
    ("90", "女"): "欣怡 诗琪 雨婷 思琪 梦瑶 佳怡 婉婷 丹丹 雅琪 晓雪 心怡 慧琳 梦婷 雪莹 思雨",
    ("00", "男"): "子轩 浩宇 宇轩 俊豪 梓豪 晨阳 博文 宇辰 思远 雨泽 锦程 一鸣 皓然 家乐 子恒",
    ("00", "女"): "子涵 梓涵 诗涵 雨涵 可馨 佳琪 紫涵 语嫣 若曦 雨桐 晨曦 诗雨 欣妍 雅婷 思涵",
    ("10", "男"): "梓睿 沐宸 奕辰 一诺 睿泽 锦宸 子墨 若宇 铭轩 承泽 浩然 宇辰",
    ("10", "女"): "若汐 梓萱 可欣 沐晴 语桐 芷若 欣悦 依诺 安琪 一诺 梓涵 诗涵",
}  # fmt: skip
GIVEN14_1 = {
    ("50", "男"): "明华林生福贵山忠", ("50", "女"): "英兰珍芳秀梅凤",
    ("60", "男"): "军平强勇华明伟刚", ("60", "女"): "华英红梅霞萍芳",
    ("70", "男"): "勇斌刚军涛峰辉明", ("70", "女"): "燕红霞丽敏静娟",
    ("80", "男"): "伟磊鹏超亮杰浩斌", ("80", "女"): "丽静婷娜敏颖洁",
    ("90", "男"): "浩鑫宇杰帅凯翔博", ("90", "女"): "婷雪琪瑶倩悦颖",
    ("00", "男"): "轩宇浩晨昊睿航", ("00", "女"): "涵萱怡琪彤妍",
    ("10", "男"): "睿宸泽辰航", ("10", "女"): "萱彤汐诺玥",
}  # fmt: skip
# Chance of a one-character given name, by decade of birth.
ONE_CHAR14 = {"50": 0.15, "60": 0.22, "70": 0.28, "80": 0.33, "90": 0.28, "00": 0.15, "10": 0.1}

# ---- places ------------------------------------------------------------------------------------

# Division codes of the districts in REGIONS (the first six digits of an ID number issued there).
AREA14 = {"南山区": "440305", "龙华区": "440309", "天河区": "440106", "新会区": "440705", "清城区": "441802",
          "西湖区": "330106", "瑞安市": "330381", "鼓楼区": "320106", "昆山市": "320583", "武侯区": "510107",
          "涪城区": "510703", "岳麓区": "430104", "洪山区": "420111", "金水区": "410105", "龙安区": "410506",
          "历下区": "370102", "黄岛区": "370211", "思明区": "350203", "砀山县": "341321", "章贡区": "360702",
          "朝阳区": "110105", "浦东新区": "310115", "渝北区": "500112", "南开区": "120104", "青秀区": "450103",
          "五华区": "530102", "雁塔区": "610113", "竞秀区": "130602", "甘井子区": "210211", "汇川区": "520303"}  # fmt: skip
# Home towns of people who moved away: (province, city, county, division code).
HOMETOWNS14 = [("河南省", "周口市", "郸城县", "411625"), ("湖南省", "邵阳市", "隆回县", "430524"),
               ("四川省", "南充市", "仪陇县", "511324"), ("江西省", "上饶市", "鄱阳县", "361128"),
               ("广西壮族自治区", "玉林市", "博白县", "450923"), ("安徽省", "阜阳市", "临泉县", "341221"),
               ("湖北省", "黄冈市", "蕲春县", "421126"), ("广东省", "湛江市", "雷州市", "440882"),
               ("贵州省", "毕节市", "大方县", "520521"), ("山东省", "临沂市", "兰陵县", "371324"),
               ("重庆市", "", "开州区", "500154"), ("河北省", "邯郸市", "魏县", "130434")]  # fmt: skip
SUBDISTRICTS14 = ["桃源街道", "沙河街道", "新城街道", "城北街道", "江南街道", "文昌街道", "东城街道", "西园街道",
                  "白云街道", "龙井街道", "望江街道", "金沙街道"]  # fmt: skip
ROADS14 = ["建新路", "育才路", "兴华街", "滨江东路", "工农路", "文体路", "前进街", "振华路", "南环路", "五一路",
           "红旗路", "北京路", "塘尾路", "荔园路", "富民路", "公园路"]  # fmt: skip
ESTATES14 = ["天御花园", "万科城", "香榭里", "碧桂园", "星河丹堤", "金地名苑", "山水华府", "绿景新苑", "海悦华庭",
             "恒大名都", "龙湖春江郦城", "学府花园", "华侨新村", "铁路新村", "粮食局宿舍", "幸福家园"]  # fmt: skip
TOWNS14 = ["大岭镇", "沙溪镇", "白沙镇", "石门镇", "黄坡镇", "马鞍镇", "清水镇", "三江镇", "龙潭镇", "梅花镇"]
VILLAGES14 = ["新屋村", "竹园村", "岭头村", "田心村", "长岗村", "大塘村", "坪上村", "荷塘村", "水口村", "高岭村",
              "石坝村", "牛栏村"]  # fmt: skip
URBAN_VILLAGES14 = ["岗头新村", "水围村", "白石村", "上沙村", "南岭村", "塘厦村"]
TRADE14 = ["富源", "鸿运", "隆昌", "骏达", "嘉禾", "汇丰源", "宝利", "金穗", "同心", "创新", "华茂", "乐丰", "益民",
           "广德", "安泰", "明信", "新景", "联发"]  # fmt: skip
HOSPITALS14 = ["人民医院", "中医院", "第二人民医院", "中西医结合医院"]
BANKS14 = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "交通银行", "中国邮政储蓄银行",
           "招商银行", "农村商业银行", "兴业银行", "平安银行"]  # fmt: skip
CN_DIGITS = "〇一二三四五六七八九"
CN_COUNT = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
_UPPER = "零壹贰叁肆伍陆柒捌玖"
_MUNICIPAL = {"北京市": "京", "上海市": "沪", "重庆市": "渝", "天津市": "津"}

# ---- foreigners --------------------------------------------------------------------------------

# (nationality, sex, Latin spelling, Chinese transliteration, passport shape)
FOREIGN14 = [
    ("越南", "男", "NGUYEN VAN AN", "阮文安", "C7"), ("越南", "男", "TRAN VAN HUNG", "陈文雄", "C7"),
    ("越南", "女", "NGUYEN THI MAI", "阮氏梅", "C7"), ("越南", "女", "LE THI HOA", "黎氏花", "C7"),
    ("越南", "男", "PHAM VAN TUAN", "范文俊", "C7"), ("越南", "女", "HOANG THI THU", "黄氏秋", "C7"),
    ("越南", "男", "Vu Van Nam", "武文南", "C7"), ("越南", "女", "Dang Thi Huong", "邓氏香", "C7"),
    ("缅甸", "男", "AUNG KO KO", "昂哥哥", "MA6"), ("缅甸", "女", "KHIN MAR", "钦玛", "MB6"),
    ("缅甸", "男", "ZAW MIN HTUN", "佐敏吞", "MA6"), ("缅甸", "女", "MYA MYA WIN", "妙妙温", "MB6"),
    ("韩国", "男", "KIM MIN JUN", "金敏俊", "M8"), ("韩国", "女", "Park Seo-yeon", "朴瑞妍", "M8"),
    ("韩国", "男", "Lee Ji-hoon", "李智勋", "M8"), ("韩国", "女", "CHOI SU BIN", "崔秀彬", "M8"),
    ("美国", "男", "JOHN SMITH", "约翰·史密斯", "9"), ("美国", "女", "Emily Johnson", "艾米丽·约翰逊", "9"),
    ("美国", "男", "Michael Brown", "迈克尔·布朗", "A8"), ("英国", "男", "James Wilson", "詹姆斯·威尔逊", "9"),
    ("英国", "女", "SOPHIE TAYLOR", "索菲·泰勒", "9"), ("加拿大", "男", "Daniel Martin", "丹尼尔·马丁", "AB6"),
    ("俄罗斯", "男", "IVAN PETROV", "伊万·彼得罗夫", "9"), ("俄罗斯", "女", "Anna Ivanova", "安娜·伊万诺娃", "9"),
    ("俄罗斯", "女", "OLGA SMIRNOVA", "奥尔加·斯米尔诺娃", "9"), ("乌克兰", "女", "Kateryna Bondar", "卡捷琳娜·邦达尔", "FA6"),
    ("菲律宾", "女", "MARIA SANTOS", "玛丽亚·桑托斯", "P7A"), ("菲律宾", "女", "Angelica Cruz", "安杰莉卡·克鲁斯", "P7A"),
    ("菲律宾", "男", "JOSE REYES", "何塞·雷耶斯", "P7A"), ("尼日利亚", "男", "CHINEDU OKAFOR", "奇内杜·奥卡福", "A8"),
    ("尼日利亚", "男", "Emeka Obi", "埃梅卡·奥比", "A8"), ("巴基斯坦", "男", "MUHAMMAD IMRAN", "穆罕默德·伊姆兰", "AB7"),
    ("日本", "女", "SATO YUKI", "佐藤由纪", "TK7"), ("日本", "男", "TANAKA HIROSHI", "田中浩", "TR7"),
    ("印度", "男", "Rahul Sharma", "拉胡尔·夏尔马", "K7"), ("老挝", "女", "SOMPHONE KEOMANY", "宋蓬·乔玛尼", "P7"),
]  # fmt: skip


# ---- document style ----------------------------------------------------------------------------


class _Style:
    """Per-document layout: case year, paragraph indentation, whether it will be reflowed as PDF."""

    def __init__(self, year: int, indent: str, pdf: bool) -> None:
        self.year = year
        self.indent = indent
        self.pdf = pdf


def _begin(doc: Doc, pdf_chance: float = 0.5, year: tuple[int, int] = (2021, 2025)) -> _Style:
    r = doc.r
    pdf = r.random() < pdf_chance
    indent = "　　" if pdf or r.random() < 0.6 else r.choice(["", "  ", "    "])
    st = _Style(r.randint(*year), indent, pdf)
    doc.w.__dict__["h14"] = st
    return st


def _st(doc: Doc) -> _Style:
    st = doc.w.__dict__.get("h14")
    if st is None:
        st = _begin(doc)
    return st


def _par(doc: Doc) -> Doc:
    return doc.t("\n" + _st(doc).indent)


def _title(doc: Doc, title: str) -> Doc:
    r = doc.r
    roll = r.random()
    if roll < 0.35:
        title = " ".join(title)
    elif roll < 0.5:
        title = "　".join(title) if len(title) <= 6 else " ".join(title)
    return doc.t(title)


def _spaced(name: str) -> str:
    if len(name) == 2:
        return name[0] + "　" + name[1]
    return name


# ---- people ------------------------------------------------------------------------------------


def _decade(born: int) -> str:
    if born < 1960:
        return "50"
    if born >= 2010:
        return "10"
    return str(born)[2] + "0"


def _given(doc: Doc, sex: str, born: int) -> str:
    r = doc.r
    dec = _decade(born)
    if r.random() < ONE_CHAR14[dec]:
        return r.choice(GIVEN14_1[(dec, sex)])
    return r.choice(GIVEN14_2[(dec, sex)].split())


def _surname(doc: Doc) -> str:
    r = doc.r
    roll = r.random()
    if roll < 0.035:
        return r.choice(COMPOUND14)
    if roll < 0.11:
        return r.choice(UNCOMMON14)
    return r.choices(COMMON14, COMMON14_W)[0]


def _id_number(doc: Doc, area: str, born: date, sex: str) -> str:
    r = doc.r
    odd = sex == "男"
    seq = f"{r.randint(0, 99):02d}" + r.choice("13579" if odd else "02468")
    roll = r.random()
    if roll < 0.05 and born.year < 1984:
        return area + born.strftime("%y%m%d") + seq
    first17 = area + born.strftime("%Y%m%d") + seq
    check = citizen_id_check_char(first17)
    if roll > 0.95:
        check = r.choice([c for c in "0123456789" if c != check])
    return first17 + check


def _home_detail(doc: Doc, rural: bool | None = None) -> str:
    r = doc.r
    if rural is None:
        rural = r.random() < 0.35
    if rural:
        town, village = r.choice(TOWNS14), r.choice(VILLAGES14)
        return r.choice([f"{town}{village}{r.randint(1, 15)}组{r.randint(1, 120)}号", f"{town}{village}{r.randint(1, 260)}号",
                         f"{town}{village}委会{r.choice(['上屋', '下屋', '新村', '老屋'])}{r.randint(1, 80)}号"])  # fmt: skip
    estate = r.choice(ESTATES14)
    floor, room = r.randint(1, 33), r.randint(1, 6)
    roll = r.random()
    if roll < 0.35:
        return f"{r.choice(SUBDISTRICTS14)}{r.choice(ROADS14)}{r.randint(1, 399)}号{estate}{r.randint(1, 20)}栋{r.randint(1, 4)}单元{floor}{room:02d}室"
    if roll < 0.6:
        return f"{r.choice(ROADS14)}{r.randint(1, 399)}号{estate}{r.randint(1, 20)}栋{floor}{room:02d}房"
    if roll < 0.75:
        return f"{r.choice(ROADS14)}{r.randint(1, 999)}弄{r.randint(1, 60)}号{floor}0{room}室"
    if roll < 0.88:
        return f"{r.choice(SUBDISTRICTS14)}{r.choice(URBAN_VILLAGES14)}{r.randint(1, 12)}巷{r.randint(1, 40)}号{r.randint(2, 8)}楼"
    return f"{estate}{r.randint(1, 20)}幢{r.randint(1, 3)}单元{floor}{room:02d}室"


def _person(
    doc: Doc,
    sex: str | None = None,
    age: int | None = None,
    surname: str | None = None,
    region: tuple[str, str, str] | None = None,
    local: float = 0.55,
    plain: bool = False,
) -> Person:
    """A person of a given sex and age whose name, ID number and addresses fit together.
    ``local``: chance that the ID was issued where the person lives. ``plain``: no unusual names."""
    w, r = doc.w, doc.r
    st = _st(doc)
    if age is None:
        age = r.choice([r.randint(19, 35), r.randint(25, 55), r.randint(30, 68)])
    born_y = st.year - age
    born = date(born_y, r.randint(1, 12), r.randint(1, 28))
    sex = sex or r.choice("男女")
    nation = "汉族"
    for _ in range(60):
        roll = 1.0 if plain or surname else r.random()
        if roll < 0.025:
            nm, sx, nation = r.choice(MINORITY14)
            if sx != sex:
                continue
            sn = ""
        elif roll < 0.04:
            nm = r.choice(list(WORD_FULL14))
            if WORD_FULL14[nm] != sex:
                continue
            sn = nm[0]
        elif roll < 0.07:
            g = r.choice(list(WORD_GIVEN14))
            gs, decs = WORD_GIVEN14[g]
            if gs != sex or _decade(born_y) not in decs.split():
                continue
            sn = r.choices(COMMON14, COMMON14_W)[0]
            nm = sn + g
        else:
            sn = surname or _surname(doc)
            nm = sn + _given(doc, sex, born_y)
            if r.random() < 0.03:
                nation = r.choice(HAN_STYLE_NATIONS)
        if nm not in w.used_names:
            break
    w.used_names.add(nm)
    w._pid += 1
    region = region or r.choice(REGIONS)
    if r.random() < local:
        home = ("".join(region[:2]), region[2], AREA14[region[2]])
        hukou = (region, None)
    else:
        h = r.choice(HOMETOWNS14)
        home = (h[0] + h[1], h[2], h[3])
        hukou = ((h[0], h[1], h[2]), _home_detail(doc, rural=True))
    idn = _id_number(doc, home[2], born, sex)
    p = Person(w._pid, nm, sn, sex, idn, w.mobile(), region, _home_detail(doc))
    p.extra.update(born=born, age=age, nation=nation, hukou=hukou)
    return p


def _kin(doc: Doc, p: Person, rel: str) -> Person:
    """A relative of ``p``: 父 母 夫 妻 子 女 兄 弟 姐 妹."""
    r = doc.r
    age = p.extra["age"]
    sex = "男" if rel in "父夫子兄弟" else "女"
    sn = None
    if rel in "父兄弟姐妹" or (rel in "子女" and p.gender == "男"):
        sn = p.surname or None
    if rel in "父母":
        a = age + r.randint(22, 34)
    elif rel in "子女":
        a = max(3, age - r.randint(22, 34))
    elif rel in "兄姐":
        a = age + r.randint(1, 8)
    elif rel in "弟妹":
        a = max(6, age - r.randint(1, 8))
    else:
        a = max(20, age + r.randint(-4, 5))
    k = _person(doc, sex=sex, age=a, surname=sn, region=p.region, plain=sn is not None)
    if rel in "兄弟姐妹" and len(p.id_number) in (15, 18):
        k.id_number = _id_number(doc, p.id_number[:6], k.extra["born"], sex)
    if rel in "夫妻子女" or r.random() < 0.5:
        k.address_detail = p.address_detail
    return k


def _foreigner(
    doc: Doc, nations: list[str] | None = None, sex: str | None = None, region: tuple[str, str, str] | None = None
) -> tuple[Person, str, str]:
    """A foreign national; returns the person (name = Latin spelling), the nationality and the Chinese name."""
    w, r = doc.w, doc.r
    pool = [f for f in FOREIGN14 if (nations is None or f[0] in nations) and (sex is None or f[1] == sex)]
    pool = [f for f in pool if f[2] not in w.used_names] or pool
    nat, sx, latin, cn, shape = r.choice(pool)
    w.used_names.add(latin)
    w._pid += 1
    age = r.randint(21, 48)
    born = date(_st(doc).year - age, r.randint(1, 12), r.randint(1, 28))
    region = region or r.choice(REGIONS)
    p = Person(w._pid, latin, "", sx, _passport_of(doc, shape), w.mobile(), region, _home_detail(doc, False))
    p.extra.update(born=born, age=age, cn=cn, nation=nat)
    return p, nat, cn


def _passport_of(doc: Doc, shape: str) -> str:
    r = doc.r

    def dg(n: int) -> str:
        return "".join(r.choice("0123456789") for _ in range(n))

    if shape == "9":
        return dg(9)
    if shape == "P7A":
        return "P" + dg(7) + r.choice("ABC")
    head = "".join(c for c in shape if c.isalpha())
    n = int("".join(c for c in shape if c.isdigit()))
    return head + dg(n)


# ---- numbers and handles -----------------------------------------------------------------------


def _digits(doc: Doc, n: int) -> str:
    return "".join(doc.r.choice("0123456789") for _ in range(n))


def _phone(doc: Doc, p: Person | None = None) -> Doc:
    r = doc.r
    s = p.phone if p else doc.w.mobile()
    roll = r.random()
    if roll < 0.12:
        s = f"{s[:3]} {s[3:7]} {s[7:]}"
    elif roll < 0.18:
        s = f"{s[:3]}-{s[3:7]}-{s[7:]}"
    return doc.p("phone", s)


def _luhn(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _card(doc: Doc) -> str:
    r = doc.r
    head = r.choice(["622202", "621700", "622848", "621226", "623668", "622588", "621483", "622908", "621799"])
    body = head + _digits(doc, 19 - len(head) - 1 if r.random() < 0.8 else 16 - len(head) - 1)
    s = body + _luhn(body)
    if r.random() < 0.2:
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


def _wechat(doc: Doc, p: Person | None = None) -> str:
    r = doc.r
    roll = r.random()
    if roll < 0.35:
        return "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
    if roll < 0.6 and p is not None:
        return p.phone
    stem = r.choice(["xiaoyu", "ahui", "lucky", "jason", "tiantian", "mumu", "dabao", "kevin", "sunny", "yeye"])
    return stem + r.choice(["", "_", "-"]) + str(r.randint(1, 99999))


def _qq(doc: Doc) -> str:
    r = doc.r
    return str(r.randint(10000, 99999)) + _digits(doc, r.choice([0, 3, 4, 5, 5, 6]))


def _email(doc: Doc) -> str:
    r = doc.r
    local = r.choice(["qq", "wang", "li", "chen", "zhao", "lin", "huang", "sun", "hu", "xu"])
    local += r.choice(["", "_", "."]) + r.choice(["hui", "jie", "ming", "ling", "qing", "yu", "bo", "na"])
    if r.random() < 0.6:
        local += str(r.randint(1, 2009))
    if r.random() < 0.3:
        return _qq(doc) + "@qq.com"
    return f"{local}@{r.choice(['163.com', '126.com', 'qq.com', 'sina.com', 'foxmail.com', 'hotmail.com'])}"


def _ip(doc: Doc) -> str:
    r = doc.r
    return f"{r.choice([113, 117, 119, 183, 223, 27, 36, 39, 58, 61, 112, 120])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"


def _short(region: tuple[str, str, str]) -> str:
    return PROVINCE_SHORT.get(region[0]) or _MUNICIPAL[region[1]]


def _plate(doc: Doc, region: tuple[str, str, str], truck: bool = False) -> str:
    r = doc.r
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    short = {"黔": "贵"}.get(_short(region), _short(region))
    if r.random() < 0.15 and not truck:
        return short + r.choice(letters[:8]) + r.choice("DF") + _digits(doc, 5)
    tail = "".join(r.choice(letters + "0123456789" * 3) for _ in range(4)) + r.choice("0123456789")
    return short + r.choice(letters[:10]) + tail


def _police_no(doc: Doc) -> str:
    return f"{doc.r.randint(0, 99):02d}{_digits(doc, 4)}"


def _cert(doc: Doc, region: tuple[str, str, str]) -> str:
    r = doc.r
    roll = r.random()
    code = AREA14[region[2]]
    if roll < 0.45:
        return code + _digits(doc, r.choice([5, 6]))
    if roll < 0.75:
        return f"{_short(region)}{r.choice(['执', '执法', '行执'])}字{r.randint(100, 99999):05d}号"
    return code[:4] + str(r.randint(2015, 2023)) + _digits(doc, 4)


def _docno(doc: Doc, code: str, year: int, hi: int = 999) -> str:
    r = doc.r
    n = r.randint(1, hi)
    br = r.choice(["〔〕", "〔〕", "[]", "（）"])
    return f"{code}{br[0]}{year}{br[1]}{n if r.random() < 0.6 else f'{n:04d}'}号"


def _upper(n: int) -> str:
    units = ["", "拾", "佰", "仟"]

    def four(g: int, lead: bool) -> str:
        s, zero = "", False
        for pos in (3, 2, 1, 0):
            d = g // 10**pos % 10
            if d == 0:
                if s or lead:
                    zero = True
                continue
            if zero:
                s += "零"
                zero = False
            s += _UPPER[d] + units[pos]
        return s

    hi, lo = divmod(n, 10000)
    if hi == 0:
        return four(lo, False) or "零"
    return four(hi, False) + "万" + (four(lo, True) if lo else "")


def _money(doc: Doc, v: int, style: str | None = None) -> Doc:
    r = doc.r
    style = style or r.choice(["plain", "plain", "comma", "rmb", "upper", "wan"])
    if style == "wan" and v % 100 == 0 and v >= 10000:
        return doc.k("amount", f"{v / 10000:g}万元")
    if style == "comma":
        return doc.k("amount", f"{v:,}.00元" if r.random() < 0.6 else f"{v:,}元")
    if style == "rmb":
        return doc.t("人民币").k("amount", f"{v}元")
    if style == "upper":
        doc.t("人民币").k("amount", f"{_upper(v)}元整" if r.random() < 0.7 else f"{_upper(v)}元")
        return doc.t("（").k("amount", f"¥{v:.2f}" if r.random() < 0.6 else f"{v}元").t("）")
    return doc.k("amount", f"{v}元")


def _fine(doc: Doc, lo: int, hi: int, step: int = 100) -> int:
    return doc.r.randrange(lo, hi + 1, step) if hi >= lo + step else lo


# ---- dates -------------------------------------------------------------------------------------


def _cn_small(n: int) -> str:
    tens, ones = divmod(n, 10)
    if tens == 0:
        return CN_DIGITS[ones]
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def _ds(day: date, style: str) -> str:
    if style == "han":
        return "".join(CN_DIGITS[int(c)] for c in str(day.year)) + f"年{_cn_small(day.month)}月{_cn_small(day.day)}日"
    if style == "dot":
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    if style == "dash":
        return day.isoformat()
    if style == "md":
        return f"{day.month}月{day.day}日"
    return f"{day.year}年{day.month}月{day.day}日"


def _d(doc: Doc, day: date, style: str = "cn") -> Doc:
    return doc.k("date", _ds(day, style))


def _timeline(doc: Doc, n: int, span: int = 200) -> list[date]:
    r = doc.r
    st = _st(doc)
    start = date(st.year, 1, 1) + timedelta(days=r.randint(0, 150))
    days = sorted(start + timedelta(days=r.randint(0, span)) for _ in range(n))
    return days


def _hm(doc: Doc) -> str:
    r = doc.r
    h = r.choice([r.randint(8, 23), r.randint(19, 23), r.randint(0, 3)])
    return f"{h}时许" if r.random() < 0.6 else f"{h}时{r.randint(1, 59)}分"


# ---- agencies ----------------------------------------------------------------------------------


def _county_level(region: tuple[str, str, str]) -> bool:
    return not region[2].endswith("区")


def _gov(region: tuple[str, str, str]) -> str:
    return region[2] + "人民政府" if _county_level(region) else region[1] + region[2] + "人民政府"


def _court(region: tuple[str, str, str]) -> str:
    return region[2] + "人民法院" if _county_level(region) else region[1] + region[2] + "人民法院"


def _police(region: tuple[str, str, str]) -> str:
    return region[2] + "公安局" if _county_level(region) else f"{region[1]}公安局{region[2]}分局"


def _abbr(region: tuple[str, str, str]) -> str:
    return region[1][0] + region[2][0]


def _agency_line(doc: Doc, region: tuple[str, str, str], agency: str) -> None:
    r = doc.r
    doc.t("\n（").k("agency_name", agency).t("地址：")
    doc.k("agency_address", region[1] + region[2] + f"{r.choice(ROADS14)}{r.randint(1, 300)}号")
    doc.t("；联系电话：").k("agency_phone", _landline(doc, region)).t("）")


AREA_CODES14 = {"深圳市": "0755", "广州市": "020", "江门市": "0750", "清远市": "0763", "杭州市": "0571", "温州市": "0577",
                "南京市": "025", "苏州市": "0512", "成都市": "028", "绵阳市": "0816", "长沙市": "0731", "武汉市": "027",
                "郑州市": "0371", "安阳市": "0372", "济南市": "0531", "青岛市": "0532", "厦门市": "0592", "宿州市": "0557",
                "赣州市": "0797", "北京市": "010", "上海市": "021", "重庆市": "023", "天津市": "022", "南宁市": "0771",
                "昆明市": "0871", "西安市": "029", "保定市": "0312", "大连市": "0411", "遵义市": "0851"}  # fmt: skip


def _landline(doc: Doc, region: tuple[str, str, str]) -> str:
    r = doc.r
    area = AREA_CODES14[region[1]]
    n = 8 if len(area) == 3 or area in ("0755", "0512", "0571", "0531", "0532", "0592", "0731", "0371", "0871") else 7
    sep = r.choice(["-", "-", "－", ""])
    return f"{area}{sep}{r.randint(2, 8)}{_digits(doc, n - 1)}"


def _relief(doc: Doc, region: tuple[str, str, str], gov: str | None = None) -> None:
    r = doc.r
    _par(doc).t("如不服本决定，可以在收到本决定书之日起六十日内向").k("agency_name", gov or _gov(region))
    if r.random() < 0.5:
        doc.t("申请行政复议，或者在六个月内直接向").k("agency_name", _court(region)).t("提起行政诉讼。")
    else:
        doc.t("申请行政复议或者在六个月内依法向").k("agency_name", _court(region)).t("提起行政诉讼。")
    doc.t("申请行政复议或者提起行政诉讼的，不停止本决定的执行。" if r.random() < 0.4 else "")


def _sign(doc: Doc, agency: str, day: date) -> None:
    r = doc.r
    pad = r.choice(["", "　　　　　　　　", "                "])
    doc.t("\n\n" + pad).k("agency_name", agency).t(r.choice(["", "（印章）", "（盖章）"]) + "\n" + pad)
    _d(doc, day, r.choice(["han", "han", "cn"])).t("\n")


def _officers(doc: Doc, region: tuple[str, str, str], police: bool = False, n: int = 2) -> list[tuple[Person, str]]:
    return [(_person(doc, age=doc.r.randint(26, 55), plain=True), _police_no(doc) if police else _cert(doc, region))
            for _ in range(n)]  # fmt: skip


def _officer_line(doc: Doc, offs: list[tuple[Person, str]], lead: str = "执法人员", cert: str = "执法证号") -> Doc:
    r = doc.r
    if r.random() < 0.5:
        doc.t(lead)
        for i, (o, c) in enumerate(offs):
            doc.t("、" if i else "").k("officer_name", o.name).t(f"（{cert}：" if i == 0 or r.random() < 0.6 else "（")
            doc.k("officer_cert", c).t("）")
    else:
        doc.t(lead)
        for i, (o, _) in enumerate(offs):
            doc.t("、" if i else "").k("officer_name", o.name)
        doc.t(f"（{cert}分别为")
        for i, (_, c) in enumerate(offs):
            doc.t("、" if i else "").k("officer_cert", c)
        doc.t("）")
    return doc


# ---- addresses and party blocks ----------------------------------------------------------------


def _addr(doc: Doc, p: Person, prefix: str | None = None) -> Doc:
    """The region prefix stays outside the span, the detail is hidden."""
    r = doc.r
    if prefix is None:
        reg = p.region
        prefix = r.choice(["".join(reg), "".join(reg), reg[1] + reg[2], reg[2], ""])
    return doc.t(prefix).p("address", p.address_detail)


def _hukou(doc: Doc, p: Person) -> Doc:
    reg, detail = p.extra["hukou"]
    if detail is None:
        return _addr(doc, p)
    doc.t("".join(reg) if doc.r.random() < 0.7 else reg[1] + reg[2])
    return doc.p("address", detail)


def _idn(doc: Doc, p: Person) -> Doc:
    r = doc.r
    s = p.id_number
    roll = r.random()
    if roll < 0.06 and len(s) == 18:
        s = f"{s[:6]} {s[6:14]} {s[14:]}"
    elif roll < 0.11:
        s = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)
    return doc.p("id_number", s)


def _born(p: Person, style: str = "cn") -> str:
    return _ds(p.extra["born"], style)


def _party_form(doc: Doc, p: Person, label: str = "当事人", extra: list[tuple[str, str]] | None = None) -> None:
    """A two-column form: 当事人：X　　性别：男　　民族：汉族 …"""
    r = doc.r
    sep = r.choice(["　　", "　　　", "    ", "\t"])
    doc.t(f"{label}：").name(p).t(f"{sep}性别：{p.gender}{sep}民族：{p.extra['nation']}\n")
    doc.t(f"出生日期：{_born(p)}{sep}文化程度：{r.choice(['小学', '初中', '初中', '高中', '中专', '大专', '本科'])}\n")
    doc.t(r.choice(["身份证号码：", "公民身份号码：", "证件号码："]))
    _idn(doc, p).t("\n")
    for k, v in extra or []:
        doc.t(f"{k}：{v}\n")
    doc.t(r.choice(["住址：", "现住址：", "住所："]))
    _addr(doc, p).t(f"{sep}联系电话：")
    _phone(doc, p).t("\n")


def _nm(doc: Doc, p: Person, text: str | None = None) -> Doc:
    """The person's name (or a nickname, former name, spelling) under the person's pid."""
    return doc.p("person_name", text or p.name, pid=p.pid)


# ---- text extracted from PDF -------------------------------------------------------------------

_NO_LINE_START = "，。、；：？！）》」』”’…%％"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def _col(ch: str) -> float:
    if ch in _ZERO_WIDTH:
        return 0.0
    return 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5


def _pdf(doc: Doc, agency: str | None = None) -> None:
    """Reflow the finished document as text extracted from a PDF: a hard line break every ``width``
    columns, page footers (and a running header with the agency's name) every ``per_page`` lines.
    Gold offsets are shifted; a line break inside a span stays inside it, page furniture never
    lands inside a span."""
    r = doc.r
    text = doc.text
    items = doc.pii + doc.protected
    spans = [(it["start"], it["end"]) for it in items]
    width = r.randint(20, 38)
    per_page = r.randint(22, 36)
    style = r.choice(["dash", "dash", "page", "page", "dash_head", "page_head", "num"])
    if agency is None and style.endswith("_head"):
        style = style[:-5]
    dash = r.choice(["— {} —", "—{}—", "- {} -", "－{}－"])
    pagefmt = r.choice(["第 {} 页 共 {} 页", "第{}页，共{}页", "第{}页/共{}页", "{}/{}"])
    blank = r.random() < 0.3

    def inside(pos: int) -> bool:
        return any(s < pos < e for s, e in spans)

    starts: list[tuple[int, bool]] = []
    col = 0.0
    for i, ch in enumerate(text):
        if ch == "\n":
            col = 0.0
            starts.append((i + 1, False))
            continue
        cw = _col(ch)
        if col > 0 and col + cw > width and ch not in _NO_LINE_START and text[i - 1] not in "（“《「":
            starts.append((i, True))
            col = 0.0
        col += cw
    breaks: set[int] = set()
    count = 0
    for idx, (pos, _) in enumerate(starts):
        count += 1
        if count >= per_page and len(starts) - idx > 5 and not inside(pos) and text[pos : pos + 1] not in ("", "\n"):
            breaks.add(idx)
            count = 0
    pages = len(breaks) + 1

    def furniture(page: int) -> tuple[str, list[tuple[int, str, str]]]:
        if style.startswith("dash"):
            s = dash.format(page)
        elif style.startswith("page"):
            s = pagefmt.format(page, pages)
        else:
            s = str(page)
        found: list[tuple[int, str, str]] = []
        if style.endswith("_head") and page < pages:
            s += "\n"
            found.append((len(s), "agency_name", agency or ""))
            s += agency or ""
        if blank:
            s = "\n" + s + "\n"
            found = [(a + 1, k, t) for a, k, t in found]
        return s, found

    ins: list[tuple[int, str, list[tuple[int, str, str]]]] = []
    page = 0
    for idx, (pos, wrapped) in enumerate(starts):
        if idx in breaks:
            page += 1
            f, found = furniture(page)
            lead = "\n" if wrapped else ""
            ins.append((pos, lead + f + "\n", [(a + len(lead), k, t) for a, k, t in found]))
        elif wrapped:
            ins.append((pos, "\n", []))
    if style != "num" or r.random() < 0.5:
        f, found = furniture(pages)
        lead = "" if text.endswith("\n") else "\n"
        ins.append((len(text), lead + f + "\n", [(a + len(lead), k, t) for a, k, t in found]))
    ins.sort(key=lambda x: x[0])

    out: list[str] = []
    new_items: list[dict] = []
    last, added = 0, 0
    before: list[tuple[int, int]] = []  # (original position, length inserted there)
    for pos, s, found in ins:
        out.append(text[last:pos])
        base = pos + added
        for a, k, t in found:
            new_items.append({"start": base + a, "end": base + a + len(t), "kind": k, "text": t})
        out.append(s)
        before.append((pos, len(s)))
        added += len(s)
        last = pos
    out.append(text[last:])
    new = "".join(out)

    def shift(x: int, inclusive: bool) -> int:
        return sum(n for pos, n in before if (pos <= x if inclusive else pos < x))

    for it in items:
        s, e = it["start"], it["end"]
        it["start"] = s + shift(s, True)
        it["end"] = e + shift(e, False)
        it["text"] = new[it["start"] : it["end"]]
    doc.protected.extend(new_items)
    doc.parts = [new]
    doc.n = len(new)


def _finish(doc: Doc, agency: str | None = None) -> None:
    if _st(doc).pdf:
        _pdf(doc, agency)


# ---- 公安 pieces -------------------------------------------------------------------------------

HK14 = [("陈志伟", "CHAN CHI WAI", "男"), ("黄家明", "WONG KA MING", "男"), ("梁振华", "LEUNG CHUN WA", "男"),
        ("何美玲", "HO MEI LING", "女"), ("吴俊杰", "NG CHUN KIT", "男"), ("林慧敏", "LAM WAI MAN", "女"),
        ("郑家豪", "CHENG KA HO", "男"), ("刘嘉欣", "LAU KA YAN", "女")]  # fmt: skip
MACAU14 = [("何家伟", "HO KA WAI", "男"), ("梁美琪", "LEONG MEI KEI", "女"), ("区国栋", "AU KUOK TONG", "男")]
TW14 = [("林志明", "LIN CHIH-MING", "男"), ("陈怡君", "CHEN YI-CHUN", "女"), ("张家豪", "CHANG CHIA-HAO", "男"),
        ("黄雅婷", "HUANG YA-TING", "女"), ("王建宏", "WANG CHIEN-HUNG", "男"), ("许淑芬", "HSU SHU-FEN", "女")]  # fmt: skip


def _compatriot(
    doc: Doc, where: str | None = None, region: tuple[str, str, str] | None = None
) -> tuple[Person, str, str, str]:
    """A resident of Hong Kong, Macao or Taiwan: the person, where from, the permit's name, its number."""
    w, r = doc.w, doc.r
    where = where or r.choice(["香港", "香港", "澳门", "台湾", "台湾"])
    pool = {"香港": HK14, "澳门": MACAU14, "台湾": TW14}[where]
    pool = [x for x in pool if x[0] not in w.used_names] or pool
    cn, latin, sex = r.choice(pool)
    w.used_names.add(cn)
    w._pid += 1
    age = r.randint(24, 62)
    p = Person(w._pid, cn, cn[0], sex, "", w.mobile(), region or r.choice(REGIONS), _home_detail(doc, False))
    p.extra.update(born=date(_st(doc).year - age, r.randint(1, 12), r.randint(1, 28)), age=age, nation="汉族", latin=latin)
    if where == "台湾":
        permit = "台湾居民来往大陆通行证"
        num = _digits(doc, 8)
        if r.random() < 0.3:
            num += f"（{r.randint(0, 3):02d}）"
    else:
        permit = "港澳居民来往内地通行证"
        num = ("H" if where == "香港" else "M") + _digits(doc, 8)
        if r.random() < 0.3:
            num += f"{r.randint(0, 3):02d}"
    return p, where, permit, num


def _station(region: tuple[str, str, str], doc: Doc) -> str:
    r = doc.r
    town = r.choice(SUBDISTRICTS14 + TOWNS14)
    return _police(region) + town[:2] + "派出所"


def _police_head(doc: Doc, region: tuple[str, str, str], issuer: str, day: date, kind: str = "行罚决字") -> str:
    r = doc.r
    st = _st(doc)
    doc.k("agency_name", issuer).t("\n")
    _title(doc, "行政处罚决定书").t("\n")
    inner = r.choice(["治", "治", region[2][:2]])
    no = _docno(doc, f"{_abbr(region)}公（{inner}）{kind}", st.year, 9999)
    doc.k("doc_number", no).t("\n\n")
    return no


JOBS14 = ["无业", "务工", "个体经营", "自由职业", "外卖骑手", "网约车司机", "装修工人", "厨师", "保安", "快递员"]


def _police_party(
    doc: Doc, p: Person, label: str = "违法行为人", nick: str | None = None, idn: bool = True, form: bool | None = None
) -> None:
    """A party block as 公安 writes it: a two-column form or one run-on paragraph."""
    r = doc.r
    job = r.choice(JOBS14)
    if form is None:
        form = r.random() < 0.5
    if form:
        sep = doc.w.__dict__.setdefault("h14_sep", r.choice(["　　", "　　　", "    ", "\t"]))
        doc.t(f"{label}：").name(p)
        if nick:
            doc.t("（绰号“").p("person_name", nick, pid=p.pid).t("”）")
        doc.t(f"{sep}性别：{p.gender}{sep}年龄：{p.extra['age']}岁\n")
        doc.t(f"出生日期：{_born(p)}{sep}民族：{p.extra['nation']}\n")
        if idn:
            doc.t("身份证件种类及号码：居民身份证" + r.choice(["　", " ", "，"]))
            _idn(doc, p).t("\n")
        doc.t("户籍所在地：")
        _hukou(doc, p).t("\n现住址：")
        _addr(doc, p).t(f"\n工作单位：{job}{sep}联系方式：")
        _phone(doc, p).t("\n")
        if r.random() < 0.5:
            doc.t("违法犯罪经历：" + r.choice(["无", "无", f"{p.extra['age'] // 3 + 2010}年因赌博被行政拘留五日"]) + "\n")
    else:
        doc.t(label + ("：" if label[-1] in CN_COUNT[1:] else "")).name(p)
        if nick:
            doc.t("，绰号“").p("person_name", nick, pid=p.pid).t("”")
        doc.t(f"，{p.gender}，{p.extra['age']}岁，{p.extra['nation']}，{_born(p)}出生")
        if idn:
            doc.t("，公民身份号码")
            _idn(doc, p)
        doc.t("，户籍所在地")
        _hukou(doc, p).t("，现住")
        _addr(doc, p).t(f"，{job}，联系电话")
        _phone(doc, p).t("。\n")


def _cn_days(n: int) -> str:
    return _cn_small(n)


def _detention_exec(doc: Doc, region: tuple[str, str, str], fine: bool, kin: Person | None, rel: str, day: date) -> None:
    r = doc.r
    _par(doc).t("执行方式和期限：")
    doc.t("行政拘留送").k("agency_name", f"{region[1]}拘留所" if not _county_level(region) else f"{region[2]}拘留所").t("执行")
    if fine:
        doc.t("；罚款于收到本决定书之日起十五日内缴纳至" + r.choice(BANKS14) + "指定账户，到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款")
    doc.t("。")
    if kin is not None:
        _par(doc).t("被处罚人家属通知情况：已于")
        _d(doc, day).t(f"通过电话通知其{rel}").name(kin).t("（联系电话：")
        _phone(doc, kin).t("）。")
    elif r.random() < 0.5:
        _par(doc).t("被处罚人家属通知情况：被处罚人拒绝提供家属联系方式，无法通知。")


def _receipt(doc: Doc, p: Person, issuer: str, day: date, case: str, officers: list[Person] | None = None) -> None:
    """A 送达回证 appended to the decision: the addressee, where it was served, signatures."""
    r = doc.r
    no = next((it["text"] for it in doc.protected if it["kind"] == "doc_number"), "")
    officers = officers or [_person(doc, age=r.randint(26, 55), plain=True) for _ in range(2)]
    doc.t("\n\n")
    _title(doc, "送达回证").t("\n")
    doc.t(f"案由：{case}\n受送达人：").name(p).t("\n送达文书名称及文号：行政处罚决定书（").k("doc_number", no).t("）\n送达地点：")
    if r.random() < 0.5:
        _addr(doc, p)
        doc.t("\n送达方式：" + r.choice(["直接送达", "留置送达"]) + "\n")
    else:
        doc.k("agency_name", issuer).t("办公室\n送达方式：直接送达\n")
    doc.t("受送达人签名：").p("person_name", _spaced(p.name) if r.random() < 0.5 else p.name, pid=p.pid).t("　")
    _d(doc, day, r.choice(["cn", "dot", "dash"])).t("\n")
    if r.random() < 0.3:
        kin = _kin(doc, p, "妻" if p.gender == "男" else "夫")
        doc.t("代收人及代收理由：").name(kin).t("，系受送达人家属，受送达人不在家\n")
    doc.t("送达人：").k("officer_name", _spaced(officers[0].name)).t("　").k("officer_name", _spaced(officers[1].name)).t("\n")
    doc.t("备注：" + r.choice(["", "无", "受送达人当场签收"]) + "\n")


def _reasons(doc: Doc, region: tuple[str, str, str], field: str) -> None:
    """本局认为 … with the local 裁量基准 (a law title without an article)."""
    r = doc.r
    if r.random() < 0.45:
        return
    prov = region[0] or region[1]
    _par(doc).t("本局认为，当事人的违法事实清楚，证据确实充分。根据").k("law_title", f"《{prov}{field}行政处罚裁量基准》")
    doc.t("，当事人" + r.choice(["系初次违法", "能够积极配合调查", "违法行为持续时间较短", "案发后及时改正"]) + "，")
    doc.t(r.choice(["依法可以从轻处罚", "可以在裁量幅度内从轻处罚"]) + "；但" + r.choice(["群众反映强烈", "社会影响较大", "此前曾被责令改正"]))
    doc.t("，不予减轻处罚。综合考虑违法行为的事实、性质、情节及社会危害程度，本局作出如下处理。")


# ---- 公安: 治安管理处罚 ---------------------------------------------------------------------------

NICKS14 = ["二狗", "阿B", "老三", "黑皮", "大头", "猴子", "光头", "四毛", "细佬", "胖子", "阿彪", "老疤"]
GAMES14 = ["斗地主", "跑得快", "推筒子", "扎金花", "打麻将", "牛牛", "押宝"]
PARLOURS14 = ["棋牌室", "茶社", "休闲娱乐室", "麻将馆"]
STALL_SHOPS14 = [("老刘面馆", "刘"), ("张记饺子馆", "张"), ("陈记肠粉店", "陈"), ("老王烧烤", "王"), ("李姐麻辣烫", "李"),
                 ("黄记大排档", "黄"), ("周家牛肉粉", "周")]  # fmt: skip


def g_gamble(doc: Doc) -> None:
    """治安管理处罚决定书 on gambling: the party with a nickname, co-players ``X、Y、Z等三人``, the host's
    home, a 棋牌室 with its operator or a village shed at 王家庄; 赌资 collected; the family notified."""
    r = doc.r
    _begin(doc, 0.65)
    region = r.choice(REGIONS)
    issuer = _police(region)
    station = _station(region, doc)
    d_act, d_doc = _timeline(doc, 2, 40)
    _police_head(doc, region, issuer, d_doc)
    x = _person(doc, sex="男" if r.random() < 0.85 else "女", age=r.randint(28, 66), region=region, local=0.7)
    nick = r.choice(NICKS14) if r.random() < 0.55 else None
    others = [_person(doc, sex="男" if r.random() < 0.8 else "女", age=r.randint(25, 68), region=region) for _ in range(r.randint(2, 4))]
    multi = r.random() < 0.3
    if multi:
        form = r.random() < 0.5
        for i, p in enumerate([x, *others]):
            _police_party(doc, p, label=f"违法行为人{CN_COUNT[i + 1]}", nick=nick if i == 0 else None, form=form)
    else:
        _police_party(doc, x, nick=nick)
    game = r.choice(GAMES14)
    host = r.choice(["self", "other", "parlour", "village"])
    low = r.choice([10, 20, 50, 100])
    high = low * r.choice([5, 10, 20])
    total = r.randrange(800, 30000, 10)
    _par(doc).t("现查明：")
    h1 = r.randint(13, 22)
    _d(doc, d_act).t(f"{h1}时许，违法行为人").name(x)
    role = "play"
    if host == "self" and r.random() < 0.6:
        role = "host"
        doc.t("以营利为目的，在其位于")
        _addr(doc, x).t("的住处内摆放自动麻将机，召集")
        for i, o in enumerate(others):
            doc.t("、" if i else "").name(o)
        doc.t(f"等{CN_COUNT[len(others)]}人" if len(others) > 2 else "二人").t(f"以“{game}”的方式进行赌博，并按每局").k("amount", f"{r.choice([5, 10, 20])}元")
        doc.t("的标准抽头渔利，共计获利")
        _money(doc, r.randrange(200, 3000, 10), "plain").t("。")
    else:
        doc.t("伙同")
        for i, o in enumerate(others):
            doc.t("、" if i else "").name(o)
        doc.t(f"等{CN_COUNT[len(others)]}人，在" if len(others) > 2 else "二人，在")
        if host == "other" or host == "self":
            h = others[0]
            doc.name(h).t(r.choice(["位于", "租住的"]))
            _addr(doc, h).t("的房屋内")
        elif host == "parlour":
            parlour = region[2][:2] + r.choice(TRADE14) + r.choice(PARLOURS14)
            op = _person(doc, age=r.randint(35, 60), region=region)
            doc.t("由").name(op).t("经营的“").k("org_name", parlour).t("”包间内")
        else:
            doc.t(region[2] + r.choice(TOWNS14)).k("place", "王家庄村").t(r.choice(["村口一间废弃的杂物房内", "后山的养殖棚内", "村委会旁的空置民房内"]))
        doc.t(f"以“{game}”的方式进行赌博，每局输赢").k("amount", f"{low}元").t("至").k("amount", f"{high}元").t("不等。")
    h2 = h1 + r.randint(1, 3)
    doc.t(f"当日{h2}时{r.randint(1, 59)}分，" if h2 < 24 else f"次日凌晨{h2 - 24}时许，").k("agency_name", station).t("民警接群众举报后到场，将").name(x).t("等人当场查获，现场收缴赌资")
    _money(doc, total, r.choice(["plain", "comma", "rmb"])).t(f"、{r.choice(['扑克牌三副', '自动麻将机一台', '骰子四枚及骰盅一个', '扑克牌两副'])}。")
    if nick:
        doc.t("其中").p("person_name", nick, pid=x.pid).t("（即").name(x).t("）身上查获赌资")
        _money(doc, r.randrange(200, max(300, total // 2), 10), "plain").t("。")
    _par(doc).name(x).t(r.choice(["对上述违法事实供认不讳。", "承认参与赌博，但辩称“只是玩玩，输赢不大”。", "到案后如实陈述了上述事实。"]))
    if r.random() < 0.5 and role != "host":
        doc.name(others[-1]).t("陈述：“那天是").name(x).t("打电话约我们过去的，一开始打得小，后来越打越大。”")
    if multi:
        doc.t("以上事实有各违法行为人的陈述和申辩，现场检查笔录、扣押物品清单、现场照片及执法记录仪视频等证据证实。")
    else:
        doc.t("以上事实有违法行为人").name(x).t("的陈述和申辩，")
        doc.name(others[-1]).t("、").name(others[0]).t("等人的证人证言，现场检查笔录、扣押物品清单、现场照片及执法记录仪视频等证据证实。")
    _par(doc).t("根据").k("law_title", "《中华人民共和国治安管理处罚法》").k("article", "第七十条")
    doc.t("、").k("article", "第十一条第一款").t("之规定，现决定对违法行为人").name(x)
    detain = r.random() < 0.7
    if multi:
        doc.t(f"行政拘留{r.choice(['十', '十二', '十五'])}日，并处罚款")
        _money(doc, _fine(doc, 1000, 3000, 500), r.choice(["plain", "upper", "rmb"])).t("；对")
        for i, o in enumerate(others):
            doc.t("、" if i else "").name(o)
        doc.t(r.choice(["各行政拘留五日", "各处罚款"]))
        if doc.parts[-1].endswith("罚款"):
            _money(doc, _fine(doc, 300, 1000), "plain")
        doc.t("；收缴赌资及赌具。")
        _par(doc).t("执行方式和期限：行政拘留送").k("agency_name", f"{region[1]}拘留所" if not _county_level(region) else f"{region[2]}拘留所")
        doc.t("执行；罚款于收到本决定书之日起十五日内缴纳至指定银行，到期不缴纳的，每日按罚款数额的百分之三加处罚款。")
        _relief(doc, region)
        _par(doc).t("附：收缴物品清单一份")
        _sign(doc, issuer, d_doc)
        doc.t("本决定书一式" + CN_COUNT[len(others) + 3] + "份，被处罚人各执一份，执行单位一份，一份附卷。\n")
        _finish(doc, issuer)
        return
    fine = (not detain) or r.random() < 0.5
    if detain:
        doc.t(f"行政拘留{r.choice(['五', '七', '十', '十二'])}日")
        if fine:
            doc.t("，并处罚款")
    else:
        doc.t("处罚款")
    if fine:
        _money(doc, _fine(doc, 500, 3000 if role == "host" else 1000), r.choice(["plain", "upper", "rmb"]))
    doc.t("，收缴赌资及赌具。")
    if detain:
        kin_rel = r.choice(["妻子", "儿子", "女儿", "母亲", "哥哥"]) if x.gender == "男" else r.choice(["丈夫", "女儿", "儿子"])
        rel = {"妻子": "妻", "丈夫": "夫", "儿子": "子", "女儿": "女", "母亲": "母", "哥哥": "兄"}[kin_rel]
        kin = _kin(doc, x, rel) if r.random() < 0.75 else None
        _detention_exec(doc, region, fine, kin, kin_rel, d_doc)
    else:
        _par(doc).t("罚款于收到本决定书之日起十五日内缴纳至指定银行。到期不缴纳的，每日按罚款数额的百分之三加处罚款。")
    _relief(doc, region)
    _par(doc).t("附：收缴物品清单一份")
    _sign(doc, issuer, d_doc)
    if r.random() < 0.3:
        _receipt(doc, x, issuer, d_doc + timedelta(days=r.randint(0, 3)), "赌博")
    doc.t("一式三份，被处罚人和执行单位各一份，一份附卷。\n")
    _finish(doc, issuer)


INJURIES14 = [("面部软组织挫伤", "轻微伤"), ("鼻骨骨折", "轻微伤"), ("左眼眶周围软组织挫伤", "轻微伤"), ("头皮裂伤", "轻微伤"),
              ("多处软组织挫伤", "未达轻微伤"), ("右手小指骨折", "轻伤二级以下，属轻微伤")]  # fmt: skip
CAUSES14 = ["停车", "排队点餐", "琐事", "电动车剐蹭", "结账", "座位"]


def g_assault(doc: Doc) -> None:
    """殴打他人: the party (some from Hong Kong, Macao or Taiwan: 通行证 number as other_id, Latin
    spelling with the same pid), the victim and her mother, a restaurant named after its owner whose owner
    testifies, 中山路 / 逸仙路 as place, 马路 as term, the party's car plate, mediation."""
    r = doc.r
    _begin(doc, 0.5)
    region = r.choice(REGIONS)
    issuer = _police(region)
    station = _station(region, doc)
    d_act, d_call, d_doc = _timeline(doc, 3, 50)
    _police_head(doc, region, issuer, d_doc)
    if r.random() < 0.4:
        x, where, permit, num = _compatriot(doc, region=region)
        doc.t("违法行为人：").name(x)
        if r.random() < 0.6:
            doc.t("（").p("person_name", x.extra["latin"], pid=x.pid).t("）")
        doc.t(f"，{x.gender}，{x.extra['age']}岁，{where}居民，{_born(x)}出生，{permit}号码：").p("other_id", num)
        doc.t("，内地暂住地址：")
        _addr(doc, x).t("，联系电话：")
        _phone(doc, x).t("。\n")
    else:
        x = _person(doc, sex="男" if r.random() < 0.8 else "女", age=r.randint(22, 58), region=region)
        _police_party(doc, x)
    y = _person(doc, age=r.randint(19, 55), region=region)
    mother = _kin(doc, y, "母")
    shop, sn = r.choice(STALL_SHOPS14)
    owner = _person(doc, surname=sn, region=region, age=r.randint(38, 62), plain=True)
    inj, level = r.choice(INJURIES14)
    road = r.choice(["中山路", "逸仙路", "中山路", r.choice(ROADS14)])
    h = r.randint(11, 22)
    _par(doc).t("现查明：")
    _d(doc, d_act).t(f"{h}时许，在{region[2]}").k("place", road).t(f"{r.randint(2, 300)}号“").k("org_name", shop).t("”门前的")
    doc.k("term", "马路").t("边，违法行为人").name(x).t(f"因{r.choice(CAUSES14)}问题与").name(y)
    doc.t("发生口角，后").name(x).t(r.choice(["用拳头击打", "用手掌掌掴", "持塑料凳击打"])).name(y).t("的头面部，并将其推倒在地，致").name(y)
    doc.t(inj + "。")
    if r.random() < 0.4:
        doc.t("其母")
    else:
        doc.name(y).t(r.choice(["之母", "的母亲"]))
    doc.name(mother).t("见状上前劝阻，并拨打110报警。")
    if r.random() < 0.6:
        doc.t("事发后").name(x).t("驾驶车牌号为").p("vehicle_plate", _plate(doc, region)).t("的小型轿车离开现场，于")
        _d(doc, d_call).t("被").k("agency_name", station).t("民警传唤到案。")
    else:
        doc.k("agency_name", station).t("民警接警后到场，将").name(x).t("口头传唤至派出所。")
    hosp = region[2] if _county_level(region) else region[1] + (region[2] if r.random() < 0.5 else "")
    _par(doc).t("经").k("org_name", hosp + r.choice(HOSPITALS14)).t("诊断，")
    doc.name(y).t(inj + "；经").k("agency_name", region[1] + "公安局物证鉴定所").t("鉴定，").name(y).t(f"的损伤程度为{level}。")
    doc.t(f"“{shop}”经营者").name(owner).t("证实，当时是").name(x).t("先动手打人。")
    forgiven = r.random() < 0.4
    if forgiven:
        doc.t("经调解，").name(x).t("已赔偿").name(y).t("医疗费等各项损失，并取得").name(y).t("的书面谅解。")
    else:
        doc.t("经民警组织调解，双方未能达成协议。")
    _par(doc).t("以上事实有违法行为人").name(x).t("的陈述和申辩、被侵害人").name(y).t("的陈述、证人")
    doc.name(owner).t("、").name(mother).t("的证言、伤情鉴定意见书、视频监控录像等证据证实。")
    _par(doc).t("根据").k("law_title", "《中华人民共和国治安管理处罚法》").k("article", "第四十三条第一款").t("之规定，")
    if forgiven:
        doc.t("鉴于违法行为人取得被侵害人谅解，情节较轻，现决定对违法行为人").name(x)
        detain = r.random() < 0.5
        doc.t("行政拘留三日。" if detain else "处罚款")
        fine = not detain
        if fine:
            _money(doc, _fine(doc, 200, 500), r.choice(["plain", "upper", "rmb"])).t("。")
    else:
        detain, fine = True, True
        doc.t("现决定对违法行为人").name(x).t(f"行政拘留{r.choice(['五', '七', '十'])}日，并处罚款")
        _money(doc, _fine(doc, 200, 500), r.choice(["plain", "upper", "rmb"])).t("。")
    if detain:
        kin = _person(doc, age=x.extra["age"] + r.randint(-3, 3), region=region) if r.random() < 0.5 else None
        _detention_exec(doc, region, fine, kin, "妻子" if x.gender == "男" else "丈夫", d_doc)
    else:
        _par(doc).t("罚款于收到本决定书之日起十五日内缴纳至指定银行，逾期不缴纳的，每日按罚款数额的百分之三加处罚款。")
    _relief(doc, region)
    _sign(doc, issuer, d_doc)
    if r.random() < 0.3:
        _receipt(doc, x, issuer, d_doc + timedelta(days=r.randint(0, 3)), "殴打他人")
    _finish(doc, issuer)


HOTELS14 = ["商务酒店", "宾馆", "快捷酒店", "公寓酒店", "旅馆"]


def g_vice(doc: Doc) -> None:
    """嫖娼, as a typical 决定书: the party, the woman dealt with in another case, a hotel room or her
    rented flat, her WeChat id, the 转账, a 治安检查 and the family notified."""
    r = doc.r
    _begin(doc, 0.5)
    region = r.choice(REGIONS)
    issuer = _police(region)
    station = _station(region, doc)
    d_act, d_doc = _timeline(doc, 2, 30)
    _police_head(doc, region, issuer, d_doc)
    x = _person(doc, sex="男", age=r.randint(22, 62), region=region)
    _police_party(doc, x)
    y = _person(doc, sex="女", age=r.randint(20, 42), region=region, local=0.2)
    price = r.choice([200, 300, 400, 500, 600, 800, 1000])
    h = r.randint(14, 23)
    _par(doc).t("现查明：")
    _d(doc, d_act).t(f"{h}时许，违法行为人").name(x).t(r.choice(["通过微信", "通过某社交软件", "经他人介绍"]))
    doc.t("与卖淫人员").name(y).t("（另案处理）取得联系，双方约定以").k("amount", f"{price}元").t("的价格进行卖淫嫖娼活动。随后")
    doc.name(x).t("来到")
    if r.random() < 0.55:
        hotel = region[2][:2] + r.choice(TRADE14) + r.choice(HOTELS14)
        doc.t("位于" + region[2]).k("place", r.choice(ROADS14)).t("的“").k("org_name", hotel).t(f"”{r.randint(2, 18)}{r.randint(1, 40):02d}房，")
    else:
        doc.name(y).t("租住的")
        _addr(doc, y, region[2]).t("，")
    doc.t("与").name(y).t("发生了性关系，事后").name(x).t("通过微信向").name(y).t("（微信号：").p("contact", _wechat(doc, y))
    doc.t("）转账").k("amount", f"{price}元").t("。")
    doc.t(f"当日{min(h + 1, 23)}时许，").k("agency_name", station).t("民警在开展治安检查时将二人当场查获。")
    _par(doc).name(x).t(r.choice(["对上述违法事实供认不讳。", "到案后如实供述了上述事实。"]))
    doc.t("以上事实有违法行为人").name(x).t("的陈述和申辩、").name(y).t("的陈述、微信聊天及转账记录截图、现场检查笔录等证据证实。")
    _par(doc).t("根据").k("law_title", "《中华人民共和国治安管理处罚法》").k("article", "第六十六条第一款").t("之规定，现决定对违法行为人")
    doc.name(x).t(f"行政拘留{r.choice(['十', '十', '十二', '十五'])}日")
    fine = r.random() < 0.7
    if fine:
        doc.t("，并处罚款")
        _money(doc, _fine(doc, 500, 3000, 500), r.choice(["plain", "upper", "rmb"]))
    doc.t("。")
    kin = None
    rel = r.choice(["妻子", "父亲", "哥哥", "母亲"])
    if r.random() < 0.6:
        kin = _kin(doc, x, {"妻子": "妻", "父亲": "父", "哥哥": "兄", "母亲": "母"}[rel])
    _detention_exec(doc, region, fine, kin, rel, d_doc)
    _relief(doc, region)
    _sign(doc, issuer, d_doc)
    if r.random() < 0.3:
        _receipt(doc, x, issuer, d_doc + timedelta(days=r.randint(0, 3)), "嫖娼")
    _finish(doc, issuer)


def g_idcard(doc: Doc) -> None:
    """冒用他人居民身份证 with 户籍 details: the party and a 曾用名 (the same pid), the brother or sister
    whose card was used, two ID numbers, a hotel, 营业厅 or 网咖 as org, a new phone number."""
    r = doc.r
    st = _begin(doc, 0.5)
    region = r.choice(REGIONS)
    issuer = _police(region)
    station = _station(region, doc)
    d_use, d_found, d_doc = _timeline(doc, 3, 90)
    _police_head(doc, region, issuer, d_doc)
    sex = r.choice("男男女")
    x = _person(doc, sex=sex, age=r.randint(20, 50), region=region, local=0.3)
    while True:
        former = x.surname + _given(doc, sex, x.extra["born"].year) if x.surname else ""
        if former != x.name and former not in doc.w.used_names:
            break
    if former:
        doc.w.used_names.add(former)
    rel = r.choice(["兄", "弟"] if sex == "男" else ["姐", "妹"])
    z = _kin(doc, x, rel)
    if r.random() < 0.5:
        doc.t("违法行为人：").name(x)
        if former:
            doc.t("（曾用名：" if r.random() < 0.5 else "（曾用名").p("person_name", former, pid=x.pid).t("）")
        doc.t(f"，{x.gender}，{_born(x)}出生，{x.extra['nation']}，公民身份号码：")
        _idn(doc, x).t("，户籍所在地：")
        _hukou(doc, x).t("，现住：")
        _addr(doc, x).t("，联系电话：")
        _phone(doc, x).t("。\n")
    else:
        _police_party(doc, x)
        if former:
            doc.t("曾用名：").p("person_name", former, pid=x.pid).t("\n")
    reason = r.choice(["因被人民法院列为失信被执行人、被限制高消费，为规避限制", "因本人居民身份证遗失未及时补领，为图方便",
                       "为逃避网络贷款催收人员的追查"])  # fmt: skip
    kinword = {"兄": "哥哥", "弟": "弟弟", "姐": "姐姐", "妹": "妹妹"}[rel]
    _par(doc).t("现查明：违法行为人").name(x).t(reason + "，于")
    _d(doc, d_use).t(f"持其{kinword}").name(z).t("的居民身份证（公民身份号码：")
    _idn(doc, z).t("），")
    use = r.choice(["hotel", "sim", "netbar"])
    if use == "hotel":
        doc.t("在位于" + region[2]).k("place", r.choice(ROADS14)).t("的“").k("org_name", region[2][:2] + r.choice(TRADE14) + r.choice(HOTELS14))
        doc.t("”冒用").name(z).t(f"的身份办理了入住登记，连续入住{CN_COUNT[r.randint(2, 6)]}晚。")
    elif use == "sim":
        doc.t("在").k("org_name", f"中国{r.choice(['移动', '联通', '电信'])}{region[2][:2]}{r.choice(TRADE14)}营业厅").t("冒用")
        doc.name(z).t("的身份办理了号码为")
        doc.p("phone", doc.w.mobile()).t("的手机卡一张。")
    else:
        doc.t("在“").k("org_name", region[2][:2] + r.choice(TRADE14) + r.choice(["网咖", "电竞馆", "网吧"])).t("”冒用")
        doc.name(z).t("的身份登记上网。")
    _d(doc, d_found).t("，").k("agency_name", station).t("民警在" + r.choice(["核查治安管理信息系统预警信息", "开展场所清查", "处理另一起纠纷"]) + "时发现上述情况。")
    if former:
        doc.t("经核查户籍档案，").name(x).t("原名").p("person_name", former, pid=x.pid).t(f"，于{st.year - r.randint(3, 15)}年经申请变更姓名为")
        doc.name(x).t("，现户籍登记在").k("agency_name", station).t("辖区。")
    doc.name(z).t(r.choice(["称其居民身份证系“借给", "承认案发前将居民身份证“借给"])).name(x)
    doc.t("办事用”，对其冒用情况知情。")
    _par(doc).t("以上事实有违法行为人").name(x).t("的陈述和申辩、证人").name(z).t("的证言、登记记录、户籍资料等证据证实。")
    _par(doc).t("根据").k("law_title", "《中华人民共和国居民身份证法》").k("article", "第十七条第一款第（一）项").t("之规定，现决定对违法行为人")
    doc.name(x)
    if r.random() < 0.6:
        doc.t("处罚款")
        _money(doc, _fine(doc, 200, 1000), r.choice(["plain", "upper", "rmb"])).t("。")
    else:
        doc.t(f"行政拘留{r.choice(['三', '五', '七'])}日。")
    doc.t("对").name(z).t("出借居民身份证的行为，依据该法").k("article", "第十六条第（二）项").t("的规定另行处理。")
    _relief(doc, region)
    _sign(doc, issuer, d_doc)
    if r.random() < 0.3:
        _receipt(doc, x, issuer, d_doc + timedelta(days=r.randint(0, 3)), "冒用他人居民身份证")
    _finish(doc, issuer)


INFO_KINDS14 = [("快递面单信息", "物流", "快递公司的派件系统"), ("小区业主信息", "物业管理", "物业公司的收费系统"),
                ("学生家长信息", "教育咨询", "培训机构的客户管理系统"), ("新车车主信息", "汽车销售服务", "4S店的客户档案"),
                ("孕产妇信息", "母婴用品", "门店的会员系统")]  # fmt: skip


def n_interview(doc: Doc) -> None:
    """网安 询问笔录 in 问/答 form: QQ号 and 微信号 (contact), a 支付宝 account (a phone number or an
    e-mail), the wife in whose name the broadband runs, a colleague, an IP address left unannotated,
    officers with 警号, the signature block with spaced names."""
    r = doc.r
    st = _begin(doc, 0.6)
    region = r.choice(REGIONS)
    issuer = _police(region)
    day = _timeline(doc, 1, 200)[0]
    offs = _officers(doc, region, police=True)
    x = _person(doc, sex="男" if r.random() < 0.75 else "女", age=r.randint(22, 45), region=region)
    spouse = _kin(doc, x, "妻" if x.gender == "男" else "夫")
    mate = _person(doc, age=r.randint(22, 45), region=region)
    info, trade, system = r.choice(INFO_KINDS14)
    company = region[1] + r.choice(TRADE14) + trade + "有限公司"
    h = r.randint(9, 20)
    doc.k("agency_name", issuer).t("\n")
    _title(doc, "询问笔录").t("\n" + r.choice(["（第1次）", "第 1 次", ""]) + "\n")
    doc.t("时间：")
    _d(doc, day, r.choice(["cn", "cn", "dot", "dash"])).t(f"{h}时{r.randint(0, 30):02d}分至{h + r.randint(1, 2)}时{r.randint(0, 59):02d}分\n")
    doc.t("地点：").k("agency_name", issuer).t(r.choice(["网络安全保卫大队询问室", "执法办案中心第三询问室"]) + "\n")
    (a, a_no), (b, b_no) = offs
    doc.t("询问人：").k("officer_name", a.name).t("（警号").k("officer_cert", a_no).t("）、").k("officer_name", b.name)
    doc.t("（警号").k("officer_cert", b_no).t("）\n记录人：").k("officer_name", b.name).t("\n")
    sep = r.choice(["　　", "    ", "\t"])
    doc.t("被询问人：").name(x).t(f"{sep}性别：{x.gender}{sep}年龄：{x.extra['age']}\n")
    doc.t("身份证件种类及号码：居民身份证 ")
    _idn(doc, x).t("\n户籍所在地：")
    _hukou(doc, x).t("\n现住址：")
    _addr(doc, x).t("\n联系方式：")
    _phone(doc, x).t("\n")
    doc.t("（被询问人系经传唤到案，到达时间：")
    _d(doc, day).t(f"{h - 1 if h > 9 else h}时{r.randint(0, 59):02d}分）\n")
    qa = _st(doc).indent
    q = "\n" + qa + "问："
    ans = "\n" + qa + "答："
    doc.t(q[1:] + "我们是").k("agency_name", issuer).t("的民警（出示工作证件），现依法对你进行询问。你应当如实回答，对与本案无关的问题有拒绝回答的权利。你听清楚了吗？")
    doc.t(ans + "听清楚了。")
    doc.t(q + "你是否申请回避？" + ans + "不申请。")
    doc.t(q + "你平时使用的QQ号和微信号是多少？")
    doc.t(ans + "QQ号是").p("contact", _qq(doc)).t("，微信号是").p("contact", _wechat(doc)).t("，微信绑定的手机号就是我刚才说的那个号码。")
    doc.t(q + "你知道今天为什么被传唤到这里吗？" + ans + "知道，因为我在网上卖别人的个人信息。")
    doc.t(q + "你把具体经过讲一下。")
    per = r.choice(["0.3", "0.5", "1", "2"])
    n_items = r.randint(3, 40) * 100
    when = f"{day.year - 1}年{r.randint(1, 12)}月" if r.random() < 0.5 or day.month < 3 else f"今年{r.randint(1, day.month - 1)}月"
    doc.t(ans + f"{when}左右，我在一个QQ群里认识了一个网名叫“{r.choice(['大鹏', '数据哥', '老K', '阿飞', '收料'])}”的人，")
    doc.t(f"他说收购{info}，一条给{per}元。我当时在").k("org_name", company).t(f"上班，能从{system}里导出这些信息，就陆续卖给了他，前后一共卖了大约{n_items}条。")
    doc.t(q + "钱是怎么收的？")
    acct_phone = r.random() < 0.6
    doc.t(ans + "他通过支付宝转给我，我的支付宝账号是")
    if acct_phone:
        doc.p("phone", x.phone)
    else:
        doc.p("email", _email(doc))
    doc.t("，前后一共收了").k("amount", f"{r.randrange(800, 30000, 100)}元").t("左右。还有一次他转到了我")
    doc.t("老婆" if x.gender == "男" else "老公").name(spouse).t("的微信上。")
    doc.t(q + "你是用什么设备、在哪里上网操作的？" + ans + "用我自己的笔记本电脑，在家里连宽带上网。")
    doc.t(q + f"经查，你的QQ号在交易时段的登录IP地址为{_ip(doc)}，该IP地址是否是你家宽带的？")
    doc.t(ans + "应该是的，宽带是用").name(spouse).t("的名字办的，装在我们家里。")
    doc.t(q + "还有其他人参与吗？")
    he = "他" if mate.gender == "男" else "她"
    doc.t(ans + "我同事").name(mate).t(f"知道这件事，{he}帮我导过一次数据，我分给{he}{r.choice([200, 300, 500, 800])}元。")
    doc.name(mate).t("平时用的微信号是").p("contact", _wechat(doc, mate)).t(f"，你们可以找{he}核实。")
    extra = [
        ("你知道出售公民个人信息是违法的吗？", r.choice(["一开始不知道，后来看新闻才知道，但已经卖出去了。", "知道一点，但觉得量不大没关系。"])),
        ("你导出的信息现在还保存着吗？", r.choice(["还在我电脑的一个文件夹里，你们可以检查。", "卖完就删了，聊天记录也删了。"])),
        ("对方转给你的钱你是怎么用的？", r.choice(["还信用卡和花呗了。", "都用于日常开销了，现在卡里没剩多少。"])),
        ("你的支付宝是实名认证的吗？认证的是谁？", "是实名的，认证的就是我本人。"),
        ("你所在的公司知道这件事吗？", r.choice(["不知道，我是下班后偷偷导的。", "后来公司发现系统导出记录异常，找我谈过话，我就辞职了。"])),
        ("你和对方见过面吗？", "没有见过，只在网上联系，不知道他真实叫什么。"),
    ]  # fmt: skip
    for qq, aa in r.sample(extra, r.randint(2, 5)):
        doc.t(q + qq + ans + aa)
    doc.t(q + "你还有什么要补充的吗？" + ans + "没有了。我知道错了，我愿意退出违法所得。")
    doc.t(q + "以上笔录你看一下，与你所说的是否一致？" + ans + "以上笔录我看过，和我说的一样。")
    doc.t("\n\n被询问人：").p("person_name", _spaced(x.name) if r.random() < 0.6 else x.name, pid=x.pid).t("（捺指印）\n")
    _d(doc, day).t("\n询问人：").k("officer_name", _spaced(a.name)).t("　").k("officer_name", _spaced(b.name))
    doc.t("\n记录人：").k("officer_name", _spaced(b.name)).t("\n")
    doc.t("第 1 页 共 1 页\n" if not st.pdf and r.random() < 0.3 else "")
    _finish(doc, issuer)


SCAMS14 = [("投资", "黄金"), ("刷单返利", ""), ("冒充客服退款", ""), ("网络贷款", ""), ("虚假投资理财", ""), ("期货投资", "黄金")]


def n_cards(doc: Doc) -> None:
    """反电信网络诈骗法: a card lender's bank card, the victim's card, the 上家 with a nickname and a
    WeChat id and his own card; 黄金 as term; 违法所得 and a 罚款."""
    r = doc.r
    _begin(doc, 0.45)
    region = r.choice(REGIONS)
    issuer = _police(region)
    d_rent, d_scam, d_doc = _timeline(doc, 3, 120)
    _police_head(doc, region, issuer, d_doc)
    x = _person(doc, age=r.randint(18, 35), region=region)
    _police_party(doc, x)
    up = _person(doc, sex="男", age=r.randint(22, 40), local=0.2)
    nick = r.choice(NICKS14 + ["阿龙", "小K", "老猫"])
    victim = _person(doc, age=r.randint(30, 70), local=0.2)
    bank_x = r.choice(BANKS14)
    fee = r.choice([300, 500, 800, 1000, 1500, 2000])
    _par(doc).t("现查明：")
    _d(doc, d_rent).t("，违法行为人").name(x).t("经").name(up).t("（绰号“").p("person_name", nick, pid=up.pid).t("”，微信号：")
    doc.p("contact", _wechat(doc, up)).t("）介绍，以").k("amount", f"{fee}元").t("的价格将其本人名下的" + bank_x + "借记卡（卡号：")
    doc.p("bank_account", _card(doc)).t("）连同绑定的手机卡、U盾一并出租给").name(up).t("使用。")
    scam, term = r.choice(SCAMS14)
    doc.t("经查，")
    _d(doc, d_scam).t("，被害人").name(victim).t("（" + "".join(victim.region[1:]) + "人）被诱导参与“")
    if term:
        doc.k("term", term).t(scam + "”")
    else:
        doc.t(scam + "”")
    doc.t("，先后" + CN_COUNT[r.randint(2, 6)] + "次通过其本人名下的" + r.choice(BANKS14) + "账户（卡号：").p("bank_account", _card(doc))
    doc.t("）向上述银行卡转账共计")
    _money(doc, r.randrange(5000, 300000, 100), r.choice(["plain", "comma", "wan"])).t("，资金随即被分散转出，其中一笔转入")
    doc.name(up).t("本人名下账户（").p("bank_account", _card(doc)).t("）。")
    doc.p("person_name", nick, pid=up.pid).t(r.choice(["已被另案处理。", "目前在逃。", "已被刑事拘留。"]))
    _par(doc).name(x).t(r.choice(["承认出租银行卡的事实，但辩称“不知道对方用来诈骗”。", "对上述事实供认不讳。"]))
    doc.t("以上事实有违法行为人").name(x).t("的陈述和申辩、被害人").name(victim).t("的陈述、银行交易流水、微信聊天记录等证据证实。")
    _par(doc).t("根据").k("law_title", "《中华人民共和国反电信网络诈骗法》").k("article", "第三十一条第一款").t("、")
    doc.k("article", "第四十四条").t("之规定，现决定对违法行为人").name(x)
    if r.random() < 0.5:
        doc.t(f"行政拘留{r.choice(['五', '十', '十二'])}日，并没收违法所得").k("amount", f"{fee}元").t("。")
        kin = _kin(doc, x, "母") if r.random() < 0.6 else None
        _detention_exec(doc, region, False, kin, "母亲", d_doc)
    else:
        doc.t("没收违法所得").k("amount", f"{fee}元").t("，并处罚款")
        _money(doc, _fine(doc, 2000, 20000, 1000), r.choice(["plain", "upper", "rmb"])).t("。")
        _par(doc).t("罚款于收到本决定书之日起十五日内缴纳至指定银行，逾期不缴纳的，每日按罚款数额的百分之三加处罚款。")
    _par(doc).t("同时，依据该法").k("article", "第三十一条第二款").t("的规定，对违法行为人").name(x).t("采取限制其有关卡、账户、账号等功能的惩戒措施。")
    _relief(doc, region)
    _sign(doc, issuer, d_doc)
    if r.random() < 0.3:
        _receipt(doc, x, issuer, d_doc + timedelta(days=r.randint(0, 3)), "出租、出借银行账户")
    _finish(doc, issuer)


# ---- 公安 出入境 ---------------------------------------------------------------------------------

# Employer kinds: nationalities, company trade, job, monthly wage range.
JOBS_FOREIGN14 = [
    (["越南", "缅甸", "老挝"], ["电子科技", "鞋业", "服装", "五金制品"], ["流水线普工", "包装工", "车缝工"], (3500, 6500)),
    (["美国", "英国", "加拿大", "菲律宾", "俄罗斯"], ["教育咨询", "文化培训", "教育科技"], ["英语外教", "少儿英语教师"], (9000, 25000)),
    (["俄罗斯", "乌克兰"], ["文化传播", "演艺策划"], ["模特", "舞蹈演员"], (8000, 20000)),
    (["韩国", "日本"], ["餐饮管理", "餐饮服务"], ["厨师", "服务员"], (7000, 15000)),
]  # fmt: skip
PORTS14 = {"越南": ["东兴口岸", "友谊关口岸", "河口口岸"], "缅甸": ["瑞丽口岸", "畹町口岸"], "老挝": ["磨憨口岸"],
           "": ["深圳湾口岸", "广州白云国际机场口岸", "上海浦东国际机场口岸", "北京首都国际机场口岸", "成都天府国际机场口岸"]}  # fmt: skip
VISAS14 = ["旅游（L字）签证", "访问（F字）签证", "私人事务类居留许可", "商务（M字）签证", "边境旅游通行证"]


def _alien_name(doc: Doc, p: Person, first: bool) -> Doc:
    """A foreigner's name: the Latin spelling, sometimes with the Chinese transliteration."""
    r = doc.r
    if first:
        doc.name(p)
        if r.random() < 0.8:
            doc.t(r.choice(["（中文译名：", "（中文名：", "（"])).p("person_name", p.extra["cn"], pid=p.pid).t("）")
        return doc
    if r.random() < 0.5:
        return doc.p("person_name", p.extra["cn"], pid=p.pid)
    return doc.name(p)


def _alien_block(doc: Doc, p: Person, nat: str, label: str = "违法行为人", home: str = "any") -> None:
    r = doc.r
    doc.t(f"{label}：")
    _alien_name(doc, p, True).t(f"，{p.gender}，{_born(p)}出生，国籍：{nat}，")
    doc.t(r.choice(["护照号码：", "持普通护照，号码：", "证件种类及号码：普通护照 "])).p("passport", p.id_number)
    if home == "own" or (home == "any" and r.random() < 0.5):
        doc.t("，在华住址：")
        _addr(doc, p)
    elif home == "any":
        doc.t("，在华住址：单位宿舍")
    if r.random() < 0.5:
        doc.t("，联系电话：")
        _phone(doc, p)
    doc.t("。\n")


def _exit_notice(doc: Doc, p: Person, nat: str, day: date) -> None:
    """The 告知 paragraph, sometimes through an interpreter (a natural person, hidden)."""
    r = doc.r
    lang = {"越南": "越南语", "缅甸": "缅甸语", "老挝": "老挝语", "韩国": "韩语", "日本": "日语", "俄罗斯": "俄语",
            "乌克兰": "俄语"}.get(nat, "英语")  # fmt: skip
    _par(doc).t("本局于")
    _d(doc, day, r.choice(["cn", "cn", "dot"])).t("向")
    _alien_name(doc, p, False).t("告知了拟作出行政处罚决定的事实、理由及依据，以及其依法享有的陈述、申辩权利")
    if r.random() < 0.6:
        tr = _person(doc, age=r.randint(24, 50), region=p.region, plain=True)
        doc.t(f"，告知时由{lang}翻译人员").name(tr).t("（")
        doc.k("org_name", p.region[1] + r.choice(TRADE14) + "翻译服务有限公司").t("）现场翻译")
    doc.t("。" + r.choice(["其表示不提出陈述和申辩。", "其表示认错，请求从轻处理。", "其提出家庭经济困难，本局已在裁量时予以考虑。"]))


def _exit_head(doc: Doc, region: tuple[str, str, str], day: date) -> str:
    r = doc.r
    issuer = r.choice([_police(region), region[1] + "公安局"])
    doc.k("agency_name", issuer).t("\n")
    _title(doc, "行政处罚决定书").t("\n")
    doc.k("doc_number", _docno(doc, f"{region[1][0]}公（{r.choice(['出入境', '出', '外'])}）行罚决字", _st(doc).year, 999)).t("\n\n")
    return issuer


def x_work(doc: Doc) -> None:
    """外国人非法就业: a decision on the worker (Latin name and Chinese transliteration as one person,
    passport, visa, the employer company and an intermediary) or on the employer (company with its
    legal representative, several workers, a HR manager) under 出境入境管理法."""
    r = doc.r
    st = _begin(doc, 0.5)
    region = r.choice(REGIONS)
    d_in, d_work, d_check, d_doc = _timeline(doc, 4, 200)
    issuer = _exit_head(doc, region, d_doc)
    nats, trades, jobs, wage = r.choice(JOBS_FOREIGN14)
    co = region[1] + r.choice(TRADE14) + r.choice(trades) + "有限公司"
    rep = _person(doc, age=r.randint(32, 60), region=region)
    if r.random() < 0.33:
        doc.keep.append(rep.name)
    job = r.choice(jobs)
    agent = _person(doc, age=r.randint(25, 50), region=region, local=0.3)
    if r.random() < 0.55:
        p, nat, cn = _foreigner(doc, nats, region=region)
        _alien_block(doc, p, nat)
        port = r.choice(PORTS14.get(nat, PORTS14[""]))
        _par(doc).t("现查明：违法行为人")
        _alien_name(doc, p, False).t("于")
        _d(doc, d_in).t(f"持{r.choice(VISAS14)}经{port}入境。")
        _d(doc, d_work).t("起，其经").name(agent).t("（联系电话：")
        _phone(doc, agent).t("）介绍，在").k("org_name", co).t(f"从事{job}工作，")
        doc.t("约定月工资").p("financial", f"{r.randrange(*wage, 500)}元").t("，由公司以现金或微信转账方式发放。")
        doc.t("其未取得外国人工作许可和工作类居留证件。")
        _d(doc, d_check).t("，本局民警在对").k("org_name", co).t("进行检查时将其查获。该公司法定代表人").k("legal_rep", rep.name)
        doc.t(r.choice(["承认未为其办理工作许可。", "称对其身份“不太清楚”，用工系由车间主管安排。"]))
        _par(doc).t("上述事实有违法行为人")
        _alien_name(doc, p, False).t("的陈述和申辩、证人").k("legal_rep", rep.name).t("、").name(agent)
        doc.t("的证言、考勤记录、工资发放记录、护照及签证信息等证据证实。")
        _exit_notice(doc, p, nat, d_check + timedelta(days=r.randint(0, 3)))
        _par(doc).t("根据").k("law_title", "《中华人民共和国出境入境管理法》").k("article", "第四十一条第一款").t("、")
        doc.k("article", "第四十三条第一款第（一）项").t("、").k("article", "第八十条第一款").t("之规定，现决定对违法行为人")
        _alien_name(doc, p, False).t("处罚款")
        _money(doc, _fine(doc, 5000, 20000, 1000), r.choice(["plain", "upper", "rmb", "wan"])).t("。")
        doc.t("同时依据").k("article", "第八十一条第一款").t("之规定，限其于")
        _d(doc, d_doc + timedelta(days=r.randint(7, 20))).t("前离境。")
    else:
        doc.t("被处罚单位：").k("org_name", co).t("\n统一社会信用代码：").k("credit_code", doc.w.uscc()).t("\n住所：")
        doc.k("registered_address", "".join(region[1:]) + f"{r.choice(ROADS14)}{r.randint(1, 500)}号{r.choice(['', '3楼', 'B栋201'])}")
        doc.t("\n法定代表人：").k("legal_rep", rep.name).t("\n")
        workers = [_foreigner(doc, nats, region=region) for _ in range(r.randint(2, 4))]
        hr = _person(doc, age=r.randint(25, 45), region=region)
        _par(doc).t("现查明：").k("org_name", co).t("自")
        _d(doc, d_work).t(f"起，在明知下列外国人未取得工作许可和工作类居留证件的情况下，聘用其在公司从事{job}工作：")
        for i, (p, nat, _) in enumerate(workers):
            doc.t(f"\n{i + 1}. ")
            _alien_name(doc, p, True).t(f"，{nat}籍，{p.gender}，{_born(p)}出生，护照号码").p("passport", p.id_number)
            doc.t(f"，持{r.choice(VISAS14)}于")
            _d(doc, d_work - timedelta(days=r.randint(5, 200))).t("入境，")
            end = "。" if i == len(workers) - 1 else "；"
            piece = "按课时计酬" if "教师" in job or "外教" in job else "按件计酬" if "工" in job else "按场次计酬"
            doc.t(f"月工资{r.randrange(*wage, 500)}元{end}" if r.random() < 0.5 else f"{piece}{end}")
        _par(doc).t("上述人员由").name(agent).t("介绍入职，公司人事主管").name(hr).t("负责办理入职手续、保管护照复印件。")
        _d(doc, d_check).t("，本局民警在检查中将上述人员查获。法定代表人").k("legal_rep", rep.name).t("对上述事实无异议。")
        _par(doc).t("根据").k("law_title", "《中华人民共和国出境入境管理法》").k("article", "第四十一条第一款").t("、")
        doc.k("article", "第八十条第三款").t("之规定，现决定对").k("org_name", co).t("按每非法聘用一人一万元处罚，共计罚款")
        _money(doc, 10000 * len(workers), r.choice(["plain", "wan", "upper"])).t("。")
        _par(doc).t("对上述外国人的违法行为，本局另行处理。")
    _par(doc).t("罚款应当自收到本决定书之日起十五日内缴纳至指定银行账户，到期不缴纳的，每日按罚款数额的百分之三加处罚款。")
    _relief(doc, region, region[1] + "人民政府" if issuer == region[1] + "公安局" else None)
    _sign(doc, issuer, d_doc)
    if st.pdf:
        _pdf(doc, issuer)


def x_stay(doc: Doc) -> None:
    """外国人非法居留 (a Vietnamese or Burmese woman at her Chinese partner's home in a village, or a
    visitor who overstayed in a rented flat) and 住宿登记 (the Chinese landlord of a foreign tenant)."""
    r = doc.r
    st = _begin(doc, 0.5)
    region = r.choice(REGIONS)
    d_in, d_exp, d_found, d_doc = _timeline(doc, 4, 300)
    issuer = _exit_head(doc, region, d_doc)
    variant = r.choice(["partner", "overstay", "landlord"])
    if variant == "partner":
        d_in = d_found - timedelta(days=r.randint(200, 2000))
        d_exp = d_in + timedelta(days=r.randint(7, 30))
    if variant == "partner":
        p, nat, cn = _foreigner(doc, ["越南", "缅甸", "老挝"], sex="女", region=region)
        host = _person(doc, sex="男", age=r.randint(30, 55), region=region, local=0.8)
        host.address_detail = _home_detail(doc, rural=True)
        _alien_block(doc, p, nat, home="none")
        _par(doc).t("现查明：违法行为人")
        _alien_name(doc, p, False).t("于")
        _d(doc, d_in).t(f"持{r.choice(['边境旅游通行证', '旅游（L字）签证', '边境地区出入境通行证'])}入境，准予停留至")
        _d(doc, d_exp).t("。期满后其未依法办理延期手续，一直与").name(host).t("（公民身份号码：")
        _idn(doc, host).t("）以夫妻名义共同居住在")
        _addr(doc, host).t("的家中。")
        if r.random() < 0.6 and (d_found - d_in).days > 400:
            kid = _person(doc, sex=r.choice("男女"), age=r.randint(0, (d_found - d_in).days // 365 - 1) if (d_found - d_in).days > 730 else 0,
                          surname=host.surname or None, region=region, plain=True)  # fmt: skip
            doc.t("二人所生之" + ("子" if kid.gender == "男" else "女")).name(kid).t(f"（{_born(kid)}出生）已随").name(host).t("申报户口。")
        if r.random() < 0.5:
            hm = _kin(doc, host, "母")
            doc.name(host).t("之母").name(hm).t("称，")
            _alien_name(doc, p, False).t("平时在家帮忙种地、照顾孩子，很少外出。")
        days = (d_found - d_exp).days
        _d(doc, d_found).t("，").k("agency_name", _station(region, doc)).t("民警在走访中发现其非法居留，至查获之日非法居留")
        doc.t(f"{days}日。").name(host).t("称双方“准备去民政部门登记”，但一直未办理。")
    else:
        p, nat, cn = _foreigner(doc, ["俄罗斯", "韩国", "尼日利亚", "巴基斯坦", "印度", "美国", "乌克兰"], region=region)
        host = _person(doc, age=r.randint(35, 68), region=region, local=0.8)
        host_flat = _home_detail(doc, rural=False)
        p.address_detail = host_flat
        _alien_block(doc, p, nat, home="own")
        if variant == "landlord":
            doc.t("留宿人：").name(host).t(f"，{host.gender}，公民身份号码：")
            _idn(doc, host).t("，住")
            _addr(doc, host).t("，联系电话：")
            _phone(doc, host).t("\n")
        _par(doc).t("现查明：")
        _alien_name(doc, p, False).t("于")
        _d(doc, d_in).t(f"持{r.choice(['访问（F字）签证', '旅游（L字）签证', '学习类居留许可'])}入境，")
        if variant == "landlord":
            doc.t("所持签证（居留许可）有效期至")
            _d(doc, d_found + timedelta(days=r.randint(40, 300))).t("。其后").name(host)
        else:
            doc.t("准予停留至")
            _d(doc, d_exp).t("。其后").name(host).t("将其名下位于")
        doc.t(host.region[2]).p("address", host_flat).t(f"的房屋以每月{r.randrange(1800, 6000, 100)}元出租给")
        _alien_name(doc, p, False).t("居住，双方未到公安机关办理境外人员住宿登记。")
        _d(doc, d_found).t("，民警在开展出租屋清查时发现")
        _alien_name(doc, p, False).t("所持签证" + ("已过期" if variant == "overstay" else "仍在有效期内") + "。")
        doc.name(host).t(r.choice(["称其“不知道租房给外国人要登记”。", "称租房是通过中介办理的，以为中介已经登记。",
                                   "承认未在二十四小时内到派出所办理登记。"]))  # fmt: skip
    _par(doc).t("上述事实有当事人陈述、证人证言、出入境记录、现场检查笔录等证据证实。")
    if variant != "landlord":
        _exit_notice(doc, p, nat, d_found + timedelta(days=r.randint(0, 5)))
    _par(doc).t("根据").k("law_title", "《中华人民共和国出境入境管理法》")
    if variant == "landlord":
        doc.k("article", "第三十九条第二款").t("、").k("article", "第七十六条第一款第（六）项").t("之规定，现决定对留宿人").name(host)
        doc.t("给予警告，并处罚款")
        _money(doc, _fine(doc, 200, 2000), r.choice(["plain", "rmb", "upper"])).t("；对")
        _alien_name(doc, p, False).t("给予警告。")
    else:
        doc.k("article", "第七十八条第一款").t("之规定，现决定对违法行为人")
        _alien_name(doc, p, False)
        if r.random() < 0.6:
            doc.t("处罚款")
            days = max(2, (d_found - d_exp).days)
            _money(doc, min(10000, days * 500), r.choice(["plain", "rmb", "upper"])).t("。")
        else:
            doc.t("给予警告。")
        doc.t("同时依据").k("article", "第八十一条第一款").t("之规定，限其于")
        _d(doc, d_doc + timedelta(days=r.randint(5, 15))).t("前离境。")
    _relief(doc, region, region[1] + "人民政府" if issuer == region[1] + "公安局" else None)
    _sign(doc, issuer, d_doc)
    if st.pdf:
        _pdf(doc, issuer)


# ---- 市场监管 -----------------------------------------------------------------------------------


def _smr(region: tuple[str, str, str]) -> str:
    return region[2] + "市场监督管理局" if _county_level(region) else region[1] + region[2] + "市场监督管理局"


def _smr_head(doc: Doc, region: tuple[str, str, str], title: str = "行政处罚决定书", code: str = "市监罚") -> str:
    issuer = _smr(region)
    doc.k("agency_name", issuer).t("\n")
    _title(doc, title).t("\n")
    doc.k("doc_number", _docno(doc, _abbr(region) + code, _st(doc).year)).t("\n\n")
    return issuer


WORKSHOP14 = [("湿米粉", "苯甲酸及其钠盐", "超范围", "米粉"), ("凉皮", "苯甲酸及其钠盐", "超范围", "凉皮"),
              ("馒头", "糖精钠", "超范围", "馒头"), ("豆腐", "脱氢乙酸及其钠盐", "超范围", "豆腐"),
              ("蛋糕", "脱氢乙酸及其钠盐", "超限量", "糕点"), ("卤猪头肉", "亚硝酸盐", "超限量", "卤味"),
              ("油条", "铝的残留量", "超限量", "早点")]  # fmt: skip
LABS14 = ["检测技术有限公司", "质量检测中心", "食品检验所"]


def m_workshop(doc: Doc) -> None:
    """A food 小作坊 run by a couple: registered (its name with a surname stays, 登记证 as permit_number,
    生产地址 stays) or working from the couple's home (hidden); the wife adds the additive, a market stall
    holder buys the goods; 周边 as term; 减轻处罚."""
    r = doc.r
    st = _begin(doc, 0.5)
    region = r.choice(REGIONS)
    d_start, d_check, d_report, d_doc = _timeline(doc, 4, 150)
    issuer = _smr_head(doc, region)
    x = _person(doc, sex="男", age=r.randint(32, 60), region=region, local=0.5)
    y = _kin(doc, x, "妻")
    product, additive, how, shopword = r.choice(WORKSHOP14)
    registered = r.random() < 0.5
    if registered:
        ws = f"{region[2][:2]}{x.surname or '阿'}记{shopword}{r.choice(['坊', '加工坊', '作坊'])}"
        site = "".join(region[1:]) + f"{r.choice(TOWNS14)}{r.choice(ROADS14)}{r.randint(1, 200)}号"
        doc.t("当事人：").k("org_name", ws).t("（食品小作坊）\n登记证编号：")
        doc.k("permit_number", f"{_short(region)}食作登{st.year - r.randint(1, 4)}{_digits(doc, 5)}").t("\n生产地址：")
        doc.k("registered_address", site).t("\n经营者：").name(x).t("，公民身份号码：")
        _idn(doc, x).t("，联系电话：")
        _phone(doc, x).t("\n")
    else:
        x.address_detail = y.address_detail = _home_detail(doc, rural=True)
        _party_form(doc, x)
    buyer = _person(doc, age=r.randint(30, 60), region=region)
    market = region[2][:2] + r.choice(["东门", "城北", "新华", "中心"]) + "农贸市场"
    _par(doc).t("经查，当事人").name(x).t("与其妻").name(y).t("自")
    _d(doc, d_start).t("起")
    if registered:
        doc.t("在上述生产地址")
    else:
        doc.t("在其位于")
        _addr(doc, x).t("的自建房一楼")
    doc.t(f"从事{product}的生产加工，产品主要批发给").k("place", market).t(f"{r.choice('ABCD')}区{r.randint(1, 60)}号摊位的经营者")
    doc.name(buyer).t("以及").k("term", "周边").t("的早餐店。")
    _d(doc, d_check).t("，本局")
    _officer_line(doc, _officers(doc, region))
    doc.t("依法对当事人的生产场所进行检查，并对其生产的" + product + "进行抽样，经")
    doc.k("org_name", region[1] + r.choice(TRADE14) + r.choice(LABS14)).t("检验，")
    doc.t(f"“{additive}”项目不符合GB 2760-2014《食品安全国家标准 食品添加剂使用标准》的规定，检验结论为不合格。")
    doc.t("本局于")
    _d(doc, d_report).t("向当事人送达了检验报告，当事人未提出复检申请。")
    _par(doc).name(x).t(f"承认，为使产品{r.choice(['保质期更长', '口感更好', '颜色更好看'])}，由").name(y)
    doc.t("在配料时加入了从市场购买的添加剂，用量“凭感觉”。").name(y).t("对此予以确认。")
    kg = r.randint(30, 600)
    value = kg * r.randint(3, 30)
    doc.t(f"经核实，当事人共生产上述批次{product}{kg}千克，货值金额")
    _money(doc, value, "plain").t("，已销售部分违法所得")
    gain = int(value * r.uniform(0.3, 0.9))
    _money(doc, gain, "plain").t("。案发后，当事人主动从").name(buyer).t("等处召回未售出的产品并予以销毁。")
    _par(doc).t("以上事实有现场检查笔录、抽样单、检验报告、当事人及").name(y).t("的询问笔录、销售记录等证据证实。")
    _par(doc).t("当事人的上述行为违反了").k("law_title", "《中华人民共和国食品安全法》").k("article", "第三十四条第（四）项")
    doc.t(f"的规定，属于生产{how}使用食品添加剂的食品的行为。依据").k("law_title", "《中华人民共和国食品安全法》")
    doc.k("article", "第一百二十四条第一款第（三）项").t("的规定，鉴于当事人主动召回产品、消除危害后果，依据")
    doc.k("law_title", "《中华人民共和国行政处罚法》").k("article", "第三十二条第（一）项").t("的规定，决定对当事人减轻处罚如下：")
    doc.t("\n1.没收违法所得")
    _money(doc, gain, "plain").t(f"；\n2.没收库存的{product}及食品添加剂；\n3.罚款")
    _money(doc, _fine(doc, 5000, 40000, 1000), r.choice(["plain", "upper", "comma", "wan"])).t("。\n")
    _par(doc).t("当事人应当自收到本决定书之日起十五日内，通过非税收入电子缴款系统缴纳罚没款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。")
    _relief(doc, region)
    _sign(doc, issuer, d_doc)
    if r.random() < 0.3:
        _receipt(doc, x, issuer, d_doc + timedelta(days=r.randint(0, 3)), "生产不符合食品安全标准的食品")
    if r.random() < 0.5:
        _agency_line(doc, region, issuer)
    _finish(doc, issuer)


PUMPS14 = ["正星", "托肯", "稳牌", "恒山", "长吉"]


def m_fuel(doc: Doc) -> None:
    """计量 at a 加油站: the station company and its 负责人 (legal_rep, one in three passed as keep),
    two 加油员 and a complaining driver with his plate are hidden, the 加油机 出厂编号 stays."""
    w, r = doc.w, doc.r
    st = _begin(doc, 0.5)
    region = r.choice(REGIONS)
    d_complain, d_check, d_doc = _timeline(doc, 3, 80)
    issuer = _smr_head(doc, region)
    town = r.choice(TOWNS14)
    co = f"{region[1]}{r.choice(TRADE14)}石油化工有限公司{town[:2]}加油站"
    rep = _person(doc, age=r.randint(35, 60), region=region)
    if r.random() < 0.33:
        doc.keep.append(rep.name)
    doc.t("当事人：").k("org_name", co).t("\n统一社会信用代码：").k("credit_code", w.uscc()).t("\n经营场所：")
    doc.k("registered_address", "".join(region[1:]) + town + f"{r.choice(['国道', '省道'])}{r.randint(100, 360)}线旁")
    doc.t("\n负责人：").k("legal_rep", rep.name).t("\n")
    workers = [_person(doc, age=r.randint(20, 50), region=region, local=0.3) for _ in range(2)]
    driver = _person(doc, sex="男", age=r.randint(25, 60), region=region)
    serial = f"{r.choice(['ZX', 'TK', 'WP', 'HS'])}{st.year - r.randint(3, 9)}{_digits(doc, 5)}"
    n_pump = r.randint(4, 10)
    pump_no = r.randint(1, n_pump)
    _par(doc).t("本局于")
    _d(doc, d_complain).t("接到消费者").name(driver).t("投诉，称其驾驶的").p("vehicle_plate", _plate(doc, region)).t("号小型汽车在当事人处加油后“油量明显不足”。")
    _d(doc, d_check).t("，本局执法人员对当事人进行了检查。经查，当事人共有加油机" + CN_COUNT[min(n_pump, 10)] + "台，")
    doc.t(f"其中{pump_no}号{r.choice(PUMPS14)}牌加油机（出厂编号：").k("permit_number", serial)
    doc.t("）的检定证书有效期至")
    _d(doc, d_check - timedelta(days=r.randint(20, 200))).t("，当事人未按规定申请周期检定，该加油机仍在用于贸易结算。检查时该机由加油员")
    doc.name(workers[0]).t("操作，").name(workers[1]).t("在收银台收款。")
    doc.t("执法人员当场委托").k("org_name", region[1] + "计量测试研究院" if r.random() < 0.5 else region[1] + "计量检定测试所")
    doc.t(f"进行检定，该机{r.randint(1, 2)}号枪示值误差为-0.{r.randint(31, 58)}%，超出±0.30%的最大允许误差。")
    _par(doc).t("当事人负责人").k("legal_rep", rep.name).t("称，检定到期的通知由前任站长保管，换人后“没人记得”。加油员")
    doc.name(workers[0]).t("称其只负责加油，不清楚加油机的检定情况。")
    _par(doc).t("以上事实有现场检查笔录、检定证书复印件、检定结果通知书、询问笔录及现场照片等证据证实。")
    _reasons(doc, region, "市场监督管理")
    _par(doc).t("当事人的上述行为违反了").k("law_title", "《中华人民共和国计量法》").k("article", "第九条第一款")
    doc.t("的规定。依据").k("law_title", "《中华人民共和国计量法实施细则》").k("article", "第四十三条")
    doc.t("的规定，本局责令当事人立即停止使用该加油机，并决定罚款")
    _money(doc, _fine(doc, 300, 1000), r.choice(["plain", "upper", "rmb"])).t("。")
    _par(doc).t("当事人应当自收到本决定书之日起十五日内将罚款缴至指定银行，逾期不缴纳的，每日按罚款数额的百分之三加处罚款。")
    _relief(doc, region)
    offs = _officers(doc, region)
    doc.t("\n\n")
    _officer_line(doc, offs, "执法人员：")
    _sign(doc, issuer, d_doc)
    _finish(doc, issuer)


GOODS_MARKET14 = [("水产", ["鲈鱼", "基围虾", "鲫鱼", "花甲"]), ("蔬菜", ["西红柿", "青椒", "上海青", "土豆"]),
                  ("猪肉", ["五花肉", "排骨", "猪前腿肉"]), ("水果", ["苹果", "香蕉", "沃柑"]),
                  ("干货", ["香菇", "红枣", "木耳"]), ("副食", ["王老吉凉茶", "鸡蛋", "食用油"])]  # fmt: skip


def m_market(doc: Doc) -> None:
    """A 农贸市场 price check 通报: the market company and its legal representative, stall holders
    named with their 摊位号 (the stall stays as place), one stall holder from Taiwan with a 台胞证 number,
    王老吉 as a brand, 张贴 and 周边 as terms, a 罚款 for the worst stall."""
    r = doc.r
    st = _begin(doc, 0.35)
    region = r.choice(REGIONS)
    d_check, d_doc = _timeline(doc, 2, 30)
    issuer = _smr(region)
    doc.k("agency_name", issuer).t("\n")
    market = region[2][:2] + r.choice(["东门", "城北", "新华", "中心", "南苑", "河西"]) + "农贸市场"
    _title(doc, f"关于{market}价格专项检查情况的通报").t("\n")
    doc.k("doc_number", _docno(doc, _abbr(region) + "市监价", st.year, 99)).t("\n\n")
    co = region[1] + r.choice(TRADE14) + "市场经营管理有限公司"
    rep = _person(doc, age=r.randint(35, 62), region=region)
    if r.random() < 0.33:
        doc.keep.append(rep.name)
    _par(doc).t("为规范农产品市场价格秩序，")
    _d(doc, d_check).t("，本局会同").k("agency_name", region[2] + r.choice(SUBDISTRICTS14 + TOWNS14)[:2] + "市场监督管理所")
    doc.t("对").k("place", market).t("开展价格专项检查。现将有关情况通报如下：")
    _par(doc).t("一、基本情况")
    _par(doc).k("place", market).t("由").k("org_name", co).t("（法定代表人：").k("legal_rep", rep.name)
    total = r.randint(80, 400)
    doc.t(f"）开办，共设摊位{total}个，在营{total - r.randint(3, 40)}个。市场入口处已").k("term", "张贴")
    doc.t("价格投诉举报电话，设有公平秤一台。")
    doc.t(f"本次共检查经营户{r.randint(20, 60)}户，现场制作检查笔录，并对部分商品的标价签、进货单据进行了拍照取证。")
    _par(doc).t("二、发现的问题")
    n = r.randint(3, 5)
    holders: list[tuple[Person, str]] = []
    tw_at = r.randint(0, n - 1) if r.random() < 0.5 else -1
    problems = ["未明码标价", "标价签标示的品名、价格与实际销售不符", "使用已过期的标价签，实际售价高于标示价格",
                "在标价之外加价出售", "未标示计价单位"]  # fmt: skip
    for i in range(n):
        area, goods = r.choice(GOODS_MARKET14)
        stall = f"{area}区{r.choice('ABC')}{r.randint(1, 40):02d}号摊位" if r.random() < 0.6 else f"{area}区{r.randint(1, 80)}号档口"
        _par(doc).t(f"（{CN_COUNT[i + 1]}）").k("place", stall).t("经营者")
        if i == tw_at:
            p, where, permit, num = _compatriot(doc, "台湾", region)
            doc.name(p).t(f"（台湾居民，{permit}号码：").p("other_id", num).t("）")
        else:
            p = _person(doc, age=r.randint(28, 66), region=region, local=0.4)
            doc.name(p)
        holders.append((p, stall))
        g = r.choice(goods)
        prob = r.choice(problems)
        if g == "王老吉凉茶":
            doc.t("，销售的").k("org_name", "王老吉").t(f"凉茶{prob}。")
        else:
            doc.t(f"，销售的{g}{prob}")
            if "不符" in prob or "高于" in prob:
                doc.t(f"，标示价格为每500克{r.randint(3, 30)}元，实际按每500克{r.randint(31, 40)}元收费")
            doc.t("。")
        if r.random() < 0.4:
            doc.name(p).t(r.choice(["当场改正。", "承认上述情况，称“忙不过来忘了换”。", "拒不签字，由两名执法人员在笔录上注明。"]))
    _par(doc).t("三、处理情况")
    worst, _ = holders[r.randrange(n)]
    _par(doc).t("对上述问题，检查人员当场责令改正。其中，").name(worst).t("的行为违反了").k("law_title", "《中华人民共和国价格法》")
    doc.k("article", "第十三条第一款").t("的规定，经立案调查，本局依据").k("law_title", "《中华人民共和国价格法》").k("article", "第四十二条")
    doc.t("的规定，责令其改正，并处罚款")
    _money(doc, _fine(doc, 200, 5000), r.choice(["plain", "rmb"])).t("；其余经营者已于检查当日完成整改。")
    if r.random() < 0.4:
        _par(doc).t("检查情况汇总如下：\n")
        sep = r.choice(["\t", " | ", "　　"])
        doc.t(sep.join(["序号", "摊位号", "经营者", "处理情况"]) + "\n")
        for i, (p, stall) in enumerate(holders):
            doc.t(f"{i + 1}{sep}").k("place", stall).t(sep).name(p).t(sep + ("立案查处" if p is worst else "责令改正") + "\n")
    _par(doc).t("四、下一步工作")
    _par(doc).t("请").k("org_name", co).t("切实履行市场开办者责任，督促场内经营者规范明码标价，并在市场出入口及").k("term", "周边")
    doc.t("显著位置").k("term", "张贴").t("价格公示牌。本局将不定期开展复查，对屡查屡犯的经营者依法从严处理。")
    doc.t("\n\n")
    doc.k("agency_name", issuer).t("\n")
    _d(doc, d_doc, r.choice(["cn", "han"])).t("\n")
    if r.random() < 0.5:
        doc.t("（联系人：").k("officer_name", _person(doc, plain=True).name).t("，联系电话：")
        doc.k("agency_phone", _landline(doc, region)).t("）\n")
    _finish(doc, issuer)


# ---- 生态环境 -----------------------------------------------------------------------------------


def _eco(doc: Doc, region: tuple[str, str, str]) -> str:
    r = doc.r
    if _county_level(region) or r.random() < 0.3:
        return region[1] + "生态环境局" + (region[2] + "分局" if _county_level(region) else "")
    return f"{region[1]}生态环境局{region[2]}分局"


def _eco_head(doc: Doc, region: tuple[str, str, str], issuer: str, code: str | None = None) -> None:
    r = doc.r
    doc.k("agency_name", issuer).t("\n")
    _title(doc, "行政处罚决定书").t("\n")
    if code:
        code = _abbr(region) + code
    else:
        code = r.choice([f"{region[1][0]}环{region[2][0]}罚", f"{_abbr(region)}环罚字", f"{region[1][0]}环罚"])
    doc.k("doc_number", _docno(doc, code, _st(doc).year, 300)).t("\n\n")


BURN14 = [("废旧电线", "提炼铜丝出售", 2, "电线"), ("废旧轮胎", "取出钢丝出售", 2, "轮胎"), ("生活垃圾", "图省事", 2, "垃圾"),
          ("装修垃圾和废旧家具", "清理场地", 2, "旧家具"), ("农药包装袋和废旧农膜", "清理田地", 2, "农膜"),
          ("水稻秸秆", "腾地种菜", 1, "秸秆")]  # fmt: skip


def e_burning(doc: Doc) -> None:
    """An individual burning waste in the open (大气污染防治法): a village or a road as place, 高温 and
    周边 as terms, the son who brought the waste on a tricycle, a drone patrol, a small fine."""
    r = doc.r
    _begin(doc, 0.5)
    region = r.choice(REGIONS)
    d_act, d_notice, d_doc = _timeline(doc, 3, 60)
    city_mgmt = r.random() < 0.4
    if city_mgmt:
        issuer = region[2] + "综合行政执法局" if _county_level(region) else region[1] + region[2] + "综合行政执法局"
    else:
        issuer = _eco(doc, region)
    _eco_head(doc, region, issuer, "综执罚" if city_mgmt else None)
    x = _person(doc, sex="男" if r.random() < 0.8 else "女", age=r.randint(40, 72), region=region, local=0.8)
    x.address_detail = _home_detail(doc, rural=True)
    son = _kin(doc, x, "子")
    if r.random() < 0.5:
        _party_form(doc, x)
    else:
        doc.t("当事人：").name(x).t(f"，{x.gender}，{_born(x)}出生，公民身份号码：")
        _idn(doc, x).t("，住址：")
        _addr(doc, x).t("。\n")
    what, why, item, short = r.choice(BURN14)
    village = "王家庄村" if r.random() < 0.3 else r.choice(VILLAGES14)
    _par(doc)
    _d(doc, d_act).t(f"{r.randint(9, 18)}时许，本局执法人员在使用无人机开展巡查时发现，").k("place", region[2] + r.choice(TOWNS14) + village)
    doc.t(r.choice(["东侧空地", "村口鱼塘旁", "后山脚下", "旧砖厂空地"]) + "有浓烟冒出。执法人员随即赶赴现场，发现当事人").name(x)
    doc.t(f"正在露天焚烧{what}，焚烧面积约{r.randint(5, 60)}平方米，现场气味刺鼻，").k("term", "周边").t("居民已多次投诉。")
    if r.random() < 0.6:
        doc.t("当日气象部门发布").k("term", "高温").t("黄色预警，现场附近有林地，存在较大的火灾隐患。")
    doc.t("执法人员当即责令其停止焚烧，并协助扑灭明火。")
    _par(doc).t("经调查，").name(x).t(f"承认焚烧上述物品是为了{why}，焚烧物系其子").name(son)
    doc.t("于前一日驾驶电动三轮车从外地运回。").name(son).t(f"对此予以确认，并称“不知道烧{short}也要罚款”。")
    _par(doc).t("以上事实有现场检查（勘察）笔录、询问笔录、无人机航拍影像及现场照片等证据证实。本局于")
    _d(doc, d_notice).t("向当事人送达了《行政处罚事先告知书》，当事人在法定期限内未提出陈述、申辩。")
    _reasons(doc, region, "生态环境" if not city_mgmt else "城市管理")
    if item == 2:
        _par(doc).t("当事人的上述行为违反了").k("law_title", "《中华人民共和国大气污染防治法》").k("article", "第八十二条第一款")
        doc.t("的规定。依据").k("law_title", "《中华人民共和国大气污染防治法》").k("article", "第一百一十九条第二款")
    else:
        _par(doc).t("当事人的上述行为违反了").k("law_title", "《中华人民共和国大气污染防治法》").k("article", "第七十七条")
        doc.t("及本省关于禁止露天焚烧秸秆区域划定的规定。依据").k("law_title", "《中华人民共和国大气污染防治法》").k("article", "第一百一十九条第一款")
    doc.t("的规定，本局决定对当事人处罚款")
    _money(doc, _fine(doc, 500, 2000), r.choice(["plain", "upper", "rmb"])).t("。")
    _par(doc).t("罚款应当自收到本决定书之日起十五日内缴至指定银行或者通过电子支付系统缴纳，逾期不缴纳的，每日按罚款数额的百分之三加处罚款。")
    _relief(doc, region)
    _sign(doc, issuer, d_doc)
    if r.random() < 0.3:
        _receipt(doc, x, issuer, d_doc + timedelta(days=r.randint(0, 3)), "露天焚烧")
    if r.random() < 0.4:
        _agency_line(doc, region, issuer)
    _finish(doc, issuer)


def e_truck(doc: Doc) -> None:
    """A diesel truck with its OBD tampered (大气污染防治法): the owner (a natural person) and the driver
    (驾驶证号 = his ID number), the truck's plate, a road check on 逸仙路 / 中山路, the repair shop that fitted
    the 尿素屏蔽器 (org), a 车辆识别代号 left unannotated, the fixed 5000元 fine."""
    r = doc.r
    _begin(doc, 0.5)
    region = r.choice(REGIONS)
    d_fit, d_check, d_doc = _timeline(doc, 3, 150)
    issuer = _eco(doc, region)
    _eco_head(doc, region, issuer)
    owner = _person(doc, sex="男", age=r.randint(30, 58), region=region, local=0.5)
    same = r.random() < 0.4
    driver = owner if same else _person(doc, sex="男", age=r.randint(25, 55), region=region, local=0.4)
    plate = _plate(doc, region, truck=True)
    doc.t("当事人（机动车所有人）：").name(owner).t(f"，{owner.gender}，{_born(owner)}出生，公民身份号码：")
    _idn(doc, owner).t("，住所：")
    _addr(doc, owner).t("，联系电话：")
    _phone(doc, owner).t("\n")
    shop = region[2][:2] + r.choice(TRADE14) + r.choice(["汽车维修厂", "汽车修理部", "汽配维修中心"])
    road = r.choice(["逸仙路", "中山路", "中山路", r.choice(ROADS14)])
    _par(doc)
    _d(doc, d_check).t("，本局执法人员联合").k("agency_name", _police(region) + "交通警察大队")
    doc.t("在").k("place", road).t(r.choice(["与", "近"]) + r.choice(ROADS14) + r.choice(["交叉口", "路段"]) + "开展重型柴油货车路检路查。")
    doc.t("号牌为").p("vehicle_plate", plate).t(f"的重型{r.choice(['半挂牵引车', '自卸货车', '厢式货车'])}（")
    if r.random() < 0.5:
        doc.t(f"车辆识别代号：LZZ{r.choice('15ABC')}{_digits(doc, 2)}{r.choice('NMLK')}D{_digits(doc, 9)}，")
    doc.t("所有人为当事人）由").name(driver).t("驾驶")
    if not same:
        doc.t("（机动车驾驶证号：")
        _idn(doc, driver).t("）")
    doc.t("。经使用OBD诊断仪检测，该车车载排放诊断系统存在故障码被清除、尿素喷射系统被屏蔽的情况，")
    doc.t("执法人员在该车驾驶室下方发现一个加装的“尿素屏蔽器”。")
    _par(doc).name(owner).t("承认，为节省尿素费用，其于")
    _d(doc, d_fit).t("在").k("org_name", shop).t("花费").k("amount", f"{r.choice([300, 500, 600, 800, 1200])}元").t("加装了该装置。")
    if not same:
        doc.name(driver).t("称其受雇于").name(owner).t("驾驶该车，对加装情况“不太清楚”。")
    doc.t("当事人已于检查次日拆除该装置并恢复车载排放诊断系统，经复检合格。对").k("org_name", shop).t("的违法行为，本局另案处理。")
    _par(doc).t("以上事实有现场检查笔录、OBD检测报告、询问笔录、现场照片、行驶证复印件等证据证实。")
    _reasons(doc, region, "生态环境")
    _par(doc).t("当事人的上述行为违反了").k("law_title", "《中华人民共和国大气污染防治法》").k("article", "第五十五条第三款")
    doc.t("的规定。依据").k("law_title", "《中华人民共和国大气污染防治法》").k("article", "第一百一十二条第三款")
    doc.t("的规定，本局决定对当事人处罚款")
    _money(doc, 5000, r.choice(["plain", "upper", "rmb"])).t("。")
    _par(doc).t("当事人应当自收到本决定书之日起十五日内缴纳罚款，逾期不缴纳的，本局将依法申请人民法院强制执行。")
    _relief(doc, region)
    offs = _officers(doc, region)
    doc.t("\n")
    _officer_line(doc, offs, "承办人员：")
    _sign(doc, issuer, d_doc)
    if r.random() < 0.3:
        _receipt(doc, owner, issuer, d_doc + timedelta(days=r.randint(0, 3)), "破坏机动车车载排放诊断系统")
    _finish(doc, issuer)


RIVERS14 = ["石马河", "白沙河", "沙溪", "龙潭河", "清水河", "柳溪"]


def e_farm(doc: Doc) -> None:
    """A pig farmer: an unregistered 养猪场 named after him (the name inside it is hidden) or a registered
    家庭农场 with a 统一社会信用代码 (stays); a hidden pipe into a river or a farm inside the
    no-farming zone; his son and a keeper; 周边 as term; 王家庄 as place."""
    w, r = doc.w, doc.r
    st = _begin(doc, 0.5)
    region = r.choice(REGIONS)
    days = _timeline(doc, 4, 200)
    pipe = r.random() < 0.6
    d_check, d_order, d_notice, d_doc = days if pipe else (days[1], days[0], days[2], days[3])
    issuer = _eco(doc, region)
    _eco_head(doc, region, issuer)
    x = _person(doc, sex="男", age=r.randint(38, 66), region=region, local=0.9)
    x.address_detail = _home_detail(doc, rural=True)
    son = _kin(doc, x, "子")
    keeper = _person(doc, sex="男", age=r.randint(40, 65), region=region, local=0.8)
    village = "王家庄村" if r.random() < 0.3 else r.choice(VILLAGES14)
    spot = region[2] + r.choice(TOWNS14) + village
    registered = r.random() < 0.4
    if registered:
        farm = f"{region[2]}{r.choice(TRADE14)}家庭农场"
        doc.t("当事人：").k("org_name", farm).t("\n统一社会信用代码：").k("credit_code", w.uscc("92")).t("\n经营场所：")
        doc.k("registered_address", spot + r.choice(["后山", "东侧", "石塘坳"]))
        doc.t("\n经营者：").name(x).t("，公民身份号码：")
        _idn(doc, x).t("\n住所：")
        _addr(doc, x).t("\n")
    else:
        doc.t("当事人：").name(x).t("（“").name(x).t("养猪场”经营者），")
        doc.t(f"{x.gender}，{_born(x)}出生，公民身份号码：")
        _idn(doc, x).t("，住址：")
        _addr(doc, x).t("，联系电话：")
        _phone(doc, x).t("\n")

    def farm_name() -> None:
        if registered:
            doc.k("org_name", farm)
        else:
            doc.t("“").name(x).t("养猪场”")

    heads = r.randint(150, 1800)
    river = r.choice(RIVERS14)
    _par(doc)
    _d(doc, d_check).t("，本局")
    if r.random() < 0.6:
        _officer_line(doc, _officers(doc, region))
    else:
        doc.t("执法人员")
    doc.t("根据群众举报，对位于").k("place", spot).t("的")
    farm_name()
    doc.t(f"进行现场检查。检查时该场存栏生猪约{heads}头，日常由").name(x).t("之子").name(son).t("负责管理，饲养员")
    doc.name(keeper).t("在场。")
    if pipe:
        doc.t(f"执法人员发现，该场沼气池东侧埋设有一根直径约{r.choice([75, 110, 160])}毫米的PVC管道，管道出口位于")
        doc.k("place", river).t("岸边的灌木丛中，正在排放黑褐色养殖废水。经").k("agency_name", region[1] + "生态环境监测站")
        doc.t(f"采样监测，外排废水化学需氧量浓度为{r.randint(800, 6000)}毫克/升，氨氮浓度为{r.randint(120, 900)}毫克/升。")
        doc.k("term", "周边").t("村民反映，每到夜间河水发黑发臭。")
        _par(doc).name(son).t("承认，该管道系").name(x).t("安排").name(keeper)
        doc.t(f"于{st.year - 1}年底铺设，目的是在沼气池满溢时“把水放掉”。").name(keeper).t("对此予以确认。")
    else:
        doc.t("经核查，该场位于").k("place", river).t("饮用水水源二级保护区内，属于依法划定的禁止养殖区域。本局曾于")
        _d(doc, d_order).t("向当事人送达《责令改正违法行为决定书》，责令其停止养殖，但当事人至今仍在养殖，")
        doc.k("term", "周边").t("群众多次投诉。")
        _par(doc).name(x).t("称其养殖多年，“拆了没有收入来源”，并称已与镇政府协商补偿事宜。")
    _par(doc).t("以上事实有现场检查笔录、监测报告、询问笔录、现场照片及视频等证据证实。本局于")
    _d(doc, d_notice).t("向当事人送达了《行政处罚事先（听证）告知书》，当事人在法定期限内")
    doc.t(r.choice(["未提出陈述、申辩和听证申请。", "提出了陈述、申辩，经复核，其理由不成立，本局不予采纳。"]))
    _reasons(doc, region, "生态环境")
    _par(doc).t("当事人的上述行为违反了")
    if pipe:
        doc.k("law_title", "《中华人民共和国水污染防治法》").k("article", "第三十九条").t("的规定。依据")
        doc.k("law_title", "《中华人民共和国水污染防治法》").k("article", "第八十三条第（三）项")
        doc.t("的规定，本局决定：\n一、责令当事人立即拆除暗管，改正违法行为；\n二、罚款")
        _money(doc, _fine(doc, 100000, 300000, 10000), r.choice(["plain", "wan", "upper"])).t("。\n")
        _par(doc).t("当事人通过暗管逃避监管排放污染物的行为，依据").k("law_title", "《中华人民共和国环境保护法》")
        doc.k("article", "第六十三条第（三）项").t("的规定，本局已将案件移送").k("agency_name", _police(region)).t("处理。")
    else:
        doc.k("law_title", "《畜禽规模养殖污染防治条例》").k("article", "第十一条第（一）项").t("的规定。依据")
        doc.k("law_title", "《畜禽规模养殖污染防治条例》").k("article", "第三十七条")
        doc.t("的规定，本局决定：\n一、责令当事人停止违法行为；\n二、罚款")
        _money(doc, _fine(doc, 30000, 100000, 5000), r.choice(["plain", "wan", "upper"])).t("；\n三、报请")
        doc.k("agency_name", _gov(region)).t("责令关闭。\n")
    _par(doc).t("当事人应当自收到本决定书之日起十五日内将罚款缴至指定账户。")
    _relief(doc, region)
    _sign(doc, issuer, d_doc)
    if r.random() < 0.3:
        _receipt(doc, x, issuer, d_doc + timedelta(days=r.randint(0, 3)), "畜禽养殖污染")
    _finish(doc, issuer)


# ---- 税务 ---------------------------------------------------------------------------------------

PLATFORMS14 = ["抖音", "快手", "淘宝直播", "虎牙", "斗鱼"]


def _tax_city(region: tuple[str, str, str]) -> str:
    return f"国家税务总局{region[1]}税务局"


def t_income(doc: Doc) -> None:
    """个人所得税 undeclared by a natural person: 纳税人识别号 = ID number, incomes as financial, part
    of it received through the mother's bank card, the payer companies stay, tax and fine as amounts."""
    r = doc.r
    st = _begin(doc, 0.5)
    region = r.choice(REGIONS)
    d1, d2, d_notify, d_doc = _timeline(doc, 4, 250)
    ordinal = r.choice(["第一", "第二", "第三"])
    issuer = _tax_city(region) + ordinal + "稽查局"
    doc.k("agency_name", issuer).t("\n")
    _title(doc, "税务行政处罚决定书").t("\n")
    doc.k("doc_number", _docno(doc, f"{region[1][0]}税稽{ordinal[1]}罚", st.year, 300)).t("\n\n")
    x = _person(doc, age=r.randint(24, 55), region=region)
    mother = _kin(doc, x, "母")
    doc.name(x).t("（纳税人识别号：")
    _idn(doc, x).t("）：\n")
    year = st.year - 1
    _par(doc).t("经我局于")
    _d(doc, d1).t("至")
    _d(doc, d2).t(f"对你{year}年1月1日至{year}年12月31日期间个人所得税缴纳情况进行检查，你存在违法事实及处罚决定如下：")
    _par(doc).t("一、违法事实")
    kind = r.choice(["live", "equity", "rent"])
    if kind == "live":
        income = r.randrange(300000, 8000000, 100)
        co = region[1] + r.choice(TRADE14) + r.choice(["文化传媒", "网络科技", "电子商务"]) + "有限公司"
        _par(doc).t(f"{year}年，你以网络主播身份在{r.choice(PLATFORMS14)}平台从事直播带货及直播打赏活动，通过").k("org_name", co)
        doc.t("结算取得劳务报酬所得").p("financial", f"{income:,}.{r.randint(0, 99):02d}元" if r.random() < 0.5 else f"{income}元")
        doc.t("。其中").p("financial", f"{income // r.randint(3, 6)}元").t("系通过你母亲").name(mother).t("名下的" + r.choice(BANKS14) + "账户（卡号：")
        doc.p("bank_account", _card(doc)).t("）收取。你在办理").t(f"{year}年度个人所得税综合所得汇算清缴时，未将上述劳务报酬所得并入综合所得申报。")
        tax = int(income * r.uniform(0.18, 0.32))
    elif kind == "equity":
        income = r.randrange(500000, 20000000, 1000)
        co = region[1] + r.choice(TRADE14) + r.choice(["建材", "实业", "贸易", "科技"]) + "有限公司"
        buyer = _person(doc, age=r.randint(30, 60), region=region)
        _par(doc).t(f"{year}年{r.randint(1, 12)}月，你将持有的").k("org_name", co).t(f"{r.randint(10, 60)}%股权转让给").name(buyer)
        doc.t("，取得股权转让收入").p("financial", f"{income / 10000:g}万元").t("，扣除股权原值及合理费用后，财产转让所得为")
        gain = int(income * r.uniform(0.4, 0.9))
        doc.p("financial", f"{gain}元").t("。股权转让款由").name(buyer).t("分" + CN_COUNT[r.randint(2, 5)] + "次转入你母亲").name(mother)
        doc.t("名下账户（").p("bank_account", _card(doc)).t("），你未按规定申报缴纳个人所得税。")
        tax = int(gain * 0.2)
    else:
        income = r.randrange(60000, 600000, 100)
        shopco = region[1] + r.choice(TRADE14) + r.choice(["餐饮管理", "商贸", "教育咨询"]) + "有限公司"
        _par(doc).t(f"{year}年，你将名下位于").t(region[2]).p("address", _home_detail(doc, False)).t("等房产出租给").k("org_name", shopco)
        doc.t("使用，取得租金收入").p("financial", f"{income}元").t("，租金由承租方转入你母亲").name(mother).t("名下账户（")
        doc.p("bank_account", _card(doc)).t("），你未申报缴纳个人所得税。")
        tax = int(income * r.uniform(0.08, 0.16))
    doc.t("我局于")
    _d(doc, d_notify).t("向你送达《税务事项通知书》，通知你限期申报，你")
    doc.t(r.choice(["逾期仍未申报。", "仅申报了部分收入，进行了虚假申报。"]))
    doc.t("你少缴个人所得税").k("amount", f"{tax:,}.{r.randint(0, 99):02d}元" if r.random() < 0.5 else f"{tax}元").t("。")
    if r.random() < 0.6:
        _par(doc).t("上述违法事实有平台结算单、银行账户交易明细、《税务事项通知书》及送达回证、询问笔录等证据证实。")
        doc.t("我局于")
        _d(doc, d2 + timedelta(days=r.randint(3, 20))).t("向你送达了《税务行政处罚事项告知书》，你")
        doc.t(r.choice(["在规定期限内未提出陈述、申辩和听证申请。", "提出陈述、申辩，称相关收入“已由平台代扣税款”，经复核，平台仅对部分收入预扣预缴了税款，你的申辩理由不能成立，我局不予采纳。"]))
    _par(doc).t("二、处罚决定")
    times = r.choice([0.5, 0.5, 0.6, 0.8, 1])
    _par(doc).t("根据").k("law_title", "《中华人民共和国税收征收管理法》").k("article", "第六十三条第一款")
    doc.t(f"的规定，你的上述行为属于偷税，对你少缴的个人所得税处{times:g}倍罚款，计").k("amount", f"{int(tax * times)}元").t("。")
    doc.t("对你少缴的税款及滞纳金，我局已另行作出《税务处理决定书》予以追缴。")
    _par(doc).t("以上应缴款项共计").k("amount", f"{int(tax * times)}元").t("。限你自本决定书送达之日起十五日内到")
    doc.k("agency_name", f"国家税务总局{region[1]}{region[2]}税务局").t("缴纳入库。到期不缴纳罚款，我局将依照")
    doc.k("law_title", "《中华人民共和国行政处罚法》").k("article", "第七十二条第一款第（一）项").t("规定，每日按罚款数额的百分之三加处罚款。")
    _par(doc).t("如对本决定不服，可以自收到本决定书之日起六十日内依法向").k("agency_name", _tax_city(region))
    doc.t("申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院起诉。如对处罚决定逾期不申请复议也不向人民法院起诉、又不履行的，我局将采取强制执行措施，或者申请人民法院强制执行。")
    _sign(doc, issuer, d_doc)
    if r.random() < 0.3:
        _receipt(doc, x, issuer, d_doc + timedelta(days=r.randint(0, 3)), "少缴个人所得税")
    _finish(doc, issuer)


def t_invoice(doc: Doc) -> None:
    """虚开发票 by a 个体户 (发票管理办法 before its 2023 revision): the shop and its code stay, the
    经营者 and the buyer's purchasing clerk are hidden, the clerk's WeChat id and the operator's card,
    李宁 / 张小泉 as brands."""
    w, r = doc.w, doc.r
    st = _begin(doc, 0.45, year=(2021, 2022))
    region = r.choice(REGIONS)
    d1, d2, d4, d_doc = _timeline(doc, 4, 250)
    issuer = f"国家税务总局{region[1]}{region[2]}税务局" if not _county_level(region) else f"国家税务总局{region[2]}税务局"
    if r.random() < 0.4:
        issuer = _tax_city(region) + "第" + r.choice("一二三") + "稽查局"
    doc.k("agency_name", issuer).t("\n")
    _title(doc, "税务行政处罚决定书").t("\n")
    doc.k("doc_number", _docno(doc, f"{_abbr(region)}税{r.choice(['', '稽'])}罚", st.year, 500)).t("\n\n")
    brand, goods, kind = r.choice([("李宁", "运动服", "体育用品店"), ("李宁", "运动鞋", "体育用品商行"), ("张小泉", "刀具", "五金店"),
                                   ("张小泉", "厨房刀具套装", "日用百货商行")])  # fmt: skip
    shop = region[2][:2] + r.choice(TRADE14) + kind
    x = _person(doc, age=r.randint(28, 58), region=region, local=0.5)
    clerk = _person(doc, age=r.randint(25, 50), region=region)
    buyer = region[1] + r.choice(TRADE14) + r.choice(["物业管理", "建筑工程", "保安服务", "酒店管理"]) + "有限公司"
    doc.k("org_name", shop).t("（纳税人识别号：").k("credit_code", w.uscc("92")).t("；经营者：").name(x).t("）：\n")
    _par(doc).t("经我局于")
    _d(doc, d1).t("至")
    _d(doc, d2).t(f"对你（单位）{st.year - 1}年1月1日至{st.year - 1}年12月31日的发票使用情况进行检查，你（单位）存在违法事实及处罚决定如下：")
    _par(doc).t("一、违法事实")
    n = r.randint(3, 28)
    amt = r.randrange(6000, 600000, 10)
    tax = round(amt * 0.01, 2)
    fee = int(amt * r.choice([0.03, 0.05, 0.06, 0.08]))
    _par(doc).t("你（单位）经营者").name(x).t("在没有真实货物交易的情况下，应").k("org_name", buyer).t("采购员").name(clerk)
    doc.t("的要求，于")
    _d(doc, date(st.year - 1, r.randint(1, 6), r.randint(1, 28))).t("至")
    _d(doc, date(st.year - 1, r.randint(7, 12), r.randint(1, 28))).t("期间为该公司开具增值税普通发票" + str(n) + "份，货物名称为“")
    doc.k("org_name", brand).t(f"{goods}”，金额合计").k("amount", f"{amt:,.2f}元").t("，税额合计").k("amount", f"{tax:,.2f}元").t("。")
    doc.name(clerk).t("按开票金额的一定比例向").name(x).t("支付“开票费”共计").k("amount", f"{fee}元").t("，款项通过微信（")
    doc.name(clerk).t("的微信号：").p("contact", _wechat(doc, clerk)).t("）转入").name(x).t("的个人银行卡（卡号：").p("bank_account", _card(doc))
    doc.t("）。").name(x).t("承认上述发票均无实际货物交付，").name(clerk).t("亦对上述事实予以确认。")
    _par(doc).t("上述事实有发票存根联、银行流水、微信转账记录、询问笔录等证据证实。我局于")
    _d(doc, d4).t("向你（单位）送达了《税务行政处罚事项告知书》，你（单位）在规定期限内未提出陈述、申辩和听证申请。")
    _par(doc).t("二、处罚决定")
    _par(doc).t("你（单位）的上述行为违反了").k("law_title", "《中华人民共和国发票管理办法》").k("article", "第二十二条第二款第（一）项")
    doc.t("的规定。根据").k("law_title", "《中华人民共和国发票管理办法》").k("article", "第三十七条第一款").t("的规定，决定没收违法所得")
    doc.k("amount", f"{fee}元").t("，并处罚款")
    _money(doc, _fine(doc, 50000, 200000, 10000) if amt > 10000 else _fine(doc, 5000, 50000, 1000), r.choice(["plain", "upper", "wan"])).t("。")
    _par(doc).t("以上应缴款项限你（单位）自本决定书送达之日起十五日内到").k("agency_name", issuer).t("缴纳入库。")
    _par(doc).t("如对本决定不服，可以自收到本决定书之日起六十日内依法向").k("agency_name", _tax_city(region) if "稽查局" not in issuer else _tax_city(region))
    doc.t("申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院起诉。")
    _sign(doc, issuer, d_doc)
    _finish(doc, issuer)


# ---- 司法行政 -----------------------------------------------------------------------------------

FIRMS14 = ["君诚", "正衡", "法泰", "明德", "汇信", "天平", "华商", "睿智", "中银"]


def j_lawyer(doc: Doc) -> None:
    """A lawyer disciplined by the 司法局 (律师法): the lawyer and his 执业证号 (other_id) and WeChat id are
    hidden, the law firm and its 主任 stay, the client and her daughter who complained are hidden."""
    r = doc.r
    st = _begin(doc, 0.5)
    region = r.choice(REGIONS)
    d1, d2, d_complain, d_notice, d_hearing, d_doc = _timeline(doc, 6, 300)
    issuer = region[1] + "司法局"
    doc.k("agency_name", issuer).t("\n")
    _title(doc, "行政处罚决定书").t("\n")
    doc.k("doc_number", _docno(doc, f"{region[1][0]}司{r.choice(['罚决', '行罚', '罚'])}字", st.year, 60)).t("\n\n")
    x = _person(doc, age=r.randint(30, 56), region=region, local=0.4)
    firm = f"{_short(region) if r.random() < 0.3 else region[1][:2]}{r.choice(FIRMS14)}律师事务所"
    head = _person(doc, age=r.randint(42, 66), region=region)
    if r.random() < 0.33:
        doc.keep.append(head.name)
    client = _person(doc, sex="女", age=r.randint(50, 72), region=region)
    daughter = _kin(doc, client, "女")
    first = st.year - r.randint(3, 15)
    licence = f"1{AREA14[region[2]][:4]}{first}{1 if x.gender == '男' else 2}{_digits(doc, 7)}"
    sep = r.choice(["　　", "，"])
    doc.t("被处罚人：").name(x).t(f"{sep}性别：{x.gender}{sep}{_born(x)}出生\n执业机构：").k("org_name", firm).t("\n律师执业证号：")
    doc.p("other_id", licence).t("\n执业机构地址：").k("registered_address", "".join(region[1:]) + f"{r.choice(ROADS14)}{r.randint(1, 300)}号{r.randint(5, 30)}楼")
    doc.t("\n")
    _par(doc).t("本局于")
    _d(doc, d_complain).t("收到").name(client).t("之女").name(daughter).t("的投诉，反映").name(x).t("律师私自收费。本局依法立案调查，现已调查终结。")
    _par(doc).t("经查，")
    _d(doc, d1).t("，").name(client).t(r.choice(["因其女", "因其女儿"])).name(daughter).t(f"与他人的{r.choice(['民间借贷纠纷', '离婚纠纷', '房屋买卖合同纠纷', '劳动争议'])}一案到")
    doc.k("org_name", firm).t("咨询，由").name(x).t("律师接待。").name(x).t("在未通过律师事务所统一接受委托、未签订书面委托合同的情况下，私自接受")
    doc.name(client).t("的委托，并以“疏通关系”“加快进度”为由，先后" + CN_COUNT[r.randint(2, 4)] + "次通过微信（").name(x).t("的微信号：")
    fee = r.randrange(8000, 80000, 1000)
    doc.p("contact", _wechat(doc, x)).t("）收取").name(client).t("代理费及“活动经费”共计").k("amount", f"{fee}元").t("，未出具律师事务所的收费票据。")
    _d(doc, d2).t("，该案开庭审理时，").name(x).t("无正当理由未到庭参加诉讼。")
    _par(doc).k("org_name", firm).t("主任").k("legal_rep", head.name).t("证实，该所未收到该案的委托合同及任何费用，").name(x).t("亦未向所里报备。")
    doc.name(client).t("提供了微信聊天记录和转账记录。")
    _par(doc).t("本局于")
    _d(doc, d_notice).t("向").name(x).t("送达了《行政处罚听证告知书》，").name(x).t("在法定期限内")
    if r.random() < 0.5:
        doc.t("申请听证，本局于")
        _d(doc, d_hearing).t("依法举行了听证。").name(x).t("在听证中辩称所收款项系“借款”，但未能提供证据，本局不予采纳。")
    else:
        doc.t("未提出陈述、申辩和听证申请。")
    _par(doc).t("本局认为，").name(x).t("的上述行为违反了").k("law_title", "《中华人民共和国律师法》").k("article", "第四十条第（一）项")
    doc.t("的规定。依据").k("law_title", "《中华人民共和国律师法》").k("article", "第四十八条第（一）项").t("和")
    doc.k("law_title", "《律师和律师事务所违法行为处罚办法》").t("的有关规定，本局决定：")
    doc.t("\n一、给予").name(x).t(f"停止执业{r.choice(['一', '两', '三'])}个月的行政处罚；\n二、没收违法所得").k("amount", f"{fee}元").t("。\n")
    _par(doc).t("停止执业期间，").name(x).t("应当将律师执业证书交").k("agency_name", issuer).t("代为保管。")
    _par(doc).t("如不服本决定，可以在收到本决定书之日起六十日内向").k("agency_name", region[1] + "人民政府")
    doc.t("申请行政复议，或者在六个月内向").k("agency_name", _court(region)).t("提起行政诉讼。")
    _sign(doc, issuer, d_doc)
    if r.random() < 0.3:
        _receipt(doc, x, issuer, d_doc + timedelta(days=r.randint(0, 3)), "律师私自收费")
    if r.random() < 0.5:
        doc.t("抄送：").k("org_name", region[1] + "律师协会").t("、").k("org_name", firm).t("\n")
    _finish(doc, issuer)


# ---- the family --------------------------------------------------------------------------------


def _own_streams(template: Callable[[Doc], None]) -> Callable[[Doc], None]:
    """Run a template on random streams of its own: corpus.documents() seeds a world with
    seed * 1000003 + i * 7 + family number, so this family's document i would otherwise share its
    seed (and Faker's ID numbers and phones) with another family's document."""

    def run(doc: Doc) -> None:
        doc.r.seed(f"holdout14:{doc.r.getrandbits(64)}")
        doc.w.fk.seed_instance(doc.r.getrandbits(64))
        template(doc)

    run.__doc__ = template.__doc__
    return run


HOLDOUT14: dict[str, Callable[[Doc], None]] = {
    name: _own_streams(fn)
    for name, fn in {
        "gamble": g_gamble,
        "assault": g_assault,
        "vice": g_vice,
        "idcard": g_idcard,
        "interview": n_interview,
        "cards": n_cards,
        "work": x_work,
        "stay": x_stay,
        "workshop": m_workshop,
        "fuel": m_fuel,
        "market": m_market,
        "burning": e_burning,
        "truck": e_truck,
        "farm": e_farm,
        "income": t_income,
        "invoice": t_invoice,
        "lawyer": j_lawyer,
    }.items()
}
