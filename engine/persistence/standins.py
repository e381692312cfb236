"""Stand-in periods (ủy quyền): while one runs, a leader's or head's tasks go to their stand-in too."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime
from .organisation import User


class StandIn(Base):
    """``user`` is away from ``starts_on`` to ``ends_on`` (both inclusive); ``stand_in`` acts for them.

    Rows are never deleted: ending a period early sets ``cancelled_at``, so who stood in for whom
    stays on record. Periods of the same user never overlap (checked with the user's row locked).
    """

    __tablename__ = "stand_in"
    __table_args__ = (
        Index("ix_stand_in_stand_in_dates", "stand_in_id", "starts_on", "ends_on"),
        Index("ix_stand_in_user_dates", "user_id", "starts_on", "ends_on"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    stand_in_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())

    user: Mapped[User] = relationship(lazy="joined", foreign_keys=[user_id])
    stand_in: Mapped[User] = relationship(lazy="joined", foreign_keys=[stand_in_id])
