"""Sixteenth held-out family (``holdout16``): written before the engine ran on it, by a writer who
never read the engine's code or its documentation, so its first run is an honest first-run
measurement.

The theme is what actually lands on a county agency's publication desk: documents that come out of
web systems and printed forms, besides the core decisions written in the styles of different
provinces. All agencies are county-level (湖南隆回, 江西鄱阳, 河南太康, 浙江义乌, 新疆疏附, 四川昭觉 …).

* Copied from web pages and online case-handling systems (about a quarter): HTML residue left by
  copy-and-paste or by a web-to-text converter — ``&nbsp;``, ``&ensp;``, ``&emsp;``, ``<br>``,
  ``<p>``/``</p>``, ``<strong>``, numeric entities (``&#12308;`` for 〔, ``&ldquo;`` …), markdown-like
  ``|`` tables, page chrome (breadcrumbs 首页 > 信息公开 > 行政处罚, 来源/发布时间/浏览次数, 【打印本页】
  【关闭窗口】, the site's 主办单位 footer). Dedicated templates (a published 处罚决定 page, a 处罚结果
  公示 table, a case-system detail page with its 办理流程 table, a 许可/宅基地批前公示 page, a 12345 /
  留言回复 page) plus some core decisions that ``_webify`` turns into a pasted web page afterwards
  (offsets re-mapped, gold re-sliced). Now and then a rare character in a name was stored by the web
  system as a numeric entity (``王&#22531;``); that person's every mention carries the entity and the
  gold text is exactly what is in the text.
* Fill-in forms (about a fifth): 送达回证 with 送达地址确认书, 当场行政处罚决定书 with ``____张三____``
  or ``【张三】`` blanks, 证据先行登记保存通知书 with its item list, 现场检查（勘验）笔录 with
  检查人/记录人/当事人/在场人/见证人 and ☑/□ marks, 行政处罚告知书 with its 回执.
* Core decisions (about 30 %): 行政处罚决定书 for a natural person (非法占地, 滥伐林木, 电鱼, 无证导游,
  占道经营) and for companies, 个体工商户 and 社会组织 (with 法定代表人 and 委托代理人); 行政许可 and 不予
  行政许可 decisions for natural persons (宅基地建房, 出租汽车驾驶员从业资格, 导游证, 乡村兽医, 渔业捕捞,
  林木采伐 — a natural person's permit or certificate number is other_id, a company's or
  cooperative's is permit_number); 责令改正/限期拆除/劳动保障监察责令改正 notices; 行政复议决定书
  (申请人, 被申请人 with its 负责人, 第三人); 行政强制执行催告书; 听证告知 with a 听证笔录 excerpt
  (主持人 and 书记员 are officers, 当事人, 委托代理人 and 证人 are people).
* Long 询问笔录 / 调查笔录 (about a quarter): 欠薪 (人社), 网约车/非法营运 (交通), 非法占地/违法建设
  (自然资源), 烟花爆竹 (应急), 校外培训 (教育), with relatives (其父, 其妻, 儿子), neighbours,
  co-workers, given-name-only mentions (``建国说``) and nicknames (``阿强``, ``强哥``: annotated as that
  person's name), phone numbers said in words (幺三八…) or with spaces/dashes, transfers to natural
  persons' bank cards, 微信/QQ/抖音 accounts (contact), and several addresses (户籍地, 现住址, 经常居住地
  are home addresses; a 工作单位地址 or 工地 is not: place).

Province styles differ in the party label (当事人 / 被处罚人 / 行政相对人), the 文号 pattern
(``隆城管罚决〔2025〕12号``, ``义综执罚决字〔2024〕第0123号``, ``[2024]``), section headings, and dates
(``2024年5月6日``, ``二〇二四年五月六日``, ``2024-05-06``, ``2024.05.06``). Protected lookalikes
everywhere: shops and brands named after people (张记烧烤店, 老王家常菜, 李宁体育用品专卖店, 杨国福麻辣烫),
roads and villages named after people or families (中山路, 逸仙路, 宗泽路, 王家庄村, 刘庄), officers and
their 执法证号, agency addresses and phones, 文号, law titles and articles, amounts (also in capital
numerals), and ordinary words beginning with a surname character (高温, 马路, 周边, 黄金周, 林地 …: term).

Names come from this module's own pools: about 85 % common surnames by population share, 7 % less
common ones, 3 % compound, 3 % whole names or given names that are ordinary words (江山, 白雪; 文明,
海洋, 红梅), 2 % minority names (Uyghur with ·, Tibetan, Mongolian, Yi); given names of one or two
characters by sex and decade of birth. ID numbers agree with birth date, region and sex; about 4 %
carry a wrong check character and people born before 1975 sometimes still show a 15-digit number.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from sanxiang.kernel.identifiers import citizen_id_check_char

from .people import Person
from .templates import Doc

# ---- regions -----------------------------------------------------------------------------------


class County(NamedTuple):
    prov: str
    city: str
    county: str
    code: str
    area: str
    plate: str

    @property
    def short(self) -> str:
        """The one or two characters a 文号 starts with."""
        c = self.county
        return c[:2] if c.startswith(("威宁", "互助")) or len(c) == 2 else c[:1]

    @property
    def triple(self) -> tuple[str, str, str]:
        return (self.prov, self.city, self.county)


COUNTIES = [
    County("湖南省", "邵阳市", "隆回县", "430524", "0739", "湘E"),
    County("江西省", "上饶市", "鄱阳县", "361128", "0793", "赣E"),
    County("河南省", "周口市", "太康县", "411627", "0394", "豫P"),
    County("安徽省", "阜阳市", "临泉县", "341221", "0558", "皖K"),
    County("四川省", "南充市", "仪陇县", "511324", "0817", "川R"),
    County("广东省", "梅州市", "兴宁市", "441481", "0753", "粤M"),
    County("广西壮族自治区", "玉林市", "博白县", "450923", "0775", "桂K"),
    County("山东省", "临沂市", "沂南县", "371321", "0539", "鲁Q"),
    County("河北省", "邯郸市", "魏县", "130434", "0310", "冀D"),
    County("浙江省", "金华市", "义乌市", "330782", "0579", "浙G"),
    County("江苏省", "盐城市", "射阳县", "320924", "0515", "苏J"),
    County("福建省", "泉州市", "安溪县", "350524", "0595", "闽C"),
    County("湖北省", "黄冈市", "蕲春县", "421126", "0713", "鄂J"),
    County("贵州省", "毕节市", "威宁彝族回族苗族自治县", "520526", "0857", "贵F"),
    County("云南省", "曲靖市", "宣威市", "530381", "0874", "云D"),
    County("陕西省", "渭南市", "蒲城县", "610526", "0913", "陕E"),
    County("甘肃省", "天水市", "秦安县", "620522", "0938", "甘E"),
    County("山西省", "运城市", "临猗县", "140821", "0359", "晋M"),
    County("黑龙江省", "绥化市", "海伦市", "231283", "0455", "黑M"),
    County("吉林省", "松原市", "扶余市", "220781", "0438", "吉J"),
    County("", "重庆市", "云阳县", "500235", "023", "渝F"),
    County("辽宁省", "朝阳市", "凌源市", "211382", "0421", "辽N"),
    County("内蒙古自治区", "赤峰市", "宁城县", "150429", "0476", "蒙D"),
    County("新疆维吾尔自治区", "喀什地区", "疏附县", "653121", "0998", "新Q"),
    County("西藏自治区", "日喀则市", "江孜县", "540222", "0892", "藏D"),
    County("四川省", "凉山彝族自治州", "昭觉县", "513431", "0834", "川W"),
    County("青海省", "海东市", "互助土族自治县", "630223", "0972", "青B"),
]
# Where people living elsewhere were born: their ID numbers keep this code.
BIRTHPLACES = ["430521", "430527", "361127", "411623", "341222", "511322", "441424", "450922", "371322",
               "130433", "330781", "320923", "350525", "421125", "530326", "610525", "140822", "500236",
               "522425", "433124", "362428", "412825"]  # fmt: skip
_MINORITY_AREAS = {"疏附县": "uy", "江孜县": "ti", "宁城县": "mo", "昭觉县": "yi", "威宁彝族回族苗族自治县": "yi"}

TOWNS = ["城关镇", "新街镇", "石桥镇", "白马镇", "龙潭镇", "三合镇", "永丰镇", "清水乡", "金沙镇", "马坪乡",
         "黄土岭镇", "双河镇", "高坪镇", "桃花江镇", "杨家坪乡", "周旺镇"]  # fmt: skip
VILLAGES = ["王家庄村", "刘庄村", "李家湾村", "张家坪村", "陈家塘村", "赵庄村", "杨柳村", "新民村", "红星村",
            "先锋村", "石板村", "团结村", "胜利村", "光明村", "黄泥塘村", "马头岭村", "何家冲村", "罗家湾村"]  # fmt: skip
STREETS = ["建设路", "新华路", "人民北路", "迎宾路", "车站路", "文昌路", "环城东路", "育英路", "府前路", "滨河路",
           "同心路", "龙山路", "五一路", "朝阳路", "兴隆街", "东门街"]  # fmt: skip
PERSON_ROADS = ["中山路", "中山北路", "逸仙路", "黄兴路", "蔡锷路", "宗泽路", "左权路", "秋瑾路", "中山大道"]
ESTATES = ["锦华苑", "金桂园", "翰林府", "世纪新城", "水岸名都", "怡景花园", "东方明珠小区", "龙城一品", "桂花园",
           "丽都花园", "江南名居", "书香名苑", "盛世华庭", "阳光城", "御景湾", "学府佳苑"]  # fmt: skip
MARKETS = ["城东农贸市场", "中心菜市场", "南门农贸市场", "老街集贸市场", "城北综合市场"]
TRADE = ["恒达", "兴旺", "鸿运", "宏盛", "鑫源", "福临", "金鼎", "华翔", "永顺", "新纪元", "腾飞", "博瑞", "中诚",
         "万通", "嘉瑞", "润丰", "天成", "汇通", "远航", "盛世"]  # fmt: skip
# Shops and brands that carry a person's or a family's name: they stay (org_name).
NAMED_SHOPS = ["张记烧烤店", "老王家常菜馆", "李宁体育用品专卖店", "杨国福麻辣烫", "张亮麻辣烫", "陈记肠粉店",
               "刘一手火锅店", "周黑鸭专卖店", "老李烟酒商行", "赵记米粉店", "黄记煌焖锅", "胡记副食店",
               "吴氏推拿馆", "马大姐小吃店", "孙记水果店", "郭家菜馆"]  # fmt: skip
# Words that begin with a surname character; marked term where they are written.
TERMS = ["高温", "马路", "周边", "黄金周", "王牌", "林地", "林木", "杨树", "江边", "石料", "毛坯房", "钱款",
         "余额", "牛棚", "鱼塘", "常年", "白天", "龙虾", "田埂", "金额", "方便", "高度", "左侧", "夏季", "包装",
         "温度", "章程", "程序", "陈列", "沙土"]  # fmt: skip

# ---- name pools --------------------------------------------------------------------------------

# Common surnames with their share of the population in hundredths of a per cent.
_SURNAME_SHARE = """
王 710 李 695 张 680 刘 540 陈 450 杨 310 黄 225 赵 200 吴 180 周 175 徐 130 孙 125 马 125 朱 115 胡 105
郭 100 何 95 林 95 罗 95 高 95 郑 85 梁 75 谢 70 宋 65 唐 60 许 60 韩 55 冯 55 邓 55 曹 55 彭 55 曾 50
肖 50 田 50 董 45 袁 45 潘 45 于 45 蒋 40 蔡 40 余 40 杜 40 叶 40 程 40 苏 40 魏 35 吕 35 丁 35 任 35
沈 35 姚 35 卢 30 姜 30 崔 30 钟 30 谭 30 陆 30 汪 30 范 25 金 25 石 25 廖 25 贾 25 夏 25 韦 25 付 25
方 25 白 20 邹 20 孟 20 熊 20 秦 20 邱 20 江 20 尹 20 薛 20 闫 20 段 20 雷 20 侯 20 龙 15 史 15 陶 15
黎 15 贺 15 顾 15 毛 15 郝 15 龚 15 邵 15 万 15 钱 15 严 15 覃 15 武 15 戴 15 莫 10 孔 10 向 10 汤 10
"""
_PAIRS = _SURNAME_SHARE.split()
COMMON = _PAIRS[0::2]
COMMON_W = [int(x) for x in _PAIRS[1::2]]
LESS_COMMON = ("艾敖鲍毕岑柴池储单刁窦房费封伏耿宫谷桂郜杭衡胥花姬靳景鞠柯赖蔺凌娄逯麻茅蒙苗闵缪牟穆聂牛"
               "农庞裴皮乔屈冉荣阮桑沙商申盛师舒帅隋粟谈童涂邬伍习席冼解幸宿晏燕易殷应尤俞虞喻苑云詹章庄")  # fmt: skip
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "司徒", "令狐", "慕容", "公孙", "夏侯", "尉迟", "端木",
            "长孙", "宇文", "轩辕", "呼延", "钟离", "南宫"]  # fmt: skip
# Whole names that are ordinary words (sex).
WORD_WHOLE = {"江山": "男", "白雪": "女", "高山": "男", "金星": "男", "雷鸣": "男", "向前": "男", "林森": "男",
              "江南": "男", "夏阳": "男", "马兰": "女", "何苗": "女", "郑重": "男", "余晖": "男", "田园": "女",
              "黄河": "男", "安静": "女", "华美": "女", "常青": "男"}  # fmt: skip
# Given names that are ordinary words (sex); put after a common surname.
WORD_GIVEN = {"文明": "男", "海洋": "男", "红梅": "女", "建华": "男", "和平": "男", "胜利": "男", "光明": "男",
              "长江": "男", "春雷": "男", "彩霞": "女", "幸福": "女", "美丽": "女", "红旗": "男", "建设": "男",
              "金花": "女", "白云": "女", "冬雪": "女", "朝阳": "男"}  # fmt: skip
# Minority names: (name, sex, nationality, group); a short form is used where people use one.
MINORITY = [("阿卜杜拉·艾力", "男", "维吾尔族", "uy"), ("古丽娜尔·吐尔洪", "女", "维吾尔族", "uy"),
            ("麦麦提敏·阿不都热依木", "男", "维吾尔族", "uy"), ("热依拉·买买提", "女", "维吾尔族", "uy"),
            ("依明江·肉孜", "男", "维吾尔族", "uy"), ("阿依古丽·艾则孜", "女", "维吾尔族", "uy"),
            ("扎西多吉", "男", "藏族", "ti"), ("次仁央宗", "女", "藏族", "ti"), ("格桑梅朵", "女", "藏族", "ti"),
            ("尼玛次仁", "男", "藏族", "ti"), ("拉巴卓玛", "女", "藏族", "ti"), ("乌力吉", "男", "蒙古族", "mo"),
            ("其其格", "女", "蒙古族", "mo"), ("苏和巴特尔", "男", "蒙古族", "mo"), ("额尔敦", "男", "蒙古族", "mo"),
            ("吉克曲布", "男", "彝族", "yi"), ("沙马拉毅", "男", "彝族", "yi"), ("海来阿果", "女", "彝族", "yi"),
            ("阿牛木呷", "男", "彝族", "yi"), ("吉克阿依", "女", "彝族", "yi")]  # fmt: skip
# Given names by decade of birth: (two-character male, two-character female, one-character male, female).
GIVEN = {
    1940: ("福林 长寿 德贵 有才 宝贵 桂生 永年 庆丰 茂林 树德", "秀英 桂兰 玉珍 凤英 淑贞 金娥 翠花 素贞",
           "福贵林森根发", "英兰珍芝娥"),
    1950: ("建国 国庆 援朝 德胜 长根 福田 克勤 跃进 金生 春林 振华 宝山 树森 广才 有福 庆祥 满仓 炳南",
           "秀兰 淑英 桂英 玉梅 凤兰 素英 桂珍 月英 淑珍 金兰 秀云 玉芝 翠英 春兰 桂芝 凤珍",
           "福贵富林森田根发旺祥", "英兰珍芝凤云娥翠"),
    1960: ("卫国 红卫 卫东 向阳 建军 爱国 永红 学军 立新 振兴 志明 国平 家富 世荣 红军 新华 东升 跃华",
           "红英 玉霞 丽君 卫红 秀芳 爱莲 春梅 素梅 小芳 月华 金凤 爱华 红霞 桂芳 翠兰 美华",
           "军兵伟平强明华忠", "红霞萍芳梅燕琴莲"),
    1970: ("志军 海军 卫平 建新 国强 永明 伟民 晓明 红星 小军 宏伟 志勇 勇军 俊峰 新春 建平 忠诚 立华",
           "丽萍 艳华 春燕 玉兰 小红 海燕 美华 秀娟 晓红 慧敏 爱玲 红艳 丽芳 晓梅 素芬 雪琴",
           "勇斌波刚东辉涛峰", "艳丽娟敏玲霞静芬"),
    1980: ("海涛 志伟 晓峰 建波 文涛 振宇 晓东 俊杰 国栋 立军 鹏程 海峰 剑锋 晓光 明亮 志鹏 云龙 永强",
           "丽娟 晓燕 海霞 春华 小燕 丽丽 晓丽 雪梅 慧芳 玉洁 美玲 晓霞 彩云 艳芳 秋月 丽华",
           "磊鹏超亮杰军飞宁", "娜敏婷静莉丹倩琳"),
    1990: ("浩然 子豪 俊宇 鑫宇 凯文 家伟 宇航 明轩 天宇 文杰 嘉伟 伟杰 志豪 博文 泽宇 思远 佳豪 晨阳",
           "婷婷 佳佳 雅婷 欣然 晓雯 梦洁 思思 雨婷 佳琪 慧琳 美琪 丹丹 文婷 心怡 雪莹 梦琪",
           "浩宇鑫帅凯博旭晨", "婷蕾璐瑶雪悦颖倩"),
    2000: ("子轩 梓豪 宇轩 俊熙 宇泽 一鸣 皓轩 奕辰 梓睿 锦程 家乐 天佑 明哲 睿泽 浩宇 子健",
           "欣怡 梓涵 诗琪 雨涵 可馨 思彤 梦瑶 一诺 紫涵 语桐 佳怡 欣妍 雨萱 若曦 静怡 子涵",
           "轩睿哲阳昊辰逸航", "涵萱妍彤琪瑶怡馨"),
    2010: ("沐宸 梓轩 宇宸 子墨 奕泽 铭泽 锦轩 睿宸 承泽 煜城 俊豪 浩轩",
           "梓萱 语汐 雨桐 若汐 依诺 思涵 芷若 沐晴 安然 诗涵 欣悦 梓琪",
           "宸睿泽祺", "萱汐玥悦"),
}  # fmt: skip
# Characters a web system could not encode and wrote as numeric entities.
RARE_M = "堃喆昇犇燚垚赟頔"
RARE_F = "玥珺祎琤婠媞"

CN_DIGITS = "〇一二三四五六七八九"
_UPPER = "零壹贰叁肆伍陆柒捌玖"
_SPOKEN = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "拐", "8": "八",
           "9": "九"}  # fmt: skip
_SPOKEN_PLAIN = dict(_SPOKEN, **{"1": "一", "7": "七"})


# ---- per-document state ------------------------------------------------------------------------


def _st(doc: Doc) -> dict:
    return doc.w.__dict__.setdefault("h16", {"names": set(), "given": set(), "web": None})


def _pick(doc: Doc, xs: list | tuple | str):
    return doc.r.choice(xs)


# ---- people ------------------------------------------------------------------------------------


def _decade(born: int) -> int:
    return max(1940, min(2010, born // 10 * 10))


def _given(doc: Doc, sex: str, born: int) -> str:
    r = doc.r
    dec = _decade(born)
    m2, f2, m1, f1 = GIVEN[dec]
    one = 0.35 if 1975 <= born <= 1995 else 0.22
    if r.random() < one:
        return r.choice(m1 if sex == "男" else f1)
    return r.choice((m2 if sex == "男" else f2).split())


def _make_name(doc: Doc, sex: str, born: int, surname: str | None = None,
               group: str | None = None) -> tuple[str, str, str, str]:  # fmt: skip
    """(full name, surname, nationality, the name people call the person by) — unique in the document,
    and no given name twice, so a given-name-only mention is unambiguous."""
    r = doc.r
    st = _st(doc)
    nm = sn = given = ""
    nation = "汉族"
    for _ in range(100):
        nation = "汉族" if r.random() < 0.96 else r.choice(["土家族", "回族", "苗族", "壮族", "满族", "侗族"])
        roll = r.random()
        if group and surname is None and r.random() < 0.05:
            roll = 0.99  # in a minority area a few more people have minority names
        if surname is not None:
            sn = surname
            given = _given(doc, sex, born)
        elif roll < 0.85:
            sn = r.choices(COMMON, COMMON_W)[0]
            given = _given(doc, sex, born)
        elif roll < 0.92:
            sn = r.choice(LESS_COMMON)
            given = _given(doc, sex, born)
        elif roll < 0.95:
            sn = r.choice(COMPOUND)
            given = _given(doc, sex, born)
        elif roll < 0.985 and born < 2008:
            if r.random() < 0.5:
                nm = r.choice([n for n, s in WORD_WHOLE.items() if s == sex])
                sn, given = nm[0], nm[1:]
            else:
                sn = r.choices(COMMON, COMMON_W)[0]
                given = r.choice([g for g, s in WORD_GIVEN.items() if s == sex])
        elif born < 2008:
            pool = [m for m in MINORITY if m[1] == sex and (group is None or m[3] == group)]
            pool = pool or [m for m in MINORITY if m[1] == sex]
            nm, _sx, nation, _g = r.choice(pool)
            sn = ""
            given = nm.split("·")[0] if "·" in nm else nm
        else:
            sn = r.choices(COMMON, COMMON_W)[0]
            given = _given(doc, sex, born)
        if sn:
            nm = sn + given
        if nm in st["names"] or given in st["given"] or any(nm in o or o in nm for o in st["names"]):
            continue
        break
    st["names"].add(nm)
    st["given"].add(given)
    return nm, sn, nation, given


def _make_id(doc: Doc, code: str, birth: date, sex: str) -> str:
    r = doc.r
    odd = "13579" if sex == "男" else "02468"
    if birth.year < 1975 and r.random() < 0.18:  # a first-generation 15-digit number
        return code + birth.strftime("%y%m%d") + f"{r.randint(0, 99):02d}" + r.choice(odd)
    first17 = code + birth.strftime("%Y%m%d") + f"{r.randint(0, 99):02d}" + r.choice(odd)
    check = citizen_id_check_char(first17)
    if r.random() < 0.04:
        check = r.choice([c for c in "0123456789X" if c != check])
    return first17 + check


def _mobile(doc: Doc) -> str:
    r = doc.r
    head = r.choice(["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
                     "157", "158", "159", "166", "173", "177", "180", "181", "182", "183", "185", "186", "187",
                     "188", "189", "191", "193", "195", "198", "199"])  # fmt: skip
    return head + f"{r.randint(0, 99999999):08d}"


def _home(doc: Doc, rural: bool | None = None) -> str:
    """A home address below the county (the part that is hidden)."""
    r = doc.r
    if rural is None:
        rural = r.random() < 0.5
    if rural:
        tail = r.choice([f"{r.randint(1, 15)}组{r.randint(1, 120)}号", f"{r.randint(1, 12)}组",
                         f"{r.choice(['上', '下', '新'])}屋场{r.randint(1, 60)}号", f"{r.randint(1, 9)}村民小组{r.randint(1, 80)}号"])  # fmt: skip
        return r.choice(TOWNS) + r.choice(VILLAGES) + tail
    road = r.choice(STREETS + PERSON_ROADS[:3])
    roll = r.random()
    if roll < 0.45:
        return (f"{r.choice(TOWNS[:5])}{road}{r.randint(1, 360)}号{r.choice(ESTATES)}{r.randint(1, 18)}栋"
                f"{r.randint(1, 3)}单元{r.randint(1, 26)}{r.randint(1, 4):02d}室")  # fmt: skip
    if roll < 0.75:
        return f"{road}{r.randint(1, 360)}号{r.choice(ESTATES)}{r.randint(1, 18)}幢{r.randint(1, 26)}{r.randint(1, 4):02d}"
    return f"{road}{r.randint(1, 360)}号{r.choice(['', '附', '之'])}{r.randint(1, 9)}"


def _person(doc: Doc, *, sex: str | None = None, born: int | None = None, cty: County | None = None,
            surname: str | None = None, rural: bool | None = None, local: float = 0.8) -> Person:  # fmt: skip
    r = doc.r
    w = doc.w
    w._pid += 1
    sex = sex or ("男" if r.random() < 0.57 else "女")
    born = born or int(r.triangular(1948, 2005, 1977))
    if cty is None or r.random() > local:
        cty = r.choice(COUNTIES)
    group = _MINORITY_AREAS.get(cty.county)
    nm, sn, nation, given = _make_name(doc, sex, born, surname, group)
    birth = date(born, r.randint(1, 12), r.randint(1, 28))
    code = cty.code if r.random() < 0.78 else r.choice(BIRTHPLACES)
    idn = _make_id(doc, code, birth, sex)
    p = Person(w._pid, nm, sn, sex, idn, _mobile(doc), cty.triple, _home(doc, rural))
    p.extra.update(birth=birth, nation=nation, given=given, cty=cty)
    return p


def _kin(doc: Doc, p: Person, rel: str) -> Person:
    """A relative: 妻/夫, 子/女, 父/母, 兄/弟/姐/妹. Han children mostly take the father's surname."""
    r = doc.r
    by = p.extra["birth"].year
    han = bool(p.surname)
    cty = p.extra["cty"]
    sex = "男" if rel in ("子", "夫", "父", "兄", "弟") else "女"
    if rel in ("妻", "夫"):
        return _person(doc, sex=sex, born=by + r.randint(-5, 4), cty=cty, local=0.95)
    if rel in ("子", "女"):
        keep = han and (p.gender == "男" or r.random() < 0.08)
        spouse = p.extra.get("spouse")
        surname = p.surname if keep else (spouse.surname if spouse is not None and spouse.surname else None)
        return _person(doc, sex=sex, born=min(by + r.randint(21, 32), 2016), cty=cty, local=1.0, surname=surname)
    if rel in ("父", "母"):
        return _person(doc, sex=sex, born=max(by - r.randint(21, 33), 1935), cty=cty, local=1.0,
                       surname=p.surname if han and rel == "父" else None)  # fmt: skip
    shift = r.randint(1, 9) if rel in ("弟", "妹") else -r.randint(1, 9)
    return _person(doc, sex=sex, born=by + shift, cty=cty, local=1.0, surname=p.surname if han else None)


def _rare(doc: Doc, p: Person) -> None:
    """The web system stored one character of this person's given name as a numeric entity."""
    if not p.surname or len(p.surname) != 1:
        return
    c = doc.r.choice(RARE_M if p.gender == "男" else RARE_F)
    ent = f"&#{ord(c)};"
    g = p.extra["given"]
    given = ent if len(g) == 1 else g[0] + ent
    p.name = p.surname + given
    p.extra["given"] = given
    p.extra["nogiven"] = True  # not used alone


def _age(p: Person, day: date) -> int:
    b: date = p.extra["birth"]
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def _nick(doc: Doc, p: Person) -> str | None:
    """A nickname people use: 阿强, 强哥, 小军, 春梅姐 … (never anybody else's given name)."""
    g = p.extra["given"]
    if not p.surname or p.extra.get("nogiven"):
        return None
    st = _st(doc)
    last = g[-1]
    if p.gender == "男":
        options = [f"阿{last}", f"{last}哥", f"小{last}"]
    else:
        options = [f"阿{last}", f"{g}姐" if len(g) == 2 else f"{last}姐", f"小{last}"]
    doc.r.shuffle(options)
    for nick in options:
        if nick not in st["given"] and not any(nick in o for o in st["names"]):
            st["given"].add(nick)
            return nick
    return None


# ---- writing people -----------------------------------------------------------------------------


def N(doc: Doc, p: Person) -> Doc:
    return doc.p("person_name", p.name, pid=p.pid)


def G(doc: Doc, p: Person) -> Doc:
    """The given name alone (建国说), or the whole name where that is what people use."""
    g = p.extra["given"]
    if p.surname and len(g) == 2 and not p.extra.get("nogiven"):
        return doc.p("person_name", g, pid=p.pid)
    if not p.surname and "·" in p.name:
        return doc.p("person_name", g, pid=p.pid)
    return doc.p("person_name", p.name, pid=p.pid)


def NK(doc: Doc, p: Person, nick: str | None) -> Doc:
    if nick:
        return doc.p("person_name", nick, pid=p.pid)
    return N(doc, p)


def _id_text(doc: Doc, s: str) -> str:
    r = doc.r
    roll = r.random()
    if s.endswith("X") and roll < 0.25:
        return s[:-1] + "x"
    if len(s) == 18 and roll < 0.08:
        return f"{s[:6]} {s[6:14]} {s[14:]}"
    if roll < 0.03:
        return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)
    return s


def I(doc: Doc, p: Person) -> Doc:  # noqa: E743
    return doc.p("id_number", _id_text(doc, p.id_number))


def _phone_text(doc: Doc, s: str, spoken: bool = False) -> str:
    r = doc.r
    if spoken:
        table = _SPOKEN if r.random() < 0.6 else _SPOKEN_PLAIN
        parts = ["".join(table[c] for c in s[:3]), "".join(table[c] for c in s[3:7]),
                 "".join(table[c] for c in s[7:])]  # fmt: skip
        return r.choice(["", " ", "，"]).join(parts)
    roll = r.random()
    if roll < 0.1:
        return f"{s[:3]}-{s[3:7]}-{s[7:]}"
    if roll < 0.18:
        return f"{s[:3]} {s[3:7]} {s[7:]}"
    if roll < 0.22:
        return "+86 " + s
    return s


def P(doc: Doc, p: Person | None = None, s: str | None = None, spoken: bool = False) -> Doc:
    num = s or (p.phone if p else _mobile(doc))
    return doc.p("phone", _phone_text(doc, num, spoken))


def A(doc: Doc, p: Person, mode: str | None = None) -> Doc:
    """Region prefix (stays) and the address below the county (hidden)."""
    r = doc.r
    mode = mode or r.choice(["full", "full", "county", "city", "bare"])
    prov, city, county = p.region
    if mode == "full":
        doc.t(prov + city + county)
    elif mode == "city":
        doc.t(city + county)
    elif mode == "county":
        doc.t(county)
    return doc.p("address", p.address_detail)


def _card(doc: Doc) -> tuple[str, str]:
    """A natural person's bank card: (bank, number, Luhn-valid)."""
    r = doc.r
    bank, bin_ = r.choice([("中国农业银行", "622848"), ("中国工商银行", "622202"), ("中国建设银行", "621700"),
                           ("中国邮政储蓄银行", "621799"), ("中国银行", "621661"), ("农村信用社", "623190"),
                           ("农村商业银行", "622369"), ("招商银行", "621483")])  # fmt: skip
    length = 19 if r.random() < 0.7 else 16
    body = bin_ + "".join(str(r.randint(0, 9)) for _ in range(length - 1 - len(bin_)))
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    num = body + str((10 - total % 10) % 10)
    if r.random() < 0.2:
        num = " ".join(num[i : i + 4] for i in range(0, len(num), 4))
    return bank, num


def _wechat(doc: Doc, p: Person | None = None) -> str:
    r = doc.r
    stem = r.choice(["wxid_", "", "", ""])
    if stem:
        return stem + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(r.randint(10, 14)))
    py = r.choice(["zhang", "wang", "li", "chen", "liu", "huang", "yang", "zhao", "xiao", "da", "a"])
    return py + r.choice(["jun", "qiang", "mei", "hua", "ping", "long", "fei", "li", "bo"]) + r.choice(["", "_", ""]) + str(r.randint(1, 99999))


def _qq(doc: Doc) -> str:
    r = doc.r
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(r.randint(6, 9)))


def _douyin(doc: Doc) -> str:
    r = doc.r
    if r.random() < 0.5:
        return str(r.randint(10, 99)) + "".join(str(r.randint(0, 9)) for _ in range(r.randint(7, 9)))
    return r.choice(["dy", "yanhua", "xiao", "lao", "nong"]) + "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(4)) + str(r.randint(10, 9999))


