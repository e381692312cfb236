"""General rules added in the session of 2026-12-05 (evening), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
from engine.extraction import extract_text


def _one_line_decision(run_on: str, below: str) -> str:
    """A decision whose text layer ran its header into two lines: the letterhead and motto, then the number, the date
    and the type's title, *run_on* the title's words after it on that line, *below* the lines under it."""
    return ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH HẬU GIANG Độc lập Tự do Hạnh phúc\n"
            f"Số: 11/2020/QĐ-UBND Vị Thanh, ngày 03 tháng 4 năm 2020 QUYẾT ĐỊNH {run_on}".rstrip() + "\n" + below)


def test_a_decision_title_run_into_the_date_line_keeps_its_type_word_inside():
    # a one-line text layer broke the title after 'QUY ĐỊNH VỀ', the decision's own words ('BAN HÀNH QUY ĐỊNH')
    # on the date's line
    got = extract_text(_one_line_decision("BAN HÀNH QUY ĐỊNH VỀ",
                                          "QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH HẬU GIANG\n"
                                          "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"))
    assert got["subject"] == "Ban hành quy định về quản lý chợ trên địa bàn tỉnh Hậu Giang"


def test_an_authority_line_a_line_break_cut_is_still_cut_off_the_title():
    # '… ỦY BAN NHÂN DÂN TỈNH HẬU' / 'GIANG Căn cứ …': the authority's name finished on the body's first line
    got = extract_text(_one_line_decision("",
                                          "BAN HÀNH QUY CHẾ QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH ỦY BAN NHÂN DÂN TỈNH HẬU\n"
                                          "GIANG Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"))
    assert got["subject"] == "Ban hành quy chế quản lý chợ trên địa bàn tỉnh"


def test_a_title_ending_in_part_of_the_issuers_name_keeps_it_when_the_next_line_does_not_finish_it():
    got = extract_text(_one_line_decision("",
                                          "BAN HÀNH QUY CHẾ QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH ỦY BAN NHÂN DÂN TỈNH HẬU\n"
                                          "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"))
    assert got["subject"].lower().endswith("ủy ban nhân dân tỉnh hậu")


def test_a_title_in_capitals_run_into_the_body_keeps_its_last_words_and_loses_the_authority():
    # the title's last line, the authority line given short and the body's first words on one line
    got = extract_text(_one_line_decision("VỀ VIỆC PHÊ DUYỆT",
                                          "KẾ HOẠCH PHÁT TRIỂN CHỢ\n"
                                          "NĂM 2020, TỈNH HẬU GIANG ỦY BAN NHÂN DÂN TỈNH Căn cứ Luật Tổ chức\n"
                                          "chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"))
    assert got["subject"].lower() == "về việc phê duyệt kế hoạch phát triển chợ năm 2020, tỉnh hậu giang"


def test_a_sentence_case_line_under_a_title_in_capitals_is_still_not_the_title():
    got = extract_text(_one_line_decision("VỀ VIỆC PHÊ DUYỆT",
                                          "KẾ HOẠCH PHÁT TRIỂN CHỢ NĂM 2020\n"
                                          "Ủy ban nhân dân tỉnh Hậu Giang Căn cứ Luật Tổ chức\n"
                                          "chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"))
    assert got["subject"].lower() == "về việc phê duyệt kế hoạch phát triển chợ năm 2020"


def test_a_titles_last_year_set_apart_after_its_dash_keeps_its_closing_quote():
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\nSố: 11/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\nHậu Giang, ngày 03 tháng 4 năm 2020\n\nQUYẾT ĐỊNH\n\n"
                       "VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN ĐỀ ÁN “PHÁT TRIỂN CHỢ\nGIAI ĐOẠN 2020 -\n\n2025”\n\n"
                       "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert got["subject"].lower().endswith("giai đoạn 2020 - 2025”")


def test_a_motto_whose_viet_ocr_garbled_still_closes_the_issuers_cell():
    # the letterhead and the motto read across on one line, 'VIỆT' garbled on the next; number and date unreadable
    got = extract_text("BỘ KHOA HỌC VÀ CÔNG NGHỆ CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIẾf? NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
                       "Số: 4€ lj /GP-BKHCN Hà Nội, ngày 32 tháng _5 năm 2024\n\nGIẤY PHÉP\n\n"
                       "Vận chuyển hàng hóa nguy hiểm\n\n1. Tên đơn vị được cấp giấy phép: Công ty TNHH A.\n")
    assert got["issuer"] == "Bộ Khoa học và Công nghệ"


def _letter(letterhead: str, number: str, subject: str) -> str:
    return (f"{letterhead}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n{number}\n\n"
            f"Cần Thơ, ngày 11 tháng 11 năm 2025\n\n{subject}\n\nKính gửi: Các đơn vị.\n\n"
            "Đề nghị các đơn vị phối hợp thực hiện.\n")


def test_an_addressed_letter_whose_code_opens_with_a_planning_office_is_a_cong_van():
    # the ministry's planning and finance department codes its letters 'KH-TC': no plan has a 'V/v' and 'Kính gửi'
    got = extract_text(_letter("BỘ Y TẾ\nVỤ KẾ HOẠCH - TÀI CHÍNH", "Số: 88/KH-TC", "V/v báo cáo quyết toán năm 2024"))
    assert (got["doc_type"], got["issuer"]) == ("Công văn", "Vụ Kế hoạch - Tài chính")
    got = extract_text(_letter("ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG", "Số: 88/KH-UBND",
                               "KẾ HOẠCH\nKiểm tra an toàn thực phẩm năm 2026"))
    assert got["doc_type"] == "Kế hoạch"


def test_a_general_hospitals_central_is_no_new_body():
    got = extract_text(_letter("SỞ Y TẾ AN GIANG\nBỆNH VIỆN ĐA KHOA TRUNG TÂM\nAN GIANG", "Số: 2150/BVĐKTTAG-KHTH",
                               "V/v tiếp nhận bệnh nhân chuyển tuyến"))
    assert got["issuer"].lower() == "bệnh viện đa khoa trung tâm an giang"
    assert got["issuer_parent"] == "Sở Y tế An Giang"


def test_a_faculty_writes_under_its_university():
    got = extract_text(_letter("TRƯỜNG ĐẠI HỌC Y DƯỢC CẦN THƠ\nKHOA Y TẾ CÔNG CỘNG", "Số: 77/KYTCC",
                               "V/v tiếp nhận sinh viên thực tập"))
    assert got["issuer"].lower() == "khoa y tế công cộng"
    assert got["issuer_parent"].lower() == "trường đại học y dược cần thơ"
    got = extract_text(_letter("SỞ Y TẾ AN GIANG\nTRUNG TÂM Y TẾ GIANG THÀNH\nKHOA KIỂM SOÁT BỆNH TẬT", "Số: 15/KSBT",
                               "V/v báo cáo số liệu tiêm chủng"))
    assert got["issuer"].lower() == "khoa kiểm soát bệnh tật"  # (a health centre's department, so too)
    for school in ("TRƯỜNG ĐẠI HỌC BÁCH KHOA", "VIỆN HÀN LÂM KHOA HỌC XÃ HỘI VIỆT NAM",
                   "ĐẠI HỌC QUỐC GIA HÀ NỘI\nTRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN"):
        got = extract_text(_letter(school, "Số: 77/KYTCC", "V/v tiếp nhận sinh viên thực tập"))
        assert got["issuer"].upper() == school.split("\n")[-1]


_OFFICE = ("UBND TỈNH HẬU GIANG\nVĂN PHÒNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
           "Số: 1234/VP-KGVX\n\nHậu Giang, ngày 20 tháng 11 năm 2025\n\nV/v triển khai tiêm chủng mở rộng\n\n"
           "Kính gửi: Sở Y tế.\n\n")


def test_a_direction_given_after_giao_and_a_colon_or_asked_of_a_lead_is_read():
    got = extract_text(_OFFICE + "Chủ tịch UBND tỉnh giao: Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo, "
                                 "UBND các xã, phường triển khai thực hiện.\n")
    assert got["directive"] == {"lead": "Sở Y tế", "co": ["Sở Giáo dục và Đào tạo"]}  # (the communes: a group)
    got = extract_text(_OFFICE + "Đề nghị Sở Y tế chủ trì, phối hợp với Công an tỉnh và Sở Tư pháp kiểm tra, xử lý.\n")
    assert got["directive"] == {"lead": "Sở Y tế", "co": ["Công an tỉnh", "Sở Tư pháp"]}


def test_a_request_that_names_no_lead_is_no_direction():
    got = extract_text(_OFFICE + "Đề nghị Sở Y tế báo cáo kết quả, phối hợp với các đơn vị liên quan.\n")
    assert got["directive"] is None


def test_a_deadlines_words_run_over_a_closed_bracket():
    got = extract_text(_OFFICE + "Sở Y tế báo cáo kết quả về UBND tỉnh (qua Văn phòng UBND tỉnh) "
                                 "trước ngày 05/12/2025.\n")
    assert got["deadlines"] == [{"date": "2025-12-05", "text": "Sở Y tế báo cáo kết quả về UBND tỉnh "
                                                               "(qua Văn phòng UBND tỉnh) trước ngày 05/12/2025"}]


def _scanned(letterhead: str, number: str = "Số: 40/SYT-VP") -> str:
    """A letter as tesseract gives a printed page: the left column first, the motto's column after the body."""
    return (f"{letterhead}\n{number}\nV/v báo cáo công tác y tế cơ sở\nKính gửi: Các đơn vị trực thuộc.\n"
            "Căn cứ tình hình thực tế, đề nghị các đơn vị thực hiện.\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nAn Giang, ngày 25 tháng 11 năm 2025\n")


