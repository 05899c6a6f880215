"""The public portal in the real browser: agencies, officers, window boards, the English switch,
and the same pages with JavaScript switched off."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def _no_private_data(page, world):
    html = page.content()
    for officer in world["officers"].values():
        if officer.id_number:
            assert officer.id_number not in html
        if officer.mobile:
            assert officer.mobile not in html


def test_agency_and_officer_lists(live_server, world, new_page, shot):
    page = new_page()
    page.goto(live_server.url + "/")
    expect(page.locator(".px-title")).to_have_text("行政执法公示平台")
    shot(page, "portal-home")

    page.locator(".px-nav").get_by_role("link", name="执法主体").click()
    page.get_by_role("link", name="曲靖市麒麟区行政审批局").click()
    info = page.locator(".px-info")
    for text in ("周建国", "曲靖市麒麟区麒麟西路政务服务中心三楼", "0874-3123400", "0874-3123456", "行政审批",
                 "《中华人民共和国行政许可法》", world["bureau"].credit_code):
        expect(info).to_contain_text(text)
    _no_private_data(page, world)
    shot(page, "portal-agency")

    page.locator(".px-nav").get_by_role("link", name="执法人员").click()
    cards = page.locator(".px-officer")
    expect(cards.filter(has_text="李文静")).to_contain_text("53030220190012")
    expect(cards.filter(has_text="陈立新")).to_have_count(0)   # suspended
    expect(cards.filter(has_text="赵海燕")).to_have_count(0)   # expired
    photo = cards.filter(has_text="李文静").locator("img")
    expect(photo).to_have_js_property("complete", True)
    assert photo.evaluate("img => img.naturalWidth") > 0
    _no_private_data(page, world)
    shot(page, "portal-officers")

    page.goto(live_server.url + "/windows/")
    expect(page.locator(".px-board", has_text="市场准入综合窗口")).to_contain_text("李文静")
    shot(page, "portal-windows")
    page.goto(f"{live_server.url}/windows/{world['bureau'].pk}/screen/")
    expect(page.locator(".scr-title")).to_have_text("窗口岗位公示")
    shot(page, "portal-screen")


def test_english_switch(live_server, world, new_page, shot):
    page = new_page()
    page.goto(live_server.url + "/agencies/")
    page.get_by_role("button", name="English").click()
    expect(page.locator(".px-title")).to_have_text("Administrative Enforcement Disclosure")
    expect(page.locator(".px-nav")).to_contain_text("Agencies")
    expect(page).to_have_url(live_server.url + "/agencies/")
    shot(page, "portal-english")
    page.get_by_role("button", name="中文").click()
    expect(page.locator(".px-title")).to_have_text("行政执法公示平台")


def test_works_without_javascript(live_server, world, new_page, shot):
    page = new_page(javascript=False, width=390, height=844)
    page.goto(live_server.url + "/")
    page.fill("#hero-q", "53030220190012")
    page.locator(".px-hero-search button").click()
    expect(page.locator(".px-officer")).to_contain_text("李文静")
    page.get_by_role("button", name="English").click()
    expect(page.locator(".px-nav")).to_contain_text("Officers")
    shot(page, "portal-mobile-nojs")

    page.goto(live_server.url + "/staff/login/")
    page.fill("#id_username", "qlj_admin")
    page.fill("#id_password", "pw-Sanxiang-1")
    page.locator("main button[type=submit]").click()
    expect(page.locator(".sx-sidebar")).to_contain_text("Officers")
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(live_server.url + "/staff/login/")