def _email(doc: Doc) -> str:
    r = doc.r
    if r.random() < 0.4:
        return f"{_qq(doc)}@qq.com"
    local = r.choice(["hn", "jx", "ly", "zy", "wx", "xy", "hb"]) + r.choice(["_", ".", ""]) + "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(3, 6)))
    return local + str(r.randint(1, 999)) + "@" + r.choice(["163.com", "126.com", "sina.com", "foxmail.com", "139.com"])


def _plate(doc: Doc, cty: County) -> str:
    r = doc.r
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if r.random() < 0.2:  # new-energy plate
        return cty.plate + r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
    tail = [r.choice("0123456789") for _ in range(5)]
    for i in r.sample(range(4), r.randint(0, 2)):
        tail[i] = r.choice(letters)
    sep = r.choice(["", "", "", "·"])
    return cty.plate + sep + "".join(tail)


def _passport(doc: Doc) -> str:
    r = doc.r
    return r.choice(["E", "EA", "EB", "EC", "G"]) + "".join(str(r.randint(0, 9)) for _ in range(8 if r.random() < 0.6 else 7))


def _property_cert(doc: Doc, cty: County, year: int) -> str:
    r = doc.r
    short = cty.plate[0]
    if r.random() < 0.7:
        return f"{short}（{year}）{cty.county}不动产权第{r.randint(0, 9999999):07d}号"
    return f"{cty.county[:2]}集用（{year}）第{r.randint(100, 99999)}号"


def _digits(doc: Doc, n: int) -> str:
    return str(doc.r.randint(1, 9)) + "".join(str(doc.r.randint(0, 9)) for _ in range(n - 1))


# ---- amounts and dates --------------------------------------------------------------------------


