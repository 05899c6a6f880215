"""Eleventh held-out family (``holdout11``): written and committed before the engine ran on it,
by a writer who never read the engine's code or its documentation, so its first run is an honest
first-run measurement.

The documents are modelled on enforcement documents as county agencies publish them (信用中国 and the
行政执法公示 pages of county governments): headings and 文号, party blocks, 现查明/经查 narratives,
evidence lists, the 事先告知 and 陈述申辩 paragraph, the decision, payment and relief clauses, the seal
line and a contact line. Domains not used by earlier families: 农业农村 (渔政 非法捕捞 with the boat
owner, crew hired by the day or family, a fish dealer; 禁用农药 traced from a farmer's leeks and
未审定种子 sold by a 农资店; 私屠滥宰 and piglets moved without a 检疫证明), 林业 (滥伐林木 with a 油锯手,
the timber buyer and his driver; 非法收购野生动物 by a 农家乐), 水利 (河道非法采砂 with a 挖砂船, its crew
and a lorry driver who bought sand), 烟草 (a village shop without a 零售许可证, handled by 市场监管 on a
transfer from the 烟草专卖局; a private car carrying cigarettes without a 准运证), 医疗保障 (a pharmacy
swiping insured persons' cards for daily goods; an insured person who lent the card or claimed after
the other driver had paid), 公安 治安管理处罚决定书 (殴打他人: offender, accomplice, victim, witnesses,
the family told), 税务 (a 简易 penalty for a late return; undeclared rent), 行政复议决定书 (申请人,
委托代理人, 被申请人 and its head, 第三人; upheld or quashed), 催告书 with its 送达回证, 强制执行申请书 to a
court (with the debtor's car, account and house) and 政府信息公开申请答复书 (a citizen asking for papers
that name other villagers or her own family).

Party blocks come in the real varieties: labelled fields on one line or one per line, the short
当事人X，男，1975年3月出生，住…村…组, 身份证住所 with a separate 现住所, 违法行为人 with 户籍所在地 and
现住址; individual businesses (字号, credit code and premises stay, the 经营者 is hidden) and companies
(name, credit code, 住所 and 法定代表人/主要负责人 stay; the legal representative, like an agency head
named as 法定代表人, is passed in ``keep`` a third of the time). Home addresses also appear without a
label (在其位于…县…镇…村…组的住宅后院, 在当事人住宅（…村…组…号）, 在X位于…的家门口, 通讯地址为…); the span
is the part after the county, as ``Doc.address`` does. People are named in the facts without cue
words, quoted, as victims, witnesses, relatives (其妻X, 当事人之子X), buyers and sellers in a chain,
and again later by full name. Officers with 执法证号, agency heads, 联系人 and the contact line stay.

Protected lookalikes occur as they do in such documents: villages, towns, rivers and 小地名 that
carry surnames (王家湾村, 李庄镇, 史河, “周家垄”; kind place), shops named after a surname (老张烧烤,
刘记农资店; org_name), and words beginning with a surname character, recorded as ``term``: species
(黄颡鱼 白鲢 马口鱼 黄鳝 马尾松 杨树 毛竹 白鹭 黄鼬 王锦蛇), cigarette brands (黄鹤楼 白沙 黄山 云烟 苏烟
金圣), seed varieties (金玉818 郑玉311) and 林地 林木 金额 周边 江砂. A fishing boat's 船名号 and a social
security card number are other_id; a 林权证 or 不动产权证 number is property_certificate; a pharmacy's
药品经营许可证编号 stays (permit_number).

Names come from this module's own pools: about 85 % a surname of the hundred commonest, drawn with
their real frequencies (王 about fifty times as often as 常); about 7 % less common surnames (仇 柯 喻
饶 祝 卜 邝 詹 …); about 3 % compound surnames (欧阳 most often, then 上官 司马 诸葛 皇甫 令狐 …); about
3 % names that are ordinary words, whole (周全 江南 白云 宁静 温馨) or as the given name (和平 胜利 红旗
桂花 阳光); about 2 % minority names (Uyghur and Kazakh with a middle dot, Tibetan, Mongolian and Yi
without one, Korean and Zhuang names in Han form), and Han-form names carry a local ethnic group now
and then (侗族 in 黎平, 朝鲜族 in 和龙). Given names are one character about a quarter of the time and
match sex and generation (建国/秀英 for people born in the fifties, 志刚/丽娟 in the seventies,
俊杰/婷婷 in the nineties, 子轩/欣怡 for children). Fathers, siblings and a man's children share his
surname; a woman's children rarely do. ID numbers keep the world's shapes (15 digits, a wrong check
character, a final X) but are rewritten so that birth date and sex digit fit the person.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from sanxiang.kernel.identifiers import citizen_id_check_char

from .people import BANKS, TRADE, Person
from .templates import Doc

# ---- places ------------------------------------------------------------------------------------


class County(NamedTuple):
    province: str  # "" for a municipality directly under the central government
    city: str
    county: str
    plate: str  # licence plate prefix
    area: str  # telephone area code
    water: str  # the river or lake the agencies patrol
    yangtze: bool  # in the Yangtze basin (the ten-year fishing ban applies)
    folk: str  # a local ethnic group besides 汉族, or ""

    @property
    def region(self) -> tuple[str, str, str]:
        return (self.province, self.city, self.county)


COUNTIES = [
    County("湖南省", "岳阳市", "华容县", "湘F", "0730", "藕池河", True, ""),
    County("湖北省", "荆州市", "公安县", "鄂D", "0716", "虎渡河", True, ""),
    County("江西省", "九江市", "都昌县", "赣G", "0792", "鄱阳湖", True, ""),
    County("安徽省", "安庆市", "望江县", "皖H", "0556", "华阳河", True, ""),
    County("四川省", "宜宾市", "屏山县", "川Q", "0831", "金沙江", True, "彝族"),
    County("", "重庆市", "开州区", "渝F", "023", "澎溪河", True, "土家族"),
    County("广西壮族自治区", "桂林市", "阳朔县", "桂C", "0773", "遇龙河", False, "壮族"),
    County("贵州省", "黔东南苗族侗族自治州", "黎平县", "贵H", "0855", "清水江", True, "侗族"),
    County("云南省", "普洱市", "景东彝族自治县", "云J", "0879", "川河", False, "彝族"),
    County("福建省", "南平市", "顺昌县", "闽H", "0599", "富屯溪", False, ""),
    County("浙江省", "丽水市", "遂昌县", "浙K", "0578", "乌溪江", False, "畲族"),
    County("江苏省", "淮安市", "洪泽区", "苏H", "0517", "洪泽湖", False, ""),
    County("山东省", "临沂市", "沂南县", "鲁Q", "0539", "沂河", False, ""),
    County("河南省", "信阳市", "固始县", "豫S", "0376", "史河", False, ""),
    County("湖南省", "常德市", "汉寿县", "湘J", "0736", "沅江", True, ""),
    County("广东省", "清远市", "英德市", "粤R", "0763", "北江", False, "瑶族"),
    County("陕西省", "安康市", "石泉县", "陕G", "0915", "汉江", True, ""),
    County("黑龙江省", "佳木斯市", "桦南县", "黑D", "0454", "倭肯河", False, ""),
    County("吉林省", "延边朝鲜族自治州", "和龙市", "吉H", "0433", "海兰江", False, "朝鲜族"),
    County("新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁县", "新F", "0999", "伊犁河", False, "维吾尔族"),
    County("江西省", "上饶市", "余干县", "赣E", "0793", "信江", True, ""),
    County("安徽省", "六安市", "霍邱县", "皖N", "0564", "城西湖", False, ""),
]  # fmt: skip
PROV_CODE = {"湖南省": "43", "湖北省": "42", "江西省": "36", "安徽省": "34", "四川省": "51", "重庆市": "50",
             "广西壮族自治区": "45", "贵州省": "52", "云南省": "53", "福建省": "35", "浙江省": "33", "江苏省": "32",
             "山东省": "37", "河南省": "41", "广东省": "44", "陕西省": "61", "黑龙江省": "23", "吉林省": "22",
             "新疆维吾尔自治区": "65"}  # fmt: skip
PROV_SHORT = {"湖南省": "湘", "湖北省": "鄂", "江西省": "赣", "安徽省": "皖", "四川省": "川", "重庆市": "渝",
              "广西壮族自治区": "桂", "贵州省": "黔", "云南省": "滇", "福建省": "闽", "浙江省": "浙", "江苏省": "苏",
              "山东省": "鲁", "河南省": "豫", "广东省": "粤", "陕西省": "陕", "黑龙江省": "黑", "吉林省": "吉",
              "新疆维吾尔自治区": "新"}  # fmt: skip
TOWNS11 = ["东山镇", "李庄镇", "王集镇", "新河镇", "黄湖镇", "白沙洲乡", "石桥镇", "马坪乡", "杨林镇", "周家店镇",
           "三汊港镇", "高桥镇", "罗田镇", "何家坝乡", "团山镇", "沙口镇", "赵河镇", "万和镇", "洪山镇", "金盆乡"]  # fmt: skip
VILLAGES11 = ["王家湾村", "李家冲村", "张家岭村", "刘庄村", "陈家垸村", "黄泥坳村", "新建村", "团结村", "河口村",
              "胡家桥村", "杨柳村", "周家洲村", "高峰村", "马鞍村", "郑家台村", "桂花村", "曾家坪村", "朱家嘴村",
              "田心村", "彭家湖村", "孙家岗村", "白果村", "何家河村", "罗家坝村"]  # fmt: skip
GROUPS11 = ["谢家组", "上屋组", "大塘组", "胡家湾组", "新屋场组", "老屋组", "汪家组", "石板组"]
SEATS11 = ["城关镇", "城南街道", "城北街道", "东城街道", "文昌街道"]
ROADS11 = ["建设路", "人民北路", "解放路", "滨江路", "育才路", "朝阳路", "新华街", "五一路", "青年路"]
ESTATES11 = ["阳光小区", "金桂园", "滨江花园", "富民小区", "锦绣华庭", "状元府", "书香苑", "翠湖湾"]
XIAODIMING = [
    "王家冲",
    "李家坡",
    "黄泥塘",
    "周家垄",
    "陈家山",
    "刘家坳",
    "马家湾",
    "杨家岭",
    "大坟山",
    "石灰窑",
]
CN_DIGITS = "〇一二三四五六七八九"
PERCENT_CN = {10: "十", 15: "十五", 20: "二十", 30: "三十", 50: "五十"}

# ---- name pools --------------------------------------------------------------------------------

# The hundred commonest surnames in order of frequency; weighted below by their approximate share.
COMMON11 = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田"
            "董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊"
            "白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常")  # fmt: skip
# About 7.1 % for 王 down to 0.14 % for 常: a power law, steeper after the tenth.
COMMON11_W = [7.1 * n**-0.57 if n <= 10 else 1.9 * (n / 10) ** -1.13 for n in range(1, len(COMMON11) + 1)]
LESS11 = "仇柯喻饶祝鲁葛卜甘凌邝尚岳时霍匡詹庞蒙车晏牟郁阮柴裴耿聂焦窦苗符翁储栗党谷娄缪谈殷单骆邬戚甄"
COMPOUND11 = {"欧阳": 40, "上官": 10, "司马": 10, "诸葛": 8, "皇甫": 6, "东方": 6, "令狐": 5, "司徒": 5,
              "公孙": 4, "慕容": 4, "夏侯": 4, "尉迟": 3, "端木": 3}  # fmt: skip
# Whole names that are ordinary words or place names, with the sex they are usually given to.
WORD_NAMES = {"周全": "男", "江南": "男", "方向": "男", "高山": "男", "金星": "男", "白杨": "男", "林立": "男",
              "向前": "男", "苏醒": "男", "常德": "男", "华夏": "男", "吴江": "男", "孟春": "男", "齐鸣": "男",
              "章程": "男", "江城": "男", "黄河": "男", "龙门": "男", "白云": "女", "余晖": "女", "田园": "女",
              "柳絮": "女", "温馨": "女", "余音": "女", "宁静": "女", "林荫": "女", "金铃": "女"}  # fmt: skip
# Given names that are words, with sex and generation ("old" born before 1967, "mid" before 1985).
WORD_GIVEN = {"和平": ("男", "old"), "胜利": ("男", "old"), "解放": ("男", "old"), "红旗": ("男", "old"),
              "跃进": ("男", "old"), "卫星": ("男", "old"), "光明": ("男", "old"), "桂花": ("女", "old"),
              "菊花": ("女", "old"), "牡丹": ("女", "old"), "长城": ("男", "mid"), "春雨": ("女", "mid"),
              "秋月": ("女", "mid"), "雪莲": ("女", "mid"), "玫瑰": ("女", "mid"), "海洋": ("男", "young"),
              "阳光": ("男", "young"), "彩虹": ("女", "young"), "晨曦": ("女", "young")}  # fmt: skip
# Minority names: (name, sex, ethnic group). Han-form names keep their surname for relatives.
MINORITY11 = [("努尔艾力·阿不都拉", "男", "维吾尔族"), ("古丽娜尔·吾买尔", "女", "维吾尔族"),
              ("热孜万古丽·艾则孜", "女", "维吾尔族"), ("艾合买提江·托乎提", "男", "维吾尔族"),
              ("叶尔兰·吾拉孜别克", "男", "哈萨克族"), ("加娜尔·叶尔肯", "女", "哈萨克族"),
              ("次仁多吉", "男", "藏族"), ("白玛央宗", "女", "藏族"), ("格桑卓玛", "女", "藏族"),
              ("丹增平措", "男", "藏族"), ("巴特尔", "男", "蒙古族"), ("乌云其木格", "女", "蒙古族"),
              ("额尔敦巴雅尔", "男", "蒙古族"), ("吉尔伍各", "男", "彝族"), ("曲比阿果", "女", "彝族"),
              ("阿苏拉则", "男", "彝族"), ("朴成浩", "男", "朝鲜族"), ("金美玉", "女", "朝鲜族"),
              ("崔英哲", "男", "朝鲜族"), ("覃德明", "男", "壮族"), ("韦秀珍", "女", "壮族")]  # fmt: skip
HAN_FORM = {"朴成浩", "金美玉", "崔英哲", "覃德明", "韦秀珍"}
# Given names by generation and sex: one character, two characters.
GIVEN11 = {
    ("old", "男"): ("福贵忠发荣林华山德才兴成", ["建国", "建军", "国华", "国强", "卫国", "志明", "德华", "永福",
                                        "永贵", "福生", "金海", "玉成", "传贵", "明德", "宝山", "振华", "有福",
                                        "广才", "顺发", "春来", "满堂", "树生"]),
    ("old", "女"): ("英兰珍芳秀梅菊凤娥琴", ["秀英", "秀兰", "桂英", "桂兰", "玉兰", "玉珍", "淑珍", "凤英",
                                      "桂芳", "秀珍", "翠兰", "春花", "金花", "冬梅", "素珍", "月英", "兰英",
                                      "玉梅", "秀芳", "腊梅"]),
    ("mid", "男"): ("伟军勇斌涛刚明辉平峰波强杰兵东毅", ["志刚", "志强", "海涛", "海波", "红军", "建平", "晓东",
                                              "晓军", "卫华", "立新", "立军", "永强", "文军", "伟东", "春生",
                                              "新华", "利民", "勇军", "庆林", "爱民", "小平", "正华"]),
    ("mid", "女"): ("红艳敏丽静霞燕娟萍玲", ["丽娟", "丽华", "红梅", "红霞", "晓燕", "晓红", "春燕", "海英",
                                      "彩霞", "美玲", "亚琴", "建英", "小红", "艳红", "秀云", "玉芳", "丽萍",
                                      "慧芳"]),
    ("young", "男"): ("鹏浩磊超帅凯翔宁威亮昊", ["俊杰", "鹏飞", "浩然", "子豪", "佳伟", "志鹏", "文涛", "家乐",
                                         "天宇", "明轩", "晨阳", "伟豪", "嘉俊", "宇航", "一帆", "博文", "思远",
                                         "旭东"]),
    ("young", "女"): ("婷倩雪莹琳佳丹璐瑶颖蕾悦", ["婷婷", "佳慧", "梦婷", "雨欣", "思雨", "晓雯", "欣然", "雅琪",
                                          "诗琪", "嘉怡", "紫薇", "晶晶", "倩倩", "文娟", "露露"]),
    ("kid", "男"): ("轩睿航宸", ["子轩", "梓睿", "浩宇", "宇轩", "一鸣", "沐宸", "俊熙", "睿哲", "梓航", "奕辰",
                             "锦程", "皓轩", "子墨", "铭泽"]),
    ("kid", "女"): ("萱涵琪诺", ["欣怡", "梓涵", "雨桐", "语嫣", "可欣", "诗涵", "若汐", "梓萱", "依依", "子涵",
                             "心怡", "芷若", "安琪"]),
}  # fmt: skip


def _generation(year: int) -> str:
    if year <= 1966:
        return "old"
    if year <= 1984:
        return "mid"
    return "young" if year <= 2002 else "kid"


# ---- words, goods and species that must stay --------------------------------------------------

# (name, begins with a surname and is recorded as term)
FISH = [("鲫鱼", False), ("鲤鱼", False), ("黄颡鱼", True), ("白鲢", True), ("马口鱼", True), ("翘嘴鲌", False),
        ("鳜鱼", False), ("黄鳝", True), ("青虾", False), ("草鱼", False), ("鳊鱼", False)]  # fmt: skip
TREES = [("杉木", False), ("马尾松", True), ("杨树", True), ("桉树", False), ("柏木", True), ("毛竹", True),
         ("湿地松", False), ("香樟", False)]  # fmt: skip
# (species, term?, counting word, price range per unit)
ANIMALS = [("斑鸠", False, "只", (30, 60)), ("野兔", False, "只", (80, 150)), ("环颈雉", False, "只", (100, 200)),
           ("竹鸡", False, "只", (40, 80)), ("白鹭", True, "只", (60, 120)), ("黄鼬", True, "只", (50, 100)),
           ("王锦蛇", True, "条", (150, 300)), ("乌梢蛇", False, "条", (80, 160))]  # fmt: skip
# (brand, specification, term?, price per carton)
CIGS = [("黄鹤楼", "（硬奇景）", True, 230), ("白沙", "（精品三代）", True, 110), ("芙蓉王", "（硬）", False, 250),
        ("利群", "（新版）", False, 140), ("云烟", "（紫）", True, 125), ("黄山", "（新一品）", True, 65),
        ("玉溪", "（软）", False, 200), ("红塔山", "（经典100）", False, 95), ("中华", "（硬）", False, 450),
        ("真龙", "（凌云）", False, 145), ("苏烟", "（五星红杉树）", True, 220), ("南京", "（炫赫门）", False, 175),
        ("金圣", "（智圣出山）", True, 190), ("贵烟", "（跨越）", False, 240)]  # fmt: skip
SEEDS = [("金玉818", True), ("丰禾668", False), ("黄金粮12", True), ("郑玉311", True), ("农大865", False),
         ("高优9号", True), ("瑞丰188", False)]  # fmt: skip
PHARMACY_GOODS = ["洗衣液", "食用油", "大米", "牙膏", "蛋白粉", "卫生纸", "沐浴露", "燕麦片", "蜂蜜"]
DRUGS = ["阿莫西林胶囊", "复方丹参片", "硝苯地平缓释片", "二甲双胍缓释片", "布洛芬缓释胶囊", "感冒灵颗粒"]
HOSPITALS = ["人民医院", "中医医院", "第二人民医院", "妇幼保健院"]
BBQ = ["老张烧烤", "刘记烧烤", "老王大排档", "陈记夜宵", "胖子烧烤", "杨家烤鱼", "老何串串"]
RESTAURANTS = ["老杨家土菜馆", "周记饭店", "农家小院", "胡家大院餐馆", "刘三姐饭庄", "江边鱼馆"]
AGRI_SHOPS = ["丰收农资店", "惠农农资经营部", "刘记农资店", "老周种子门市", "田园农资店", "陈记农药门市"]
FARM_STAYS = ["老李农家乐", "何家山庄", "竹林人家农家乐", "黄家大院农庄", "山里人家", "马家庄园"]
GROCERIES = ["兴旺便民超市", "惠民副食店", "好邻居超市", "万家乐便利店", "金源商行", "孙记杂货店"]

_AGRI = "农业农村局"


# ---- people ------------------------------------------------------------------------------------


def _draw_name(doc: Doc, sex: str, year: int, surname: str | None) -> tuple[str, str | None, str, str]:
    """(name, surname a relative would share or None, kind, ethnic group)."""
    r = doc.r
    gen = _generation(year)
    roll = r.random()
    if surname is None and gen != "kid" and roll >= 0.95:
        if roll < 0.98:
            if r.random() < 0.5:
                nm = r.choice(sorted(n for n, s in WORD_NAMES.items() if s == sex))
                return nm, None, "word", "汉族"
            fits = sorted(g for g, (s, gn) in WORD_GIVEN.items() if s == sex and gn == gen)
            if fits:
                sn = r.choices(COMMON11, COMMON11_W)[0]
                return sn + r.choice(fits), sn, "word", "汉族"
        pool = [m for m in MINORITY11 if m[1] == sex]
        nm, _sx, eth = r.choice(pool)
        return nm, (nm[0] if nm in HAN_FORM else None), "minority", eth
    if surname is not None:
        sn = surname
    elif roll < 0.85:
        sn = r.choices(COMMON11, COMMON11_W)[0]
    elif roll < 0.92:
        sn = r.choice(LESS11)
    else:
        sn = r.choices(list(COMPOUND11), list(COMPOUND11.values()))[0]
    one, two = GIVEN11[(gen, sex)]
    given = r.choice(one) if r.random() < 0.25 else r.choice(two)
    return sn + given, sn, "plain", "汉族"


def _fit_id(doc: Doc, p: Person, born: date) -> None:
    """Rewrite the world's ID number so that birth date and sex digit fit the person, keeping its
    shape: 18 digits with a right or wrong check character (an X kept where there was one), or a
    legacy 15-digit number."""
    r = doc.r
    s = p.id_number
    parity = "13579" if p.gender == "男" else "02468"
    if len(s) == 15:
        p.id_number = s[:6] + born.strftime("%y%m%d") + s[12:14] + r.choice(parity)
        return
    wrong = citizen_id_check_char(s[:17]) != s[17]
    want_x = s[17] == "X" and not wrong
    head = s[:6] + born.strftime("%Y%m%d")
    first17 = head + s[14:16] + r.choice(parity)
    if want_x:
        for seq in range(1000):
            if str(seq % 10) in parity and citizen_id_check_char(head + f"{seq:03d}") == "X":
                first17 = head + f"{seq:03d}"
                break
    check = citizen_id_check_char(first17)
    if wrong:
        check = r.choice([c for c in "0123456789" if c != check])
    p.id_number = first17 + check


def _rural(doc: Doc, town: str | None = None, village: str | None = None) -> str:
    r = doc.r
    town = town or r.choice(TOWNS11)
    village = village or r.choice(VILLAGES11)
    roll = r.random()
    if roll < 0.5:
        tail = f"{r.randint(1, 15)}组{r.randint(1, 99)}号"
    elif roll < 0.75:
        tail = f"{r.randint(1, 15)}组"
    elif roll < 0.9:
        tail = f"{r.choice(GROUPS11)}{r.randint(1, 60)}号"
    else:
        tail = f"{CN_DIGITS[r.randint(1, 9)]}组{r.randint(1, 99)}号"
    return town + village + tail


def _urban(doc: Doc) -> str:
    r = doc.r
    head = f"{r.choice(SEATS11)}{r.choice(ROADS11)}{r.randint(1, 399)}号"
    if r.random() < 0.3:
        return head
    flat = f"{r.randint(1, 24)}栋{r.randint(1, 4)}单元{r.randint(1, 18)}0{r.randint(1, 4)}室"
    return head + r.choice(ESTATES11) + flat


def _person(
    doc: Doc,
    g: County | None = None,
    *,
    born: tuple[int, int] = (1958, 2001),
    sex: str | None = None,
    surname: str | None = None,
    urban: bool | None = None,
) -> Person:
    """A person named from this module's pools, living in county g (a random one if None). Within
    a document no full name and no two-character given name is used twice."""
    w, r = doc.w, doc.r
    seen = w.__dict__.setdefault("h11_given", set())
    g = g or r.choice(COUNTIES)
    p = w.person()
    year = r.randint(*born)
    for _ in range(80):
        sx = sex or r.choice("男女")
        nm, share, kind, eth = _draw_name(doc, sx, year, surname)
        given = nm[len(share or "") :]
        if nm not in w.used_names and (kind != "plain" or len(given) == 1 or given not in seen):
            break
    w.used_names.add(nm)
    if kind == "plain":
        seen.add(nm[len(share or "") :])
    if kind == "minority" and nm not in HAN_FORM:
        sx = next(m[1] for m in MINORITY11 if m[0] == nm)
    elif eth == "汉族" and g.folk and r.random() < 0.3:
        eth = g.folk
    p.name, p.surname, p.gender = nm, share or nm[0], sx
    p.region = g.region
    p.address_detail = _urban(doc) if (urban if urban is not None else r.random() < 0.3) else _rural(doc)
    birthday = date(year, r.randint(1, 12), r.randint(1, 28))
    p.extra.update(kind=kind, eth=eth, share=share, born=birthday, county=g)
    _fit_id(doc, p, birthday)
    return p


def _kin(doc: Doc, ego: Person, rel: str) -> Person:
    """A relative of ego who shares ego's home: a spouse of about the same age, a child a generation
    younger, a parent a generation older, a brother or sister. Father, siblings and a man's
    children carry ego's surname (nine times in ten); a woman's children rarely do."""
    year = ego.extra["born"].year
    sex = "女" if rel in ("妻子", "女儿", "母亲", "妹妹", "姐姐") else "男"
    if rel in ("父亲", "哥哥", "弟弟", "姐姐", "妹妹") or (rel in ("儿子", "女儿") and ego.gender == "男"):
        same = doc.r.random() < 0.9
    else:
        same = rel in ("儿子", "女儿") and doc.r.random() < 0.1
    span = {"儿子": (22, 32), "女儿": (22, 32), "父亲": (-32, -22), "母亲": (-30, -20), "哥哥": (-8, -1),
            "姐姐": (-8, -1), "弟弟": (1, 8), "妹妹": (1, 8)}.get(rel, (-5, 5))  # fmt: skip
    lo = min(max(year + span[0], 1935), 2016)
    hi = min(max(year + span[1], 1936), 2017)
    kin = _person(
        doc, ego.extra["county"], born=(lo, hi), sex=sex, surname=ego.extra["share"] if same else None
    )
    kin.address_detail = ego.address_detail
    return kin


def _spouse(p: Person) -> str:
    return "妻子" if p.gender == "男" else "丈夫"


def _age(doc: Doc, p: Person) -> int:
    on = doc.w.__dict__.get("h11_today", date(2024, 6, 30))
    b = p.extra["born"]
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


# ---- numbers -----------------------------------------------------------------------------------


def _digits(doc: Doc, n: int) -> str:
    return str(doc.r.randint(1, 9)) + "".join(str(doc.r.randint(0, 9)) for _ in range(n - 1))


def _plate(doc: Doc, g: County) -> str:
    r = doc.r
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if r.random() < 0.15:  # new-energy plate
        return g.plate + r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
    tail = [r.choice("0123456789") for _ in range(5)]
    for i in r.sample(range(4), r.randint(0, 2)):
        tail[i] = r.choice(letters)
    return g.plate + "".join(tail)


def _boat_no(doc: Doc, g: County) -> str:
    short = PROV_SHORT.get(g.province or g.city, "渝")
    return f"{short}{g.city[:1]}渔{doc.r.randint(1, 39999):05d}"


def _wechat(doc: Doc) -> str:
    r = doc.r
    if r.random() < 0.4:
        return "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
    head = "".join(r.choice("abcdefghjkmnpqrstwxyz") for _ in range(r.randint(4, 8)))
    return head + r.choice(["", "_", ""]) + str(r.randint(1, 99999))


def _social_card(doc: Doc) -> str:
    r = doc.r
    return r.choice("ABCDEFGHJKLMN") + _digits(doc, 8)


def _forest_cert(doc: Doc, g: County) -> str:
    r = doc.r
    short = PROV_SHORT.get(g.province or g.city, "渝")
    if r.random() < 0.5:
        return f"{short}（{r.randint(2016, 2023)}）{g.county}不动产权第{r.randint(1, 9999999):07d}号"
    return f"{g.county[:1]}林证字（{r.randint(2006, 2015)}）第{r.randint(1, 99999):06d}号"


def _house_cert(doc: Doc, g: County) -> str:
    r = doc.r
    short = PROV_SHORT.get(g.province or g.city, "渝")
    if r.random() < 0.7:
        return f"{short}（{r.randint(2012, 2024)}）{g.county}不动产权第{r.randint(1, 9999999):07d}号"
    return f"{g.county[:1]}房权证{r.choice(['城关', '字'])}字第{r.randint(10000, 999999)}号"


# ---- dates -------------------------------------------------------------------------------------


def _days(doc: Doc, n: int, span: int = 300) -> list[date]:
    """n dates in order within span days; the last is the document's date."""
    r = doc.r
    start = date(r.randint(2021, 2024), r.randint(1, 12), r.randint(1, 28))
    offsets = sorted(r.sample(range(1, span), n))
    out = [start + timedelta(days=d) for d in offsets]
    doc.w.h11_today = out[-1]
    return out


