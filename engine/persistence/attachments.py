"""Files attached to a document: at registration, later, or with a step (a proposal)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from .base import Base, UTCDateTime
from .organisation import User


class Attachment(Base):
    """One file of a document. The bytes live in the file store under ``sha256``; ``text`` is what
    could be read off it (for search), kept out of workflow data."""

    __tablename__ = "attachment"
    __table_args__ = (
        Index("ix_attachment_document", "document_id", "id"),
        Index("ix_attachment_sha256", "sha256"),
        Index("ix_attachment_package", "package_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("incoming_document.id", ondelete="CASCADE"))
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id"))
    step: Mapped[str] = mapped_column(String(32))  # register, attach, propose, interchange…
    # The edXML package it came in (the package itself, or a file decoded from it), if any.
    package_id: Mapped[int | None] = mapped_column(ForeignKey("interchange_package.id"))
    original_name: Mapped[str] = mapped_column(String(255))
    safe_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(128))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    uploaded_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    uploaded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    text: Mapped[str | None] = deferred(mapped_column(Text))

    uploaded_by: Mapped[User] = relationship(lazy="joined")

    @property
    def is_pdf(self) -> bool:
        return self.media_type == "application/pdf"
