"""General rules added in the morning session of 2026-12-05, each on a short made-up snippet (never a copy
of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_a_number_whose_slash_a_copy_lost_before_its_code_is_read():
    got = extract_text("ỦY BAN NHÂN DÂN\nHUYỆN CỦ CHI\n" + _MOTTO + "Số: 5170 UBND-VX\nCủ Chi, ngày 3 tháng 4 năm 2022\n"
                       "V/v tổ chức tiêm chủng mở rộng\nKính gửi: Trạm Y tế các xã\nỦy ban nhân dân huyện đề nghị.\n")
    assert got["number"] == "5170/UBND-VX"


def test_a_licence_is_a_type_of_its_own_with_its_title_on_the_type_line():
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n" + _MOTTO + "Số: 33/GP-UBND\nYên Bái, ngày 3 tháng 4 năm 2024\n"
                       "GIẤY PHÉP KHAI THÁC KHOÁNG SẢN\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\nCăn cứ Luật Khoáng sản;\n")
    assert got["doc_type"] == "Giấy phép"
    assert got["subject"].casefold() == "khai thác khoáng sản"


def test_a_pages_heading_with_the_documents_number_after_a_comma_is_not_its_number_line():
    got = extract_text("Thứ Hai, 4 tháng 3, 2019\n\nHƯỚNG DẪN CÔNG TÁC KIỂM TRA ĐẢNG VIÊN, SỐ 12-HD/UBKTTW\n\n"
                       "BAN CHẤP HÀNH TRUNG ƯƠNG\nỦY BAN KIỂM TRA\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố: 12-HD/UBKTTW\n"
                       "Hà Nội, ngày 05 tháng 6 năm 2018\n\nCăn cứ Điều lệ Đảng, Ủy ban Kiểm tra Trung ương hướng dẫn:\n")
    assert got["issuer"] == "Ủy ban Kiểm tra"
    assert got["issuer_parent"] == "Ban Chấp hành Trung ương"
    assert got["subject"].casefold() == "công tác kiểm tra đảng viên"  # the heading's title, without its number


def test_the_motto_as_ocr_garbles_its_second_line_still_closes_the_left_column():
    got = extract_text("TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCỤC THUẾ TP HÀ NỘI Độc lập - Tự đo - Hanh phức\n"
                       "Số: 4410/CT-TTHT Hà Nội, ngày 05 tháng 6 năm 2017\nV/v trả lời chính sách thuế\n\n"
                       "Kính gửi: Công ty TNHH Hải Long\n\nCục Thuế có ý kiến như sau.\n")
    assert got["issuer"] == "Cục Thuế thành phố Hà Nội"
    assert got["issuer_parent"] == "Tổng cục Thuế"


def test_a_garbled_motto_and_its_garbled_second_line_are_no_part_of_the_issuer():
    got = extract_text("TỔNG CỤC THUẾ CONG HOA XÃ HOLS TET NAM\nCỤC THUẾ TỈNH NAM ĐỊNH Độc lập - Twa\n"
                       "Số: 4410/CT-TTHT Nam Định, ngày 05 tháng 6 năm 2017\nV/v trả lời chính sách thuế\n\n"
                       "Kính gửi: Công ty TNHH Hải Long\n\nCục Thuế có ý kiến như sau.\n")
    assert got["issuer"] == "Cục Thuế tỉnh Nam Định"
    assert got["issuer_parent"] == "Tổng cục Thuế"


def test_a_lower_case_number_label_closes_the_letterhead_when_its_number_is_unreadable():
    got = extract_text("TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ TỈNH NAM ĐỊNH Độc lập - Tự do - Hạnh phúc\n"
                       "số: Ếb5'J/CT-TTHT Nam Định, ngày,Shháng năm 2020\nV/v xử lý vi phạm về thuế\n\n"
                       "Kinh gtri: Công ty TNHH Hải Long\n(Đ/c: số 4 Trần Phú,\nMST: 0316068011)\n\nCục Thuế có ý kiến như sau.\n")
    assert got["issuer"] == "Cục Thuế tỉnh Nam Định"


def test_a_v_v_label_ocr_cut_to_v_slash_still_opens_the_subject():
    got = extract_text("TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH NAM ĐỊNH\n" + _MOTTO + "Số: 4410/CT-TTHT\n"
                       "Nam Định, ngày 05 tháng 6 năm 2017\nV/ trả lời chính sách thuế\n\nKính gửi: Công ty TNHH Hải Long\n"
                       "\nCục Thuế có ý kiến như sau.\n")
    assert got["subject"] == "trả lời chính sách thuế"


def test_the_addressees_label_with_its_mark_lost_ends_the_subject():
    got = extract_text("BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n" + _MOTTO + "Số: 5120/TCT-TTKT\nHà Nội, ngày 16 tháng 11 năm 2023\n"
                       "V/v hướng dẫn lập kế\nhoạch thanh tra thuế\n\nnăm 2024\nKính gui:\n- Cục Thuế các tỉnh, thành phố;\n\n"
                       "Căn cứ Luật Quản lý thuế, Tổng cục Thuế hướng dẫn.\n")
    assert got["subject"] == "hướng dẫn lập kế hoạch thanh tra thuế năm 2024"


def test_a_number_a_sentence_cites_after_a_colon_is_never_the_letters_own():
    got = extract_text("TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH NAM ĐỊNH\nsé: 4Ô ÁÄÉÍ 'CT-TTHT Nam Định\nV/v thời điểm lập hóa đơn\n\n"
                       "Kính gửi: Ông Nguyễn Văn An\n\nCục Thuế có ý kiến như sau: thực hiện theo quy định tại các Nghị định: SỐ\n"
                       "21/2010/NĐ-CP ngày 14 thang 5 năm 2010 và số 04/2014/NĐ-CP ngày 17 tháng 01 năm 2014 của Chính phủ.\n")
    assert got["number"] is None
    assert got["doc_type"] == "Công văn"
    assert got["issuer"] == "Cục Thuế tỉnh Nam Định"


def test_a_titles_last_year_set_apart_after_its_dash_ends_the_title():
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 17/KH-UBND\n\n" + _MOTTO + "Cao Bằng, ngày 13 tháng 01 năm 2021\n\n"
                       "KẾ HOẠCH\n\nPHÒNG, CHỐNG HẠN HÁN MÙA KHÔ NĂM 2020 -\n\n2021\n\nThực hiện Chỉ\n\nthị số 12/CT-TTg\n")
    assert got["subject"] == "Phòng, chống hạn hán mùa khô năm 2020 - 2021"


def test_the_type_repeated_after_a_speck_ocr_read_before_the_title_is_dropped():
    got = extract_text("BỘ TÀI CHÍNH\n" + _MOTTO + "Số: 11/2021/TT-BTC\nHà Nội, ngày 03 tháng 02 năm 2021\nTHÔNG TƯ\n"
                       "_ THÔNG TƯ QUY ĐỊNH CHẾ ĐỘ CÔNG TÁC PHÍ\nĐỐI VỚI CÁN BỘ ĐI CÔNG TÁC\n\nCăn cứ Luật Ngân sách nhà nước;\n")
    assert got["subject"] == "Quy định chế độ công tác phí đối với cán bộ đi công tác"


def test_a_stamps_capitals_under_a_sentence_case_subject_are_no_part_of_it():
    got = extract_text("BỘ GIÁO DỤC VÀ ĐÀO TẠO\n" + _MOTTO + "ĐẠI HỌC HUẾ\nSố: 512/ĐHH-KHCN\nHuế, ngày 13 tháng 5 năm 2024\n"
                       "V/v đăng ký đề tài khoa học\ncấp bộ năm 2025\nTRƯỜNG ĐẠI HỌC Y DƯỢC\nKính gửi:\n- Các trường thành viên\n"
                       "Đại học Huế đề nghị các đơn vị đăng ký.\n")
    assert got["subject"] == "đăng ký đề tài khoa học cấp bộ năm 2025"


def test_a_stamps_words_read_before_a_sentence_case_title_on_its_line_are_dropped():
    got = extract_text("THỦ TƯỚNG CHÍNH PHỦ\n" + _MOTTO + "Số: 88/QĐ-TTg\nHà Nội, ngày 04 tháng 3 năm 2024\nQUYẾT ĐỊNH\n"
                       "SỞ TÀI CHÍNH ĐẾN Phê duyệt Đề án phát triển thị trường vốn\nN GI\nTHỦ TƯỚNG CHÍNH PHỦ\n"
                       "Căn cứ Luật Tổ chức Chính phủ;\n")
    assert got["subject"] == "Phê duyệt Đề án phát triển thị trường vốn"


def test_a_titles_about_run_together_by_ocr_is_read_as_its_two_words():
    got = extract_text("BỘ GIÁO DỤC VÀ ĐÀO TẠO\n" + _MOTTO + "Số: 1325/QĐ-BGDĐT\nHà Nội, ngày 5 tháng 4 năm 2016\nQUYẾT ĐỊNH\n"
                       "Vềviệc đính chính Thông tư số 10/2016/TT-BGDĐT\nBỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO\nCăn cứ Luật Giáo dục;\n")
    assert got["subject"] == "Về việc đính chính Thông tư số 10/2016/TT-BGDĐT"


def test_a_scans_margin_figure_beside_the_type_line_leaves_it_the_type():
    got = extract_text("BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                       "Số: 12/BYT-KCB Hà Nội, ngày 24 tháng 8 năm 2021\nCHỈ THỊ 1\nVề tăng cường công tác phòng, chống dịch\n"
                       "Năm 2021, dịch bệnh diễn biến phức tạp.\n")
    assert got["doc_type"] == "Chỉ thị"
    from engine.extraction.layout import type_title
    assert type_title("QUYẾT ĐỊNH :") is None  # the enacting word with its colon spaced is no title line


def test_a_sentence_case_title_run_on_into_the_body_ends_at_the_bodys_first_line():
    body = ("Năm học 2021-2022, năm đầu tiên ngành Giáo dục triển khai thực hiện\n"
            + "Nghị quyết của Quốc hội về kế hoạch phát triển kinh tế xã hội năm năm và các văn bản chỉ\n" * 6
            + "đạo, điều hành của Chính phủ về giáo dục và đào tạo.\n")
    got = extract_text("BỘ GIÁO DỤC VÀ ĐÀO TẠO\n" + _MOTTO + "Số: 800/CT-BGDĐT\nHà Nội, ngày 24 tháng 8 năm 2021\nCHỈ THỊ\n"
                       "Về thực hiện nhiệm vụ năm học 2021-2022 ứng phó với dịch COVID-19,\n"
                       "tiếp tục thực hiện đổi mới, kiên trì mục tiêu chất lượng giáo dục và đào tạo\n" + body)
    assert got["subject"] == ("Về thực hiện nhiệm vụ năm học 2021-2022 ứng phó với dịch COVID-19, tiếp tục thực hiện "
                              "đổi mới, kiên trì mục tiêu chất lượng giáo dục và đào tạo")


def test_an_incoming_stamps_fields_beside_the_title_are_no_part_of_it():
    got = extract_text("ĐẠI HỌC HUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                       "Số: 245/HD-ĐHH Huế, ngày 23 tháng 01 năm 2026\n[ĐẾ\" Số. 4Q4; HƯỚNG DẪN\n"
                       "Ngàỵ: 2s/c Khung bảo đảm chất lượng đào tạo tại Đại học Huế\nChuyên: .\n[Số và ký hiệu HIS:\n"
                       "ăncứ Thông tư số 12/2017/TT-BGDĐT ngày 19/5/2017 của Bộ trưởng Bộ Giáo dục và Đào tạo;\n")
    assert got["subject"] == "Khung bảo đảm chất lượng đào tạo tại Đại học Huế"
    got = extract_text("ĐẠI HỌC HUẾ\n" + _MOTTO + "Số: 246/ĐHH-TCCB\nHuế, ngày 23 tháng 01 năm 2026\n"
                       "V/v chuyển đổi vị trí công tác\nChuyển:\nSố và ký hiệu HS:\nKính gửi: Các trường thành viên\n"
                       "Đại học Huế thông báo.\n")
    assert got["subject"] == "chuyển đổi vị trí công tác"


def test_a_titles_about_with_ocrs_one_for_its_i_is_still_about():
    got = extract_text("ĐẠI HỌC HUẾ\n" + _MOTTO + "Số: 3106/QĐ-ĐHH\nHuế, ngày 14 tháng 7 năm 2023\nQUYẾT ĐỊNH\n"
                       "Về v1ec giao hiệu trưởng bổ nhiệm chức danh nghề nghiệp\nGIÁM ĐỐC ĐẠI HỌC HUẾ\nCăn cứ Nghị định số 30/CP;\n")
    assert got["subject"] == "Về việc giao hiệu trưởng bổ nhiệm chức danh nghề nghiệp"


def test_a_garbled_motto_over_its_clean_second_line_anchors_the_header_before_an_annexs_whole_motto():
    annex = ("\n" + "Nội dung đánh giá chi tiết các tiêu chí của đơn vị.\n" * 30 + "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nĐẠI HỌC HUẾ\n"
             + _MOTTO + "PHỤ LỤC: TIÊU CHÍ ĐÁNH GIÁ\n")
    got = extract_text("BỘ GIÁO DỤC VA ĐÀO TẠO . CỘNG HÒA XA HỘI CH Ủ NGHĨA VIỆT NAM\nĐẠI HỌC HUẾ\n"
                       "Độc lập - Tự do - Hạnh phúc\nSố: 150/ĐHH-TCCB\nHuế, ngày 14 tháng 01 năm 2022\n"
                       "Về việc ban hành tiêu chí đánh giá\ncác đơn vị năm học 2021-2022\nKính gửi:\n- Các ban chức năng;\n"
                       "Thực hiện Quyết định số 3277/QĐ-BGDĐT, Đại học Huế ban hành tiêu chí." + annex)
    assert got["number"] == "150/ĐHH-TCCB"
    assert got["issuer"] == "Đại học Huế"
    assert got["issuer_parent"] == "Bộ Giáo dục và Đào tạo"  # (the speck after its name dropped)
    assert got["subject"] == "ban hành tiêu chí đánh giá các đơn vị năm học 2021-2022"


def test_a_number_labels_colon_read_as_a_speck_still_labels_it():
    got = extract_text("BỘ GIÁO DỤC VÀ ĐÀO TẠO\n" + _MOTTO + "Sốø621 /BGDĐT-TĐKT\nHa Nội, ngay 22 tháng 02 năm 2021\n"
                       "V/v giới thiệu điển hình tiên tiến\nKính gửi: Các sở giáo dục và đào tạo\nBộ đề nghị.\n")
    assert got["number"] == "621/BGDĐT-TĐKT"


def test_a_number_line_printed_above_the_letterhead_leaves_it_the_issuer_when_the_date_is_unreadable():
    got = extract_text("Số: 3175/ĐHH-TCCB\nBỘ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐẠI HỌC HUẾ\n"
                       "Độc lập - Tự do - Hạnh phúc\nsố: 2 2-Ý /PHH-TCCB\nHuế, ngày 2 2-tháng 7 năm 2023\n"
                       "V/v hướng dẫn quản lý viên chức đi đào tạo\nKính gửi:\n- Các trường thành viên;\nĐại học Huế hướng dẫn.\n")
    assert got["issuer"] == "Đại học Huế"
    assert got["issuer_parent"] == "Bộ Giáo dục và Đào tạo"


def test_the_partys_name_in_running_text_is_not_its_motto():
    got = extract_text("ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH\n" + _MOTTO + "Số: 41/TB-UBND\nChâu Thành, ngày 12 tháng 8 năm 2020\n"
                       "THÔNG BÁO\nVề việc treo cờ rủ Lễ tang đồng chí Lê Khả Phiêu, nguyên Tổng Bí thư Ban Chấp hành\n"
                       "Đảng Cộng sản Việt Nam\n\nThực hiện Thông báo của Ủy ban nhân dân tỉnh.\n")
    assert got["subject"].endswith("Ban Chấp hành Đảng Cộng sản Việt Nam")


def test_a_plans_title_opening_like_a_body_and_run_on_into_the_body_is_still_its_title():
    got = extract_text("BỘ GIÁO DỤC VÀ ĐÀO TẠO\n" + _MOTTO + "Số: 1374/KH-BGDĐT\nHà Nội, ngày 02 tháng 11 năm 2020\nKẾ HOẠCH\n"
                       "Thực hiện Phong trào thi đua “Đổi mới, sáng tạo trong quản lý, giảng dạy\n"
                       "và học tập” ngành Giáo dục giai đoạn 2020 - 2025\n"
                       "Để triển khai có hiệu quả Phong trào thi đua (sau đây gọi tắt là Phong trào thi đua) do Bộ trưởng\n"
                       "phát động tại Đại hội thi đua yêu nước ngành Giáo dục lần thứ VII năm 2020, Bộ Giáo dục và Đào tạo\n"
                       "ban hành Kế hoạch thực hiện với các nội dung sau:\nI. MỤC ĐÍCH, YÊU CẦU\n")
    assert got["subject"] == ("Thực hiện Phong trào thi đua “Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập” "
                              "ngành Giáo dục giai đoạn 2020 - 2025")


def test_a_stroke_ocr_read_as_l_after_a_code_in_capitals_is_dropped():
    from engine.extraction import numbers
    assert numbers.normalise("1364/QĐ-ĐHĐNl") == "1364/QĐ-ĐHĐN"
    assert numbers.normalise("12/CT-TTg") == "12/CT-TTg"  # a code's own small letters stay


def test_an_incoming_stamps_heading_in_the_letterhead_column_is_no_part_of_the_issuer():
    got = extract_text("BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐẠI HỌC HUẾ Độc lập - Tự do - Hạnh phúc\n"
                       "CÔNG VĂẢ ĐIỆN TỦ\nSố: 245/HD-ĐHH Huế, ngày 23 tháng 01 năm 2026\nHƯỚNG DẪN\n"
                       "Khung bảo đảm chất lượng đào tạo\nCăn cứ Thông tư số 12/2017/TT-BGDĐT;\n")
    assert got["issuer"] == "Đại học Huế"


def test_a_document_a_guide_cites_below_its_motto_is_not_the_guides_own_number():
    got = extract_text("BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐẠI HỌC HUẾ Độc lập - Tự do - Hạnh phúc\n"
                       "S8: 245/HD-ĐHH Huế, ngày 23 tháng 01 năm 2026\nHƯỚNG DẪN\nKhung bảo đảm chất lượng đào tạo\n"
                       "Căn cứ Thông tư số 12/2017/TT-BGDĐT ngày 19/5/2017 của Bộ trưởng Bộ Giáo dục và Đào tạo;\n"
                       "Thông tư số 01/2024/TT-BGDĐT ngày 05/2/2024 của Bộ trưởng Bộ Giáo dục và Đào\n"
                       "tạo ban hành Chuẩn cơ sở giáo dục đại học; Đại học Huế hướng dẫn như sau.\n")
    assert got["number"] != "01/2024/TT-BGDĐT"


def test_the_mottos_second_line_with_underscores_and_a_university_ocr_misspelt_are_read():
    got = extract_text("BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐAI HQC HUẾ Độc lập _ Tự do _ Hạnh phúc\n"
                       "Số: 5007/QĐ-ĐHH Huế, ngày 05 tháng 12 năm 2024\nQUYẾT ĐỊNH\nBan hành danh mục bổ sung\n"
                       "GIÁM ĐỐC ĐẠI HỌC HUẾ\nCăn cứ Luật Giáo dục đại học;\n")
    assert got["issuer"] == "Đại học Huế"
    assert got["issuer_parent"] == "Bộ Giáo dục và Đào tạo"


def test_a_letter_alone_on_a_letterhead_line_is_a_speck_not_part_of_the_body():
    got = extract_text("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nE\nĐộc lập - Tự do - Hạnh phúc\n"
                       "Số: 624/BGDĐT-TTr\nHà Nội, ngày 28 tháng 02 năm 2022\nV/v tăng cường công tác thanh tra\n"
                       "Kính gửi: Các đại học\nBộ đề nghị.\n")
    assert got["issuer"] == "Bộ Giáo dục và Đào tạo"


def test_date_lines_as_ocr_garbles_them_are_still_read():
    for line, day in (("Hà Nội, ngà) 5 tháng 4 năm 2016", "2016-04-05"),
                      ("Đà Nẵng, ngày /12tháng 11 năm 2023", "2023-11-12"),
                      ("Đà Nẵng, ngày 2 5 tháng 11 năm 2022", "2022-11-25")):
        got = extract_text("ĐẠI HỌC ĐÀ NẴNG\n" + _MOTTO + "Số: 4513/ĐHĐN-TCCB\n" + line + "\n"
                           "V/v ban hành bộ tiêu chí đánh giá\nKính gửi: Các trường thành viên\nĐại học Đà Nẵng ban hành.\n")
        assert got["issued_date"] == day, line


def test_an_incoming_stamps_pieces_run_into_a_sentence_case_subject_are_dropped():
    got = extract_text("ĐẠI HỌC HUẾ\n" + _MOTTO + "Số: 4079/ĐHH-TCCB\nHuế, ngày 6 tháng 5 năm 2022\n"
                       "V/v ban hành bộ tiêu chí đánh giá, CÔNG 'VĂẢ ĐIỆN TỦ\nchấm điểm thi đua các trường [pẾN Sô 2336\n"
                       "thành viên năm học 2021-2022 Ngày: 6/5/2022\nKính gửi: Hiệu trưởng các trường\nĐại học Huế ban hành.\n")
    assert got["subject"] == "ban hành bộ tiêu chí đánh giá, chấm điểm thi đua các trường thành viên năm học 2021-2022"
    got = extract_text("BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n" + _MOTTO + "Số: 4495/TCT-PC\nHà Nội, ngày 16 tháng 11 năm 2018\n"
                       "V/v những nội dung liên quan CỤC THUẾ TỈNH HÒA BÌNH đến lĩnh vực quản lý thuế\n"
                       "Kính gửi: Cục Thuế các tỉnh\nTổng cục Thuế hướng dẫn.\n")
    assert got["subject"] == "những nội dung liên quan đến lĩnh vực quản lý thuế"


def test_a_letterhead_whose_letters_a_text_layer_spaced_is_read_as_its_name():
    got = extract_text("| ỦY B AN NHÂN D Â N T HÀNH P HỐ Đ À NẴNG ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
                       "Hạnh phúc --------------- |\n|---|---|\n| Số: 3210/QĐ - U B ND | Đ à N ẵng, ngày 28 tháng 6 năm 2014 |\n\n"
                       "QUYẾT ĐỊNH\n\nVỀ BAN HÀNH KẾ HOẠCH HỖ TRỢ NHÀ Ở\n\nCăn cứ Luật Tổ chức;\n")
    assert got["issuer"] == "UBND thành phố Đà Nẵng"
