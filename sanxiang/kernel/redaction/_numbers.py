"""Structured identifiers: ID numbers, phones, bank accounts, e-mail, plates, certificates.

Everything here runs on the normalised shadow (see ``_shadow``). Digits may be broken up by
spaces, hyphens, dots or underscores (``138 0013 8000``, ``4405-2418-8001-0100-14``): a
*cluster* is a run of digits with at most one such separator (or two spaces) between
neighbours, classified by what its digits look like and by the nearest label before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sanxiang.kernel.identifiers import PROVINCE_PREFIXES, is_valid_citizen_id, is_valid_uscc

from ._found import Found

# --------------------------------------------------------------------------------------------
# Labels: the nearest one before a number (same line, a few characters back) says what it is.
# --------------------------------------------------------------------------------------------

_LABELS: dict[str, tuple[str, ...]] = {
    "id": (
        "公民身份号码", "身份证件号码", "身份证号码", "居民身份证号", "居民身份证", "身份证号", "身份证",
        "身份号码", "证件号码", "证件号", "社会保障号码", "社会保障卡号", "社保卡号", "社会保障号",
    ),
    "phone": (
        "联系电话", "电话号码", "移动电话", "固定电话", "手机号码", "手机号", "联系方式", "联系号码",
        "电话", "手机", "固话", "座机", "传真", "手提", "Tel", "TEL", "tel",
    ),
    "contact": ("微信号", "微信", "QQ号码", "QQ号", "QQ", "qq"),
    # an organisation's is its credit code (stays); a natural person's is the citizen ID number
    "tax_id": ("纳税人识别号", "税号"),
    "bank": (
        "银行卡号", "银行账号", "银行帐号", "银行账户", "银行帐户", "开户账号", "收款账号", "收款账户",
        "对公账户", "账户号码", "银行卡", "账号", "帐号", "卡号", "账户", "帐户",
    ),
    "protect": (
        "统一社会信用代码", "社会信用代码", "信用代码", "注册号", "执法证号", "执法证件号", "执法证编号",
        "执法证", "执法证件", "工作证号", "许可证编号", "许可证号", "许可编号", "案号", "文号", "邮政编码",
        "邮编", "批准文号", "备案号", "批号", "组织机构代码", "监督电话",
        "举报电话", "投诉电话", "咨询电话", "服务热线", "热线", "办公电话", "值班电话", "订单号", "发票号码",
        "合同编号", "报告编号", "登记编号", "证书编号", "设备代码", "使用登记证编号", "注册证号", "申请编号",
    ),
}  # fmt: skip
_LABEL_KIND = {w: k for k, ws in _LABELS.items() for w in ws}
_LABEL_RE = re.compile(
    "(?<!执法)(?<![A-Za-z0-9])("
    + "|".join(sorted((re.escape(w) for w in _LABEL_KIND), key=len, reverse=True))
    + ")"
)
_PHONE_PROTECT_LABELS = frozenset(
    ("监督电话", "举报电话", "投诉电话", "咨询电话", "服务热线", "热线", "办公电话", "值班电话")
)
_OFFICER_CERT_LABELS = ("执法证号", "执法证件号", "执法证编号", "执法证", "执法证件")

# A label governs a number only if nothing but these lies between them.
_LABEL_GAP = re.compile(r"[^\S\n]*(?:[（(][^）)\n]{0,8}[）)])?[^\S\n]*(?:[:：为是（(]|[^\S\n])?[^\S\n]*"
                        r"(?:[0-9Xx \-]*[、/或及和，,；;][^\S\n]*)*$")  # fmt: skip

_AGENCY_LINE = re.compile(
    r"本机关|本局|我局|本委|本所|本队|本院|本单位|执法机关|行政机关|复议机关|受理机关|办案机构|"
    r"本(?:告知|决定|通知)书|陈述、申辩|陈述和申辩|[局委办院队所站]\s*(?:地址|联系|电话)|监督电话|举报电话|投诉电话|咨询电话|服务热线|政务服务|"
    r"该局|该机关|[\u4e00-\u9fff](?:局|委员会|人民政府|大队|支队|中队)(?:[\u4e00-\u9fff]{0,8}(?:科|股|处|办公室|中心))?"
    r"(?![\u4e00-\u9fff]{0,3}(?:职工|员工|家属))"
)
_PERSON_LINE = re.compile(
    r"当事人|姓名|代理人|经营者|证人|法定代表人|负责人|住址|身份证|被询问人|申请人|投资人"
)


def _label_before(shadow: str, start: int) -> str | None:
    """The kind of the label governing a number that starts at ``start``, if any."""
    lo = max(0, start - 40)
    window = shadow[lo:start]
    nl = max(window.rfind("\n"), window.rfind("。"))
    if nl >= 0:
        window = window[nl + 1 :]
    last = None
    for m in _LABEL_RE.finditer(window):
        last = m
    if last is None:
        return None
    if not _LABEL_GAP.match(window, last.end()):
        return None
    word = last.group(1)
    kind = _LABEL_KIND[word]
    if kind == "phone" and _is_agency_phone(shadow, start):
        return "agency_phone"
    if kind == "protect" and word in _PHONE_PROTECT_LABELS:
        return "agency_phone"
    return kind


def _agency_nearer(text: str) -> bool | None:
    """Whether the last mention of an agency in ``text`` comes after the last mention of a person
    (…可向本局法规科反映，联系电话：; 委托代理人：冯婷，该局工作人员); None when neither is mentioned."""
    agency = max((m.end() for m in _AGENCY_LINE.finditer(text)), default=-1)
    person = max((m.end() for m in _PERSON_LINE.finditer(text)), default=-1)
    if agency < 0 and person < 0:
        return None
    return agency > person


# Public lines: a hotline's label right before the number; an address that is an agency's building;
# a government website's footer.
_PUBLIC_LINE = re.compile(r"(?:维权|举报|投诉|监督|服务|咨询|值班)(?:热线|电话)(?:是|为)?[:：]?[ \t]*$")
_AGENCY_PREMISES = re.compile(r"地址[:：][^\n]{0,40}?(?:行政中心|政务中心|政务服务中心|办公大楼|办公楼|综合楼|行政办公区|机关大院|市民中心)")
_SITE_FOOTER = re.compile(r"网站标识码|ICP备|公网安备|主办单位|承办单位|版权所有|技术支持")


def _is_agency_phone(shadow: str, start: int) -> bool:
    lo = max(0, start - 120)
    line_start = shadow.rfind("\n", lo, start) + 1 if "\n" in shadow[lo:start] else lo
    line = shadow[line_start:start]
    nearer = _agency_nearer(line)
    from ._names import (
        above_agency_seal,
        agency_contact_line,
        closes_agency_letter,
        in_agency_footer,
        line_start_near,
    )

    if nearer is None and line.lstrip().startswith(("联系", "电话")) and line_start > lo:
        # a phone on its own line belongs to whoever the line above is about
        prev_start = line_start_near(shadow, line_start - 1)
        if prev_start is not None:
            nearer = _agency_nearer(shadow[prev_start : line_start - 1])
    if nearer:
        return True
    if _PUBLIC_LINE.search(line[-12:]) or _AGENCY_PREMISES.search(line):
        return True  # 维权电话：0359-…; 地址：魏县人民北路288号行政中心；联系电话：…
    if _SITE_FOOTER.search(shadow, start, min(len(shadow), start + 160)) or _SITE_FOOTER.search(line):
        return True  # a government website's footer (地址：…  电话：…⏎网站标识码：…)
    return (
        line.lstrip().startswith("联系")
        and (
            closes_agency_letter(shadow, start)
            or above_agency_seal(shadow, start)
            or agency_contact_line(shadow, line_start)
        )
        or in_agency_footer(shadow, start)
    )


# --------------------------------------------------------------------------------------------
# Digit clusters
# --------------------------------------------------------------------------------------------

_SEP = r"(?:[ \-_.·]{1,4})"  # not a tab: a tab separates table cells
_CLUSTER = re.compile(rf"(?<![0-9A-Za-z])(?:\+[ ]?)?[0-9](?:{_SEP}?+[0-9])*+(?:[ \-]?[Xx])?(?![0-9A-Za-z])")
_UNIT_AFTER = re.compile(
    r"\s*(?:元|万|亿|%|％|年|月|日|号(?!码)|条|款|项|平方|米|m|公斤|千克|克|吨|件|个|份|箱|瓶|袋|盒|次|台|辆|"
    r"天|小时|分钟|岁|周岁|人|户|家|只|头|株|亩|公里|千米|批|张|页|册|kg|g|L|升|毫升|ml|℃|度)"
)
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_LANDLINE = re.compile(r"0[1-9][0-9]{1,2}[0-9]{7,8}")


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = ord(c) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _plausible_date(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= 31 and 1850 <= y <= 2100


def id_shaped(d: str) -> bool:
    """Looks like an ID number whatever its check character (a mistyped ID is still an ID)."""
    if d[:2] not in PROVINCE_PREFIXES:
        return False
    if len(d) == 18 and d[:17].isdigit():
        return _plausible_date(int(d[6:10]), int(d[10:12]), int(d[12:14]))
    if len(d) == 15 and d.isdigit():
        return _plausible_date(1900 + int(d[6:8]), int(d[8:10]), int(d[10:12]))
    return False


def _classify(d: str, label: str | None, has_sep_after_area: bool) -> tuple[str, float] | None:
    """(kind, confidence) for the compact digits ``d`` of a cluster, or None to leave it."""
    n = len(d)
    if label == "protect":
        return None
    if label == "tax_id":
        if n == 18 and (is_valid_citizen_id(d) or id_shaped(d) and not is_valid_uscc(d)) or n == 15 and id_shaped(d):
            return "id_number", 0.95
        return None
    core = d[2:] if n == 13 and d.startswith("86") else d
    if label == "agency_phone":
        # An agency's landline stays; a mobile number is a person's, whoever's line it is on.
        return ("phone", 0.9) if len(core) == 11 and _MOBILE.fullmatch(core) else None
    if label == "id" and n >= 6:
        return "id_number", 0.95
    if label == "bank" and n >= 6:
        return "bank_account", 0.95
    if label == "contact" and n >= 5:
        return "contact", 0.9
    if n == 18:
        if is_valid_citizen_id(d):
            return "id_number", 0.99
        if is_valid_uscc(d):
            return None  # an organisation's credit code stays
        if id_shaped(d) or d.endswith("X"):
            return "id_number", 0.85
    if n == 15 and id_shaped(d):
        return "id_number", 0.8
    if len(core) == 11 and _MOBILE.fullmatch(core):
        return "phone", 0.95
    if label == "phone" and n >= 5:
        return "phone", 0.9
    if _LANDLINE.fullmatch(d) and (has_sep_after_area or n >= 11):
        return "phone", 0.75
    if n >= 12 and "X" not in d:
        if 16 <= n <= 19 and (_luhn_ok(d) or d.startswith("62")):
            return "bank_account", 0.9
        return "bank_account", 0.6
    if "X" in d and n >= 12:
        return "id_number", 0.6
    return None


def _compact(s: str) -> str:
    return "".join(c for c in s if c.isdigit() or c in "Xx").upper()


def find_clusters(shadow: str) -> Iterator[Found]:
    for m in _CLUSTER.finditer(shadow):
        raw = m.group()
        s = m.start()
        d = _compact(raw)
        if len(d) < 5:
            continue
        label = _label_before(shadow, m.start())
        if label is None and _UNIT_AFTER.match(shadow, m.end()):
            continue
        result = _classify(d, label, _sep_after_area(raw))
        if result is not None and result[0] == "phone" and label is None and d.startswith("0"):
            if _is_agency_phone(shadow, m.start()):
                continue  # 请致电本局窗口：0755-… (an agency landline without a phone label)
        if (result is None or result[1] < 0.8) and re.search(r"\s", raw):
            parts = list(_split_groups(raw, s))
            sub = [(ps, pe, _classify(_compact(p), label, False)) for ps, pe, p in parts]
            if any(r is not None and r[1] >= 0.8 for _, _, r in sub):
                for ps, pe, r in sub:
                    if r is not None:
                        yield Found(ps, pe, r[0], r[1], shadow[ps:pe])
                continue
        if result is not None:
            yield Found(s, m.end(), result[0], result[1], shadow[s : m.end()])


def _sep_after_area(raw: str) -> bool:
    return bool(re.match(r"0[0-9]{2,3}[ \-.]", raw))


def _split_groups(raw: str, offset: int) -> Iterator[tuple[int, int, str]]:
    for m in re.finditer(r"[^ \t]+", raw):
        yield offset + m.start(), offset + m.end(), m.group()


# --------------------------------------------------------------------------------------------
# Letters and digits together
# --------------------------------------------------------------------------------------------

_ALNUM = re.compile(r"(?<![0-9A-Za-z])[0-9A-Za-z]*[A-Za-z][0-9A-Za-z]*(?![0-9A-Za-z])")
_EMBEDDED_MOBILE = re.compile(r"(?<![0-9])(?:86)?1[3-9][0-9]{9}(?![0-9])")
_EMBEDDED_ID = re.compile(r"(?<![0-9])[1-8][0-9]{16}[0-9Xx](?![0-9])")


def find_alnum(shadow: str) -> Iterator[Found]:
    """Mobile and ID numbers glued to letters (``tel13800138000``)."""
    for m in _ALNUM.finditer(shadow):
        tok = m.group()
        if len(tok) < 11 or sum(c.isdigit() for c in tok) < 11:
            continue
        if len(tok) == 18 and is_valid_uscc(tok.upper()):
            continue
        for e in _EMBEDDED_ID.finditer(tok):
            if is_valid_citizen_id(e.group().upper()) or id_shaped(e.group().upper()):
                if e.start() > 0 and tok[: e.start()].isalpha() and e.end() == len(tok):
                    # G330106201005250537 (学籍号): the letters belong to the number, hide it all
                    yield Found(m.start(), m.end(), "other_id", 0.9, tok)
                else:
                    yield Found(m.start() + e.start(), m.start() + e.end(), "id_number", 0.9, e.group())
        for e in _EMBEDDED_MOBILE.finditer(tok):
            yield Found(m.start() + e.start(), m.start() + e.end(), "phone", 0.85, e.group())


# --------------------------------------------------------------------------------------------
# Certificates named by a label: passports, permits for persons, driving licences …
# --------------------------------------------------------------------------------------------

_CERT = re.compile(
    r"(?<!执法)(?<!工作)(?P<label>护照号码|护照号|护照|(?:往来)?(?:港澳|台湾)?通行证(?:号码|号)?|台胞证(?:号码|号)?|回乡证(?:号码|号)?|"
    r"军官证(?:号码|号)?|士兵证(?:号码|号)?|驾驶证(?:档案编号|号码|号)?|居住证(?:号码|号)?|永久居留(?:身份)?证(?:号码|号)?|"
    r"(?:(?:医师|护士|律师|教师|药师)(?:执业|资格|注册)|执业|资格)证(?:书)?(?:编号|编码|号码|号)|健康证(?:编号|号码|号)?|从业资格证(?:号码|号)?|"
    r"证件号码|证件号|(?:执业|资格)证书(?=[，,][ ]?证号))"
    r"(?:[，,][ ]?(?:号码|编号|证号))?"  # 持普通护照，号码：A74661706; 执业证书，证号是川乡医字3895337号
    r"[^0-9A-Za-z\n，。；,;]{0,6}?(?P<num>(?:[\u4e00-\u9fff]{1,3}字)?[A-Za-z]{0,3}[0-9][0-9A-Za-z\-]{4,24}"
    r"(?:[（(][0-9]{1,2}[）)]|(?<=[0-9])号(?=[，。；,;）)\s]|$))?)(?![0-9A-Za-z])"
)


def find_certificates(shadow: str) -> Iterator[Found]:
    for m in _CERT.finditer(shadow):
        num = m.group("num")
        if (
            len(num) == 18
            and m.group("label").startswith("证件号")
            and is_valid_uscc(num.upper())
            and not is_valid_citizen_id(num.upper())
        ):
            continue  # 证件号码 of an organisation: its credit code; a personal certificate's label wins
        yield Found(m.start("num"), m.end("num"), "passport", 0.9, num)


# --------------------------------------------------------------------------------------------
# Property certificates (不动产权证, 房屋所有权证, 土地使用证 …)
# --------------------------------------------------------------------------------------------

_PAREN_YEAR = r"[(（〔\[][0-9]{4}[^)）〕\]\n]{0,2}[)）〕\]]"
_PROPERTY = re.compile(
    "|".join(
        [
            # 粤(2019)深圳市不动产权第0123456号 / 京(2020)朝阳区不动产证明第0001234号
            rf"[\u4e00-\u9fff]{{1,2}}{_PAREN_YEAR}[\u4e00-\u9fff]{{0,16}}?不动产(?:权|证明)第?[ ]?[0-9A-Za-z]{{3,14}}[ ]?号?",
            # 京房权证朝字第123456号 / 深房地字第3000123456号 / 沪房地浦字(2005)第012345号
            rf"[\u4e00-\u9fff]{{0,4}}房(?:权证?|地产?(?:权证|证)?|产证)[\u4e00-\u9fff]{{0,5}}?字?(?:{_PAREN_YEAR})?第?[ ]?[0-9A-Za-z]{{3,14}}[ ]?号?",
            # 深国用(2003)第012345号 / 京朝国用(2008出)第0012345号 / 集用 / 集建
            rf"[\u4e00-\u9fff]{{0,4}}(?:国用|集用|集建|集有|国土用)(?:{_PAREN_YEAR})?字?第?[ ]?[0-9A-Za-z]{{3,14}}[ ]?号?",
            # 英林证字（2010）第056883号 / 某土证字(2001)第123号: forest and land certificates
            rf"[\u4e00-\u9fff]{{1,4}}(?:林证|林权证?|土证|地证)字?(?:{_PAREN_YEAR})?第?[ ]?[0-9A-Za-z]{{3,14}}[ ]?号?",
            # labelled: 不动产权证号：…, 房产证号：…, 土地证号：…, 机动车登记证书编号：…
            r"(?:不动产权证(?:书)?|不动产证(?:书)?|房产证|房屋所有权证|土地使用(?:权)?证|土地证|产权证|权属证书|"
            r"机动车登记证书|车辆登记证书|登记证书|林权证|宅基地使用证|船舶所有权证书|行驶证|(?:土地)?承包经营权证(?:书)?|"
            r"经营权证|承包合同)(?:编号|号码|号)?(?:[（(](?:证号|编号)(?=[:：]))?"
            r"(?:[，,][ ]?(?:证书)?(?:编号|证号|号码))?[:：为 ]{0,3}(?P<lbl>(?:[^\s，。；,;、（）()]|[（(][^）)\n]{0,8}[）)]){3,40})",
        ]
    )
)


def find_property_certificates(shadow: str) -> Iterator[Found]:
    for m in _PROPERTY.finditer(shadow):
        if m.group("lbl"):
            s, e = m.start("lbl"), m.end("lbl")
        else:
            s, e = m.start(), m.end()
        value = shadow[s:e]
        if not any(c.isdigit() for c in value):
            continue
        yield Found(s, e, "property_certificate", 0.9, value)


# --------------------------------------------------------------------------------------------
# E-mail, plates, QQ / WeChat handles
# --------------------------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+ ?@ ?[A-Za-z0-9\-]+(?: ?\. ?[A-Za-z0-9\-]+)+")
_PLATE = re.compile(
    r"(?<![A-Za-z0-9])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
    r"[ ]?[A-HJ-NP-Z][ ·\-]?(?:[A-HJ-NP-Z0-9]{5,6}|[A-HJ-NP-Z0-9]{4}[挂学警港澳领])(?![A-Za-z0-9])"
)
# A fishing boat's registered name (浙岱渔03058, 鲁荣渔养2682): like a plate, it names the owner.
_BOAT = re.compile(
    r"(?<![\u4e00-\u9fff])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼黔滇]"
    r"[\u4e00-\u9fff]渔(?:运|养|辅|政)?[ ]?[0-9]{3,6}(?![0-9])"
)
_HANDLE = re.compile(
    r"(?<![A-Za-z0-9])(?:微信号?|微信账号|微信账户|QQ号?|qq号?|抖音号|快手号|视频号|小红书号|微博号?|B站号?|哔哩哔哩号?|"
    r"支付宝账号|支付宝|(?:微信|支付宝)(?:转账|收款|付款|支付)(?=[（(]))(?:码|名|ID|id|UID|uid)?[^\S\n]*(?:[:：（(]|是|为)?[^\S\n]*"
    r"(?P<h>[A-Za-z][A-Za-z0-9_\-]{5,19})(?![A-Za-z0-9_\-])"
)


def find_emails(shadow: str) -> Iterator[Found]:
    for m in _EMAIL.finditer(shadow):
        addr = re.sub(r"\s", "", m.group())
        if addr.lower().endswith(".gov.cn"):
            continue  # an agency's own mailbox
        yield Found(m.start(), m.end(), "email", 0.95, addr)


def find_boats(shadow: str) -> Iterator[Found]:
    for m in _BOAT.finditer(shadow):
        if m.group()[2:4] == "渔政":
            continue  # a fisheries patrol boat is the agency's
        yield Found(m.start(), m.end(), "other_id", 0.85, m.group())


def find_plates(shadow: str) -> Iterator[Found]:
    for m in _PLATE.finditer(shadow):
        plate = m.group()
        if sum(c.isdigit() for c in plate) == 0:
            continue
        yield Found(m.start(), m.end(), "vehicle_plate", 0.9, plate)


def find_handles(shadow: str) -> Iterator[Found]:
    for m in _HANDLE.finditer(shadow):
        yield Found(m.start("h"), m.end("h"), "contact", 0.85, m.group("h"))


_CERT_VALUE = re.compile(r"[^\s，。；,;、）)]{4,30}")
_CERT_NEXT = re.compile(r"[、，,][ \t]*(?=[\u4e00-\u9fff]{0,4}[A-Za-z0-9])")
_OFFICER_CERT_RE = re.compile(
    "(?:" + "|".join(_OFFICER_CERT_LABELS) + r"|执法人员证号|执法人员证件号)"
    r"(?:号码|编号|号)?(?:[（(](?:证号|编号)?)?(?:分别为|分别是|为|是)?[:：\s]*"
)
# On a line that names officers (执法人员：A  证件号…；B  证件号…, 法制审核人：C（法律职业资格证书编号：…）)
# a number after these labels is the officer's.
_OFFICER_LINE_CERT = re.compile(r"(?<!身份)(?:证件号码|证件号|证件编号|证号|证书编号|证书号)(?:分别为|为)?[:：\s]*")


_BRACKETED_NUMBER = re.compile(r"[（(](?P<v>[A-Za-z\u4e00-\u9fff]{0,5}[0-9][0-9A-Za-z\-]{3,28}号?)[）)]")
NEXT_OFFICER_CERT = re.compile(
    r"[）)][、，,和及]\n?(?P<name>[\u4e00-\u9fff·]{2,12}?)\n?[（(](?:执法证号|证号)?[:：]?\n?"
    r"(?P<v>[\u4e00-\u9fffA-Za-z]{0,6}[0-9][0-9A-Za-z\-]{3,28}号?)(?=[）)])"
)


def officer_certificate_spans(shadow: str) -> Iterator[tuple[int, int]]:
    """Officers' certificate numbers (执法证号：44030012345, 证号分别为A、B): always kept."""
    from ._names import officer_line_starts

    def values(pos: int) -> Iterator[tuple[int, int]]:
        while True:
            v = _CERT_VALUE.match(shadow, pos)
            if v is None:
                return
            yield v.start(), v.end()
            nxt = _CERT_NEXT.match(shadow, v.end())
            if nxt is None:
                return
            pos = nxt.end()

    for m in _OFFICER_CERT_RE.finditer(shadow):
        for a, b in values(m.end()):
            yield a, b
            # 郭丽（执法证号：44070577347）、李浩（440705906458）: the next officer's bracket holds only the number
            nxt = NEXT_OFFICER_CERT.match(shadow, b)
            while nxt is not None:
                yield nxt.span("v")
                nxt = NEXT_OFFICER_CERT.match(shadow, nxt.end("v"))
    for a, b in officer_line_starts(shadow):
        for m in _OFFICER_LINE_CERT.finditer(shadow, a, b):
            yield from values(m.end())
        for m in _BRACKETED_NUMBER.finditer(shadow, a, b):
            yield m.span("v")  # 执法人员：吴博文（430524732628）  王丽娟（湘行执字9668…）


