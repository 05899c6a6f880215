"""False positives on real legal language: redact the statute texts, which hold no personal data.

    .venv/bin/python -m bench.redaction.statutes [DIR]   (default: ../shared/reference/laws)

Every span found is a false positive; they are printed with their context.
"""

from __future__ import annotations

import pathlib
import sys
import time

from sanxiang.kernel.redaction import redact

DEFAULT_DIR = pathlib.Path(__file__).resolve().parents[2] / ".." / "shared" / "reference" / "laws"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = pathlib.Path(args[0]) if args else DEFAULT_DIR
    files = sorted(folder.glob("*.md"))
    if not files:
        print(f"no statute texts under {folder}")
        return 2
    redact("预热")
    chars = spans = 0
    t0 = time.perf_counter()
    for f in files:
        text = f.read_text(encoding="utf-8")
        chars += len(text)
        for s in redact(text).spans:
            spans += 1
            ctx = text[max(0, s.start - 12) : s.end + 8].replace("\n", " ")
            print(f"{f.name}: {s.kind} {s.original!r} in …{ctx}…")
    dt = time.perf_counter() - t0
    print(f"{len(files)} statutes, {chars:,} characters, {spans} spans (all false positives), {chars / dt:,.0f} chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
