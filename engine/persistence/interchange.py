"""The national interchange (edXML): packages received, and the status packages sent back.

A received package registers a document (new, replace), acts on one registered earlier
(revoke, update), or is refused by the clerk. Each status package we answer with is one
outbox row plus its edXML file under the data folder; a (package, status) or (document,
status) pair is unique, so a status is written exactly once however many workers run.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime
from .organisation import User


class InterchangePackage(Base):
    """One edXML document package the agency received, and what was done with it."""

    __tablename__ = "interchange_package"
    __table_args__ = (
        # Only a package that registered a document holds its identity here: the same document
        # cannot be registered twice, but a refused one may come again.
        UniqueConstraint("registered_key", name="uq_interchange_package_registered_key"),
        Index("ix_interchange_package_doc", "document_id", "outcome"),
        Index("ix_interchange_package_edxml_id", "edxml_document_id"),
        Index("ix_interchange_package_identity", "identity_key"),
        Index("ix_interchange_package_header", "header_key"),
        Index("ix_interchange_package_received", "received_at", "id"),
        Index("ix_interchange_package_sha256", "sha256"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    business_type: Mapped[str] = mapped_column(String(8))  # new, revoke, update, replace
    outcome: Mapped[str] = mapped_column(String(16))  # registered, revoked, updated, refused
    edxml_document_id: Mapped[str | None] = mapped_column(String(255))
    identity_key: Mapped[str] = mapped_column(String(400))  # how the axis names the document
    header_key: Mapped[str] = mapped_column(String(400))  # sender + date + code from the header
    registered_key: Mapped[str | None] = mapped_column(String(400))
    sender_organ_id: Mapped[str] = mapped_column(String(64))
    sender_name: Mapped[str | None] = mapped_column(String(255))
    receiver_organ_id: Mapped[str | None] = mapped_column(String(64))  # us, as the package named us
    receiver_name: Mapped[str | None] = mapped_column(String(255))
    code: Mapped[str | None] = mapped_column(String(128))
    promulgation_date: Mapped[dt.date | None] = mapped_column(Date)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("incoming_document.id"))
    target_document_id: Mapped[int | None] = mapped_column(ForeignKey("incoming_document.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    warnings: Mapped[str] = mapped_column(Text, default="[]")
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    received_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))

    received_by: Mapped[User] = relationship(lazy="joined")


class InterchangeStatus(Base):
    """A status package (gói tin trạng thái) written to the outbox, to go back to the sender."""

    __tablename__ = "interchange_status"
    __table_args__ = (
        UniqueConstraint("package_id", "status_code", name="uq_interchange_status_package"),
        UniqueConstraint("document_id", "status_code", name="uq_interchange_status_document"),
        Index("ix_interchange_status_created", "created_at", "id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("interchange_package.id"))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("incoming_document.id"))
    status_code: Mapped[str] = mapped_column(String(2))
    description: Mapped[str] = mapped_column(Text)
    to_organ_id: Mapped[str] = mapped_column(String(64))
    path: Mapped[str] = mapped_column(String(255))  # relative to the data folder
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))

    package: Mapped[InterchangePackage] = relationship(lazy="joined")
