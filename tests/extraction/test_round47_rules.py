"""General rules added in the session of 2026-12-07 (afternoon), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule, but the guards, which say what a rule must leave alone."""
from engine.extraction import extract_text
from engine.extraction.numbers import normalise

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
_BODY = "\nV/v chính sách thuế nhà thầu\nKính gửi: Cục Thuế tỉnh Đồng Nai\nTổng cục Thuế có ý kiến như sau.\n"


def _filed(title: str, head: str, number_line: str) -> dict:
    return extract_text(f'---\ntitle: "{title}"\n---\n\n{head}{number_line}{_BODY}')


def test_a_code_whose_t_h_or_l_ocr_read_as_i_is_the_known_code():
    assert normalise("Số: 2862/ICT-HTQT") == "2862/TCT-HTQT"
    assert normalise("Số: 2387/LĐTBXI-ATLĐ") == "2387/LĐTBXH-ATLĐ"
    assert normalise("Thông tư số 19/2021/TT-BIC") == "19/2021/TT-BTC"


def test_an_unknown_office_code_with_an_i_is_not_made_a_type():
    """Past the body's part a code names an office: 'TTIT' is no 'TTLT' (a joint circular's type)."""
    assert normalise("3765/CT-TTIT") == "3765/CT-TTIT"


def test_the_date_word_a_copy_ran_onto_the_code_is_no_part_of_it():
    assert normalise("SỐ 25/2008/QĐ-BGTVTNGÀY 27 THÁNG 11") == "25/2008/QĐ-BGTVT"


def test_a_broken_fonts_year_ties_a_name_without_a_code_to_the_scan():
    """'ndm 2018' is 'năm 2018' in a font decoded to plain letters; the name files 3065 of 9/8/2018 with no code."""
    got = _filed("CV 2018 08 09 CV 306509082018Dang ky", "BO TAI CHINH CQNG HoA xA Hor cHfr NGHIA\nTONG CUC THUE "
                 "DQc Iip - Tr1 do - H4nh phric\n", "S6 J06 /TCT-KK Hd N\\i, ngdy 09 thdng 8 ndm 2018")
    assert (got["number"], got["issued_date"], got["issuer"]) == ("3065/TCT-KK", "2018-08-09", "Tổng cục Thuế")


def test_a_number_line_whose_so_ocr_read_as_figures_is_found():
    """'56: 3A26 /TCT-KK' and '86:,3284 ICT-TTHT': the label read as figures."""
    got = _filed("CV 2020 07 29 CV 3026 29072020 TCT Nha thau", "BO TAI CHINH CQNG HOA XA HQI CHU NGHIN VIET NAM\n"
                 "TONG CUC THUEt DQc Iflp - T1r do - HSnh phric\n", "56: 3A26 /TCT-KK Hd lrlli, ngdy ,L9 thdng f ndm 2020.")
    assert (got["number"], got["issued_date"]) == ("3026/TCT-KK", "2020-07-29")
    got = extract_text("TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH BẮC NINH\n" + _MOTTO
                       + "86:,3284 ICT-TTHT Bắc Ninh, ngày 15 tháng 10 năm 2018" + _BODY)
    assert got["number"] == "3284/CT-TTHT"


def test_a_general_departments_line_garbled_under_its_ministry_is_named_by_the_filed_code():
    """'BO TAI CHINH' read, 'TONG CUC THUEt' not: the filed number's 'TCT' names the issuer, the ministry its parent."""
    got = _filed("CV 2020 07 29 CV 3026 29072020 TCT Nha thau", "BO TAI CHINH CQNG HOA XA HQI CHU NGHIN VIET NAM\n"
                 "TONG CUC THUEt DQc Iflp - T1r do - HSnh phric\n", "56: 3A26 /TCT-KK Hd lrlli, ngdy ,L9 thdng f ndm 2020.")
    assert (got["issuer"], got["issuer_parent"]) == ("Tổng cục Thuế", "Bộ Tài chính")


