"""Speed of the redaction engine on one core.

    .venv/bin/python -m bench.redaction.speed [--mb 10]

1. documents one by one (the generated corpus, as a publication pipeline would call it);
2. one large document of about ``--mb`` megabytes (corpus documents concatenated);
3. ``--mb`` megabytes of hostile text: mixed scripts, full-width digits, zero-width
   characters inside numbers, long digit runs, no line breaks.
Reports characters per second (wall clock, this process, warm tables) and peak memory.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time

from sanxiang.kernel.redaction import redact

from .corpus import documents


def _hostile(n_chars: int, seed: int = 7) -> str:
    r = random.Random(seed)
    pieces = [
        "当事人：王小明，身份证号码：４４０５２４\u200b１８８００１０１００１４，",
        "联系电话：138 0013 8000；",
        "Иван Петров ١٢٣٤٥٦٧٨٩٠ ",
        "tel:+86-139-0013-9000 ",
        "\u202e\u2066" + "0" * 40 + "\u2069 ",
        "１２３４５６７８９０１２３４５６７８９ ",
        "𠀀𠀁𠀂 emoji😀😀 ",
        "住址：" + "某" * 30 + "号 ",
        "一三八〇〇一三八〇〇〇 ",
        "abc@example.com ",
        "\ufeff\u200d\u00ad",
        "的" * 50,
    ]
    out: list[str] = []
    total = 0
    while total < n_chars:
        p = r.choice(pieces)
        out.append(p)
        total += len(p)
    return "".join(out)[:n_chars]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=10.0, help="size of the large inputs, in millions of characters")
    args = ap.parse_args(argv)
    redact("预热：当事人王某，电话13800138000")  # load tables before timing

    docs = [d["text"] for d in documents()]
    t0 = time.perf_counter()
    n = 0
    for text in docs:
        redact(text)
        n += len(text)
    dt = time.perf_counter() - t0
    print(f"documents one by one: {len(docs)} docs, {n:,} chars in {dt:.2f} s = {n / dt:,.0f} chars/s")

    target = int(args.mb * 1_000_000)
    big_parts: list[str] = []
    size = 0
    while size < target:
        for text in docs:
            big_parts.append(text)
            size += len(text) + 2
            if size >= target:
                break
    big = "\n\n".join(big_parts)
    t0 = time.perf_counter()
    res = redact(big)
    dt = time.perf_counter() - t0
    print(f"one large document: {len(big):,} chars in {dt:.2f} s = {len(big) / dt:,.0f} chars/s, {len(res.spans):,} spans")

    hostile = _hostile(target)
    t0 = time.perf_counter()
    res = redact(hostile)
    dt = time.perf_counter() - t0
    print(f"hostile text: {len(hostile):,} chars in {dt:.2f} s = {len(hostile) / dt:,.0f} chars/s, {len(res.spans):,} spans")
    print(f"peak memory: {_peak_mb():,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
