"""Registering incoming documents, reading one, listing what a user may see."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from ..domain import OVERSEEING_ROLES, Confidentiality, Register, Role, TaskState, Urgency
from ..errors import DuplicateDocument, Forbidden, NotFound, ValidationFailed
from ..files import StagedFile
from ..persistence.models import (HistoryEvent, IncomingCounter, IncomingDocument, Task, User)
from ..persistence.uow import UnitOfWork
from . import history, search, standins, stored_files
from .routing import ROUTING, RoutingRun
from .validation import Errors, choice, date, fold, integer, text, text_list
from .visibility import can_see, visible_to

GENERAL_REGISTER = Register.GENERAL.value
REGISTER_NAMES = {Register.GENERAL.value: "sổ văn bản đến", Register.CONFIDENTIAL.value: "sổ văn bản mật đến"}
MAX_PAGES = 100_000


def _check_registration(uow: UnitOfWork, data: dict) -> dict:
    errors = Errors()
    today = uow.clock.today()
    fields = {
        "issuer": text(errors, data, "issuer", required=True),
        "number": text(errors, data, "number", required=True, max_len=64),
        "issued_date": date(errors, data, "issued_date", required=True),
        "doc_type": text(errors, data, "doc_type", required=True, max_len=64),
        "subject": text(errors, data, "subject", required=True, max_len=500),
        "issuer_parent": text(errors, data, "issuer_parent"),
        "signer": text(errors, data, "signer"),
        "signer_title": text(errors, data, "signer_title"),
        "signing_authority": text(errors, data, "signing_authority"),
        "urgency": choice(errors, data, "urgency", [u.value for u in Urgency], default="normal"),
        "confidentiality": choice(errors, data, "confidentiality", [c.value for c in Confidentiality],
                                  default="normal"),
        "recipients": text_list(errors, data, "recipients"),
        "page_count": integer(errors, data, "page_count", minimum=1, maximum=MAX_PAGES),
        "language": text(errors, data, "language", max_len=32) or "vi",
        "notes": text(errors, data, "notes", max_len=2000),
        "received_date": date(errors, data, "received_date") or today,
        "due_date": date(errors, data, "due_date"),
    }
    fields["register"] = choice(errors, data, "register", [r.value for r in Register],
                                default=Register.for_confidentiality(fields["confidentiality"] or "normal").value)
    received = fields["received_date"]
    if "received_date" not in errors and received > today:
        errors.add("received_date", "Ngày đến không được ở tương lai.")
    if fields["issued_date"] and "received_date" not in errors and fields["issued_date"] > received:
        errors.add("issued_date", "Ngày ban hành không được sau ngày đến.")
    if fields["due_date"] and fields["due_date"] < received:
        errors.add("due_date", "Hạn giải quyết không được trước ngày đến.")
    if fields["number"]:
        fields["number"] = "/".join(part.strip() for part in fields["number"].split("/"))
    errors.raise_if_any()
    return fields


def dedup_key(issuer: str, number: str, issued_date: dt.date) -> str:
    """What makes two registrations the same letter: issuer, number and code, document date (folded)."""
    return "|".join([fold(issuer), fold(number), issued_date.isoformat()])


def _next_incoming_number(uow: UnitOfWork, year: int, register: str) -> int:
    """Consecutive within the year and register; the counter row is locked until commit."""
    session = uow.session
    dialect = session.get_bind().dialect.name
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(IncomingCounter)
    session.execute(insert.values(year=year, register=register, last_number=0)
                    .on_conflict_do_nothing(index_elements=["year", "register"]))
    counter = session.scalar(select(IncomingCounter).where(
        IncomingCounter.year == year, IncomingCounter.register == register).with_for_update())
    counter.last_number += 1
    return counter.last_number


def register_document(uow: UnitOfWork, clerk: User, data: dict, files: Sequence[StagedFile] = (), *,
                      upload: str | None = None) -> IncomingDocument:
    """Register an incoming document, give it its incoming number, start its routing.

    ``files`` (staged, checked) become its attachments; ``upload`` is the token of a letter the
    clerk uploaded on the form to read it (engine.files.pending): it becomes the first attachment.
    """
    if not clerk.has_role(Role.CLERK.value):
        raise Forbidden("Chỉ văn thư được đăng ký văn bản đến.")
    pending = stored_files.pending_uploads(uow)
    letter = pending.get(upload, clerk.id) if upload else None
    if upload and letter is None:
        raise ValidationFailed({"upload": ["Tệp văn bản đã tải lên không còn (quá hạn hoặc đã dùng); "
                                           "vui lòng tải lên lại."]})
    fields = _check_registration(uow, data)
    key = dedup_key(fields["issuer"], fields["number"], fields["issued_date"])
    received = fields["received_date"]
    # Take the number first: its row lock makes a concurrent registration of the same letter commit
    # before the check below, which then sees it (else the second one fails on the unique key).
    incoming_number = _next_incoming_number(uow, received.year, fields["register"])
    earlier = uow.session.scalar(select(IncomingDocument).where(IncomingDocument.dedup_key == key))
    if earlier is not None:
        raise _duplicate(earlier)
    document = IncomingDocument(
        **fields, year=received.year, incoming_number=incoming_number,
        status="assigning", dedup_key=key,
        registered_by_id=clerk.id, created_at=uow.clock.now())
    uow.session.add(document)
    uow.session.flush()
    if letter is not None:
        files = ([letter.as_staged()] if letter.attachable else []) + list(files)
        uow.after_commit.append(lambda: pending.discard(letter.token))
    kept = stored_files.keep(uow, document, clerk, files, step="register") if files else []
    search.index_document(uow.session, document, [a.text for a in kept])
    record = _jsonable(fields)
    if kept:
        record["attachments"] = stored_files.summary(kept)
    history.record(uow, document, clerk, "register", "register", record)
    run = RoutingRun(uow, document, clerk)
    run.start(ROUTING, {"document_id": document.id,
                        "due_date": fields["due_date"].isoformat() if fields["due_date"] else None})
    run.save()
    return document


def _duplicate(earlier: IncomingDocument) -> DuplicateDocument:
    """The refusal of a duplicate, pointing at the earlier registration."""
    return DuplicateDocument(
        f"Văn bản này đã được đăng ký: số đến {earlier.incoming_number}/{earlier.year} "
        f"({REGISTER_NAMES.get(earlier.register, earlier.register)}), "
        f"ngày đến {earlier.received_date.strftime('%d/%m/%Y')}.",
        earlier.id,
        {"id": earlier.id, "register": earlier.register, "year": earlier.year,
         "incoming_number": earlier.incoming_number, "received_date": earlier.received_date.isoformat(),
         "issuer": earlier.issuer, "number": earlier.number, "issued_date": earlier.issued_date.isoformat()})


def _jsonable(fields: dict) -> dict:
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in fields.items()}


def _principals(uow: UnitOfWork, user: User) -> list[User]:
    """Whom the user stands in for today; overseers see everything anyway (no query)."""
    return [] if user.roles & OVERSEEING_ROLES else standins.principals(uow, user)


def get_visible(uow: UnitOfWork, user: User, document_id: int) -> IncomingDocument:
    document = uow.session.get(IncomingDocument, document_id)
    if document is None:
        raise NotFound("Không có văn bản này.")
    if not can_see(uow.session, user, document, _principals(uow, user)):
        raise Forbidden("Bạn không có quyền xem văn bản này.")
    return document


def open_tasks_of(uow: UnitOfWork, document_id: int) -> list[Task]:
    return list(uow.session.scalars(select(Task).where(
        Task.document_id == document_id, Task.state == TaskState.OPEN.value).order_by(Task.id)))


@dataclass
class DocumentRecord:
    """What the document page shows: the document, who holds it, and what each person wrote."""

    document: IncomingDocument
    open_tasks: list[Task]
    events: list[HistoryEvent]

    def data_of(self, event: HistoryEvent) -> dict:
        return json.loads(event.data)

    @property
    def direction(self) -> dict | None:
        for event in reversed(self.events):
            if event.step == "assign":
                return {"event": event, **json.loads(event.data)}
        return None

    def department_records(self) -> list[dict]:
        """Latest delegate, proposal and review per department, lead first."""
        by_dept: dict[int, dict] = {}
        since = max((e.id for e in self.events if e.step in ("assign", "recall")), default=0)
        for event in self.events:
            if event.department_id is None or event.id < since:
                continue
            rec = by_dept.setdefault(event.department_id, {"department": event.department})
            rec[event.step] = {"event": event, **json.loads(event.data)}
        roles = {d.department_id: d.role for d in self.document.departments}
        order = {"lead": 0, "co": 1, "info": 2}
        for dept_id, rec in by_dept.items():
            rec["role"] = roles.get(dept_id)
        return sorted(by_dept.values(), key=lambda r: (order.get(r["role"], 3), r["department"].code))


def document_record(uow: UnitOfWork, user: User, document_id: int) -> DocumentRecord:
    document = get_visible(uow, user, document_id)
    return DocumentRecord(document, open_tasks_of(uow, document_id), history.events_of(uow, document_id))


def document_history(uow: UnitOfWork, user: User, document_id: int) -> list[HistoryEvent]:
    get_visible(uow, user, document_id)
    return history.events_of(uow, document_id)


def list_documents(uow: UnitOfWork, user: User, *, q: str | None = None, status: str | None = None,
                   year: int | None = None, limit: int = 100, offset: int = 0) -> list[IncomingDocument]:
    """Documents the user may see, newest first; ``q`` searches number, issuer, subject and the
    attachments' text, ignoring case and diacritics (``search.newest_matching``)."""
    query = select(IncomingDocument).where(visible_to(user, _principals(uow, user)))
    if status:
        query = query.where(IncomingDocument.status == status)
    if year:
        query = query.where(IncomingDocument.year == year)
    searched = search.newest_matching(uow.session, query, q)
    if searched is not None:
        query = searched
    else:
        query = query.order_by(IncomingDocument.created_at.desc(), IncomingDocument.id.desc())
    return list(uow.session.scalars(query.limit(limit).offset(offset)))
