"""Asking for more time (gia hạn): the holder asks, the head or the leader decides, the timers move.

The process is in department_handling.bpmn: a request is the message ``extension_requested`` to
the department's instance, caught by a non-interrupting boundary event on the open task (which
stays open). It opens the decider's task "Quyết định gia hạn" (step ``extension``): the head's for
a ``personal`` deadline (the one the head gave, ``staff_deadline``, carried by ``propose`` and
``review``; never past the leader's), the assigning leader's for the ``direction`` deadline (the
leader's deadline for the department, ``deadline``). That task is completed like any other
(``tasks.complete_task``: one transaction, the document locked, 409 on a race, a history event);
its grant branch throws ``extension_granted``, and ``extension_flow`` moves the open task's due
date and timers. A request whose task closes first lapses (its decision task is cancelled).

``extension_request`` rows are the read model: who asked what and the decision, for the lists.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ..domain import TaskState
from ..errors import Conflict, Forbidden, NotFound
from ..persistence.extensions import ExtensionRequest
from ..persistence.models import Task, User, WorkflowInstance
from ..persistence.uow import UnitOfWork
from . import history, standins
from .routing import RoutingRun, lock_document
from .steps import EXTENSION_FIELDS as SCOPES
from .steps import EXTENSION_STEP as STEP
from .tasks import complete_task, held_by, may_complete
from .validation import Errors, choice, date, text

PERSONAL_STEPS = ("propose", "review")
DEPARTMENT_STEPS = ("delegate", "propose", "review")


def request_extension(uow: UnitOfWork, user: User, task_id: int, data: dict) -> ExtensionRequest:
    """The holder of an open department task asks for a later deadline, with a reason: the BPMN
    message opens the decider's task. 404, 403, 409 (not open, not a department task, a request
    already pending), 422, in that order. The caller commits."""
    task = uow.session.get(Task, task_id)
    if task is None:
        raise NotFound("Không có công việc này.")
    document = lock_document(uow, task.document_id)
    uow.session.refresh(task)
    if not may_complete(user, task, standins.principals(uow, user)):
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
    run = RoutingRun(uow, document, user)
    values = run.task_data(task)
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
    payload = {"request": request.id, "scope": scope, "field": SCOPES[scope], "current_due": _iso(current),
               "requested_due": wanted.isoformat()}
    if not run.deliver(uow.session.get(WorkflowInstance, task.instance_id), "extension_requested", payload):
        raise Conflict("Công việc này không còn ở bước có thể xin gia hạn.")  # nothing half-saved: no commit
    run.save()  # the decision task's row; its holders are told (``extension``)
    [decision] = [t for t in run.new_tasks if t.step == STEP]
    request.decision_task_id = decision.id
    history.record(uow, document, user, STEP, "request",
                   {"step": task.step, "scope": scope, "due_date": _iso(current),
                    "requested_due": wanted.isoformat(), "reason": reason}, task=task)
    uow.session.flush()
    return request


def decide_extension(uow: UnitOfWork, user: User, request_id: int, data: dict) -> ExtensionRequest:
    """Grant (with the requested or another date) or refuse: completes the request's decision task
    (404 no request; then 403, 409, 422 as for completing a task). The caller commits."""
    request = uow.session.get(ExtensionRequest, request_id)
    if request is None:
        raise NotFound("Không có đề nghị gia hạn này.")
    if request.decision_task_id is None:
        raise Conflict("Đề nghị này đã hết hiệu lực; hãy gửi đề nghị mới.")  # asked before decisions were tasks
    complete_task(uow, user, request.decision_task_id, data)
    return request


def task_of(uow: UnitOfWork, task_id: int) -> Task:
    task = uow.session.get(Task, task_id)
    if task is None:
        raise NotFound("Không có công việc này.")
    return task


def pending_for_task(uow: UnitOfWork, task_id: int) -> ExtensionRequest | None:
    return uow.session.scalar(select(ExtensionRequest).where(
        ExtensionRequest.task_id == task_id, ExtensionRequest.state == "pending"))


def pending_to_decide(uow: UnitOfWork, user: User) -> list[ExtensionRequest]:
    """Pending requests whose decision task ``user`` holds (or a principal they stand in for)."""
    return list(uow.session.scalars(
        select(ExtensionRequest).join(Task, Task.id == ExtensionRequest.decision_task_id)
        .where(Task.state == TaskState.OPEN.value, held_by(user, standins.principals(uow, user)))
        .order_by(ExtensionRequest.id)))


def for_decision_tasks(uow: UnitOfWork, task_ids: list[int]) -> dict[int, ExtensionRequest]:
    """The requests that decision tasks decide, by task id (one query, for inboxes and the API)."""
    if not task_ids:
        return {}
    return {r.decision_task_id: r for r in uow.session.scalars(
        select(ExtensionRequest).where(ExtensionRequest.decision_task_id.in_(task_ids)))}


def requests_of_document(uow: UnitOfWork, document_id: int) -> list[ExtensionRequest]:
    return list(uow.session.scalars(select(ExtensionRequest).where(
        ExtensionRequest.document_id == document_id).order_by(ExtensionRequest.id)))


def _as_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value) -> str | None:
    return value.isoformat() if value else None
