"""Thirteenth held-out family (``holdout13``): written before the engine ran on it, by a writer who
never read the engine's code or its documentation, so its first run is an honest first-run
measurement.

Areas and document kinds not used by the earlier families, as county-level agencies write them:
劳动保障监察 (限期改正指令书 with a table of the owed workers — 姓名, 身份证号, 银行卡号 and the wage,
which stays unannotated — a 包工头 who is a natural person, the contractor and its 项目经理, and a
涉嫌拒不支付劳动报酬罪 案件移送书 to the police with the workers in a 、-list followed by their
amounts); 应急管理 (查封扣押决定书 with a 财物清单 for 危险化学品 sold without a licence — 钢瓶编号
stay as permit_number — 先行登记保存通知书 for fireworks sold at a stall by a villager, and an
excerpt of a 有限空间 poisoning accident report with the injured worker, a rescuer and relatives;
the investigation team stays as officer_name); 消防救援 (消防监督检查记录 as a form, 责令改正通知书
for a 群租房 landlord with tenants named by room — the room is an address — and a 代收人 signing
for the landlord); 农业农村 / 自然资源 (宅基地 decision with 四至 naming neighbours, a 村委会主任 named in
the facts, 集体土地使用证 numbers as property_certificate, and a 勘验笔录 with 见证人 and an RTK
instrument number that stays); 卫生健康 (询问笔录 of an unlicensed 乡村 doctor who gives his name,
ID, phone and home in his answers and names his wife by her given name, and a 医疗美容 现场检查笔录
with a borrowed 医师执业证书编码 as other_id); 教育 (unlicensed tutoring, parents and their payments,
which stay unannotated, sometimes a foreign teacher with a passport number); 交通运输 (黑车 with
passengers and a 微信 account as contact, and an 超限运输 询问笔录 with the driver's 从业资格证号 as
other_id, the 道路运输证号 of a haulier as permit_number); and the procedure papers: 送达地址确认书
(e-mail and WeChat for 电子送达, a 指定代收人) with its 送达回证 (受送达人, 代收人 and relation, 留置送达
witnesses), 分期缴纳罚款申请 and 批准书 (the applicant's bank card, one financial sentence), and a
重大执法决定法制审核意见书 followed by the 集体讨论记录 (reviewers, leaders and case handlers stay).

People appear without cue words (经查，X于…), again by full name, by given name only inside a
Q&A, as 其妻X / 其子X, with an age or an amount right after the name, in 、-lists and in tables
separated by runs of spaces or by tabs. Home addresses are labelled (住址 / 户籍地 / 现住) or not
(在其位于…的家中), or are a rented room. Protected lookalikes: shops and companies named after people
(老王烧烤, 刘记, 李达建筑劳务), villages named after families (李家村) and roads named after people
(中山路) as places, officers and their 执法证号, permit and equipment numbers, 文号, dates in several
styles, amounts in 元, 万元 and capitals, and ordinary words that begin with a surname (马路, 张贴,
周边, 高温, 林地 — kind ``term``).

Names come from this module's own pools: about 85 % the hundred commonest surnames drawn by their
population share, 7 % rarer surnames, 3 % compound surnames, 3 % given names (or whole names) that are
ordinary words, 2 % Uyghur, Kazakh, Tibetan, Mongolian and Yi names; given names of one or two
characters chosen by sex and decade of birth; 18-digit ID numbers with a valid check character that
agree with the stated birth date, sex and home region.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sanxiang.kernel.identifiers import citizen_id_check_char, uscc_check_char

from .people import Person
from .templates import Doc

# ---- name pools --------------------------------------------------------------------------------

# The hundred commonest surnames and their share of the population in units of 0.01 %.
_SURNAME_SHARE = (
    "王:718 李:719 张:683 刘:542 陈:461 杨:316 黄:226 赵:216 吴:205 周:186 徐:158 孙:154 马:147 朱:142 "
    "胡:138 郭:134 何:125 高:119 林:118 罗:114 郑:106 梁:101 谢:87 宋:80 唐:79 许:69 韩:67 冯:66 邓:65 "
    "曹:63 彭:62 曾:61 肖:58 田:58 董:58 袁:54 潘:53 于:52 蒋:51 蔡:51 余:51 杜:49 叶:49 程:48 苏:46 "
    "魏:45 吕:45 丁:44 任:44 沈:41 姚:41 卢:40 姜:39 崔:38 钟:38 谭:37 陆:36 汪:35 范:35 金:34 石:33 "
    "廖:33 贾:32 夏:32 韦:31 付:31 方:30 白:29 邹:29 孟:28 熊:28 秦:28 邱:27 江:26 尹:26 薛:26 闫:25 "
    "段:25 雷:25 侯:24 龙:24 史:23 陶:22 黎:22 贺:22 顾:21 毛:21 郝:21 龚:20 邵:20 万:20 钱:19 严:18 "
    "覃:18 武:18 戴:17 莫:17 孔:17 向:16 汤:16"
)
SURNAMES13 = [s.split(":")[0] for s in _SURNAME_SHARE.split()]
SURNAME_W13 = [int(s.split(":")[1]) for s in _SURNAME_SHARE.split()]
RARE13 = "邢游凌柳管葛伍庄滕蒙麦车佘揭植敖涂巫窦茹冉帅展隋栾艾明仇房戚蔺宫荆褚米"
# Compound surnames, 欧阳 by far the most frequent.
COMPOUND13 = ["欧阳"] * 6 + ["司马", "上官", "诸葛", "司徒", "皇甫", "令狐", "夏侯", "东方", "尉迟", "公孙",
                              "慕容", "端木", "闻人", "呼延"]  # fmt: skip
# Given names that are ordinary words, with the sex and the generation that got them.
WORD_GIVEN13 = {"国庆": ("男", "old"), "爱国": ("男", "old"), "卫国": ("男", "old"), "幸福": ("男", "old"),
                "雪花": ("女", "old"), "海燕": ("女", "mid"), "朝霞": ("女", "mid"), "彩虹": ("女", "mid"),
                "春雷": ("男", "mid"), "长征": ("男", "old"), "宇宙": ("男", "young"), "快乐": ("女", "young"),
                "欣然": ("女", "young"), "浩然": ("男", "young"), "未来": ("男", "kid")}  # fmt: skip
# Whole names that read as ordinary words.
WORD_FULL13 = {"高翔": "男", "江河": "男", "马达": "男", "石岩": "男", "白露": "女", "方舟": "男", "余晖": "女",
               "林立": "男", "温暖": "女", "常青": "男", "夏至": "女", "金秋": "女"}  # fmt: skip
# (name, sex, ethnic group, home region key); the given part for the 维吾尔 / 哈萨克 names is the
# part before the middle dot.
MINORITY13 = [("阿卜杜拉·艾买提", "男", "维吾尔族", "xj"), ("买买提江·吐尔逊", "男", "维吾尔族", "xj"),
              ("帕提古丽·买买提", "女", "维吾尔族", "xj"), ("迪丽努尔·阿不都拉", "女", "维吾尔族", "xj"),
              ("艾尼瓦尔·热合曼", "男", "维吾尔族", "xj"), ("努尔兰·别克", "男", "哈萨克族", "xj"),
              ("扎西次仁", "男", "藏族", "xz"), ("央金卓玛", "女", "藏族", "xz"), ("多吉才让", "男", "藏族", "gz"),
              ("尼玛顿珠", "男", "藏族", "xz"), ("巴特尔", "男", "蒙古族", "nm"), ("苏日娜", "女", "蒙古族", "nm"),
              ("朝鲁门", "男", "蒙古族", "nm"), ("斯琴高娃", "女", "蒙古族", "nm"), ("阿西木嘎", "男", "彝族", "ls"),
              ("吉木子石", "男", "彝族", "ls"), ("阿苏阿芝", "女", "彝族", "ls")]  # fmt: skip
# Given names by generation (born before 1970, 1970-84, 1985-2004, later), sex and length.
GIVEN13 = {
    ("old", "男", 1): "福顺旺根柱发昌财田生",
    ("old", "女", 1): "芬英秀莲菊桂兰娣凤",
    ("old", "男", 2): "建国 福生 长林 德胜 满仓 根生 树林 有财 金龙 玉山 忠良 志刚 永福 学文 德明 成林 炳坤 "
                      "国华 顺发 立本",
    ("old", "女", 2): "秀英 桂英 玉兰 淑珍 凤英 桂兰 素珍 秀珍 春花 金花 月娥 菊香 冬梅 彩霞 翠兰 爱华 腊梅 "
                      "桂香 玉莲 素华",
    ("mid", "男", 1): "军斌勇兵涛健刚平强亮",
    ("mid", "女", 1): "红丽艳芳霞敏燕萍娟英",
    ("mid", "男", 2): "建军 国平 志强 海涛 晓东 永刚 立新 卫东 春生 红兵 志勇 建平 德华 新华 文军 小兵 振华 "
                      "海平 跃华 智勇",
    ("mid", "女", 2): "丽华 红梅 艳红 春燕 小红 美玲 丽萍 晓燕 玉梅 秀娟 爱玲 丽娟 桂芳 雪梅 慧敏 金凤 "
                      "利群 晓琴",
    ("young", "男", 1): "磊鹏超浩宇杰鑫帅凯博",
    ("young", "女", 1): "婷倩雪瑶琳悦璐颖蕾晶",
    ("young", "男", 2): "宇航 俊杰 晓明 志伟 家豪 鹏飞 文博 思远 天佑 宇轩 梓豪 嘉诚 泽宇 明辉 振宇 子健 "
                        "俊豪 晨阳",
    ("young", "女", 2): "雨婷 欣怡 佳琪 思琪 晓琳 梦瑶 诗涵 雅琪 婷婷 丹丹 佳怡 紫涵 晓雪 倩倩 语嫣 "
                        "梦婷 静怡",
    ("kid", "男", 1): "轩哲航睿",
    ("kid", "女", 1): "萱彤涵悦",
    ("kid", "男", 2): "梓轩 宇辰 子墨 浩宇 沐阳 皓轩 睿泽 承泽 俊熙 一鸣",
    ("kid", "女", 2): "一诺 梓涵 可馨 雨桐 语桐 欣妍 若汐 诗琪 芷若 思彤",
}  # fmt: skip

# ---- regions -----------------------------------------------------------------------------------

# (province, city, county, GB/T 2260 code, telephone area code, plate prefix)
REGIONS13 = [
    ("湖南省", "邵阳市", "隆回县", "430524", "0739", "湘E"), ("河南省", "周口市", "郸城县", "411625", "0394", "豫P"),
    ("江西省", "上饶市", "鄱阳县", "361128", "0793", "赣E"), ("四川省", "南充市", "营山县", "511322", "0817", "川R"),
    ("广西壮族自治区", "玉林市", "博白县", "450923", "0775", "桂K"),
    ("安徽省", "阜阳市", "临泉县", "341221", "0558", "皖K"), ("山东省", "临沂市", "沂南县", "371321", "0539", "鲁Q"),
    ("湖北省", "黄冈市", "蕲春县", "421126", "0713", "鄂J"), ("贵州省", "毕节市", "大方县", "520521", "0857", "贵F"),
    ("河北省", "邯郸市", "魏县", "130434", "0310", "冀D"), ("云南省", "曲靖市", "宣威市", "530381", "0874", "云D"),
    ("广东省", "湛江市", "廉江市", "440881", "0759", "粤G"), ("浙江省", "金华市", "东阳市", "330783", "0579", "浙G"),
    ("江苏省", "盐城市", "阜宁县", "320923", "0515", "苏J"), ("福建省", "龙岩市", "上杭县", "350823", "0597", "闽F"),
    ("广东省", "佛山市", "南海区", "440605", "0757", "粤E"), ("浙江省", "宁波市", "鄞州区", "330212", "0574", "浙B"),
    ("江苏省", "无锡市", "惠山区", "320206", "0510", "苏B"), ("四川省", "成都市", "郫都区", "510117", "028", "川A"),
    ("湖北省", "武汉市", "江夏区", "420115", "027", "鄂A"), ("陕西省", "西安市", "长安区", "610116", "029", "陕A"),
    ("山东省", "潍坊市", "寿光市", "370783", "0536", "鲁G"), ("", "重庆市", "江津区", "500116", "023", "渝B"),
]  # fmt: skip
# Home regions of the minority names (used for their ID numbers and 户籍地).
MINORITY_HOME13 = {
    "xj": [("新疆维吾尔自治区", "喀什地区", "喀什市", "653101"), ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102"),
           ("新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁市", "654002")],
    "xz": [("西藏自治区", "拉萨市", "城关区", "540102"), ("西藏自治区", "日喀则市", "桑珠孜区", "540202")],
    "gz": [("四川省", "甘孜藏族自治州", "康定市", "513301")],
    "nm": [("内蒙古自治区", "呼和浩特市", "新城区", "150102"), ("内蒙古自治区", "鄂尔多斯市", "东胜区", "150602")],
    "ls": [("四川省", "凉山彝族自治州", "昭觉县", "513431"), ("四川省", "凉山彝族自治州", "西昌市", "513401")],
}  # fmt: skip
TOWNS13 = ["城关镇", "新市镇", "花桥镇", "龙潭镇", "白沙镇", "黄土铺镇", "桃林乡", "大坪乡", "金鸡镇", "三溪镇",
           "石牛镇", "河口镇"]  # fmt: skip
VILLAGES13 = ["李家村", "刘家湾村", "陈家坝村", "新塘村", "杨柳村", "石门村", "红旗村", "双龙村", "大塘村", "何家庄村",
              "长岭村", "马鞍村", "王家垄村", "周家冲村"]  # fmt: skip
SUBDISTRICTS13 = [
    "城北街道",
    "文昌街道",
    "新城街道",
    "锦江街道",
    "桂花街道",
    "东城街道",
    "西湖街道",
    "滨河街道",
]
ROADS13 = ["中山路", "逸仙路", "解放路", "人民北路", "建设路", "文化街", "滨江路", "朝阳路", "黄河路", "长江路",
           "丰收路", "振华路", "向阳路", "五一路", "蔡锷路", "黄兴路"]  # fmt: skip
ESTATES13 = ["锦绣江南", "碧桂园", "阳光100", "金色港湾", "恒大名都", "御景华庭", "和平小区", "建设新村", "学府花园",
             "金海岸", "盛世嘉园", "龙湖春江郦城", "书香名邸", "东方丽都", "电力宿舍", "粮食局宿舍"]  # fmt: skip
TRADE13 = ["鑫盛", "宏达", "金穗", "恒通", "华泰", "瑞祥", "广聚", "兴业", "隆昌", "正旺", "顺安", "诚信", "汇丰源",
           "新天地", "远航", "东升", "中泰", "万兴"]  # fmt: skip
HOSPITALS13 = ["人民医院", "中医医院", "第二人民医院", "妇幼保健院", "骨伤科医院"]
FIELDS13 = ["大丘田", "塘背", "枫树湾", "长垅", "沙坝", "庙前", "老屋场", "岭脚", "下洞", "茶园坡"]

_UPPER = "零壹贰叁肆伍陆柒捌玖"
_HAN_DIGIT = "〇一二三四五六七八九"


# ---- dates and amounts -------------------------------------------------------------------------


def _cn_num(n: int) -> str:
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _HAN_DIGIT[ones]
    return ("" if tens == 1 else _HAN_DIGIT[tens]) + "十" + (_HAN_DIGIT[ones] if ones else "")


def _ds(day: date, style: str = "cn") -> str:
    if style == "han":
        y = "".join(_HAN_DIGIT[int(c)] for c in str(day.year))
        return f"{y}年{_cn_num(day.month)}月{_cn_num(day.day)}日"
    if style == "dot":
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    if style == "dash":
        return f"{day.year}-{day.month:02d}-{day.day:02d}"
    if style == "slash":
        return f"{day.year}/{day.month}/{day.day}"
    if style == "md":
        return f"{day.month}月{day.day}日"
    return f"{day.year}年{day.month}月{day.day}日"


def _d(doc: Doc, day: date, style: str = "cn") -> Doc:
    return doc.k("date", _ds(day, style))


def _dm(doc: Doc, day: date, ref: date) -> Doc:
    """A date written without its year when it falls in the year of ``ref`` (as texts do), else in full."""
    return _d(doc, day, "md" if day.year == ref.year and doc.r.random() < 0.7 else "cn")


def _start(doc: Doc) -> date:
    """The day a case begins; documents stay in 2022-2025."""
    return date(2022, 1, 1) + timedelta(days=doc.r.randint(0, 1000))


def _after(doc: Doc, day: date, lo: int, hi: int) -> date:
    return day + timedelta(days=doc.r.randint(lo, hi))


def _upper(n: int) -> str:
    """An integer amount in capital numerals, the way a 罚没 receipt writes it (叁万零伍佰元整)."""
    if n == 0:
        return "零元整"
    units = ["", "拾", "佰", "仟"]

    def four(v: int) -> str:
        out, zero = "", False
        for i in range(3, -1, -1):
            q = (v // 10**i) % 10
            if q == 0:
                zero = bool(out)
                continue
            if zero:
                out += "零"
                zero = False
            out += _UPPER[q] + units[i]
        return out

    yi, rest = divmod(n, 10**8)
    wan, ge = divmod(rest, 10**4)
    s = ""
    if yi:
        s += four(yi) + "亿"
    if wan:
        if s and wan < 1000:
            s += "零"
        s += four(wan) + "万"
    elif s and ge:
        s += "零"
    if ge:
        if s and ge < 1000 and not s.endswith("零"):
            s += "零"
        s += four(ge)
    return s + "元整"


def _money(doc: Doc, v: int, style: str | None = None) -> Doc:
    r = doc.r
    style = style or r.choice(["yuan", "yuan", "comma", "wan", "upper", "both"])
    if style == "wan" and v % 100 == 0 and v >= 10000:
        return doc.k("amount", f"{v / 10000:g}万元")
    if style == "upper":
        return doc.k("amount", "人民币" + _upper(v))
    if style == "both":
        doc.k("amount", _upper(v))
        return doc.t("（").k("amount", f"¥{v:,.2f}").t("）")
    if style == "comma":
        return doc.k("amount", f"{v:,.2f}元")
    return doc.k("amount", f"{v}元")


def _fine(doc: Doc, lo: int, hi: int, step: int = 500) -> int:
    return doc.r.randrange(lo, hi + 1, step)


# ---- numbers -----------------------------------------------------------------------------------


def _digits(doc: Doc, n: int) -> str:
    return "".join(doc.r.choice("0123456789") for _ in range(n))


def _luhn(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def _card(doc: Doc) -> str:
    r = doc.r
    bin_ = r.choice(
        ["621700", "622848", "621226", "622202", "623058", "621799", "622908", "625965", "622262"]
    )
    body = bin_ + _digits(doc, r.choice([9, 12, 12, 12]))
    return body + _luhn(body)


def _mobile(doc: Doc) -> str:
    r = doc.r
    head = r.choice(["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
                     "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183", "185", "186",
                     "187", "188", "189", "191", "195", "198", "199"])  # fmt: skip
    return head + _digits(doc, 8)


def _shape(doc: Doc, s: str, groups: tuple[int, ...]) -> str:
    """Most numbers are written plainly; some are grouped, some use full-width digits."""
    roll = doc.r.random()
    if roll < 0.82:
        return s
    if roll < 0.93:
        out, i = [], 0
        for g in groups:
            out.append(s[i : i + g])
            i += g
        if i < len(s):
            out.append(s[i:])
        return " ".join(p for p in out if p)
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def _uscc(doc: Doc, region: tuple, kind: str = "91") -> str:
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = kind + region[3] + "".join(doc.r.choice(alphabet) for _ in range(9))
    return body + uscc_check_char(body)


def _plate(doc: Doc, region: tuple, *, trailer: bool = False, truck: bool = False) -> str:
    r = doc.r
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    prefix = region[5] if r.random() < 0.85 else r.choice(REGIONS13)[5]
    if trailer:
        return prefix + "".join(r.choice("0123456789") for _ in range(4)) + "挂"
    if r.random() < 0.2 and not truck:
        return prefix + r.choice("DF") + _digits(doc, 5)
    tail = [r.choice("0123456789") for _ in range(5)]
    for i in r.sample(range(4), r.randint(0, 2)):
        tail[i] = r.choice(letters)
    return prefix + "".join(tail)


def _wechat(doc: Doc, p: Person | None = None) -> str:
    r = doc.r
    roll = r.random()
    if roll < 0.35:
        return "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
    if roll < 0.55 and p is not None:
        return p.phone
    stem = r.choice(
        ["xiaoyu", "laowang", "ahua", "sunny", "daming", "tiantian", "lucky", "jie", "hong", "feng"]
    )
    return stem + r.choice(["", "_", "-"]) + str(r.randint(6, 99999))


def _qq(doc: Doc) -> str:
    return str(doc.r.randint(1, 9)) + _digits(doc, doc.r.randint(6, 9))


def _cert_no(doc: Doc, region: tuple) -> str:
    """A law-enforcement certificate number in one of the shapes provinces use."""
    r = doc.r
    roll = r.random()
    short = region[5][0]
    if roll < 0.45:
        return region[3][:4] + _digits(doc, r.choice([5, 7]))
    if roll < 0.75:
        return f"{short}执字第{_digits(doc, r.choice([6, 8]))}号"
    return region[3][:2] + r.choice(["0", "1"]) + _digits(doc, 8)


def _fire_cert(doc: Doc) -> str:
    return "消监" + _digits(doc, 2) + _digits(doc, 6)


def _docno(doc: Doc, region: tuple, code: str, year: int, *, ordinal: bool | None = None) -> str:
    r = doc.r
    short = region[2][:-1] if len(region[2]) > 2 else region[2]
    n = r.randint(1, 260)
    if ordinal is None:
        ordinal = r.random() < 0.35
    num = f"第{n:03d}号" if ordinal else f"{n}号"
    return f"{short}{code}〔{year}〕{num}"


def _local(region: tuple) -> str:
    """How a document names the county: with the city when the county is a district."""
    return region[1] + region[2] if region[2].endswith("区") else region[2]


def _agency_phone(doc: Doc, region: tuple) -> str:
    return f"{region[4]}-{doc.r.randint(2, 8)}{_digits(doc, 6 if len(region[4]) == 4 else 7)}"


def _agency_addr(doc: Doc, region: tuple) -> str:
    r = doc.r
    return (
        _local(region)
        + r.choice(ROADS13[2:])
        + f"{r.randint(1, 299)}号"
        + r.choice(["", "行政中心", "综合楼三楼"])
    )


# ---- people ------------------------------------------------------------------------------------


def _era(born: int) -> str:
    return "old" if born < 1970 else "mid" if born < 1985 else "young" if born < 2005 else "kid"


def _given(doc: Doc, sex: str, born: int) -> str:
    r = doc.r
    era = _era(born)
    one = {"old": 0.22, "mid": 0.35, "young": 0.28, "kid": 0.1}[era]
    if r.random() < one:
        return r.choice(GIVEN13[(era, sex, 1)])
    return r.choice(GIVEN13[(era, sex, 2)].split())


def _surname(doc: Doc) -> str:
    return doc.r.choices(SURNAMES13, weights=SURNAME_W13)[0]


def _id_number(doc: Doc, code: str, born: date, sex: str) -> str:
    r = doc.r
    seq = f"{r.randint(0, 99):02d}" + r.choice("13579" if sex == "男" else "02468")
    first17 = f"{code}{born:%Y%m%d}{seq}"
    return first17 + citizen_id_check_char(first17)


def _detail(doc: Doc, rural: bool) -> str:
    """A home address below the county: a village house or a flat."""
    r = doc.r
    if rural:
        group = r.choice(
            [f"{_cn_num(r.randint(1, 12))}组", f"{r.randint(1, 12)}组", f"{_cn_num(r.randint(1, 9))}组"]
        )
        return f"{r.choice(TOWNS13)}{r.choice(VILLAGES13)}{group}{r.randint(1, 88)}号"
    flat = r.choice([
        f"{r.choice(ESTATES13)}{r.randint(1, 24)}栋{r.randint(1, 4)}单元{r.randint(1, 28)}0{r.randint(1, 4)}室",
        f"{r.choice(ESTATES13)}{r.randint(1, 24)}幢{r.randint(1, 18)}0{r.randint(1, 6)}室",
        f"{r.choice(ESTATES13)}{r.randint(1, 12)}栋{r.randint(1, 30)}0{r.randint(1, 4)}",
    ])  # fmt: skip
    if r.random() < 0.5:
        return f"{r.choice(SUBDISTRICTS13)}{r.choice(ROADS13)}{r.randint(1, 366)}号{flat}"
    return f"{r.choice(ROADS13)}{r.randint(1, 366)}号{flat}"


def _person(
    doc: Doc,
    region: tuple,
    *,
    sex: str | None = None,
    age: tuple[int, int] = (22, 66),
    rural: bool | None = None,
    migrant: float = 0.2,
    surname: str | None = None,
    plain: bool = False,
) -> Person:
    """A natural person living in ``region`` (or, with probability ``migrant``, registered elsewhere)."""
    r, w = doc.r, doc.w
    year = doc.w.__dict__.setdefault("h13_year", 2024)
    home0 = region if r.random() >= migrant else r.choice(REGIONS13)
    for _ in range(60):
        home, eth = home0, "汉族"
        s = sex or r.choice("男男女")
        born_y = year - r.randint(*age)
        roll = 1.0 if (plain or surname) else r.random()
        sn = surname or ""
        if roll < 0.035 and migrant == 0:
            roll = 0.5
        if roll < 0.035:
            name, s, eth, key = r.choice(MINORITY13)
            if sex and s != sex:
                continue
            h = r.choice(MINORITY_HOME13[key])
            home = (h[0], h[1], h[2], h[3], "", "")
            given = name.split("·")[0] if "·" in name else name
            sn = ""
        elif roll < 0.06:
            name, s = r.choice(list(WORD_FULL13.items()))
            if sex and s != sex:
                continue
            sn, given = name[0], name[1:]
        elif roll < 0.09:
            given, (s, era) = r.choice(list(WORD_GIVEN13.items()))
            if sex and s != sex:
                continue
            born_y = {"old": r.randint(1952, 1968), "mid": r.randint(1970, 1984), "young": r.randint(1986, 2002),
                      "kid": r.randint(2006, 2014)}[era]  # fmt: skip
            if not age[0] <= year - born_y <= age[1]:
                continue
            sn = _surname(doc)
            name = sn + given
        else:
            if not sn:
                sn = (
                    r.choice(COMPOUND13)
                    if roll < 0.12
                    else r.choice(RARE13)
                    if roll < 0.19
                    else _surname(doc)
                )
            given = _given(doc, s, born_y)
            name = sn + given
        if name in w.used_names:
            continue
        break
    w.used_names.add(name)
    born = date(born_y, r.randint(1, 12), r.randint(1, 28))
    w._pid += 1
    if rural is None:
        rural = r.random() < 0.55
    p = Person(
        w._pid, name, sn, s, _id_number(doc, home[3], born, s), _mobile(doc), home[:3], _detail(doc, rural)
    )
    p.extra.update(born=born, given=given, eth=eth, code=home[3])
    return p


_FOREIGN13 = [("Emma Wilson", "女", "英国"), ("James Carter", "男", "美国"), ("Olga Petrova", "女", "俄罗斯"),
              ("Daniel Brown", "男", "加拿大"), ("Maria Santos", "女", "菲律宾"), ("Liam O'Connor", "男", "爱尔兰"),
              ("Sophie Martin", "女", "法国"), ("Jack Thompson", "男", "澳大利亚")]  # fmt: skip


def _foreigner(doc: Doc, region: tuple) -> Person:
    """A foreign national: a Latin-script name and a passport number in place of the ID number."""
    r, w = doc.r, doc.w
    name, sex, nation = r.choice(_FOREIGN13)
    w._pid += 1
    w.used_names.add(name)
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    passport = {"英国": _digits(doc, 9), "美国": r.choice(letters) + _digits(doc, 8), "俄罗斯": "7" + _digits(doc, 8),
                "菲律宾": "P" + _digits(doc, 7) + r.choice(letters)}.get(nation, r.choice(letters) + r.choice(letters) + _digits(doc, 7))  # fmt: skip
    p = Person(w._pid, name, "", sex, passport, _mobile(doc), region[:3], _detail(doc, False))
    p.extra.update(born=date(r.randint(1975, 1998), r.randint(1, 12), r.randint(1, 28)), given=name, eth="外籍",
                   code="", nation=nation)  # fmt: skip
    return p


def _age(doc: Doc, p: Person, on: date | None = None) -> int:
    on = on or date(doc.w.__dict__.get("h13_year", 2024), 6, 30)
    b = p.extra["born"]
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


def _born(p: Person, style: str = "cn") -> str:
    return _ds(p.extra["born"], style)


def _nm(doc: Doc, p: Person) -> Doc:
    return doc.p("person_name", p.name, pid=p.pid)


def _gv(doc: Doc, p: Person) -> Doc:
    """The given name alone (only used for 汉 names with a two-character given name)."""
    return doc.p("person_name", p.extra["given"], pid=p.pid)


def _can_gv(p: Person) -> bool:
    return p.extra["eth"] == "汉族" and len(p.extra["given"]) == 2 and p.surname + p.extra["given"] == p.name


def _idn(doc: Doc, p: Person) -> Doc:
    return doc.p("id_number", _shape(doc, p.id_number, (6, 8, 4)))


def _ph(doc: Doc, p: Person | None = None) -> Doc:
    return doc.p("phone", _shape(doc, p.phone if p else _mobile(doc), (3, 4, 4)))


def _addr(doc: Doc, p: Person, prefix: str | None = None) -> Doc:
    """The region part stays outside the span; it is written in full, from the city, or not at all."""
    if prefix is None:
        roll = doc.r.random()
        prov, city, county = p.region
        prefix = prov + city + county if roll < 0.55 else city + county if roll < 0.85 else county
    return doc.t(prefix).p("address", p.address_detail)


def _bankp(doc: Doc, p: Person) -> str:
    card = p.extra.get("card") or _card(doc)
    p.extra["card"] = card
    return card


def _bk(doc: Doc, p: Person) -> Doc:
    return doc.p("bank_account", _shape(doc, _bankp(doc, p), (4, 4, 4, 4)))


def _spouse(doc: Doc, p: Person, region: tuple) -> Person:
    sex = "女" if p.gender == "男" else "男"
    a = max(22, _age(doc, p) + doc.r.randint(-4, 4))
    q = _person(doc, region, sex=sex, age=(a, a), rural=None)
    q.address_detail = p.address_detail
    q.region = p.region
    return q


def _child(doc: Doc, p: Person, region: tuple, sex: str | None = None, adult: bool = False) -> Person:
    a = _age(doc, p) - doc.r.randint(22, 32)
    a = max(a, 22 if adult else 3)
    q = _person(doc, region, sex=sex, age=(a, a), surname=p.surname if p.extra["eth"] == "汉族" else None)
    q.address_detail = p.address_detail
    q.region = p.region
    return q


def _officers(doc: Doc, region: tuple, n: int = 2, fire: bool = False) -> list[tuple[Person, str]]:
    return [(_person(doc, region, age=(26, 55), migrant=0.05), _fire_cert(doc) if fire else _cert_no(doc, region))
            for _ in range(n)]  # fmt: skip


def _off_line(
    doc: Doc, offs: list[tuple[Person, str]], lead: str = "执法人员", label: str = "执法证号"
) -> Doc:
    r = doc.r
    style = r.randint(0, 2)
    doc.t(lead)
    if style == 0:
        doc.t("：")
        for i, (o, c) in enumerate(offs):
            doc.t("、" if i else "").k("officer_name", o.name).t(f"（{label}：").k("officer_cert", c).t("）")
    elif style == 1:
        doc.t("：")
        for i, (o, _c) in enumerate(offs):
            doc.t("、" if i else "").k("officer_name", o.name)
        doc.t(f"（{label}分别为")
        for i, (_o, c) in enumerate(offs):
            doc.t("、" if i else "").k("officer_cert", c)
        doc.t("）")
    else:
        doc.t("：")
        for i, (o, c) in enumerate(offs):
            doc.t("；" if i else "").k("officer_name", o.name).t(f"，{label}").k("officer_cert", c)
    return doc


def _company(doc: Doc, region: tuple, kinds: list[str], person_like: float = 0.25) -> str:
    r = doc.r
    head = _local(region) if r.random() < 0.6 else region[1]
    if r.random() < person_like:
        # Trade names that read like a person's name (李达建筑劳务, 欧阳明科技).
        trade = _surname(doc) + r.choice("达明华强辉伟鹏军林宏建")
    else:
        trade = r.choice(TRADE13)
    return head + trade + r.choice(kinds) + r.choice(["有限公司", "有限公司", "有限责任公司"])


def _rep(doc: Doc, region: tuple) -> Person:
    """A company's legal representative; about a third of them are passed as ``keep`` once named."""
    rep = _person(doc, region, age=(32, 62), migrant=0.1)
    rep.extra["keep"] = doc.r.random() < 1 / 3
    return rep


