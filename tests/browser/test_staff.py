"""The staff workbench in the real browser: sign in, see the certificate warnings, open an officer,
try to issue a certificate that ends before it starts and read the Chinese error."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import login

pytestmark = pytest.mark.browser


def test_workbench_warning_to_certificate_error(live_server, world, new_page, shot):
    page = new_page()
    login(page, live_server.url, "qlj_admin")

    warnings = page.locator("#warnings")
    expect(warnings.locator("tr.sx-warn-red", has_text="赵海燕")).to_contain_text("已过期")
    expect(warnings.locator("tr.sx-warn-yellow", has_text="王志强")).to_contain_text("还剩25天")
    shot(page, "staff-workbench")

    warnings.get_by_role("link", name="赵海燕").click()
    expect(page.locator("h1")).to_contain_text("赵海燕")
    expect(page.locator("body")).not_to_contain_text(world["officers"]["expired"].id_number)
    expect(page.locator("body")).to_contain_text("5303**********")
    shot(page, "staff-officer")

    page.get_by_role("link", name="登记执法证件").first.click()
    today = date.today()
    page.fill("#id_number", "53030220260099")
    page.fill("#id_issuer", "曲靖市人民政府")
    page.fill("#id_valid_from", today.isoformat())
    page.fill("#id_valid_until", (today - timedelta(days=1)).isoformat())
    page.get_by_role("button", name="保存").click()

    expect(page.locator(".errorlist")).to_contain_text("有效期至：有效期至必须晚于有效期自。")
    expect(page.locator("#id_number")).to_have_value("53030220260099")
    expect(page.locator("#id_issuer")).to_have_value("曲靖市人民政府")
    shot(page, "staff-certificate-error")

    page.fill("#id_valid_until", (today + timedelta(days=1800)).isoformat())
    page.get_by_role("button", name="保存").click()
    expect(page.locator(".alert-success")).to_contain_text("53030220260099")
    expect(page.locator("#certificates")).to_contain_text("有效")


def test_authorization_check_and_agency_roster(live_server, world, new_page, shot):
    page = new_page()
    login(page, live_server.url, "qlj_officer")
    page.goto(f"{live_server.url}/staff/people/officers/{world['officers']['suspended'].pk}/")
    page.get_by_role("button", name="核验").click()
    expect(page.locator(".sx-verdict-no")).to_contain_text("暂扣")
    shot(page, "staff-authorization-check")

    page.goto(f"{live_server.url}/staff/org/agencies/{world['bureau'].pk}/")
    roster = page.locator(f"#group-{world['group'].pk}")
    expect(roster.get_by_role("row", name="组长 局长")).to_contain_text("周建国")
    expect(roster.get_by_role("row", name="副组长 副局长")).to_contain_text("空缺")
    expect(page.get_by_role("link", name="编辑信息")).to_have_count(0)  # an officer may look, not change
    shot(page, "staff-agency")


def test_supervisor_overview(live_server, world, new_page, shot):
    page = new_page()
    login(page, live_server.url, "yx_supervisor")
    overview = page.locator("#overview")
    expect(overview).to_contain_text("玉溪市红塔区市场监督管理局")
    expect(overview).not_to_contain_text("曲靖市麒麟区行政审批局")
    shot(page, "staff-supervisor")
