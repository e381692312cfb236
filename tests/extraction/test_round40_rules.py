"""General rules added in the session of 2026-12-06 (night), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
from engine.extraction import extract_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_a_titles_word_the_letter_types_again_as_printed_is_not_respelt_by_the_word_model():
    """'QUY ĐỊNH VỀ NGHI LỄ …' is no misread of the likelier 'nghỉ lễ' when the body types 'quy định về Nghi lễ'
    again; without the body's words the model's reading stands."""
    head = ("BỘ CÔNG AN\n" + _MOTTO + "Số: 12/2016/TT-BCA\nHà Nội, ngày 02 tháng 3 năm 2016\n\nTHÔNG TƯ\n"
            "QUY ĐỊNH VỀ NGHI LỄ TRONG CÔNG AN NHÂN DÂN\n\n")
    body = "Bộ trưởng Bộ Công an ban hành Thông tư quy định về Nghi lễ trong Công an nhân dân.\n"
    assert extract_text(head + body)["subject"] == "Quy định về Nghi lễ trong Công an nhân dân"
    assert extract_text(head + "Điều 1. Phạm vi điều chỉnh.\n")["subject"].startswith("Quy định về nghỉ lễ")
