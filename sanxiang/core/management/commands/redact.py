from __future__ import annotations

import sys

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "个人信息自动脱敏 (see docs/redaction.md): sanxiang redact [FILE|-] [--keep NAME ...] [--json] | --jsonl"

    def run_from_argv(self, argv):
        from sanxiang.kernel.redaction.cli import main

        sys.exit(main(argv[2:]))