def _lr(doc: Doc, rep: Person) -> Doc:
    if rep.extra.pop("keep", False):
        doc.keep.append(rep.name)
    return doc.k("legal_rep", rep.name)


def _co_block(doc: Doc, region: tuple, co: str, rep: Person, label: str = "当事人") -> None:
    r = doc.r
    doc.t(f"{label}：").k("org_name", co).t("\n")
    doc.t("统一社会信用代码：").k("credit_code", _uscc(doc, region)).t("\n")
    doc.t(r.choice(["住所：", "住所地：", "地址："])).k("registered_address", _reg_addr(doc, region)).t("\n")
    doc.t(r.choice(["法定代表人：", "法定代表人：", "负责人："]))
    _lr(doc, rep)
    if r.random() < 0.35:
        doc.t(r.choice(["（执行董事兼总经理）", "，职务：总经理", "，职务：董事长"]))
    doc.t("\n")


def _reg_addr(doc: Doc, region: tuple) -> str:
    r = doc.r
    return (_local(region) + r.choice([r.choice(SUBDISTRICTS13), r.choice(TOWNS13), ""]) + r.choice(ROADS13)
            + f"{r.randint(1, 500)}号" + r.choice(["", "101室", "二楼", "综合楼3楼", "A栋"]))  # fmt: skip


