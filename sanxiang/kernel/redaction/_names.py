"""Natural persons' names: by label, by context in running text, then everywhere they recur.

Three sources, strongest first:

1. Labelled fields — ``当事人：王小明``, ``委托代理人：欧阳娜娜、李四``, ``证人王五（男，…）``.
   Officers (执法人员, 询问人, 记录人 …) and legal representatives (法定代表人, 负责人 with a
   colon) found the same way are *kept*.
2. Running text — a surname (single or compound) followed by one or two given-name characters,
   scored by what comes before (员工, 其妻, 与, start of a clause …), what comes after
   (（男, ，身份证, 称, 证实 …), how name-like the characters are, and whether the string is an
   ordinary word in jieba's dictionary (高度, 方法 are not people).
3. Every later occurrence of a name found by 1 or 2 is hidden too; every occurrence of a kept
   name stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial

from sanxiang.kernel.identifiers import is_valid_citizen_id, is_valid_uscc

from ._numbers import id_shaped
from ._tables import BRANDS, given_chars, lexicon, rare_surnames, regions, role_words, surnames

CJK = re.compile(r"[\u4e00-\u9fff]")

# Characters that never begin a given name (function words, units, the pseudonym mark 某).
_NEVER_GIVEN = frozenset(
    "的了是在和与及或等某其这那之也都不没有为以于对把被将从向到个们者所着过吗呢吧啊年月日时分号条款项元"
    "即并且而但如该此每各本我你他她它谁已曾再又还就便亦均因未无非由自给让叫说称经系乃氏犬"
)
# Words after a surname that make it a form of address, not a name (jieba even lists 师傅 and 名册 as
# given names: 黄师傅, 花名册).
_TITLES = frozenset(
    "师傅 师父 老板 老师 医生 大夫 经理 主任 先生 女士 小姐 同志 大姐 大哥 阿姨 叔叔 大爷 大妈 大娘 老汉 老太 "
    "科长 所长 局长 队长 组长 村长 书记 会计 律师 护士 总监 总经 名册 工头 班长 师兄 师姐".split()
)
# Given names whose first character is otherwise never a given name's (有, 自, 为, 其 …).
_GIVEN_DESPITE = frozenset(
    "有福 有才 有财 有德 有根 有林 有亮 有良 有贵 有富 有田 有山 有金 有荣 有清 有仁 有义 有旺 有顺 有明 有红 有华 "
    "有文 有武 有军 有新 有祥 有发 有海 有平 有全 有春 有云 有珍 有芳 有兰 自强 自立 自力 自新 自成 为民 为国 "
    "为华 为群 为东 为军 以宁 以诺 其美 其林 其昌 其明 其军 其华 "
    "月娥 月英 月华 月兰 月琴 月梅 月红 月明 月芳 月珍 月仙 月香 月霞 月秀 月娟 月玲 月萍 月莲 月桂 月婷".split()
)
# Characters that typically follow a name and end it (张伟称 → 张伟).
_AFTER_NAME = frozenset(
    "称说讲道在于从向对把被将与和及跟同给为是系的了也都已曾又再还就便即亦均因未不没无有等之其今昨前后到去来至"
    "所以而并男女、，。；：（）()「」“”‘’ \n\t,.;:!?！？作拒签承供陈证介表提反回驾开经租购出收当现家住持"
)
BOUNDARY_BEFORE = _BOUNDARY_BEFORE = frozenset("\n。，；：、“”（）()《》,;: \t【】[]！？!?「」『』")

_KIN_WORDS = r"妻子|丈夫|儿子|女儿|父亲|母亲|哥哥|弟弟|姐姐|妹妹|儿媳|女婿|岳父|岳母|公公|婆婆|侄子|外甥|孙子|孙女|配偶|亲属"
_STRONG_RIGHT = re.compile(
    r"[（(，,、 ][ ]?(?:[男女](?:[，,）)、 ；;]|性|$)|身份证|公民身份|居民身份|出生|生于|汉族|[壮回满苗彝藏蒙维土瑶白侗]族|"
    r"[0-9]{1,3}岁|现住|家住|户籍|住址|(?<=[（(])住(?!宿|院)|住[\u4e00-\u9fff]{1,3}[省市区县]|联系电话|手机号?|电话|社会保障|社保卡|医保卡)|"
    r"[，,]?系[\u4e00-\u9fff]{0,12}?(?:员工|职工|店员|雇员|工人|朋友|同事|邻居|同学|亲戚|老乡|合伙人|房东|租户|"
    + _KIN_WORDS
    + r"|之[妻夫子女父母]|人员|股东|经营者|业主)|"
    r"之[妻夫子女父母兄弟姐妹]|"
    r"(?:先生|女士|同志)(?:[:：/、，,]|$)|"
    r"[（(][\u4e00-\u9fff·]{1,12}之[妻夫子女父母兄弟姐妹][）)]"  # 东方倩（张宸之母）
)
_MEDIUM_RIGHT = re.compile(
    r"(?:陈述|证实|证明|承认|表示|介绍|供述|签名|签字|捺印|确认|到场|在场|驾驶|经营|租用|租赁|购买|销售|出售|"
    r"持有|报称|反映|辩称|提出|回答|均称|一同|等人|等[0-9一二三四五六七八九十]+人|称|说|讲|陈|作|拒绝|同意|"
    r"未能|无法|本人|家中|家属|的妻子|的丈夫|的儿子|的女儿|的父亲|的母亲|的朋友|的同事|在其|于[0-9一二]|"
    r"当场|当即|遂|随后|先后|多次|曾|已|亲自|持其|持他人|自称|声称|认可|提供|出具|委托|雇佣|聘用|负责|居住|签收|代收|见证|"
    r"报警|投诉|举报|处(?:以[^，。；\n]{0,14}?)?(?:购|买|借|租|收|取|进|拿|获|领|得)|个人(?:银行)?(?:账户|帐户|卡)|名下)"
)
_WEAK_RIGHT = re.compile(r"[在向将把对与和及、等的是因未也均从到为被]")
_VERB_RIGHT = re.compile(r"一起|一同|发生|变更|开的|多次|已于|已经|当场|未持|未经|曾经|随即|于是|因琐事|因故")
# What only a person does, or a pronoun taking the name up: 马东请假了, 项志勇，他是马鞍村的.
_PERSON_RIGHT = re.compile(r"请假|请了假|休假|离职|辞职|上班|下班|值班|顶班|[，,](?:他|她)(?:是|说|称|在|也|就|们|家|的|当时|平时)")
_STRONG_LEFT = re.compile(
    r"(?:名叫|叫做|名为|姓名为|姓名是|叫|化名|绰号|其妻|其夫|其子|其女|其父|其母|其兄|其弟|其姐|其妹|"
    r"雇佣|雇用|雇请|聘用|聘请|招用|招募|委托|通知|告知|找到|联系|询问|约谈|传唤|指使|介绍|协助|陪同|带领|殴打|打伤|"
    r"撞伤|砍伤|辱骂|威胁|变更为|转让给|转交给|交给|卖给|借给|租给|我和|我与|我跟|"
    r"房东|租户|租客|买家|卖家|顾客|客户|男子|女子|男性|女性|村民|居民|之子|之女|之妻|之夫|之父|之母|之兄|之弟|之姐|之妹|"
    r"(?:我|你|他|她)(?:儿子|女儿|老婆|老公|丈夫|妻子|父亲|母亲|哥哥|弟弟|姐姐|妹妹|爱人|媳妇)|"
    r"负责人|签收人|经办人|伙同|查处|收件人|寄件人|村民委员会主任|村委会主任|村主任|村长|村支书|业主委员会主任|业委会主任|居民委员会主任|居委会主任|[人员主](?:为|是|系)|我(?:老婆|老公|媳妇|丈夫|妻子|爱人)叫|(?:表|堂)[哥弟姐妹])$"
)
_WEAK_LEFT = re.compile(r"(?:与|和|及|、|向|对|将|把|被|由|让|给|同|跟|替|帮|经|据|后|时|并|后经|即|遂)$")


@dataclass(slots=True)
class NameHits:
    """Names found: person spans (to hide) and kept spans, plus the name strings of each."""

    hide: dict[str, float] = field(default_factory=dict)  # name -> best confidence
    keep: set[str] = field(default_factory=set)
    keep_spans: list[tuple[int, int]] = field(default_factory=list)
    hide_spans: list[tuple[int, int, float]] = field(default_factory=list)
    alias: dict[str, str] = field(default_factory=dict)  # another name of the same person -> the first


def surname_at(s: str, i: int) -> str | None:
    sn = surnames()
    two = s[i : i + 2]
    if len(two) == 2 and two in sn.compound:
        return two
    one = s[i : i + 1]
    if one in sn.single:
        return one
    return None


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def name_end(s: str, i: int, surname: str) -> int | None:
    """End of the most likely name starting at ``i`` with ``surname``, or None."""
    j = i + len(surname)
    if j >= len(s) or not _is_cjk(s[j]):
        return None
    lex = lexicon()
    if s[j : j + 2] in _TITLES:
        return None  # 黄师傅, 宋老板, 陈老师: a surname and a title name nobody
    if s[j : j + 2] in lex.given_pairs and _is_cjk(s[j + 1 : j + 2] or "、"):
        return j + 2  # a given name seen as one in jieba's names (晓东, 月英), whatever follows
    if s[j] in _NEVER_GIVEN:
        if s[j : j + 2] in _GIVEN_DESPITE and _is_cjk(s[j + 1 : j + 2]):
            return j + 2  # 王有福, 张自强, 李为民: an old-fashioned given name after all
        return None
    g2 = s[j + 1] if j + 1 < len(s) else ""
    if not g2 or not _is_cjk(g2) or g2 in _AFTER_NAME:
        return j + 1
    follow_word = s[j + 1 : j + 3]
    if g2 == s[j] and g2 in given_chars():  # 丹丹, 婷婷
        return j + 2
    if s[i : j + 2] in lex.person:
        return j + 2
    if s[i : j + 1] in lex.person and follow_word in lex.common:
        return j + 1
    if g2 in given_chars() and follow_word not in lex.common:
        return j + 2
    g3 = s[j + 2 : j + 3]
    natural_end = not g3 or not _is_cjk(g3) or g3 in _AFTER_NAME or s[j + 2 : j + 4] in lex.common
    if natural_end and follow_word not in lex.common and lex.char_freq.get(g2, 0) < 1500:
        return j + 2  # 屈烜锃就在…: three characters end naturally before 就
    if follow_word in lex.common or s[j + 1 : j + 4] in lex.common:
        return j + 1
    if g2 in given_chars():
        return j + 2
    return j + 1


GIVEN_WEIGHT = 0.4
GIVEN_CAP = 1.4


def given_score(given: str) -> float:
    """How name-like the given-name characters are: the data-derived likelihood ratio
    (``Lexicon.given_lr``) scaled and clipped, at least 0.6 for the hand table's characters."""
    lex = lexicon()
    gc = given_chars()
    total = 0.0
    for c in given:
        lr = lex.given_lr.get(c)
        v = 0.1 if lr is None else max(-1.2, min(GIVEN_CAP, GIVEN_WEIGHT * lr))
        if c in gc and v < 0.6:
            v = 0.6
        total += v
    return total


