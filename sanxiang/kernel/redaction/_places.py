"""Home addresses of natural persons (and financial situation, found the same way: by label).

住址 / 家庭住址 / 现住 / 户籍地 … are always a person's home. 住所 / 地址 / 联系地址 belong to
whoever the surrounding party block is about: an organisation's 住所 stays, a natural
person's goes. 经营场所 / 营业场所 / 注册地址 (an organisation's or an individual business's
registered place) always stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._found import Found
from ._tables import region_names_by_length, regions

_HOME = (
    "家庭住址", "家庭地址", "家住", "现住址", "现住地", "现住", "现居住地址", "现居住地", "现居住于", "现居住在", "现居住",
    "居住地址", "居住地", "经常居住地", "暂住地址", "暂住地", "暂住于", "暂住在", "暂住", "户籍地址", "户籍所在地",
    "户籍地", "户口所在地", "身份证住址", "身份证地址", "住址", "住在", "居住在", "居住于", "住于", "老家",
    "现住所", "现居所", "现住处", "家在", "收货地址", "收件地址", "收件人地址", "收货人地址", "寄件地址", "寄件人地址", "快递地址",
)  # fmt: skip
_AMBIGUOUS = (
    "住所地",
    "住所",
    "联系地址",
    "通讯地址",
    "通信地址",
    "送达地址",
    "送达地点",
    "邮寄地址",
    "地址",
)
_KEEP = (
    "经营场所", "营业场所", "经营地址", "注册地址", "注册地", "生产经营场所", "生产经营地址", "生产地址",
    "办公地址", "办公场所", "营业地址", "机关地址", "单位地址", "仓库地址", "经营地点", "检查地点", "地点",
    "执业机构地址", "机构地址",
)  # fmt: skip
_LABELS = sorted(_HOME + _AMBIGUOUS + _KEEP, key=len, reverse=True)
_LABEL_RE = re.compile(
    "(?P<label>" + "|".join(_LABELS) + r"|(?<=[，,（(、\s])住(?!宿(?![州迁])|院|房|户|所|址))"
    r"(?P<colon>[\"”]?[ \t]*[:：][ \t]*[\"“]?|[ \t]*[|｜][ \t]*(?=[^\s|｜-])|[ \t]*(?:为|是|在|于)[ \t]*)?"  # JSON "住址":"…", |住址|…|
)
_HOME_SET = frozenset(_HOME) | {"住"}
_KEEP_SET = frozenset(_KEEP)

_ADDRESS_HINT = re.compile(r"[省市区县镇乡村路街道巷弄号室栋楼幢组屯苑园城庄府院里湾]")
_ADDRESS_END = re.compile(r"(?:室|户|房)$")
_SENTENCE_OPENER = re.compile(
    r"(?:经查|问|答|当事人|依据|根据|以上|如不服|本机关|现|你|我|联系|电话|身份|送达|签|被|执法|检查|询问|记录)"
)
_STOP = frozenset('，,。；;\n！？!?“”"|、的')
# A value that starts like this is prose, not an address (住所地与经常居住地不一致的).
_NOT_ADDRESS_START = frozenset("与和及的等或不在为变是由向对将把被从按如若该其所并也都已、，,。；;：:")
_ADDRESS_SHAPE = re.compile(r"[0-9]|[路街巷弄村组号室栋幢楼屯苑镇乡]|小区|花园|大厦|公寓|社区|大道|广场")
_FIELD_AFTER_SPACE = re.compile(r"[ \t]+[\u4e00-\u9fffA-Za-z]{1,8}[:：]")
_MAX_ADDRESS = 80

_SUBJECT = re.compile(
    r"(?P<person>你(?!单位|公司|局|店|厂|社)|姓名|经营者|房东|产权人|户主|出租人|承租人|委托代理人|代理人|投资人|受送达人|被处罚人|违法行为人|被询问人|被调查人|证人|被询问人|被调查人|[（(，,][男女][，,）)]|出生|"
    r"身份证|公民身份号码|民族|驾驶人|驾驶员|驾驶证|所有人|车主|联系方式|性别|年龄|职业|户籍)|"
    r"(?P<org>名称|单位名称|企业名称|统一社会信用代码|社会信用代码|信用代码|注册号|营业执照|组织机构代码|有限公司|"
    r"公司|经营部|合作社)|"
    r"(?P<agency>如不服|行政复议|行政诉讼|本机关|本局|我局|执法机关|行政机关|复议机关|人民政府|人民法院|"
    r"[\u4e00-\u9fff](?:局|委员会|大队|支队)(?=[ \t]*[\n，,。]))"
)


# 和谐家园7幢, 和平路12号, 于家村3组: a value that opens with a place's name
_PLACE_START = re.compile(r"[\u4e00-\u9fff]{1,6}(?:花园|家园|小区|公寓|新村|大厦|广场|苑|村|镇|乡|路|街|巷|弄)[0-9一二三四五六七八九十]")


def _prose_start(value: str) -> bool:
    """A value opening with 与/和/都 … is prose, unless a region's name starts there (和龙市, 都昌县)."""
    if value[:1] not in _NOT_ADDRESS_START or _PLACE_START.match(value):
        return False
    table = regions()
    return not any(value[:k] in table for k in range(2, 8))


