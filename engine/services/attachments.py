"""Attaching files to a registered document, listing them, and handing them back to readers."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from ..domain import Role, TaskState
from ..errors import Forbidden, NotFound, ValidationFailed
from ..files import StagedFile
from ..persistence.models import Attachment, IncomingDocument, Task, User
from ..persistence.uow import UnitOfWork
from . import history
from .documents import get_visible
from .stored_files import keep, reindex, store_of, summary
from .tasks import held_by

FIELD = "files"


def check_may_attach(uow: UnitOfWork, user: User, document_id: int) -> IncomingDocument:
    """NotFound, Forbidden: clerks and leaders, and whoever holds an open task of the document."""
    document = get_visible(uow, user, document_id)
    if user.roles & {Role.CLERK.value, Role.LEADER.value}:
        return document
    holds = uow.session.scalar(select(Task.id).where(Task.document_id == document_id, Task.state == TaskState.OPEN.value,
                                                     held_by(user)).limit(1))
    if holds is None:
        raise Forbidden("Bạn không thể thêm tệp vào văn bản này.")
    return document


def add_attachments(uow: UnitOfWork, user: User, document_id: int, files: Sequence[StagedFile]) -> list[Attachment]:
    """Attach files to a registered document; one history event lists them."""
    document = check_may_attach(uow, user, document_id)
    if not files:
        raise ValidationFailed({FIELD: ["Cần gửi ít nhất một tệp."]})
    rows = keep(uow, document, user, files, step="attach")
    reindex(uow, document)
    history.record(uow, document, user, "attach", "attach", {"files": summary(rows)})
    return rows


def attachments_of(uow: UnitOfWork, document_id: int) -> list[Attachment]:
    """A document's files, oldest first (callers check visibility first)."""
    return list(uow.session.scalars(select(Attachment).where(Attachment.document_id == document_id)
                                    .order_by(Attachment.id)))


def visible_attachments(uow: UnitOfWork, user: User, document_id: int) -> list[Attachment]:
    get_visible(uow, user, document_id)
    return attachments_of(uow, document_id)


def file_for(uow: UnitOfWork, user: User, document_id: int, attachment_id: int) -> tuple[Attachment, Path]:
    """An attachment of a document the user may see, and where its bytes are: 404, then 403."""
    get_visible(uow, user, document_id)
    attachment = uow.session.get(Attachment, attachment_id)
    if attachment is None or attachment.document_id != document_id:
        raise NotFound("Không có tệp này.")
    path = store_of(uow).path_of(attachment.sha256)
    if not path.is_file():
        raise NotFound("Tệp không còn trong kho lưu trữ.")
    return attachment, path
