"""POST /documents/ID/recall and POST /tasks/ID/redelegate: every answer, checked in the order
401, 404, 403, 409, 422 (a body that is not JSON is a 422 only once the rest passed)."""
from __future__ import annotations

from tests.api.test_api_tasks import body_kwargs, my_tasks
from tests.factories import complete, direct, handle, open_task, register, status, task_rows


def test_recall_answers_the_new_status_and_tells_the_holders(app, api):
    doc = register(app)
    direct(app, doc, lead="P1", co=["P2"])
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a"})
    answer = api.post(f"/documents/{doc}/recall", "pgd", json={"reason": "Giao lại cho phòng khác"})
    assert answer.status_code == 200, answer.get_json()
    assert answer.get_json() == {"document_id": doc, "status": "assigning"}
    assert api.get(f"/documents/{doc}", "vt").get_json()["status"] == "assigning"
    assert [t["step"] for t in my_tasks(api, "cv1a")] == [] and [t["step"] for t in my_tasks(api, "tp2")] == []
    for username, step in (("cv1a", "propose"), ("tp2", "delegate")):
        [told] = [n for n in api.get("/notifications", username).get_json()["notifications"] if n["kind"] == "recalled"]
        assert told["document_id"] == doc and told["read"] is False
    events = api.get(f"/documents/{doc}/history", "kt").get_json()["events"]
    assert events[-1]["actor"] == "pgd" and (events[-1]["step"], events[-1]["action"]) == ("recall", "recall")
    assert events[-1]["data"]["reason"] == "Giao lại cho phòng khác"
    assert [c["step"] for c in events[-1]["data"]["cancelled"]] == ["delegate", "propose"]
    assert [t["step"] for t in my_tasks(api, "gd")] == ["assign"]


def test_recall_refusals_in_order(app, api, subtests):
    doc = register(app)
    assert api.post(f"/documents/{doc}/recall", json={"reason": "x"}).status_code == 401
    for body in ({"reason": "x"}, {}, None):
        with subtests.test(body=body):
            assert api.post("/documents/999/recall", "gd", **body_kwargs(body)).status_code == 404
            assert api.post(f"/documents/{doc}/recall", "tp1", **body_kwargs(body)).status_code == 403
            answer = api.post(f"/documents/{doc}/recall", "gd", **body_kwargs(body))   # still assigning
            assert answer.status_code == 409 and answer.get_json()["error"]
    direct(app, doc, lead="P1")
    assert api.post(f"/documents/{doc}/recall", "vt", json={"reason": "x"}).status_code == 403
    answer = api.post(f"/documents/{doc}/recall", "gd", json={"reason": ""})
    assert answer.status_code == 422 and answer.get_json() == {"errors": {"reason": ["Trường này là bắt buộc."]}}
    answer = api.post(f"/documents/{doc}/recall", "gd", **body_kwargs(None))
    assert answer.status_code == 422 and list(answer.get_json()["errors"]) == ["body"]
    assert status(app, doc) == "in_progress"
    handle(app, doc, 1)
    complete(app, "gd", "approve", doc, {"decision": "approve"})
    assert api.post(f"/documents/{doc}/recall", "gd", json={"reason": "x"}).status_code == 409


def test_redelegate_answers_the_new_task(app, api):
    doc = register(app)
    direct(app, doc, lead="P1")
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-20"})
    task_id = open_task(app, "cv1a", "propose", doc)
    answer = api.post(f"/tasks/{task_id}/redelegate", "tp1",
                      json={"assignee": "cv1b", "deadline": "2025-03-18", "note": "Anh B làm"})
    assert answer.status_code == 200, answer.get_json()
    body = answer.get_json()
    assert body["document_id"] == doc
    assert {k: body["task"][k] for k in ("step", "assignee", "department", "due_date", "state")} == {
        "step": "propose", "assignee": "cv1b", "department": "P1", "due_date": "2025-03-18", "state": "open"}
    assert my_tasks(api, "cv1a") == [] and [t["id"] for t in my_tasks(api, "cv1b")] == [body["task"]["id"]]
    kinds = [(n["kind"], n["task_id"]) for n in api.get("/notifications", "cv1b").get_json()["notifications"]]
    assert ("task", body["task"]["id"]) in kinds
    event = api.get(f"/documents/{doc}/history", "gd").get_json()["events"][-1]
    assert (event["actor"], event["on_behalf_of"], event["step"], event["department"]) == ("tp1", None, "redelegate", "P1")
    assert event["data"] == {"from": "cv1a", "assignee": "cv1b", "deadline": "2025-03-18", "note": "Anh B làm"}


def test_redelegate_refusals_in_order(app, api, subtests):
    doc = register(app)
    direct(app, doc, lead="P1")
    delegate = open_task(app, "tp1", "delegate", doc)
    assert api.post(f"/tasks/{delegate}/redelegate", json={"assignee": "cv1b"}).status_code == 401
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-20"})
    propose = open_task(app, "cv1a", "propose", doc)
    for body in ({"assignee": "cv1b"}, {"assignee": "cv2a"}, None):
        with subtests.test(body=body):
            assert api.post(f"/tasks/{propose + 999}/redelegate", "tp1", **body_kwargs(body)).status_code == 404
            for outsider in ("tp2", "cv1a", "gd"):
                assert api.post(f"/tasks/{propose}/redelegate", outsider, **body_kwargs(body)).status_code == 403
            assert api.post(f"/tasks/{delegate}/redelegate", "tp1", **body_kwargs(body)).status_code == 409
    for body, field in (({"assignee": "cv2a"}, "assignee"), ({"assignee": "cv1a"}, "assignee"), ({}, "assignee"),
                        ({"assignee": "cv1b", "deadline": "2025-04-01"}, "deadline"),
                        ({"assignee": "cv1b", "deadline": "mai"}, "deadline"), (None, "body")):
        with subtests.test(body=body):
            answer = api.post(f"/tasks/{propose}/redelegate", "tp1", **body_kwargs(body))
            assert answer.status_code == 422 and list(answer.get_json()["errors"]) == [field]
    assert task_rows(app, doc) == [("propose", "P1", "cv1a", "staff", "2025-03-20", "open")]
