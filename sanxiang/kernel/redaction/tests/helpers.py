"""Small helpers shared by the redaction tests."""

from __future__ import annotations

from sanxiang.kernel.redaction import redact


def hidden(text: str, fragment: str, **kw) -> bool:
    """True if every character of ``fragment`` (its first occurrence) is inside some span."""
    res = redact(text, **kw)
    start = text.index(fragment)
    end = start + len(fragment)
    covered = [False] * len(text)
    for s in res.spans:
        for i in range(s.start, s.end):
            covered[i] = True
    return all(covered[i] for i in range(start, end) if not text[i].isspace())


def touched(text: str, fragment: str, **kw) -> bool:
    """True if any span overlaps the first occurrence of ``fragment``."""
    res = redact(text, **kw)
    start = text.index(fragment)
    end = start + len(fragment)
    return any(s.start < end and start < s.end for s in res.spans)


def kinds(text: str, **kw) -> list[str]:
    return [s.kind for s in redact(text, **kw).spans]