def _subject_before(shadow: str, pos: int) -> str:
    window = shadow[max(0, pos - 200) : pos]
    last = None
    for m in _SUBJECT.finditer(window):
        last = m
    if last is None:
        return "person"
    if last.lastgroup == "org" and "代码" in last.group() and _ID_AS_CODE.match(window, last.end()):
        return "person"  # 统一社会信用代码（纳税人识别号）：<an ID number>: a natural person's record
    return last.lastgroup or "person"


# A citizen ID number given where an organisation's code would be (a natural person's tax number).
_ID_AS_CODE = re.compile(
    r"[^:：\n]{0,12}[:：][ \t]*[1-9][0-9]{5}[ \t]?(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
    r"[ \t]?[0-9]{3}[0-9Xx]"
)


_ADDRESSEE = re.compile(r"受送达人(?:名称|姓名)?[:：][ \t]*([^\n]{1,40})")
_ORG_WORDS = re.compile(r"公司|店|厂|局|所|社|中心|部|站|院|馆|合作社|委员会|集团")


def _addressee(shadow: str, pos: int) -> str | None:
    """Whom a 送达地点/送达地址 belongs to: the 受送达人 of the same receipt, above or below it."""
    window = shadow[max(0, pos - 200) : pos + 200]
    m = _ADDRESSEE.search(window)
    if m is None:
        return None
    return "org" if _ORG_WORDS.search(m.group(1)) else "person"


def _value_end(shadow: str, start: int) -> int:
    i = start
    n = len(shadow)
    limit = min(n, start + _MAX_ADDRESS)
    while i < limit:
        c = shadow[i]
        if c in "（(":
            close = re.compile(r"[^（()）\n]{0,16}[）)]").match(shadow, i + 1)
            if close and not re.search(r"[:：]|电话|身份证", close.group()):
                i = close.end()
                continue
            break
        if c in "）)":
            break
        if c == "\n":
            # An address broken over two lines continues when the next line is more of it.
            if i > start and not _ADDRESS_END.search(shadow[start:i].rstrip()):
                head = shadow[i + 1 : i + 30].lstrip(" \t")
                first = re.match(r"[^，,。；;：:\s]{1,20}", head)
                if (
                    first
                    and not _SENTENCE_OPENER.match(head)
                    and not re.match(r"[\u4e00-\u9fffA-Za-z]{1,8}[:：]", head)
                    and not re.match(r"[0-9一二三四五六七八九〇十]{2,4}年", head)
                    and (_ADDRESS_HINT.search(first.group()) or re.match(r"[0-9]+[号栋幢楼层座室组户]", head))
                ):
                    i += 1
                    continue
            break
        if c in _STOP:
            break
        if c in " \t" and _FIELD_AFTER_SPACE.match(shadow, i):
            break
        if shadow.startswith(("的家中", "家中", "的住处", "的住宅", "的家", "的房屋", "的出租屋", "附近"), i):
            break
        if shadow.startswith(("联系电话", "电话", "手机", "身份证", "邮编", "邮政编码"), i):
            break
        i += 1
    while i > start and shadow[i - 1] in " \t\n":
        i -= 1
    return i


def region_prefix(address: str, level: str) -> str:
    """The part of ``address`` naming its province/city/county, up to ``level``."""
    if level == "none":
        return ""
    table = regions()
    rank = {"province": 1, "city": 2, "county": 3}
    want = rank[level]
    i = 0
    kept = 0
    seen = 0
    while i < len(address) and seen < 3:
        hit = None
        for length, names in region_names_by_length():
            if length <= len(address) - i and address[i : i + length] in names:
                hit = address[i : i + length]
                break
        if hit is None:
            break
        r = table[hit]
        r_rank = rank[r.level]
        if r_rank < seen + 1 and r.level != "county":
            break
        if r_rank > want:
            break
        i += len(hit)
        kept = i
        seen = r_rank
        if r_rank == 3:
            break
    return address[:kept]


