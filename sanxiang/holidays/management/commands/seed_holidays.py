from __future__ import annotations

from django.core.management.base import BaseCommand

from sanxiang.holidays.services import holidays_seed_from_chinese_calendar


class Command(BaseCommand):
    help = (
        "从 chinese_calendar 软件包载入历年节假日安排（幂等：已有的年度不覆盖）。"
        "Seed the holiday table from the chinese_calendar package (idempotent)."
    )

    def handle(self, *args, **options):
        added = holidays_seed_from_chinese_calendar(actor="seed_holidays")
        if added:
            years = f"{added[0]}—{added[-1]}" if len(added) > 1 else str(added[0])
            self.stdout.write(f"已载入{len(added)}个年度的节假日安排：{years}")
        else:
            self.stdout.write("节假日表已包含 chinese_calendar 的全部年度，未作改动。")
