"""Each step's form on the task page: field errors in Vietnamese, the engine's rules, lost races."""
from __future__ import annotations

import pytest

from engine.services import documents, users
from tests.factories import complete, open_task, register


def _status(app, doc: int) -> str:
    with app.unit_of_work() as uow:
        return documents.get_visible(uow, users.get_by_username(uow, "vt"), doc).status


def _assigned(app, deadline: str = "2025-03-20") -> int:
    doc = register(app)
    complete(app, "gd", "assign", doc, {"lead": "P1", "co": ["P2"], "deadline": deadline, "directive": "Xử lý gấp."})
    return doc


def _task_url(app, username: str, step: str, doc: int) -> str:
    return f"/tasks/{open_task(app, username, step, doc)}"


# --- assign (the leader) ------------------------------------------------------------------------

def test_assign_form_lists_departments_and_shows_the_document(web, engine_app):
    doc = register(engine_app, subject="Triển khai chuyển đổi số")
    page = web("gd").get(_task_url(engine_app, "gd", "assign", doc))
    assert page.status == 200
    assert page.testid("task-form")[0].get("data-step") == "assign"
    assert page.tree.xpath('//select[@name="lead"]/option/text()') == [
        "— Chọn đơn vị chủ trì —", "Phòng số 1", "Phòng số 2"]
    assert page.tree.xpath('//input[@name="co"]/@value') == ["P1", "P2"]
    assert set(page.tree.xpath('//input[@name="info"]/@value')) == {"BGD", "VP", "P1", "P2"}
    assert "Lưu hồ sơ, không xử lý" in page.text
    assert page.texts("document-subject") == ["Triển khai chuyển đổi số"]


def test_assign_without_lead_and_with_a_bad_date_gets_field_errors(web, engine_app):
    doc = register(engine_app)
    url = _task_url(engine_app, "gd", "assign", doc)
    page = web("gd").submit(url, {"lead": "", "deadline": "31/02/2025", "submit": "Giao xử lý"})
    assert page.status == 200
    assert page.field_errors("lead") == ["Hãy chọn đơn vị chủ trì."]
    assert page.field_errors("deadline") == ["Ngày không hợp lệ, hãy nhập theo dạng dd/mm/yyyy."]
    assert _status(engine_app, doc) == "assigning"


def test_assign_shows_the_engines_rules_under_the_fields(web, engine_app):
    doc = register(engine_app)
    url = _task_url(engine_app, "gd", "assign", doc)
    page = web("gd").submit(url, {"lead": "P1", "co": ["P1"], "deadline": "01/03/2025", "submit": "1"})
    assert page.field_errors("co") == ["Phòng P1 đã được chọn ở vai trò khác."]
    assert page.field_errors("deadline") == ["Hạn xử lý không được trước ngày đến của văn bản."]
    assert _status(engine_app, doc) == "assigning"


def test_assign_sends_the_document_to_the_departments(web, engine_app):
    doc = register(engine_app)
    url = _task_url(engine_app, "gd", "assign", doc)
    user = web("gd")
    page = user.submit(url, {"lead": "P1", "co": ["P2"], "info": ["VP"], "deadline": "20/03/2025",
                             "directive": "P1 chủ trì tham mưu.", "submit": "1"})
    assert page.response.location == "/inbox"
    assert "Đã ghi ý kiến chỉ đạo và chuyển xử lý." in user.get("/inbox").text
    assert _status(engine_app, doc) == "in_progress"
    open_task(engine_app, "tp1", "delegate", doc)
    open_task(engine_app, "tp2", "delegate", doc)
    shown = user.get(f"/documents/{doc}")
    direction = shown.texts("direction")[0]
    assert "P1 chủ trì tham mưu." in direction and "Phòng số 1" in direction and "20/03/2025" in direction
    assert "Văn phòng" in direction


def test_file_decision_files_the_document_without_a_lead(web, engine_app):
    doc = register(engine_app)
    url = _task_url(engine_app, "gd", "assign", doc)
    page = web("gd").submit(url, {"lead": "", "directive": "Lưu.", "file": "Lưu hồ sơ, không xử lý"})
    assert page.status == 302
    assert _status(engine_app, doc) == "filed"