def _d(doc: Doc, day: date) -> Doc:
    return doc.date(day.year, day.month, day.day)


# ---- money -------------------------------------------------------------------------------------


def _yuan(doc: Doc, v: int | float) -> Doc:
    r = doc.r
    if isinstance(v, float):
        return doc.k("amount", f"{v:.2f}元")
    roll = r.random()
    if roll < 0.6:
        return doc.k("amount", f"{v}元")
    if roll < 0.85:
        return doc.k("amount", f"{v:,}.00元")
    return doc.k("amount", f"{v / 10000:g}万元") if v % 100 == 0 and v >= 10000 else doc.k("amount", f"{v}元")


# ---- the agency and its frame ------------------------------------------------------------------


def _county(doc: Doc) -> County:
    return doc.r.choice(COUNTIES)


def _seat(g: County) -> str:
    """How an agency of the county is prefixed: the county alone, a district with its city."""
    return g.city + g.county if g.county.endswith("区") else g.county


def _agency(g: County, suffix: str) -> str:
    if suffix == _AGRI and g.city == "重庆市":
        suffix = "农业农村委员会"
    return _seat(g) + suffix


def _police(g: County) -> str:
    return g.city + "公安局" + g.county + "分局" if g.county.endswith("区") else g.county + "公安局"


def _abbr(doc: Doc, g: County) -> str:
    return g.county[:2] if doc.r.random() < 0.2 and len(g.county) > 2 else g.county[:1]


def _docno(doc: Doc, g: County, code: str, year: int) -> str:
    n = doc.r.randint(1, 320)
    num = f"第{n:03d}号" if doc.r.random() < 0.25 else f"{n}号"
    return f"{_abbr(doc, g)}{code}〔{year}〕{num}"


def _head(doc: Doc, agency: str, title: str, docno: str) -> None:
    doc.k("agency_name", agency).t("\n", title, "\n").k("doc_number", docno).t("\n\n")


def _contact(doc: Doc, g: County) -> str:
    r = doc.r
    n = 8 if len(g.area) == 3 else 7
    return f"{g.area}-{r.randint(2, 8)}{r.randint(0, 10 ** (n - 1) - 1):0{n - 1}d}"


def _agency_address(doc: Doc, g: County) -> str:
    r = doc.r
    road = r.choice(["人民路", "行政中心路", "府前街", "迎宾大道"])
    return f"{g.county}{r.choice(SEATS11[:3])}{road}{r.randint(1, 299)}号"


def _foot(doc: Doc, agency: str, g: County, day: date, contact: Person | None = None) -> None:
    r = doc.r
    doc.t("\n").k("agency_name", agency).t(r.choice(["", "（印章）", "\n（盖章）"]) + "\n")
    _d(doc, day).t("\n")
    if r.random() < 0.55 or contact is not None:
        doc.t("（本机关地址：").k("agency_address", _agency_address(doc, g)).t("，联系电话：")
        doc.k("agency_phone", _contact(doc, g))
        if contact is not None:
            doc.t("，联系人：").k("officer_name", contact.name)
        doc.t("）\n")