def _score(s: str, i: int, end: int, surname: str, left_strong: bool) -> float:
    sn = surnames()
    lex = lexicon()
    name = s[i:end]
    given = name[len(surname) :]
    score = (sn.prior.get(surname, 1) - 3) * 0.6
    score += given_score(given)
    if given[-1:] in _PLACE_END and not left_strong:
        score -= 4.0  # 柳林镇, 孙家庄, 赵家湾: a place
    elif len(given) == 2 and given[0] == "家" and given[1] in LANDFORM and not left_strong:
        score -= 4.0  # 彭家湖, 孙家岗, 曾家坪: a place named after a family
    right = s[end : end + 12].lstrip("”」’\"'")
    if _BOUNDARY_LEFT.search(s, max(0, i - 2), i) and _BOUNDARY_RIGHT.match(right):
        score += 3.0  # 四至：东至欧阳炳坤承包田，西至蔡建国房屋 — a neighbour's land or house
    # 从黎平县陈刚处购得: "from <somewhere> X's place" names a supplier, a person or a firm
    supplier = bool(_FROM_SOURCE.match(right)) and bool(_FROM_BEFORE.search(s, max(0, i - 16), i))
    if _region_ends_at(s, i):
        # 天河区赵集综合楼: a place inside a district — unless a person's verb follows (屏山县李志鹏处购得)
        if not supplier:
            score -= 1.5 if _STRONG_RIGHT.match(right) or _MEDIUM_RIGHT.match(right) else 4.0
    elif supplier:
        score += 1.0  # 从批发城的王子豪处以每双30元购进: the supplier's slot
    if _STRONG_RIGHT.match(right):
        score += 5.0
    elif _SPEECH_RIGHT.match(right):
        score += 2.0 if not re.match(r"[\u4e00-\u9fff]{1,2}[，,：:]", right) else 2.6
    elif _MEDIUM_RIGHT.match(right) or _PERSON_RIGHT.match(right):
        score += 1.6
    elif _VERB_RIGHT.match(right):
        score += 0.8
    elif right[:2] in lex.function or right[:3] in lex.function:
        score += 0.8  # a verb, preposition or adverb follows: 按照, 也在, 随后
    elif right[:1] and _WEAK_RIGHT.match(right):
        score += 0.4
    elif right[:1] and right[0] in "，。；：,;:\n":
        score += 0.3
    if left_strong:
        score += 2.5 if _LEGAL_ROLE_BEFORE.search(s, max(0, i - 6), i) else 4.0
    else:
        left = s[max(0, i - 8) : i]
        if _STRONG_LEFT.search(left):
            score += 2.5
        elif agent_before(s, i):
            score += 2.0  # 批发商范桂兰, 网格员史红: an occupation, then the person
        elif _WEAK_LEFT.search(left):
            score += 0.5
        elif not left or left[-1] in _BOUNDARY_BEFORE:
            score += 0.5
    if name in lex.person and (len(surname) == 2 or s[i : i + 2] not in lex.common):
        score += 0.8
    elif name in lex.function or len(surname) == 1 and s[i : i + 2] in lex.function:
        score -= 4.0
    elif name in lex.ambiguous and not left_strong and (
        s[max(0, i - 1) : end] in lex.ambiguous_ends or s[max(0, i - 2) : end] in lex.ambiguous_ends
    ):
        score -= 3.0  # 招生简章, 加盖章: the end of a longer word, not a name
    elif name in lex.common:
        score -= 1.5 if left_strong else 3.0
        if right[:1] in _LOCATIVE:
            score -= 2.5  # 员工宿舍内: a word and a locative, a place not a person
    table = regions()
    if any(s[i : i + k] in table for k in (3, 4, 5, 6)) or any(
        i >= k - 1 and s[i - k + 1 : i + 1] in table for k in (3, 4, 5)
    ):
        score -= 5.0  # 浦东新区, 黄岛区: a place, not a person
    nxt = s[end : end + 1]
    if nxt and nxt in _THING_AFTER or name[-1] in _THING_AFTER or _GOODS_AFTER.match(right):
        score -= 4.0  # 王锦蛇, 黄颡鱼, 金圣（智圣出山）5条: an animal or goods, not a person
    elif _GOODS_CLOSE.match(s, end) and _GOODS_OPEN.search(s, max(0, i - 6), i):
        score -= 4.0  # 真龙（凌云）9条, 苏烟（五星红杉树）3条: a brand's variety, not a person
    if nxt and nxt in _PLACE_NEXT:
        score -= 4.0
    elif nxt == "市":
        score -= 2.0
    if surname in _FUNCTION_SURNAMES and (s[i + 1 : i + 3] in lex.common or s[i + 1 : i + 4] in lex.common):
        score -= 3.5
    if name in BRANDS and not left_strong:
        score -= 5.0  # 王老吉凉茶, 张小泉刀具: a brand (a person only in a person's slot: 当事人李宁称)
    if name[-1] == "籍" or s[end : end + 1] == "籍":
        score -= 5.0  # 韩国籍, 俄罗斯籍: a nationality
    if given[:1] == "记" or _SHOP_AFTER.match(s, end):
        score -= 5.0  # 陈记五金, 黄记煌焖锅, 张亮麻辣烫: a shop's trade name
    if s[end : end + 1] == "牌" and not left_strong:
        score -= 5.0  # 杭叉牌叉车, 林德牌: a make
    if any(c in _CAPITAL_NUMERALS for c in given) or s[end : end + 1] in _CAPITAL_NUMERALS and given[-1] in "万千百":
        score -= 5.0  # 陆仟壹佰元: capital numerals write amounts, never names
    if any(c in "〇零十百千万两" for c in given) or (
        surname in _FUNCTION_SURNAMES and all(c in _NUMERALS for c in given)
    ):
        score -= 1.5
    if right[:1].isdigit() or right[:1] == "〇" or _NUMERAL_DATE.match(right):
        score -= 3.0
    # 张三、李四等人: a name followed by another name in a list.
    if right[:1] == "、" and surname_at(s, end + 1) and _LIST_TAIL.match(s, end + 1):
        score += 1.5
    # A name alone in brackets or opening a bracketed list: 工人（汪俊）, 乘客（阿帆、夏侯欣）, 「X、Y等人」.
    if i > 0 and s[i - 1] in "（(「『" and right[:1] in ("）", ")", "」", "』", "、"):
        score += 2.0
    # A numbered list of people: "4.沙马拉毅，采摘工，被拖欠工资12800元" — the item opens with the name,
    # then a comma and a trade.
    if _LIST_ITEM_BEFORE.search(s, max(0, i - 6), i) and _TRADE_AFTER.match(right):
        score += 3.0
    # A name opening a line, then a bracket: "刘超（残疾人证号：…）"
    if (i == 0 or s[i - 1] == "\n") and right[:1] in ("（", "("):
        score += 2.0
    # An addressee on its own line: "王小明：\n你于……"
    if (i == 0 or s[i - 1] == "\n") and re.match(r"[:：][ \t]*\n", right):
        score += 3.5
    if s[i : i + 2] in lex.common and name not in lex.person and len(name) > 2 and len(surname) == 1:
        score -= 2.0
    if i > 0 and s[i - 1 : i + 1] in lex.common and s[i - 1] not in _BOUNDARY_BEFORE:
        score -= 1.5
        if not left_strong and (s[i - 1 : end] in lex.common or i >= 2 and s[i - 2 : end] in lex.common):
            score -= 3.0  # 总监理工程师为…: 程师 is the tail of 工程师, a word that ends where the "name" does
    tail = s[end - 1 : end + 1]
    if len(tail) == 2 and tail in lex.common and s[end] not in _AFTER_NAME:
        score -= 1.2
    return score


THRESHOLD = 2.4
# Nouns for people end in these (批发商, 菜农, 网格员, 帮工, 摊主, 厨师, 商贩, 包工头, 乘客, 村民 …).
_FROM_SOURCE = re.compile(r"处(?:以[^，。；\n]{0,14}?)?(?:购|买|借|租|收|取|进|拿|获|领|得|批发|调)")
_FROM_BEFORE = re.compile(r"从[^，。；：、\n]{2,14}$")
_BOUNDARY_LEFT = re.compile(r"[东南西北](?:至|邻|靠|接)$")
_BOUNDARY_RIGHT = re.compile(r"(?:家的?)?(?:承包田|责任田|承包地|自留地|房屋|住宅|宅基地|老屋|屋|田|地|林地|山林|鱼塘)")
_CAPITAL_NUMERALS = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟")
_AGENT_END = frozenset("商农员工户主师贩头客民生友嫂长哥姐叔婶匠警手")
_NOT_HOUSEHOLD = frozenset("账开过落入窗门分销立每各该本此其两〇一二三四五六七八九十百千万几数多")