def test_the_rule_under_a_letterhead_read_as_specks_leaves_the_letterhead_above_it():
    for rule in (".n.œ.œ——", "na...", "-.-.—"):
        got = extract_text(_scanned(f"UBND TỈNH AN GIANG\nSỞ NÔNG NGHIỆP VÀ MÔI\nTRƯỜNG\n{rule}", "Số: 40/VP"))
        assert (got["issuer"], got["issuer_parent"]) == ("Sở Nông nghiệp và Môi trường", "UBND tỉnh An Giang"), rule
        got = extract_text(_scanned(f"TỈNH ỦY AN GIANG\nBAN TUYÊN GIÁO VÀ DÂN\nVẬN\n{rule}", "Số 21-CV/BTGDVTU"))
        assert got["issuer"] == "Ban Tuyên giáo và Dân vận", rule


def test_a_boards_word_ocr_read_with_a_grave_and_a_communes_new_office():
    got = extract_text(_scanned("HĐND TỈNH AN GIANG\nBÀN VĂN HÒA - XÃ HỘI"))
    assert (got["issuer"], got["issuer_parent"]) == ("Ban Văn hóa - Xã hội", "HĐND tỉnh An Giang")
    got = extract_text(_scanned("UBND XÃ GIANG THÀNH\nPHÒNG VĂN HÓA - XÃ HỘI"))
    assert (got["issuer"], got["issuer_parent"]) == ("Phòng Văn hóa - Xã hội", "UBND xã Giang Thành")


