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


def test_a_letterhead_line_in_capitals_with_an_i_read_small_is_the_issuers():
    """'CUC THUE TP. HO CHi MINH': OCR read the 'Í' small; the line still names the department."""
    got = extract_text("TONG CUC THUE CONG HOA XA HOI CHU NGHIA VIET NAM\n\nCUC THUE TP. HO CHi MINH Độc lập - Tự do - Hạnh phúc\n"
                       "Số: 3120/CT-TTHT Thành phố Hồ Chí Minh, ngày 10 tháng 1 năm 2018" + _BODY)
    assert (got["issuer"], got["issuer_parent"]) == ("Cục Thuế thành phố Hồ Chí Minh", "Tổng cục Thuế")


def test_a_centres_name_without_its_marks_under_its_department_is_a_body_of_its_own():
    got = extract_text("SỞ Y TẾ TỈNH BẮC NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTRUNG TAM KIEM SOAT Độc lập - Tự do - Hạnh phúc\n"
                       "BỆNH TẬT\nSố: 512/TTKSBT-KHNV Bắc Ninh, ngày 12 tháng 8 năm 2021" + _BODY)
    assert (got["issuer"], got["issuer_parent"]) == ("Trung tâm Kiểm soát bệnh tật", "Sở Y tế tỉnh Bắc Ninh")


def test_a_v_v_run_into_the_code_of_a_number_left_blank_opens_the_subject():
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                       "Số:               /UBND-KTV/v triển khai kế hoạch chuyển đổi số            Bình Định, ngày       "
                       "tháng 6  năm 2025\nKính gửi: Sở Nội vụ\nThực hiện …\n")
    assert (got["number"], got["subject"]) == (None, "triển khai kế hoạch chuyển đổi số")


def test_a_submission_form_is_a_phieu_trinh_its_subject_the_abstract_it_numbers():
    got = extract_text("UBND TỈNH GIA LAI\nVĂN PHÒNG\n\nSố: 21-03/26/PT-KT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\nPHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC\nKính gửi: Lãnh đạo UBND tỉnh.\n"
                       "I. NỘI DUNG TRÌNH\n1. Văn bản: Công văn số 12/SXD ngày 06/01/2026 của Sở Xây dựng.\n"
                       "2. Trích yếu: V/v cấp phép xây dựng trạm biến áp.\nII. Ý KIẾN\n")
    assert (got["doc_type"], got["subject"]) == ("Phiếu trình", "cấp phép xây dựng trạm biến áp.")


def test_a_number_line_labelled_in_small_letters_and_garbled_is_filled_in_by_the_name():
    """'sé: 6213+ /CT-TTHT': its last figure read as '+', the name filing 62137 of 2018."""
    got = _filed("CV 2137 01 04 CV 621372018HANTy gia",
                 "TỔNG CỤC THUẾ\nCỤC THUẾ TP HÀ NỘI\nsé: 6213+ /CT-TTHT Hà Nội, ngày AD tháng t năm 2018")
    assert got["number"] == "62137/CT-TTHT"


def test_the_motto_set_apart_under_the_subject_ends_it():
    got = extract_text("TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VI\nCỤC THUẾ TP HẢI PHÒNG Độc lập - T\n"
                       "Số: 1550/CT-TNCN Hải Phòng, ngày 22 tháng 11 năm 2018\n\nV/v chính sách thuế thu nhập cá nhân\n\n"
                       "inh phúc\n\ndo-t\n\nKính gửi: Công ty TNHH A\n\nCục Thuế có ý kiến.\n")
    assert got["subject"] == "chính sách thuế thu nhập cá nhân"


def test_a_names_figures_are_split_where_its_date_falls_in_the_month_the_letter_prints():
    """'CV 38122018TCT…': 3812 of 2018, not 3 of 8/12/2018, under 'tháng 6 năm 2018'."""
    got = _filed("CV Undated CV 38122018TCTThue TNCN", "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n"
                 "Số: 4844, /TCT-CS Hà Nội, ngày £2. thang 6 năm 2018")
    assert got["number"] == "3812/TCT-CS"


def test_a_codes_dash_read_as_a_dot_is_a_dash_where_the_name_gives_the_figures():
    got = _filed("CV Undated CV 41972020TCTBan hang", "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n"
                 "sé: €7 /TCT.CS Hà Nội, ngày tháng 9 năm 2020")
    assert got["number"] == "4197/TCT-CS"


def test_a_code_printed_without_its_dash_is_split_after_the_bodys_own_code():
    """'5826 /TCHQTXNK': the general department's 'TCHQ', then its office's 'TXNK' (not the type 'TC')."""
    got = extract_text("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc\n"
                       "Số 4182 /TCHQTXNK Hà Nội, ngày 05 tháng 10 năm 2018\nVy xử lý thuế đối với hàng hóa tạm nhập\n\n"
                       "Kính gửi: Cục Hải quan tỉnh Tây Ninh.\n\nTổng cục Hải quan nhận được …\n")
    assert (got["number"], got["subject"]) == ("4182/TCHQ-TXNK", "xử lý thuế đối với hàng hóa tạm nhập")


