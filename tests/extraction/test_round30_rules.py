"""General rules added in the session of 2026-12-05 (late), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
import pytest

from engine.extraction import extract_text
from engine.extraction.numbers import same
from engine.extraction.ocr_text import tidy
from engine.extraction.orgs import display, locality_case


def _letter(letterhead: str, number: str, subject: str) -> str:
    return (f"{letterhead}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{number}\n"
            "Giang Thành, ngày 10 tháng 11 năm 2025\n"
            f"V/v {subject}\nKính gửi: Trung tâm Y tế khu vực Giang Thành.\n"
            "Đề nghị đơn vị phối hợp thực hiện.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỈ HUY TRƯỞNG\nLê Văn Bình\n")


@pytest.mark.parametrize("letterhead, name", [
    # since 2025 communes and areas write to agencies under their own names: the place a proper name
    ("BAN CHỈ HUY QUÂN SỰ XÃ GIANG THÀNH", "Ban Chỉ huy quân sự xã Giang Thành"),
    ("BCH ĐOÀN PHƯỜNG VĨNH THÔNG", "BCH Đoàn phường Vĩnh Thông"),
    ("TRUNG TÂM Y TẾ KHU VỰC GIANG THÀNH", "Trung tâm Y tế khu vực Giang Thành"),
    ("BẢO HIỂM XÃ HỘI KHU VỰC XXXVI", "Bảo hiểm xã hội khu vực XXXVI"),
    ("BẢO HIỂM XÃ HỘI CƠ SỞ GIANG THÀNH", "Bảo hiểm xã hội cơ sở Giang Thành"),
    # ... never the 'xã' of 'xã hội' or a cooperative's, nor an area that is not a place
    ("PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Phòng Lao động - Thương binh và Xã hội"),
    ("BAN QUẢN LÝ KHU VỰC PHÁT TRIỂN ĐÔ THỊ", "Ban quản lý Khu vực phát triển đô thị"),
])
def test_a_commune_or_area_in_a_bodys_name_is_written_as_a_place(letterhead, name):
    assert display(letterhead) == name


def test_a_commune_bodys_letter_gives_the_commune_its_capitals():
    got = extract_text(_letter("BAN CHỈ HUY QUÂN SỰ\nXÃ GIANG THÀNH", "Số: 14/BCH",
                               "khám sức khỏe nghĩa vụ quân sự năm 2026"))
    assert got["issuer"] == "Ban Chỉ huy quân sự xã Giang Thành"


def test_a_subjects_line_in_lower_case_is_words_even_when_they_name_a_type():
    # a scan wraps 'V/v … theo quy định': the second line's 'quy định' is not the title 'QUY ĐỊNH'
    got = extract_text("BỆNH VIỆN ĐA KHOA\nKHU VỰC TỈNH AN GIANG\nSố: 330/BVĐKKV-KHTH\n"
                       "V/v chuyển tuyến người bệnh theo\nquy định\nKính gửi: Các đơn vị trực thuộc.\n"
                       "Đề nghị các đơn vị thực hiện.\n")
    assert got["subject"] == "chuyển tuyến người bệnh theo quy định"


def test_a_type_title_in_capitals_under_a_subject_still_ends_it():
    got = extract_text("BỆNH VIỆN ĐA KHOA\nKHU VỰC TỈNH AN GIANG\nSố: 330/QĐ-BVĐKKV\nV/v chuyển tuyến người bệnh\n"
                       "QUY ĐỊNH\nVề chuyển tuyến người bệnh\n")
    assert got["subject"] == "chuyển tuyến người bệnh"


def _scanned_head(letterhead: str) -> str:
    """A scan's page as our OCR lays it out: the letterhead's lines, then the right cell and the number."""
    return (f"{letterhead}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "An Giang, ngày 20 tháng 10 năm 2025\n\n\nSố: 1203/PC07-ĐPCCC\nV/v kiểm tra an toàn phòng cháy,\n"
            "chữa cháy mùa khô 2025 - 2026\nKính gửi: Các đơn vị trực thuộc.\n")


def test_the_rule_under_a_letterhead_read_as_figures_is_passed_over():
    got = extract_text(_scanned_head("CÔNG AN TỈNH AN GIANG\nPHÒNG CẢNH SÁT\nPCCC&CNCH\n36 33109014900 3078"))
    assert got["issuer"] == "Phòng Cảnh sát PCCC&CNCH"


def test_a_speck_before_a_letterhead_line_is_not_part_of_the_name():
    got = extract_text(_scanned_head("ỦY BAN MẶT TRẬN TỔ QUỐC\n„ VIỆT NAM\nTỈNH AN GIANG\n-"))
    assert got["issuer"] == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang"


@pytest.mark.parametrize("read, number", [
    ("Số: 1669/QĐ-ĐĐUBND", "1669/QĐ-UBND"),   # a scan's 'Đ' read twice before a known body's code
    ("Số 45-CV/ĐĐU", "45-CV/ĐU"),             # ... and before a party committee's
    ("Số: 28/CV-ĐĐT", "28/CV-ĐĐT"),            # a code that is no known one stays as read
    ("Số: 12/ĐĐBQH-VP", "12/ĐĐBQH-VP"),         # ... and so does a delegation's own 'ĐĐBQH'
])
def test_a_codes_d_read_twice_is_read_once_when_that_makes_a_known_code(read, number):
    got = extract_text(_letter("ĐẢNG BỘ TỈNH AN GIANG\nĐẢNG ỦY XÃ GIANG THÀNH", read, "tổ chức học tập nghị quyết"))
    assert got["number"] == number


@pytest.mark.parametrize("read, number", [
    ("Số: 1.250/SYT-NVY", "1.250/SYT-NVY"),        # thousands set off with a dot, as some offices write them
    ("Số: 66.16/2026/NQ-CP", "66.16/2026/NQ-CP"),  # a series' number
    ("Số: 250/SYT-NVY", "250/SYT-NVY"),
])
def test_a_number_written_with_a_dot_is_read_whole(read, number):
    got = extract_text(_letter("UBND TỈNH AN GIANG\nSỞ Y TẾ", read, "triển khai tiêm vắc xin sởi"))
    assert got["number"] == number


def test_a_number_with_its_thousands_dotted_is_the_same_number_without():
    assert same("1.250/SYT-NVY", "1250/SYT-NVY")
    assert not same("1.250/SYT-NVY", "250/SYT-NVY")


def test_a_blank_number_line_heads_the_letter_when_ocr_set_the_motto_after_the_body():
    # the number left blank for the pen, the date line lost, the right cell read after the body
    got = extract_text("ỦY BAN NHÂN DÂN\nXÃ GIANG THÀNH\nSố: /UBND-VP\n"
                       "V/v phối hợp tổ chức khám sức khỏe người cao tuổi\nKính gửi: Các đơn vị trực thuộc.\n"
                       "Đề nghị các đơn vị thực hiện.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nCHỦ TỊCH\nNguyễn Văn A\n")
    assert (got["issuer"], got["subject"], got["number"]) == (
        "UBND xã Giang Thành", "phối hợp tổ chức khám sức khỏe người cao tuổi", None)


def test_a_number_and_a_date_ocr_joined_with_dots_go_back_to_their_cells():
    text = tidy("UBND TP. CẦN THƠ             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                "SỞ Y TẾ                             Độc lập - Tự do - Hạnh phúc\n"
                "Số: 3344/SYT-NVD........... TP. Cần Thơ, ngày 21 tháng 10 năm 2025\n"
                "V/v cung ứng thuốc điều trị sốt xuất\nhuyết\n\nKính gửi: Các đơn vị trực thuộc.\n"
                "Căn cứ tình hình thực tế, đề nghị các đơn vị thực hiện.\n\nNơi nhận:\n- Như trên;         CHỦ TỊCH\n"
                "- Lưu: VT.                Nguyễn Văn A\n")
    got = extract_text(text)
    assert (got["number"], got["issued_date"], got["subject"]) == (
        "3344/SYT-NVD", "2025-10-21", "cung ứng thuốc điều trị sốt xuất huyết")


def test_a_date_lines_year_ocr_read_a_row_below_goes_back_to_it():
    text = tidy("UBND THÀNH PHỐ HỒ CHÍ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                "MINH                              Độc lập - Tự do - Hạnh phúc\nSỞ Y TẾ\n\n"
                "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm\n\n"
                "Số: 9012/SYT-NVY                                  2025\n\n"
                "V/v tăng cường giám sát bệnh sởi\nKính gửi: Các đơn vị trực thuộc.\n")
    got = extract_text(text)
    assert (got["number"], got["issued_date"]) == ("9012/SYT-NVY", "2025-11-19")


def _decision_with_stamp(stamp_lines: str, title: str = "_ QUYẾT ĐỊNH") -> str:
    """A scanned decision with the receiving office's stamp OCR read between its header and its title."""
    return ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 35/2013/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHà Nam, ngày 19 tháng 7 năm 2013\n\n\n"
            f"{stamp_lines}\n\n{title}\nBAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP\nTRÊN ĐỊA BÀN TỈNH HÀ NAM\n\n"
            "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n")