def test_a_read_letterhead_is_kept_when_the_filed_code_names_another_body():
    """The name files the number under a code whose body is not the one the letterhead names: the letterhead stands."""
    got = _filed("CV 2020 07 29 CV 3026 29072020 BTC Nha thau", "BỘ TÀI CHÍNH\n" + _MOTTO,
                 "Số: 3A26 /BTC-TCDN Hà Nội, ngày 29 tháng 7 năm 2020")
    assert got["issuer"] == "Bộ Tài chính"


def test_the_day_filed_dates_a_scan_whose_day_ocr_misread_not_the_signatures_day():
    """'ngay 49 tháng 4 năm 2019': no such day; the name files 1542 of 19/4/2019, signed digitally on the 24th."""
    got = _filed("CV 2019 04 19 CV 154219042019TCTKhong an", "Ky bởi: Tổng cục Thuế\nThời gian ký: 24.04.2019 09:23\n\n"
                 "BỘ TÀI CHÍNH CONG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM\nTONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc\n",
                 "Số: 4542 /TCT- CS Hà Nội, ngay 49 tháng 4 năm 2019")
    assert (got["number"], got["issued_date"]) == ("1542/TCT-CS", "2019-04-19")


def test_without_a_filed_name_the_signatures_day_still_dates_it():
    got = extract_text("Ky bởi: Tổng cục Thuế\nThời gian ký: 24.04.2019 09:23\n\nBỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n" + _MOTTO
                       + "Số: 1542/TCT-CS Hà Nội, ngày 49 tháng 4 năm 2019" + _BODY)
    assert got["issued_date"] == "2019-04-24"


def test_a_filed_day_after_the_digital_signature_is_a_misread_name_and_the_signatures_day_stands():
    """'CV 44851222TCT…' read as 448 of 5/12/22: a letter signed on 2/12 is not dated the 5th."""
    got = _filed("CV Undated CV 44851222TCTXu phat", "Ky bởi: Tổng cục Thuế\nThời gian ký: 02.12.2022 16:53\n\n"
                 "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n" + _MOTTO, "Số: ups /TCT-PC Hà Nội, ngày Od tháng 12 năm 2022")
    assert got["issued_date"] == "2022-12-02"


def test_a_figure_typed_without_a_code_dates_nothing_without_the_names_year_first_day():
    """'CV 677019720CTHCM…': 6770 of 19/7/20 or not; the name has no year-first day to agree with it."""
    got = extract_text('---\ntitle: "CV Undated CV 677019720CTHCMCham nop"\n---\n\nTỔNG CỤC THUẾ\nCỤC THUẾ TP HỒ CHÍ MINH\n'
                       + _MOTTO + "Số: 6770/CTTPHCM-KK Thành phố Hồ Chí Minh, ngài: 19 tháng 7 nam 2021" + _BODY)
    assert got["issued_date"] != "2020-07-19"


def _subject_under(line: str) -> str | None:
    return extract_text("TỔNG CỤC THUẾ\nCỤC THUẾ TP HẢI PHÒNG\n" + _MOTTO + "Số: 128/CT-TT&HT Hải Phòng, ngày 9 tháng 1 "
                        f"năm 2019\n{line}\n\nKính gửi: Công ty TNHH Minh Phát\n\nCục Thuế có ý kiến như sau.\n")["subject"]


def test_a_v_v_label_ocr_misread_still_opens_the_subject():
    for label in ("V/w", "‘VW", "'V#v", "VW", "VA"):
        assert _subject_under(f"{label} giải đáp chính sách thuế") == "giải đáp chính sách thuế", label
    assert _subject_under("VA Xác định nghĩa vụ thuế") == "Xác định nghĩa vụ thuế"


