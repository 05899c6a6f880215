from __future__ import annotations

import csv
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from sanxiang.org.models import Region
from sanxiang.org.services import region_create

DEFAULT = Path(__file__).resolve().parents[2] / "data" / "regions.csv"


class Command(BaseCommand):
    help = "导入行政区划（GB/T 2260，CSV：code,name），已存在的跳过。Load regions from a CSV (code,name); idempotent."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", default=str(DEFAULT))

    def handle(self, *args, file: str, **options):
        path = Path(file)
        if not path.exists():
            raise CommandError(f"文件不存在：{path}")
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = sorted(csv.DictReader(fh), key=lambda r: r["code"])  # parents (…0000, …00) first
        existing = set(Region.objects.values_list("code", flat=True))
        created = 0
        for line, row in enumerate(rows, start=2):
            code, name = (row.get("code") or "").strip(), (row.get("name") or "").strip()
            if code in existing:
                continue
            try:
                region_create(actor="load_regions", code=code, name=name)
            except ValidationError as exc:
                raise CommandError(f"第{line}行（{code} {name}）：{'；'.join(exc.messages)}") from exc
            created += 1
        if options["verbosity"]:
            self.stdout.write(f"行政区划：新增 {created} 条，共 {Region.objects.count()} 条。")