def agent_before(s: str, i: int) -> bool:
    """Whether a dictionary word naming a kind of person ends right before ``i``."""
    if i < 2 or s[i - 1] not in _AGENT_END:
        return False
    if s[i - 1] == "员" and _is_cjk(s[i - 2]):
        return True  # 网格员, 仓管员, 理货员: jieba does not know them all, 员 says enough
    if s[i - 1] == "户" and _is_cjk(s[i - 2]) and s[i - 2] not in _NOT_HOUSEHOLD:
        return True  # 购砂户, 承租户, 散养户: a household or buyer, unlike 账户, 过户, 两户
    common = lexicon().common
    return s[i - 2 : i] in common or i >= 3 and s[i - 3 : i] in common


# Procedural roles are followed by verbs far more often than by names (当事人陈述, 申请人向…).
_LEGAL_ROLE_BEFORE = re.compile(
    r"(?:当事人|申请人|代理人|第三人|证人|举报人|投诉人|被执行人|见证人|利害关系人|行为人|经营者|负责人|联系人)"
    r"(?:[是为系叫即])?$"
)
# Surnames that are more often a preposition or adverb (向行政复议机关, 和行政机关, 任主持人).
_FUNCTION_SURNAMES = frozenset("向和于任经时都成将及与对从在为以由同把被让给按依据")
_SPEECH_RIGHT = re.compile(r"(?:陈述|证实|证明|称|供述|辩称|承认|证言|说|表示|介绍|反映|签收|签字|签名|捺印)")
_PLACE_NEXT = frozenset("区县省镇乡旗盟")
_THING_AFTER = frozenset("蛇鱼虾蟹龟鳖蛙鸟鸡鸭鹅雀")
_GOODS_UNITS = r"(?:条|盒|包|箱|瓶|袋|件|双|株|只|头|斤|公斤|千克|吨|支|罐)"
_GOODS_CLOSE = re.compile(r"[^（()）\n]{0,6}[）)][0-9]+" + _GOODS_UNITS)
_GOODS_OPEN = re.compile(r"[\u4e00-\u9fff][（(][^（()）\n]{0,4}$")
_GOODS_AFTER = re.compile(r"[（(][^）)\n]{1,10}[）)][0-9]+" + _GOODS_UNITS)
_PLACE_END = frozenset("镇乡村庄屯寨堡湾县区省市坝垸圩")
LANDFORM = frozenset("湖岗坪河山冲岭坡垭塘洼洲嘴坳垄坑滩岙沟溪峪墩畈店桥集台坎场院屋铺营渡口梁塬")


def _region_ends_at(s: str, i: int) -> bool:
    """Whether a county, city or province name (天河区, 瑞安市) ends right before ``i``."""
    if i < 2 or s[i - 1] not in "区县市旗州盟":
        return False
    table = regions()
    return any(s[i - k : i] in table for k in (2, 3, 4, 5, 6) if i >= k)


_LOCATIVE = frozenset("内外里中旁边楼")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff（）()]{0,16}")
_NUMERAL_DATE = re.compile(r"[〇一二三四五六七八九十]{1,4}[年月日时号]")
_NUMERALS = frozenset("〇一二三四五六七八九十百千万零两")
_SHOP_AFTER = re.compile(
    r"(?:麻辣烫|焖锅|烧烤|火锅|饭店|餐馆|餐厅|酒楼|酒家|超市|便利店|五金|烟酒|小吃|面馆|粉店|米粉|理发|诊所|药店|药房|"
    r"副食|商行|商店|门市|服装|鞋店|茶楼|网吧|旅馆|宾馆|汽修|快餐|包子|水饺|螺蛳粉|酸菜鱼)"
)
_LIST_ITEM_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[0-9]{1,3}[.、．)）]|[（(][0-9一二三四五六七八九十]{1,3}[）)])[ \t]*$")
_TRADE_AFTER = re.compile(r"[，,][\u4e00-\u9fff]{0,4}(?:工|员|师|匠|手|司机|农民|个体户|学生|厨师|保姆|保安)[，,；;。]")
_LIST_TAIL = re.compile(
    r"(?:[\u4e00-\u9fff]{2,4}?)(?:、|等人|等[0-9一二三四五六七八九十]+人|均|共同|分别|二人|两人|三人|他们|她们)"
)


def _role_re() -> re.Pattern[str]:
    global _ROLE_RE
    if _ROLE_RE is None:
        words = "|".join(re.escape(w) for w in role_words())
        _ROLE_RE = re.compile(f"(?=((?:{words})(?:[是为系叫即]|[:：]\\s*|[（(「『])?))")
    return _ROLE_RE


_ROLE_RE: re.Pattern[str] | None = None
_CANDIDATE_START = re.compile(
    r"(?:^|(?<=[\n。，；：、“”（）()《》,;: \t【】！？!?「」『』与和及向对将把被由让给同跟替帮经据后时并即遂叫从是找问请的])"
    r"|(?<=^[0-9][.．])|(?<=\n[0-9][.．])|(?<=[0-9]{2}[.．]))"  # 5.汪胜利，钢筋工: a numbered list item
)


# --------------------------------------------------------------------------------------------
# Labelled fields
# --------------------------------------------------------------------------------------------

_HIDE_LABELS = (
    "当事人姓名", "当事人", "姓名", "名字", "经营者姓名", "经营者", "投资人", "业主", "个体户", "委托代理人", "代理人",
    "法定代理人", "证人", "被询问人", "被调查人", "被检查人", "举报人", "投诉人", "控告人", "申请人", "被申请人",
    "第三人", "见证人", "在场人", "在场人员", "陪同人", "翻译人员", "监护人", "户主", "车主", "驾驶人", "驾驶员",
    "承租人", "出租人", "购买人", "签收人", "受送达人", "被处罚人", "违法行为人", "行为人", "家属", "近亲属",
    "利害关系人", "受害人", "联系人", "股东", "配偶", "妻子", "丈夫", "父亲", "母亲", "儿子", "女儿", "经办人",
    "代收人", "被侵害人", "被害人", "患者", "买家", "卖家", "店长", "值班人员", "安全管理人员", "被执行人",
    "甲方", "乙方", "丙方", "开户名", "户名", "收件人", "寄件人", "收货人", "行政相对人名称",
)  # fmt: skip
# 本办高度重视，安排工作人员陈洁、项成进行了调查核实: staff the agency sent (only after the agency).
_DISPATCHED = ("安排工作人员", "指派工作人员", "派出工作人员", "组织工作人员", "安排执法人员", "指派执法人员", "派出执法人员")
_DISPATCHER = re.compile(r"本(?:局|办|委|队|所|站|中心|机关|院)|我(?:局|办|委|队|所|站|中心)|高度重视")
_KEEP_LABELS = (
    "法定代表人", "主要负责人", "负责人", "执法人员", "行政执法人员", "执法员", "承办人员", "承办人", "案件承办人",
    "办案人员", "办案人", "主办人", "协办人", "询问人", "记录人", "检查人", "调查人", "执法人", "审核人", "审批人",
    "批准人", "送达人", "法制审核人员", "审核人员", "勘验人", "检查人员", "调查人员", "本机关联系人", "机关联系人",
    "本局联系人", "办案联系人", "监督员", "消防监督员", "听证主持人", "主持人", "书记员", "听证员", "稽查人员",
    "本机关工作人员", "本局工作人员", "我局工作人员", "本机关执法人员", "本局执法人员",
    "参加人员", "参会人员", "出席人员", "列席人员", "与会人员", "讨论人员",
    "约谈人", "约谈人员", "复查人", "复查人员", "核查人", "核查人员", "巡查人员", "抽样人", "抽样人员", "检测人员",
    "勘查人员", "现场检查人员", "督查人员", "稽查人", "勘测人", "勘测人员", "测量人员", "记录员", "监察员",
    "劳动保障监察员", "执法监察员", "调查员", "检查员", "稽查员", "案件调查人员", "组长", "副组长", "成员",
    "事务所主任",
    "监察人员", "安全监察人员", "特种设备安全监察人员", "监督检查人员", "执法检查人员",
    "行政复议人员", "复议人员", "本机关行政复议人员",
    *_DISPATCHED,
)  # fmt: skip
_LABEL_RE = re.compile(
    "(?P<label>"
    + "|".join(sorted(_HIDE_LABELS + _KEEP_LABELS, key=len, reverse=True))
    + r")(?:[一二三四五六七八九十]|[0-9]{1,2}(?![0-9]))?(?:[（(][^）)\n]{0,6}[）)](?=签名|签字))?(?:签名|签字|签章|姓名)?(?:[（(][^）)\n]{0,12}[）)])?(?P<colon>[\"”]?[ \t]*[:：][ \t]*[\"“]?|[ \t]*为[ \t]*|[ \t]+)?"
)
# The request that closes an agency's letter (协助查询函, 协查函): a 联系人 on the next line is the agency's.
_LETTER_CLOSING = re.compile(
    r"(?:请予|请|望予|恳请)(?:协助|配合|支持|协查|复函|回复)[^\n]{0,6}$|(?:特此函告|此函|函达|盼复|为盼|为荷)[。！!]?\s*$"
)


_LINE_LIMIT = 300  # footer, contact and record lines are short; longer "lines" are not looked into


def line_start_near(s: str, pos: int) -> int | None:
    """Start of the line holding ``pos``, or None when it is longer than ``_LINE_LIMIT`` (text with
    no line breaks must not be searched back to its beginning at every number)."""
    lo = max(0, pos - _LINE_LIMIT)
    nl = s.rfind("\n", lo, pos)
    if nl < 0:
        return 0 if lo == 0 else None
    return nl + 1


def closes_agency_letter(s: str, pos: int) -> bool:
    """Whether the line holding ``pos`` follows the closing request of an agency's letter."""
    line_start = line_start_near(s, pos)
    if not line_start:
        return False
    prev_start = line_start_near(s, line_start - 1)
    if prev_start is None:
        return False
    return bool(_LETTER_CLOSING.search(s[prev_start : line_start - 1]))


