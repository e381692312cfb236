"""What a revoke, update or replace package (BussinessDocType 1, 2, 3) does to the earlier document.

Each locks the earlier document's row first (as completing a task does), so a completion racing
with it either finishes before it or finds its task cancelled (409). Every change is one history event.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update as sql_update

from ...domain import DocumentStatus, TaskState
from ...errors import Conflict
from ...interchange import EdxmlPackage
from ...persistence.models import IncomingDocument, InterchangePackage, Task, User, WorkflowInstance
from ...persistence.uow import UnitOfWork
from .. import documents, history
from .mapping import errors_named_by_element, registration_data

CLOSED = (DocumentStatus.REVOKED.value, DocumentStatus.REPLACED.value)
# What an update may change: the register's fields the header carries.
UPDATABLE = ("issuer", "number", "issued_date", "doc_type", "subject", "signer", "urgency", "due_date")
_NUMBER_LABEL = {"revoked": "thu hồi", "replaced": "thay thế"}


def revoke(uow: UnitOfWork, clerk: User, target: InterchangePackage, row: InterchangePackage,
           pkg: EdxmlPackage) -> IncomingDocument:
    """The sender takes the document back: its handling stops and it shows as revoked."""
    document = _lock_open(uow, target.document_id)
    cancelled = _close(uow, document, DocumentStatus.REVOKED)
    history.record(uow, document, clerk, "interchange", "revoke", {
        "reason": row.reason, "package_id": row.id, "edxml_document_id": pkg.document_id,
        "cancelled_tasks": cancelled})
    return document


def update(uow: UnitOfWork, clerk: User, target: InterchangePackage, row: InterchangePackage,
           pkg: EdxmlPackage, warnings: list[str]) -> IncomingDocument:
    """The sender corrects the document's details: the register entry takes the new values."""
    document = _lock_open(uow, target.document_id)
    data = registration_data(pkg, document.received_date, warnings)
    data.update(received_date=document.received_date.isoformat(), confidentiality=document.confidentiality)
    for name in ("signer", "due_date"):  # absent from the update: keep what was registered
        if name not in data:
            data[name] = getattr(document, name)
    with errors_named_by_element():
        fields = documents._check_registration(uow, data)
    changes = {}
    for name in UPDATABLE:
        old, new = getattr(document, name), fields[name]
        if old != new:
            changes[name] = [_plain(old), _plain(new)]
            setattr(document, name, new)
    if {"issuer", "number", "issued_date"} & changes.keys():
        document.dedup_key = documents.dedup_key(document.issuer, document.number, document.issued_date)
    if "due_date" in changes:  # the leader's task carries the document's deadline
        uow.session.execute(
            sql_update(Task).where(Task.document_id == document.id, Task.step == "assign",
                                   Task.state == TaskState.OPEN.value)
            .values(due_date=document.due_date, version=Task.version + 1)
            .execution_options(synchronize_session="fetch"))
    history.record(uow, document, clerk, "interchange", "update", {
        "reason": row.reason, "package_id": row.id, "edxml_document_id": pkg.document_id, "changes": changes})
    return document


def replace(uow: UnitOfWork, clerk: User, earlier: InterchangePackage, new_document: IncomingDocument,
            pkg: EdxmlPackage) -> IncomingDocument:
    """Another document takes the earlier one's place: the earlier one is closed, both name each other."""
    document = _lock_open(uow, earlier.document_id)
    cancelled = _close(uow, document, DocumentStatus.REPLACED)
    history.record(uow, document, clerk, "interchange", "replaced", {
        "replaced_by": new_document.id, "number": new_document.number,
        "incoming_number": new_document.incoming_number, "year": new_document.year,
        "reason": pkg.business.reason if pkg.business else None, "cancelled_tasks": cancelled})
    history.record(uow, new_document, clerk, "interchange", "replaces", {
        "replaces": document.id, "number": document.number, "incoming_number": document.incoming_number,
        "year": document.year})
    return document


def _lock_open(uow: UnitOfWork, document_id: int) -> IncomingDocument:
    document = uow.session.scalar(select(IncomingDocument).where(IncomingDocument.id == document_id)
                                  .with_for_update(of=IncomingDocument)
                                  .execution_options(populate_existing=True))
    if document.status in CLOSED:
        raise Conflict(f"Văn bản số đến {document.incoming_number}/{document.year} đã bị "
                       f"{_NUMBER_LABEL[document.status]}, không thể thay đổi nữa.")
    return document


def _close(uow: UnitOfWork, document: IncomingDocument, status: DocumentStatus) -> int:
    """End the document's handling: open instances cancelled, open tasks cancelled; their count."""
    for instance in uow.session.scalars(select(WorkflowInstance).where(
            WorkflowInstance.document_id == document.id, WorkflowInstance.status == "open")):
        instance.status, instance.outcome = "cancelled", status.value
    cancelled = uow.session.execute(
        sql_update(Task).where(Task.document_id == document.id, Task.state == TaskState.OPEN.value)
        .values(state=TaskState.CANCELLED.value, version=Task.version + 1)
        .execution_options(synchronize_session="fetch")).rowcount
    document.status = status.value
    return cancelled


def _plain(value):
    return value.isoformat() if isinstance(value, dt.date) else value
