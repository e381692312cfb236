"""Extensions (gia hạn) through the services: the decision is a task in the decider's inbox; a
grant cancels the old timers once (they never fire) and sets new ones; a request whose task closes
first, or whose letter is recalled, lapses. Each decision is taken after a restart (save/restore)."""
from __future__ import annotations

import datetime as dt

import pytest

from engine import Conflict
from engine.persistence.extensions import ExtensionRequest
from engine.services import rerouting, tasks, timers, users
from tests.engine.test_extensions import ask, decide, proposing
from tests.engine.test_timers import set_day, timer_rows, told
from tests.factories import complete, events, open_task, reopen, task_rows


def request_state(app, request_id: int) -> tuple[str, int | None]:
    with app.unit_of_work() as uow:
        item = uow.session.get(ExtensionRequest, request_id)
        return item.state, item.decision_task_id


def inbox_steps(app, username: str, document_id: int) -> list[tuple]:
    with app.unit_of_work() as uow:
        return [(t.step, t.due_date.isoformat() if t.due_date else None)
                for t, d in tasks.open_tasks(uow, users.get_by_username(uow, username)) if d.id == document_id]


def test_the_decision_is_a_task_in_the_deciders_inbox(app):
    doc, task = proposing(app)
    personal = ask(app, "cv1a", task, {"due_date": "2025-03-24", "reason": "Chờ số liệu"})
    assert inbox_steps(app, "tp1", doc) == [("extension", "2025-03-20")]      # by the date it would move
    assert inbox_steps(app, "tp2", doc) == [] and inbox_steps(app, "pgd", doc) == []
    _state, decision = request_state(app, personal)
    assert open_task(app, "tp1", "extension", doc) == decision
    decide(app, "tp1", personal, {"decision": "refuse"})
    direction = ask(app, "cv1a", task, {"scope": "direction", "due_date": "2025-04-01", "reason": "Cần khảo sát"})
    assert inbox_steps(app, "pgd", doc) == [("extension", "2025-03-25")]      # the leader who assigned it
    assert inbox_steps(app, "gd", doc) == [] and inbox_steps(app, "tp1", doc) == []
    app = reopen(app)
    try:
        complete(app, "pgd", "extension", doc, {"decision": "grant"})          # the task itself, as in the inbox
        assert request_state(app, direction)[0] == "granted"
        assert [e[1:3] for e in events(app, doc) if e[1] == "extension"] == [
            ("extension", "request"), ("extension", "refused"), ("extension", "request"), ("extension", "granted")]
    finally:
        app.dispose()


def test_after_a_grant_the_old_timers_are_cancelled_once_and_never_fire(app):
    doc, task = proposing(app)                                      # propose due 20/03, leader's 25/03
    request = ask(app, "cv1a", task, {"due_date": "2025-03-24", "reason": "Ốm"})
    app = reopen(app)
    try:
        decide(app, "tp1", request, {"decision": "grant"})
        rows = timer_rows(app, doc)
        for event in ("propose_reminder", "propose_overdue"):
            assert [state for name, state in rows if name == event] == ["cancelled", "waiting"]
        assert [state for name, state in rows if name == "propose_late"] == ["waiting"]   # unchanged date: untouched
        for day in ("2025-03-18", "2025-03-19"):                     # the old reminder's date, and after
            set_day(app, day)
            timers.run_due_timers(app)
        assert told(app, doc) == []
        set_day(app, "2025-03-20")                                   # two working days before 24/03
        timers.run_due_timers(app)
        assert told(app, doc) == [("cv1a", "reminder", "propose")]
        set_day(app, "2025-03-21")                                   # the old overdue date
        timers.run_due_timers(app)
        assert told(app, doc) == [("cv1a", "reminder", "propose")]
        set_day(app, "2025-03-25")
        timers.run_due_timers(app)
        assert told(app, doc) == [("cv1a", "reminder", "propose"), ("cv1a", "overdue", "propose")]
        rows = timer_rows(app, doc)
        assert [state for name, state in rows if name == "propose_overdue"] == ["cancelled", "fired"]
    finally:
        app.dispose()