# A permit issued to a natural person, in the decision that grants it: 向你核发渔业捕捞许可证，编号：
# （吉扶）船捕（2023）NB-948098号 — shaped like a document number, but it is the person's licence.
_ISSUED_TO_PERSON = re.compile(
    r"向(?:你|您|其|申请人)(?!单位|公司|司|社|厂|店|企业)核发[^，,。；\n]{0,24}?(?:证书?|执照|许可)[，,]?[ \t]*(?:证书)?(?:编号|证号|号码)"
    r"(?:为|是)?[:：]?[ \t]*(?P<v>[^\s，,。；;]{4,40}?)(?=[，,。；;\s]|$)"
)


def find_issued_to_person(shadow: str) -> Iterator[Found]:
    for m in _ISSUED_TO_PERSON.finditer(shadow):
        if any(c.isdigit() for c in m.group("v")):
            yield Found(m.start("v"), m.end("v"), "other_id", 0.8, m.group("v"))


# --------------------------------------------------------------------------------------------
# Any other personal number known only by its label (病历号, 车架号, 社保卡号, 会员卡号 …)
# --------------------------------------------------------------------------------------------

# A label ending in 号/号码/账号/编号/卡号/证号/ID, then a run of ≥ 6 letters and digits.
_ANY_LABEL_NUMBER = re.compile(
    r"(?P<stem>[\u4e00-\u9fffA-Za-z]{1,10}?)(?P<suf>号码|账号|帐号|编号|卡号|证号|代号|号|ID|Id|id)"
    r"[^\S\n]*(?:[（(][^）)\n]{0,12}[）)])?[^\S\n]*(?:[:：]|是|为)?[^\S\n]*"
    r"(?P<pre>[A-Za-z]{0,2}[\u4e00-\u9fff]{1,2}(?=[0-9A-Za-z]))?(?P<num>[0-9A-Za-z][0-9A-Za-z\-]{5,31})(?![0-9A-Za-z])"
)
# Labels of numbers that identify a document, an organisation, an officer, a product or a
# place — never hidden by this rule.
_PROTECTED_STEM = re.compile(
    r"执法|文|案|注册|许可|备案|批准|批|合同|订单|单|发票|报告|税|组织机构|机构|邮政|邮编|信用|决定|通知|"
    r"工号|警号|型号|货号|款号|楼|房间|门牌|序|流水|标准|代码|记录|检测|检验|样品|产品|商品|批次|生产|车次|航班|钢瓶|气瓶|出厂|"
    r"营业执照|执照|企业|公司|单位|设备|仪器|器具|计量|船舶|船|统一|登记|编码|项目|标段|采购|招标|证明|凭证|"
    r"票|券|收据|回执|条码|货|仓|柜|箱|包裹|快递|运单|海关|报关|商标|专利|药品|批准|许可证|罚没|缴款|非税|"
    r"规格|版|期|页|卷|宗|档号|索引|文件|公告|公示|函|令|字|第"
)
# Numbers that name a person even though their label looks like a thing's: a parcel's tracking
# number (it leads to the recipient), a dog's licence, a worker's certificate.
_PERSONAL_STEM = re.compile(r"快递|物流|养犬|犬只|犬证|作业人员|从业人员|执业证|资格证|实名")
_CERT_STEM = re.compile(r"证书|证")  # 证书编号 / 证号: personal only with a personal qualification nearby
_PERSONAL_CERT_CONTEXT = re.compile(
    r"资格|执业|从业|上岗|作业|操作|健康|医师|护士|教师|律师|驾驶|个人|居住|残疾|退役|学生|社保|社会保障|医保|"
    r"导游|船员|厨师|电工|焊工|保安员|护工|兽医|乡村医生"
)


