"""Putting the finders together: protect, find, resolve overlaps, pseudonymise, mask."""

from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

from . import _mask as M
from . import _statnames
from ._found import PRIORITY, STRUCTURED, Found
from ._intervals import Covered
from ._names import (
    BOUNDARY_BEFORE,
    LANDFORM,
    NameHits,
    certificate_cells,
    column_names,
    foreign_names,
    free_text_names,
    generic_labelled_names,
    handler_columns,
    home_address_cells,
    kin_given_names,
    labelled_names,
    latin_names,
    nicknames,
    officers_by_certificate,
    party_rows,
    representative_columns,
    table_names,
)
from ._numbers import (
    find_alnum,
    find_boats,
    find_certificates,
    find_clusters,
    find_emails,
    find_handles,
    find_issued_to_person,
    find_labelled_numbers,
    find_plates,
    find_property_certificates,
    officer_certificate_spans,
)
from ._places import (
    find_addresses,
    find_answer_homes,
    find_financial,
    find_flats,
    find_homes_by_flat,
    find_homes_by_owner_after,
    find_unlabelled_homes,
    region_prefix,
)
from ._protect import brand_spans, fixed_spans, org_spans
from ._shadow import make_shadow
from ._tables import lexicon, rare_surnames, regions, surnames


@dataclass(frozen=True, slots=True)
class Span:
    """One redaction. ``start``/``end`` index the *input* text; ``original == text[start:end]``."""

    start: int
    end: int
    kind: str
    original: str
    replacement: str
    confidence: float

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "original": self.original,
            "replacement": self.replacement,
            "confidence": self.confidence,
        }


@dataclass(frozen=True, slots=True)
class RedactionResult:
    text: str
    spans: tuple[Span, ...]

    def to_dict(self) -> dict:
        return {"text": self.text, "spans": [s.to_dict() for s in self.spans]}


class _Occupied:
    """Characters already claimed by an accepted span (a byte per shadow character)."""

    def __init__(self, n: int) -> None:
        self.mask = bytearray(n)

    def overlaps(self, a: int, b: int) -> bool:
        return self.mask.find(1, a, b) >= 0

    def add(self, a: int, b: int) -> None:
        self.mask[a:b] = b"\x01" * (b - a)


def _surname_of(name: str) -> str:
    sn = surnames()
    if name[:2] in sn.compound and len(name) >= 3:
        return name[:2]
    if name[:1] in sn.single or name[:1] in rare_surnames() and len(name) >= 2:
        return name[:1]
    return ""


_FIND_BUDGET = 20_000_000  # characters scanned by str.find before a regex is cheaper


def _occurrences(s: str, names: Iterable[str], *, overlapping: bool = False) -> Iterable[tuple[int, int, str]]:
    """Non-overlapping occurrences of any of ``names`` in ``s``, leftmost first, longest first
    (with ``overlapping``, every occurrence of every name, in order of position).

    A regex alternation of thousands of names is slow (no trie); this looks only at positions
    holding a name's first character.
    """
    distinct = [n for n in set(names) if n]
    if not distinct:
        return
    if len(s) * len(distinct) <= _FIND_BUDGET:
        # Few names in a short text: str.find per name beats compiling a character class.
        at = []
        for n in distinct:
            i = s.find(n)
            while i >= 0:
                at.append((i, -len(n), n))
                i = s.find(n, i + 1)
        at.sort()
        last_end = 0
        for i, neg, n in at:
            if overlapping or i >= last_end:
                yield i, i - neg, n
                last_end = i - neg
        return
    # Names grouped by their first two characters (a one-character name by itself): at a position
    # only the few names sharing that prefix are tried.
    by_prefix: dict[str, list[str]] = {}
    for n in sorted(distinct, key=len, reverse=True):
        by_prefix.setdefault(n[:2], []).append(n)
    firsts = re.compile("[" + "".join(sorted({re.escape(n[0]) for n in distinct})) + "]")
    last_end = 0
    for m in firsts.finditer(s):
        i = m.start()
        if i < last_end and not overlapping:
            continue
        if overlapping:
            for n in by_prefix.get(s[i : i + 2], ()):
                if s.startswith(n, i):
                    yield i, i + len(n), n
            if s[i] in by_prefix:
                yield i, i + 1, s[i]
            continue
        found = next((n for n in by_prefix.get(s[i : i + 2], ()) if s.startswith(n, i)), None)
        if found is None and s[i] in by_prefix:
            found = s[i]  # a one-character name (from ``keep``)
        if found is not None:
            yield i, i + len(found), found
            last_end = i + len(found)


