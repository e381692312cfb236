"""Re-routing work as offices do: a leader recalls a letter (thu hồi), a head gives a proposal to
another officer (giao lại). Both are BPMN messages (``recalled`` in routing.bpmn, ``redelegated``
in department_handling.bpmn); this module checks who may send them and records what happened.
Each is one transaction with the document row locked, like completing a task.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import lazyload

from ..domain import DocumentStatus, Role, TaskState
from ..errors import Conflict, Forbidden, NotFound
from ..persistence.models import DocumentAccess, IncomingDocument, Task, User, UserRole, WorkflowInstance
from ..persistence.uow import UnitOfWork
from . import history, notifications, standins
from .routing import ROUTING, RoutingRun, lock_document
from .steps import LONG_TEXT
from .validation import Errors, date, require_object, text


def _task_summary(task: Task) -> dict:
    return {"task_id": task.id, "step": task.step,
            "department": task.department.code if task.department else None,
            "assignee": task.assignee.username if task.assignee else None}


def recall_document(uow: UnitOfWork, user: User, document_id: int, data: dict) -> IncomingDocument:
    """A leader recalls a letter in progress: every open task is cancelled, its holders are told
    (``recalled``), and the letter goes back to ``assign`` for a new direction. The caller commits."""
    document = lock_document(uow, document_id)
    if document is None:
        raise NotFound("Không có văn bản này.")
    if not user.has_role(Role.LEADER.value):
        raise Forbidden("Chỉ lãnh đạo được thu hồi văn bản.")
    if document.status != DocumentStatus.IN_PROGRESS.value:
        raise Conflict("Chỉ thu hồi được văn bản đang được xử lý.")
    data = require_object(data)
    errors = Errors()
    reason = text(errors, data, "reason", required=True, max_len=LONG_TEXT)
    errors.raise_if_any()
    open_before = list(uow.session.scalars(select(Task).where(
        Task.document_id == document.id, Task.state == TaskState.OPEN.value).order_by(Task.id)))
    routing = uow.session.scalar(select(WorkflowInstance).where(
        WorkflowInstance.document_id == document.id, WorkflowInstance.process_id == ROUTING,
        WorkflowInstance.status == "open"))
    run = RoutingRun(uow, document, user)
    if routing is None or not run.deliver(routing, "recalled"):
        raise Conflict("Văn bản không còn ở bước có thể thu hồi.")
    run.save()
    cancelled = [t for t in open_before if t.state == TaskState.CANCELLED.value]
    notifications.tasks_recalled(uow, document, cancelled)
    history.record(uow, document, user, "recall", "recall",
                   {"reason": reason, "cancelled": [_task_summary(t) for t in cancelled]})
    uow.session.flush()
    return document


def acting_head(user: User, task: Task, principals: list[User] | tuple = ()) -> User | None:
    """``user`` if they head the task's department, else the head they stand in for, else None."""
    for person in (user, *principals):
        if person.has_role(Role.HEAD.value) and task.department_id is not None \
                and person.department_id == task.department_id:
            return person
    return None


def may_redelegate(user: User, task: Task, principals: list[User] | tuple = ()) -> bool:
    """For showing the action: an open proposal of a department ``user`` heads (or stands in for)."""
    return task.state == TaskState.OPEN.value and task.step == "propose" and \
        acting_head(user, task, principals) is not None


def may_recall(user: User, document: IncomingDocument) -> bool:
    return user.has_role(Role.LEADER.value) and document.status == DocumentStatus.IN_PROGRESS.value


def redelegate_task(uow: UnitOfWork, user: User, task_id: int, data: dict) -> Task:
    """A head gives an open ``propose`` task of their department to another officer (or to
    themself): the old task is cancelled, the new holder gets a ``task`` notification.

    ``data``: ``{"assignee": "username", "deadline"?: "YYYY-MM-DD", "note"?: "text"}`` with the rules
    of ``delegate``. Checks: 404 no task, 403 not the department's head, 409 not an open proposal,
    422 bad data. Returns the new task; the caller commits.
    """
    document = uow.session.scalar(
        select(IncomingDocument).join(Task, Task.document_id == IncomingDocument.id)
        .where(Task.id == task_id).with_for_update(of=IncomingDocument)
        .options(lazyload(IncomingDocument.registered_by), lazyload(IncomingDocument.departments)))
    task = uow.session.get(Task, task_id) if document is not None else None
    if task is None:
        raise NotFound("Không có công việc này.")
    head = acting_head(user, task, standins.principals(uow, user))
    if head is None:
        raise Forbidden("Chỉ trưởng phòng, khoa của phòng này được giao lại công việc.")
    if task.state != TaskState.OPEN.value or task.step != "propose":
        raise Conflict("Chỉ giao lại được công việc dự thảo đề xuất đang mở.")
    data = require_object(data)
    errors = Errors()
    username = text(errors, data, "assignee", required=True, max_len=64)
    deadline = date(errors, data, "deadline")
    note = text(errors, data, "note", max_len=LONG_TEXT)
    assignee = None
    if username:
        assignee = uow.session.scalar(
            select(User).join(UserRole, UserRole.user_id == User.id)
            .where(User.username == username, User.active.is_(True), User.department_id == task.department_id,
                   UserRole.role.in_([Role.STAFF.value, Role.HEAD.value])).limit(1))
        if assignee is None:
            errors.add("assignee", "Người được giao phải là chuyên viên hoặc trưởng phòng của phòng này.")
        elif assignee.id == task.assignee_id:
            errors.add("assignee", "Người này đang giữ công việc; hãy chọn người khác.")
    leader_deadline = uow.session.scalar(
        select(Task.due_date).where(Task.instance_id == task.instance_id, Task.step == "delegate")
        .order_by(Task.id.desc()).limit(1))
    if deadline is not None:
        if deadline < document.received_date:
            errors.add("deadline", "Hạn xử lý không được trước ngày đến của văn bản.")
        elif leader_deadline and deadline > leader_deadline:
            errors.add("deadline", "Hạn xử lý không được sau hạn lãnh đạo đã giao.")
    errors.raise_if_any()
    deadline = deadline or task.due_date
    iso = deadline.isoformat() if deadline else None
    previous = task.assignee.username if task.assignee else None

    run = RoutingRun(uow, document, user)
    row = uow.session.get(WorkflowInstance, task.instance_id)
    if not run.deliver(row, "redelegated", {"assignee": assignee.username, "staff_deadline": iso}):
        raise Conflict("Chỉ giao lại được công việc dự thảo đề xuất đang mở.")
    run.save()
    _grant_access(uow, document.id, assignee.id)
    history.record(uow, document, user, "redelegate", "redelegate",
                   {"from": previous, "assignee": assignee.username, "deadline": iso, "note": note},
                   task=task, on_behalf_of=head if head.id != user.id else None)
    uow.session.flush()
    [new_task] = [t for t in run.new_tasks if t.step == "propose"]
    return new_task


def _grant_access(uow: UnitOfWork, document_id: int, user_id: int) -> None:
    session = uow.session
    insert = (postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert)
    session.execute(insert(DocumentAccess).values(document_id=document_id, user_id=user_id)
                    .on_conflict_do_nothing(index_elements=["document_id", "user_id"]))
