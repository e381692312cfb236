"""Recurring report duties read off letters (extract key ``recurring_report``), on real wordings:
sentences as plans, decisions and official letters of provinces and ministries write them."""
from __future__ import annotations

import pytest

from engine.extraction.recurring import read
from tests.extraction.test_patterns import letter

CASES = [
    # Kế hoạch of a province (seed letters): the wording of the issue.
    ("Các sở, ban, ngành tăng cường kiểm tra, đôn đốc việc triển khai thực hiện Kế hoạch này, định kỳ hàng "
     "năm báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện thông qua Sở Khoa học và Công nghệ trước ngày 01 "
     "tháng 11 để tổng hợp báo cáo Ủy ban nhân dân tỉnh theo quy định.", ("yearly", 1, 11)),
    # A date before 'hàng năm', with no 'trước': 'định kỳ 30 tháng 11 hàng năm báo cáo'.
    ("Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ban, ngành tỉnh theo dõi, đôn đốc việc triển "
     "khai thực hiện Kế hoạch, định kỳ 30 tháng 11 hàng năm báo cáo và kiến nghị Ủy ban nhân dân tỉnh các "
     "biện pháp cần thiết.", ("yearly", 30, 11)),
    ("Các đơn vị báo cáo định kỳ hằng quý về Sở Y tế (qua Phòng Nghiệp vụ Y) trước ngày 15 của tháng "
     "cuối quý để tổng hợp, báo cáo Bộ Y tế.", ("quarterly", 15, None)),
    ("Định kỳ hàng quý (trước ngày 20 tháng cuối quý), các cơ quan, đơn vị báo cáo kết quả thực hiện về "
     "Sở Nội vụ để tổng hợp.", ("quarterly", 20, None)),
    ("Định kỳ hằng tháng, các phòng chuyên môn báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 20 để "
     "tổng hợp, báo cáo Giám đốc Sở.", ("monthly", 20, None)),
    ("Báo cáo định kỳ hằng tháng về tình hình dịch bệnh gửi Trung tâm Kiểm soát bệnh tật chậm nhất vào "
     "ngày 25 hằng tháng.", ("monthly", 25, None)),
    ("Thời gian gửi báo cáo: báo cáo 6 tháng gửi trước ngày 15/6; báo cáo năm gửi trước ngày 15/12 "
     "hằng năm.", ("half_yearly", 15, None)),
    ("Chế độ báo cáo: định kỳ 6 tháng một lần (trước ngày 20 tháng 6 và ngày 20 tháng 12), Ủy ban nhân dân "
     "các huyện báo cáo kết quả về Sở Lao động - Thương binh và Xã hội.", ("half_yearly", 20, None)),
    # A period and no date: the form gets the period, the leader adds the day.
    ("Sở Tài chính theo dõi, định kỳ hằng quý báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.",
     ("quarterly", None, None)),
]

NOT_RECURRING = [
    # A plan that is yearly, and a report with no period (Quảng Trị's decision).
    "Bổ sung nhiệm vụ vào kế hoạch hàng năm của cơ quan, đơn vị để thực hiện; thường xuyên kiểm tra, đôn đốc "
    "và định kỳ báo cáo UBND tỉnh kết quả thực hiện (qua Sở Khoa học và Công nghệ).",
    # One report, one deadline.
    "Đề nghị các đơn vị báo cáo kết quả thực hiện về Sở Y tế trước ngày 30/11/2024.",
    # One report of one half-year.
    "Các đơn vị gửi Báo cáo 6 tháng đầu năm 2024 về Sở Nội vụ trước ngày 15/6/2024.",
    "Kinh phí thực hiện bố trí trong dự toán ngân sách hằng năm của các đơn vị theo phân cấp hiện hành.",
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_recurring_duties_in_real_wordings(sentence, expected):
    got = read(sentence)
    assert (got["period"], got["day"], got["month"]) == expected
    assert got["text"] and "báo cáo" in got["text"].lower()


@pytest.mark.parametrize("sentence", NOT_RECURRING)
def test_plans_one_off_reports_and_budgets_are_no_duty(sentence):
    assert read(sentence) is None


def test_the_letter_reader_gives_the_first_duty_of_the_body_under_recurring_report():
    got = letter("Đề nghị các đơn vị báo cáo nhanh trước ngày 10/10/2024. " + CASES[0][0])
    assert {k: got["recurring_report"][k] for k in ("period", "day", "month")} == {
        "period": "yearly", "day": 1, "month": 11}
    assert [d["date"] for d in got["deadlines"]] == ["2024-10-10"]   # the routine is not a deadline
    assert letter("Đề nghị các đơn vị báo cáo trước ngày 10/10/2024.")["recurring_report"] is None


def test_a_covering_letter_gives_the_duty_of_the_plan_it_forwards():
    """Seed 000: the Sở Y tế's letter asks to 'định kỳ báo cáo' under Kế hoạch 55/KH-UBND, which it
    forwards; the plan sets the yearly report before 1 November."""
    from pathlib import Path

    from engine.extraction import extract_file

    path = Path(__file__).resolve().parents[1] / "fixtures" / "letters" / "seed_000_2de9dee675d01e4f.txt"
    got = extract_file(path)["recurring_report"]
    assert (got["period"], got["day"], got["month"]) == ("yearly", 1, 11)
    assert "trước ngày 01 tháng 11" in got["text"]
