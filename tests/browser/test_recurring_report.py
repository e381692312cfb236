"""A recurring report duty in the browser: the leader sets it when directing (the letter's wording
pre-fills it), the head sees the report task in the inbox and submits it, the leader ends the duty.
Screenshots in test-artifacts/screenshots/."""
from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.test_routing_flow import log_in, log_out
from tests.factories import open_task, register
from tests.support.browser import screenshot
from tests.webapp.test_recurring_report_pages import register_letter


def test_the_leader_sets_a_duty_the_head_reports_the_leader_ends_it(page: Page, base_url: str, engine_app):
    doc = register_letter(engine_app)
    register(engine_app)                                     # another letter in the inbox, without a duty
    log_in(page, base_url, "gd")
    page.goto(f"{base_url}/tasks/{open_task(engine_app, 'gd', 'assign', doc)}")
    expect(page.locator("[data-testid=duty-hint]")).to_contain_text("trước ngày 01 tháng 11")
    expect(page.locator("#report_period")).to_have_value("yearly")
    expect(page.locator("#report_day")).to_have_value("1")
    expect(page.locator("#report_month")).to_have_value("11")
    page.select_option("#lead", "P1")
    page.fill("#deadline", "25/03/2025")
    screenshot(page, "recurring-01-leader-direction-with-duty")
    page.get_by_role("button", name="Giao xử lý").click()
    expect(page.locator(".alert-success")).to_contain_text("Đã ghi ý kiến chỉ đạo và chuyển xử lý.")
    log_out(page)

    log_in(page, base_url, "tp1")
    page.goto(f"{base_url}/inbox")
    row = page.locator("[data-testid=inbox-row]", has_text="Báo cáo định kỳ")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("01/11/2025")
    screenshot(page, "recurring-02-head-inbox")
    row.get_by_role("link", name="Xử lý").click()
    expect(page.locator("[data-testid=report-duty-rule]")).to_contain_text("Hằng năm, hạn ngày 01/11")
    page.fill("#report", "Báo cáo kết quả thực hiện Kế hoạch 55/KH-UBND năm 2025.")
    screenshot(page, "recurring-03-head-report-form")
    page.get_by_role("button", name="Gửi báo cáo").click()
    expect(page.locator(".alert-success")).to_contain_text("Đã gửi báo cáo.")
    log_out(page)

    log_in(page, base_url, "gd")
    page.goto(f"{base_url}/documents/{doc}")
    card = page.locator("[data-testid=report-duty]")
    expect(card.locator("[data-testid=duty-reports]")).to_contain_text("1")
    expect(card.locator("[data-testid=duty-next-due]")).to_contain_text("01/11/2026")
    screenshot(page, "recurring-04-leader-document-duty")
    card.locator("[data-testid=end-duty-open]").click()
    page.fill("#end-duty-reason", "Kế hoạch đã kết thúc")
    card.locator("[data-testid=end-duty-submit]").click()
    expect(page.locator(".alert-success")).to_contain_text("Đã kết thúc nhiệm vụ báo cáo định kỳ")
    expect(page.locator("[data-testid=report-duty]")).to_have_attribute("data-status", "ended")
    expect(page.locator("[data-testid=end-duty-form]")).to_have_count(0)
