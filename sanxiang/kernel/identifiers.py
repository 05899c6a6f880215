"""National identifiers: citizen ID numbers, unified social credit codes, document numbers.

Pure Python, no Django. Three families:

* GB 11643-1999 公民身份号码 — 18 characters (6 region, 8 birth date, 3 sequence, 1 check) and
  the legacy 15-digit form (6 region, yyMMdd birth date in the 1900s, 3 sequence, no check).
* GB 32100-2015 法人和其他组织统一社会信用代码 — 18 characters (registration authority,
  organisation type, 6-digit region, 9-character organisation code, check).
* GB/T 9704-2012 党政机关公文格式 发文字号 — ``机关代字〔年份〕序号号``.

Each validator has a boolean form for code (``is_valid_*``) and an ``explain_*`` form that
returns the first problem as a Chinese sentence a form can show next to the field, or ``None``.
Where the standards leave room, the choices (and the leniency) are written next to the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

__all__ = [
    "USCC_ALPHABET",
    "DocumentNumber",
    "citizen_id_birth_date",
    "citizen_id_check_char",
    "explain_citizen_id",
    "explain_uscc",
    "is_valid_citizen_id",
    "is_valid_uscc",
    "normalize_document_number",
    "parse_document_number",
    "uscc_check_char",
]

# --------------------------------------------------------------------------------------------
# Regions (GB/T 2260)
# --------------------------------------------------------------------------------------------

#: Province-level prefixes of GB/T 2260: 11-15 North, 21-23 North-East, 31-37 East,
#: 41-46 Central-South, 50-54 South-West, 61-65 North-West, 71 Taiwan, 81 Hong Kong, 82 Macao.
#: 83 is added because the residence permits for Hong Kong, Macao and Taiwan residents
#: (港澳台居民居住证, 2018) carry GB 11643 numbers starting 810000 / 820000 / 830000.
PROVINCE_PREFIXES: frozenset[str] = frozenset(
    [str(n) for n in range(11, 16)]
    + [str(n) for n in range(21, 24)]
    + [str(n) for n in range(31, 38)]
    + [str(n) for n in range(41, 47)]
    + [str(n) for n in range(50, 55)]
    + [str(n) for n in range(61, 66)]
    + ["71", "81", "82", "83"]
)

#: Credit codes issued by central registration authorities carry region ``100000``.
_USCC_REGION_PREFIXES: frozenset[str] = PROVINCE_PREFIXES | {"10"}

# Only a province-level check is made. County codes change every year and an ID number keeps
# the code of the year it was issued forever, so a current county table would reject real
# numbers; a complete historical table is not shipped.

_ASCII_DIGITS = frozenset("0123456789")


def _is_ascii_digits(s: str) -> bool:
    return bool(s) and all(c in _ASCII_DIGITS for c in s)


# --------------------------------------------------------------------------------------------
# GB 11643 citizen ID numbers
# --------------------------------------------------------------------------------------------

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARS = "10X98765432"  # indexed by sum mod 11
_EARLIEST_BIRTH = date(1850, 1, 1)


def citizen_id_check_char(first17: str) -> str:
    """The GB 11643 check character (``0-9`` or ``X``) for the first 17 digits."""
    if len(first17) != 17 or not _is_ascii_digits(first17):
        raise ValueError("身份号码前17位应为数字")
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK_CHARS[total % 11]


def _parse_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def citizen_id_birth_date(s: str) -> date | None:
    """The birth date written in an 18- or 15-character ID number, or None if it has none.

    Only the date field is read; the rest of the number is not checked.
    """
    if not isinstance(s, str):
        return None
    if len(s) == 18 and _is_ascii_digits(s[6:14]):
        return _parse_date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    if len(s) == 15 and _is_ascii_digits(s[6:12]):
        return _parse_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))
    return None


def explain_citizen_id(s: str, *, today: date | None = None) -> str | None:
    """Why ``s`` is not a valid citizen ID number (in Chinese), or None when it is valid.

    ``today`` bounds the birth date (defaults to the current date); pass it for reproducible
    results. A lowercase ``x`` check character is accepted.
    """
    if not isinstance(s, str) or not s:
        return "身份号码不能为空"
    if len(s) not in (15, 18):
        return f"长度应为18位（或15位旧号码），实际为{len(s)}位"
    if len(s) == 18:
        if not _is_ascii_digits(s[:17]):
            return "前17位应为数字"
        if s[17] not in "0123456789Xx":
            return "第18位（校验码）应为数字或X"
    elif not _is_ascii_digits(s):
        return "15位旧号码应全部为数字"
    if s[:2] not in PROVINCE_PREFIXES:
        return "行政区划代码无效"
    birth = citizen_id_birth_date(s)
    if birth is None:
        return "出生日期不存在"
    if birth > (today or date.today()):
        return "出生日期晚于今天"
    if birth < _EARLIEST_BIRTH:
        return "出生日期过早（早于1850年）"
    if len(s) == 18:
        expected = citizen_id_check_char(s[:17])
        if s[17].upper() != expected:
            return f"校验码错误：第18位应为{expected}"
    return None


def is_valid_citizen_id(s: str, *, today: date | None = None) -> bool:
    """True for a GB 11643 citizen ID number (18 characters, or the legacy 15 digits).

    Checks: ASCII digits, province-level region prefix, a real birth date between 1850 and
    ``today``, and for 18 characters the check character (``x`` accepted for ``X``).
    Surrounding whitespace is not stripped: callers normalise input first.
    """
    return explain_citizen_id(s, today=today) is None


# --------------------------------------------------------------------------------------------
# GB 32100 unified social credit codes
# --------------------------------------------------------------------------------------------

#: The 31 characters of GB 32100, in value order (no I, O, S, V, Z).
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUES = {c: i for i, c in enumerate(USCC_ALPHABET)}
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

#: GB 32100-2015 Appendix A: registration authority (第1位) → organisation types (第2位).
#: Y (其他) "不再具体划分机构类别，统一用1表示"; 2 and 3 are accepted there as well because
#: codes issued by local registries have been seen with them — leniency over rejecting a
#: real organisation. Every other authority follows the standard's table exactly.
USCC_AUTHORITIES: dict[str, tuple[str, frozenset[str]]] = {
    "1": ("机构编制", frozenset("1239")),
    "2": ("外交", frozenset("19")),
    "3": ("司法行政", frozenset("123459")),
    "4": ("文化", frozenset("19")),
    "5": ("民政", frozenset("1239")),
    "6": ("旅游", frozenset("129")),
    "7": ("宗教", frozenset("129")),
    "8": ("工会", frozenset("19")),
    "9": ("工商（市场监管）", frozenset("123")),
    "A": ("中央军委改革和编制办公室", frozenset("19")),
    "N": ("农业", frozenset("1239")),
    "Y": ("其他", frozenset("123")),
}


def uscc_check_char(first17: str) -> str:
    """The GB 32100 check character for the first 17 characters of a credit code."""
    if len(first17) != 17 or any(c not in _USCC_VALUES for c in first17):
        raise ValueError("统一社会信用代码前17位应由数字和大写字母（不含I、O、S、V、Z）组成")
    total = sum(_USCC_VALUES[c] * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def explain_uscc(s: str) -> str | None:
    """Why ``s`` is not a valid unified social credit code (in Chinese), or None when valid."""
    if not isinstance(s, str) or not s:
        return "统一社会信用代码不能为空"
    if len(s) != 18:
        return f"统一社会信用代码应为18位，实际为{len(s)}位"
    for position, char in enumerate(s, start=1):
        if char not in _USCC_VALUES:
            if char.upper() in _USCC_VALUES:
                return f"第{position}位字母应为大写"
            return (
                f"第{position}位“{char}”不是统一社会信用代码允许的字符（数字和除I、O、S、V、Z以外的大写字母）"
            )
    authority = USCC_AUTHORITIES.get(s[0])
    if authority is None:
        return f"第1位登记管理部门代码“{s[0]}”无效"
    name, types = authority
    if s[1] not in types:
        allowed = "、".join(sorted(types))
        return f"第2位机构类别代码“{s[1]}”无效：登记管理部门“{name}”的机构类别应为{allowed}"
    if not _is_ascii_digits(s[2:8]) or s[2:4] not in _USCC_REGION_PREFIXES:
        return "第3至8位登记管理机关行政区划码无效"
    expected = uscc_check_char(s[:17])
    if s[17] != expected:
        return f"校验码错误：第18位应为{expected}"
    return None


def is_valid_uscc(s: str) -> bool:
    """True for a GB 32100 unified social credit code (upper case, 18 characters)."""
    return explain_uscc(s) is None


# --------------------------------------------------------------------------------------------
# GB/T 9704 document numbers (发文字号)
# --------------------------------------------------------------------------------------------

_OPENING = "〔[(（【［﹝〖「"
_CLOSING = "〕])）】］﹞〗」"
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_WHITESPACE = re.compile(r"\s+")
_DOCUMENT_NUMBER = re.compile(
    rf"^(?P<prefix>.*)[{re.escape(_OPENING)}](?P<year>[0-9]*)[{re.escape(_CLOSING)}]"
    r"第?(?P<number>[0-9]*)号?$"
)


@dataclass(frozen=True, slots=True)
class DocumentNumber:
    """A parsed 发文字号: 机关代字, 年份, 发文顺序号."""

    prefix: str
    year: int
    number: int

    def __str__(self) -> str:
        return f"{self.prefix}〔{self.year}〕{self.number}号"


def parse_document_number(s: str) -> DocumentNumber:
    """Parse a document number written in any of the usual ways.

    Accepts the year in 〔〕, [], (), （）, 【】, ［］, ﹝﹞, 〖〗 or 「」, a 第 before the serial
    number, leading zeros, full-width digits, spaces anywhere and a missing final 号.
    Raises ValueError (Chinese message) when ``s`` is not a document number.
    """
    if not isinstance(s, str) or not s.strip():
        raise ValueError("文号不能为空")
    text = _WHITESPACE.sub("", s).translate(_FULLWIDTH_DIGITS)
    match = _DOCUMENT_NUMBER.match(text)
    if match is None:
        raise ValueError("文号格式不正确：应为“机关代字〔年份〕序号号”，例如“国市监处罚〔2026〕10号”")
    prefix, year, number = match.group("prefix", "year", "number")
    if not prefix:
        raise ValueError("文号缺少机关代字")
    if not year:
        raise ValueError("文号缺少年份")
    if len(year) != 4 or year.startswith("0"):
        raise ValueError("文号年份应为4位数字")
    if not number:
        raise ValueError("文号缺少发文顺序号")
    if int(number) == 0:
        raise ValueError("文号发文顺序号不能为0")
    return DocumentNumber(prefix=prefix, year=int(year), number=int(number))


def normalize_document_number(s: str) -> str:
    """The GB/T 9704 form of a document number: ``机关代字〔YYYY〕N号``, no 第, no leading zeros."""
    return str(parse_document_number(s))