_VALUE_ON_NEXT_LINE = re.compile(r"(?![^\n：:]{0,10}[：:])[^\n，。；]{0,12}(?:[路街巷弄村组号镇乡]|小区|花园|大厦)")


def find_addresses(shadow: str) -> Iterator[Found]:
    for m in _LABEL_RE.finditer(shadow):
        label = m.group("label")
        if label in _KEEP_SET:
            continue
        start = m.end()
        if m.group("colon") and shadow[start : start + 1] == "\n" and _VALUE_ON_NEXT_LINE.match(shadow, start + 1):
            start += 1  # 住所：⏎龙井街道南岭村6巷23号: the value went to the next line (PDF text)
        end = _value_end(shadow, start)
        if end - start < 2:
            continue
        value = shadow[start:end]
        if _prose_start(value) or not _ADDRESS_SHAPE.search(value):
            continue
        if label == "住" and not (_ADDRESS_HINT.search(value) and len(value) >= 4):
            continue
        if label in ("住在", "住于", "老家", "暂住") and not _ADDRESS_HINT.search(value):
            continue
        if label in _HOME_SET:
            conf = 0.95
        else:
            from ._names import in_agency_footer

            if in_agency_footer(shadow, m.start()):
                continue  # （地址：…  联系电话：…） under the seal: the agency's
            subject = _subject_before(shadow, m.start())
            if label.startswith("送达"):
                subject = _addressee(shadow, m.start()) or subject
            if subject != "person":
                continue
            conf = 0.8
        yield Found(start, end, "address", conf, value)


# A home with no label: 当事人将其位于X的自建房, 在其位于X的住宅内, 其家位于X, 从其家中（X）查获.
_DWELLING = (
    "自建房", "自住房", "自有住宅", "自有房屋", "自家房屋", "自建住宅", "住宅", "住房", "房屋", "民房", "楼房", "平房",
    "老宅", "祖屋", "宅基地", "院落", "院子",
    "出租屋", "出租房", "宅院", "农房", "住处", "居所", "住所",
)  # fmt: skip
_OWNER = r"(?:其|自己|本人|他|她|自家|其家|其本人|他家|她家)"
_UNLABELLED_HOME = re.compile(
    r"(?P<a>位于|坐落于|座落于)"
    r"|(?:" + _OWNER + r"的?|的)(?:家|家中|住处|住宅|住房|居所|房屋|老家|自住房)(?P<b>位于|在|系|是|坐落于)"
    r"|(?P<own>其|你的|您的|你|您)?(?P<place>家中|住处|住宅|家里|住所地|住所)[ \t]*(?P<c>[（(])"
    r"|(?:宅基地|自建房|自住房|住房|住宅|老宅)[一两二]处[，,][ \t]*(?P<d>位于|坐落于)"
    r"|(?P<e>租住的|租住在|租住于|借住在|暂住的)"
)
_DWELLING_AFTER = re.compile(
    r"的?(?:" + "|".join(sorted(_DWELLING, key=len, reverse=True)) + r")(?<!家)|的?家(?:中|门|里|院|内|(?![\u4e00-\u9fff]))"
)


def find_unlabelled_homes(shadow: str) -> Iterator[Found]:
    for m in _UNLABELLED_HOME.finditer(shadow):
        start = m.end()
        end = _value_end(shadow, start)
        value = shadow[start:end]
        if end - start < 4 or _prose_start(value) or not _ADDRESS_SHAPE.search(value):
            continue
        if not _ADDRESS_HINT.search(value):
            continue
        if m.group("a") and not _DWELLING_AFTER.match(shadow, end):
            continue  # 其位于X的厂房 / 门店: a business's premises, which stay
        if m.group("c"):
            if shadow[end : end + 1] not in ("）", ")"):
                continue
            if m.group("place").startswith("住所") and not m.group("own") and _subject_before(shadow, m.start()) != "person":
                continue  # 公司住所（…）: an organisation's

        yield Found(start, end, "address", 0.85, value)


