"""Deadline timers through the services: reminders, overdue, escalation, each told exactly once.

The clock is the engine's (a FixedClock moved by the tests); nothing sleeps.
"""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select

from engine.persistence.models import HistoryEvent, Notification, Task, User, WorkflowTimer
from engine.services import timers
from tests.factories import complete, direct, events, handle, register, reopen

VN = dt.timezone(dt.timedelta(hours=7))


def set_day(app, day: str, hour: int = 9) -> None:
    """Move the engine's clock to ``hour`` o'clock in Vietnam on ``day``."""
    app.clock.at = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), VN).astimezone(dt.timezone.utc)


def told(app, document_id: int, *, kinds=("reminder", "overdue")) -> list[tuple]:
    """(user, kind, step of the task) of a document's deadline notifications, in order."""
    with app.unit_of_work() as uow:
        rows = uow.session.execute(
            select(User.username, Notification.kind, Task.step)
            .join(User, User.id == Notification.user_id).outerjoin(Task, Task.id == Notification.task_id)
            .where(Notification.document_id == document_id, Notification.kind.in_(kinds))
            .order_by(Notification.id))
        return [tuple(r) for r in rows]


def timer_rows(app, document_id: int) -> list[tuple]:
    with app.unit_of_work() as uow:
        return [(t.event, t.state) for t in uow.session.scalars(
            select(WorkflowTimer).where(WorkflowTimer.document_id == document_id).order_by(WorkflowTimer.id))]


def deadline_events(app, document_id: int) -> list[tuple]:
    return [e for e in events(app, document_id) if e[2] in ("reminder", "overdue", "escalation")]


def test_timer_rows_follow_the_workflow_in_the_same_transaction(app):
    doc = register(app, due_date="2025-03-31")
    assert timer_rows(app, doc) == [("assign_reminder", "waiting"), ("assign_overdue", "waiting")]
    direct(app, doc, lead="P1")
    rows = timer_rows(app, doc)
    assert rows[:2] == [("assign_reminder", "cancelled"), ("assign_overdue", "cancelled")]
    assert sorted(rows[2:]) == [("delegate_late", "waiting"), ("delegate_overdue", "waiting"),
                                ("delegate_reminder", "waiting")]


def test_reminder_then_overdue_then_escalation_each_once(app):
    doc = register(app)
    direct(app, doc, lead="P1")                       # leader's deadline: Tuesday 25/03/2025
    assert timers.run_due_timers(app) == 0
    set_day(app, "2025-03-20")
    assert timers.run_due_timers(app) == 0            # two working days before is Friday 21/03
    set_day(app, "2025-03-21", hour=0)
    assert timers.run_due_timers(app) == 1
    assert told(app, doc) == [("tp1", "reminder", "delegate")]
    assert timers.run_due_timers(app) == 0
    app = reopen(app)                                  # a restart in the middle: specs read back from the database
    try:
        set_day(app, "2025-03-25", hour=23)
        assert timers.run_due_timers(app) == 0            # still due today, not overdue
        set_day(app, "2025-03-26", hour=0)
        assert timers.run_due_timers(app) >= 1
        assert timers.run_due_timers(app) == 0
        assert told(app, doc) == [("tp1", "reminder", "delegate"), ("tp1", "overdue", "delegate"),
                                  ("tp1", "overdue", "delegate"), ("gd", "overdue", "delegate")]
        assert deadline_events(app, doc) == [(None, "deadline", "reminder", "P1"), (None, "deadline", "overdue", "P1"),
                                             (None, "deadline", "escalation", "P1")]
        set_day(app, "2025-04-30")
        assert timers.run_due_timers(app) == 0
        assert len(told(app, doc)) == 4
    finally:
        app.dispose()


def test_escalation_only_for_the_department_that_has_not_finished(app):
    doc = register(app)
    direct(app, doc, lead="P1", co=["P2"], leader="pgd")
    handle(app, doc, 2)                                          # P2 is done before the deadline
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-20"})
    set_day(app, "2025-03-18")
    timers.run_due_timers(app)
    assert told(app, doc) == [("cv1a", "reminder", "propose")]
    set_day(app, "2025-03-26")
    timers.run_due_timers(app)
    assert told(app, doc)[1:] == [("cv1a", "overdue", "propose"),
                                  ("tp1", "overdue", "propose"), ("pgd", "overdue", "propose")]
    # The escalation is once per document and department, whatever task is open afterwards.
    complete(app, "cv1a", "propose", doc, {"proposal": "Trễ"})
    set_day(app, "2025-03-27")
    timers.run_due_timers(app)
    # The review opened overdue (its date, 20/03, has passed): tp1 is told about that task, and
    # neither tp1 nor pgd gets a second escalation.
    assert [t for t in told(app, doc) if t[0] in ("tp1", "pgd")] == [
        ("tp1", "overdue", "propose"), ("pgd", "overdue", "propose"), ("tp1", "overdue", "review")]
    complete(app, "tp1", "review", doc, {"decision": "return", "comment": "Sửa"})
    # The returned propose is a new task: its holder is told it is overdue (at once: its date has passed).
    assert told(app, doc)[-1] == ("cv1a", "overdue", "propose")
    assert [e[2] for e in deadline_events(app, doc)].count("escalation") == 1


