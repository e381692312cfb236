"""Asking for more time (gia hạn): the holder asks, the head or the leader decides, the timers move.

Two deadlines can move. ``personal``: the one the head gave (``staff_deadline``, carried by
``propose`` and ``review``), decided by the department's head, never past the leader's deadline.
``direction``: the leader's deadline for the department (``deadline``), decided by the leader who
assigned it. A grant changes the deadline in the department's workflow instance: its open task's
due date and its timers move with it (they are re-armed on the new date), in the same transaction.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import lazyload

from ..domain import NotificationKind, Role, TaskState
from ..errors import Conflict, Forbidden, NotFound
from ..persistence.extensions import ExtensionRequest
from ..persistence.models import IncomingDocument, Task, User, UserRole
from ..persistence.uow import UnitOfWork
from . import history, notifications
from .routing import RoutingRun
from .tasks import may_complete
from .validation import Errors, choice, date, text

SCOPES = {"personal": "staff_deadline", "direction": "deadline"}
PERSONAL_STEPS = ("propose", "review")
DEPARTMENT_STEPS = ("delegate", "propose", "review")
STEP = "extension"  # the history step of requests and decisions


def _lock_document(uow: UnitOfWork, document_id: int) -> IncomingDocument:
    return uow.session.scalar(
        select(IncomingDocument).where(IncomingDocument.id == document_id)
        .with_for_update(of=IncomingDocument)
        .options(lazyload(IncomingDocument.registered_by), lazyload(IncomingDocument.departments)))


def _deadlines(uow: UnitOfWork, document: IncomingDocument, task: Task) -> dict:
    """The open task's workflow data: its deadlines and who assigned the department."""
    run = RoutingRun(uow, document, None)
    return run.task_data(task)


def request_extension(uow: UnitOfWork, user: User, task_id: int, data: dict) -> ExtensionRequest:
    """The holder of an open department task asks for a later deadline, with a reason."""
    task = uow.session.get(Task, task_id)
    if task is None:
        raise NotFound("Không có công việc này.")
    document = _lock_document(uow, task.document_id)
    uow.session.refresh(task)
    if not may_complete(user, task):
        raise Forbidden("Công việc này không phải của bạn.")
    if task.state != TaskState.OPEN.value:
        raise Conflict("Công việc này đã được xử lý hoặc không còn mở.")
    if task.step not in DEPARTMENT_STEPS:
        raise Conflict("Chỉ gia hạn được công việc tại phòng, khoa (giao, dự thảo, xem xét).")
    if pending_for_task(uow, task.id) is not None:
        raise Conflict("Công việc này đang có một đề nghị gia hạn chờ quyết định.")
    errors = Errors()
    default = "personal" if task.step in PERSONAL_STEPS else "direction"
    allowed = ("personal", "direction") if task.step in PERSONAL_STEPS else ("direction",)
    scope = choice(errors, data, "scope", allowed, default=default)
    wanted = date(errors, data, "due_date", required=True)
    reason = text(errors, data, "reason", required=True, max_len=2000)
    errors.raise_if_any()
    values = _deadlines(uow, document, task)
    current = _as_date(values.get(SCOPES[scope]))
    if current is not None and wanted <= current:
        errors.add("due_date", "Hạn mới phải sau hạn hiện tại.")
    errors.raise_if_any()
    decider_id = None
    if scope == "direction":
        decider_id = uow.session.scalar(select(User.id).where(User.username == values.get("assigned_by")))
    request = ExtensionRequest(
        document_id=document.id, task_id=task.id, department_id=task.department_id, scope=scope,
        decider_id=decider_id, requested_by_id=user.id, requested_at=uow.clock.now(), current_due=current,
        requested_due=wanted, reason=reason, state="pending")
    uow.session.add(request)
    uow.session.flush()
    for decider in _deciders(uow, request):
        notifications.notify(uow, decider, NotificationKind.EXTENSION, document.id, task.id,
                             f"extension:{request.id}:{decider}")
    history.record(uow, document, user, STEP, "request",
                   {"step": task.step, "scope": scope, "due_date": _iso(current),
                    "requested_due": wanted.isoformat(), "reason": reason}, task=task)
    return request


