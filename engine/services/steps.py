"""What each step of the diagrams accepts, and what completing it changes besides the workflow.

The order of steps lives in workflows/bpmn/; here are only the rules of each step's data.
Long texts (directive, proposal, comments) go to the history, never into workflow data.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite

from ..domain import DepartmentRole, Role
from ..interchange import StatusCode
from ..persistence.extensions import ExtensionRequest
from ..persistence.models import (Department, DocumentAccess, DocumentDepartment, IncomingDocument, Task, User,
                                  UserRole, WorkflowInstance)
from ..persistence.uow import UnitOfWork
from . import notifications, report_duties
from .interchange import outbox
from .specs import spec_of
from .validation import Errors, choice, date, string_list, text

LONG_TEXT = 20000
REPLY_NUMBER_MAX = 64


@dataclass
class StepInput:
    uow: UnitOfWork
    actor: User
    task: Task
    document: IncomingDocument


@dataclass
class PreparedStep:
    """Checked data: what the diagram reads, what the history keeps, and side effects."""

    action: str
    workflow_data: dict
    history_data: dict
    returned: bool = False
    effects: list[Callable[[], None]] = field(default_factory=list)


def _decision(errors: Errors, data: dict, allowed: tuple[str, ...], default: str | None) -> str | None:
    return choice(errors, data, "decision", allowed, default=default)


def prepare_assign(step: StepInput, data: dict) -> PreparedStep:
    errors = Errors()
    decision = _decision(errors, data, ("assign", "file"), "assign")
    directive = text(errors, data, "directive", max_len=LONG_TEXT)
    duty = report_duties.read_duty(errors, data)
    if decision == "file":
        if duty is not None:
            errors.add(report_duties.FIELD, "Văn bản lưu, không xử lý thì không giao báo cáo định kỳ.")
        errors.raise_if_any()
        return PreparedStep("file", {"decision": "file"}, {"decision": "file", "directive": directive})
    session = step.uow.session
    lead = text(errors, data, "lead", required=True, max_len=32)
    co = string_list(errors, data, "co")
    info = string_list(errors, data, "info")
    deadline = date(errors, data, "deadline")
    codes = ([lead] if lead else []) + co + info
    known = {d.code: d for d in session.scalars(select(Department).where(Department.code.in_(codes)))}
    if lead and lead not in known:
        errors.add("lead", f"Không có phòng, khoa mã {lead}.")
    for field_name, values, taken in (("co", co, {lead}), ("info", info, {lead, *co})):
        for code in values:
            if code not in known:
                errors.add(field_name, f"Không có phòng, khoa mã {code}.")
            elif code in taken:
                errors.add(field_name, f"Phòng {code} đã được chọn ở vai trò khác.")
        if len(set(values)) != len(values):
            errors.add(field_name, "Một phòng được chọn hai lần.")
    if deadline and deadline < step.document.received_date:
        errors.add("deadline", "Hạn xử lý không được trước ngày đến của văn bản.")
    _check_has_head(session, errors, known, [("lead", lead)] + [("co", c) for c in co])
    if duty is not None and report_duties.active_duty(step.uow, step.document.id) is not None:
        errors.add(report_duties.FIELD, "Văn bản đang có nhiệm vụ báo cáo định kỳ; hãy kết thúc nhiệm vụ đó "
                                        "trước khi giao nhiệm vụ mới.")
    errors.raise_if_any()

    def set_departments() -> None:
        session.execute(delete(DocumentDepartment).where(DocumentDepartment.document_id == step.document.id))
        roles = [(lead, DepartmentRole.LEAD)] + [(c, DepartmentRole.CO) for c in co] + \
                [(i, DepartmentRole.INFO) for i in info]
        for code, role in roles:
            session.add(DocumentDepartment(document_id=step.document.id, department_id=known[code].id,
                                           role=role.value))
        notifications.info_departments(step.uow, step.document, [known[i].id for i in info], step.task.id)

    iso = deadline.isoformat() if deadline else None
    return PreparedStep(
        "assign",
        {"decision": "assign", "lead": lead, "co": co, "deadline": iso, "assigned_by": step.actor.username,
         "recurring_report": duty},
        {"decision": "assign", "lead": lead, "co": co, "info": info, "deadline": iso, "directive": directive,
         **({"recurring_report": duty} if duty else {})},
        effects=[set_departments, _tell_sender(step, StatusCode.ASSIGNED)])


def _tell_sender(step: StepInput, code: StatusCode) -> Callable[[], None]:
    """An interchange document's sender hears when the routing reaches ``code`` (once; nothing otherwise)."""
    return lambda: outbox.routing_reached(step.uow, step.document, code, actor=step.actor)


