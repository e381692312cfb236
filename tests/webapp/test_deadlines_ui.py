"""Deadlines in the UI: the notifications of timers, the unread count, overdue marks, the history line."""
from __future__ import annotations

import datetime as dt

from engine.services import timers
from tests.factories import direct, register


def test_overdue_work_is_marked_and_told_in_the_ui(web, engine_app):
    doc = register(engine_app, subject="Kế hoạch phòng chống dịch")
    direct(engine_app, doc, lead="P1")                                       # deadline 25/03/2025
    engine_app.clock.at = dt.datetime(2025, 3, 26, 2, 0, tzinfo=dt.timezone.utc)
    timers.run_due_timers(engine_app)
    head = web("tp1")
    inbox = head.get("/inbox")
    assert inbox.texts("unread-count") == ["3"]                          # task, overdue, escalation
    [row] = inbox.testid("inbox-row")                                   # opens on the overdue section
    assert "row-overdue" in row.get("class")
    assert [r.get("class") for r in head.get("/inbox?tab=pending").testid("inbox-row")] == []
    listed = head.get("/notifications")
    assert [n.get("data-kind") for n in listed.testid("notification")] == ["overdue", "overdue", "task"]
    assert "Quá hạn: Kế hoạch phòng chống dịch" in listed.texts("notification")[0]
    page = head.get(f"/documents/{doc}")
    lines = [e for e in page.testid("history-event") if e.get("data-step") == "deadline"]
    assert [e.get("data-action") for e in lines] == ["overdue", "escalation"]
    text = " ".join(" ".join(" ".join(e.itertext()).split()) for e in lines)
    assert "Hệ thống báo người xử lý: công việc đã quá hạn" in text
    assert "báo trưởng phòng và lãnh đạo: đơn vị xử lý đã quá hạn" in text
    assert "Đã báo cho: Trưởng phòng 1" in text and "Lê Giám Đốc" in text
    assert web("gd").get("/notifications").testid("notification")[0].get("data-kind") == "overdue"
