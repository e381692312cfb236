"""Status packages back to the sender (01 arrived … 06 finished, 02 refused), written to the outbox.

Each is one ``interchange_status`` row and its edXML file under ``<data dir>/interchange/outbox``.
The row is inserted first with ON CONFLICT DO NOTHING on (package, status) and (document, status):
only the transaction whose insert went in writes the file, so a status is emitted once however
many completions race for it. The file is removed again if the transaction does not commit.
"""
from __future__ import annotations

import hashlib
import secrets
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from ...domain import OVERSEEING_ROLES, Role
from ...errors import Forbidden, NotFound
from ...interchange import Organ, ResponseFor, StaffInfo, StatusCode, build_status_package
from ...persistence.models import IncomingDocument, InterchangePackage, InterchangeStatus, Organization, User
from ...persistence.uow import UnitOfWork
from .identity import registering_package
from .storage import write_undone_on_rollback

OUTBOX_DIR = Path("interchange") / "outbox"
READERS = OVERSEEING_ROLES | {Role.ADMIN.value}

FILED_DESCRIPTION = "Hoàn thành: lãnh đạo cho lưu hồ sơ, không phải xử lý."


def emit(uow: UnitOfWork, package: InterchangePackage, code: StatusCode, *, actor: User | None,
         description: str | None = None, document_id: int | None = None) -> InterchangeStatus | None:
    """Write status ``code`` about ``package`` unless it was written before; the new row, or None."""
    now = uow.clock.now()
    xml = build_status_package(
        from_organ=_our_organ(uow, package), to_organ=Organ(package.sender_organ_id, package.sender_name),
        response_for=ResponseFor(package.sender_organ_id, package.code, package.promulgation_date,
                                 package.edxml_document_id),
        status_code=code, timestamp=now, description=description, staff=_staff(actor))
    relative = OUTBOX_DIR / now.strftime("%Y") / f"{package.id:08d}-{code.value}-{secrets.token_hex(4)}.edxml"
    values = dict(package_id=package.id, document_id=document_id, status_code=code.value,
                  description=description or code.label, to_organ_id=package.sender_organ_id,
                  path=relative.as_posix(), sha256=hashlib.sha256(xml).hexdigest(), size=len(xml),
                  created_at=now, actor_id=actor.id if actor else None)
    dialect = uow.session.get_bind().dialect.name
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(InterchangeStatus)
    inserted = uow.session.execute(
        insert.values(**values).on_conflict_do_nothing().returning(InterchangeStatus.id)).scalar()
    if inserted is None:
        return None
    # The name is this transaction's own (a random part): undoing it never touches another's file.
    write_undone_on_rollback(uow, uow.settings.data_dir / relative, xml)
    return uow.session.get(InterchangeStatus, inserted)


def routing_reached(uow: UnitOfWork, document: IncomingDocument, code: StatusCode, *, actor: User | None,
                    description: str | None = None) -> None:
    """The routing reached a point the sender is told about (04, 05, 06); nothing for other documents."""
    package = registering_package(uow, document.id)
    if package is not None:
        emit(uow, package, code, actor=actor, description=description, document_id=document.id)


def may_read(user: User) -> bool:
    """The outbox is the registry's: clerks, leaders, auditors and admins read it."""
    return bool(user.roles & READERS)


def list_statuses(uow: UnitOfWork, user: User | None = None, *, document_id: int | None = None,
                  package_id: int | None = None, limit: int = 100, offset: int = 0) -> list[InterchangeStatus]:
    """The outbox, newest first (``user`` None: the engine itself, for workers and tests)."""
    if user is not None and not may_read(user):
        raise Forbidden("Chỉ văn thư, lãnh đạo, kiểm tra được xem hộp thư đi liên thông.")
    query = select(InterchangeStatus)
    if document_id is not None:
        query = query.where(InterchangeStatus.document_id == document_id)
    if package_id is not None:
        query = query.where(InterchangeStatus.package_id == package_id)
    query = query.order_by(InterchangeStatus.created_at.desc(), InterchangeStatus.id.desc())
    return list(uow.session.scalars(query.limit(limit).offset(offset)))


def get_status(uow: UnitOfWork, user: User, status_id: int) -> InterchangeStatus:
    status = uow.session.get(InterchangeStatus, status_id)
    if status is None:
        raise NotFound("Không có gói tin trạng thái này.")
    if not may_read(user):
        raise Forbidden("Chỉ văn thư, lãnh đạo, kiểm tra được xem hộp thư đi liên thông.")
    return status


def received_packages(uow: UnitOfWork, user: User, *, limit: int = 50, offset: int = 0) -> list[InterchangePackage]:
    """Packages received (registered, acted on or refused), newest first."""
    if not may_read(user):
        raise Forbidden("Chỉ văn thư, lãnh đạo, kiểm tra được xem văn bản liên thông.")
    return list(uow.session.scalars(select(InterchangePackage).order_by(
        InterchangePackage.received_at.desc(), InterchangePackage.id.desc()).limit(limit).offset(offset)))


def status_file(uow: UnitOfWork, status: InterchangeStatus) -> Path:
    return uow.settings.data_dir / status.path


def _our_organ(uow: UnitOfWork, package: InterchangePackage) -> Organ:
    name = package.receiver_name or uow.session.scalar(select(Organization.name).limit(1))
    return Organ(package.receiver_organ_id or uow.settings.organ_id or "", name)


def _staff(actor: User | None) -> StaffInfo | None:
    if actor is None:
        return None
    return StaffInfo(department=actor.department.name if actor.department else None, staff=actor.full_name,
                     email=actor.email)


