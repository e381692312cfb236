"""General rules added in the session of 2026-12-05 (afternoon), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
from engine.extraction import extract_text

_BODY = ("Theo đó, các cơ quan, đơn vị trên địa bàn huyện thực hiện nghiêm túc nội\n"
         "dung của văn bản nêu trên và báo cáo kết quả về Ủy ban nhân dân huyện\n"
         "trước ngày 15 của tháng sau để tổng hợp, theo dõi.\n")


def test_a_printed_news_post_whose_sentence_ocr_wrapped_still_names_the_letter():
    # the sentence breaks inside 'văn bản', as a printed page read by OCR gives it
    got = extract_text("Huyện Tam Nông tăng cường phòng chống dịch bệnh trên đàn gia súc\n\n"
                       "Ngày 12/3/2024, Ủy ban nhân dân huyện Tam Nông đã ký ban hành văn\n"
                       "bản số 215/UBND-NN về việc tăng cường phòng, chống dịch bệnh trên đàn\n"
                       "gia súc, gia cầm.\n\n" + _BODY)
    assert (got["number"], got["issued_date"]) == ("215/UBND-NN", "2024-03-12")
    assert got["issuer"] == "UBND huyện Tam Nông"


def test_a_number_ocr_broke_after_its_slash_is_joined():
    got = extract_text("Treo cờ Tổ quốc chào mừng Ngày Quốc khánh 2/9\n\n"
                       "Ngày 25/8/2024, UBND xã Tân Lập ban hành Thông báo số 149/\n"
                       "TB-UBND về việc treo cờ Tổ quốc chào mừng Ngày Quốc khánh năm 2024.\n\n" + _BODY)
    assert (got["number"], got["issued_date"], got["issuer"]) == ("149/TB-UBND", "2024-08-25", "UBND xã Tân Lập")


def test_a_wrapped_relay_line_whose_subject_ocr_moved_to_the_next_line_is_read_whole():
    got = extract_text("date 2024-04-02 Thông báo số 1077/TB-VPUBND ngày 11/4/2024 kết luận\n"
                       "của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với các sở, ngành về\n"
                       "công tác giải phóng mặt bằng các dự án trọng điểm.\n\n" + _BODY)
    assert (got["number"], got["issued_date"], got["doc_type"]) == ("1077/TB-VPUBND", "2024-04-11", "Thông báo")


def test_a_letter_keeping_its_own_vv_line_is_not_read_as_a_post_about_what_it_cites():
    got = extract_text("V/v triển khai Kế hoạch tổ chức Hội thi\n\n"
                       "Ngày 05 tháng 3 năm 2024, Giám đốc Sở Giáo dục và Đào tạo đã ký Quyết\n"
                       "định số 88/QĐ-SGDĐT ban hành Kế hoạch tổ chức Hội thi giáo viên dạy\n"
                       "giỏi cấp tỉnh năm học 2023 - 2024 (có Quyết định kèm theo), Phó Chủ\n"
                       "tịch Ủy ban nhân dân huyện có ý kiến chỉ đạo như sau: giao Phòng Giáo\n"
                       "dục và Đào tạo thực hiện.\n")
    assert got["number"] is None


def test_unwrapping_keeps_every_position():
    from engine.extraction.text import unwrapped

    text = "Một câu dài được ngắt dòng ở giữa chừng bởi máy đọc chữ\nvà còn tiếp nữa.\n\nĐoạn sau.\n"
    assert len(unwrapped(text)) == len(text)
    assert "chữ và còn" in unwrapped(text) and "nữa.\n\nĐoạn" in unwrapped(text)


def test_a_letterhead_line_ocr_read_one_space_before_the_motto_stays_in_the_left_cell():
    from engine.extraction.ocr_text import tidy

    scan = ("SỞ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "BỆNH VIỆN ĐA KHOA TỈNH              Độc lập - Tự do - Hạnh phúc\n\nSố: 215/BVĐK-KHTH\n\n"
            "THÔNG BÁO\nVề việc cử cán bộ tham gia tập huấn\n\nCăn cứ kế hoạch của Sở Y tế, Bệnh viện thông báo.\n")
    assert extract_text(tidy(scan))["issuer"].casefold() == "bệnh viện đa khoa tỉnh"


def test_the_last_word_of_a_name_ocr_set_under_a_row_read_across_is_the_names():
    from engine.extraction.ocr_text import tidy

    scan = ("UBND TỈNH YÊN BÁI            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "SỞ TÀI NGUYÊN VÀ MÔI              Độc lập - Tự do - Hạnh phúc\nTRƯỜNG\n"
            "Số: 88/STNMT-KS\nV/v thực hiện các quy định\n\ncủa pháp luật về khoáng sản\n\n"
            "Kính gửi: Công ty Cổ phần Khoáng sản\n\n"
            "Yên Bái, ngày 23 tháng 7 năm 2026\n\nSở Tài nguyên và Môi trường đề nghị Công ty thực hiện.\n")
    got = extract_text(tidy(scan))
    assert got["issuer"] == "Sở Tài nguyên và Môi trường"
    # (and the V/v's last line, set apart by a blank line, is still the subject's)
    assert got["subject"] == "thực hiện các quy định của pháp luật về khoáng sản"


def test_a_heads_word_alone_on_its_line_ends_the_name_above_it():
    from engine.extraction.orgs import bodies_of_lines

    assert bodies_of_lines(["UBND TỈNH YÊN BÁI", "SỞ TÀI NGUYÊN VÀ MÔI", "TRƯỜNG"]) == [
        "UBND TỈNH YÊN BÁI", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"]


def test_a_place_whose_last_word_ocr_read_in_capitals_still_dates_the_letter():
    got = extract_text("BỘ Y TẾ\n" "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                       "Hà NỘI, ngày 24 tháng 4 năm 2023\nSố: 269/BYT-KCB\nV/v khám bệnh\n\nKính gửi: Các Sở Y tế\n\n"
                       "Bộ Y tế đề nghị các Sở thực hiện.\n")
    assert (got["place"], got["issued_date"]) == ("Hà Nội", "2023-04-24")


def test_a_news_sentence_ocr_wrapped_inside_the_signers_name_is_read_whole():
    got = extract_text("UBND tỉnh chỉ đạo tăng cường phòng, chống dịch tại các khu công nghiệp\n\n"
                       "Ngày 14/9/2021, thay mặt UBND tỉnh, Phó Chủ tịch UBND tỉnh Lê Văn\n"
                       "Hùng đã ký ban hành văn bản số 3108/UBND-KGVX, chỉ đạo các sở, ban,\n"
                       "ngành tăng cường các biện pháp phòng, chống dịch bệnh.\n\n" + _BODY)
    assert (got["number"], got["issued_date"], got["issuer"]) == ("3108/UBND-KGVX", "2021-09-14", "UBND tỉnh")


def test_a_posts_title_ocr_wrapped_is_read_whole_and_a_date_stamp_under_it_is_not_the_titles():
    wrapped = extract_text("Xem với cỡ chữ\n\nThông báo lịch tiếp công dân của Chủ tịch HĐND huyện Bạch Thông khóa\n"
                           "XX, nhiệm kỳ 2021-2026\n\n" + _BODY)
    assert wrapped["subject"] == "lịch tiếp công dân của Chủ tịch HĐND huyện Bạch Thông khóa XX, nhiệm kỳ 2021-2026"
    stamped = extract_text("Tìm kiếm tin tức\nThông báo cấm thả rông gia súc, gia cầm trên địa bàn xã Tân Lập\n"
                           "Ngày cập nhật 05/08/2021\n\n" + _BODY)
    assert stamped["subject"] == "cấm thả rông gia súc, gia cầm trên địa bàn xã Tân Lập"


def test_a_body_announcing_a_letter_in_a_sentence_ocr_wrapped_gives_its_whole_subject():
    got = extract_text("Sở Nội vụ tỉnh Bắc Kạn tuyển dụng công chức năm 2024\n\n"
                       "Sở Nội vụ tỉnh Bắc Kạn thông báo thi tuyển công chức, xét tuyển viên\n"
                       "chức năm 2024, cụ thể như sau:\n\n" + _BODY)
    assert got["subject"] == "thi tuyển công chức, xét tuyển viên chức năm 2024"


def test_a_relay_naming_the_committee_by_its_level_alone_takes_the_province_its_portal_names():
    got = extract_text("Tăng cường phòng chống dịch bệnh mùa mưa\n\n"
                       "(quangbinh.gov.vn) - Ngày 12/6/2023, UBND tỉnh ban hành văn bản số 1145/UBND-KT về việc tăng "
                       "cường phòng chống dịch bệnh mùa mưa.\n\nUBND tỉnh yêu cầu các sở, ngành thực hiện nghiêm túc.\n")
    assert got["issuer"] == "UBND tỉnh Quảng Bình"


def test_a_pdfs_indented_paragraph_is_not_run_into_the_title_above_it():
    # a PDF's text layer: each paragraph's first line indented, the title filling a line of its own
    got = extract_text("      UBND tỉnh chỉ đạo tăng cường các biện pháp phòng, chống dịch bệnh, nhất là\n"
                       "tại các khu đô thị, khu vực tập trung đông người, khu công nghiệp tỉnh nhà\n"
                       "      Ngày 11/8/2022, thay mặt UBND tỉnh, Phó Chủ tịch UBND tỉnh Nguyễn\n"
                       "Văn Sơn đã ký ban hành văn bản số 2518/UBND-KGVX, chỉ đạo các sở, ban,\n"
                       "ngành tăng cường các biện pháp phòng, chống dịch bệnh trên địa bàn.\n")
    assert (got["number"], got["issued_date"]) == ("2518/UBND-KGVX", "2022-08-11")


def test_a_pdfs_title_indented_like_the_paragraph_under_it_stays_apart_from_it():
    got = extract_text("      UBND tỉnh có ý kiến về đề xuất của Sở Tài nguyên và Môi trường tỉnh\n"
                       "      Ngày 23/11/2021, thừa lệnh Chủ tịch UBND tỉnh Yên Bái, Phó\n"
                       "Chánh Văn phòng UBND tỉnh Yên Bái Trần Văn An đã ký ban hành văn\n"
                       "bản số 3663/UBND-TNMT, V/v đề xuất của Sở Tài nguyên và Môi trường.\n")
    assert (got["number"], got["issued_date"], got["issuer"]) == ("3663/UBND-TNMT", "2021-11-23", "UBND tỉnh Yên Bái")


def test_an_indented_post_opening_on_what_its_letter_asks_is_read():
    got = extract_text("      Chủ động phòng, chống bệnh dịch tả lợn châu Phi trên địa bàn thành phố\n"
                       "      Trong nội dung Công văn số 4923/VP-KT, ban hành ngày 15/6, UBND\n"
                       "thành phố Hà Nội yêu cầu các sở, ngành liên quan, UBND các quận, huyện chủ\n"
                       "động phòng, chống bệnh dịch tả lợn châu Phi phát sinh, lây lan trên diện rộng.\n")
    assert got["number"] == "4923/VP-KT"


def test_a_news_sentences_number_broken_after_its_dash_is_whole_when_its_lines_are_joined():
    got = extract_text("Kiên Giang: lấy ngày 10-10 hằng năm là ngày chuyển đổi số của tỉnh\n\n"
                       "Ngày 30-9-2022, Ủy ban nhân dân tỉnh ban hành Quyết định số 2436/QĐ-\n"
                       "UBND về ngày chuyển đổi số tỉnh Kiên Giang. Chủ tịch Ủy ban nhân dân tỉnh\n"
                       "quyết định lấy ngày 10-10 hằng năm là ngày chuyển đổi số của tỉnh.\n")
    assert (got["number"], got["issued_date"]) == ("2436/QĐ-UBND", "2022-09-30")


def test_a_vv_read_before_the_union_heading_of_the_right_cell_stops_at_it():
    # a .docx's header table read cell by cell: the left cell's V/v, then the right cell's 'ĐOÀN TNCS HỒ CHÍ MINH'
    got = extract_text("TỈNH ĐOÀN NGHỆ AN\nBCH ĐOÀN HUYỆN NAM ĐÀN\nSố:\n52-CV/ĐTN\n“V/v Triển\nkhai đồng loạt\n"
                       "Ngày Chủ nhật xanh năm 2022”\nĐOÀN\nTNCS HỒ CHÍ MINH\nNam Đàn,\nngày 17 tháng 7 năm 2022\n"
                       "Kính gửi: Ban Chấp hành Đoàn các xã, thị trấn.\nBTV Huyện Đoàn đề nghị các cơ sở triển khai.\n")
    assert got["subject"] == "Triển khai đồng loạt Ngày Chủ nhật xanh năm 2022"


def test_a_date_lines_year_wrapped_to_the_right_columns_next_line_dates_the_letter():
    # a PDF's text layer: the right column's date line too long for it, its year on the number's line
    got = extract_text("        ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "   THÀNH PHỐ HỒ CHÍ MINH                               Độc lập - Tự do - Hạnh phúc\n"
                       "  SỞ GIÁO DỤC VÀ ĐÀO TẠO\n"
                       "                                            Thành phố Hồ Chí Minh, ngày 12 tháng 02 năm\n"
                       "         Số: 391/GDĐT-VP                                                2021\n"
                       " Về cho học sinh nghỉ học\n      Kính gửi: Hiệu trưởng các trường THPT\n"
                       "      Sở Giáo dục và Đào tạo thông báo.\n")
    assert (got["number"], got["issued_date"]) == ("391/GDĐT-VP", "2021-02-12")


def test_a_portal_titles_subject_starts_at_its_own_line_not_at_the_sites_line_above():
    for copy in ("      Skip to main content\n      Về việc báo cáo tình hình ô nhiễm môi trường tại khu vực\n"
                 "nông thôn (3595/VP-KTN, ngày 23/10/2019).\n      Thực hiện Công văn số 11034/VPCP-KGVX.\n",
                 "Skip to main content\nVề việc báo cáo tình hình ô nhiễm môi trường tại khu vực nông thôn (3595/VP-KTN, "
                 "ngày 23/10/2019).\nThực hiện Công văn số 11034/VPCP-KGVX.\n"):  # a PDF's text layer; a .docx's
        got = extract_text(copy)
        assert (got["number"], got["subject"]) == ("3595/VP-KTN", "báo cáo tình hình ô nhiễm môi trường tại khu vực nông thôn")


def test_a_titles_first_word_a_pdf_ran_onto_the_types_line_is_the_titles():
    got = extract_text("      Quyết định 2110/QĐ-BYT năm 2024. BỘ Y TẾ -------- CỘNG HÒA XÃ\n"
                       "HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
                       "      Số:\n      2110/QĐ-BYT Hà Nội, ngày 19 tháng 6 năm 2024 QUYẾT ĐỊNH BAN\n"
                       "HÀNH DANH MỤC MÃ DÙNG CHUNG PHỤC VỤ VIỆC GỬI DỮ LIỆU KHÁM BỆNH\nBỘ TRƯỞNG BỘ Y TẾ\n"
                       "      Căn cứ Luật Bảo hiểm y tế;\n")
    assert got["subject"].casefold() == "ban hành danh mục mã dùng chung phục vụ việc gửi dữ liệu khám bệnh"
