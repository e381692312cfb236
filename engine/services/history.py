"""The append-only record of each change to a document."""
from __future__ import annotations

import json

from sqlalchemy import select

from ..persistence.models import HistoryEvent, IncomingDocument, Task, User
from ..persistence.uow import UnitOfWork


def record(uow: UnitOfWork, document: IncomingDocument, actor: User | None, step: str, action: str,
           data: dict, *, task: Task | None = None, on_behalf_of: User | None = None) -> HistoryEvent:
    event = HistoryEvent(
        document_id=document.id, at=uow.clock.now(), actor_id=actor.id if actor else None,
        on_behalf_of_id=on_behalf_of.id if on_behalf_of else None,
        step=step, action=action, task_id=task.id if task else None,
        department_id=task.department_id if task else None,
        data=json.dumps(data, ensure_ascii=False, default=str))
    uow.session.add(event)
    return event


def events_of(uow: UnitOfWork, document_id: int) -> list[HistoryEvent]:
    """Every event of a document, oldest first. Callers check visibility first."""
    return list(uow.session.scalars(
        select(HistoryEvent).where(HistoryEvent.document_id == document_id).order_by(HistoryEvent.id)))


def last_event(uow: UnitOfWork, document_id: int, step: str) -> HistoryEvent | None:
    return uow.session.scalar(
        select(HistoryEvent).where(HistoryEvent.document_id == document_id, HistoryEvent.step == step)
        .order_by(HistoryEvent.id.desc()).limit(1))
