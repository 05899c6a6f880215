"""A normalised shadow of the input, used for detection, with a map back to the original.

Disguises that must not hide an identifier: full-width characters (１３８ / ＠), other
scripts' decimal digits, zero-width and other invisible format characters (U+200B, U+FEFF,
soft hyphen, bidi controls), the ideographic space, exotic dashes, and long runs of Chinese
numerals (一三八〇〇一三八〇〇〇). Every shadow character comes from exactly one original
character, so a shadow span maps back to original offsets without guessing.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from ._intervals import Covered

# Characters dropped from the shadow: all invisible format characters we know of.
_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb"
)
_DASHES = "\u2010-\u2015\u2212\ufe58\ufe63"
_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"

# Anything that needs a change; text without such characters is its own shadow.
_NEEDS_WORK = re.compile(
    f"[{_INVISIBLE}{_DASHES}{_SPACES}\uff01-\uff5e\u00b7\u30fb\uff65]|(?![0-9])\\d"
)
_CN_DIGITS = {
    "〇": "0", "零": "0", "○": "0", "Ｏ": "0", "洞": "0", "一": "1", "幺": "1", "二": "2", "两": "2",
    "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "拐": "7", "八": "8", "九": "9",
}  # fmt: skip
# Seven or more Chinese numerals in a row are a number written out (a phone, an ID), not prose; so
# are groups of two to five said one after another (幺三六，九幺二八，三二六九 — 幺, 拐 and 洞 are how
# 1, 7 and 0 are said over the phone).
_CND = "[〇零○一幺二两三四五六七八九拐洞]"
_CN_DIGIT_RUN = re.compile(f"{_CND}{{7,}}|(?<!{_CND}){_CND}{{2,5}}(?:[ ，,\\-]{_CND}{{2,5}}){{1,5}}(?!{_CND})")


# A scanned document read by OCR: O for 0 and l or I for 1 inside a number (44158l1965O1272959,
# 138O5798624). A run of six or more digits and such letters, with at most three letters and at least
# five digits, standing alone, is read as the number it was.
_OCR_RUN = re.compile(r"(?<![A-Za-z0-9])[0-9OoIl]*[OoIl][0-9OoIl]*(?:[Xx])?(?![A-Za-z0-9])")
_OCR_MAP = str.maketrans("OoIl", "0011")


def _ocr_digits(m: re.Match[str]) -> str:
    run = m.group()
    body = run[:-1] if run[-1:] in "Xx" else run
    letters = sum(c in "OoIl" for c in body)
    if len(body) < 6 or letters > max(3, len(body) // 4) or len(body) - letters < 5:
        return run
    return body.translate(_OCR_MAP) + run[len(body) :]


def _fold(ch: str) -> str:
    """The shadow of one character: '' to drop it, otherwise exactly one character."""
    o = ord(ch)
    if 0xFF01 <= o <= 0xFF5E:
        return chr(o - 0xFEE0)
    if ch in "\u00b7\u30fb\uff65":
        return "·"
    cat = unicodedata.category(ch)
    if cat == "Cf" or o == 0x034F or 0x180B <= o <= 0x180F or 0xFE00 <= o <= 0xFE0F:
        return ""
    if ch in "\u115f\u1160\u3164\uffa0":
        return ""
    if cat == "Zs":
        return " "
    if cat == "Pd" or ch == "\u2212":
        return "-"
    if cat == "Nd":
        return str(unicodedata.digit(ch, 0))
    return ch


@dataclass(slots=True)
class Shadow:
    """``text`` is the shadow; ``starts[k]`` is the original index of shadow char ``k``.

    ``starts`` is None when the shadow is identical to the original (the common, fast case).
    ``ends[k]``, when given, is the original end of shadow char ``k``: a decoded HTML entity
    (``&#22531;``, ``&nbsp;``) is one shadow character standing for several original ones.
    """

    text: str
    starts: Sequence[int] | None
    original_length: int
    ends: dict[int, int] | None = None  # the few shadow characters that stand for several original ones

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a shadow span [start, end) to the original text."""
        if self.starts is None:
            return start, end
        if start >= end:
            o = self.starts[start] if start < len(self.starts) else self.original_length
            return o, o
        last = end - 1
        if self.ends is not None and last in self.ends:
            return self.starts[start], self.ends[last]
        return self.starts[start], self.starts[last] + 1


# Text copied from a web page or an online case system keeps its markup: entities (&nbsp;, &ensp;,
# &#22531; for a rare character of a name) and tags (<br>, <p>). The shadow reads them as the
# characters they stand for, so a name or a number is whole again.
_MARKUP = re.compile(
    r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|nbsp|ensp|emsp|thinsp|amp|lt|gt|quot|apos|middot|ldquo|rdquo|lsquo|"
    r"rsquo|mdash|ndash|hellip|times|yen);?|<(?P<close>/)?(?P<tag>br|p|div|span|td|tr|th|table|tbody|thead|li|ul|ol|"
    r"strong|b|i|em|u|font|h[1-6]|section|article|a)\b[^<>\n]{0,200}?/?>",
    re.IGNORECASE,
)
_ENTITIES = {
    "nbsp": " ", "ensp": " ", "emsp": " ", "thinsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": '"',
    "apos": "'", "middot": "·", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—",
    "ndash": "-", "hellip": "…", "times": "×", "yen": "¥",
}  # fmt: skip
_BLOCK_TAGS = frozenset(("br", "p", "div", "tr", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section"))


def _markup_char(m: re.Match[str]) -> str:
    """What one entity or tag stands for: a character, a line break, or nothing."""
    tag = m.group("tag")
    if tag is not None:
        tag = tag.lower()
        if tag in _BLOCK_TAGS and (tag == "br" or m.group("close")):
            return "\n"
        return " " if tag in ("td", "th") and m.group("close") else ""
    body = m.group()[1:].rstrip(";")
    if body.startswith("#"):
        try:
            code = int(body[2:], 16) if body[1:2] in "xX" else int(body[1:])
            ch = chr(code)
        except (ValueError, OverflowError):
            return m.group()[0]
        return ch if unicodedata.category(ch)[0] != "C" or ch in "\n\t" else " "
    return _ENTITIES.get(body.lower(), m.group()[0])


def make_shadow(text: str) -> Shadow:
    if ("&" not in text and "<" not in text) or not _MARKUP.search(text):
        return _fold_shadow(text)
    decoded: list[str] = []
    starts = array("l")  # a machine-word array: a list of millions of ints costs ~36 bytes each
    wide: dict[int, int] = {}  # index in the decoded text -> original end, for entities
    last = 0
    for m in _MARKUP.finditer(text):
        decoded.append(text[last : m.start()])
        starts.extend(range(last, m.start()))
        ch = _markup_char(m)
        if ch:
            wide[len(starts)] = m.end()
            decoded.append(ch)
            starts.append(m.start())
        last = m.end()
    decoded.append(text[last:])
    starts.extend(range(last, len(text)))
    inner = _fold_shadow("".join(decoded))
    if inner.starts is None:
        return Shadow(inner.text, starts, len(text), wide)
    at = inner.starts  # increasing: every shadow character's index in the decoded text
    ends = {}
    for k, end in wide.items():
        j = bisect.bisect_left(at, k)
        if j < len(at) and at[j] == k:
            ends[j] = end
    return Shadow(inner.text, array("l", (starts[k] for k in at)), len(text), ends)


def _fold_shadow(text: str) -> Shadow:
    out: list[str] = []
    starts = array("l")  # the offset map: machine words, not a list of int objects (8 vs ~36 bytes each)
    last = 0
    changed = False
    for m in _NEEDS_WORK.finditer(text):
        i = m.start()
        if i > last:
            out.append(text[last:i])
            starts.extend(range(last, i))
        folded = _fold(text[i])
        if folded != text[i]:
            changed = True
        if folded:
            out.append(folded)
            starts.append(i)
        last = i + 1
    if not changed:
        shadow_text = text
        mapping: array | None = None
    else:
        if last < len(text):
            out.append(text[last:])
            starts.extend(range(last, len(text)))
        shadow_text = "".join(out)
        mapping = starts
    if "__" in shadow_text or "【" in shadow_text:
        shadow_text = _form_blanks(shadow_text)
    drops = _reflow_drops(shadow_text)
    spaced = _letter_spacing_drops(shadow_text)
    if spaced:  # one pass for both: each pass copies the whole mapping
        covered = Covered(drops)
        drops = sorted(drops + [d for d in spaced if not covered.touches(d[0], d[1])])
    if drops:
        shadow_text, mapping = _drop_ranges(shadow_text, mapping, drops)
    if _OCR_RUN.search(shadow_text):
        shadow_text = _OCR_RUN.sub(_ocr_digits, shadow_text)
    if _CN_DIGIT_RUN.search(shadow_text):
        shadow_text = _CN_DIGIT_RUN.sub(_cn_digits, shadow_text)
    return Shadow(shadow_text, mapping, len(text))


# A printed form filled in: the value stands on a line of underscores or in brackets after its label
# (姓名____崔飞____ 性别____男____, 联系电话【198 0310 1883】). The shadow reads the blank as a colon
# after the label and as spaces after the value, so a form reads like labelled fields.
_BLANK = re.compile(r"_{2,}")
_BRACKET_FIELD = re.compile(r"(?<=[\u4e00-\u9fff:：])【(?=[^【】\n]{1,60}】)")


def _form_blanks(shadow_text: str) -> str:
    """The blanks and brackets of a filled-in form, replaced character for character (the mapping
    back to the original does not change)."""
    chars = list(shadow_text)
    for m in _BLANK.finditer(shadow_text):
        a, b = m.span()
        prev = shadow_text[a - 1 : a]
        nxt = shadow_text[b : b + 1]
        if prev.isascii() and prev.isalnum() and nxt.isascii() and nxt.isalnum():
            continue  # an account name (wxid_ab__cd)
        opens = bool(prev) and ("\u4e00" <= prev <= "\u9fff" or prev in "）)") and nxt not in ("", " ", "\t", "\n")
        chars[a:b] = (":" if opens else " ") + " " * (b - a - 1)
    for m in _BRACKET_FIELD.finditer(shadow_text):
        close = shadow_text.index("】", m.end())
        chars[m.start()] = " " if shadow_text[m.start() - 1] in ":：" else ":"
        chars[close] = " "
    return "".join(chars)


def _cn_digits(m: re.Match[str]) -> str:
    """A number written in Chinese numerals, read as digits; the spaces and commas between its
    groups become spaces (幺三六，九幺二八，三二六九 → 136 9128 3269)."""
    return "".join(_CN_DIGITS.get(c, " ") for c in m.group())


# Text extracted from a PDF or a fixed-width export is wrapped at a column: most lines are about as
# long as the longest, and they end wherever the column ended (mid-word, inside a name or a number),
# with page footers (－1－, 第 1 页 共 3 页) between two halves of a sentence. In such a document the
# shadow drops those line ends and footers, so every finder reads the sentence as written.
_SENTENCE_END = frozenset("。！？；：!?;:」』”")
_FOOTER_LINE = re.compile(
    r"[ \t]*(?:[—－\-–]+[ \t]*[0-9]{1,3}[ \t]*[—－\-–]+|第[ \t]*[0-9]{1,3}[ \t]*页(?:[ \t]*[,，/]?[ \t]*共[ \t]*[0-9]{1,3}[ \t]*页)?"
    r"|[0-9]{1,2}[ \t]*/[ \t]*[0-9]{1,2})[ \t]*"  # never a bare number: 810 may be the end of an ID number
)
_MIN_WRAPPED = 6


def _reflow_drops(text: str) -> list[tuple[int, int]]:
    """Ranges of ``text`` (line ends of wrapped lines, with any page footer between the two halves)
    that a reflowed document would not have; empty for ordinary documents."""
    if text.count("\n") < _MIN_WRAPPED * 2:
        return []
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    lengths = sorted(b - a for a, b in lines if b - a >= 12)
    if len(lengths) < _MIN_WRAPPED:
        return []
    width = lengths[int(len(lengths) * 0.9)]  # the column: nearly every wrapped line reaches it
    if width > 60:
        return []  # long lines are paragraphs, not a column

    def wrapped(k: int) -> bool:
        a, b = lines[k]
        return b - a >= width * 0.8 and text[b - 1] not in _SENTENCE_END and not text[a:b].isspace()

    def opens_text(k: int) -> bool:
        a, b = lines[k]
        return b > a and text[a] not in " \t\u3000"

    candidates = [k for k in range(len(lines) - 1) if wrapped(k)]
    if len(candidates) < _MIN_WRAPPED or len(candidates) < 0.3 * sum(1 for a, b in lines if b > a):
        return []
    drops: list[tuple[int, int]] = []
    for k in candidates:
        nxt = k + 1
        # skip a page footer (and blank lines around it) between the two halves
        j = nxt
        while j < len(lines) and (lines[j][1] == lines[j][0] or _FOOTER_LINE.fullmatch(text, *lines[j])):
            j += 1
        if j < len(lines) and j != nxt and not any(_FOOTER_LINE.fullmatch(text, *lines[i]) for i in range(nxt, j)):
            continue  # only blank lines: a paragraph break
        if j >= len(lines) or not opens_text(j):
            continue
        drops.append((lines[k][1], lines[j][0]))
    return drops if len(drops) >= _MIN_WRAPPED else []


# OCR of a scanned page, and some Word templates, space out the characters of a line
# (经 营 者：夏 勇，公 民 身份 号 码：…, 《特 种 设 备 作 业 人 员 证》证 号：…). On such a line the shadow
# drops the single spaces between Chinese characters, so labels, names and numbers read as written.
_SPACED_HINT = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]")
_SPACED_NEIGHBOUR = re.compile(r"[\u4e00-\u9fff:;,.()<>\u3000-\u303f\u2018-\u201d]")
_SPACED_MIN_SINGLES = 3  # characters standing alone between single spaces


def _letter_spacing_drops(text: str) -> list[tuple[int, int]]:
    """Single spaces between Chinese characters on letter-spaced lines: a line where at least three
    tokens, and at least a third of the tokens between single spaces, are one Chinese character. A
    table row written with single spaces (1 张三 男 汉族 木工) has one such token, not three."""
    if not _SPACED_HINT.search(text):
        return []
    drops: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if _SPACED_HINT.search(line):
            tokens = re.split(r"(?<! ) (?! )", line)
            singles = sum(1 for tok in tokens if len(tok) == 1 and "\u4e00" <= tok <= "\u9fff")
            if singles >= _SPACED_MIN_SINGLES and singles * 3 >= len(tokens):
                for m in re.finditer(r"(?<! ) (?! )", line):
                    k = m.start()
                    if 0 < k < len(line) - 1 and _SPACED_NEIGHBOUR.match(line[k - 1]) and _SPACED_NEIGHBOUR.match(line[k + 1]):
                        if "\u4e00" <= line[k - 1] <= "\u9fff" or "\u4e00" <= line[k + 1] <= "\u9fff":
                            drops.append((pos + k, pos + k + 1))
        pos += len(line) + 1
    return drops


def _drop_ranges(
    shadow_text: str, mapping: array | None, drops: list[tuple[int, int]]
) -> tuple[str, array]:
    starts = mapping if mapping is not None else array("l", range(len(shadow_text)))
    out: list[str] = []
    new_starts = array("l")
    last = 0
    for a, b in drops:
        out.append(shadow_text[last:a])
        new_starts.extend(starts[last:a])
        last = b
    out.append(shadow_text[last:])
    new_starts.extend(starts[last:])
    return "".join(out), new_starts