def _relief(doc: Doc, region: tuple, days: int = 60) -> None:
    r = doc.r
    gov = _local(region) + "人民政府"
    court = _local(region) + "人民法院"
    doc.t(r.choice(["如不服本决定，", "当事人如对本决定不服，", "你（单位）如不服本决定，"]))
    doc.t(f"可以在收到本决定书之日起{_cn_num(days)}日内向").k("agency_name", gov).t("申请行政复议，")
    doc.t("或者在六个月内依法向").k("agency_name", court).t("提起行政诉讼。")
    doc.t("行政复议和行政诉讼期间，本决定不停止执行，法律另有规定的除外。\n")


def _sign(doc: Doc, agency: str, day: date, style: str | None = None) -> None:
    style = style or doc.r.choice(["cn", "cn", "han"])
    doc.t("\n" + " " * doc.r.choice([16, 20, 24])).k("agency_name", agency).t("\n")
    doc.t(" " * doc.r.choice([18, 22, 26]))
    _d(doc, day, style).t("\n")
    if doc.r.random() < 0.5:
        doc.t(" " * doc.r.choice([18, 22])).t("（印章）\n")


def _head(doc: Doc, region: tuple, agency: str, title: str, docno: str | None) -> None:
    doc.k("agency_name", agency).t("\n", title, "\n")
    if docno:
        doc.k("doc_number", docno).t("\n")
    doc.t("\n")


def _begin(doc: Doc) -> tuple[tuple, date]:
    """The document's county and the day its case begins; ages are reckoned from that year."""
    region = doc.r.choice(REGIONS13)
    d0 = _start(doc)
    doc.w.__dict__["h13_year"] = d0.year
    return region, d0


def _table(doc: Doc, rows: list[list[tuple[str, str] | str]], sep: str) -> None:
    """Rows of cells; a cell is plain text or (kind, text) for a pii item or ("k:"+kind, text) for a
    protected one, or ("name", pid-person) handled by the caller. Cells are padded with spaces (by
    display width) or separated by tabs."""

    def width(s: str) -> int:
        return sum(2 if ord(c) > 0x2E80 else 1 for c in s)

    def text(c: object) -> str:
        if isinstance(c, tuple):
            return c[1].name if isinstance(c[1], Person) else c[1]
        return str(c)

    ncol = max(len(row) for row in rows)
    widths = [max(width(text(row[i])) for row in rows if i < len(row)) for i in range(ncol)]
    for row in rows:
        for i, c in enumerate(row):
            if i:
                doc.t(sep if sep == "\t" else " " * (widths[i - 1] - width(text(row[i - 1])) + len(sep)))
            if isinstance(c, tuple):
                kind, val = c
                if isinstance(val, Person):
                    _nm(doc, val)
                elif kind.startswith("k:"):
                    doc.k(kind[2:], val)
                else:
                    doc.p(kind, val)
            else:
                doc.t(str(c))
        doc.t("\n")


# ---- 劳动保障监察 ----------------------------------------------------------------------------------

_PROJECTS = ["第三中学综合教学楼", "城南安置小区二期", "人民医院住院综合楼", "滨江公园提质改造", "农贸市场改造",
             "乡村振兴示范片区道路硬化", "职业中专实训楼", "污水处理厂配套管网", "高铁站片区安置房"]  # fmt: skip
_WORKS = ["木工", "钢筋", "泥工", "外墙涂料", "水电安装", "砌体", "模板"]
_BANK_NAMES = [
    "中国农业银行",
    "中国邮政储蓄银行",
    "农村商业银行",
    "中国建设银行",
    "中国工商银行",
    "农村信用合作联社",
]


def l_wage_order(doc: Doc) -> None:
    """劳动保障监察限期改正指令书: the contractor, a 包工头, and a table of owed workers."""
    r = doc.r
    region, d0 = _begin(doc)
    agency = _local(region) + "人力资源和社会保障局"
    d_work = d0 - timedelta(days=r.randint(120, 400))
    d_find = d0
    d_order = _after(doc, d_find, 5, 25)
    d_due = _after(doc, d_order, 7, 15)
    title = r.choice(["劳动保障监察限期改正指令书", "劳动保障监察责令改正决定书"])
    docno = _docno(doc, region, r.choice(["人社监令", "人社监改", "劳监令字"]), d_order.year)
    _head(doc, region, agency, title, docno)
    co = _company(doc, region, ["建筑工程", "建设工程", "建筑劳务", "市政工程", "建筑装饰工程"])
    rep = _rep(doc, region)
    if r.random() < 0.5:
        doc.k("org_name", co).t("：\n")
    else:
        _co_block(doc, region, co, rep, label="用人单位")
        doc.t("\n")
    foreman = _person(doc, region, sex="男", age=(35, 60), migrant=0.35)
    wife = _spouse(doc, foreman, region)
    pm = _person(doc, region, age=(28, 55), migrant=0.1)
    rep_is_pm = r.random() < 0.35
    workers = [_person(doc, region, sex=r.choice("男男男女"), age=(24, 62), migrant=0.35)
               for _ in range(r.randint(4, 8))]  # fmt: skip
    wages = [r.randrange(3200, 36000, 100) for _ in workers]
    total = sum(wages)
    work = r.choice(_WORKS)
    project = _local(region) + r.choice(_PROJECTS) + r.choice(["建设工程", "项目", "工程"])
    site = r.choice(TOWNS13 + SUBDISTRICTS13) + r.choice(VILLAGES13 + ROADS13)

    if r.random() < 0.4:
        doc.t("经查，")
    else:
        doc.t(r.choice(["本局于", "根据工人投诉，本局于"]))
        _d(doc, d_find).t("依法对你单位进行劳动保障监察。经查，")
    doc.t("你单位承建的", project, "（施工地点：").k("place", site).t("）于")
    _d(doc, d_work).t(f"开工建设。你单位将该项目{work}劳务作业交由不具备合法经营资格的个人")
    _nm(doc, foreman)
    style = r.randint(0, 2)
    if style == 0:
        doc.t(f"（男，{_age(doc, foreman)}岁，身份证号码：")
        _idn(doc, foreman).t("，联系电话：")
        _ph(doc, foreman).t("）")
    elif style == 1:
        doc.t("（公民身份号码")
        _idn(doc, foreman).t("，户籍地")
        _addr(doc, foreman).t("）")
    else:
        doc.t(f"（{_born(foreman)}出生）")
    doc.t("组织施工，")
    _nm(doc, foreman).t(f"先后招用{len(workers)}名工人进场作业，工人工资由其按月记工、年底结算。")
    doc.t("截至")
    _d(doc, d_find).t(f"，该{work}班组尚有{len(workers)}名工人工资未获支付，合计")
    _money(doc, total, r.choice(["yuan", "comma"])).t("。")
    doc.t("班组工人")
    _nm(doc, workers[0]).t("、")
    _nm(doc, workers[1]).t(
        f"等人{r.choice(['多次到项目部讨要未果', '于春节前到本局投诉', '通过12345热线反映'])}。\n"
    )
    doc.t("经核对，工人考勤由")
    _nm(doc, foreman).t("之妻")
    _nm(doc, wife).t("记录，考勤表、工资欠条与工人陈述一致。")
    if rep_is_pm:
        doc.t("你单位法定代表人、项目负责人")
        _lr(doc, rep).t("在接受询问时承认，公司已将部分劳务款支付给")
    else:
        doc.t("你单位项目经理")
        _nm(doc, pm).t("在接受询问时称，公司已将部分劳务款支付给")
    _nm(doc, foreman).t("，但未按规定通过农民工工资专用账户代发，亦未核实工人工资实际发放情况。\n")
    doc.t("你单位的上述行为违反了")
    doc.k("law_title", "《保障农民工工资支付条例》").k("article", "第三十条第一款").t("、")
    doc.k("article", "第三十六条第一款").t("的规定。根据").k("law_title", "《劳动保障监察条例》")
    doc.k("article", "第十八条第一款第（二）项").t("、").k("article", "第二十六条").t(
        "的规定，本局责令你单位于"
    )
    _d(doc, d_due).t("前将下列工人工资足额支付至本人银行账户，并将支付凭证报送本局：\n\n")

    sep = r.choice(["\t", "  ", "    "])
    rows: list[list] = [["序号", "姓名", "身份证号码", "工资卡号", "开户银行", "拖欠工资（元）"]]
    for i, (p, wage) in enumerate(zip(workers, wages, strict=True)):
        rows.append([str(i + 1), ("name", p), ("id_number", p.id_number), ("bank_account", _bankp(doc, p)),
                     r.choice(_BANK_NAMES), f"{wage:.2f}" if sep == "\t" else str(wage)])  # fmt: skip
    rows.append(["合计", "", "", "", "", ("k:amount", f"{total:.2f}" if sep == "\t" else str(total))])
    _table(doc, rows, sep)
    doc.t("\n逾期不改正的，本局将依据").k("law_title", "《中华人民共和国劳动合同法》").k(
        "article", "第八十五条"
    )
    doc.t("的规定，责令你单位按应付金额百分之五十以上百分之一百以下的标准向劳动者加付赔偿金；")
    doc.t("涉嫌拒不支付劳动报酬罪的，依法移送公安机关。\n")
    _relief(doc, region)
    offs = _officers(doc, region, 1)
    doc.t("\n联系人：").k("officer_name", offs[0][0].name).t("    联系电话：").k(
        "agency_phone", _agency_phone(doc, region)
    )
    doc.t("\n本局地址：").k("agency_address", _agency_addr(doc, region)).t("\n")
    _sign(doc, agency, d_order)
    if r.random() < 0.6:
        doc.t("\n签收人：")
        if rep_is_pm:
            _lr(doc, rep)
        else:
            _nm(doc, pm)
        doc.t("    签收日期：")
        _d(doc, _after(doc, d_order, 0, 2), "dot").t("\n")


def l_wage_transfer(doc: Doc) -> None:
    """涉嫌拒不支付劳动报酬罪 案件移送书 to the police; the workers in a list with their amounts."""
    r = doc.r
    region, d0 = _begin(doc)
    agency = _local(region) + "人力资源和社会保障局"
    police = _local(region) + "公安局"
    foreman = _person(doc, region, sex="男", age=(32, 58), migrant=0.3, rural=True)
    wife = _spouse(doc, foreman, region)
    co = _company(doc, region, ["建筑劳务", "建筑工程", "装饰装修工程", "园林绿化工程"], person_like=0.4)
    rep = _rep(doc, region)
    workers = [
        _person(doc, region, sex=r.choice("男男女"), age=(25, 63), migrant=0.3)
        for _ in range(r.randint(5, 9))
    ]
    owed = [r.randrange(2600, 28000, 100) for _ in workers]
    d_pay = d0
    d_order = _after(doc, d_pay, 20, 60)
    d_due = _after(doc, d_order, 10, 15)
    d_send = _after(doc, d_due, 10, 40)
    paid = r.randrange(max(sum(owed), 60000), sum(owed) * 3, 1000)
    docno = _docno(doc, region, r.choice(["人社移", "人社监移", "劳监移字"]), d_send.year)
    order_no = _docno(doc, region, "人社监令", d_order.year)
    _head(doc, region, agency, r.choice(["涉嫌犯罪案件移送书", "案件移送书"]), docno)
    doc.k("agency_name", police).t("：\n")
    doc.t("    ")
    _nm(doc, foreman).t(f"（{foreman.gender}，{_born(foreman)}出生，{foreman.extra['eth']}，公民身份号码")
    _idn(doc, foreman).t("，户籍地")
    _addr(doc, foreman).t("，联系电话")
    _ph(doc, foreman).t("）涉嫌拒不支付劳动报酬一案，经本局调查，现查明：\n")
    doc.t("    ")
    _d(doc, d0 - timedelta(days=r.randint(200, 400)), r.choice(["cn", "cn", "han"])).t("起，")
    _nm(doc, foreman).t("以个人名义承接").k("org_name", co).t("（法定代表人")
    _lr(doc, rep).t("）发包的").k("place", r.choice(TOWNS13) + r.choice(VILLAGES13))
    doc.t(r.choice(["农村公路提质改造", "安置小区", "村部综合楼", "集镇污水管网"]) + "工程劳务作业，先后招用")
    for i, p in enumerate(workers):
        doc.t("、" if i else "")
        _nm(doc, p)
    doc.t(f"等{len(workers)}名工人。工程完工后，")
    doc.k("org_name", co).t("于")
    _d(doc, d_pay).t("将劳务款")
    _money(doc, paid, r.choice(["yuan", "wan", "comma"])).t("转入")
    _nm(doc, foreman).t("个人银行账户（")
    _bk(doc, foreman).t("）。")
    _nm(doc, foreman).t("收款后未向工人支付工资，共拖欠上述工人工资")
    _money(doc, sum(owed), "yuan").t("，其中")
    for i, (p, v) in enumerate(zip(workers, owed, strict=True)):
        doc.t("，" if i else "")
        _nm(doc, p).t(f"{v}元")
    doc.t("。\n    ")
    _d(doc, d_order).t("，本局依法向")
    _nm(doc, foreman).t("送达《劳动保障监察限期改正指令书》（").k("doc_number", order_no).t("），责令其于")
    _d(doc, d_due).t("前支付拖欠的工资。")
    _nm(doc, foreman).t(
        r.choice(
            ["逾期仍未支付，且更换手机号码、搬离原住处", "逾期未支付，此后拒接本局电话、拒不到场接受调查"]
        )
    )
    doc.t("。本局执法人员多次到其位于")
    doc.t(r.choice(["", foreman.region[2]])).p("address", foreman.address_detail).t("的家中查找，其妻")
    _nm(doc, wife).t(f"称{r.choice(['不知其去向', '其已外出多日', '其在外地打工，联系不上'])}。")
    if r.random() < 0.5:
        doc.t("经查询，")
        _nm(doc, foreman).t("在收款后将其中").k("amount", f"{r.randrange(30, 200) * 1000}元")
        doc.t("转入其妻")
        _nm(doc, wife).t("名下账户，用于偿还个人债务。")
    doc.t("\n    本局认为，")
    _nm(doc, foreman).t(
        "以转移财产、逃匿的方法逃避支付劳动者的劳动报酬，数额较大，经政府有关部门责令支付仍不支付，"
    )
    doc.t("其行为涉嫌违反").k("law_title", "《中华人民共和国刑法》").k("article", "第二百七十六条之一")
    doc.t("的规定。根据").k("law_title", "《中华人民共和国行政处罚法》").k("article", "第二十七条第一款")
    doc.t("和").k("law_title", "《行政执法机关移送涉嫌犯罪案件的规定》").k("article", "第三条")
    doc.t("的规定，现将该案移送你局，请依法审查。\n\n")
    doc.t("附件：1.涉嫌犯罪案件情况调查报告；\n      2.劳动保障监察限期改正指令书及送达回证；\n")
    doc.t(f"      3.工人工资清单、欠条及询问笔录{r.randint(8, 30)}份；\n      4.银行转账记录。\n")
    _sign(doc, agency, d_send)
    doc.t("\n抄送：").k("agency_name", _local(region) + "人民检察院").t("\n")
    offs = _officers(doc, region, 1)
    doc.t("联系人：").k("officer_name", offs[0][0].name).t("，电话：").k(
        "agency_phone", _agency_phone(doc, region)
    ).t("\n")


# ---- 应急管理 -------------------------------------------------------------------------------------

_CHEM = [("工业酒精", "25L/桶", "桶"), ("油漆稀释剂（天那水）", "16L/桶", "桶"), ("液化石油气", "15kg/瓶", "瓶"),
         ("甲醇", "200L/桶", "桶"), ("二甲苯", "18L/桶", "桶"), ("盐酸", "25kg/桶", "桶"), ("硫酸", "25kg/桶", "桶"),
         ("丙酮", "160kg/桶", "桶")]  # fmt: skip