def _relief(doc: Doc, g: County) -> None:
    doc.t("当事人如不服本决定，可以在收到本决定书之日起六十日内向").k("agency_name", _agency(g, "人民政府"))
    doc.t("申请行政复议，也可以在六个月内直接向").k("agency_name", _agency(g, "人民法院"))
    doc.t("提起行政诉讼。行政复议和行政诉讼期间，本决定不停止执行。\n")


def _pay(doc: Doc) -> None:
    r = doc.r
    doc.t("当事人应当自收到本决定书之日起十五日内，持本决定书到" + r.choice(BANKS[:4]))
    doc.t("各营业网点缴纳罚没款，或者通过非税收入电子缴款系统缴纳。到期不缴纳罚款的，本机关可以依据")
    doc.k("law_title", "《中华人民共和国行政处罚法》").k("article", "第七十二条第一款第（一）项")
    doc.t("的规定，每日按罚款数额的百分之三加处罚款。\n")


CERT_WORD = {
    "agri": "农",
    "forest": "林",
    "water": "水",
    "tobacco": "烟",
    "medical": "医保",
    "market": "市监",
}


def _cert(doc: Doc, g: County, domain: str) -> str:
    r = doc.r
    code = PROV_CODE[g.province or g.city]
    roll = r.random()
    if domain == "tax":
        return f"{code}{r.randint(0, 99):02d}{r.randint(0, 9999999999):010d}"
    if roll < 0.5:
        return f"{code}{r.randint(1000, 9999)}{r.randint(0, 99999):05d}"
    if roll < 0.8:
        return f"{PROV_SHORT[g.province or g.city]}{CERT_WORD[domain]}执字第{r.randint(100, 99999)}号"
    return str(r.randint(10000000, 99999999))


def _officers(doc: Doc, g: County, domain: str, when: date | None = None, what: str = "") -> list[Person]:
    """Two officers with their certificate numbers, as a sentence or a 承办人员 line, followed by
    what they did (when given)."""
    r = doc.r
    offs = [_person(doc, g, born=(1968, 1998)), _person(doc, g, born=(1968, 1998))]
    certs = [_cert(doc, g, domain), _cert(doc, g, domain)]
    style = r.randint(0, 2)
    if style == 0:
        doc.t("本机关执法人员")
        for i, (o, c) in enumerate(zip(offs, certs, strict=True)):
            doc.t("、" if i else "").k("officer_name", o.name).t("（执法证号：").k("officer_cert", c).t("）")
    elif style == 1:
        doc.t("经本机关负责人批准，指定执法人员").k("officer_name", offs[0].name).t("、").k(
            "officer_name", offs[1].name
        )
        doc.t("（执法证号分别为").k("officer_cert", certs[0]).t("、").k("officer_cert", certs[1]).t(
            "）负责承办"
        )
        doc.t("，执法人员" if what else "。")
    else:
        doc.t("承办人员：").k("officer_name", offs[0].name).t("  证号").k("officer_cert", certs[0]).t("；")
        doc.k("officer_name", offs[1].name).t("  证号").k("officer_cert", certs[1]).t("。")
        doc.t("\n执法人员" if what else "")
    if what:
        if when is not None:
            doc.t("于")
            _d(doc, when)
        doc.t(what)
    elif style == 0:
        doc.t("依法进行了调查取证。")
    doc.t("\n")
    return offs


def _w(doc: Doc, word: str, term: bool = True) -> Doc:
    """A word that begins with a surname character and must stay (or plain text if term is False)."""
    return doc.k("term", word) if term else doc.t(word)


# ---- party blocks ------------------------------------------------------------------------------


def _addr(doc: Doc, p: Person, mode: str | None = None) -> Doc:
    """The region prefix (stays; the full one, city and county, the county, or none) and the detail."""
    r = doc.r
    g: County = p.extra["county"]
    mode = mode or r.choice(["full", "full", "city", "county", "county"])
    prefix = {"full": "".join(g.region), "city": g.city + g.county, "county": g.county, "bare": ""}[mode]
    return doc.t(prefix).p("address", p.address_detail)


def _birth(p: Person, day: bool = True) -> str:
    b = p.extra["born"]
    return f"{b.year}年{b.month}月{b.day}日" if day else f"{b.year}年{b.month}月"


def _party(doc: Doc, p: Person, label: str = "当事人", style: int | None = None) -> None:
    """A natural person as party, in one of the shapes the published documents use."""
    r = doc.r
    eth = p.extra["eth"]
    style = r.randint(0, 4) if style is None else style
    if style == 0:
        doc.t(f"{label}：").name(p).t(f"，性别：{p.gender}，民族：{eth}，出生日期：{_birth(p)}，身份证号码：")
        doc.idn(p).t("，住址：")
        _addr(doc, p).t("，联系电话：").phone(person=p).t("。\n")
    elif style == 1:
        doc.t(label).name(p).t(f"，{p.gender}，{_birth(p, day=False)}出生，{eth}，")
        if r.random() < 0.6:
            doc.t("公民身份号码").idn(p).t("，")
        doc.t("住")
        _addr(doc, p, r.choice(["county", "bare", "full"])).t("。\n")
    elif style == 2:
        doc.t(f"{label}：").name(p).t(f"\n性别：{p.gender}\n民族：{eth}\n出生日期：{_birth(p)}\n身份证号码：")
        doc.idn(p).t("\n工作单位和职务：无\n联系电话：").phone(person=p).t("\n住所：")
        _addr(doc, p).t("\n")
    elif style == 3:
        edu = r.choice(["小学", "初中", "初中", "高中"])
        doc.t(f"{label}：").name(p).t(f"，性别：{p.gender}，民族：{eth}，{edu}文化，身份证号码：").idn(p)
        doc.t(f"，职业：{r.choice(['务农', '务农', '个体经营', '无业'])}，住所：")
        _addr(doc, p).t("。\n")
    else:
        now = _rural(doc) if r.random() < 0.5 else _urban(doc)
        g: County = p.extra["county"]
        doc.t(f"{label}：").name(p).t(f"，性别：{p.gender}，民族：{eth}，联系电话：").phone(person=p)
        doc.t("\n身份证号码：").idn(p).t("\n身份证住所：")
        _addr(doc, p, "full").t("。现住所：").t(g.county).p("address", now).t("。\n")


def _company(doc: Doc, g: County, label: str, name: str, head: str = "法定代表人") -> Person:
    r = doc.r
    rep = _person(doc, g, born=(1962, 1992))
    if r.random() < 1 / 3:
        doc.keep.append(rep.name)
    doc.t(f"{label}：").k("org_name", name).t("\n统一社会信用代码：").k("credit_code", doc.w.uscc("91")).t(
        "\n"
    )
    doc.t(r.choice(["住所：", "住所（住址）：", "地址："])).k("registered_address", _reg_address(doc, g)).t(
        "\n"
    )
    doc.t(f"{head}：").k("legal_rep", rep.name).t(r.choice(["", "", "，职务：总经理", "（执行董事）"]) + "\n")
    return rep


def _reg_address(doc: Doc, g: County) -> str:
    r = doc.r
    if r.random() < 0.5:
        where = r.choice(SEATS11) + r.choice(ROADS11) + f"{r.randint(1, 299)}号"
    else:
        where = r.choice(TOWNS11) + r.choice(["集镇", "街道", "工业园"]) + f"{r.randint(1, 99)}号"
    return "".join(g.region) + where


def _business(doc: Doc, g: County, label: str, shop: str, op: Person) -> None:
    """An individual business: name, credit code and premises stay; the operator is hidden."""
    r = doc.r
    doc.t(f"{label}：").k("org_name", shop)
    if r.random() < 0.5:
        doc.t("\n主体资格证照名称：营业执照")
    doc.t("\n统一社会信用代码：").k("credit_code", doc.w.uscc("92"))
    doc.t("\n" + r.choice(["住所（住址）：", "经营场所：", "住所："])).k(
        "registered_address", _reg_address(doc, g)
    )
    doc.t("\n经营者：").name(op).t("\n身份证号码：").idn(op)
    doc.t("\n" + r.choice(["联系方式：", "联系电话："])).phone(person=op).t("\n")


def _notice(doc: Doc, g: County, code: str, day: date, hearing: bool = False) -> None:
    """The 事先告知 paragraph and what the party answered."""
    r = doc.r
    doc.t("本机关于")
    _d(doc, day).t("向当事人送达了《行政处罚事先告知书》（").k("doc_number", _docno(doc, g, code, day.year))
    doc.t("），告知当事人拟作出行政处罚的事实、理由、依据及其依法享有的陈述、申辩")
    doc.t("和要求听证的权利。" if hearing else "权利。")
    roll = r.random()
    if roll < 0.55:
        doc.t("当事人在法定期限内未提出陈述、申辩" + ("，也未要求听证。\n" if hearing else "。\n"))
    elif roll < 0.8:
        doc.t(
            "当事人提出陈述、申辩，称其家庭经济困难，系初次违法，请求从轻处罚。本机关经复核认为，当事人所提理由"
        )
        doc.t("不属于法定从轻、减轻处罚情形，不予采纳。\n")
    else:
        doc.t("当事人在陈述申辩中表示认错认罚，并已主动配合调查。本机关经复核，在裁量幅度内予以从轻处罚。\n")


# ---- 农业农村: 渔政 ----------------------------------------------------------------------------


def a_fishing(doc: Doc) -> None:
    """渔政 非法捕捞: the boat owner, crew hired by the day or family, a fish dealer, the boat's 船名号."""
    r = doc.r
    g = _county(doc)
    d_start, d_catch, d_case, d_notice, d_doc = _days(doc, 5, 260)
    agency = _agency(g, _AGRI)
    code = r.choice(["农（渔业）罚", "农（渔政）罚", "农（渔）罚"])
    _head(doc, agency, "行政处罚决定书", _docno(doc, g, code, d_doc.year))
    owner = _person(doc, g, born=(1958, 1990), sex="男")
    _party(doc, owner)
    method = r.choice(["电鱼", "地笼网", "三层刺网"])
    if g.yangtze:
        cause = (
            "在长江流域重点水域禁捕期间使用禁用的方法进行捕捞"
            if method == "电鱼"
            else "在禁渔区、禁渔期进行捕捞"
        )
    else:
        cause = "使用电鱼方法进行捕捞" if method == "电鱼" else "使用禁用的渔具进行捕捞"
    doc.t("\n当事人").name(owner).t(f"{cause}一案，经本机关依法调查，现查明：\n")
    town, village = r.choice(TOWNS11), r.choice(VILLAGES11)
    doc.t("    ")
    _d(doc, d_catch).t(f"{r.randint(0, 5)}时许，本机关执法人员接群众举报后，在").k(
        "place", g.water + town + village[:-1] + "段"
    )
    doc.t("水域巡查时，发现一艘")
    named = r.random() < 0.6
    if named:
        doc.t("船名号为“").p("other_id", _boat_no(doc, g)).t("”的木质渔船")
    else:
        doc.t("无船名船号、无船舶证书、无船籍港的铁皮船")
    doc.t("正在水面作业。执法人员登船检查，当场查获当事人")
    crew_family = r.random() < 0.4
    c1 = _person(doc, g, born=(1960, 2000), sex="男")
    c2 = _kin(doc, owner, r.choice(["妻子", "儿子"])) if crew_family else _person(doc, g, born=(1960, 2000))
    doc.name(owner).t("及船上人员").name(c1).t("、").name(c2).t("。")
    gear = {
        "电鱼": "电瓶2个、逆变器1台、电鱼杆1根",
        "地笼网": f"地笼网{r.randint(6, 30)}条",
        "三层刺网": f"三层刺网{r.randint(3, 12)}张",
    }[method]
    catch = r.sample(FISH, 3)
    kg = round(r.uniform(3, 60), 1)
    doc.t(f"现场查获{gear}，渔获物")
    for i, (fish, term) in enumerate(catch):
        doc.t("、" if i else "")
        _w(doc, fish, term)
    doc.t(f"等共计{kg}千克。\n    经查，上述渔船系当事人所有。当事人自")
    _d(doc, d_start).t(f"起，多次在该水域使用{method}捕鱼。")
    wage = r.randint(15, 30) * 10
    if crew_family:
        rel = "妻子" if c2.gender == "女" else "儿子"
        doc.t("当事人雇请同村村民").name(c1).t(f"驾船，每天工钱{wage}元，由其{rel}").name(c2).t(
            "帮忙收网捡鱼。"
        )
    else:
        doc.t("当事人以每人每天").t(f"{wage}元的工钱雇请").name(c1).t("、").name(c2).t("，").name(c1)
        doc.t("负责驾船，").name(c2).t("负责收鱼，当事人负责")
        doc.t("操作电鱼器具。" if method == "电鱼" else "下网起网。")
    doc.t("\n    当事人称捕获的鱼主要卖给")
    dealer = _person(doc, g, born=(1965, 1995))
    doc.k("place", r.choice(TOWNS11)).t("集镇鱼贩").name(dealer).t("。").name(dealer).t("证实，其自")
    _d(doc, d_start).t(f"起先后{r.randint(3, 12)}次收购当事人的野生鱼，每斤{r.randint(8, 25)}元")
    income = r.randint(8, 90) * 100
    doc.t("，共计支付货款")
    _yuan(doc, income)
    if r.random() < 0.6:
        doc.t("，部分货款通过微信转账支付至当事人的微信账号（").p("contact", _wechat(doc)).t("）")
    doc.t("。当事人对上述事实无异议。\n")
    doc.t("上述事实，主要有以下证据证明：\n证据一：当事人身份证复印件1份，证明当事人的主体资格；\n")
    doc.t(
        f"证据二：《现场检查（勘验）笔录》1份及现场照片{r.randint(4, 12)}张，证明查获经过及渔具、渔获物情况；\n"
    )
    doc.t("证据三：当事人及").name(c1).t("、").name(c2).t(
        "的《询问笔录》各1份，证明当事人雇请他人非法捕捞的事实；\n"
    )
    doc.t("证据四：").name(dealer).t("的《询问笔录》1份及转账记录截图，证明违法所得数额；\n")
    doc.t("证据五：《渔具（渔法）认定意见》1份，证明当事人使用的渔具、渔法属于禁用范围。\n")
    _officers(doc, g, "agri", d_case, "对当事人进行了询问，制作了询问笔录。")
    _notice(doc, g, code.replace("罚", "告"), d_notice)
    if g.yangtze:
        law, art, basis, art2 = (
            "《中华人民共和国长江保护法》",
            "第五十三条第一款",
            "《中华人民共和国长江保护法》",
            "第八十六条第一款",
        )
    else:
        law, art, basis, art2 = (
            "《中华人民共和国渔业法》",
            "第三十条第一款",
            "《中华人民共和国渔业法》",
            "第三十八条第一款",
        )
    prov = g.province or g.city
    doc.t("本机关认为，当事人的上述行为违反了").k("law_title", law).k("article", art).t("的规定。依据")
    doc.k("law_title", basis).k("article", art2).t("的规定，参照").k(
        "law_title", f"《{prov}农业行政处罚裁量基准》"
    )
    doc.t(
        f"，本机关决定对当事人作出如下行政处罚：\n1.没收渔获物{kg}千克；\n2.没收{gear.split('、')[0]}等渔具；\n"
    )
    doc.t("3.没收违法所得")
    _yuan(doc, income).t("；\n4.罚款")
    _yuan(doc, r.randint(2, 50) * 1000 if g.yangtze else r.randint(5, 50) * 100).t("。\n")
    _pay(doc)
    _relief(doc, g)
    _foot(doc, agency, g, d_doc)


# ---- 农业农村: 农药 / 种子 ---------------------------------------------------------------------


