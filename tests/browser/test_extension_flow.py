"""More time (gia hạn) in a real browser: the officer asks on the task page; the request is a task
"Quyết định gia hạn" in the head's inbox, with who asks, the dates and the reason; the head grants
another date from that task; the officer's task shows the new deadline. Screenshots are left in
test-artifacts/screenshots/."""
from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.test_routing_flow import log_in, log_out
from tests.factories import complete, direct, open_task, register
from tests.support.browser import screenshot


def test_the_head_decides_a_request_from_the_inbox(page: Page, base_url: str, engine_app):
    doc = register(engine_app, subject="Báo cáo tình hình phòng chống dịch quý I")
    direct(engine_app, doc, lead="P1")                                   # the leader's deadline 25/03
    complete(engine_app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-20"})
    task = open_task(engine_app, "cv1a", "propose", doc)

    log_in(page, base_url, "cv1a")
    page.goto(f"{base_url}/tasks/{task}")
    card = page.locator("[data-testid=extension-card]")
    card.locator("#due_date").fill("24/03/2025")
    card.locator("#reason").fill("Chờ số liệu của các trạm y tế xã")
    card.get_by_role("button", name="Gửi đề nghị gia hạn").click()
    expect(page.locator("[data-testid=extension-pending]")).to_be_visible()
    log_out(page)

    log_in(page, base_url, "tp1")
    page.goto(f"{base_url}/inbox")
    row = page.locator("[data-testid=inbox-row]", has_text="Quyết định gia hạn")
    expect(row).to_have_count(1)
    expect(row.locator("[data-testid=inbox-extension]")).to_contain_text(
        "đề nghị gia hạn từ ngày 20/03/2025 đến ngày 24/03/2025")
    expect(row).to_contain_text("Chờ số liệu của các trạm y tế xã")
    screenshot(page, "extension-01-head-inbox")
    row.get_by_role("link", name="Xử lý").click()
    expect(page.locator("[data-testid=extension-asked]")).to_contain_text("Chờ số liệu của các trạm y tế xã")
    expect(page.locator("#due_date")).to_have_value("24/03/2025")          # the date asked for
    page.locator("#due_date").fill("23/03/2025")
    page.locator("#comment").fill("Đồng ý đến 23/03")
    screenshot(page, "extension-02-decision")
    page.get_by_role("button", name="Đồng ý gia hạn").click()
    expect(page.locator(".alert-success")).to_contain_text("Đã ghi nhận quyết định gia hạn.")
    log_out(page)

    log_in(page, base_url, "cv1a")
    page.goto(f"{base_url}/tasks/{task}")
    expect(page.locator("[data-testid=task-form]")).to_contain_text("23/03/2025")
