"""General rules added in the session of 2026-12-06 (evening), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
from engine.extraction import extract_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_a_letterhead_leaving_out_a_communes_level_takes_the_level_the_letter_names_it_with():
    """'ỦY BAN NHÂN DÂN' / 'PHÚ LỄ' (no 'XÃ'): the commune the body names again ('UBND xã Phú Lễ'); with no such
    mention the letterhead's words stand."""
    letter = ("ỦY BAN NHÂN DÂN\nPHÚ LỄ\nSố: 21/TB-UBND\n" + _MOTTO + "Phú Lễ, ngày 04 tháng 3 năm 2023\n\n"
              "THÔNG BÁO\nVề việc tiêm phòng cho đàn trâu bò\n\nKính gửi: Các thôn.\n\n"
              "Thực hiện kế hoạch của UBND xã Phú Lễ, đề nghị các thôn thực hiện.\n")
    assert extract_text(letter)["issuer"] == "UBND xã Phú Lễ"
    assert extract_text(letter.replace("UBND xã Phú Lễ", "Ban chỉ đạo"))["issuer"] != "UBND xã Phú Lễ"


def test_a_relay_clause_after_a_semicolon_dated_in_small_letters_is_read_in_a_post_addressed_to_no_one():
    """'Thực hiện chỉ đạo …; ngày 27/5/2019 UBND tỉnh ban hành Công văn số …' opening a post reports the letter; in a
    letter's own body after 'Kính gửi' the same clause cites an earlier one."""
    post = ("Tăng cường tiếp công dân\n\nThực hiện chỉ đạo của Thanh tra Chính phủ về tiếp công dân;  ngày 27/5/2019 "
            "UBND tỉnh ban hành Công văn số 1200/UBND-NC về việc tăng cường tiếp công dân dịp lễ.\n\n"
            "Theo đó, các huyện thực hiện nghiêm.\n")
    got = extract_text(post)
    assert (got["number"], got["issued_date"]) == ("1200/UBND-NC", "2019-05-27")
    assert got["subject"] == "tăng cường tiếp công dân dịp lễ"
    cited = extract_text("Kính gửi: Các Sở.\n\n" + post)
    assert cited["number"] != "1200/UBND-NC"


def test_a_relay_sentence_ends_where_a_new_line_opens_a_sentence_without_a_full_stop_before_it():
    """'… trên địa bàn tỉnh' / 'Theo đó, giao các sở …': the subject ends at the line's end; a line a sentence wraps
    onto ('… trên địa bàn' / 'tỉnh, đề nghị …') does not open so."""
    got = extract_text("Ngày 26/5/2015, UBND tỉnh ban hành Công văn số 703/UBND-TN, công tác điều chỉnh quy hoạch "
                       "sử dụng đất trên địa bàn tỉnh\nTheo đó, giao các sở rà soát nhu cầu sử dụng đất.\n")
    assert got["subject"] == "công tác điều chỉnh quy hoạch sử dụng đất trên địa bàn tỉnh"


def test_a_department_numbered_after_its_name_in_a_code_is_part_of_the_number():
    """'Số: 1855/BTĐKT-Vụ II': the department's Roman number is the code's last part."""
    got = extract_text("BAN THI ĐUA - KHEN THƯỞNG\nTRUNG ƯƠNG\nSố: 1855/BTĐKT-Vụ II\nV/v khen thưởng\n" + _MOTTO
                       + "Hà Nội, ngày 12 tháng 9 năm 2007\n\nKính gửi: Các Bộ.\n\nĐề nghị các Bộ thực hiện.\n")
    assert got["number"] == "1855/BTĐKT-VụII"


def test_a_sub_committee_under_a_congresss_organising_board_is_the_issuer_under_that_board():
    """'BAN TỔ CHỨC' / 'ĐẠI HỘI ĐẠI BIỂU …' / 'TIỂU BAN KHÁNH TIẾT': a sub-committee (a body's head of its own) under
    the board of a congress (whose 'HỘI' opens no body)."""
    got = extract_text("BAN TỔ CHỨC\nĐẠI HỘI ĐẠI BIỂU\nPHỤ NỮ TOÀN QUỐC\nTIỂU BAN KHÁNH TIẾT\n-------\n" + _MOTTO
                       + "Số: 05/BTC-KT\nV/v trang trí hội trường\n\nHà Nội, ngày 08 tháng 9 năm 2022\n\n"
                       "Kính gửi: Các đoàn đại biểu.\n\nĐề nghị các đoàn thực hiện.\n")
    assert got["issuer"].casefold() == "tiểu ban khánh tiết"
    assert got["issuer_parent"].casefold() == "ban tổ chức đại hội đại biểu phụ nữ toàn quốc"


def test_the_government_offices_department_number_spaced_by_a_copy_is_part_of_the_number():
    """'Số: 4303 / VPCP - V .I', 'Số: 2615/VPCP-V .I': the department 'V.I' however the copy spaced it."""
    for line in ("Số:  4303 / VPCP - V .I", "Số: 4303/VPCP-V .I"):
        got = extract_text("VĂN PHÒNG CHÍNH PHỦ\n" + line + "\nV/v giải quyết kiến nghị\n" + _MOTTO
                           + "Hà Nội, ngày 26 tháng 5 năm 2016\n\nKính gửi: Bộ Tài chính.\n\nĐề nghị Bộ xem xét.\n")
        assert got["number"] == "4303/VPCP-V.I", line


def test_a_telegrams_hour_of_sending_is_not_its_subject():
    """'CÔNG ĐIỆN' / 'Vào hồi 14 giờ 00 ngày 13/10/2013' / '… ĐIỆN:': the hour it is sent at, not a title."""
    got = extract_text("UBND HUYỆN AN LÃO\nBAN CHỈ HUY PCTT&TKCN\nSố: 09/CĐ-BCH\n" + _MOTTO
                       + "An Lão, ngày 13 tháng 10 năm 2013\n\nCÔNG ĐIỆN\nVào hồi 14 giờ 00 ngày 13/10/2013\n"
                       "BAN CHỈ HUY PCTT&TKCN HUYỆN AN LÃO\nĐIỆN:\nChủ tịch UBND các xã, thị trấn\n\n"
                       "Theo bản tin dự báo, bão số 11 đang tiến vào đất liền.\n")
    assert got["doc_type"] == "Công điện"
    assert got["subject"] is None or "14 giờ" not in got["subject"]


def test_a_relays_verb_typed_with_a_slipped_mark_still_reports_the_letter():
    """'Ngày 06/3/2019, Ủy ban nhân dân tỉnh X bàn hành Công văn số …': 'bàn hành' is 'ban hành' mistyped."""
    got = extract_text("Tổ chức Tết cổ truyền năm 2019\n\nNgày 06/3/2019, Ủy ban nhân dân tỉnh Trà Vinh bàn hành Công văn "
                       "số 700/UBND-VX về tổ chức Tết cổ truyền năm 2019.\n\nTheo đó, cán bộ được nghỉ 03 ngày.\n")
    assert (got["number"], got["issued_date"], got["issuer"]) == ("700/UBND-VX", "2019-03-06", "UBND tỉnh Trà Vinh")