def e_chem_seal(doc: Doc) -> None:
    """查封扣押决定书 for 危险化学品 sold without a licence, with a 财物清单."""
    r = doc.r
    region, d0 = _begin(doc)
    agency = _local(region) + "应急管理局"
    d_close = _after(doc, d0, 0, 2)
    d_end = d_close + timedelta(days=29)
    docno = _docno(doc, region, r.choice(["应急强", "应急封扣", "应急查扣"]), d_close.year)
    _head(doc, region, agency, "查封扣押决定书", docno)
    op = _person(doc, region, age=(30, 64), rural=True)
    shop_kind = r.randint(0, 2)
    shop = ""
    if shop_kind == 0:
        shop = _local(region) + r.choice(TRADE13) + r.choice(["五金建材店", "化工经营部", "油漆店", "日杂店"])
    elif shop_kind == 1:
        shop = r.choice(["老" + op.surname + r.choice(["五金店", "油漆店", "日杂店"]),
                         op.surname + "记" + r.choice(["五金", "化工经营部", "日杂"])])  # fmt: skip
    if shop:
        doc.t("当事人：").k("org_name", shop).t("（个体工商户）\n")
        doc.t("统一社会信用代码：").k("credit_code", _uscc(doc, region, "92")).t("\n经营者：")
        _nm(doc, op).t("\n身份证号码：")
        _idn(doc, op).t("\n住址：")
        _addr(doc, op).t("\n联系电话：")
        _ph(doc, op).t("\n\n")
    else:
        doc.t("当事人：")
        _nm(doc, op).t(f"，{op.gender}，{_age(doc, op)}岁，身份证号码：")
        _idn(doc, op).t("\n住址：")
        _addr(doc, op).t("    联系电话：")
        _ph(doc, op).t("\n\n")
    store = r.choice(["自家房屋一楼车库", "经营门面后侧仓库", "村口自行搭建的简易铁皮棚"])
    doc.t("    本局执法人员于")
    _d(doc, d0).t(f"{r.randint(8, 16)}时许在").k("place", r.choice(TOWNS13) + r.choice(VILLAGES13 + ROADS13))
    doc.t("检查时发现，")
    if shop:
        doc.t("你店")
    else:
        doc.t("你")
    items = r.sample(_CHEM, r.randint(2, 4))
    doc.t(f"在未取得《危险化学品经营许可证》的情况下，在{store}内储存并对外销售")
    doc.t("、".join(c[0] for c in items), "等危险化学品，现场无防火防爆措施，")
    doc.k("term", "周边").t("五十米范围内有居民住宅和").k("place", r.choice(["村小学", "集贸市场", "加油站"]))
    doc.t("，存在重大事故隐患。上述行为涉嫌违反").k("law_title", "《危险化学品安全管理条例》")
    doc.k("article", "第三十三条第一款").t("的规定。\n    依据").k(
        "law_title", "《中华人民共和国安全生产法》"
    )
    doc.k("article", "第六十五条第一款第（四）项").t("和").k("law_title", "《中华人民共和国行政强制法》")
    doc.k("article", "第二十二条").t("、").k("article", "第二十四条").t("的规定，本局决定对")
    doc.t("你店" if shop else "你", "的下列场所、财物予以查封、扣押（详见《查封扣押财物清单》）。")
    doc.t("查封、扣押期限为三十日，自")
    _d(doc, d_close).t("至")
    _d(doc, d_end).t("。情况复杂的，经本局负责人批准可以延长，但延长期限不超过三十日。\n")
    doc.t("    查封、扣押期间，不得擅自启封、转移、使用、销毁被查封扣押的财物，否则将依法追究法律责任。")
    doc.t("被扣押的危险化学品由").k("org_name", _local(region) + r.choice(TRADE13) + "化工储运有限公司")
    doc.t("专用仓库代为保管。\n    ")
    _relief(doc, region)
    _sign(doc, agency, d_close)

    doc.t("\n查封扣押财物清单\n")
    sep = r.choice(["\t", "   "])
    rows: list[list] = [["序号", "名称", "规格", "数量", "备注"]]
    for i, (nm, spec, unit) in enumerate(items):
        note = "原包装" if unit != "瓶" else ""
        row: list = [str(i + 1), nm, spec, f"{r.randint(2, 30)}{unit}"]
        if unit == "瓶":
            row.append(
                (
                    "k:permit_number",
                    f"钢瓶编号{r.choice(['HN', 'ZJ', 'GD', 'SC'])}{r.randint(2015, 2022)}{_digits(doc, 5)}",
                )
            )
        else:
            row.append(note)
        rows.append(row)
    rows.append([str(len(items) + 1), "电子台秤", r.choice(["TCS-150", "TCS-300"]), "1台", "销售用"])
    rows.append([str(len(items) + 2), "销售记录本", "", "1本", f"记载销售{r.randint(12, 80)}笔"])
    _table(doc, rows, sep)
    doc.t("\n当事人（签名）：")
    _nm(doc, op).t("    ")
    _d(doc, d_close, "dot").t("\n")
    offs = _officers(doc, region)
    _off_line(doc, offs, "执法人员（签名）").t("\n")
    wit = _person(doc, region, age=(30, 60), rural=True)
    doc.t("见证人：")
    _nm(doc, wit).t("（").k("org_name", r.choice(VILLAGES13) + "村民委员会")
    doc.t(f"{r.choice(['委员', '文书', '治保主任'])}，联系电话")
    _ph(doc, wit).t("）\n")


_FIREWORKS = [("组合烟花（36发）", "箱"), ("组合烟花（100发）", "箱"), ("鞭炮（2000响）", "盘"), ("鞭炮（5000响）", "盘"),
              ("电光花", "盒"), ("小礼花", "箱"), ("地面旋转烟花", "盒"), ("冲天炮", "捆"), ("摔炮", "盒")]  # fmt: skip


def e_fireworks(doc: Doc) -> None:
    """先行登记保存通知书 for fireworks sold at a roadside stall by a villager, with a list."""
    r = doc.r
    region, d0 = _begin(doc)
    d0 = date(d0.year, r.choice([1, 2]), r.randint(1, 28))
    agency = _local(region) + "应急管理局"
    docno = _docno(doc, region, r.choice(["应急先保", "应急登保", "应急保字"]), d0.year)
    title = r.choice(["先行登记保存通知书", "证据先行登记保存通知书"])
    _head(doc, region, agency, title, docno)
    seller = _person(doc, region, age=(28, 72), rural=True, migrant=0.05)
    son = _child(doc, seller, region)
    doc.t("当事人：")
    _nm(doc, seller).t(f"    性别：{seller.gender}    年龄：{_age(doc, seller, d0)}\n身份证号：")
    _idn(doc, seller).t("\n")
    if r.random() < 0.5:
        doc.t("住址：")
        _addr(doc, seller).t("\n")
    doc.t("联系电话：")
    _ph(doc, seller).t("\n\n")
    market = r.choice(TOWNS13)[:-1] + r.choice(["集贸市场", "农贸市场入口", "老街", "客运站旁"])
    doc.t("    本局执法人员")
    offs = _officers(doc, region)
    for i, (o, _c) in enumerate(offs):
        doc.t("、" if i else "").k("officer_name", o.name)
    doc.t("于")
    _d(doc, d0).t(f"{r.randint(8, 17)}时{r.randint(0, 59):02d}分在").k("place", market)
    doc.t("检查时发现，你在未取得《烟花爆竹经营（零售）许可证》的情况下，在")
    doc.k("term", "马路").t("边用三轮车摆摊销售烟花爆竹。")
    if r.random() < 0.6:
        doc.t("据你本人陈述，上述烟花爆竹系你于")
        _dm(doc, d0 - timedelta(days=r.randint(3, 20)), d0).t("从一辆外地牌照面包车（车牌号")
        doc.p("vehicle_plate", _plate(doc, r.choice(REGIONS13)))
        doc.t(f"）上购进，进货价约{r.randint(8, 40) * 100}元，已售出一部分。")
    doc.t("你的行为涉嫌违反").k("law_title", "《烟花爆竹安全管理条例》").k("article", "第三条").t(
        "的规定。\n"
    )
    doc.t("    因上述物品可能灭失或者以后难以取得，根据").k("law_title", "《中华人民共和国行政处罚法》")
    doc.k("article", "第五十六条").t("的规定，经本局负责人批准，决定对下列物品予以先行登记保存：\n")
    sep = r.choice(["\t", "  "])
    rows: list[list] = [["序号", "品名", "数量", "单位", "外观状况"]]
    for i, (nm, unit) in enumerate(r.sample(_FIREWORKS, r.randint(3, 6))):
        rows.append(
            [str(i + 1), nm, str(r.randint(2, 40)), unit, r.choice(["完好", "包装破损", "完好", "受潮"])]
        )
    _table(doc, rows, sep)
    doc.t("    保存地点：").k("org_name", region[1] + r.choice(TRADE13) + "烟花爆竹批发有限公司")
    doc.t("专用仓库\n    保存期限：七日\n")
    doc.t("    本局将在七日内作出处理决定。在此期间，你或者有关人员不得销毁或者转移上述物品。\n")
    doc.t("    请你于")
    _d(doc, _after(doc, d0, 1, 4)).t("到本局")
    doc.t(r.choice(["安全生产执法大队", "执法监督股", "危化烟花股"]), "接受调查处理，并携带本人身份证件。")
    doc.t("如委托他人办理，应出具书面委托书。\n")
    doc.t("    本局地址：").k("agency_address", _agency_addr(doc, region)).t("  联系电话：")
    doc.k("agency_phone", _agency_phone(doc, region)).t("\n\n")
    doc.t("当事人签名：")
    if r.random() < 0.4:
        doc.t(f"（当事人拒绝签名，由其{_rel(seller, son)}")
        _nm(doc, son).t("在场见证）")
    else:
        _nm(doc, seller).t("（按指印）")
    doc.t("\n")
    _off_line(doc, offs, "执法人员签名").t("\n")
    wit = _person(doc, region, age=(25, 60), rural=True, migrant=0)
    doc.t("见证人：")
    _nm(doc, wit).t(f"（{r.choice(['市场管理员', '村民', '镇安监站工作人员'])}）\n")
    _d(doc, d0).t("\n")
    doc.t("（本通知书一式两份，一份交当事人，一份附卷。）\n")


_SPACES = [("污水调节池", "清淤"), ("发酵罐", "清洗"), ("窨井", "疏通"), ("腌制池", "清理"), ("沼气池", "检修"),
           ("储罐", "除锈")]  # fmt: skip


def e_accident(doc: Doc) -> None:
    """Excerpt of a 有限空间 poisoning accident report: the injured, a rescuer, relatives, the team."""
    r = doc.r
    region, d0 = _begin(doc)
    kind, business = r.choice([("食品", "调味品生产"), ("酿造", "白酒酿造"), ("环保科技", "污水处理"), ("纸业", "纸制品生产"),
                               ("水务", "污水处理"), ("农产品加工", "农产品初加工")])  # fmt: skip
    co = _company(doc, region, [kind], person_like=0.3)
    rep = _rep(doc, region)
    space, job = r.choice(_SPACES)
    victim = _person(doc, region, sex="男", age=(38, 60), migrant=0.35, rural=True)
    rescuer = _person(doc, region, sex="男", age=(25, 55), migrant=0.3)
    boss = _person(doc, region, sex="男", age=(30, 55), migrant=0.1)
    wife = _spouse(doc, victim, region)
    son = _child(doc, victim, region, sex="男")
    hospital = _local(region) + r.choice(HOSPITALS13[:3])
    d_acc = d0
    d_rep = _after(doc, d_acc, 40, 80)
    dead = r.random() < 0.5
    kind = "中毒窒息" if r.random() < 0.6 else "窒息"
    doc.k("org_name", co).t(
        f"“{_ds(d_acc, 'md').replace('月', '·').replace('日', '')}”{kind}事故调查报告（节选）\n\n"
    )
    doc.t("    ")
    _d(doc, d_acc, "cn").t(f"{r.randint(8, 16)}时{r.randint(0, 59)}分许，").k("org_name", co)
    doc.t(f"在{space}{job}作业过程中发生一起{kind}事故，造成")
    doc.t("1人死亡、1人受伤" if dead else "2人受伤", f"，直接经济损失约{r.randint(60, 260)}万元。依据")
    doc.k("law_title", "《生产安全事故报告和调查处理条例》").t("等有关规定，")
    doc.k("agency_name", _local(region) + "人民政府").t("成立了由")
    doc.k("agency_name", _local(region) + "应急管理局").t("牵头，")
    doc.k("agency_name", _local(region) + "公安局").t("、").k("agency_name", _local(region) + "总工会")
    doc.t("等单位组成的事故调查组。")
    doc.t("现将有关情况摘录如下。\n\n一、事故单位基本情况\n    ")
    doc.k("org_name", co).t("，统一社会信用代码").k("credit_code", _uscc(doc, region)).t("，住所")
    doc.k("registered_address", _reg_addr(doc, region)).t("，法定代表人")
    _lr(doc, rep)
    doc.t(f"，主要从事{business}。")
    doc.t("该公司未制定有限空间作业审批制度，未配备气体检测报警仪和正压式空气呼吸器。\n\n二、事故经过\n    ")
    _dm(doc, d_acc, d_acc).t("上午，车间主任")
    _nm(doc, boss).t("安排维修工")
    _nm(doc, victim).t(f"对{space}进行{job}。")
    _nm(doc, victim).t(f"未进行通风和气体检测，独自沿爬梯下到{space}底部，约{r.randint(3, 10)}分钟后倒地。")
    doc.t("在现场配合作业的")
    _nm(doc, rescuer).t("发现后未佩戴任何防护用品即下去施救，随即也晕倒在内。")
    _nm(doc, boss).t("赶到后立即拨打119和120，消防救援人员于")
    doc.t(f"{r.randint(10, 40)}分钟后将两人救出，送往").k("org_name", hospital).t("抢救。")
    if dead:
        _nm(doc, victim).t("经抢救无效死亡，")
        _nm(doc, rescuer).t("经治疗后脱离危险。\n\n")
    else:
        doc.t("两人经治疗后脱离危险，其中")
        _nm(doc, victim).t("因缺氧性脑损伤仍在住院治疗。\n\n")
    doc.t("三、人员伤亡情况\n    ")
    _nm(doc, victim).t(f"，男，{_age(doc, victim, d_acc)}岁，{victim.extra['eth']}，身份证号码")
    _idn(doc, victim).t("，家住")
    _addr(doc, victim).t("，" + ("死亡。" if dead else "重伤。") + "\n    ")
    _nm(doc, rescuer).t(f"，男，{_age(doc, rescuer, d_acc)}岁，身份证号码")
    _idn(doc, rescuer).t("，轻伤。\n    ")
    doc.t("事故发生后，").k("org_name", co).t("与")
    _nm(doc, victim).t("的近亲属（其妻")
    _nm(doc, wife).t("、其子")
    _nm(doc, son).t(
        f"）于{_ds(_after(doc, d_acc, 3, 15), 'md')}达成赔偿协议，赔偿款已全部支付，善后工作已处理完毕。"
    )
    doc.t("其子")
    _nm(doc, son).t("（联系电话")
    _ph(doc, son).t("）代表家属在协议上签字。\n\n四、事故原因\n    ")
    doc.t("（一）直接原因：作业人员在未进行通风、检测的情况下进入有限空间作业，")
    doc.t(f"吸入{space}内积聚的硫化氢等有毒气体导致中毒窒息；施救人员盲目施救，导致事故扩大。\n")
    doc.t("    （二）间接原因：该公司未落实有限空间作业“先通风、再检测、后作业”的要求，")
    doc.t("未对从业人员进行有限空间作业安全培训，违反了").k("law_title", "《中华人民共和国安全生产法》")
    doc.k("article", "第二十八条第一款").t("、").k("article", "第四十三条").t("的规定。\n\n")
    doc.t("五、责任认定及处理建议\n    1.")
    _nm(doc, victim).t(
        "违章作业，对事故发生负有直接责任，鉴于其"
        + ("已在事故中死亡" if dead else "在事故中受伤")
        + "，不予追究。\n    2."
    )
    _nm(doc, boss).t(
        "，车间主任，安排作业时未落实安全措施，对事故发生负有直接管理责任，建议由公司按内部规定予以处理。\n    3."
    )
    _lr(doc, rep).t("，公司法定代表人，未履行安全生产管理职责，建议由")
    doc.k("agency_name", _local(region) + "应急管理局").t("依据").k(
        "law_title", "《中华人民共和国安全生产法》"
    )
    doc.k("article", "第九十五条第（一）项").t("的规定，处上一年年收入百分之四十的罚款。\n    4.").k(
        "org_name", co
    )
    doc.t("对事故发生负有责任，建议依据").k("article", "第一百一十四条第一款第（一）项").t("的规定，处")
    _money(doc, _fine(doc, 300000, 600000, 10000), r.choice(["wan", "yuan"])).t("罚款。\n\n")
    doc.t("事故调查组组长：")
    team = _officers(doc, region, r.randint(3, 4))
    doc.k("officer_name", team[0][0].name).t("（").k("agency_name", _local(region) + "应急管理局").t(
        "副局长）\n成员："
    )
    for i, (o, _c) in enumerate(team[1:]):
        doc.t("、" if i else "").k("officer_name", o.name)
    doc.t("\n")
    _d(doc, d_rep, r.choice(["cn", "han"])).t("\n")


