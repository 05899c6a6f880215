"""Sets of intervals asked whether a span touches them (protected regions, dropped ranges)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class Covered:
    """Possibly overlapping intervals [a, b); asks whether a span touches any of them."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def touches(self, a: int, b: int) -> bool:
        k = bisect.bisect_right(self.starts, a)
        if k > 0 and self.ends[k - 1] > a:
            return True
        return k < len(self.starts) and self.starts[k] < b
