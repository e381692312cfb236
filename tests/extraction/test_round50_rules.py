"""General rules added in the session of 2026-12-07 (late night), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule, but the guards, which say what a rule must leave alone."""
from engine.extraction import extract_text
from engine.extraction.text import is_rule

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
_PLAN_BODY = "\nCăn cứ Kế hoạch số 15/KH-PGDĐT ngày 02/9/2022 của Phòng Giáo dục và Đào tạo;\nNhà trường xây dựng kế hoạch.\n"


def _school(head: str, title: str = "KẾ HOẠCH\nKiểm tra nội bộ năm học 2022 - 2023\n") -> dict:
    return extract_text(f"PHÒNG GD&ĐT THUẬN AN\n{head}\n{_MOTTO}Số: 41/KH-MN\nThuận An, ngày 05 tháng 9 năm 2022\n\n"
                        f"{title}{_PLAN_BODY}")


def test_a_schools_level_its_letterhead_shortens_is_written_in_full():
    """'TRƯỜNG MN …', 'TRƯỜNG MG …', 'TRƯỜNG T.H …': the kindergarten's, the nursery's and the primary school's level
    as the register writes it, the school's name a proper name."""
    assert _school("TRƯỜNG MN HOA SEN")["issuer"] == "Trường Mầm non Hoa Sen"
    assert _school("TRƯỜNG MG HOA SEN")["issuer"] == "Trường Mẫu giáo Hoa Sen"
    assert _school("TRƯỜNG T.H LÊ LỢI")["issuer"] == "Trường Tiểu học Lê Lợi"


def test_a_school_of_two_levels_keeps_its_short_name():
    assert _school("TRƯỜNG TH&THCS LÊ LỢI")["issuer"] == "Trường TH&THCS Lê Lợi"


def test_a_place_named_ban_keeps_its_grave_in_a_schools_name():
    """'TRƯỜNG MN BÀN THẠCH': the commune's 'Bàn', not a board's 'BAN' OCR gave a grave."""
    assert _school("TRƯỜNG MN BÀN THẠCH")["issuer"] == "Trường Mầm non Bàn Thạch"


def test_a_motto_typed_without_the_i_of_hoi_is_no_part_of_the_letterhead():
    """'TRƯỜNG MẦM NON HOA SEN<tab>CỘNG HOÀ XÃ HỘ CHỦ NGHĨA VIỆT NAM': the motto beside the school's line, mistyped."""
    got = extract_text("PHÒNG GD&ĐT THUẬN AN\nTRƯỜNG MẦM NON HOA SEN\tCỘNG HOÀ XÃ HỘ CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\nSố: 41/KH-MN\tThuận An, ngày 05 tháng 9 năm 2022\n\n"
                       "KẾ HOẠCH\nKiểm tra nội bộ năm học 2022 - 2023\n" + _PLAN_BODY)
    assert got["issuer"] == "Trường Mầm non Hoa Sen"


def test_a_rule_with_a_symbol_fonts_ornament_is_a_rule():
    """'--------- aa&bb ---------' (a Wingdings ornament typed as letters) under the letterhead is the rule under it;
    the letterhead above it is read."""
    assert is_rule("--------- aa&bb  ---------") and is_rule("-----oOo-----") and is_rule("—o0o—")
    got = extract_text("PHÒNG GD&ĐT THUẬN AN\nTRƯỜNG TIỂU HỌC HOA SEN\n--------- aa&bb  ---------\n\n" + _MOTTO
                       + "Số: 41/KH-TH\nThuận An, ngày 05 tháng 9 năm 2022\n\nKẾ HOẠCH\nKiểm tra nội bộ năm học 2022 - 2023\n"
                       + _PLAN_BODY)
    assert got["issuer"] == "Trường Tiểu học Hoa Sen"


def test_a_rule_guard_a_line_with_a_word_between_dashes_is_text():
    assert not is_rule("-- Số 5 --") and not is_rule("--- GD&ĐT ---")


def test_words_typed_in_the_legacy_encoding_on_a_unicode_line_are_decoded():
    """'Số: 41/KH-TH   §«ng Trµ, ngµy 05 th¸ng 9 n¨m 2022': the number typed again in Unicode, the date line left in
    the .VnTime font; the date is read."""
    got = extract_text("UBND HUYỆN TIỀN HẢI\nTRƯỜNG TIỂU HỌC ĐÔNG HẢI\n" + _MOTTO
                       + "Số: 41/KH-TH            §«ng H¶i, ngµy 05 th¸ng 9 n¨m 2022\n\nKẾ HOẠCH\n"
                       "Kiểm tra nội bộ năm học 2022 - 2023\n\n- Căn cứ h­íng dÉn cña Phßng GD&ĐT vÒ nhiÖm vô n¨m häc;\n")
    assert got["issued_date"] == "2022-09-05"