# ---- 消防救援 -------------------------------------------------------------------------------------


def f_inspect(doc: Doc) -> None:
    """消防监督检查记录 as a form: a small shop or a self-built rental house."""
    r = doc.r
    region, d0 = _begin(doc)
    agency = _local(region) + "消防救援大队"
    docno = _docno(doc, region, "消检字", d0.year, ordinal=True)
    _head(doc, region, agency, "消防监督检查记录", docno)
    rental = r.random() < 0.5
    owner = _person(doc, region, age=(35, 70), rural=rental, migrant=0.05)
    doc.t("被检查单位（场所）：")
    if rental:
        doc.t("自建出租房（房东：")
        _nm(doc, owner).t("）\n地址：")
        _addr(doc, owner, _local(region)).t("\n")
    else:
        shop = r.choice([owner.surname + "记" + r.choice(["烧烤", "粉店", "快餐"]), "老" + owner.surname + r.choice(["烧烤", "餐馆", "副食店"]),
                         _local(region)[:2] + r.choice(TRADE13) + r.choice(["电动车行", "小旅馆", "网吧", "棋牌室"])])  # fmt: skip
        doc.k("org_name", shop).t("\n地址：").k("registered_address", _reg_addr(doc, region)).t("\n")
    doc.t("场所负责人：" if not rental else "产权人：")
    _nm(doc, owner).t("    联系电话：")
    _ph(doc, owner).t("\n")
    doc.t(f"场所类别：{'居住出租房屋' if rental else '九小场所'}    建筑层数：{r.randint(3, 6)}层    ")
    doc.t(f"建筑面积：约{r.randint(180, 900)}平方米\n建筑结构：{r.choice(['砖混', '框架', '砖木'])}结构    ")
    doc.t(
        f"使用性质：{r.choice(['一层商铺、以上住宿', '住宿', '一层自住、以上出租']) if rental else '经营兼住宿'}\n检查时间："
    )
    _d(doc, d0).t(f"{r.randint(9, 16)}时{r.randint(0, 5)}0分至{r.randint(16, 17)}时{r.randint(0, 5)}0分\n")
    offs = _officers(doc, region, 2, fire=True)
    _off_line(doc, offs, "检查人员", "消防监督员证号").t("\n")
    doc.t("检查依据：").k("law_title", "《中华人民共和国消防法》").k("article", "第五十三条").t("、")
    doc.k("law_title", "《消防监督检查规定》").t("\n\n检查情况：\n")
    marks = ["■是 □否", "□是 ■否"]
    items = ["1.建筑消防设施是否保持完好有效", "2.疏散通道、安全出口是否畅通", "3.是否设置独立式感烟火灾探测报警器",
             "4.是否在楼梯间、疏散通道内停放电动自行车或为其充电", "5.是否按规定配置灭火器",
             "6.是否张贴安全疏散指示标志"]  # fmt: skip
    bad = r.sample(range(len(items)), r.randint(2, 4))
    for i, it in enumerate(items):
        ok = i not in bad
        if i == 3:
            ok = not ok
        if i == 5:
            doc.t("6.是否").k("term", "张贴").t("安全疏散指示标志")
        else:
            doc.t(it)
        doc.t("    ", marks[0] if ok else marks[1], "\n")
    doc.t("\n发现问题：")
    n = 0
    probs = []
    if 1 in bad:
        probs.append("一楼楼梯间堆放纸箱、废旧家具等可燃杂物，占用疏散通道")
    if 3 in bad:
        probs.append(f"楼道内停放电动自行车{r.randint(2, 9)}辆，其中{r.randint(1, 2)}辆正在飞线充电")
    if 4 in bad:
        probs.append("未配置灭火器" if r.random() < 0.5 else f"配置的{r.randint(2, 4)}具灭火器压力不足")
    if 0 in bad:
        probs.append("应急照明灯损坏")
    if 2 in bad:
        probs.append("出租房间内未安装独立式感烟火灾探测报警器")
    if 5 in bad:
        probs.append("安全出口上方的疏散指示标志缺失")
    for pr in probs:
        n += 1
        doc.t(f"（{_cn_num(n)}）{pr}；")
    if not probs:
        doc.t("无；")
    doc.t("另，检查时正值午后").k("term", "高温").t("时段，")
    doc.t(r.choice(["厨房液化气钢瓶与灶具未保持安全距离", "二楼走廊私拉电线", "配电箱周围堆放杂物"]), "。\n")
    doc.t("处理意见：对上述问题当场责令改正，并制作《责令改正通知书》。\n\n")
    guide = _child(doc, owner, region) if r.random() < 0.5 else _spouse(doc, owner, region)
    doc.t("随同检查人员：")
    _nm(doc, guide).t(f"（{'产权人' if rental else '负责人'}之{_rel(owner, guide)}）    联系电话：")
    _ph(doc, guide).t("\n被检查单位（场所）负责人签名：")
    _nm(doc, owner).t("\n检查人员签名：")
    for i, (o, _c) in enumerate(offs):
        doc.t("  " if i else "").k("officer_name", o.name)
    doc.t("\n")
    _d(doc, d0, "dot").t("\n")


def f_rental_order(doc: Doc) -> None:
    """责令改正通知书 to the landlord of a 群租房; tenants named by room; a relative signs for him."""
    r = doc.r
    region, d0 = _begin(doc)
    agency = _local(region) + "消防救援大队"
    docno = _docno(doc, region, r.choice(["消改字", "消责改字"]), d0.year, ordinal=True)
    _head(doc, region, agency, "责令改正通知书", docno)
    landlord = _person(doc, region, age=(40, 72), rural=False, migrant=0.02)
    keeper = _child(doc, landlord, region) if r.random() < 0.6 else _spouse(doc, landlord, region)
    rel = "你" + {"子": "儿子", "女": "女儿", "妻": "妻子", "夫": "丈夫"}[_rel(landlord, keeper)]
    house = r.choice([f"{r.choice(ROADS13)}{r.randint(1, 300)}号", f"{r.choice(SUBDISTRICTS13)}{r.choice(VILLAGES13)}{r.randint(1, 12)}组{r.randint(1, 90)}号",
                      f"{r.choice(SUBDISTRICTS13)}{r.choice(ROADS13)}{r.randint(1, 20)}巷{r.randint(1, 40)}号"])  # fmt: skip
    floors = r.randint(4, 7)
    _nm(doc, landlord).t("：\n    根据").k("law_title", "《中华人民共和国消防法》").k("article", "第五十三条")
    doc.t("的规定，我大队于")
    _d(doc, d0).t("对你位于").t(_local(region)).p("address", house)
    doc.t("的自建房")
    if r.random() < 0.5:
        doc.t("（不动产权证号：").p(
            "property_certificate", _land_cert(doc, region, r.randint(2017, d0.year), realty=True)
        ).t("）")
    doc.t(f"进行消防监督检查。该房屋共{floors}层，一层为")
    doc.t(r.choice(["门面（出租给他人经营小超市）", "车库和杂物间", "你本人居住"]))
    n_rooms = r.randint(12, 36)
    doc.t(f"，二至{_cn_num(floors)}层分隔为{n_rooms}间出租屋，实际居住{n_rooms + r.randint(4, 30)}人，")
    doc.t("由").t(rel)
    _nm(doc, keeper).t("（联系电话")
    _ph(doc, keeper).t("）代为收租和管理。检查发现存在下列消防安全违法行为：\n")
    tenants = [_person(doc, region, age=(20, 50), migrant=0.6) for _ in range(r.randint(2, 4))]
    rooms = sorted({f"{r.randint(2, floors)}0{r.randint(1, 8)}" for _ in tenants})
    while len(rooms) < len(tenants):
        rooms.append(f"{floors}1{len(rooms)}")
    doc.t("    1.该建筑仅设一部疏散楼梯，楼梯间堆放杂物，占用、堵塞疏散通道；\n")
    doc.t("    2.出租屋内使用电动自行车蓄电池飞线充电，其中")
    for i, (p, room) in enumerate(zip(tenants, rooms, strict=True)):
        doc.t("、" if i else "")
        fl = room[0]
        label = r.choice([f"{fl}楼{room}室", f"{room}房", f"{room}室"])
        doc.p("address", label).t("租户")
        _nm(doc, p)
    doc.t("将电池带入房间内充电；\n")
    doc.t("    3.外窗设置金属防盗网，未设置逃生窗口；\n")
    doc.t("    4.未按规定配置灭火器和独立式感烟火灾探测报警器。\n")
    due = _after(doc, d0, 3, 15)
    doc.t("    根据").k("law_title", "《中华人民共和国消防法》").k("article", "第六十条第一款第（五）项")
    doc.t("等规定，责令你于")
    _d(doc, due).t("前改正第1、2项，于")
    _d(doc, _after(doc, due, 10, 20)).t(
        "前改正第3、4项。改正期间，应当采取确保消防安全的措施，不得将电动自行车"
    )
    doc.t("停放在楼梯间、疏散通道和安全出口处。逾期不改正的，我大队将依法予以处罚。\n")
    doc.t("    你是该房屋的产权人，对出租房屋的消防安全负责。请督促承租人")
    for i, p in enumerate(tenants[:2]):
        doc.t("、" if i else "")
        _nm(doc, p)
    doc.t("等人遵守消防安全规定。\n    本通知书一式两份，一份交被检查人，一份存档。\n")
    doc.t("    联系人：").k("officer_name", _officers(doc, region, 1, fire=True)[0][0].name).t("    电话：")
    doc.k("agency_phone", _agency_phone(doc, region)).t("\n")
    _sign(doc, agency, d0, "cn")
    doc.t("\n被检查人签收：")
    if r.random() < 0.6:
        _nm(doc, keeper).t(f"（代收，系房东之{_rel(landlord, keeper)}）")
    else:
        _nm(doc, landlord)
    doc.t("    ")
    _d(doc, d0, "dot").t("\n")


def _rel(a: Person, b: Person) -> str:
    """How b is related to a (b is a's child or spouse): 子, 女, 妻 or 夫."""
    if b.extra["born"].year - a.extra["born"].year > 15:
        return "子" if b.gender == "男" else "女"
    return "妻" if b.gender == "女" else "夫"


# ---- 农业农村 / 自然资源 ---------------------------------------------------------------------------


def _land_cert(doc: Doc, region: tuple, year: int, realty: bool = False) -> str:
    """A 集体土地使用证 number (old rural titles) or, with ``realty``, a 不动产权证书 number."""
    r = doc.r
    short = region[2][:-1] if len(region[2]) > 2 else region[2]
    if realty:
        return f"{region[5][0]}（{year}）{region[2]}不动产权第{r.randint(0, 9999999):07d}号"
    if r.random() < 0.55:
        return f"{short}集用（{year}）字第{r.randint(1, 99999):05d}号"
    return f"{short}集建（{year}）第{r.randint(100, 99999)}号"


def a_homestead(doc: Doc) -> None:
    """农业农村局 decision on a villager who built a second house on farmland; 四至 names neighbours."""
    r = doc.r
    region, d0 = _begin(doc)
    agency = _local(region) + "农业农村局"
    d_dec = _after(doc, d0, 60, 150)
    docno = _docno(doc, region, r.choice(["农（宅）罚", "农宅罚", "农综执罚"]), d_dec.year)
    _head(doc, region, agency, "行政处罚决定书", docno)
    town = r.choice(TOWNS13)
    village = r.choice(VILLAGES13)
    group = f"{_cn_num(r.randint(1, 12))}组"
    owner = _person(doc, region, sex="男", age=(38, 70), rural=True, migrant=0)
    owner.address_detail = f"{town}{village}{group}{r.randint(1, 80)}号"
    son = _child(doc, owner, region, sex="男", adult=True)
    head = _person(doc, region, sex=r.choice("男男女"), age=(38, 62), rural=True, migrant=0)
    nb1 = _person(doc, region, age=(35, 75), rural=True, migrant=0)
    nb2 = _person(doc, region, age=(35, 75), rural=True, migrant=0)
    area = r.randint(120, 320)
    doc.t("当事人：")
    _nm(doc, owner).t(f"，男，{_born(owner)}出生，{owner.extra['eth']}，公民身份号码：")
    _idn(doc, owner).t("，")
    if r.random() < 0.5:
        doc.t("住")
        _addr(doc, owner, _local(region)).t("，联系电话：")
    else:
        doc.t("系").k("place", town + village).t(group + "村民，联系电话：")
    _ph(doc, owner).t("。\n\n")
    doc.t("    ")
    _d(doc, d0).t("，本局接").k("agency_name", town + "人民政府").t("移交线索，反映")
    _nm(doc, owner).t("在").k("place", village).t(
        f"{group}（土名“{r.choice(FIELDS13)}”）未经批准占用耕地建房。本局于"
    )
    _d(doc, _after(doc, d0, 1, 6)).t("立案调查。\n    经查，当事人于")
    _dm(doc, d0 - timedelta(days=r.randint(30, 200)), d0).t(
        "起，在未取得农村宅基地批准书和乡村建设规划许可证的情况下，"
    )
    doc.t(
        f"占用本组集体所有的耕地（水田）{area}平方米，建设一栋{r.choice(['三', '四', '两'])}层砖混结构住宅，"
    )
    doc.t(f"目前已完成{r.choice(['主体结构', '二层楼面浇筑', '基础及一层墙体'])}。该地块四至为：东至")
    _nm(doc, nb1).t("承包田，南至村道，西至")
    _nm(doc, nb2).t("房屋，北至灌溉").k("term", "水渠").t("。\n    ")
    doc.t("当事人在本村已有宅基地一处，位于")
    built = r.randint(1988, 2012)
    doc.p("address", owner.address_detail).t(f"，房屋建于{built}年，")
    if built > 2008 and r.random() < 0.5:
        y = r.randint(max(built, 2017), d0.year)
        doc.t("已办理不动产登记（不动产权证号：").p(
            "property_certificate", _land_cert(doc, region, y, realty=True)
        )
    else:
        doc.t("持有《集体土地使用证》（证号：").p(
            "property_certificate", _land_cert(doc, region, built + r.randint(0, 3))
        )
    doc.t("）。")
    doc.t("当事人称新建房屋系为其子")
    _nm(doc, son).t(f"（{_age(doc, son)}岁）结婚所用，但")
    _nm(doc, son).t("户口仍与当事人同户，不符合分户申请宅基地的条件。")
    doc.k("org_name", village + "村民委员会").t("主任")
    _nm(doc, head).t("证实，村委会曾于")
    _dm(doc, d0 - timedelta(days=r.randint(10, 25)), d0).t("上门劝阻，当事人未予理睬。\n")
    doc.t("    以上事实有现场勘测图、询问笔录、照片、").k("org_name", village + "村民委员会").t("证明、")
    doc.k("agency_name", _local(region) + "自然资源局").t("出具的地类认定意见等证据证实。\n")
    doc.t("    本局认为，当事人的行为违反了").k("law_title", "《中华人民共和国土地管理法》")
    doc.k("article", "第六十二条第一款").t("关于“农村村民一户只能拥有一处宅基地”的规定。")
    doc.t("本局于")
    _d(doc, _after(doc, d0, 30, 50)).t(
        "向当事人送达了《行政处罚事先告知书》，当事人在法定期限内未提出陈述、申辩。\n"
    )
    doc.t("    依据").k("law_title", "《中华人民共和国土地管理法》").k("article", "第七十八条第一款")
    doc.t("的规定，本局决定：\n    一、责令当事人退还非法占用的土地").t(f"{area}平方米；\n")
    doc.t("    二、限当事人于")
    _d(doc, _after(doc, d_dec, 15, 30)).t("前自行拆除在非法占用土地上新建的房屋，恢复土地原状。\n")
    doc.t("    当事人逾期不自行拆除的，本局将依法申请").k("agency_name", _local(region) + "人民法院").t(
        "强制执行。\n    "
    )
    _relief(doc, region)
    _sign(doc, agency, d_dec)


