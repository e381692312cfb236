"""General rules added in the session of 2026-12-07, each on a short made-up snippet (never a copy of a labelled
letter); each fails without its rule."""
from engine.extraction import extract_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_a_committee_found_again_written_out_keeps_the_registers_short_form():
    """A letterhead's province the word model doubts ('ĐĂK NÔNG') is looked for where the text writes the name
    again; a site's line writing the committee out ('do Ủy ban nhân dân tỉnh Đắk Nông ban hành') still gives
    'UBND', as the register writes it."""
    got = extract_text(
        "Quyết định 12/2006/QĐ-UBND về quản lý chợ do Ủy ban nhân dân tỉnh Đắk Nông ban hành\n\n"
        "ỦY BAN NHÂN DÂN\nTỈNH ĐĂK NÔNG\n-------\n\n" + _MOTTO + "\nSố: 12/2006/QĐ-UBND\n\n"
        "Gia Nghĩa, ngày 03 tháng 4 năm 2006\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC BAN HÀNH QUY ĐỊNH QUẢN LÝ CHỢ\n\n"
        "Căn cứ Luật tổ chức HĐND và UBND ngày 26/11/2003;\n")
    assert got["issuer"] == "UBND tỉnh Đắk Nông"


def test_the_republic_a_sentence_names_is_no_letterheads_motto():
    """A decision copied from its title down cites 'Pháp lệnh … nước Cộng hòa xã hội chủ nghĩa Việt Nam' in its
    basis: that is no motto to anchor a header on, so the title, its subject and the authority line are read."""
    got = extract_text(
        "QUYẾT ĐỊNH\n\nVề việc phòng chống dịch bệnh cho đàn gia cầm\n\n______________\n\n"
        "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\n\n"
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 30 tháng 6 năm 1989;\n\n"
        "Căn cứ Pháp lệnh Thú y nước Cộng hòa xã hội chủ nghĩa Việt Nam công bố ngày 15/02/1993;\n\n"
        "Xét đề nghị của Sở Nông nghiệp,\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Tiêm phòng cho đàn gia cầm.\n")
    assert (got["doc_type"], got["issuer"], got["subject"]) == \
        ("Quyết định", "UBND tỉnh Yên Bái", "Về việc phòng chống dịch bệnh cho đàn gia cầm")


def test_an_old_style_number_may_name_a_numbered_department():
    """'Số: 507-VP18': the old form with no slash, its code ending in the department's number."""
    got = extract_text("PHỦ THỦ TƯỚNG\n*****\n\n" + _MOTTO + "\nSố: 507-VP18\n\nHà Nội, ngày 12 tháng 05 năm 1976\n\n"
                       "QUYẾT ĐỊNH\n\nPHÊ CHUẨN VIỆC THÀNH LẬP XÃ MỚI THUỘC HUYỆN X\n\nBỘ TRƯỞNG PHỦ THỦ TƯỚNG\n")
    assert got["number"] == "507-VP18"


def test_an_old_gazette_title_with_a_number_in_the_old_form():
    """'QUYẾT ĐỊNH' / 'CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 88-HĐBT NGÀY …' / 'VỀ VIỆC …' over two lines: the title carries the
    type, the number in its old form and the subject."""
    got = extract_text(
        "QUYẾT ĐỊNH\n\nCỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 88-HĐBT\nNGÀY 5 THÁNG 6 NĂM 1984 VỀ VIỆC ĐIỀU CHỈNH ĐỊA GIỚI\n\n"
        "HAI XÃ THUỘC TỈNH NGHỆ TĨNH\n\n \n\nHỘI ĐỒNG BỘ TRƯỞNG\n\nCăn cứ Điều 107 của Hiến pháp;\n\n"
        "QUYẾT ĐỊNH\n\nĐiều 1.- Điều chỉnh địa giới hai xã như sau:\n")
    assert (got["doc_type"], got["number"], got["subject"].casefold()) == \
        ("Quyết định", "88-HĐBT", "điều chỉnh địa giới hai xã thuộc tỉnh nghệ tĩnh")