def test_a_legacy_guard_quoted_words_and_a_section_sign_stay():
    """A Unicode page with guillemets and a section sign, enough of the legacy's signs elsewhere: left alone."""
    from engine.extraction.legacy import decode
    line = "Báo «Tin» đăng § 3 của Luật; iPhone và McDonald"
    assert decode("C«ng v¨n cña Bé Y tÕ vÒ viÖc\n" + line).split("\n")[1] == line


def test_a_v_v_behind_a_fraction_slash_opens_the_subject():
    """'“V⁄v quyên góp …”': the page's fraction slash in the label."""
    got = extract_text("HUYỆN ĐOÀN ĐĂK HÀ\n" + _MOTTO + "Số: 168-CV/ĐTN\nĐăk Hà, ngày 21 tháng 10 năm 2019\n"
                       "“V⁄v quyên góp ủng hộ Chương trình\nTình nguyện mùa đông năm 2019”\n\n"
                       "Kính gửi: Các cơ sở Đoàn trực thuộc\n\nBan Thường vụ Huyện đoàn đề nghị …\n")
    assert got["subject"] == "quyên góp ủng hộ Chương trình Tình nguyện mùa đông năm 2019"


def test_a_title_with_the_subjects_first_words_goes_on_in_sentence_case():
    """'KẾ HOẠCH CHUYÊN MÔN' / 'Năm học 2022 - 2023': the type, then the subject begun on its line; a 'v/v' the basis
    cites further down is another document's subject."""
    got = _school("TRƯỜNG TIỂU HỌC HOA SEN", "KẾ HOẠCH CHUYÊN MÔN\nNăm học 2022 - 2023\n\n- Căn cứ công văn số 496/PGDĐT "
                  "ngày 30/8/2022 của Phòng GD&ĐT v/v hướng dẫn sinh hoạt cụm chuyên môn;\n")
    assert (got["doc_type"], got["subject"]) == ("Kế hoạch", "Chuyên môn Năm học 2022 - 2023")


