"""``sanxiang redact`` — redact a document from a file or standard input.

    sanxiang redact [FILE|-] [--keep NAME ...] [--json]
    sanxiang redact --jsonl            < lines of {"id": ..., "text": ..., "keep": [...]}

Output is UTF-8 with Chinese characters as they are (no \\u escapes). In ``--jsonl`` mode a
malformed line yields ``{"id": ..., "line": N, "error": "..."}`` on standard output and a
message on standard error; the run goes on to the end and then exits 1 (0 if no line failed).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from . import redact


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sanxiang redact",
        description="隐去执法决定书中的个人信息（姓名、身份证号、电话、住址、银行账号等）",
    )
    p.add_argument("file", nargs="?", default="-", help="input file (UTF-8); '-' or nothing reads stdin")
    p.add_argument("--keep", action="append", default=[], metavar="NAME", help="a name that must stay (repeatable)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help='print {"text": ..., "spans": [...]}')
    out.add_argument(
        "--jsonl",
        action="store_true",
        help='read {"id", "text", "keep"} objects, one per line, from stdin; write one result per line',
    )
    return p


def _utf8_stream(stream: TextIO | None, fallback: TextIO) -> TextIO:
    if stream is not None:
        return stream
    reconfigure = getattr(fallback, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8", errors="replace")
    return fallback


def _dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _run_jsonl(stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    failures = 0
    for lineno, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        ident = None
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("each line must be a JSON object")
            ident = obj.get("id")
            text = obj.get("text")
            if not isinstance(text, str):
                raise ValueError('"text" must be a string')
            keep = obj.get("keep") or []
            if isinstance(keep, str):
                keep = [keep]
            if not isinstance(keep, list) or not all(isinstance(k, str) for k in keep):
                raise ValueError('"keep" must be a list of strings')
            result = redact(text, keep=keep)
            stdout.write(_dumps({"id": ident, **result.to_dict()}) + "\n")
        except Exception as exc:  # one bad line never stops the run
            failures += 1
            message = f"{type(exc).__name__}: {exc}"
            stdout.write(_dumps({"id": ident, "line": lineno, "error": message}) + "\n")
            stderr.write(f"sanxiang redact: line {lineno}: {message}\n")
        stdout.flush()
    return 1 if failures else 0


def main(argv: list[str] | None = None, *, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    args = _parser().parse_args(argv)
    out = _utf8_stream(stdout, sys.stdout)
    err = sys.stderr
    try:
        if args.jsonl:
            if args.file not in ("-", None):
                err.write("sanxiang redact: --jsonl reads standard input only\n")
                return 2
            return _run_jsonl(_utf8_stream(stdin, sys.stdin), out, err)
        if args.file == "-":
            text = _utf8_stream(stdin, sys.stdin).read()
        else:
            try:
                with open(args.file, encoding="utf-8", errors="replace") as fh:
                    text = fh.read()
            except OSError as exc:
                err.write(f"sanxiang redact: {exc}\n")
                return 2
        result = redact(text, keep=args.keep)
        if args.json:
            out.write(_dumps(result.to_dict()) + "\n")
        else:
            out.write(result.text)
        return 0
    finally:
        out.flush()


if __name__ == "__main__":
    sys.exit(main())