def test_a_ministrys_name_in_capitals_is_no_misread_label():
    """'VA XÃ HỘI' (the second line of 'BỘ LAO ĐỘNG - THƯƠNG BINH / VA XÃ HỘI') opens no subject."""
    got = extract_text("BỘ LAO ĐỘNG - THƯƠNG BINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVA XÃ HỘI Độc lập - Tự do - Hạnh phúc\n"
                       "Số: 2387/LĐTBXH-ATLĐ Hà Nội, ngày 17 tháng 6 năm 2019\nV/v trả lời kiến nghị của Công ty\n\n"
                       "Kính gửi: Công ty TNHH Minh Phát\n\nBộ có ý kiến như sau.\n")
    assert got["subject"] == "trả lời kiến nghị của Công ty"


def test_a_letterhead_name_two_of_whose_words_ocr_ran_together_is_spelt_whole():
    """'Bộ YTÉ': 'BỘ Y TẾ' with 'Y' and 'TẾ' run together and the mark misread."""
    got = extract_text("Bộ YTÉ " + _MOTTO + "sốl 0688/BYT-MT Hà Nội, ngày 14 tháng 12 năm 2021\n"
                       "V/v phòng, chống dịch COVID-19\nKính gửi: Các Bộ, cơ quan ngang Bộ\nBộ Y tế đề nghị như sau.\n")
    assert got["issuer"] == "Bộ Y tế"


def test_a_day_whose_1_ocr_read_as_l_is_read():
    got = extract_text("BỘ NGOẠI GIAO\n" + _MOTTO + "Số: 3185/BNG-LS\nHà Nội, ngày l8thang 8 năm 2021\nV/v hướng dẫn\n"
                       "Kính gửi: Bộ Y tế\nBộ Ngoại giao xin thông báo.\n")
    assert got["issued_date"] == "2021-08-18"


def _answering(date_line: str, title: str = "CV 0914 01 05 CV 3251 050914BLDTBXHCham dut") -> dict:
    return _filed(title, "BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\n" + _MOTTO, f"Số: 3151 /LDTBXH-LDTL Hà Nội, {date_line}\n"
                  "V/v chấm dứt hợp đồng\nKính gửi: Sở Lao động - Thương binh và Xã hội tỉnh Long An\n"
                  "Trả lời công văn số 1647/SLĐTBXH-LĐTL ngày 21/8/2014 của quý Sở, Bộ có ý kiến như sau")


def test_a_date_line_read_before_the_letter_it_answers_gives_way_to_the_day_filed():
    """'ngày 5 tháng 3 năm 2014' for a reply to a letter of 21/8/2014: the month misread; the name files 3251 of
    5/9/14 (its written code 'LDTBXH' is the line's 'LĐTBXH')."""
    got = _answering("ngày 5 tháng 3 năm 2014")
    assert (got["number"], got["issued_date"]) == ("3251/LĐTBXH-LDTL", "2014-09-05")


def test_a_date_line_read_after_what_it_answers_stands():
    assert _answering("ngày 5 tháng 10 năm 2014")["issued_date"] == "2014-10-05"


def test_a_letter_whose_motto_line_ocr_garbled_is_no_news_post_dated_by_its_first_sentence():
    """'CONG HOA XÃ HOI CHU ET NAM' over 'Độc lập - Tự do - Hạnh phúc': a letter, its day unreadable, signed on
    19/5; 'Ngày 17/01/2020, Cục Thuế … đã có Thông báo' is a step it recounts, not a post's own date."""
    got = _filed("CV 7026 01 03 CV 37026 18052020CTHNDich vu", "Ký bởi: Cục Thuế thành phố Hà Nội\nThời gian ký: "
                 "19.05.2020 12:42\n\nTONG CUC THUE CONG HOA XÃ HOI CHU ET NAM\nCỤC THUẾ TP HÀ NỘI Độc lập - Tự do - "
                 "Hạnh phúc\n", "Số: 2f02//CT-TTHT Hà Nội, ngày Af tháng 5 năm 2020\nKính gửi: Công ty TNHH Minh Phát\n"
                 "Ngày 17/01/2020, Cục Thuế TP Hà Nội đã có Thông báo gửi Công ty về việc này.")
    assert (got["number"], got["issued_date"]) == ("37026/CT-TTHT", "2020-05-18")


