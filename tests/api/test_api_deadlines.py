"""Deadline notifications through the API: a backfilled letter, and a reminder then overdue from the worker."""
from __future__ import annotations

from engine.services import timers
from tests.factories import direct, register


def kinds(api, username: str) -> list[tuple]:
    answer = api.get("/notifications", username)
    assert answer.status_code == 200
    return [(n["kind"], n["document_id"]) for n in answer.get_json()["notifications"]]


def test_a_backfilled_letter_tells_its_holders_overdue_at_registration(app, api):
    answer = api.post("/documents", "vt", json={
        "issuer": "UBND huyện Giang Thành", "number": "89/UBND", "issued_date": "2025-01-20", "doc_type": "Công văn",
        "subject": "Báo cáo tồn đọng", "received_date": "2025-01-22", "due_date": "2025-02-05"})
    assert answer.status_code == 201
    doc = answer.get_json()["id"]
    for leader in ("gd", "pgd"):
        assert kinds(api, leader) == [("overdue", doc), ("task", doc)]          # newest first
    assert timers.run_due_timers(app) == 0                                      # nothing left for a worker
    assert kinds(api, "gd") == [("overdue", doc), ("task", doc)]


def test_the_worker_tells_reminder_then_overdue_once(app, api):
    doc = register(app)
    direct(app, doc, lead="P1")                                                 # deadline 25/03/2025
    app.clock.advance(days=11)                                                  # Friday 21/03: 2 working days before
    timers.run_due_timers(app)
    assert kinds(api, "tp1") == [("reminder", doc), ("task", doc)]
    app.clock.advance(days=5)                                                   # Wednesday 26/03
    timers.run_due_timers(app)
    timers.run_due_timers(app)
    assert kinds(api, "tp1") == [("overdue", doc), ("overdue", doc), ("reminder", doc), ("task", doc)]
    assert kinds(api, "gd")[0] == ("overdue", doc)                              # the escalation
    [task] = api.get("/tasks", "tp1").get_json()["tasks"]
    assert task["overdue"] is True
