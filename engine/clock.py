"""The engine's notion of now. Passed in, so tests and benchmarks control time."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

AGENCY_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


class Clock:
    """Wall clock in the agency's time zone (Vietnam has one, UTC+7)."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.timezone.utc)

    def today(self) -> dt.date:
        return self.now().astimezone(AGENCY_TZ).date()


class FixedClock(Clock):
    """A clock that stays where it is put; for tests, the demo and benchmarks."""

    def __init__(self, at: dt.datetime):
        self.at = at

    def now(self) -> dt.datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at = self.at + dt.timedelta(**delta)
