"""General rules added in the session of 2026-12-07 (third), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
from engine.extraction import extract_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
_HEAD = "TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH TÂY NINH\n"


def _scan(name_line: str, number_line: str) -> dict:
    return extract_text(name_line + _HEAD + _MOTTO + number_line + "\nV/v chính sách thuế\n\n"
                        "Kính gửi: Công ty TNHH Minh Phát\n\nCục Thuế có ý kiến như sau.\n")


def test_a_name_with_the_figure_and_its_year_but_no_code_numbers_a_scan_of_that_year():
    """'CV 47312019Hoan thue': the figure with its year run on, then the subject's words, no code; the scan's line
    kept the code and the year but lost the figures."""
    got = _scan('---\ntitle: "CV Undated CV 47312019Hoan thue"\n---\n',
                "Số :Ã3⁄1 /CT-TTHT Tây Ninh, ngày 1# tháng ⁄ năm 2019")
    assert got["number"] == "4731/CT-TTHT"


def test_a_name_with_the_figure_and_its_date_apart_numbers_it_too():
    got = _scan('---\ntitle: "CV Undated CV 3208 150719 Thue nha thau"\n---\n',
                "Số:ở(08 /CT-TTHT Tây Ninh, ngày tháng 7 năm 2019")
    assert got["number"] == "3208/CT-TTHT"


def test_a_name_of_another_year_numbers_nothing():
    """The name files a 2018 letter; this scan is of 2019."""
    got = _scan('---\ntitle: "CV Undated CV 47312018Hoan thue"\n---\n',
                "Số :Ã3⁄1 /CT-TTHT Tây Ninh, ngày 1# tháng ⁄ năm 2019")
    assert got["number"] != "4731/CT-TTHT"


def test_a_figure_read_on_the_line_is_not_replaced_by_a_name_without_a_code():
    """A figure OCR read ('904 /BC-…') stays: a name with no code after its figure does not tie it to this letter."""
    got = _scan('---\ntitle: "CV Undated CV 47312019Hoan thue"\n---\n',
                "Số: 904 /CT-TTHT Tây Ninh, ngày 12 tháng 3 năm 2019")
    assert got["number"] == "904/CT-TTHT"


def test_a_front_matter_with_windows_line_ends_is_read_as_well():
    got = _scan('---\r\ntitle: "CV Undated CV 47312019Hoan thue"\r\n---\r\n',
                "Số :Ã3⁄1 /CT-TTHT Tây Ninh, ngày 1# tháng ⁄ năm 2019")
    assert got["number"] == "4731/CT-TTHT"


def _letter(header_lines: str) -> dict:
    return extract_text("BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n" + _MOTTO + header_lines
                        + "\nTổng cục Thuế có ý kiến như sau:\n\n1. Về thuế thu nhập cá nhân.\n")


def test_a_date_line_run_in_beside_the_subject_with_its_day_garbled_is_cut_off_and_the_subject_goes_on():
    """'V/v Hướng dẫn kê khai thuế Hà Nội, ngàyJÿth " TIS': the place before 'ngày' is one we know; the
    subject's last word is on the next line, a scan's specks set apart below it."""
    got = _letter('Số: 512/TCT-DNNCN\nV/v Hướng dẫn kê khai thuế Hà Nội, ngàyJÿth " TIS ĐA\nTNCN\n\n'
                  "pin ⁄:.. 24\n\nKính gửi: Cục Thuế các tỉnh, thành phố\n")
    assert got["subject"] == "Hướng dẫn kê khai thuế TNCN"


def test_a_subject_ending_in_a_comma_and_ngay_without_a_place_is_kept_whole():
    got = _letter("Số: 512/TCT-DNNCN Hà Nội, ngày 5 tháng 3 năm 2022\nV/v lịch làm việc, ngày nghỉ lễ\n\n"
                  "Kính gửi: Cục Thuế các tỉnh, thành phố\n")
    assert got["subject"] == "lịch làm việc, ngày nghỉ lễ"


def test_addressees_listed_without_their_label_end_the_subject():
    """The 'Kính gửi' label lost: a blank line, then the addressees as a dashed list."""
    got = _letter("Số: 512/TCT-CS Hà Nội, ngày 5 tháng 3 năm 2022\nV/v chính sách thuế\n\n"
                  "- Cục Thuế thành phố Đà Nẵng;\n- Hiệp hội doanh nghiệp Nhật Bản\n\n"
                  "Trả lời công văn số 21/HH ngày 2/2/2022 của Hiệp hội, Tổng cục Thuế có ý kiến như sau:\n")
    assert got["subject"] == "chính sách thuế"


def test_a_citys_name_ocr_misread_by_a_letter_after_tp_is_spelt_back():
    """'CUC THUE TP HA NOT': 'TP' without its dot is 'thành phố', and 'HA NOT' one letter off Hà Nội's name."""
    got = extract_text("TONG CUC THUE CONG HOA XA HOI CHU NGHIA VIET NAM\nCUC THUE TP HA NOT Độc lập - Tự do - "
                       "Hạnh phúc\nSố: 5123 /CT-TTHT Hà Nội, ngày 12 tháng 3 năm 2019\nV/v chính sách thuế\n\n"
                       "Kính gửi: Công ty TNHH Minh Phát\n\nCục Thuế có ý kiến như sau.\n")
    assert got["issuer"] == "Cục Thuế thành phố Hà Nội"


