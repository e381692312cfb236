"""General rules added in the session of 2026-12-07 (evening), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule, but the guards, which say what a rule must leave alone."""
from engine.extraction import extract_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
_BODY = "\nV/v chính sách thuế nhà thầu\nKính gửi: Cục Thuế tỉnh Đồng Nai\nTổng cục Thuế có ý kiến như sau.\n"
_BROKEN_HEAD = "BQ TAI CHINH C9NG HOA XA HQI CHU NGHIA VIT,T NAM\nTONG CUC THUE DQc l{p - Tr; do - H4nh phric\n"


def _filed(title: str, head: str, number_line: str, body: str = _BODY) -> dict:
    return extract_text(f'---\ntitle: "{title}"\n---\n\n{head}{number_line}{body}')


def test_a_line_of_a_garble_and_a_code_alone_is_the_number_line_the_name_fills_in():
    """A broken font left 'SA,:t\\#l' for 'Số: 5812', the date on the next line: the name gives figures and day."""
    got = _filed("CV 2019 11 12 CV 5812 12112019TCT Tien luong", _BROKEN_HEAD,
                 "SA,:t\\#l /TCT-DNNCN\nHd N)| ngdy -/2 thdng ),/ ndm 2019")
    assert (got["number"], got["issued_date"], got["issuer"]) == ("5812/TCT-DNNCN", "2019-11-12", "Tổng cục Thuế")


def test_a_garble_with_slashes_between_the_label_and_the_code_is_the_number_line():
    """'Số;/(0/3/CT-TTHT': the figures OCR read as slashes and brackets; the name files 22543 of 27/11/2017."""
    got = _filed("CV 2543 01 01 CV 22543 27112017CTHCMNhan luong",
                 "TỔNG CỤC THUẾ\nCỤC THUẾ TP HỒ CHÍ MINH\n" + _MOTTO,
                 "Số;/(0/3/CT-TTHT Thành phố Hồ Chí Minh, ngàyl3 thang năm 2017")
    assert (got["number"], got["issued_date"]) == ("22543/CT-TTHT", "2017-11-27")


def test_figures_lost_from_a_line_the_name_files_under_its_very_day_are_the_names():
    got = _filed("CV 2020 05 05 CV 1880 TCT 05052020 ke hoach", "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n" + _MOTTO,
                 "Số:480/TCT-TTKT Hà Nội, ngày 05 tháng 5 năm 2020")
    assert got["number"] == "1880/TCT-TTKT"


def test_typed_figures_are_kept_against_a_name_of_as_many_figures_or_of_another_day():
    """A name's slip ('897' for 839) keeps as many figures; a name of another day files some other letter."""
    head = "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n" + _MOTTO
    got = _filed("CV Undated CV 897030320TCTGia han", head, "Số: 839/TCT-QLN Hà Nội, ngày 3 tháng 3 năm 2020")
    assert got["number"] == "839/TCT-QLN"
    got = _filed("CV 2020 05 06 CV 1880 TCT 06052020 ke hoach", head, "Số:480/TCT-TTKT Hà Nội, ngày 05 tháng 5 năm 2020")
    assert got["number"] == "480/TCT-TTKT"


def test_a_date_the_name_runs_on_after_the_code_dates_the_letter_of_its_year():
    """'2961 TCTTNCN23718': 2961 of 23/7/18, where the line lost its day ('ngày! tháng 7 năm 2018') and a stamp
    over its figures made them '2964'."""
    head = "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n" + _MOTTO
    got = _filed("CV Undated CV 2961 TCTTNCN23718Chuyen nhuong", head, "số: 2964 /TCT-TNCN Hà nội, ngày! tháng 7 năm 2018")
    assert (got["number"], got["issued_date"]) == ("2961/TCT-TNCN", "2018-07-23")
    # (a letter printed in another year: the figures after the code are something else)
    got = _filed("CV Undated CV 2961 TCTTNCN23718Chuyen nhuong", head, "số: 2964 /TCT-TNCN Hà nội, ngày! tháng 7 năm 2019")
    assert got["issued_date"] is None


def test_a_lower_ranked_bodys_line_above_a_ministry_is_no_parent_and_the_code_names_the_issuer():
    """The receiving office's 'CUC THUE TINH HOA BINH' over 'BỘ TÀI CHÍNH', the general department's line garbled:
    '/TCT-' names Tổng cục Thuế, under the ministry."""
    got = extract_text("CUC THUE TINH HOA BINH\n\nBỘ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "TỎNG CỤC 'G CỤC THUÊSZ và ký hiệu HS: Độc lập - Tự do - Hạnh phúc\n"
                       "Số: 1880/TCT-TTKT Hà Nội, ngày 05 tháng 5 năm 2020" + _BODY)
    assert (got["issuer"], got["issuer_parent"]) == ("Tổng cục Thuế", "Bộ Tài chính")