def a_survey(doc: Doc) -> None:
    """自然资源 勘验笔录 on farmland occupied by a villager's shed; witnesses and an RTK number."""
    r = doc.r
    region, d0 = _begin(doc)
    agency = _local(region) + "自然资源局"
    town, village = r.choice(TOWNS13), r.choice(VILLAGES13)
    group = f"{_cn_num(r.randint(1, 10))}组"
    party = _person(doc, region, sex="男", age=(30, 62), rural=True, migrant=0)
    wife = _spouse(doc, party, region)
    wit = _person(doc, region, age=(35, 60), rural=True, migrant=0)
    lessors = [_person(doc, region, age=(45, 78), rural=True, migrant=0) for _ in range(r.randint(1, 3))]
    offs = _officers(doc, region, 2)
    clerk = _officers(doc, region, 1)[0]
    doc.k("agency_name", agency).t("\n勘验笔录\n\n")
    h = r.randint(8, 15)
    doc.t("勘验时间：")
    _d(doc, d0).t(f"{h}时{r.randint(0, 5)}0分至{h + 1}时{r.randint(0, 5)}5分\n勘验地点：")
    doc.k("place", town + village + group).t(f"（土名“{r.choice(FIELDS13)}”）\n")
    _off_line(doc, offs, "勘验人").t("\n")
    doc.t("当事人：")
    _nm(doc, party).t("    身份证号码：")
    _idn(doc, party).t("\n在场人：")
    _nm(doc, wife).t(f"（当事人之{_rel(party, wife)}）\n邀请见证人：")
    _nm(doc, wit).t("（").k("org_name", village + "村民委员会").t(
        f"{r.choice(['委员', '副主任', '文书'])}）    联系电话："
    )
    _ph(doc, wit).t("\n记录人：").k("officer_name", clerk[0].name).t("\n\n")
    doc.t("勘验情况：\n    勘验人员向当事人出示执法证件，说明来意后，使用")
    doc.t(r.choice(["中海达", "华测", "南方"]), "RTK测量仪（设备编号：").k(
        "permit_number", f"{r.choice(['iRTK', 'i70', 'V200'])}-{_digits(doc, 7)}"
    )
    doc.t("）对现场进行测量。现场位于").k("place", village).t(group + "，东临").k(
        "place", f"县道X{r.randint(100, 399)}"
    )
    doc.t("，西侧为").k("term", "林地").t("，南北两侧为").k("term", "田间").t(
        "道路。地块上建有钢架结构简易厂房一栋，"
    )
    use = r.choice(["堆放建筑材料", "加工石材", "饲养生猪", "停放工程机械", "废旧物资分拣"])
    a1, a2 = r.randint(300, 1500), r.randint(100, 900)
    doc.t(f"用于{use}，占地{a1}平方米；厂房南侧硬化水泥地面{a2}平方米。合计占用土地{a1 + a2}平方米（折合")
    doc.t(f"{(a1 + a2) / 666.67:.2f}亩）。经与年度国土变更调查成果比对，该地块地类为")
    doc.t(
        r.choice(["水田", "旱地", "水浇地"]),
        "，其中",
        f"{r.randint(50, a1)}平方米位于永久基本农田保护范围内。",
    )
    photos = r.randint(8, 24)
    doc.t(f"现场拍摄照片{photos}张，绘制现场示意图1份。\n")
    doc.t("    当事人")
    _nm(doc, party).t("在现场称，该地块系其于")
    _dm(doc, d0 - timedelta(days=r.randint(200, 900)), d0).t("租用本组村民")
    for i, p in enumerate(lessors):
        doc.t("、" if i else "")
        _nm(doc, p)
    doc.t(f"的承包地，租期{r.randint(5, 15)}年，每年每亩租金{r.randint(6, 12)}00元，")
    doc.t("建厂房前未办理任何用地审批手续。")
    if r.random() < 0.5:
        doc.t("其妻")
        _nm(doc, wife).t("补充称，厂房建成后曾出租给外地人")
        doc.t(r.choice(["加工石材", "堆放货物"]), "，现已收回。")
    doc.t("\n    勘验过程中，当事人及在场人对测量结果无异议。\n\n")
    doc.t("以上笔录已向在场人员宣读（核对），记录属实。\n\n当事人签名：")
    if r.random() < 0.25:
        doc.t("拒签（见证人")
        _nm(doc, wit).t("在场见证）")
    else:
        _nm(doc, party)
    doc.t("\n见证人签名：")
    _nm(doc, wit).t("\n勘验人签名：")
    for i, (o, _c) in enumerate(offs):
        doc.t("  " if i else "").k("officer_name", o.name)
    doc.t("\n记录人签名：").k("officer_name", clerk[0].name).t("\n")
    doc.t(f"\n（本笔录附现场示意图1份、照片{photos}张）\n")


# ---- 卫生健康 -------------------------------------------------------------------------------------


def _doctor_no(doc: Doc, region: tuple) -> str:
    """A 医师执业证书编码 (15 digits: category, level, a zero, the region code and a serial)."""
    r = doc.r
    return f"{r.choice('1123')}{r.choice('112')}0{r.choice(REGIONS13)[3] if r.random() < 0.3 else region[3]}{_digits(doc, 6)}"


def _village_doctor_no(doc: Doc, region: tuple) -> str:
    r = doc.r
    return (
        f"{region[3]}{r.randint(2004, 2016)}{_digits(doc, 4)}"
        if r.random() < 0.6
        else f"{region[5][0]}乡医字{_digits(doc, 7)}号"
    )


def h_clinic(doc: Doc) -> None:
    """询问笔录 of an unlicensed village doctor: he gives his own data in his answers; patients named."""
    r = doc.r
    region, d0 = _begin(doc)
    agency = _local(region) + "卫生健康局"
    doc_ = _person(doc, region, sex="男", age=(50, 74), rural=True, migrant=0, plain=r.random() < 0.5)
    wife = _spouse(doc, doc_, region)
    patients = [_person(doc, region, age=(18, 80), rural=True, migrant=0) for _ in range(3)]
    kid = _child(doc, patients[2], region) if _age(doc, patients[2]) > 28 else None
    offs = _officers(doc, region, 2)
    town, village = r.choice(TOWNS13), r.choice(VILLAGES13)
    clinic = r.choice(
        [
            doc_.surname + "氏诊所",
            village[:-1] + "卫生室",
            "仁心堂诊所",
            "康民诊所",
            "老" + doc_.surname + "诊所",
        ]
    )
    h = r.randint(8, 15)
    doc.k("agency_name", agency).t("\n询问笔录\n")
    doc.t(f"（第1次）                                          第1页 共{r.randint(2, 4)}页\n\n")
    doc.t("时间：")
    _d(doc, d0).t(f"{h}时{r.randint(0, 5)}0分至{h + 1}时{r.randint(10, 59)}分\n地点：")
    doc.t(
        r.choice([_local(region) + "卫生健康综合监督执法局询问室", "当事人诊所内", town + "卫生院会议室"]),
        "\n",
    )
    doc.t("询问人：").k("officer_name", offs[0][0].name).t("、").k("officer_name", offs[1][0].name)
    doc.t("    记录人：").k("officer_name", offs[1][0].name).t("\n被询问人：")
    _nm(doc, doc_).t(f"    性别：男    年龄：{_age(doc, doc_, d0)}岁\n")
    if r.random() < 0.6:
        doc.t("身份证号码：")
        _idn(doc, doc_).t("\n联系电话：")
        _ph(doc, doc_).t("\n")
    doc.t("\n问：我们是").k("agency_name", agency).t("的执法人员，这是我们的执法证件（证号：")
    doc.k("officer_cert", offs[0][1]).t("、").k("officer_cert", offs[1][1])
    doc.t("），请你过目。现依法就你涉嫌非法行医一事进行调查，你应当如实回答，不得作伪证。")
    doc.t("你有陈述、申辩和申请回避的权利，是否申请回避？\n答：看清楚了，不申请回避。\n")
    doc.t("问：请讲一下你的基本情况。\n答：我叫")
    _nm(doc, doc_).t(f"，今年{_age(doc, doc_, d0)}岁，身份证号码是")
    _idn(doc, doc_).t("，住在")
    doc.p("address", doc_.address_detail).t("，电话")
    _ph(doc, doc_).t(r.choice(["。", "，平时都开着机。"]), "\n")
    doc.t("问：你在").k("place", town[:-1] + r.choice(["老街", "集镇", "车站路"])).t(
        "开的诊所叫什么？有没有取得《医疗机构执业许可证》？\n"
    )
    doc.t("答：门口挂的牌子是“").k("org_name", clinic).t("”，是我自己做的，没有办许可证。\n")
    doc.t("问：你有没有取得医师资格证书、医师执业证书或者乡村医生执业证书？\n")
    doc.t("答：我以前在").k("org_name", town + "卫生院").t(
        f"当过{r.randint(6, 20)}年乡村医生，有乡村医生执业证书，证号是"
    )
    doc.p("other_id", _village_doctor_no(doc, region)).t(f"，{r.randint(2014, 2020)}年到期后没有再注册。\n")
    doc.t("问：你从什么时候开始在这里给人看病？平时看哪些病？\n")
    doc.t(f"答：从{r.randint(2016, d0.year - 1)}年下半年开始，主要看感冒发烧、拉肚子，也给人打针、挂水。\n")
    doc.t("问：诊所平时还有谁在帮忙？\n答：就我和我老伴，")
    if _can_gv(wife):
        _gv(doc, wife).t("帮着拿药、收钱，她不会打针。\n问：你老伴叫什么名字？\n答：叫")
    else:
        doc.t("她帮着拿药、收钱，不会打针。\n问：你老伴叫什么名字？\n答：叫")
    _nm(doc, wife).t("。\n")
    d_p = d0 - timedelta(days=r.randint(3, 20))
    p0 = patients[0]
    doc.t("问：")
    _dm(doc, d_p, d0).t("，")
    _nm(doc, p0).t("是否到你的诊所看过病？\n答：来过。")
    _nm(doc, p0).t(
        f"是我们{r.choice(['村', '组', '隔壁村'])}的，{'他' if p0.gender == '男' else '她'}发烧咳嗽，我给"
    )
    doc.t(
        "他" if p0.gender == "男" else "她",
        f"挂了{r.randint(2, 3)}天水，一共收了{r.randint(12, 40) * 10}元。",
    )
    doc.t("后来听说转到").k("org_name", _local(region) + r.choice(HOSPITALS13)).t("住院了。\n")
    doc.t("问：你给").t("他" if p0.gender == "男" else "她").t("用了什么药？药从哪里来的？\n")
    doc.t("答：用的是头孢和地塞米松，药是从").k("org_name", region[1] + r.choice(TRADE13) + "医药有限公司")
    doc.t("业务员那里进的，没有票。\n")
    doc.t("问：还给哪些人看过病？\n答：记不全，处方本上都有，像")
    _nm(doc, patients[1]).t("、")
    _nm(doc, patients[2]).t("都来过")
    if kid:
        doc.t("，")
        _nm(doc, patients[2]).t("的小孩")
        _nm(doc, kid).t("上个月也来看过")
    doc.t("。\n问：现场查获的药品、输液器和处方本是不是你的？\n答：都是我的。\n")
    doc.t("问：你看病一般怎么收费？\n答：看一次十来块钱，挂水一天四五十，用微信和现金收，")
    doc.t("微信号是").p("contact", _wechat(doc, doc_)).t("。\n")
    doc.t("问：你还有什么需要补充的？\n答：没有了。我知道错了，以后不干了。\n\n")
    doc.t("被询问人：以上笔录我已看过（已向我宣读），和我说的一样。\n签名：")
    _nm(doc, doc_).t("（按指印）    ")
    _d(doc, d0, "dot").t("\n询问人签名：")
    doc.k("officer_name", offs[0][0].name).t("  ").k("officer_name", offs[1][0].name).t("\n")


def h_beauty(doc: Doc) -> None:
    """医疗美容 现场检查笔录 at a beauty salon; a borrowed 医师执业证书 and a customer."""
    r = doc.r
    region, d0 = _begin(doc)
    agency = _local(region) + "卫生健康局"
    op = _person(doc, region, sex="女", age=(25, 45), migrant=0.3, rural=False)
    clerk = _person(doc, region, sex="女", age=(19, 30), migrant=0.3)
    worker = _person(doc, region, sex=r.choice("女女男"), age=(24, 40), migrant=0.4)
    doctor = _person(doc, region, age=(30, 55), migrant=0.5)
    customer = _person(doc, region, sex="女", age=(20, 52), migrant=0.2, rural=False)
    shop = (
        _local(region)[:2]
        + r.choice(["丽人坊", "悦容", "美颜汇", "韩美", "素颜"])
        + r.choice(["美容美体店", "皮肤管理中心", "美容会所"])
    )
    if r.random() < 0.3:
        shop = op.extra["given"][-1] * 2 + r.choice(["美容工作室", "皮肤管理"])
    offs = _officers(doc, region, 2)
    h = r.randint(9, 16)
    doc.k("agency_name", agency).t("\n现场检查笔录\n\n检查时间：")
    _d(doc, d0).t(f"{h}时{r.randint(0, 5)}0分至{h + 1}时{r.randint(0, 5)}0分\n检查地点：")
    doc.k("registered_address", _reg_addr(doc, region)).t("\n被检查单位：").k("org_name", shop).t("\n")
    doc.t("统一社会信用代码：").k("credit_code", _uscc(doc, region, "92")).t("\n经营者：")
    _nm(doc, op).t("    联系电话：")
    _ph(doc, op).t("\n")
    _off_line(doc, offs, "检查人员").t("\n记录人：").k("officer_name", offs[1][0].name).t("\n\n")
    doc.t("    检查人员向被检查单位出示了执法证件，告知了检查事由及当事人享有的权利和义务。")
    doc.t("经营者")
    _nm(doc, op).t("不在现场，由店员")
    _nm(doc, clerk).t(f"（{_age(doc, clerk, d0)}岁，联系电话")
    _ph(doc, clerk).t("）陪同检查。\n    现场检查情况：该店一楼为美容护肤区，二楼设有“")
    doc.t(
        r.choice(["微整形工作室", "轻医美中心", "VIP护理室"]),
        f"”，内有美容床{r.randint(2, 4)}张、无影灯1台。",
    )
    doc.t("检查时，顾客")
    _nm(doc, customer).t("正在二楼接受").t(r.choice(["玻尿酸填充鼻唇沟", "面部注射除皱", "水光针注射"]))
    doc.t("，操作人员为")
    _nm(doc, worker).t(f"（自称“{r.choice(['Amy', 'Lisa', 'Coco', 'Kiki', 'Vivi', 'Anna'])}老师”）。")
    _nm(doc, worker).t("不能出示《医师资格证书》《医师执业证书》，出示了手机中署名为")
    _nm(doc, doctor).t("的《医师执业证书》照片（证书编码：").p("other_id", _doctor_no(doc, region))
    doc.t("），称")
    _nm(doc, doctor).t("是该店的“合作医生”，每月来店")
    doc.t(f"{r.choice(['两', '三'])}次，现场未见")
    _nm(doc, doctor).t("本人。该店未取得《医疗机构执业许可证》。\n")
    doc.t("    现场查见：标示为交联透明质酸钠凝胶的注射剂")
    doc.t(f"{r.randint(3, 20)}支（外包装无中文标识）、A型肉毒毒素{r.randint(1, 6)}支、一次性无菌注射器")
    doc.t(
        f"{r.randint(20, 80)}支、顾客登记本1本（登记顾客{r.randint(20, 120)}人次）。检查人员对上述物品拍照，"
    )
    doc.t("并依法予以先行登记保存（").k("doc_number", _docno(doc, region, "卫医保", d0.year)).t("）。\n")
    doc.t("    店员")
    _nm(doc, clerk).t("通过微信视频联系经营者")
    _nm(doc, op).t("（微信号：").p("contact", _wechat(doc, op)).t("），")
    _nm(doc, op).t(f"称其于{r.randint(2021, d0.year)}年开始在店内开展注射项目，注射费用每次")
    doc.t(f"{r.randint(6, 30)}00元至{r.randint(31, 68)}00元不等。\n    顾客")
    _nm(doc, customer).t("在现场称，其于")
    _dm(doc, d0 - timedelta(days=r.randint(2, 15)), d0).t(
        "在短视频平台看到该店广告，添加店家微信后预约，本次项目"
    )
    doc.t(f"价格{r.randint(12, 68)}00元，已通过微信支付定金。\n")
    doc.t("    以上检查情况涉嫌违反").k("law_title", "《中华人民共和国基本医疗卫生与健康促进法》").k(
        "article", "第三十八条"
    )
    doc.t("和").k("law_title", "《医疗美容服务管理办法》").t("的有关规定。\n\n")
    doc.t("被检查人意见：情况属实。\n被检查人签名：")
    _nm(doc, clerk).t("（受经营者委托）    ")
    _d(doc, d0, "dot").t("\n检查人员签名：")
    doc.k("officer_name", offs[0][0].name).t("、").k("officer_name", offs[1][0].name).t("\n")


# ---- 教育 -----------------------------------------------------------------------------------------