def find_labelled_numbers(shadow: str) -> Iterator[Found]:
    for m in _ANY_LABEL_NUMBER.finditer(shadow):
        stem = m.group("stem")
        # the label is the stem's last clause word: at most 6 characters back
        stem = stem[-6:]
        label = stem + m.group("suf")
        personal = _PERSONAL_STEM.search(label) is not None
        if _PROTECTED_STEM.search(label) and not personal:
            continue
        if m.group("pre") and (not personal or m.group("pre").startswith("第")):
            continue  # 温犬36308598, T京2019238902: a prefix only under a personal label
        if _CERT_STEM.search(stem) or label == "编号":  # 许可证，编号：JY144… is the permit's
            ctx = shadow[max(0, m.start("suf") - len(stem) - 16) : m.start("num")]
            if not _PERSONAL_CERT_CONTEXT.search(ctx):
                continue
        elif _LABEL_KIND.get(label) == "protect":
            continue
        num = m.group("num")
        start = m.start("pre") if m.group("pre") else m.start("num")
        if sum(c.isdigit() for c in num) < 4 or len(num) < 6:
            continue
        if len(num) == 18 and is_valid_uscc(num.upper()) and not is_valid_citizen_id(num.upper()):
            continue
        after = shadow[m.end("num") : m.end("num") + 1]
        if _UNIT_AFTER.match(shadow, m.end("num")) or after and after in "〕]":
            continue
        yield Found(start, m.end("num"), "other_id", 0.8, shadow[start : m.end("num")])
