"""Races and failures: each change is one transaction that wins whole, loses whole, or saves nothing."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from engine import Conflict, DuplicateDocument
from engine.persistence.models import HistoryEvent, Notification, Task, WorkflowInstance
from engine.services import documents, history, tasks, users
from tests.factories import (complete, direct, document_data, events, handle, open_task, register, status,
                             task_rows)


def race(*jobs):
    """Run each job in its own thread, all released at once; returns what each returned or raised."""
    barrier = threading.Barrier(len(jobs))
    results: list = [None] * len(jobs)

    def run(i, job):
        barrier.wait()
        try:
            results[i] = job()
        except Exception as exc:  # noqa: BLE001 - the outcome is what the test looks at
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(t.is_alive() for t in threads), "a thread is stuck"
    return results


def completer(app, username: str, task_id: int, data: dict):
    """A job completing a task in its own unit of work."""
    def job():
        with app.unit_of_work(write=True) as uow:
            doc = tasks.complete_task(uow, users.get_by_username(uow, username), task_id, data)
            uow.commit()
            return doc.status
    return job


def saved_state(app, document_id: int) -> list[tuple]:
    with app.unit_of_work() as uow:
        return [(r.id, r.version, r.status, r.state) for r in uow.session.scalars(
            select(WorkflowInstance).where(WorkflowInstance.document_id == document_id).order_by(WorkflowInstance.id))]


def test_two_people_completing_the_same_task_one_wins_the_other_gets_conflict(app):
    doc = register(app)
    task_id = open_task(app, "gd", "assign", doc)
    results = race(completer(app, "gd", task_id, {"lead": "P1", "deadline": "2025-03-25"}),
                   completer(app, "pgd", task_id, {"lead": "P2", "deadline": "2025-03-25"}))
    assert sorted(type(r).__name__ for r in results) == ["Conflict", "str"]
    winner = "gd" if results[0] == "in_progress" else "pgd"
    lead = {"gd": "P1", "pgd": "P2"}[winner]
    assert events(app, doc) == [("vt", "register", "register", None), (winner, "assign", "assign", None)]
    assert task_rows(app, doc, state=None) == [("assign", None, None, "leader", None, "completed"),
                                               ("delegate", lead, None, "head", "2025-03-25", "open")]
    with app.unit_of_work() as uow:
        assert uow.session.get(Task, task_id).completed_by_id == users.get_by_username(uow, winner).id
    # The saved workflows load and carry on.
    handle(app, doc, int(lead[1]))
    assert status(app, doc) == "in_progress"
    assert task_rows(app, doc) == [("approve", None, winner, "leader", "2025-03-25", "open")]


def test_the_same_person_completing_twice_at_once_is_saved_once(app):
    doc = register(app)
    direct(app, doc, lead="P1")
    task_id = open_task(app, "tp1", "delegate", doc)
    results = race(*[completer(app, "tp1", task_id, {"assignee": a}) for a in ("cv1a", "cv1b")])
    assert sorted(type(r).__name__ for r in results) == ["Conflict", "str"]
    [propose] = task_rows(app, doc)
    assert propose[0] == "propose" and propose[2] in ("cv1a", "cv1b")
    with app.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(HistoryEvent).where(
            HistoryEvent.task_id == task_id)) == 1


def test_two_departments_finishing_at_once_open_one_approve(app):
    doc = register(app)
    direct(app, doc, lead="P1", co=["P2"])
    for n in (1, 2):
        complete(app, f"tp{n}", "delegate", doc, {"assignee": f"cv{n}a"})
        complete(app, f"cv{n}a", "propose", doc, {"proposal": "x"})
    reviews = [open_task(app, f"tp{n}", "review", doc) for n in (1, 2)]
    results = race(*[completer(app, f"tp{n}", t, {"decision": "approve"}) for n, t in zip((1, 2), reviews)])
    assert results == ["in_progress", "in_progress"]
    assert task_rows(app, doc) == [("approve", None, "gd", "leader", "2025-03-25", "open")]
    assert complete(app, "gd", "approve", doc, {"decision": "approve"}) == "completed"


def test_concurrent_registrations_get_distinct_consecutive_numbers(app):
    def registering():
        with app.unit_of_work(write=True) as uow:
            doc = documents.register_document(uow, users.get_by_username(uow, "vt"), document_data())
            uow.commit()
            return doc.incoming_number

    results = race(*[registering] * 4)
    assert sorted(results) == [1, 2, 3, 4]
    with app.unit_of_work() as uow:
        assert documents.register_document(uow, users.get_by_username(uow, "vt"), document_data()) \
            .incoming_number == 5


def test_a_failure_inside_complete_task_saves_nothing(app, monkeypatch):
    doc = register(app)
    direct(app, doc, lead="P1", co=["P2"], info=["P3"])
    task_id = open_task(app, "tp1", "delegate", doc)
    before = (saved_state(app, doc), task_rows(app, doc, state=None), events(app, doc), status(app, doc))
    with app.unit_of_work() as uow:
        notified = uow.session.scalar(select(func.count()).select_from(Notification))

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(history, "record", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        completer(app, "tp1", task_id, {"assignee": "cv1a"})()
    assert (saved_state(app, doc), task_rows(app, doc, state=None), events(app, doc), status(app, doc)) == before
    with app.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Notification)) == notified

    monkeypatch.undo()
    assert completer(app, "tp1", task_id, {"assignee": "cv1a"})() == "in_progress"
    assert task_rows(app, doc)[-1] == ("propose", "P1", "cv1a", "staff", "2025-03-25", "open")


def test_a_lost_race_is_reported_as_conflict_not_a_crash(app):
    doc = register(app)
    task_id = open_task(app, "gd", "assign", doc)
    with app.unit_of_work(write=True) as uow:
        tasks.complete_task(uow, users.get_by_username(uow, "gd"), task_id, {"decision": "file"})
        uow.commit()
    with pytest.raises(Conflict):
        completer(app, "pgd", task_id, {"decision": "file"})()


def test_the_same_letter_registered_twice_at_once_is_one_document_and_one_duplicate(app):
    data = document_data()

    def registering():
        with app.unit_of_work(write=True) as uow:
            doc = documents.register_document(uow, users.get_by_username(uow, "vt"), dict(data))
            uow.commit()
            return doc.id

    results = race(registering, registering)
    [winner] = [r for r in results if isinstance(r, int)]
    [loser] = [r for r in results if not isinstance(r, int)]
    assert isinstance(loser, DuplicateDocument) and loser.existing_id == winner
    with app.unit_of_work() as uow:
        assert [d.incoming_number for d in documents.list_documents(uow, users.get_by_username(uow, "vt"))] == [1]


def test_a_return_racing_another_departments_review_leaves_a_consistent_case(app):
    doc = register(app)
    direct(app, doc, lead="P1", co=["P2"])
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a"})
    complete(app, "cv1a", "propose", doc, {"proposal": "x"})
    review, delegate = open_task(app, "tp1", "review", doc), open_task(app, "tp2", "delegate", doc)
    before = len(events(app, doc))
    results = race(completer(app, "tp1", review, {"decision": "approve"}),
                   completer(app, "tp2", delegate, {"decision": "return", "reason": "Không đúng chức năng"}))
    # The return always goes through; the review either came first or finds its task cancelled.
    assert results[1] == "assigning"
    assert results[0] == "in_progress" or isinstance(results[0], Conflict)
    assert len(events(app, doc)) == before + sum(isinstance(r, str) for r in results)
    assert status(app, doc) == "assigning"
    assert task_rows(app, doc) == [("assign", None, None, "leader", None, "open")]
    assert direct(app, doc, lead="P3") == "in_progress"              # and the case carries on