def test_a_head_who_wires_in_sentence_case_sends_a_telegram():
    """'Thủ tướng Chính phủ điện' over the addressees, in sentence case and with no colon: a telegram, though its
    number's code names no type."""
    got = extract_text("THỦ TƯỚNG CHÍNH PHỦ\n******\n\n" + _MOTTO + "\nSố: 845/CP-NN\n\nHà Nội, ngày 12 tháng 10 năm 1998\n\n"
                       "Thủ tướng Chính phủ điện\n\n- Ban chỉ đạo phòng, chống lụt, bão Trung ương,\n"
                       "- Ủy ban nhân dân các tỉnh ven biển.\n\nBão số 4 đang hướng vào đất liền.\n")
    assert (got["doc_type"], got["number"]) == ("Công điện", "845/CP-NN")


def test_a_line_ending_on_electricity_sends_no_telegram():
    """A subject about electricity ('… tiết kiệm điện') is no sender wiring."""
    got = extract_text("BỘ CÔNG THƯƠNG\n\n" + _MOTTO + "\nSố: 845/BCT-ĐTĐL\nV/v tăng cường tiết kiệm điện\n\n"
                       "Hà Nội, ngày 12 tháng 10 năm 2019\n\nKính gửi: Ủy ban nhân dân các tỉnh\n\nBộ Công Thương đề nghị.\n")
    assert (got["doc_type"], got["subject"]) == ("Công văn", "tăng cường tiết kiệm điện")


def test_a_partys_number_spaced_after_its_dash_in_a_news_sentence():
    """'… vừa ban hành Chỉ thị số 11- CT/TW về …': the number is read whole, with its type and subject."""
    got = extract_text("05/03/2017 - 09:30\n\nBan Bí thư ra chỉ thị mới\n\nBan Bí thư Trung ương Đảng vừa ban hành "
                       "Chỉ thị số 11- CT/TW về tăng cường công tác dân vận trong tình hình mới. Trân trọng giới thiệu:\n\n"
                       "Thời gian qua, công tác dân vận đạt nhiều kết quả.\n")
    assert (got["doc_type"], got["number"], got["subject"]) == \
        ("Chỉ thị", "11-CT/TW", "tăng cường công tác dân vận trong tình hình mới")


def test_an_old_addressed_letters_subject_in_capitals_under_its_date_line():
    """'VỀ VIỆC …' in capitals under the date line of a letter addressed with 'Kính gửi' is its subject."""
    got = extract_text("BỘ GIÁO DỤC\n\nSố: 41-CTPT\n\nHà Nội, ngày 12 tháng 09 năm 1963\n\n"
                       "VỀ VIỆC TỔ CHỨC LAO ĐỘNG SẢN XUẤT TRONG CÁC TRƯỜNG\n\nBỘ TRƯỞNG BỘ GIÁO DỤC\n\n"
                       "Kính gửi: Các Ủy ban hành chính các tỉnh\n\nTrong năm học qua các trường đã có nhiều cố gắng.\n")
    assert got["subject"] == "Tổ chức lao động sản xuất trong các trường"


def test_a_universitys_graduate_office_announcing_is_the_issuer():
    """'Phòng Sau đại học thông báo …' opening a page that lost the header names its issuer."""
    got = extract_text("Thông báo về việc đăng ký học phần bổ sung\n\nPhòng Sau đại học thông báo về việc đăng ký "
                       "học phần bổ sung học kỳ 1 năm học 2024-2025 như sau:\n\n- Đối tượng: học viên cao học.\n")
    assert (got["doc_type"], got["issuer"]) == ("Thông báo", "Phòng Sau đại học")