def t_tutoring(doc: Doc) -> None:
    """教育局 decision on unlicensed off-campus tutoring; parents and what they paid (unannotated)."""
    r = doc.r
    region, d0 = _begin(doc)
    agency = _local(region) + "教育局"
    d_dec = _after(doc, d0, 40, 100)
    docno = _docno(doc, region, r.choice(["教罚", "教执罚", "教育罚字"]), d_dec.year)
    _head(doc, region, agency, "行政处罚决定书", docno)
    boss = _person(doc, region, age=(26, 48), rural=False, migrant=0.2)
    brand = r.choice([f"{boss.surname}老师{r.choice(['数学', '作文', '英语'])}工作室" if boss.surname else "启航学堂",
                      "启明星学堂", "状元" + r.choice(["书院", "学堂"]), "博学托管中心", "小" + r.choice(["太阳", "蜜蜂"]) + "课后托管"])  # fmt: skip
    parents = [_person(doc, region, age=(30, 46), rural=False, migrant=0.2) for _ in range(r.randint(3, 5))]
    teachers = [_person(doc, region, age=(19, 24), migrant=0.5) for _ in range(r.randint(1, 2))]
    fees = [r.randrange(1800, 9800, 200) for _ in parents]
    n_students = r.randint(len(parents) + 12, 80)
    total = r.randrange(sum(fees) + 20000, sum(fees) + 160000, 100)
    venue = r.choice(ROADS13) + f"{r.randint(1, 200)}号" + r.choice(["二楼", "三楼", "门面后间"])
    doc.t("当事人：")
    _nm(doc, boss).t(f"，{boss.gender}，{_born(boss, r.choice(['cn', 'dot']))}出生，")
    doc.t("居民身份证号码：")
    _idn(doc, boss).t("，现住")
    _addr(doc, boss, r.choice(["", _local(region)])).t("。\n\n")
    doc.t("    本局于")
    _d(doc, d0).t("接到群众举报，反映有人在").k("place", venue)
    doc.t("无证开办培训班。经调查，当事人自")
    _d(doc, d0 - timedelta(days=r.randint(150, 500)), r.choice(["cn", "dot"])).t(
        "起，未经教育行政部门批准，以“"
    )
    doc.k("org_name", brand).t(
        f"”名义，面向义务教育阶段学生开展语文、数学、英语等学科类培训，共招收学员{n_students}名，"
    )
    doc.t("按学期或课时收费。截至案发，当事人共收取培训费")
    _money(doc, total, r.choice(["yuan", "comma", "wan"])).t("。当事人聘请的授课人员")
    for i, t in enumerate(teachers):
        doc.t("、" if i else "")
        _nm(doc, t)
    doc.t("均为在校大学生，未取得教师资格证" if len(teachers) > 1 else "为在校大学生，未取得教师资格证")
    if r.random() < 0.35:
        fx = _foreigner(doc, region)
        doc.t("；另聘请外籍人员")
        _nm(doc, fx).t(f"（{fx.extra['nation']}籍，护照号码：").p("passport", fx.id_number)
        doc.t("）教授英语口语，其未取得外国人工作许可")
    doc.t("。\n")
    doc.t("    学生家长")
    for i, (p, fee) in enumerate(zip(parents, fees, strict=True)):
        doc.t("、" if i else "")
        _nm(doc, p)
        if r.random() < 0.6:
            doc.t(f"（缴费{fee}元）")
    doc.t("等人提供了缴费记录及微信聊天记录。其中，家长")
    _nm(doc, parents[0]).t("称其孩子在该培训班上课期间，教室")
    doc.t(
        r.choice(["门窗紧闭、无消防器材", "设在居民楼内、仅有一个出口", "人员拥挤，无任何安全措施"]), "。\n"
    )
    doc.t("    上述事实，有现场检查笔录、询问笔录、收费记录、照片及家长证言等证据证实。\n")
    doc.t("    本局认为，当事人的行为违反了").k("law_title", "《中华人民共和国民办教育促进法》")
    doc.k("article", "第十二条").t("的规定。本局于")
    _d(doc, _after(doc, d0, 20, 35)).t("向当事人送达《行政处罚告知书》，当事人")
    doc.t(
        r.choice(["未提出陈述申辩。", "提出其已退还部分学员费用，请求从轻处罚。本局经复核，予以部分采纳。"]),
        "\n",
    )
    doc.t("    依据").k("law_title", "《中华人民共和国民办教育促进法》").k("article", "第六十四条")
    doc.t("的规定，本局决定：\n    1.责令当事人停止办学；\n    2.责令当事人退还所收费用；\n    3.罚款")
    _money(doc, int(total * r.choice([1, 1, 1.5, 2])) // 100 * 100, r.choice(["yuan", "upper", "both"])).t(
        "。\n"
    )
    doc.t("    退还家长费用的情况应于")
    _d(doc, _after(doc, d_dec, 15, 30)).t("前书面报告本局。")
    if r.random() < 0.6:
        doc.t("家长")
        _nm(doc, parents[-1]).t("的退费已通过微信转账至其微信账户（").p(
            "contact", _wechat(doc, parents[-1])
        ).t("）。")
    doc.t(
        "\n    罚款应自收到本决定书之日起十五日内缴至指定银行，逾期不缴纳的，每日按罚款数额的百分之三加处罚款。\n    "
    )
    _relief(doc, region)
    _sign(doc, agency, d_dec)


# ---- 交通运输 -------------------------------------------------------------------------------------


def c_blackcar(doc: Doc) -> None:
    """交通运输 decision on a 黑车 driver: passengers, the plate, a WeChat payee account."""
    r = doc.r
    region, d0 = _begin(doc)
    agency = _local(region) + "交通运输局"
    d_dec = _after(doc, d0, 15, 45)
    docno = _docno(doc, region, r.choice(["交执罚", "交运罚", "交综执罚"]), d_dec.year)
    _head(doc, region, agency, "行政处罚决定书", docno)
    driver = _person(doc, region, sex="男", age=(26, 60), migrant=0.2)
    wife = _spouse(doc, driver, region)
    pax = [_person(doc, region, age=(18, 70), migrant=0.4) for _ in range(r.randint(2, 4))]
    plate = _plate(doc, region)
    place = r.choice([_local(region)[:2] + "高铁站东广场", _local(region)[:2] + "汽车客运站出口", "中山路与建设路交叉口",
                      _local(region)[:2] + "人民医院门口"])  # fmt: skip
    dest = r.choice(TOWNS13)
    owner_is_wife = r.random() < 0.4
    doc.t("当事人：")
    _nm(doc, driver).t(f"    性别：{driver.gender}    出生日期：{_born(driver, 'dash')}\n")
    doc.t("身份证（驾驶证）号：")
    _idn(doc, driver).t("\n住址：")
    _addr(doc, driver).t("\n联系电话：")
    _ph(doc, driver).t("\n车辆号牌：").p("vehicle_plate", plate)
    vtype = r.choice(["轿车", "普通客车", "越野客车", "轿车"])
    doc.t(f"    车辆类型：小型{vtype}\n\n")
    doc.t("    ")
    _d(doc, d0).t(f"{r.randint(7, 20)}时{r.randint(0, 59)}分，本局执法人员在").k("place", place)
    doc.t("开展道路运输执法检查，发现号牌为").p("vehicle_plate", plate).t("的小型")
    doc.t(vtype, f"载有乘客{len(pax)}名，由").k("place", place)
    doc.t("驶往").k("place", dest).t("。经查，该车驾驶员")
    _nm(doc, driver).t("未取得道路运输经营许可，擅自从事道路旅客运输经营。乘客")
    for i, p in enumerate(pax):
        doc.t("、" if i else "")
        _nm(doc, p)
    doc.t(f"证实，每人车费{r.randint(3, 8)}0元，上车前已通过微信扫码支付至")
    _nm(doc, driver).t("的微信账户（微信号：").p("contact", _wechat(doc, driver)).t("）。乘客")
    _nm(doc, pax[0]).t("（联系电话")
    _ph(doc, pax[0]).t("）提供了付款截图。")
    if owner_is_wife:
        doc.t("该车登记所有人为当事人之妻")
        _nm(doc, wife).t("。")
    doc.t("\n    当事人在陈述申辩中称，其")
    doc.t(
        r.choice(
            ["下岗后无固定收入，跑车补贴家用", "平时在工地打零工，农闲时偶尔拉客", "系帮朋友接人，只收油费"]
        )
    )
    doc.t("，请求从轻处罚。本局经复核认为，当事人的申辩理由")
    doc.t(r.choice(["部分成立，其系初次违法且积极配合调查，可予从轻处罚。", "不能成立，不予采纳。"]), "\n")
    doc.t("    当事人的行为违反了").k("law_title", "《中华人民共和国道路运输条例》").k("article", "第十条")
    doc.t("的规定。依据").k("law_title", "《中华人民共和国道路运输条例》").k("article", "第六十三条")
    doc.t("和").k("law_title", f"《{region[0] or region[1]}交通运输行政处罚裁量基准》").t(
        "的规定，本局决定对当事人作出如下行政处罚："
    )
    doc.t("责令停止经营，罚款")
    _money(doc, _fine(doc, 10000, 30000, 1000), r.choice(["yuan", "upper", "both", "wan"])).t("。\n")
    offs = _officers(doc, region, 2)
    doc.t("    ")
    _off_line(doc, offs, "本案执法人员").t("。\n")
    doc.t("    当事人应当自收到本决定书之日起十五日内，持本决定书到").k(
        "org_name", r.choice(["中国农业银行", "中国建设银行", "中国工商银行"]) + _local(region)[:2] + "支行"
    )
    doc.t(
        "缴纳罚款，或通过",
        r.choice(["政务服务网", "非税收入统一缴费平台", "“非税缴费”小程序"]),
        "缴纳。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。\n    ",
    )
    _relief(doc, region)
    _sign(doc, agency, d_dec)


def c_overload(doc: Doc) -> None:
    """超限运输 询问笔录 of a truck driver: 从业资格证号 (other_id), the owner, a haulier's permit."""
    r = doc.r
    region, d0 = _begin(doc)
    agency = _local(region) + r.choice(["交通运输局", "交通运输综合行政执法大队", "公路事业发展中心"])
    driver = _person(doc, region, sex="男", age=(28, 58), migrant=0.4, plain=r.random() < 0.3)
    owner = _person(doc, region, sex="男", age=(30, 60), migrant=0.3)
    company = r.random() < 0.5
    co = _company(doc, region, ["物流", "运输", "货运"], person_like=0.3)
    rep = _rep(doc, region) if company else None
    plate = _plate(doc, region, truck=True)
    trailer = _plate(doc, region, trailer=True)
    cargo, origin = r.choice([("砂石", "砂场"), ("水泥", "水泥厂"), ("钢材", "钢材市场"), ("瓷砖", "陶瓷厂"),
                              ("建筑用碎石", "石场"), ("石灰石", "石场"), ("化肥", "码头")])  # fmt: skip
    weight = r.randint(52, 72) + r.randint(0, 9) / 10
    offs = _officers(doc, region, 2)
    h = r.randint(0, 22)
    doc.k("agency_name", agency).t("\n询问笔录\n\n时间：")
    _d(doc, d0).t(f"{h}时{r.randint(0, 2)}{r.randint(0, 9)}分至{h}时{r.randint(35, 59)}分\n地点：")
    station = _local(region)[:2] + r.choice(["公路超限检测站", "治超检测点"])
    doc.k("place", station).t("询问室\n询问人：")
    doc.k("officer_name", offs[0][0].name).t("、").k("officer_name", offs[1][0].name)
    doc.t("    记录人：").k("officer_name", offs[1][0].name).t("\n被询问人：")
    _nm(doc, driver).t("\n\n问：我们是").k("agency_name", agency).t("的执法人员")
    doc.k("officer_name", offs[0][0].name).t("、").k("officer_name", offs[1][0].name)
    doc.t("，执法证号为").k("officer_cert", offs[0][1]).t("、").k("officer_cert", offs[1][1])
    doc.t("，这是我们的证件。现依法向你询问有关情况，请如实回答。你听清楚了吗？\n答：听清楚了。\n")
    doc.t("问：请讲一下你的姓名、身份证号码、住址和联系电话。\n答：")
    if r.random() < 0.5:
        doc.t("我叫")
    _nm(doc, driver).t("，身份证号")
    _idn(doc, driver).t("，家在")
    _addr(doc, driver, driver.region[2]).t("，电话")
    _ph(doc, driver).t("。\n")
    doc.t("问：你的道路运输从业资格证号是多少？\n答：")
    doc.p("other_id", f"{driver.extra['code']}{r.randint(2012, 2022)}{_digits(doc, 6)}").t("。\n")
    doc.t("问：你今天驾驶的是什么车辆？车辆所有人是谁？\n答：是号牌").p("vehicle_plate", plate).t(
        "的重型半挂牵引车，挂车号牌"
    )
    doc.p("vehicle_plate", trailer).t("。")
    if company:
        doc.t("车挂在").k("org_name", co).t("名下，道路运输证号是").k(
            "permit_number", f"{region[5][0]}交运管{region[1][:1]}字{region[3]}{_digits(doc, 6)}号"
        )
        doc.t("，实际车主是")
        _nm(doc, owner).t("，我是")
        _nm(doc, owner).t(f"请的司机，一个月工资{r.randint(7, 12)}000元。\n")
    else:
        doc.t("车主是")
        _nm(doc, owner).t("，")
        _nm(doc, owner).t("是我" + r.choice(["表哥", "姐夫", "老乡"]), "，我帮他开车。\n")
    doc.t("问：车主的联系电话是多少？\n答：")
    _ph(doc, owner).t("。\n")
    doc.t(f"问：车上装的是什么货？从哪里装到哪里？\n答：装的{cargo}，从")
    doc.k("place", r.choice(TOWNS13)[:-1] + origin).t("装到")
    doc.k("place", r.choice(REGIONS13)[2] + r.choice(["工业园", "搅拌站", "建材市场"])).t("。\n")
    doc.t(f"问：经检测，你驾驶的车辆车货总质量为{weight}吨，该车型限定标准为49吨，超限")
    doc.t(
        f"{weight - 49:.1f}吨，超限率{(weight - 49) / 49 * 100:.1f}%。你对检测结果有无异议？\n答：没有异议。\n"
    )
    doc.t("问：装货前你知道超限吗？\n答：知道一点，")
    if company:
        doc.t("公司调度说这一趟要多拉点，")
    else:
        _nm(doc, owner).t("说这一趟要多拉点，")
    doc.t("运费按吨算。\n问：你是否同意卸载超限部分的货物？\n答：同意，")
    doc.t(r.choice(["已经联系车主派车来转运。", "我自己卸在站里的卸货场。"]), "\n")
    if company and rep:
        doc.t("问：").k("org_name", co).t("的负责人是谁？\n答：老板是")
        _lr(doc, rep)
        doc.t("，平时车辆的事是")
        _nm(doc, owner).t("自己管。\n")
    doc.t("问：你驾驶超限车辆在公路上行驶，涉嫌违反").k("law_title", "《公路安全保护条例》").k(
        "article", "第三十三条第一款"
    )
    doc.t("的规定，我们将依照").k("article", "第六十四条").t("的规定依法处理，你有什么意见？\n答：没有意见，")
    doc.t(r.choice(["希望从轻处罚。", "以后不会再超载了。"]), "\n")
    doc.t("问：以上所说是否属实？\n答：属实。\n\n")
    doc.t("以上笔录已经本人核对，记录属实。\n被询问人签名：")
    _nm(doc, driver).t("    ")
    _d(doc, d0, r.choice(["dot", "cn"])).t("\n询问人签名：")
    doc.k("officer_name", offs[0][0].name).t("  ").k("officer_name", offs[1][0].name)
    doc.t("    记录人签名：").k("officer_name", offs[1][0].name).t("\n")


# ---- procedure papers ------------------------------------------------------------------------------

# (agency suffix, what the person did, 文号 code, documentary evidence, the handling department)
_CASES13 = [
    ("应急管理局", "未经许可经营烟花爆竹", "应急罚", "先行登记保存物品清单", "安全生产执法大队"),
    ("卫生健康局", "未取得医疗机构执业许可证擅自执业", "卫医罚", "处方本及药品进货记录", "卫生健康综合监督执法大队"),
    ("交通运输局", "未取得道路运输经营许可擅自从事道路旅客运输经营", "交执罚", "乘客付款截图", "交通运输综合行政执法大队"),
    ("消防救援大队", "占用、堵塞疏散通道", "消行罚决字", "消防监督检查记录", "防火监督科"),
    ("自然资源局", "非法占用土地", "自然资罚", "勘测定界图及地类认定意见", "执法监察大队"),
    ("农业农村局", "未经批准非法占用土地建住宅", "农宅罚", "宅基地审批档案", "农业综合行政执法大队"),
    ("教育局", "擅自举办民办学校", "教罚", "收费记录及学员名册", "政策法规股"),
    ("应急管理局", "未取得危险化学品经营许可证经营危险化学品", "应急罚", "销售记录本", "安全生产执法大队"),
]  # fmt: skip


def _kinship(a: Person, b: Person) -> str:
    """The relation word a 送达回证 uses for b signing for a."""
    rel = _rel(a, b)
    if rel in "妻夫":
        return "夫妻"
    return ("父" if a.gender == "男" else "母") + rel


