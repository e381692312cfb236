"""Log in, log out, where each role starts, and the CSRF protection of the forms."""
from __future__ import annotations

from tests.factories import PASSWORD


def test_login_page_is_vietnamese_by_default(anonymous):
    page = anonymous.get("/login")
    assert page.status == 200
    assert "Tên đăng nhập" in page.text and "Mật khẩu" in page.text and "Đăng nhập" in page.text
    assert page.texts("agency-name") == ["Trung tâm Y tế thử nghiệm"]
    assert page.tree.xpath("//html/@lang") == ["vi"]


def test_wrong_password_says_so_and_keeps_the_user_out(anonymous):
    page = anonymous.submit("/login", {"username": "gd", "password": "khong-dung"})
    assert page.status == 401
    assert page.texts("login-error") == ["Sai tên đăng nhập hoặc mật khẩu."]
    assert anonymous.get("/inbox").response.location.startswith("/login")


def test_empty_fields_get_field_errors(anonymous):
    page = anonymous.submit("/login", {"username": "", "password": ""})
    assert "Hãy nhập tên đăng nhập." in page.text
    assert "Hãy nhập mật khẩu." in page.text


def test_each_role_starts_on_its_page(web):
    assert web("gd").get("/").response.location == "/inbox"
    assert web("cv1a").get("/").response.location == "/inbox"
    assert web("vt").get("/").response.location == "/documents"
    assert web("kt").get("/").response.location == "/audit"


def test_header_shows_name_roles_and_navigation_by_role(web):
    page = web("vt").get("/documents")
    assert page.texts("user-name") == ["Nguyễn Thị Văn Thư"]
    assert "Văn thư · Văn phòng" in page.text
    assert "Đăng ký văn bản đến" in page.text
    assert "Tra cứu, kiểm tra" not in page.text
    leader = web("gd").get("/inbox")
    assert "Lãnh đạo · Ban Giám đốc" in leader.text
    assert "Việc cần xử lý" in leader.text and "Đăng ký văn bản đến" not in leader.text
    assert "Tra cứu, kiểm tra" in web("kt").get("/documents").text


def test_login_returns_to_the_page_asked_for_but_never_to_another_site(anonymous):
    assert anonymous.get("/notifications").response.location.startswith("/login?next=")
    token = anonymous.get("/login").csrf()
    page = anonymous.post("/login?next=/notifications", {"csrf_token": token, "username": "gd",
                                                         "password": PASSWORD})
    assert page.response.location == "/notifications"


def test_login_ignores_an_outside_next(anonymous):
    token = anonymous.get("/login").csrf()
    page = anonymous.post("/login?next=//evil.example/x", {"csrf_token": token, "username": "gd",
                                                           "password": PASSWORD})
    assert page.response.location == "/inbox"


def test_logout_needs_the_form_token_then_ends_the_session(web):
    user = web("gd")
    refused = user.post("/logout", {})  # no CSRF token: refused, still logged in
    assert refused.status == 302
    assert user.get("/inbox").status == 200
    done = user.submit("/logout", {}, form_url="/inbox")
    assert done.response.location == "/login"
    assert user.get("/inbox").response.location.startswith("/login")


def test_a_form_posted_without_its_token_changes_nothing(web, engine_app):
    from tests.factories import open_task, register

    doc = register(engine_app)
    task_id = open_task(engine_app, "gd", "assign", doc)
    user = web("gd")
    page = user.post(f"/tasks/{task_id}", {"lead": "P1"}, headers={"Referer": f"http://localhost/tasks/{task_id}"})
    assert page.response.location == f"/tasks/{task_id}"
    followed = user.get(f"/tasks/{task_id}")
    assert "Phiên làm việc đã hết hạn" in followed.text
    assert open_task(engine_app, "gd", "assign", doc) == task_id
