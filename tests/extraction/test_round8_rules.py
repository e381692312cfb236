"""General rules added after the eighth collection (r8) was measured and spent, each on a short
made-up snippet (never a copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text, orgs
from tests.extraction.snippets import MOTTO


def test_a_department_under_a_general_department_on_lines_of_their_own_with_a_six_figure_number():
    got = extract_text("TỔNG CỤC THUẾ\nCỤC THUẾ TP HẢI PHÒNG\n-------\n" + MOTTO + "Số: 204517/CTHP-TTHT\n"
                       "V/v chính sách thuế thu nhập doanh nghiệp\nHải Phòng, ngày 2 tháng 12 năm 2021\n"
                       "Kính gửi: Công ty TNHH An Phát\n")
    assert got["number"] == "204517/CTHP-TTHT"
    assert (got["issuer"], got["issuer_parent"]) == ("Cục Thuế thành phố Hải Phòng", "Tổng cục Thuế")


def test_a_city_s_name_ending_in_a_head_word_is_no_second_body():
    got = extract_text("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\n" + MOTTO + "Số: 113/KH-UBND\n"
                       "Hải Phòng, ngày 5 tháng 5 năm 2021\nKẾ HOẠCH\nPhòng chống thiên tai năm 2021\n")
    assert got["issuer"] == "UBND thành phố Hải Phòng"
    assert orgs.split_bodies("UBND QUẬN 3 PHÒNG GIÁO DỤC VÀ ĐÀO TẠO") == ["UBND QUẬN 3", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"]


def test_tp_before_a_city_is_thanh_pho_and_a_bare_tp_is_dropped():
    assert orgs.display("SỞ Y TẾ TP.HCM") == "Sở Y tế thành phố Hồ Chí Minh"
    assert orgs.display("CỤC THUẾ TP HÀ NỘI") == "Cục Thuế thành phố Hà Nội"
    assert orgs.display("SỞ Y TẾ TP") == "Sở Y tế"


def test_a_news_sentence_naming_the_letter_s_addressees_keeps_only_its_subject():
    got = extract_text("Sở Y tế vừa có văn bản số 512/SYT-NVY gửi các bệnh viện, Trung tâm Y tế các huyện về việc "
                       "tăng cường giám sát bệnh sởi.\n")
    assert (got["number"], got["subject"]) == ("512/SYT-NVY", "tăng cường giám sát bệnh sởi")


def test_abbreviated_sectors_and_towns_are_written_in_full():
    assert orgs.display("PHÒNG GIÁO DỤC-ĐÀO TẠO") == "Phòng Giáo dục và Đào tạo"
    assert orgs.display("PHÒNG GD&ĐT") == "Phòng Giáo dục và Đào tạo"
    assert orgs.display("UBND TX. ĐỒNG XOÀI") == "UBND thị xã Đồng Xoài"
    got = extract_text("Thông báo Khẩn ngày 5/11/2021\n\nDo mưa lớn, Phòng GD&ĐT thông báo cho học sinh nghỉ học.\n")
    assert got["issuer"] == "Phòng Giáo dục và Đào tạo"


def test_the_party_s_central_committee_is_named_as_its_letterhead_names_it():
    got = extract_text("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 99-QĐ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                       "Hà Nội, ngày 3 tháng 3 năm 2023\nQUY ĐỊNH\nvề công tác kiểm tra của Đảng\n")
    assert got["issuer"] == "Ban Chấp hành Trung ương"


def test_a_date_line_right_under_the_motto_leaves_the_letterhead_whole():
    got = extract_text("ỦY BAN NHÂN DÂN TỈNH HẬU GIANG\n" + MOTTO + "Vị Thanh, ngày 9 tháng 11 năm 2010\n"
                       "QUYẾT ĐỊNH\nVề việc thành lập Hội đồng thi đua\n")
    assert got["issuer"] == "UBND tỉnh Hậu Giang"
    assert (got["place"], got["issued_date"]) == ("Vị Thanh", "2010-11-09")


def test_a_post_naming_its_letter_without_a_subject_gives_number_date_type_and_issuer():
    got = extract_text("Cần Thơ 03/3/2022\n\nKế hoạch số 45-KH/BDVTU, ngày 2 tháng 3 năm 2022 của Ban Dân vận Thành ủy.\n\n"
                       "Ban biên tập xin đăng toàn văn Kế hoạch như sau:\n")
    assert (got["doc_type"], got["number"], got["issued_date"]) == ("Kế hoạch", "45-KH/BDVTU", "2022-03-02")
    assert got["issuer"] == "Ban Dân vận Thành ủy"


def test_a_slash_ocr_read_as_a_letter_after_so_is_still_the_number():
    for written in ("Số: 1906 ISGDĐT-CTrTT", "Số: 1906lSGDĐT-CTrTT"):
        got = extract_text("UBND THÀNH PHỐ ĐÀ NẴNG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n" + MOTTO + written +
                           "\nV/v phòng, chống dịch\nĐà Nẵng, ngày 26 tháng 7 năm 2020\n")
        assert got["number"] == "1906/SGDĐT-CTrTT", written


def test_a_deadline_written_chậm_nhất_đến_ngày():
    got = extract_text("BỘ XÂY DỰNG\n" + MOTTO + "Số: 10/QĐ-BXD\nHà Nội, ngày 2 tháng 2 năm 2026\nQUYẾT ĐỊNH\n"
                       "Về việc ban hành giải pháp an toàn\nĐiều 1. Các cơ sở hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2028.\n")
    assert [d["date"] for d in got["deadlines"]] == ["2028-07-01"]


def test_recipients_listed_without_dashes_one_a_line_are_all_read():
    got = extract_text("UBND THÀNH PHỐ ĐÀ NẴNG\nSỞ Y TẾ\n" + MOTTO + "Số: 12/SYT-NVY\nV/v phòng chống dịch\n"
                       "Đà Nẵng, ngày 2 tháng 8 năm 2020\nKính gửi:\nCác bệnh viện công lập;\nTrung tâm Y tế các quận, huyện;\n"
                       "Các phòng khám tư nhân.\nThực hiện chỉ đạo của UBND thành phố, Sở Y tế đề nghị:\n")
    assert got["recipients"] == ["Các bệnh viện công lập", "Trung tâm Y tế các quận, huyện", "Các phòng khám tư nhân"]


def test_a_closing_block_read_across_its_two_columns_still_names_the_signer():
    got = extract_text("UBND THÀNH PHỐ ĐÀ NẴNG\nSỞ Y TẾ\n" + MOTTO + "Số: 12/SYT-NVY\nV/v phòng chống dịch\n"
                       "Đà Nẵng, ngày 2 tháng 8 năm 2020\nKính gửi: Các bệnh viện.\nSở Y tế đề nghị các đơn vị thực hiện./.\n"
                       "Nơi nhận: GIÁM ĐỐC\nNhư trên; (Đã ký)\nUBND thành phố; Trần Văn Bình\nLưu: VT.\n")
    assert (got["signer_title"], got["signer"]) == ("Giám đốc", "Trần Văn Bình")


def test_a_pdf_layout_line_stretched_by_justification_is_one_run_of_text():
    from engine.extraction.readers import unjustify
    page = ("  ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "      THỰC   HIỆN   NGHỊ   QUYẾT   SỐ   50/NQ-CP   CỦA\n")
    lines = unjustify(page).split("\n")
    assert lines[0] == page.split("\n")[0]  # a wide gap parts the columns: kept
    assert lines[1] == "      THỰC HIỆN NGHỊ QUYẾT SỐ 50/NQ-CP CỦA"


def test_a_title_line_ending_in_a_word_that_must_go_on_continues():
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n" + MOTTO + "Số: 66/KH-UBND\nQuảng Ngãi, ngày 18 tháng 5 năm 2020\n"
                       "KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 50/NQ-CP NGÀY 17/4/2020 CỦA\nCHÍNH PHỦ VỀ CHỦ ĐỘNG THAM GIA CÁCH MẠNG "
                       "CÔNG NGHIỆP\nThực hiện Nghị quyết số 50/NQ-CP, UBND tỉnh ban hành Kế hoạch như sau:\n")
    assert got["subject"].upper() == ("THỰC HIỆN NGHỊ QUYẾT SỐ 50/NQ-CP NGÀY 17/4/2020 CỦA CHÍNH PHỦ VỀ CHỦ ĐỘNG THAM GIA "
                              "CÁCH MẠNG CÔNG NGHIỆP")


def test_a_v_v_line_beside_the_date_goes_on_in_its_column_below():
    got = extract_text("  BỘ GIÁO DỤC VÀ ĐÀO TẠO            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "  Số: 4555/BGDĐT-GDPT                Độc lập - Tự do - Hạnh phúc\n"
                       "V/v hướng dẫn thực hiện nhiệm vụ      Hà Nội, ngày 05 tháng 8 năm 2025\n"
                       "     giáo dục phổ thông năm học\n            2025-2026\n   Kính gửi: Các Sở Giáo dục và Đào tạo.\n")
    assert got["subject"] == "hướng dẫn thực hiện nhiệm vụ giáo dục phổ thông năm học 2025-2026"
    assert got["issued_date"] == "2025-08-05"


def test_a_news_sentence_wrapped_over_lines_is_read_whole():
    got = extract_text("Ngày 23/8/2017, Tỉnh ủy Quảng Nam đã ban hành Chương trình số 27-CTr/TU về thực hiện Chỉ thị\n"
                       "13-CT/TW về bảo vệ và phát triển rừng.\n\nBan biên tập xin đăng toàn văn:\n")
    assert got["subject"] == "thực hiện Chỉ thị 13-CT/TW về bảo vệ và phát triển rừng"
