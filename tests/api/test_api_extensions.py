"""Extensions (gia hạn) through the API: ask, list, decide; 401/404/403/409/422 in that order."""
from __future__ import annotations

from tests.factories import complete, direct, open_task, register


def proposing(app) -> tuple[int, int]:
    doc = register(app)
    direct(app, doc, lead="P1")
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-20"})
    return doc, open_task(app, "cv1a", "propose", doc)


def test_ask_list_and_grant(app, api):
    doc, task = proposing(app)
    asked = api.post(f"/tasks/{task}/extension", "cv1a", json={"due_date": "2025-03-24", "reason": "Chờ số liệu"})
    assert asked.status_code == 201
    body = asked.get_json()
    assert (body["state"], body["scope"], body["current_due"], body["requested_due"], body["step"]) == (
        "pending", "personal", "2025-03-20", "2025-03-24", "propose")
    assert [e["id"] for e in api.get("/extensions", "tp1").get_json()["extensions"]] == [body["id"]]
    assert api.get("/extensions", "tp2").get_json()["extensions"] == []
    decided = api.post(f"/extensions/{body['id']}/decide", "tp1", json={"decision": "grant", "comment": "OK"})
    assert decided.status_code == 200 and decided.get_json()["granted_due"] == "2025-03-24"
    [mine] = api.get("/tasks", "cv1a").get_json()["tasks"]
    assert (mine["id"], mine["due_date"]) == (task, "2025-03-24")
    actions = [(e["step"], e["action"]) for e in api.get(f"/documents/{doc}/history", "kt").get_json()["events"]]
    assert actions[-2:] == [("extension", "request"), ("extension", "granted")]
    assert api.get("/notifications", "cv1a").get_json()["notifications"][0]["kind"] == "extension"


def test_errors_in_order(app, api):
    doc, task = proposing(app)
    assert api.post(f"/tasks/{task}/extension", json={}).status_code == 401
    assert api.post("/tasks/999999/extension", "cv1a", json="x").status_code == 404
    assert api.post(f"/tasks/{task}/extension", "cv1b", json="x").status_code == 403
    bad = api.post(f"/tasks/{task}/extension", "cv1a", json={"due_date": "20/03/2025"})
    assert bad.status_code == 422 and set(bad.get_json()["errors"]) == {"due_date", "reason"}
    item = api.post(f"/tasks/{task}/extension", "cv1a", json={"due_date": "2025-03-24", "reason": "x"}).get_json()
    assert api.post(f"/tasks/{task}/extension", "cv1a", json={"due_date": "2025-03-25", "reason": "y"}).status_code == 409
    assert api.post("/extensions/999999/decide", "tp1", json={}).status_code == 404
    assert api.post(f"/extensions/{item['id']}/decide", "gd", json={"decision": "grant"}).status_code == 403
    assert api.post(f"/extensions/{item['id']}/decide", "tp1", json={"decision": "?"}).status_code == 422
    assert api.post(f"/extensions/{item['id']}/decide", "tp1", json={"decision": "refuse"}).status_code == 200
    assert api.post(f"/extensions/{item['id']}/decide", "tp1", json={"decision": "grant"}).status_code == 409


def test_the_decision_is_a_task_of_the_decider(app, api):
    doc, task = proposing(app)
    item = api.post(f"/tasks/{task}/extension", "cv1a", json={"due_date": "2025-03-24", "reason": "Chờ số liệu"}).get_json()
    [mine] = api.get("/tasks", "tp1").get_json()["tasks"]
    assert (mine["id"], mine["step"], mine["department"], mine["due_date"], mine["overdue"]) == (
        item["decision_task_id"], "extension", "P1", "2025-03-20", False)
    asked = mine["extension"]
    assert (asked["id"], asked["requested_by"], asked["reason"], asked["current_due"], asked["requested_due"]) == (
        item["id"], "cv1a", "Chờ số liệu", "2025-03-20", "2025-03-24")
    assert [t["step"] for t in api.get("/tasks", "tp2").get_json()["tasks"]] == []
    bad = api.post(f"/tasks/{mine['id']}/complete", "tp1", json={"decision": "grant", "due_date": "2025-03-26"})
    assert bad.status_code == 422 and "due_date" in bad.get_json()["errors"]     # after the leader's deadline
    assert api.post(f"/tasks/{mine['id']}/complete", "cv1a", json={"decision": "grant"}).status_code == 403
    assert api.post(f"/tasks/{mine['id']}/complete", "tp1", json={"decision": "grant"}).status_code == 200
    assert api.post(f"/tasks/{mine['id']}/complete", "tp1", json={"decision": "grant"}).status_code == 409
    assert api.post(f"/extensions/{item['id']}/decide", "tp1", json={"decision": "refuse"}).status_code == 409
    [held] = api.get("/tasks", "cv1a").get_json()["tasks"]
    assert (held["id"], held["due_date"]) == (task, "2025-03-24")
    [event] = [e for e in api.get(f"/documents/{doc}/history", "kt").get_json()["events"] if e["action"] == "granted"]
    assert (event["actor"], event["step"], event["data"]["new_due"], event["data"]["requested_by"]) == (
        "tp1", "extension", "2025-03-24", "cv1a")
