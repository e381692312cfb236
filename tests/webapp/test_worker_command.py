"""``docroute worker --once`` and the worker that ``serve`` runs in-process.

The command runs on the wall clock; the letters here are dated 2025, so their timers are due.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from engine.persistence.models import Notification, WorkflowTimer
from tests.factories import direct, engine_with_org, register
from webapp import create_app

DOCROUTE = Path(sys.executable).parent / "docroute"


def states(app) -> set[str]:
    with app.unit_of_work() as uow:
        return set(uow.session.scalars(select(WorkflowTimer.state)))


def overdue_count(app) -> int:
    with app.unit_of_work() as uow:
        return len(uow.session.scalars(select(Notification.id).where(Notification.kind == "overdue")).all())


def test_worker_once_fires_what_is_due_and_exits(database_url, tmp_path):
    with engine_with_org(database_url, tmp_path) as app:
        direct(app, register(app), lead="P1")
        assert "waiting" in states(app)
        env = {**os.environ, "DOCROUTE_DATABASE_URL": database_url, "DOCROUTE_INSTANCE_DIR": str(tmp_path)}
        first = subprocess.run([str(DOCROUTE), "worker", "--once"], env=env, capture_output=True, text=True,
                               timeout=120)
        assert first.returncode == 0, first.stderr
        assert "run_due_timers: 1" in first.stdout
        assert "waiting" not in states(app)
        assert overdue_count(app) == 3                       # tp1's task, then tp1 and gd: P1 is late
        again = subprocess.run([str(DOCROUTE), "worker", "--once"], env=env, capture_output=True, text=True,
                               timeout=120)
        assert again.returncode == 0 and "run_due_timers: 0" in again.stdout
        assert overdue_count(app) == 3


def test_serve_runs_one_worker_thread_in_process(sqlite_url, tmp_path):
    with engine_with_org(sqlite_url, tmp_path) as app:
        register(app, due_date="2025-03-12")
        app.clock.advance(days=3)
        flask_app = create_app({"DOCROUTE": app, "SECRET_KEY": "t", "TESTING": True, "DOCROUTE_RUN_WORKER": True})
        worker = flask_app.extensions["docroute_worker"]
        try:
            for _ in range(400):                              # waits on the thread's first round: ≤ 20 s
                if "waiting" not in states(app):
                    break
                worker.stop_event.wait(0.05)
        finally:
            worker.stop()
        assert worker.leading and "waiting" not in states(app)
        assert overdue_count(app) == 2                        # gd and pgd: the assign task is overdue
        assert "docroute_worker" not in create_app({"DOCROUTE": app, "SECRET_KEY": "t"}).extensions
