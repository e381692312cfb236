"""Re-routing in the UI, in Vietnamese, with CSRF: recall on the document page, re-assigning a
proposal, the stand-in page reached from the header, and the history naming both people."""
from __future__ import annotations

from tests.factories import complete, direct, name_stand_in, open_task, register, status, task_rows


def _delegated(app) -> int:
    doc = register(app, subject="Báo cáo công tác phòng chống dịch")
    direct(app, doc, lead="P1", co=["P2"])
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-18"})
    return doc


# --- recall (thu hồi) ----------------------------------------------------------------------------

def test_a_leader_recalls_from_the_document_page(web, engine_app):
    doc = _delegated(engine_app)
    user = web("pgd")
    page = user.get(f"/documents/{doc}")
    assert page.testid("recall-form") and "Thu hồi văn bản để chỉ đạo lại" in page.text
    answer = user.submit(f"/documents/{doc}/recall", {"reason": "Đổi phòng chủ trì", "submit": "1"},
                         form_url=f"/documents/{doc}")
    assert answer.status == 302 and answer.response.location == f"/documents/{doc}"
    shown = user.get(f"/documents/{doc}")
    assert "Đã thu hồi văn bản: các công việc đang mở đã bị hủy." in shown.text
    assert status(engine_app, doc) == "assigning"
    assert not shown.testid("recall-form")                           # nothing left to recall
    [event] = [e for e in shown.testid("history-event") if e.get("data-step") == "recall"]
    text = " ".join(" ".join(event.itertext()).split())
    assert "thu hồi văn bản" in text and "Đổi phòng chủ trì" in text and "Phòng số 2" in text
    # The officer whose task was cancelled is told.
    told = web("cv1a").get("/notifications")
    assert [n.get("data-kind") for n in told.testid("notification")][0] == "recalled"
    assert "Văn bản bị thu hồi" in told.text


def test_recall_needs_a_reason_and_a_leader(web, engine_app):
    doc = _delegated(engine_app)
    user = web("gd")
    page = user.submit(f"/documents/{doc}/recall", {"reason": " ", "submit": "1"}, form_url=f"/documents/{doc}")
    assert page.status == 422
    assert page.field_errors("reason") == ["Hãy nêu lý do thu hồi văn bản."]
    assert status(engine_app, doc) == "in_progress"
    head = web("tp1")
    assert not head.get(f"/documents/{doc}").testid("recall-form")
    assert head.submit(f"/documents/{doc}/recall", {"reason": "x"}, form_url=f"/documents/{doc}").status == 403
    # Without the CSRF token nothing happens.
    assert user.post(f"/documents/{doc}/recall", {"reason": "x"}).status == 302
    assert status(engine_app, doc) == "in_progress"


def test_a_recall_that_lost_the_race_says_so(web, engine_app):
    doc = _delegated(engine_app)
    user = web("gd")
    token = user.get(f"/documents/{doc}").csrf()
    complete(engine_app, "tp2", "delegate", doc, {"decision": "return", "reason": "Không thuộc chức năng"})
    answer = user.post(f"/documents/{doc}/recall", {"csrf_token": token, "reason": "x"})
    assert answer.status == 302
    assert "Chỉ thu hồi được văn bản đang được xử lý." in user.get(f"/documents/{doc}").text


# --- re-assigning a proposal (giao lại) -----------------------------------------------------------

def test_a_head_re_assigns_a_proposal(web, engine_app):
    doc = _delegated(engine_app)
    user = web("tp1")
    page = user.get(f"/documents/{doc}")
    [link] = page.tree.xpath('//*[@data-testid="redelegate-link"]/@href')
    form = user.get(link)
    assert form.testid("redelegate-form")
    assert form.tree.xpath('//select[@name="assignee"]/option/@value') == ["", "cv1b", "tp1"]  # not the holder
    answer = user.submit(link, {"assignee": "cv1b", "deadline": "17/03/2025", "note": "Chị B làm tiếp", "submit": "1"})
    assert answer.status == 302 and answer.response.location == f"/documents/{doc}"
    assert task_rows(engine_app, doc)[-1] == ("propose", "P1", "cv1b", "staff", "2025-03-17", "open")
    shown = user.get(f"/documents/{doc}")
    assert "Đã giao lại việc dự thảo." in shown.text
    assert "Giao lại cho Chuyên viên 1B" in shown.texts("dept-P1")[0]
    assert web("cv1b").get(f"/tasks/{open_task(engine_app, 'cv1b', 'propose', doc)}").status == 200


