"""The routing paths through the services (register_document, complete_task) on SQLite and PostgreSQL.

Every path runs twice: on one engine, and with a new engine (empty caches, specs read back from
the database) taking each step, as if the server restarted between any two steps.
"""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from engine.errors import Forbidden
from engine.persistence.models import (DocumentAccess, DocumentDepartment, HistoryEvent, ProcessSpec, Task,
                                       User, WorkflowInstance)
from engine.services import tasks, users
from tests import factories
from tests.factories import HEAD_DEADLINE as HEAD
from tests.factories import LEADER_DEADLINE as LEADER
from tests.factories import events, register, status, task_rows

DUE = "2025-03-31"


class Desk:
    """Takes the steps of a case; with ``restart`` a new engine takes each step."""

    def __init__(self, app, restart: bool):
        self.app, self.restart = app, restart

    def _step(self, result):
        if self.restart:
            self.app = factories.reopen(self.app)
        return result

    def complete(self, username, step, document_id, data):
        return self._step(factories.complete(self.app, username, step, document_id, data))

    def direct(self, document_id, **kwargs):
        return self._step(factories.direct(self.app, document_id, **kwargs))

    def handle(self, document_id, dept, **kwargs):
        return self._step(factories.handle(self.app, document_id, dept, **kwargs))


@pytest.fixture(params=[False, True], ids=["one_engine", "restarted"])
def desk(app, request):
    desk = Desk(app, request.param)
    yield desk
    desk.app.dispose()


def instances(app, document_id) -> list[tuple]:
    """(process, department, status, outcome, ready) of a document's workflow instances by id."""
    with app.unit_of_work() as uow:
        rows = uow.session.scalars(select(WorkflowInstance).where(WorkflowInstance.document_id == document_id)
                                   .order_by(WorkflowInstance.id))
        return [(r.process_id, r.department.code if r.department else None, r.status, r.outcome, r.ready)
                for r in rows]


def departments(app, document_id) -> list[tuple]:
    with app.unit_of_work() as uow:
        rows = uow.session.scalars(select(DocumentDepartment).where(DocumentDepartment.document_id == document_id)
                                   .order_by(DocumentDepartment.id))
        return [(r.department.code, r.role) for r in rows]


def test_registration_opens_assign_for_the_leaders(desk):
    doc = register(desk.app, due_date=DUE)
    assert status(desk.app, doc) == "assigning"
    assert task_rows(desk.app, doc) == [("assign", None, None, "leader", DUE, "open")]
    assert events(desk.app, doc) == [("vt", "register", "register", None)]
    assert instances(desk.app, doc) == [("routing", None, "open", None, False)]


def test_file_ends_the_routing_as_filed(desk):
    doc = register(desk.app)
    assert desk.complete("pgd", "assign", doc, {"decision": "file", "directive": "Lưu hồ sơ"}) == "filed"
    assert status(desk.app, doc) == "filed"
    assert task_rows(desk.app, doc, state=None) == [("assign", None, None, "leader", None, "completed")]
    assert events(desk.app, doc) == [("vt", "register", "register", None), ("pgd", "assign", "file", None)]
    assert instances(desk.app, doc) == [("routing", None, "completed", "filed", False)]
    assert departments(desk.app, doc) == []


def test_one_department_straight_through(desk):
    doc = register(desk.app, due_date=DUE)
    assert desk.direct(doc, lead="P1") == "in_progress"
    assert task_rows(desk.app, doc) == [("delegate", "P1", None, "head", LEADER, "open")]
    desk.complete("tp1", "delegate", doc, {"assignee": "cv1a", "deadline": HEAD, "note": "Làm ngay"})
    assert task_rows(desk.app, doc) == [("propose", "P1", "cv1a", "staff", HEAD, "open")]
    desk.complete("cv1a", "propose", doc, {"proposal": "Dự thảo"})
    assert task_rows(desk.app, doc) == [("review", "P1", None, "head", HEAD, "open")]
    assert desk.complete("tp1", "review", doc, {"decision": "approve", "comment": "Đạt"}) == "in_progress"
    assert task_rows(desk.app, doc) == [("approve", None, "gd", "leader", LEADER, "open")]
    assert desk.complete("gd", "approve", doc, {"decision": "approve", "comment": "Đồng ý"}) == "completed"

    assert task_rows(desk.app, doc) == []
    assert [row[0] for row in task_rows(desk.app, doc, state="completed")] == \
        ["assign", "delegate", "propose", "review", "approve"]
    assert instances(desk.app, doc) == [("routing", None, "completed", "completed", False),
                                        ("department_handling", "P1", "completed", "done", True)]
    assert events(desk.app, doc) == [
        ("vt", "register", "register", None), ("gd", "assign", "assign", None),
        ("tp1", "delegate", "delegate", "P1"), ("cv1a", "propose", "propose", "P1"),
        ("tp1", "review", "approve", "P1"), ("gd", "approve", "approve", None)]