def p_service(doc: Doc) -> None:
    """送达回证: documents served on a person, a relative signing for him, or 留置送达 with witnesses."""
    r = doc.r
    region, d0 = _begin(doc)
    suffix, deed, code, _ev, _dept = r.choice(_CASES13)
    agency = _local(region) + suffix
    party = _person(doc, region, age=(28, 70), rural=r.random() < 0.6, migrant=0.05)
    rel = _child(doc, party, region) if r.random() < 0.5 else _spouse(doc, party, region)
    mode = r.choice(["direct", "proxy", "proxy", "leave"])
    offs = _officers(doc, region, 2, fire=suffix.startswith("消防"))
    doc.k("agency_name", agency).t("\n送达地址确认书\n\n案由：")
    _nm(doc, party).t(f"{deed}案\n受送达人：")
    _nm(doc, party).t("    身份证号码：")
    _idn(doc, party).t("\n确认的送达地址：")
    _addr(doc, party).t("\n联系电话：")
    _ph(doc, party).t("\n")
    if r.random() < 0.6:
        doc.t("是否同意电子送达：■是 □否\n电子邮箱：").p("email", doc.w.email()).t("\n")
        if r.random() < 0.5:
            doc.t("微信号：").p("contact", _wechat(doc, party)).t("\n")
    else:
        doc.t("是否同意电子送达：□是 ■否\n")
    doc.t("指定代收人：")
    _nm(doc, rel).t(f"    与受送达人关系：{_kinship(party, rel)}    联系电话：")
    _ph(doc, rel).t(
        "\n告知事项：1.受送达人应当如实提供送达地址；2.送达地址发生变更的，应当及时书面告知本机关，"
    )
    doc.t(
        "未及时告知的，按原地址送达，视为已送达；3.同意电子送达的，文书到达上述电子邮箱或微信之日为送达之日。\n"
    )
    doc.t("受送达人（签名）：")
    _nm(doc, party).t("    ")
    _d(doc, _after(doc, d0, -3, 0), "dot").t("\n\n")
    doc.k("agency_name", agency).t("\n送达回证\n\n")
    doc.t("案    由：")
    _nm(doc, party).t(f"{deed}案\n受送达人：")
    _nm(doc, party).t("\n送达地点：")
    _addr(doc, party).t("\n\n")
    papers = [("行政处罚事先告知书", "告"), ("行政处罚决定书", "罚")] if r.random() < 0.5 else [
        ("责令改正通知书", "改"), ("听证告知书", "听"), ("行政处罚决定书", "罚")]  # fmt: skip
    day = d0
    sep = r.choice(["\t", "  "])
    rows: list[list] = [["送达文书名称", "文号", "送达时间", "送达方式", "收件人签名"]]
    for i, (nm, c) in enumerate(papers):
        dn = _docno(doc, region, code.replace("罚", c) if c != "罚" else code, day.year)
        how = {"direct": "直接送达", "proxy": "直接送达（代收）", "leave": "留置送达"}[mode]
        if mode == "proxy" and i == 0 and r.random() < 0.5:
            how = "直接送达"
        signer: object = (
            ("name", party) if how == "直接送达" else ("name", rel) if mode == "proxy" else "（拒签）"
        )
        rows.append(
            [f"《{nm}》", ("k:doc_number", dn), ("k:date", _ds(day, r.choice(["cn", "dot"]))), how, signer]
        )
        day = _after(doc, day, 5, 20)
    _table(doc, rows, sep)
    doc.t("\n")
    if mode == "proxy":
        doc.t("代收人：")
        _nm(doc, rel).t("（受送达人指定代收人）\n代收人身份证号码：")
        _idn(doc, rel).t("\n代收理由：受送达人").t(
            r.choice(["外出务工，不在家", "住院治疗", "在外地，委托家属代收"])
        )
        doc.t("。代收人已承诺及时转交受送达人。\n")
    elif mode == "leave":
        w1 = _person(doc, region, age=(30, 60), migrant=0)
        doc.t("备注：受送达人")
        _nm(doc, party).t("拒绝签收。送达人员邀请见证人")
        _nm(doc, w1).t(f"（{r.choice(['村民委员会委员', '社区网格员', '村民小组长'])}）到场，")
        doc.t("将上述文书留置于受送达人住所，并采用拍照、录像方式记录送达过程。\n见证人签名：")
        _nm(doc, w1).t("    联系电话：")
        _ph(doc, w1).t("\n")
    else:
        doc.t("备注：受送达人当场签收，已告知其依法享有的权利。\n")
    doc.t("送达人签名：")
    for i, (o, _c) in enumerate(offs):
        doc.t("  " if i else "").k("officer_name", o.name)
    doc.t("\n")
    doc.t("\n说明：依照").k("law_title", "《中华人民共和国行政处罚法》").k("article", "第六十一条")
    doc.t("的规定，行政处罚决定书应当在宣告后当场交付当事人；当事人不在场的，应当在七日内依照")
    doc.k("law_title", "《中华人民共和国民事诉讼法》").t("的有关规定送达。\n")


def p_installment(doc: Doc) -> None:
    """分期缴纳罚款申请书 (the applicant's bank card, his family's finances) and the 批准书."""
    r = doc.r
    region, d0 = _begin(doc)
    suffix, deed, code, _ev, _dept = r.choice(_CASES13)
    agency = _local(region) + suffix
    app = _person(doc, region, age=(30, 66), rural=r.random() < 0.6, migrant=0.05)
    fam = _spouse(doc, app, region)
    fine = _fine(doc, 6000, 60000, 1000)
    n = r.choice([2, 3, 3, 4])
    d_dec = d0
    d_app = _after(doc, d_dec, 2, 12)
    d_ok = _after(doc, d_app, 3, 8)
    dec_no = _docno(doc, region, code, d_dec.year)
    hospital = region[1] + r.choice(HOSPITALS13)
    doc.t("分期缴纳罚款申请书\n\n申请人：")
    _nm(doc, app).t(f"，{app.gender}，{_age(doc, app, d_app)}岁，身份证号码：")
    _idn(doc, app).t("\n住址：")
    _addr(doc, app).t("\n联系电话：")
    _ph(doc, app).t("\n\n").k("agency_name", agency).t("：\n    申请人因").t(deed, "，于")
    _d(doc, d_dec).t("收到贵局（队）作出的《行政处罚决定书》（").k("doc_number", dec_no).t("），被处以罚款")
    _money(doc, fine, r.choice(["yuan", "upper", "both"])).t(
        "。申请人对处罚决定无异议，但因家庭经济困难，一次性缴纳确有困难："
    )
    fin = r.choice([
        f"申请人常年在外打零工，月收入约{r.randint(20, 38)}00元，家中尚欠信用社贷款{r.randint(3, 12)}万元",
        f"申请人无固定收入，名下仅有存款{r.randint(1, 9)}千余元，另欠亲友借款约{r.randint(2, 8)}万元",
        f"申请人家庭年收入不足{r.randint(2, 5)}万元，为建房欠下外债{r.randint(5, 15)}万元",
    ])  # fmt: skip
    doc.p("financial", fin).t("；其")
    doc.t("妻" if fam.gender == "女" else "夫")
    _nm(doc, fam).t(f"于{d_dec.year}年初因病在").k("org_name", hospital).t("住院，")
    doc.t("尚需长期服药。\n    根据").k("law_title", "《中华人民共和国行政处罚法》").k(
        "article", "第六十六条第二款"
    )
    n_cn = "两" if n == 2 else _cn_num(n)
    doc.t(f"的规定，申请人申请分{n_cn}期缴纳上述罚款，每期通过本人名下")
    bank = r.choice(["中国农业银行", "中国邮政储蓄银行", "农村商业银行", "中国建设银行"])
    doc.t(bank, "借记卡（卡号：")
    _bk(doc, app).t("）缴纳，恳请批准。\n    附：1.").k("org_name", r.choice(VILLAGES13) + "村民委员会")
    doc.t("出具的家庭经济困难证明；\n        2.住院病历及费用清单复印件。\n\n")
    doc.t("                                申请人：")
    _nm(doc, app).t("（按指印）\n                                ")
    _d(doc, d_app).t("\n\n")
    doc.t("—" * 20, "\n\n")
    doc.k("agency_name", agency).t("\n分期缴纳罚款批准书\n").k(
        "doc_number", _docno(doc, region, code + "分", d_ok.year)
    ).t("\n\n")
    _nm(doc, app).t("：\n    你于")
    _d(doc, d_app).t("提出的分期缴纳罚款申请收悉。经审查，你确有经济困难，符合")
    doc.k("law_title", "《中华人民共和国行政处罚法》").k("article", "第六十六条第二款").t("的规定。")
    doc.t("本机关同意你将《行政处罚决定书》（").k("doc_number", dec_no).t(f"）确定的罚款分{n_cn}期缴纳：\n")
    parts = [fine // n // 100 * 100] * (n - 1)
    parts.append(fine - sum(parts))
    due = d_ok
    rows: list[list] = [["期次", "截止日期", "缴纳金额"]]
    for i, v in enumerate(parts):
        due = _after(doc, due, 25, 35) if i else _after(doc, due, 5, 15)
        rows.append(
            [f"第{_cn_num(i + 1)}期", ("k:date", _ds(due, r.choice(["cn", "dot"]))), ("k:amount", f"{v}元")]
        )
    _table(doc, rows, r.choice(["\t", "    "]))
    doc.t("    请按期将罚款缴至指定代收银行或通过非税收入缴费平台缴纳。逾期未缴纳的，本机关将依照")
    doc.k("law_title", "《中华人民共和国行政处罚法》").k("article", "第七十二条第一款第（一）项")
    doc.t("的规定，每日按罚款数额的百分之三加处罚款，并可依法申请人民法院强制执行。\n")
    _sign(doc, agency, d_ok)


def p_review(doc: Doc) -> None:
    """重大执法决定法制审核意见书 and 集体讨论记录: reviewers and leaders stay, the party is hidden."""
    r = doc.r
    region, d0 = _begin(doc)
    suffix, deed, code, evidence, dept = r.choice(_CASES13[:3] + _CASES13[4:])
    agency = _local(region) + suffix
    party = _person(doc, region, age=(28, 66), migrant=0.1)
    witness = _person(doc, region, age=(25, 70), migrant=0.2)
    lawyer = _person(doc, region, age=(28, 55), migrant=0.1) if r.random() < 0.5 else None
    handlers = _officers(doc, region, 2)
    reviewers = _officers(doc, region, 2)
    chief = _officers(doc, region, 1)[0]
    deputies = _officers(doc, region, r.randint(2, 3))
    clerk = _officers(doc, region, 1)[0]
    host = _officers(doc, region, 1)[0]
    fine = _fine(doc, 20000, 200000, 1000)
    d_sub = d0
    d_hear = d0 - timedelta(days=r.randint(5, 20))
    d_rev = _after(doc, d_sub, 2, 7)
    d_meet = _after(doc, d_rev, 1, 7)
    doc.k("agency_name", agency).t("\n重大行政执法决定法制审核意见书\n")
    doc.k("doc_number", _docno(doc, region, r.choice(["法审", "法制审", "重法审"]), d_rev.year)).t("\n\n")
    doc.t("案件名称：")
    _nm(doc, party).t(f"{deed}案\n当事人：")
    _nm(doc, party).t(f"，{party.gender}，{_age(doc, party, d0)}岁，身份证号码")
    _idn(doc, party).t("\n承办机构：", dept, "    承办人：")
    doc.k("officer_name", handlers[0][0].name).t("、").k("officer_name", handlers[1][0].name).t(
        "\n送审时间："
    )
    _d(doc, d_sub).t("\n\n审核意见：\n")
    doc.t("    一、主体合法。本机关对该违法行为具有管辖权，承办人员均持有有效执法证件。\n")
    doc.t("    二、事实清楚，证据确凿。当事人")
    _nm(doc, party).t(f"{deed}的事实，有现场检查笔录、询问笔录、证人")
    _nm(doc, witness).t("的证言、照片及", evidence, "等证据证实，证据之间能够相互印证。\n")
    doc.t("    三、程序合法。本案于")
    _d(doc, d0 - timedelta(days=r.randint(40, 90))).t(
        "立案，因拟处较大数额罚款，已依法告知当事人听证权利。当事人申请听证，本机关于"
    )
    _d(doc, d_hear).t("举行听证，听证主持人为").k("officer_name", host[0].name)
    if lawyer:
        doc.t("，当事人委托").k(
            "org_name", region[1][:2] + r.choice(["正和", "明德", "立信", "衡平"]) + "律师事务所"
        )
        doc.t("律师")
        _nm(doc, lawyer).t("参加听证")
    doc.t("。\n    四、适用法律正确，裁量适当。承办机构拟对当事人罚款")
    _money(doc, fine, r.choice(["yuan", "wan", "comma"])).t("，在法定幅度内，符合本机关行政处罚裁量基准。\n")
    doc.t("    审核结论：同意承办机构的处理意见，建议提交集体讨论。\n\n法制审核人员：")
    doc.k("officer_name", reviewers[0][0].name).t("（法制审核证号").k("officer_cert", reviewers[0][1]).t(
        "）、"
    )
    doc.k("officer_name", reviewers[1][0].name).t("\n审核机构负责人：").k(
        "officer_name", reviewers[1][0].name
    ).t("\n")
    _d(doc, d_rev).t("\n\n")
    doc.t("案件集体讨论记录\n\n时间：")
    _d(doc, d_meet).t(
        f"{r.choice([9, 10, 15, 16])}时\n地点：本局{r.choice(['三楼', '四楼', '二楼'])}会议室\n主持人："
    )
    doc.k("officer_name", chief[0].name).t(
        f"（{'大队长' if suffix.startswith('消防') else '局长'}）\n出席人员："
    )
    for i, (o, _c) in enumerate(deputies):
        doc.t("、" if i else "").k("officer_name", o.name)
    doc.t("、").k("officer_name", reviewers[1][0].name).t("\n列席人员：")
    doc.k("officer_name", handlers[0][0].name).t("、").k("officer_name", handlers[1][0].name).t(
        "（承办人）\n记录人："
    )
    doc.k("officer_name", clerk[0].name).t("\n\n讨论内容：\n")
    doc.k("officer_name", handlers[0][0].name).t("汇报案情：当事人")
    _nm(doc, party).t(f"{deed}，")
    doc.t(r.choice(["持续时间较长，涉及群众较多", "存在较大安全隐患", "经责令改正后仍未改正"]), "。听证中，")
    _nm(doc, party).t(
        "提出其系初次违法、家庭困难，请求减轻处罚。承办机构认为其陈述的理由不足以减轻处罚，但可在裁量幅度内从轻。\n"
    )
    doc.k("officer_name", reviewers[1][0].name).t("汇报法制审核意见：同意承办机构意见。\n")
    doc.k("officer_name", deputies[0][0].name).t(
        "：同意。建议在执行中关注当事人的实际困难，如其申请分期缴纳，可依法批准。\n"
    )
    doc.k("officer_name", deputies[1][0].name).t("：同意。").t(
        r.choice(["证据充分。", "程序上没有问题。", "建议同步做好普法宣传。"]), "\n"
    )
    doc.k("officer_name", chief[0].name).t("：经讨论，同意对")
    _nm(doc, party).t("罚款")
    _money(doc, fine, "yuan").t(
        "，由承办机构制作处罚决定书并依法送达。\n\n讨论决定：同意。\n\n出席人员签名："
    )
    for i, (o, _c) in enumerate([chief, *deputies]):
        doc.t("  " if i else "").k("officer_name", o.name)
    doc.t("\n记录人签名：").k("officer_name", clerk[0].name).t("\n")


# ---- the family --------------------------------------------------------------------------------


def _own_streams(template: Callable[[Doc], None]) -> Callable[[Doc], None]:
    """Run a template on random streams of its own: corpus.documents() seeds a world with
    seed * 1000003 + i * 7 + family number, so this family's document i would otherwise share its
    seed (and Faker's ID numbers and phones) with another family's document."""

    def run(doc: Doc) -> None:
        doc.r.seed(f"holdout13:{doc.r.getrandbits(64)}")
        doc.w.fk.seed_instance(doc.r.getrandbits(64))
        template(doc)

    run.__doc__ = template.__doc__
    return run


HOLDOUT13: dict[str, Callable[[Doc], None]] = {
    name: _own_streams(fn)
    for name, fn in {
        "wage_order": l_wage_order,
        "wage_transfer": l_wage_transfer,
        "chem_seal": e_chem_seal,
        "fireworks": e_fireworks,
        "accident": e_accident,
        "fire_inspect": f_inspect,
        "rental_order": f_rental_order,
        "homestead": a_homestead,
        "survey": a_survey,
        "clinic": h_clinic,
        "beauty": h_beauty,
        "tutoring": t_tutoring,
        "blackcar": c_blackcar,
        "overload": c_overload,
        "service": p_service,
        "installment": p_installment,
        "review": p_review,
    }.items()
}
