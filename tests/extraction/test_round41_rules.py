"""General rules added in the session of 2026-12-06 (late), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
from engine.extraction import extract_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_a_name_only_ever_typed_is_not_respelt_as_a_letterheads_capitals_are():
    """A post typing 'UBND xã Vinh Hiền' (never in capitals) keeps its 'Hiền', which the word model would read as
    the likelier 'Hiển' in a letterhead's capitals, where OCR misreads marks."""
    post = ("Ngày 04 tháng 8 năm 2020, UBND xã Vinh Hiền ban hành thông báo số 415/TB-UBND về việc thu phí vệ sinh "
            "môi trường trên địa bàn xã.\n\nUBND xã Vinh Hiền thông báo để các hộ dân biết.\n")
    assert extract_text(post)["issuer"] == "UBND xã Vinh Hiền"


def test_the_left_cells_word_a_copy_printed_inside_the_motto_ends_the_issuers_name():
    """'BỘ THÔNG TIN VÀ TRUYỀN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT THÔNG NAM': a one-line copy read the left cell's
    wrapped 'THÔNG' between the motto's 'VIỆT' and 'NAM'."""
    got = extract_text("BỘ THÔNG TIN VÀ TRUYỀN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT THÔNG NAM ------- Độc lập - Tự do - "
                       "Hạnh phúc -------------- Số: 31/2009/QĐ-BTTTT Hà Nội, ngày 12 tháng 5 năm 2009\n\n"
                       "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ CẤP MÃ SỐ\n\nBỘ TRƯỞNG BỘ THÔNG TIN VÀ TRUYỀN THÔNG\n"
                       "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\n")
    assert got["issuer"] == "Bộ Thông tin và Truyền thông"
    assert got["number"] == "31/2009/QĐ-BTTTT"


def test_the_democratic_republics_motto_is_no_part_of_the_letterhead():
    """'VIỆT NAM DÂN CHỦ CỘNG HOÀ' stands where the motto stands on letters before 1976: the ministry alone issues."""
    got = extract_text("BỘ NỘI VỤ\n******\n\nVIỆT NAM DÂN CHỦ CỘNG HOÀ\nĐộc lập - Tự do - Hạnh phúc\n********\n\n"
                       "Số: 215-NV\n\nHà Nội, ngày 03 tháng 04 năm 1968\n\nQUYẾT ĐỊNH\n\n"
                       "PHÊ CHUẨN VIỆC THÀNH LẬP XÃ MỚI THUỘC HUYỆN VĂN BÀN\n\nBỘ TRƯỞNG BỘ NỘI VỤ\n")
    assert (got["issuer"], got["number"], got["issued_date"]) == ("Bộ Nội vụ", "215-NV", "1968-04-03")


def test_a_post_dating_a_numberless_letter_of_a_body_spelt_out_gives_its_date():
    """'Ngày 01/11/2021, Ủy ban nhân dân huyện …': the body spelt out with its capital 'Ủ' opens the same sentence as
    'UBND huyện …' does."""
    post = ("Thông báo tạm dừng hoạt động chợ Mỹ An\n\nNgày 01/11/2021, Ủy ban nhân dân huyện Tháp Mười ban hành "
            "Thông báo tạm dừng hoạt động chợ Mỹ An.\n\nĐể phòng, chống dịch, Ủy ban nhân dân huyện Tháp Mười "
            "thông báo:\n1. Tạm dừng hoạt động chợ.\n")
    got = extract_text(post)
    assert got["issued_date"] == "2021-11-01"
    assert got["issuer"] in ("Ủy ban nhân dân huyện Tháp Mười", "UBND huyện Tháp Mười")


def test_a_committee_run_on_into_its_type_and_title_is_named_under_the_place_after_its_comma():
    """A post's one-line heading 'ỦY BAN NHÂN DÂN PHƯỜNG X, THÀNH PHỐ Y, TỈNH Z THÔNG BÁO VỀ VIỆC …': the ward's
    committee, under the city's (not 'Báo Về việc …' under 'UBND phường …, Tỉnh Z Thông')."""
    post = ("Thông báo về việc giải tỏa hành lang\n\nỦY BAN NHÂN DÂN PHƯỜNG AN PHÚ, THÀNH PHỐ TUY HÒA, TỈNH PHÚ YÊN "
            "THÔNG BÁO VỀ VIỆC GIẢI TỎA HÀNH LANG AN TOÀN GIAO THÔNG.\n\nĐề nghị các hộ dân tự tháo dỡ công trình "
            "tại UBND phường An Phú trước ngày 30/5/2024.\n")
    got = extract_text(post)
    assert (got["issuer"], got["issuer_parent"]) == ("UBND phường An Phú", "UBND thành phố Tuy Hòa")


def test_a_decisions_authority_line_run_into_its_first_basis_ends_the_title():
    """'… TỈNH BÌNH THUẬNCăn cứ Luật …': a copy ran the authority line into its first 'Căn cứ'; the title ends
    above it and the basis is cited."""
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 56/QĐ-UBND\n" + _MOTTO + "Phú Yên, ngày 3 tháng 4 năm 2025\n"
                       "QUYẾT ĐỊNH\nVề việc kiện toàn Ban Chỉ đạo phòng chống thiên tai\n"
                       "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ YÊNCăn cứ Nghị định số 66/2021/NĐ-CP ngày 06/7/2021;\n"
                       "QUYẾT ĐỊNH:\nĐiều 1. Kiện toàn Ban Chỉ đạo.\n")
    assert got["subject"] == "Về việc kiện toàn Ban Chỉ đạo phòng chống thiên tai"
    assert got["references"] == ["66/2021/NĐ-CP"]