def test_a_small_letterheads_column_beside_the_motto_leaves_it_the_motto():
    """'Sở Y tế' typed in small letters in the column beside the motto ends in a small word, but the gap between
    them is a column's, not a sentence's: the motto is still where the header is anchored."""
    from engine.extraction import start
    text = "Ủy ban nhân dân tỉnh Kiên Giang\nSở Y tế        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    assert start._motto_at(text, 0) == text.index("CỘNG")
    assert start._motto_at("Căn cứ Pháp lệnh Thú y nước " + text[text.index("CỘNG"):], 0) is None


def test_an_old_joint_circulars_type_and_the_ministries_named_under_it():
    """'THÔNG TƯ LIÊN BỘ' is a type of its own; the line under it naming the ministries by sector alone ('LAO ĐỘNG
    - THƯƠNG BINH VÀ XÃ HỘI - TÀI CHÍNH') is no part of its title."""
    got = extract_text("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI-BỘ TÀI CHÍNH\nSố: 9/TT-LB\n" + _MOTTO +
                       "Hà Nội, ngày 12 tháng 6 năm 1990\n\nTHÔNG TƯ LIÊN BỘ\n\nLAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI - TÀI CHÍNH\n\n"
                       "Hướng dẫn chế độ trợ cấp đối với công nhân viên chức nghỉ việc\n\n"
                       "Thi hành Quyết định số 176/HĐBT ngày 9-10-1989 của Hội đồng Bộ trưởng, Liên bộ hướng dẫn như sau:\n")
    assert (got["doc_type"], got["subject"]) == \
        ("Thông tư liên bộ", "Hướng dẫn chế độ trợ cấp đối với công nhân viên chức nghỉ việc")


def test_a_relay_dated_with_dots_and_its_subject_up_to_what_follows():
    """'…, ngày 7.10.2021, Chủ tịch UBND tỉnh có công điện số …': a date written with dots opens the sentence that
    reports the letter; its subject stops before ', cụ thể như sau' and before 'trong đó có …'."""
    got = extract_text("Công điện về phòng chống dịch\n\nTrước tình hình dịch bệnh ở tỉnh Cao Bằng, ngày 7.10.2021, "
                       "Chủ tịch UBND tỉnh có công điện số 412/CĐ-CTUBND về việc tiếp nhận công dân trở về từ các tỉnh "
                       "phía Nam, cụ thể như sau:\n\n1. Các huyện lập chốt kiểm soát.\n")
    assert (got["number"], got["issued_date"], got["subject"]) == \
        ("412/CĐ-CTUBND", "2021-10-07", "tiếp nhận công dân trở về từ các tỉnh phía Nam")
    got = extract_text("Quyết định công nhận xã\n\nNgày 17/5/2021, Ủy ban nhân dân tỉnh Thái Bình ban hành Quyết định số "
                       "77/QĐ-UBND phê duyệt danh sách các xã đạt chuẩn nông thôn mới năm 2021 trong đó có 12 xã của "
                       "4 huyện.\n\nTheo đó, huyện Vũ Thư có 3 xã.\n")
    assert got["subject"] == "phê duyệt danh sách các xã đạt chuẩn nông thôn mới năm 2021"


def test_a_portals_answer_sending_the_reader_to_the_letter():
    """A portal's answer to a firm closing 'Xem chi tiết tại Công văn 1518/UBND-KT ngày 10/4/2023' names the letter's
    number and date."""
    got = extract_text("THÔNG TIN Ý KIẾN\nQuảng Bình\n\nVề xin gia hạn giấy phép khai thác mỏ đá.\n\nTHÔNG TIN PHẢN HỒI\n\n"
                       "UBND tỉnh có ý kiến như sau:\nThống nhất chủ trương theo đề nghị của Sở Tài nguyên và Môi trường.\n"
                       ".........\nXem chi tiết tại Công văn 2231/UBND-KT ngày 14/6/2023\n")
    assert (got["number"], got["issued_date"]) == ("2231/UBND-KT", "2023-06-14")