def test_a_stamps_handwritten_date_read_with_a_fraction_slash_and_a_gap_is_still_the_stamp():
    got = extract_text(_decision_with_stamp("TRUNG TÂM Y TẾ GIANG THÀNH\nĐẾN Số: 1946\nNgày: 05⁄1 2/2025\n"
                                            "Chuyển: BGĐ\nLưu hồ sơ số:"))
    assert got["stamp"] == {"receiver": "Trung tâm Y tế Giang Thành", "incoming_number": 1946,
                            "received_date": "2025-12-05"}
    # and the receiver's name is not the decision's subject
    assert got["subject"] == "Ban hành quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh Hà Nam"


def test_a_stamps_arrival_mark_read_without_its_accent_is_still_the_stamp():
    got = extract_text(_decision_with_stamp("TRUNG TÂM Y TẾ GIANG THÀNH\nĐEN Số: 7839\n\nNgày: 05/12/2025\n"
                                            "Chuyển: BGĐ\nLưu hồ sơ số:", title="QUYẾT ĐỊNH"))
    assert got["stamp"] == {"receiver": "Trung tâm Y tế Giang Thành", "incoming_number": 7839,
                            "received_date": "2025-12-05"}


@pytest.mark.parametrize("speck", ["_", "„"])
def test_a_speck_glued_before_a_subject_is_dropped(speck):
    got = extract_text(_decision_with_stamp("", title=f"QUYẾT ĐỊNH\n{speck}VỀ VIỆC PHÊ DUYỆT QUY HOẠCH"))
    assert got["subject"].startswith("Về việc phê duyệt quy hoạch")


