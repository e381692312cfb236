"""Open tasks of a user, and completing a task in one transaction."""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, case, or_, select
from sqlalchemy.orm import lazyload

from ..domain import TaskState, Urgency
from ..errors import Conflict, Forbidden, NotFound, ValidationFailed
from ..files import StagedFile
from ..persistence.models import IncomingDocument, Task, User
from ..persistence.uow import UnitOfWork
from . import history, standins, stored_files
from .routing import RoutingRun
from .steps import STEP_RULES, StepInput

FILE_STEPS = frozenset({"propose", "report"})  # api.md: a proposal or a recurring report may carry attachments


def _offered_to(user: User):
    by_role = and_(Task.assignee_id.is_(None), Task.candidate_role.in_(sorted(user.roles)),
                   or_(Task.department_id.is_(None), Task.department_id == user.department_id))
    return or_(Task.assignee_id == user.id, by_role)


def held_by(user: User, principals: list[User] | tuple = ()):
    """SQL condition: the task is offered to ``user`` (personally, or through role and department),
    or to someone ``user`` stands in for today (``principals``, from ``standins.principals``)."""
    if not principals:
        return _offered_to(user)
    return or_(*[_offered_to(person) for person in (user, *principals)])


def _offered(user: User, task: Task) -> bool:
    if task.assignee_id is not None:
        return task.assignee_id == user.id
    return task.candidate_role in user.roles and task.department_id in (None, user.department_id)


# Hỏa tốc > thượng khẩn > khẩn > thường: urgent documents come first in every task list (NĐ 30, art. 22).
URGENCY_ORDER = case({u.value: u.rank for u in Urgency}, value=IncomingDocument.urgency, else_=0)


def acting_for(user: User, task: Task, principals: list[User] | tuple = ()) -> User | None:
    """Whose task ``user`` acts on: ``user`` themself, else the first principal it is offered to."""
    if _offered(user, task):
        return user
    return next((p for p in principals if _offered(p, task)), None)


def may_complete(user: User, task: Task, principals: list[User] | tuple = ()) -> bool:
    return acting_for(user, task, principals) is not None


def open_tasks(uow: UnitOfWork, user: User) -> list[tuple[Task, IncomingDocument]]:
    """The user's open tasks (and those of whom they stand in for), most urgent first, then by deadline."""
    rows = uow.session.execute(
        select(Task, IncomingDocument).join(IncomingDocument, IncomingDocument.id == Task.document_id)
        .where(Task.state == TaskState.OPEN.value, held_by(user, standins.principals(uow, user)))
        .order_by(URGENCY_ORDER.desc(), Task.due_date.is_(None), Task.due_date, Task.id))
    return [(t, d) for t, d in rows]


def task_for_completion(uow: UnitOfWork, user: User, task_id: int, *, lock: bool = False) -> Task:
    """The task if ``user`` may complete it now: NotFound, Forbidden, Conflict in that order."""
    # Only the task's own columns are needed here: its department and assignee load on access.
    query = select(Task).where(Task.id == task_id).options(lazyload(Task.department), lazyload(Task.assignee))
    if lock:
        query = query.with_for_update(of=Task)
    task = uow.session.scalar(query)
    if task is None:
        raise NotFound("Không có công việc này.")
    if not may_complete(user, task, standins.principals(uow, user)):
        raise Forbidden("Công việc này không phải của bạn.")
    if task.state != TaskState.OPEN.value:
        raise Conflict("Công việc này đã được xử lý hoặc không còn mở.")
    return task


def complete_task(uow: UnitOfWork, user: User, task_id: int, data: dict,
                  files: Sequence[StagedFile] = ()) -> IncomingDocument:
    """Check, run the engine, save instances, task rows and the history event; the caller commits.

    ``files`` (staged) are attached to the document with the step; only a proposal carries files.
    """
    # One change per document at a time, the document row locked before anything else: a step in
    # one department may cancel or join another's (a return, the last review), and two changes that
    # locked rows in different orders would deadlock or overwrite each other's instances.
    document = uow.session.scalar(
        select(IncomingDocument).join(Task, Task.document_id == IncomingDocument.id)
        .where(Task.id == task_id).with_for_update(of=IncomingDocument)
        .options(lazyload(IncomingDocument.registered_by), lazyload(IncomingDocument.departments)))
    task = task_for_completion(uow, user, task_id)
    if files and task.step not in FILE_STEPS:
        raise ValidationFailed({"files": ["Chỉ bước dự thảo đề xuất (propose) và báo cáo định kỳ (report) "
                                          "nhận tệp đính kèm."]})
    prepared = STEP_RULES[task.step](StepInput(uow, user, task, document), data or {})
    run = RoutingRun(uow, document, user, returned=prepared.returned)
    run.complete(task, prepared.workflow_data)
    for effect in prepared.effects:
        effect()
    run.save()
    history_data = prepared.history_data
    if files:
        kept = stored_files.keep(uow, document, user, files, step=task.step, task=task)
        stored_files.reindex(uow, document)
        history_data = {**history_data, "attachments": stored_files.summary(kept)}
    principal = acting_for(user, task, standins.principals(uow, user))
    history.record(uow, document, user, task.step, prepared.action, history_data, task=task,
                   on_behalf_of=principal if principal is not None and principal.id != user.id else None)
    uow.session.flush()
    return document