def _upper(v: int) -> str:
    """A whole number of yuan in capital numerals (壹万贰仟伍佰)."""

    def four(n: int) -> str:
        out, zero = "", False
        for unit_v, unit in ((1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
            d = n // unit_v % 10
            if d == 0:
                zero = bool(out)
                continue
            if zero:
                out += "零"
                zero = False
            out += _UPPER[d] + unit
        return out

    hi, lo = divmod(v, 10000)
    if hi == 0:
        return four(lo)
    s = four(hi) + "万"
    if lo == 0:
        return s
    return s + ("零" if lo < 1000 else "") + four(lo)


def M(doc: Doc, v: int, style: str | None = None) -> Doc:
    r = doc.r
    style = style or r.choice(["plain", "plain", "plain", "comma", "wan", "upper", "both"])
    if style == "upper":
        return doc.t("人民币").k("amount", f"{_upper(v)}元整")
    if style == "both":
        return doc.k("amount", f"{v}元").t("（大写：").k("amount", f"{_upper(v)}元整").t("）")
    if style == "comma":
        return doc.k("amount", f"{v:,}.00元" if r.random() < 0.5 else f"{v:,}元")
    if style == "wan" and v % 100 == 0 and v >= 10000:
        return doc.k("amount", f"{v / 10000:g}万元")
    return doc.k("amount", f"{v}元")


def _fine(doc: Doc, lo: int, hi: int, step: int = 100) -> int:
    return doc.r.randrange(lo // step, hi // step + 1) * step


def _cn_small(n: int) -> str:
    tens, ones = divmod(n, 10)
    if tens == 0:
        return CN_DIGITS[ones]
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def _ds(day: date, style: str = "cn") -> str:
    if style == "upper":
        return "".join(CN_DIGITS[int(c)] for c in str(day.year)) + f"年{_cn_small(day.month)}月{_cn_small(day.day)}日"
    if style == "dash":
        return f"{day:%Y-%m-%d}"
    if style == "dot":
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    if style == "slash":
        return f"{day.year}/{day.month}/{day.day}"
    if style == "md":
        return f"{day.month}月{day.day}日"
    if style == "pad":
        return f"{day.year}年{day.month:02d}月{day.day:02d}日"
    return f"{day.year}年{day.month}月{day.day}日"


def D(doc: Doc, day: date, style: str = "cn") -> Doc:
    return doc.k("date", _ds(day, style))


def _days(doc: Doc, n: int, span: int = 120) -> list[date]:
    """n sorted distinct days, the last one the document's date (2023 to mid-2025)."""
    r = doc.r
    end = date(2023, 2, 1) + timedelta(days=r.randint(0, 870))
    back = sorted(r.sample(range(1, span), n - 1), reverse=True)
    return [end - timedelta(days=k) for k in back] + [end]


def _clock(doc: Doc, lo: int = 8, hi: int = 17) -> str:
    return f"{doc.r.randint(lo, hi)}时{doc.r.randint(0, 59):02d}分"


def TM(doc: Doc, word: str | None = None) -> Doc:
    return doc.k("term", word or doc.r.choice(TERMS))


# ---- agencies -----------------------------------------------------------------------------------

_AGENCY = {
    "urban": ["城市管理和综合执法局", "综合行政执法局", "城市管理局"],
    "land": ["自然资源局", "自然资源和规划局"],
    "traffic": ["交通运输局", "交通运输综合行政执法大队"],
    "health": ["卫生健康局", "卫生健康委员会"],
    "culture": ["文化旅游广电体育局", "文化和旅游局"],
    "edu": ["教育局", "教育体育局"],
    "agri": ["农业农村局"],
    "forest": ["林业局", "林业和草原局"],
    "market": ["市场监督管理局"],
    "safety": ["应急管理局"],
    "labour": ["人力资源和社会保障局"],
    "civil": ["民政局"],
}
_CODE = {
    "urban": ["城管罚决", "综执罚决字", "城管罚", "综执罚"],
    "land": ["自然资罚", "自然资规罚", "自然资罚字"],
    "traffic": ["交执罚", "交运罚", "交罚字"],
    "health": ["卫公罚", "卫职罚", "卫罚字"],
    "culture": ["文旅罚", "文旅罚字", "文市罚"],
    "edu": ["教罚", "教执罚"],
    "agri": ["农（渔）罚", "农罚", "农业罚字"],
    "forest": ["林罚", "林罚字", "林业罚决"],
    "market": ["市监罚", "市监处罚", "市监罚字"],
    "safety": ["应急罚", "应急罚字"],
    "labour": ["人社监令", "劳监罚", "人社罚"],
    "civil": ["民社罚", "民罚字"],
}


def _agency(doc: Doc, cty: County, domain: str) -> str:
    cache = _st(doc).setdefault("agencies", {})
    if domain not in cache:
        names = _AGENCY[domain]
        if cty.prov == "浙江省" and domain == "urban":
            suffix = "综合行政执法局"
        else:
            suffix = doc.r.choice(names)
        cache[domain] = cty.county + suffix
    return cache[domain]


def _docno(doc: Doc, cty: County, domain: str, year: int, code: str | None = None) -> str:
    r = doc.r
    code = code or r.choice(_CODE[domain])
    n = r.randint(1, 380)
    head = cty.short
    roll = r.random()
    if cty.prov == "浙江省" or roll < 0.15:
        return f"{head}{code}〔{year}〕第{n:04d}号" if r.random() < 0.6 else f"{head}{code}〔{year}〕第{n}号"
    if cty.prov in ("广东省", "福建省") and roll < 0.5:
        return f"{head}{code}[{year}]{n}号"
    if roll < 0.25:
        return f"{head}{code}（{year}）{n}号"
    return f"{head}{code}〔{year}〕{n}号"


def _party_label(doc: Doc, cty: County) -> str:
    r = doc.r
    if cty.prov in ("浙江省", "江苏省") and r.random() < 0.5:
        return "被处罚人"
    if cty.prov in ("四川省", "贵州省", "云南省") and r.random() < 0.3:
        return "行政相对人"
    return "当事人"


def _landline(doc: Doc, cty: County) -> str:
    n = 8 if len(cty.area) == 3 else 7
    return f"{cty.area}-{_digits(doc, n)}"


def _agency_addr(doc: Doc, cty: County) -> str:
    r = doc.r
    road = r.choice(STREETS + PERSON_ROADS)
    return cty.county + f"{road}{r.randint(1, 300)}号" + r.choice(["", "行政中心", "政务服务中心三楼", "综合办公楼"])


def _cert(doc: Doc, cty: County) -> str:
    r = doc.r
    roll = r.random()
    if roll < 0.45:
        return f"{cty.code[:2]}{r.randint(0, 9999):04d}{r.randint(0, 9999):04d}" + str(r.randint(0, 9))
    if roll < 0.75:
        return f"{cty.plate[0]}{r.choice(['执字', '行执字', 'A'])}{r.randint(10000, 999999)}" + ("号" if r.random() < 0.5 else "")
    return f"{cty.code}{r.randint(0, 999999):06d}"


def _officers(doc: Doc, cty: County, n: int = 2) -> list[tuple[str, str]]:
    r = doc.r
    out = []
    for _ in range(n):
        nm, _sn, _nat, _g = _make_name(doc, "男" if r.random() < 0.65 else "女", r.randint(1968, 1998))
        out.append((nm, _cert(doc, cty)))
    return out


def OF(doc: Doc, offs: list[tuple[str, str]], lead: str = "本机关执法人员", sep: str = "、") -> Doc:
    r = doc.r
    doc.t(lead)
    if r.random() < 0.55:
        for i, (nm, cert) in enumerate(offs):
            doc.t(sep if i else "").k("officer_name", nm).t(r.choice(["（执法证号：", "（执法证号", "（证号："])).k("officer_cert", cert).t("）")
    else:
        for i, (nm, _c) in enumerate(offs):
            doc.t(sep if i else "").k("officer_name", nm)
        doc.t("（行政执法证件号码：" if r.random() < 0.5 else "（执法证号分别为")
        for i, (_n, cert) in enumerate(offs):
            doc.t("、" if i else "").k("officer_cert", cert)
        doc.t("）")
    return doc


def _keep(doc: Doc, name: str, p: float = 0.4) -> None:
    if name not in doc.keep and doc.r.random() < p:
        doc.keep.append(name)


def _company(doc: Doc, cty: County, kinds: list[str]) -> str:
    r = doc.r
    head = cty.county[:-1] if r.random() < 0.5 and len(cty.county) == 3 else cty.county
    mid = r.choice(TRADE) if r.random() < 0.8 else r.choice(COMMON[:30]) + r.choice(["氏", "记"])
    return head + mid + r.choice(kinds) + r.choice(["有限公司", "有限公司", "有限责任公司"])


def _uscc(doc: Doc, cty: County, kind: str = "91") -> str:
    from sanxiang.kernel.identifiers import uscc_check_char

    r = doc.r
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = kind + cty.code + "".join(r.choice(alphabet) for _ in range(9))
    return body + uscc_check_char(body)


def _reg_addr(doc: Doc, cty: County) -> str:
    r = doc.r
    pre = cty.prov + cty.city + cty.county if r.random() < 0.35 else cty.county
    road = r.choice(STREETS + PERSON_ROADS)
    return pre + r.choice(["", r.choice(TOWNS[:6])]) + f"{road}{r.randint(1, 400)}号" + r.choice(["", "一楼", "101室", "2栋", "门面"])


def _place(doc: Doc, cty: County) -> str:
    r = doc.r
    roll = r.random()
    if roll < 0.35:
        a, b = r.sample(STREETS + PERSON_ROADS, 2)
        return f"{cty.county}{a}与{b}交叉口"
    if roll < 0.6:
        return f"{r.choice(TOWNS)}{r.choice(VILLAGES)}{r.choice(['村口', '后山', '河边', '村部旁', '组'])}"
    if roll < 0.8:
        return f"{r.choice(PERSON_ROADS + STREETS)}{r.randint(1, 300)}号门前人行道"
    return r.choice(MARKETS) + r.choice(["东门", "南侧", "入口处"])


def _law(doc: Doc, title: str, article: str | None = None) -> Doc:
    doc.k("law_title", title)
    if article:
        doc.k("article", article)
    return doc


def _head(doc: Doc, agency: str, title: str, docno: str | None) -> None:
    doc.k("agency_name", agency).t("\n" + title + "\n")
    if docno:
        doc.k("doc_number", docno)
    doc.t("\n\n")


def _foot(doc: Doc, agency: str, cty: County, day: date, contact: str | None = None) -> None:
    r = doc.r
    doc.t("\n\n").k("agency_name", agency).t(r.choice(["\n", "（印章）\n", "（盖章）\n"]))
    D(doc, day, r.choice(["upper", "cn", "cn", "upper"])).t("\n")
    if r.random() < 0.6:
        opener = r.choice(["\n（本机关地址：", "\n地址：", "\n联系地址："])
        doc.t(opener).k("agency_address", _agency_addr(doc, cty))
        doc.t(r.choice(["；联系电话：", "  电话：", "，联系电话："])).k("agency_phone", _landline(doc, cty))
        if contact:
            doc.t("；联系人：").k("officer_name", contact)
        doc.t("）\n" if "（" in opener else "\n")


def _relief(doc: Doc, cty: County, what: str = "本决定") -> None:
    r = doc.r
    gov = cty.county + "人民政府"
    court = cty.county + "人民法院"
    if r.random() < 0.5:
        doc.t(f"如不服{what}，可以在收到{what}书之日起六十日内向").k("agency_name", gov)
        doc.t("申请行政复议，或者在六个月内直接向").k("agency_name", court).t("提起行政诉讼。")
    else:
        doc.t(f"当事人对{what}不服的，可在接到{what}书之日起60日内依法向").k("agency_name", gov)
        doc.t("申请行政复议，也可以在6个月内依法向").k("agency_name", court).t("提起行政诉讼。")
    doc.t("行政复议或者行政诉讼期间，不停止" + what + "的执行。\n" if r.random() < 0.6 else "\n")


def _pay_line(doc: Doc) -> None:
    doc.t("当事人应当自收到本决定书之日起十五日内，到指定银行或者通过电子支付系统缴纳罚款。逾期不缴纳的，依据")
    _law(doc, "《中华人民共和国行政处罚法》", "第七十二条第一款第（一）项")
    doc.t("的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款的数额。\n")


def _section(doc: Doc, style: str, n: int, text: str) -> None:
    nums = "一二三四五六七"
    if style == "cn":
        doc.t(f"{nums[n]}、{text}\n")
    elif style == "br":
        doc.t(f"【{text}】\n")
    elif style == "bold":
        doc.t(f"（{nums[n]}）{text}\n")


def _style(doc: Doc, cty: County) -> str:
    r = doc.r
    if cty.prov in ("浙江省", "江苏省", "山东省"):
        return r.choice(["cn", "cn", "plain"])
    if cty.prov in ("广东省", "福建省", "广西壮族自治区"):
        return r.choice(["br", "plain", "cn"])
    return r.choice(["plain", "plain", "cn", "bold"])


# ---- web pages ------------------------------------------------------------------------------------

_CRUMBS = [
    "首页 > 信息公开 > 法定主动公开内容 > 行政处罚",
    "首页 > 政务公开 > 双公示 > 行政处罚",
    "您当前的位置：首页 >> 政府信息公开 >> 行政执法公示 >> 执法结果",
    "当前位置：首页 > 部门信息公开 > {agency} > 行政执法",
    "首页 / 信息公开 / 重点领域信息公开 / 行政执法信息",
]


def _web_open(doc: Doc, agency: str, cty: County, title: str | Callable[[Doc], object], day: date,
              crumbs: bool = True) -> None:  # fmt: skip
    """Page chrome above the body; marks where the pasted body starts."""
    r = doc.r
    if r.random() < 0.3:
        doc.t(f"{cty.county}人民政府门户网站\n")
    if crumbs:
        crumb = r.choice(_CRUMBS).replace("{agency}", agency)
        if isinstance(title, str) and "许可" in title:
            crumb = crumb.replace("行政处罚", "行政许可").replace("执法结果", "行政许可")
        doc.t(crumb + "\n")
    if r.random() < 0.3:
        doc.t("【字体：大 中 小】")
        doc.t(r.choice(["", "  【打印】  【关闭】"]) + "\n")
    if callable(title):
        title(doc)
        doc.t("\n")
    else:
        doc.t(title + "\n")
    doc.t("来源：").k("agency_name", agency).t(r.choice(["  ", "&nbsp;&nbsp;", " | "]))
    doc.t("发布时间：")
    D(doc, day + timedelta(days=r.randint(1, 7)), r.choice(["dash", "dash", "cn"]))
    doc.t(f" {r.randint(8, 18):02d}:{r.randint(0, 59):02d}" + r.choice(["", f":{r.randint(0, 59):02d}"]))
    doc.t(r.choice(["  ", "&nbsp;&nbsp;", " | "]) + r.choice(["浏览次数：", "阅读次数：", "点击数："]) + str(r.randint(3, 2600)) + "\n")
    if r.random() < 0.4:
        doc.t("索引号：" + f"{cty.code}{r.choice(['-', '/'])}{day.year}-{r.randint(10, 99999):05d}")
        doc.t("  分类：" + r.choice(["行政处罚", "行政执法", "行政许可"]) + "\n")
    doc.t(r.choice(["\n", "", "------------------------------------------------------------\n"]))
    _st(doc)["web_start"] = doc.n


def _web_close(doc: Doc, cty: County, profile: str | None = None) -> None:
    """Marks the end of the body and writes the page footer."""
    r = doc.r
    st = _st(doc)
    st["web"] = (st.pop("web_start"), doc.n, profile or r.choice(["p", "br", "text", "text"]))
    doc.t("\n")
    if r.random() < 0.5:
        doc.t(r.choice(["相关附件：无\n", "附件下载：\n", "【相关链接】\n"]))
    doc.t(r.choice(["【打印本页】【关闭窗口】\n", "打印本页 关闭窗口\n", "[ 打印本页 ] [ 关闭窗口 ]\n",
                    "分享到：  【打印】 【关闭】\n"]))  # fmt: skip
    if r.random() < 0.5:
        doc.t("扫一扫在手机打开当前页\n")
    if r.random() < 0.7:
        gov = cty.county + "人民政府办公室"
        doc.t("主办单位：").k("agency_name", gov).t(r.choice(["  承办：", "&nbsp;&nbsp;运维："]))
        doc.t(cty.county + "政务服务和大数据中心\n")
        doc.t("地址：").k("agency_address", _agency_addr(doc, cty)).t("  电话：").k("agency_phone", _landline(doc, cty)).t("\n")
        doc.t(f"网站标识码：{cty.code}{r.randint(0, 9999):04d}  {cty.plate[0]}ICP备{r.randint(10000000, 99999999)}号  ")
        doc.t(f"{cty.plate[0]}公网安备 {cty.code}02{r.randint(0, 999999):06d}号\n")


_ENT = {"“": ["&ldquo;", "&#8220;"], "”": ["&rdquo;", "&#8221;"], "—": ["&mdash;", "&#8212;"],
        "〔": ["&#12308;"], "〕": ["&#12309;"], "《": ["&#12298;"], "》": ["&#12299;"], "·": ["&middot;"],
        "×": ["&times;"], "、": ["&#12289;"], "㎡": ["&#13217;"]}  # fmt: skip
_NL = {"p": ["</p>\n<p>", "</p><p>", "</p>\n<p>"], "br": ["<br>", "<br>\n", "<br />\n", "<br/>"],
       "text": ["\n", "\n", "\n", "\n&nbsp;"]}  # fmt: skip
_INDENT = {"p": ["&nbsp;&nbsp;&nbsp;&nbsp;", "&emsp;&emsp;", "", '<span style="font-family:仿宋_GB2312;">'],
           "br": ["&nbsp;&nbsp;", "&emsp;&emsp;", "", ""], "text": ["", "", "&nbsp;&nbsp;", "&ensp;"]}  # fmt: skip


def _webify(doc: Doc) -> None:
    """Turn the body of a page into what copying it out of a browser or a web-to-text tool gives:
    tags, entities and non-breaking spaces around the text, gold offsets re-mapped."""
    r = doc.r
    st = _st(doc)
    s0, e0, prof = st["web"]
    text = doc.text
    n = len(text)
    items = doc.pii + doc.protected
    cover: list[dict | None] = [None] * (n + 1)
    for it in items:
        for k in range(it["start"], it["end"]):
            cover[k] = it

    def free(k: int) -> bool:  # may something be inserted before position k?
        return cover[k] is None or cover[k]["start"] == k

    pre = [""] * (n + 1)
    sub = list(text) + [""]
    # a converter is consistent within a page: which characters become entities, how lines are
    # indented, how often a space is a non-breaking one
    ent_chars = {c for group in ("“”", "〔〕", "《》", "—", "·", "×", "、", "㎡") if r.random() < 0.45 for c in group}
    ent_form = {c: r.choice(v) for c, v in _ENT.items()}
    indent = r.choice(_INDENT[prof])
    indent_rate = r.choice([0.3, 0.7, 0.95])
    space_rate = r.choice([0.0, 0.3, 0.8])
    span_open = False
    if prof == "p":
        pre[s0] += "<p>"
    line_start = True
    for k in range(s0, e0):
        c = text[k]
        it = cover[k]
        if line_start and free(k) and c != "\n":
            ind = indent if r.random() < indent_rate else ""
            if ind.startswith("<span"):
                span_open = True
            pre[k] += ind
            if prof != "text" and it is None and r.random() < 0.08:
                pre[k] += "<strong>"
                st["strong"] = True
            line_start = False
        if c == "\n" and it is None:
            close = ""
            if span_open:
                close += "</span>"
                span_open = False
            if st.pop("strong", False):
                close += "</strong>"
            sub[k] = close + r.choice(_NL[prof])
            line_start = True
            continue
        if c in ent_chars:
            if it is None or it["kind"] in ("doc_number", "law_title", "amount", "article", "date"):
                sub[k] = ent_form[c]
        elif c == "：" and it is None and k + 1 < e0 and free(k + 1) and r.random() < 0.12:
            sub[k] = "：" + r.choice(["&nbsp;", "&ensp;", " "])
        elif c == " " and it is None and r.random() < space_rate:
            sub[k] = r.choice(["&nbsp;", "&ensp;", "\u00a0"])
    tail = ("</span>" if span_open else "") + ("</strong>" if st.pop("strong", False) else "")
    if prof == "p":
        tail += "</p>"
    pre[e0] = tail + pre[e0]
    out: list[str] = []
    size = 0
    begin = [0] * (n + 1)
    finish = [0] * (n + 1)
    for k in range(n + 1):
        out.append(pre[k])
        size += len(pre[k])
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


def _maybe_web(doc: Doc, p: float) -> bool:
    web = doc.r.random() < p
    _st(doc)["webdoc"] = web
    return web


# ---- shared pieces of decisions -------------------------------------------------------------------


def _party(doc: Doc, p: Person, label: str, day: date, style: int | None = None) -> None:
    """A natural person's block at the head of a decision, in one of several provincial layouts."""
    r = doc.r
    style = r.randint(0, 4) if style is None else style
    nat = p.extra["nation"]
    b: date = p.extra["birth"]
    if style == 0:
        doc.t(f"{label}：")
        N(doc, p).t(f"，{p.gender}，{nat}，{_ds(b)}出生，公民身份号码：")
        I(doc, p).t("，住")
        A(doc, p).t("，联系电话：")
        P(doc, p).t("。\n")
    elif style == 1:
        doc.t(f"{label}：")
        N(doc, p).t(f"\n性别：{p.gender}    民族：{nat}    出生日期：{_ds(b, 'pad')}\n身份证号码：")
        I(doc, p).t("\n住址：")
        A(doc, p, "full").t("\n联系电话：")
        P(doc, p).t("\n")
    elif style == 2:
        doc.t(f"{label}")
        N(doc, p).t(f"，{p.gender}，{_age(p, day)}岁，身份证号")
        I(doc, p).t("，户籍地")
        A(doc, p, r.choice(["full", "city"])).t("。\n")
    elif style == 3:
        doc.t(f"{label}姓名：")
        if r.random() < 0.15:
            N(doc, p).t("    证件类型：护照    证件号码：").p("passport", _passport(doc)).t("（" + r.choice(["现定居国外", "长期在境外务工"]) + "）")
        else:
            N(doc, p).t("    证件类型：居民身份证    证件号码：")
            I(doc, p)
        doc.t("\n现住址：")
        A(doc, p).t("    联系方式：")
        P(doc, p).t("\n")
    else:
        doc.t(f"{label}：")
        N(doc, p).t(f"（{p.gender}，{b.year}年{b.month}月生，身份证号码：")
        I(doc, p).t("），住")
        A(doc, p, "county").t("。\n")


def _org_party(doc: Doc, cty: County, co: str, rep: Person, label: str, rep_word: str = "法定代表人",
               uscc_kind: str = "91") -> None:  # fmt: skip
    r = doc.r
    _keep(doc, rep.name)
    if r.random() < 0.65:
        doc.t(f"{label}：").k("org_name", co).t("\n统一社会信用代码：").k("credit_code", _uscc(doc, cty, uscc_kind))
        doc.t("\n" + r.choice(["住所：", "住所地：", "地址：", "注册地址："])).k("registered_address", _reg_addr(doc, cty))
        doc.t(f"\n{rep_word}：").k("legal_rep", rep.name)
        if r.random() < 0.4:
            doc.t("，" + r.choice(["执行董事兼总经理", "董事长", "总经理", "负责人"]))
        doc.t("\n")
    else:
        doc.t(f"{label}").k("org_name", co).t("，统一社会信用代码").k("credit_code", _uscc(doc, cty, uscc_kind))
        doc.t("，住所").k("registered_address", _reg_addr(doc, cty)).t(f"，{rep_word}").k("legal_rep", rep.name).t("。\n")


def _prov_short(cty: County) -> str:
    """湖南, 广西, 新疆, 重庆 … as a firm's name begins."""
    return cty.prov[:2] if cty.prov else cty.city[:2]


def _lawyer(doc: Doc, cty: County, label: str = "委托代理人") -> Person:
    r = doc.r
    a = _person(doc, born=r.randint(1970, 1996), cty=cty)
    firm = _prov_short(cty) + r.choice(["楚", "正", "公", "明", "诚"]) + r.choice(["信", "和", "衡", "达", "言"]) + "律师事务所"
    doc.t(f"{label}：")
    N(doc, a).t("，").k("org_name", firm).t("律师")
    if r.random() < 0.4:
        doc.t("，执业证号：").p("other_id", f"1{cty.code[:4]}{r.randint(2005, 2022)}1{r.randint(0, 999999):06d}"[:17])
    doc.t("。\n" if r.random() < 0.5 else "\n")
    return a


def _notice_done(doc: Doc, day: date, hearing: bool, said: str) -> None:
    r = doc.r
    D(doc, day).t("，本机关向当事人送达了《行政处罚事先告知书》" if r.random() < 0.5 else "，本机关依法向当事人送达《行政处罚告知书》")
    doc.t("，告知其拟作出行政处罚的内容及事实、理由、依据，以及依法享有的陈述、申辩" + ("、要求听证" if hearing else "") + "权利。")
    doc.t(said + "\n")


def _procedure(doc: Doc, day: date, offs: list[tuple[str, str]], source: str) -> None:
    """How the case was handled: source, 立案, investigation, 法制审核, 集体讨论."""
    r = doc.r
    doc.t(f"本案系{source}。本机关于")
    D(doc, day).t("依法立案，")
    doc.t("指派执法人员").k("officer_name", offs[0][0]).t("、").k("officer_name", offs[1][0])
    doc.t(r.choice(["进行调查，依法采取了现场检查、询问调查、调取书证、拍照录像等措施。",
                    "负责调查取证，先后制作现场检查笔录、询问笔录，调取了相关书证和电子数据。"]))  # fmt: skip
    if r.random() < 0.6:
        doc.t("案件经本机关法制审核机构审核")
        if len(offs) > 2:
            doc.t("（审核人员：").k("officer_name", offs[2][0]).t("）")
        doc.t("，并经本机关负责人" + r.choice(["集体讨论", "审批"]) + "。")
    doc.t("\n")


_DISCRETION = [
    "本机关综合考虑当事人违法行为的事实、性质、情节以及社会危害程度，当事人系初次违法，到案后如实陈述违法事实，"
    "并积极配合调查，主动消除违法行为的部分危害后果，符合",
    "鉴于当事人在案件调查过程中能够主动配合执法人员调查取证，如实说明违法事实，认错态度较好，且违法行为持续时间较短、"
    "涉及范围较小，尚未造成严重社会影响，符合",
    "经审查，当事人的违法行为持续时间长、社会影响较大，且在执法人员责令改正后仍未及时改正，不符合从轻处罚的条件；"
    "但考虑到当事人家庭经济困难，本机关在法定幅度内酌情确定处罚数额，符合",
]


def _discretion(doc: Doc) -> None:
    r = doc.r
    k = r.randrange(len(_DISCRETION))
    doc.t(_DISCRETION[k])
    if k < 2:
        _law(doc, "《中华人民共和国行政处罚法》", "第三十二条第（一）项" if k == 0 else "第三十二条第（五）项").t("规定的从轻处罚情形。")
    else:
        doc.t("过罚相当原则。")
    doc.t("\n")


def _publish(doc: Doc, cty: County) -> None:
    r = doc.r
    doc.t("根据")
    _law(doc, "《中华人民共和国行政处罚法》", "第四十八条").t("的规定，本决定将自作出之日起" + r.choice(["七个工作日", "20个工作日"]) + "内在")
    doc.k("agency_name", cty.county + "人民政府").t("门户网站" + r.choice(["及“信用中国”网站", "“双公示”专栏", ""]) + "予以公开，")
    doc.t("公开时将依法隐去自然人的身份证号码、住址、联系方式等个人信息。\n")


def _evidence(doc: Doc, lines: list[Callable[[], object] | str]) -> None:
    """A numbered evidence list; an entry is a string or a callable that writes it."""
    r = doc.r
    doc.t(r.choice(["上述事实，有下列证据证明：\n", "以上事实有以下证据证实：\n", "认定上述事实的主要证据有：\n"]))
    numbered = r.random() < 0.6
    for i, e in enumerate(lines, 1):
        doc.t(f"{i}." if numbered else f"证据{CN_DIGITS[i] if i < 10 else i}：")
        if callable(e):
            e()
        else:
            doc.t(e)
        doc.t("；\n" if i < len(lines) else "。\n")


def _ev_iv(doc: Doc, p: Person, what: str) -> Callable[[], object]:
    def write() -> None:
        doc.t("对")
        N(doc, p).t(f"的询问笔录{doc.r.randint(1, 3)}份，证明{what}")

    return write


_EV_COMMON = ["现场检查笔录及现场照片，证明检查时的现场情况", "执法记录仪视频资料光盘一张，证明执法过程",
              "当事人身份证复印件，证明当事人的主体资格", "《责令改正通知书》及送达回证，证明本机关已责令当事人改正",
              "调取的书证材料，证明相关事实", "《行政处罚告知书》及送达回证，证明本机关已履行告知义务"]  # fmt: skip


def _ev_common(doc: Doc, n: int) -> list[str]:
    return doc.r.sample(_EV_COMMON, n)


_PLEAS = [
    ("当事人提出：其对法律规定不了解，系初次违法，且已经改正，家庭经济困难，请求减轻处罚。",
     "本机关复核认为，当事人不了解法律规定不能成为免责理由；当事人初次违法并已改正的情节，本机关在裁量时已予考虑。"),
    ("当事人提出：本机关认定的面积、数量有误，部分事实系他人所为，与其无关。",
     "本机关复核认为，认定的事实有现场测量数据、询问笔录及照片等证据相互印证，当事人未提供相反证据，其申辩意见不予采纳。"),
    ("当事人提出：执法人员检查时未出示执法证件，程序违法。",
     "本机关复核认为，执法记录仪视频显示执法人员在检查开始时已出示执法证件并告知相关权利，当事人的申辩意见与事实不符，不予采纳。"),
]


def _plea(doc: Doc) -> None:
    a, b = doc.r.choice(_PLEAS)
    doc.t(a + b + "\n")


# ---- web: a published decision page (城管) -----------------------------------------------------------

GOODS_STALL = ["水果", "烧烤", "臭豆腐", "蔬菜", "炒粉", "凉皮", "手机壳", "袜子等小商品", "花卉", "卤菜"]


def w_urban(doc: Doc) -> None:
    """A county 城管 decision (占道经营 or a rooftop extension) published on the county portal and
    copied out of the browser."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 5, 80)
    agency = _agency(doc, cty, "urban")
    docno = _docno(doc, cty, "urban", days[-1].year)
    case = r.choice(["vendor", "vendor", "build"])
    p = _person(doc, born=r.randint(1955, 1996), cty=cty, rural=case == "vendor" and r.random() < 0.6, local=0.9)
    if r.random() < 0.25:
        _rare(doc, p)
    offs = _officers(doc, cty, 3)
    what = "占道经营" if case == "vendor" else "违法建设"

    def title(d: Doc) -> None:
        if r.random() < 0.5:
            d.t("关于对")
            N(d, p)
            d.t(f"{what}行为的行政处罚决定书")
        else:
            d.k("agency_name", agency).t("行政处罚决定书（").k("doc_number", docno).t("）")

    _web_open(doc, agency, cty, title, days[-1])
    _head(doc, agency, "行政处罚决定书", docno)
    label = _party_label(doc, cty)
    _party(doc, p, label, days[-1])
    style = _style(doc, cty)
    _procedure(doc, days[2], offs, r.choice(["群众投诉举报", "本局执法人员日常巡查发现", "12345热线转办"]))
    _section(doc, style, 0, "违法事实和证据")
    if case == "vendor":
        wife = _kin(doc, p, "妻" if p.gender == "男" else "夫")
        place = _place(doc, cty)
        goods = r.choice(GOODS_STALL)
        doc.t("经查，")
        D(doc, days[0]).t(_clock(doc, 9, 21) + "，")
        OF(doc, offs[:2], "本局执法人员").t("在").k("place", place).t("巡查时发现，当事人")
        if r.random() < 0.5:
            doc.t("驾驶车牌号为").p("vehicle_plate", _plate(doc, cty)).t("的电动三轮车")
        else:
            doc.t("利用一辆无牌电动三轮车")
        doc.t(f"在该处摆卖{goods}，占用城市道路约{r.randint(3, 20)}平方米。执法人员当场责令其停止违法行为，当事人随即离开。")
        D(doc, days[1], "md").t("、")
        D(doc, days[2], "md").t("，当事人又先后两次在该处占道经营，其" + ("妻子" if p.gender == "男" else "丈夫"))
        N(doc, wife).t("在摊位帮忙收款。时值")
        TM(doc, "高温").t("天气，当事人摊位的遮阳伞、桌椅占用")
        TM(doc, "马路").t("及人行道，影响行人通行和")
        TM(doc, "周边").t("商户正常经营，附近居民多次通过12345热线投诉。\n")
        _evidence(doc, [_ev_iv(doc, p, "当事人多次占道经营的事实"), _ev_iv(doc, wife, "其在摊位帮忙收款的事实"),
                        f"现场照片{r.randint(4, 16)}张，证明当事人占道经营的位置和面积"] + _ev_common(doc, 2))  # fmt: skip
        _section(doc, style, 1, "处罚依据和处罚决定")
        doc.t("本局认为，当事人擅自占用城市道路经营的行为违反了")
        _law(doc, "《城市道路管理条例》", "第二十七条第（一）项").t("的规定。")
        _notice_done(doc, days[3], False, r.choice(["当事人在法定期限内未提出陈述、申辩。", "当事人提出其家庭困难，请求从轻处罚。"]))
        if r.random() < 0.5:
            _plea(doc)
        _discretion(doc)
        doc.t("依据")
        _law(doc, "《城市道路管理条例》", "第四十二条").t("的规定，本局决定对当事人作出如下行政处罚：\n罚款")
        M(doc, _fine(doc, 200, 2000)).t("。\n")
    else:
        neighbour = _person(doc, cty=cty, local=1.0, rural=False)
        area = round(r.uniform(18, 95), 1)
        doc.t("经查，当事人于")
        D(doc, days[0] - timedelta(days=r.randint(20, 90)), "md").t("起，未取得建设工程规划许可证，在其位于")
        doc.t(cty.county).p("address", p.address_detail).t(f"的自有住宅楼顶擅自搭建钢结构彩钢瓦房屋一间，建筑面积约{area}㎡，")
        doc.t("高度约")
        doc.t(f"{round(r.uniform(2.6, 3.8), 1)}米。该住宅不动产权证号为").p("property_certificate", _property_cert(doc, cty, r.randint(2012, 2022)))
        doc.t("，证载用途为住宅，证载层数" + str(r.randint(5, 7)) + "层。")
        D(doc, days[1]).t("，邻居")
        N(doc, neighbour).t("向本局投诉，称楼顶加建影响其房屋安全及采光。")
        OF(doc, offs[:2], "本局执法人员").t("于")
        D(doc, days[2]).t("进行现场勘验，并制作了勘验笔录。\n")
        doc.t("上述事实有投诉记录、现场勘验笔录及照片、测量图、当事人")
        N(doc, p).t("的询问笔录、不动产登记信息查询结果等证据证实。\n")
        _section(doc, style, 1, "处罚依据和处罚决定")
        doc.t("本局认为，当事人的行为违反了")
        _law(doc, "《中华人民共和国城乡规划法》", "第四十条第一款").t("的规定，且无法采取改正措施消除对规划实施的影响。")
        _notice_done(doc, days[3], True, "当事人未在规定期限内提出陈述、申辩和听证申请。")
        doc.t("依据")
        _law(doc, "《中华人民共和国城乡规划法》", "第六十四条").t("的规定，本局决定：责令当事人于")
        D(doc, days[-1] + timedelta(days=r.randint(10, 30))).t("前自行拆除上述违法建筑。\n")
    if case == "vendor":
        _pay_line(doc)
    _relief(doc, cty)
    if r.random() < 0.5:
        _publish(doc, cty)
    _foot(doc, agency, cty, days[-1])
    _web_close(doc, cty)


# ---- web: a 处罚结果公示 list converted to a markdown table ------------------------------------------

_LIST_CASES = [
    ("market", "未明码标价", "《中华人民共和国价格法》", "第十三条第一款", "第四十二条", (500, 5000)),
    ("market", "使用未经检定的计量器具", "《中华人民共和国计量法实施细则》", "第十一条", "第四十三条", (200, 1000)),
    ("market", "销售过期食品", "《中华人民共和国食品安全法》", "第三十四条第（十）项", "第一百二十四条第一款第（五）项", (5000, 50000)),
    ("safety", "未经许可经营烟花爆竹", "《烟花爆竹安全管理条例》", "第三条", "第三十六条第一款", (20000, 100000)),
    ("safety", "未取得零售许可证销售烟花爆竹", "《烟花爆竹经营许可实施办法》", "第三条", "第三十一条", (1000, 5000)),
]


def w_table(doc: Doc) -> None:
    """A 行政处罚结果信息公示 list page: a web-to-text converter turned its table into ``|`` rows.
    Natural persons' names and ID numbers are hidden; companies, their codes and 法定代表人 stay."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 8, 90)
    domain = r.choice(["market", "safety", "market"])
    agency = _agency(doc, cty, domain)
    cases = [c for c in _LIST_CASES if c[0] == domain]
    _web_open(doc, agency, cty, f"{agency}行政处罚结果信息公示（{days[-1].year}年第{r.randint(1, 12)}期）", days[-1])
    doc.t("根据")
    _law(doc, "《中华人民共和国政府信息公开条例》").t("及行政执法公示制度的有关要求，现将我局近期作出的行政处罚结果公示如下：\n\n")
    wide = r.random() < 0.5
    if wide:
        doc.t("| 序号 | 行政相对人名称 | 相对人类别 | 统一社会信用代码/身份证号 | 法定代表人/经营者 | 决定书文号 | 违法行为 | 处罚依据 | 处罚内容 | 罚款（元） | 决定日期 |\n")
        doc.t("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n")
    else:
        doc.t("|序号|当事人|证件号码|决定书文号|违法事实|处罚结果|作出日期|\n|:-:|:--|:--|:--|:--|:--|:--|\n")
    nrows = r.randint(4, 7)
    dstyle = r.choice(["dash", "slash", "cn"])
    person_rows = []
    for i in range(nrows):
        kind = r.choice(["person", "person", "shop", "co"])
        case = r.choice(cases)
        docno = _docno(doc, cty, domain, days[-1].year)
        fine = _fine(doc, *case[5])
        day = days[i]
        doc.t(f"| {i + 1} | ")
        op = None
        if kind == "person":
            op = _person(doc, cty=cty, born=r.randint(1958, 1998))
            person_rows.append((i + 1, op))
            N(doc, op)
            doc.t(" | 自然人 | " if wide else " | ")
            I(doc, op)
            doc.t(" | &nbsp; | " if wide else " | ")
        elif kind == "shop":
            op = _person(doc, cty=cty, born=r.randint(1960, 1995))
            shop = r.choice(NAMED_SHOPS) if r.random() < 0.5 else cty.county[:2] + r.choice(TRADE) + r.choice(["超市", "烟花爆竹店", "副食店", "农资店"])
            doc.k("org_name", shop)
            doc.t(" | 个体工商户 | " if wide else " | ")
            doc.k("credit_code", _uscc(doc, cty, "92")).t(" | ")
            if wide:
                N(doc, op).t(" | ")
        else:
            rep = _person(doc, cty=cty, born=r.randint(1962, 1990))
            doc.k("org_name", _company(doc, cty, ["商贸", "贸易", "超市", "实业"]))
            doc.t(" | 法人及非法人组织 | " if wide else " | ")
            doc.k("credit_code", _uscc(doc, cty)).t(" | ")
            if wide:
                doc.k("legal_rep", rep.name).t(" | ")
                _keep(doc, rep.name, 0.3)
        doc.k("doc_number", docno).t(f" | {case[1]} | ")
        if wide:
            _law(doc, case[2], case[4]).t(" | ")
            doc.t("罚款 | ").k("amount", str(fine)).t(" | ")
        else:
            doc.t("警告，罚款").k("amount", f"{fine}元").t(" | ")
        D(doc, day, dstyle).t(" |\n")
        if op is not None and kind == "shop" and not wide and r.random() < 0.5:
            doc.t("|  | （经营者：")
            N(doc, op).t("） |  |  |  |  |  |\n")
    doc.t(f"\n共 {nrows} 条记录  第 1/1 页  首页 上一页 下一页 尾页\n\n")
    doc.t("以上公示内容如有异议，请于公示之日起七个工作日内向本局反映。\n监督电话：").k("agency_phone", _landline(doc, cty))
    doc.t("\n")
    doc.t("备注：第1条当事人已于")
    D(doc, days[-1] - timedelta(days=r.randint(1, 5)), "md").t("缴清罚款")
    if person_rows:
        row, op = person_rows[-1]
        rel = r.choice(["妻" if op.gender == "男" else "夫", "母", "兄"])
        agent = _kin(doc, op, rel)
        doc.t(f"；第{row}条当事人委托其" + rel)
        N(doc, agent).t("（身份证号：")
        I(doc, agent).t("）代为签收决定书")
    doc.t("。\n")
    doc.k("agency_name", agency).t("\n")
    D(doc, days[-1]).t("\n")
    _web_close(doc, cty, "text")


# ---- web: a case page of an online case-handling system (交通: 网约车/非法营运) ------------------------


def w_case(doc: Doc) -> None:
    """The 案件详情 page of a 行政执法综合管理平台 for an unlicensed ride-hailing case, copied as text:
    label/value pairs with &ensp;, a party table and the 办理流程 table with officers."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 6, 50)
    agency = _agency(doc, cty, "traffic")
    drv = _person(doc, sex="男" if r.random() < 0.9 else "女", born=r.randint(1965, 1998), cty=cty)
    if r.random() < 0.15:
        _rare(doc, drv)
    owner = _kin(doc, drv, "妻" if drv.gender == "男" else "夫") if r.random() < 0.5 else drv
    pas = [_person(doc, cty=cty, born=r.randint(1960, 2004)) for _ in range(r.randint(1, 3))]
    offs = _officers(doc, cty, 4)
    plate = _plate(doc, cty)
    year = days[-1].year
    case_no = f"{cty.code}{year}{r.choice(['JT', 'YS'])}{r.randint(1, 9999):05d}"
    doc.t(r.choice(["行政执法综合管理平台", "交通运输综合执法办案系统", "XX省行政执法与监督平台"]).replace("XX省", cty.prov or cty.city))
    doc.t("  当前位置：案件办理 > 在办案件 > 案件详情\n")
    doc.t("[返回]  [打印]  [导出PDF]  [流程图]\n")
    _st(doc)["web_start"] = doc.n
    sep = r.choice(["&ensp;", "&nbsp;", "："])
    doc.t(f"案件编号{sep}{case_no}\n案件名称{sep}")
    N(doc, drv).t("涉嫌未取得经营许可擅自从事网约车经营案\n")
    doc.t(f"案件来源{sep}" + r.choice(["日常巡查", "12328投诉举报", "联合执法检查"]) + f"\n立案日期{sep}")
    D(doc, days[1], "dash").t(f"\n办案机构{sep}").k("agency_name", agency).t(f"\n当前环节{sep}" + r.choice(["法制审核", "负责人审批", "决定送达", "结案"]) + "\n\n")
    doc.t("当事人信息\n| 类型 | 姓名 | 性别 | 证件号码 | 联系电话 | 住址 |\n|---|---|---|---|---|---|\n")
    doc.t("| 个人 | ")
    N(doc, drv).t(f" | {drv.gender} | ")
    I(doc, drv).t(" | ")
    P(doc, drv).t(" | ")
    A(doc, drv, r.choice(["full", "county"])).t(" |\n\n")
    doc.t("车辆信息\n| 车牌号码 | 车辆类型 | 品牌型号 | 车辆所有人 | 道路运输证号 |\n|---|---|---|---|---|\n| ")
    doc.p("vehicle_plate", plate).t(" | 小型轿车 | " + r.choice(["比亚迪秦PLUS", "大众朗逸", "丰田卡罗拉", "吉利帝豪", "日产轩逸"]) + " | ")
    N(doc, owner).t(" | 无 |\n\n")
    doc.t("案情摘要\n")
    D(doc, days[0]).t(_clock(doc, 7, 22) + "，")
    OF(doc, offs[:2], "执法人员").t("在").k("place", r.choice(["县汽车站出站口", "高铁站东广场", "县人民医院门口", cty.county + "中山路公交站"]))
    doc.t("依法检查车牌号为").p("vehicle_plate", plate).t("的小型轿车，驾驶员")
    N(doc, drv).t("未能出示《网络预约出租汽车运输证》和《网络预约出租汽车驾驶员证》。车上乘客")
    for i, q in enumerate(pas):
        doc.t("、" if i else "")
        N(doc, q)
    fare = r.randint(15, 120)
    doc.t(f"称系通过手机软件约车，约定车费{fare}元，")
    if r.random() < 0.6:
        doc.t("已通过微信转账付给驾驶员（驾驶员微信号：").p("contact", _wechat(doc)).t("）。")
    else:
        doc.t("尚未支付。乘客")
        N(doc, pas[0]).t("联系电话：")
        P(doc, pas[0]).t("。")
    doc.t("经查询，该车辆未取得网约车运输证，驾驶员未取得网约车驾驶员证。\n\n")
    doc.t("证据材料\n| 序号 | 证据名称 | 提供人 | 页数 |\n|---|---|---|---|\n")
    doc.t("| 1 | 现场检查笔录 | 执法人员 | 2 |\n| 2 | 询问笔录（驾驶员） | ")
    N(doc, drv).t(" | 4 |\n| 3 | 询问笔录（乘客） | ")
    N(doc, pas[0]).t(" | 2 |\n")
    doc.t("| 4 | 行驶证、驾驶证复印件 | ")
    N(doc, drv).t(" | 2 |\n| 5 | 手机约车订单截图 | ")
    N(doc, pas[-1]).t(" | 1 |\n\n")
    doc.t("办理流程\n| 环节 | 办理人 | 办理意见 | 办理时间 |\n|---|---|---|---|\n")
    steps = [("立案", offs[0][0], "同意立案，由" + offs[0][0] + "、" + offs[1][0] + "承办。"),
             ("调查终结", offs[1][0], "事实清楚，建议罚款"),
             ("法制审核", offs[2][0], "证据确实充分，适用法律正确，同意。"),
             ("负责人审批", offs[3][0], "同意。")]  # fmt: skip
    fine = _fine(doc, 3000, 10000, 500)
    for i, (step, who, opinion) in enumerate(steps):
        doc.t(f"| {step} | ").k("officer_name", who).t(" | ")
        if i == 0:
            doc.t("同意立案，由").k("officer_name", offs[0][0]).t("、").k("officer_name", offs[1][0]).t("承办。")
        elif i == 1:
            doc.t("事实清楚，建议罚款").k("amount", f"{fine}元").t("。")
        else:
            doc.t(opinion)
        doc.t(" | ")
        D(doc, days[min(i + 1, 4)], "dash").t(f" {r.randint(8, 17):02d}:{r.randint(0, 59):02d} |\n")
    doc.t("\n处罚依据\n违反")
    _law(doc, "《网络预约出租汽车经营服务管理暂行办法》", "第十三条").t("、").k("article", "第十五条").t("，依据")
    _law(doc, "《网络预约出租汽车经营服务管理暂行办法》", "第三十四条第（一）项").t("，拟处罚款")
    M(doc, fine).t("。\n")
    if r.random() < 0.5:
        doc.t("备注：当事人称车辆系其")
        doc.t("贷款购买，每月还车贷").p("financial", f"{r.randint(18, 45)}00元").t("，请求从轻处罚。\n")
    _st(doc)["web"] = (_st(doc).pop("web_start"), doc.n, r.choice(["text", "br"]))
    doc.t("\n操作人：").k("officer_name", offs[1][0]).t("    最后更新：")
    D(doc, days[-1], "dash").t(f" {r.randint(8, 17):02d}:{r.randint(0, 59):02d}\n© {cty.prov or cty.city}交通运输厅 版权所有  技术支持：")
    doc.t(r.choice(["数字政府建设运营中心", "政务云运维服务商"]) + "\n")


# ---- web: 许可公示 / 宅基地批前公示 ------------------------------------------------------------------


def _fish_permit(doc: Doc, cty: County, year: int) -> str:
    r = doc.r
    return f"（{cty.plate[0]}{cty.county[:1]}）船捕（{year}）{r.choice(['NP', 'HY', 'NB'])}-{r.randint(0, 999999):06d}号"


def _cut_permit(doc: Doc, cty: County, year: int) -> str:
    r = doc.r
    if _st(doc).setdefault("cut_style", r.random()) < 0.5:
        return f"{cty.code}{year}{r.randint(0, 99999):05d}"
    return f"{cty.county[:1]}林采许字〔{year}〕第{r.randint(1, 999):03d}号"


def w_permit(doc: Doc) -> None:
    """A 行政许可公示 page (渔业捕捞 or 林木采伐) with a ``|`` table, or a 农村宅基地批前公示 with the
    household, the plot's 四至 (the neighbours by name) and the village."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 6, 40)
    kind = r.choice(["fish", "cut", "home"])
    if kind == "home":
        town = r.choice(TOWNS)
        gov = cty.county + town + "人民政府"
        village = r.choice(VILLAGES)
        app = _person(doc, sex="男" if r.random() < 0.8 else "女", born=r.randint(1965, 1996), cty=cty, rural=True, local=1.0)
        app.address_detail = town + village + f"{r.randint(1, 12)}组{r.randint(1, 90)}号"
        if r.random() < 0.2:
            _rare(doc, app)
        spouse = _kin(doc, app, "妻" if app.gender == "男" else "夫")
        kids = [_kin(doc, app, r.choice(["子", "女"])) for _ in range(r.randint(0, 2))]
        father = _kin(doc, app, "父")
        nb = [_person(doc, cty=cty, local=1.0, rural=True) for _ in range(2)]
        _web_open(doc, gov, cty, f"{town}农村宅基地和建房（规划许可）批前公示（{days[-1].year}年第{r.randint(1, 30)}批）", days[-1])
        doc.t("根据")
        _law(doc, "《中华人民共和国土地管理法》", "第六十二条").t("和")
        _law(doc, "《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》" if r.random() < 0.5 else f"《{cty.prov or cty.city}农村宅基地管理办法》").t("等规定，经村民小组讨论、")
        doc.k("org_name", village[:-1] + "村民委员会").t("审查，现将下列农户申请宅基地建房事项予以公示：\n\n")
        doc.t("| 户主姓名 | 身份证号码 | 家庭人口 | 申请理由 | 建房地点 | 占地面积 | 建筑面积 | 层数 |\n|---|---|---|---|---|---|---|---|\n| ")
        N(doc, app).t(" | ")
        I(doc, app).t(f" | {2 + len(kids) + 1}人 | " + r.choice(["分户新建", "危房拆除重建", "无房户新建"]) + " | ")
        doc.k("place", village + f"{r.randint(1, 12)}组").t(f" | {r.randint(90, 150)}㎡ | {r.randint(180, 360)}㎡ | {r.choice(['二', '三'])}层 |\n\n")
        doc.t("家庭成员：")
        N(doc, app).t("（户主）、")
        N(doc, spouse).t("（" + ("妻" if app.gender == "男" else "夫") + "）")
        for k in kids:
            doc.t("、")
            N(doc, k).t("（" + ("子" if k.gender == "男" else "女") + "）")
        doc.t("。申请人现住")
        A(doc, app, "county").t("，系与其父")
        N(doc, father).t("共同居住的" + r.choice(["土木结构", "砖木结构"]) + "老房，")
        if r.random() < 0.5:
            doc.t("原宅基地使用权证号").p("property_certificate", _property_cert(doc, cty, r.randint(1995, 2015))).t("，")
        doc.t("拟拆旧建新，旧宅基地退还集体。\n")
        doc.t("宅基地四至：东至")
        N(doc, nb[0]).t("宅基地，南至村道，西至")
        N(doc, nb[1]).t("承包地，北至")
        TM(doc, r.choice(["林地", "田埂", "鱼塘"])).t("。\n")
        leader = _person(doc, sex="男", born=r.randint(1960, 1985), cty=cty, rural=True, local=1.0)
        chief = _person(doc, born=r.randint(1965, 1988), cty=cty, rural=True, local=1.0)
        doc.t("审查意见：\n村民小组意见：经" + str(r.randint(12, 40)) + "户户主会议讨论，同意申请。组长：")
        N(doc, leader).t("\n村民委员会意见：申请人符合分户建房条件，同意上报。主任：")
        N(doc, chief).t("\n镇自然资源所意见：选址符合村庄规划，不占用永久基本农田。经办人：").k("officer_name", _officers(doc, cty, 1)[0][0]).t("\n")
        if r.random() < 0.5:
            doc.t("申请人联系电话：")
            P(doc, app).t("\n")
        doc.t("附件：1.农村宅基地和建房（规划许可）申请表；2.村民小组会议记录；3.宅基地四至示意图；4.农房设计图纸。\n")
        doc.t("公示期：")
        D(doc, days[-1], r.choice(["cn", "dash"])).t("至")
        D(doc, days[-1] + timedelta(days=7), r.choice(["cn", "dash"])).t(f"（{r.choice(['5', '7'])}个工作日）。")
        doc.t("公示期内如有异议，请向镇自然资源所或农业综合服务中心反映。\n监督电话：").k("agency_phone", _landline(doc, cty)).t("\n\n")
        doc.k("agency_name", gov).t("\n")
        D(doc, days[-1]).t("\n")
        _web_close(doc, cty)
        return
    domain = "agri" if kind == "fish" else "forest"
    agency = _agency(doc, cty, domain)
    what = "渔业捕捞许可证核发" if kind == "fish" else "林木采伐许可证核发"
    _web_open(doc, agency, cty, f"{agency}{what}行政许可信息公示", days[-1])
    doc.t(f"根据“双公示”工作要求，现将{days[-1].year}年{r.choice(['第一', '第二', '第三'])}季度{what}结果公示如下：\n\n")
    if kind == "fish":
        doc.t("| 序号 | 持证人 | 证件号码 | 船名号 | 许可证编号 | 作业类型 | 作业场所 | 有效期限 |\n|---|---|---|---|---|---|---|---|\n")
    else:
        doc.t("| 序号 | 申请人 | 证件号码 | 许可证号 | 采伐地点 | 树种 | 采伐方式 | 蓄积（m³） | 有效期 |\n|---|---|---|---|---|---|---|---|---|\n")
    rows = r.randint(5, 9)
    for i in range(rows):
        is_org = r.random() < 0.25
        day = days[min(i, len(days) - 1)]
        doc.t(f"| {i + 1} | ")
        if is_org:
            doc.k("org_name", cty.county[:2] + r.choice(["兴农", "绿源", "丰收", "青山", "碧水"]) + ("渔业专业合作社" if kind == "fish" else "林业专业合作社"))
            doc.t(" | ").k("credit_code", _uscc(doc, cty, "93")).t(" | ")
        else:
            q = _person(doc, cty=cty, born=r.randint(1955, 1992), rural=True, local=0.95)
            N(doc, q).t(" | ")
            I(doc, q).t(" | ")
        if kind == "fish":
            doc.t(f"{cty.county[:2]}渔{r.randint(10000, 99999)} | ")
            num = _fish_permit(doc, cty, day.year)
            doc.k("permit_number", num) if is_org else doc.p("other_id", num)
            doc.t(" | " + r.choice(["刺网", "地笼", "钓具", "张网"]) + " | " + r.choice(["县境内内陆水域", "水库库区", "江段"]) + " | ")
            D(doc, day, "dash").t("至")
            D(doc, day + timedelta(days=365 * 5 - 1), "dash").t(" |\n")
        else:
            num = _cut_permit(doc, cty, day.year)
            doc.k("permit_number", num) if is_org else doc.p("other_id", num)
            doc.t(" | ").k("place", r.choice(TOWNS) + r.choice(VILLAGES) + r.choice(["后背山", "大冲", "杉木坳", "对门岭"]))
            doc.t(" | " + r.choice(["杉木", "马尾松", "杨树", "桉树", "湿地松"]) + " | " + r.choice(["皆伐", "择伐", "更新采伐"]) + f" | {round(r.uniform(8, 180), 1)} | ")
            D(doc, day, "dash").t("至")
            D(doc, day + timedelta(days=r.choice([90, 180, 364])), "dash").t(" |\n")
    doc.t("\n说明：1.表中许可证有效期届满需继续" + ("作业" if kind == "fish" else "采伐") + "的，应当在有效期届满三十日前申请延续；")
    doc.t("2.持证人应当按照许可内容从事活动，不得涂改、转让许可证；3.公示期为七个工作日。\n")
    doc.t("如对上述许可有异议，请在公示期内与本局联系。联系电话：").k("agency_phone", _landline(doc, cty)).t("\n")
    doc.k("agency_name", agency).t("\n")
    D(doc, days[-1]).t("\n")
    _web_close(doc, cty, "text")


# ---- web: 留言回复 (12345 / 部门信箱) ------------------------------------------------------------------


def w_reply(doc: Doc) -> None:
    """A 网上留言 and the agency's reply, copied from the county's 政民互动 page: a worker's unpaid
    wages (人社) or a parent's complaint about an unlicensed tutoring class (教育)."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 5, 40)
    topic = r.choice(["wage", "wage", "tutor"])
    domain = "labour" if topic == "wage" else "edu"
    agency = _agency(doc, cty, domain)
    writer = _person(doc, born=r.randint(1965, 1995), cty=cty)
    if r.random() < 0.2:
        _rare(doc, writer)
    doc.t(f"{cty.county}人民政府门户网站 > 政民互动 > " + r.choice(["县长信箱", "部门信箱", "12345热线留言"]) + "\n")
    doc.t("留言详情\n")
    _st(doc)["web_start"] = doc.n
    no = f"{r.choice(['LY', 'XX', ''])}{days[0]:%Y%m%d}{r.randint(1000, 9999)}"
    sep = r.choice(["：", "：&nbsp;", "&ensp;"])
    doc.t(f"留言编号{sep}{no}\n留言标题{sep}")
    if topic == "wage":
        site = r.choice(["安置小区", "学校宿舍楼", "人民医院住院楼", "商业综合体", "农贸市场改造"])
        co = _company(doc, cty, ["建筑工程", "建设", "建工"])
        boss = _person(doc, sex="男", born=r.randint(1965, 1985), cty=cty, local=0.6)
        nick = _nick(doc, boss)
        mates = [_person(doc, sex="男", born=r.randint(1960, 1998), cty=cty) for _ in range(r.randint(2, 3))]
        owed = r.randint(12, 60) * 1000
        total = owed * (len(mates) + 1) + r.randint(1, 9) * 1000
        doc.t(f"{site}项目拖欠农民工工资，求助！\n留言人{sep}")
        N(doc, writer).t(f"\n联系电话{sep}")
        P(doc, writer).t(f"\n留言时间{sep}")
        D(doc, days[0], "dash").t(f" {r.randint(7, 23):02d}:{r.randint(0, 59):02d}\n留言内容{sep}")
        doc.t("我家住").t(writer.region[2]).p("address", writer.address_detail).t("，")
        D(doc, days[0] - timedelta(days=r.randint(200, 400)), "md").t("起跟着包工头")
        N(doc, boss).t("（大家都叫他“")
        NK(doc, boss, nick).t("”）在").k("org_name", co).t(f"承建的{site}工地做木工，")
        doc.t("说好每天").k("amount", f"{r.randint(28, 42)}0元").t("。工程完工大半年了，我的工资还有").p("financial", f"{owed}元").t("没结，")
        doc.t("和我一起的")
        for i, m in enumerate(mates):
            doc.t("、" if i else "")
            N(doc, m)
        doc.t(f"等{len(mates) + 1}人一共被欠").p("financial", f"{total // 10000}万多元").t("。")
        NK(doc, boss, nick).t("电话不接，微信（").p("contact", _wechat(doc)).t("）也把我们拉黑了。")
        doc.t("公司说工程款早就付给").t(boss.surname + "老板" if boss.surname else "他").t("了。过年要回家，孩子上学要钱，请政府帮帮我们！\n")
        doc.t(f"回复单位{sep}").k("agency_name", agency).t(f"\n回复时间{sep}")
        D(doc, days[-1], "dash").t(f"\n回复内容{sep}")
        writer_ref = r.choice(["您好！", ""])
        doc.t(writer_ref + "收到留言后，我局劳动保障监察大队立即开展调查。经查，")
        doc.k("org_name", co).t(f"承建的{site}项目劳务由自然人")
        N(doc, boss).t("（身份证号：")
        I(doc, boss).t("）承包，")
        N(doc, boss).t(f"共拖欠{len(mates) + 2}名农民工工资")
        M(doc, total, "plain").t("。")
        D(doc, days[2]).t("，我局向该公司送达《劳动保障监察限期改正指令书》，责令其依据")
        _law(doc, "《保障农民工工资支付条例》", "第三十条").t("的规定先行清偿。")
        D(doc, days[3], "md").t("，该公司已将拖欠工资全部支付，其中您的工资")
        doc.p("financial", f"{owed}元").t("已转入您尾号为" + _digits(doc, 4) + "的")
        doc.t(r.choice(["农业银行", "农村信用社", "邮政储蓄银行"]) + "账户，")
        N(doc, mates[0]).t("等人的工资通过农民工工资专用账户代发，明细如下：\n")
        doc.t("| 姓名 | 拖欠工资 | 支付方式 | 支付日期 |\n|---|---|---|---|\n")
        for m in [writer, *mates]:
            doc.t("| ")
            N(doc, m).t(" | ").p("financial", f"{(owed if m is writer else r.randint(8, 50) * 1000)}元").t(" | ")
            if r.random() < 0.5:
                bank, num = _card(doc)
                doc.t(bank + " ").p("bank_account", num)
            else:
                doc.t("专用账户代发")
            doc.t(" | ")
            D(doc, days[3], "dash").t(" |\n")
        doc.t("同时，我局已对")
        N(doc, boss).t("违法分包、拖欠工资的行为进行约谈，并依法将相关线索移送。感谢您对我们工作的监督！如有疑问，请拨打")
        doc.k("agency_phone", _landline(doc, cty)).t("。\n")
    else:
        org = r.choice(["学霸", "启航", "优思", "博学", "领航", "新起点"]) + r.choice(["教育", "辅导班", "托管中心", "书法美术"])
        tutor = _person(doc, sex="女" if r.random() < 0.7 else "男", born=r.randint(1980, 1999), cty=cty, rural=False, local=1.0)
        child = _kin(doc, writer, r.choice(["子", "女"]))
        child.extra["birth"] = date(r.randint(2011, 2016), child.extra["birth"].month, child.extra["birth"].day)
        fee = r.randint(18, 68) * 100
        doc.t(f"{cty.county}“{org}”违规开展学科类培训且拒不退费\n留言人{sep}")
        N(doc, writer).t(f"\n电子邮箱{sep}").p("email", _email(doc)).t(f"\n留言时间{sep}")
        D(doc, days[0], "dash").t(f"\n留言内容{sep}")
        doc.t("我家孩子")
        N(doc, child).t(f"读{r.choice(['四', '五', '六'])}年级，")
        D(doc, days[0] - timedelta(days=r.randint(60, 150)), "md").t(f"在“{org}”报了数学、英语辅导班，交了").k("amount", f"{fee}元")
        doc.t("，钱是微信转给负责人")
        N(doc, tutor).t("个人的（微信号").p("contact", _wechat(doc)).t("）。上课地点就在")
        N(doc, tutor).t("租的房子，").t(cty.county).p("address", tutor.address_detail).t("，十几个孩子挤在客厅，没有消防通道。")
        doc.t("后来听说他们根本没有办学许可，我要求退费，")
        G(doc, tutor).t("老师一直拖着不退。请教育局管一管！\n")
        doc.t(f"回复单位{sep}").k("agency_name", agency).t(f"\n回复时间{sep}")
        D(doc, days[-1], "dash").t(f"\n回复内容{sep}")
        doc.t("您反映的问题已收悉。")
        D(doc, days[2], "md").t("，我局会同").k("agency_name", _agency(doc, cty, "market")).t("及属地街道对该培训点进行了检查，")
        doc.t("现场有" + str(r.randint(8, 20)) + "名中小学生，举办者")
        N(doc, tutor).t("未取得办学许可证，擅自开展学科类校外培训。我局已依据")
        _law(doc, "《校外培训行政处罚暂行办法》", "第十三条").t("责令其立即停止培训、退还所收费用，并立案调查。")
        D(doc, days[3], "md").t("，")
        N(doc, tutor).t("已将").k("amount", f"{fee}元").t("退还到您的微信账户。")
        others = [_person(doc, born=r.randint(1978, 1992), cty=cty, local=1.0) for _ in range(r.randint(2, 3))]
        doc.t("另有家长")
        for i, o in enumerate(others):
            doc.t("、" if i else "")
            N(doc, o)
        doc.t("等" + str(len(others) + r.randint(3, 9)) + "人的培训费也已全部退还。我局将对该培训点依法作出行政处罚，并会同属地街道加强")
        TM(doc, "周边").t("区域巡查。")
        doc.t("欢迎继续监督。咨询电话：").k("agency_phone", _landline(doc, cty)).t("\n")
    hand = _officers(doc, cty, 2)
    doc.t("\n办理过程：\n| 时间 | 环节 | 办理单位 | 办理人 |\n|---|---|---|---|\n| ")
    D(doc, days[0] + timedelta(days=1), "dash").t(" | 交办 | " + cty.county + "12345政务服务便民热线 | 系统 |\n| ")
    D(doc, days[1], "dash").t(" | 签收 | ").k("agency_name", agency).t(" | ").k("officer_name", hand[0][0]).t(" |\n| ")
    D(doc, days[-1], "dash").t(" | 办结 | ").k("agency_name", agency).t(" | ").k("officer_name", hand[1][0]).t(" |\n")
    _st(doc)["web"] = (_st(doc).pop("web_start"), doc.n, r.choice(["text", "br", "p"]))
    doc.t("\n满意度评价：" + r.choice(["满意", "基本满意", "未评价"]) + "\n【打印本页】 【关闭窗口】\n")


# ---- forms -----------------------------------------------------------------------------------------

BOX = {True: "☑", False: "□"}


def _boxes(doc: Doc, options: list[str], chosen: int, sep: str = "  ") -> Doc:
    return doc.t(sep.join(BOX[i == chosen] + o for i, o in enumerate(options)))


def _blank(doc: Doc, fill: Callable[[], object], style: str) -> None:
    """A filled-in blank of a printed form: ____张三____, 【张三】 or a plain value."""
    if style == "line":
        doc.t("____")
        fill()
        doc.t("____")
    elif style == "bracket":
        doc.t("【")
        fill()
        doc.t("】")
    else:
        doc.t("：")
        fill()
        doc.t(" ")


def f_service(doc: Doc) -> None:
    """One or two 送达回证 (受送达人, 送达地点, 收件人签名, 代收人 and relation, 见证人 for 留置送达) and
    the party's 送达地址确认书 (phone, e-mail, WeChat for electronic service)."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 4, 40)
    domain = r.choice(["urban", "land", "market", "agri", "forest", "culture", "traffic"])
    agency = _agency(doc, cty, domain)
    offs = _officers(doc, cty)
    is_org = r.random() < 0.3
    p = _person(doc, born=r.randint(1950, 1996), cty=cty, local=0.95)
    co = _company(doc, cty, ["商贸", "建材", "养殖", "文化传媒", "物流"]) if is_org else ""
    rep = _person(doc, born=r.randint(1962, 1990), cty=cty) if is_org else None
    reg = _reg_addr(doc, cty) if is_org else ""
    boxed = r.random() < 0.5
    bar, colon = ("|", "|") if boxed else ("", "：")
    served = ["行政处罚决定书", "行政处罚告知书", "责令改正通知书", "听证告知书", "行政强制执行催告书"]
    if domain in ("urban", "land"):
        served += ["责令限期拆除通知书", "责令停止违法行为通知书"]
    wit = None

    def row(label: str) -> None:
        doc.t(f"{bar}{label}{colon}")

    def end() -> None:
        doc.t(f"{bar}\n")

    def receipt(title: str, day: date, mode: int) -> None:
        nonlocal wit
        doc.k("agency_name", agency).t("\n送 达 回 证\n" if r.random() < 0.5 else "\n送达回证\n")
        doc.t("编号：").k("doc_number", _docno(doc, cty, domain, day.year, "送")).t("\n\n")
        row("送达文书名称及文号")
        doc.t(f"《{title}》（").k("doc_number", _docno(doc, cty, domain, day.year)).t("）")
        end()
        row("受送达人")
        if is_org and rep is not None:
            doc.k("org_name", co).t("（法定代表人：").k("legal_rep", rep.name).t("）")
        else:
            N(doc, p)
        end()
        row("送达地点")
        if is_org:
            doc.k("registered_address", reg)
        else:
            A(doc, p, r.choice(["full", "county", "bare"]))
        end()
        row("送达方式")
        _boxes(doc, ["直接送达", "留置送达", "邮寄送达", "委托送达", "电子送达"], mode)
        end()
        row("受送达人签名或盖章")
        agent = relation = None
        if mode == 0:
            if is_org:
                clerk = _person(doc, born=r.randint(1975, 2000), cty=cty)
                N(doc, clerk).t("（公司" + r.choice(["行政人员", "会计", "办公室主任"]) + "代签）")
            elif r.random() < 0.6:
                N(doc, p).t("（签名并捺印）")
            else:
                relation = r.choice(["妻" if p.gender == "男" else "夫", "子", "女", "母"])
                agent = _kin(doc, p, relation)
                doc.t("（本人外出务工）")
        elif mode == 1:
            doc.t("拒绝签收")
        else:
            doc.t("/")
        end()
        row("代收人及与受送达人关系")
        if agent is not None and relation is not None:
            word = {"妻": "妻子", "夫": "丈夫", "子": "儿子", "女": "女儿", "母": "母亲"}[relation]
            N(doc, agent).t(f"（系受送达人{word}，同住成年家属），联系电话")
            P(doc, agent)
        else:
            doc.t("无")
        end()
        row("送达时间")
        D(doc, day, r.choice(["cn", "pad"])).t(_clock(doc))
        end()
        row("送达人")
        doc.k("officer_name", offs[0][0]).t("（").k("officer_cert", offs[0][1]).t("）、")
        doc.k("officer_name", offs[1][0]).t("（").k("officer_cert", offs[1][1]).t("）")
        end()
        row("见证人")
        if mode == 1:
            if wit is None:
                wit = _person(doc, born=r.randint(1960, 1988), cty=cty, local=1.0, rural=True)
            N(doc, wit).t("（").k("org_name", r.choice(VILLAGES)[:-1] + "村民委员会").t(r.choice(["主任", "治保主任", "文书"]) + "）")
        else:
            doc.t("/")
        end()
        row("备注")
        if mode == 1 and wit is not None:
            doc.t("受送达人")
            N(doc, p).t("拒绝签收，送达人在见证人")
            N(doc, wit).t("见证下，将文书留置于受送达人住所，并拍照、录像记录送达过程。")
        elif mode == 2:
            doc.t("EMS邮寄送达，邮件号" + _digits(doc, 13) + "，妥投日期")
            D(doc, day + timedelta(days=2), "md").t("，签收人：")
            N(doc, p)
        elif mode == 3:
            doc.t("委托").k("agency_name", cty.county + r.choice(TOWNS) + "人民政府").t("代为送达。")
        elif mode == 4:
            doc.t("经受送达人同意，通过短信送达至其确认的手机号码")
            P(doc, p).t("。")
        end()
        doc.t("\n")

    n_rec = 2 if r.random() < 0.45 else 1
    titles = r.sample(served, n_rec)
    for i, title in enumerate(titles):
        receipt(title, days[i * 2 + 1] if n_rec == 2 else days[-1], r.choice([0, 0, 1, 2, 3, 4]))
    doc.t("送达过程记录：")
    D(doc, days[-1], "md").t(_clock(doc) + "，送达人").k("officer_name", offs[0][0]).t("、").k("officer_name", offs[1][0]).t("到达送达地点，")
    if is_org:
        doc.t(r.choice(["向该公司工作人员出示执法证件，说明送达文书的名称和内容，", "经电话联系，该公司安排工作人员到前台接收，"]))
    else:
        doc.t(r.choice(["向受送达人出示执法证件，说明送达文书的名称和内容，告知其签收的法律后果，", "敲门后由受送达人家属开门，送达人说明来意并出示执法证件，",
                        "电话联系受送达人未接通，经向邻居了解其已外出，"]))  # fmt: skip
    doc.t("全程使用执法记录仪录像（记录仪编号" + f"{cty.code[:4]}-{r.randint(1, 80):03d}" + "），送达过程合法有效。\n\n")
    doc.t("注：1.受送达人是公民的，本人不在时可交其同住成年家属签收；受送达人是法人或者其他组织的，应当由法定代表人、主要负责人")
    doc.t("或者办公室、收发室等负责收件的人签收。2.受送达人或者其同住成年家属拒绝接收的，送达人可以邀请有关基层组织或者所在单位的代表到场，")
    doc.t("说明情况，在送达回证上记明拒收事由和日期，把文书留在受送达人的住所，并采用拍照、录像等方式记录送达过程。3.本送达依照")
    _law(doc, "《中华人民共和国行政处罚法》", "第六十一条").t("及")
    _law(doc, "《中华人民共和国民事诉讼法》").t("的有关规定执行。\n\n")
    doc.t("送达地址确认书\n")
    doc.t("案由：" + {"urban": r.choice(["占道经营", "违法建设"]), "land": "非法占用土地", "market": r.choice(["未明码标价", "销售过期食品"]),
                     "agri": r.choice(["违规捕捞", "无证经营兽药"]), "forest": "滥伐林木", "culture": "未取得导游证从事导游活动",
                     "traffic": "非法从事客运经营"}[domain] + "案\n")  # fmt: skip
    doc.t("告知事项：1.为便于当事人及时收到行政执法文书，当事人应当如实提供确切的送达地址；2.确认的送达地址适用于本案各环节；")
    doc.t("3.因提供的地址不准确、送达地址变更未及时告知的，文书被退回之日视为送达之日。\n")
    doc.t("受送达人：")
    if is_org:
        doc.k("org_name", co)
    else:
        N(doc, p)
    doc.t("\n送达地址：")
    if is_org:
        doc.k("registered_address", reg)
    else:
        A(doc, p, "full")
    doc.t("\n收件人：")
    if is_org:
        clerk2 = _person(doc, born=r.randint(1975, 2000), cty=cty)
        N(doc, clerk2)
        phone_owner = clerk2
    else:
        N(doc, p)
        phone_owner = p
    doc.t("    手机号码：")
    P(doc, phone_owner)
    if not is_org:
        other = _kin(doc, p, r.choice(["子", "女", "妻" if p.gender == "男" else "夫"]))
        doc.t("\n其他联系人：")
        N(doc, other).t("（" + ("配偶" if abs(other.extra["birth"].year - p.extra["birth"].year) < 12 else "子女") + "）  电话：")
        P(doc, other)
    agree = r.random() < 0.8
    doc.t("\n是否接受电子送达：")
    _boxes(doc, ["是", "否"], 0 if agree else 1)
    doc.t("\n电子送达方式：")
    roll = r.random()
    if not agree:
        doc.t("/\n")
    elif roll < 0.35:
        doc.t("☑电子邮箱 ").p("email", _email(doc)).t("  □微信  □短信\n")
    elif roll < 0.7:
        doc.t("□电子邮箱  ☑微信 ").p("contact", _wechat(doc)).t("  □短信\n")
    else:
        doc.t("□电子邮箱  □微信  ☑短信 ")
        P(doc, phone_owner)
        doc.t("\n")
    doc.t("受送达人（签名或盖章）：")
    if is_org:
        doc.k("org_name", co).t("（公章）")
    else:
        N(doc, p)
    doc.t("\n")
    D(doc, days[0], r.choice(["cn", "dot"])).t("\n")
    doc.t("确认地址经办人：").k("officer_name", offs[0][0]).t("\n")


# ---- form: 当场行政处罚决定书 ----------------------------------------------------------------------

_ONSITE = [
    ("urban", "在城市道路上流动摆卖", "《城市市容和环境卫生管理条例》", "第十四条", "第三十六条第（一）项", 50, 200),
    ("urban", "在非指定地点乱张贴小广告", "《城市市容和环境卫生管理条例》", "第十七条第一款", "第三十四条第（三）项", 50, 200),
    ("traffic", "客运出租汽车驾驶员不按规定使用计价器", "《巡游出租汽车经营服务管理规定》", "第二十五条", "第四十九条", 50, 200),
    ("culture", "导游在执业过程中未佩戴导游证", "《导游管理办法》", "第二十一条", "第三十三条", 100, 200),
    ("health", "在公共场所禁止吸烟区域内吸烟", "《公共场所卫生管理条例实施细则》", "第十八条第一款", "第三十八条", 50, 200),
]


def f_onsite(doc: Doc) -> None:
    """A printed 当场行政处罚决定书 filled in by hand: blanks written as ____张三____ or 【张三】,
    checkboxes for how the fine is paid."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    day = _days(doc, 1)[0]
    case = r.choice(_ONSITE)
    domain = case[0]
    agency = _agency(doc, cty, domain)
    offs = _officers(doc, cty)
    p = _person(doc, born=r.randint(1955, 2002), cty=cty, local=0.7)
    style = r.choice(["line", "line", "bracket", "plain"])
    doc.k("agency_name", agency).t("\n当场行政处罚决定书\n")
    doc.t("编号：").k("doc_number", _docno(doc, cty, domain, day.year, r.choice(["当罚", "简罚", "现罚"]))).t("\n\n")
    doc.t("当事人（个人）姓名")
    _blank(doc, lambda: N(doc, p), style)
    doc.t(" 性别")
    _blank(doc, lambda: doc.t(p.gender), style)
    doc.t(" 年龄")
    _blank(doc, lambda: doc.t(str(_age(p, day))), style)
    doc.t("\n身份证件号码")
    _blank(doc, lambda: I(doc, p), style)
    doc.t("\n住址")
    _blank(doc, lambda: A(doc, p, "full"), style)
    doc.t("\n联系电话")
    _blank(doc, lambda: P(doc, p), style)
    extra = ""
    if domain == "traffic":
        doc.t("  车牌号码")
        _blank(doc, lambda: doc.p("vehicle_plate", _plate(doc, cty)), style)
        doc.t("\n从业资格证号")
        _blank(doc, lambda: doc.p("other_id", f"{cty.code}{r.randint(2012, 2023)}{r.randint(0, 99999):05d}"), style)
        extra = "（出租汽车驾驶员）"
    elif domain == "culture":
        doc.t("\n导游证号")
        _blank(doc, lambda: doc.p("other_id", f"D-{cty.code[:4]}-{r.randint(0, 999999):06d}"), style)
        doc.t("  所在旅行社")
        _blank(doc, lambda: doc.k("org_name", cty.county[:2] + r.choice(["国际", "中国", "假日", "青年"]) + "旅行社有限公司"), style)
    doc.t("\n单位名称（单位当事人填写）")
    _blank(doc, lambda: doc.t("/"), style)
    doc.t("  法定代表人")
    _blank(doc, lambda: doc.t("/"), style)
    doc.t("\n\n违法事实：当事人" + extra + "于")
    _blank(doc, lambda: D(doc, day, r.choice(["cn", "pad"])).t(_clock(doc, 8, 21)), style)
    doc.t("在")
    _blank(doc, lambda: doc.k("place", _place(doc, cty)), style)
    doc.t(case[1] + "。")
    if r.random() < 0.5:
        doc.t("执法人员现场劝导后当事人承认违法事实，")
        if domain == "urban":
            doc.t("其摊位占用")
            TM(doc, "马路").t("约" + str(r.randint(2, 8)) + "平方米。")
        elif domain == "culture":
            doc.t("时值")
            TM(doc, "黄金周").t("，该团游客" + str(r.randint(18, 45)) + "人。")
        else:
            doc.t("有执法记录仪视频为证。")
    doc.t("\n以上行为违反了")
    _law(doc, case[2], case[3]).t("的规定，依据")
    _law(doc, case[2], case[4]).t("和")
    _law(doc, "《中华人民共和国行政处罚法》", "第五十一条").t("的规定，决定给予以下行政处罚：\n")
    fine = r.randrange(case[5], case[6] + 1, 10)
    _boxes(doc, ["警告"], -1)
    doc.t("  ☑罚款 ")
    _blank(doc, lambda: M(doc, fine, r.choice(["plain", "upper"])), style)
    doc.t("\n罚款缴纳方式：")
    cash = r.random() < 0.4
    _boxes(doc, ["当场缴纳", "自收到本决定书之日起十五日内到指定银行或者通过电子支付系统缴纳"], 0 if cash else 1)
    doc.t("\n代收机构：" + r.choice(["中国农业银行", "中国建设银行", "农村商业银行"]) + cty.county + "支行  ")
    doc.t("逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。\n")
    _relief(doc, cty)
    doc.t("\n执法人员（签名）：")
    _blank(doc, lambda: doc.k("officer_name", offs[0][0]), style)
    doc.t(" 执法证号：")
    _blank(doc, lambda: doc.k("officer_cert", offs[0][1]), style)
    doc.t("\n执法人员（签名）：")
    _blank(doc, lambda: doc.k("officer_name", offs[1][0]), style)
    doc.t(" 执法证号：")
    _blank(doc, lambda: doc.k("officer_cert", offs[1][1]), style)
    doc.t("\n执法人员告知事项：执法人员已当场向当事人告知作出行政处罚决定的事实、理由和依据，并告知当事人依法享有陈述、申辩的权利。")
    doc.t("执法人员当场作出的行政处罚决定，应当报所属行政机关备案（")
    _law(doc, "《中华人民共和国行政处罚法》", "第五十二条第三款").t("）。\n证据：执法记录仪编号")
    _blank(doc, lambda: doc.t(f"{cty.code[:4]}-{r.randint(1, 60):03d}"), style)
    doc.t("  照片")
    _blank(doc, lambda: doc.t(str(r.randint(2, 8))), style)
    doc.t("张\n当事人陈述、申辩：")
    _blank(doc, lambda: doc.t(r.choice(["无", "家里困难，请求少罚一点", "不知道这里不能摆", "放弃陈述申辩"])), style)
    doc.t("\n当事人意见：")
    _blank(doc, lambda: doc.t(r.choice(["无异议", "认可，已当场缴纳", "无", "以后不在这里摆了"])), style)
    doc.t("\n当事人签名：")
    _blank(doc, lambda: N(doc, p), style)
    doc.t("  ")
    D(doc, day, r.choice(["cn", "dot", "slash"])).t("\n")
    doc.k("agency_name", agency).t("（印章）\n")
    D(doc, day).t("\n")
    doc.t("（本决定书一式两联，第一联存根，第二联交当事人。当事人应当妥善保管本决定书及罚款收据。）\n")
    if cash:
        doc.t("\n当场收缴罚款收据：收据编号" + _digits(doc, 10) + "，交款人")
        N(doc, p).t("，金额").k("amount", f"{fine}元").t("，收款人").k("officer_name", offs[0][0]).t("。\n")
    if r.random() < 0.6:
        wit = _person(doc, born=r.randint(1960, 2000), cty=cty)
        doc.t("现场见证人：")
        N(doc, wit).t("，联系电话：")
        P(doc, wit, spoken=False).t("\n")


# ---- form: 证据先行登记保存通知书 -------------------------------------------------------------------

_KEEP_CASES = {
    "vet": ("agri", "涉嫌无兽药经营许可证经营兽药", [("硫酸黏菌素可溶性粉", "100g/袋", "袋"), ("阿莫西林可溶性粉", "500g/袋", "袋"),
             ("伊维菌素注射液", "100ml/瓶", "瓶"), ("盐酸多西环素可溶性粉", "1kg/袋", "袋"), ("氟苯尼考粉", "100g/袋", "袋")],
            ["兽药", "动保"]),
    "fire": ("safety", "涉嫌未经许可储存、销售烟花爆竹", [("组合烟花", "36发", "箱"), ("鞭炮", "5000响", "盘"), ("礼花弹", "1.75英寸", "箱"),
              ("手持烟花", "12支/盒", "箱"), ("电光花", "50支/盒", "箱")], ["烟花爆竹", "花炮"]),
    "scale": ("market", "涉嫌使用未经检定的计量器具", [("电子计价秤", "ACS-30", "台"), ("案秤", "TGT-50", "台"), ("弹簧度盘秤", "ATZ-10", "台"),
               ("电子台秤", "TCS-150", "台")], ["衡器", "电子"]),
}  # fmt: skip


def f_preserve(doc: Doc) -> None:
    """A 证据先行登记保存通知书 to a stall keeper or a farmer, with the item list (厂家 stay) and the
    signatures of the party, a witness and the officers."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 2, 8)
    key = r.choice(list(_KEEP_CASES))
    domain, cause, goods, makers = _KEEP_CASES[key]
    agency = _agency(doc, cty, domain)
    offs = _officers(doc, cty)
    p = _person(doc, born=r.randint(1955, 1995), cty=cty, local=0.9)
    shop = None
    if r.random() < 0.5:
        shop = (r.choice(NAMED_SHOPS[:12]) if key == "scale" and r.random() < 0.4
                else cty.county[:2] + r.choice(TRADE) + {"vet": "兽药门市部", "fire": "副食店", "scale": "水产摊"}[key])  # fmt: skip
    doc.k("agency_name", agency).t("\n证据先行登记保存通知书\n")
    doc.k("doc_number", _docno(doc, cty, domain, days[-1].year, r.choice(["登保", "先保", "证保"]))).t("\n\n")
    if shop:
        doc.k("org_name", shop).t("（经营者：")
        N(doc, p).t("）：\n")
    else:
        N(doc, p).t("：\n")
    doc.t("因你（单位）" + cause + "，本机关在")
    if key == "scale":
        place = r.choice(MARKETS) + f"{r.randint(1, 80)}号摊位"
        doc.k("place", place)
    elif r.random() < 0.5 or shop is None:
        doc.t("你的住所").t(p.region[2]).p("address", p.address_detail)
    else:
        doc.k("place", _place(doc, cty))
    doc.t("进行检查时（在场人：")
    if r.random() < 0.5:
        fam = _kin(doc, p, r.choice(["妻" if p.gender == "男" else "夫", "子", "女"]))
        N(doc, fam).t("，系当事人家属")
    else:
        N(doc, p).t("本人")
    doc.t("），发现下列物品可能灭失或者以后难以取得，根据")
    _law(doc, "《中华人民共和国行政处罚法》", "第五十六条").t("的规定，经本机关负责人批准，决定对下列物品予以先行登记保存，保存期限为七日（自")
    D(doc, days[0], "md").t("至")
    D(doc, days[0] + timedelta(days=6), "md").t("）。\n保存方式：")
    onsite = r.random() < 0.5
    _boxes(doc, ["就地保存", "异地保存"], 0 if onsite else 1)
    doc.t("    保存地点：")
    if not onsite:
        doc.k("agency_address", _agency_addr(doc, cty)).t("本机关物证保管室")
    else:
        doc.t("当事人").t(r.choice(["仓库", "住所", "门店后间"]))
    doc.t("\n在保存期间，当事人或者有关人员不得销毁或者转移证据。\n\n")
    doc.t("物品清单\n| 序号 | 物品名称 | 规格型号 | 生产企业/标称厂家 | 批号或编号 | 数量 | 备注 |\n| --- | --- | --- | --- | --- | --- | --- |\n")
    for i, (nm, spec, unit) in enumerate(r.sample(goods, r.randint(3, len(goods)))):
        maker = _prov_short(cty) + r.choice(["恒", "康", "瑞", "金", "华"]) + r.choice(["牧", "丰", "泰", "源"]) + r.choice(makers) + "有限公司"
        doc.t(f"| {i + 1} | {nm} | {spec} | ").k("org_name", maker).t(f" | {r.choice(['', 'B', 'P'])}{_digits(doc, 8)} | {r.randint(2, 60)}{unit} | " + r.choice(["", "已开封", "无合格证", "部分受潮"]) + " |\n")
    doc.t("\n上述物品已由执法人员加贴本机关封条（封条编号" + _digits(doc, 6) + "至" + _digits(doc, 6) + "），")
    doc.t("由当事人负责妥善保管，不得使用、销售、转移或者损毁。" if onsite else "由执法人员运回本机关物证保管室保存。")
    doc.t("以上物品清单经当事人核对无误。\n当事人（签名）：")
    N(doc, p).t("    联系电话：")
    P(doc, p).t("\n")
    if r.random() < 0.7:
        wit = _person(doc, born=r.randint(1960, 1998), cty=cty, local=1.0)
        doc.t("见证人（签名）：")
        N(doc, wit).t("    身份证号：")
        I(doc, wit).t("\n")
        if r.random() < 0.5:
            doc.t("见证人住址：")
            A(doc, wit, "county").t("\n")
    doc.t("执法人员（签名）：").k("officer_name", offs[0][0]).t("  ").k("officer_name", offs[1][0])
    doc.t("    执法证号：").k("officer_cert", offs[0][1]).t("  ").k("officer_cert", offs[1][1]).t("\n")
    doc.k("agency_name", agency).t("（印章）\n")
    D(doc, days[0], r.choice(["cn", "upper"])).t("\n")
    doc.t("\n当事人权利：当事人对先行登记保存有异议的，可以在收到本通知书之日起三日内向本机关提出；")
    doc.t("本机关将在七日内作出处理决定，逾期未作出处理决定的，先行登记保存措施自动解除。\n")
    if r.random() < 0.6:
        doc.t("\n证据先行登记保存处理决定书\n")
        doc.k("doc_number", _docno(doc, cty, domain, days[-1].year, "保处")).t("\n")
        N(doc, p).t("：\n本机关于")
        D(doc, days[0]).t("对你的物品予以先行登记保存。经查，")
        outcome = r.choice(["上述物品系" + ("假劣兽药" if key == "vet" else "非法储存的烟花爆竹" if key == "fire" else "未经检定的计量器具") + "，依法予以扣押，移交案件承办机构依法处理",
                            "上述物品不再需要保存，依法予以解除先行登记保存，退还当事人"])  # fmt: skip
        doc.t(outcome + "。依据")
        _law(doc, "《中华人民共和国行政处罚法》", "第五十六条").t("的规定作出本处理决定。\n当事人签收：")
        N(doc, p).t("  ")
        D(doc, days[-1], r.choice(["cn", "dot"])).t("\n")
    doc.t("\n备注：本通知书一式两份，一份交当事人，一份存档。")
    if r.random() < 0.5:
        son = _kin(doc, p, r.choice(["子", "女"]))
        doc.t("当事人不识字，由其" + ("儿子" if son.gender == "男" else "女儿"))
        N(doc, son).t("代为宣读后签名。")
    doc.t("\n")


# ---- form: 现场检查（勘验）笔录 ----------------------------------------------------------------------


def f_inspect(doc: Doc) -> None:
    """A 现场检查（勘验）笔录 with 检查人/记录人/当事人/在场人/见证人 and checkbox marks: a barber's or
    a bath house's staff without health certificates (卫健), minors in a KTV (文旅) or a plot
    measured for illegal occupation (自然资源)."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 2, 10)
    case = r.choice(["health", "ktv", "land"])
    domain = {"health": "health", "ktv": "culture", "land": "land"}[case]
    agency = _agency(doc, cty, domain)
    offs = _officers(doc, cty, 3)
    doc.k("agency_name", agency).t("\n现场检查（勘验）笔录\n\n")
    h = r.randint(8, 21) if case == "ktv" else r.randint(8, 16)
    doc.t("检查（勘验）时间：")
    D(doc, days[0]).t(f"{h}时{r.randint(0, 29):02d}分至{h + 1}时{r.randint(0, 59):02d}分\n")
    doc.t("检查（勘验）地点：")
    owner = None
    rep = None
    org = None
    if case == "land":
        owner = _person(doc, born=r.randint(1955, 1990), cty=cty, rural=True, local=1.0)
        doc.k("place", r.choice(TOWNS) + r.choice(VILLAGES) + f"{r.randint(1, 12)}组" + r.choice(["“大丘田”", "“塘坎上”", "“对门冲”", "公路边"]))
    else:
        if case == "health":
            org = (r.choice(["吴氏推拿馆", "郭家浴室"]) if r.random() < 0.3
                   else cty.county[:2] + r.choice(TRADE) + r.choice(["理发店", "美容美发店", "足浴店", "洗浴中心"]))  # fmt: skip
            rep = _person(doc, born=r.randint(1965, 1995), cty=cty)
        else:
            org = _company(doc, cty, ["娱乐", "文化娱乐", "KTV"])
            rep = _person(doc, born=r.randint(1965, 1990), cty=cty)
        doc.k("registered_address", _reg_addr(doc, cty))
    doc.t("\n检查人：")
    for i, (nm, cert) in enumerate(offs[:2]):
        doc.t("、" if i else "").k("officer_name", nm).t(" 执法证号：").k("officer_cert", cert)
    doc.t("\n记录人：").k("officer_name", offs[2][0]).t("\n")
    doc.t("当事人：")
    if case == "land":
        N(doc, owner).t(f"    性别：{owner.gender}    身份证号码：")
        I(doc, owner).t("\n住址：")
        A(doc, owner, "full").t("    联系电话：")
        P(doc, owner).t("\n")
    elif case == "health":
        doc.k("org_name", org).t("（个体工商户）    经营者：")
        N(doc, rep).t("    联系电话：")
        P(doc, rep).t("\n")
    else:
        doc.k("org_name", org).t("    法定代表人：").k("legal_rep", rep.name).t("\n")
        _keep(doc, rep.name, 0.35)
    present = _person(doc, born=r.randint(1975, 2000), cty=cty)
    role = {"health": "店长", "ktv": "值班经理", "land": "当事人之" + ("子" if present.gender == "男" else "女")}[case]
    if case == "land" and owner is not None:
        present = _kin(doc, owner, "子" if r.random() < 0.6 else "女")
        role = "当事人之" + ("子" if present.gender == "男" else "女")
    doc.t("在场人：")
    N(doc, present).t(f"    职务或与当事人关系：{role}    电话：")
    P(doc, present).t("\n")
    doc.t("见证人：")
    wit = _person(doc, born=r.randint(1960, 1990), cty=cty, local=1.0, rural=True)
    N(doc, wit)
    if case == "land":
        doc.t("（").k("org_name", r.choice(VILLAGES)[:-1] + "村民委员会").t("委员）")
    doc.t("\n\n")
    doc.t("执法人员")
    _boxes(doc, ["已", "未"], 0, "")
    doc.t("出示执法证件，")
    _boxes(doc, ["已", "未"], 0, "")
    doc.t("告知当事人申请回避的权利。当事人")
    _boxes(doc, ["申请", "不申请"], 1, "")
    doc.t("回避。\n检查方式：")
    ways = ["现场查看", "拍照", "录像", "测量", "提取样品", "询问"]
    used = {"现场查看", "拍照"} | set(r.sample(ways[2:], 2)) | ({"测量"} if case == "land" else set())
    doc.t("  ".join(BOX[w_ in used] + w_ for w_ in ways) + "\n")
    checks = {"health": ["营业执照", "公共场所卫生许可证", "从业人员健康合格证明", "卫生管理制度及档案", "顾客用品用具消毒设施", "禁烟标识"],
              "ktv": ["营业执照", "娱乐经营许可证", "未成年人禁入标志", "消费者身份核验登记", "监控设备运行", "消防通道"],
              "land": ["用地审批文件", "乡村建设规划许可证", "界址点标识", "地类现状", "施工状态"]}[case]  # fmt: skip
    doc.t("检查项目：\n")
    for i, c in enumerate(checks, 1):
        ok = r.random() < 0.5 if case != "land" or i > 2 else False
        doc.t(f"{i}.{c}：{BOX[ok]}有 {BOX[not ok]}无" + r.choice(["", "（未能出示）", "（已拍照）", ""]) + "\n")
    doc.t("现场检查（勘验）情况：\n")
    if case == "health":
        staff = [_person(doc, born=r.randint(1985, 2004), cty=cty) for _ in range(r.randint(2, 4))]
        doc.t("该店营业执照、卫生许可证悬挂于收银台")
        TM(doc, "左侧").t("墙面。现场有从业人员" + str(len(staff) + 1) + "名，其中")
        for i, s in enumerate(staff):
            doc.t("、" if i else "")
            N(doc, s)
        doc.t("不能出示有效健康合格证明；")
        N(doc, present).t("出示的健康证编号为").p("other_id", f"{cty.code[:4]}{r.randint(2023, 2025)}{r.randint(0, 999999):06d}")
        doc.t("，在有效期内。从业人员健康证明核查情况如下：\n| 姓名 | 岗位 | 健康证明编号 | 有效期至 |\n|---|---|---|---|\n")
        for s_ in staff:
            doc.t("| ")
            N(doc, s_).t(" | " + r.choice(["理发师", "技师", "服务员", "收银员"]) + " | ")
            if r.random() < 0.4:
                doc.p("other_id", f"{cty.code[:4]}{r.randint(2021, 2023)}{r.randint(0, 999999):06d}").t(" | 已过期 |\n")
            else:
                doc.t("无 | / |\n")
        doc.t("毛巾消毒柜未通电，")
        TM(doc, "温度").t("显示为室温，使用后的毛巾与未使用毛巾混放。店内未张贴禁烟标识。现场拍摄照片" + str(r.randint(6, 20)) + "张。\n")
    elif case == "ktv":
        kids = [_person(doc, born=r.randint(2008, 2011), cty=cty, local=1.0) for _ in range(r.randint(2, 3))]
        doc.t(f"检查时该场所正在营业，共开包厢{r.randint(6, 18)}间。在{r.randint(1, 3)}0{r.randint(1, 9)}包厢内有"
              f"{len(kids) + r.randint(1, 3)}人在唱歌，经核查身份证件，其中")  # fmt: skip
        for i, k in enumerate(kids):
            doc.t("、" if i else "")
            N(doc, k).t(f"（{_age(k, days[0])}岁）")
        doc.t("系未成年人。")
        N(doc, kids[0]).t("称包厢是用其同学")
        N(doc, kids[-1]).t("哥哥的身份证开的，前台未核对本人。场所入口未设置未成年人禁入标志。包厢内有啤酒" + str(r.randint(6, 24)) + "瓶。\n")
    else:
        area = round(r.uniform(120, 900), 1)
        nb = _person(doc, born=r.randint(1950, 1985), cty=cty, local=1.0, rural=True)
        doc.t(f"经使用RTK测量，该地块已建有砖混结构房屋一栋（{r.choice(['二', '三'])}层，主体已封顶），并用围墙圈占院落，")
        doc.t(f"占地面积{area}平方米（约合{round(area / 666.7, 2)}亩），现状地类为")
        doc.t(r.choice(["水田", "旱地", "坑塘水面"]) + "，属永久基本农田范围外耕地。地块东邻")
        N(doc, nb).t("家")
        TM(doc, "鱼塘").t("，南邻村道，西邻")
        TM(doc, "林地").t("，北邻排水沟。中心点坐标：东经" + f"{r.uniform(100, 120):.6f}" + "°，北纬" + f"{r.uniform(22, 45):.6f}" + "°。\n")
        doc.t("在场人")
        N(doc, present).t("称房屋系其父亲")
        G(doc, owner) if owner is not None else None
        doc.t("出资建设，建房未办理任何用地审批手续。\n")
    doc.t("执法人员告知：当事人或者有关人员应当如实回答询问，并协助调查或者检查，不得拒绝或者阻挠（")
    _law(doc, "《中华人民共和国行政处罚法》", "第五十五条第二款").t("）。现场拍摄照片" + str(r.randint(4, 20)) + "张，拍摄人：").k("officer_name", offs[2][0]).t("。\n")
    doc.t("当事人（在场人）意见：")
    doc.t(r.choice(["对检查情况无异议。", "情况属实，愿意整改。", "面积有出入，要求重新测量。", "无意见。"]) + "\n")
    doc.t("现场采取措施：")
    _boxes(doc, ["责令停止违法行为", "责令改正", "先行登记保存", "无"], 0)
    doc.t("\n以上笔录经当事人（在场人）")
    _boxes(doc, ["阅读", "向其宣读"], r.randint(0, 1), "")
    doc.t("，确认无误。\n当事人或在场人（签名）：")
    N(doc, present if r.random() < 0.6 or case == "ktv" else (owner or present))
    doc.t("    见证人（签名）：")
    N(doc, wit)
    doc.t("\n检查人（签名）：").k("officer_name", offs[0][0]).t("  ").k("officer_name", offs[1][0]).t("    记录人（签名）：").k("officer_name", offs[2][0]).t("\n")
    D(doc, days[0], r.choice(["cn", "dot"])).t("\n")
    doc.t("（附：现场示意图1张、现场照片" + str(r.randint(4, 20)) + "张。本笔录经当事人或在场人核对后签名，空白处已划线。）\n第1页 共1页\n")


# ---- form: 行政处罚告知书 with its 回执 -------------------------------------------------------------


def f_notice(doc: Doc) -> None:
    """A 行政处罚（听证）告知书 — to an employer (人社), a tutoring organiser (教育) or a 社会团体 (民政) —
    and the signed 回执 with the ☑ choice."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 3, 40)
    case = r.choice(["labour", "edu", "civil"])
    agency = _agency(doc, cty, case)
    docno = _docno(doc, cty, case, days[-1].year, r.choice(["告", "罚告", "听告"]))
    offs = _officers(doc, cty)
    fine = _fine(doc, 2000, 50000, 500)
    hearing = fine >= 10000 or r.random() < 0.3
    doc.k("agency_name", agency).t("\n" + ("行政处罚听证告知书" if hearing else "行政处罚告知书") + "\n").k("doc_number", docno).t("\n\n")
    person = None
    co = ""
    rep = None
    if case == "edu":
        person = _person(doc, born=r.randint(1978, 1996), cty=cty, rural=False)
        N(doc, person).t("（身份证号码：")
        I(doc, person).t("）：\n")
        doc.t("经查，你自")
        D(doc, days[0] - timedelta(days=r.randint(60, 200))).t("起，未经教育行政部门审批，在")
        doc.t(person.region[2]).p("address", person.address_detail).t("（你的租住房屋）面向中小学生开展语文、数学学科类培训，")
        n = r.randint(12, 40)
        doc.t(f"累计招收学生{n}人，收取培训费").k("amount", f"{n * r.randint(8, 20)}00元").t("，培训费通过你本人微信（").p("contact", _wechat(doc)).t("）及")
        bank, num = _card(doc)
        doc.t(f"{bank}账户（").p("bank_account", num).t("）收取。")
        teacher = _person(doc, sex="女", born=r.randint(1995, 2003), cty=cty)
        doc.t("你还聘请在校大学生")
        N(doc, teacher).t("担任英语教师。")
        law = ("《校外培训行政处罚暂行办法》", "第十三条第一款")
    else:
        rep = _person(doc, born=r.randint(1960, 1988), cty=cty)
        if case == "labour":
            co = _company(doc, cty, ["服饰", "电子", "鞋业", "食品", "竹木制品"])
            doc.k("org_name", co).t("（法定代表人：").k("legal_rep", rep.name).t("）：\n")
            workers = [_person(doc, born=r.randint(1965, 2000), cty=cty) for _ in range(r.randint(2, 4))]
            doc.t("经查，你单位自")
            D(doc, days[0] - timedelta(days=r.randint(60, 150)), "md").t("起拖欠")
            for i, w_ in enumerate(workers):
                doc.t("、" if i else "")
                N(doc, w_)
            doc.t(f"等{len(workers) + r.randint(3, 20)}名劳动者工资，其中")
            N(doc, workers[0]).t("被拖欠").p("financial", f"{r.randint(6, 30)}000元").t("。")
            D(doc, days[0]).t("，本局向你单位下达《劳动保障监察限期改正指令书》，你单位逾期未改正。")
            law = ("《劳动保障监察条例》", "第二十六条")
        else:
            co = cty.county + r.choice(["书法家协会", "象棋协会", "钓鱼协会", "养蜂协会", "摄影家协会", "老年人体育协会"])
            doc.k("org_name", co).t("（法定代表人：").k("legal_rep", rep.name).t("）：\n")
            treas = _person(doc, born=r.randint(1955, 1985), cty=cty)
            doc.t("经查，你会未按照章程规定召开会员大会换届，在")
            D(doc, days[0] - timedelta(days=r.randint(30, 90)), "md").t("组织的活动中以协会名义向会员收取“赞助费”，款项存入财务人员")
            N(doc, treas).t("个人账户（")
            bank, num = _card(doc)
            doc.t(bank + "，账号").p("bank_account", num).t("），未纳入协会财务统一核算，违反了协会")
            TM(doc, "章程").t("。")
            law = ("《社会团体登记管理条例》", "第三十条第一款第（三）项")
        _keep(doc, rep.name, 0.35)
    doc.t("\n以上事实有现场检查笔录、询问笔录、" + r.choice(["书证", "银行流水", "照片", "视听资料"]) + "等证据证实。本案由执法人员")
    doc.k("officer_name", offs[0][0]).t("（执法证号").k("officer_cert", offs[0][1]).t("）、").k("officer_name", offs[1][0])
    doc.t("（执法证号").k("officer_cert", offs[1][1]).t("）承办。\n")
    doc.t("上述行为违反了")
    _law(doc, *law).t("的规定。依据")
    _law(doc, *law).t("的规定，参照本机关行政处罚裁量基准，综合考虑违法行为的事实、性质、情节和社会危害程度，本机关拟对你（单位）作出如下行政处罚：")
    if case == "civil":
        doc.t("警告，责令改正。")
    else:
        doc.t("罚款")
        M(doc, fine).t("。")
    doc.t("\n根据")
    _law(doc, "《中华人民共和国行政处罚法》", "第四十四条").t("、").k("article", "第四十五条")
    if hearing:
        doc.t("、").k("article", "第六十三条").t("、").k("article", "第六十四条")
    doc.t("的规定，你（单位）有权进行陈述和申辩" + ("，并有权要求举行听证" if hearing else "") + "。")
    doc.t("如要求陈述、申辩" + ("或者听证" if hearing else "") + "，应当在收到本告知书之日起五个工作日内向本机关提出，逾期视为放弃上述权利。")
    doc.t("本机关不因当事人陈述、申辩而给予更重的处罚。")
    if hearing:
        doc.t("听证依照")
        _law(doc, "《中华人民共和国行政处罚法》", "第六十四条").t("规定的程序进行，当事人可以亲自参加听证，也可以委托一至二人代理。")
    doc.t("\n")
    doc.t("逾期未提出陈述、申辩" + ("或者听证申请" if hearing else "") + "的，本机关将依法作出行政处罚决定。")
    doc.t("陈述、申辩可以采取书面形式，也可以到本机关口头提出，由本机关制作笔录。\n")
    doc.t("联系人：").k("officer_name", offs[0][0]).t("    联系电话：").k("agency_phone", _landline(doc, cty)).t("\n地址：").k("agency_address", _agency_addr(doc, cty)).t("\n")
    doc.k("agency_name", agency).t("\n")
    D(doc, days[1], r.choice(["cn", "upper"])).t("\n\n")
    doc.t("- - - - - - - - - - - - - - - - （沿此线剪开） - - - - - - - - - - - - - - - -\n\n")
    doc.t("回  执\n").k("agency_name", agency).t("：\n本人（单位）已收到").k("doc_number", docno).t("号告知书。".replace("号告知书", "《" + ("行政处罚听证告知书" if hearing else "行政处罚告知书") + "》"))
    doc.t("现就告知事项作如下选择：\n")
    choice = r.randint(0, 3 if hearing else 2)
    opts = ["放弃陈述、申辩" + ("和听证" if hearing else ""), "要求陈述、申辩（书面材料附后）", "要求当面陈述"] + (["要求举行听证"] if hearing else [])
    for i, o in enumerate(opts):
        doc.t(BOX[i == choice] + o + "\n")
    doc.t("当事人（签名或盖章）：")
    if person is not None:
        N(doc, person)
    else:
        doc.k("org_name", co).t("（章）  ").k("legal_rep", rep.name if rep else "")
    doc.t("\n")
    if r.random() < 0.5:
        rec = _person(doc, born=r.randint(1975, 2000), cty=cty)
        doc.t("代收人：")
        role = ("当事人之" + r.choice(["妻" if person.gender == "男" else "夫", "母", "姐"]) if person is not None
                else r.choice(["公司出纳", "办公室文员"]) if case == "labour" else r.choice(["协会秘书长", "协会会计"]))  # fmt: skip
        N(doc, rec).t("（" + role + "）  电话：")
        P(doc, rec).t("\n")
    D(doc, days[2], r.choice(["cn", "dot", "slash"])).t("\n")
    doc.t("送达人：").k("officer_name", offs[0][0]).t("、").k("officer_name", offs[1][0]).t("\n")


# ---- core: 行政处罚决定书 for a natural person -------------------------------------------------------


def _web_or_plain_head(doc: Doc, web: bool, agency: str, cty: County, title: str, day: date) -> None:
    if web:
        _web_open(doc, agency, cty, title, day)


def c_person(doc: Doc) -> None:
    """行政处罚决定书 for a natural person, in one of the provincial layouts: 非法占地建房 (自然资源),
    滥伐林木 (林业), 电鱼 (渔业) or 未取得导游证从事导游活动 (文旅)."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 6, 150)
    case = r.choice(["land", "forest", "fish", "guide"])
    domain = {"land": "land", "forest": "forest", "fish": "agri", "guide": "culture"}[case]
    agency = _agency(doc, cty, domain)
    docno = _docno(doc, cty, domain, days[-1].year)
    web = _maybe_web(doc, 0.2)
    p = _person(doc, sex="男" if r.random() < 0.8 else "女", born=r.randint(1950, 1995), cty=cty,
                rural=case != "guide", local=0.95)  # fmt: skip
    if web and r.random() < 0.25:
        _rare(doc, p)
    offs = _officers(doc, cty, 3)
    label = _party_label(doc, cty)
    style = _style(doc, cty)

    def title(d: Doc) -> None:
        d.t("行政处罚决定书（").k("doc_number", docno).t("）")

    if web:
        _web_open(doc, agency, cty, title, days[-1])
    _head(doc, agency, "行政处罚决定书", docno)
    _party(doc, p, label, days[-1])
    if r.random() < 0.3:
        agent = _kin(doc, p, r.choice(["子", "女", "弟"]))
        doc.t("委托代理人：")
        N(doc, agent).t(f"，系{label}之" + ("子" if agent.gender == "男" and agent.extra["birth"].year - p.extra["birth"].year > 15 else "亲属") + "，身份证号码：")
        I(doc, agent).t("，住")
        A(doc, agent, "county").t("。\n")
    cause = {"land": "非法占用土地", "forest": "滥伐林木", "fish": "使用电鱼方法进行捕捞", "guide": "未取得导游证从事导游活动"}[case]
    doc.t(f"{label}{cause}一案，")
    _procedure(doc, days[1], offs, r.choice(["群众举报", "上级交办", "日常巡查发现", "卫片执法检查发现" if case == "land" else "联合执法检查发现"]))
    _section(doc, style, 0, "违法事实")
    if case == "land":
        area = round(r.uniform(80, 600), 2)
        wife = _kin(doc, p, "妻" if p.gender == "男" else "夫")
        builder = _person(doc, sex="男", born=r.randint(1965, 1990), cty=cty, local=1.0)
        doc.t("经查明，")
        D(doc, days[0] - timedelta(days=r.randint(30, 200)), r.choice(["cn", "md"])).t(f"，{label}")
        N(doc, p).t("未经批准，在").k("place", r.choice(TOWNS) + r.choice(VILLAGES) + f"{r.randint(1, 12)}组")
        doc.t(f"擅自占用集体土地{area}平方米建设砖混结构住房，其中占用耕地{round(area * r.uniform(0.4, 1), 2)}平方米。")
        doc.t("房屋由")
        N(doc, builder).t("（个体建筑工匠）承建，建房资金由")
        N(doc, p).t("及其" + ("妻子" if p.gender == "男" else "丈夫"))
        N(doc, wife).t("筹集，其中向亲友借款").p("financial", f"{r.randint(5, 30)}万元").t("。经核查，")
        N(doc, p).t("一户已有宅基地一处，位于")
        A(doc, p, "county").t("，不动产权证号").p("property_certificate", _property_cert(doc, cty, r.randint(2016, 2022)))
        doc.t("，不符合“一户一宅”规定。该地块不符合国土空间规划，所占地块周边为基本农田保护区。\n")
        violate = ("《中华人民共和国土地管理法》", "第四十四条第一款")
        punish = ("《中华人民共和国土地管理法》", "第七十七条第一款")
        fine = int(area * r.choice([100, 200, 300]))
        order = "责令退还非法占用的土地，限期拆除在非法占用的土地上新建的建筑物和其他设施，恢复土地原状；并处罚款"
    elif case == "forest":
        trees = r.randint(40, 600)
        vol = round(trees * r.uniform(0.08, 0.3), 2)
        helper = _person(doc, sex="男", born=r.randint(1960, 1995), cty=cty, local=1.0)
        buyer = _person(doc, sex="男", born=r.randint(1965, 1990), cty=cty)
        doc.t("经查明，")
        D(doc, days[0] - timedelta(days=r.randint(10, 90))).t("至")
        D(doc, days[0] - timedelta(days=r.randint(1, 9)), "md").t(f"，{label}")
        N(doc, p).t("未取得林木采伐许可证，雇请")
        N(doc, helper).t("等人在其承包经营的").k("place", r.choice(VILLAGES) + r.choice(["“后背山”", "“杉木冲”", "“狮子岭”"]))
        TM(doc, "林地").t(f"内采伐杉木、马尾松{trees}株，立木蓄积{vol}立方米。采伐的木材以每立方米")
        doc.k("amount", f"{r.randint(6, 11)}00元").t("的价格卖给木材收购商")
        N(doc, buyer).t("，货款通过银行转账支付至")
        bank, num = _card(doc)
        N(doc, p).t(f"的{bank}账户（").p("bank_account", num)
        doc.t("）。经鉴定，被采伐")
        TM(doc, "林木").t("价值").k("amount", f"{int(vol * r.randint(500, 900))}元").t("。该林地林权证号为")
        doc.p("other_id", f"{cty.county[:2]}林证字（{r.randint(2008, 2016)}）第{r.randint(100, 99999):05d}号").t("，权利人为")
        N(doc, p).t("。\n")
        violate = ("《中华人民共和国森林法》", "第五十六条第一款")
        punish = ("《中华人民共和国森林法》", "第七十六条第二款")
        fine = int(vol * r.randint(500, 900) * r.choice([3, 4, 5]))
        order = f"责令在原地补种滥伐株数三倍的树木{trees * 3}株；并处滥伐林木价值三倍的罚款"
    elif case == "fish":
        mate = _person(doc, sex="男", born=r.randint(1960, 1995), cty=cty, local=1.0)
        doc.t("经查明，")
        D(doc, days[0]).t(_clock(doc, 0, 5) + f"许，{label}")
        N(doc, p).t("与")
        N(doc, mate).t("携带电瓶、升压器、抄网等电鱼工具，驾驶一艘无船名号的小木船在").k("place", r.choice(["县境内", ""]) + r.choice(["白沙河", "清水河", "龙溪河", "东湖水库", "桃花江"]) + r.choice(["大桥下游", "库区", "江段"]))
        doc.t("使用电鱼方法捕捞，被")
        OF(doc, offs[:2], "本机关执法人员").t("当场查获，现场扣押渔获物鲫鱼、鲤鱼等共计" + str(round(r.uniform(3, 40), 1)) + "公斤、")
        TM(doc, "龙虾").t(str(r.randint(1, 8)) + "公斤。")
        G(doc, mate).t("供述，电鱼工具系")
        N(doc, p).t("通过网购所得，收货手机号为")
        P(doc, p).t("。当时正值禁渔期。\n")
        violate = ("《中华人民共和国渔业法》", "第三十条第一款")
        punish = ("《中华人民共和国渔业法》", "第三十八条第一款")
        fine = _fine(doc, 1000, 20000, 500)
        order = "没收渔获物和电鱼工具；并处罚款"
    else:
        agency_co = cty.county[:2] + r.choice(["阳光", "快乐", "途易", "山水"]) + "旅行社有限公司"
        rep = _person(doc, born=r.randint(1965, 1985), cty=cty)
        doc.t("经查明，")
        if days[0].month == 10 and days[0].day <= 7:
            D(doc, days[0]).t("（国庆")
            TM(doc, "黄金周").t(f"期间），{label}")
        else:
            D(doc, days[0]).t("（" + r.choice(["周末", "暑期", "节假日"]) + f"），{label}")
        N(doc, p).t("在未取得导游证的情况下，受").k("org_name", agency_co).t("（法定代表人").k("legal_rep", rep.name).t("）指派，")
        doc.t(f"带领{r.randint(20, 45)}名游客游览" + r.choice(["古镇景区", "溶洞景区", "国家森林公园", "红色教育基地"]) + "，收取带团费")
        doc.k("amount", f"{r.randint(2, 8)}00元").t("，带团费通过微信转账（").p("contact", _wechat(doc)).t("）收取。")
        _keep(doc, rep.name, 0.35)
        doc.t(f"{label}称其曾参加导游资格考试但未通过，以")
        TM(doc, "王牌").t("讲解员自居。\n")
        violate = ("《中华人民共和国旅游法》", "第三十七条")
        punish = ("《中华人民共和国旅游法》", "第一百零二条第一款")
        fine = _fine(doc, 1000, 10000, 500)
        order = "没收违法所得；并处罚款"
    ev: list = [_ev_iv(doc, p, "其实施违法行为的经过")]
    ev.append({"land": "测绘报告一份，证明非法占用土地的面积和地类", "forest": "林木采伐价值鉴定意见书，证明被滥伐林木的株数、蓄积和价值",
               "fish": "扣押物品清单及渔获物照片，证明电鱼工具和渔获物的情况", "guide": "旅游合同及行程单，证明当事人带团的事实"}[case])  # fmt: skip
    ev += _ev_common(doc, r.randint(2, 3))
    _evidence(doc, ev)
    _section(doc, style, 1, "处罚依据及理由")
    doc.t(f"本机关认为，{label}的上述行为违反了")
    _law(doc, *violate).t("的规定。")
    _notice_done(doc, days[3], fine >= 10000, r.choice([f"{label}在规定期限内未提出陈述申辩意见。", f"{label}在规定期限内提出了陈述申辩意见。"]))
    if r.random() < 0.6:
        _plea(doc)
    _discretion(doc)
    doc.t("依据")
    _law(doc, *punish).t("的规定，结合其违法情节，")
    if r.random() < 0.5:
        doc.t("参照")
        _law(doc, f"《{cty.prov or cty.city}{'自然资源' if case == 'land' else '林业' if case == 'forest' else '农业' if case == 'fish' else '文化和旅游'}行政处罚裁量权基准》").t("，")
    _section(doc, style, 2, "处罚决定")
    doc.t("本机关决定对" + label)
    N(doc, p).t("作出如下行政处罚：" + order)
    M(doc, fine).t("。\n")
    _section(doc, style, 3, "履行方式和期限")
    _pay_line(doc)
    _relief(doc, cty)
    if r.random() < 0.6:
        _publish(doc, cty)
    _foot(doc, agency, cty, days[-1], offs[0][0] if r.random() < 0.3 else None)
    if web:
        _web_close(doc, cty)


# ---- core: 行政处罚决定书 for a company, an 个体工商户 or a 社会组织 -----------------------------------


def c_org(doc: Doc) -> None:
    """行政处罚决定书 for a company (职业病防治, 娱乐场所接纳未成年人, 校外培训) with 法定代表人 and a
    委托代理人, or for an 个体工商户 (明码标价) whose 经营者 is a natural person."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 5, 120)
    case = r.choice(["occ", "ktv", "train", "price"])
    domain = {"occ": "health", "ktv": "culture", "train": "edu", "price": "market"}[case]
    agency = _agency(doc, cty, domain)
    docno = _docno(doc, cty, domain, days[-1].year)
    web = _maybe_web(doc, 0.2)
    offs = _officers(doc, cty, 3)
    label = _party_label(doc, cty)
    style = _style(doc, cty)
    _web_or_plain_head(doc, web, agency, cty, "行政处罚决定书", days[-1])
    _head(doc, agency, "行政处罚决定书", docno)
    if case == "price":
        shop = r.choice(NAMED_SHOPS) if r.random() < 0.5 else cty.county[:2] + r.choice(TRADE) + r.choice(["超市", "药店", "加油站", "眼镜店"])
        op = _person(doc, born=r.randint(1965, 1995), cty=cty)
        doc.t(f"{label}：").k("org_name", shop).t("（个体工商户）\n统一社会信用代码：").k("credit_code", _uscc(doc, cty, "92"))
        doc.t("\n经营场所：").k("registered_address", _reg_addr(doc, cty)).t("\n经营者：")
        N(doc, op).t(f"，{op.gender}，身份证号码：")
        I(doc, op).t("，住")
        A(doc, op).t("，联系电话：")
        P(doc, op).t("\n")
        subject = op
    else:
        kinds = {"occ": ["石材", "陶瓷", "家具制造", "铸造"], "ktv": ["娱乐", "文化娱乐"], "train": ["教育咨询", "文化传播", "教育科技"]}[case]
        co = _company(doc, cty, kinds)
        rep = _person(doc, born=r.randint(1962, 1990), cty=cty)
        _org_party(doc, cty, co, rep, label)
        subject = None
        if r.random() < 0.6:
            if r.random() < 0.6:
                _lawyer(doc, cty)
            else:
                emp = _person(doc, born=r.randint(1980, 1998), cty=cty)
                doc.t("委托代理人：")
                N(doc, emp).t("，该公司" + r.choice(["行政主管", "安全主管", "员工"]) + "，身份证号码：")
                I(doc, emp).t("\n")
    doc.t("\n")
    _procedure(doc, days[1], offs, r.choice(["群众投诉举报", "“双随机、一公开”抽查发现", "上级部门交办", "专项检查发现"]))
    _section(doc, style, 0, "违法事实")
    if case == "occ":
        workers = [_person(doc, born=r.randint(1965, 1998), cty=cty, local=0.9) for _ in range(r.randint(3, 5))]
        doc.t("本机关于")
        D(doc, days[0]).t("对").k("org_name", co).t("进行职业卫生监督检查，发现该公司石材切割、打磨岗位存在矽尘、噪声等职业病危害因素，")
        doc.t(f"该公司未按规定组织接触职业病危害的劳动者进行上岗前和在岗期间职业健康检查，涉及劳动者{len(workers) + r.randint(3, 20)}人，包括")
        for i, w_ in enumerate(workers):
            doc.t("、" if i else "")
            N(doc, w_)
        doc.t("等。其中")
        N(doc, workers[0]).t(f"（{workers[0].gender}，{_age(workers[0], days[0])}岁）已在打磨岗位工作{r.randint(3, 9)}年，")
        doc.t("月工资").p("financial", f"{r.randint(45, 85)}00元").t("，自述近年出现咳嗽、胸闷。车间")
        TM(doc, "高温").t("且粉尘弥漫，")
        TM(doc, "周边").t("有居民住宅。\n")
        violate = ("《中华人民共和国职业病防治法》", "第三十五条第一款")
        punish = ("《中华人民共和国职业病防治法》", "第七十一条第（四）项")
        fine = _fine(doc, 20000, 100000, 5000)
    elif case == "ktv":
        kids = [_person(doc, born=r.randint(2008, 2011), cty=cty, local=1.0) for _ in range(r.randint(2, 3))]
        mom = _kin(doc, kids[0], "母")
        doc.t("本机关于")
        D(doc, days[0]).t("接到")
        N(doc, mom).t("（")
        N(doc, kids[0]).t("之母）投诉后，")
        OF(doc, offs[:2], "派执法人员").t("于当晚对").k("org_name", co).t("经营的KTV进行检查，发现该场所接纳未成年人")
        for i, k in enumerate(kids):
            doc.t("、" if i else "")
            N(doc, k).t(f"（{_age(k, days[0])}周岁）")
        doc.t("进入包厢消费，并向其销售酒水，消费")
        doc.k("amount", f"{r.randint(3, 9)}{r.randint(0, 9)}8元").t("。场所未在显著位置悬挂未成年人禁入标志。\n")
        violate = ("《娱乐场所管理条例》", "第二十三条第一款")
        punish = ("《娱乐场所管理条例》", "第四十八条第（一）项")
        fine = _fine(doc, 10000, 30000, 1000)
    elif case == "train":
        teachers = [_person(doc, born=r.randint(1990, 2003), cty=cty) for _ in range(r.randint(2, 3))]
        parent = _person(doc, born=r.randint(1978, 1992), cty=cty)
        n = r.randint(20, 120)
        income = n * r.randint(15, 40) * 100
        doc.t("经查，").k("org_name", co).t("未取得办学许可证，自")
        D(doc, days[0] - timedelta(days=r.randint(60, 200)), "md").t("起在").k("registered_address", _reg_addr(doc, cty))
        doc.t(f"面向义务教育阶段学生开展数学、英语、物理学科类培训，共招收学员{n}人，收取培训费")
        M(doc, income, "comma").t("，聘用教师")
        for i, t_ in enumerate(teachers):
            doc.t("、" if i else "")
            N(doc, t_)
        doc.t("等人（均未取得教师资格证）。家长")
        N(doc, parent).t("提供的缴费凭证显示，培训费由该公司法定代表人").k("legal_rep", rep.name).t("个人收取。\n")
        violate = ("《校外培训行政处罚暂行办法》", "第十三条第一款")
        punish = ("《校外培训行政处罚暂行办法》", "第十三条第一款")
        fine = income * r.choice([1, 2])
    else:
        assert subject is not None
        clerk = _person(doc, sex="女", born=r.randint(1985, 2002), cty=cty)
        doc.t("本机关执法人员于")
        D(doc, days[0]).t("对当事人经营场所进行检查时发现，当事人店内" + r.choice(["陈列销售的", "货架上的"]))
        doc.t(f"{r.randint(12, 80)}种商品未按规定明码标价，")
        doc.t("部分商品价签标示的价格与实际结算价格不一致。收银员")
        N(doc, clerk).t("称价签由经营者")
        G(doc, subject).t("负责更换。当事人")
        TM(doc, "陈列").t("商品的价签品名、计价单位等标示不全。\n")
        violate = ("《中华人民共和国价格法》", "第十三条第一款")
        punish = ("《中华人民共和国价格法》", "第四十二条")
        fine = _fine(doc, 500, 5000, 100)
    ev: list = ["营业执照复印件，证明当事人的主体资格"] + _ev_common(doc, 2)
    if case == "occ":
        ev.insert(1, _ev_iv(doc, workers[1], "其在粉尘岗位工作、未参加职业健康检查"))
        ev.insert(2, "职业病危害因素检测报告，证明工作场所存在矽尘、噪声危害")
    elif case == "ktv":
        ev.insert(1, _ev_iv(doc, kids[1], "其进入场所消费的经过"))
        ev.insert(2, "包厢消费单据及监控录像，证明场所接纳未成年人并销售酒水")
    elif case == "train":
        ev.insert(1, _ev_iv(doc, teachers[0], "其受聘授课的情况"))
        ev.insert(2, "学员名单、收费凭证及银行流水，证明招生人数和收费金额")
    else:
        ev.insert(1, _ev_iv(doc, clerk, "店内商品标价的情况"))
        ev.insert(2, "现场拍摄的商品及价签照片，证明未明码标价的事实")
    _evidence(doc, ev)
    _section(doc, style, 1, "处罚依据")
    doc.t(f"本机关认为，{label}的上述行为违反了")
    _law(doc, *violate).t("的规定。")
    _notice_done(doc, days[2], fine >= 10000, r.choice(["当事人未提出陈述、申辩。", "当事人委托代理人提交了书面陈述申辩意见。"]))
    if fine >= 10000 and r.random() < 0.5:
        doc.t("当事人申请听证，本机关于")
        D(doc, days[3]).t("依法举行了听证会，听证主持人由").k("officer_name", offs[2][0]).t("担任。\n")
    if r.random() < 0.6:
        _plea(doc)
    _discretion(doc)
    doc.t("依据")
    _law(doc, *punish).t("的规定，")
    _section(doc, style, 2, "处罚决定")
    doc.t("本机关决定：" + ("给予警告，并处罚款" if case != "price" else "责令改正，罚款"))
    M(doc, fine).t("。\n")
    _pay_line(doc)
    _relief(doc, cty)
    if r.random() < 0.5:
        _publish(doc, cty)
    _foot(doc, agency, cty, days[-1])
    if web:
        _web_close(doc, cty)


# ---- core: 行政许可决定书 / 不予行政许可决定书 for natural persons ------------------------------------

_PERMITS = {
    "home": ("农村宅基地和建房（规划许可）", "乡村建设规划许可证", ("《中华人民共和国土地管理法》", "第六十二条第四款")),
    "taxi": ("出租汽车驾驶员从业资格", "出租汽车驾驶员从业资格证", ("《出租汽车驾驶员从业资格管理规定》", None)),
    "guide": ("导游证核发", "导游证", ("《中华人民共和国旅游法》", "第三十七条")),
    "vet": ("乡村兽医登记", "乡村兽医登记证", ("《执业兽医和乡村兽医管理办法》", None)),
    "fish": ("渔业捕捞许可", "渔业捕捞许可证", ("《中华人民共和国渔业法》", "第二十三条")),
    "cut": ("林木采伐许可", "林木采伐许可证", ("《中华人民共和国森林法》", "第五十六条")),
}  # fmt: skip


def _permit_no(doc: Doc, kind: str, cty: County, year: int) -> str:
    r = doc.r
    if kind == "home":
        return f"乡字第{cty.code}{year}{r.randint(0, 9999):04d}号"
    if kind == "taxi":
        return f"{cty.plate[0]}{cty.code[:4]}{year}{r.randint(0, 999999):06d}"
    if kind == "guide":
        return f"D-{cty.code[:4]}-{r.randint(0, 999999):06d}"
    if kind == "vet":
        return f"{cty.plate[0]}兽登字（{year}）第{r.randint(1, 9999):04d}号"
    if kind == "fish":
        return _fish_permit(doc, cty, year)
    return _cut_permit(doc, cty, year)


def c_permit(doc: Doc) -> None:
    """A 准予 or 不予 行政许可决定书 for a natural person (宅基地建房 by the township, 出租汽车驾驶员从业资格,
    导游证, 乡村兽医, 渔业捕捞, 林木采伐); the number of the certificate issued to the person is other_id,
    now and then the applicant is a cooperative and its number is permit_number."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 4, 40)
    kind = r.choice(list(_PERMITS))
    item, cert_name, basis = _PERMITS[kind]
    grant = r.random() < 0.65
    if kind == "home":
        town = r.choice(TOWNS)
        agency = cty.county + town + "人民政府"
        code = r.choice(["宅批", "宅审", "乡建许"])
    else:
        domain = {"taxi": "traffic", "guide": "culture", "vet": "agri", "fish": "agri", "cut": "forest"}[kind]
        agency = _agency(doc, cty, domain)
        code = {"taxi": "交许", "guide": "文旅许", "vet": "农兽许", "fish": "农渔许", "cut": "林采许"}[kind]
    if not grant:
        code = code + "不"
    docno = _docno(doc, cty, "land", days[-1].year, code)
    web = _maybe_web(doc, 0.1)
    org = kind in ("fish", "cut") and r.random() < 0.25
    title = ("准予行政许可决定书" if r.random() < 0.5 else "行政许可决定书") if grant else "不予行政许可决定书"
    _web_or_plain_head(doc, web, agency, cty, f"{item}{title}", days[-1])
    _head(doc, agency, title, docno)
    app = _person(doc, born=r.randint(1958, 2000), cty=cty, rural=kind in ("home", "fish", "cut", "vet"), local=0.95)
    village = r.choice(VILLAGES)
    if kind == "home":
        app.region = cty.triple
        app.address_detail = town + village + f"{r.randint(1, 12)}组{r.randint(1, 90)}号"
    if web and r.random() < 0.3:
        _rare(doc, app)
    offs = _officers(doc, cty)
    coop = ""
    if org:
        coop = cty.county[:2] + r.choice(["绿野", "丰源", "清溪", "青山"]) + ("渔业" if kind == "fish" else "林业") + "专业合作社"
        doc.t("申请人：").k("org_name", coop).t("\n统一社会信用代码：").k("credit_code", _uscc(doc, cty, "93")).t("\n")
        doc.t("法定代表人：").k("legal_rep", app.name).t("\n")
        _keep(doc, app.name, 0.3)
        doc.t("住所：").k("registered_address", _reg_addr(doc, cty)).t("\n\n")
    else:
        doc.t("申请人：")
        N(doc, app).t(f"，{app.gender}，{app.extra['nation']}，{_ds(app.extra['birth'])}出生，文化程度：" + r.choice(["初中", "高中", "中专", "大专", "本科"]) + "，")
        if kind == "guide" and r.random() < 0.3:
            doc.t("证件类型：护照，证件号码：").p("passport", _passport(doc)).t("，居民身份证号码：")
        else:
            doc.t("身份证号码：")
        I(doc, app).t("\n住址：")
        A(doc, app).t("\n联系电话：")
        P(doc, app).t("\n\n")
    doc.t(f"申请事项：{item}\n申请日期：")
    D(doc, days[0], r.choice(["cn", "dash"])).t("\n法定办理时限：" + r.choice(["20个工作日", "10个工作日", "承诺5个工作日"]) + "\n\n")
    doc.t("你" + ("社" if org else "") + "于")
    D(doc, days[0]).t(f"提出的{item}申请，本机关于")
    D(doc, days[0] + timedelta(days=r.randint(0, 3)), "md").t("在" + cty.county + "政务服务中心" + str(r.randint(1, 30)) + "号窗口依法受理（受理通知书编号：")
    doc.k("doc_number", _docno(doc, cty, "land", days[0].year, "受")).t("）。")
    doc.t("申请人提交了以下材料：")
    mats = {"home": ["农村宅基地和建房（规划许可）申请表", "户口簿及家庭成员身份证复印件", "村民小组会议记录", "住房建设图纸"],
            "taxi": ["申请表", "机动车驾驶证复印件", "无重大以上交通责任事故记录证明", "考试合格证明"],
            "guide": ["申请表", "导游资格证", "劳动合同", "近期免冠照片"], "vet": ["乡村兽医登记申请表", "学历证明或培训合格证明", "身份证明"],
            "fish": ["渔业捕捞许可申请书", "渔业船舶检验证书", "渔业船舶登记证书", "身份证明"],
            "cut": ["林木采伐申请书", "林木权属证明", "采伐作业设计"]}[kind]  # fmt: skip
    doc.t("；".join(f"{i}.{m}" for i, m in enumerate(mats, 1)) + "。\n")
    doc.t("本机关受理后，指派工作人员").k("officer_name", offs[0][0]).t("、").k("officer_name", offs[1][0]).t("于")
    D(doc, days[1]).t(r.choice(["进行实地核查", "到现场踏勘", "对申请材料进行审查并实地核实"]) + "。")
    if kind == "home":
        leader = _person(doc, sex="男", born=r.randint(1960, 1985), cty=cty, rural=True, local=1.0)
        chief = _person(doc, born=r.randint(1965, 1988), cty=cty, rural=True, local=1.0)
        doc.t("村民小组组长")
        N(doc, leader).t("、").k("org_name", village[:-1] + "村民委员会").t("主任")
        N(doc, chief).t("陪同核查并签署了意见，")
        doc.t("申请事项已于")
        D(doc, days[1] + timedelta(days=1), "md").t("至")
        D(doc, days[1] + timedelta(days=8), "md").t("在村务公开栏公示。")
    if kind != "home":
        checker = _person(doc, born=r.randint(1960, 1988), cty=cty, local=1.0)
        doc.t({"taxi": "经向申请人原工作单位核实，其负责人", "guide": "经电话核实，旅行社经办人", "vet": "经走访核实，",
               "fish": "经走访核实，", "cut": "经走访核实，"}[kind])  # fmt: skip
        if kind in ("vet", "fish", "cut"):
            doc.k("org_name", village[:-1] + "村民委员会").t("主任")
        N(doc, checker).t("证实申请人" + {"taxi": "驾驶技术熟练、无不良记录", "guide": "已入职并参加岗前培训",
                                        "vet": "长期在本村从事畜禽诊疗", "fish": "世代以捕鱼为业", "cut": "系该林地的承包经营者"}[kind] + "。")  # fmt: skip
    doc.t("\n经审查，")
    if kind == "home":
        members = [_kin(doc, app, "妻" if app.gender == "男" else "夫")] + [_kin(doc, app, r.choice(["子", "女"])) for _ in range(r.randint(0, 2))]
        area = r.randint(90, 140)
        doc.t("申请人户籍在").k("place", village).t(f"，家庭人口{len(members) + 1}人（")
        N(doc, app).t("、")
        for i, m in enumerate(members):
            doc.t("、" if i else "")
            N(doc, m)
        doc.t(f"），申请在{village}{r.randint(1, 12)}组使用集体建设用地{area}平方米新建住房，建筑面积{area * 2}平方米，层数两层，")
        doc.t("建筑高度不超过").t("9米。")
        if grant:
            doc.t("经村民小组会议讨论通过并公示无异议，符合国土空间规划和“一户一宅”规定。\n")
        else:
            bro = _kin(doc, app, "兄")
            doc.t("经核查，申请人与其兄")
            N(doc, bro).t("未分户，且申请人已在")
            A(doc, app, "county").t("拥有宅基地一处（不动产权证号：").p("property_certificate", _property_cert(doc, cty, r.randint(2015, 2022)))
            doc.t("），不符合“一户一宅”规定。\n")
    elif kind == "taxi":
        doc.t("申请人持有机动车驾驶证，准驾车型C1，驾龄" + str(r.randint(3, 20)) + "年，")
        if grant:
            doc.t("经考试合格（考试成绩" + str(r.randint(80, 98)) + "分），无交通肇事犯罪、危险驾驶犯罪记录，近三个驾驶记分周期内无记满12分记录。\n")
        else:
            doc.t("经查询，申请人于" + str(days[0].year - r.randint(1, 3)) + "年有饮酒后驾驶机动车记录，")
            doc.t("不符合")
            _law(doc, "《出租汽车驾驶员从业资格管理规定》").t("规定的条件。\n")
    elif kind == "guide":
        ta = cty.county[:2] + r.choice(["国际", "青年", "假日"]) + "旅行社有限公司"
        doc.t("申请人已取得导游资格证（证书编号：").p("other_id", f"DYZ{days[0].year - r.randint(1, 5)}{cty.code[:2]}{r.randint(0, 999999):06d}")
        doc.t("），并与").k("org_name", ta).t("订立劳动合同。")
        if grant:
            doc.t("申请材料齐全，符合法定条件。\n")
        else:
            doc.t("但申请人提交的劳动合同未经旅行社盖章确认，经通知补正后逾期未补正。\n")
    elif kind == "vet":
        doc.t(f"申请人从事动物诊疗服务{r.randint(5, 25)}年，在").k("place", r.choice(TOWNS) + "畜牧兽医站").t("培训合格，")
        if grant:
            doc.t("符合乡村兽医登记条件。\n")
        else:
            doc.t("但未能提供中等以上学历证明或相关培训合格证明原件。\n")
    elif kind == "fish":
        boat = f"{cty.county[:2]}渔{r.randint(10000, 99999)}"
        doc.t(f"申请渔船船名号{boat}，船长{round(r.uniform(5, 12), 1)}米，主机功率{r.randint(8, 40)}千瓦，作业方式" + r.choice(["刺网", "地笼", "钓具"]) + "，")
        doc.t("作业场所为").k("place", r.choice(["清水河", "东湖水库", "白沙河", "桃花江"]) + r.choice(["全段", "库区", "下游江段"])).t("。")
        if grant:
            doc.t("渔船检验证书、登记证书齐全有效。\n")
        else:
            doc.t("该渔船未取得渔业船舶检验证书。\n")
    else:
        trees = r.randint(30, 500)
        doc.t("申请采伐地点位于").k("place", r.choice(TOWNS) + r.choice(VILLAGES) + r.choice(["“大冲”", "“屋背山”", "“牛角湾”"]))
        doc.t(f"，树种为杉木、{r.choice(['杨树', '马尾松', '桉树'])}，株数{trees}株，蓄积{round(trees * r.uniform(0.1, 0.3), 1)}立方米，采伐方式为")
        doc.t(r.choice(["皆伐", "择伐"]) + "。林权证号")
        num = f"{cty.county[:2]}林证字（{r.randint(2008, 2016)}）第{r.randint(100, 99999):05d}号"
        doc.k("permit_number", num) if org else doc.p("other_id", num)
        doc.t("。")
        if grant:
            doc.t("经现场核实，申请符合年度采伐限额。\n")
        else:
            doc.t("经现场核实，申请采伐的")
            TM(doc, "林地").t("位于生态公益林范围内，不得进行商业性采伐。\n")
    doc.t("根据")
    _law(doc, *basis)
    doc.t("和")
    _law(doc, "《中华人民共和国行政许可法》", "第三十八条" + ("第一款" if grant else "第二款")).t("的规定，本机关决定")
    if grant:
        year = days[-1].year
        num = _permit_no(doc, kind, cty, year)
        doc.t(f"准予行政许可，向你{'社' if org else ''}核发{cert_name}，编号：")
        doc.k("permit_number", num) if org else doc.p("other_id", num)
        doc.t("，有效期自")
        D(doc, days[-1], "cn").t("至")
        D(doc, days[-1] + timedelta(days=365 * r.choice([1, 3, 5]) - 1), "cn").t("。\n")
        doc.t("你应当履行下列义务：\n")
        duties = {
            "home": ["开工前向镇人民政府申请划定宅基地用地范围，到场放线后方可开工", "严格按照批准的面积、层数和位置建设，不得擅自变更",
                     "房屋竣工后及时申请竣工验收并办理不动产登记", "旧宅基地在新房竣工后三个月内拆除并退还集体"],
            "taxi": ["按规定参加继续教育", "文明驾驶、规范服务，不得拒载、绕道、甩客", "从业资格证件不得转借、出租、涂改"],
            "guide": ["执业时携带电子导游证并佩戴导游身份标识", "不得擅自变更旅游行程或者拒绝履行旅游合同", "不得诱导、欺骗、强迫游客购物"],
            "vet": ["在登记的区域内从事动物诊疗服务活动", "规范使用兽药，建立用药记录", "按规定报告动物疫情"],
            "fish": ["按照许可的作业类型、场所、时限和渔具数量进行作业", "遵守禁渔区、禁渔期规定", "如实填写渔捞日志"],
            "cut": ["按照许可的地点、株数、蓄积和方式采伐", "采伐结束后当年或者次年完成更新造林", "不得在采伐区内烧荒"],
        }[kind]  # fmt: skip
        for i, duty in enumerate(duties, 1):
            doc.t(f"{i}.{duty}；\n" if i < len(duties) else f"{i}.{duty}。\n")
        doc.t("违反上述义务的，本机关将依法责令改正，情节严重的依法撤销行政许可。许可有效期届满需要延续的，应当在届满三十日前提出申请。")
        doc.t("根据")
        _law(doc, "《中华人民共和国行政许可法》", "第四十条").t("的规定，本准予行政许可决定将予以公开，公众有权查阅（公开时隐去个人身份证号码、联系方式等信息）。\n")
        if kind == "home":
            doc.t("房屋不得占用村道、")
            TM(doc, "马路").t("及排水沟。\n")
        doc.t("证件领取方式：")
        if org or r.random() < 0.5:
            doc.t("☑窗口领取  □邮寄送达\n")
        else:
            doc.t("□窗口领取  ☑邮寄送达（收件人：")
            N(doc, app).t("，电话：")
            P(doc, app).t("，地址：")
            A(doc, app, "county").t("）\n")
        _relief(doc, cty)
    else:
        doc.t("不予行政许可。\n")
        doc.t("根据")
        _law(doc, "《中华人民共和国行政许可法》", "第三十八条第二款").t("的规定，现将不予许可的理由说明如下：你的申请不符合法定条件、标准，")
        doc.t(r.choice(["本机关已通过电话告知你补正，你在规定期限内未补正", "经现场核实，实际情况与申请材料不符", "不符合相关规划和管理规定"]) + "。")
        doc.t("你提交的申请材料原件已退还，复印件由本机关存档。\n")
        doc.t(r.choice(["申请人在不予许可的情形消除后，可以重新提出申请。", "申请人可以在补齐相关材料后重新申请。"]))
        doc.t("如有疑问，可向本机关政务服务窗口咨询（经办人：").k("officer_name", offs[0][0]).t("）。\n")
        _relief(doc, cty)
    doc.t("\n本决定自送达之日起生效。本决定书" + r.choice(["一式两份，申请人、本机关各执一份。", "一式三份，申请人、本机关及档案室各存一份。"]))
    doc.t("办理进度可通过政务服务网或者拨打12345政务服务便民热线查询。\n")
    doc.t("审查意见：" + ("经审查，申请符合法定条件，建议准予许可。" if grant else "经审查，申请不符合法定条件，建议不予许可。"))
    doc.t("经办人：").k("officer_name", offs[0][0]).t("    审核人：").k("officer_name", offs[1][0]).t("    批准人：").k("officer_name", _officers(doc, cty, 1)[0][0]).t("\n")
    _foot(doc, agency, cty, days[-1])
    if web:
        _web_close(doc, cty)


# ---- core: 责令改正 / 责令限期拆除 / 劳动保障监察责令改正决定 -----------------------------------------


def c_rectify(doc: Doc) -> None:
    """责令改正通知书 or 责令限期拆除通知书 to a resident (违法建设), a 劳动保障监察责令改正决定书 to an
    employer with the list of workers and their unpaid wages (financial), or a 责令改正通知书 to a
    barber's 个体工商户 (公共场所卫生)."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 4, 40)
    case = r.choice(["build", "wage", "wage", "health"])
    domain = {"build": "urban", "wage": "labour", "health": "health"}[case]
    agency = _agency(doc, cty, domain)
    offs = _officers(doc, cty)
    if case == "build":
        title = r.choice(["责令限期拆除通知书", "责令停止违法行为通知书", "责令改正通知书"])
    elif case == "wage":
        title = r.choice(["劳动保障监察责令改正决定书", "劳动保障监察限期改正指令书"])
    else:
        title = "卫生监督意见书（责令改正）" if r.random() < 0.4 else "责令改正通知书"
    code = {"build": r.choice(["限拆", "责改", "城管责改"]), "health": r.choice(["卫监责改", "卫责改", "卫监意"]), "wage": None}[case]
    docno = _docno(doc, cty, domain, days[-1].year, code)
    _head(doc, agency, title, docno)
    if case == "build":
        p = _person(doc, born=r.randint(1955, 1990), cty=cty, local=1.0, rural=False)
        if r.random() < 0.5:
            N(doc, p).t("：\n")
        else:
            _party(doc, p, "当事人", days[-1], r.choice([0, 2, 4]))
        abroad = r.random() < 0.3
        doc.t("经查，你（户）于")
        D(doc, days[0], "md").t("起在")
        doc.t(p.region[2]).p("address", p.address_detail).t("房屋" + r.choice(["东侧", "后院", "屋顶", "门前"]) + "擅自搭建")
        doc.t(r.choice(["砖混结构附房", "钢架彩钢棚", "铝合金阳光房", "三层砖混房屋"]) + f"，面积约{r.randint(12, 160)}平方米，未取得建设工程规划许可证。")
        doc.t("经执法人员").k("officer_name", offs[0][0]).t("、").k("officer_name", offs[1][0]).t("现场测量，该建筑长" + f"{round(r.uniform(4, 15), 1)}米、宽{round(r.uniform(3, 8), 1)}米、")
        doc.t("高" + f"{round(r.uniform(2.5, 9), 1)}米，超出原有房屋占地范围。")
        if r.random() < 0.5:
            doc.t("你户原有房屋的不动产权证号为").p("property_certificate", _property_cert(doc, cty, r.randint(2008, 2022))).t("，证载建筑面积与现状不符。")
        nb = _person(doc, cty=cty, local=1.0)
        doc.t("该建筑紧邻邻居")
        N(doc, nb).t("家窗户，")
        N(doc, nb).t("于")
        D(doc, days[1], "md").t("向本机关投诉。")
        if abroad:
            bro = _kin(doc, p, r.choice(["兄", "弟"]))
            doc.t("因你长期在国外务工（护照号：").p("passport", _passport(doc)).t("），本通知由你的" + ("哥哥" if bro.extra["birth"] < p.extra["birth"] else "弟弟"))
            N(doc, bro).t("（联系电话：")
            P(doc, bro).t("）代收。")
        doc.t("\n你的行为违反了")
        _law(doc, "《中华人民共和国城乡规划法》", "第四十条第一款").t("的规定。根据")
        _law(doc, "《中华人民共和国城乡规划法》", "第六十四条").t("、")
        _law(doc, "《中华人民共和国行政强制法》", "第四十四条").t("的规定，现责令你：\n")
        doc.t("1.立即停止建设；\n2.于")
        D(doc, days[-1] + timedelta(days=r.choice([3, 7, 10, 15]))).t("前自行拆除违法建筑，恢复原状；\n")
        doc.t("3.拆除时应做好安全防护，不得影响")
        TM(doc, "周边").t("住户和")
        TM(doc, "马路").t("通行安全。\n逾期不拆除的，本机关将依法强制拆除，费用由你承担。\n")
    elif case == "wage":
        co = _company(doc, cty, ["建筑劳务", "服饰", "鞋业", "农业开发", "物业管理"])
        rep = _person(doc, born=r.randint(1962, 1988), cty=cty)
        _org_party(doc, cty, co, rep, "用人单位", "法定代表人（主要负责人）")
        doc.t("\n经调查，你单位存在下列违反劳动保障法律、法规或者规章的行为：\n")
        workers = [_person(doc, born=r.randint(1960, 2002), cty=cty, local=0.85) for _ in range(r.randint(3, 6))]
        doc.t("拖欠劳动者工资。你单位自")
        D(doc, days[0] - timedelta(days=r.randint(60, 200)), "md").t("至")
        D(doc, days[0], "md").t(f"未足额支付{len(workers)}名劳动者工资，合计")
        total = 0
        owed = []
        for _ in workers:
            v = r.randint(30, 260) * 100
            owed.append(v)
            total += v
        M(doc, total, r.choice(["plain", "comma"])).t("。明细如下：\n")
        doc.t("| 序号 | 姓名 | 身份证号码 | 岗位 | 拖欠工资（元） | 收款账户 |\n|---|---|---|---|---|---|\n" if r.random() < 0.6 else "")
        table = doc.text.endswith("|---|---|---|---|---|---|\n")
        for i, (w_, v) in enumerate(zip(workers, owed, strict=True)):
            job = r.choice(["车工", "搬运工", "保洁员", "木工", "钢筋工", "保安", "采摘工"])
            if table:
                doc.t(f"| {i + 1} | ")
                N(doc, w_).t(" | ")
                I(doc, w_).t(f" | {job} | ").p("financial", f"{v}").t(" | ")
                if r.random() < 0.7:
                    bank, num = _card(doc)
                    doc.t(bank + " ").p("bank_account", num)
                else:
                    doc.t("现金")
                doc.t(" |\n")
            else:
                doc.t(f"{i + 1}.")
                N(doc, w_).t(f"，{job}，被拖欠工资").p("financial", f"{v}元").t("；\n")
        doc.t("\n以上行为违反了")
        _law(doc, "《中华人民共和国劳动法》", "第五十条").t("和")
        _law(doc, "《保障农民工工资支付条例》", "第十五条").t("的规定。根据")
        _law(doc, "《劳动保障监察条例》", "第二十六条").t("的规定，责令你单位于")
        D(doc, days[-1] + timedelta(days=r.choice([3, 5, 7]))).t("前支付上述劳动者工资，并将改正情况书面报送本局。")
        doc.t("逾期不改正的，本局将责令你单位按应付金额百分之五十以上一倍以下的标准加付赔偿金，并依法将你单位列入拖欠农民工工资失信联合惩戒对象名单。\n")
        _keep(doc, rep.name, 0.3)
    else:
        shop = cty.county[:2] + r.choice(TRADE) + r.choice(["美发店", "理发店", "足浴店", "浴室"])
        op = _person(doc, born=r.randint(1970, 1998), cty=cty)
        doc.k("org_name", shop).t("（经营者：")
        N(doc, op).t("，身份证号：")
        I(doc, op).t("）：\n")
        staff = [_person(doc, born=r.randint(1985, 2004), cty=cty) for _ in range(r.randint(1, 3))]
        D(doc, days[0]).t("，本机关卫生监督员").k("officer_name", offs[0][0]).t("、").k("officer_name", offs[1][0])
        doc.t("对你店进行检查，发现：1.从业人员")
        for i, s in enumerate(staff):
            doc.t("、" if i else "")
            N(doc, s)
        doc.t("未取得有效健康合格证明即从事直接为顾客服务的工作；2.未建立卫生管理档案；3.顾客用品用具未按规定清洗消毒，")
        doc.t("消毒记录缺失；4.公共用品用具储藏间与杂物混放；5.店内未设置醒目的禁止吸烟警语和标志。经营者")
        G(doc, op).t("称店内员工流动性大，" + r.choice(["来不及办健康证", "健康证正在办理中", "不知道需要办理健康证"]) + "。\n")
        doc.t("上述行为违反了")
        _law(doc, "《公共场所卫生管理条例实施细则》", "第十条第一款").t("、").k("article", "第十二条").t("的规定。依据")
        _law(doc, "《公共场所卫生管理条例》", "第十四条").t("的规定，责令你店于")
        D(doc, days[-1] + timedelta(days=r.choice([7, 10, 15]))).t("前改正：组织从业人员进行健康检查，取得健康合格证明后方可上岗；建立健全卫生管理制度和档案。\n")
    word = "决定" if "决定" in title else "通知"
    if case != "build":
        doc.t("整改要求：1.立即停止违法行为；2.按期完成整改并保留整改前后的照片、凭证等资料；3.整改期间接受本机关的监督检查。\n")
    doc.t("请于改正期限届满之日起三日内将改正情况书面报告本机关。本机关将于期限届满后进行复查，逾期未改正或者改正不到位的，将依法予以处罚。")
    doc.t(f"你（单位）对本{word}认定的事实有异议的，可以在收到本{word}之日起三日内向本机关提出陈述、申辩，并提供相关证据材料。\n")
    if r.random() < 0.6:
        doc.t("本" + word + "所依据的调查材料包括：现场检查（勘验）笔录、询问笔录、现场照片" + str(r.randint(3, 12)) + "张")
        doc.t(r.choice(["及投诉材料", "及执法记录仪视频", "、书证复印件"]) + "。现场检查时在场人员为")
        wit = _person(doc, born=r.randint(1960, 1995), cty=cty, local=1.0)
        role = {"build": r.choice(["邻居", "社区网格员", "村民小组长"]), "wage": r.choice(["公司员工", "公司出纳", "劳动者代表"]),
                "health": r.choice(["店员", "收银员", "顾客"])}[case]  # fmt: skip
        N(doc, wit).t("（" + role + "，联系电话")
        P(doc, wit).t("）。\n")
    doc.t("如对本" + word + "不服，可以在收到之日起六十日内向").k("agency_name", cty.county + "人民政府")
    doc.t("申请行政复议，或者在六个月内向").k("agency_name", cty.county + "人民法院").t("提起行政诉讼。\n")
    doc.t("\n执法人员：").k("officer_name", offs[0][0]).t("（").k("officer_cert", offs[0][1]).t("）  ")
    doc.k("officer_name", offs[1][0]).t("（").k("officer_cert", offs[1][1]).t("）\n")
    _foot(doc, agency, cty, days[-1])
    doc.t("\n附：相关法律条文\n")
    if case == "build":
        _law(doc, "《中华人民共和国城乡规划法》", "第六十四条").t("　未取得建设工程规划许可证或者未按照建设工程规划许可证的规定进行建设的，由县级以上地方人民政府城乡规划主管部门责令停止建设；")
        doc.t("尚可采取改正措施消除对规划实施的影响的，限期改正，处建设工程造价百分之五以上百分之十以下的罚款；无法采取改正措施消除影响的，限期拆除，")
        doc.t("不能拆除的，没收实物或者违法收入，可以并处建设工程造价百分之十以下的罚款。\n")
    elif case == "wage":
        _law(doc, "《劳动保障监察条例》", "第二十六条").t("　用人单位有下列行为之一的，由劳动保障行政部门分别责令限期支付劳动者的工资报酬、劳动者工资低于当地最低工资标准的差额或者解除劳动合同的经济补偿；")
        doc.t("逾期不支付的，责令用人单位按照应付金额50%以上1倍以下的标准计算，向劳动者加付赔偿金：（一）克扣或者无故拖欠劳动者工资报酬的；")
        doc.t("（二）支付劳动者的工资低于当地最低工资标准的；（三）解除劳动合同未依法给予劳动者经济补偿的。\n")
    else:
        _law(doc, "《公共场所卫生管理条例》", "第十四条").t("　凡有下列行为之一的单位或者个人，卫生防疫机构可以根据情节轻重，给予警告、罚款、停业整顿、吊销“卫生许可证”的行政处罚：")
        doc.t("（一）卫生质量不符合国家卫生标准和要求，而继续营业的；（二）未获得“健康合格证”，而从事直接为顾客服务的；（三）拒绝卫生监督的；")
        doc.t("（四）未取得“卫生许可证”，擅自营业的。\n")
    doc.t("\n签收人：________  签收日期：____年__月__日\n" if r.random() < 0.5 else "")


# ---- core: 行政复议决定书 ----------------------------------------------------------------------------


def c_review(doc: Doc) -> None:
    """行政复议决定书 of a county government: 申请人 (a person, with a lawyer or a relative as agent),
    被申请人 (a county department and its 负责人), 第三人 (a neighbour or a company)."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 7, 200)
    gov = cty.county + "人民政府"
    case = r.choice(["land", "urban", "traffic", "labour"])
    dept = _agency(doc, cty, case)
    head_p = _person(doc, born=r.randint(1965, 1980), cty=cty)
    app = _person(doc, born=r.randint(1955, 1995), cty=cty, local=0.9)
    web = _maybe_web(doc, 0.15)
    if web:
        _web_open(doc, gov, cty, "行政复议决定书", days[-1])
    doc.k("agency_name", gov).t("\n行政复议决定书\n").k("doc_number", f"{cty.short}政复决字〔{days[-1].year}〕{r.randint(1, 90)}号").t("\n\n")
    doc.t("申请人：")
    N(doc, app).t(f"，{app.gender}，{_ds(app.extra['birth'])}出生，{app.extra['nation']}，住")
    A(doc, app).t("，公民身份号码：")
    I(doc, app).t("。\n")
    if r.random() < 0.3:
        doc.t("送达地址确认：电子邮箱").p("email", _email(doc)).t("。\n")
    if r.random() < 0.6:
        _lawyer(doc, cty)
    else:
        old = _age(app, days[-1]) >= 48
        rel = r.choice(["子", "女"]) if old else r.choice(["妻" if app.gender == "男" else "夫", "兄", "姐"])
        agent = _kin(doc, app, rel)
        doc.t("委托代理人：")
        N(doc, agent).t("，系申请人之" + {"子": "子", "女": "女", "妻": "妻", "夫": "夫", "兄": "兄", "姐": "姐"}[rel])
        doc.t("，住址同上。\n" if rel in ("子", "女", "妻", "夫") else "，联系电话")
        if rel in ("兄", "姐"):
            P(doc, agent).t("。\n")
    doc.t("被申请人：").k("agency_name", dept).t("，住所地").k("agency_address", _agency_addr(doc, cty)).t("。\n")
    doc.t(r.choice(["法定代表人：", "负责人："])).k("legal_rep", head_p.name).t("，" + r.choice(["局长", "大队长", "主任"]) + "。\n")
    third = None
    co = ""
    if case in ("land", "urban"):
        third = _person(doc, born=r.randint(1955, 1990), cty=cty, local=1.0)
        doc.t("第三人：")
        N(doc, third).t(f"，{third.gender}，住")
        A(doc, third, "county").t("。\n")
    elif case == "labour":
        co = _company(doc, cty, ["建筑工程", "建设", "劳务"])
        rep = _person(doc, born=r.randint(1965, 1985), cty=cty)
        doc.t("第三人：").k("org_name", co).t("，法定代表人").k("legal_rep", rep.name).t("。\n")
        _keep(doc, rep.name, 0.3)
    act = {"land": "行政处罚决定", "urban": "责令限期拆除决定", "traffic": "行政处罚决定", "labour": "投诉处理决定"}[case]
    docno = _docno(doc, cty, case, days[1].year)
    doc.t("\n申请人不服被申请人于")
    D(doc, days[1]).t(f"作出的{act}（").k("doc_number", docno).t("），于")
    D(doc, days[3]).t("向本机关申请行政复议，本机关依法予以受理。" + ("本机关依法通知第三人参加行政复议。" if third or co else "") + "本案现已审理终结。\n")
    doc.t("申请人请求：撤销被申请人作出的" + act + "。\n")
    doc.t("申请人称：")
    if case == "land":
        doc.t("涉案房屋系在其父亲")
        father = _kin(doc, app, "父")
        N(doc, father).t("的老宅基地上翻建，不属于非法占地。被申请人认定占地面积错误，且对第三人")
        N(doc, third).t("家同样的建房行为未予处理，处罚显失公平。\n")
    elif case == "urban":
        doc.t("其在自家院内搭建的雨棚是为了晾晒衣物，面积不大，不影响他人。第三人")
        G(doc, third).t("与其有宅基地纠纷，投诉系恶意报复。\n")
    elif case == "traffic":
        friend = _person(doc, born=r.randint(1970, 2000), cty=cty)
        doc.t("其驾驶的").p("vehicle_plate", _plate(doc, cty)).t("小型轿车当天系顺路搭载朋友")
        N(doc, friend).t("，对方自愿分摊油费，不属于非法营运。被申请人仅凭乘客陈述认定违法，证据不足。\n")
    else:
        boss = _person(doc, sex="男", born=r.randint(1965, 1985), cty=cty)
        doc.t("其在第三人承建的项目做工，被拖欠工资").p("financial", f"{r.randint(15, 80)}000元").t("，包工头")
        N(doc, boss).t("至今未付。被申请人以“劳务关系不明”为由不予立案，属于不履行法定职责。\n")
    doc.t("被申请人称：")
    doc.t(r.choice(["其作出的决定认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当，请求予以维持。",
                    "申请人的违法行为有现场勘验笔录、测量报告、询问笔录等证据证实，请求驳回申请人的复议请求。"]))  # fmt: skip
    doc.t("\n")
    if third is not None:
        doc.t("第三人称：")
        N(doc, third).t("认为申请人的建筑影响其通行和采光，要求依法处理。\n")
    doc.t("被申请人在法定期限内提交了书面答复及作出原行政行为的证据、依据：1.现场检查（勘验）笔录及照片；2.对申请人")
    N(doc, app).t("的询问笔录；")
    k = 3
    if third is not None:
        doc.t(f"{k}.第三人")
        N(doc, third).t("的投诉材料；")
        k += 1
    doc.t(f"{k}.行政处罚告知书、送达回证等程序材料；{k + 1}.相关法律依据。\n")
    revs = _officers(doc, cty, 2)
    doc.t("本机关行政复议人员").k("officer_name", revs[0][0]).t("、").k("officer_name", revs[1][0]).t("于")
    D(doc, days[4]).t(r.choice(["到现场进行了实地调查，并", "组织"]) + "听取了申请人、被申请人" + ("和第三人" if third or co else "") + "的意见。")
    if r.random() < 0.5:
        doc.t("申请人补充提交了")
        doc.t({"land": "其父亲的老宅基地使用证复印件", "urban": "邻居出具的证明", "traffic": "与乘客的微信聊天记录截图",
               "labour": "工友出具的证人证言及记工本复印件"}[case] + "。")  # fmt: skip
    doc.t("\n经审理查明：")
    D(doc, days[0]).t("，被申请人接到" + ("第三人投诉" if third else "举报") + "后进行调查，")
    D(doc, days[1], "md").t(f"作出{act}。申请人")
    N(doc, app).t("于")
    D(doc, days[2], "md").t("签收。上述事实有" + r.choice(["现场勘验笔录", "询问笔录", "送达回证", "测绘报告"]) + "等证据在案佐证。\n")
    uphold = r.random() < 0.7
    doc.t("本机关认为：")
    if uphold:
        doc.t("被申请人作出的" + act + "认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当。申请人的主张缺乏事实和法律依据，本机关不予支持。根据")
        _law(doc, "《中华人民共和国行政复议法》", "第六十八条").t("的规定，本机关决定：\n维持被申请人作出的" + act + "（").k("doc_number", docno).t("）。\n")
    else:
        doc.t("被申请人作出的" + act + "主要事实不清、证据不足。根据")
        _law(doc, "《中华人民共和国行政复议法》", "第六十四条第一款第（一）项").t("的规定，本机关决定：\n撤销被申请人作出的" + act + "（").k("doc_number", docno).t("），责令被申请人在六十日内重新作出处理。\n")
    doc.t("申请人、第三人如不服本决定，可以自收到本决定书之日起十五日内，依法向").k("agency_name", cty.county + "人民法院").t("提起行政诉讼。\n")
    doc.t("抄送：").k("agency_name", dept).t("\n")
    doc.t("\n").k("agency_name", gov).t("（行政复议专用章）\n")
    D(doc, days[-1], r.choice(["upper", "cn"])).t("\n")
    if web:
        _web_close(doc, cty)


# ---- core: 行政强制执行催告书 ------------------------------------------------------------------------


def c_enforce(doc: Doc) -> None:
    """行政强制执行催告书 before applying to court (an unpaid fine, in capital numerals too) or before
    pulling down a building."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 4, 200)
    domain = r.choice(["urban", "land", "market", "safety", "forest"])
    agency = _agency(doc, cty, domain)
    kind = "demolish" if domain in ("urban", "land") and r.random() < 0.5 else "fine"
    docno = _docno(doc, cty, domain, days[-1].year, r.choice(["催", "强催", "催告"]))
    web = _maybe_web(doc, 0.1)
    if web:
        _web_open(doc, agency, cty, "行政强制执行催告书", days[-1])
    _head(doc, agency, "行政强制执行催告书" if kind == "fine" else "强制拆除催告书", docno)
    is_org = kind == "fine" and r.random() < 0.35
    p = _person(doc, born=r.randint(1955, 1992), cty=cty, local=0.95)
    if is_org:
        co = _company(doc, cty, ["烟花爆竹", "商贸", "木业", "建材"])
        doc.k("org_name", co).t("（法定代表人：").k("legal_rep", p.name).t("）：\n")
        _keep(doc, p.name, 0.3)
        who = "你单位"
    else:
        N(doc, p).t("（公民身份号码：")
        I(doc, p).t("）：\n")
        who = "你"
    pen = _docno(doc, cty, domain, days[0].year)
    offs = _officers(doc, cty)
    why = {"urban": "擅自占用城市道路经营", "land": "非法占用土地", "market": "销售不合格商品", "safety": "未经许可经营烟花爆竹",
           "forest": "滥伐林木"}[domain]  # fmt: skip
    if kind == "demolish":
        why = "未取得建设工程规划许可证进行建设" if domain == "urban" else "非法占用土地建房"
    doc.t(f"{who}因{why}一案，经本机关执法人员").k("officer_name", offs[0][0]).t("、").k("officer_name", offs[1][0])
    doc.t("调查，违法事实清楚，证据确凿。")
    doc.t("经查，" + who + "于")
    D(doc, days[0] - timedelta(days=r.randint(60, 200)), "md").t("在").k("place", _place(doc, cty))
    doc.t({"urban": "实施了违法行为，经多次劝导拒不改正，", "land": "实施了违法行为，占用土地面积较大，", "market": "销售的商品经抽检不合格，",
           "safety": "的门店及仓库内储存了大量烟花爆竹，", "forest": "的山场内采伐林木数量较大，"}[domain])  # fmt: skip
    doc.t("本机关依法履行了告知、听取陈述申辩等程序。")
    if not is_org and r.random() < 0.6:
        rel_kind = r.choice(["妻" if p.gender == "男" else "夫", "子", "女"])
        rel = _kin(doc, p, rel_kind)
        doc.t("调查期间，" + who + "的" + {"妻": "妻子", "夫": "丈夫", "子": "儿子", "女": "女儿"}[rel_kind])
        N(doc, rel).t("多次代为与本机关联系（联系电话")
        P(doc, rel).t("），表示将督促" + who + "履行。")
    doc.t("\n")
    if kind == "fine":
        fine = _fine(doc, 2000, 80000, 500)
        surcharge = min(fine, int(fine * 0.03 * r.randint(30, 120)))
        doc.t("本机关于")
        D(doc, days[0]).t(f"对{who}作出").k("doc_number", pen).t("《行政处罚决定书》，决定对" + who + "处以罚款")
        M(doc, fine, r.choice(["plain", "both", "upper"])).t("，该决定书已于")
        D(doc, days[1], "md").t("依法送达。")
        doc.t(f"{who}在法定期限内未申请行政复议，也未提起行政诉讼，且至今未履行缴纳罚款义务。依据")
        _law(doc, "《中华人民共和国行政处罚法》", "第七十二条第一款第（一）项").t("的规定，自")
        D(doc, days[1] + timedelta(days=16)).t("起每日按罚款数额的百分之三加处罚款，截至")
        D(doc, days[-1]).t("，加处罚款")
        M(doc, surcharge, "plain").t("。\n")
        doc.t("根据")
        _law(doc, "《中华人民共和国行政强制法》", "第三十五条").t("、").k("article", "第四十五条").t("、").k("article", "第五十四条")
        doc.t(f"的规定，现催告{who}自收到本催告书之日起十日内履行以下义务：\n缴纳罚款")
        M(doc, fine, "plain").t("及加处罚款")
        M(doc, surcharge, "plain").t("，合计人民币").k("amount", f"{_upper(fine + surcharge)}元整").t("。\n")
        if not is_org and r.random() < 0.5:
            doc.t("经查询，" + who + "名下")
            bank, num = _card(doc)
            doc.t(f"{bank}账户（").p("bank_account", num).t("）余额为").p("financial", f"{r.randint(1, 900)}.{r.randint(10, 99)}元").t("，")
            doc.t("名下登记有车牌号为").p("vehicle_plate", _plate(doc, cty)).t("的小型汽车一辆。\n")
        doc.t("逾期仍不履行的，本机关将依法申请").k("agency_name", cty.county + "人民法院").t("强制执行。\n")
    else:
        area = r.randint(30, 300)
        doc.t("本机关于")
        D(doc, days[0]).t("作出《责令限期拆除决定书》（").k("doc_number", pen).t(f"），责令{who}自行拆除位于")
        doc.t(p.region[2]).p("address", p.address_detail).t(f"{r.choice(['东侧', '屋后', '院内'])}的违法建筑（面积约{area}平方米）。")
        if r.random() < 0.5:
            doc.t("该违法建筑紧邻你户合法住宅（不动产权证号：").p("property_certificate", _property_cert(doc, cty, r.randint(2010, 2022))).t("），拆除时不得损坏合法部分。")
        doc.t(f"{who}在法定期限内未申请行政复议或者提起行政诉讼，又未自行拆除。")
        D(doc, days[2]).t("，本机关执法人员").k("officer_name", offs[0][0]).t("、").k("officer_name", offs[1][0]).t("进行复查，发现违法建筑仍未拆除，")
        nb = _person(doc, born=r.randint(1955, 1990), cty=cty, local=1.0)
        doc.t("邻居")
        N(doc, nb).t("反映该建筑影响其房屋通风采光，并存在安全隐患。\n根据")
        _law(doc, "《中华人民共和国行政强制法》", "第三十五条").t("、").k("article", "第四十四条").t("的规定，现催告你于")
        D(doc, days[-1] + timedelta(days=10)).t("前自行拆除上述违法建筑。逾期不拆除的，本机关将依法实施强制拆除，")
        doc.t("拆除过程中的财物损失及拆除费用由你承担。请将屋内物品提前搬离，")
        TM(doc, "高温").t("季节施工注意安全。\n")
    doc.t("根据")
    _law(doc, "《中华人民共和国行政强制法》", "第三十六条").t(f"的规定，{who}收到本催告书后有权进行陈述和申辩。陈述、申辩应当在收到本催告书之日起三日内以书面或者口头形式提出，")
    doc.t("逾期未提出的，视为放弃陈述和申辩的权利。本机关将充分听取" + who + "的意见，对提出的事实、理由和证据进行记录、复核。\n")
    if kind == "fine":
        doc.t("缴款方式：持本催告书到" + r.choice(["中国农业银行", "中国建设银行", "农村商业银行"]) + "各营业网点缴纳，或通过“非税缴款”微信小程序扫码缴纳（缴款码：")
        doc.t(_digits(doc, 20) + "）。")
        doc.t("如确有经济困难需要延期或者分期缴纳罚款的，可以依据")
        _law(doc, "《中华人民共和国行政处罚法》", "第六十六条第二款").t("的规定向本机关提出书面申请。\n")
    else:
        doc.t("本机关实施强制拆除前，将依法予以公告，并邀请村（居）民委员会及邻居代表到场见证。\n")
    doc.t("联系人：").k("officer_name", offs[0][0]).t("  联系电话：").k("agency_phone", _landline(doc, cty)).t("\n")
    _foot(doc, agency, cty, days[-1])
    doc.t("\n当事人签收：" + ("________" if r.random() < 0.5 else ""))
    if r.random() < 0.5 and not is_org:
        N(doc, p)
    doc.t("  签收时间：____年__月__日\n送达人：").k("officer_name", offs[0][0]).t("、").k("officer_name", offs[1][0]).t("\n")
    doc.t("（本催告书一式两份，一份送达当事人，一份附卷。当事人履行义务后，请持缴款凭证或者拆除现场照片到本机关办理相关手续。）\n")
    if web:
        _web_close(doc, cty)


# ---- core: 听证告知 and a 听证笔录 excerpt -----------------------------------------------------------


def c_hearing(doc: Doc) -> None:
    """听证通知 and an excerpt of the 听证笔录: 主持人, 听证员, 书记员 and 调查人员 are officers;
    当事人, 委托代理人 and 证人 are people and speak under their names."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 4, 40)
    case = r.choice(["fire", "land", "occ"])
    domain = {"fire": "safety", "land": "land", "occ": "health"}[case]
    agency = _agency(doc, cty, domain)
    offs = _officers(doc, cty, 5)
    host, member, clerk, inv1, inv2 = offs
    p = _person(doc, born=r.randint(1958, 1990), cty=cty, local=0.95)
    agent = None
    fine = _fine(doc, 10000, 100000, 1000)
    cause = {"fire": "未经许可经营烟花爆竹", "land": "非法占用土地", "occ": "未组织职业健康检查"}[case]
    co = ""
    doc.k("agency_name", agency).t("\n听证通知书\n").k("doc_number", _docno(doc, cty, domain, days[-1].year, "听通")).t("\n\n")
    if case == "occ":
        co = _company(doc, cty, ["石材", "建材", "木业"])
        doc.k("org_name", co).t("：\n")
    else:
        N(doc, p).t("：\n")
    doc.t("根据你（单位）的申请，本机关定于")
    D(doc, days[2]).t(f"上午{r.choice(['9', '9', '10'])}时在").k("agency_address", _agency_addr(doc, cty)).t(f"{r.choice(['三楼会议室', '听证室'])}就{cause}一案举行听证。")
    doc.t("听证主持人：").k("officer_name", host[0]).t("，听证员：").k("officer_name", member[0]).t("，书记员：").k("officer_name", clerk[0]).t("。")
    doc.t("请你（单位）准时出席，委托代理人参加的应当提交授权委托书。无正当理由拒不出席的，视为放弃听证权利。\n")
    doc.k("agency_name", agency).t("\n")
    D(doc, days[1]).t("\n\n")
    doc.t("听证笔录（节选）\n案由：" + cause + "\n时间：")
    D(doc, days[2]).t(f"9时{r.randint(0, 20):02d}分至{r.randint(10, 11)}时{r.randint(0, 59):02d}分\n地点：").k("agency_name", agency)
    doc.t(r.choice(["三楼会议室", "听证室"]) + "\n")
    doc.t("主持人：").k("officer_name", host[0]).t("  听证员：").k("officer_name", member[0]).t("  书记员：").k("officer_name", clerk[0]).t("\n")
    doc.t("案件调查人员：").k("officer_name", inv1[0]).t("（执法证号").k("officer_cert", inv1[1]).t("）、").k("officer_name", inv2[0]).t("（执法证号").k("officer_cert", inv2[1]).t("）\n")
    if case == "occ":
        doc.t("当事人：").k("org_name", co).t("  法定代表人：").k("legal_rep", p.name).t("\n")
        _keep(doc, p.name, 0.4)
    else:
        doc.t("当事人：")
        N(doc, p).t(f"，{p.gender}，身份证号码：")
        I(doc, p).t("，住")
        A(doc, p, "county").t("\n")
    if r.random() < 0.7:
        agent = _lawyer(doc, cty)
    wit = _person(doc, born=r.randint(1960, 1998), cty=cty, local=1.0)
    doc.t("证人：")
    N(doc, wit).t("，" + {"fire": "当事人店铺隔壁商户", "land": "村民小组组长", "occ": "该公司原员工"}[case] + "\n\n")
    spk = {"host": "主持人：", "wit": "证人"}

    def inv() -> None:
        doc.t("调查人员").k("officer_name", inv1[0]).t("：")

    doc.k("officer_name", host[0]).t("（主持人）：现在开始听证。首先核对当事人身份。")
    if case == "occ":
        doc.t("当事人法定代表人是谁？\n")
        doc.t("法定代表人").k("legal_rep", p.name).t("：是我，")
        doc.k("legal_rep", p.name).t("。\n")
    else:
        doc.t("当事人报一下姓名。\n当事人")
        N(doc, p).t("：我叫")
        N(doc, p).t("。\n")
    doc.t(spk["host"] + "当事人是否申请主持人、听证员、书记员回避？\n当事人：不申请。\n")
    doc.t("调查人员").k("officer_name", inv1[0]).t("：")
    if case == "fire":
        stock = r.randint(20, 200)
        doc.t("经查，当事人")
        N(doc, p).t("在其经营的").k("org_name", r.choice(["老李烟酒商行", "胡记副食店"]) if r.random() < 0.4 else cty.county[:2] + r.choice(TRADE) + "副食店")
        doc.t(f"未取得烟花爆竹经营（零售）许可证，储存烟花爆竹{stock}箱，存放于其住所")
        doc.t(p.region[2]).p("address", p.address_detail).t("一楼。")
        TM(doc, "夏季").t("室内")
        TM(doc, "温度").t("较高，")
        TM(doc, "周边").t("均为居民住宅，存在重大安全隐患。建议罚款")
        M(doc, fine, "plain").t("。\n")
    elif case == "land":
        doc.t("当事人未经批准占用").k("place", r.choice(VILLAGES) + f"{r.randint(1, 9)}组").t(f"耕地{r.randint(100, 600)}平方米建设厂房，用于出租，每年租金")
        doc.p("financial", f"{r.randint(2, 9)}万元").t("。建议责令退还土地、拆除建筑物并处罚款")
        M(doc, fine, "plain").t("。\n")
    else:
        doc.t(f"当事人未组织{r.randint(10, 40)}名接触粉尘的劳动者进行职业健康检查，建议警告并罚款")
        M(doc, fine, "plain").t("。\n")
    doc.t(spk["host"] + "请调查人员出示证据。\n")
    inv()
    doc.t("出示证据如下：证据一，现场检查笔录及照片" + str(r.randint(6, 20)) + "张；证据二，对当事人的询问笔录；证据三，对证人")
    N(doc, wit).t("的询问笔录；证据四，")
    doc.t({"fire": "扣押物品清单", "land": "测绘报告", "occ": "职业病危害因素检测报告"}[case] + "。以上证据证明当事人的违法事实。\n")
    doc.t(spk["host"] + "当事人对以上证据的真实性、合法性、关联性有无异议？\n当事人：照片和笔录是真的，但是")
    doc.t({"fire": "数量记得不对。", "land": "测量的面积偏大。", "occ": "检测的时候车间没开工。"}[case] + "\n")
    doc.t(spk["host"] + "当事人对调查人员提出的事实有无异议？\n")
    if agent is not None:
        doc.t("代理人")
        N(doc, agent).t("：")
    else:
        doc.t("当事人：")
    if case == "fire":
        supplier = _person(doc, sex="男", born=r.randint(1970, 1990), cty=cty)
        doc.t("当事人的烟花是过年前从")
        N(doc, supplier).t("那里进的货，是给亲戚办喜事用的，不是用于销售。储存数量也没有那么多，其中部分是其弟")
        bro = _kin(doc, p, "弟")
        N(doc, bro).t("寄放的。\n")
        inv()
        doc.t("现场查获的销售记录本上记有" + str(r.randint(10, 60)) + "笔销售记录，当事人微信收款记录（微信号")
        doc.p("contact", _wechat(doc)).t("）显示春节前后收款" + str(r.randint(30, 200)) + "笔。\n")
        doc.t(spk["wit"])
        N(doc, wit).t("：我在隔壁开店，看到过有人来他家买烟花，")
        G(doc, p).t("他老婆收的钱。\n")
    elif case == "land":
        tenant = _company(doc, cty, ["木业", "建材", "物流"])
        doc.t("当事人建厂房时村里是同意的，有村民小组会议记录。厂房租给了").k("org_name", tenant).t("，租金没有那么高。\n")
        doc.t(spk["wit"])
        N(doc, wit).t("：开会是开了，但只是同意他修个临时棚子放农具，没有同意建厂房。")
        G(doc, p).t("后来建的是钢结构厂房，面积比说的大得多。\n")
    else:
        worker = _person(doc, born=r.randint(1975, 1995), cty=cty)
        doc.t("公司已经安排了体检，只是体检机构没有职业健康检查资质，属于认识错误，请求从轻处罚。\n")
        doc.t(spk["wit"])
        N(doc, wit).t("：我在公司打磨车间干了三年，从来没做过职业健康检查。同车间的")
        N(doc, worker).t("去年查出肺上有问题，自己花钱看病花了").p("financial", f"{r.randint(2, 9)}万多元").t("。\n")
    doc.t(spk["host"] + "下面进入辩论阶段。调查人员先发言。\n")
    inv()
    doc.t("当事人的违法事实清楚，证据确实充分，拟处罚适用依据正确，处罚幅度在法定范围内。当事人所称的理由没有证据支持。\n")
    doc.t(spk["host"] + "当事人或代理人发言。\n")
    doc.t(("代理人：" if agent is not None else "当事人：") + r.choice(["当事人主观恶意不大，系初次违法，已经积极整改，建议依据《中华人民共和国行政处罚法》从轻处罚。",
                                                            "调查人员认定的部分事实证据不足，拟作出的罚款数额过高，请求减轻处罚。"]) + "\n")  # fmt: skip
    doc.t(spk["host"] + "双方还有无新的证据提交？\n")
    inv()
    doc.t("没有。\n")
    doc.t("当事人：没有。\n" + spk["host"] + "请当事人作最后陈述。\n当事人：希望从轻处理。\n")
    doc.t(spk["host"] + "听证结束。请双方阅读笔录并签名。\n\n")
    doc.t("当事人（签名）：")
    if case == "occ":
        doc.k("legal_rep", p.name)
    else:
        N(doc, p)
    if agent is not None:
        doc.t("    委托代理人（签名）：")
        N(doc, agent)
    doc.t("\n证人（签名）：")
    N(doc, wit).t("\n主持人：").k("officer_name", host[0]).t("  听证员：").k("officer_name", member[0]).t("  书记员：").k("officer_name", clerk[0]).t("\n")
    D(doc, days[2], r.choice(["cn", "dot"])).t("\n")


# ---- 询问笔录 / 调查笔录 ------------------------------------------------------------------------------


def _iv_head(doc: Doc, cty: County, agency: str, offs: list[tuple[str, str]], p: Person, day: date,
             title: str, role: str, case: str, work: tuple[str, str | None] | None = None,
             moved: County | None = None, why: str = "", edu: str | None = None) -> None:  # fmt: skip
    """Header of a 笔录 and the usual opening (identity of the officers, the right to ask for recusal)."""
    r = doc.r
    doc.t(title + "\n" + r.choice(["（第1次）\n", "", "第 1 次\n"]))
    h = r.randint(8, 16)
    doc.t("时间：")
    D(doc, day, r.choice(["cn", "cn", "pad"])).t(f"{h}时{r.randint(0, 59):02d}分至{h + r.randint(1, 2)}时{r.randint(0, 59):02d}分\n")
    doc.t("地点：")
    if r.random() < 0.7:
        doc.k("agency_name", agency).t(r.choice(["询问室", "二楼办公室", "执法办案区1号询问室", "会议室"]))
    else:
        doc.k("place", r.choice(TOWNS) + r.choice(["人民政府办公室", "村部会议室", "司法所调解室"]))
    doc.t("\n询问（调查）人：" if r.random() < 0.5 else "\n询问人：")
    doc.k("officer_name", offs[0][0]).t(" 执法证号：").k("officer_cert", offs[0][1]).t("  ")
    doc.k("officer_name", offs[1][0]).t(" 执法证号：").k("officer_cert", offs[1][1]).t("\n记录人：").k("officer_name", offs[1][0]).t("\n")
    b: date = p.extra["birth"]
    doc.t("被询问人：")
    N(doc, p).t(f"  性别：{p.gender}  民族：{p.extra['nation']}  出生日期：{_ds(b, r.choice(['cn', 'dot']))}  文化程度：")
    doc.t((edu or r.choice(["小学", "初中", "初中", "高中", "中专"])) + "\n身份证号码：")
    I(doc, p).t("\n户籍地：")
    A(doc, p, "full").t("\n")
    if moved is not None:
        p.extra["cur"] = _home(doc, rural=False)
        doc.t(r.choice(["现住址：", "经常居住地：", "现居住地："]) + moved.county).p("address", p.extra["cur"]).t("\n")
    if work:
        doc.t("工作单位：").k("org_name", work[0])
        if work[1]:
            doc.t("  单位地址：").k("place", work[1])
        doc.t("\n")
    doc.t("联系电话：")
    P(doc, p).t(f"\n被询问人与案件关系：{role}\n\n")
    doc.t("问：我们是").k("agency_name", agency).t("的执法人员").k("officer_name", offs[0][0]).t("、").k("officer_name", offs[1][0])
    doc.t(r.choice(["，这是我们的执法证件，请过目。", "，已向你出示执法证件。"]))
    doc.t(f"今天依法就{case}向你调查了解情况，你应当如实回答，作伪证要承担法律责任。你有权申请执法人员回避，听清楚了吗？\n")
    doc.t(r.choice(["答：听清楚了，不申请回避。\n", "答：清楚，不需要回避。\n", "答：听清楚了。\n"]))
    _iv_intro(doc, p, day, why)


def _iv_intro(doc: Doc, p: Person, day: date, why: str) -> None:
    """The usual first questions: health, interpreter, record, the family."""
    r = doc.r
    doc.t("问：你现在身体状况怎么样？能否正常接受询问？\n答：" + r.choice(["身体没问题，可以。", "可以，没问题。", "有点高血压，不影响。"]) + "\n")
    if not p.surname:
        helper = _kin(doc, p, r.choice(["子", "弟"]))
        doc.t("问：你是否需要翻译？\n答：我普通话说得不太好，请我" + ("儿子" if helper.extra["birth"] > p.extra["birth"].replace(year=p.extra["birth"].year + 15) else "弟弟"))
        N(doc, helper).t("帮我翻译。\n问：")
        N(doc, helper).t("，你是否如实翻译？\n答（翻译）：会如实翻译。\n")
    elif r.random() < 0.4:
        doc.t("问：你是否需要翻译？\n答：不需要，我会说普通话。\n")
    if r.random() < 0.5:
        doc.t("问：你以前有没有受过行政处罚或者刑事处罚？\n答：" + r.choice(["没有。", "没有，从来没有。", "没有受过处罚。"]) + "\n")
    if why:
        doc.t("问：你知道今天为什么找你来吗？\n答：" + why + "\n")
    if r.random() < 0.6:
        spouse = p.extra.get("spouse") or _kin(doc, p, "妻" if p.gender == "男" else "夫")
        doc.t("问：请你介绍一下你的家庭情况。\n答：家里有" + r.choice(["四", "五", "三"]) + "口人，" + ("我老婆" if p.gender == "男" else "我老公"))
        N(doc, spouse).t(f"今年{_age(spouse, day)}岁，" + r.choice(["在家务农", "在县城打零工", "在超市上班", "在外地打工"]))
        if r.random() < 0.6:
            kid = _kin(doc, p, r.choice(["子", "女"]))
            if _age(kid, day) >= 6:
                doc.t("，" + ("儿子" if kid.gender == "男" else "女儿"))
                N(doc, kid).t(r.choice(["在读书", "在外面打工", "刚参加工作"]))
        doc.t("。\n")
        p.extra["spouse"] = spouse


def _iv_tail(doc: Doc, p: Person, offs: list[tuple[str, str]], day: date, pages: int = 3,
             party: bool = True) -> None:  # fmt: skip
    r = doc.r
    if party:
        doc.t("问：你对自己的行为有什么认识？\n答：" + r.choice(["我知道错了，以前不懂法，以后一定改正。", "我认识到这样做是违法的，愿意接受处理。",
                                                     "确实是我做得不对，希望政府从轻处理。"]) + "\n")  # fmt: skip
        doc.t("问：你知道你的行为违反了哪些规定吗？\n答：以前不知道，你们刚才给我讲了，现在知道了。\n")
    if r.random() < 0.6:
        kin = p.extra.get("spouse")
        doc.t("问：以后怎么联系你？\n答：打我电话就行。")
        if kin is not None:
            doc.t("打不通就找我" + ("老婆" if p.gender == "男" else "老公"))
            G(doc, kin).t("，她的电话是".replace("她", "她" if kin.gender == "女" else "他"))
            P(doc, kin).t("。")
        doc.t("\n")
    doc.t("问：我们依法告知你，你有权对询问笔录进行核对、补充或者更正。你以上所说是否属实？\n答：属实。\n问：你还有什么需要补充的？\n")
    doc.t(r.choice(["答：没有了。\n", "答：没有，希望政府尽快处理。\n"] + (["答：我以后一定遵守规定。\n"] if party else [])))
    doc.t("问：请你核对笔录，如无误请签名捺印。\n答：")
    doc.t(r.choice(["以上笔录我看过，和我说的一样。", "以上笔录已向我宣读，与我所说相符。"]) + "\n\n被询问人（签名）：")
    N(doc, p).t("    ")
    D(doc, day).t("\n询问人（签名）：").k("officer_name", offs[0][0]).t("、").k("officer_name", offs[1][0]).t("  记录人：").k("officer_name", offs[1][0])
    doc.t(f"\n第{pages}页 共{pages}页\n" if r.random() < 0.6 else "\n")


SITES = ["安置小区", "学校教学楼", "人民医院住院楼", "商业广场", "物流园仓库", "污水处理厂"]


def i_wage(doc: Doc) -> None:
    """询问笔录 of a migrant worker who was not paid: the 包工头 known by a nickname, co-workers by
    given name, wages (financial), transfers to his wife's card, the boss's phone read out in words."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 4, 200)
    agency = _agency(doc, cty, "labour")
    offs = _officers(doc, cty)
    p = _person(doc, sex="男", born=r.randint(1962, 1995), cty=r.choice(COUNTIES), rural=True, local=1.0)
    co = _company(doc, cty, ["建筑工程", "建设", "建工", "市政工程"])
    site = r.choice(SITES)
    work_place = cty.county + r.choice(STREETS + PERSON_ROADS) + f"{site}项目工地"
    moved = cty if p.extra["cty"] != cty else None
    wife = _kin(doc, p, "妻")
    p.extra["spouse"] = wife
    _iv_head(doc, cty, agency, offs, p, days[-1], "询问笔录", "投诉人", "你反映被拖欠工资的问题",
             (co, work_place) if r.random() < 0.5 else None, moved, "知道，是我来投诉工地欠工资的事。")  # fmt: skip
    boss = _person(doc, sex="男", born=r.randint(1965, 1988), cty=p.extra["cty"], rural=True, local=1.0)
    nick = _nick(doc, boss)
    mates = [_person(doc, sex="男", born=r.randint(1960, 1998), cty=p.extra["cty"], local=0.7) for _ in range(3)]
    pm = _person(doc, sex="男", born=r.randint(1975, 1992), cty=cty)
    daily = r.randint(25, 45) * 10
    owed = r.randint(12, 70) * 1000 + r.choice([0, 500])
    doc.t("问：你今天来反映什么问题？\n答：我来反映")
    doc.k("org_name", co).t(f"承建的{site}项目拖欠我们工资的事。\n")
    doc.t("问：你是怎么到这个工地干活的？\n答：是老乡")
    N(doc, boss).t("叫我来的，我们都喊他“")
    NK(doc, boss, nick).t("”，他是带班的包工头，手下有二十来个人。我是")
    D(doc, days[0] - timedelta(days=r.randint(200, 400)), r.choice(["cn", "md"])).t("进场的，做" + r.choice(["钢筋工", "木工", "泥工", "架子工"]) + "。\n")
    doc.t("问：工地在什么位置？\n答：在").k("place", work_place).t("，就在")
    TM(doc, "马路").t("对面。\n")
    doc.t("问：有没有签劳动合同？工资怎么约定的？\n答：没签合同，进场时")
    NK(doc, boss, nick).t("把我的身份证拍了照。说好每天").k("amount", f"{daily}元").t("，每个月先发生活费，年底结清。\n")
    doc.t("问：现在一共欠你多少工资？\n答：一共做了" + str(r.randint(150, 320)) + "天，扣掉已经发的生活费，还欠我").p("financial", f"{owed}元").t("。")
    NK(doc, boss, nick).t("给我打了欠条，欠条在这里。\n")
    doc.t("问：之前的生活费是怎么发的？\n答：有时候")
    NK(doc, boss, nick).t("用微信转给我，我的微信号是").p("contact", _wechat(doc)).t("；有时候转到我老婆")
    N(doc, wife).t("的卡上，")
    bank, num = _card(doc)
    doc.t(f"是{bank}的卡，卡号").p("bank_account", num).t("。我老婆在老家带孩子，她的电话是")
    P(doc, wife).t("。\n")
    doc.t("问：还有哪些人被拖欠了工资？\n答：跟我一起的")
    N(doc, mates[0]).t("、")
    N(doc, mates[1]).t("、")
    N(doc, mates[2]).t("都没拿到钱。")
    G(doc, mates[1]).t("被欠得最多，有").p("financial", f"{r.randint(3, 6)}万多").t("，")
    G(doc, mates[2]).t("的老父亲住院了，急着用钱。考勤是")
    G(doc, mates[0]).t("记的，他手上有记工本。\n")
    doc.t("问：你们找过施工单位吗？\n答：找过项目经理")
    N(doc, pm).t("，")
    N(doc, pm).t("说公司已经把劳务款付给")
    NK(doc, boss, nick).t("了，让我们找")
    NK(doc, boss, nick).t("。\n")
    doc.t("问：你能联系上")
    N(doc, boss).t("吗？\n答：联系不上。他的电话是")
    P(doc, boss, spoken=r.random() < 0.6).t("，" + r.choice(["一直关机", "打了不接", "把我们拉黑了"]) + "。")
    if r.random() < 0.6:
        doc.t("他家在")
        A(doc, boss, r.choice(["county", "bare"])).t("，我们去他家找过，他老婆说他出去了。")
    doc.t("\n问：你每个月的收入主要用来做什么？家里还有什么困难？\n答：家里靠我一个人挣钱，")
    doc.t("还欠着信用社").p("financial", f"{r.randint(2, 10)}万元").t("的建房贷款，孩子在读" + r.choice(["初中", "高中", "大学"]) + "。\n")
    doc.t("问：你提供的证据有哪些？\n答：欠条一张、")
    G(doc, mates[0]).t("记的考勤表复印件、微信聊天记录截图" + str(r.randint(5, 30)) + "张。\n")
    doc.t("问：工地上有没有公示牌？有没有工资专用账户、实名制考勤？\n答：门口有个牌子，写了项目经理是")
    N(doc, pm).t("，维权电话是").k("agency_phone", _landline(doc, cty)).t("。实名制考勤机装了，但是一直没用，都是")
    NK(doc, boss, nick).t("自己记工。\n")
    doc.t("问：")
    NK(doc, boss, nick).t("除了你们，还欠了别的班组的钱吗？\n答：听说水电班组也没拿到钱，带班的是")
    other = _person(doc, sex="男", born=r.randint(1970, 1990), cty=cty)
    N(doc, other).t("，他手下有七八个人。")
    G(doc, other).t("说公司把他们的钱扣在质保金里了。\n")
    doc.t("问：你们有没有采取过过激行为？\n答：没有。")
    D(doc, days[1], "md").t("我们十几个人去公司办公室要过一次，公司叫了派出所的人来，登记了我们的名字就散了。\n")
    doc.t("问：你希望怎么解决？\n答：希望公司先把工资付给我们，")
    NK(doc, boss, nick).t("和公司之间的账让他们自己算。钱可以打到我刚才说的卡上，或者打到我老婆")
    G(doc, wife).t("的卡上都行。\n")
    _iv_tail(doc, p, offs, days[-1], party=False)


def i_ride(doc: Doc) -> None:
    """调查笔录 of a driver stopped for unlicensed ride-hailing: the car is in his wife's name, the car
    loan, the WeChat group that sends him passengers (its owner called by a nickname), passengers and
    payment accounts."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 3, 20)
    agency = _agency(doc, cty, "traffic")
    offs = _officers(doc, cty)
    p = _person(doc, sex="男", born=r.randint(1968, 1998), cty=cty, local=0.85)
    moved = cty if p.extra["cty"] != cty else (cty if r.random() < 0.4 else None)
    wife = _kin(doc, p, "妻")
    p.extra["spouse"] = wife
    _iv_head(doc, cty, agency, offs, p, days[-1], "调查笔录" if r.random() < 0.5 else "询问笔录", "当事人（驾驶员）",
             "你驾驶车辆从事客运经营一事", None, moved, "知道，是我开车拉客被你们查到了。")  # fmt: skip
    plate = _plate(doc, cty)
    group_owner = _person(doc, sex=r.choice("男女"), born=r.randint(1975, 1995), cty=cty, local=1.0)
    gnick = _nick(doc, group_owner)
    pas = [_person(doc, sex="女", born=r.randint(1955, 2004), cty=cty, local=0.9) for _ in range(2)]
    fare = r.randint(2, 12) * 10
    doc.t("问：")
    D(doc, days[0], "md").t("下午，你驾驶的是什么车？车辆登记在谁名下？\n答：开的是")
    doc.t(r.choice(["白色大众朗逸", "银色别克英朗", "黑色比亚迪秦", "白色吉利帝豪"]) + "，车牌号").p("vehicle_plate", plate).t("，车登记在我老婆")
    N(doc, wife).t("名下。\n问：这辆车是什么时候买的？怎么付款的？\n答：")
    D(doc, days[0] - timedelta(days=r.randint(200, 800)), r.choice(["cn", "md"])).t("买的，首付")
    doc.p("financial", f"{r.randint(2, 6)}万").t("，剩下的做了三年车贷，每个月还").p("financial", f"{r.randint(18, 42)}00元").t("。\n")
    doc.t("问：你有没有取得网约车驾驶员证？车辆有没有网约车运输证？\n答：都没有。\n")
    doc.t("问：当天车上的乘客是谁？从哪里到哪里？\n答：两个乘客，一个叫")
    N(doc, pas[0]).t("，一个是她同事，我只知道姓").t(pas[1].surname or "什么").t("。从").k("place", cty.county + "汽车站").t("到").k("place", r.choice(TOWNS) + r.choice(VILLAGES))
    doc.t(f"，说好每人{fare}元。\n")
    doc.t("问：乘客是怎么找到你的？\n答：在微信群里。群是")
    N(doc, group_owner).t("建的，大家都叫" + ("她" if group_owner.gender == "女" else "他") + "“")
    NK(doc, group_owner, gnick).t("”，群里有三百多人，要坐车的在群里发消息，谁接单谁去。")
    NK(doc, group_owner, gnick).t("每个月收我们每人").k("amount", f"{r.randint(1, 3)}00元").t("管理费。\n")
    doc.t("问：")
    N(doc, group_owner).t("的联系方式？\n答：她".replace("她", "她" if group_owner.gender == "女" else "他") + "的电话是")
    P(doc, group_owner).t("，微信号").p("contact", _wechat(doc)).t("。\n")
    doc.t("问：车费怎么收？\n答：一般是微信或者支付宝转给我。我的支付宝账号就是手机号")
    P(doc, p).t("，微信号是").p("contact", _wechat(doc)).t("。")
    N(doc, pas[0]).t("那天是扫我老婆的收款码付的，")
    G(doc, wife).t("的收款码贴在车上。\n")
    doc.t("问：你从事这种拉客活动多长时间了？一共拉了多少趟？收入多少？\n答：大概" + str(r.randint(2, 14)) + "个月，记不清多少趟了，")
    doc.t("一个月能挣").p("financial", f"{r.randint(3, 8)}000元").t("左右，扣掉油钱没多少。\n")
    if r.random() < 0.5:
        doc.t("问：你的驾驶证档案编号是多少？\n答：").p("other_id", _digits(doc, 12)).t("。驾驶证是")
        D(doc, days[0] - timedelta(days=r.randint(2000, 6000)), "cn").t("领的。\n")
    doc.t("问：你之前有没有因为非法营运被处罚过？\n答：没有。以前在").k("org_name", r.choice(NAMED_SHOPS)).t("帮人送过货。\n")
    doc.t("问：当天你被检查的时候，车上乘客是怎么说的？\n答：")
    N(doc, pas[0]).t("开始说是我亲戚，后来你们问了她就说了实话，说是群里约的车。\n")
    doc.t("问：群里像你这样拉客的司机有多少？\n答：二三十个吧，有的是跑")
    TM(doc, "马路").t("边揽客的，有的专门跑县城到市里。我认识的有")
    d2 = _person(doc, sex="男", born=r.randint(1970, 1995), cty=cty)
    N(doc, d2).t("，开的是").p("vehicle_plate", _plate(doc, cty)).t("，他跑得最多。\n")
    doc.t("问：你每天出车的时间？一趟收多少钱？\n答：")
    TM(doc, "白天").t("一般在汽车站、医院门口等人，晚上在群里接单。县城里一趟").k("amount", f"{r.randint(10, 20)}元").t("，到乡镇")
    doc.k("amount", f"{r.randint(3, 6)}0元").t("，到市里一个人").k("amount", f"{r.randint(6, 12)}0元").t("。\n")
    doc.t("问：你知道从事网约车经营需要办理哪些证件吗？\n答：知道要办“双证”，考试太难了，车也不符合条件，所以一直没办。\n")
    doc.t("问：你家里的经济状况怎么样？\n答：我老婆")
    G(doc, wife).t("没有工作，两个小孩读书，每个月还车贷，还欠亲戚").p("financial", f"{r.randint(2, 8)}万块钱").t("。\n")
    doc.t("问：你平时住在哪里？\n答：")
    if moved is not None:
        doc.t("平时住在").t(moved.county).p("address", p.extra["cur"]).t("，老家在")
        A(doc, p, "county").t("。\n")
    else:
        doc.t("就住户籍地，")
        A(doc, p, "bare").t("。\n")
    _iv_tail(doc, p, offs, days[-1], 3)


def i_land(doc: Doc) -> None:
    """询问笔录 of a villager who built on farmland: his father and brother, a neighbour known as 阿X,
    the village group leader, the builder and his phone, money borrowed (financial), the land
    contract certificate (other_id) and the old house's certificate (property_certificate)."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 4, 60)
    agency = _agency(doc, cty, "land")
    offs = _officers(doc, cty)
    p = _person(doc, sex="男", born=r.randint(1958, 1992), cty=cty, rural=True, local=1.0)
    moved = r.choice(COUNTIES) if r.random() < 0.4 else None
    work = None
    if moved is not None and r.random() < 0.6:
        work = (_company(doc, moved, ["电子", "服装", "家具", "物流"]), moved.county + r.choice(["工业园", "经济开发区"]) + r.choice(STREETS) + f"{r.randint(1, 200)}号")
    _iv_head(doc, cty, agency, offs, p, days[-1], "询问笔录", "当事人", "你在承包地上建房一事", work, moved,
             "知道，是我在田里建房子的事。")  # fmt: skip
    father = _kin(doc, p, "父")
    bro = _kin(doc, p, r.choice(["兄", "弟"]))
    nb = _person(doc, sex="男", born=r.randint(1960, 1990), cty=cty, rural=True, local=1.0)
    nb_nick = _nick(doc, nb)
    leader = _person(doc, sex="男", born=r.randint(1955, 1980), cty=cty, rural=True, local=1.0)
    builder = _person(doc, sex="男", born=r.randint(1965, 1990), cty=cty, local=1.0)
    inlaw = _person(doc, sex="男", born=r.randint(1960, 1990), cty=cty, local=0.8)
    village = p.address_detail
    area = r.randint(120, 480)
    doc.t("问：你家有几口人？分别是谁？\n答：")
    doc.t(f"{r.randint(4, 7)}口人，我父亲")
    N(doc, father).t("，我老婆、两个小孩，还有我" + ("哥哥" if bro.extra["birth"] < p.extra["birth"] else "弟弟"))
    N(doc, bro).t("没分户，也算在我家户口上。\n")
    doc.t("问：你家现有宅基地几处？\n答：一处，就是老房子，在")
    doc.p("address", village).t("，是我父亲名下的，证号").p("property_certificate", _property_cert(doc, cty, r.randint(2010, 2020))).t("。\n")
    doc.t("问：你新建的房子在什么位置？占的是什么地？\n答：在").k("place", r.choice(VILLAGES) + f"{r.randint(1, 12)}组" + r.choice(["公路边", "“门前丘”", "老油厂旁边"]))
    doc.t("，是我家的承包地，原来种水稻。承包经营权证号是").p("other_id", f"{cty.code}{r.randint(100, 999)}{r.randint(0, 999999):06d}J").t("。\n")
    doc.t("问：房子什么时候开始建的？现在建到什么程度？占地多少？\n答：")
    D(doc, days[0] - timedelta(days=r.randint(60, 300)), "md").t(f"开始打地基，现在{r.choice(['两', '三'])}层主体已经封顶，是")
    TM(doc, "毛坯房").t(f"，占地大概{area}平方米。\n")
    doc.t("问：建房前有没有办理用地审批手续？\n答：没有办。我问过组长")
    N(doc, leader).t("，")
    G(doc, leader).t("说先建起来再说，以后可以补办。\n")
    doc.t("问：房子是谁建的？\n答：请的本村的")
    N(doc, builder).t("包工包料，电话")
    P(doc, builder, spoken=r.random() < 0.3).t("。总价").k("amount", f"{r.randint(18, 45)}万元").t("，已经付了").k("amount", f"{r.randint(8, 15)}万元").t("。\n")
    doc.t("问：建房的钱是从哪里来的？\n答：我在外面打工攒了").p("financial", f"{r.randint(5, 15)}万").t("，找我")
    doc.t(r.choice(["姐夫", "舅子", "表哥"]))
    N(doc, inlaw).t("借了").p("financial", f"{r.randint(5, 20)}万").t("，转到我")
    bank, num = _card(doc)
    doc.t(bank + "卡上，卡号").p("bank_account", num).t("。\n")
    doc.t("问：有没有人劝阻过你？\n答：隔壁的")
    N(doc, nb).t("，就是")
    NK(doc, nb, nb_nick).t("，说过占田建房不行，还打了举报电话。")
    NK(doc, nb, nb_nick).t("跟我家因为")
    TM(doc, "田埂").t("的事吵过架。\n")
    doc.t("问：你为什么要在承包地上建房？\n答：老房子是土坯房，下雨漏水，住不下了。儿子要结婚，女方家里要求有新房。")
    doc.t("宅基地申请过，村里说指标紧张，要等。\n")
    doc.t("问：建房的地块原来是谁在耕种？\n答：原来是我家自己种，前几年租给")
    tenant = _person(doc, sex="男", born=r.randint(1960, 1985), cty=cty, rural=True, local=1.0)
    N(doc, tenant).t("种了两年")
    TM(doc, "杨树").t("苗，每年租金").k("amount", f"{r.randint(4, 9)}00元").t("，后来收回来了。\n")
    doc.t("问：你建房时村干部知不知道？\n答：知道。")
    G(doc, leader).t("来看过几次，说不要超过三层。村支书也知道，但是没有人说不能建。\n")
    doc.t("问：你知不知道占用耕地建房需要批准？\n答：大概知道一点，村里好几户都是这样建的，")
    TM(doc, "周边").t("也有好几栋，我以为可以补办手续。\n")
    doc.t("问：镇里和村里有没有下过停工通知？\n答：")
    D(doc, days[1], "md").t("镇国土所的人来过，叫停了，我当时没停，后来我爸也劝我停，我就停了。\n")
    doc.t("问：你" + ("哥哥" if bro.extra["birth"] < p.extra["birth"] else "弟弟") + "现在在哪里？\n答：")
    G(doc, bro).t("在" + r.choice(["广东东莞", "浙江义乌", "福建晋江"]) + "打工，")
    if r.random() < 0.4:
        doc.t("前年出国去" + r.choice(["安哥拉", "阿联酋", "马来西亚"]) + "做工了，护照号").p("passport", _passport(doc)).t("，我这里有复印件。")
    else:
        doc.t("电话是")
        P(doc, bro).t("。")
    doc.t("\n")
    _iv_tail(doc, p, offs, days[-1])


def i_fire(doc: Doc) -> None:
    """询问笔录 of a shopkeeper who stored fireworks at home: the supplier found on 抖音, transfers to
    the supplier's bank card, the van that brought the goods, his son who helped, and customers."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 3, 30)
    agency = _agency(doc, cty, "safety")
    offs = _officers(doc, cty)
    p = _person(doc, born=r.randint(1958, 1990), cty=cty, local=1.0)
    shop = r.choice(["老李烟酒商行", "胡记副食店", "孙记水果店"]) if r.random() < 0.3 else cty.county[:2] + r.choice(TRADE) + r.choice(["副食店", "小卖部", "便利店"])
    _iv_head(doc, cty, agency, offs, p, days[-1], "询问笔录", "当事人", "你储存、销售烟花爆竹的情况",
             (shop, None) if r.random() < 0.4 else None, None, "知道，是因为我家里放了烟花爆竹。")  # fmt: skip
    son = _kin(doc, p, "子")
    supplier = _person(doc, sex="男", born=r.randint(1970, 1992), cty=r.choice(COUNTIES), local=1.0)
    driver = _person(doc, sex="男", born=r.randint(1970, 1995), cty=cty, local=0.6)
    buyers = [_person(doc, born=r.randint(1960, 2000), cty=cty, local=1.0) for _ in range(2)]
    boxes = r.randint(30, 260)
    pay = boxes * r.randint(80, 200)
    doc.t("问：你经营的店铺叫什么名字？有没有营业执照和烟花爆竹经营许可证？\n答：叫").k("org_name", shop)
    doc.t("，有营业执照，烟花爆竹零售许可证没有办。\n")
    doc.t("问：")
    D(doc, days[0], "md").t("我局执法人员在你住所查获的烟花爆竹是谁的？放在哪里？\n答：是我的，放在我家一楼车库和二楼杂物间，就是")
    A(doc, p, r.choice(["county", "bare"])).t("。\n")
    doc.t(f"问：一共多少？\n答：大概{boxes}箱，有组合烟花、鞭炮和礼花弹。\n")
    doc.t("问：这些烟花爆竹从哪里进的货？\n答：在抖音上刷到的，卖家抖音号").p("contact", _douyin(doc)).t("，后来加了微信，")
    doc.t("他说他叫")
    N(doc, supplier).t("，是" + r.choice(["浏阳", "醴陵", "万载", "上栗"]) + "的。\n")
    doc.t("问：货款是怎么付的？\n答：分两次转账到")
    N(doc, supplier).t("的银行卡，")
    bank, num = _card(doc)
    doc.t(f"{bank}，卡号").p("bank_account", num).t("，一共").k("amount", f"{pay}元").t("。转账记录在手机上。\n")
    doc.t("问：货是怎么运过来的？\n答：")
    N(doc, supplier).t("安排一辆")
    doc.t(r.choice(["白色厢式货车", "蓝色轻型货车", "面包车"]) + "送过来的，车牌号").p("vehicle_plate", _plate(doc, r.choice(COUNTIES))).t("，司机姓")
    doc.t((driver.surname or "马") + "，电话")
    P(doc, driver).t("。晚上十点多卸的货，是我儿子")
    N(doc, son).t("帮忙搬的。\n")
    doc.t("问：你" + ("儿子" if son.gender == "男" else "女儿") + "多大？在做什么？\n答：")
    son_age = _age(son, days[0])
    G(doc, son).t(f"今年{son_age}岁，" + ("在县城上班，那天刚好回来。" if son_age >= 18 else "在读书，那天放假在家。") + "他不知道要办证。\n")
    doc.t("问：你卖出去多少？卖给了谁？\n答：卖了二十来箱，都是村里熟人，有")
    N(doc, buyers[0]).t("、")
    N(doc, buyers[1]).t("他们，办喜事、过年放的。")
    G(doc, buyers[0]).t("还赊了").k("amount", f"{r.randint(3, 9)}00元").t("没给。\n")
    doc.t("问：你知不知道存放烟花爆竹的危险性？\n答：知道一点。现在")
    TM(doc, "高温").t("，我也怕出事，准备这几天退回去。\n")
    doc.t("问：你家")
    TM(doc, "周边").t("住了多少户？\n答：左右两边都是邻居，隔壁是")
    nb = _person(doc, born=r.randint(1950, 1990), cty=cty, local=1.0)
    N(doc, nb).t("家，后面是小学。\n")
    doc.t("问：你销售烟花爆竹的价格是多少？赚了多少钱？\n答：组合烟花一箱进价").k("amount", f"{r.randint(60, 150)}元").t("，卖")
    doc.k("amount", f"{r.randint(160, 300)}元").t("；鞭炮一盘进价").k("amount", f"{r.randint(20, 40)}元").t("，卖").k("amount", f"{r.randint(45, 80)}元")
    doc.t("。总共赚了大概").k("amount", f"{r.randint(10, 60)}00元").t("。\n")
    doc.t("问：你卖烟花有没有记账？\n答：记了，在一个作业本上，你们已经拿走了。有的是")
    G(doc, son).t("帮我记的，他写的字比较清楚。赊账的也记在上面，")
    G(doc, buyers[1]).t("那笔已经还了。\n")
    doc.t("问：你储存烟花爆竹的地方有没有消防器材？\n答：有两个灭火器，是前年买的，不知道过没过期。车库上面住着我"
          + ("孙子" if _age(p, days[0]) > 55 else r.choice(["父母", "母亲"])) + "。\n")  # fmt: skip
    doc.t("问：你个人的收入情况？\n答：店里一个月能赚").p("financial", f"{r.randint(2, 6)}000元").t("，")
    doc.t("还欠着银行").p("financial", f"{r.randint(3, 15)}万元").t("的经营贷款。\n")
    _iv_tail(doc, p, offs, days[-1], 3)


def i_train(doc: Doc) -> None:
    """调查笔录 of the organiser of an unlicensed tutoring class held in a rented flat: the landlord,
    the teachers, the pupils (minors) and their parents, fees paid to personal WeChat, 支付宝 and QQ."""
    r = doc.r
    cty = _pick(doc, COUNTIES)
    days = _days(doc, 3, 20)
    agency = _agency(doc, cty, "edu")
    offs = _officers(doc, cty)
    p = _person(doc, sex="女" if r.random() < 0.65 else "男", born=r.randint(1978, 1998), cty=cty, rural=False, local=0.8)
    moved = cty
    _iv_head(doc, cty, agency, offs, p, days[-1], "调查笔录", "举办者", "你开办培训班的情况", None, moved,
             "知道，是家长投诉我办培训班的事。", r.choice(["大专", "本科"]))  # fmt: skip
    landlord = _person(doc, born=r.randint(1955, 1980), cty=cty, rural=False, local=1.0)
    teachers = [_person(doc, sex=r.choice("男女女"), born=r.randint(1996, 2004), cty=cty, local=0.7) for _ in range(2)]
    kids = [_person(doc, born=r.randint(2011, 2016), cty=cty, local=1.0) for _ in range(r.randint(2, 3))]
    parent = _kin(doc, kids[0], "母")
    fee = r.randint(15, 45) * 100
    flat = p.extra["cur"]
    doc.t("问：你的培训班在哪里上课？房子是谁的？\n答：在").t(cty.county).p("address", flat).t("，是我租的")
    N(doc, landlord).t("的房子，月租").k("amount", f"{r.randint(12, 30)}00元").t("。我自己也住在里面。\n")
    doc.t("问：房东知道你在这里办培训班吗？\n答：")
    G(doc, landlord).t("阿姨知道我带几个小孩写作业，不知道是收费的培训班。她电话")
    P(doc, landlord).t("。\n")
    doc.t("问：你有没有取得办学许可证？\n答：没有。\n")
    doc.t("问：培训什么内容？有多少学生？\n答：小学数学和英语，暑假班有" + str(r.randint(10, 30)) + "个学生，平时周末有十来个。\n")
    doc.t("问：学生都有谁？\n答：名单在这里，比如")
    for i, k in enumerate(kids):
        doc.t("、" if i else "")
        N(doc, k).t(f"（{_age(k, days[-1])}岁）")
    doc.t("，都是附近小区的。")
    N(doc, kids[0]).t("的妈妈")
    N(doc, parent).t("还帮我介绍了几个学生。\n")
    doc.t("问：怎么收费？钱收到哪里？\n答：一个暑假").k("amount", f"{fee}元").t("，家长微信转给我，我的微信号").p("contact", _wechat(doc))
    doc.t("；也有用支付宝的，支付宝账号是我的邮箱").p("email", _email(doc)).t("。家长群是QQ群，我的QQ号").p("contact", _qq(doc)).t("。\n")
    doc.t("问：一共收了多少钱？\n答：大概").k("amount", f"{r.randint(3, 9)}万元").t("，我个人卡上现在还有").p("financial", f"{r.randint(1, 3)}万多").t("。\n")
    doc.t("问：老师都是谁？有没有教师资格证？\n答：除了我，还有")
    N(doc, teachers[0]).t("和")
    N(doc, teachers[1]).t("，都是放暑假的大学生，没有教师资格证。每人每月给").p("financial", f"{r.randint(20, 40)}00元").t("。")
    G(doc, teachers[0]).t("教英语，")
    G(doc, teachers[1]).t("教数学。\n")
    doc.t("问：你的工作经历？\n答：毕业后在")
    doc.k("org_name", cty.county[:2] + r.choice(["启明", "育才", "新东方"]) + "培训学校").t("当过老师，那个学校有许可证，后来不办了。\n")
    doc.t("问：有没有家长要求退费？你是怎么处理的？\n答：有两个家长要退，")
    N(doc, kids[-1]).t("的爸爸")
    dad = _kin(doc, kids[-1], "父")
    N(doc, dad).t("要求全额退，我说上了一半课只能退一半，他就去投诉了。我愿意全部退给他，")
    doc.t("他的电话是")
    P(doc, dad).t("，我会联系他。\n")
    doc.t("问：你的培训班有没有对外宣传？\n答：在小区业主群和朋友圈发过广告，写的是“")
    TM(doc, "王牌").t("名师、提分保障”，是我自己编的。\n")
    doc.t("问：你知道“双减”政策吗？\n答：知道一些，以为在家里带几个孩子不算违规。\n")
    doc.t("问：教室有没有消防设施？\n答：客厅里有一个灭火器。楼层不高，在" + r.choice(["二", "三", "五"]) + "楼，")
    TM(doc, "白天").t("都开着门。\n")
    _iv_tail(doc, p, offs, days[-1], 3)


# ---- registry ---------------------------------------------------------------------------------------


def _own_streams(name: str, template: Callable[[Doc], None]) -> Callable[[Doc], None]:
    """Run a template on random streams of its own: corpus.documents() seeds a world with
    seed * 1000003 + i * 7 + family number, so this family's document i would otherwise share its
    seed (and Faker's streams) with another family's document; the template's name is mixed in too,
    so that two templates run on one seed do not meet the same people. A web page is turned into
    pasted HTML residue after it has been written."""

    def run(doc: Doc) -> None:
        doc.r.seed(f"holdout16:{name}:{doc.r.getrandbits(64)}")
        doc.w.fk.seed_instance(doc.r.getrandbits(64))
        template(doc)
        if _st(doc).get("web"):
            _webify(doc)

    run.__doc__ = template.__doc__
    return run


HOLDOUT16: dict[str, Callable[[Doc], None]] = {
    name: _own_streams(name, fn)
    for name, fn in {
        "web_urban": w_urban,
        "web_table": w_table,
        "web_case": w_case,
        "web_permit": w_permit,
        "web_reply": w_reply,
        "form_service": f_service,
        "form_onsite": f_onsite,
        "form_preserve": f_preserve,
        "form_inspect": f_inspect,
        "form_notice": f_notice,
        "dec_person": c_person,
        "dec_org": c_org,
        "dec_permit": c_permit,
        "dec_rectify": c_rectify,
        "dec_review": c_review,
        "dec_enforce": c_enforce,
        "dec_hearing": c_hearing,
        "iv_wage": i_wage,
        "iv_ride": i_ride,
        "iv_land": i_land,
        "iv_fire": i_fire,
        "iv_train": i_train,
    }.items()
}