# --- delegate (the head) ------------------------------------------------------------------------

def test_delegate_offers_staff_and_head_of_the_department_only(web, engine_app):
    doc = _assigned(engine_app)
    page = web("tp1").get(_task_url(engine_app, "tp1", "delegate", doc))
    assert page.tree.xpath('//select[@name="assignee"]/option/@value') == ["", "cv1a", "cv1b", "tp1"]
    assert "Không muộn hơn ngày 20/03/2025." in page.text


def test_delegate_errors(web, engine_app):
    doc = _assigned(engine_app)
    url = _task_url(engine_app, "tp1", "delegate", doc)
    user = web("tp1")
    page = user.submit(url, {"assignee": "", "submit": "1"})
    assert page.field_errors("assignee") == ["Hãy chọn người xử lý."]
    page = user.submit(url, {"assignee": "cv2a", "submit": "1"})
    assert page.field_errors("assignee") == ["Lựa chọn không hợp lệ."]
    page = user.submit(url, {"assignee": "cv1a", "deadline": "25/03/2025", "submit": "1"})
    assert page.field_errors("deadline") == ["Hạn xử lý không được sau hạn lãnh đạo đã giao."]
    page = user.submit(url, {"send_back": "1", "reason": ""})
    assert page.field_errors("reason") == ["Hãy ghi lý do văn bản không thuộc chức năng của phòng."]
    assert _status(engine_app, doc) == "in_progress"


def test_delegate_gives_the_work_to_an_officer(web, engine_app):
    doc = _assigned(engine_app)
    page = web("tp1").submit(_task_url(engine_app, "tp1", "delegate", doc),
                             {"assignee": "cv1a", "deadline": "18/03/2025", "note": "Dự thảo báo cáo.", "submit": "1"})
    assert page.response.location == "/inbox"
    assert "Dự thảo báo cáo." in web("cv1a").get(_task_url(engine_app, "cv1a", "propose", doc)).text


def test_delegate_return_sends_the_assignment_back(web, engine_app):
    doc = _assigned(engine_app)
    page = web("tp2").submit(_task_url(engine_app, "tp2", "delegate", doc),
                             {"send_back": "1", "reason": "Không thuộc chức năng của phòng."})
    assert page.status == 302
    assert _status(engine_app, doc) == "assigning"
    shown = web("gd").get(f"/documents/{doc}")
    assert "Không thuộc chức năng của phòng." in shown.texts("dept-P2")[0]


# --- propose (the officer), review (the head), approve (the leader) -----------------------------

def _delegated(app) -> int:
    doc = _assigned(app)
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-18"})
    complete(app, "tp2", "delegate", doc, {"assignee": "cv2a", "deadline": "2025-03-18"})
    return doc


def test_propose_requires_text_then_goes_to_the_head(web, engine_app):
    doc = _delegated(engine_app)
    url = _task_url(engine_app, "cv1a", "propose", doc)
    user = web("cv1a")
    assert user.submit(url, {"proposal": "  "}).field_errors("proposal") == ["Hãy nhập ý kiến đề xuất."]
    assert user.submit(url, {"proposal": "Đề nghị trả lời theo dự thảo."}).status == 302
    review = web("tp1").get(_task_url(engine_app, "tp1", "review", doc))
    assert review.texts("proposal-under-review") == ["Đề nghị trả lời theo dự thảo."]


def test_review_return_needs_a_comment_and_reopens_the_proposal(web, engine_app):
    doc = _delegated(engine_app)
    complete(engine_app, "cv1a", "propose", doc, {"proposal": "Bản 1."})
    url = _task_url(engine_app, "tp1", "review", doc)
    user = web("tp1")
    assert user.submit(url, {"send_back": "1", "comment": ""}).field_errors("comment") == [
        "Hãy ghi rõ nội dung cần sửa."]
    assert user.submit(url, {"send_back": "1", "comment": "Bổ sung số liệu."}).status == 302
    page = web("cv1a").get(_task_url(engine_app, "cv1a", "propose", doc))
    assert "Bổ sung số liệu." in page.text