def a_agri_inputs(doc: Doc) -> None:
    """A 农资店 selling a banned pesticide (traced from a farmer's leeks) or an unapproved seed."""
    r = doc.r
    g = _county(doc)
    d_buy, d_find, d_check, d_notice, d_doc = _days(doc, 5, 200)
    seed = r.random() < 0.4
    agency = _agency(g, _AGRI)
    code = "农（种子）罚" if seed else "农（农药）罚"
    _head(doc, agency, "行政处罚决定书", _docno(doc, g, code, d_doc.year))
    company = r.random() < 0.3
    op = _person(doc, g, born=(1960, 1992))
    if company:
        shop = g.city + r.choice(TRADE) + "农业科技有限公司"
        rep = _company(doc, g, "当事人", shop)
        in_shop = _person(doc, g, born=(1975, 2000))
        boss_word = "当事人的店员"
    else:
        sn = op.extra["share"] if op.extra["kind"] == "plain" and r.random() < 0.4 else None
        name = f"{sn}记农资店" if sn and len(sn) == 1 else r.choice(AGRI_SHOPS)
        shop = g.county + r.choice(TOWNS11) + name
        _business(doc, g, "当事人", shop, op)
        in_shop = op
        boss_word = "经营者"
    farmer = _person(doc, g, born=(1950, 1985))
    f2 = _person(doc, g, born=(1950, 1990))
    if seed:
        variety, vterm = r.choice(SEEDS)
        bags = r.randint(30, 300)
        price = r.randint(35, 80)
        doc.t("\n")
        _d(doc, d_find).t("，本机关接到").k("place", r.choice(TOWNS11) + r.choice(VILLAGES11)).t(
            "种植户"
        ).name(farmer)
        doc.t("投诉，称其在当事人处购买的玉米种子“")
        _w(doc, variety, vterm).t("”出苗后长势不一、空秆严重。本机关于")
        _d(doc, d_check).t("立案调查。\n经查，当事人于")
        _d(doc, d_buy).t("从").k("org_name", r.choice(COUNTIES).city + r.choice(TRADE) + "种业有限公司").t(
            "业务员"
        )
        sales = _person(doc, born=(1975, 1995))
        doc.name(sales).t("处购进“")
        _w(doc, variety, vterm).t(
            f"”玉米种子{bags}袋（每袋2千克），该品种未经国家或者省级农作物品种审定委员会审定。"
        )
        sold = bags - r.randint(3, bags // 2)
        doc.t(f"当事人以每袋{price}元的价格将其中{sold}袋销售给").name(farmer).t("、").name(f2)
        doc.t(f"等{r.randint(5, 30)}户农户，违法所得")
        income = sold * price
        _yuan(doc, income).t("。").name(f2).t("称，购买时").name(in_shop).t(
            "介绍该品种“抗倒伏、产量高”，未提供品种审定编号。\n"
        )
        _officers(doc, g, "agri", d_check, "对当事人经营场所进行了检查。")
        doc.t(f"检查时，{boss_word}").name(in_shop).t(f"在场，现场查获剩余种子{bags - sold}袋。\n")
        _notice(doc, g, code.replace("罚", "告"), d_notice)
        doc.t("本机关认为，当事人销售应当审定未经审定的农作物品种种子的行为，违反了")
        doc.k("law_title", "《中华人民共和国种子法》").k("article", "第二十三条第一款").t("的规定。依据")
        doc.k("law_title", "《中华人民共和国种子法》").k("article", "第七十七条第一款第（一）项")
        doc.t("的规定，本机关决定：\n1.责令停止违法行为；\n2.没收违法所得")
        _yuan(doc, income).t("和剩余种子；\n3.罚款")
        _yuan(doc, r.randint(20, 60) * 1000).t("。\n")
    else:
        bottles = r.randint(10, 80)
        doc.t("\n")
        _d(doc, d_find).t("，本机关在").k("place", r.choice(TOWNS11) + "农贸市场").t(
            "开展农产品质量安全快速检测时，发现菜农"
        )
        doc.name(farmer).t("销售的韭菜甲拌磷残留超标。经询问，").name(farmer).t("称其于")
        _d(doc, d_buy).t(
            f"在当事人处购买了“3911”（甲拌磷）农药{r.randint(2, 6)}瓶，用于其承包的{r.randint(1, 5)}亩韭菜地"
        )
        if not company and r.random() < 0.7:
            wife = _kin(doc, op, _spouse(op))
            doc.t("，当时由当事人的" + ("妻子" if wife.gender == "女" else "丈夫")).name(wife).t(
                "收款并出具了手写收据。"
            )
        else:
            doc.t("，当时由").name(in_shop).t("收款并出具了手写收据。")
        doc.t("\n")
        _d(doc, d_check).t("，本机关执法人员对当事人经营场所进行检查，在店内仓库查获甲拌磷乳油")
        doc.t(f"{bottles}瓶（500毫升/瓶）、克百威颗粒剂{r.randint(5, 40)}袋，{boss_word}").name(in_shop).t(
            "在场。\n"
        )
        doc.t("经查，当事人自")
        supplier = r.choice(COUNTIES).city + r.choice(TRADE) + "农资有限公司"
        _d(doc, d_buy - timedelta(days=r.randint(20, 120))).t("起从").k("org_name", supplier).t(
            f"购进上述农药，购进价每瓶{r.randint(8, 15)}元，销售价每瓶{r.randint(18, 30)}元。另据村民"
        )
        doc.name(f2).t(f"证实，其也曾在该店购买同一品牌甲拌磷{r.randint(1, 3)}瓶用于防治地下害虫。")
        income = r.randint(3, 40) * 100
        doc.t("当事人违法经营禁用农药的货值")
        _w(doc, "金额").t("共计")
        _yuan(doc, r.randint(20, 90) * 100).t("，违法所得")
        _yuan(doc, income).t("。\n")
        _officers(doc, g, "agri", None, "")
        _notice(doc, g, code.replace("罚", "告"), d_notice, hearing=True)
        doc.t("本机关认为，甲拌磷属于国家禁用的农药，依照").k("law_title", "《农药管理条例》").k(
            "article", "第四十四条第二款"
        )
        doc.t("的规定按照假农药处理。当事人经营假农药的行为，依据").k("law_title", "《农药管理条例》")
        doc.k("article", "第五十五条第一款第（二）项").t("的规定，本机关决定：\n1.没收违法所得")
        _yuan(doc, income).t(f"；\n2.没收甲拌磷乳油{bottles}瓶及克百威颗粒剂；\n3.罚款")
        _yuan(doc, r.randint(5, 50) * 1000).t("。\n")
    if company:
        doc.t("当事人法定代表人").k("legal_rep", rep.name).t("已在询问笔录上签字确认上述事实。\n")
    _pay(doc)
    _relief(doc, g)
    _foot(doc, agency, g, d_doc)


# ---- 农业农村: 屠宰 / 动物防疫 -----------------------------------------------------------------


def a_animals(doc: Doc) -> None:
    """私屠滥宰 in the party's back yard (an unlabelled home address), or piglets moved without a
    检疫证明: the driver, the registered owner of the lorry, seller and buyer."""
    r = doc.r
    g = _county(doc)
    d_from, d_hit, d_case, d_notice, d_doc = _days(doc, 5, 220)
    slaughter = r.random() < 0.5
    agency = _agency(g, _AGRI)
    code = "农（屠宰）罚" if slaughter else "农（动监）罚"
    _head(doc, agency, "行政处罚决定书", _docno(doc, g, code, d_doc.year))
    party = _person(doc, g, born=(1960, 1990), sex="男" if r.random() < 0.9 else "女", urban=False)
    _party(doc, party)
    if slaughter:
        doc.t(
            "\n当事人未经定点从事生猪屠宰活动一案，经本机关依法调查，现查明：\n当事人未取得生猪定点屠宰证书，自"
        )
        _d(doc, d_from).t("起在其位于").t(g.county).p("address", party.address_detail)
        doc.t("的住宅后院搭建简易棚屋屠宰生猪，并将白条猪肉销售给")
        rest = r.choice(TOWNS11) + r.choice(RESTAURANTS)
        doc.k("org_name", rest).t("等餐馆和附近村民。\n")
        helper = _person(doc, g, born=(1958, 1990), sex="男")
        son = _kin(doc, party, "儿子")
        seller = _person(doc, g, born=(1960, 1988))
        rest_op = _person(doc, g, born=(1965, 1992))
        n_dead, n_live = r.randint(1, 4), r.randint(1, 6)
        _d(doc, d_hit).t(f"凌晨{r.randint(2, 5)}时许，本机关执法人员会同").k(
            "agency_name", r.choice(TOWNS11) + "人民政府"
        )
        doc.t("工作人员到现场检查，当事人正与其雇请的帮工").name(helper).t(
            f"屠宰生猪，现场查获白条猪{n_dead}头（重约{n_dead * r.randint(60, 90)}千克）、待宰生猪{n_live}头以及屠宰刀具、烫毛锅等工具。\n"
        )
        doc.t("经查，上述生猪系当事人从本镇养殖户").name(seller).t(f"处收购，每头{r.randint(1500, 2600)}元。")
        doc.k("org_name", rest).t("经营者").name(rest_op).t("证实，其自")
        _d(doc, d_from + (d_hit - d_from) / 3).t("起多次从当事人处购买猪肉，由当事人之子").name(son)
        doc.t("骑号牌为").p("vehicle_plate", _plate(doc, g)).t("的三轮摩托车送货。").name(helper).t(
            f"称其每屠宰一头生猪收取工钱{r.randint(5, 10) * 10}元。"
        )
        doc.t("查获的生猪产品经检测，非洲猪瘟病毒核酸检测结果为阴性，已监督无害化处理。\n")
        _officers(doc, g, "agri", d_case, "对当事人及相关人员进行了询问，制作了询问笔录。")
        _notice(doc, g, code.replace("罚", "告"), d_notice, hearing=True)
        income = r.randint(20, 120) * 100
        doc.t("本机关认为，当事人的上述行为违反了").k("law_title", "《生猪屠宰管理条例》").k(
            "article", "第二条第二款"
        )
        doc.t("的规定。依据").k("law_title", "《生猪屠宰管理条例》").k("article", "第三十三条第一款")
        doc.t(f"的规定，本机关决定：\n1.没收生猪{n_live}头、生猪产品及屠宰工具和设备；\n2.没收违法所得")
        _yuan(doc, income).t("；\n3.罚款")
        _yuan(doc, r.randint(50, 100) * 1000).t("。\n")
    else:
        piglets = r.randint(30, 260)
        rel = r.choice([_spouse(party), "父亲", "弟弟"])
        owner = _kin(doc, party, rel)
        seller = _person(doc, born=(1960, 1990))
        buyer = _person(doc, g, born=(1965, 1992))
        doc.t("\n当事人运输未附有检疫证明的动物一案，经本机关依法调查，现查明：\n")
        _d(doc, d_hit).t(f"{r.randint(6, 22)}时许，").k("agency_name", _seat(g) + "动物卫生监督所").t(
            "工作人员在"
        )
        doc.k("place", r.choice(TOWNS11) + "动物卫生监督检查站").t("对一辆号牌为")
        plate = _plate(doc, g)
        doc.p("vehicle_plate", plate).t(
            f"的轻型仓栅式货车进行检查，发现车上装载仔猪{piglets}头，驾驶人即当事人"
        )
        doc.name(party).t("不能提供动物检疫合格证明。该车登记所有人为").name(owner).t(
            f"（当事人的{rel}）。\n"
        )
        doc.t("经查，上述仔猪系当事人于当日从").k("place", seller.extra["county"].county + r.choice(TOWNS11))
        doc.t("养殖户").name(seller).t("处装运，准备运往本县").k(
            "place", r.choice(TOWNS11) + r.choice(VILLAGES11)
        )
        doc.name(buyer).t(f"的养殖场，约定运费{r.randint(8, 30) * 100}元。").name(seller).t(
            "称仔猪出栏前未向动物卫生监督机构申报检疫；"
        )
        doc.name(buyer).t(f"证实其向当事人订购仔猪{piglets}头")
        if r.random() < 0.5:
            doc.t("，已通过银行转账向当事人账户（账号：").bank().t("）支付定金")
            _yuan(doc, r.randint(5, 30) * 1000)
        doc.t("。经核价，同类检疫合格仔猪货值")
        _w(doc, "金额").t("为")
        value = piglets * r.randint(300, 650)
        _yuan(doc, value).t("。\n")
        _officers(doc, g, "agri", d_case, "对当事人进行了询问，制作了询问笔录，并对仔猪进行了临床健康检查。")
        _notice(doc, g, code.replace("罚", "告"), d_notice)
        doc.t("本机关认为，当事人的上述行为违反了").k("law_title", "《中华人民共和国动物防疫法》")
        doc.k("article", "第二十九条第（三）项").t("的规定。依据").k(
            "law_title", "《中华人民共和国动物防疫法》"
        )
        doc.k("article", "第一百条第一款").t("的规定，本机关决定对当事人处同类检疫合格动物货值")
        pct = r.choice([10, 20, 30, 50])
        _w(doc, "金额").t(f"百分之{PERCENT_CN[pct]}的罚款，计")
        _yuan(doc, value * pct // 100).t("。\n")
    _pay(doc)
    _relief(doc, g)
    _foot(doc, agency, g, d_doc)


# ---- 林业 --------------------------------------------------------------------------------------


def f_logging(doc: Doc) -> None:
    """滥伐林木 on the party's own 林地: a 油锯手 and a helper, the timber buyer and his driver, the
    village head, the wife; a 林权证 number."""
    r = doc.r
    g = _county(doc)
    d_from, d_to, d_case, d_notice, d_doc = _days(doc, 5, 240)
    agency = _agency(g, r.choice(["林业局", "林业局", "林业和草原局"]))
    title = r.choice(["林业行政处罚决定书", "行政处罚决定书"])
    code = r.choice(["林罚决字", "林罚"])
    _head(doc, agency, title, _docno(doc, g, code, d_doc.year))
    town, village = r.choice(TOWNS11), r.choice(VILLAGES11)
    party = _person(doc, g, born=(1950, 1985), sex="男", urban=False)
    party.address_detail = _rural(doc, town, village)
    _party(doc, party, style=r.choice([1, 1, 0, 3]))
    tree, tterm = r.choice(TREES)
    stems = r.randint(40, 600)
    volume = round(stems * r.uniform(0.03, 0.12), 3)
    c1 = _person(doc, g, born=(1960, 1992), sex="男")
    c2 = _person(doc, g, born=(1958, 1995), sex="男")
    buyer = _person(doc, g, born=(1965, 1990), sex="男")
    driver = _person(doc, born=(1970, 1998), sex="男")
    head = _person(doc, g, born=(1962, 1985))
    mill = r.choice(TOWNS11) + r.choice(["木材加工厂", "木业加工厂", "板材厂"])
    doc.t("\n当事人").name(party).t("滥伐林木一案，经本局依法调查，现查明：\n    ")
    _d(doc, d_from).t("至")
    _d(doc, d_to).t("，当事人在未办理林木采伐许可证的情况下，雇请").name(c1).t("、").name(c2).t(
        "，在其承包经营的位于"
    )
    doc.k("place", town + village).t("小地名“").k("place", r.choice(XIAODIMING)).t("”的")
    _w(doc, "林地").t("上（林权证号：").p("property_certificate", _forest_cert(doc, g)).t("）采伐")
    _w(doc, tree, tterm).t(f"{stems}株。采伐的木材以每立方米{r.randint(45, 95) * 10}元的价格出售给")
    doc.k("org_name", mill).t("经营者").name(buyer).t("，").name(buyer).t("安排司机").name(driver).t(
        "驾驶号牌为"
    )
    doc.p("vehicle_plate", _plate(doc, g)).t(
        f"的货车分{r.randint(2, 9)}车次运走。\n    经本局技术人员现场勘验检尺，"
    )
    doc.t(f"采伐迹地面积{round(r.uniform(1, 30), 1)}亩，伐桩{stems}个，平均伐桩直径{r.randint(8, 24)}厘米，")
    doc.t("经计算，滥伐")
    _w(doc, "林木").t(f"蓄积{volume}立方米，经评估，滥伐")
    _w(doc, "林木").t("价值")
    value = int(volume * r.randint(500, 900))
    _yuan(doc, value).t("。\n    ")
    doc.name(c1).t(
        f"（油锯手）证实，当事人每天付给其工钱{r.randint(20, 35) * 10}元，当事人称“自家山上的树自己砍”。"
    )
    doc.k("org_name", village[:-1] + "村民委员会").t("主任").name(head).t(
        "证实，当事人曾向村委会咨询办理采伐证事宜，但未提交申请材料。"
    )
    if r.random() < 0.6:
        wife = _kin(doc, party, "妻子")
        doc.t("当事人之妻").name(wife).t("对采伐事实予以认可，并称木材款已由").name(buyer).t(
            "通过银行转账付清。"
        )
    doc.t(
        "\n上述事实，主要有下列证据予以证明：（一）当事人的身份证复印件，证明当事人的主体资格；（二）当事人及"
    )
    doc.name(c1).t("、").name(c2).t("、").name(buyer).t("的询问笔录，证明采伐及销售木材的经过；")
    doc.t(
        "（三）《勘验、检查笔录》、检尺码单及现场照片，证明采伐地点、株数和蓄积；（四）林权证复印件；（五）"
    )
    doc.k("org_name", village[:-1] + "村民委员会").t("出具的情况说明。\n")
    _officers(doc, g, "forest", d_case, "对采伐现场进行了勘验。")
    _notice(doc, g, code.replace("罚决字", "告字").replace("罚", "告"), d_notice, hearing=True)
    times = r.choice([2, 3])
    doc.t("本局认为，当事人的上述行为违反了").k("law_title", "《中华人民共和国森林法》").k(
        "article", "第五十六条第一款"
    )
    doc.t("的规定，已构成滥伐林木。依据").k("law_title", "《中华人民共和国森林法》").k(
        "article", "第七十六条第二款"
    )
    doc.t("的规定，本局决定对当事人作出如下行政处罚：\n1.责令当事人于")
    _d(doc, d_doc + timedelta(days=r.randint(60, 150))).t(
        f"前在原地补种滥伐株数{times}倍的树木，共计{stems * times}株；\n"
    )
    doc.t(f"2.处滥伐林木价值{'三' if times == 3 else '二'}倍的罚款，计")
    _yuan(doc, value * times).t("。\n")
    _pay(doc)
    _relief(doc, g)
    _foot(doc, agency, g, d_doc)


def f_wildlife(doc: Doc) -> None:
    """非法收购野生动物 by a 农家乐 (or a villager): sellers who caught them, a waiter, animals kept
    at the party's home (an unlabelled address)."""
    r = doc.r
    g = _county(doc)
    d_buy1, d_buy2, d_tip, d_check, d_notice, d_doc = _days(doc, 6, 200)
    agency = _agency(g, r.choice(["林业局", "林业和草原局"]))
    code = "林罚"
    _head(doc, agency, "行政处罚决定书", _docno(doc, g, code, d_doc.year))
    op = _person(doc, g, born=(1962, 1992), urban=False)
    stay = r.random() < 0.6
    if stay:
        sn = op.extra["share"] if op.extra["kind"] == "plain" and len(op.extra["share"] or "") == 1 else None
        place = f"老{sn}农家乐" if sn and r.random() < 0.5 else r.choice(FARM_STAYS)
        _business(doc, g, "当事人", g.county + place, op)
    else:
        _party(doc, op)
    animals = r.sample(ANIMALS, r.randint(2, 3))
    counts = [r.randint(3, 40) for _ in animals]
    s1, s2 = _person(doc, g, born=(1950, 1990), sex="男"), _person(doc, g, born=(1955, 1992), sex="男")
    doc.t("\n")
    _d(doc, d_tip).t("，").k("agency_name", _police(g) + "森林警察大队").t(
        "将当事人涉嫌非法收购野生动物的线索移送本局。本局执法人员于"
    )
    _d(doc, d_check).t("在")
    if stay:
        doc.t("当事人经营的“").k("org_name", place).t("”厨房冰柜及")
    doc.t("当事人位于").t(g.county).p("address", op.address_detail).t("的家中，查获冷冻的")
    for i, ((name, term, unit, _p), n) in enumerate(zip(animals, counts, strict=True)):
        doc.t("、" if i else "")
        _w(doc, name, term).t(f"{n}{unit}")
    doc.t("。\n经查，当事人在未取得合法来源证明的情况下，于")
    _d(doc, d_buy1).t("、")
    _d(doc, d_buy2).t("先后从本县村民").name(s1).t("、").name(s2).t("处收购上述野生动物")
    doc.t("，准备加工后供应给来店就餐的客人。" if stay else "，准备留作自家食用和送人。")
    a0, a1 = animals[0], animals[1]
    doc.name(s1).t("称其在自家承包地")
    _w(doc, "周边").t("布设粘网捕获")
    _w(doc, a0[0], a0[1]).t(f"后，以每{a0[2]}{r.randint(*a0[3])}元的价格卖给当事人；").name(s2).t(
        "称其出售的"
    )
    _w(doc, a1[0], a1[1]).t("系在").k("place", r.choice(XIAODIMING)).t("山上捕获。")
    if stay:
        waiter = _person(doc, g, born=(1970, 2002), sex="女")
        doc.t("店内服务员").name(waiter).t("证实，曾有客人点过“野味火锅”，由当事人亲自下厨。")
    value = sum(n * r.randint(*a[3]) for a, n in zip(animals, counts, strict=True))
    doc.t("经").k("org_name", (g.province or g.city) + "野生动物司法鉴定中心")
    doc.t("鉴定，上述野生动物均属于《有重要生态、科学、社会价值的陆生野生动物名录》所列野生动物，经评估价值")
    _yuan(doc, value).t("。涉案野生动物已由本局依法处置。\n")
    _officers(doc, g, "forest", None, "")
    _notice(doc, g, "林告", d_notice)
    times = r.randint(1, 3)
    doc.t("本局认为，当事人的上述行为违反了").k("law_title", "《中华人民共和国野生动物保护法》").k(
        "article", "第二十九条第一款"
    )
    doc.t("的规定。依据").k("law_title", "《中华人民共和国野生动物保护法》").k("article", "第五十二条第三款")
    doc.t(f"的规定，本局决定：\n1.没收查获的野生动物；\n2.处野生动物价值{CN_DIGITS[times]}倍的罚款，计")
    _yuan(doc, value * times).t("。\n")
    _pay(doc)
    _relief(doc, g)
    _foot(doc, agency, g, d_doc)


# ---- 水利 --------------------------------------------------------------------------------------


def w_sand(doc: Doc) -> None:
    """河道非法采砂 with a 挖砂船: the owner (or a company and its 现场负责人), two crew, lorry drivers
    who bought sand, the man who sold the boat."""
    r = doc.r
    g = _county(doc)
    d_boat, d_from, d_hit, d_notice, d_doc = _days(doc, 5, 260)
    agency = _agency(g, r.choice(["水利局", "水利局", "水务局"]))
    code = r.choice(["水罚", "水政罚字"])
    _head(doc, agency, "行政处罚决定书", _docno(doc, g, code, d_doc.year))
    company = r.random() < 0.3
    if company:
        co = g.county + r.choice(TRADE) + "砂石有限公司"
        rep = _company(doc, g, "当事人", co)
        boss = _person(doc, g, born=(1965, 1990), sex="男")
    else:
        boss = _person(doc, g, born=(1962, 1990), sex="男")
        _party(doc, boss)
    w1, w2 = _person(doc, g, born=(1960, 1998), sex="男"), _person(doc, g, born=(1960, 1998), sex="男")
    seller = _person(doc, g if r.random() < 0.6 else None, born=(1960, 1985), sex="男")
    b1 = _person(doc, g, born=(1968, 1995), sex="男")
    town, village = r.choice(TOWNS11), r.choice(VILLAGES11)
    sand = "江砂" if g.water.endswith("江") else "河砂"
    doc.t("\n")
    _d(doc, d_hit).t(f"{r.randint(0, 4)}时许，本局水政监察人员在").k("place", g.water + town[:-1] + "段").t(
        "巡查时，发现一艘无船名船号的钢质挖砂船正在河道管理范围内抽采"
    )
    _w(doc, sand, sand == "江砂").t(f"，岸边停放运砂车辆{r.randint(2, 5)}辆。船上作业人员").name(w1).t(
        "、"
    ).name(w2)
    doc.t(
        "不能出示河道采砂许可证，执法人员当场责令停止作业，并对挖砂船及抽砂设备予以扣押。\n经查，该挖砂船系"
    )
    if company:
        doc.t("当事人的现场负责人").name(boss).t("于")
    else:
        doc.t("当事人于")
    _d(doc, d_boat).t("以")
    _yuan(doc, r.randint(8, 40) * 10000).t("的价格从").k("place", seller.extra["county"].county).name(
        seller
    ).t("处购得。自")
    _d(doc, d_from).t("起，").name(boss).t("雇请").name(w1).t("、").name(w2).t("在该处夜间采砂，采出的")
    _w(doc, sand, sand == "江砂").t("堆放在").k("place", village + r.choice(GROUPS11)).t(
        f"旁的堆场，以每车{r.randint(3, 9) * 100}元的价格对外销售，购砂户"
    )
    doc.name(b1).t("驾驶号牌为").p("vehicle_plate", _plate(doc, g)).t(
        f"的自卸货车先后拉运{r.randint(4, 30)}车次。"
    )
    doc.name(w1).t("证实，每晚作业时由").name(boss).t("在岸上望风，发现执法车辆即通知停机。")
    volume = r.randint(300, 6000)
    income = volume * r.randint(20, 60)
    doc.t(f"\n经测量计算，当事人非法采砂约{volume}立方米，违法所得")
    _yuan(doc, income).t(
        "。以上事实有现场检查笔录、询问笔录、现场照片及视频、测量报告、销售记录等证据证实。\n"
    )
    if company:
        doc.t("当事人法定代表人").k("legal_rep", rep.name).t(
            "称对采砂事宜不知情，但承认挖砂船系以公司名义购买。\n"
        )
    _officers(doc, g, "water", None, "")
    _notice(doc, g, "水告" if code == "水罚" else "水政告字", d_notice, hearing=True)
    doc.t("本局认为，当事人的上述行为违反了").k("law_title", "《中华人民共和国水法》").k(
        "article", "第三十九条第一款"
    )
    doc.t("的规定。依据").k("law_title", "《中华人民共和国河道管理条例》").k(
        "article", "第四十四条第一款第（四）项"
    )
    doc.t("的规定，本局决定：\n1.责令立即停止违法行为；\n2.没收违法所得")
    _yuan(doc, income).t("；\n3.没收挖砂船1艘及抽砂设备；\n4.罚款")
    _yuan(doc, r.randint(2, 10) * 10000).t("。\n")
    _pay(doc)
    _relief(doc, g)
    _foot(doc, agency, g, d_doc)


# ---- 烟草 --------------------------------------------------------------------------------------


def _cig_list(doc: Doc, n: int, most: int = 25) -> tuple[int, int]:
    """Write 'brand（spec）N条、…'; return the number of cartons and their value at list prices."""
    r = doc.r
    count = total = 0
    for i, (brand, spec, term, price) in enumerate(r.sample(CIGS, n)):
        cartons = r.randint(1, most)
        count += cartons
        total += cartons * price
        doc.t("、" if i else "")
        _w(doc, brand, term).t(f"{spec}{cartons}条")
    return count, total


def y_tobacco_shop(doc: Doc) -> None:
    """无烟草专卖零售许可证经营卷烟, on a transfer from the 烟草专卖局: a village shop, the operator's
    wife in the shop, cigarettes found in the bedroom of the house behind it, the supplier's WeChat."""
    r = doc.r
    g = _county(doc)
    d_buy, d_check, d_move, d_notice, d_doc = _days(doc, 5, 160)
    agency = _agency(g, "市场监督管理局")
    code = r.choice(["市监罚", "市监处罚"])
    _head(doc, agency, "行政处罚决定书", _docno(doc, g, code, d_doc.year))
    op = _person(doc, g, born=(1958, 1990), urban=False)
    shop = g.county + r.choice(TOWNS11) + r.choice(GROCERIES)
    _business(doc, g, "当事人", shop, op)
    tob = _agency(g, "烟草专卖局")
    doc.t("\n")
    _d(doc, d_move).t("，本局依法对").k("agency_name", tob).t("移送（").k(
        "doc_number", _docno(doc, g, "烟移", d_move.year)
    )
    doc.t("）的当事人无烟草专卖零售许可证经营烟草制品零售业务一案立案调查。\n现查明：")
    _d(doc, d_check).t("，").k("agency_name", tob).t("执法人员对当事人经营场所进行检查，当事人的")
    rel = _spouse(op)
    kin = _kin(doc, op, rel)
    n1 = r.randint(3, 6)
    doc.t(rel).name(kin).t(f"在场。执法人员在店内收银台下方纸箱内查获卷烟{n1}个品种，计")
    value = _cig_list(doc, n1)[1]
    doc.t("；在当事人住宅（").p("address", op.address_detail).t("）的卧室衣柜内另查获")
    value += _cig_list(doc, r.randint(1, 2))[1]
    doc.t("。当事人不能提供烟草专卖零售许可证，").k("agency_name", tob).t("依法对上述卷烟先行登记保存。经")
    doc.k("org_name", (g.province or g.city) + "烟草质量监督检测站").t("鉴别检验，上述卷烟均为真品卷烟。\n")
    src = _person(doc, born=(1970, 1995), sex="男")
    doc.t("经询问，当事人称上述卷烟系其于")
    _d(doc, d_buy).t("从").k("place", src.extra["county"].county).t("一名叫").name(src)
    doc.t("的男子处购进，通过微信向").name(src).t("（微信号：").p("contact", _wechat(doc)).t("）转账支付货款")
    _yuan(doc, value).t("，准备在店内零售。").name(kin).t("证实上述卷烟由当事人负责进货，其仅帮忙看店。\n")
    _officers(doc, g, "market", None, "")
    _notice(doc, g, code.replace("罚", "告"), d_notice)
    income = value // r.randint(6, 12)
    doc.t("本局认为，当事人的上述行为违反了").k("law_title", "《中华人民共和国烟草专卖法》").k(
        "article", "第十六条"
    )
    doc.t("的规定。依据").k("law_title", "《中华人民共和国烟草专卖法》").k("article", "第三十二条")
    doc.t("的规定，本局决定：\n1.责令当事人停止经营烟草制品零售业务；\n2.没收违法所得")
    _yuan(doc, income).t("；\n3.罚款")
    _yuan(doc, r.randint(5, 50) * 100).t("。\n涉案卷烟移交").k("agency_name", tob).t("依法处理。\n")
    _pay(doc)
    _relief(doc, g)
    _foot(doc, agency, g, d_doc)


def y_tobacco_transport(doc: Doc) -> None:
    """无准运证运输卷烟 in a private car: the driver, a passenger relative, the registered owner,
    the man who asked him to carry them (with his mobile number)."""
    r = doc.r
    g = _county(doc)
    d_hit, d_talk, d_notice, d_doc = _days(doc, 4, 120)
    agency = _agency(g, "烟草专卖局")
    code = r.choice(["烟罚", "烟专罚字"])
    _head(
        doc, agency, r.choice(["烟草专卖行政处罚决定书", "行政处罚决定书"]), _docno(doc, g, code, d_doc.year)
    )
    drv = _person(doc, g, born=(1965, 1998), sex="男")
    _party(doc, drv, style=r.choice([0, 2, 3]))
    plate = _plate(doc, g)
    if r.random() < 0.5:
        doc.t("车辆号牌：").p("vehicle_plate", plate).t("\n")
    pax_rel = r.choice(["表弟", "妻子", "朋友"])
    pax = _kin(doc, drv, "妻子") if pax_rel == "妻子" else _person(doc, g, born=(1968, 2000), sex="男")
    owner_rel = r.choice(["妻子", "父亲", "哥哥"])
    owner = pax if owner_rel == "妻子" and pax_rel == "妻子" else _kin(doc, drv, owner_rel)
    client = _person(doc, born=(1965, 1990), sex="男")
    doc.t("\n")
    _d(doc, d_hit).t(f"{r.randint(8, 23)}时许，本局执法人员会同").k(
        "agency_name", _police(g) + "交通警察大队"
    )
    doc.t("在").k("place", f"G{r.choice([105, 207, 318, 320, 353, 234])}国道" + r.choice(TOWNS11) + "路段")
    doc.t("对一辆号牌为").p("vehicle_plate", plate).t(
        f"的{r.choice(['小型轿车', '小型普通客车', '小型越野客车'])}进行检查，驾驶人为当事人"
    )
    doc.name(drv).t("，副驾驶座乘车人为").name(pax).t(
        f"（当事人的{pax_rel}）。执法人员在该车后备箱及后排座位下查获卷烟"
    )
    n_total, value = _cig_list(doc, r.randint(3, 6), most=80)
    doc.t(f"，共计{n_total}条。当事人不能提供烟草专卖品准运证，本局依法对涉案卷烟先行登记保存（")
    doc.k("doc_number", _docno(doc, g, "烟存", d_hit.year)).t("）。\n经查，该车登记所有人为").name(owner)
    doc.t(f"（当事人的{owner_rel}），当事人称借用该车回老家。上述卷烟系当事人受").name(client).t("委托，从")
    doc.k("place", r.choice(COUNTIES).city).t("运往").k("place", g.county + r.choice(TOWNS11)).t(
        f"，约定每条运费{r.randint(3, 10)}元，"
    )
    doc.name(client).t("的联系电话为").phone(person=client).t("。")
    _d(doc, d_talk).t("，").name(client).t("经本局通知到场接受询问，承认委托当事人运输的事实，称卷烟系其")
    doc.t(
        r.choice(["侄子", "儿子", "外甥"])
        + "结婚酒席用烟。经本局涉案烟草专卖品价格管理小组核价，涉案卷烟价值"
    )
    _yuan(doc, value).t("。\n")
    _officers(doc, g, "tobacco", d_talk, "对当事人及相关人员进行了询问。")
    _notice(doc, g, code.replace("罚", "告"), d_notice, hearing=True)
    pct = r.choice([10, 15, 20])
    doc.t("本局认为，当事人无烟草专卖品准运证运输烟草专卖品的行为，违反了").k(
        "law_title", "《中华人民共和国烟草专卖法》"
    )
    doc.k("article", "第二十一条").t("的规定。依据").k("law_title", "《中华人民共和国烟草专卖法》").k(
        "article", "第三十条"
    )
    doc.t(f"的规定，本局决定：\n1.处违法运输的烟草专卖品价值百分之{PERCENT_CN[pct]}的罚款，计")
    _yuan(doc, value * pct // 100).t("；\n2.按照国家规定的价格收购违法运输的卷烟。\n")
    _pay(doc)
    _relief(doc, g)
    _foot(doc, agency, g, d_doc)


# ---- 医疗保障 ----------------------------------------------------------------------------------


def _insured(doc: Doc, p: Person) -> Doc:
    """An insured person's card: the social security card number, or the 社会保障号码 (the ID)."""
    if doc.r.random() < 0.6:
        return doc.t("（社会保障卡卡号：").p("other_id", _social_card(doc)).t("）")
    return doc.t("（社会保障号码：").idn(p).t("）")


def m_pharmacy(doc: Doc) -> None:
    """A 定点零售药店 swiping insured persons' cards for daily goods entered as medicines; the
    insured persons named with their card numbers, the clerk, a son using his mother's card."""
    r = doc.r
    g = _county(doc)
    d_from, d_to, d_case, d_notice, d_doc = _days(doc, 5, 420)
    agency = _agency(g, "医疗保障局")
    docno = (
        f"{_seat(g)}医保处罚字〔{d_doc.year}〕第{r.randint(1, 240)}号"
        if r.random() < 0.5
        else _docno(doc, g, "医保罚", d_doc.year)
    )
    _head(doc, agency, "行政处罚决定书", docno)
    chain = r.random() < 0.5
    if chain:
        name = g.city + r.choice(TRADE) + "大药房连锁有限公司" + r.choice(TOWNS11)[:-1] + "店"
        rep = _company(doc, g, "当事人（名称）", name, head="主要负责人")
        clerk = _person(doc, g, born=(1975, 2002), sex="女")
        clerk_word = "店员"
        boss = None
    else:
        boss = _person(doc, g, born=(1965, 1992))
        name = g.county + r.choice(TRADE) + "大药房"
        _business(doc, g, "当事人（名称）", name, boss)
        if r.random() < 0.4:
            clerk_word = "经营者的" + _spouse(boss)
            clerk = _kin(doc, boss, _spouse(boss))
        else:
            clerk_word = "店员"
            clerk = _person(doc, g, born=(1975, 2002), sex="女")
        rep = None
    doc.t("药品经营许可证编号：").k(
        "permit_number", f"{PROV_SHORT[g.province or g.city]}{r.choice('AB')}{_digits(doc, 7)}"
    )
    doc.t("\n\n本局于")
    _d(doc, d_case).t("根据医保智能监控系统疑点数据，对当事人")
    _d(doc, d_from).t("至")
    _d(doc, d_to).t(
        "期间医疗保障基金使用情况进行检查，现查明当事人存在以下违法事实：\n一、串换药品。当事人在为参保人员刷卡结算时，将实际销售的"
    )
    goods = r.sample(PHARMACY_GOODS, 3)
    doc.t(
        "、".join(goods)
        + "等非医保支付范围的生活用品，串换为"
        + r.choice(DRUGS)
        + "等医保目录内药品进行结算。"
    )
    people = [_person(doc, g, born=(1940, 1975)) for _ in range(r.randint(2, 3))]
    n_people = r.randint(len(people) + 5, 60)
    doc.t(f"经核查，涉及参保人员{n_people}人、{n_people * r.randint(2, 6)}人次。其中：参保人员")
    loss = 0
    for i, ins in enumerate(people):
        doc.t("；" if i else "").name(ins)
        _insured(doc, ins)
        v = round(r.uniform(80, 900), 2)
        loss += v
        doc.t("于")
        _d(doc, d_from + timedelta(days=r.randint(1, max(2, (d_to - d_from).days)))).t(
            f"刷卡{v:.2f}元，实际取得{r.choice(goods)}"
        )
    doc.t("。\n二、为非参保本人刷卡。")
    son = _person(doc, g, born=(1975, 1995), sex="男")
    mother = _person(
        doc, g, born=(1935, 1958), sex="女", surname=son.extra["share"] if r.random() < 0.2 else None
    )
    doc.name(son).t("持其母亲").name(mother).t("的社会保障卡在当事人处购药，")
    doc.t(clerk_word).name(clerk).t("未核验身份即予以结算。\n")
    doc.name(clerk).t("在询问中陈述，")
    if chain:
        doc.t("系店长安排其对来店顾客“能刷医保就刷医保”，串换的商品名称由店长每月汇总上报。")
    else:
        doc.t("系经营者").name(boss).t("交代其将生活用品按药品录入结算系统。")
    doc.t("参保人员").name(people[0]).t("陈述，店员告诉其医保卡里的钱“年底会清零”，可以买")
    doc.t(goods[0] + "。\n")
    total = round(loss * r.randint(8, 20), 2)
    doc.t("以上共造成医疗保障基金损失")
    _yuan(doc, total).t(
        "。上述事实有现场检查笔录、询问笔录、医保结算明细、进销存台账、参保人员确认书等证据证明。\n"
    )
    _officers(doc, g, "medical", None, "")
    _notice(doc, g, "医保告", d_notice, hearing=True)
    times = r.choice([2, 3])
    doc.t("本局认为，当事人的上述行为违反了").k("law_title", "《医疗保障基金使用监督管理条例》").k(
        "article", "第十五条"
    )
    doc.t("的规定，属于通过串换药品、物品骗取医疗保障基金支出的行为。依据")
    doc.k("law_title", "《医疗保障基金使用监督管理条例》").k("article", "第四十条第一款第（四）项")
    doc.t("的规定，本局决定：\n1.责令当事人退回医疗保障基金")
    _yuan(doc, total).t(f"；\n2.处骗取金额{CN_DIGITS[times]}倍的罚款，计")
    _yuan(doc, round(total * times, 2)).t("。\n")
    if rep is not None and r.random() < 0.5:
        doc.t("当事人主要负责人").k("legal_rep", rep.name).t("已对上述违法事实签字确认。")
    doc.t("对参保人员的违法行为，本局另行处理。\n")
    _pay(doc)
    _relief(doc, g)
    _foot(doc, agency, g, d_doc)


def m_insured(doc: Doc) -> None:
    """An insured person who lent her card to a neighbour (who resold the medicines), or who had
    a traffic-accident stay paid by the insurance after the other driver paid; her son named."""
    r = doc.r
    g = _county(doc)
    d_from, d_to, d_case, d_notice, d_doc = _days(doc, 5, 420)
    agency = _agency(g, "医疗保障局")
    _head(doc, agency, "行政处罚决定书", _docno(doc, g, "医保罚", d_doc.year))
    party = _person(doc, g, born=(1945, 1975))
    _party(doc, party)
    doc.t("社会保障卡卡号：").p("other_id", _social_card(doc)).t("\n\n")
    hospital = _seat(g) + r.choice(HOSPITALS)
    lend = r.random() < 0.5
    if lend:
        nb = _person(doc, g, born=(1950, 1985))
        reseller = _person(doc, born=(1970, 1992))
        shop = r.choice(TOWNS11) + r.choice(["药品回收店", "烟酒商行", "便民诊所"])
        paid = round(r.uniform(3000, 40000), 2)
        doc.t("经查，当事人系").k("place", _seat(g)).t("城乡居民基本医疗保险参保人员，享受门诊慢特病待遇。")
        _d(doc, d_from).t("至")
        _d(doc, d_to).t("期间，当事人将本人社会保障卡交由其邻居").name(nb).t("使用，").name(nb).t("持该卡在")
        doc.k("org_name", hospital).t(
            f"门诊以当事人名义开具{r.choice(DRUGS)}等药品{r.randint(6, 40)}次，医保基金支付"
        )
        _yuan(doc, paid).t("。").name(nb).t("将所购药品以原价三至五折转卖给").k("org_name", shop).t(
            "经营者"
        ).name(reseller)
        doc.t(f"，获利{r.randint(10, 90) * 100}元，并按每次{r.randint(5, 20) * 10}元给予当事人“好处费”。\n")
        doc.t("当事人陈述，其知道").name(nb).t("用其卡开药，但认为“卡里的钱不用也浪费”。")
        doc.name(reseller).t("承认收购过上述药品。\n")
        law_art = "第十七条第二款"
        basis = "第四十一条第一款第（一）项和第二款"
    else:
        other = _person(doc, born=(1968, 1998))
        son = _kin(doc, party, "儿子")
        paid = round(r.uniform(8000, 60000), 2)
        doc.t("经查，当事人于")
        _d(doc, d_from).t("驾驶电动自行车与").name(other).t("驾驶的号牌为").p("vehicle_plate", _plate(doc, g))
        doc.t("的小型轿车发生碰撞受伤，在").k("org_name", hospital).t("住院治疗。经交警部门认定，").name(
            other
        ).t("负事故全部责任。")
        doc.t("当事人在已获得").name(other).t("赔偿医疗费")
        _yuan(doc, r.randint(20, 80) * 1000).t("的情况下，于")
        _d(doc, d_to).t("隐瞒第三方责任，以“在家中自行摔伤”为由申请医保报销，由其儿子").name(son).t(
            "办理结算手续，医保基金支付"
        )
        _yuan(doc, paid).t("。\n").name(son).t("陈述，外伤报备表系其按照当事人的意思填写。\n")
        law_art = "第十九条第二款"
        basis = "第四十一条第二款"
    _officers(doc, g, "medical", d_case, "对当事人进行了询问。")
    _notice(doc, g, "医保告", d_notice)
    times = r.choice([2, 3])
    doc.t("本局认为，当事人的上述行为违反了").k("law_title", "《医疗保障基金使用监督管理条例》").k(
        "article", law_art
    )
    doc.t("的规定。依据").k("law_title", "《医疗保障基金使用监督管理条例》").k("article", basis)
    doc.t("的规定，本局决定：\n1.责令当事人退回医疗保障基金")
    _yuan(doc, paid).t(
        f"；\n2.暂停当事人医疗费用联网结算{r.choice([3, 6, 12])}个月；\n3.处骗取金额{CN_DIGITS[times]}倍的罚款，计"
    )
    _yuan(doc, round(paid * times, 2)).t("。\n")
    _pay(doc)
    _relief(doc, g)
    _foot(doc, agency, g, d_doc)


# ---- 公安 --------------------------------------------------------------------------------------


def p_fight(doc: Doc) -> None:
    """治安管理处罚决定书 for 殴打他人: the offender's block (户籍所在地 and 现住址), an accomplice dealt
    with separately, the victim, witnesses, the family told; a neighbours' quarrel outside the
    victim's house, or a fight at a barbecue stall."""
    r = doc.r
    g = _county(doc)
    d_fact, d_doc = _days(doc, 2, 40)
    agency = _police(g)
    docno = f"{_abbr(doc, g)}公（治）行罚决字〔{d_doc.year}〕{r.randint(10000, 999999)}号"
    _head(doc, agency, "行政处罚决定书", docno)
    off = _person(doc, g, born=(1965, 2003), sex="男" if r.random() < 0.85 else "女")
    unit_kind = r.random()
    doc.t("违法行为人").name(off).t(
        f"，性别{off.gender}，{_age(doc, off)}岁，出生日期{_birth(off)}，身份证件种类及号码：居民身份证 "
    )
    doc.idn(off).t("，户籍所在地")
    _addr(doc, off, "full").t("，现住址")
    if r.random() < 0.5:
        doc.t("同户籍所在地")
    else:
        doc.t(g.county).p("address", _urban(doc))
    doc.t("，工作单位")
    if unit_kind < 0.4:
        doc.t("无")
    elif unit_kind < 0.7:
        doc.k(
            "org_name", g.county + r.choice(TRADE) + r.choice(["物流有限公司", "建材有限公司", "汽车维修厂"])
        )
    else:
        doc.t("个体经营")
    doc.t("，违法经历：无。\n\n现查明：")
    neighbours = r.random() < 0.5
    if neighbours:
        victim = _person(doc, g, born=(1938, d_fact.year - 61), sex="男", urban=False)
        vwife = _kin(doc, victim, "妻子")
        w1, w2 = _person(doc, g, born=(1955, 1990)), _person(doc, g, born=(1955, 1990))
        _d(doc, d_fact).t(f"{r.randint(7, 19)}时许，违法行为人").name(off).t("因宅基地排水沟问题与邻居").name(
            victim
        )
        doc.t("在").name(victim).t("位于").p("address", victim.address_detail).t(
            "的家门口发生争吵。争吵中，"
        ).name(off)
        doc.t("用手推搡").name(victim).t("致其倒地，并用锄头柄击打其背部两下，").name(victim).t("之妻").name(
            vwife
        )
        doc.t("上前拉扯时被抓伤面部。村民").name(w1).t("、").name(w2).t("上前劝阻后报警。经鉴定，").name(
            victim
        )
        doc.t(f"的损伤程度为轻微伤，被侵害人年满六十周岁（{_age(doc, victim)}岁）。\n")
        proofs = [victim, vwife, w1, w2]
        clause, days_, fine = "第四十三条第二款第（二）项", r.randint(10, 15), r.choice([500, 600, 800, 1000])
    else:
        stall = r.choice(BBQ)
        mate = _person(doc, g, born=(1975, 2003), sex="男")
        victim = _person(doc, born=(1970, 2003), sex="男")
        owner = _person(doc, g, born=(1965, 1992))
        waiter = _person(doc, g, born=(1985, 2004), sex="女")
        _d(doc, d_fact).t(f"{r.randint(21, 23)}时许，违法行为人").name(off).t("与").name(mate).t("在").k(
            "place", r.choice(SEATS11) + r.choice(ROADS11)
        )
        doc.t("“").k("org_name", stall).t("”吃夜宵时，因").t(
            r.choice(["倒酒溅到对方衣服", "邻桌大声喧哗", "争抢座位"])
        )
        doc.t("与邻桌的").name(victim).t("发生争执，随后").name(off).t("用拳头击打").name(victim).t(
            f"面部{r.randint(2, 5)}拳，"
        )
        doc.name(mate).t("用塑料凳砸向").name(victim).t("背部（").name(mate).t("另案处理）。店主").name(
            owner
        ).t("及店员")
        doc.name(waiter).t("上前劝阻，").name(waiter).t("报警。经鉴定，").name(victim).t(
            "的损伤程度为轻微伤。\n"
        )
        proofs = [victim, owner, waiter]
        clause, days_, fine = "第四十三条第二款第（一）项", r.randint(10, 15), r.choice([500, 800, 1000])
    if r.random() < 0.4:
        clause, days_, fine = "第四十三条第一款", r.randint(5, 10), r.choice([200, 300, 500])
    doc.t("以上事实有违法行为人").name(off).t("的陈述和申辩，被侵害人").name(proofs[0]).t("的陈述，")
    doc.t("证人")
    for i, p in enumerate(proofs[1:]):
        doc.t("、" if i else "").name(p)
    doc.t("的证言，现场视频监控，鉴定意见书等证据证实。\n")
    doc.t("根据").k("law_title", "《中华人民共和国治安管理处罚法》").k("article", clause)
    doc.t("之规定，现决定对违法行为人").name(off).t(f"行政拘留{days_}日，并处罚款")
    doc.k("amount", r.choice([f"{fine}元", f"人民币{fine}元"])).t("。\n")
    doc.t("执行方式和期限：行政拘留处罚由").k("agency_name", _seat(g) + "拘留所").t(
        "执行；罚款于收到本决定书之日起十五日内缴至"
    )
    doc.t(
        r.choice(BANKS[:4])
        + "，逾期不交纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款总额不超过罚款本数。\n"
    )
    if r.random() < 0.7:
        rel = r.choice([_spouse(off), "父亲", "母亲"])
        kin = _kin(doc, off, rel)
        doc.t("本局已于")
        _d(doc, d_doc).t(f"将处罚决定通知被处罚人的{rel}").name(kin).t("（联系电话：").phone(person=kin).t(
            "）。\n"
        )
    doc.t("被处罚人如不服本决定，可以在收到本决定书之日起六十日内向").k("agency_name", _agency(g, "人民政府"))
    doc.t("申请行政复议或者在六个月内依法向").k("agency_name", _agency(g, "人民法院")).t("提起行政诉讼。\n")
    doc.t("附：没收违法所得、非法财物清单 无\n本决定书一式三份，被处罚人和执行单位各一份，一份附卷。\n")
    doc.t("\n").k("agency_name", agency).t("（印）\n")
    _d(doc, d_doc).t("\n")


# ---- 税务 --------------------------------------------------------------------------------------


def t_tax(doc: Doc) -> None:
    """税务: a 简易 penalty for a late return (the taxpayer's number is the ID number), or an
    ordinary one for undeclared rent (the house, its certificate, the tenant, the bank account)."""
    r = doc.r
    g = _county(doc)
    d_from, d_to, d_order, d_pay, d_doc = _days(doc, 5, 420)
    agency = "国家税务总局" + _seat(g) + "税务局"
    party = _person(doc, g, born=(1955, 1995))
    if r.random() < 0.5:
        _head(doc, agency, "税务行政处罚决定书（简易）", _docno(doc, g, "税简罚", d_doc.year))
        doc.t("被处罚人名称：").name(party).t("\n统一社会信用代码（纳税人识别号）：").idn(party).t("\n地址：")
        _addr(doc, party, "full").t("\n违法事实及处罚依据：你（单位）")
        _d(doc, d_from).t("至")
        _d(doc, d_to).t(r.choice(["的个人所得税（经营所得）", "的增值税", "的房产税"]))
        doc.t("未按照规定期限办理纳税申报，违反了").k("law_title", "《中华人民共和国税收征收管理法》")
        doc.k("article", "第二十五条第一款").t("的规定。依据").k(
            "law_title", "《中华人民共和国税收征收管理法》"
        )
        doc.k("article", "第六十二条").t("的规定，决定对你（单位）处以")
        doc.k("amount", f"{r.choice([50, 100, 150, 200])}元").t(
            "罚款。\n罚款缴纳时间和方式：限你（单位）自本决定书送达之日起十五日内到"
        )
        doc.k("agency_name", agency).t("办税服务厅或者通过电子税务局缴纳入库。到期不缴纳罚款，我局可根据")
        doc.k("law_title", "《中华人民共和国行政处罚法》").k("article", "第七十二条第一款第（一）项")
        doc.t(
            "规定，每日按罚款数额的3%加处罚款。\n陈述申辩情况：执法人员已告知你（单位）享有陈述、申辩的权利，你（单位）"
        )
        doc.t(r.choice(["未提出陈述、申辩。", "提出陈述、申辩称因外出务工忘记申报，未提供证据。"]) + "\n")
        doc.t("如对本决定不服，可以自收到本决定书之日起六十日内依法向").k(
            "agency_name", "国家税务总局" + g.city + "税务局"
        )
        doc.t("申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院起诉。\n税务执法人员：")
        for i in range(2):
            o = _person(doc, g, born=(1970, 1998))
            doc.t("    " if i else "").k("officer_name", o.name).t("（执法证件号：").k(
                "officer_cert", _cert(doc, g, "tax")
            ).t("）")
        doc.t("\n签收情况：本人已收到税务行政处罚决定书（简易）。\n被处罚人签名：").name(party).t("    ")
        _d(doc, d_doc).t("\n\n").k("agency_name", agency).t("（印章）\n")
        _d(doc, d_doc).t("\n")
        return
    _head(doc, agency, "税务行政处罚决定书", _docno(doc, g, "税罚", d_doc.year))
    doc.t("当事人：").name(party).t("\n纳税人识别号：").idn(party).t("\n住址：")
    _addr(doc, party).t("\n联系电话：").phone(person=party).t("\n\n")
    house = _rural(doc) if r.random() < 0.3 else _urban(doc)
    use = r.choice(["开设餐馆", "仓储", "开设便利店", "居住及办公"])
    doc.t("经查，当事人将其名下位于").t(g.county).p("address", house).t("的房屋（不动产权证号：")
    doc.p("property_certificate", _house_cert(doc, g)).t("）出租给")
    if r.random() < 0.5:
        doc.k(
            "org_name",
            g.county + r.choice(TRADE) + r.choice(["餐饮管理有限公司", "商贸有限公司", "物流有限公司"]),
        )
    else:
        doc.name(_person(doc, born=(1970, 1995)))
    rent = r.randint(15, 80) * 100
    months = (d_to.year - d_from.year) * 12 + d_to.month - d_from.month + 1
    doc.t(f"用于{use}，租期自")
    _d(doc, d_from).t("至")
    _d(doc, d_to).t(f"，月租金{rent}元，租金按季通过银行转入当事人账户（账号：").bank().t("）。")
    tax = int(rent * months * r.uniform(0.05, 0.12))
    doc.t("当事人未按规定申报缴纳上述租金收入涉及的房产税、个人所得税等税费，共计少缴税款")
    _yuan(doc, tax).t("。本局于")
    _d(doc, d_order).t("向当事人送达《责令限期改正通知书》（").k(
        "doc_number", _docno(doc, g, "税限改", d_order.year)
    ).t("），当事人于")
    _d(doc, d_pay).t("补缴了上述税款及滞纳金。")
    if r.random() < 0.5:
        wife = _kin(doc, party, _spouse(party))
        doc.t("当事人的" + _spouse(party)).name(wife).t("称租金由其收取，不清楚需要申报纳税。")
    doc.t("\n")
    o1 = _officers(doc, g, "tax", None, "")[0]
    doc.t("本局认为，当事人的上述行为违反了").k("law_title", "《中华人民共和国税收征收管理法》").k(
        "article", "第二十五条第一款"
    )
    doc.t("的规定，属于不进行纳税申报，不缴应纳税款。依据").k("law_title", "《中华人民共和国税收征收管理法》")
    doc.k("article", "第六十四条第二款").t("的规定，决定对当事人少缴的税款")
    _yuan(doc, tax).t("处百分之五十的罚款，计")
    _yuan(doc, tax // 2).t(
        "。\n限你自本决定书送达之日起十五日内到本局办税服务厅缴纳入库。到期不缴纳罚款，本局可根据"
    )
    doc.k("law_title", "《中华人民共和国行政处罚法》").k("article", "第七十二条第一款第（一）项").t(
        "规定，每日按罚款数额的3%加处罚款。\n"
    )
    doc.t("如对本决定不服，可以自收到本决定书之日起六十日内依法向").k(
        "agency_name", "国家税务总局" + g.city + "税务局"
    )
    doc.t("申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院起诉。\n")
    _foot(doc, agency, g, d_doc, contact=o1 if r.random() < 0.4 else None)


# ---- 行政复议 ----------------------------------------------------------------------------------


def r_review(doc: Doc) -> None:
    """行政复议决定书: 申请人 a villager (with a lawyer or a son as agent), 被申请人 the police or the
    forestry bureau with its head, 第三人 the victim or the holder of the forest right; 申请人称 /
    被申请人称 / 第三人称 / 经审理查明 / 本机关认为, upheld or quashed."""
    r = doc.r
    g = _county(doc)
    d_fact, d_decision, d_apply, d_doc = _days(doc, 4, 200)
    gov = _agency(g, "人民政府")
    _head(doc, gov, "行政复议决定书", _docno(doc, g, "府行复", d_doc.year))
    police = r.random() < 0.5
    app = _person(doc, g, born=(1955, 1990), sex="男", urban=False)
    third = _person(doc, g, born=(1950, 1985), sex="女" if police else "男", urban=False)
    doc.t("申请人：").name(app).t(f"，{app.gender}，{_birth(app, day=False)}出生，{app.extra['eth']}，住")
    _addr(doc, app, r.choice(["county", "full"])).t("。\n")
    lawyer = r.random() < 0.5
    if lawyer:
        agent = _person(doc, born=(1975, 1995))
        firm = g.city + r.choice(["楚天", "正和", "明德", "金平", "德衡", "瑞林"]) + "律师事务所"
        doc.t("委托代理人：").name(agent).t("，").k("org_name", firm).t("律师。\n")
    else:
        agent = _kin(doc, app, "儿子")
        doc.t("委托代理人：").name(agent).t(f"，{agent.gender}，系申请人之子，住址同申请人。\n")
    respondent = _police(g) if police else _agency(g, "林业局")
    chief = _person(doc, g, born=(1965, 1980))
    if r.random() < 1 / 3:
        doc.keep.append(chief.name)
    doc.t("被申请人：").k("agency_name", respondent).t("，住所地").k(
        "agency_address", _agency_address(doc, g)
    ).t("。\n")
    doc.t("法定代表人：").k("legal_rep", chief.name).t("，局长。\n第三人：").name(third)
    doc.t(f"，{third.gender}，{_birth(third, day=False)}出生，住")
    _addr(doc, third, "county").t("。\n")
    orig = _docno(doc, g, "公（治）行罚决字" if police else "林罚决字", d_decision.year)
    doc.t("\n申请人不服被申请人于")
    _d(doc, d_decision).t("作出的").k("doc_number", orig).t("《行政处罚决定书》，于")
    _d(doc, d_apply).t("向本机关申请行政复议，本机关依法予以受理，通知").name(third).t(
        "作为第三人参加行政复议，"
    )
    doc.t("适用普通程序审理，现已审查终结。\n申请人请求：撤销被申请人作出的").k("doc_number", orig).t(
        "《行政处罚决定书》。\n"
    )
    if police:
        husband = _kin(doc, third, "丈夫")
        witness = _person(doc, g, born=(1955, 1990))
        station = r.choice(TOWNS11)[:-1] + "派出所"
        doc.t("申请人称：")
        _d(doc, d_fact).t("，申请人在自家屋后清理排水沟时，第三人").name(third).t("及其丈夫").name(husband)
        doc.t("上前阻拦并辱骂申请人，").name(husband).t(
            "先动手推搡申请人，申请人只是为了自卫才推开第三人，并未殴打第三人。"
        )
        doc.t("被申请人仅凭第三人及其亲属的陈述认定申请人殴打他人，事实不清，证据不足。\n")
        doc.t("被申请人称：")
        _d(doc, d_fact).t(f"{r.randint(8, 19)}时许，被申请人所属").k("agency_name", station).t(
            "接第三人报警后出警。经调查，"
        )
        doc.t(
            "申请人与第三人因排水沟问题发生争执，申请人用手推搡第三人致其倒地，造成第三人左腕部软组织挫伤。证人"
        )
        doc.name(witness).t("的证言与第三人的陈述相互印证。被申请人依据").k(
            "law_title", "《中华人民共和国治安管理处罚法》"
        )
        doc.k("article", "第四十三条第一款").t(f"的规定，对申请人处以行政拘留{r.randint(3, 7)}日并处罚款")
        doc.k("amount", f"{r.choice([200, 300, 500])}元").t("，认定事实清楚，程序合法，请求予以维持。\n")
        doc.t("第三人称：申请人长期将生活污水排至第三人家门口，当天系申请人先动手，").name(husband).t(
            "没有推搡申请人。\n"
        )
        doc.t("经审理查明：申请人与第三人系邻居。")
        _d(doc, d_fact).t("，双方因排水沟问题在第三人位于").p("address", third.address_detail).t(
            "的房屋旁发生争执，"
        )
        doc.t("申请人推搡第三人致其倒地受伤。上述事实有申请人、第三人、").name(husband).t(
            "的陈述，证人"
        ).name(witness)
        doc.t("的证言，伤情鉴定意见书及现场照片等证据证明。\n本机关认为：根据").k(
            "law_title", "《中华人民共和国治安管理处罚法》"
        )
        doc.k("article", "第七条第一款").t(
            "的规定，被申请人具有对本行政区域内的治安案件作出处理的法定职责。本案中，申请人称其系自卫，"
        )
        doc.t("但未提供证据证明，且其陈述与证人").name(witness).t(
            "的证言不符，本机关不予采纳。被申请人作出的处罚决定认定事实清楚，"
        )
        doc.t("证据确凿，适用依据正确，程序合法，内容适当。\n综上，根据").k(
            "law_title", "《中华人民共和国行政复议法》"
        )
        doc.k("article", "第六十八条").t("之规定，本机关决定：维持被申请人作出的").k("doc_number", orig).t(
            "《行政处罚决定书》。\n"
        )
    else:
        town, village = r.choice(TOWNS11), r.choice(VILLAGES11)
        head = _person(doc, g, born=(1960, 1985))
        doc.t("申请人称：被申请人认定申请人在").k("place", town + village).t("小地名“").k(
            "place", r.choice(XIAODIMING)
        )
        doc.t("”滥伐").k("term", "林木").t("，但该片山林系申请人与第三人").name(third).t(
            "于二〇一二年互换所得，申请人采伐的是自家"
        )
        doc.t("责任山上的树木，且已口头申请采伐证。被申请人未查清林权归属即作出处罚，认定事实不清。\n")
        doc.t("被申请人称：经现场勘验，申请人采伐的").k("term", "林地").t("在林权证（证号：").p(
            "property_certificate", _forest_cert(doc, g)
        )
        doc.t("）上登记的权利人为第三人，申请人未办理林木采伐许可证即采伐，违法事实清楚，处罚适当。\n")
        doc.t("第三人称：互换山林一事属实，但只是口头约定，没有签订书面协议。\n经审理查明：")
        doc.k("org_name", village[:-1] + "村民委员会").t("主任").name(head).t(
            "出具证明，证实申请人与第三人曾互换山林并在村里登记备案。"
        )
        doc.t("被申请人在调查中未对林权变动情况进行核实，也未询问").name(head).t(
            "。\n本机关认为：被申请人作出的处罚决定对涉案"
        )
        doc.k("term", "林地").t("的实际经营权人认定不清，主要事实不清、证据不足。根据").k(
            "law_title", "《中华人民共和国行政复议法》"
        )
        doc.k("article", "第六十四条第一款第（一）项").t("之规定，本机关决定：\n一、撤销被申请人作出的").k(
            "doc_number", orig
        )
        doc.t("《行政处罚决定书》；\n二、责令被申请人自收到本决定书之日起六十日内重新作出行政行为。\n")
    doc.t("申请人、第三人如不服本决定，可以自收到本决定书之日起十五日内依法向").k(
        "agency_name", _agency(g, "人民法院")
    )
    doc.t("提起行政诉讼。\n\n").k("agency_name", gov).t("\n")
    _d(doc, d_doc).t("\n")


# ---- 行政强制 ----------------------------------------------------------------------------------

_ENFORCERS = [("水利局", "水", "water"), ("林业局", "林", "forest"), (_AGRI, "农", "agri"),
              ("自然资源局", "自然资", "agri")]  # fmt: skip


def e_reminder(doc: Doc) -> None:
    """催告书 before applying to a court, with its 送达回证: served on the party, left with a
    relative, or left at the house before a witness."""
    r = doc.r
    g = _county(doc)
    (d_pen,) = _days(doc, 1, 300)
    d_served = d_pen + timedelta(days=r.randint(2, 9))
    d_due = d_served + timedelta(days=16)
    d_doc = d_due + timedelta(days=r.randint(30, 200))
    doc.w.h11_today = d_doc
    suffix, code, domain = r.choice(_ENFORCERS)
    agency = _agency(g, suffix)
    docno = _docno(doc, g, code + "催", d_doc.year)
    _head(doc, agency, r.choice(["催告书", "履行行政处罚决定催告书"]), docno)
    p = _person(doc, g, born=(1955, 1992), urban=False)
    home_village = r.choice(VILLAGES11)
    p.address_detail = _rural(doc, village=home_village)
    fine = r.randint(2, 60) * 1000
    extra = min(fine, fine * 3 // 100 * max(1, (d_doc - d_due).days))
    doc.name(p).t("（身份证号码：").idn(p).t("）：\n")
    orig = _docno(doc, g, code + "罚", d_pen.year)
    what = {"water": "未经许可在河道管理范围内采砂", "forest": "滥伐林木", "agri": "非法占用耕地建房"}[domain]
    if suffix == _AGRI:
        what = "使用禁用的方法进行捕捞"
    doc.t("    本机关于")
    _d(doc, d_pen).t("对你作出").k("doc_number", orig).t(
        f"《行政处罚决定书》，认定你{what}，决定对你处以罚款"
    )
    _yuan(doc, fine).t("。该决定书已于")
    _d(doc, d_served)
    serve = r.randint(0, 2)
    kin = None
    if serve == 0:
        doc.t("直接送达你本人。")
    elif serve == 1:
        rel = r.choice([_spouse(p), "母亲", "儿子"])
        kin = _kin(doc, p, rel)
        doc.t(f"由你的{rel}").name(kin).t("代为签收。")
    else:
        doc.t("通过中国邮政EMS邮寄送达你的住所地（").t(p.extra["county"].county).p(
            "address", p.address_detail
        ).t("）。")
    doc.t("你在法定期限内未申请行政复议或者提起行政诉讼，至今仍未缴纳罚款。依据")
    doc.k("law_title", "《中华人民共和国行政处罚法》").k("article", "第七十二条第一款第（一）项").t(
        "的规定，自"
    )
    _d(doc, d_due).t(
        "起，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款数额，截至本催告书作出之日已加处罚款"
    )
    _yuan(doc, extra).t("。\n    根据").k("law_title", "《中华人民共和国行政强制法》").k(
        "article", "第三十五条"
    ).t("、")
    doc.k("article", "第四十五条").t("、").k("article", "第五十四条").t(
        "的规定，现催告你自收到本催告书之日起十日内履行下列义务：\n"
    )
    doc.t("1.缴纳罚款")
    _yuan(doc, fine).t("；\n2.缴纳加处罚款")
    _yuan(doc, extra).t("。\n    缴款方式：持本催告书到" + r.choice(BANKS[:4]) + "任一网点缴纳，或者通过“")
    doc.t(
        (g.province or g.city)
        + "非税收入缴款”平台缴纳。\n    你有权进行陈述和申辩。收到本催告书后，如有陈述、申辩意见，"
    )
    doc.t("应当在三日内向本机关提出。逾期仍不履行义务且无正当理由的，本机关将依法申请").k(
        "agency_name", _agency(g, "人民法院")
    )
    doc.t("强制执行。\n")
    o1, o2 = _person(doc, g, born=(1970, 1998)), _person(doc, g, born=(1970, 1998))
    doc.t("    联系人：").k("officer_name", o1.name).t("  联系电话：").k("agency_phone", _contact(doc, g)).t(
        "\n\n"
    )
    doc.k("agency_name", agency).t("（印章）\n")
    _d(doc, d_doc).t("\n\n送达回证\n送达文书：《催告书》（").k("doc_number", docno).t("）\n受送达人：").name(
        p
    ).t("\n送达地点：")
    doc.t(p.extra["county"].county).p("address", p.address_detail).t("\n")
    handed = r.randint(0, 2)
    if handed == 0:
        doc.t("送达方式：直接送达\n受送达人签名：").name(p).t("\n")
    elif handed == 1:
        rel = r.choice([_spouse(p), "父亲", "女儿"])
        kin2 = kin if kin is not None and r.random() < 0.5 else _kin(doc, p, rel)
        doc.t("送达方式：直接送达（受送达人不在家，由其同住成年家属代收）\n代收人签名：").name(kin2).t(
            "（与受送达人关系："
        )
        doc.t(
            ("妻子" if kin2.gender == "女" else "丈夫")
            if kin2.extra["born"].year < p.extra["born"].year + 12
            else ("女儿" if kin2.gender == "女" else "儿子")
        )
        doc.t("）\n")
    else:
        witness = _person(doc, g, born=(1960, 1990))
        doc.t("送达方式：留置送达（受送达人拒绝签收）\n见证人：").name(witness).t("（")
        doc.k("org_name", home_village[:-1] + "村民委员会")
        doc.t("委员）\n")
    doc.t("送达人：").k("officer_name", o1.name).t("、").k("officer_name", o2.name).t("\n送达日期：")
    _d(doc, d_doc + timedelta(days=r.randint(1, 5))).t("\n")


def e_court(doc: Doc) -> None:
    """强制执行申请书 to a court: the agency with its head and an officer as agent, the debtor with
    ID, address and phone, the facts (naming the people hired), and the debtor's assets (a car, an
    account, a house owned with the wife)."""
    r = doc.r
    g = _county(doc)
    d_fact, d_pen = _days(doc, 2, 150)
    d_served = d_pen + timedelta(days=r.randint(2, 9))
    d_remind = d_served + timedelta(days=r.randint(185, 230))
    d_doc = d_remind + timedelta(days=r.randint(12, 40))
    doc.w.h11_today = d_doc
    suffix, code, domain = r.choice(_ENFORCERS[:3])
    agency = _agency(g, suffix)
    court = _agency(g, "人民法院")
    doc.t(r.choice(["行政非诉执行申请书", "强制执行申请书"]) + "\n\n申请人：").k("agency_name", agency)
    doc.t("\n住所地：").k("agency_address", _agency_address(doc, g))
    chief = _person(doc, g, born=(1965, 1982))
    if r.random() < 1 / 3:
        doc.keep.append(chief.name)
    doc.t("\n法定代表人：").k("legal_rep", chief.name).t("，职务：局长\n委托代理人：")
    o1 = _person(doc, g, born=(1975, 1998))
    doc.k("officer_name", o1.name).t(
        "，该局" + r.choice(["法规股", "综合行政执法大队", "政策法规科"]) + "工作人员\n"
    )
    doc.t("联系电话：").k("agency_phone", _contact(doc, g)).t("\n\n")
    p = _person(doc, g, born=(1958, 1990), sex="男", urban=False)
    doc.t("被申请人：").name(p).t(f"，{p.gender}，{_birth(p)}出生，{p.extra['eth']}，身份证号码：").idn(p).t(
        "\n住址："
    )
    _addr(doc, p).t("\n联系电话：").phone(person=p).t("\n\n申请事项：\n请求依法强制执行申请人作出的")
    orig = _docno(doc, g, code + "罚", d_pen.year)
    fine = r.randint(5, 100) * 1000
    extra = fine if r.random() < 0.6 else fine // 2
    doc.k("doc_number", orig).t("《行政处罚决定书》确定的罚款")
    _yuan(doc, fine).t("及加处罚款")
    _yuan(doc, extra).t("，共计")
    _yuan(doc, fine + extra).t("。\n\n事实和理由：\n    ")
    h1, h2 = _person(doc, g, born=(1960, 1998), sex="男"), _person(doc, g, born=(1960, 1998), sex="男")
    _d(doc, d_fact).t("，被申请人雇请").name(h1).t("、").name(h2)
    if domain == "water":
        doc.t("在").k("place", g.water + r.choice(TOWNS11)[:-1] + "段").t(
            "使用挖砂船未经许可在河道管理范围内采砂，"
        )
    elif domain == "forest":
        doc.t("在").k("place", r.choice(TOWNS11) + r.choice(VILLAGES11)).t("未办理林木采伐许可证采伐").k(
            "term", "杨树"
        )
        doc.t(f"{r.randint(60, 500)}株，")
    else:
        doc.t("在").k("place", g.water + r.choice(TOWNS11)[:-1] + "段").t("水域使用电鱼方法捕捞，")
    doc.t("申请人经立案调查，于")
    _d(doc, d_pen).t("作出上述处罚决定，并于")
    _d(doc, d_served).t(
        "依法送达被申请人。被申请人在法定期限内未申请行政复议，也未提起行政诉讼，且未履行处罚决定。申请人于"
    )
    _d(doc, d_remind).t("向被申请人送达了《催告书》（").k(
        "doc_number", _docno(doc, g, code + "催", d_remind.year)
    )
    doc.t("），被申请人收到催告书十日后仍未履行。\n    为便于执行，现提供被申请人财产线索如下：\n")
    wife = _kin(doc, p, "妻子")
    doc.t("1.被申请人名下" + r.choice(["小型轿车", "轻型普通货车", "重型自卸货车"]) + "一辆，号牌号码").p(
        "vehicle_plate", _plate(doc, g)
    )
    doc.t("；\n2.被申请人在" + r.choice(BANKS) + "开立的个人账户，账号").bank().t("；\n")
    if r.random() < 0.6:
        doc.t("3.被申请人与其妻").name(wife).t("共有的位于").t(g.county).p("address", _urban(doc)).t(
            "的房屋一套（不动产权证号："
        )
        doc.p("property_certificate", _house_cert(doc, g)).t("）。\n")
    else:
        doc.t("3.被申请人之妻").name(wife).t("经营的").k("org_name", r.choice(TOWNS11) + r.choice(GROCERIES))
        doc.t("系夫妻共同经营，可能存在可供执行的财产。\n")
    doc.t("    根据").k("law_title", "《中华人民共和国行政强制法》").k("article", "第五十三条").t("、").k(
        "article", "第五十四条"
    )
    doc.t("、").k("article", "第五十五条").t("的规定，特向贵院申请强制执行。\n此致\n").k("agency_name", court)
    doc.t(
        "\n\n附：1.《行政处罚决定书》及送达回证；2.《催告书》及送达回证；3.被申请人身份证复印件；4.申请人主体资格证明。\n\n"
    )
    doc.t("申请人：").k("agency_name", agency).t("（公章）\n法定代表人：").k("legal_rep", chief.name).t(
        "（签名）\n"
    )
    _d(doc, d_doc).t("\n")


# ---- 政府信息公开 ------------------------------------------------------------------------------


def g_disclosure(doc: Doc) -> None:
    """政府信息公开申请答复书 to a citizen: other villagers' homestead papers (asked of them under
    第三十二条: one agrees, one refuses), a father's expropriated house, or a compensation list of
    which only the applicant's and his mother's rows are given."""
    r = doc.r
    g = _county(doc)
    d_recv, d_ask, d_doc = _days(doc, 3, 40)
    suffix, code = r.choice(
        [("自然资源局", "自然资"), ("住房和城乡建设局", "住建"), ("人民政府办公室", "政办")]
    )
    agency = _agency(g, suffix)
    _head(
        doc,
        agency,
        r.choice(["政府信息公开申请答复书", "政府信息依申请公开告知书"]),
        _docno(doc, g, code + "依复", d_doc.year),
    )
    app = _person(doc, g, born=(1955, 1992), urban=False)
    doc.name(app).t("：\n    本机关于")
    channel = r.choice(["通过信函", "通过政府网站依申请公开系统", "当面"])
    _d(doc, d_recv).t(f"收到你{channel}提交的《政府信息公开申请表》（申请编号：").k(
        "doc_number", f"YSQ{d_recv.year}{r.randint(1, 9999):04d}"
    )
    doc.t("），申请获取“")
    kind = r.randint(0, 2)
    town, village = r.choice(TOWNS11), r.choice(VILLAGES11)
    if kind == 0:
        n1, n2 = _person(doc, g, born=(1955, 1990), sex="男"), _person(doc, g, born=(1955, 1990), sex="男")
        doc.k("place", town + village).t("村民").name(n1).t("、").name(n2).t(
            "两户的宅基地审批表及农村宅基地批准书"
        )
        doc.t("”。经审查，现答复如下：\n    你申请的信息涉及第三方个人信息，公开可能损害第三方合法权益。根据")
        doc.k("law_title", "《中华人民共和国政府信息公开条例》").k("article", "第三十二条").t(
            "的规定，本机关于"
        )
        _d(doc, d_ask).t("书面征求了第三方意见。").name(n2).t(
            "同意公开，现向你提供其宅基地审批表复印件1份（已对身份证号码、"
        )
        doc.t("联系电话等个人信息作区分处理）；").name(n1).t("书面答复不同意公开，该信息属于个人隐私，根据")
        doc.k("law_title", "《中华人民共和国政府信息公开条例》").k("article", "第十五条").t(
            "的规定，本机关决定不予公开。\n"
        )
    elif kind == 1:
        father = _kin(doc, app, "父亲")
        house = _rural(doc, town)
        doc.t("本人父亲").name(father).t("名下位于").t(g.county).p("address", house).t(
            "的房屋征收补偿协议及评估报告"
        )
        doc.t("”。经审查，现答复如下：\n    经核实，你系被征收人").name(father).t("之子，").name(father).t(
            "已于"
        )
        _d(doc, d_recv - timedelta(days=r.randint(200, 900))).t(
            "去世，你作为其法定继承人申请获取上述信息。根据"
        )
        doc.k("law_title", "《中华人民共和国政府信息公开条例》").k("article", "第三十六条第（二）项")
        doc.t("的规定，现向你提供《房屋征收补偿协议》复印件1份、《房屋征收评估分户报告》复印件1份。\n")
    else:
        mother = _kin(doc, app, "母亲")
        project = town[:-1] + r.choice(["工业园", "物流园", "高速互通", "安置小区"]) + "项目"
        doc.t(f"{d_recv.year - 1}年").k("place", project).t("征地补偿款发放明细").t(
            "”。经审查，现答复如下：\n    你申请的信息中，"
        )
        doc.t(
            "其他被征地农户的姓名、身份证号码、银行账号等属于个人信息，公开会对第三方合法权益造成损害。根据"
        )
        doc.k("law_title", "《中华人民共和国政府信息公开条例》").k("article", "第三十七条")
        doc.t("的规定，本机关对上述信息作区分处理，现向你提供你本人及你的母亲").name(mother).t(
            "的补偿款发放记录"
        )
        doc.t("（涉及补偿款共计")
        _yuan(doc, r.randint(30, 300) * 1000).t("，发放至").name(mother).t("名下账户，账号").bank().t("），")
        doc.t("其他农户的发放记录不予公开。\n")
    doc.t("    你在申请表中填写的通讯地址为").t(g.county)
    mail = _urban(doc) if r.random() < 0.4 else app.address_detail
    doc.p("address", mail).t("，联系电话").phone(person=app)
    if r.random() < 0.5:
        doc.t("，电子邮箱").p("email", doc.w.email())
    doc.t(
        "。本答复书及所附材料将通过中国邮政EMS寄送至上述地址。\n    如对本答复不服，可以在收到本答复书之日起六十日内向"
    )
    doc.k("agency_name", _agency(g, "人民政府") if suffix != "人民政府办公室" else g.city + "人民政府").t(
        "申请行政复议，或者在六个月内向"
    )
    doc.k("agency_name", _agency(g, "人民法院")).t("提起行政诉讼。\n")
    o = _person(doc, g, born=(1975, 1998))
    _foot(doc, agency, g, d_doc, contact=o if r.random() < 0.5 else None)


def _own_streams(template: Callable[[Doc], None]) -> Callable[[Doc], None]:
    """Run a template on random streams of its own. corpus.documents() seeds a world with
    seed * 1000003 + i * 7 + family number, so without this family 11's document i would share its
    seed (and Faker's ID numbers and phones) with another family's document."""

    def run(doc: Doc) -> None:
        doc.r.seed(f"holdout11:{doc.r.getrandbits(64)}")
        doc.w.fk.seed_instance(doc.r.getrandbits(64))
        template(doc)

    run.__doc__ = template.__doc__
    return run


HOLDOUT11: dict[str, Callable[[Doc], None]] = {
    name: _own_streams(fn)
    for name, fn in {
        "fishing": a_fishing,
        "agri_inputs": a_agri_inputs,
        "animals": a_animals,
        "logging": f_logging,
        "wildlife": f_wildlife,
        "sand": w_sand,
        "tobacco_shop": y_tobacco_shop,
        "tobacco_transport": y_tobacco_transport,
        "pharmacy": m_pharmacy,
        "insured": m_insured,
        "fight": p_fight,
        "tax": t_tax,
        "review": r_review,
        "reminder": e_reminder,
        "court": e_court,
        "disclosure": g_disclosure,
    }.items()
}