def test_re_assigning_errors_and_who_may(web, engine_app):
    doc = _delegated(engine_app)
    task_id = open_task(engine_app, "cv1a", "propose", doc)
    user = web("tp1")
    url = f"/tasks/{task_id}/redelegate"
    page = user.submit(url, {"assignee": "", "submit": "1"})
    assert page.field_errors("assignee") == ["Hãy chọn người xử lý."]
    page = user.submit(url, {"assignee": "cv1b", "deadline": "26/03/2025", "submit": "1"})
    assert page.field_errors("deadline") == ["Hạn xử lý không được sau hạn lãnh đạo đã giao."]
    assert task_rows(engine_app, doc)[-1][2] == "cv1a"
    for outsider in ("tp2", "cv1a"):
        other = web(outsider)
        assert not other.get(f"/documents/{doc}").testid("redelegate-link") if outsider == "tp2" else True
        answer = other.get(url)
        assert answer.status == 302                                     # sent back to the document
        assert "Không thể giao lại việc dự thảo này nữa." in other.get(answer.response.location).text


# --- stand-ins (ủy quyền) ---------------------------------------------------------------------------

def test_the_stand_in_page_is_reached_from_the_header_and_names_a_stand_in(web, engine_app):
    user = web("tp1")
    inbox = user.get("/inbox")
    assert inbox.tree.xpath('//*[@data-testid="standins-link"]/@href') == ["/standins"]
    page = user.get("/standins")
    assert page.status == 200 and "Ủy quyền cho người khác" in page.text
    assert page.tree.xpath('//select[@name="stand_in"]/option/@value') == ["", "cv1a", "cv1b"]
    answer = user.submit("/standins", {"stand_in": "cv1b", "date_from": "10/03/2025", "date_to": "12/03/2025",
                                       "note": "Nghỉ phép", "submit": "1"})
    assert answer.status == 302
    listed = user.get("/standins")
    assert "Đã ủy quyền." in listed.text
    [row] = listed.texts("standin")
    assert "Chuyên viên 1B" in row and "10/03/2025" in row and "12/03/2025" in row and "Đang hiệu lực" in row
    # The stand-in sees the period too, without a form of their own (staff name no stand-in).
    theirs = web("cv1b").get("/standins")
    assert theirs.texts("standin") == [row.replace(" Kết thúc", "")] and not theirs.testid("standin-form")


def test_stand_in_form_errors(web, engine_app):
    user = web("tp1")
    page = user.submit("/standins", {"stand_in": "", "date_from": "31/02/2025", "date_to": "", "submit": "1"})
    assert page.status == 422
    assert page.field_errors("stand_in") == ["Hãy chọn người được ủy quyền."]
    assert page.field_errors("date_from") == ["Ngày không hợp lệ, hãy nhập theo dạng dd/mm/yyyy."]
    assert page.field_errors("date_to") == ["Hãy nhập ngày kết thúc."]
    page = user.submit("/standins", {"stand_in": "cv1a", "date_from": "09/03/2025", "date_to": "08/03/2025", "submit": "1"})
    assert page.field_errors("date_from") == ["Ngày bắt đầu không được ở quá khứ."]
    assert page.field_errors("date_to") == ["Ngày kết thúc không được trước ngày bắt đầu."]
    name_stand_in(engine_app, "tp1", "cv1a", "2025-03-11", "2025-03-12")
    page = user.submit("/standins", {"stand_in": "cv1b", "date_from": "12/03/2025", "date_to": "13/03/2025", "submit": "1"})
    assert page.status == 409 and "trùng với khoảng thời gian này" in page.text


def test_ending_a_period_and_acting_as_stand_in(web, engine_app):
    doc = register(engine_app)
    direct(engine_app, doc, lead="P1")
    period = name_stand_in(engine_app, "tp1", "cv1b", "2025-03-10", "2025-03-12")
    stand_in = web("cv1b")
    task_url = f"/tasks/{open_task(engine_app, 'cv1b', 'delegate', doc)}"
    assert task_url in stand_in.get("/inbox").tree.xpath("//a/@href")   # the head's task, in the stand-in's inbox
    assert stand_in.submit(task_url, {"assignee": "cv1a", "submit": "1"}).status == 302
    history = stand_in.get(f"/documents/{doc}")
    assert history.texts("on-behalf-of") == ["(thừa ủy quyền Trưởng phòng 1)"]
    # Only the principal may end it, with the form's CSRF token.
    assert stand_in.post(f"/standins/{period}/cancel", {"csrf_token": stand_in.get("/standins").csrf()}).status == 403
    user = web("tp1")
    assert user.submit(f"/standins/{period}/cancel", {}, form_url="/standins").status == 302
    assert "Đã kết thúc đợt ủy quyền." in user.get("/standins").text
    assert user.get("/standins").texts("standin") == []