def test_a_document_cited_with_de_ngay_sets_the_floor_too():
    """'công văn số 280318/CV/PKT đề ngày 28/3/2018': a date line read '10 tháng 2' gives way to the filed 10/4."""
    got = _filed("CV 6967 01 01 CV 16967 10042018CTHNKinh doanh", "TỔNG CỤC THUẾ\nCỤC THUẾ TP HÀ NỘI\n" + _MOTTO,
                 "Số4©96-/CT-TTHT Hà Nội, ngày10 tháng 2 năm 2018\nV/v thuế tiêu thụ đặc biệt\nKính gửi: Công ty TNHH "
                 "CH Vina\nNgày 02/4/2018, Cục Thuế TP Hà Nội nhận được công văn số 280318/CV/PKT đề ngày 28/3/2018")
    assert got["issued_date"] == "2018-04-10"


def test_a_lone_small_consonant_after_the_subject_line_is_a_speck():
    assert _subject_under("V/v giải đáp chính sách thuế l") == "giải đáp chính sách thuế"
    assert _subject_under("V/v thu phí vệ sinh khu A") == "thu phí vệ sinh khu A"  # (a capital: a name's letter)
    # (a font that drops vowels leaves lone consonants in words: 'về' printed 'v' ends this line)
    got = extract_text("PHNG GIO DC V O TO\nS: 313 /PGDT-THHC\nV/v t chc cac hoat dng v\nNgay Sach Vit Nam 21/4\n"
                       + _MOTTO + "Kinh gui: Hiu truong cac truong\nThuc hin Cng vn s 1025/SGDT-CTHSSV.\n")
    assert got["subject"].endswith("Ngay Sach Vit Nam 21/4")


def _signed_on_14(title: str) -> dict:
    return _filed(title, "Ký bởi: Cục Thuế thành phố Hà Nội\nThời gian ký: 14.09.2021\n\nTỔNG CỤC THUẾ\nCỤC THUẾ TP HÀ NỘI\n"
                  + _MOTTO, "Số:214.9_/CTHN-TTHT . Hà Nội, ngày 4 tháng 9 năm 2021")


def test_a_day_the_name_and_the_digital_signature_agree_on_against_the_date_line_stands():
    """'ngày 4 tháng 9' (its '1' lost), signed on 14/9, filed as 34732 of 14/9/2021."""
    assert _signed_on_14("CV 4732 01 03 CV347321492021CTHNThue chuyen nhuong")["issued_date"] == "2021-09-14"


def test_the_signatures_day_alone_does_not_overrule_the_date_line():
    """No name to agree with it: a letter dated the 4th may be signed on the 14th."""
    assert _signed_on_14("Công văn về thuế")["issued_date"] == "2021-09-04"


def test_a_place_after_a_dash_is_no_part_of_the_code_the_name_completes():
    got = _filed("CV 0476 01 09 CV 904763122019CTHNDi chuyen", "TỔNG CỤC THUẾ\nCỤC THUẾ TP HÀ NỘI\n" + _MOTTO,
                 "Số: 3941 _ /CT-TTHT - Hà Nội ngày 03 tháng AL năm 2019")
    assert got["number"] == "90476/CT-TTHT"


def test_ocr_s_vis_and_a_speck_before_v_v_open_the_subject():
    assert _subject_under("Vis chính sách thuế") == "chính sách thuế"
    assert _subject_under("'V/v chính sách thuế") == "chính sách thuế"


def test_a_lone_letter_after_the_subjects_full_stop_is_a_speck():
    assert _subject_under("V/v chính sách thuế TNCN đối với cá nhân người Nhật Bản. Ộ") \
        == "chính sách thuế TNCN đối với cá nhân người Nhật Bản."
    assert _subject_under("V/v chính sách thuế TNCN đối với\ncá nhân người Nhật Bản.\n\nỘ Kính gửi: Công ty TNHH Maruwn") \
        == "chính sách thuế TNCN đối với cá nhân người Nhật Bản."
