"""Recurring report duties through the services, on SQLite and PostgreSQL, with the clock controlled.

The leader sets the duty when directing; the lead department's head gets a report task each period,
with reminders and overdue notices; the routing may finish meanwhile; a leader ends the duty.
"""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from engine.errors import Conflict, Forbidden, NotFound, ValidationFailed
from engine.persistence.models import Notification, User, WorkflowInstance, WorkflowTimer
from engine.services import report_duties, timers, users
from tests.engine.test_timers import set_day, told
from tests.factories import (LEADER_DEADLINE, complete, direct, events, handle, open_task, recall, register,
                             reopen, status, task_rows)

MONTHLY = {"period": "monthly", "day": 20}


def direct_with_duty(app, doc: int, duty: dict, **extra) -> str:
    return complete(app, "gd", "assign", doc, {"lead": "P1", "deadline": LEADER_DEADLINE,
                                               "directive": "Báo cáo định kỳ", "recurring_report": duty, **extra})


def reports(app, doc: int, state: str | None = "open") -> list[tuple]:
    return [(r[4], r[5]) for r in task_rows(app, doc, state=state) if r[0] == "report"]


def duty(app, doc: int):
    with app.unit_of_work() as uow:
        found = report_duties.duty_of(uow, doc)
        uow.session.expunge_all()
        return found


def end(app, doc: int, username: str = "gd", data: dict | None = None):
    with app.unit_of_work(write=True) as uow:
        ended = report_duties.end_duty(uow, users.get_by_username(uow, username), doc, data)
        uow.commit()
        return ended


def submit(app, doc: int, text: str = "Báo cáo kỳ này") -> str:
    return complete(app, "tp1", "report", doc, {"report": text})


def timer_states(app, doc: int) -> list[tuple]:
    with app.unit_of_work() as uow:
        return [(t.event, t.state) for t in uow.session.scalars(
            select(WorkflowTimer).join(WorkflowInstance, WorkflowInstance.id == WorkflowTimer.instance_id)
            .where(WorkflowTimer.document_id == doc, WorkflowInstance.process_id == "recurring_report")
            .order_by(WorkflowTimer.id))]


def test_directing_with_a_duty_opens_the_first_report_for_the_lead_head(app):
    doc = register(app)
    assert direct_with_duty(app, doc, MONTHLY) == "in_progress"
    # Set on Monday 10/03/2025, due on the 20th: the first report is due 20/03 and open at once.
    assert reports(app, doc) == [("2025-03-20", "open")]
    assert open_task(app, "tp1", "report", doc)
    found = duty(app, doc)
    assert (found.period, found.day, found.month, found.status) == ("monthly", 20, None, "active")
    assert (found.period_number, str(found.opens_on), str(found.due_on)) == (1, "2025-03-10", "2025-03-20")
    assert ("gd", "report_duty", "set", None) in events(app, doc)
    assert ("tp1", "task", "report") in told(app, doc, kinds=("task",))


def test_the_next_period_opens_only_when_the_clock_reaches_it_and_once(app):
    doc = register(app)
    direct_with_duty(app, doc, MONTHLY)
    submit(app, doc, "Báo cáo tháng 3")
    assert reports(app, doc) == [] and duty(app, doc).reports_submitted == 1
    assert str(duty(app, doc).due_on) == "2025-04-20" and str(duty(app, doc).opens_on) == "2025-03-21"
    set_day(app, "2025-03-20", hour=23)
    timers.run_due_timers(app)
    assert reports(app, doc) == []                     # 20/03 is the last day of March's period
    app = reopen(app)                                  # a restart in the middle: the workflow read back
    try:
        set_day(app, "2025-03-21", hour=0)
        assert timers.run_due_timers(app) >= 1
        assert timers.run_due_timers(app) == 0
        assert reports(app, doc) == [("2025-04-20", "open")]
        assert [t for t in told(app, doc, kinds=("task",)) if t[2] == "report"] == [
            ("tp1", "task", "report"), ("tp1", "task", "report")]
        submit(app, doc, "Báo cáo tháng 4")
        assert [e for e in events(app, doc) if e[1] == "report"] == [
            ("tp1", "report", "submit", "P1"), ("tp1", "report", "submit", "P1")]
        assert duty(app, doc).reports_submitted == 2 and str(duty(app, doc).due_on) == "2025-05-20"
    finally:
        app.dispose()


def test_a_report_gets_one_reminder_and_one_overdue_in_working_days(app):
    doc = register(app)
    direct_with_duty(app, doc, {"period": "quarterly", "day": 15})   # due Saturday 15/03/2025
    assert reports(app, doc) == [("2025-03-15", "open")]
    set_day(app, "2025-03-12")
    timers.run_due_timers(app)
    assert [t for t in told(app, doc) if t[2] == "report"] == []
    set_day(app, "2025-03-13", hour=0)                  # two working days before Saturday: Thursday
    timers.run_due_timers(app)
    timers.run_due_timers(app)
    assert [t for t in told(app, doc) if t[2] == "report"] == [("tp1", "reminder", "report")]
    set_day(app, "2025-03-16", hour=0)
    timers.run_due_timers(app)
    timers.run_due_timers(app)
    assert [t for t in told(app, doc) if t[2] == "report"] == [("tp1", "reminder", "report"),
                                                              ("tp1", "overdue", "report")]
    submit(app, doc)                                    # late: the next quarter's opens at once (16/03 > 15/03)
    assert reports(app, doc) == [("2025-06-15", "open")]