# A flat a person lives in, bought or rents, named in prose: 影响您所住13栋1803室的正常生活,
# 您购买的春和景明2栋1单元3002室于2022年交付, 答：就在我租的房子里，X市X区仙湖路148号…11幢106室,
# 其位于该项目6栋2单元901室的住房. The value runs to the flat's number, which is what makes it a home.
_BUILDING = r"[0-9]{1,3}(?:栋|幢|座|号楼)(?:[0-9]{1,2}单元)?"  # 11幢, 6栋2单元
_ROOM = _BUILDING + r"[0-9][0-9OlI]{1,4}(?:室|房|号)?(?![0-9])"
_HOME_FLAT = re.compile(
    r"(?:(?:您|你|我|其|他|她|本人)(?:所住|居住|住|购买|买|租|承租|租住|家)的?(?:房子|房屋|住房|房)?"
    r"(?:里|内|中|在|位于|是|为)?|位于该(?:项目|小区|楼盘|楼)|该(?:项目|小区))[，,：:]?[ \t]*"
    rf"(?P<v>[\u4e00-\u9fff0-9A-Za-z\-]{{0,40}}?{_ROOM})"
)
# …前往X市X区…2405室进行检查。该处为当事人租住的住所: a place visited, then said to be someone's home.
_HOME_AFTER = re.compile(r"该(?:处|房屋|地址|住所|房间)(?:为|系|是)[^。\n]{0,8}(?:租住|居住|自住|住所|住处|住宅|家)")
_VISITED = re.compile(
    r"(?:前往|来到|到|至|在|对)(?P<v>[^，,。；;\n]{4,60}?(?:室|房|号|户))[ \t]*(?:进行|开展|实施|依法|检查|现场|调查)[^。\n]{0,20}[。；;][ \t]*$"
)


# …丁静怡南开区白云街道公园路73号华侨新村7栋2单元2005室的房屋以每月3600元出租, 你将名下位于…11栋2805房等房产出租:
# a flat followed by 的房屋 / 等房产 is a dwelling; the address starts at the first region or street name.
_FLAT_OF_DWELLING = re.compile(
    _ROOM + r"(?=[ \t\n]*(?:的|等)?[ \t\n]*(?:房[ \t\n]*屋|住[ \t\n]*房|住[ \t\n]*宅|房[ \t\n]*子|房[ \t\n]*产|自住房|出租屋))"
)
_RUN_STOP = re.compile(r"[，,。；;：:（()）“”\"、]|\n\n|[ \t]{2}")
_STREET_START = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:街道|镇|乡|路|街|大道|巷|村)")


def _region_at(shadow: str, k: int) -> bool:
    """Whether a region's name (2 to 6 characters) starts at ``k``."""
    table = regions()
    return any(shadow[k : k + n] in table for n in (6, 5, 4, 3, 2))


def _address_start(shadow: str, room: int) -> int | None:
    """Where the address ending at a flat (``room``) begins: the first region name in the run of
    text before it, else the first street or village; None when neither is there."""
    lo = max(0, room - 50)
    stops = [m.end() for m in _RUN_STOP.finditer(shadow, lo, room)]
    lo = stops[-1] if stops else lo
    k = next((k for k in range(lo, room) if _region_at(shadow, k)), None)
    if k is not None:
        return k
    m = _STREET_START.search(shadow, lo, room)
    return m.start() if m else None


# Answers in an interview record to a question about where someone lives or what house is theirs
# (问：你平时住在哪里？答：就住户籍地，周旺镇李家湾村新屋场35号; 问：你家现有宅基地几处？答：一处，…在龙潭镇杨柳村10组3号).
_HOME_QUESTION = re.compile(
    r"(?m)^[ \t]*问[:：](?![^\n]*(?:新建|建的|建房|占的|占用))[^\n]*?"
    r"(?:住在哪|住哪|住的地方|家在哪|家住|住址|住处|住所|宅基地|房子是谁|老房|放在哪|存放在哪|藏在哪)[^\n]*\n"
    r"[ \t]*答[:：](?P<answer>[^\n]*)"
)
# … and an address followed by who lives there: 同心路144号附6（你的租住房屋）.
_OWNER_AFTER = re.compile(r"[（(](?:你|其|他|她|您|当事人)的?(?:租住|居住|自住|自有)?(?:房屋|住房|住宅|住所|住处|家)[）)]")


