"""Statistical candidate layer for person names without a cue word (与蹇馥发生口角, 把仉涛叫来).

The rule layer (``_names.py``) finds names by labels, cue words and a surname table. What it
misses are names in narrative text with nothing around them. This layer looks only at *short
windows around plausible candidates* — a surname from the main table or from the rare-surname
list (``data/surnames_rare.txt``: the rest of the 百家姓 and modern rare surnames) followed by a
Chinese character that can begin a given name — and asks jieba's HMM part-of-speech tagger
(``jieba.posseg``; its dictionary and HMM parameters ship with the package, nothing is
downloaded) whether it reads a person name (``nr``/``nrfg``/``nrt``) starting exactly there.

A tagged candidate is then scored with the rule layer's own signals (surname prior, given-name
characters, what stands before and after, ordinary words, places) plus a bonus for the tagger's
vote, and proposed with a lower confidence (≤ 0.85) than a cued name. Gates keep protected
items out: anything touching a kept span (officers, legal representatives, ``keep``), an
organisation or a law title; anything the dictionary knows as an ordinary word that is not a
name; a candidate followed by a place ending (村, 镇, 路 …) or forming a region name.
"""

from __future__ import annotations

import logging
import re
from functools import cache, lru_cache

from ._names import (
    _AFTER_NAME,
    _FUNCTION_SURNAMES,
    _KEEP_LABELS,
    _NEVER_GIVEN,
    _TITLES,
    BOUNDARY_BEFORE,
    THRESHOLD,
    NameHits,
    _score,
)
from ._tables import BRANDS, lexicon, rare_surnames, regions, role_words, surnames

_NAME_TAGS = frozenset(("nr", "nrfg", "nrt"))
# Tags of single characters that jieba leaves as morphemes — how a rare given name comes out.
_TAIL_TAGS = _NAME_TAGS | frozenset(("ag", "ng", "g", "tg", "dg", "vg", "yg"))
_PLACE_AFTER = frozenset("村庄屯寨镇乡区县市省州路街巷道里湾坝岭沟山河湖江桥港岛局厅署院所园馆店厂岸畔")
# Two-character words that make the candidate a place (梅龙大道, 锦绣花园) and region endings
# right before it (龙华区梅龙…).
_PLACE_WORDS_AFTER = frozenset(
    "大道 大街 街道 社区 小区 花园 广场 大厦 中心 公园 新村 工业 园区 商场 市场 家园 名苑 路口".split()
)
_REGION_END = frozenset("省市区县镇乡村旗")
JIEBA_BONUS = 3.0  # surname tagged nr, given name from the next token
JIEBA_BONUS_FULL = 3.5  # one nr token covering the whole name
UNKNOWN_RUN_BONUS = 2.0  # a rare surname followed by characters no dictionary word covers
#: Switch for measuring the layer (bench.redaction.evaluate --no-stat); on by default.
ENABLED = True
_DICT_NR_MAX_FREQ = 30
_WINDOW_LEFT = 3
_WINDOW_RIGHT = 4


@cache
def _tagger():
    """jieba's POS tokenizer (dictionary + HMM), or None when jieba is not installed."""
    try:
        import jieba
        import jieba.posseg
    except ImportError:  # pragma: no cover - jieba is a dependency
        return None
    jieba.setLogLevel(logging.WARNING)
    tok = jieba.posseg.dt
    tok.tokenizer.initialize()
    return tok


@lru_cache(maxsize=4096)
def _cut(window: str) -> tuple[tuple[str, str], ...]:
    if _HAN.fullmatch(window):
        return tuple(_cut_han(window))
    return tuple((w, t) for w, t in _tagger().cut(window))


_HAN = re.compile("[\u4e00-\u9fd5]+")


@cache
def _word_freq() -> dict[str, int]:
    tok = _tagger()
    return tok.tokenizer.FREQ if tok is not None else {}


@cache
def _word_tags() -> dict[str, str]:
    tok = _tagger()
    return tok.word_tag_tab if tok is not None else {}


_OFFICER_FIELD = re.compile(
    "(?:"
    + "|".join(sorted((x for x in _KEEP_LABELS if x not in ("负责人", "主要负责人")), key=len, reverse=True))
    + r")(?:(?:[（(][^）)\n]{0,12}[）)])?[ \t]*[:：][^。；;：:\n]*|(?:[\u4e00-\u9fff]{2,4}[、和及])*)$"
)
_FUNCTION_SURNAMES_SET = _FUNCTION_SURNAMES
_KIN_END = re.compile(r"[母父妻夫姐妹哥弟婆嫂舅姨叔伯爷奶]$")


