"""Keeping stored files and attachment rows in step.

No row may point at a missing file, and a failed transaction leaves no file behind:
- a file goes to its hash path inside the transaction that inserts its row, under a lock on the
  hash (PostgreSQL advisory lock; SQLite writers are serialised by ``BEGIN IMMEDIATE``), so no
  other transaction can start or stop using that hash meanwhile;
- a file this transaction created is removed before it rolls back (the lock is still held);
- if the commit itself fails, the file is removed only if, under the lock again, no committed
  row uses it (another document may share the same content).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select, text

from ..files import FileStore, StagedFile
from ..files.pending import PendingUploads
from ..persistence.models import Attachment, IncomingDocument, Task, User
from ..persistence.uow import UnitOfWork
from . import search


def store_of(uow: UnitOfWork) -> FileStore:
    return FileStore(uow.settings.data_dir)


def pending_uploads(uow: UnitOfWork) -> PendingUploads:
    return PendingUploads(uow.settings.data_dir)


def lock_hash(session, sha256: str) -> None:
    """Hold the content hash until the transaction ends (PostgreSQL; SQLite writers take turns)."""
    if session.get_bind().dialect.name == "postgresql":
        key = int.from_bytes(bytes.fromhex(sha256[:16]), "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def keep(uow: UnitOfWork, document: IncomingDocument, user: User, files: Sequence[StagedFile], *,
         step: str, task: Task | None = None) -> list[Attachment]:
    """Put the staged files into the store and insert their rows (the caller commits)."""
    store = store_of(uow)
    for staged in sorted(files, key=lambda f: f.sha256):  # locks in one order: no deadlock
        lock_hash(uow.session, staged.sha256)
        if store.put(staged):
            _undo_on_failure(uow, store, staged.sha256)
    now = uow.clock.now()
    rows = [Attachment(document_id=document.id, task_id=task.id if task else None, step=step,
                       original_name=f.original_name, safe_name=f.safe_name, media_type=f.kind.media_type,
                       size=f.size, sha256=f.sha256, uploaded_by_id=user.id, uploaded_at=now, text=f.text)
            for f in files]
    uow.session.add_all(rows)
    uow.session.flush()
    return rows


def _undo_on_failure(uow: UnitOfWork, store: FileStore, sha256: str) -> None:
    uow.before_rollback.append(lambda: store.remove(sha256))
    uow.after_failed_commit.append(lambda: _remove_if_unused(uow.session, store, sha256))


def _remove_if_unused(session, store: FileStore, sha256: str) -> None:
    try:
        lock_hash(session, sha256)
        if session.scalar(select(Attachment.id).where(Attachment.sha256 == sha256).limit(1)) is None:
            store.remove(sha256)
    finally:
        session.rollback()


def reindex(uow: UnitOfWork, document: IncomingDocument) -> None:
    """The document's search row again, now with the text of all its files (after adding some)."""
    texts = uow.session.scalars(select(Attachment.text).where(Attachment.document_id == document.id)
                                .order_by(Attachment.id))
    search.index_document(uow.session, document, list(texts))


def summary(rows: Iterable[Attachment]) -> list[dict]:
    """What the history keeps of attached files (never their text)."""
    return [{"id": a.id, "name": a.safe_name, "sha256": a.sha256, "size": a.size} for a in rows]