def decide_extension(uow: UnitOfWork, user: User, request_id: int, data: dict) -> ExtensionRequest:
    """Grant (with the requested or another date) or refuse; a grant moves the deadline and its timers."""
    request = uow.session.get(ExtensionRequest, request_id)
    if request is None:
        raise NotFound("Không có đề nghị gia hạn này.")
    document = _lock_document(uow, request.document_id)
    uow.session.refresh(request)
    if not may_decide(uow, user, request):
        raise Forbidden("Bạn không có quyền quyết định đề nghị gia hạn này.")
    task = uow.session.get(Task, request.task_id)
    uow.session.refresh(task)
    if request.state != "pending" or task.state != TaskState.OPEN.value:
        raise Conflict("Đề nghị này đã được quyết định, hoặc công việc không còn mở.")
    errors = Errors()
    decision = choice(errors, data, "decision", ("grant", "refuse"))
    comment = text(errors, data, "comment", max_len=2000)
    granted = date(errors, data, "due_date") or request.requested_due
    errors.raise_if_any()
    values = _deadlines(uow, document, task)
    if decision == "grant":
        current = _as_date(values.get(SCOPES[request.scope]))
        if current is not None and granted <= current:
            errors.add("due_date", "Hạn mới phải sau hạn hiện tại.")
        leader_deadline = _as_date(values.get("deadline"))
        if request.scope == "personal" and leader_deadline is not None and granted > leader_deadline:
            errors.add("due_date", "Hạn mới không được sau hạn lãnh đạo đã giao; hãy đề nghị lãnh đạo gia hạn.")
        errors.raise_if_any()
        changes = {SCOPES[request.scope]: granted.isoformat()}
        run = RoutingRun(uow, document, user)
        run.change_deadline(task, changes)
        run.save()
    request.state = "granted" if decision == "grant" else "refused"
    request.decided_by_id, request.decided_at = user.id, uow.clock.now()
    request.granted_due = granted if decision == "grant" else None
    request.comment = comment
    notifications.notify(uow, request.requested_by_id, NotificationKind.EXTENSION, document.id, task.id,
                         f"extension-decided:{request.id}")
    history.record(uow, document, user, STEP, request.state,
                   {"step": task.step, "scope": request.scope, "due_date": _iso(request.current_due),
                    "requested_due": request.requested_due.isoformat(), "new_due": _iso(request.granted_due),
                    "requested_by": request.requested_by.username, "comment": comment}, task=task)
    uow.session.flush()
    return request


def may_decide(uow: UnitOfWork, user: User, request: ExtensionRequest) -> bool:
    if request.scope == "direction":
        return request.decider_id == user.id
    return user.has_role(Role.HEAD.value) and user.department_id == request.department_id


def _deciders(uow: UnitOfWork, request: ExtensionRequest) -> list[int]:
    if request.scope == "direction":
        return [request.decider_id] if request.decider_id else []
    return list(uow.session.scalars(
        select(User.id).join(UserRole, UserRole.user_id == User.id)
        .where(UserRole.role == Role.HEAD.value, User.active.is_(True), User.department_id == request.department_id)
        .order_by(User.id)))


def task_of(uow: UnitOfWork, task_id: int) -> Task:
    task = uow.session.get(Task, task_id)
    if task is None:
        raise NotFound("Không có công việc này.")
    return task


def pending_for_task(uow: UnitOfWork, task_id: int) -> ExtensionRequest | None:
    return uow.session.scalar(select(ExtensionRequest).where(
        ExtensionRequest.task_id == task_id, ExtensionRequest.state == "pending"))


def pending_to_decide(uow: UnitOfWork, user: User) -> list[ExtensionRequest]:
    """Pending requests ``user`` decides: as the assigning leader, or as the department's head."""
    conditions = [and_(ExtensionRequest.scope == "direction", ExtensionRequest.decider_id == user.id)]
    if user.has_role(Role.HEAD.value):
        conditions.append(and_(ExtensionRequest.scope == "personal",
                               ExtensionRequest.department_id == user.department_id))
    return list(uow.session.scalars(
        select(ExtensionRequest).where(ExtensionRequest.state == "pending", or_(*conditions))
        .order_by(ExtensionRequest.id)))


def requests_of_document(uow: UnitOfWork, document_id: int) -> list[ExtensionRequest]:
    return list(uow.session.scalars(select(ExtensionRequest).where(
        ExtensionRequest.document_id == document_id).order_by(ExtensionRequest.id)))


def _as_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value) -> str | None:
    return value.isoformat() if value else None