@cache
def _kin_words() -> frozenset[str]:
    return frozenset(role_words())


@cache
def _start_re() -> re.Pattern[str]:
    sn = surnames()
    chars = set(sn.single) | {c[0] for c in sn.compound} | set(rare_surnames())
    return re.compile("[" + "".join(sorted(chars)) + "](?=[\u4e00-\u9fff])")


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _extent(tokens: list[tuple[str, str, int]], k: int, i: int, sn_len: int, s: str) -> int | None:
    """End of the name that the tagger starts at token ``k`` (offset ``i``), or None."""
    word, tag, _ = tokens[k]
    if tag not in _NAME_TAGS:
        return None
    if len(word) >= 2 and _word_freq().get(word, 0) >= _DICT_NR_MAX_FREQ:
        return None  # jieba's dictionary tags many ordinary words nr (盖章, 迟延, 岳母): only the HMM's own reading counts
    end = i + len(word)
    n = len(word)
    if n == sn_len:  # surname alone (蹇/nr 馥/ag, 仉/nr 涛/nr): take the given name from the next token
        if k + 1 >= len(tokens):
            return None
        w2, t2, _ = tokens[k + 1]
        if t2 not in _TAIL_TAGS or len(w2) > 2:
            return None
        end += len(w2)
    elif n == sn_len + 1 and k + 1 < len(tokens):  # 禚娟/nrt 宇/nr
        w2, t2, _ = tokens[k + 1]
        if len(w2) == 1 and t2 in _TAIL_TAGS and w2 not in _AFTER_NAME and w2 not in _NEVER_GIVEN:
            end += 1
    elif n > sn_len + 2:
        return None
    given = s[i + sn_len : end]
    if not 1 <= len(given) <= 2 or any(c in _NEVER_GIVEN or not _is_cjk(c) for c in given):
        return None
    return end


def _unknown_run(tokens: list[tuple[str, str, int]], k: int, i: int, sn_len: int, s: str) -> int | None:
    if len(tokens[k][0]) != sn_len:
        return None
    end = i + sn_len
    for w, _t, _ in tokens[k + 1 : k + 3]:
        if len(w) != 1 or not _is_cjk(w) or w in _AFTER_NAME or w in _NEVER_GIVEN:
            break
        end += 1
    nxt = tokens[k + 1 + (end - i - sn_len)] if k + 1 + (end - i - sn_len) < len(tokens) else None
    if (
        end == i + sn_len
        or nxt is not None
        and len(nxt[0]) == 1
        and _is_cjk(nxt[0])
        and nxt[0] not in _AFTER_NAME
    ):
        return None  # no given name, or the run of loose characters goes on (not a name)
    return end


