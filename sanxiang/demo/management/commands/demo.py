from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand

from sanxiang.demo.data import DEMO_PASSWORD
from sanxiang.demo.loader import Loader


class Command(BaseCommand):
    help = "载入演示数据（幂等，可重复运行）。Load the demo data (idempotent)."

    def handle(self, *args, **options):
        call_command("load_regions", verbosity=0)
        call_command("seed_holidays", verbosity=0)  # the official calendar from chinese_calendar (idempotent)
        User = get_user_model()
        admin = User.objects.filter(username="admin").first()
        if admin is None:
            admin = User.objects.create_superuser(username="admin", password=DEMO_PASSWORD, email="",
                                                  first_name="平台管理员")
        result = Loader(actor=admin).run()
        if result.created_agencies:
            self.stdout.write("演示数据已载入：" + "、".join(result.created_agencies))
        else:
            self.stdout.write("演示数据已存在，未重复载入。")
        logins = [("admin", "平台管理员（超级用户，含管理后台）")]
        logins += sorted((u, d) for u, d in _all_demo_logins())
        lines = [f"演示账号 demo logins（密码 password: {DEMO_PASSWORD}）:"]
        lines += [f"  {u:<22} {d}" for u, d in logins]
        text = "\n".join(lines) + "\n"
        (settings.VAR_DIR / "demo-logins.txt").write_text(text, encoding="utf-8")
        self.stdout.write(text)


def _all_demo_logins():
    from sanxiang.org.models import Membership, SupervisorScope

    for m in Membership.objects.select_related("user", "agency").filter(user__username__contains="_"):
        yield m.user.username, f"{m.agency.name} · {m.get_role_display()}"
    for s in SupervisorScope.objects.select_related("user", "supervising_agency", "region"):
        yield s.user.username, f"{s.supervising_agency.name} · 行政执法监督（{s.region.name}）"
