"""GET /documents/ID/history and GET /notifications (plus POST /notifications/read)."""
from __future__ import annotations

import datetime as dt

from tests.factories import FACTORY_CODE, START, complete, direct, handle, register


def test_history_is_one_event_per_completed_task_oldest_first(app, api):
    doc = register(app)
    app.clock.advance(hours=1)
    direct(app, doc, lead="P1")
    app.clock.advance(hours=1)
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-20", "note": "Gấp"})
    answer = api.get(f"/documents/{doc}/history", "kt")
    assert answer.status_code == 200
    found = answer.get_json()["events"]
    assert [(e["actor"], e["step"], e["action"]) for e in found] == [
        ("vt", "register", "register"), ("gd", "assign", "assign"), ("tp1", "delegate", "delegate")]
    assert [dt.datetime.fromisoformat(e["at"]) for e in found] == [
        START, START + dt.timedelta(hours=1), START + dt.timedelta(hours=2)]
    assert found[0]["data"]["number"].endswith("/" + FACTORY_CODE)
    assert found[1]["data"] == {"decision": "assign", "lead": "P1", "co": [], "info": [], "deadline": "2025-03-25",
                                "directive": "Giao phòng chủ trì tham mưu"}
    assert found[2]["data"] == {"decision": "delegate", "assignee": "cv1a", "deadline": "2025-03-20", "note": "Gấp"}
    assert {"at", "actor", "step", "action", "data"} <= set(found[0])


def test_history_is_403_for_who_may_not_see_the_document(app, api):
    doc = register(app)
    direct(app, doc, lead="P1")
    assert api.get(f"/documents/{doc}/history", "cv2a").status_code == 403
    assert api.get(f"/documents/{doc}/history", "cv1a").status_code == 200
    assert api.get(f"/documents/{doc + 1}/history", "gd").status_code == 404


def test_notifications_newest_first_with_their_fields(app, api):
    doc = register(app)
    direct(app, doc, lead="P1", leader="pgd")
    app.clock.advance(minutes=30)
    complete(app, "tp1", "delegate", doc, {"assignee": "tp1"})
    answer = api.get("/notifications", "tp1")
    assert answer.status_code == 200
    found = answer.get_json()["notifications"]
    assert [(n["kind"], n["document_id"], n["read"]) for n in found] == [("task", doc, False), ("task", doc, False)]
    assert [set(n) for n in found] == [{"id", "kind", "document_id", "task_id", "at", "read"}] * 2
    assert found[0]["id"] > found[1]["id"]
    assert [dt.datetime.fromisoformat(n["at"]) for n in found] == [START + dt.timedelta(minutes=30), START]
    assert isinstance(found[0]["task_id"], int) and found[0]["task_id"] != found[1]["task_id"]
    assert api.get("/notifications", "cv1a").get_json() == {"notifications": []}


def test_info_returned_and_completed_notifications(app, api):
    doc = register(app)
    direct(app, doc, lead="P1", info=["P3"])
    handle(app, doc, 1)
    complete(app, "gd", "approve", doc, {"decision": "return", "comment": "Bổ sung"})
    assert [(n["kind"], n["task_id"] is None) for n in api.get("/notifications", "tp3").get_json()["notifications"]] \
        == [("info", True)]
    assert [n["kind"] for n in api.get("/notifications", "cv1a").get_json()["notifications"]] == ["returned", "task"]
    complete(app, "cv1a", "propose", doc, {"proposal": "Bản 2"})
    complete(app, "tp1", "review", doc, {"decision": "approve"})
    complete(app, "gd", "approve", doc, {"decision": "approve"})
    assert api.get("/notifications", "vt").get_json()["notifications"][0]["kind"] == "completed"
    assert [n["kind"] for n in api.get("/notifications", "gd").get_json()["notifications"]][:3] == \
        ["completed", "task", "task"]


def test_marking_notifications_read(app, api):
    register(app)
    register(app)
    ids = [n["id"] for n in api.get("/notifications", "gd").get_json()["notifications"]]
    assert api.post("/notifications/read", "gd", json={"ids": [ids[1]]}).status_code == 200
    assert [n["read"] for n in api.get("/notifications", "gd").get_json()["notifications"]] == [False, True]
    assert [n["id"] for n in api.get("/notifications", "gd", query_string={"unread": "1"})
            .get_json()["notifications"]] == [ids[0]]
    assert api.post("/notifications/read", "gd", json={"ids": "all"}).status_code == 422
    assert api.post("/notifications/read", "gd", json={}).status_code == 200
    assert [n["read"] for n in api.get("/notifications", "gd").get_json()["notifications"]] == [True, True]
    assert [n["read"] for n in api.get("/notifications", "pgd").get_json()["notifications"]] == [False, False]


def test_me_and_departments(api):
    assert api.get("/me", "tp2").get_json() == {"username": "tp2", "full_name": "Trưởng phòng 2", "roles": ["head"],
                                                "department": "P2"}
    codes = [d["code"] for d in api.get("/departments", "vt").get_json()["departments"]]
    assert sorted(codes) == ["BGD", "P1", "P2", "P3", "P4", "VP"]
