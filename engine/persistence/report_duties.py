"""Recurring report duties (báo cáo định kỳ) set by a leader's direction, one row each.

The duty itself runs as a ``recurring_report`` workflow instance; this row is what pages and the
API read without deserializing it: the rule, the period under way, how many reports came in.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime
from .organisation import Department, User


class ReportDuty(Base):
    """``period`` (monthly, quarterly, half_yearly, yearly) due on ``day`` (and ``month``, yearly).

    ``period_number``, ``opens_on`` and ``due_on`` describe the period under way (the report task
    open, or waiting for ``opens_on``); ``status`` is ``active`` until a leader ends the duty.
    """

    __tablename__ = "report_duty"
    __table_args__ = (
        Index("ix_report_duty_document", "document_id", "status"),
        Index("ix_report_duty_instance", "instance_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("incoming_document.id", ondelete="CASCADE"))
    instance_id: Mapped[int | None] = mapped_column(ForeignKey("workflow_instance.id", ondelete="CASCADE"))
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"))
    period: Mapped[str] = mapped_column(String(16))
    day: Mapped[int]
    month: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(16), default="active")
    set_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    set_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    period_number: Mapped[int] = mapped_column(default=0)
    opens_on: Mapped[dt.date | None] = mapped_column(Date)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    reports_submitted: Mapped[int] = mapped_column(default=0)
    last_report_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    end_reason: Mapped[str | None] = mapped_column(Text)

    department: Mapped[Department] = relationship(lazy="joined")
    set_by: Mapped[User | None] = relationship(lazy="joined", foreign_keys=[set_by_id])
    ended_by: Mapped[User | None] = relationship(lazy="joined", foreign_keys=[ended_by_id])
