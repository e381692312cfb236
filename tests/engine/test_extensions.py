"""Extensions (gia hạn): the holder asks, the head or the leader decides, and the timers move."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from engine import Conflict, Forbidden, NotFound, ValidationFailed
from engine.persistence.models import WorkflowTimer
from engine.services import extensions, timers, users
from tests.factories import complete, direct, events, open_task, register, reopen, task_rows
from tests.engine.test_timers import set_day, told


def ask(app, username: str, task_id: int, data: dict) -> int:
    with app.unit_of_work(write=True) as uow:
        request = extensions.request_extension(uow, users.get_by_username(uow, username), task_id, data)
        uow.commit()
        return request.id


def decide(app, username: str, request_id: int, data: dict) -> str:
    with app.unit_of_work(write=True) as uow:
        request = extensions.decide_extension(uow, users.get_by_username(uow, username), request_id, data)
        uow.commit()
        return request.state


def proposing(app, *, staff_deadline: str = "2025-03-20") -> tuple[int, int]:
    doc = register(app)
    direct(app, doc, lead="P1", leader="pgd")                                # leader's deadline 25/03
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": staff_deadline})
    return doc, open_task(app, "cv1a", "propose", doc)


def fire_times(app, document_id: int) -> dict[str, dt.date]:
    with app.unit_of_work() as uow:
        return {t.event: t.fire_at.astimezone(dt.timezone(dt.timedelta(hours=7))).date()
                for t in uow.session.scalars(select(WorkflowTimer).where(
                    WorkflowTimer.document_id == document_id, WorkflowTimer.state == "waiting"))}


def test_the_head_grants_a_personal_extension_and_the_timers_move(app):
    doc, task = proposing(app)
    assert fire_times(app, doc)["propose_overdue"] == dt.date(2025, 3, 21)
    request = ask(app, "cv1a", task, {"due_date": "2025-03-24", "reason": "Chờ số liệu của Sở"})
    # The head is told of their new task "Quyết định gia hạn" (step extension), which the notification opens.
    assert told(app, doc, kinds=("extension",)) == [("tp1", "extension", "extension")]
    app = reopen(app)                                                       # decided after a restart
    try:
        assert decide(app, "tp1", request, {"decision": "grant", "comment": "Đồng ý"}) == "granted"
        assert [r[4] for r in task_rows(app, doc)] == ["2025-03-24"]             # same task, new due date
        assert open_task(app, "cv1a", "propose", doc) == task
        moved = fire_times(app, doc)
        assert (moved["propose_reminder"], moved["propose_overdue"]) == (dt.date(2025, 3, 20), dt.date(2025, 3, 25))
        assert moved["propose_late"] == dt.date(2025, 3, 26)                      # the leader's date stays
        set_day(app, "2025-03-21")
        timers.run_due_timers(app)
        assert [t for t in told(app, doc) if t[1] == "overdue"] == []              # not overdue any more
        assert told(app, doc, kinds=("extension",))[-1] == ("cv1a", "extension", "propose")
        assert [e[1:3] for e in events(app, doc) if e[1] == "extension"] == [("extension", "request"), ("extension", "granted")]
        assert ("cv1a", "reminder", "propose") in told(app, doc)                  # re-armed on the new date
        complete(app, "cv1a", "propose", doc, {"proposal": "Xong"})
        assert [r[:1] + r[4:5] for r in task_rows(app, doc)] == [("review", "2025-03-24")]
    finally:
        app.dispose()


def test_an_overdue_task_extended_is_told_again_when_the_new_date_passes(app):
    doc, task = proposing(app)
    set_day(app, "2025-03-21")
    timers.run_due_timers(app)
    assert ("cv1a", "overdue", "propose") in told(app, doc)
    decide(app, "tp1", ask(app, "cv1a", task, {"due_date": "2025-03-24", "reason": "Ốm"}), {"decision": "grant"})
    set_day(app, "2025-03-25")
    timers.run_due_timers(app)
    assert [t for t in told(app, doc) if t == ("cv1a", "overdue", "propose")] == [("cv1a", "overdue", "propose")] * 2


def test_the_leader_decides_the_departments_deadline(app):
    doc, task = proposing(app)
    request = ask(app, "cv1a", task, {"scope": "direction", "due_date": "2025-04-04", "reason": "Cần khảo sát"})
    with pytest.raises(Forbidden):
        decide(app, "tp1", request, {"decision": "grant"})
    with pytest.raises(Forbidden):
        decide(app, "gd", request, {"decision": "grant"})                 # not the leader who assigned it
    assert decide(app, "pgd", request, {"decision": "grant", "due_date": "2025-04-01"}) == "granted"
    assert fire_times(app, doc)["propose_late"] == dt.date(2025, 4, 2)
    assert [r[4] for r in task_rows(app, doc)] == ["2025-03-20"]             # the officer's own date stays
    # Now the head may grant the officer up to the new date.
    second = ask(app, "cv1a", task, {"due_date": "2025-03-31", "reason": "Theo hạn mới"})
    assert decide(app, "tp1", second, {"decision": "grant"}) == "granted"
    assert [r[4] for r in task_rows(app, doc)] == ["2025-03-31"]


def test_refusal_changes_nothing_but_the_history(app):
    doc, task = proposing(app)
    before = fire_times(app, doc)
    request = ask(app, "cv1a", task, {"due_date": "2025-03-24", "reason": "Bận"})
    assert decide(app, "tp1", request, {"decision": "refuse", "comment": "Cần đúng hạn"}) == "refused"
    assert fire_times(app, doc) == before and [r[4] for r in task_rows(app, doc)] == ["2025-03-20"]
    assert events(app, doc)[-1][1:3] == ("extension", "refused")


def test_checks_come_in_order_404_403_409_422(app):
    doc, task = proposing(app)
    with pytest.raises(NotFound):
        ask(app, "cv1a", 999999, {})
    with pytest.raises(Forbidden):
        ask(app, "cv1b", task, {"due_date": "2025-03-24", "reason": "x"})
    with pytest.raises(ValidationFailed) as bad:
        ask(app, "cv1a", task, {"due_date": "2025-03-19", "reason": ""})
    assert set(bad.value.errors) == {"reason"}
    with pytest.raises(ValidationFailed) as bad:
        ask(app, "cv1a", task, {"due_date": "2025-03-19", "reason": "x"})
    assert set(bad.value.errors) == {"due_date"}
    request = ask(app, "cv1a", task, {"due_date": "2025-03-24", "reason": "x"})
    with pytest.raises(Conflict):
        ask(app, "cv1a", task, {"due_date": "2025-03-25", "reason": "again"})
    with pytest.raises(ValidationFailed) as bad:
        decide(app, "tp1", request, {"decision": "grant", "due_date": "2025-03-28"})   # after the leader's
    assert "lãnh đạo" in bad.value.errors["due_date"][0]
    with pytest.raises(ValidationFailed):
        decide(app, "tp1", request, {"decision": "maybe"})
    decide(app, "tp1", request, {"decision": "refuse"})
    with pytest.raises(Conflict):
        decide(app, "tp1", request, {"decision": "grant"})
    with pytest.raises(NotFound):
        decide(app, "tp1", 999999, {"decision": "grant"})
    assert extensions.pending_for_task  # the module's read helpers exist for the UI


def test_pending_requests_are_listed_for_their_decider_only(app):
    doc, task = proposing(app)
    ask(app, "cv1a", task, {"due_date": "2025-03-24", "reason": "x"})
    with app.unit_of_work() as uow:
        mine = {u: [r.task_id for r in extensions.pending_to_decide(uow, users.get_by_username(uow, u))]
                for u in ("tp1", "tp2", "pgd", "cv1a")}
    assert mine == {"tp1": [task], "tp2": [], "pgd": [], "cv1a": []}