def test_review_then_approval_completes_the_document(web, engine_app):
    doc = _delegated(engine_app)
    complete(engine_app, "cv1a", "propose", doc, {"proposal": "Đề xuất P1."})
    complete(engine_app, "cv2a", "propose", doc, {"proposal": "Đề xuất P2."})
    assert web("tp1").submit(_task_url(engine_app, "tp1", "review", doc),
                             {"approve": "1", "comment": "Đạt."}).status == 302
    assert web("tp2").submit(_task_url(engine_app, "tp2", "review", doc), {"approve": "1"}).status == 302
    leader = web("gd")
    url = _task_url(engine_app, "gd", "approve", doc)
    page = leader.get(url)
    assert page.texts("proposal-P1") == ["Đề xuất P1."] and page.texts("proposal-P2") == ["Đề xuất P2."]
    assert page.tree.xpath('//input[@name="reply_number"]')  # the leader may name the reply
    assert leader.submit(url, {"approve": "1", "comment": "Đồng ý ban hành.", "reply_number": "125/SYT-NVY"}
                         ).status == 302
    assert _status(engine_app, doc) == "completed"
    done = leader.get(f"/documents/{doc}")
    assert "Đồng ý ban hành." in done.texts("approval")[0]
    assert done.texts("reply-number") == ["Văn bản trả lời: 125/SYT-NVY"]
    register_row = leader.get("/registers/follow-up").texts("register-row")[0]
    assert "125/SYT-NVY" in register_row
    assert "Đã hoàn thành xử lý ngày 10/03/2025." in done.texts("holders")[0]


def test_approve_return_goes_back_to_the_lead_department(web, engine_app):
    doc = register(engine_app)
    complete(engine_app, "gd", "assign", doc, {"lead": "P1", "deadline": "2025-03-20"})
    complete(engine_app, "tp1", "delegate", doc, {"assignee": "cv1a"})
    complete(engine_app, "cv1a", "propose", doc, {"proposal": "Bản 1."})
    complete(engine_app, "tp1", "review", doc, {"decision": "approve"})
    url = _task_url(engine_app, "gd", "approve", doc)
    user = web("gd")
    assert user.submit(url, {"send_back": "1", "comment": ""}).field_errors("comment") == [
        "Hãy ghi rõ nội dung cần sửa."]
    assert user.submit(url, {"send_back": "1", "comment": "Viết lại phần kiến nghị."}).status == 302
    assert "Viết lại phần kiến nghị." in web("cv1a").get(_task_url(engine_app, "cv1a", "propose", doc)).text


# --- who may complete, and lost races ----------------------------------------------------------

def test_someone_elses_task_is_a_403_page(web, engine_app):
    doc = _assigned(engine_app)
    page = web("tp2").get(_task_url(engine_app, "tp1", "delegate", doc))
    assert page.status == 403
    assert page.texts("error-message") == ["Công việc này không phải của bạn."]


def test_a_task_completed_meanwhile_gives_a_clear_message_not_an_error(web, engine_app):
    doc = register(engine_app)
    url = _task_url(engine_app, "gd", "assign", doc)
    second = web("pgd")
    token = second.get(url).csrf()  # pgd opened the form first…
    assert web("gd").submit(url, {"lead": "P1", "submit": "1"}).status == 302  # …gd was quicker
    page = second.post(url, {"csrf_token": token, "lead": "P2", "submit": "1"})
    assert page.status == 302 and page.response.location == f"/documents/{doc}"
    shown = second.get(page.response.location)
    assert "Việc này không còn mở" in shown.text
    assert "Phòng số 1" in shown.texts("direction")[0]


@pytest.mark.parametrize("method", ["get", "post"])
def test_unknown_task_is_a_404_page(web, method):
    user = web("gd")
    page = user.get("/tasks/999") if method == "get" else user.submit("/tasks/999", {}, form_url="/inbox")
    assert page.status == 404