def test_a_posts_date_stamp_is_no_part_of_the_title_above_it():
    """A portal's post date under its title ('Về việc … năm 2021' / '19/08/2021', '… 12/03/2024 20:01    19') is not
    the subject's end; a date a word leads into on the title's own line ('… trước ngày 30/11/2024') is."""
    def subject(title: str, stamp: str) -> str:
        return extract_text(f"{title}\n\n{stamp}\n\nSở Tài nguyên và Môi trường ban hành văn bản gửi các cơ sở.\n")["subject"]
    assert subject("Về việc thực hiện quan trắc môi trường định kỳ năm 2021", "19/08/2021") == \
        "thực hiện quan trắc môi trường định kỳ năm 2021"
    assert subject("THÔNG BÁO VỀ VIỆC DI DỜI MỒ MẢ", "12/03/2024 20:01    19").casefold() == "về việc di dời mồ mả"
    assert subject("Về việc báo cáo kết quả trước ngày 30/11/2024", "19/08/2021") == \
        "báo cáo kết quả trước ngày 30/11/2024"


def test_a_number_a_sentence_reports_is_no_number_line():
    """'… Sở Công Thương có văn bản Số 2638/SCT-KTATMT về việc …. Để …': the capital 'Số' in a sentence reporting a
    letter is no header's number line; the subject ends with the sentence."""
    got = extract_text("Bạn đang ở đây\n\nPhổ biến quy chuẩn về an toàn điện\n\n18/11/2022 16:28:12\n\nThực hiện nhiệm vụ "
                       "quản lý nhà nước về an toàn điện trên địa bàn tỉnh, Ngày 16 tháng 11 năm 2022 Sở Công Thương tỉnh "
                       "Yên Bái có văn bản Số 2701/SCT-KTATMT về việc phổ biến quy chuẩn về an toàn điện. Để bảo đảm an "
                       "toàn, Sở đề nghị các tổ chức thực hiện.\n")
    assert (got["number"], got["subject"]) == ("2701/SCT-KTATMT", "phổ biến quy chuẩn về an toàn điện")


def test_a_departments_unit_reported_as_sending_its_letter_leaves_the_department_the_issuer():
    """'Ngày …, Phòng Kỹ thuật an toàn môi trường Sở Công Thương tỉnh X có văn bản số …': the unit drafts it, the
    department issues it."""
    got = extract_text("Tin tức\n\nNgày 16 tháng 11 năm 2022, Phòng Quản lý năng lượng Sở Công Thương tỉnh Lạng Sơn "
                       "có văn bản số 2701/SCT-QLNL về việc tiết kiệm năng lượng trong mùa khô.\n\nCác đơn vị thực hiện.\n")
    assert (got["number"], got["issuer"], got["issuer_parent"]) == ("2701/SCT-QLNL", "Sở Công Thương", "UBND tỉnh Lạng Sơn")


def test_electrical_safety_is_not_respelt_comprehensive():
    """'an toàn điện' (electrical safety) is no misread of the likelier bigram 'toàn diện': a crossbar is a letter,
    put on or taken off only for a rarer word ('dến' -> 'đến')."""
    from engine.extraction import ocr_words
    assert ocr_words.correct("tăng cường công tác an toàn điện trong mùa mưa bão") == \
        "tăng cường công tác an toàn điện trong mùa mưa bão"
    assert ocr_words.correct("dến ngày") == "đến ngày"


def test_a_ministrys_old_tt_number_is_a_circular_and_a_party_bodys_a_notice():
    """'11-TT/CNCL' (a ministry's department, the old form) is a thông tư; '19-TT/ĐU' (a party committee's) a
    thông tri."""
    from engine.extraction import numbers
    assert (numbers.type_of("11-TT/CNCL"), numbers.type_of("19-TT/ĐU"), numbers.type_of("05-TT/TW")) == \
        ("Thông tư", "Thông tri", "Thông tri")
