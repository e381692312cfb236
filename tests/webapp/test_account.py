"""The account page: a user turns e-mailed notifications on or off and gives their address."""
from __future__ import annotations

from engine.services import users


def stored(engine_app, username: str) -> tuple:
    with engine_app.unit_of_work() as uow:
        user = users.get_by_username(uow, username)
        return user.email, user.email_notifications


def test_the_account_page_is_reached_from_the_header_and_speaks_vietnamese(web):
    user = web("cv1a")
    inbox = user.get("/inbox")
    assert inbox.tree.xpath('//header//a[@data-testid="account-link"]/@href') == ["/account"]
    page = user.get("/account")
    assert page.status == 200
    assert "Tài khoản của tôi" in page.text and "Thông báo qua thư điện tử" in page.text
    assert "Chuyên viên 1A" in page.texts("account-facts")[0]
    assert "Gửi thêm thông báo cho tôi qua thư điện tử" in page.text
    assert page.tree.xpath('//input[@name="email_notifications"]/@checked')      # on by default
    assert page.testid("mail-not-configured") and page.testid("no-address")


def test_a_user_gives_an_address_and_turns_email_off_and_on(web, engine_app):
    user = web("cv1a")
    saved = user.submit("/account", {"email": "cv1a@ttyt.example.vn", "email_notifications": "y"})
    assert saved.status == 302 and saved.response.location == "/account"
    assert stored(engine_app, "cv1a") == ("cv1a@ttyt.example.vn", True)
    page = user.get("/account")
    assert "Đã lưu thiết lập của bạn." in page.text and not page.testid("no-address")
    assert page.tree.xpath('//input[@name="email"]/@value') == ["cv1a@ttyt.example.vn"]

    user.submit("/account", {"email": "cv1a@ttyt.example.vn"})          # the switch left off
    assert stored(engine_app, "cv1a") == ("cv1a@ttyt.example.vn", False)
    assert not user.get("/account").tree.xpath('//input[@name="email_notifications"]/@checked')
    assert stored(engine_app, "cv1b") == (None, True)                   # nobody else's


def test_a_bad_address_is_shown_under_the_field_and_nothing_is_saved(web, engine_app):
    user = web("cv1a")
    page = user.submit("/account", {"email": "khong-phai-dia-chi", "email_notifications": "y"})
    assert page.status == 200
    assert page.field_errors("email") == ["Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@coquan.gov.vn)."]
    assert stored(engine_app, "cv1a") == (None, True)


def test_the_form_needs_its_token_and_a_login(web, anonymous, engine_app):
    user = web("cv1a")
    page = user.post("/account", {"email": "cv1a@ttyt.example.vn"})     # no CSRF token
    assert page.status == 302
    assert stored(engine_app, "cv1a") == (None, True)
    assert anonymous.get("/account").status == 302