def test_finishing_before_the_deadline_cancels_the_timers(app):
    doc = register(app)
    direct(app, doc, lead="P1")
    handle(app, doc, 1)
    complete(app, "gd", "approve", doc, {"decision": "approve"})
    set_day(app, "2025-05-01")
    assert timers.run_due_timers(app) == 0
    assert told(app, doc) == [] and deadline_events(app, doc) == []
    assert {state for _event, state in timer_rows(app, doc)} == {"cancelled"}


def test_a_backfilled_letter_is_overdue_at_registration_with_no_worker(app):
    doc = register(app, issued_date="2025-01-20", received_date="2025-02-03", due_date="2025-02-14")
    # No worker ran: registration itself fired the timers that were already due.
    assert told(app, doc) == [("gd", "overdue", "assign"), ("pgd", "overdue", "assign")]   # no reminder
    direct(app, doc, lead="P1", deadline="2025-02-28")
    assert told(app, doc)[2:] == [("tp1", "overdue", "delegate"), ("tp1", "overdue", "delegate"),
                                  ("gd", "overdue", "delegate")]
    assert timers.run_due_timers(app) == 0
    assert [s for e, s in timer_rows(app, doc) if e.endswith(("_overdue", "_late"))] == ["fired"] * 3
    with app.unit_of_work() as uow:
        task = uow.session.scalar(select(Task).where(Task.document_id == doc, Task.state == "open"))
        assert task.due_date < app.clock.today()


def test_timers_that_fell_due_while_nothing_ran_fire_once_when_a_worker_starts(app):
    docs = [register(app) for _ in range(3)]
    for doc in docs:
        direct(app, doc, lead="P1", co=["P2"])
    set_day(app, "2025-06-02")                              # long after every deadline
    fired = timers.run_due_timers(app)
    assert fired >= 3
    assert timers.run_due_timers(app) == 0
    for doc in docs:
        # Per department: the head's overdue delegate, then the escalation to the head and the leader.
        assert sorted(told(app, doc)) == sorted([("tp1", "overdue", "delegate")] * 2 + [("gd", "overdue", "delegate")]
                                                + [("tp2", "overdue", "delegate")] * 2 + [("gd", "overdue", "delegate")])


def test_the_worker_finds_due_timers_in_sql_and_loads_only_their_workflow(app, monkeypatch):
    early = register(app)
    direct(app, early, lead="P1", deadline="2025-03-14")
    for _ in range(4):
        direct(app, register(app), lead="P2")                # deadlines on 25/03: not due yet
    loads = []
    restore = app.runtime.restore
    monkeypatch.setattr(app.runtime, "restore", lambda state, spec: loads.append(1) or restore(state, spec))
    set_day(app, "2025-03-17")
    assert timers.run_due_timers(app) >= 1
    assert len(loads) == 1
    with app.unit_of_work() as uow:
        waiting = uow.session.scalar(select(func.count()).select_from(WorkflowTimer)
                                     .where(WorkflowTimer.state == "waiting"))
        assert waiting == 4 * 3                            # the other four letters: their delegate timers wait


def test_history_records_each_firing_once(app):
    doc = register(app, due_date="2025-03-12")
    set_day(app, "2025-03-13")
    timers.run_due_timers(app)
    timers.run_due_timers(app)
    with app.unit_of_work() as uow:
        found = uow.session.execute(select(HistoryEvent.step, HistoryEvent.action, HistoryEvent.actor_id,
                                           HistoryEvent.data)
                                    .where(HistoryEvent.document_id == doc, HistoryEvent.action == "overdue")).all()
    assert [tuple(r[:3]) for r in found] == [("deadline", "overdue", None)]
    assert json.loads(found[0].data) == {"step": "assign", "due_date": "2025-03-12", "notified": ["gd", "pgd"]}
