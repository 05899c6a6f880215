"""Data tables shipped with the package, loaded once on first use.

* ``data/surnames.txt`` — single and compound surnames with a 1..5 prior.
* ``data/surnames_rare.txt`` — rare single surnames (the rest of the 百家姓, 禤, 禚 …).
* ``data/given_chars.txt`` — characters common in given names.
* ``data/role_words.txt`` — words that introduce a natural person in running text.
* ``data/regions.tsv`` — GB/T 2260 provinces, cities and counties.
* jieba's bundled ``dict.txt`` — only to know which two- and three-character strings are
  ordinary words (高度, 方法, 关于), so they are not taken for names. Read from the installed
  package; nothing is downloaded.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from functools import cache
from importlib import resources

_DATA = "sanxiang.kernel.redaction.data"


def _lines(name: str) -> list[str]:
    text = resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@dataclass(frozen=True, slots=True)
class Surnames:
    prior: dict[str, int]  # surname -> 1..5
    compound: frozenset[str]
    single: frozenset[str]


@cache
def surnames() -> Surnames:
    prior: dict[str, int] = {}
    for ln in _lines("surnames.txt"):
        name, _, p = ln.partition(" ")
        prior[name] = max(prior.get(name, 0), int(p or 3))
    return Surnames(
        prior=prior,
        compound=frozenset(s for s in prior if len(s) == 2),
        single=frozenset(s for s in prior if len(s) == 1),
    )


@cache
def rare_surnames() -> frozenset[str]:
    """``data/surnames_rare.txt``: rare single surnames used by the statistical layer and in officers' lists."""
    return frozenset("".join(ln.replace(" ", "") for ln in _lines("surnames_rare.txt")))


@cache
def given_chars() -> frozenset[str]:
    return frozenset("".join(ln.replace(" ", "") for ln in _lines("given_chars.txt")))


