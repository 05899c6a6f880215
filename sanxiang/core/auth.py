from __future__ import annotations

from datetime import timedelta

from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer

from sanxiang.core.models import ApiToken, hash_token


class ApiTokenAuth(HttpBearer):
    """``Authorization: Bearer sx_…`` → the token's user (inactive users and revoked tokens are refused)."""

    def authenticate(self, request: HttpRequest, token: str):
        try:
            api_token = ApiToken.objects.select_related("user").get(key_hash=hash_token(token), revoked_at__isnull=True)
        except ApiToken.DoesNotExist:
            return None
        if not api_token.user.is_active:
            return None
        now = timezone.now()
        if api_token.last_used_at is None or now - api_token.last_used_at > timedelta(minutes=5):
            ApiToken.objects.filter(pk=api_token.pk).update(last_used_at=now)
        request.user = api_token.user
        return api_token.user
