"""General rules added after the seventh collection (r7) was measured and spent, each on a short
made-up snippet (never a copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text
from tests.extraction.snippets import MOTTO


def test_a_news_post_reporting_a_letter_in_one_sentence_names_it():
    got = extract_text("Trang chủ › Tin tức\n\nTăng cường phòng chống dịch sốt xuất huyết\n\n"
                       "UBND tỉnh Bình Phước vừa ban hành Công văn số 2210/UBND-KGVX ngày 14/7/2022 về tăng cường "
                       "phòng, chống dịch sốt xuất huyết trên địa bàn tỉnh. Theo đó, yêu cầu Sở Y tế chủ trì …\n")
    assert (got["doc_type"], got["number"], got["issued_date"]) == ("Công văn", "2210/UBND-KGVX", "2022-07-14")
    assert got["issuer"] == "UBND tỉnh Bình Phước"
    assert got["subject"] == "tăng cường phòng, chống dịch sốt xuất huyết trên địa bàn tỉnh"


def test_a_news_post_dated_before_its_sentence_names_the_type_and_the_full_issuer():
    got = extract_text("Căn cứ Kế hoạch số 12/KH-BTC ngày 01/3/2019 của Ban Tổ chức. Ngày 20/3/2019, Huyện ủy "
                       "Tam Nông đã ban hành Kế hoạch số 45-KH/HU tổ chức hội thi báo cáo viên giỏi năm 2019./.\n")
    assert (got["doc_type"], got["number"], got["issued_date"]) == ("Kế hoạch", "45-KH/HU", "2019-03-20")
    assert got["subject"] == "tổ chức hội thi báo cáo viên giỏi năm 2019"
    assert got["references"] == ["12/KH-BTC"]  # cited before the sentence naming the letter itself
    got = extract_text("Sở Nội vụ vừa ban hành văn bản số 77/SNV-CCVC ngày 5-4-2021 về việc tuyển dụng viên chức.\n")
    assert (got["doc_type"], got["number"], got["issued_date"]) == ("Công văn", "77/SNV-CCVC", "2021-04-05")
    assert got["subject"] == "tuyển dụng viên chức"


def test_a_blank_number_s_code_is_no_part_of_the_issuer():
    got = extract_text("ỦY BAN NHÂN DÂN\nXÃ TÂN HỘI\nSố:        /KH-UBND\n" + MOTTO +
                       "Tân Hội, ngày 3 tháng 3 năm 2021\nKẾ HOẠCH\nTổ chức Ngày hội đại đoàn kết toàn dân tộc\n"
                       "Căn cứ hướng dẫn của Ủy ban MTTQ huyện;\n")
    assert got["issuer"] == "UBND xã Tân Hội"


def test_a_plan_without_its_letterhead_names_its_issuer_in_its_opening_not_in_a_section_heading():
    got = extract_text("KẾ HOẠCH Tổ chức Tết Trung thu cho thiếu nhi năm 2023\n"
                       "Thực hiện Kế hoạch số 88/KH-UBND ngày 01/8/2023 của UBND huyện Cẩm Khê, UBND xã Văn Bán "
                       "xây dựng kế hoạch tổ chức Tết Trung thu như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n")
    assert got["issuer"] == "UBND xã Văn Bán"


def test_a_post_that_lost_the_header_takes_the_letter_s_title_line():
    got = extract_text("In bài viết\nGiấy mời dự Hội nghị tổng kết công tác dân vận năm 2022\n\n"
                       "Thực hiện chương trình công tác năm; Ủy ban nhân dân tỉnh Phú Yên tổ chức Hội nghị tổng kết.\n"
                       "1. Thành phần mời:\n- Lãnh đạo các sở, ngành\n")
    assert (got["doc_type"], got["number"]) == ("Giấy mời", None)
    assert got["subject"] == "dự Hội nghị tổng kết công tác dân vận năm 2022"
    assert got["issuer"] == "UBND tỉnh Phú Yên"
    got = extract_text("Thông báo Khẩn ngày 05/11/2021\n\nKính gửi: Hiệu trưởng các trường\n"
                       "Do mưa lớn kéo dài, Phòng Giáo dục và Đào tạo thông báo cho học sinh nghỉ học.\n")
    assert (got["doc_type"], got["issued_date"], got["urgency"], got["subject"]) == (
        "Thông báo", "2021-11-05", "khan", None)
    assert got["issuer"] == "Phòng Giáo dục và Đào tạo"


def test_two_bodies_stacked_over_the_locality_they_share_issue_jointly():
    got = extract_text("ỦY BAN NHÂN DÂN\nỦY BAN MTTQ VIỆT NAM\nTỈNH BẮC KẠN\n-------\n" + MOTTO +
                       "Số: 02/CTrPH-UBND-MTTQ\nBắc Kạn, ngày 4 tháng 5 năm 2021\nCHƯƠNG TRÌNH PHỐI HỢP\n"
                       "VỀ CÔNG TÁC DÂN VẬN GIAI ĐOẠN 2021 - 2026\nCăn cứ Luật Mặt trận Tổ quốc Việt Nam;\n")
    assert got["issuer"] == "UBND tỉnh Bắc Kạn - Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn"
    assert got["issuer_parent"] is None


def test_an_interagency_guidance_s_qualifier_stays_on_its_type_line():
    got = extract_text("SỞ TÀI CHÍNH - SỞ XÂY DỰNG\n" + MOTTO + "Số: 05/HDLN-STC-SXD\n"
                       "Huế, ngày 2 tháng 4 năm 2019\nHƯỚNG DẪN LIÊN NGÀNH\n"
                       "QUẢN LÝ CHI PHÍ ĐẦU TƯ XÂY DỰNG CÔNG TRÌNH\nCăn cứ Luật Xây dựng năm 2014;\n")
    assert got["doc_type"] == "Hướng dẫn"
    assert got["subject"].upper() == "QUẢN LÝ CHI PHÍ ĐẦU TƯ XÂY DỰNG CÔNG TRÌNH"


def test_a_letter_transcribed_as_a_markdown_table_reads_as_its_columns():
    got = extract_text("| UBND TỈNH AN GIANG<br>**SỞ Y TẾ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>"
                       "**Độc lập - Tự do - Hạnh phúc** |\n|:---:|:---:|\n"
                       "| Số: 88/SYT-NVY<br>V/v tăng cường phòng, chống dịch tay chân miệng | "
                       "*An Giang, ngày 9 tháng 5 năm 2024* |\n\nKính gửi: Các bệnh viện trong tỉnh.\n\n"
                       "| STT | Đơn vị | Số ca |\n|---|---|---|\n| 1 | Châu Đốc | 12 |\n")
    assert (got["doc_type"], got["number"], got["issued_date"]) == ("Công văn", "88/SYT-NVY", "2024-05-09")
    assert (got["issuer"], got["issuer_parent"]) == ("Sở Y tế", "UBND tỉnh An Giang")
    assert got["subject"] == "tăng cường phòng, chống dịch tay chân miệng"


def test_markdown_headings_and_html_tags_are_no_part_of_the_letter():
    got = extract_text("# UBND HUYỆN CHÂU THÀNH\n## PHÒNG Y TẾ\n\n<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/>"
                       "Độc lập - Tự do - Hạnh phúc\n\nSố: 14/KH-PYT\n\n<i>Châu Thành, ngày 2 tháng 2 năm 2024</i>\n\n"
                       "# KẾ HOẠCH\n## Tiêm chủng mở rộng năm 2024\n\nCăn cứ Quyết định số 1/QĐ-UBND;\n")
    assert (got["doc_type"], got["number"], got["issued_date"]) == ("Kế hoạch", "14/KH-PYT", "2024-02-02")
    assert (got["issuer"], got["issuer_parent"]) == ("Phòng Y tế", "UBND huyện Châu Thành")
    assert got["subject"] == "Tiêm chủng mở rộng năm 2024"


def test_a_title_in_capitals_may_go_on_in_sentence_case_after_ve():
    got = extract_text("TỈNH ỦY QUẢNG NAM\n*\nSố 12-KL/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nTam Kỳ, ngày 5 tháng 5 năm 2022\n"
                       "KẾT LUẬN\nHỘI NGHỊ LẦN THỨ TÁM BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XXII)\n"
                       "về phát triển du lịch đến năm 2025,\nđịnh hướng đến năm 2030\n"
                       "Hội nghị lần thứ tám Ban Chấp hành Đảng bộ tỉnh đã thảo luận và kết luận:\n")
    assert got["subject"] == ("HỘI NGHỊ LẦN THỨ TÁM BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XXII) về phát triển du lịch "
                              "đến năm 2025, định hướng đến năm 2030")


def test_an_incoming_stamp_read_under_the_letterhead_is_none_of_the_issuer():
    got = extract_text("UBND TỈNH HẬU GIANG\nSỞ Y TẾ\n\nBỆNH VIỆN ĐA KHOA TỈNH\n\nSố: 1203\nĐẾN Ngày: 4/6/2024\nChuyển:\n\n"
                       + MOTTO + "Số: 915/SYT-NVY\nV/v giám sát bệnh sởi\nHậu Giang, ngày 3 tháng 6 năm 2024\n"
                       "Kính gửi: Các đơn vị trực thuộc\n")
    assert (got["issuer"], got["issuer_parent"]) == ("Sở Y tế", "UBND tỉnh Hậu Giang")
    assert got["number"] == "915/SYT-NVY"
    assert got["stamp"] == {"receiver": "Bệnh viện Đa khoa tỉnh", "incoming_number": 1203, "received_date": "2024-06-04"}


def test_party_committees_and_the_country_s_name_are_written_as_clerks_write_them():
    from engine.extraction import orgs
    assert orgs.display("HUYỆN ỦY GIANG THÀNH") == "Huyện ủy Giang Thành"
    assert orgs.display("THỊ ỦY HÀ TIÊN") == "Thị ủy Hà Tiên"
    assert orgs.display("BẢO HIỂM XÃ HỘI VIỆT NAM") == "Bảo hiểm xã hội Việt Nam"


def test_a_date_line_written_in_figures_is_the_letter_s_date():
    for written in ("ngày 11/3/2025", "ngày 11.3.2025", "ngày 11-3-2025"):
        got = extract_text("UBND TỈNH KIÊN GIANG\nSỞ Y TẾ\n" + MOTTO + "Số: 620/SYT-NVY\nV/v triển khai Kế hoạch số 55/KH-UBND"
                           f" ngày\n18/3/2021 của UBND tỉnh\nKiên Giang, {written}\nKính gửi: Các cơ sở y tế\n")
        assert (got["issued_date"], got["place"]) == ("2025-03-11", "Kiên Giang"), written
        assert got["subject"] == "triển khai Kế hoạch số 55/KH-UBND ngày 18/3/2021 của UBND tỉnh"


def test_a_title_line_that_opens_like_a_body_is_the_title_when_it_has_no_main_clause():
    head = "UBND TỈNH KIÊN GIANG\nSỞ Y TẾ\n" + MOTTO + "Số: 03/HD-SYT\nKiên Giang, ngày 3 tháng 1 năm 2025\nHƯỚNG DẪN\n"
    got = extract_text(head + "Thực hiện công tác thi đua, khen thưởng năm 2025\n\nCăn cứ Luật Thi đua, khen thưởng;\n")
    assert got["subject"] == "Thực hiện công tác thi đua, khen thưởng năm 2025"
    got = extract_text(head.replace("HƯỚNG DẪN", "THÔNG BÁO") + "Thực hiện Công văn số 12/UBND-VX ngày 2/1/2025, "
                       "Sở Y tế thông báo lịch trực Tết như sau:\n")
    assert got["subject"] is None  # the body's first sentence, not a title


def test_a_bracketed_note_under_a_title_and_a_draft_mark_are_not_the_letter_s():
    got = extract_text("DỰ THẢO\n" + MOTTO + "Số:      /TTr-BQLDA\nKiên Giang, ngày    tháng 2 năm 2025\nTỜ TRÌNH\n"
                       "Về việc phê duyệt dự toán gói thầu\nKính gửi: Sở Kế hoạch và Đầu tư\n")
    assert got["issuer"] is None  # a draft with no letterhead: its mark is no issuer


def test_a_v_v_line_read_before_the_number_keeps_the_letterhead_and_the_subject():
    got = extract_text("UBND TỈNH KIÊN GIANG\nSỞ Y TẾ\n\nV/v tăng cường phòng chống dịch sốt xuất huyết\n\n"
                       "Số: 620/SYT-NVY\n\n" + MOTTO + "Kiên Giang, ngày 11 tháng 3 năm 2025\n\nKính gửi: Các đơn vị\n")
    assert (got["issuer"], got["issuer_parent"]) == ("Sở Y tế", "UBND tỉnh Kiên Giang")
    assert got["subject"] == "tăng cường phòng chống dịch sốt xuất huyết"


def test_a_number_label_that_lost_its_accent_is_still_the_number_line():
    got = extract_text("UBND TỈNH KIÊN GIANG\nSỞ Y TẾ\n" + MOTTO + "So: 620/SYT-NVY\nV/v tăng cường phòng chống dịch\n"
                       "Kiên Giang, ngày 11 tháng 3 năm 2025\nKính gửi: Các đơn vị\n")
    assert got["number"] == "620/SYT-NVY"


def test_a_markdown_page_s_front_matter_and_section_words_are_not_the_letter():
    got = extract_text("---\nlayout: vanban\ntitle: \"Quyết định 88/QĐ-BYT\"\nsokyhieu: 88/QĐ-BYT\n---\n\n## VĂN BẢN\n\n"
                       "**BỘ Y TẾ**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\nSố: 88/QĐ-BYT — Hà Nội, ngày 2 tháng 2 năm 2024\n\n"
                       "QUYẾT ĐỊNH\n\nVề việc ban hành hướng dẫn chẩn đoán bệnh sởi\n")
    assert (got["issuer"], got["issuer_parent"]) == ("Bộ Y tế", None)
    assert (got["number"], got["issued_date"]) == ("88/QĐ-BYT", "2024-02-02")
