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


def test_a_number_in_the_form_before_2005_is_read_with_its_issuers_code_before_the_slash():
    """'Số: 1523 TC/TCT' (the number, the issuer's code, the unit's after the slash) is the letter's number, written
    without the space; an ordinary number is read as before."""
    letter = ("BỘ TÀI CHÍNH\nSố: {}\nV/v hoàn thuế giá trị gia tăng\n" + _MOTTO + "Hà Nội, ngày 12 tháng 5 năm 2002\n\n"
              "Kính gửi: Công ty May Đức Giang\n")
    assert extract_text(letter.format("1523 TC/TCT"))["number"] == "1523TC/TCT"
    assert extract_text(letter.format("1523TCT/PCCS"))["number"] == "1523TCT/PCCS"
    assert extract_text(letter.format("1523/TC-TCT"))["number"] == "1523/TC-TCT"


def test_a_gazette_title_without_a_letterhead_names_the_issuer_number_and_date_also_in_the_form_before_2005():
    """'CÔNG VĂN' / 'CỦA BỘ THƯƠNG MẠI SỐ 412 TM/XNK NGÀY 3 THÁNG 4 NĂM 2001' / 'VỀ VIỆC …': the title's 'CỦA' names the
    body (not 'Của bộ thương mại'), with the number and date it gives."""
    got = extract_text("CÔNG VĂN\n\nCỦA BỘ THƯƠNG MẠI SỐ 412 TM/XNK NGÀY 3 THÁNG 4 NĂM 2001\nVỀ VIỆC XUẤT KHẨU GẠO\n\n"
                       "Kính gửi: Các doanh nghiệp xuất khẩu gạo\n\nBộ Thương mại hướng dẫn như sau.\n")
    assert (got["doc_type"], got["number"], got["issued_date"], got["issuer"]) == (
        "Công văn", "412TM/XNK", "2001-04-03", "Bộ Thương mại")
    assert got["subject"] == "Xuất khẩu gạo"
