"""Run every benchmark in turn (`make bench`). Each prints its own table and exits non-zero when
its target is missed; the figures and the exact commands are recorded in docs/BENCHMARKS.md."""

from __future__ import annotations

import subprocess
import sys
import time

BENCHMARKS = [
    ("working days (issue 2 §4)", [sys.executable, "bench/workdays_bench.py"]),
    ("Merkle kernel (issue 3 §1)", [sys.executable, "bench/merkle_kernel.py"]),
    ("ledger: integrate, verify, append, proofs (issue 3 §6)", [sys.executable, "bench/ledger_bench.py"]),
    ("redaction quality (issue 4)", [sys.executable, "-m", "bench.redaction.evaluate"]),
    ("redaction speed (issue 4)", [sys.executable, "-m", "bench.redaction.speed"]),
]


def main() -> int:
    failed = []
    for title, command in BENCHMARKS:
        print(f"\n=== {title}: {' '.join(command[1:])}", flush=True)
        started = time.monotonic()
        code = subprocess.call(command)
        print(f"=== {title}: exit {code} after {time.monotonic() - started:.0f} s", flush=True)
        if code:
            failed.append(title)
    if failed:
        print("\nmissed or failed: " + "; ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