def test_a_schools_plan_with_its_title_and_v_v_on_one_line_and_its_parts_numbered_with_a_stroke():
    got = extract_text("ĐỘI TNTP HỒ CHÍ MINH\nTRƯỜNG TH AN BÌNH\nSố: 03/KH-LĐ An Bình, ngày 8 tháng 9 năm 2012\n* * *\n"
                       "KẾ HOẠCH V/v tổ chức hội thi kể chuyện cấp trường\nNăm học 2012 - 2013\nI/ Mục đích:\n"
                       "- Giáo dục các em truyền thống của dân tộc\n")
    assert (got["doc_type"], got["subject"]) == ("Kế hoạch", "tổ chức hội thi kể chuyện cấp trường Năm học 2012 - 2013")


def test_a_union_number_spaced_from_its_code_a_school_named_for_a_day_and_a_small_tr_after_a_spaced_dash():
    got = extract_text("HUYỆN ĐOÀN BÙ ĐỐP          ĐOÀN TNCS HỒ CHÍ MINH\n\nĐOÀN TRƯỜNG THPT THANH HÒA\n\n"
                       "   Số:   12   KH/ĐTN                    Bù Đốp, ngày   10   tháng 03  năm 2017\n\nKẾ HOẠCH\n\n"
                       "Tổ chức hội trại 26/3\n\nNhằm thiết thực …\n")
    assert got["number"] == "12KH/ĐTN"
    got = extract_text("UBND HUYỆN TAM NÔNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG MẦM NON 1/6 Độc lập – Tự do – Hạnh phúc\n\n"
                       "Số:42/ KH -TrMN Tam Nông, ngày 29 tháng 8 năm 2022\n\nKẾ HOẠCH\nTổ chức ngày hội đến trường\n\nThực hiện …\n")
    assert (got["issuer"], got["number"]) == ("Trường Mầm non 1/6", "42/KH-TrMN")


def test_a_date_line_whose_place_has_a_highland_apostrophe_dates_the_letter():
    got = extract_text("ĐỘI TNTP HỒ CHÍ MINH\nLIÊN ĐỘI TRƯỜNG TH KIM ĐỒNG\nEah’leo ngày 12 tháng 9 năm 2011\nKẾ HOẠCH\n"
                       "V/V TỔ CHỨC ĐÊM HỘI TRĂNG RẰM\nKính gửi: BGH trường\nThực hiện …\n")
    assert (got["issued_date"], got["place"]) == ("2011-09-12", "Eah’leo")


def test_an_offices_part_a_broken_font_decoded_to_small_letters_is_read_back_in_capitals():
    """'s6: /TCT- cs', 'so: /TCT-rNCN': the figures lost, the office's part in small letters, its 'T' as 'r'."""
    head = "BQ TAI CHINH C9NG HOA XA HQI CHU NGHIA VIT,T NAM\nTONG CUC THUE DQc l{p - Tr; do - H4nh phric\n"
    got = _filed("CV 2016 01 20 CV 377 20012016TCT Chinh sach", head, "s6: /TCT- cs Hd N)i, ngdy J0 thdng0l ndm 2016")
    assert got["number"] == "377/TCT-CS"
    got = _filed("CV 2016 10 20 CV 4145 20102016TCT Thue", head, "so: /TCT-rNCN Hd N|i, ngay{0 thdng Q ndm 2016")
    assert got["number"] == "4145/TCT-TNCN"


def test_a_name_filing_the_letter_year_first_dates_it_where_ocr_garbled_the_date_line_in_that_year():
    head = "BQ TAI CHINH C9NG HOA XA HQI CHU NGHIA VIT,T NAM\nTONG CUC THUE DQc l{p - Tr; do - H4nh phric\n"
    got = _filed("CV 2020 10 28 CV 4190 28102020 TCT Muc giam", head, "56:*fiil}1TCT-DNNCN Hd lrt1i, ngdy2?thdng 10 ndm 2020")
    assert got["issued_date"] == "2020-10-28"
    # (another year printed, or another month, or other figures read: the name files some other letter)
    for line in ("56:*fiil}1TCT-DNNCN Hd lrt1i, ngdy2?thdng 10 ndm 2019", "56:*fiil}1TCT-DNNCN Hd lrt1i, ngdy2?thdng 11 ndm 2020",
                 "Số: 3311/TCT-DNNCN Hà Nội, ngày?? tháng ?? năm 2020", "56:*fiil}1TCT-DNNCN Hd lrt1i, ngày 27 thdng 10 ndm 2020",
                 "56:*fiil} Hà Nội, ngày tháng năm\nV/v báo cáo đầu năm 2020"):
        assert _filed("CV 2020 10 28 CV 4190 28102020 TCT Muc giam", head, line)["issued_date"] is None


def test_a_v_v_label_read_as_vav_opens_the_subject():
    got = extract_text("TỔNG CỤC THUẾ\nCỤC THUẾ TP HÀ NỘI\nSố: 5109/CT-TTHT Hà Nội, ngày 12 tháng 3 năm 2018\n"
                       "VAv quyết toán thuế TNCN\n\nKính gửi: Công ty TNHH An Phát\n\nCục Thuế có ý kiến như sau.\n")
    assert got["subject"] == "quyết toán thuế TNCN"
