"""Working days: Monday to Friday, less Vietnam's public holidays.

The fixed solar holidays are built in (Labour Code 2019, art. 112: 1/1, 30/4, 1/5, 2/9). The lunar
ones (Tết Nguyên đán, Giỗ Tổ Hùng Vương), the day added to 2/9 and the compensatory days move
every year, so they are configuration: ``holidays_vn.json`` beside this file ships the dates the
Government has announced, and an agency adds its own with ``DOCROUTE_HOLIDAYS_FILE``.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

FIXED_HOLIDAYS = ((1, 1), (4, 30), (5, 1), (9, 2))
SHIPPED = Path(__file__).resolve().parent / "holidays_vn.json"


@dataclass(frozen=True)
class WorkingCalendar:
    extra_holidays: frozenset[dt.date] = field(default_factory=frozenset)

    def is_holiday(self, day: dt.date) -> bool:
        return (day.month, day.day) in FIXED_HOLIDAYS or day in self.extra_holidays

    def is_working_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and not self.is_holiday(day)

    def add_working_days(self, day: dt.date, count: int) -> dt.date:
        """The working day ``count`` working days after (or, if negative, before) ``day``."""
        step = 1 if count >= 0 else -1
        remaining = abs(count)
        while remaining:
            day += dt.timedelta(days=step)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative when end < start)."""
        if end < start:
            return -self.working_days_between(end, start)
        return sum(1 for n in range(1, (end - start).days + 1)
                   if self.is_working_day(start + dt.timedelta(days=n)))

    def reminder_date(self, due: dt.date, lead_days: int) -> dt.date:
        """When to remind: ``lead_days`` working days before the due date."""
        return self.add_working_days(due, -lead_days)


def load_calendar(path: str | os.PathLike | None = None) -> WorkingCalendar:
    """The shipped holiday list plus the agency's file (``DOCROUTE_HOLIDAYS_FILE``), if any."""
    days: set[dt.date] = set()
    for source in (SHIPPED, path or os.environ.get("DOCROUTE_HOLIDAYS_FILE")):
        if source and Path(source).exists():
            entries = json.loads(Path(source).read_text(encoding="utf-8"))
            days.update(dt.date.fromisoformat(e["date"] if isinstance(e, dict) else e) for e in entries)
    return WorkingCalendar(frozenset(days))
