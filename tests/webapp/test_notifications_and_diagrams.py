"""Notifications (count in the header, list, mark all read) and the process diagrams."""
from __future__ import annotations

from tests.factories import complete, register


def test_unread_count_list_and_mark_all_read(web, engine_app):
    doc = register(engine_app, subject="Kế hoạch tiêm chủng")
    complete(engine_app, "gd", "assign", doc, {"lead": "P1", "info": ["P2"], "deadline": "2025-03-20"})
    user = web("tp2")
    page = user.get("/documents")
    assert page.texts("unread-count") == ["1"]
    listed = user.get("/notifications")
    items = listed.texts("notification")
    assert len(items) == 1 and "Để biết: Kế hoạch tiêm chủng" in items[0] and "Số đến 1/2025" in items[0]
    assert listed.testid("notification")[0].get("class").split()[-1] == "unread"
    done = user.submit("/notifications/read", {}, form_url="/notifications")
    assert done.response.location == "/notifications"
    after = user.get("/notifications")
    assert after.texts("unread-count") == [] and "Đã đánh dấu tất cả thông báo là đã đọc." in after.text
    assert "unread" not in after.testid("notification")[0].get("class")


def test_notifications_page_when_empty(web):
    assert "Bạn không có thông báo nào." in web("kt").get("/notifications").text


def test_process_page_loads_every_diagram(web):
    page = web("cv1a").get("/processes")
    assert page.status == 200
    assert page.testid("diagram-routing") and page.testid("diagram-department_handling")
    assert "/static/vendor/bpmn-js/bpmn-navigated-viewer.production.min.js" in page.text
    xml = web("cv1a").get("/processes/routing.bpmn")
    assert xml.status == 200 and xml.response.mimetype == "application/xml"
    assert b"<bpmn:process id=\"routing\"" in xml.response.data
    assert web("cv1a").get("/processes/secret.bpmn").status == 404


def test_diagrams_need_a_login(anonymous):
    assert anonymous.get("/processes/routing.bpmn").status == 302
