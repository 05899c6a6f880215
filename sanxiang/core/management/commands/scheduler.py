from __future__ import annotations

import logging
import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from sanxiang.core.schedule import jobs

log = logging.getLogger("sanxiang.scheduler")


class Command(BaseCommand):
    help = "运行周期任务（账本封存、期限重算等）。Run the registered periodic jobs until stopped."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="run every job once and exit")

    def handle(self, *args, once: bool = False, **options):
        stopping = False

        def stop(*_):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        due: dict[str, float] = {}
        while not stopping:
            now = time.monotonic()
            for job in jobs():
                if due.get(job.name, 0) <= now:
                    close_old_connections()
                    try:
                        job.func()
                    except Exception:  # a failing job must not stop the others
                        log.exception("periodic job %s failed", job.name)
                    due[job.name] = time.monotonic() + job.every_seconds
            if once:
                return
            time.sleep(0.5)
