"""General rules added in the session of 2026-12-05 (night), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
import pytest

from engine.extraction import extract_text

_HEAD = ("ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 1234/UBND-KT\nV/v báo cáo tình hình\n"
         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Giang, ngày 02 tháng 12 năm 2025\n")
_SIGNATURE = "\nNơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"


@pytest.mark.parametrize("body", ["Đề nghị Sở Tài chính báo cáo chậm nhất ngày 15/12/2025.",
                                  "Báo cáo gửi về UBND tỉnh trước 17h00 ngày 15/12/2025."])
def test_a_deadlines_words_start_at_its_sentence_not_at_the_addressee_line(body):
    # the addressee line ends with a full stop and a line break: it is not the deadline's sentence
    letter = extract_text(f"{_HEAD}Kính gửi: Sở Tài chính.\n{body}{_SIGNATURE}")
    assert letter["deadlines"] == [{"date": "2025-12-15", "text": body.rstrip(".")}]


def test_the_sentence_naming_who_leads_is_the_direction_wherever_it_stands():
    # 'Giao Văn phòng … theo dõi, đôn đốc' hands out a task; the one who 'chủ trì' leads
    body = ("Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện. "
            "Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ nghiên cứu, tham mưu.")
    assert extract_text(f"{_HEAD}Kính gửi: Sở Tài chính.\n{body}{_SIGNATURE}")["directive"] == {
        "lead": "Sở Tài chính", "co": ["Sở Nội vụ"]}


def test_a_group_given_the_task_keeps_its_listed_kinds():
    body = "Giao UBND các huyện, thị xã, thành phố tổ chức thực hiện."
    directive = extract_text(f"{_HEAD}Kính gửi: Sở Tài chính.\n{body}{_SIGNATURE}")["directive"]
    assert directive["lead"] == "UBND các huyện, thị xã, thành phố"
