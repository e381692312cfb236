"""The files a package carries, kept as the document's attachments in the one file store.

The official SDK zips a whole edXML package as the "attachment" (edoc_new: a zip holding an
.edxml holding the PDF). The inner package is kept as a file, and its own attachments are taken
out one level down, so the letter itself (the PDF) reaches the document. Deeper nesting is not
followed; the package itself is always kept as well, so nothing the sender sent is lost.

``staged`` writes the package and its files to the store's tmp/ and reads their text (slow for
scans) before the transaction starts; ``attach`` then keeps them through ``stored_files.keep``
(content-checked, hash-locked, undone on rollback) and marks them with the package they came in.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ...errors import NotFound, PayloadTooLarge, ValidationFailed
from ...files import FileStore, StagedFile
from ...files.reading import attachment_text
from ...interchange import EdxmlError, EdxmlPackage, parse_package
from ...persistence.models import Attachment, IncomingDocument, InterchangePackage, User
from ...persistence.uow import UnitOfWork
from .. import stored_files
from ..documents import get_visible

NESTED_TYPES = {"application/xml"}
PACKAGE_NAME = "goi-tin.edxml"  # the package as received (without bytes before its XML declaration)
STEP = "interchange"  # the attachments' step when a package acts on an earlier document


@dataclass(frozen=True)
class Payload:
    name: str
    data: bytes


def payloads(pkg: EdxmlPackage, warnings: list[str], *, depth: int = 1) -> list[Payload]:
    """Every file of ``pkg``'s attachments (unzipped), plus the attachments of packages found inside."""
    found: list[Payload] = []
    for attachment in pkg.attachments:
        if attachment.data is None:
            continue
        name = attachment.name or attachment.content_id or "tep-dinh-kem"
        if not attachment.files:
            found.append(Payload(name, attachment.data))
            continue
        for inner in attachment.files:
            found.append(Payload(inner.name, inner.data))
            if depth > 0 and inner.content_type in NESTED_TYPES:
                found += _nested(inner.name, inner.data, warnings, depth)
    return found


def _nested(name: str, data: bytes, warnings: list[str], depth: int) -> list[Payload]:
    try:
        inner = parse_package(data)
    except EdxmlError as exc:
        warnings.append(f"Tệp «{name}» trong gói tin không mở được ({exc.message_vi}); vẫn được lưu nguyên tệp.")
        return []
    if inner.kind != "edoc":
        return []
    return payloads(inner, warnings, depth=depth - 1)


@contextmanager
def staged(store: FileStore, package_bytes: bytes, files: list[Payload], warnings: list[str], *,
           max_bytes: int) -> Iterator[list[StagedFile]]:
    """The package and its files staged and read; whatever was not kept is removed at the end.

    A file of a kind we do not keep, or over the upload limit, is left out with a warning (it
    stays inside the package, which is always kept).
    """
    with store.staging() as batch:
        for index, item in enumerate([Payload(PACKAGE_NAME, package_bytes), *files]):
            try:
                batch.append(store.stage_bytes(item.data, item.name, field="file", max_bytes=max_bytes,
                                               office=True))
            except (ValidationFailed, PayloadTooLarge) as exc:
                if index == 0:
                    raise
                reason = "; ".join(m for messages in exc.errors.values() for m in messages)
                warnings.append(f"{reason} Tệp vẫn nằm trong gói tin «{PACKAGE_NAME}».")
        for item in batch:
            item.text = attachment_text(item)
        yield batch


def attach(uow: UnitOfWork, clerk: User, document: IncomingDocument, row: InterchangePackage,
           files: list[StagedFile]) -> list[Attachment]:
    """Keep a revoke / update package's files on the earlier document (search index included)."""
    rows = stored_files.keep(uow, document, clerk, files, step=STEP)
    mark(row, rows)
    stored_files.reindex(uow, document)
    return rows


def mark(row: InterchangePackage, attachments: list[Attachment]) -> None:
    """These attachments came with the package ``row``."""
    for attachment in attachments:
        attachment.package_id = row.id


def files_of(uow: UnitOfWork, package_ids: list[int]) -> dict[int, list[Attachment]]:
    """The attachments each package brought, the package itself first (one query for a page of packages)."""
    found: dict[int, list[Attachment]] = {i: [] for i in package_ids}
    if package_ids:
        for attachment in uow.session.scalars(select(Attachment).where(Attachment.package_id.in_(package_ids))
                                              .order_by(Attachment.id)):
            found[attachment.package_id].append(attachment)
    return found


def package_file(uow: UnitOfWork, user: User, package_id: int, index: int) -> tuple[Attachment, Path]:
    """File ``index`` (1 = the package) a package brought, for someone who may see its document: 404, 403."""
    row = uow.session.get(InterchangePackage, package_id)
    entries = files_of(uow, [package_id])[package_id] if row is not None else []
    if not 1 <= index <= len(entries):
        raise NotFound("Không có tệp này.")
    attachment = entries[index - 1]
    get_visible(uow, user, attachment.document_id)
    path = stored_files.store_of(uow).path_of(attachment.sha256)
    if not path.is_file():
        raise NotFound("Tệp không còn trong kho lưu trữ.")
    return attachment, path
