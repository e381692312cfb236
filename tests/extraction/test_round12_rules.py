"""General rules added after the thirteenth collection (r13) was measured and spent, each on a short
made-up snippet (never a copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text


def test_a_news_sentence_signed_for_a_body_names_that_body_and_its_own_subject():
    got = extract_text("UBND tỉnh có ý kiến về đề xuất của Sở Xây dựng\n\nNgày 23/11/2018, thừa lệnh Chủ tịch UBND tỉnh "
                       "Yên Bái, Phó Chánh Văn phòng UBND tỉnh Trần Văn An đã ký ban hành văn bản số 3653/UBND-XD, V/v "
                       "đề xuất của Sở XD. Toàn văn như sau:\n")
    assert (got["number"], got["issued_date"]) == ("3653/UBND-XD", "2018-11-23")
    assert got["issuer"] == "UBND tỉnh Yên Bái"
    assert got["subject"] == "đề xuất của Sở XD"


def test_a_news_sentence_begun_anew_after_a_semicolon():
    got = extract_text("- 12/05/2016 04:00:00 PM\n- Đã xem: 128\nNhằm đánh giá kết quả cải cách hành chính tại các cơ quan "
                       "của tỉnh Bến Tre; Ngày 11/5/2016, UBND tỉnh ban hành Kế hoạch số 1173/KH-UBND triển khai công tác "
                       "kiểm tra cải cách hành chính năm 2016.\n")
    assert (got["number"], got["issued_date"]) == ("1173/KH-UBND", "2016-05-11")
    assert got["subject"] == "triển khai công tác kiểm tra cải cách hành chính năm 2016"


def test_a_number_alone_heading_a_copy_wins_over_a_letter_its_body_cites():
    got = extract_text("3472/BVHTTDL-DSVH\n\nCông văn V/v báo cáo tổng kết công tác tôn giáo\n\nKính gửi: Các Sở\n"
                       "Thực hiện Kế hoạch của Ban Chỉ đạo; ngày 25 tháng 8 năm 2014, Bộ Văn hóa, Thể thao và Du lịch đã "
                       "có công văn số 2877/BVHTTDL-VHCS gửi các Sở yêu cầu xây dựng báo cáo.\n")
    assert got["number"] == "3472/BVHTTDL-DSVH"


def test_a_post_headed_by_its_ve_viec_line_and_an_opening_naming_the_department():
    got = extract_text("Về việc lấy nước đợt 2 phục vụ gieo cấy lúa vụ Xuân 2021\n\nThực hiện Công điện số 25/CĐ-TCTL "
                       "ngày 19/02/2021 của Tổng cục Thủy lợi, Sở Nông nghiệp và PTNT đề nghị UBND các huyện thực hiện "
                       "tốt việc lấy nước.\n")
    assert got["doc_type"] == "Công văn"
    assert got["subject"] == "lấy nước đợt 2 phục vụ gieo cấy lúa vụ Xuân 2021"
    assert got["issuer"] == "Sở Nông nghiệp và Phát triển nông thôn"


def test_a_teaser_title_cut_short_gives_way_to_the_whole_title_under_it():
    got = extract_text("Thông báo: Về việc treo cờ Tổ quốc chào mừng ngày Giải phóng miền Nam, thống nh\n\n"
                       "Thông báo: Về việc treo cờ Tổ quốc chào mừng ngày Giải phóng miền Nam, thống nhất đất nước\n\n"
                       "19/04/2019\n\nỦy ban nhân dân tỉnh Kon Tum thông báo treo cờ Tổ quốc trên địa bàn tỉnh.\n")
    assert got["doc_type"] == "Thông báo"
    assert got["subject"].endswith("thống nhất đất nước")


def test_stray_spaces_inside_a_v_v_line_do_not_end_the_subject():
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG\nSố: 26/UBND-VX\nV/v định mức chi ngày   Nhà giáo Việt Nam (20-11)\n"
                       "Sóc Trăng, ngày 3 tháng 11 năm 2018\nKính gửi: Sở Tài chính\n")
    assert got["subject"] == "định mức chi ngày Nhà giáo Việt Nam (20-11)"


def test_a_sector_s_short_name_in_a_department_s_name_is_written_out():
    from engine.extraction import orgs
    assert orgs.display("SỞ TN&MT TỈNH AN GIANG") == "Sở Tài nguyên và Môi trường tỉnh An Giang"
    assert orgs.sector_in_full("Sở LĐ-TB&XH") == "Sở Lao động - Thương binh và Xã hội"


def test_a_news_sentence_longer_than_its_subject_s_limit_still_names_the_letter():
    recipients = "; ".join(f"Ban Chỉ huy phòng chống thiên tai tỉnh số {k}" for k in range(12))
    got = extract_text(f"Ngày 24/8, Ban Chỉ đạo Trung ương Phòng chống thiên tai đã có Công điện số 20/CĐ-TW gửi "
                       f"{recipients}.\n2016-08-25 09:40:24\n")
    assert (got["doc_type"], got["number"], got["issued_date"]) == ("Công điện", "20/CĐ-TW", "2016-08-24")
    assert got["issuer"] == "Ban Chỉ đạo Trung ương Phòng chống thiên tai"
    assert got["subject"] is None  # the sentence says to whom, not about what


def test_an_urgent_telegram_relayed_with_the_time_before_its_signer():
    got = extract_text("Công điện khẩn của Chủ tịch UBND tỉnh\n10:48, 21/07/2018\nVào lúc 10h00 ngày 21/7, Chủ tịch "
                       "UBND tỉnh Hà Tĩnh vừa có công điện khẩn số 12/CĐ.UBND về khắc phục hậu quả cơn bão số 3.\n")
    assert (got["number"], got["issued_date"]) == ("12/CĐ.UBND", "2018-07-21")
    assert got["issuer"] == "UBND tỉnh Hà Tĩnh"


def test_a_day_and_month_take_the_year_the_sentence_names_over_the_post_s():
    got = extract_text("Thứ tư 3/3/2021\nHướng dẫn tuyên truyền tháng 4/2015\n\nNgày 06/4, Đảng ủy Khối cơ quan tỉnh "
                       "ban hành văn bản số 391-CV/ĐU hướng dẫn nội dung tuyên truyền tháng 4/2015.\n")
    assert (got["number"], got["issued_date"]) == ("391-CV/ĐU", "2015-04-06")


def test_a_telegram_s_authority_line_gives_its_type_issuer_and_the_subject_above():
    got = extract_text("CĐ - UBND\n\nĐăng lúc: 18/09/2024\n\nVề việc chủ động ứng phó với áp thấp nhiệt đới\n\n"
                       "          CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN YÊN ĐỊNH điện:\n          - Chủ tịch UBND các xã;\n\n"
                       "Theo bản tin dự báo, áp thấp nhiệt đới đã đi vào Biển Đông.\n")
    assert got["doc_type"] == "Công điện"
    assert got["issuer"] == "UBND huyện Yên Định"
    assert got["subject"] == "chủ động ứng phó với áp thấp nhiệt đới"


def test_a_department_s_line_lost_under_its_province_s_is_named_by_the_code():
    got = extract_text("UBND TỈNH SÓC TRĂNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 28/SXD-QLN | Sóc Trăng, ngày 19 "
                       "tháng 5 năm 2008 |\nKính gửi: Ủy ban nhân dân các huyện.\nNay, Sở Xây dựng hướng dẫn cấp giấy "
                       "chứng nhận như sau:\n")
    assert (got["issuer"], got["issuer_parent"]) == ("Sở Xây dựng", "UBND tỉnh Sóc Trăng")


def test_a_date_line_whose_month_ocr_read_as_letters():
    got = extract_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 05 tháng OS năm 2023\n\n"
                       "THÔNG BÁO\nĐiều chỉnh thời gian xét tuyển\n\nCăn cứ đề án tuyển sinh năm 2023;\n")
    assert got["issued_date"] == "2023-05-05"