def test_a_departments_s_ocr_read_as_five_in_the_code():
    got = extract_text(_scanned("UBND TỈNH AN GIANG\nSỞ TÀI CHÍNH", "Số: 2468/5TC-QLNS"))
    assert (got["number"], got["issuer"], got["doc_type"]) == ("2468/STC-QLNS", "Sở Tài chính", "Công văn")
    assert got["subject"] == "báo cáo công tác y tế cơ sở"
    # (a figure and a letter cited in a body are no such code)
    assert extract_text(_scanned("UBND TỈNH AN GIANG\nSỞ TÀI CHÍNH") + "Theo Quyết định 34/5A.\n")["references"] == []


def test_letterhead_words_ocr_misread_are_respelt():
    for read, name in (("HỘI CHỦ THẬP ĐỎ TỈNH AN GIANG", "Hội Chữ thập đỏ tỉnh An Giang"),
                       ("BỆNH VIỆN SAN - NHI AN GIANG", "Bệnh viện Sản - Nhi An Giang"),
                       ("BÁO CHỈ HUY QUÂN SỰ TỈNH AN GIANG", "Bộ Chỉ huy Quân sự tỉnh An Giang")):
        got = extract_text(_scanned(read, "Số: 12/VP"))
        assert got["issuer"].lower() == name.lower(), read
    got = extract_text(_scanned("UBND TỈNH AN GIANG\nBAN CHỈ ĐẠO 389 TĨNH", "Số: 12/BCĐ389"))
    assert got["issuer"].lower() == "ban chỉ đạo 389 tỉnh"
    got = extract_text(_scanned("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH", "Số: 12/UBND-VX"))
    assert got["issuer"] == "UBND tỉnh Hà Tĩnh"