def test_a_title_whose_type_line_was_lost_is_read_above_the_basis():
    """'Số: 05/2003/TT-BYT' … 'Hướng dẫn việc cấp …' / 'Căn cứ …': a circular's title with its 'THÔNG TƯ' line lost
    is the subject; a sentence that opens the body is none."""
    head = ("BỘ Y TẾ\n" + _MOTTO + "Số: 05/2003/TT-BYT\nHà Nội, ngày 12 tháng 03 năm 2003\n\n"
            "Hướng dẫn việc cấp giấy chứng nhận đủ điều kiện kinh doanh thuốc\n\n\n")
    assert extract_text(head + "Căn cứ Luật Dược;\n")["subject"] == (
        "Hướng dẫn việc cấp giấy chứng nhận đủ điều kiện kinh doanh thuốc")
    assert extract_text(head + "Bộ Y tế hướng dẫn như sau.\n")["subject"] is None


def test_a_department_named_with_its_city_abbreviated_is_under_that_citys_committee():
    """'… của Sở Nông nghiệp và Phát triển nông thôn TPHCM': the department, under the committee of Hồ Chí Minh
    City, which 'TPHCM' and 'TP HCM' abbreviate."""
    post = ("Kết quả phòng chống dịch cúm gia cầm năm 2006\n\nBáo cáo số 12/BC-SNN-NN ngày 15/01/2007 của Sở Nông "
            "nghiệp và Phát triển nông thôn {}.\n\nI. ĐẶC ĐIỂM TÌNH HÌNH\nTình hình dịch cúm gia cầm.\n")
    for city in ("TPHCM", "TP HCM"):
        got = extract_text(post.format(city))
        assert (got["issuer"], got["issuer_parent"]) == (
            "Sở Nông nghiệp và Phát triển nông thôn", "UBND thành phố Hồ Chí Minh")


def test_the_last_day_of_the_time_given_to_carry_out_a_notice_is_a_deadline():
    """'Thời gian thực hiện: Từ ngày 07/3/2024 đến hết ngày 17/3/2024' sets 17/3 as the day to have it done, as
    'Thời gian đăng ký: …' already did."""
    notice = ("ỦY BAN NHÂN DÂN\nPHƯỜNG AN PHÚ\nSố: 21/TB-UBND\n" + _MOTTO + "An Phú, ngày 05 tháng 3 năm 2024\n\n"
              "THÔNG BÁO\nVề việc kê khai, di dời mồ mả\n\nThông báo cho các thân nhân có mồ mả đến kê khai.\n"
              "- Thời gian thực hiện: Từ ngày 07/3/2024 đến hết ngày 17/3/2024.\n")
    assert [d["date"] for d in extract_text(notice)["deadlines"]] == ["2024-03-17"]


def test_the_type_of_the_text_a_decision_issues_is_no_part_of_its_signing_authority():
    """'TM. UỶ BAN NHÂN DÂN' / 'QUY CHẾ' (the regulation the decision issues, printed under its signature): the
    authority ends at its body; 'TM. ỦY BAN NHÂN' / 'DÂN' still goes on."""
    decision = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 88/2009/QĐ-UBND\n" + _MOTTO + "Vinh, ngày 02 tháng 10 năm 2009\n\n"
                "QUYẾT ĐỊNH\nBan hành Quy chế phối hợp\n\nỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành "
                "kèm theo Quyết định này Quy chế.\n\n{}\nQUY CHẾ\nPHỐI HỢP THỰC HIỆN CÔNG TÁC QUẢN LÝ\n")
    assert extract_text(decision.format("| TM. UỶ BAN NHÂN DÂN |"))["signing_authority"] == "TM. Ủy ban nhân dân"
    assert extract_text(decision.format("TM. ỦY BAN NHÂN\nDÂN"))["signing_authority"] == "TM. Ủy ban nhân dân"


def test_the_hyphen_our_ocr_lost_after_a_committees_code_is_put_back():
    """'Số:722/UBNDMT -' (tesseract pushed the hyphen past the unit's code): '722/UBND-MT', as the letter prints
    it; a text copy typed 'UBNDYT' keeps what it typed."""
    from engine.extraction.ocr_text import tidy

    scan = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố:{} -\nV/v tổ chức rà soát cơ sở gây ô nhiễm\n\n" + _MOTTO +
            "Bắc Giang, ngày 28 tháng 03 năm 2013\n\nKính gửi: Sở Tài nguyên và Môi trường\n")
    assert extract_text(tidy(scan.format("722/UBNDMT")))["number"] == "722/UBND-MT"
    assert extract_text(tidy(scan.format("722/UBND-MT")))["number"] == "722/UBND-MT"
    assert extract_text(scan.format("722/UBNDYT"))["number"] == "722/UBNDYT"
