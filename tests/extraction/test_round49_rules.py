"""General rules added in the session of 2026-12-07 (night), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule, but the guards, which say what a rule must leave alone."""
from engine.extraction import extract_text

_BODY = "\nV/v chính sách thuế đối với dịch vụ tư vấn\n\nKính gửi: Công ty TNHH An Phát\n\nCục Thuế có ý kiến như sau.\n"


def _filed(title: str, header: str, body: str = _BODY) -> dict:
    return extract_text(f'---\ntitle: "{title}"\n---\n\n{header}{body}')


def test_a_letterhead_line_ending_in_the_motto_garbled_but_for_viet_nam_names_the_parent_alone():
    """'TONG CUC THUE KHOA VIỆT NAM' over 'CỤC THUE TP DA NANG ộc lập - Tụ o phúc': OCR garbled the motto beside
    both lines but for its 'VIỆT NAM' and 'phúc'; the department is the issuer, under the general department."""
    got = extract_text("TONG CUC THUE KHOA VIỆT NAM\nCỤC THUE TP ĐÀ NẴNG ộc lập - Tụ o `Hañf phúc\n"
                       "Số: 2210/CTĐNA-TTHT Đà Nẵng, ngày 12 tháng 5 năm 2021" + _BODY)
    assert (got["issuer"], got["issuer_parent"]) == ("Cục Thuế thành phố Đà Nẵng", "Tổng cục Thuế")


def test_a_body_whose_own_name_ends_in_viet_nam_keeps_it():
    """'BẢO HIỂM XÃ HỘI VIỆT NAM' is the body's whole name, not a garbled motto's end."""
    got = extract_text("BẢO HIỂM XÃ HỘI VIỆT NAM\n\nSố: 1520/BHXH-CSXH\nHà Nội, ngày 12 tháng 5 năm 2021\n"
                       "V/v chi trả lương hưu\n\nKính gửi: Bảo hiểm xã hội các tỉnh\n\nThực hiện …\n")
    assert got["issuer"] == "Bảo hiểm xã hội Việt Nam"


def test_a_number_line_after_a_speck_read_as_a_quote_is_read():
    """''Số:5 172 /TCHQ - GSQL': a speck before the label, read as a quote."""
    got = extract_text("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc\n\n"
                       "'Số:5172 /TCHQ - GSQL Hà Nội, ngày 19 tháng 10 năm 2022" + _BODY)
    assert got["number"] == "5172/TCHQ-GSQL"


def test_the_name_dates_a_letter_whose_figures_it_files_but_for_one_misread():
    """'Số: 61469' printed, the name filing 61769 of 29/10/2020, the date line garbled: the name's day, and the
    figures as printed (which of the two slipped is not known)."""
    got = _filed("CV 1769 01 09 CV 61769 29102020CTHN Thue NTNN",
                 "TỔNG CỤC THUẾ\nCỤC THUẾ TP HÀ NỘI\n\nSố: 61469/CT-TTHT Hà Nội, ngày,(Átháng 4Ù năm 2020")
    assert (got["number"], got["issued_date"]) == ("61469/CT-TTHT", "2020-10-29")


def test_two_figures_off_is_another_letter_and_dates_nothing():
    got = _filed("CV 1769 01 09 CV 61769 29102020CTHN Thue NTNN",
                 "TỔNG CỤC THUẾ\nCỤC THUẾ TP HÀ NỘI\n\nSố: 61444/CT-TTHT Hà Nội, ngày,(Átháng 4Ù năm 2020")
    assert got["issued_date"] is None


def test_a_v_v_label_read_as_iv_opens_the_subject_and_specks_at_its_line_break_go():
    """'iv chính sách … đối :' / '. với bản quyền  '': 'V/' read as 'i', specks where the line breaks, a quote
    after the last word."""
    got = extract_text("TỔNG CỤC THUẾ\nCỤC THUẾ TP HÀ NỘI\n\nSố: 7194/CT-TTHT Hà Nội, ngày 28 tháng 8 năm 2020\n"
                       "iv chính sách thuế nhà thầu đối :\n. với bản quyền  '\n\nKính gửi: Công ty TNHH An Phát\n\n"
                       "Cục Thuế có ý kiến như sau.\n")
    assert got["subject"] == "chính sách thuế nhà thầu đối với bản quyền"


def test_specks_where_the_subjects_line_breaks_go_but_its_own_commas_and_dashes_stay():
    got = extract_text("SỞ Y TẾ TỈNH AN GIANG\n\nSố: 512/SYT-NVY\nAn Giang, ngày 02 tháng 3 năm 2021\n"
                       "V/v tăng cường phòng , chống dịch Covid - 19 đối ;\n` trong trường học\n\n"
                       "Kính gửi: Các trường học\n\nThực hiện …\n")
    assert got["subject"] == "tăng cường phòng , chống dịch Covid - 19 đối trong trường học"
