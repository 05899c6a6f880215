from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from sanxiang.core.services import api_token_create


class Command(BaseCommand):
    help = "为用户创建 API 令牌 / create an API token for a user (printed once)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="cli")

    def handle(self, *args, username: str, name: str, **options):
        try:
            user = get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist as exc:
            raise CommandError(f"用户不存在 / no such user: {username}") from exc
        _, raw = api_token_create(user=user, name=name)
        self.stdout.write(raw)