def test_a_title_with_the_subjects_first_words_guard_goes_on_over_capitals():
    """'QUYẾT ĐỊNH BAN HÀNH' / 'QUY CHẾ …' in capitals: the title goes on over its capitals, as it did before."""
    got = extract_text("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n" + _MOTTO + "Số: 12/QĐ-UBND\nAn Bình, ngày 05 tháng 9 năm 2022\n\n"
                       "QUYẾT ĐỊNH BAN HÀNH\nQUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ AN BÌNH\n\n"
                       "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN BÌNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert got["subject"].lower() == "ban hành quy chế làm việc của ủy ban nhân dân xã an bình"


def test_a_titles_period_in_sentence_case_under_its_capitals_ends_it():
    """'TỔ CHỨC CHO BÉ THAM QUAN NHÀ SÁCH' / 'Năm học 2019-2020': the school year the title is for."""
    got = _school("TRƯỜNG MẦM NON HOA SEN", "KẾ HOẠCH\nTỔ CHỨC CHO BÉ THAM QUAN NHÀ SÁCH\nNăm học 2019-2020\n")
    assert got["subject"].lower() == "tổ chức cho bé tham quan nhà sách năm học 2019-2020"


def test_a_period_guard_a_sentence_opening_with_the_school_year_is_the_body():
    got = _school("TRƯỜNG MẦM NON HOA SEN", "KẾ HOẠCH\nTỔ CHỨC CHO BÉ THAM QUAN NHÀ SÁCH\n"
                  "Năm học 2019-2020, nhà trường tiếp tục đổi mới các hoạt động.\n")
    assert got["subject"].lower() == "tổ chức cho bé tham quan nhà sách"


def test_a_date_lines_place_typed_with_a_small_letter_dates_the_letter():
    """'Trung lộc, ngày 28 tháng 5 năm 2019': the commune's second word typed small."""
    got = extract_text("UBND HUYỆN CAN LỘC\nTRƯỜNG MN TRUNG LỘC\n" + _MOTTO + "Số: 15/CV-MN\n"
                       "V/v triển khai phong trào chống rác thải nhựa\n\nTrung lộc, ngày 28 tháng 5 năm 2019\n\n"
                       "Kính gửi: Cán bộ, giáo viên, nhân viên\n\nNhà trường yêu cầu …\n")
    assert (got["issued_date"], got["place"]) == ("2019-05-28", "Trung Lộc")


def test_a_small_letter_place_guard_a_sentences_time_is_no_place():
    """A record's 'Hôm nay, ngày 05 tháng 3 năm 2020 …' under a date line left blank: 'Hôm nay' is no place."""
    got = extract_text("UBND XÃ AN BÌNH\n" + _MOTTO + "Số: 15/BB-UBND\nAn Bình, ngày    tháng    năm 2020\n\n"
                       "BIÊN BẢN\nHọp Ban chỉ đạo\n\nHôm nay, ngày 05 tháng 3 năm 2020, tại trụ sở UBND xã …\n")
    assert got["place"] in (None, "An Bình")
    page = extract_text("Thứ tư, ngày 3 tháng 6 năm 2020\nRSS\n\nCông văn Bộ Y tế gửi các Viện về giám sát bệnh\n\n"
                        "Tuy nhiên, ngày 15 tháng 10 năm 2016\ntrùng vào ngày thứ bảy.\n")
    assert page["place"] is None  # a page's weekday, a sentence's connective


def test_a_posts_title_in_title_case_types_it():
    """A school site's post headed 'Kế Hoạch Tổ Chức “Bé Vui Hội Xuân” Năm 2024', no letterhead."""
    got = extract_text("Kế Hoạch Tổ Chức “Bé Vui Hội Xuân” Năm 2024\n\nThứ năm - 11/01/2024 22:32\n\n"
                       "Căn cứ Công văn số 226/PGDĐT-MN ngày 18/9/2023 của Phòng Giáo dục và Đào tạo;\n"
                       "Trường Mầm non An Lập xây dựng kế hoạch như sau:\n")
    assert got["doc_type"] == "Kế hoạch" and got["subject"] == "Tổ Chức “Bé Vui Hội Xuân” Năm 2024"


def test_the_enacting_words_type_a_text_whose_title_was_lost():
    """'Số: 559/TC-LHH' (no type in its code), the authority line, the basis, then 'QUYẾT ĐỊNH' / 'Điều 1': a decision."""
    got = extract_text("LIÊN HIỆP CÁC HỘI\nKHOA HỌC VÀ KỸ THUẬT VIỆT NAM\n" + _MOTTO + "Số: 559/TC-LHH\n"
                       "Hà Nội, ngày 10 tháng 7 năm 1991\n\nCHỦ TỊCH HỘI ĐỒNG TRUNG ƯƠNG\n\nCăn cứ Điều lệ;\n"
                       "Xét đề nghị của Ban Vận động,\n\nQUYẾT ĐỊNH\n\nĐiều 1: Cho phép Ban vận động hoạt động.\n")
    assert got["doc_type"] == "Quyết định"


def test_a_towns_school_shortened_is_written_in_full():
    assert _school("TRƯỜNG MNTT CẦN GIUỘC")["issuer"].lower() == "trường mầm non thị trấn cần giuộc"


def test_a_plans_theme_under_its_title_is_no_part_of_the_subject():
    """'Công tác Đội … tháng 12' / 'Chủ đề: “Tự hào anh bộ đội cụ Hồ”': the month's theme, not its subject."""
    got = _school("TRƯỜNG THCS HOA SEN", "KẾ HOẠCH\nCông tác Đội và phong trào thiếu nhi tháng 12\n"
                  "Chủ đề: “Tự hào anh bộ đội cụ Hồ”\n")
    assert got["subject"] == "Công tác Đội và phong trào thiếu nhi tháng 12"


def test_a_title_with_its_school_year_below_a_number_left_blank_opens_the_subject():
    """A site's title line above the letterhead ('KẾ HOẠCH NĂM HỌC 2021- 2022'), the number left blank for the
    register, then the letter's own 'KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG NĂM HỌC 2021 - 2022'."""
    got = extract_text("KẾ HOẠCH NĂM HỌC 2021- 2022\nPHÒNG GD&ĐT DIỄN CHÂU\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "TRƯỜNG MẦM NON HOA SEN\tĐộc lập - Tự do - Hạnh phúc\n"
                       "Số:         /KH-TMN\tDiễn Liên, ngày        tháng 9 năm 2021\n\n"
                       "KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG NĂM HỌC 2021 - 2022\n\nI. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n"
                       "Thông tư số 52/2020/TT-BGDĐT ngày 31/12/2020 của Bộ Giáo dục và Đào tạo.\n")
    assert got["subject"].lower() == "giáo dục nhà trường năm học 2021 - 2022"
