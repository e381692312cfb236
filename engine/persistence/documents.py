"""Incoming documents, their numbering, their departments and who may read them."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime
from .organisation import Department, User


class IncomingDocument(Base):
    """One registered incoming document (văn bản đến) and its register entry."""

    __tablename__ = "incoming_document"
    __table_args__ = (
        UniqueConstraint("year", "register", "incoming_number", name="uq_incoming_number"),
        UniqueConstraint("dedup_key", name="uq_incoming_dedup"),
        Index("ix_incoming_document_created", "created_at", "id"),
        Index("ix_incoming_document_received", "register", "received_date", "incoming_number"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    register: Mapped[str] = mapped_column(String(16), default="general")
    year: Mapped[int]
    incoming_number: Mapped[int]
    received_date: Mapped[dt.date] = mapped_column(Date)
    issuer: Mapped[str] = mapped_column(String(255))
    number: Mapped[str] = mapped_column(String(64))
    issued_date: Mapped[dt.date] = mapped_column(Date)
    doc_type: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(Text)
    issuer_parent: Mapped[str | None] = mapped_column(String(255))  # cơ quan chủ quản
    signer: Mapped[str | None] = mapped_column(String(255))  # full name
    signer_title: Mapped[str | None] = mapped_column(String(255))  # position: Giám đốc, Phó Giám đốc…
    signing_authority: Mapped[str | None] = mapped_column(String(255))  # "KT. Giám đốc", "TM. Ủy ban nhân dân"
    recipients: Mapped[list | None] = mapped_column(JSON)  # Kính gửi: one name per entry
    page_count: Mapped[int | None]
    language: Mapped[str] = mapped_column(String(32), default="vi")
    notes: Mapped[str | None] = mapped_column(Text)
    urgency: Mapped[str] = mapped_column(String(16), default="normal")
    confidentiality: Mapped[str] = mapped_column(String(16), default="normal")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    reply_number: Mapped[str | None] = mapped_column(String(64))  # số, ký hiệu of the reply, set on approval
    status: Mapped[str] = mapped_column(String(16), index=True)
    dedup_key: Mapped[str] = mapped_column(String(400))
    registered_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())

    registered_by: Mapped[User] = relationship(lazy="joined")
    departments: Mapped[list[DocumentDepartment]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="DocumentDepartment.id"
    )


class IncomingCounter(Base):
    """The last incoming number given in a register and year (numbering restarts each 1 January)."""

    __tablename__ = "incoming_counter"
    year: Mapped[int] = mapped_column(primary_key=True)
    register: Mapped[str] = mapped_column(String(16), primary_key=True)
    last_number: Mapped[int] = mapped_column(default=0)


class DocumentDepartment(Base):
    """A department named in the leader's current direction: lead, co-handling or for information."""

    __tablename__ = "document_department"
    __table_args__ = (
        UniqueConstraint("document_id", "department_id"),
        Index("ix_document_department_dept", "department_id", "document_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("incoming_document.id", ondelete="CASCADE"))
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"))
    role: Mapped[str] = mapped_column(String(8))
    department: Mapped[Department] = relationship(lazy="joined")


class DocumentAccess(Base):
    """A user the document was delegated to; they keep read access (also when confidential)."""

    __tablename__ = "document_access"
    __table_args__ = (
        UniqueConstraint("document_id", "user_id"),
        Index("ix_document_access_user", "user_id", "document_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("incoming_document.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