def statistical_names(s: str, hits: NameHits, blocked: bytearray, keep_names: set[str]) -> int:
    """Add cue-less names to ``hits``; ``blocked`` marks characters that must not be touched
    (kept, fixed and organisation spans, names already found). Returns how many were added."""
    tok = _tagger()
    if tok is None:
        return 0
    sn_table = surnames()
    rare = rare_surnames()
    lex = lexicon()
    common = lex.common
    tags = _word_tags()
    table = regions()
    added = 0
    # every part of two or more characters of a name already found: a set, not a scan per candidate
    hidden_parts = {h[a:b] for h in hits.hide for a in range(len(h)) for b in range(a + 2, len(h) + 1)}
    tried: dict[tuple[int, int], list[tuple[str, str, int]]] = {}
    n = len(s)
    for m in _start_re().finditer(s):
        i = m.start()
        if blocked[i]:
            continue
        if s[i : i + 2] in sn_table.compound and i + 2 < n and _is_cjk(s[i + 2]):
            sn = s[i : i + 2]
        elif s[i] in sn_table.single or s[i] in rare:
            sn = s[i]
        else:
            continue
        j = i + len(sn)
        if s[j] in _NEVER_GIVEN or blocked[j] or s[j : j + 2] in _TITLES:
            continue
        prev = s[i - 1] if i else ""
        if prev and _is_cjk(prev) and prev not in BOUNDARY_BEFORE and s[i - 1 : i + 1] in common:
            continue  # the surname character ends a word (安全, 加工)
        two, three = s[i : i + 2], s[i : i + 3]
        if (two in common and tags.get(two, "")[:2] != "nr") or (
            three in common and tags.get(three, "")[:2] != "nr"
        ):
            continue  # an ordinary word starts here (高度, 明确, 时间)
        # Cheap bound first: the rule layer's score of the longest and shortest reading plus
        # the largest vote the tagger can give. Most surname characters in running text are
        # ordinary words and never reach the tagger.
        best = max(_score(s, i, min(n, j + q), sn, False) for q in (1, 2) if j + q <= n)
        if best + JIEBA_BONUS_FULL < THRESHOLD:
            continue
        a = max(0, i - _WINDOW_LEFT)
        for k in range(i - 1, a - 1, -1):
            if not _is_cjk(s[k]):
                a = k + 1
                break
        b = min(n, j + _WINDOW_RIGHT)
        for k in range(j, b):
            if not _is_cjk(s[k]):
                b = k
                break
        tokens = tried.get((a, b))
        if tokens is None:
            tokens = []
            off = a
            for w, t in _cut(s[a:b]):
                tokens.append((w, t, off))
                off += len(w)
            tried[(a, b)] = tokens
        k = next((x for x, t in enumerate(tokens) if t[2] == i), None)
        if k is None:
            continue
        end = _extent(tokens, k, i, len(sn), s)
        bonus = JIEBA_BONUS
        if end is None and (sn in rare or sn_table.prior.get(sn, 3) <= 2):
            # A rare surname the tagger does not know (禚/zg 丽/vg 宁/j): the surname and the
            # characters after it are single characters no dictionary word covers.
            end = _unknown_run(tokens, k, i, len(sn), s)
            bonus = UNKNOWN_RUN_BONUS
        if end is None or blocked.find(1, i, end) >= 0:
            continue
        name = s[i:end]
        if (
            name in keep_names
            or name in hits.hide
            or s[end : end + 1] in _PLACE_AFTER
            or name[-1] in _PLACE_AFTER
        ):
            continue
        if s[end : end + 2] in _PLACE_WORDS_AFTER or prev in _REGION_END or s[end : end + 1] == "段":
            continue
        nxt = s[end : end + 1]
        if name in BRANDS or s[i:end + 1] in BRANDS:
            continue  # 王老吉凉茶, “张小泉厨房刀具”: a brand
        if sn in "左右" and s[j:end] in common:
            continue  # 左小腿, 右前臂: left or right of something, not a person
        if name[-1] in "证记籍" or nxt in ("号", "籍") or nxt.isascii() and (nxt.isalpha() or nxt.isdigit() and prev in "“\"「『"):
            continue  # 林权证号, 郑玉311, 刘记烧烤: a certificate, a product or a shop, not a name
        line_start = s.rfind("\n", 0, i) + 1
        if _OFFICER_FIELD.search(s, max(line_start, i - 40), i):
            continue  # inside an officer's or representative's field (执法人员：A、B；主持人：C（局长）)
        if any(s[i : i + q] in table for q in (2, 3, 4)) or name in _kin_words() or _KIN_END.search(name):
            continue  # a region (石林县), or a relative the tagger reads as a name (岳母, 祖母)
        if name in hidden_parts or any(
            name[a:b] in hits.hide for a in range(len(name)) for b in range(a + 2, len(name) + 1)
        ):
            continue  # the given name of a person already found (林玉 of 柴林玉), or a found name with a character glued on
        if tokens[k][0] == name and tokens[k][1] in _NAME_TAGS:
            bonus = JIEBA_BONUS_FULL
        score = _score(s, i, end, sn, False) + bonus
        if sn not in sn_table.prior:
            score -= 0.3  # a rare surname: the tagger's vote has to carry more
        if score < THRESHOLD:
            continue
        conf = min(0.85, 0.45 + score / 12)
        hits.hide[name] = conf
        hidden_parts.update(name[a:b] for a in range(len(name)) for b in range(a + 2, len(name) + 1))
        hits.hide_spans.append((i, end, conf))
        blocked[i:end] = b"\x01" * (end - i)
        added += 1
    return added


_COORD = frozenset("、和与及")
_COORD_FAR = frozenset("、，。；：:;,（(「」）) \t\n的等均")