def test_history_has_one_event_per_completed_task_with_its_data(desk):
    doc = register(desk.app)
    desk.direct(doc, lead="P1", co=["P2"], info=["P3"])
    desk.complete("tp1", "delegate", doc, {"assignee": "tp1", "deadline": HEAD, "note": "Tự xử lý"})
    with desk.app.unit_of_work() as uow:
        found = list(uow.session.scalars(select(HistoryEvent).where(HistoryEvent.document_id == doc)
                                         .order_by(HistoryEvent.id)))
        completed = {t.id: t for t in uow.session.scalars(select(Task).where(
            Task.document_id == doc, Task.state == "completed"))}
        assert [e.task_id for e in found[1:]] == sorted(completed)
        for event in found[1:]:
            assert event.actor_id == completed[event.task_id].completed_by_id
        assert json.loads(found[0].data)["subject"].startswith("Triển khai")
        assert json.loads(found[1].data) == {
            "decision": "assign", "lead": "P1", "co": ["P2"], "info": ["P3"], "deadline": LEADER,
            "directive": "Giao phòng chủ trì tham mưu"}
        assert json.loads(found[2].data) == {"decision": "delegate", "assignee": "tp1", "deadline": HEAD,
                                             "note": "Tự xử lý"}


def test_departments_work_in_parallel_and_approve_waits_for_all(desk):
    doc = register(desk.app)
    desk.direct(doc, lead="P1", co=["P2", "P3"], info=["P4"])
    assert departments(desk.app, doc) == [("P1", "lead"), ("P2", "co"), ("P3", "co"), ("P4", "info")]
    assert task_rows(desk.app, doc) == [("delegate", p, None, "head", LEADER, "open") for p in ("P1", "P2", "P3")]
    for dept in (3, 1):                                   # co first, the lead second: still no approve
        desk.handle(doc, dept)
        assert "approve" not in [row[0] for row in task_rows(desk.app, doc)]
    assert task_rows(desk.app, doc) == [("delegate", "P2", None, "head", LEADER, "open")]
    desk.handle(doc, 2, staff="cv2b")
    assert task_rows(desk.app, doc) == [("approve", None, "gd", "leader", LEADER, "open")]
    assert desk.complete("gd", "approve", doc, {"decision": "approve"}) == "completed"
    assert instances(desk.app, doc) == [("routing", None, "completed", "completed", False)] + [
        ("department_handling", p, "completed", "done", True) for p in ("P1", "P2", "P3")]


def test_review_return_sends_the_work_back_to_propose(desk):
    doc = register(desk.app)
    desk.direct(doc, lead="P1")
    desk.complete("tp1", "delegate", doc, {"assignee": "cv1b", "deadline": HEAD})
    desk.complete("cv1b", "propose", doc, {"proposal": "Bản 1"})
    desk.complete("tp1", "review", doc, {"decision": "return", "comment": "Sửa lại"})
    assert task_rows(desk.app, doc) == [("propose", "P1", "cv1b", "staff", HEAD, "open")]
    desk.complete("cv1b", "propose", doc, {"proposal": "Bản 2"})
    desk.complete("tp1", "review", doc, {"decision": "approve"})
    assert task_rows(desk.app, doc) == [("approve", None, "gd", "leader", LEADER, "open")]
    assert [e[1:3] for e in events(desk.app, doc)][2:] == [
        ("delegate", "delegate"), ("propose", "propose"), ("review", "return"),
        ("propose", "propose"), ("review", "approve")]


def test_leader_return_reworks_only_the_lead_and_the_join_fires_again(desk):
    doc = register(desk.app)
    desk.direct(doc, lead="P1", co=["P2"], leader="pgd")
    desk.handle(doc, 1)
    desk.handle(doc, 2)
    desk.complete("pgd", "approve", doc, {"decision": "return", "comment": "Bổ sung số liệu"})
    assert status(desk.app, doc) == "in_progress"
    assert task_rows(desk.app, doc) == [("propose", "P1", "cv1a", "staff", HEAD, "open")]
    assert instances(desk.app, doc)[1:] == [("department_handling", "P1", "open", None, False),
                                            ("department_handling", "P2", "open", None, True)]
    desk.complete("cv1a", "propose", doc, {"proposal": "Bản bổ sung"})
    desk.complete("tp1", "review", doc, {"decision": "approve"})
    # P2 stays approved: the approve comes back without P2 doing anything again.
    assert task_rows(desk.app, doc) == [("approve", None, "pgd", "leader", LEADER, "open")]
    assert desk.complete("pgd", "approve", doc, {"decision": "approve"}) == "completed"
    assert [e for e in events(desk.app, doc) if e[3] == "P2"] == [
        ("tp2", "delegate", "delegate", "P2"), ("cv2a", "propose", "propose", "P2"),
        ("tp2", "review", "approve", "P2")]