_FOOTER_ABOVE = re.compile(
    r"^[ \t]*(?:(?:[0-9]{4}|[〇零一二三四五六七八九]{4})[ \t]*年[^\n]{1,12}日|[^\n]{2,40}(?:局|委员会|政府|大队|支队|中心|办公室|所)"
    r"(?:[ \t]*[（(](?:印章|盖章|公章)[）)])?)[ \t]*$"
)


def in_agency_footer(s: str, pos: int) -> bool:
    """Whether ``pos`` lies on a bracketed line right under the agency's seal or the date that closes
    a document — ``（联系人：邹翠花，联系电话：0750-26091506）``, ``（地址：…  联系电话：…）``: the agency's
    own contact, not a party's."""
    line_start = line_start_near(s, pos)
    if line_start is None or s[line_start:pos].lstrip(" \t")[:1] not in ("（", "("):
        return False
    k = line_start - 1
    while k > 0:
        prev_start = line_start_near(s, k)
        if prev_start is None:
            return False
        prev = s[prev_start:k]
        if prev.strip():
            return bool(_FOOTER_ABOVE.match(prev))
        k = prev_start - 1
    return False


def above_agency_seal(s: str, pos: int) -> bool:
    """Whether the next non-empty line after the one holding ``pos`` is the agency's name or seal
    (联系人：张鹏  联系电话：0855-2889816 / 黎平县农业农村局（印章）): the agency's own contact."""
    k = s.find("\n", pos, pos + _LINE_LIMIT)
    while 0 <= k < len(s) - 1:
        nxt_end = s.find("\n", k + 1, k + 1 + _LINE_LIMIT)
        if nxt_end < 0 and k + 1 + _LINE_LIMIT < len(s):
            return False  # a long line: not a seal
        nxt = s[k + 1 : len(s) if nxt_end < 0 else nxt_end]
        if nxt.strip():
            return bool(_FOOTER_ABOVE.match(nxt)) and not re.match(r"^[ \t]*[0-9〇零一二三四五六七八九]{4}", nxt)
        if nxt_end < 0:
            return False
        k = nxt_end
    return False


# 联系人：李诗涵  联系电话：…⏎本局地址：… / 抄送：…人民检察院⏎联系人：…: the agency's own contact.
_AGENCY_LINE_AFTER = re.compile(r"[^\n]{0,60}\n[ \t]*(?:本局|本机关|我局|本委|本队)(?:地址|联系|通讯)")
_COPY_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*抄送[:：][^\n]{2,80}\n[ \t]*$")


def agency_contact_line(s: str, pos: int) -> bool:
    """Whether the contact line at ``pos`` sits above the agency's address or under a 抄送 line."""
    return bool(_AGENCY_LINE_AFTER.match(s, pos) or _COPY_LINE_BEFORE.search(s, max(0, pos - 200), pos))
# 委托代理人：冯婷，该局政策法规科工作人员 — an agency acting through its own staff.
_AGENCY_STAFF = re.compile(
    r"[，,][ \t]*(?:该|本|我)(?:局|机关|委|队|所|府)[^\n，。]{0,12}(?:工作人员|干部|科长|股长|副局长|局长|主任)"
)
_INDIVIDUAL_MARK = re.compile(r"个体工商户|个体户|[:：][ \t]*自然人|(?<![0-9A-Za-z])92[0-9A-Z]{16}(?![0-9A-Za-z])")


def _individual_record(s: str, pos: int) -> bool:
    """Whether the record holding ``pos`` (the lines since the last blank line, at most eight)
    is about an individual business or a natural person (类别：个体工商户, a 92… credit code)."""
    line_start = line_start_near(s, pos)
    if line_start is None:
        line_start = pos - _LINE_LIMIT
    if s[line_start:pos].strip():
        # inline (…，法定代表人：X）…): only this item, back to the last sentence or list break
        lo = max(s.rfind(c, line_start, pos) for c in "；;。")
        return bool(_INDIVIDUAL_MARK.search(s, max(lo, line_start), pos))
    start = line_start
    for _ in range(8):
        prev = line_start_near(s, start - 1) if start else None
        if prev is None or not s[prev : start - 1].strip():
            break  # the text's start, a long line, or the blank line that ends the record
        start = prev
    return bool(_INDIVIDUAL_MARK.search(s, start, pos))


_CERT_IN_SEP = re.compile(r"证号|证件号|工号")
_SITE_HEAD = re.compile(r"(?:现场|项目|车间|班组|工地|仓库|技术|生产|质量安全|质量|安全|门店|店面|部门|场所[）)]?)$")
# An officer is named with the certificate right after the name: 本局雷学军（证号4467…）、陶树林（证号…）.
_OFFICER_BY_CERT = re.compile(
    r"(?:本局|我局|本机关|本委|本队|[、，,：:]|\n[ \t\u3000]*|^[ \t\u3000]*)(?:行政)?(?:执法人员)?"
    r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,12}·[\u4e00-\u9fff]{1,12})"
    r"(?=[（(](?:执法)?证(?:件)?号|[ \t\u3000]+执法证(?:件)?号)"
)


def officers_by_certificate(s: str, hits: NameHits, certificates: list[tuple[int, int]]) -> None:
    """Officers named by a certificate; ``certificates`` are the officers' certificate numbers."""
    for m in _OFFICER_BY_CERT.finditer(s):
        a, b = m.span("name")
        name = s[a:b]
        if name in hits.hide or "某" in name:
            continue
        hits.keep.add(name)
        hits.keep_spans.append((a, b))
        # 监察人员徐晓光、黄思源（执法证号：…、…）: the certificate closes a list of officers
        k = a - 1
        while k > 1 and s[k] == "、":
            j = k - 3 if surname_at(s, k - 3) else k - 2
            if j < 0 or not all(_is_cjk(c) for c in s[j:k]) or surname_at(s, j) is None:
                break
            hits.keep.add(s[j:k])
            hits.keep_spans.append((j, k))
            k = j - 1
    # 郭丽（执法证号：44070577347）、李浩（440705906458）: officers chained after a certificate
    from ._numbers import NEXT_OFFICER_CERT

    for _a, b in certificates:
        nxt = NEXT_OFFICER_CERT.match(s, b)
        if nxt is not None and "某" not in nxt.group("name"):
            hits.keep.add(nxt.group("name").replace("\n", ""))
            hits.keep_spans.append(nxt.span("name"))
    # 执法人员（签名）：林芳  证号：…⏎        丁秀娟  证号：…: the indented line under it names the next officer
    for a, _end in officer_line_starts(s):
        m = _OFFICER_CONTINUATION.match(s, a)
        if m is None or _OFFICER_LINE_RE.match(s, a):
            continue
        name = m.group("name")
        if "某" not in name and name not in hits.hide:
            hits.keep.add(name)
            hits.keep_spans.append(m.span("name"))


