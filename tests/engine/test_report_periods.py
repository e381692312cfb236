"""When a recurring report falls due and when its period opens (engine/report_periods.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from engine.report_periods import ReportDutyRule, check_day, plan_period


def periods(duty: dict, set_on: str, count: int) -> list[tuple[str, str]]:
    """(opens, due) of the first ``count`` periods."""
    out, previous = [], None
    for _ in range(count):
        previous = plan_period(duty, set_on, previous)
        out.append((previous["opens"], previous["due"]))
    return out


def test_monthly_due_on_the_day_each_month_and_opens_the_day_after_the_last_due():
    assert periods({"period": "monthly", "day": 20}, "2025-03-10", 3) == [
        ("2025-03-10", "2025-03-20"), ("2025-03-21", "2025-04-20"), ("2025-04-21", "2025-05-20")]


def test_the_first_due_date_is_on_or_after_the_day_the_duty_is_set():
    assert periods({"period": "monthly", "day": 20}, "2025-03-20", 1) == [("2025-03-20", "2025-03-20")]
    assert periods({"period": "monthly", "day": 20}, "2025-03-21", 1) == [("2025-03-21", "2025-04-20")]
    assert periods({"period": "monthly", "day": 5}, "2025-12-06", 1) == [("2025-12-06", "2026-01-05")]


def test_quarterly_is_due_in_the_last_month_of_each_quarter():
    assert [due for _, due in periods({"period": "quarterly", "day": 15}, "2025-03-10", 5)] == [
        "2025-03-15", "2025-06-15", "2025-09-15", "2025-12-15", "2026-03-15"]
    assert periods({"period": "quarterly", "day": 15}, "2025-03-16", 1) == [("2025-03-16", "2025-06-15")]


def test_half_yearly_is_due_in_june_and_december():
    assert [due for _, due in periods({"period": "half_yearly", "day": 15}, "2025-07-01", 3)] == [
        "2025-12-15", "2026-06-15", "2026-12-15"]


def test_yearly_is_due_on_the_day_and_month_every_year():
    assert periods({"period": "yearly", "day": 1, "month": 11}, "2025-03-10", 3) == [
        ("2025-03-10", "2025-11-01"), ("2025-11-02", "2026-11-01"), ("2026-11-02", "2027-11-01")]
    assert periods({"period": "yearly", "day": 1, "month": 11}, "2025-11-02", 1) == [("2025-11-02", "2026-11-01")]


def test_a_day_past_the_end_of_a_short_month_is_its_last_day():
    assert [due for _, due in periods({"period": "monthly", "day": 31}, "2025-01-31", 4)] == [
        "2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30"]
    assert [due for _, due in periods({"period": "quarterly", "day": 31}, "2025-04-01", 2)] == [
        "2025-06-30", "2025-09-30"]
    assert [due for _, due in periods({"period": "yearly", "day": 29, "month": 2}, "2027-03-01", 2)] == [
        "2028-02-29", "2029-02-28"]


@pytest.mark.parametrize("period,day,month,ok", [
    ("yearly", 31, 4, False), ("yearly", 30, 4, True), ("yearly", 29, 2, True), ("yearly", 30, 2, False),
    ("monthly", 31, None, True), ("quarterly", 31, None, True)])
def test_a_yearly_due_date_must_exist(period, day, month, ok):
    assert (check_day(period, day, month) is None) is ok


def test_every_period_gives_increasing_due_dates_over_years():
    for period in ("monthly", "quarterly", "half_yearly"):
        rule = ReportDutyRule(period, 31)
        due = rule.first_due_on_or_after(dt.date(2024, 1, 1))
        for _ in range(30):
            following = rule.next_due(due)
            assert following > due and (following - due).days <= 31 * (12 // len(rule.due_months())) + 3
            due = following
