"""Recurring report duties in the API: set with the direction, shown on the document, each report a
task completed like any other, ended by a leader (401, 404, 403, 409, 422 in that order)."""
from __future__ import annotations

import io

from tests.api.test_api_tasks import body_kwargs, my_tasks
from tests.engine.test_timers import set_day
from tests.factories import register

MONTHLY = {"period": "monthly", "day": 20}


def direct(api, doc: int, duty, username: str = "gd"):
    [task] = [t for t in my_tasks(api, username) if t["step"] == "assign" and t["document_id"] == doc]
    return api.post(f"/tasks/{task['id']}/complete", username,
                    json={"lead": "P1", "deadline": "2025-03-25", "recurring_report": duty})


def report_task(api, doc: int) -> dict:
    [task] = [t for t in my_tasks(api, "tp1") if t["step"] == "report" and t["document_id"] == doc]
    return task


def test_the_direction_sets_a_duty_shown_on_the_document(app, api):
    doc = register(app)
    assert api.get(f"/documents/{doc}", "gd").get_json()["recurring_report"] is None
    answer = direct(api, doc, {"period": "yearly", "day": 1, "month": 11})
    assert answer.status_code == 200, answer.get_json()
    body = api.get(f"/documents/{doc}", "tp1").get_json()
    assert {k: body["recurring_report"][k] for k in (
        "period", "day", "month", "department", "status", "set_by", "period_number", "opens_on", "next_due",
        "reports_submitted", "ended_by")} == {
        "period": "yearly", "day": 1, "month": 11, "department": "P1", "status": "active", "set_by": "gd",
        "period_number": 1, "opens_on": "2025-03-10", "next_due": "2025-11-01", "reports_submitted": 0,
        "ended_by": None}
    task = report_task(api, doc)
    assert (task["department"], task["due_date"], task["overdue"], task["candidate_role"]) == (
        "P1", "2025-11-01", False, "head")
    assert [t for t in body["tasks"] if t["step"] == "report"][0]["id"] == task["id"]
    events = api.get(f"/documents/{doc}/history", "kt").get_json()["events"]
    [set_event] = [e for e in events if e["step"] == "report_duty"]
    assert (set_event["actor"], set_event["action"], set_event["data"]["first_due"]) == ("gd", "set", "2025-11-01")
    [assign] = [e for e in events if e["step"] == "assign"]
    assert assign["data"]["recurring_report"] == {"period": "yearly", "day": 1, "month": 11}


def test_the_head_submits_a_report_with_a_file_through_task_completion(app, api):
    doc = register(app)
    direct(api, doc, MONTHLY)
    task = report_task(api, doc)
    answer = api.post(f"/tasks/{task['id']}/complete", "tp1", json={"report": ""})
    assert answer.status_code == 422 and list(answer.get_json()["errors"]) == ["report"]
    answer = api.post(f"/tasks/{task['id']}/complete", "cv1a", json={"report": "x"})
    assert answer.status_code == 403
    answer = api.post(f"/tasks/{task['id']}/complete", "tp1", content_type="multipart/form-data", data={
        "report": "Báo cáo tháng 3: đã triển khai 12 đợt kiểm tra.",
        "files": (io.BytesIO(b"%PDF-1.4\n%%EOF\n"), "bao-cao-thang-3.pdf")})
    assert answer.status_code == 200, answer.get_json()
    assert api.post(f"/tasks/{task['id']}/complete", "tp1", json={"report": "again"}).status_code == 409
    body = api.get(f"/documents/{doc}", "gd").get_json()
    duty = body["recurring_report"]
    assert (duty["reports_submitted"], duty["period_number"], duty["next_due"]) == (1, 2, "2025-04-20")
    assert [a["name"] for a in body["attachments"] if a["step"] == "report"] == ["bao-cao-thang-3.pdf"]
    [event] = [e for e in api.get(f"/documents/{doc}/history", "gd").get_json()["events"] if e["step"] == "report"]
    assert (event["actor"], event["action"], event["department"]) == ("tp1", "submit", "P1")
    assert event["data"]["report"].startswith("Báo cáo tháng 3") and event["data"]["due_date"] == "2025-03-20"
    assert [t for t in my_tasks(api, "tp1") if t["step"] == "report"] == []


def test_a_report_task_is_overdue_like_any_other(app, api):
    doc = register(app)
    direct(api, doc, MONTHLY)
    set_day(app, "2025-03-21")
    assert report_task(api, doc)["overdue"] is True


def test_bad_duties_are_422_naming_the_field(app, api):
    doc = register(app)
    answer = direct(api, doc, {"period": "yearly", "day": 31, "month": 4})
    assert answer.status_code == 422
    assert list(answer.get_json()["errors"]) == ["recurring_report.day"]
    answer = direct(api, doc, {"period": "every week", "day": 1})
    assert list(answer.get_json()["errors"]) == ["recurring_report.period"]
    answer = direct(api, doc, [1, 2])
    assert list(answer.get_json()["errors"]) == ["recurring_report"]
    assert api.get(f"/documents/{doc}", "gd").get_json()["status"] == "assigning"


def test_ending_a_duty_answers_it_and_refusals_come_in_order(app, api, subtests):
    doc = register(app)
    other = register(app)
    path = f"/documents/{doc}/recurring-report/end"
    assert api.post(path, json={}).status_code == 401
    assert api.post("/documents/999/recurring-report/end", "gd", json={}).status_code == 404
    assert api.post(path, "gd", json={}).status_code == 404          # no duty yet
    direct(api, doc, MONTHLY)
    for body in ({"reason": "x"}, None):
        with subtests.test(body=body):
            assert api.post("/documents/999/recurring-report/end", "tp1", **body_kwargs(body)).status_code == 404
            assert api.post(path, "tp1", **body_kwargs(body)).status_code == 403
            assert api.post(path, "vt", **body_kwargs(body)).status_code == 403
    answer = api.post(path, "gd", **body_kwargs(None))
    assert answer.status_code == 422 and list(answer.get_json()["errors"]) == ["body"]
    answer = api.post(path, "gd", json={"reason": 5})
    assert answer.status_code == 422 and list(answer.get_json()["errors"]) == ["reason"]
    answer = api.post(path, "pgd", json={"reason": "Bộ đã bãi bỏ chế độ báo cáo này"})
    assert answer.status_code == 200, answer.get_json()
    ended = answer.get_json()
    assert (ended["status"], ended["ended_by"], ended["end_reason"], ended["next_due"]) == (
        "ended", "pgd", "Bộ đã bãi bỏ chế độ báo cáo này", None)
    assert [t for t in my_tasks(api, "tp1") if t["step"] == "report"] == []
    assert api.get(f"/documents/{doc}", "gd").get_json()["recurring_report"]["status"] == "ended"
    answer = api.post(path, "gd")                                     # no body at all: no reason given
    assert answer.status_code == 409 and answer.get_json()["error"]
    assert api.post(f"/documents/{other}/recurring-report/end", "gd").status_code == 404
