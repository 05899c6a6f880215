"""Browser tests: Playwright (sync API) drives the system Chromium against pytest-django's live server.

The live server runs in a thread of this process; Playwright's sync API runs an event loop in the
test thread, so Django's async-safety guard must be relaxed for the ORM calls the tests make.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.skip("system Chromium not installed")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM,
                                    args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"])
        yield browser
        browser.close()


@pytest.fixture
def new_page(chromium):
    contexts = []

    def make(*, locale: str = "zh-CN", javascript: bool = True, width: int = 1440, height: int = 900):
        context = chromium.new_context(locale=locale, java_script_enabled=javascript,
                                       viewport={"width": width, "height": height})
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def shot():
    ARTIFACTS.mkdir(exist_ok=True)

    def take(page, name: str) -> Path:
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def world(transactional_db, settings, tmp_path):
    from tests.browser import scenario

    settings.MEDIA_ROOT = tmp_path
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return scenario.build()


def login(page, base_url: str, username: str, password: str = "pw-Sanxiang-1") -> None:
    page.goto(f"{base_url}/staff/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("main button[type=submit]")
    page.wait_for_url(f"{base_url}/staff/")