def _check_has_head(session, errors: Errors, known: dict, handling: list[tuple[str, str]]) -> None:
    """A handling department needs a head to receive its delegate task, or the letter would stall."""
    ids = {known[code].id: (field_name, code) for field_name, code in handling if code in known}
    if not ids:
        return
    with_head = set(session.scalars(
        select(User.department_id).join(UserRole, UserRole.user_id == User.id)
        .where(UserRole.role == Role.HEAD.value, User.active.is_(True), User.department_id.in_(ids))))
    for dept_id, (field_name, code) in ids.items():
        if dept_id not in with_head:
            errors.add(field_name, f"{known[code].name} chưa có trưởng phòng/khoa để nhận văn bản.")


def prepare_delegate(step: StepInput, data: dict) -> PreparedStep:
    errors = Errors()
    decision = _decision(errors, data, ("delegate", "return"), "delegate")
    if decision == "return":
        reason = text(errors, data, "reason", required=True, max_len=LONG_TEXT)
        errors.raise_if_any()
        return PreparedStep("return", {"decision": "return"}, {"decision": "return", "reason": reason},
                            returned=True)
    session = step.uow.session
    username = text(errors, data, "assignee", required=True, max_len=64)
    deadline = date(errors, data, "deadline")
    note = text(errors, data, "note", max_len=LONG_TEXT)
    assignee = None
    if username:
        assignee = session.execute(
            select(User.id, User.username).join(UserRole, UserRole.user_id == User.id)
            .where(User.username == username, User.active.is_(True),
                   User.department_id == step.task.department_id,
                   UserRole.role.in_([Role.STAFF.value, Role.HEAD.value])).limit(1)).first()
        if assignee is None:
            errors.add("assignee", "Người được giao phải là chuyên viên hoặc trưởng phòng của phòng này.")
    if deadline is not None:
        if deadline < step.document.received_date:
            errors.add("deadline", "Hạn xử lý không được trước ngày đến của văn bản.")
        elif step.task.due_date and deadline > step.task.due_date:
            errors.add("deadline", "Hạn xử lý không được sau hạn lãnh đạo đã giao.")
    errors.raise_if_any()
    deadline = deadline or step.task.due_date

    def grant_access() -> None:
        insert = (postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert)
        session.execute(insert(DocumentAccess).values(document_id=step.document.id, user_id=assignee.id)
                        .on_conflict_do_nothing(index_elements=["document_id", "user_id"]))

    iso = deadline.isoformat() if deadline else None
    return PreparedStep(
        "delegate", {"decision": "delegate", "assignee": assignee.username, "staff_deadline": iso},
        {"decision": "delegate", "assignee": assignee.username, "deadline": iso, "note": note},
        effects=[grant_access, _tell_sender(step, StatusCode.IN_PROGRESS)])


def prepare_propose(step: StepInput, data: dict) -> PreparedStep:
    errors = Errors()
    proposal = text(errors, data, "proposal", required=True, max_len=LONG_TEXT)
    errors.raise_if_any()
    return PreparedStep("propose", {}, {"proposal": proposal}, effects=[_tell_sender(step, StatusCode.IN_PROGRESS)])


