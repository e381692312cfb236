"""Requests for more time (gia hạn) on a task, and the decision on each."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime
from .organisation import User
from .workflow import Task


class ExtensionRequest(Base):
    """A holder asks to move a deadline: ``personal`` (the head's, on propose/review) or
    ``direction`` (the leader's, for the department). The head or the leader decides.

    The process lives in department_handling.bpmn; this row is its read model (who asked what, the
    decision), indexed for the lists. ``state``: pending, granted, refused, or cancelled (the task
    closed, or the letter was recalled, before anyone decided)."""

    __tablename__ = "extension_request"
    __table_args__ = (
        Index("ix_extension_request_task", "task_id", "state"),
        Index("ix_extension_request_pending", "state", "department_id"),
        Index("ix_extension_request_decision_task", "decision_task_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("incoming_document.id", ondelete="CASCADE"))
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    scope: Mapped[str] = mapped_column(String(16))
    decider_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))  # None: any head of the department
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    requested_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    current_due: Mapped[dt.date | None] = mapped_column(Date)
    requested_due: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    granted_due: Mapped[dt.date | None] = mapped_column(Date)
    comment: Mapped[str | None] = mapped_column(Text)
    # The decider's task "Quyết định gia hạn" (department_handling.bpmn) that decides this request.
    decision_task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id"))

    task: Mapped[Task] = relationship(lazy="joined", foreign_keys=[task_id])
    requested_by: Mapped[User] = relationship(lazy="joined", foreign_keys=[requested_by_id])
    decided_by: Mapped[User | None] = relationship(lazy="joined", foreign_keys=[decided_by_id])
