"""The registers of NĐ 30/2020: the incoming register and the follow-up register, as paged SQL.

- Sổ đăng ký văn bản đến: arrival date, incoming number, issuing body, number and code, document
  date, type and summary, receiving unit or person, date passed on, receipt, notes.
- Sổ theo dõi giải quyết văn bản đến: incoming number, the document, handling unit or person,
  deadline, progress, number of the reply, notes.

One register at a time (general or confidential), in the order of its incoming numbers. Each page is
three queries (documents, their departments, their handlers and direction dates) whatever the size of
the database; exports walk the register in batches by key, never by offset.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select

from ..clock import AGENCY_TZ
from ..domain import OVERSEEING_ROLES, Register, TaskState
from ..errors import Forbidden
from ..persistence.models import HistoryEvent, IncomingDocument, Task, User
from ..persistence.uow import UnitOfWork
from .validation import Errors, choice, date, integer
from .visibility import visible_to

KINDS = ("incoming", "follow_up")
EXPORT_BATCH = 500


@dataclass(frozen=True)
class RegisterFilter:
    """Which register, and which part of it: a year and/or a range of arrival dates."""

    register: str = Register.GENERAL.value
    year: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass
class RegisterRow:
    """One document's line in either register."""

    document: IncomingDocument
    departments: list[tuple[str, str]] = field(default_factory=list)  # (role, name), lead first
    handlers: list[tuple[str, str]] = field(default_factory=list)  # (department name, officer name)
    passed_on: dt.date | None = None  # the day the leader's direction sent it to the departments
    open_steps: list[str] = field(default_factory=list)


def check_filter(uow: UnitOfWork, data: dict, *, default_year: bool = True) -> RegisterFilter:
    """The filter from query parameters (``register``, ``year``, ``from``, ``to``); 422 names the field.

    With no ``year`` key and no dates, the register of the current year is shown; an empty ``year``
    means every year.
    """
    errors = Errors()
    register = choice(errors, data, "register", [r.value for r in Register], default=Register.GENERAL.value)
    year = integer(errors, data, "year", minimum=1900, maximum=2999)
    date_from = date(errors, data, "from")
    date_to = date(errors, data, "to")
    if date_from and date_to and date_to < date_from:
        errors.add("to", "Ngày kết thúc không được trước ngày bắt đầu.")
    errors.raise_if_any()
    if default_year and "year" not in data and date_from is None and date_to is None:
        year = uow.clock.today().year
    return RegisterFilter(register, year, date_from, date_to)


def check_readable(user: User) -> None:
    """Forbidden unless the user keeps or oversees the registers (clerk, leader, auditor)."""
    if not user.roles & OVERSEEING_ROLES:
        raise Forbidden("Chỉ văn thư, lãnh đạo và kiểm tra được xem sổ văn bản đến.")


def _query(user: User, flt: RegisterFilter):
    doc = IncomingDocument
    query = select(doc).where(doc.register == flt.register, visible_to(user))
    if flt.year is not None:
        query = query.where(doc.year == flt.year)
    if flt.date_from is not None:
        query = query.where(doc.received_date >= flt.date_from)
    if flt.date_to is not None:
        query = query.where(doc.received_date <= flt.date_to)
    return query.order_by(doc.year, doc.incoming_number)


def register_page(uow: UnitOfWork, user: User, flt: RegisterFilter, *, limit: int = 50,
                  offset: int = 0) -> list[RegisterRow]:
    """One page of the register, in the order of incoming numbers."""
    check_readable(user)
    docs = list(uow.session.scalars(_query(user, flt).limit(limit).offset(offset)))
    return _rows(uow, docs)


def iter_register(uow: UnitOfWork, user: User, flt: RegisterFilter, *,
                  batch: int = EXPORT_BATCH, limit: int | None = None) -> Iterator[RegisterRow]:
    """Every row of the filtered register, for export, in batches walked by key (year, number)."""
    check_readable(user)
    last: tuple[int, int] | None = None
    given = 0
    while limit is None or given < limit:
        query = _query(user, flt)
        if last is not None:
            query = query.where(or_(IncomingDocument.year > last[0], and_(
                IncomingDocument.year == last[0], IncomingDocument.incoming_number > last[1])))
        size = batch if limit is None else min(batch, limit - given)
        docs = list(uow.session.scalars(query.limit(size)))
        if not docs:
            return
        yield from _rows(uow, docs)
        given += len(docs)
        last = (docs[-1].year, docs[-1].incoming_number)
        for doc in docs:  # keep memory flat over a long export
            uow.session.expunge(doc)
        if len(docs) < size:
            return


def count_rows(uow: UnitOfWork, user: User, flt: RegisterFilter) -> int:
    """How many rows the filter selects (bounded by the filter, served by the register indexes)."""
    check_readable(user)
    return uow.session.scalar(select(func.count()).select_from(_query(user, flt).order_by(None).subquery()))


def register_years(uow: UnitOfWork) -> list[int]:
    """The years that have registered documents, newest first (for the year filter)."""
    return list(uow.session.scalars(select(IncomingDocument.year).distinct()
                                    .order_by(IncomingDocument.year.desc())))


def _rows(uow: UnitOfWork, docs: list[IncomingDocument]) -> list[RegisterRow]:
    """Rows for a batch of documents: two more queries, for handlers and direction dates."""
    rows = {d.id: RegisterRow(d) for d in docs}
    if not rows:
        return []
    order = {"lead": 0, "co": 1, "info": 2}
    for row in rows.values():
        links = sorted(row.document.departments, key=lambda link: (order.get(link.role, 3), link.id))
        row.departments = [(link.role, link.department.name) for link in links]
    ids = list(rows)
    tasks = uow.session.execute(
        select(Task.document_id, Task.step, Task.state, Task.department_id, User.full_name)
        .outerjoin(User, User.id == Task.assignee_id)
        .where(Task.document_id.in_(ids), Task.state != TaskState.CANCELLED.value).order_by(Task.id))
    handlers: dict[int, dict[int, str]] = {i: {} for i in ids}
    for doc_id, step, state, department_id, name in tasks:
        if step == "propose" and name:
            handlers[doc_id][department_id] = name  # the latest officer given the work in that department
        if state == TaskState.OPEN.value and step not in rows[doc_id].open_steps:
            rows[doc_id].open_steps.append(step)
    for doc_id, row in rows.items():
        names = {link.department_id: link.department.name for link in row.document.departments}
        row.handlers = [(names.get(dept, ""), name) for dept, name in handlers[doc_id].items()]
    directed = uow.session.execute(
        select(HistoryEvent.document_id, func.max(HistoryEvent.at))
        .where(HistoryEvent.document_id.in_(ids), HistoryEvent.step == "assign")
        .group_by(HistoryEvent.document_id))
    for doc_id, at in directed:
        if at is not None:
            if at.tzinfo is None:
                at = at.replace(tzinfo=dt.timezone.utc)
            rows[doc_id].passed_on = at.astimezone(AGENCY_TZ).date()
    return [rows[d.id] for d in docs]
