"""The ``sanxiang`` console command: Django's management commands under one name.

``sanxiang serve``, ``sanxiang migrate``, ``sanxiang workdays add 2026-01-05 20``,
``sanxiang ledger verify``, ``sanxiang redact FILE`` … (see README.md).
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    if len(argv) > 1 and argv[1] == "redact":
        # Pure kernel: no settings, no database — fast enough to be called once per document.
        from sanxiang.kernel.redaction.cli import main as redact_main

        return redact_main(argv[2:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sanxiang.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["sanxiang", *argv[1:]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