def test_a_header_whose_paragraphs_were_joined_without_line_ends_is_read_apart():
    """A working file's text with no line ends between its paragraphs: the title on the date line's year, 'Về
    việc' on the title, the authority's capitals on the subject's last word, the basis on the authority."""
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\n" + _MOTTO + "Số:        /QĐ-UBND\n"
                       "Đồng Nai, ngày      tháng 3 năm 2026QUYẾT ĐỊNHVề việc thành lập Tổ công tác cải cách "
                       "hành chính tỉnh Đồng NaiCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAICăn cứ Luật Tổ chức chính "
                       "quyền địa phương ngày 16 tháng 6 năm 2025;\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ công tác.\n")
    assert (got["doc_type"], got["subject"]) == (
        "Quyết định", "Về việc thành lập Tổ công tác cải cách hành chính tỉnh Đồng Nai")


def test_a_type_run_onto_the_year_and_a_colon_line_under_it_is_no_title():
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\n" + _MOTTO + "Số:        /UBND-NC\n"
                       "Đồng Nai, ngày      tháng 3 năm 2026GIẤY ỦY QUYỀN\nBên ủy quyền (Bên A):\n"
                       "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\nDo ông: NGUYỄN VĂN AN\n")
    assert (got["doc_type"], got["subject"]) == ("Giấy ủy quyền", None)


def test_a_v_v_label_ocr_read_as_v_percent_still_opens_the_subject():
    got = extract_text("BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN\n" + _MOTTO + "Số: 6120/TCHQ-TXNK Hà Nội, ngày 01 tháng 11 "
                       "năm 2013\nV% thanh lý máy móc nhập khẩu\n\nKính gửi: Công ty TNHH Minh Phát\n\n"
                       "Tổng cục Hải quan có ý kiến như sau.\n")
    assert got["subject"] == "thanh lý máy móc nhập khẩu"


def test_a_number_line_whose_label_ocr_read_in_lower_case_is_numbered_by_the_file_name():
    got = extract_text('---\ntitle: "CV Undated CV 7112 TCHQ 2015 Thu tuc"\n---\nBỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN\n'
                       + _MOTTO + "só: 71 2/TCHQ-GSQL Hà Nội, ngày ¥2 tháng 8 năm 2015\nV/v thủ tục hải quan\n\n"
                       "Kính gửi: Cục Hải quan các tỉnh, thành phố.\n\nTổng cục Hải quan hướng dẫn như sau.\n")
    assert got["number"] == "7112/TCHQ-GSQL"


def test_a_slash_read_as_a_seven_set_apart_still_opens_the_code_and_the_file_name_mends_the_figures():
    """'Số: 2686 7TCT-DNNCN': the slash read as '7' after a space, the handwritten 2 as 8; the name files 2626."""
    got = extract_text('---\ntitle: "CV 2021 07 19 Cv 2626 1972021 TCT Mot so diem"\n---\n' + "BỘ TÀI CHÍNH\n"
                       "TỔNG CỤC THUẾ\n" + _MOTTO + "Số: 2686 7TCT-DNNCN Hà Nội, ngày 19 tháng 7 năm 2021\n"
                       "V/v triển khai thực hiện Thông tư số 40/2021/TT-BTC\n\nKính gửi: Cục Thuế các tỉnh, thành phố\n\n"
                       "Tổng cục Thuế có ý kiến như sau.\n")
    assert (got["number"], got["doc_type"]) == ("2626/TCT-DNNCN", "Công văn")


def test_a_letterhead_ocr_garbled_past_reading_is_named_by_the_filed_numbers_code():
    """'so: ITCT-DNNCN': the label in lower case, the slash read as 'I', no figure; the letterhead's words
    unreadable. The name files 3158 of 10/8/2020; the code names the General Department of Taxation."""
    got = extract_text('---\ntitle: "CV 2020 08 10 CV 3158 10082020TCTXu phat"\n---\n'
                       "Be rAr cnfxn CQNG HOA XA HQI CHU NGHIA VIET NAM\nTONG CUC THUEZ DOc I0p - tu do - H4nh phfic\n"
                       "so: ITCT-DNNCN Hd Ir{Oi, ngdy)\\thdng t ndm 2020\nchinh s6ch thu6 TNCN\n"
                       "Kinh grii: Cpc thuti tinh S6c Trdng\n")
    assert (got["number"], got["issued_date"], got["issuer"]) == ("3158/TCT-DNNCN", "2020-08-10", "Tổng cục Thuế")


def test_the_prime_ministers_code_keeps_its_g_and_a_figure_below_ten_its_zero_when_the_file_name_numbers_it():
    """'Số: 0£ /QD-TTg': the figure lost; the name 'QD 02 2022 QDTTg…' files 02 (numbers are written from 01)."""
    got = extract_text('---\ntitle: "Doc Undated QD 03 2022 QDTTg05122Chien luoc"\n---\nTHỦ TƯỚNG CHÍNH PHỦ\n' + _MOTTO
                       + "Số: 0£ /QD-TTg Hà Nội, ngày 05 tháng 01 năm 2022\n\nQUYẾT ĐỊNH\nPhê duyệt Chiến lược quốc gia "
                       "về dinh dưỡng\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ;\n\nQUYẾT ĐỊNH:\n")
    assert got["number"] == "03/QĐ-TTg"