_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}(?=[、，,；;\n（( \t\u3000]|$)")
_TITLE_IN_BRACKETS = re.compile(
    r"[（(][\u4e00-\u9fff]{0,14}(?:局长|主任|科长|队长|所长|处长|股长|组长|站长|委员|书记)[）)]"
)
_AGENCY_SENTENCE = re.compile(r"本机关|本局|我局|本委|本队|本(?:告知|决定|通知)书|陈述、申辩|陈述和申辩|听证")
_ALL_LABELS = frozenset(_HIDE_LABELS + _KEEP_LABELS)
# Keep labels need a colon (or, for officers, nothing at all) — 负责人 in running text is a role.
_OFFICER_LABELS = frozenset(_KEEP_LABELS) - {"法定代表人", "主要负责人", "负责人", "组长", "副组长", "成员"}
_MINORITY = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•.][\u4e00-\u9fff]{1,10})+")
_SPACED_NAME = re.compile(
    r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?=[ \t\u3000]*(?:\n|$)|[ \t\u3000]{2}|[ \t\u3000]?[0-9（(]"
    r"|[ \t\u3000][\u4e00-\u9fff]{2,4}[ \t\u3000]*(?:\n|$))"  # 送达人：王　丽　杨雨婷
)
_VALUE_END = frozenset('，,。；;、（(）) \t\n:：“”"')
_LIST_SEP = re.compile(
    r"[ \t\u3000]*(?:[（(][^）)\n]{0,40}[）)])?[ \t\u3000]*"
    r"(?:[，,]?[ \t]*(?:执法证号|执法证件号|执法证|证件号码|证件号|证号|工号)[：: ]*[0-9A-Za-z\u4e00-\u9fff\-]{0,24}?[ \t]*(?=[、，,；;]))?"
    r"(?:[、，,；;及和与]|[ \t\u3000]+)[ \t\u3000]*"
)


# Lines that open with an officer's label (执法人员：, 法制审核人：): numbers on them are officers'.
_OFFICER_LINE_RE = re.compile(
    r"(?m)^[ \t\u3000|｜]*(?:"
    + "|".join(sorted(_OFFICER_LABELS | {"法制审核人", "执法人员证号"}, key=len, reverse=True))
    + r")(?:[（(]?(?:签名|签字)[）)]?)?[ \t]*[:：|｜]"
)
# An indented line under an officer's line that goes on with the next officer (……  刘少波  证号：…).
_OFFICER_CONTINUATION = re.compile(
    r"[ \t\u3000]{2,}(?P<name>[\u4e00-\u9fff·]{2,12}?)[ \t\u3000]*(?:执法)?证(?:件)?号"
)


def officer_line_starts(s: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line that opens with an officer's label, and of the indented lines
    right under it that name further officers with their certificates."""
    for m in _OFFICER_LINE_RE.finditer(s):
        end = s.find("\n", m.end())
        end = len(s) if end < 0 else end
        yield m.start(), end
        while end < len(s) and _OFFICER_CONTINUATION.match(s, end + 1):
            start = end + 1
            end = s.find("\n", start)
            end = len(s) if end < 0 else end
            yield start, end


def _read_name(s: str, pos: int, *, labelled: bool, keep: bool = False) -> tuple[int, int] | None:
    """A name starting at ``pos`` (after a label), or None. After a keep label (法定代表人,
    执法人员) a Tibetan or Mongolian name without a surname is read too: keeping too much there
    hides nothing."""
    m = _MINORITY.match(s, pos)
    if m and len(m.group()) <= 20:
        return m.start(), m.end()
    if keep:
        m = _ETHNIC_RE.match(s, pos)
        if (
            m
            and (m.end() - pos >= 4 or m.group() in _ETHNIC_COMPONENTS)
            and s[m.end() : m.end() + 1] not in _ETHNIC_NOT_AFTER
        ):
            return pos, m.end()
    if labelled and _SPACED_NAME.match(s, pos):
        return pos, pos + 3  # a signature written 钱　慧 / 邓 梅
    j = pos
    while j < len(s) and _is_cjk(s[j]) and j - pos < 8:
        j += 1
    run = s[pos:j]
    if len(run) < 2:
        return None
    if "某" in run[:4] or run[1] == "记":
        return None  # already pseudonymised (张某, 王某某), or a shop (陈记五金)
    if any(run[:k] in regions() and run[k - 1] in "县区市旗州盟" for k in range(3, min(8, len(run)) + 1)):
        return None  # 当事人：景东彝族自治县老刘农家乐, 和龙市…, 公安县: a place opens the value — an organisation
    sn = surname_at(s, pos)
    at_end = j >= len(s) or s[j] in _VALUE_END or not _is_cjk(s[j])
    if at_end and 2 <= len(run) <= 4 and labelled and (sn or len(run) <= 3 or keep):
        return pos, j
    if sn is None:
        return None
    end = name_end(s, pos, sn)
    if end is None:
        return None
    return pos, end


def labelled_names(s: str, hits: NameHits, protected: list[tuple[int, int]]) -> None:
    from ._protect import _ORG_SUFFIX_RE

    for m in _LABEL_RE.finditer(s):
        label = m.group("label")
        colon = m.group("colon") or ""
        has_colon = ":" in colon or "：" in colon
        if label in ("负责人", "主要负责人", "组长", "副组长", "成员") and not has_colon:
            continue
        if label in _DISPATCHED and not _DISPATCHER.search(s, max(s.rfind("\n", 0, m.start()) + 1, m.start() - 40), m.start()):
            continue  # 当事人安排工作人员…: the party's staff
        site_head = label == "负责人" and bool(_SITE_HEAD.search(s, max(0, m.start() - 5), m.start()))
        if label in _KEEP_LABELS and s[max(0, m.start() - 2) : m.start()] in ("随同", "陪同"):
            site_head = True  # 随同检查人员：何志强（负责人之夫）: the inspected side, not an officer
        # "当事人" followed by an organisation name is not a person.
        pos = m.end()
        if label == "行政相对人名称":
            value = s[pos : s.find("\n", pos) if "\n" in s[pos:] else len(s)].strip()
            if len(value) > 4 and not _MINORITY.fullmatch(value):
                continue  # an organisation's or a shop's name; only a bare personal name is read here
        if label == "成员" and "组长" not in s[max(0, m.start() - 80) : m.start()]:
            continue  # 调查组组长：…⏎成员：… are officials; 家庭成员 are not
        keep = label in _KEEP_LABELS and not site_head  # 现场负责人：金娟 is a person, not the representative
        if keep and label in ("法定代表人", "负责人", "主要负责人") and _individual_record(s, m.start()):
            keep = False  # an individual business has no representative: the name is its operator's
        if label == "联系人" and (
            _AGENCY_SENTENCE.search(s, s.rfind("\n", 0, m.start()) + 1, m.start())
            or closes_agency_letter(s, m.start())
            or in_agency_footer(s, m.start())
            or above_agency_seal(s, m.start())
            or agency_contact_line(s, m.start())
        ):
            keep = True  # the agency's own contact at the end of a notice or a letter
        first = True
        while pos < len(s):
            r = _read_name(
                s,
                pos,
                labelled=has_colon or first and label not in ("当事人", "申请人", "被申请人"),
                keep=keep,
            )
            if r is None:
                break
            a, b = r
            if not has_colon and not keep:
                sn = surname_at(s, a)
                if sn is None or _score(s, a, b, sn, True) < THRESHOLD:
                    break
            run = _CJK_RUN.match(s, b).group()
            if (
                s[b : b + 1] in _PLACE_NEXT
                or _ORG_SUFFIX_RE.search(run[:8] if keep else run)
                and not re.match(r"[\u4e00-\u9fff]{0,3}(?:员工|职工|店员|之妻|之子)", run)
            ):
                if not (keep and run[:1] in "（(" and _TITLE_IN_BRACKETS.match(run)):
                    break  # an officer's title in brackets (主持人：王某（局长）) does not end the keep
            if keep or _AGENCY_STAFF.match(s, b):
                hits.keep.add(s[a:b])
                hits.keep_spans.append((a, b))
            else:
                conf = 0.97 if has_colon else 0.9
                hits.hide[s[a:b]] = max(hits.hide.get(s[a:b], 0), conf)
                hits.hide_spans.append((a, b, conf))
            first = False
            sep = _LIST_SEP.match(s, b)
            if not sep or sep.end() == b:
                break
            nxt = sep.end()
            if nxt >= len(s) or surname_at(s, nxt) is None and not _MINORITY.match(s, nxt):
                if nxt >= len(s) or not (keep and (s[nxt] in rare_surnames() or _LIST_ITEM.match(s, nxt))):
                    break  # officers' lists go on with any surname: 璩平琳、禤静宁、麴嘉皓
            if ("，" in sep.group() or "," in sep.group()) and not (
                keep and _CERT_IN_SEP.search(sep.group())
            ):
                # After a comma the next field is usually not a name (王五，公民身份号码…):
                # continue only with a name that ends where a list item ends.
                nxt_name = _read_name(s, nxt, labelled=False)
                if (
                    nxt_name is None
                    or s[nxt_name[1] : nxt_name[1] + 1] not in "、，,；;。\n（( "
                    or (s[nxt_name[0] : nxt_name[1]] in lexicon().common)
                ):
                    break
            if s[nxt : nxt + 4] in (label, label[:4]) or _LABEL_RE.match(s, nxt):
                break
            pos = nxt
        del first


# A label the lists above do not know, ending in 人 or 者 and followed by a colon
# (机动车所有人：, 被许可人：, 物品持有者：), introduces a natural person unless it is an officer's
# or a representative's.
_GENERIC_LABEL = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{1,6}[人者])[ \t]*[:：][ \t]*")
_NOT_PERSON_LABEL = re.compile(
    r"执法|审核|审批|批准|记录|询问|检查|调查|承办|办案|送达|代表|负责|法人|主持|机关|单位|责任"
)


def generic_labelled_names(s: str, hits: NameHits) -> None:
    from ._protect import _ORG_SUFFIX_RE

    for m in _GENERIC_LABEL.finditer(s):
        label = m.group(1)
        if label in _ALL_LABELS or _NOT_PERSON_LABEL.search(label):
            continue
        r = _read_name(s, m.end(), labelled=True)
        if r is None:
            continue
        a, b = r
        run = _CJK_RUN.match(s, b).group()
        if s[b : b + 1] in _PLACE_NEXT or _ORG_SUFFIX_RE.search(run) or s[a:b] in lexicon().common:
            continue
        hits.hide[s[a:b]] = max(hits.hide.get(s[a:b], 0), 0.85)
        hits.hide_spans.append((a, b, 0.85))


_NAME_HEADER = re.compile(r"(?:姓名|名字|当事人|人员姓名|户主|户名|开户名)")


def table_names(s: str, hits: NameHits) -> None:
    """Names in a column headed 姓名 of a tab-separated table (序号\t姓名\t身份证号码).

    Kept beside ``column_names``: here every tab is a cell boundary, so empty cells and rows of
    different lengths keep their columns (holdout8's 协助查询函 tables lose 1.9 points of names
    without it); ``column_names`` merges runs of spaces and needs rows of equal length."""
    if "\t" not in s:
        return
    pos = 0
    lines = s.split("\n")
    col = None
    for line in lines:
        cells = line.split("\t")
        if len(cells) >= 2 and any(_NAME_HEADER.fullmatch(c.strip()) for c in cells):
            col = next(k for k, c in enumerate(cells) if _NAME_HEADER.fullmatch(c.strip()))
        elif col is not None and len(cells) > col and len(cells) >= 2:
            cell = cells[col]
            off = pos + sum(len(c) + 1 for c in cells[:col])
            name = cell.strip()
            if (
                2 <= len(name) <= 4
                and all(_is_cjk(c) for c in name)
                and "某" not in name
                or _MINORITY.fullmatch(name)
            ):
                a = off + cell.index(name)
                hits.hide[name] = max(hits.hide.get(name, 0), 0.9)
                hits.hide_spans.append((a, a + len(name), 0.9))
        else:
            col = None
        pos += len(line) + 1


_CELL_SPLIT = re.compile(r"[ \t\u3000]{1,}|[，,；;](?=\S)")
_CELL_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:[·•][\u4e00-\u9fff]{1,10})+")
_ROW_NUMBER = re.compile(
    r"[0-9]{1,4}[.、．)）]?|[（(][0-9一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．.]"
)


def _cells(line: str, offset: int) -> list[tuple[int, str]]:
    """Cells of a table row written with spaces, tabs or commas: (start, text)."""
    return _split_cells(line, offset, _CELL_SPLIT)


def _split_cells(line: str, offset: int, split: re.Pattern) -> list[tuple[int, str]]:
    """Non-empty cells of ``line`` between matches of ``split``: (start in the text, stripped text)."""
    out, pos = [], 0
    for a, b in [(m.start(), m.end()) for m in split.finditer(line)] + [(len(line), len(line))]:
        cell = line[pos:a]
        if cell.strip():
            out.append((offset + pos + len(cell) - len(cell.lstrip()), cell.strip()))
        pos = b
    return out


def column_names(s: str, hits: NameHits) -> None:
    """Rows of a list or table (lines that split into cells the same way): when a column holds a
    name already found, or sits under a 姓名 header, the other cells of that column that look
    like names are names too — 序号 姓名 工种 欠薪金额 written with spaces, or a list of
    ``X，文号；`` lines where only some X were recognised in running text."""
    lex = lexicon()
    rows: list[list[tuple[int, str]]] = []
    pos = 0
    for line in s.split("\n"):
        cells = _cells(line, pos)
        if len(cells) > 1 and (
            _ROW_NUMBER.fullmatch(cells[0][1]) or cells[0][1] in ("序号", "编号", "No.", "NO.")
        ):
            cells = cells[1:]
        rows.append(cells)
        pos += len(line) + 1
    k = 0
    while k < len(rows):
        n = len(rows[k])
        if n < 2:
            k += 1
            continue
        e = k
        while e + 1 < len(rows) and len(rows[e + 1]) == n:
            e += 1
        if e > k:
            _fill_columns(rows[k : e + 1], n, hits, lex)
        k = e + 1


def _fill_columns(block: list[list[tuple[int, str]]], n: int, hits: NameHits, lex) -> None:
    for c in range(n):
        col = [row[c] for row in block]
        header = bool(_NAME_HEADER.fullmatch(col[0][1].strip()))
        if not header and not any(t in hits.hide for _, t in col):
            continue
        for a, t in col[1:] if header else col:
            if t in hits.hide or t in hits.keep or "某" in t or not _CELL_NAME.fullmatch(t):
                continue
            if t in regions() or _ORG_END.search(t):
                continue
            if not header and (t in lex.common or t in lex.function):
                continue  # under a 姓名 header a word is a name too (文静, 高峰)
            if not header and not (surname_at(t, 0) or t[0] in rare_surnames() or "·" in t or "•" in t):
                continue
            hits.hide[t] = max(hits.hide.get(t, 0), 0.8)
            hits.hide_spans.append((a, a + len(t), 0.8))


_ORG_END = re.compile(r"(?:公司|店|厂|局|部|所|站|社|院|队|村|镇|乡|区|县|市|省|路|街|号|元|人|组)$")

# Tables that publish decisions (双公示): a 法定代表人 column holds representatives, who stay —
# except on a row about an individual business or a natural person, where it names the operator.
_REP_HEADER = re.compile(r"(?:法定代表人|主要负责人|负责人)(?:[（(/]?(?:负责人|法定代表人|经营者|投资人)[）)]?)?(?:姓名)?")

_BUSINESS_WORDS = "个体工商户|个体户"
_PERSON_WORDS = "自然人|个人"
_INDIVIDUAL_CELL = re.compile(f"{_BUSINESS_WORDS}|{_PERSON_WORDS}|92[0-9A-Z]{{16}}")


def _csv_cells(line: str, offset: int) -> list[tuple[int, str]]:
    """Cells of a comma-separated line, empty ones included, quotes removed: (start, text)."""
    out: list[tuple[int, str]] = []
    i, n = 0, len(line)
    while i <= n:
        if i < n and line[i] == '"':
            j = line.find('"', i + 1)
            j = n if j < 0 else j
            out.append((offset + i + 1, line[i + 1 : j]))
            k = line.find(",", j)
            i = n + 1 if k < 0 else k + 1
        else:
            k = line.find(",", i)
            k = n if k < 0 else k
            out.append((offset + i, line[i:k].strip()))
            i = k + 1
    return out


# How a published table's rows may be cut into cells: (line, offset) -> [(start, text)].
_TABLE_READERS: tuple[Callable[[str, int], list[tuple[int, str]]], ...] = (
    *(
        partial(_split_cells, split=re.compile(p))
        for p in (r"\t", r"[ \t\u3000]*[|｜][ \t\u3000]*", r"[ \t\u3000]{2,}")
    ),
    _csv_cells,  # comma-separated exports keep their empty and quoted cells in place
)


def _rows_under_header(
    s: str, header_columns: Callable[[list[tuple[int, str]]], list[int]], hint: re.Pattern[str]
) -> Iterator[tuple[list[int], list[tuple[int, str]]]]:
    """Rows of a published table below a header row in which ``header_columns`` finds its columns:
    (those columns, the row's cells). The header decides how rows are cut into cells (tabs, bars,
    runs of spaces, commas); a row too short to reach the columns ends the table. Only lines in
    which ``hint`` occurs are tried as headers."""
    if not hint.search(s):
        return
    state: tuple[Callable[[str, int], list[tuple[int, str]]], list[int]] | None = None
    pos = 0
    for line in s.split("\n"):
        if state is not None and not line.strip():
            pos += len(line) + 1
            continue  # a blank line between rows (<br />⏎ of a web page) does not end the table
        if state is not None:
            read, cols = state
            cells = read(line, pos)
            if len(cells) <= cols[-1]:
                state = None
            else:
                yield cols, cells
        if state is None and hint.search(line):
            for read in _TABLE_READERS:
                cells = read(line, pos)
                if len(cells) >= 3:
                    cols = header_columns(cells)
                    if cols:
                        state = (read, cols)
                        break
        pos += len(line) + 1


def _columns(header: re.Pattern) -> Callable[[list[tuple[int, str]]], list[int]]:
    return lambda cells: [k for k, (_, t) in enumerate(cells) if header.fullmatch(t)]


def representative_columns(s: str, hits: NameHits) -> None:
    for cols, cells in _rows_under_header(s, _columns(_REP_HEADER), _REP_HEADER):
        a, t = cells[cols[0]]
        if _CELL_NAME.fullmatch(t) and "某" not in t and not any(_INDIVIDUAL_CELL.fullmatch(c) for _, c in cells):
            hits.keep.add(t)
            hits.keep_spans.append((a, a + len(t)))


# A published table's party column (行政相对人名称, 当事人名称): on a natural person's row it holds the
# person's name; on an individual business's row its 法定代表人 / 经营者 column holds the operator.
_PARTY_HEADER = re.compile(
    r"(?:行政相对人|相对人|当事人|被处罚人|申请人|被许可人|经营者|业户)?(?:名称|姓名)(?:[（(/][^）)]{0,8}[）)]?)?"
)
_OPERATOR_HEADER = re.compile(r"(?:法定代表人|负责人|经营者|投资人)(?:[（(/][^）)]{0,10}[）)]?)?(?:姓名)?")
_BUSINESS_CELL = re.compile(f"{_BUSINESS_WORDS}|个体经营者?")


def _party_and_operator(cells: list[tuple[int, str]]) -> list[int]:
    party = next((k for k, (_, t) in enumerate(cells) if _PARTY_HEADER.fullmatch(t)), None)
    if party is None:
        return []
    operator = next((k for k, (_, t) in enumerate(cells) if k > party and _OPERATOR_HEADER.fullmatch(t)), party)
    return [party, operator]


def party_rows(s: str, hits: NameHits) -> None:
    """Names in the party column of a published table's natural-person rows, and in the operator
    column of its individual-business rows."""
    if "自然人" not in s and "个体" not in s and "个人" not in s:
        return
    for (party, operator), cells in _rows_under_header(s, _party_and_operator, _PARTY_HEADER):
        kinds = {t for _, t in cells}
        if any(_NATURAL_PERSON_CELL.fullmatch(t) for t in kinds):
            col = party
        elif any(_BUSINESS_CELL.fullmatch(t) for t in kinds) and operator != party:
            col = operator
        else:
            continue
        a, t = cells[col]
        if (_CELL_NAME.fullmatch(t) or _MINORITY.fullmatch(t)) and "某" not in t and not _ORG_END.search(t):
            hits.hide[t] = max(hits.hide.get(t, 0), 0.9)
            hits.hide_spans.append((a, a + len(t), 0.9))


# A case system's workflow table (| 环节 | 办理人 | 办理意见 | 办理时间 |) or a reply's handling table
# (| 处理单位 | 处理人 |): the handlers are the agency's officers.
_HANDLER_HEADER = re.compile(r"(?:办理人|承办人|经办人|审核人|审批人|处理人|签发人|办案人员?|执法人员|复核人|核查人)(?:员)?")
_WORKFLOW_HEADER = re.compile(r"环节|节点|步骤|流程|处理单位|办理单位|办理意见|审核意见|处理意见|处理结果|办理状态")


def handler_columns(s: str, hits: NameHits) -> None:
    if "|" not in s and "\t" not in s and "  " not in s:
        return

    def columns(cells: list[tuple[int, str]]) -> list[int]:
        if not any(_WORKFLOW_HEADER.fullmatch(t) for _, t in cells):
            return []
        return [k for k, (_, t) in enumerate(cells) if _HANDLER_HEADER.fullmatch(t)]

    for cols, cells in _rows_under_header(s, columns, _HANDLER_HEADER):
        for col in cols:
            a, t = cells[col]
            if (_CELL_NAME.fullmatch(t) or _MINORITY.fullmatch(t)) and "某" not in t:
                hits.keep.add(t)
                hits.keep_spans.append((a, a + len(t)))


# A table's home-address column (| 姓名 | 性别 | 证件号码 | 联系电话 | 住址 |): on a row that is not an
# organisation's, the cell is a natural person's home.
_HOME_HEADER = re.compile(r"(?:现?住址|家庭住址|户籍地址|户籍地|居住地址?|现住所|经常居住地|住所地?)")
_ORG_ROW = re.compile(r"公司|企业|集团|合作社|法人及非法人组织|法人")


def home_address_cells(s: str) -> Iterator[tuple[int, int, str]]:
    for cols, cells in _rows_under_header(s, _columns(_HOME_HEADER), _HOME_HEADER):
        if any(_ORG_ROW.search(t) or len(t) == 18 and is_valid_uscc(t) for _, t in cells):
            continue
        for col in cols:
            a, t = cells[col]
            if len(t) >= 5 and re.search(r"[0-9]", t) and not set(t) <= set("-—|:：/ "):
                yield a, a + len(t), t


# A published table's column of permit or certificate numbers (许可编号, 证书编号, 资格证号): on a row
# about a natural person the number is that person's (an operator's certificate, a builder's
# registration, a private well's 取水许可), not an organisation's permit.
_CERT_NUMBER_HEADER = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:许可证?|证书|资格证?|执业证?|注册证?|登记证?|证)(?:编号|号码|证号|号)(?<!身份证号)(?<!身份证号码)"
)
_CERT_HINT = re.compile(r"(?:证|许可|证书)(?:编号|号码|证号|号)")
_NATURAL_PERSON_CELL = re.compile(f"{_PERSON_WORDS}|公民")


def _compact_id(cell: str) -> bool:
    """Whether a table cell holds a citizen ID number, perhaps written in groups (3201… 1124 8814)."""
    compact = cell.replace(" ", "").upper()
    return len(compact) in (15, 18) and (is_valid_citizen_id(compact) or id_shaped(compact))


def certificate_cells(s: str) -> Iterator[tuple[int, int, str, bool]]:
    """Numbers in a certificate column of a published table: (start, end, text, personal). On a
    natural person's row the number is that person's; on an organisation's or an individual
    business's row it is a permit, which stays (建筑工程施工许可证 440106202503061001 looks like an
    ID number)."""
    for cols, cells in _rows_under_header(s, _columns(_CERT_NUMBER_HEADER), _CERT_HINT):
        personal = any(_NATURAL_PERSON_CELL.fullmatch(c) for _, c in cells) or (
            # a row naming a person by ID number, and no organisation: | 吕素梅 | 4414…7483 | 秦林采许字… |
            any(len(c) >= 15 and _compact_id(c) for _, c in cells)
            and not any(_ORG_ROW.search(c) or _BUSINESS_CELL.search(c) or len(c) == 18 and is_valid_uscc(c) for _, c in cells)
        )
        for col in cols:
            a, t = cells[col]
            value = t.lstrip("'")  # Excel's text marker
            if sum(c.isdigit() for c in value) >= 4:
                start = a + len(t) - len(value)
                yield start, start + len(value), value, personal




def free_text_names(s: str, hits: NameHits) -> None:
    seen: set[int] = set()
    near: dict[str, dict[int, float]] = {}  # name -> {position: score} just under the threshold

    def consider(i: int, left_strong: bool) -> None:
        if i in seen or i >= len(s):
            return
        seen.add(i)
        sn = surname_at(s, i)
        if sn is None:
            # A rare surname missing from the table: accept it only where the context is strong.
            if i > 0 and s[i - 1] == "、" and any(e == i - 1 for _, e, _ in hits.hide_spans[-3:]):
                left_strong = True
            c = s[i]
            strong_right = _STRONG_RIGHT.match(s, i + 2) or _STRONG_RIGHT.match(s, i + 3)
            if c in rare_surnames() and agent_before(s, i):
                left_strong = True
            if not (left_strong or strong_right) or not _is_cjk(c) or c in _NEVER_GIVEN:
                return
            if lexicon().char_freq.get(c, 0) >= 800:
                return
            sn = c
        elif i > 0 and s[i - 1] == "、" and any(e == i - 1 for _, e, _ in hits.hide_spans[-3:]):
            left_strong = True
        end = name_end(s, i, sn)
        if end is None:
            return
        if "某" in s[i:end]:
            return
        if s[end - 1] == "证" and end - i > 2 or s[end : end + 1] == "证" and s[end : end + 2] not in lexicon().common:
            return  # 林权证号: a certificate's name (but 张三证实 is a person)
        score = _score(s, i, end, sn, left_strong)
        if score >= THRESHOLD:
            name = s[i:end]
            conf = min(0.95, 0.5 + score / 12)
            hits.hide[name] = max(hits.hide.get(name, 0), conf)
            hits.hide_spans.append((i, end, conf))
        elif score >= REPEAT_FLOOR:
            near.setdefault(s[i:end], {})[i] = score

    for m in _role_re().finditer(s):
        consider(m.end(1), True)
    for m in _CANDIDATE_START.finditer(s):
        consider(m.end(), False)
    for i in _word_boundary_candidates(s):
        consider(i, False)
    for m in _STRONG_RIGHT_ANCHOR.finditer(s):
        e = m.start()
        for length in (3, 2, 4):
            i = e - length
            if (
                i >= 0
                and surname_at(s, i)
                and (i == 0 or not _is_cjk(s[i - 1]) or s[i - 1] in _BOUNDARY_BEFORE)
            ):
                consider(i, False)
                break
        else:
            for length in (3, 2, 4):
                if e - length >= 0:
                    consider(e - length, False)
    _repeated(s, hits, near)


# A candidate just under the threshold at two or more places of one document is a name: people in
# the facts recur (发现修强和…，修强见到…，修强拒绝…), while ordinary words, which could recur too,
# score far lower (the dictionary penalty), so they never reach the floor.
REPEAT_FLOOR = 0.9
REPEAT_BONUS = 0.8


def _repeated(s: str, hits: NameHits, near: dict[str, dict[int, float]]) -> None:
    lex = lexicon()
    for name, at in near.items():
        if (
            name in hits.hide
            or len(at) < 2
            or name in lex.common
            or name in lex.function
            or name in lex.ambiguous
        ):
            continue
        if len(name) == 3 and (name[1:] in lex.common or name[:2] in lex.common):
            continue  # 原行政, 国行政: a character and a word
        best = max(at.values())
        if best + REPEAT_BONUS * (len(at) - 1) < THRESHOLD:
            continue
        conf = 0.7
        hits.hide[name] = conf
        for i in at:
            hits.hide_spans.append((i, i + len(name), conf))


_SURNAME_START: re.Pattern[str] | None = None


def _word_boundary_candidates(s: str) -> Iterator[int]:
    """Surname positions right after a dictionary word (按照姚柳波, 时候雍刚亮): the place a
    name can begin in running text without punctuation before it."""
    global _SURNAME_START
    if _SURNAME_START is None:
        sn = surnames()
        chars = set(sn.single) | {c[0] for c in sn.compound}
        _SURNAME_START = re.compile("[" + "".join(sorted(chars)) + "]")
    lex = lexicon()
    common = lex.common
    for m in _SURNAME_START.finditer(s):
        i = m.start()
        if i < 2 or not _is_cjk(s[i - 1]):
            continue
        if _region_ends_at(s, i) or agent_before(s, i) or _BOUNDARY_LEFT.search(s, i - 2, i):
            yield i  # 从霍邱县王树生处购得, 购砂户黄海涛驾驶: the score weighs the place or the occupation
            continue
        if s[i - 2 : i] in common or s[i - 3 : i] in common and i >= 3:
            if (s[i - 1 : i + 1] in common or s[i : i + 2] in common) and not _STRONG_LEFT.search(
                s, max(0, i - 8), i
            ):
                continue  # 村民委员会主任朱红: a strong cue before a word-like name still opens it
            yield i


_STRONG_RIGHT_ANCHOR = re.compile(
    r"(?<=[\u4e00-\u9fff])(?=[（(，,][ ]?(?:[男女][，,）)、]|身份证|公民身份|出生|[0-9]{1,3}岁|汉族))"
)


# --------------------------------------------------------------------------------------------
# Names without a Han surname: transliterated names with a middle dot (阿不都热合曼·买买提,
# 伊万·彼得罗夫) and Tibetan / Mongolian / Uyghur / Yi names built from a small set of
# components (扎西多吉, 格桑卓玛, 乌兰图雅, 巴特尔).
# --------------------------------------------------------------------------------------------

_DOT_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}(?:[·•・][\u4e00-\u9fff]{1,12})+")
_ETHNIC_COMPONENTS = (
    # Tibetan
    "扎西 次仁 格桑 其美 多吉 卓玛 央宗 措姆 拉姆 达瓦 尼玛 平措 旦增 索朗 德吉 白玛 洛桑 顿珠 普布 琼达 曲珍 边巴 "
    "巴桑 次旦 罗布 多布杰 仁增 央金 卓嘎 拉巴 米玛 桑珠 益西 丹增 强巴 贡布 嘎玛 次珍 曲吉 群培 旺堆 旺姆 贡嘎 "
    "泽仁 降措 卓尕 吉美 多杰 拉毛 才让 才旦 尖措 索南 加措 更登 桑杰 格列 达娃 顿丹 欧珠 阿旺 "
    "曲措 拉珍 德庆 央拉 次吉 土登 赤列 晋美 仁青 巴珠 次央 白珍 卓玛 扎巴 索朗 旦巴 "
    "梅朵 美朵 央吉 德央 次措 拉措 央措 尼珍 仓决 桑姆 旺青 洛布 边珍 白姆 "
    # Mongolian
    "巴特尔 乌兰 图雅 其其格 斯琴 额尔敦 那仁 苏和 阿拉坦 布仁 巴雅尔 朝鲁 敖其尔 孟和 毕力格 格日勒 萨仁 乌云 "
    "娜仁 满都拉 宝音 巴图 吉日嘎拉 特木尔 哈斯 图门 乌力吉 额尔德尼 呼和 达赖 嘎拉 巴音 "
    "高娃 苏德 宝力德 朝格图 那顺 乌日娜 其木格 格根 图布新 巴根那 阿拉腾 敖登 苏日娜 萨其拉 包力高 "
    # Uyghur / Kazakh written without a dot
    "阿依古丽 古丽 热依拉 迪丽 努尔 买买提 艾力 吾守尔 阿依 米娜 帕提古丽 阿迪力 "
    "麦麦提敏 麦麦提 买买提江 艾合买提 热依木 吐尔逊 依明 艾买提 阿里木 古丽米热 古丽娜尔 努尔兰 "
    # Yi
    "吉克 阿苏 曲比 沙马 阿木 俄底 阿约 曲布 阿呷 木呷 伍呷 阿牛 拉且 日古 比子 尔古 吉火 阿西 瓦渣 阿果 "
    "拉毅 阿各 吉布 海来 沙玛 木乃 阿侯 俄木 "
).split()
_ETHNIC_RE = re.compile("(?:" + "|".join(sorted(set(_ETHNIC_COMPONENTS), key=len, reverse=True)) + "){1,3}")
_ETHNIC_NOT_AFTER = frozenset("市县区旗盟镇乡路街村山河湖州省苏木嘎")


def _strip_left(run: str) -> int:
    """Where a name begins inside ``run`` (技术员伊万 → 3): after the last role word or function
    character that leaves at least two characters."""
    p = 0
    for m in _role_re().finditer(run):
        e = m.start(1) + len(m.group(1))
        if len(run) - e >= 2:
            p = max(p, e)
    for k, c in enumerate(run):
        if c in _TRANSLIT_STOP and len(run) - (k + 1) >= 2:
            p = max(p, k + 1)
    return p


# Characters that end a transliterated name (…买买提在现场): function words that transliteration
# does not use.
_TRANSLIT_STOP = frozenset("在和与及的了是称说等向对将把被从于为也已因据")


def foreign_names(s: str, hits: NameHits) -> None:
    if "·" in s or "•" in s or "・" in s:
        for m in _DOT_NAME.finditer(s):
            a, b = m.start(), m.end()
            dot = min(i for i in (s.find(d, a, b) for d in "·•・") if i >= 0)
            a += _strip_left(s[a:dot])
            # the last part ends where running text resumes (…买买提在现场 → 买买提)
            last = max(s.rfind(d, a, b) for d in "·•・") + 1
            e = last
            while (
                e < b
                and s[e] not in _TRANSLIT_STOP
                and e - last < 8
                and (e == last or s[e : e + 2] not in lexicon().common)
            ):
                e += 1
            if e == last or dot - a < 1:
                continue
            name = s[a:e]
            if name.startswith(("中华", "《")):
                continue
            hits.hide[name] = max(hits.hide.get(name, 0), 0.85)
            hits.hide_spans.append((a, e, 0.85))
    for m in _ETHNIC_RE.finditer(s):
        a, b = m.start(), m.end()
        name = m.group()
        if b - a < 3 or s[b : b + 1] in _ETHNIC_NOT_AFTER:
            continue
        if b - a == 3 and not any(name == c for c in _ETHNIC_COMPONENTS):
            continue
        if b - a == 2:
            continue
        prev = s[a - 1 : a]
        if (
            prev
            and _is_cjk(prev)
            and prev not in _NEVER_GIVEN
            and prev not in "与和及向对将把被由让给同跟替帮经据叫是"
        ):
            # inside a longer run: accept only right after a role word (技术员扎西多吉)
            tail = s[max(0, a - 6) : a]
            if (
                not any(tail.endswith(w) for w in role_words())
                and not _STRONG_LEFT.search(s, max(0, a - 8), a)
                and not agent_before(s, a)
            ):
                continue
        if name in lexicon().common:
            continue
        hits.hide[name] = max(hits.hide.get(name, 0), 0.8)
        hits.hide_spans.append((a, b, 0.8))


# --------------------------------------------------------------------------------------------
# Names in Latin letters (foreigners, residents of Hong Kong, Macao and Taiwan): EMEKA OBI
# （中文名：埃梅卡·奥比）, 刘嘉欣（LAU KA YAN）, 违法行为人：PHAM VAN TUAN，… — two to four
# capitalised words, read only where the context says a person is named.
# --------------------------------------------------------------------------------------------

_LATIN_NAME = r"[A-Z][A-Za-z'’\-]{0,20}(?:[ ]{1,2}[A-Z][A-Za-z'’\-]{0,20}){1,3}"  # Liam O'Connor, HUANG YA-TING
_LATIN_WITH_CJK = re.compile(
    rf"(?<![A-Za-z])(?P<latin>{_LATIN_NAME})[ ]?[（(](?:中文(?:姓名|译名|名)|译名|汉语译名)?[:：]?[ ]?"
    r"(?P<cjk>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,10})[）)]"
)
_CJK_WITH_LATIN = re.compile(rf"(?<=[\u4e00-\u9fff][（(])(?P<latin>{_LATIN_NAME})(?=[）)])")
_LATIN_NATIONALITY = re.compile(
    rf"(?<![A-Za-z])(?P<latin>{_LATIN_NAME})(?=[ ]?[（(，,](?:[\u4e00-\u9fff]{{1,10}}籍|国籍|护照|男|女))"
)
_LABEL_LATIN = re.compile(rf"(?:人|者|姓名|名字)[ \t]*[:：][ \t]*(?P<latin>{_LATIN_NAME})(?=[（(，,；;。\s]|$)")


def latin_names(s: str, hits: NameHits) -> None:
    if not re.search("[A-Z][a-zA-Z]", s):
        return
    for m in _LATIN_WITH_CJK.finditer(s):
        hits.alias.setdefault(m.group("cjk"), m.group("latin"))  # one person: one pseudonym
        for g in ("latin", "cjk"):
            a, b = m.span(g)
            hits.hide[s[a:b]] = max(hits.hide.get(s[a:b], 0), 0.85)
            hits.hide_spans.append((a, b, 0.85))
    for rx in (_CJK_WITH_LATIN, _LABEL_LATIN, _LATIN_NATIONALITY):
        for m in rx.finditer(s):
            a, b = m.span("latin")
            if rx is _CJK_WITH_LATIN:
                before = next((s[a - 1 - k : a - 1] for k in (3, 2, 4) if s[a - 1 - k : a - 1] in hits.hide), None)
                if before is None:
                    continue  # 刘嘉欣（LAU KA YAN）: only after a name found as a person's
                hits.alias.setdefault(s[a:b], before)
            hits.hide[s[a:b]] = max(hits.hide.get(s[a:b], 0), 0.85)
            hits.hide_spans.append((a, b, 0.85))


# Other names of a person: 周立伟（绰号“老猫”）, 网名叫“阿飞”, 边诗琪（曾用名边心怡）.
_NICKNAME = re.compile(
    r"(?:(?:绰号|外号|诨号|诨名|小名|网名|昵称|化名|曾用名)(?:叫|为|是)?[:：]?[ ]?"
    r"|(?:大家|别人|村里人|工友们?|我们|他们)都?(?:叫|喊|称呼?)(?:他|她)(?:为|作)?[:：]?(?=[“\"「『]))"
    r"(?:[“\"「『](?P<q>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][A-Za-z0-9]{1,2}|[A-Za-z][\u4e00-\u9fff]{1,2})[”\"」』]|(?P<n>[\u4e00-\u9fff]{2,4})(?=[）)，,、；;\n\t ]|$))"
)


# 隔壁的田东升，就是小升，…: a nickname given right after the name it stands for.
_SAME_AS = re.compile(r"(?<=[，,])就是(?P<n>(?:小|阿|老)[\u4e00-\u9fff]|[\u4e00-\u9fff](?:哥|姐|妹|弟))(?=[，,。；;])")
# 我老婆春燕, 其父亲建平: a relative named by the given name alone.
_KIN_GIVEN = re.compile(
    r"(?:老婆|老公|媳妇|爱人|丈夫|妻子|儿子|女儿|父亲|母亲|哥哥|弟弟|姐姐|妹妹|爸爸|妈妈|闺女)(?P<g>[\u4e00-\u9fff]{2})"
    r"(?=[，,。；;、\s]|说|称|在|也|没|是|出|跟|和|就|还|的电话)"
)


def kin_given_names(s: str, hits: NameHits) -> None:
    gc = given_chars()
    lex = lexicon()
    for m in _KIN_GIVEN.finditer(s):
        g = m.group("g")
        if all(c in gc for c in g) and g not in lex.common and g not in lex.function and not surname_at(g, 0) or (
            g in lex.given_pairs and g not in lex.common
        ):
            hits.hide[g] = max(hits.hide.get(g, 0), 0.85)
            hits.hide_spans.append((m.start("g"), m.end("g"), 0.85))


def nicknames(s: str, hits: NameHits) -> None:
    for m in _SAME_AS.finditer(s):
        a, b = m.span("n")
        k = m.start() - 1
        owner = next((s[k - n : k] for n in (3, 2, 4) if s[k - n : k] in hits.hide), None)
        if owner is None:
            # 隔壁的田东升，就是小升: the name before it, read by its surname
            n = next((n for n in (3, 2) if surname_at(s, k - n) and _CJK_RUN.match(s, k - n).end() == k), None)
            if n is None or s[k - n : k] in lexicon().common:
                continue
            owner = s[k - n : k]
            hits.hide[owner] = max(hits.hide.get(owner, 0), 0.85)
            hits.hide_spans.append((k - n, k, 0.85))
        hits.hide[s[a:b]] = max(hits.hide.get(s[a:b], 0), 0.85)
        hits.hide_spans.append((a, b, 0.85))
        hits.alias.setdefault(s[a:b], owner)
    for m in _NICKNAME.finditer(s):
        g = "q" if m.group("q") else "n"
        a, b = m.span(g)
        nick = s[a:b]
        if "某" in nick:
            continue
        hits.hide[nick] = max(hits.hide.get(nick, 0), 0.9)
        hits.hide_spans.append((a, b, 0.9))
        k = m.start() - 1
        owner = None
        if k > 0 and s[k] in "（(，,":
            owner = next((s[k - n : k] for n in (3, 2, 4) if s[k - n : k] in hits.hide), None)
        elif k < 0 or s[k] == "\n":
            # 曾用名：韩明杰 as a field of the party's block: the person named last above it
            above = [(e, st) for st, e, c in hits.hide_spans if e <= m.start() - 1 and m.start() - e < 300 and c >= 0.9]
            if above:
                end, start = max(above)
                owner = s[start:end]
        if owner and owner != nick:
            hits.alias.setdefault(nick, owner)

