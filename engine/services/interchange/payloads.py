"""The files a package carries, as a clerk wants them: zips opened, and a package zipped inside opened too.

The official SDK zips a whole edXML package as the "attachment" (edoc_new: a zip holding an
.edxml holding the PDF). The inner package is kept as a file, and its own attachments are taken
out one level down, so the letter itself (the PDF) reaches the document. Deeper nesting is not
followed; the package itself is always kept as well, so nothing the sender sent is lost.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from ...errors import Forbidden, NotFound
from ...interchange import EdxmlError, EdxmlPackage, parse_package
from ...interchange.attachments import _safe_name, sniff
from ...persistence.models import InterchangePackage, User
from ...persistence.uow import UnitOfWork
from ..documents import get_visible
from . import outbox
from .storage import write_undone_on_rollback

NESTED_TYPES = {"application/xml"}
PACKAGES_DIR = Path("interchange") / "packages"
PACKAGE_NAME = "goi-tin.edxml"  # the package as received (without bytes before its XML declaration)


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


def keep(uow: UnitOfWork, row: InterchangePackage, package_bytes: bytes, files: list[Payload]) -> list[dict]:
    """Write the package and its files under ``interchange/packages/<id>/``; listed on the row.

    Each file is written atomically (temporary name, fsync, rename) and removed again if the unit
    of work does not commit; names are the package's own, so no other package's file is touched.
    """
    folder = PACKAGES_DIR / f"{row.id:08d}"
    entries = []
    for index, item in enumerate([Payload(PACKAGE_NAME, package_bytes), *files], start=1):
        name = _safe_name(item.name)
        relative = folder / f"{index:02d}-{name}"
        write_undone_on_rollback(uow, uow.settings.data_dir / relative, item.data)
        entries.append({"name": name, "media_type": sniff(item.data, name), "size": len(item.data),
                        "sha256": hashlib.sha256(item.data).hexdigest(), "path": relative.as_posix()})
    row.files = json.dumps(entries, ensure_ascii=False)
    return entries


def files_of(row: InterchangePackage) -> list[dict]:
    return json.loads(row.files or "[]")


def package_file(uow: UnitOfWork, user: User, package_id: int, index: int) -> tuple[dict, Path]:
    """A file of a received package, for someone who may see its document (or read the outbox): 404, 403."""
    row = uow.session.get(InterchangePackage, package_id)
    entries = files_of(row) if row is not None else []
    if not 1 <= index <= len(entries):
        raise NotFound("Không có tệp này.")
    document_id = row.document_id or row.target_document_id
    if document_id is not None:
        get_visible(uow, user, document_id)
    elif not outbox.may_read(user):
        raise Forbidden("Bạn không có quyền xem gói tin này.")
    entry = entries[index - 1]
    return entry, uow.settings.data_dir / entry["path"]