def find_answer_homes(shadow: str) -> Iterator[Found]:
    if "答" not in shadow:
        return
    for m in _HOME_QUESTION.finditer(shadow):
        lo, hi = m.span("answer")
        for k in range(lo, hi):
            if _starts_address(shadow, k):
                end = _value_end(shadow, k)
                value = shadow[k:end]
                if end - k >= 5 and _ADDRESS_SHAPE.search(value) and re.search(r"[0-9]", value):
                    yield Found(k, end, "address", 0.75, value)
                break


def _starts_address(shadow: str, k: int) -> bool:
    """Whether an address can begin at ``k``: a region's name, or a street or village name right
    after a break (在龙潭镇…, ，文昌路21号…)."""
    if _region_at(shadow, k):
        return True
    prev = shadow[k - 1 : k]
    return prev in ("，", ",", "在", "是", ":", "：", " ") and bool(
        re.match(r"[\u4e00-\u9fff]{1,6}?(?:街道|镇|乡|路|街|大道|巷|村)[0-9\u4e00-\u9fff]", shadow[k : k + 12])
    )


def find_homes_by_owner_after(shadow: str) -> Iterator[Found]:
    for m in _OWNER_AFTER.finditer(shadow):
        a = _address_start(shadow, m.start())
        if a is not None and _ADDRESS_SHAPE.search(shadow[a : m.start()]):
            yield Found(a, m.start(), "address", 0.75, shadow[a : m.start()])


def find_homes_by_flat(shadow: str) -> Iterator[Found]:
    for m in _FLAT_OF_DWELLING.finditer(shadow):
        a = _address_start(shadow, m.start())
        if a is not None:
            yield Found(a, m.end(), "address", 0.75, shadow[a : m.end()])
    for m in _HOME_FLAT.finditer(shadow):
        v = m.group("v")
        if _prose_start(v):
            continue
        yield Found(m.start("v"), m.end("v"), "address", 0.8, v)
    for m in _HOME_AFTER.finditer(shadow):
        before = _VISITED.search(shadow, max(0, m.start() - 100), m.start())
        if before is not None and _ADDRESS_SHAPE.search(before.group("v")):
            yield Found(before.start("v"), before.end("v"), "address", 0.75, before.group("v"))


# A flat in a residential compound named next to a person: 蓝晓光（10栋1404房）, 6栋2001房业主黄春兰.
_UNIT = (
    r"(?:[\u4e00-\u9fff]{1,6}(?:花园|家园|小区|公寓|新村|大厦|苑|园|湾|府|城|庭|居))?"
    + _BUILDING
    + r"[0-9]{2,5}(?:室|房|号)?"
)
_FLAT = re.compile(
    rf"(?<=[^号路街道巷弄楼层厦园苑城村组区县市镇乡\s\d][（(]){_UNIT}(?=[）)，,、；;])|{_UNIT}(?=业主|住户|租户|居民|房主|户主)"
    r"|(?<![0-9栋幢座号楼单元])(?:[0-9]{1,2}楼)?[0-9]{3,4}(?:室|房)(?=业主|住户|租户|租客|房主|户主)"  # 5楼507室租户
)


def find_flats(shadow: str) -> Iterator[Found]:
    for m in _FLAT.finditer(shadow):
        head = re.search(r"[0-9]", m.group())
        cut = max(m.group().rfind(c, 0, head.start() if head else 0) for c in "系是为的在于住至即")
        a = m.start() + cut + 1  # 当事人系和谐家园2栋204房业主: the compound starts after 系
        yield Found(a, m.end(), "address", 0.75, shadow[a : m.end()])


_FINANCIAL = re.compile(
    r"(?:月收入|年收入|月工资|年工资|月薪|年薪|家庭年收入|家庭月收入|家庭收入|银行存款|个人存款|家庭存款|存款|个人资产|"
    r"家庭财产|个人财产|负债|欠款|债务|低保金|救助金|(?:每月|每个月)(?:工资|收入|到手|能挣|挣)|工资(?:是|为)?(?:每月|每个月)|"
    r"劳务报酬(?:所得|收入)?|(?:股权|财产)转让(?:所得|收入)|租金收入|外债)"
    r"(?:约|为|仅|共|有|达|只有|只|才|不足|不到|余额|约为|仅为|大概|大约|[:：])*[ ]?"
    r"(?P<amt>[0-9][0-9.,，]*[ ]?(?:万|千|百)?元|[一二三四五六七八九十百千万两]+元)"
)


def find_financial(shadow: str) -> Iterator[Found]:
    for m in _FINANCIAL.finditer(shadow):
        yield Found(m.start("amt"), m.end("amt"), "financial", 0.7, m.group("amt"))
