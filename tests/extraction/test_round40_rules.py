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


def test_a_lists_item_is_no_citation_and_a_number_before_2005_is_cited_after_its_type():
    """'1/ Căn cứ …', '2/ Một số …': a list's items, not documents '1/Căn', '2/Một'; 'công văn số 612 TC/TCT' is the
    form before 2005, cited."""
    letter = ("TỔNG CỤC THUẾ\nSố: 2231 TCT/NV1\nV/v hoàn thuế\n" + _MOTTO + "Hà Nội, ngày 4 tháng 6 năm 2003\n\n"
              "Kính gửi: Cục thuế tỉnh Bình Dương\n\nTrả lời công văn số 388 CT/NV ngày 2/5/2003 của Cục thuế tỉnh "
              "Bình Dương, Tổng cục Thuế có ý kiến như sau:\n\n1/ Căn cứ hướng dẫn tại công văn số 612 TC/TCT ngày "
              "20/1/2003 của Bộ Tài chính thì được hoàn thuế.\n\n2/ Một số trường hợp khác thực hiện theo quy định.\n")
    got = extract_text(letter)
    assert got["number"] == "2231TCT/NV1"
    assert got["references"] == ["388CT/NV", "612TC/TCT"]


def test_a_letterheads_line_printed_twice_names_one_body():
    """'ỦY BAN NHÂN DÂN' / 'ỦY BAN NHÂN DÂN' / 'TỈNH BẾN TRE' (a copy's stray repeat), or the same run on one line:
    the province's committee, not a joint issuer 'UBND tỉnh Bến Tre - UBND tỉnh Bến Tre'."""
    tail = "\nSố: 88/QĐ-UBND\n" + _MOTTO + "Bến Tre, ngày 5 tháng 3 năm 2008\n\nQUYẾT ĐỊNH\nVề việc thành lập Hội đồng\n"
    assert extract_text("ỦY BAN NHÂN DÂN\n\nỦY BAN NHÂN DÂN\nTỈNH BẾN TRE" + tail)["issuer"] == "UBND tỉnh Bến Tre"
    assert extract_text("ỦY BAN NHÂN DÂN ỦY BAN NHÂN DÂN TỈNH BẾN TRE" + tail)["issuer"] == "UBND tỉnh Bến Tre"


def test_the_pioneers_central_council_under_its_organisations_name_is_the_issuer_with_that_name():
    """'ĐỘI TNTP HỒ CHÍ MINH' / 'HỘI ĐỒNG TRUNG ƯƠNG': the council is the organisation's organ, named with it, as a
    mass organisation's 'BAN CHẤP HÀNH TRUNG ƯƠNG' is; no parent above it."""
    got = extract_text("ĐỘI TNTP HỒ CHÍ MINH\nHỘI ĐỒNG TRUNG ƯƠNG\n***\nSố: 41-CV/HĐĐTW\n" + _MOTTO
                       + "Hà Nội, ngày 12 tháng 9 năm 2018\n\nV/v tổ chức Tết Trung thu cho thiếu nhi\n\n"
                       "Kính gửi: Hội đồng Đội các tỉnh, thành phố\n")
    assert (got["issuer"], got["issuer_parent"]) == ("Hội đồng Trung ương Đội TNTP Hồ Chí Minh", None)