def test_a_bureau_stays_the_issuer_under_its_general_departments_line():
    """A Cục under its Tổng cục is the issuer with its parent; the rank rule only drops a lower body over a ministry."""
    got = extract_text("TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH HÒA BÌNH\n" + _MOTTO
                       + "Số: 1880/CT-TTHT Hòa Bình, ngày 05 tháng 5 năm 2020" + _BODY)
    assert (got["issuer"], got["issuer_parent"]) == ("Cục Thuế tỉnh Hòa Bình", "Tổng cục Thuế")


def test_gui_opening_a_line_ends_the_subject_whose_kinh_a_speck_took():
    got = extract_text("BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n" + _MOTTO + "Số: 4302/TCT-TTr Hà Nội, ngày 05 tháng 11 năm 2018\n\n"
                       "V/v tăng cường công tác thanh tra,\nkiểm tra thuế năm 2019.\n\n"
                       "gửi: Cục Thuế các tỉnh, thành phố trực\nthuộc Trung ương.\n\nTổng cục Thuế yêu cầu như sau.\n")
    assert got["subject"] == "tăng cường công tác thanh tra, kiểm tra thuế năm 2019."
    assert got["recipients"] == ["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"]


def _with_body(subject: str, body: str) -> dict:
    return extract_text("BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n" + _MOTTO + "Số: 4302/TCT-CS Hà Nội, ngày 05 tháng 11 năm 2018\n"
                        f"V/v {subject}\nKính gửi: Cục Thuế tỉnh Đồng Nai\n{body}\n")


def test_a_subject_word_whose_marks_ocr_lost_is_spelt_as_the_body_spells_it_beside_the_same_neighbours():
    got = _with_body("kê khai thuê nhà thâu", "Về kê khai thuế nhà thầu của công ty, Tổng cục Thuế có ý kiến: việc kê "
                     "khai thuế nhà thầu thực hiện theo Thông tư; hồ sơ thuế nhà thầu nộp tại Cục Thuế.")
    assert got["subject"] == "kê khai thuế nhà thầu"


def test_the_body_does_not_respell_a_subject_word_it_also_spells_so_or_with_its_tone_elsewhere():
    """'tiền thuê đất' typed once the same way outweighs nothing; 'hoá' and 'hóa' are one word as printed; a spelling
    the letters seldom use ('khân') is no better reading."""
    got = _with_body("tiền thuê đất", "Về tiền thuế đất, tiền thuế đất năm 2018 và tiền thuê đất của công ty như sau.")
    assert got["subject"] == "tiền thuê đất"
    got = _with_body("hoá đơn điện tử", "Về hóa đơn điện tử: hóa đơn điện tử lập theo Thông tư; hóa đơn điện tử gửi cơ quan thuế.")
    assert got["subject"] == "hoá đơn điện tử"
    got = _with_body("khẩn trương báo cáo", "Đề nghị khân trương báo cáo; các đơn vị khân trương báo cáo trước ngày 10.")
    assert got["subject"] == "khẩn trương báo cáo"


def test_a_capital_read_among_the_figures_lets_the_name_give_them():
    """'Số: 6434X/CT-TTHT': the figures misread with an 'X' among them; the name files 74915 of 13/7/2020."""
    got = _filed("CV 4915 01 06 CV 74915 13072020CTHNThuong sang", "TỔNG CỤC THUẾ\nCỤC THUẾ TP HÀ NỘI\n" + _MOTTO,
                 "Số: 6434X/CT-TTHT Hà Nội, ngày 18 tháng ?- năm 2020")
    assert (got["number"], got["issued_date"]) == ("74915/CT-TTHT", "2020-07-13")


def test_a_code_a_broken_font_decoded_to_lower_case_is_read_with_the_names_body():
    """'s6: ircr- cs': the label 'Số' and the code 'TCT-CS' through a broken font; the name files 1322 under 'TCT'."""
    got = _filed("CV 2015 04 07 CV 1322 07042015TCTDich vu", _BROKEN_HEAD,
                 "s6: ircr- cs Hd I'{Ai, ngdy 077lxdn7 4 ndm 2015.")
    assert (got["number"], got["issued_date"]) == ("1322/TCT-CS", "2015-04-07")
    # (an office's part garbled past a final 'r', 'TT&Frr', is not guessed)
    got = _filed("CV 2013 11 14 CV 198914112013CTHPTam ung", _BROKEN_HEAD,
                 "' s6,y'019 /cr-TT&Frr Hdi Phdng, ngafu4 ttuing.// niim 2013")
    assert got["number"] is None
