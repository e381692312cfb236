"""One letter carried from registration to completion through the UI, as each person would.

vt registers it; gd directs (lead P1, co P2); tp1 and tp2 give it to an officer; cv1a and cv2a
propose; the heads approve; gd approves the result; kt reads the history. A screenshot of each
role's screen is left in test-artifacts/screenshots/.
"""
from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.factories import PASSWORD
from tests.support.browser import screenshot

SUBJECT = "Báo cáo kết quả triển khai tiêm chủng mở rộng quý I năm 2025"


def log_in(page: Page, base_url: str, username: str) -> None:
    page.goto(f"{base_url}/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("[data-testid=login-submit]")
    expect(page).not_to_have_url(re.compile(r"/login"))


def log_out(page: Page) -> None:
    page.locator("form[action='/logout'] button").click()
    expect(page).to_have_url(re.compile(r"/login$"))


def open_task(page: Page, base_url: str, step_label: str) -> None:
    """From the inbox, press the one "Xử lý" button of the letter's row."""
    page.goto(f"{base_url}/inbox")
    row = page.locator("[data-testid=inbox-row]", has_text=SUBJECT)
    expect(row).to_have_count(1)
    expect(row).to_contain_text(step_label)
    row.get_by_role("link", name="Xử lý").click()
    expect(page.locator("[data-testid=task-form]")).to_be_visible()


def test_a_letter_from_registration_to_completion(page: Page, base_url: str):
    # The clerk registers the letter.
    log_in(page, base_url, "vt")
    page.get_by_role("link", name="Đăng ký văn bản đến").first.click()
    page.fill("#issuer", "Sở Y tế tỉnh Kiên Giang")
    page.fill("#number", "620/SYT-NVY")
    page.fill("#issued_date", "07/03/2025")
    page.select_option("#doc_type", "Báo cáo")
    page.fill("#subject", SUBJECT)
    page.fill("#signer", "Nguyễn Văn A")
    page.select_option("#urgency", "khan")
    expect(page.locator("#received_date")).to_have_value("10/03/2025")
    # The calendar button's native picker writes the date back as dd/mm/yyyy.
    page.locator("#due_date").locator("xpath=..").locator("input.date-native").evaluate(
        "e => { e.value = '2025-03-28'; e.dispatchEvent(new Event('change')); }")
    expect(page.locator("#due_date")).to_have_value("28/03/2025")
    screenshot(page, "01-clerk-register-form")
    page.get_by_role("button", name="Đăng ký").click()
    expect(page.locator(".alert-success")).to_contain_text("Đã đăng ký văn bản đến số 1/2025.")
    expect(page.locator("[data-testid=document-meta]")).to_contain_text("620/SYT-NVY")
    screenshot(page, "02-clerk-registered")
    log_out(page)

    # The director assigns: lead P1, co-handling P2, deadline, directive.
    log_in(page, base_url, "gd")
    screenshot(page, "03-leader-inbox")
    open_task(page, base_url, "Phân công xử lý")
    page.select_option("#lead", "P1")
    expect(page.locator("#co input[value=P1]")).to_be_disabled()  # one role per department
    page.locator("#co").get_by_label("Phòng số 2").check()
    page.fill("#deadline", "20/03/2025")
    page.fill("#directive", "Phòng số 1 chủ trì, Phòng số 2 phối hợp tham mưu báo cáo, trình trước ngày 20/3.")
    screenshot(page, "04-leader-assign-form")
    page.get_by_role("button", name="Giao xử lý").click()
    expect(page.locator(".alert-success")).to_contain_text("Đã ghi ý kiến chỉ đạo và chuyển xử lý.")
    log_out(page)

    # Each head gives it to an officer.
    for head, officer, department in (("tp1", "cv1a", "Phòng số 1"), ("tp2", "cv2a", "Phòng số 2")):
        log_in(page, base_url, head)
        open_task(page, base_url, "Giao chuyên viên")
        expect(page.locator("[data-testid=directive]")).to_contain_text("Phòng số 1 chủ trì")
        page.select_option("#assignee", officer)
        page.fill("#deadline", "18/03/2025")
        page.fill("#note", f"Đề nghị {department.lower()} tổng hợp số liệu, dự thảo báo cáo.")
        if head == "tp1":
            screenshot(page, "05-head-delegate-form")
        page.get_by_role("button", name="Giao xử lý").click()
        expect(page.locator(".alert-success")).to_be_visible()
        log_out(page)

    # The officers propose.
    for officer, code in (("cv1a", "P1"), ("cv2a", "P2")):
        log_in(page, base_url, officer)
        open_task(page, base_url, "Dự thảo đề xuất")
        page.fill("#proposal", f"Đề xuất của {code}: ban hành báo cáo theo dự thảo, số liệu đã đối chiếu.")
        if officer == "cv1a":
            screenshot(page, "06-staff-propose-form")
        page.get_by_role("button", name="Trình trưởng phòng").click()
        expect(page.locator(".alert-success")).to_contain_text("Đã trình ý kiến đề xuất lên trưởng phòng.")
        log_out(page)

    # The heads approve their officer's proposal.
    for head, code in (("tp1", "P1"), ("tp2", "P2")):
        log_in(page, base_url, head)
        open_task(page, base_url, "Xem xét đề xuất")
        expect(page.locator("[data-testid=proposal-under-review]")).to_contain_text(f"Đề xuất của {code}")
        page.fill("#comment", "Đồng ý với đề xuất.")
        if head == "tp1":
            screenshot(page, "07-head-review-form")
        page.get_by_role("button", name="Đồng ý").click()
        expect(page.locator(".alert-success")).to_be_visible()
        log_out(page)

    # The director approves the result.
    log_in(page, base_url, "gd")
    open_task(page, base_url, "Duyệt kết quả")
    expect(page.locator("[data-testid=proposal-P1]")).to_contain_text("Đề xuất của P1")
    expect(page.locator("[data-testid=proposal-P2]")).to_contain_text("Đề xuất của P2")
    page.fill("#comment", "Đồng ý ban hành báo cáo.")
    screenshot(page, "08-leader-approve-form")
    page.get_by_role("button", name="Đồng ý").click()
    expect(page.locator(".alert-success")).to_contain_text("Đã ghi nhận ý kiến duyệt của bạn.")
    expect(page.locator("[data-testid=inbox-empty]")).to_be_visible()
    screenshot(page, "09-leader-inbox-done")
    log_out(page)

    # The auditor reads the history.
    log_in(page, base_url, "kt")
    row = page.locator("[data-testid=audit-row]", has_text=SUBJECT)
    expect(row).to_contain_text("Hoàn thành")
    screenshot(page, "10-auditor-register")
    row.get_by_role("link", name="Quá trình xử lý").click()
    events = page.locator("[data-testid=history-event]")
    expect(events).to_have_count(9)  # register, assign, then delegate, propose and review per department, approve
    expect(events.nth(0)).to_contain_text("Nguyễn Thị Văn Thư đăng ký văn bản đến")
    expect(events.nth(1)).to_contain_text("Lê Giám Đốc cho ý kiến chỉ đạo, phân công xử lý")
    expect(events.nth(8)).to_contain_text("Lê Giám Đốc đồng ý")
    expect(events.nth(8)).to_contain_text("Đồng ý ban hành báo cáo.")
    expect(page.locator("[data-testid=holders]")).to_contain_text("Đã hoàn thành xử lý ngày 10/03/2025.")
    screenshot(page, "11-auditor-history")
    with page.expect_popup() as popup:
        page.locator("[data-testid=slip-link]").click()
    slip = popup.value
    expect(slip.locator("[data-testid=slip]")).to_contain_text("PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN")
    expect(slip.locator("[data-testid=slip]")).to_contain_text("Đề xuất của P2")
    screenshot(slip, "12-auditor-handling-slip")
    slip.close()
    log_out(page)

    # The clerk is told the letter is done.
    log_in(page, base_url, "vt")
    expect(page.locator("[data-testid=unread-count]")).to_have_text("1")
    page.locator("[data-testid=notifications-link]").click()
    expect(page.locator("[data-testid=notification]").first).to_contain_text("Hoàn thành")
    screenshot(page, "13-clerk-notifications")


def test_process_diagrams_are_drawn(page: Page, base_url: str):
    log_in(page, base_url, "cv1a")
    page.get_by_role("link", name="Quy trình").click()
    routing = page.locator("[data-testid=diagram-routing]")
    expect(routing.locator("svg .djs-element").first).to_be_attached()
    expect(routing).to_contain_text("Cho ý kiến chỉ đạo, phân công")
    screenshot(page, "14-process-routing")
    page.get_by_role("tab", name="Xử lý tại phòng, khoa").click()
    handling = page.locator("[data-testid=diagram-department_handling]")
    expect(handling).to_contain_text("Dự thảo ý kiến đề xuất")
    screenshot(page, "15-process-department")


def test_english_interface(page: Page, base_url: str):
    log_in(page, base_url, "gd")
    page.locator("[data-testid=lang-switch] button", has_text="EN").click()
    expect(page.get_by_role("heading", name="My tasks")).to_be_visible()
    screenshot(page, "16-english-inbox")