def test_a_stamps_handwritten_one_read_as_an_accented_capital_is_a_one():
    got = extract_text(_decision_with_stamp("'TRUNG TÂM Y TẾ GIANG THÀNH\nĐẾN Số: 97Í\nNgày: 05/12/2025\n"
                                            "Chuyển: BGĐ\nLưu hồ sơ số:", title="QUYẾT ĐỊNH"))
    # (and a speck before the receiver's name is not part of it)
    assert got["stamp"] == {"receiver": "Trung tâm Y tế Giang Thành", "incoming_number": 971,
                            "received_date": "2025-12-05"}


def test_a_speck_after_a_letterheads_line_is_not_part_of_the_name():
    got = extract_text(_decision_with_stamp("", title="QUYẾT ĐỊNH").replace("ỦY BAN NHÂN DÂN\n", "ỦY BAN NHÂN DÂN „\n"))
    assert got["issuer"] == "UBND tỉnh Hà Nam"


def test_a_type_title_with_a_letter_ocr_put_in_is_the_title():
    # (its words broken as OCR gives them: 'BAN' alone, a blank line, then the rest)
    got = extract_text(_decision_with_stamp("", title="QUYFET ĐỊNH").replace("\nBAN HÀNH", "\nBAN\n\nHÀNH"))
    assert (got["doc_type"], got["subject"]) == (
        "Quyết định", "Ban hành quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh Hà Nam")