def coordinated_names(s: str, hits: NameHits, blocked: bytearray, keep_names: set[str]) -> int:
    """The other member of a two-name coordination (段落、鄢丽丽询问笔录, 温柔与皇甫彬的聊天记录):
    coordinated nouns are of one kind, so when one side is a person found with confidence, a
    2–3 character item with a surname on the other side, standing between the conjunction and a
    boundary, is a person too — even when it is an ordinary word (段落, 温柔)."""
    sn_table = surnames()
    rare = rare_surnames()
    table = regions()
    added = 0
    for a, b, conf in list(hits.hide_spans):
        if conf < 0.6:
            continue
        cands = []
        if b < len(s) and s[b] in _COORD:
            for q in (3, 2):
                x = b + 1 + q
                if x <= len(s) and (x == len(s) or s[x] in _COORD_FAR):
                    cands.append((b + 1, x))
                    break
        if a >= 2 and s[a - 1] in _COORD:
            for q in (3, 2):
                x = a - 1 - q
                if x >= 0 and (x == 0 or s[x - 1] in BOUNDARY_BEFORE or s[x - 1] == " "):
                    cands.append((x, a - 1))
                    break
        for i, e in cands:
            name = s[i:e]
            if not all(_is_cjk(c) for c in name) or blocked.find(1, i, e) >= 0 or name in keep_names:
                continue
            sn = name[:2] if name[:2] in sn_table.compound and len(name) == 3 else name[0]
            if sn not in sn_table.single and sn not in rare and sn not in sn_table.compound:
                continue
            if name in table or any(c in _NEVER_GIVEN for c in name[len(sn) :]) or name[-1] in _PLACE_AFTER:
                continue
            if (
                name in _kin_words()
                or _KIN_END.search(name)
                or any(name in h or h in name for h in hits.hide)
            ):
                continue
            if _word_freq().get(name, 0) >= _WORDLIKE_MAX_FREQ:
                continue  # 公司和汤永福: the company, not a person
            hits.hide[name] = max(hits.hide.get(name, 0), 0.6)
            hits.hide_spans.append((i, e, 0.6))
            blocked[i:e] = b"\x01" * (e - i)
            added += 1
    return added


# Names that are ordinary words (万里, 温柔, 黎明): found only from evidence in the document itself —
# a slot only a person fills. One strong slot (a person label with the word alone as its value,
# 的妻子/的儿子 …, an age) or two occurrences with a speech or admission verb.
_WORD_SLOT_STRONG = re.compile(
    r"(?:^|(?<=[\n：:]))([\u4e00-\u9fff]{2})(?=[ \t]*(?:\n|$))|"
    r"(?:^|(?<=[\n，。；、,;：:（(与和把被给向由替听是]))([\u4e00-\u9fff]{2})"
    r"(?=的(?:妻子|丈夫|儿子|女儿|母亲|父亲|哥哥|弟弟|姐姐|妹妹|老婆|老公|身份证)|[，,（(][0-9]{1,3}岁)"
)
_WORD_SLOT_SPEECH = re.compile(
    r"(?:^|(?<=[\n，。；、,;：:与和把被给向由替听是]))([\u4e00-\u9fff]{2})"
    r"(?=(?:称|说|承认|交代|供述|辩称|陈述|证实|解释|表示|拒绝|喝多|到场|接受|出现|负责收费|跑来|替|向[\u4e00-\u9fff]{2,3}借))"
)
_ADMIN_END = frozenset("村庄屯寨镇乡区县市省州路街巷局厅院所店厂")
# The most frequent word-like names (成功 10,638, 夏天 3,821, 江南 4,986) stay below this; 公司 and 工作
# are far above it.
_WORDLIKE_MAX_FREQ = 20000


_WORD_TAGS_OK = frozenset("n nr nrt nrfg ns nz a an t m i l j".split())
_PERSON_LABEL_BEFORE = re.compile(r"(?:人|者|姓名|名字)[ \t]*[:：][ \t]*$")
_NOT_PERSON_WORDS = frozenset(
    "单位 公司 家属 对方 双方 本人 他人 群众 原告 被告 老板 房东 店主 商户 顾客 记者 医生 大家 有人 该人 此人 其人 个人 "
    "法院 政府 机关 部门 市民 居民 村民 业主 员工 职工 工人 司机 本局 我局 该店 该司 经理 厂家 商家 卖家 买家".split()
)


