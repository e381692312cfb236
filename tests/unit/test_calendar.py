"""Working days skip weekends, the fixed holidays and the configured lunar ones."""
import datetime as dt
import json

from engine.calendar import WorkingCalendar, load_calendar

D = dt.date


def test_weekends_and_fixed_holidays_are_not_working_days():
    cal = WorkingCalendar()
    assert cal.is_working_day(D(2025, 3, 10))          # a Monday
    assert not cal.is_working_day(D(2025, 3, 15))      # Saturday
    assert not cal.is_working_day(D(2025, 4, 30))      # Giải phóng miền Nam, a Wednesday
    assert not cal.is_working_day(D(2025, 5, 1))
    assert not cal.is_working_day(D(2025, 9, 2))


def test_add_and_subtract_working_days_cross_weekends_and_holidays():
    cal = WorkingCalendar()
    assert cal.add_working_days(D(2025, 3, 14), 1) == D(2025, 3, 17)     # Fri + 1 → Mon
    assert cal.add_working_days(D(2025, 4, 29), 1) == D(2025, 5, 2)      # over 30/4 and 1/5
    assert cal.reminder_date(D(2025, 3, 17), 2) == D(2025, 3, 13)        # Mon − 2 → Thu
    assert cal.working_days_between(D(2025, 3, 14), D(2025, 3, 17)) == 1
    assert cal.working_days_between(D(2025, 3, 17), D(2025, 3, 14)) == -1


def test_shipped_tet_dates_and_agency_file_are_holidays(tmp_path):
    agency = tmp_path / "holidays.json"
    agency.write_text(json.dumps(["2025-03-12", {"date": "2025-03-13", "name": "Ngày thành lập"}]))
    cal = load_calendar(agency)
    assert not cal.is_working_day(D(2025, 1, 29))      # Mùng 1 Tết Ất Tỵ, shipped
    assert not cal.is_working_day(D(2025, 3, 12))
    assert not cal.is_working_day(D(2025, 3, 13))
    assert cal.add_working_days(D(2025, 3, 11), 1) == D(2025, 3, 14)
