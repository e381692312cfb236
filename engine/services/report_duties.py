"""Recurring report duties (báo cáo định kỳ): the direction's duty field, reading a duty, ending one.

The duty runs in recurring_report.bpmn (see ``report_duty_messages`` for how it starts); each
period's report is a ``report`` task completed like any other (``steps.prepare_report``). A leader
ends the duty with the BPMN message ``end_report_duty``: the open report task and its timers are
cancelled, in one transaction with the document row locked.
"""
from __future__ import annotations

from sqlalchemy import select

from ..domain import Role, TaskState
from ..errors import Conflict, Forbidden, NotFound
from ..persistence.models import ReportDuty, Task, User, WorkflowInstance
from ..persistence.uow import UnitOfWork
from ..report_periods import PERIODS, check_day
from . import history
from .report_duty_messages import DUTY_STEP
from .routing import RoutingRun, lock_document
from .validation import Errors, choice, integer, require_object, text

FIELD = "recurring_report"  # the duty's key in the direction's data (api.md, step assign)


def read_duty(errors: Errors, data: dict) -> dict | None:
    """The direction's ``recurring_report`` (``{"period", "day", "month"}``), checked; None when absent.

    Errors name the part: ``recurring_report.period``, ``recurring_report.day``, ``recurring_report.month``.
    """
    value = data.get(FIELD)
    if value is None or value == "" or value == {}:
        return None
    if not isinstance(value, dict):
        errors.add(FIELD, "Phải là một đối tượng {\"period\", \"day\", \"month\"}.")
        return None
    inner = Errors()
    period = choice(inner, value, "period", PERIODS)
    day = integer(inner, value, "day", minimum=1, maximum=31)
    if day is None and "day" not in inner:
        inner.add("day", "Cần ngày hạn báo cáo (1–31).")
    month = integer(inner, value, "month", minimum=1, maximum=12)
    if period == "yearly" and month is None and "month" not in inner:
        inner.add("month", "Báo cáo hằng năm cần tháng của hạn báo cáo.")
    elif period is not None and period != "yearly" and month is not None:
        inner.add("month", "Chỉ báo cáo hằng năm mới ghi tháng.")
    if period and day and "month" not in inner:
        problem = check_day(period, day, month)
        if problem:
            inner.add("day", problem)
    for name, messages in inner.errors.items():
        for message in messages:
            errors.add(f"{FIELD}.{name}", message)
    if inner.errors:
        return None
    return {"period": period, "day": day, "month": month if period == "yearly" else None}


def active_duty(uow: UnitOfWork, document_id: int) -> ReportDuty | None:
    return uow.session.scalar(select(ReportDuty).where(
        ReportDuty.document_id == document_id, ReportDuty.status == "active").limit(1))


def duty_of(uow: UnitOfWork, document_id: int) -> ReportDuty | None:
    """The document's latest duty (the running one, or the last one ended); None if it never had one."""
    return uow.session.scalar(select(ReportDuty).where(ReportDuty.document_id == document_id)
                              .order_by(ReportDuty.id.desc()).limit(1))


def duty_of_task(uow: UnitOfWork, task: Task) -> ReportDuty | None:
    return uow.session.scalar(select(ReportDuty).where(ReportDuty.instance_id == task.instance_id))


def may_end(user: User, duty: ReportDuty | None) -> bool:
    return duty is not None and duty.status == "active" and user.has_role(Role.LEADER.value)


def end_duty(uow: UnitOfWork, user: User, document_id: int, data: dict | None) -> ReportDuty:
    """A leader ends the document's running duty; its open report task and timers are cancelled.

    NotFound (no document, or no duty ever), Forbidden (not a leader), Conflict (already ended),
    ValidationFailed (a bad ``reason``), in that order. The caller commits.
    """
    document = lock_document(uow, document_id)
    if document is None:
        raise NotFound("Không có văn bản này.")
    if not user.has_role(Role.LEADER.value):
        raise Forbidden("Chỉ lãnh đạo được kết thúc nhiệm vụ báo cáo định kỳ.")
    duty = duty_of(uow, document_id)
    if duty is None:
        raise NotFound("Văn bản này không có nhiệm vụ báo cáo định kỳ.")
    if duty.status != "active":
        raise Conflict("Nhiệm vụ báo cáo định kỳ này đã kết thúc.")
    data = require_object({} if data is None else data)
    errors = Errors()
    reason = text(errors, data, "reason", max_len=2000)
    errors.raise_if_any()
    open_task = uow.session.scalar(select(Task).where(
        Task.instance_id == duty.instance_id, Task.state == TaskState.OPEN.value))
    run = RoutingRun(uow, document, user)
    if not run.deliver(uow.session.get(WorkflowInstance, duty.instance_id), "end_report_duty"):
        raise Conflict("Nhiệm vụ báo cáo định kỳ này không còn chạy.")
    run.save()
    duty.status, duty.ended_at, duty.end_reason = "ended", uow.clock.now(), reason
    duty.ended_by = uow.session.get(User, user.id)  # the caller's object may belong to another session
    history.record(uow, document, user, DUTY_STEP, "end", {
        "department": duty.department.code, "reason": reason, "reports_submitted": duty.reports_submitted,
        "cancelled_task": open_task.id if open_task is not None else None,
        "due_date": open_task.due_date.isoformat() if open_task is not None and open_task.due_date else None})
    uow.session.flush()
    return duty


def report_submitted(uow: UnitOfWork, task: Task) -> None:
    """A period's report came in: the duty counts it."""
    duty = duty_of_task(uow, task)
    if duty is not None:
        duty.reports_submitted += 1
        duty.last_report_at = uow.clock.now()
