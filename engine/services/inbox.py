"""Read models for the web UI: the inbox in sections, who holds a task, the audit register.

Pure SQLAlchemy over the indexed task rows; every function runs a fixed number of queries,
whatever the number of rows (no query per task or per document).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import exists, func, select

from ..calendar import WorkingCalendar, load_calendar
from ..clock import AGENCY_TZ
from ..domain import Role, TaskState, Urgency
from ..persistence.models import (Department, DocumentDepartment, IncomingDocument, Notification,
                                  Organization, Task, User, UserRole)
from ..persistence.uow import UnitOfWork
from . import extensions, search, standins
from .tasks import held_by, open_tasks
from .visibility import visible_to

URGENCY_RANK = {u.value: u.rank for u in Urgency}


@lru_cache(maxsize=1)
def _calendar() -> WorkingCalendar:
    return load_calendar()


@dataclass(frozen=True)
class InboxItem:
    task: Task
    document: IncomingDocument
    days_left: int | None  # calendar days until the task's due date; negative when overdue
    extension: object | None = None  # the request a decision on more time (step ``extension``) decides


@dataclass
class Inbox:
    """A user's open tasks in three disjoint sections, most urgent first."""

    pending: list[InboxItem] = field(default_factory=list)  # due later, or no deadline
    due_soon: list[InboxItem] = field(default_factory=list)  # due within the reminder lead time
    overdue: list[InboxItem] = field(default_factory=list)  # due date before today

    @property
    def total(self) -> int:
        return len(self.pending) + len(self.due_soon) + len(self.overdue)

    @property
    def urgent(self) -> list[InboxItem]:
        """Khẩn, thượng khẩn and hỏa tốc items of every section, most urgent first: shown above all."""
        items = [i for i in self.overdue + self.due_soon + self.pending if i.document.urgency != "normal"]
        return sorted(items, key=_sort_key)


def _sort_key(item: InboxItem):
    """Hỏa tốc > thượng khẩn > khẩn > thường, then the nearest deadline, then the oldest task."""
    due = item.task.due_date
    return (-URGENCY_RANK.get(item.document.urgency, 0), due is None, due or dt.date.max, item.task.id)


def inbox(uow: UnitOfWork, user: User, *, calendar: WorkingCalendar | None = None) -> Inbox:
    """The user's open tasks split into pending, due soon and overdue (one query)."""
    calendar = calendar or _calendar()
    today = uow.clock.today()
    lead = uow.settings.reminder_working_days
    result = Inbox()
    rows = open_tasks(uow, user)
    asked = extensions.for_decision_tasks(uow, [t.id for t, _d in rows if t.step == extensions.STEP])
    for task, document in rows:
        due = task.due_date
        item = InboxItem(task, document, (due - today).days if due else None, asked.get(task.id))
        if due is None:
            result.pending.append(item)
        elif due < today:
            result.overdue.append(item)
        elif calendar.reminder_date(due, lead) <= today:
            result.due_soon.append(item)
        else:
            result.pending.append(item)
    for section in (result.pending, result.due_soon, result.overdue):
        section.sort(key=_sort_key)
    return result


def open_task_count(uow: UnitOfWork, user: User) -> int:
    """How many tasks wait for the user (for the navigation badge)."""
    return uow.session.scalar(select(func.count()).select_from(Task).where(
        Task.state == TaskState.OPEN.value, held_by(user, standins.principals(uow, user)))) or 0


def holders(uow: UnitOfWork, tasks: list[Task]) -> dict[int, list[User]]:
    """Who holds each open task now: its assignee, or the users with its role (in its department)."""
    found: dict[int, list[User]] = {t.id: [t.assignee] for t in tasks if t.assignee is not None}
    by_role = [t for t in tasks if t.assignee_id is None]
    if not by_role:
        return found
    roles = {t.candidate_role for t in by_role}
    people = uow.session.execute(
        select(User, UserRole.role).join(UserRole, UserRole.user_id == User.id)
        .where(UserRole.role.in_(roles), User.active.is_(True)).order_by(User.full_name)).all()
    for task in by_role:
        found[task.id] = [u for u, role in people if role == task.candidate_role
                          and (task.department_id is None or u.department_id == task.department_id)]
    return found