def test_a_vv_subjects_last_year_read_after_the_date_goes_back_to_it():
    text = tidy("TÒA ÁN NHÂN DÂN TỐI CAO\nSố: 36/TANDTC-KHTC\nV/v: Hướng dẫn quản lý, sử dụng\n"
                "ngân sách chi thường xuyên năm\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                "Hà Nội, ngày 24 tháng 2 năm 2020\n\n\n2020\n\nKính gửi: Tòa án nhân dân các tỉnh.\n")
    assert extract_text(text)["subject"] == "Hướng dẫn quản lý, sử dụng ngân sách chi thường xuyên năm 2020"


def test_a_marked_vowel_read_in_capitals_inside_a_small_word_is_small():
    assert tidy("Lưu hỒ sƠ sỐ: 12\nChuyỂn: BGĐ\nngày vỆ sinh yêu nước\n") == \
        "Lưu hồ sơ số: 12\nChuyển: BGĐ\nngày vệ sinh yêu nước\n"
    # codes and names in capitals, and small letters after capitals, are as read
    assert tidy("Số: 12/QĐ-UBND, TTg, CTr, PHÒNG GD&ĐT\n") == "Số: 12/QĐ-UBND, TTg, CTr, PHÒNG GD&ĐT\n"


def test_a_stroke_read_as_d_before_a_long_known_code_is_dropped():
    got = extract_text(_letter("UBND TỈNH TRÀ VINH", "Số: 05/2019/QĐ-ĐUBND", "ban hành quy định"))
    assert got["number"] == "05/2019/QĐ-UBND"


def test_a_title_ocr_set_in_the_left_cell_has_its_subject_after_the_right_one():
    # the stamp above the letterhead pushed the type's title up beside the motto: OCR reads it in the left cell
    got = extract_text("TRUNG TÂM Y TẾ GIANG THÀNH\nĐẾN Số: 1999\nNgày: 05/12/2025\nChuyển: BGĐ\nLưu hồ sơ số:\n"
                       "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 55/KH-UBND\nKẾ HOẠCH\n\n"
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                       "Hà Tĩnh, ngày 26 tháng 02 năm 2018\n-\n\nPHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM NĂM 2018\n\n"
                       "Năm 2017, tình hình dịch bệnh diễn biến phức tạp.\n")
    assert (got["doc_type"], got["subject"], got["issued_date"]) == (
        "Kế hoạch", "Phòng, chống dịch bệnh truyền nhiễm năm 2018", "2018-02-26")


def test_a_subject_citing_a_dated_document_is_not_taken_for_a_date_line():
    got = extract_text("BAN CHẤP HÀNH TRUNG ƯƠNG\nỦY BAN KIỂM TRA\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố: 06-HD/UBKTTW\n\n"
                       "Hà Nội, ngày 18 tháng 12 năm 2018\n\nHƯỚNG DẪN\n\n"
                       "THỰC HIỆN QUY ĐỊNH SỐ 07-QĐI/TW, NGÀY 28/8/2018 CỦA BỘ CHÍNH TRỊ\n\n"
                       "- Căn cứ Quy chế làm việc của Ủy ban Kiểm tra Trung ương khóa XII;\n")
    assert got["subject"].lower() == "thực hiện quy định số 07-qđi/tw, ngày 28/8/2018 của bộ chính trị"


@pytest.mark.parametrize("read, place", [
    ("TỈNH TIỀN GLANG", "tỉnh Tiền Giang"),      # an 'I' OCR read as 'L'
    ("TỈNH QUẢNG NGÃTI", "tỉnh Quảng Ngãi"),     # a letter OCR put in
    ("THÀNH PHỐ HÀ NỘL", "thành phố Hà Nội"),
    ("TỈNH HÀ NAM", "tỉnh Hà Nam"),              # a province as written stays itself
    ("XÃ TIỀN GLANG", "xã Tiền Glang"),          # a commune's name is no province's
])
def test_a_province_one_letter_off_is_the_province(read, place):
    assert locality_case(read) == place


def test_an_i_read_as_l_in_a_name_in_capitals_is_an_i():
    assert tidy("TRUNG TÂM Y TẾ GLANG THÀNH\nTHÀNH PHỐ HÀ NỘL\n") == "TRUNG TÂM Y TẾ GIANG THÀNH\nTHÀNH PHỐ HÀ NỘI\n"
    # a code on its own and abbreviations stay as read
    assert tidy("năm 2022 (TLA)\nLĐLĐ QUẬN; CLB; HĐLĐ; KHÓA XLVIII\n") == "năm 2022 (TLA)\nLĐLĐ QUẬN; CLB; HĐLĐ; KHÓA XLVIII\n"
