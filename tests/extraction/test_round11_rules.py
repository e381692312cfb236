"""General rules added after the eleventh collection (r11) was measured and spent, each on a short
made-up snippet (never a copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text


def test_a_body_naming_itself_with_its_short_name_in_brackets():
    got = extract_text("Kính gửi: Các sở y tế\nNhằm nâng cao chất lượng khám bệnh. Bộ Y tế (BYT) ban hành kèm theo "
                       "văn bản này Hướng dẫn khám bệnh từ xa.\n")
    assert got["issuer"] == "Bộ Y tế"


def test_an_opening_naming_its_body_with_a_shortened_name_after_it():
    got = extract_text("KẾ HOẠCH\nHoạt động của Ban Chỉ đạo năm 2024\nThực hiện Kế hoạch số 5/KH-UBND ngày 2/1/2024 "
                       "của UBND tỉnh, Ban Chỉ đạo chuyển đổi số huyện Tam Nông (sau đây gọi là Ban Chỉ đạo) ban hành "
                       "kế hoạch như sau:\n")
    assert got["issuer"] == "Ban Chỉ đạo chuyển đổi số huyện Tam Nông"


def test_a_letter_addressed_with_kinh_gui_and_no_title_is_a_cong_van():
    got = extract_text("Kính gửi: Các phòng chuyên môn\nĐể chuẩn bị tổng kết năm, đề nghị các phòng gửi báo cáo "
                       "trước ngày 20/12/2024.\n")
    assert got["doc_type"] == "Công văn"


def test_a_type_title_on_the_very_first_line_heads_a_sentence_case_subject():
    got = extract_text("KẾ HOẠCH\nTuyên truyền cải cách hành chính của huyện Tam Nông năm 2024\n"
                       "Triển khai Kế hoạch số 12/KH-UBND ngày 5/1/2024 của Ủy ban nhân dân tỉnh Đồng Tháp về cải cách "
                       "hành chính, Ủy ban nhân dân huyện Tam Nông ban hành Kế hoạch tuyên truyền như sau:\nI. MỤC ĐÍCH\n")
    assert got["subject"] == "Tuyên truyền cải cách hành chính của huyện Tam Nông năm 2024"


def test_a_news_sentence_dated_in_words_with_no_vua_or_da():
    got = extract_text("Tin tức\n\nNgày 08 tháng 6 năm 2016, Phòng Y tế huyện Ba Vì ban hành Công văn số 50/PYT về "
                       "tăng cường phòng chống dịch sốt xuất huyết. Nội dung chi tiết xem tại đây\n")
    assert (got["number"], got["issued_date"]) == ("50/PYT", "2016-06-08")
    assert got["issuer"] == "Phòng Y tế huyện Ba Vì"


def test_a_union_s_code_is_not_read_as_a_law_and_its_name_is_written_out():
    got = extract_text("Ngày 19/11/2019 LĐLĐ Quận Ba Đình đã ban hành Công văn số 243/LĐLĐ về việc chăm lo Tết "
                       "cho đoàn viên năm 2020.\n")
    assert (got["doc_type"], got["number"]) == ("Công văn", "243/LĐLĐ")
    assert got["issuer"] == "Liên đoàn Lao động Quận Ba Đình"


def test_a_dated_clause_inside_a_long_sentence_names_the_letter_and_its_district():
    got = extract_text("Hải Phòng, ngày 18 tháng 11 năm 2019\n    Thực hiện Chương trình số 16-CTr/TU ngày 25/3/2008 "
                       "của Ban Thường vụ Thành ủy và chủ đề năm 2011 của huyện “Phát triển đô thị”, ngày 13/5/2011, "
                       "Ủy ban nhân dân huyện ban hành Kế hoạch số 42/KH-UBND về thực hiện cải cách hành chính năm 2011.\n"
                       "    Tệp đính kèm:\nKế hoạch cải cách hành chính huyện Kiến Thụy năm 2011.doc\n")
    assert (got["number"], got["issued_date"]) == ("42/KH-UBND", "2011-05-13")
    assert got["issuer"] == "UBND huyện Kiến Thụy"


def test_a_post_s_title_line_with_its_subject_is_not_a_letterhead():
    got = extract_text("THÔNG BÁO VỀ VIỆC TREO CỜ TỔ QUỐC\nThứ Hai, 28/04/2025\nTHÔNG BÁO VỀ VIỆC TREO CỜ TỔ QUỐC\n"
                       "Thực hiện Kế hoạch của huyện. Ủy ban nhân dân xã Định Hòa thông báo đến toàn thể nhân dân "
                       "treo cờ Tổ quốc từ ngày 30/4/2025.\n")
    assert got["issuer"] == "UBND xã Định Hòa"


def test_a_site_s_section_heading_over_a_post_is_not_a_letterhead():
    got = extract_text("TIN HOẠT ĐỘNG TIN HOẠT ĐỘNG\n\nThông báo lịch tiếp công dân tháng 10\nNgày đăng 07/10/2023\n\n"
                       "Uỷ ban nhân dân phường Kim Liên thông báo lịch tiếp công dân của Chủ tịch phường.\n")
    assert got["issuer"] == "UBND phường Kim Liên"


def test_a_source_line_at_the_foot_of_a_post_gives_the_number_and_the_title_line_the_subject():
    got = extract_text("Thông báo về việc hoãn phiên tiếp công dân tháng 6\n\nDo dịch bệnh, Ủy ban nhân dân huyện "
                       "thông báo hoãn phiên tiếp công dân định kỳ.\n\n(Nguồn: Thông báo số 81/TB-UBND ngày 08/6/2021)\n")
    assert (got["number"], got["issued_date"]) == ("81/TB-UBND", "2021-06-08")
    assert got["subject"] == "hoãn phiên tiếp công dân tháng 6"


def test_a_body_naming_itself_after_vay_in_a_post_s_closing():
    got = extract_text("Thông báo thời gian tổ chức Hội thi văn nghệ\nHội thi khai mạc ngày 29/10/2022 tại nhà văn "
                       "hóa.\nVậy UBND Phường Tân Lập trân trọng thông báo đến Nhân dân được biết./.\n")
    assert got["issuer"] == "UBND phường Tân Lập"


def test_a_post_opening_with_what_a_letter_asks():
    got = extract_text("20/7/2022 16:18\n(portal) Theo Công văn số 3517/UBND ngày 18/7/2022, UBND huyện Củ Chi đề "
                       "nghị các xã tổ chức tổng vệ sinh phòng chống sốt xuất huyết.\n")
    assert (got["doc_type"], got["number"], got["issued_date"]) == ("Công văn", "3517/UBND", "2022-07-18")
    assert got["issuer"] == "UBND huyện Củ Chi"


def test_a_council_s_term_and_session_line_is_not_part_of_its_name():
    got = extract_text("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThanh Hóa, ngày 20 tháng 7 năm 1995\n\n"
                       "NGHỊ QUYẾT\nVề việc đổi tên xã\n\nHỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA\n\nKHÓA XIII, KỲ HỌP THỨ 3\n\n"
                       "Căn cứ Luật tổ chức HĐND và UBND ngày 21/06/1994.\n")
    assert got["issuer"] == "HĐND tỉnh Thanh Hóa"


def test_a_news_sentence_reporting_what_a_party_board_asks():
    got = extract_text("Phòng chống dịch tả lợn\n\nBan Thường vụ Tỉnh ủy vừa ban hành Công văn số 512-CV/TU ngày "
                       "22-5-2019, yêu cầu các huyện ủy tăng cường lãnh đạo công tác phòng, chống dịch.\n")
    assert (got["number"], got["issued_date"]) == ("512-CV/TU", "2019-05-22")
    assert got["issuer"] == "Ban Thường vụ Tỉnh ủy"
    assert got["subject"] is None


def test_a_heading_naming_the_issuer_then_what_the_letter_asks():
    got = extract_text("Thông báo số 77/BQL-KCN ngày 04/7/2012 của Ban quản lý các khu công nghiệp tỉnh Long An đề "
                       "nghị doanh nghiệp nộp báo cáo tình hình đầu tư.\n\nCăn cứ Chỉ thị số 07/CT-TTg;\n")
    assert (got["number"], got["issued_date"]) == ("77/BQL-KCN", "2012-07-04")
    assert got["issuer"] == "Ban quản lý các khu công nghiệp tỉnh Long An"
    assert got["subject"] == "đề nghị doanh nghiệp nộp báo cáo tình hình đầu tư"


def test_a_relay_line_with_its_subject_straight_after_the_date_and_a_site_s_stamp_before_it():
    got = extract_text(" date 2025-08-11 Thông báo số 40/TB-VPCP ngày 8/8/2025 kết luận cuộc họp về chuyển đổi số "
                       "quốc gia.\n\nĐánh giá kết quả 6 tháng đầu năm, Ban Chỉ đạo nêu rõ.\n")
    assert (got["doc_type"], got["number"], got["issued_date"]) == ("Thông báo", "40/TB-VPCP", "2025-08-08")
    assert got["subject"] == "kết luận cuộc họp về chuyển đổi số quốc gia"


def test_a_news_sentence_giving_the_number_in_brackets_after_the_subject():
    got = extract_text("Kế hoạch tổ chức Ngày Chuyển đổi số năm 2022 trên địa bàn tỉnh Cao Bằng\n\nUBND tỉnh vừa ban "
                       "hành Kế hoạch tổ chức Ngày Chuyển đổi số năm 2022 trên địa bàn tỉnh (Kế hoạch số 203/KH-UBND, "
                       "ngày 27/9/2022).\n")
    assert (got["number"], got["issued_date"]) == ("203/KH-UBND", "2022-09-27")
    assert got["issuer"] == "UBND tỉnh Cao Bằng"
    assert got["subject"] == "tổ chức Ngày Chuyển đổi số năm 2022 trên địa bàn tỉnh"


def test_a_post_headed_by_a_type_s_name_alone():
    got = extract_text("Thư ngỏ\n\nKính gửi: Bà con thôn Đông Hòa đang làm ăn xa quê.\n\nThôn ta đang xây dựng nhà văn "
                       "hóa, Ban công tác Mặt trận thôn kêu gọi bà con chung tay góp sức.\n")
    assert got["doc_type"] == "Thư ngỏ"


def test_a_news_sentence_with_a_bare_number_dated_by_day_and_month_only():
    got = extract_text("Văn phòng Tỉnh ủy\nThứ ba 22/10/2019\nHướng dẫn tuyên truyền tháng 9\n\nNgày 27/8, Đảng ủy "
                       "Khối Dân chính Đảng tỉnh ban hành Công văn số 468 về việc hướng dẫn nội dung tuyên truyền tháng "
                       "09/2019.\n")
    assert (got["number"], got["issued_date"]) == ("468", "2019-08-27")
    assert got["subject"] == "hướng dẫn nội dung tuyên truyền tháng 09/2019"
