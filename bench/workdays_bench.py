"""Benchmark: one million `add_workdays(d, 20)` with WorkCalendar vs. day by day with chinese_calendar.

    .venv/bin/python bench/workdays_bench.py            # 1,000,000 ops, naive timed on 20,000
    .venv/bin/python bench/workdays_bench.py --naive-sample 1000000   # naive on all of them

Start dates are uniformly random (fixed seed) over 2004-01-01 .. 2026-11-15, the years whose
schedule chinese_calendar 1.11.0 contains, so that the naive loop never leaves its data.
The naive implementation is timed on a sample of the same start dates (the first
``--naive-sample`` of them) and extrapolated linearly to the full count; the output says so.
Both implementations are checked to give the same dates on that sample.
"""

from __future__ import annotations

import argparse
import platform
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import chinese_calendar

from sanxiang.kernel.workdays import WorkCalendar

FIRST = date(2004, 1, 1)
LAST = date(2026, 11, 15)


def naive_add_workdays(start: date, n: int) -> date:
    d = start
    while n:
        d += timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n -= 1
    return d


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--naive-sample", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=20260101)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    span = (LAST - FIRST).days
    starts = [FIRST + timedelta(days=rng.randrange(span + 1)) for _ in range(args.count)]
    n = args.n

    t0 = time.perf_counter()
    calendar = WorkCalendar.from_chinese_calendar()
    build = time.perf_counter() - t0

    add = calendar.add_workdays
    t0 = time.perf_counter()
    for d in starts:
        add(d, n)
    fast_total = time.perf_counter() - t0
    fast_us = fast_total / args.count * 1e6

    sample = starts[: args.naive_sample]
    t0 = time.perf_counter()
    slow = [naive_add_workdays(d, n) for d in sample]
    naive_sample_total = time.perf_counter() - t0
    naive_us = naive_sample_total / len(sample) * 1e6
    naive_total = naive_us * args.count / 1e6

    fast = [add(d, n) for d in sample]
    mismatches = sum(1 for f, s in zip(fast, slow, strict=True) if f.date != s)
    provisional = sum(1 for r in fast if r.provisional)

    print(f"python {platform.python_version()} on {platform.machine()} ({platform.system()})")
    print(f"calendar: {calendar!r}, built in {build * 1e3:.1f} ms")
    print(f"start dates: {args.count:,} uniform over {FIRST} .. {LAST} (seed {args.seed}); n = {n}")
    print(f"WorkCalendar.add_workdays: {args.count:,} ops in {fast_total:.3f} s = {fast_us:.3f} µs/op")
    extrapolated = "" if len(sample) == args.count else f", extrapolated from a sample of {len(sample):,}"
    print(
        f"day by day with chinese_calendar.is_workday: {naive_us:.2f} µs/op "
        f"({naive_sample_total:.3f} s for {len(sample):,}; {naive_total:.1f} s for {args.count:,}{extrapolated})"
    )
    print(f"speedup: {naive_us / fast_us:.0f}x")
    print(f"same dates on the sample: {'yes' if mismatches == 0 else f'NO, {mismatches} differ'}")
    print(f"provisional results on the sample: {provisional}")
    ok = fast_us < 3 and naive_us / fast_us >= 50 and mismatches == 0
    print(f"target (< 3 µs/op and ≥ 50x faster, same answers): {'met' if ok else 'NOT met'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
