"""In a real browser: two leaders set their e-mail on the account page, one turns e-mail off;
a new letter then reaches only the other one's mailbox (a real local SMTP server)."""
from __future__ import annotations

from playwright.sync_api import Page, expect

from engine.services.mail import deliver_pending_mail
from tests.browser.test_routing_flow import log_in, log_out
from tests.engine.test_mail import mail_settings
from tests.factories import engine_with_org, register
from tests.support.browser import screenshot
from webapp import create_app


def set_email(page: Page, address: str, *, on: bool) -> None:
    page.get_by_test_id("account-link").click()
    expect(page.get_by_role("heading", name="Tài khoản của tôi")).to_be_visible()
    page.get_by_label("Địa chỉ thư điện tử").fill(address)
    switch = page.get_by_label("Gửi thêm thông báo cho tôi qua thư điện tử")
    expect(switch).to_be_checked()                       # on by default
    switch.set_checked(on)
    page.get_by_test_id("save-preferences").click()
    expect(page.get_by_text("Đã lưu thiết lập của bạn.")).to_be_visible()
    expect(page.get_by_label("Địa chỉ thư điện tử")).to_have_value(address)
    expect(switch).to_be_checked(checked=on)


def test_leaders_choose_email_on_the_account_page(page: Page, live_server, sqlite_url, tmp_path, smtp_server):
    with engine_with_org(sqlite_url, tmp_path, mail=mail_settings(smtp_server)) as app:
        base_url = live_server(create_app({"DOCROUTE": app, "SECRET_KEY": "browser-test"}))
        log_in(page, base_url, "gd")
        set_email(page, "giamdoc@ttyt.example.vn", on=True)
        expect(page.get_by_test_id("mail-not-configured")).to_have_count(0)
        screenshot(page, "account-email-preferences")
        log_out(page)
        log_in(page, base_url, "pgd")
        page.get_by_test_id("account-link").click()
        page.get_by_label("Địa chỉ thư điện tử").fill("khong-hop-le")
        page.get_by_test_id("save-preferences").click()
        expect(page.get_by_text("Địa chỉ thư điện tử không hợp lệ")).to_be_visible()
        set_email(page, "phogiamdoc@ttyt.example.vn", on=False)

        register(app, subject="Về việc tăng cường phòng, chống sốt xuất huyết")
        report = deliver_pending_mail(app, app.clock.now())
    assert (report.sent, report.skipped) == (1, 1)
    assert [m.recipients for m in smtp_server.received] == [["giamdoc@ttyt.example.vn"]]
    assert "sốt xuất huyết" in smtp_server.received[0].message["Subject"]