def prepare_decision(step: StepInput, data: dict) -> PreparedStep:
    """``review`` and ``approve``: approve, or return with a comment. The leader's approval may name
    the reply that answers the letter (``reply_number``: its number and code), which the follow-up
    register shows."""
    errors = Errors()
    decision = _decision(errors, data, ("approve", "return"), None)
    comment = text(errors, data, "comment", max_len=LONG_TEXT)
    reply_number = text(errors, data, "reply_number", max_len=REPLY_NUMBER_MAX) if step.task.step == "approve" else None
    if reply_number and decision == "return":
        errors.add("reply_number", "Chỉ ghi số, ký hiệu văn bản trả lời khi phê duyệt.")
    errors.raise_if_any()
    history_data = {"decision": decision, "comment": comment}
    effects = []
    if reply_number:
        reply_number = "/".join(part.strip() for part in reply_number.split("/"))
        history_data["reply_number"] = reply_number

        def record_reply() -> None:
            step.document.reply_number = reply_number

        effects.append(record_reply)
    return PreparedStep(decision, {"decision": decision}, history_data, returned=decision == "return",
                        effects=effects)


EXTENSION_STEP = "extension"  # "Quyết định gia hạn", and the history step of requests and decisions
EXTENSION_FIELDS = {"personal": "staff_deadline", "direction": "deadline"}  # scope: the workflow variable


def prepare_extension(step: StepInput, data: dict) -> PreparedStep:
    """``extension``: grant (the requested date, or another one after the current deadline and, for
    a personal deadline, not after the leader's) or refuse, with a comment. The grant branch of the
    diagram moves the deadline (extension_flow.extension_granted)."""
    uow = step.uow
    request = uow.session.scalar(select(ExtensionRequest).where(ExtensionRequest.decision_task_id == step.task.id))
    errors = Errors()
    decision = _decision(errors, data, ("grant", "refuse"), None)
    comment = text(errors, data, "comment", max_len=2000)
    granted = date(errors, data, "due_date") or request.requested_due
    errors.raise_if_any()
    held = request.task
    if decision == "grant":
        row = uow.session.get(WorkflowInstance, held.instance_id)
        values = uow.runtime.task_data(uow.runtime.restore(row.state, spec_of(uow, row.spec_id)), held.spiff_task_id)
        current = _as_date(values.get(EXTENSION_FIELDS[request.scope]))
        if current is not None and granted <= current:
            errors.add("due_date", "Hạn mới phải sau hạn hiện tại.")
        leader_deadline = _as_date(values.get("deadline"))
        if request.scope == "personal" and leader_deadline is not None and granted > leader_deadline:
            errors.add("due_date", "Hạn mới không được sau hạn lãnh đạo đã giao; hãy đề nghị lãnh đạo gia hạn.")
        errors.raise_if_any()
    new_due = granted if decision == "grant" else None
    state = "granted" if decision == "grant" else "refused"

    def record() -> None:
        request.state, request.decided_by_id, request.decided_at = state, step.actor.id, uow.clock.now()
        request.granted_due, request.comment = new_due, comment

    return PreparedStep(
        state, {"extension_decision": decision, "granted_due": _iso(new_due)},
        {"step": held.step, "scope": request.scope, "due_date": _iso(request.current_due),
         "requested_due": request.requested_due.isoformat(), "new_due": _iso(new_due),
         "requested_by": request.requested_by.username, "comment": comment},
        effects=[record])


def _as_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def prepare_report(step: StepInput, data: dict) -> PreparedStep:
    """A period's recurring report (báo cáo định kỳ), submitted by the lead department."""
    errors = Errors()
    report = text(errors, data, "report", required=True, max_len=LONG_TEXT)
    errors.raise_if_any()
    due = step.task.due_date.isoformat() if step.task.due_date else None
    return PreparedStep("submit", {}, {"report": report, "due_date": due},
                        effects=[lambda: report_duties.report_submitted(step.uow, step.task)])


STEP_RULES: dict[str, Callable[[StepInput, dict], PreparedStep]] = {
    "assign": prepare_assign,
    "delegate": prepare_delegate,
    "propose": prepare_propose,
    "review": prepare_decision,
    "approve": prepare_decision,
    EXTENSION_STEP: prepare_extension,
    "report": prepare_report,
}