def task_document_id(uow: UnitOfWork, task_id: int) -> int | None:
    """The document of a task, whatever its state (to show it after a lost race)."""
    return uow.session.scalar(select(Task.document_id).where(Task.id == task_id))


def agency_name(uow: UnitOfWork) -> str | None:
    """The organisation's name, for the page header."""
    return uow.session.scalar(select(Organization.name).order_by(Organization.id).limit(1))


def handling_departments(uow: UnitOfWork) -> list[Department]:
    """Departments with an active head: the ones a leader can give a document to."""
    has_head = exists().where(User.department_id == Department.id, User.active.is_(True),
                              UserRole.user_id == User.id, UserRole.role == Role.HEAD.value)
    return list(uow.session.scalars(select(Department).where(has_head).order_by(Department.name)))


def users_by_username(uow: UnitOfWork, usernames: set[str]) -> dict[str, User]:
    if not usernames:
        return {}
    return {u.username: u for u in uow.session.scalars(select(User).where(User.username.in_(usernames)))}


def notifications_with_documents(uow: UnitOfWork, user: User, *, limit: int = 200
                                 ) -> list[tuple[Notification, IncomingDocument]]:
    """The user's notifications, newest first, each with its document (one query)."""
    rows = uow.session.execute(
        select(Notification, IncomingDocument)
        .join(IncomingDocument, IncomingDocument.id == Notification.document_id)
        .where(Notification.user_id == user.id).order_by(Notification.id.desc()).limit(limit))
    return [(notification, document) for notification, document in rows]


@dataclass(frozen=True)
class AuditRow:
    document: IncomingDocument
    open_steps: list[str]
    overdue: bool  # an open task is past its due date
    late_steps: int  # tasks completed after their due date


def document_years(uow: UnitOfWork) -> list[int]:
    return list(uow.session.scalars(select(IncomingDocument.year).distinct()
                                    .order_by(IncomingDocument.year.desc())))


def audit_register(uow: UnitOfWork, user: User, *, q: str | None = None, year: int | None = None,
                   status: str | None = None, department: str | None = None, overdue: bool = False,
                   limit: int = 200, offset: int = 0) -> list[AuditRow]:
    """Documents the user may see, filtered for inspection, with deadlines kept or missed.

    Three queries: the documents, their open tasks, and their tasks finished late.
    """
    today = uow.clock.today()
    open_overdue = exists().where(Task.document_id == IncomingDocument.id, Task.state == TaskState.OPEN.value,
                                  Task.due_date < today)
    query = select(IncomingDocument).where(visible_to(user))
    found = search.matching(uow.session, q)
    if found is not None:
        query = query.where(found)
    if year:
        query = query.where(IncomingDocument.year == year)
    if status:
        query = query.where(IncomingDocument.status == status)
    if department:
        query = query.where(exists().where(
            DocumentDepartment.document_id == IncomingDocument.id,
            DocumentDepartment.department_id == Department.id, Department.code == department))
    if overdue:
        query = query.where(open_overdue)
    query = query.order_by(IncomingDocument.year.desc(), IncomingDocument.incoming_number.desc())
    docs = list(uow.session.scalars(query.limit(limit).offset(offset)))
    ids = [d.id for d in docs]
    steps: dict[int, list[str]] = {i: [] for i in ids}
    late_open: set[int] = set()
    late_done: dict[int, int] = {}
    if ids:
        for doc_id, step, due in uow.session.execute(
                select(Task.document_id, Task.step, Task.due_date)
                .where(Task.document_id.in_(ids), Task.state == TaskState.OPEN.value).order_by(Task.id)):
            if step not in steps[doc_id]:
                steps[doc_id].append(step)
            if due is not None and due < today:
                late_open.add(doc_id)
        finished = select(Task.document_id, Task.due_date, Task.completed_at).where(
            Task.document_id.in_(ids), Task.state == TaskState.COMPLETED.value, Task.due_date.is_not(None))
        for doc_id, due, completed_at in uow.session.execute(finished):
            if completed_at is not None and _local_date(completed_at) > due:
                late_done[doc_id] = late_done.get(doc_id, 0) + 1
    return [AuditRow(d, steps[d.id], d.id in late_open, late_done.get(d.id, 0)) for d in docs]


def _local_date(moment: dt.datetime) -> dt.date:
    return moment.astimezone(AGENCY_TZ).date()