def wordlike_names(s: str, hits: NameHits, blocked: bytearray, keep_names: set[str]) -> int:
    sn_table = surnames()
    lex = lexicon()
    tags = _word_tags()
    table = regions()
    strong: dict[str, int] = {}
    speech: dict[str, int] = {}
    for rx, bucket in ((_WORD_SLOT_STRONG, strong), (_WORD_SLOT_SPEECH, speech)):
        for m in rx.finditer(s):
            g = 1 if m.group(1) else 2
            if rx is _WORD_SLOT_SPEECH:
                g = 1
            w = m.group(g)
            a = m.start(g)
            if w is None or blocked[a] or blocked[a + 1]:
                continue
            if rx is _WORD_SLOT_STRONG and g == 1 and not _PERSON_LABEL_BEFORE.search(s, max(0, a - 12), a):
                continue  # a word alone on a line is a name only after a person's label (提交人：向前)
            bucket[w] = bucket.get(w, 0) + 1
    added = 0
    for w in set(strong) | {w for w, c in speech.items() if c >= 2}:
        if w in hits.hide or w in keep_names or w in _NOT_PERSON_WORDS or w in _kin_words() or w in table:
            continue
        if w[0] not in sn_table.single or w[0] in _FUNCTION_SURNAMES_SET or sn_table.prior.get(w[0], 1) < 2:
            continue
        if w not in lex.common or tags.get(w, "n") not in _WORD_TAGS_OK:
            continue  # only ordinary words: other strings are the other layers' business
        if _word_freq().get(w, 0) >= _WORDLIKE_MAX_FREQ:
            continue  # 公司, 工作, 市场: far too common to be anybody's name
        if w[-1] in _ADMIN_END or w[1] in _NEVER_GIVEN or any(w in h or h in w for h in hits.hide):
            continue
        hits.hide[w] = 0.6
        added += 1
    return added


# --------------------------------------------------------------------------------------------
# jieba.posseg's cut, for windows of Chinese characters only, with a faster Viterbi over the
# same HMM (jieba's own maximises over every previous state for every state, ≈4 ms for ten
# characters; this one only over the previous states that have a transition into the state).
# --------------------------------------------------------------------------------------------

_MIN_FLOAT = -3.14e100


@cache
def _hmm():
    from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P

    rev: dict = {}
    for y0, nexts in trans_P.items():
        for y, p in nexts.items():
            rev.setdefault(y, []).append((y0, p))
    return char_state_tab_P, start_P, trans_P, emit_P, rev


def _viterbi(obs: str) -> list | None:
    states, start, trans, emit, rev = _hmm()
    all_states = trans.keys()
    V = {y: start[y] + emit[y].get(obs[0], _MIN_FLOAT) for y in states.get(obs[0], all_states)}
    mem: list[dict] = [dict.fromkeys(V)]
    for t in range(1, len(obs)):
        c = obs[t]
        live = {x: v for x, v in V.items() if trans[x]}
        NV: dict = {}
        back: dict = {}
        for y in states.get(c, all_states):
            best = None
            arg = None
            for y0, tp in rev.get(y, ()):
                v = live.get(y0)
                if v is not None:
                    sc = v + tp
                    if best is None or sc > best or sc == best and y0 > arg:
                        best, arg = sc, y0
            if best is not None:
                NV[y] = best + emit[y].get(c, _MIN_FLOAT)
                back[y] = arg
        if not NV:
            return None  # jieba falls back to every state here: let it do so
        V = NV
        mem.append(back)
    state = max((v, y) for y, v in V.items())[1]
    route = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = mem[i][state]
    return route


def _hmm_words(buf: str) -> list[tuple[str, str]]:
    route = _viterbi(buf)
    if route is None:
        return [(w, t) for w, t in _tagger().cut(buf)]
    out: list[tuple[str, str]] = []
    begin = nexti = 0
    for i, (pos, tag) in enumerate(route):
        if pos == "B":
            begin = i
        elif pos == "E":
            out.append((buf[begin : i + 1], tag))
            nexti = i + 1
        elif pos == "S":
            out.append((buf[i], tag))
            nexti = i + 1
    if nexti < len(buf):
        out.append((buf[nexti:], route[nexti][1]))
    return out


def _cut_han(sentence: str) -> list[tuple[str, str]]:
    """``jieba.posseg.cut(sentence)`` for a string of Chinese characters (same dictionary, same HMM)."""
    tok = _tagger()
    jt = tok.tokenizer
    tags = tok.word_tag_tab
    freq = jt.FREQ
    dag = jt.get_DAG(sentence)
    route: dict = {}
    jt.calc(sentence, dag, route)
    out: list[tuple[str, str]] = []
    buf = ""

    def flush() -> None:
        if len(buf) == 1:
            out.append((buf, tags.get(buf, "x")))
        elif not freq.get(buf):
            out.extend(_hmm_words(buf))
        else:
            out.extend((c, tags.get(c, "x")) for c in buf)

    x, n = 0, len(sentence)
    while x < n:
        y = route[x][1] + 1
        word = sentence[x:y]
        if y - x == 1:
            buf += word
        else:
            if buf:
                flush()
                buf = ""
            out.append((word, tags.get(word, "x")))
        x = y
    if buf:
        flush()
    return out
