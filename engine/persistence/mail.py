"""The mail outbox: one delivery row per notification that is to be e-mailed.

The row is written in the transaction that creates the notification, so a notification is never
saved without its delivery or the other way round. ``deliver_pending_mail`` (engine/services/mail.py)
moves it: ``pending`` → ``sending`` (claimed, ``claim`` token, lease until ``lease_until``) →
``sent``; or back to ``pending`` with a later ``next_attempt_at`` after a failure that is known to
have delivered nothing; ``failed`` after a permanent refusal or too many attempts; ``uncertain``
when a sender stopped after handing the message over (DATA) without learning the answer: such a
message is never sent again; ``skipped`` for a user who turned e-mail off or has no address.
"""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime


class DeliveryState(str, enum.Enum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNCERTAIN = "uncertain"
    SKIPPED = "skipped"


class MailDelivery(Base):
    __tablename__ = "mail_delivery"
    __table_args__ = (Index("ix_mail_delivery_due", "state", "next_attempt_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    notification_id: Mapped[int] = mapped_column(
        ForeignKey("notification.id", ondelete="CASCADE"), unique=True)
    state: Mapped[str] = mapped_column(String(16), default=DeliveryState.PENDING.value)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    claim: Mapped[str | None] = mapped_column(String(32))        # token of the sender holding it
    lease_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    data_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())   # handed over (DATA) at
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    recipient: Mapped[str | None] = mapped_column(String(255))
    last_error: Mapped[str | None] = mapped_column(Text)
