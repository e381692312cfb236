"""Recurring report duties (báo cáo định kỳ): when each period's report is due and when its task opens.

A duty is ``{"period": P, "day": D, "month": M}``:

- ``monthly``: due on day D of every month ("hằng tháng … trước ngày 20");
- ``quarterly``: due on day D of the last month of each quarter, i.e. of March, June, September and
  December ("hằng quý … trước ngày 15 của tháng cuối quý");
- ``half_yearly``: due on day D of June and of December ("6 tháng … trước ngày 15/6");
- ``yearly``: due on day D of month M every year ("hằng năm … trước ngày 01 tháng 11").

A day past the end of a short month means its last day (31 → 30/06, 29/02 → 28/02 in a common year).
The first report is due on the first due date on or after the day the leader sets the duty. The
report task of each period opens the day after the previous period's due date (at once for the
first period), so the department always has a whole period to prepare it; the next period is
planned when a report is submitted, so a late report holds back the next, which then opens at once.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

PERIODS = ("monthly", "quarterly", "half_yearly", "yearly")
MONTHS_APART = {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}


@dataclass(frozen=True)
class ReportDutyRule:
    period: str
    day: int
    month: int | None = None  # yearly only

    @classmethod
    def of(cls, data: dict) -> ReportDutyRule:
        return cls(data["period"], int(data["day"]), int(data["month"]) if data.get("month") else None)

    def as_dict(self) -> dict:
        return {"period": self.period, "day": self.day, "month": self.month}

    def due_months(self) -> tuple[int, ...]:
        """The months (1–12) in which a report falls due."""
        if self.period == "yearly":
            return (self.month,)
        step = MONTHS_APART[self.period]
        return tuple(range(step, 13, step))

    def due_in(self, year: int, month: int) -> dt.date:
        return dt.date(year, month, min(self.day, calendar.monthrange(year, month)[1]))

    def first_due_on_or_after(self, day: dt.date) -> dt.date:
        for year in (day.year, day.year + 1):
            for month in self.due_months():
                due = self.due_in(year, month)
                if due >= day:
                    return due
        raise AssertionError("a due date falls within any 12 months")

    def next_due(self, previous_due: dt.date) -> dt.date:
        return self.first_due_on_or_after(previous_due + dt.timedelta(days=1))


def plan_period(duty: dict, set_on: str, previous: dict | None) -> dict:
    """The next period of ``duty`` as workflow data: ``{"number", "opens", "due"}`` (ISO dates).

    ``previous`` is the period whose report was just submitted (None for the first one).
    """
    rule = ReportDutyRule.of(duty)
    if previous is None:
        today = dt.date.fromisoformat(set_on)
        return {"number": 1, "opens": set_on, "due": rule.first_due_on_or_after(today).isoformat()}
    last_due = dt.date.fromisoformat(previous["due"])
    return {"number": previous["number"] + 1, "opens": (last_due + dt.timedelta(days=1)).isoformat(),
            "due": rule.next_due(last_due).isoformat()}


def check_day(period: str, day: int, month: int | None) -> str | None:
    """Why (day, month) is no due date for ``period``; None when it is one."""
    if period == "yearly" and month is not None and day > calendar.monthrange(2024, month)[1]:
        return f"Tháng {month} không có ngày {day}."
    return None
