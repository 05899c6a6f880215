from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "启动平台：gunicorn（含静态文件）+ 后台任务 worker + 周期任务。Start web server, task worker and scheduler."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "3")))
        parser.add_argument("--no-worker", action="store_true", help="do not start db_worker and the scheduler")

    def handle(self, *args, host: str, port: int, workers: int, no_worker: bool, **options):
        call_command("collectstatic", interactive=False, verbosity=0)
        python = sys.executable
        children: list[subprocess.Popen] = [
            subprocess.Popen([
                python, "-m", "gunicorn", "sanxiang.wsgi:application",
                "--bind", f"{host}:{port}", "--workers", str(workers), "--threads", "2",
                "--access-logfile", "-", "--graceful-timeout", "10", "--timeout", "60",
            ])
        ]
        if not no_worker:
            if settings.TASKS["default"]["BACKEND"].startswith("django_tasks_db"):
                children.append(subprocess.Popen([python, "-m", "sanxiang", "db_worker", "--interval", "1"]))
            elif settings.TASKS["default"]["BACKEND"].startswith("django_tasks_rq"):
                children.append(subprocess.Popen([python, "-m", "sanxiang", "rqworker", "default", "--job-class", "django_tasks_rq.Job"]))
            children.append(subprocess.Popen([python, "-m", "sanxiang", "scheduler"]))

        url = f"http://{host}:{port}/"
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"三项制度平台已启动 Sanxiang is running: {url}"))
        self.stdout.write(f"  公众门户 public portal : {url}")
        self.stdout.write(f"  工作台 staff workbench  : {url}staff/")
        self.stdout.write(f"  管理后台 admin          : {url}admin/")
        self.stdout.write(f"  API docs                : {url}api/v1/docs")
        logins = settings.VAR_DIR / "demo-logins.txt"
        if logins.exists():
            self.stdout.write("")
            self.stdout.write(logins.read_text(encoding="utf-8"))
        self.stdout.write("按 Ctrl+C 停止 / press Ctrl+C to stop")

        stopping = False

        def stop(*_):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        try:
            while not stopping:
                for child in children:
                    if child.poll() is not None:
                        self.stderr.write(f"process {child.args[2:4]} exited with {child.returncode}; stopping")
                        stopping = True
                time.sleep(0.5)
        finally:
            for child in children:
                if child.poll() is None:
                    child.send_signal(signal.SIGTERM)
            deadline = time.monotonic() + 15
            for child in children:
                try:
                    child.wait(timeout=max(0.1, deadline - time.monotonic()))
                except subprocess.TimeoutExpired:
                    child.kill()
