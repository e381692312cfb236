"""Recurring reports in the UI, in Vietnamese, with CSRF: the direction form pre-filled from the
letter, the report task in the head's inbox with its form, the duty on the document page and a
leader ending it."""
from __future__ import annotations

from pathlib import Path

from engine.services import documents, users
from tests.engine.test_attachments import stage
from tests.factories import document_data, open_task, register, task_rows
from tests.support.samples import docx_bytes

SEED_000 = Path(__file__).resolve().parents[1] / "fixtures" / "letters" / "seed_000_2de9dee675d01e4f.txt"


def register_letter(app) -> int:
    """A letter registered with its text (seed 000 forwards a plan: yearly report before 01/11)."""
    staged = stage(app, docx_bytes(SEED_000.read_text(encoding="utf-8").splitlines()), "cv-620-syt.docx")
    with app.unit_of_work(write=True) as uow:
        doc = documents.register_document(uow, users.get_by_username(uow, "vt"), document_data(), [staged])
        uow.commit()
        return doc.id


def direction(user, doc: int, engine_app, **fields):
    task = open_task(engine_app, "gd", "assign", doc)
    data = {"lead": "P1", "deadline": "25/03/2025", "submit": "1", **fields}
    return user.submit(f"/tasks/{task}", data), task


def test_the_direction_form_is_pre_filled_from_the_letter(web, engine_app):
    doc = register_letter(engine_app)
    user = web("gd")
    page = user.get(f"/tasks/{open_task(engine_app, 'gd', 'assign', doc)}")
    [hint] = page.texts("duty-hint")
    assert hint.startswith("Điền sẵn theo văn bản:") and "trước ngày 01 tháng 11" in hint
    tree = page.tree
    assert tree.xpath('//select[@name="report_period"]/option[@selected]/@value') == ["yearly"]
    assert tree.xpath('//input[@name="report_day"]/@value') == ["1"]
    assert tree.xpath('//select[@name="report_month"]/option[@selected]/@value') == ["11"]
    assert "Giao báo cáo định kỳ (không bắt buộc)" in page.text
    # Without a letter text, nothing is pre-filled.
    plain = user.get(f"/tasks/{open_task(engine_app, 'gd', 'assign', register(engine_app))}")
    assert not plain.testid("duty-hint")
    assert plain.tree.xpath('//select[@name="report_period"]/option[@selected]/@value') in ([], [""])


def test_a_bad_duty_is_a_form_error_under_its_field(web, engine_app):
    doc = register(engine_app)
    user = web("gd")
    page, _ = direction(user, doc, engine_app, report_period="yearly", report_day="31", report_month="4")
    assert page.status == 200 and page.field_errors("report_day") == ["Tháng 4 không có ngày 31."]
    page, _ = direction(user, doc, engine_app, report_period="yearly", report_day="1")
    assert page.field_errors("report_month") == ["Báo cáo hằng năm cần tháng của hạn báo cáo."]
    assert task_rows(engine_app, doc)[0][0] == "assign"


def test_the_head_reports_from_the_inbox_and_the_leader_ends_the_duty(web, engine_app):
    doc = register(engine_app, subject="Báo cáo tình hình dịch bệnh")
    leader = web("gd")
    answer, _ = direction(leader, doc, engine_app, report_period="monthly", report_day="20")
    assert answer.status == 302
    page = leader.get(f"/documents/{doc}")
    assert page.texts("duty-rule") == ["Hằng tháng, hạn ngày 20 hằng tháng"]
    assert page.texts("duty-next-due")[0].startswith("20/03/2025")
    assert page.testid("end-duty-form")

    head = web("tp1")
    inbox = head.get("/inbox")
    report = open_task(engine_app, "tp1", "report", doc)
    assert f"/tasks/{report}" in inbox.text and "Báo cáo định kỳ" in inbox.text
    assert not head.get(f"/documents/{doc}").testid("end-duty-form")      # heads cannot end it
    form = head.get(f"/tasks/{report}")
    assert form.testid("report-duty-rule") and "Gửi báo cáo" in form.text
    empty = head.submit(f"/tasks/{report}", {"report": " ", "submit": "1"})
    assert empty.field_errors("report") == ["Hãy viết nội dung báo cáo."]
    sent = head.submit(f"/tasks/{report}", {"report": "Báo cáo tháng 3: không có ca bệnh mới.", "submit": "1"})
    assert sent.status == 302
    shown = leader.get(f"/documents/{doc}")
    assert shown.texts("duty-reports")[0].startswith("1")
    [event] = [e for e in shown.testid("history-event") if e.get("data-step") == "report"]
    assert "không có ca bệnh mới" in " ".join(event.itertext())

    ended = leader.submit(f"/documents/{doc}/recurring-report/end", {"reason": "Hết dịch", "submit": "1"},
                          form_url=f"/documents/{doc}")
    assert ended.status == 302
    after = leader.get(f"/documents/{doc}")
    assert "Đã kết thúc nhiệm vụ báo cáo định kỳ" in after.text
    assert after.testid("report-duty")[0].get("data-status") == "ended" and not after.testid("end-duty-form")
    assert head.submit(f"/documents/{doc}/recurring-report/end", {"submit": "1"},
                       form_url=f"/documents/{doc}").status == 403
