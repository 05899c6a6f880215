"""``sanxiang workdays``: working-day arithmetic on the platform's holiday table.

    sanxiang workdays add DATE N                 the N-th working day after DATE
    sanxiang workdays calendar-deadline DATE N   end of an N-calendar-day period starting DATE
                                                 (moved to the next working day if needed)
    sanxiang workdays between A B                number of working days d with A < d <= B
    --json                                       {"date": "YYYY-MM-DD", "provisional": false}
                                                 or {"count": n, "provisional": false}

When DATE (or A) is ``-`` the cases are read from standard input, one per line, whitespace-
separated ("2026-01-05 20"); a value given after ``-`` on the command line fills a missing second
field. One output line per input line; a bad line prints ``error`` (``{"error": …}`` with
--json), explains itself on standard error, and makes the exit status 2 at the end.
"""

from __future__ import annotations

import argparse
import json
import sys

from django.core.management.base import BaseCommand, CommandError

from sanxiang.holidays import compute
from sanxiang.holidays.calendar import get_calendar

FIELD_NAMES = {"date": "DATE", "n": "N", "a": "A", "b": "B", "line": "输入行"}
SUBCOMMANDS = {
    "add": ("DATE", "N", "打印 DATE 之后第 N 个工作日（起算日不计入）"),
    "calendar-deadline": (
        "DATE",
        "N",
        "打印自 DATE 起 N 个自然日期间的届满日（届满日为休息日的顺延至下一个工作日）",
    ),
    "between": ("A", "B", "打印满足 A < d ≤ B 的工作日 d 的个数"),
}
FLUSH_EVERY = 10_000


def _json(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False)


class Command(BaseCommand):
    stealth_options = ("stdin",)  # call_command(..., stdin=StringIO(...)) in tests
    help = "工作日计算（法定节假日与调休以平台节假日表为准）。Working-day arithmetic on the holiday table."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", dest="json", help="以 JSON 输出")
        sub = parser.add_subparsers(
            dest="operation", required=True, metavar="{add,calendar-deadline,between}"
        )
        for name, (first, second, text) in SUBCOMMANDS.items():
            p = sub.add_parser(name, help=text, description=text)
            p.add_argument("first", metavar=first, help=f"{first}（YYYY-MM-DD）；为 - 时从标准输入逐行读取")
            p.add_argument("second", metavar=second, nargs="?", help=second)
            p.add_argument(
                "--json", action="store_true", dest="json", default=argparse.SUPPRESS, help="以 JSON 输出"
            )

    def handle(self, *args, operation: str, first: str, second: str | None = None, **options):
        as_json = bool(options.get("json"))
        calendar = get_calendar()
        if not calendar.known_years:
            self.stderr.write(
                "警告：节假日表为空，所有结果按仅周末休息计算且为暂定。请先运行 sanxiang seed_holidays。"
            )
        if first == "-":
            self._batch(calendar, operation, second, as_json, options.get("stdin") or sys.stdin)
            return
        try:
            if second is None:
                raise compute.InputError("n" if operation != "between" else "b", "缺少第二个参数")
            result = compute.run(calendar, operation, first, second)
        except compute.InputError as exc:
            message = f"{FIELD_NAMES.get(exc.field, exc.field)}：{exc.message}"
            if as_json:
                self.stdout.write(_json({"error": message, "field": exc.field}))
            raise CommandError(message, returncode=2) from None
        if as_json:
            self.stdout.write(_json(compute.as_json(result)))
        else:
            self.stdout.write(compute.as_text(result))
            if result.provisional:
                self.stderr.write("注意：结果涉及尚未录入节假日安排的年份，按仅周末休息计算，为暂定结果。")

    def _batch(self, calendar, operation: str, default_second: str | None, as_json: bool, stdin) -> None:
        out: list[str] = []
        bad = 0
        for lineno, line in enumerate(stdin, start=1):
            fields = line.split()
            if len(fields) == 1 and default_second is not None:
                fields.append(default_second)
            try:
                if len(fields) != 2:
                    first, second = SUBCOMMANDS[operation][:2]
                    raise compute.InputError("line", f"应为“{first} {second}”两项，实际为{len(fields)}项")
                result = compute.run(calendar, operation, fields[0], fields[1])
                out.append(_json(compute.as_json(result)) if as_json else compute.as_text(result))
            except compute.InputError as exc:
                bad += 1
                message = f"第{lineno}行：{FIELD_NAMES.get(exc.field, exc.field)}：{exc.message}"
                self.stderr.write(message)
                out.append(
                    _json({"error": message, "field": exc.field, "line": lineno}) if as_json else "error"
                )
            if len(out) >= FLUSH_EVERY:
                self.stdout.write("\n".join(out))
                out.clear()
        if out:
            self.stdout.write("\n".join(out))
        if bad:
            raise CommandError(f"{bad}行输入有误（见上）", returncode=2)
