"""The append-only history of every change, and the notifications sent to users."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime
from .organisation import Department, User


class HistoryEvent(Base):
    """One change to a document: who, when, which step, what action, with what data."""

    __tablename__ = "history_event"
    __table_args__ = (Index("ix_history_event_doc", "document_id", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("incoming_document.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    # Set when the actor acted as someone's stand-in (ủy quyền): the person whose task it was.
    on_behalf_of_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    step: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(32))
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    data: Mapped[str] = mapped_column(Text, default="{}")

    actor: Mapped[User | None] = relationship(lazy="joined", foreign_keys=[actor_id])
    on_behalf_of: Mapped[User | None] = relationship(lazy="joined", foreign_keys=[on_behalf_of_id])
    department: Mapped[Department | None] = relationship(lazy="joined")


@event.listens_for(HistoryEvent, "before_update")
@event.listens_for(HistoryEvent, "before_delete")
def _history_is_append_only(mapper, connection, target):  # noqa: ARG001
    raise RuntimeError("history events are append-only")


class Notification(Base):
    """Something a user is told. ``reason`` is unique: the same reason never notifies twice."""

    __tablename__ = "notification"
    __table_args__ = (Index("ix_notification_user", "user_id", "read", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    kind: Mapped[str] = mapped_column(String(16))
    document_id: Mapped[int] = mapped_column(ForeignKey("incoming_document.id"))
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    read: Mapped[bool] = mapped_column(default=False)
    reason: Mapped[str] = mapped_column(String(200), unique=True)
