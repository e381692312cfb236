"""Recall (thu hồi) through the services, on SQLite and PostgreSQL, with a restart between steps.

A leader recalls a letter in progress: every open task (all departments, or the approval) is
cancelled, its holders get ``recalled``, the history keeps one ``recall`` event listing them, and
the letter waits at ``assign`` for a new direction.
"""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from engine.errors import Conflict, Forbidden, NotFound, ValidationFailed
from engine.persistence.models import HistoryEvent, Notification
from engine.services import rerouting, users
from tests import factories
from tests.engine.test_notifications import last_id, told
from tests.engine.test_routing import Desk, instances
from tests.factories import LEADER_DEADLINE as LEADER
from tests.factories import events, register, status, task_rows


@pytest.fixture(params=[False, True], ids=["one_engine", "restarted"])
def desk(app, request):
    desk = Desk(app, request.param)
    yield desk
    desk.app.dispose()


def recall(desk: Desk, document_id: int, leader: str = "gd") -> str:
    return desk._step(factories.recall(desk.app, document_id, leader))


def recall_event(app, document_id: int) -> dict:
    with app.unit_of_work() as uow:
        event = uow.session.scalar(select(HistoryEvent).where(
            HistoryEvent.document_id == document_id, HistoryEvent.step == "recall").order_by(HistoryEvent.id.desc()))
        return json.loads(event.data)


def test_recall_while_departments_work_cancels_every_task_and_reopens_assign(desk):
    doc = register(desk.app)
    desk.direct(doc, lead="P1", co=["P2"])
    desk.complete("tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-20"})
    mark = last_id(desk.app)
    assert recall(desk, doc, "pgd") == "assigning"                  # any leader may recall
    assert status(desk.app, doc) == "assigning"
    assert task_rows(desk.app, doc) == [("assign", None, None, "leader", None, "open")]
    assert [r[:3] for r in task_rows(desk.app, doc, state="cancelled")] == [
        ("delegate", "P2", None), ("propose", "P1", "cv1a")]
    recorded = recall_event(desk.app, doc)
    assert recorded["reason"] == "Chỉ đạo lại"
    assert [{k: v for k, v in c.items() if k != "task_id"} for c in recorded["cancelled"]] == [
        {"step": "delegate", "department": "P2", "assignee": None},
        {"step": "propose", "department": "P1", "assignee": "cv1a"}]
    # The holders are told; the leaders get the assign task again.
    assert sorted(told(desk.app, doc, since=mark)) == [
        ("cv1a", "recalled", "propose"), ("gd", "task", "assign"), ("pgd", "task", "assign"),
        ("tp2", "recalled", "delegate")]
    # A new direction starts a fresh handling, which runs to the end.
    desk.direct(doc, lead="P3")
    assert task_rows(desk.app, doc) == [("delegate", "P3", None, "head", LEADER, "open")]
    desk.handle(doc, 3)
    assert desk.complete("gd", "approve", doc, {"decision": "approve"}) == "completed"


def test_recall_while_the_approval_waits_cancels_it_and_the_waiting_departments(desk):
    doc = register(desk.app)
    desk.direct(doc, lead="P1")
    desk.handle(doc, 1)
    assert task_rows(desk.app, doc) == [("approve", None, "gd", "leader", LEADER, "open")]
    mark = last_id(desk.app)
    assert recall(desk, doc) == "assigning"
    assert task_rows(desk.app, doc) == [("assign", None, None, "leader", None, "open")]
    assert instances(desk.app, doc)[1] == ("department_handling", "P1", "cancelled", "recalled", True)
    assert ("gd", "recalled", "approve") in told(desk.app, doc, since=mark)
    desk.direct(doc, lead="P2", co=["P1"])
    desk.handle(doc, 2)
    desk.handle(doc, 1)
    assert desk.complete("gd", "approve", doc, {"decision": "approve"}) == "completed"


def test_recall_after_a_rework_request(desk):
    doc = register(desk.app)
    desk.direct(doc, lead="P1")
    desk.handle(doc, 1)
    desk.complete("gd", "approve", doc, {"decision": "return", "comment": "Bổ sung"})
    assert recall(desk, doc) == "assigning"
    assert desk.complete("gd", "assign", doc, {"decision": "file"}) == "filed"


def _call(app, username: str, document_id: int, data: dict):
    with app.unit_of_work(write=True) as uow:
        rerouting.recall_document(uow, users.get_by_username(uow, username), document_id, data)
        uow.commit()


def test_recall_is_refused_in_order_not_found_forbidden_conflict_invalid(app):
    doc = register(app)
    with pytest.raises(NotFound):
        _call(app, "gd", doc + 1000, {})
    with pytest.raises(Forbidden):
        _call(app, "tp1", doc, {"reason": "x"})                       # not a leader
    with pytest.raises(Conflict):
        _call(app, "gd", doc, {})                                     # still awaiting direction
    factories.direct(app, doc, lead="P1")
    with pytest.raises(Forbidden):
        _call(app, "vt", doc, {"reason": "x"})                        # the clerk may not
    with pytest.raises(ValidationFailed) as failed:
        _call(app, "gd", doc, {"reason": "  "})
    assert failed.value.errors == {"reason": ["Trường này là bắt buộc."]}
    assert status(app, doc) == "in_progress"                          # nothing saved
    factories.handle(app, doc, 1)
    factories.complete(app, "gd", "approve", doc, {"decision": "approve"})
    with pytest.raises(Conflict):
        _call(app, "gd", doc, {"reason": "x"})                        # completed
    filed = register(app)
    factories.complete(app, "gd", "assign", filed, {"decision": "file"})
    with pytest.raises(Conflict):
        _call(app, "gd", filed, {"reason": "x"})


def test_a_recalled_task_can_no_longer_be_completed(app):
    doc = register(app)
    factories.direct(app, doc, lead="P1")
    task_id = factories.open_task(app, "tp1", "delegate", doc)
    factories.recall(app, doc)
    with app.unit_of_work(write=True) as uow, pytest.raises(Conflict):
        from engine.services import tasks
        tasks.complete_task(uow, users.get_by_username(uow, "tp1"), task_id, {"assignee": "cv1a"})
    with app.unit_of_work() as uow:
        tp1 = users.get_by_username(uow, "tp1").id
        assert list(uow.session.scalars(select(Notification.kind).where(
            Notification.user_id == tp1, Notification.task_id == task_id).order_by(Notification.id))) == [
            "task", "recalled"]