def redact(text: str, *, keep: Iterable[str] = (), policy: M.Policy | dict | None = None) -> RedactionResult:
    """Find personal data in ``text`` and propose a masked version. See docs/redaction.md."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if isinstance(keep, str):
        keep = (keep,)
    pol = M.Policy.coerce(policy)
    if not text:
        return RedactionResult("", ())
    shadow = make_shadow(text)
    s = shadow.text

    # What must stay.
    keep_strings = {make_shadow(k).text.strip() for k in keep if isinstance(k, str) and k.strip()}
    fixed = list(fixed_spans(s))
    certificates = list(officer_certificate_spans(s))
    fixed.extend(certificates)
    joined = _join_broken_lines(s)
    if joined is not None:
        # 文号 and officers' certificates broken by a line end stay too
        jt, jmap, removed = joined
        for a, b in (*fixed_spans(jt), *officer_certificate_spans(jt)):
            fixed.append((jmap[a], jmap[b - 1] + 1))
    row_numbers = list(certificate_cells(s))
    fixed.extend((a, b) for a, b, _, personal in row_numbers if not personal)  # an organisation's permit
    orgs = list(org_spans(s))
    orgs.extend(brand_spans(s))
    hits = NameHits()
    labelled_names(s, hits, fixed)
    officers_by_certificate(s, hits, certificates)
    generic_labelled_names(s, hits)
    table_names(s, hits)
    free_text_names(s, hits)
    foreign_names(s, hits)
    latin_names(s, hits)
    nicknames(s, hits)
    kin_given_names(s, hits)
    column_names(s, hits)
    representative_columns(s, hits)
    party_rows(s, hits)
    handler_columns(s, hits)
    keep_names = hits.keep | keep_strings
    for k in keep_strings:
        start = s.find(k)
        while start >= 0:
            fixed.append((start, start + len(k)))
            start = s.find(k, start + 1)
    fixed.extend(hits.keep_spans)
    hard = Covered(fixed)
    soft = Covered(fixed + orgs)
    _drop_names_seen_only_in(s, hard, hits)
    if _statnames.ENABLED:
        blocked = bytearray(len(s))
        for a, b in fixed + orgs:
            blocked[a:b] = b"\x01" * (b - a)
        for a, b, _ in hits.hide_spans:
            blocked[a:b] = b"\x01" * (b - a)
        for a, b, _ in _occurrences(s, keep_names):
            blocked[a:b] = b"\x01" * (b - a)
        _statnames.statistical_names(s, hits, blocked, keep_names)
        _statnames.coordinated_names(s, hits, blocked, keep_names)
        _statnames.wordlike_names(s, hits, blocked, keep_names)

    found: list[Found] = []
    for finder in (
        find_clusters,
        find_alnum,
        find_certificates,
        find_property_certificates,
        find_emails,
        find_plates,
        find_boats,
        find_handles,
        find_labelled_numbers,
    ):
        for f in finder(s):
            if hard.touches(f.start, f.end):
                continue
            if joined is not None and _removed_between(removed, s, f.start - 8, f.start):
                continue  # 联系电话：⏎0816-…: the joined view, where label and number meet, decides
            found.append(f)
        if joined is not None:
            for f in finder(jt):
                a, b = jmap[f.start], jmap[f.end - 1] + 1
                if _removed_between(removed, s, a - 8, b) and not hard.touches(a, b):  # a break in it or its label
                    f.start, f.end = a, b
                    found.append(f)
    found.extend(find_issued_to_person(s))  # a licence granted to a person, whatever its shape
    for a, b, value, personal in row_numbers:
        if personal:
            found.append(Found(a, b, "other_id", 0.85, value))  # a table's 许可编号 on a natural person's row
    for a, b, value in home_address_cells(s):
        if not soft.touches(a, b):
            found.append(Found(a, b, "address", 0.85, value))  # a table's 住址 column
    for finder in (
        find_addresses,
        find_unlabelled_homes,
        find_flats,
        find_homes_by_flat,
        find_homes_by_owner_after,
        find_answer_homes,
        find_financial,
    ):
        for f in finder(s):
            if not soft.touches(f.start, f.end):
                found.append(f)

    # Names: every occurrence of a name found anywhere, unless it is a kept name.
    # 但梁霞 where 梁霞 is kept: a word before a kept name, not a second person.
    candidates = {
        n: c
        for n, c in hits.hide.items()
        if n not in keep_names and len(n) >= 2 and not (len(n) >= 3 and n[1:] in keep_names)
    }
    occurrences = _by_confidence(s, _occurrences(s, list(candidates) + list(keep_names), overlapping=True), candidates, keep_names)
    places = _named_places(s, occurrences, candidates)
    hide_names = {n: c for n, c in candidates.items() if not (c < 0.97 and n in places)}  # 受送达人：安阳 stays
    for a, b, name in occurrences:
        if name in keep_names or name not in hide_names or soft.touches(a, b):
            continue
        found.append(Found(a, b, "person_name", hide_names[name], name))
    found.extend(_broken_names(s, hide_names, keep_names, soft))
    found.extend(_numbers_after_persons(s, found, hard))
    found.extend(_given_name_references(s, hide_names, keep_names, soft))

    # Resolve overlaps: structured identifiers first, then longer spans.
    found = [f for f in found if f.kind not in pol.skip_kinds]
    found = _drop_numbers_inside_certificates(found)
    found.sort(key=lambda f: (-PRIORITY[f.kind], -(f.end - f.start), f.start))
    accepted = _Occupied(len(s))
    chosen: list[Found] = []
    for f in found:
        if f.end <= f.start or accepted.overlaps(f.start, f.end):
            continue
        accepted.add(f.start, f.end)
        chosen.append(f)
    chosen.sort(key=lambda f: f.start)

    for f in chosen:
        if f.kind == "person_name" and f.value in hits.alias:
            f.value = hits.alias[f.value]
    _given_names_to_full(chosen)
    pseudonyms = _pseudonyms([_person_key(f.value) for f in chosen if f.kind == "person_name"], pol)
    spans: list[Span] = []
    out: list[str] = []
    last = 0
    for f in chosen:
        a, b = shadow.to_original(f.start, f.end)
        if b <= a or a < last:
            continue
        original = text[a:b]
        if f.kind == "property_certificate":
            f.value = "".join(c for c in original if unicodedata.category(c) != "Cf")
        replacement = _replacement(f, pol, pseudonyms)
        if replacement is None:
            continue
        spans.append(Span(a, b, f.kind, original, replacement, round(f.confidence, 2)))
        out.append(text[last:a])
        out.append(replacement)
        last = b
    out.append(text[last:])
    return RedactionResult("".join(out), tuple(spans))


# A line break inside a number or its label: text extracted from a PDF or a fixed-width layout breaks
# lines wherever the column ends (公民身份号码：370211195008⏎014930, 微信号是kevin_3676⏎1).
_BROKEN_LINE = re.compile(
    r"(?<=[0-9A-Za-z_\-.@])[ \t]*\n[ \t]*(?=[0-9A-Za-z_\-.@])(?![0-9]{1,3}(?:\t|[ ]{2})|[0-9]{1,2}[.、])"  # not a table row
    r"(?![0-9]{4}[/.\-年][0-9]|[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-])"  # nor a date on the next line
    # … or inside its label, or between the label and the number (护照号⏎码720169378, 微信号：⏎lucky_17841)
    r"|(?<=[〔［\[（(])[ \t]*\n[ \t]*(?=[0-9])|(?<=[0-9])[ \t]*\n[ \t]*(?=[〕］\]）)]|号)"  # 文号 〔⏎2023〕
    r"|(?<=[：:])[ \t]*\n[ \t]*(?=[0-9A-Za-z])(?![0-9]{1,2}[.、)）])|(?<=[\u4e00-\u9fff])[ \t]*\n[ \t]*(?=[\u4e00-\u9fff]{1,3}[:：]?[ \t]*[0-9A-Za-z])"
)
# … and inside a name (经刘文⏎韬（绰号…）, 林⏎立伟使用).
_BROKEN_WORD = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]*\n[ \t]*(?=[\u4e00-\u9fff])")


_CONTEXT = 200  # characters of a line kept on either side of a break: labels and agency lines are near


def _join_broken_lines(s: str) -> tuple[str, array, set[int]] | None:
    """A view of the text around the line breaks that ``_BROKEN_LINE`` matches, with those breaks
    removed: the line before each break, the line after it and one more line on either side
    (each at most ``_CONTEXT`` characters), windows merged where they meet and separated by a
    blank line. Returns the view, the map from each of its characters to ``s`` and the offsets of
    the removed breaks; None when there is no such break (the common case)."""
    breaks = [(m.start(), m.end()) for m in _BROKEN_LINE.finditer(s)]
    if not breaks:
        return None
    windows: list[list[int]] = []
    for a, b in breaks:
        lo = a
        for _ in range(2):  # this line and the one above it
            k = s.rfind("\n", max(0, lo - _CONTEXT), lo)
            lo = max(0, lo - _CONTEXT) if k < 0 else k
        hi = b
        for _ in range(2):  # the next line and the one below it
            k = s.find("\n", hi + 1, hi + 1 + _CONTEXT)
            hi = min(len(s), hi + 1 + _CONTEXT) if k < 0 else k
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    out: list[str] = []
    index = array("l")  # a machine-word array: a list of ten million ints would cost ~360 MB
    removed: set[int] = set()
    bi = 0
    for lo, hi in windows:
        last = lo
        while bi < len(breaks) and breaks[bi][0] < hi:
            a, b = breaks[bi]
            if a >= lo:
                out.append(s[last:a])
                index.extend(range(last, a))
                removed.add(s.index("\n", a, b))
                last = b
            bi += 1
        out.append(s[last:hi])
        index.extend(range(last, hi))
        out.append("\n\n")
        index.extend((hi - 1, hi - 1))
    return "".join(out), index, removed


def _removed_between(removed: set[int], s: str, lo: int, hi: int) -> bool:
    """Whether the joined view removed a line break from ``s[lo:hi]``."""
    lo = max(0, lo)
    k = s.find("\n", lo, hi)
    while k >= 0:
        if k in removed:
            return True
        k = s.find("\n", k + 1, hi)
    return False


def _broken_names(s: str, hide_names: dict[str, float], keep_names: set[str], soft: Covered) -> Iterable[Found]:
    """Occurrences of found names that a line break cuts in two (刘文⏎韬, 林⏎立伟): at each break
    between two Chinese characters, the few ways a name of two to four characters could straddle it."""
    if not hide_names or "\n" not in s:
        return
    names = set(hide_names) | keep_names
    for m in _BROKEN_WORD.finditer(s):
        left, right = s[max(0, m.start() - 3) : m.start()], s[m.end() : m.end() + 3]
        for k in (3, 2, 1):  # characters of the name before the break, longest first
            if len(left) < k:
                continue
            hit = next((left[-k:] + right[:r] for r in (3, 2, 1) if 2 <= k + r <= 4 and left[-k:] + right[:r] in names), None)
            if hit is None:
                continue
            a, b = m.start() - k, m.end() + len(hit) - k
            if hit not in keep_names and not soft.touches(a, b):
                yield Found(a, b, "person_name", hide_names[hit], hit)
            break


def _by_confidence(
    s: str, occurrences: Iterable[tuple[int, int, str]], candidates: dict[str, float], keep_names: set[str]
) -> list[tuple[int, int, str]]:
    """Occurrences chosen leftmost-longest, except that of two occurrences that cross (neither holds
    the other) the more confident wins: 上述人员由王海龙介绍 holds 由王 (由 is a surname too) and 王海龙."""
    occ = sorted(occurrences, key=lambda o: (o[0], -(o[1] - o[0])))
    if len(occ) < 2:
        return occ

    def conf(o: tuple[int, int, str]) -> float:
        return 2.0 if o[2] in keep_names else candidates.get(o[2], 0.0)

    common = lexicon().common
    chosen: list[tuple[int, int, str]] = []
    for o in occ:
        if not chosen or o[0] >= chosen[-1][1]:
            chosen.append(o)
            continue
        last = chosen[-1]
        crosses = o[1] > last[1]  # starts inside the last one and ends beyond it
        # 主管朱丽: 管朱丽 starts with the end of a word, 朱丽 inside it is the name
        word_end = o[1] == last[1] and s[last[0] - 1 : last[0] + 1] in common
        if (crosses or word_end) and conf(o) > conf(last) + 0.05 and (len(chosen) < 2 or chosen[-2][1] <= o[0]):
            chosen[-1] = o
    return chosen


# 李海涛（一级注册建造师，注册编号：苏13205201711616）, 徐凯旋（《特种设备作业人员证》证号：粤DN…）: a
# numbered certificate in the brackets right after a person's name is the person's, whatever its label.
_PERSON_BRACKET_NUMBER = re.compile(
    r"[（(][^（）()\n]{0,30}?(?:\n[^（）()\n]{0,30}?)?(?:号码|编号|证号|登记号|号)[ \t]*[:：]?[ \t]*"  # one line end inside
    r"(?P<v>[A-Za-z\u4e00-\u9fff]{0,4}[0-9][0-9A-Za-z\-]{5,30})(?=[）)，,；;])"
)


def _numbers_after_persons(s: str, found: list[Found], hard: Covered) -> Iterable[Found]:
    for f in list(found):
        if f.kind != "person_name":
            continue
        m = _PERSON_BRACKET_NUMBER.match(s, f.end)
        if m is not None and not hard.touches(*m.span("v")):
            yield Found(m.start("v"), m.end("v"), "other_id", 0.8, m.group("v"))


def _drop_names_seen_only_in(s: str, hard: Covered, hits: NameHits) -> None:
    """Forget a name whose every sighting lies inside text that stays: 望农（屠宰）罚〔2022〕274号
    reads like a name in brackets, but a document number is not where people are named."""
    outside: dict[str, bool] = {}
    for a, b, _ in hits.hide_spans:
        name = s[a:b]
        outside[name] = outside.get(name, False) or not hard.touches(a, b)
    for name, out in outside.items():
        if not out:
            hits.hide.pop(name, None)


_GIVEN_BEFORE = frozenset("是叫和与跟让给找把被由对向问答请经据及或等称")


# What follows a given name used alone for a person: 建新说, 新华来看过, 云龙记的, 一鸣今年20岁.
_GIVEN_PERSON_NEXT = re.compile(
    r"说|称|讲|来看|来过|还[赊欠没有]|也[说去来]|记的|今年|那笔|帮我|帮忙|跟我|和我|的老父亲|的父亲|的母亲|的电话|的收款码|"
    r"开始说|被欠|没拿|拿到|当时|当天"
)


def _given_name_references(s: str, hide_names: dict[str, float], keep_names: set[str], soft: Covered):
    """Coreference: 晓东 alone, once 刘晓东 is known to be a person to hide.

    Only two-character given names of names with a known surname, only when one person in the
    document has that given name, it is not part of a kept name, and the occurrence stands on
    its own (not inside a longer word).
    """
    lex = lexicon()
    owners: dict[str, list[str]] = {}
    for n in hide_names:
        sn = _surname_of(n)
        g = n[len(sn) :] if sn else ""
        if len(g) == 2 and "·" not in n and "某" not in g:
            owners.setdefault(g, []).append(n)
    kept_pairs = {k[a : a + 2] for k in keep_names for a in range(len(k) - 1)}
    eligible = {g: ns[0] for g, ns in owners.items() if len(ns) == 1 and g not in hide_names and g not in kept_pairs}
    out: list[Found] = []
    for i, j, g in _occurrences(s, eligible):
        owner = eligible[g]
        common = g in lex.common or g in lex.function
        prev, nxt = s[i - 1 : i], s[j : j + 1]
        ok_prev = not prev or not _is_cjk_char(prev) or prev in BOUNDARY_BEFORE or prev in _GIVEN_BEFORE
        ok_next = not nxt or not _is_cjk_char(nxt) or nxt in BOUNDARY_BEFORE or (g[-1] + nxt) not in lex.common
        if common:  # 桂花, 建国: only between punctuation, or doing what a person does (建新说…, 一鸣今年20岁)
            between = (not prev or prev in BOUNDARY_BEFORE) and (not nxt or nxt in BOUNDARY_BEFORE)
            acting = (not prev or prev in BOUNDARY_BEFORE or prev in _GIVEN_BEFORE) and bool(_GIVEN_PERSON_NEXT.match(s, j))
            ok_prev = ok_next = between or acting
        if ok_prev and ok_next and (i == 0 or s[i - 1 : j] not in lex.common) and not soft.touches(i, j):
            out.append(Found(i, j, "person_name", min(0.8, hide_names[owner]), owner))
    return out


def _is_cjk_char(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _named_places(s: str, occurrences: list[tuple[int, int, str]], candidates: dict[str, float]) -> set[str]:
    """Candidates that the document uses as a place somewhere: 金州 before 区 or 分局, 江山 before 市,
    石林 before 彝族自治县, 彭家湖 before 村, 马坪 before 段. One look after each occurrence, so the
    cost stays linear in the text."""
    table = regions()
    out: set[str] = set()
    for _, b, name in occurrences:
        if name in out or name not in candidates:
            continue
        nxt = s[b : b + 1]
        if nxt and nxt in "区县市旗" and name + nxt in table or _PLACE_TAIL_RE.match(s, b):
            out.add(name)
    return out


_PLACE_TAIL_RE = re.compile(
    r"[\u4e00-\u9fff]{0,6}自治[县州旗]|分局|[" + "".join(sorted(LANDFORM)) + r"坝垸圩]{0,2}[村镇乡段]"
)


_CERTIFICATE_KINDS = frozenset({"other_id", "passport"})


def _drop_numbers_inside_certificates(found: list[Found]) -> list[Found]:
    """A bare number read inside a labelled certificate is part of that certificate: in
    注册编号：苏13205201711616 the digits alone look like a bank account, and the account would win
    the overlap by kind and leave the 苏 of the certificate in view."""
    certs = sorted((f.start, f.end, f.confidence) for f in found if f.kind in _CERTIFICATE_KINDS)
    if not certs:
        return found
    starts = [c[0] for c in certs]
    reach: list[tuple[int, float, int]] = []  # the certificate reaching farthest among those begun so far
    for a, b, c in certs:
        reach.append(max(reach[-1], (b, c, -a)) if reach else (b, c, -a))
    kept = []
    for f in found:
        if f.kind in STRUCTURED and f.kind not in _CERTIFICATE_KINDS:
            k = bisect.bisect_right(starts, f.start) - 1
            if k >= 0:
                end, conf, neg_start = reach[k]
                if end >= f.end and conf > f.confidence and (-neg_start, end) != (f.start, f.end):
                    continue
        kept.append(f)
    return kept


def _given_names_to_full(chosen: list[Found]) -> None:
    """A given name used alone (春燕, 新春) shares the pseudonym of the one full name in the document
    that ends with it (王春燕, 刘新春)."""
    full = {f.value for f in chosen if f.kind == "person_name" and _surname_of(f.value)}
    if not full:
        return
    by_given: dict[str, set[str]] = {}
    for name in full:
        sn = _surname_of(name)
        if len(name) - len(sn) >= 2:
            by_given.setdefault(name[len(sn) :], set()).add(name)
    for f in chosen:
        if f.kind == "person_name" and f.value not in full:
            owners = by_given.get(f.value)
            if owners is not None and len(owners) == 1:
                f.value = next(iter(owners))


def _person_key(name: str) -> str:
    """One person, however the name is spaced: 邓梅 and the signature 邓　梅 share a pseudonym."""
    return "".join(name.split())


def _pseudonyms(names_in_order: list[str], pol: M.Policy) -> dict[str, str]:
    by_surname: dict[str, list[str]] = {}
    for n in names_in_order:
        sn = _surname_of(n) if pol.name_style == "surname" else ""
        group = by_surname.setdefault(sn, [])
        if n not in group:
            group.append(n)
    result: dict[str, str] = {}
    suffixes = M.PSEUDONYM_SUFFIXES
    for sn, group in by_surname.items():
        base = sn + "某" if sn else "某某"
        if len(group) == 1:
            result[group[0]] = base
            continue
        for k, n in enumerate(group):
            if k < len(suffixes):
                result[n] = base + suffixes[k]
            else:
                result[n] = base + suffixes[k % len(suffixes)] + str(k // len(suffixes) + 1)
    return result


def _replacement(f: Found, pol: M.Policy, pseudonyms: dict[str, str]) -> str | None:
    k = f.kind
    if k == "person_name":
        return pseudonyms.get(_person_key(f.value), "某某")
    if k == "id_number":
        return M.mask_id_number(f.value, pol)
    if k == "phone":
        return M.mask_phone(f.value, pol)
    if k == "bank_account":
        return M.mask_bank(f.value, pol)
    if k == "email":
        return M.mask_email(f.value, pol)
    if k == "vehicle_plate":
        return M.mask_plate(f.value, pol)
    if k in ("passport", "other_id"):
        return M.mask_certificate(f.value, pol)
    if k == "property_certificate":
        return M.mask_property_certificate(f.value, pol)
    if k == "address":
        prefix = region_prefix(f.value, pol.address_keep)
        if len(prefix) >= len(f.value.strip()):
            return None  # nothing finer than the kept level: nothing to hide
        return prefix + pol.mask_char * 3
    if k in STRUCTURED or k == "financial":
        return M.mask_generic(f.value, pol)
    return M.mask_generic(f.value, pol)
