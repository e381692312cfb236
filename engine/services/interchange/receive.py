"""Receiving an edXML package: read it safely, then register it, act on an earlier one, or refuse it.

``import_package`` is the use case of ``docroute import-edxml``, the upload page and
``POST /api/v1/interchange/edxml``; ``refuse_package`` answers a package with status 02.
Each runs in the caller's unit of work: nothing is written unless the whole of it succeeds.
The package's files become the document's attachments (``payloads``); callers that can, read the
package and stage its files with ``arriving`` before their transaction starts (OCR is slow).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import select

from ...domain import Role
from ...errors import Conflict, DuplicateDocument, Forbidden, ValidationFailed
from ...files import FileStore, StagedFile
from ...interchange import BusinessDocType, EdxmlError, EdxmlPackage, StatusCode, XmlLimits, parse_package
from ...interchange.safe_xml import DEFAULT_MAX_BYTES
from ...persistence.models import IncomingDocument, InterchangePackage, User, UserRole
from ...persistence.uow import UnitOfWork
from .. import attachments, history, stored_files
from ..documents import register_document
from . import business, identity, outbox, payloads
from ..validation import Errors
from .mapping import errors_named_by_element, registration_data

MAX_PACKAGE_BYTES = DEFAULT_MAX_BYTES  # 50 MB, as uploads
MAX_REASON = 2000
NO_FILE = "Cần gửi tệp gói tin edXML (trường file)."
_XML_DECLARATION = b"<?xml"
_JUNK_SCAN = 64  # bytes tolerated before the XML declaration (the SDK's edoc_new sample has 4)


@dataclass
class Received:
    """What importing a package did."""

    package: InterchangePackage
    document: IncomingDocument  # the document registered, or the earlier one acted on
    action: str  # registered, revoked, updated, replaced
    warnings: list[str] = field(default_factory=list)
    closed: list[IncomingDocument] = field(default_factory=list)  # documents a replace closed


def read_package(data: bytes, *, header_only: bool = False) -> tuple[EdxmlPackage, list[str], bytes]:
    """Parse untrusted bytes as a document package (refusing hostile XML): the package, warnings for
    the clerk, and the bytes from the XML declaration on."""
    warnings: list[str] = []
    start = data.find(_XML_DECLARATION, 0, _JUNK_SCAN + len(_XML_DECLARATION))
    if start > 0 and not data[:start].strip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        warnings.append(f"Bỏ qua {start} byte lạ trước khai báo XML của gói tin.")
        data = data[start:]
    pkg = parse_package(data, decode_attachments=not header_only, xml_limits=XmlLimits(max_bytes=MAX_PACKAGE_BYTES))
    if pkg.kind != "edoc":
        raise EdxmlError("not_document", "Đây là gói tin trạng thái, không phải văn bản để vào sổ.",
                         "This is a status package, not a document to register.")
    return pkg, warnings + list(pkg.warnings), data


@dataclass
class Arrival:
    """A package read, and its files staged and read, before the transaction that imports it."""

    data: bytes  # as received
    pkg: EdxmlPackage
    warnings: list[str]
    files: list[StagedFile]  # the package itself first, then the files decoded from it


@contextmanager
def arriving(store: FileStore, data: bytes, *, max_bytes: int) -> Iterator[Arrival]:
    """Read a package (refusing hostile XML) and stage its files; staged files not kept go at the end."""
    _require_file(data)
    pkg, warnings, cleaned = read_package(data)
    with payloads.staged(store, cleaned, payloads.payloads(pkg, warnings), warnings, max_bytes=max_bytes) as files:
        yield Arrival(data, pkg, warnings, files)


def import_package(uow: UnitOfWork, clerk: User, data: bytes | Arrival) -> Received:
    """Register the document a package carries, or revoke / update / replace the earlier one."""
    check_clerk(clerk)
    if isinstance(data, Arrival):
        return _import(uow, clerk, data)
    with arriving(stored_files.store_of(uow), data, max_bytes=uow.settings.max_upload_bytes) as arrival:
        return _import(uow, clerk, arrival)


def _import(uow: UnitOfWork, clerk: User, arrival: Arrival) -> Received:
    data, pkg, warnings = arrival.data, arrival.pkg, arrival.warnings
    receiver = _receiver(uow, pkg, warnings)
    sha = hashlib.sha256(data).hexdigest()
    _refuse_repeat(uow, sha)
    kind = pkg.business_type
    if kind in (BusinessDocType.REVOKE, BusinessDocType.UPDATE):
        target = _target(uow, pkg)
        row = _package_row(uow, clerk, pkg, receiver, sha, len(data), warnings,
                           outcome="revoked" if kind is BusinessDocType.REVOKE else "updated",
                           target_document_id=target.document_id)
        if kind is BusinessDocType.REVOKE:
            document = business.revoke(uow, clerk, target, row, pkg)
        else:
            document = business.update(uow, clerk, target, row, pkg, warnings)
        payloads.attach(uow, clerk, document, row, arrival.files)
        row.warnings = json.dumps(warnings, ensure_ascii=False)
        return Received(row, document, row.outcome, warnings)

    earlier = uow.session.scalar(select(InterchangePackage).where(
        InterchangePackage.registered_key == identity.identity_key(pkg)))
    if earlier is not None:
        raise DuplicateDocument(_already(uow, earlier), earlier.document_id)
    replaced = _replaced(uow, pkg, warnings) if kind is BusinessDocType.REPLACE else []
    document = _register(uow, clerk, pkg, warnings, arrival.files)
    row = _package_row(uow, clerk, pkg, receiver, sha, len(data), warnings, outcome=identity.REGISTERED,
                       document_id=document.id, registered_key=identity.identity_key(pkg),
                       target_document_id=replaced[0].document_id if replaced else None)
    payloads.mark(row, attachments.attachments_of(uow, document.id))  # a new document: all came with it
    row.warnings = json.dumps(warnings, ensure_ascii=False)
    history.record(uow, document, clerk, "interchange", "receive", _history_data(pkg, warnings, row, arrival))
    outbox.emit(uow, row, StatusCode.ARRIVED, actor=clerk, document_id=document.id)
    outbox.emit(uow, row, StatusCode.ACCEPTED, actor=clerk, document_id=document.id,
                description=f"{StatusCode.ACCEPTED.label}: số đến {document.incoming_number}/{document.year}.")
    closed = [business.replace(uow, clerk, earlier_row, document, pkg) for earlier_row in replaced]
    return Received(row, document, "replaced" if replaced else identity.REGISTERED, warnings, closed)


def refuse_package(uow: UnitOfWork, clerk: User, data: bytes, reason: str | None) -> InterchangePackage:
    """Refuse a package (misaddressed, unreadable attachment…) and tell its sender why (status 02).

    Nothing of it is kept but its row (header, hash, reason): the sender still has it."""
    check_clerk(clerk)
    reason = " ".join((reason or "").split())
    errors = Errors()
    if not reason:
        errors.add("reason", "Cần nêu lý do từ chối để báo cho nơi gửi.")
    elif len(reason) > MAX_REASON:
        errors.add("reason", f"Không được dài quá {MAX_REASON} ký tự.")
    if not data:
        errors.add("file", NO_FILE)
    errors.raise_if_any()
    pkg, warnings, _ = read_package(data, header_only=True)
    receiver = _receiver(uow, pkg, warnings)
    sha = hashlib.sha256(data).hexdigest()
    _refuse_repeat(uow, sha, refused_too=True)
    earlier = uow.session.scalar(select(InterchangePackage).where(
        InterchangePackage.registered_key == identity.identity_key(pkg)))
    if earlier is not None and pkg.business_type in (BusinessDocType.NEW, BusinessDocType.REPLACE):
        raise DuplicateDocument(_already(uow, earlier), earlier.document_id)
    row = _package_row(uow, clerk, pkg, receiver, sha, len(data), warnings, outcome="refused", reason=reason)
    outbox.emit(uow, row, StatusCode.REFUSED, actor=clerk, description=reason)
    return row


def first_clerk(uow: UnitOfWork) -> User | None:
    """The clerk a command-line import is made by when none is named."""
    return uow.session.scalar(select(User).join(UserRole, UserRole.user_id == User.id).where(
        UserRole.role == Role.CLERK.value, User.active.is_(True)).order_by(User.id).limit(1))


# --- pieces ---------------------------------------------------------------------------------------


def check_clerk(user: User) -> None:
    if not user.has_role(Role.CLERK.value):
        raise Forbidden("Chỉ văn thư được tiếp nhận văn bản liên thông.")


def _require_file(data: bytes | None) -> None:
    if not data:
        raise ValidationFailed({"file": [NO_FILE]})


def _receiver(uow: UnitOfWork, pkg: EdxmlPackage, warnings: list[str]) -> tuple[str, str | None]:
    """Which ``To`` is us: DOCROUTE_ORGAN_ID when set (warning if the package is not for us), else the first."""
    ours = uow.settings.organ_id
    for organ in pkg.to_organs:
        if ours is None or organ.organ_id == ours:
            return organ.organ_id, organ.organ_name
    if ours:
        named = ", ".join(o.organ_id for o in pkg.to_organs) or "không có"
        warnings.append(f"Gói tin không gửi đến cơ quan này ({ours}); nơi nhận ghi: {named}.")
        return ours, None
    raise ValidationFailed({"file": ["Gói tin không ghi cơ quan nhận (To/OrganId); "
                                     "cấu hình DOCROUTE_ORGAN_ID để tiếp nhận."]})


def _refuse_repeat(uow: UnitOfWork, sha: str, *, refused_too: bool = False) -> None:
    """The very same package again: 409, naming the earlier document (or the earlier refusal)."""
    query = select(InterchangePackage).where(InterchangePackage.sha256 == sha)
    if not refused_too:
        query = query.where(InterchangePackage.outcome != "refused")
    earlier = uow.session.scalar(query.order_by(InterchangePackage.id).limit(1))
    if earlier is None:
        return
    if earlier.outcome == "refused":
        raise Conflict(f"Gói tin này đã bị từ chối ngày {_day(earlier)}.")
    doc_id = earlier.document_id or earlier.target_document_id
    raise DuplicateDocument(_already(uow, earlier), doc_id)


def _already(uow: UnitOfWork, row: InterchangePackage) -> str:
    document = uow.session.get(IncomingDocument, row.document_id or row.target_document_id)
    return (f"Văn bản này đã được tiếp nhận qua trục liên thông ngày {_day(row)}: "
            f"số đến {document.incoming_number}/{document.year}, số ký hiệu {document.number}.")


def _day(row: InterchangePackage) -> str:
    return f"{row.received_at:%d/%m/%Y}"


def _target(uow: UnitOfWork, pkg: EdxmlPackage) -> InterchangePackage:
    """The registered package a revoke / update acts on (its DocumentId, else its own header)."""
    refs = list(pkg.affected_document_ids()) or [identity.header_key(pkg)]
    for ref in refs:
        found = identity.registered_by_reference(uow, ref)
        if found is not None:
            return found
    verb = "thu hồi" if pkg.business_type is BusinessDocType.REVOKE else "cập nhật"
    raise ValidationFailed({"file": [f"Không tìm thấy văn bản cần {verb} ({', '.join(refs)}) "
                                     "trong số văn bản đã tiếp nhận qua trục liên thông."]})


def _replaced(uow: UnitOfWork, pkg: EdxmlPackage, warnings: list[str]) -> list[InterchangePackage]:
    found = []
    for ref in pkg.affected_document_ids():
        row = identity.registered_by_reference(uow, ref)
        if row is None:
            warnings.append(f"Văn bản bị thay thế {ref} chưa được tiếp nhận ở đây; văn bản mới vẫn được vào sổ.")
        elif row.id not in {r.id for r in found}:
            found.append(row)
    return found


def _register(uow: UnitOfWork, clerk: User, pkg: EdxmlPackage, warnings: list[str],
              files: list[StagedFile]) -> IncomingDocument:
    """The normal registration, with the header's fields and the package's files; its errors name
    the edXML element."""
    with errors_named_by_element():
        return register_document(uow, clerk, registration_data(pkg, uow.clock.today(), warnings), files)


def _package_row(uow: UnitOfWork, clerk: User, pkg: EdxmlPackage, receiver: tuple[str, str | None], sha: str,
                 size: int, warnings: list[str], *, outcome: str, **values) -> InterchangePackage:
    row = InterchangePackage(
        business_type=pkg.business_type.name.lower(), outcome=outcome,
        edxml_document_id=(pkg.document_id or None) and pkg.document_id[:255],
        identity_key=identity.identity_key(pkg), header_key=identity.header_key(pkg),
        sender_organ_id=pkg.from_organ.organ_id[:64], sender_name=_cut(pkg.from_organ.organ_name, 255),
        receiver_organ_id=receiver[0][:64], receiver_name=_cut(receiver[1], 255),
        code=_cut(pkg.number, 128), promulgation_date=pkg.promulgation_date,
        reason=values.pop("reason", None) or (pkg.business.reason if pkg.business else None),
        warnings=json.dumps(warnings, ensure_ascii=False), sha256=sha, size=size,
        received_at=uow.clock.now(), received_by_id=clerk.id, **values)
    uow.session.add(row)
    uow.session.flush()
    return row


def _history_data(pkg: EdxmlPackage, warnings: list[str], row: InterchangePackage, arrival: Arrival) -> dict:
    return {"business_type": pkg.business_type.name.lower(), "sender": pkg.from_organ.organ_id,
            "sender_name": pkg.from_organ.organ_name, "edxml_document_id": pkg.document_id,
            "code": pkg.number, "package_id": row.id, "files": [f.safe_name for f in arrival.files],
            "warnings": warnings}


def _cut(value: str | None, size: int) -> str | None:
    return value[:size] if value else value