def test_the_duty_outlives_the_routing(app):
    doc = register(app)
    direct_with_duty(app, doc, {"period": "yearly", "day": 1, "month": 11})
    handle(app, doc, 1)
    assert complete(app, "gd", "approve", doc, {"decision": "approve"}) == "completed"
    assert reports(app, doc) == [("2025-11-01", "open")]
    set_day(app, "2025-10-01")
    submit(app, doc)
    set_day(app, "2025-11-02", hour=0)
    timers.run_due_timers(app)
    assert reports(app, doc) == [("2026-11-01", "open")] and status(app, doc) == "completed"


def test_ending_the_duty_cancels_the_open_report_and_its_timers(app):
    doc = register(app)
    direct_with_duty(app, doc, MONTHLY)
    assert ("report_reminder", "waiting") in timer_states(app, doc)
    ended = end(app, doc, "pgd", {"reason": "Đã hết yêu cầu báo cáo"})
    assert (ended.status, ended.end_reason) == ("ended", "Đã hết yêu cầu báo cáo")
    assert reports(app, doc) == [] and reports(app, doc, state="cancelled") == [("2025-03-20", "cancelled")]
    assert all(state != "waiting" for _, state in timer_states(app, doc))
    [last] = [e for e in events(app, doc) if e[1] == "report_duty" and e[2] == "end"]
    assert last[0] == "pgd"
    set_day(app, "2025-05-01")
    assert timers.run_due_timers(app) >= 0 and reports(app, doc) == []
    assert [t for t in told(app, doc) if t[2] == "report"] == []   # no reminder for a cancelled report
    assert status(app, doc) == "in_progress"           # the letter's own handling goes on


def test_ending_while_waiting_for_the_next_period(app):
    doc = register(app)
    direct_with_duty(app, doc, MONTHLY)
    submit(app, doc)
    assert timer_states(app, doc)[-1] == ("period_opens", "waiting")
    app = reopen(app)
    try:
        end(app, doc)
        assert timer_states(app, doc)[-1] == ("period_opens", "cancelled")
        set_day(app, "2025-03-21", hour=1)
        timers.run_due_timers(app)
        assert reports(app, doc) == [] and duty(app, doc).reports_submitted == 1
    finally:
        app.dispose()


def test_end_refusals_in_order(app):
    doc = register(app)
    with pytest.raises(NotFound):
        end(app, 999)
    with pytest.raises(NotFound):
        end(app, doc)                                   # no duty was ever set
    direct_with_duty(app, doc, MONTHLY)
    for username in ("tp1", "vt", "kt"):
        with pytest.raises(Forbidden):
            end(app, doc, username)
    with pytest.raises(ValidationFailed) as bad:
        end(app, doc, data={"reason": ["not", "text"]})
    assert list(bad.value.errors) == ["reason"]
    end(app, doc)
    with pytest.raises(Conflict):
        end(app, doc, "pgd")


@pytest.mark.parametrize("duty_data,field", [
    ({"period": "weekly", "day": 3}, "recurring_report.period"),
    ({"period": "monthly"}, "recurring_report.day"),
    ({"period": "monthly", "day": 0}, "recurring_report.day"),
    ({"period": "monthly", "day": "hai mươi"}, "recurring_report.day"),
    ({"period": "yearly", "day": 1}, "recurring_report.month"),
    ({"period": "yearly", "day": 1, "month": 13}, "recurring_report.month"),
    ({"period": "yearly", "day": 31, "month": 4}, "recurring_report.day"),
    ({"period": "quarterly", "day": 15, "month": 3}, "recurring_report.month"),
    ("monthly", "recurring_report"),
])
def test_a_bad_duty_is_refused_naming_the_field_and_nothing_is_saved(app, duty_data, field):
    doc = register(app)
    with pytest.raises(ValidationFailed) as bad:
        direct_with_duty(app, doc, duty_data)
    assert list(bad.value.errors) == [field]
    assert status(app, doc) == "assigning" and duty(app, doc) is None


def test_filing_refuses_a_duty_and_a_second_duty_waits_for_the_first_to_end(app):
    doc = register(app)
    with pytest.raises(ValidationFailed) as bad:
        complete(app, "gd", "assign", doc, {"decision": "file", "recurring_report": MONTHLY})
    assert list(bad.value.errors) == ["recurring_report"]
    direct_with_duty(app, doc, MONTHLY)
    recall(app, doc)
    with pytest.raises(ValidationFailed) as bad:
        direct_with_duty(app, doc, {"period": "quarterly", "day": 15})
    assert list(bad.value.errors) == ["recurring_report"]
    direct(app, doc, lead="P2")                          # a new direction without a duty: the duty runs on
    assert reports(app, doc) == [("2025-03-20", "open")]
    recall(app, doc)
    end(app, doc)
    direct_with_duty(app, doc, {"period": "quarterly", "day": 15})
    assert reports(app, doc) == [("2025-03-15", "open")] and duty(app, doc).period == "quarterly"


def test_workers_at_once_open_each_period_once(app):
    docs = []
    for _ in range(4):
        doc = register(app)
        direct_with_duty(app, doc, MONTHLY)
        submit(app, doc)
        docs.append(doc)
    set_day(app, "2025-03-21", hour=1)
    barrier, errors = threading.Barrier(3), []

    def work():
        barrier.wait()
        try:
            timers.run_due_timers(app)
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors
    assert timers.run_due_timers(app) == 0
    for doc in docs:
        assert reports(app, doc) == [("2025-04-20", "open")]
    with app.unit_of_work() as uow:
        tp1 = uow.session.scalar(select(User.id).where(User.username == "tp1"))
        count = len(list(uow.session.scalars(select(Notification.id).where(
            Notification.user_id == tp1, Notification.kind == "task", Notification.document_id.in_(docs)))))
    assert count == 4 * 3                               # per letter: delegate, first and second report
