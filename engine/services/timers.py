"""Firing due deadline timers: find them with one indexed query, fire each in its own transaction.

Exactly once, however many workers run: a worker takes the document's row lock (PostgreSQL:
``FOR UPDATE SKIP LOCKED``, so workers spread over documents instead of queueing; SQLite: the
writers' turn of ``persistence/writers.py`` and ``BEGIN IMMEDIATE``), then re-reads the timer
row and fires it only if it still waits. Notifications carry unique reasons besides.
"""
from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import lazyload

from ..errors import Conflict
from ..persistence.models import IncomingDocument, WorkflowInstance, WorkflowTimer
from ..persistence.uow import UnitOfWork
from .routing import RoutingRun

log = logging.getLogger(__name__)
BATCH = 50


def due_timers(uow: UnitOfWork, *, limit: int = BATCH) -> list[tuple[int, int]]:
    """(timer id, document id) of the timers due by the engine clock, earliest first."""
    rows = uow.session.execute(
        select(WorkflowTimer.id, WorkflowTimer.document_id)
        .where(WorkflowTimer.state == "waiting", WorkflowTimer.fire_at <= uow.clock.now())
        .order_by(WorkflowTimer.fire_at, WorkflowTimer.id).limit(limit))
    return [(timer_id, document_id) for timer_id, document_id in rows]


def fire_timer(uow: UnitOfWork, timer_id: int, document_id: int) -> bool:
    """Fire one due timer (and any other now due in its instance); False if there was nothing to do.

    The caller commits. The document row is locked first, as every change to a document does.
    """
    document = uow.session.scalar(
        select(IncomingDocument).where(IncomingDocument.id == document_id)
        .with_for_update(skip_locked=True, of=IncomingDocument)
        .options(lazyload(IncomingDocument.registered_by), lazyload(IncomingDocument.departments)))
    if document is None:
        return False  # someone is changing this document right now; the next round fires it
    timer = uow.session.scalar(select(WorkflowTimer).where(WorkflowTimer.id == timer_id)
                               .with_for_update(of=WorkflowTimer)
                               .execution_options(populate_existing=True))
    if timer is None or timer.state != "waiting" or timer.fire_at > uow.clock.now():
        return False  # another worker, or the task's completion, got there first
    instance = uow.session.get(WorkflowInstance, timer.instance_id)
    if instance.status != "open":
        timer.state = "cancelled"
        return True
    run = RoutingRun(uow, document, None)
    run.load(instance)
    run.save()  # fires what is due in the instance, and marks the timer rows
    return True


def run_due_timers(app) -> int:
    """The worker's job: fire every timer due now, one transaction each; returns how many fired."""
    fired = 0
    while True:
        with app.unit_of_work() as uow:
            due = due_timers(uow)
        progress = 0
        for timer_id, document_id in due:
            try:
                with app.unit_of_work(write=True) as uow:
                    if fire_timer(uow, timer_id, document_id):
                        uow.commit()
                        progress += 1
            except Conflict:
                log.info("timer %s: lost a race, retried next round", timer_id)
        fired += progress
        if len(due) < BATCH or progress == 0:
            return fired