def test_delegate_return_cancels_the_others_and_goes_back_to_assign(desk):
    doc = register(desk.app, due_date=DUE)
    desk.direct(doc, lead="P1", co=["P2"])
    desk.complete("tp1", "delegate", doc, {"assignee": "cv1a", "deadline": HEAD})
    desk.complete("tp2", "delegate", doc, {"decision": "return", "reason": "Không thuộc chức năng"})
    assert status(desk.app, doc) == "assigning"
    assert task_rows(desk.app, doc) == [("assign", None, None, "leader", DUE, "open")]
    assert [row[0::5] for row in task_rows(desk.app, doc, state="cancelled")] == [("propose", "cancelled")]
    assert instances(desk.app, doc)[1:] == [
        ("department_handling", "P1", "cancelled", "assignment_returned", False),
        ("department_handling", "P2", "completed", "returned", False)]

    desk.direct(doc, lead="P3", co=["P1"])               # re-assigning works, with new departments
    assert departments(desk.app, doc) == [("P3", "lead"), ("P1", "co")]
    assert task_rows(desk.app, doc) == [("delegate", p, None, "head", LEADER, "open") for p in ("P3", "P1")]
    desk.handle(doc, 3)
    desk.handle(doc, 1)
    assert desk.complete("gd", "approve", doc, {"decision": "approve"}) == "completed"
    assert instances(desk.app, doc)[3:] == [("department_handling", p, "completed", "done", True)
                                            for p in ("P3", "P1")]


def test_delegating_grants_the_assignee_access(app):
    doc = register(app)
    factories.direct(app, doc, lead="P1")
    factories.complete(app, "tp1", "delegate", doc, {"assignee": "cv1b"})
    with app.unit_of_work() as uow:
        granted = uow.session.scalars(select(User.username).join(DocumentAccess, DocumentAccess.user_id == User.id)
                                      .where(DocumentAccess.document_id == doc))
        assert list(granted) == ["cv1b"]
    # No deadline given: the staff gets the leader's.
    assert task_rows(app, doc) == [("propose", "P1", "cv1b", "staff", LEADER, "open")]


@pytest.mark.parametrize("username, step, setup", [
    ("tp2", "delegate", []),                              # another department's head
    ("cv1a", "delegate", []),                             # staff of the department
    ("cv1b", "propose", ["delegate"]),                    # a colleague of the assignee
    ("tp2", "review", ["delegate", "propose"]),
    ("pgd", "approve", ["delegate", "propose", "review"]),  # not the leader who assigned
])
def test_only_the_holder_may_complete_a_task(app, username, step, setup):
    doc = register(app)
    factories.direct(app, doc, lead="P1")
    actors = {"delegate": ("tp1", {"assignee": "cv1a"}), "propose": ("cv1a", {"proposal": "x"}),
              "review": ("tp1", {"decision": "approve"})}
    for done in setup:
        factories.complete(app, actors[done][0], done, doc, actors[done][1])
    [task_id] = [t for t in _open_task_ids(app, doc, step)]
    with app.unit_of_work(write=True) as uow, pytest.raises(Forbidden):
        tasks.complete_task(uow, users.get_by_username(uow, username), task_id, {"decision": "approve"})


def _open_task_ids(app, document_id, step):
    with app.unit_of_work() as uow:
        return list(uow.session.scalars(select(Task.id).where(
            Task.document_id == document_id, Task.step == step, Task.state == "open")))


def test_stored_state_is_text_in_the_serializer_key_order_without_the_spec(app):
    doc = register(app)
    factories.direct(app, doc, lead="P1", co=["P2"])
    factories.handle(app, doc, 1)
    with app.unit_of_work() as uow:
        rows = list(uow.session.scalars(select(WorkflowInstance).where(WorkflowInstance.document_id == doc)))
        spec_rows = {s.id: s for s in uow.session.scalars(select(ProcessSpec))}
        assert sorted(s.process_id for s in spec_rows.values()) == ["department_handling", "recurring_report", "routing"]
        for row in rows:
            saved = json.loads(row.state)
            assert "spec" not in saved and list(saved) != sorted(saved)
            seen: set[str] = set()
            for task_id, task in saved["tasks"].items():   # jsonb would reorder these
                assert task["parent"] is None or task["parent"] in seen
                seen.add(task_id)
            assert row.serializer_version == spec_rows[row.spec_id].serializer_version == \
                uow.runtime.serializer.version
            assert len(row.state) < len(spec_rows[row.spec_id].serialized)