@cache
def role_words() -> tuple[str, ...]:
    words = {ln for ln in _lines("role_words.txt")}
    return tuple(sorted(words, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    level: str  # province / city / county
    name: str


_PROVINCE_SHORT_SUFFIXES = ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市")


@cache
def regions() -> dict[str, Region]:
    """Region names (full names and, for provinces and cities, short names) -> Region."""
    table: dict[str, Region] = {}
    for ln in _lines("regions.tsv"):
        code, level, name = ln.split("\t")
        r = Region(code, level, name)
        table.setdefault(name, r)
        if level in ("province", "city"):
            for suffix in _PROVINCE_SHORT_SUFFIXES:
                if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                    table.setdefault(name[: -len(suffix)], r)
                    break
    return table


@cache
def region_names_by_length() -> tuple[tuple[int, frozenset[str]], ...]:
    by_len: dict[int, set[str]] = {}
    for name in regions():
        by_len.setdefault(len(name), set()).add(name)
    return tuple((n, frozenset(s)) for n, s in sorted(by_len.items(), reverse=True))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Ordinary words from jieba's dictionary (not tagged as person names)."""

    common: frozenset[str]  # frequent words of 2-4 characters
    person: frozenset[str]  # words jieba tags nr (person names)
    function: frozenset[str]  # frequent verbs, adverbs, conjunctions, prepositions … (应当, 于是)
    # two-character words jieba tags nr that are as often ordinary words (迟延, 万幸)
    ambiguous: frozenset[str]
    # frequent two-character verbs (送往, 购买, 发现): they end an organisation's name walking left
    verbs: frozenset[str]
    # longer words that end in one of those (招生简章 ends in 简章): the two characters are then a
    # word's tail, not a name
    ambiguous_ends: frozenset[str]
    # prepositions, conjunctions, particles, pronouns (按照, 并且, 这个): never inside a name or an
    # organisation's name
    particles: frozenset[str]
    char_freq: dict[str, int]  # single characters: how often jieba saw them as a word
    # Given-name model: for a character, log(P(c in a given name) / P(c in running text)), learnt
    # from jieba's three- and four-character person-name entries (surname + given name). Positive
    # for 兰 桂 斌 骏, negative for 处 的 看 在.
    given_lr: dict[str, float]
    # two-character given names seen in those entries (晓东, 德明, 月英, 春来): where one follows a
    # surname, the name has three characters even if its last one starts a word (周晓东经本局…)
    given_pairs: frozenset[str]


# jieba tags some ordinary words as names (陈述, 毛巾); these are ordinary in our documents.
_NOT_NAMES = frozenset(
    "陈述 陈列 陈情 申辩 申请 申报 申诉 申明 任命 任职 任期 毛巾 华为 于是 高速 马上 和平 白天 金额 程序 常规 安全 方便 "
    "文书 单方 单独 许可 应当 管理 范围 经营 华丽 高度 成立 时间 向前 和解 于法 万元 方式 方面 程度 "
    # enforcement terms jieba's dictionary lacks (林权证, 采砂许可, 明厨亮灶)
    "林权 采砂 江砂 砂场 明厨 亮灶 康养 维保 哈士奇 曾用名".split()
)
# Brands and time-honoured shops (中华老字号) whose names look like a person's: words, unless a
# person-only slot holds them (当事人李宁称).
BRANDS = frozenset(
    "王老吉 张小泉 李宁 王致和 陈李济 张裕 马应龙 杨国福 李锦记 周大福 周生生 王守义 胡庆余堂 王麻子 吴裕泰 张一元 "
    "王星记 雷允上 童涵春 周黑鸭 谢馥春 汪恕有 戴春林 叶开泰 蔡林记 刘一手 何首乌".split()
)


_FUNCTION_TAGS = frozenset("v vd vn c p d u r f q t ad m".split())
_PARTICLE_TAGS = frozenset("c p u r".split())
_PLACE_ENDINGS = frozenset("省市区县镇乡村路街道巷州湾山河江湖岛")


_PARTICLE_CHARS = frozenset("的了或与及是等着过吗呢吧啊们么")


@cache
def lexicon() -> Lexicon:
    try:
        import jieba

        path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
        fh = open(path, encoding="utf-8")
    except (ImportError, OSError):
        return Lexicon(
            common=_NOT_NAMES,
            person=frozenset(),
            function=_NOT_NAMES,
            ambiguous=frozenset(),
            verbs=frozenset(),
            ambiguous_ends=frozenset(),
            particles=frozenset(),
            char_freq={},
            given_lr={},
            given_pairs=frozenset(),
        )
    common: set[str] = set(_NOT_NAMES) | BRANDS
    person: set[str] = set()
    function: set[str] = set(_NOT_NAMES)
    particles: set[str] = set()
    ambiguous: set[str] = set()
    verbs: set[str] = set()
    char_freq: dict[str, int] = {}
    sn = surnames()
    in_given: dict[str, int] = {}
    # how often a character occurs in any word, weighted by the word's frequency
    char_text: dict[str, int] = {}
    n_names = 0
    pairs: set[str] = set()
    longer: list[str] = []  # three- and four-character words that are not names
    with fh:
        for line in fh:
            parts = line.split()
            if len(parts) != 3:
                continue
            f = int(parts[1])
            for c in parts[0]:
                char_text[c] = char_text.get(c, 0) + f
            if len(parts[0]) == 1:
                char_freq[parts[0]] = f
                continue
            if len(parts[0]) > 4:
                continue
            word, freq_s, tag = parts
            freq = int(freq_s)
            if len(word) > 2 and not tag.startswith("nr"):
                longer.append(word)
            if tag == "nr" and (
                len(word) == 3 and word[0] in sn.single or len(word) == 4 and word[:2] in sn.compound
            ):
                n_names += 1
                if len(word) == 3 and word[2] not in _PARTICLE_CHARS:
                    pairs.add(word[1:])  # not 红的, 国的, 呆了: jieba's "names" that end in a particle
                for c in word[-2:]:
                    in_given[c] = in_given.get(c, 0) + 1
            if tag.startswith("nr"):
                # jieba's nr tag is noisy (顾客, 许可 are "names"): trust it only for rare words.
                if freq >= 300:
                    common.add(word)
                elif len(word) == 2 and freq >= 40:
                    ambiguous.add(word)  # as often an ordinary word (迟延, 盖章, 万幸) as a name
                elif word not in _NOT_NAMES and word[-1] not in _PLACE_ENDINGS:
                    person.add(word)
            elif freq >= 20:
                common.add(word)
                if freq >= 100 and tag in _FUNCTION_TAGS:
                    function.add(word)
                    if tag in _PARTICLE_TAGS:
                        particles.add(word)
                    elif tag == "v" and len(word) == 2 and freq >= 500:
                        verbs.add(word)
    return Lexicon(
        common=frozenset(common),
        person=frozenset(person),
        function=frozenset(function),
        ambiguous=frozenset(ambiguous),
        verbs=frozenset(verbs),
        ambiguous_ends=frozenset(w for w in longer if w[-2:] in ambiguous),
        particles=frozenset(particles),
        char_freq=char_freq,
        given_lr=_given_lr(in_given, 2 * n_names, char_text),
        given_pairs=frozenset(pairs),
    )


def _given_lr(in_given: dict[str, int], n_given: int, char_text: dict[str, int]) -> dict[str, float]:
    """log(P(c | given name) / P(c | text)) with add-k smoothing on both sides; characters
    never seen in a given name and rare in text stay near 0 (no evidence either way)."""
    total = sum(char_text.values()) or 1
    n_given = n_given or 1
    out: dict[str, float] = {}
    for c in set(in_given) | set(char_text):
        out[c] = math.log((in_given.get(c, 0) + 0.5) / n_given) - math.log((char_text.get(c, 0) + 50) / total)
    return out
