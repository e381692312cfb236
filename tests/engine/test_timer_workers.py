"""Several workers at once, in threads and in processes, on SQLite and PostgreSQL: each timer fires once.

The proof is the history: every firing that tells someone writes one event, and history has no
unique key, so a timer fired twice would show twice. Notifications are counted too.
"""
from __future__ import annotations

import datetime as dt
import multiprocessing
import threading
from collections import Counter

from sqlalchemy import func, select

from engine import Docroute, FixedClock
from engine.persistence.models import HistoryEvent, Notification, WorkflowTimer
from engine.services import timers
from engine.worker import BackgroundWorker, Worker
from tests.factories import complete, direct, register

DAY_AFTER = dt.datetime(2025, 3, 27, 2, 0, tzinfo=dt.timezone.utc)   # every deadline below has passed
LETTERS = 6


def backlog(app) -> list[int]:
    """Letters directed to P1 and P2 (deadline 25/03), P1's staff proposing (20/03): 9 timers each."""
    docs = []
    for _ in range(LETTERS):
        doc = register(app)
        direct(app, doc, lead="P1", co=["P2"])
        complete(app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-20"})
        docs.append(doc)
    return docs


def outcome(app) -> tuple[Counter, Counter, int]:
    with app.unit_of_work() as uow:
        actions = Counter(uow.session.scalars(select(HistoryEvent.action).where(
            HistoryEvent.action.in_(["reminder", "overdue", "escalation"]))))
        kinds = Counter(uow.session.scalars(select(Notification.kind).where(
            Notification.kind.in_(["reminder", "overdue"]))))
        waiting = uow.session.scalar(select(func.count()).select_from(WorkflowTimer).where(
            WorkflowTimer.state == "waiting"))
    return actions, kinds, waiting


# Per letter: P1's propose overdue (cv1a) and P1's escalation (tp1, gd); P2's delegate overdue (tp2)
# and P2's escalation (tp2, gd). Reminders are not sent for tasks already overdue.
EXPECTED_ACTIONS = Counter({"overdue": 2 * LETTERS, "escalation": 2 * LETTERS})
EXPECTED_KINDS = Counter({"overdue": 6 * LETTERS})


def test_threads_fire_each_timer_once(app):
    backlog(app)
    app.clock.at = DAY_AFTER
    barrier = threading.Barrier(4)
    fired, errors = [], []

    def work():
        barrier.wait()
        try:
            fired.append(timers.run_due_timers(app))
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors and not any(t.is_alive() for t in threads)
    assert sum(fired) >= 2 * LETTERS
    assert timers.run_due_timers(app) == 0
    assert outcome(app) == (EXPECTED_ACTIONS, EXPECTED_KINDS, 0)


def _worker_process(settings, at: dt.datetime, start, results) -> None:
    app = Docroute(settings, clock=FixedClock(at))
    try:
        start.wait(60)
        results.put(timers.run_due_timers(app))
    except Exception as exc:  # noqa: BLE001
        results.put(repr(exc))
    finally:
        app.dispose()


def test_processes_fire_each_timer_once(app):
    backlog(app)
    processes = 2 if app.db.dialect.name == "sqlite" else 3
    context = multiprocessing.get_context("spawn")
    start, results = context.Event(), context.Queue()
    workers = [context.Process(target=_worker_process, args=(app.settings, DAY_AFTER, start, results))
               for _ in range(processes)]
    for p in workers:
        p.start()
    start.set()
    counts = [results.get(timeout=180) for _ in workers]
    for p in workers:
        p.join(60)
    assert all(isinstance(c, int) for c in counts), counts
    assert sum(counts) >= 2 * LETTERS
    app.clock.at = DAY_AFTER
    assert timers.run_due_timers(app) == 0
    assert outcome(app) == (EXPECTED_ACTIONS, EXPECTED_KINDS, 0)


def test_the_worker_loop_runs_every_job_and_survives_a_failing_one(app):
    ran = []

    def broken(_app):
        raise RuntimeError("boom")

    def counting(_app):
        ran.append(1)
        return 1

    worker = Worker(app, jobs=[broken, counting], interval=0.01)
    assert worker.run_once() == {"broken": 0, "counting": 1}
    stop = threading.Event()

    def stopping(_app):
        if len(ran) >= 3:
            stop.set()
        return counting(_app)

    Worker(app, jobs=[stopping], interval=0.01).run_forever(stop)
    assert len(ran) >= 3


def test_one_background_worker_per_server_however_many_processes_start_one(app, tmp_path):
    doc = register(app, due_date="2025-03-12")
    app.clock.at = DAY_AFTER
    first = BackgroundWorker(app, interval=0.05, lock_file=tmp_path / "worker.lock")
    second = BackgroundWorker(app, interval=0.05, lock_file=tmp_path / "worker.lock")
    first.start()
    second.start()
    try:
        for _ in range(400):               # waits on the worker thread, not on a timer: ≤ 20 s
            if outcome(app)[2] == 0 and outcome(app)[0]["overdue"]:
                break
            threading.Event().wait(0.05)
        leaders = [first.leading, second.leading]  # (read while both run: once one stops, the other may lead)
    finally:
        first.stop()
        second.stop()
    assert outcome(app)[0]["overdue"] == 1
    assert sorted(leaders) == [False, True]
    assert doc