def test_the_rule_under_a_scanned_letterhead_read_as_noise_leaves_the_letterhead_above_it():
    for noise in ("kEIft 7 08/evd40/", "RQE/4Sc20 0063", "So Ê2 S0 ERAENRSieQ"):
        got = extract_text(_scanned(f"TỈNH ỦY AN GIANG\nBAN TUYÊN GIÁO VÀ DÂN\nVẬN\n{noise}", "Số 21-CV/BTGDVTU"))
        assert got["issuer"] == "Ban Tuyên giáo và Dân vận", noise
    # (a line of words above the number is no such noise: the portal's heading is not taken for a letterhead)
    got = extract_text("TIN TỨC - SỰ KIỆN\nTin tức hoạt động\nSố 21-CV/BTGDVTU\nV/v tuyên truyền\n")
    assert got["issuer"] != "Tin tức - Sự kiện"


def test_a_letterhead_name_ocr_lost_a_word_of_is_the_one_its_code_names():
    got = extract_text(_scanned("BỘ Y TẾ\nCỤC QUẢN _ KHÁM, CHỮA BỆNH", "Số: 1520/KCB-QLCL"))
    assert (got["issuer"], got["issuer_parent"]) == ("Cục Quản lý Khám, chữa bệnh", "Bộ Y tế")
    got = extract_text(_scanned("BỘ Y TẾ\nCỤC QUẢN KHÁM, CHỮA BỆNH", "Số: 1520/KCB-QLCL"))
    assert got["issuer"] == "Cục Quản lý Khám, chữa bệnh"
    # (a dash the letterhead leaves out is no lost word: the name stays as the letter writes it)
    got = extract_text(_scanned("UBND TỈNH AN GIANG\nSỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI", "Số: 650/SLĐTBXH-VP"))
    assert got["issuer"].lower() == "sở lao động thương binh và xã hội"


def test_a_subject_line_naming_the_government_stays_in_the_left_cell_of_a_scan():
    # tesseract read the two header columns across; 'Chính phủ' is no line of the motto ('Hạnh phúc')
    from engine.extraction.ocr_text import tidy
    raw = ("HĐND TỈNH AN GIANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "THƯỜNG TRỰC                        Độc lập - Tự do - Hạnh phúc\n\n"
           "Số: 2033/HĐND-VP             An Giang, ngày 10 tháng 3 năm 2025\n"
           "V/v triển khai Nghị định số\n178/2024/NĐ-CP ngày 31/12/2024\n"
           "của Chính phủ về chính sách, chế\nđộ đối với cán bộ\nKính gửi: Các đơn vị trực thuộc.\n")
    got = extract_text(tidy(raw))
    assert got["subject"] == ("triển khai Nghị định số 178/2024/NĐ-CP ngày 31/12/2024 của Chính phủ về chính sách, "
                              "chế độ đối với cán bộ")


def test_a_numbers_slash_ocr_read_as_a_fraction_slash_or_lost_before_a_bare_code():
    got = extract_text(_scanned("HĐND TỈNH AN GIANG\nTHƯỜNG TRỰC", "Số: 2033⁄HĐND-VP"))
    assert got["number"] == "2033/HĐND-VP"
    got = extract_text(_scanned("ỦY BAN NHÂN DÂN\nPHƯỜNG TÔ CHÂU", "Số:4874UBND -"))
    assert (got["number"], got["issuer"]) == ("4874/UBND", "UBND phường Tô Châu")
    # (a fraction slash after a figure at a line's end is no number: 'Trân trọng 4⁄' / 'Nơi nhận:')
    got = extract_text(_scanned("HĐND TỈNH AN GIANG\nTHƯỜNG TRỰC", "Số: 2033/HĐND-VP") + "Trân trọng 4⁄\nNơi nhận:\n")
    assert got["references"] == []


def test_specks_after_a_letterhead_name_are_not_part_of_it():
    got = extract_text(_scanned("CÔNG AN TỈNH AN GIANG _..", "Số: 12/CAT-PV01"))
    assert got["issuer"] == "Công an tỉnh An Giang"