def test_a_request_lapses_when_its_task_is_done_first(app):
    doc, task = proposing(app)
    request = ask(app, "cv1a", task, {"due_date": "2025-03-24", "reason": "x"})
    app = reopen(app)
    try:
        complete(app, "cv1a", "propose", doc, {"proposal": "Xong sớm"})
        assert request_state(app, request)[0] == "cancelled"
        assert [r for r in task_rows(app, doc, state=None) if r[0] == "extension"] == [
            ("extension", "P1", None, "head", "2025-03-20", "cancelled")]
        assert inbox_steps(app, "tp1", doc) == [("review", "2025-03-20")]
        with pytest.raises(Conflict):
            decide(app, "tp1", request, {"decision": "grant"})
        # Both in the completion's transaction: the diagram lapses the request as the proposal goes on.
        assert [e[:3] for e in events(app, doc)][-2:] == [("cv1a", "extension", "lapsed"), ("cv1a", "propose", "propose")]
        # The review may ask in turn (a personal deadline the head decides for themself).
        again = ask(app, "tp1", open_task(app, "tp1", "review", doc), {"due_date": "2025-03-21", "reason": "y"})
        assert decide(app, "tp1", again, {"decision": "grant"}) == "granted"
        assert inbox_steps(app, "tp1", doc) == [("review", "2025-03-21")]
    finally:
        app.dispose()


def test_a_recall_cancels_the_pending_decision(app):
    doc, task = proposing(app)
    request = ask(app, "cv1a", task, {"scope": "direction", "due_date": "2025-04-01", "reason": "x"})
    app = reopen(app)
    try:
        with app.unit_of_work(write=True) as uow:
            rerouting.recall_document(uow, users.get_by_username(uow, "gd"), doc, {"reason": "Giao lại"})
            uow.commit()
        assert request_state(app, request)[0] == "cancelled"
        assert inbox_steps(app, "pgd", doc) == [("assign", None)]      # the letter is back at assign
        with pytest.raises(Conflict):
            decide(app, "pgd", request, {"decision": "grant"})
        assert [r[5] for r in task_rows(app, doc, state=None) if r[0] == "extension"] == ["cancelled"]
    finally:
        app.dispose()


def test_the_decision_date_defaults_to_the_one_asked_for(app):
    doc, task = proposing(app)
    request = ask(app, "cv1a", task, {"due_date": "2025-03-22", "reason": "x"})
    decide(app, "tp1", request, {"decision": "grant", "due_date": "2025-03-23", "comment": "Thêm một ngày"})
    with app.unit_of_work() as uow:
        item = uow.session.get(ExtensionRequest, request)
        assert (item.granted_due, item.decided_by.username, item.comment) == (dt.date(2025, 3, 23), "tp1", "Thêm một ngày")
    assert task_rows(app, doc)[0][4] == "2025-03-23"


def test_deciding_while_the_holder_finishes_one_wins_whole(app):
    """The head decides as the officer sends the proposal, at once: either the decision comes first
    (the proposal then goes on, on the new date) or the proposal does (the request lapses, 409)."""
    from tests.engine.test_concurrency import completer, race
    doc, task = proposing(app)
    request = ask(app, "cv1a", task, {"due_date": "2025-03-24", "reason": "x"})
    results = race(lambda: decide(app, "tp1", request, {"decision": "grant"}),
                   completer(app, "cv1a", task, {"proposal": "Xong"}))
    assert results[1] == "in_progress"
    state = request_state(app, request)[0]
    if isinstance(results[0], Conflict):
        assert state == "cancelled" and task_rows(app, doc)[0][:1] + task_rows(app, doc)[0][4:5] == ("review", "2025-03-20")
    else:
        assert results[0] == state == "granted" and task_rows(app, doc)[0][4] == "2025-03-24"
    assert [r[0] for r in task_rows(app, doc)] == ["review"]              # no decision task left behind


def test_the_leaders_stand_in_decides_and_the_history_names_both(app):
    from sqlalchemy import select

    from engine.persistence.models import HistoryEvent
    from tests.factories import name_stand_in
    doc, task = proposing(app)                                           # assigned by pgd
    request = ask(app, "cv1a", task, {"scope": "direction", "due_date": "2025-04-01", "reason": "x"})
    assert inbox_steps(app, "gd", doc) == []
    name_stand_in(app, "pgd", "gd", "2025-03-10", "2025-03-14")
    assert inbox_steps(app, "gd", doc) == [("extension", "2025-03-25")]
    assert decide(app, "gd", request, {"decision": "grant"}) == "granted"
    with app.unit_of_work() as uow:
        event = uow.session.scalar(select(HistoryEvent).where(HistoryEvent.document_id == doc)
                                   .order_by(HistoryEvent.id.desc()))
        assert (event.actor.username, event.on_behalf_of.username, event.step, event.action) == (
            "gd", "pgd", "extension", "granted")
