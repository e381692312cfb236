"""General rules added in the session of 2026-12-04 (late night), each on a short made-up snippet (never a
copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_a_text_copys_misread_words_in_the_subject_and_issuer_are_respelt_and_glued_words_split():
    got = extract_text("CỤC THUẾ TỈNH BÌNH DƯƠNG\n" + _MOTTO + "Số: 512/CTBD-TTHT\nBình Dương, ngày 3 tháng 9 năm 2024\n"
                       "V/v nộp hỗ sơ khai thuế đúng hạn\nKính gửi: Công ty TNHH An Phát\n"
                       "Cục Thuế nhận được văn bản của Công ty về hồ sơ khai thuế.\n")
    assert got["subject"] == "nộp hồ sơ khai thuế đúng hạn"
    got = extract_text("UBND TỈNH HÀ NAM\n" + _MOTTO + "Số: 35/2024/QĐ-UBND\nHà Nam, ngày 3 tháng 9 năm 2024\n"
                       "QUYẾT ĐỊNH\nBAN HÀNHQUY CHẾ PHỐI HỢP QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH\n"
                       "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert got["subject"].upper() == "BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH"


def test_a_typed_subjects_real_words_are_left_as_typed():
    got = extract_text("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\n" + _MOTTO + "Số: 88/SNN-TL\n"
                       "Hà Nam, ngày 3 tháng 9 năm 2024\nV/v khâu nối kênh tưới và thu hoạch lúa chiêm\n"
                       "Kính gửi: UBND các huyện\nSở đề nghị các huyện thực hiện.\n")
    assert got["subject"] == "khâu nối kênh tưới và thu hoạch lúa chiêm"


def test_a_committee_named_by_a_titles_capitals_ends_where_the_title_goes_on():
    got = extract_text("ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 03/2024/QĐ-UBND |\n"
                       "Hòa Vang, ngày 25 tháng 02 năm 2024 |\n"
                       "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN HUYỆN HÒA VANG NHIỆM KỲ 2021 - 2026\n"
                       "ỦY BAN NHÂN DÂN HUYỆN HÒA VANG\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert got["issuer"] == "UBND huyện Hòa Vang"


def test_a_letters_subject_under_its_number_without_its_v_v_label_is_its_subject():
    got = extract_text("BỘ TƯ PHÁP\n-------\n\n" + _MOTTO + "---------------\n\nSố: 412/BTP-PLHS\n"
                       "Tăng cường công tác phổ biến pháp luật về phòng chống ma túy\n\n"
                       "Hà Nội, ngày 11 tháng 08 năm 2023\n\nKính gửi: Các Sở Tư pháp\n\n"
                       "Để triển khai Luật Phòng, chống ma túy, Bộ Tư pháp đề nghị các Sở thực hiện.\n")
    assert got["subject"] == "Tăng cường công tác phổ biến pháp luật về phòng chống ma túy"
    got = extract_text("TỈNH ỦY NAM ĐỊNH\n\n      ĐẢNG CỘNG SẢN VIỆT NAM\n\nBAN TUYÊN GIÁO\n\n*\n\n"
                       "     Nam Định, ngày 15 tháng 6 năm 2024\n\nSố 412 - CV/BTGTU\n\n"
                       "Gửi tài liệu tuyên truyền kỷ niệm\n\n 95 năm Ngày thành lập Đảng bộ tỉnh\n\n \n\n"
                       "Kính gửi:\n\n- Các huyện ủy, thành ủy,\n\n          Hướng tới kỷ niệm 95 năm …\n")
    assert got["subject"] == "Gửi tài liệu tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng bộ tỉnh"


def test_a_v_v_label_ocr_read_as_vw_is_the_label():
    got = extract_text("TỔNG CỤC HẢI QUAN\n" + _MOTTO + "Số: 4198 /TCHQ-TXNK Hà Nội, ngày 9 tháng 6 năm 2023\n"
                       "Vw miễn thuế nhập khẩu hàng viện trợ\n\nKính gửi: Cục Hải quan các tỉnh, thành phố.\n")
    assert got["subject"] == "miễn thuế nhập khẩu hàng viện trợ"


def test_a_trade_unions_name_keeps_its_tong_lien_or_cong_and_a_schools_party_committee_is_one_body():
    got = extract_text("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nCÔNG ĐOÀN NGÂN HÀNG VIỆT NAM\nSố: 75/CĐNH-TG\n"
                       "V/v tuyên truyền Ngày Quốc khánh\n" + _MOTTO + "Hà Nội, ngày 6 tháng 8 năm 2024\n"
                       "Kính gửi: Công đoàn các đơn vị trực thuộc\n")
    assert (got["issuer"], got["issuer_parent"]) == ("Công đoàn Ngân hàng Việt Nam", "Tổng Liên đoàn Lao động Việt Nam")
    got = extract_text("ĐẢNG BỘ TỈNH THÁI NGUYÊN                     ĐẢNG CỘNG SẢN VIỆT NAM\n\n"
                       "ĐẢNG UỶ TRƯỜNG ĐẠI HỌC SƯ PHẠM               ¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯¯\n\n"
                       "                 *                      Thái Nguyên, ngày 04 tháng 9 năm 2024\n\n"
                       "                Số 21-CV/ĐU\n\nV/v hoãn tổ chức hội nghị\n\nKính gửi: Các chi bộ trực thuộc\n")
    assert got["issuer"].lower() == "đảng ủy trường đại học sư phạm"
    assert got["issuer_parent"] == "Đảng bộ tỉnh Thái Nguyên"


def test_a_one_line_header_splits_a_department_from_its_province_whose_name_looks_like_tinh():
    got = extract_text("UBND TỈNH HÀ TĨNH SỞ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 288 /SYT-NVY Hà Tĩnh, ngày "
                       "30 tháng 3 năm 2024 Độc lập - Tự do - Hạnh phúc V/v tăng cường phòng chống dịch sốt xuất huyết "
                       "Kính gửi: - Trung tâm Y tế các huyện\n")
    assert (got["issuer"], got["issuer_parent"]) == ("Sở Y tế", "UBND tỉnh Hà Tĩnh")


def test_a_motto_whose_xa_a_copy_dropped_is_still_the_motto():
    got = extract_text("ỦY BAN NHÂN DÂN HUYỆN YÊN ĐỊNH\n\nCỘNG HÒA HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
                       "Số: 187 /KH-UBND\n\nYên Định, ngày 24 tháng 8 năm 2024\n\nKẾ HOẠCH\n\n"
                       "Tiêm phòng vắc xin cho đàn gia súc đợt 2 năm 2024\n\nThực hiện Kế hoạch số 241/KH-UBND …\n")
    assert got["issuer"] == "UBND huyện Yên Định"


def test_a_party_bodys_thong_tri_is_its_type_and_a_v_dot_v_dot_subject_is_read():
    got = extract_text("ĐẢNG BỘ TỈNH NGHỆ AN                     ĐẢNG CỘNG SẢN VIỆT NAM\n\nĐẢNG ỦY KHỐI DOANH NGHIỆP\n\n"
                       "      *                      Nghệ An, ngày 28 tháng 05 năm 2024\n\n        Số 19-TT/ĐU\n\n"
                       "THÔNG TRI\n\ntriệu tập đại biểu tham dự Đại hội Đảng bộ Khối\n\n-----\n\n"
                       "          Thực hiện Điều lệ Đảng, …\n")
    assert got["doc_type"] == "Thông tri"
    assert got["subject"] == "triệu tập đại biểu tham dự Đại hội Đảng bộ Khối"
    got = extract_text("TỈNH ĐOÀN NGHỆ AN\n\nBCH ĐOÀN TRƯỜNG THPT HUỲNH THÚC KHÁNG\n\n***\n\nSố: 36/ĐTN\n\n"
                       "V.v. ủng hộ Quỹ vì biển đảo quê hương\n\nĐOÀN TNCS HỒ CHÍ MINH\n\n"
                       "Thành phố Vinh, ngày 02 tháng 4 năm 2024\n\nKính gửi: Các chi đoàn\n")
    assert got["subject"] == "ủng hộ Quỹ vì biển đảo quê hương"


def test_a_posts_title_line_dates_the_letter_beside_its_number_and_its_posting_date_is_no_part_of_the_subject():
    got = extract_text("Số 512/SNV-CCHC Ngày 07-9-2023 V/v báo cáo công tác cải cách hành chính quý III năm 2023.\n\n"
                       "Đăng ngày: 08/09/2023 11:03:35\n\nKính gửi:\n\n– Thủ trưởng các Sở, Ban ngành,\n\n"
                       "Sở Nội vụ đề nghị các sở, ngành báo cáo trước ngày 10/9/2023.\n")
    assert got["issued_date"] == "2023-09-07"
    got = extract_text("Số 512/SNV-CCHC Ngày 07-9-2023 V/v báo cáo công tác cải cách hành chính quý III năm 2023. "
                       "Đăng ngày: 08/09/2023 11:03:35 Kính gửi: – Thủ trưởng các Sở, Ban ngành,\n")
    assert got["subject"] == "báo cáo công tác cải cách hành chính quý III năm 2023"


def test_a_posts_type_named_in_lower_case_above_its_ve_viec_line_is_its_type():
    got = extract_text("thông báo\n\nVề việc lịch tiếp công dân tháng 11 năm 2024 của phường Phúc Đồng\n"
                       "Ngày đăng 28/10/2024 | 14:45  | Lượt xem: 56\n\n"
                       "UBND phường Phúc Đồng thông báo lịch tiếp công dân tháng 11 năm 2024 cụ thể như sau:\n")
    assert got["doc_type"] == "Thông báo"


def test_a_v_v_subjects_last_line_above_the_motto_is_kept_though_it_opens_like_a_body():
    got = extract_text("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\n\nCÔNG ĐOÀN NGÂN HÀNG VIỆT NAM\n\n Số:  75  /CĐNH-TG\n\n"
                       "V/v tuyên truyền kỷ niệm 140 năm\n\nNgày sinh Chủ tịch Tôn Đức Thắng\n\n" + _MOTTO +
                       "\n    Hà Nội, ngày  6   tháng 8 năm 2028\n\n Kính gửi: Công đoàn các đơn vị trực thuộc\n")
    assert got["subject"] == "tuyên truyền kỷ niệm 140 năm Ngày sinh Chủ tịch Tôn Đức Thắng"


def test_a_title_printed_twice_is_read_once_and_its_paragraph_ends_where_the_legal_basis_opens():
    got = extract_text("UBND HUYỆN CẦN ĐƯỚC\nTRƯỜNG MG LONG HỰU |\n" + _MOTTO + "Số: 92 /KH-MGLH\n|\n"
                       "Long Hựu, ngày 14 tháng 9 năm 2024\n|\nKẾ HOẠCH\nThực hiện công tác y tế trường học\n"
                       "Năm học 2024 - 2025\nThực hiện công tác y tế trường học\nNăm học 2024 - 2025\n"
                       "Căn cứ Kế hoạch số 1813/KH-PGDĐT ngày 31 tháng 8 năm 2024 của Phòng Giáo dục và Đào tạo về "
                       "phương hướng, nhiệm vụ trọng tâm năm học 2024-2025 và tình hình thực tế của nhà trường, Trường "
                       "Mẫu giáo Long Hựu xây dựng Kế hoạch thực hiện công tác y tế trường học năm học 2024-2025 như "
                       "sau, nhằm bảo đảm sức khỏe cho trẻ, phòng chống dịch bệnh trong nhà trường, nâng cao chất "
                       "lượng chăm sóc, nuôi dưỡng trẻ em theo quy định của Bộ Giáo dục và Đào tạo:\n"
                       "I. MỤC TIÊU, YÊU CẦU\n")
    assert got["subject"] == "Thực hiện công tác y tế trường học Năm học 2024 - 2025"


def test_a_titles_capitals_end_before_the_bodys_first_part_number_and_a_mistyped_ve_viec_is_dropped():
    got = extract_text("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO         " + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "TRƯỜNG MG AN HIỆP          Độc lập – Tự do – Hạnh phúc\n\nAn Hiệp, ngày 24 tháng 7 năm 2024\n\n"
                       "THÔNG BÁO TUYỂN SINH CỦA TRƯỜNG MẪU GIÁO AN HIỆP\n\n 1. Đối tượng và điều kiện tuyển sinh\n"
                       " • Đối tượng: trẻ từ 3 đến 5 tuổi.\n")
    assert got["subject"].upper() == "TUYỂN SINH CỦA TRƯỜNG MẪU GIÁO AN HIỆP"
    got = extract_text("PHÒNG GD&ĐT BÌNH LIÊU\nTRƯỜNG THCS HÚC ĐỘNG\n" + _MOTTO + "Số: 38/TTr-THCSHĐ\n"
                       "Húc Động, ngày 3 tháng 5 năm 2024\nTỜ TRÌNH\nVế việc đề nghị phê duyệt kế hoạch phát triển nhà "
                       "trường giai đoạn 2024-2029\n\nKính gửi: Phòng Giáo dục và Đào tạo huyện Bình Liêu\n")
    assert got["subject"].startswith("Về việc") or got["subject"].startswith("đề nghị")


def test_a_document_sites_attribute_table_numbers_a_letter_whose_own_number_line_is_lost():
    got = extract_text("Văn bản pháp luật | Tra cứu | Đăng nhập\nCông văn 77/BVHTTDL-DSVH về di tích quốc gia\n"
                       "Số hiệu: | 77/BVHTTDL-DSVH | Loại văn bản: | Công văn |\nTải về | In | Chia sẻ\n\n"
                       "KTBT, TT Nguyễn Văn An\n\nCông văn V/v thông báo kết quả xét duyệt danh sách di tích\n\n"
                       "Kính gửi: Ủy ban nhân dân tỉnh Nam Định\n\nBộ Văn hóa, Thể thao và Du lịch xin thông báo./.\n")
    assert got["number"] == "77/BVHTTDL-DSVH"
    assert got["issuer"] == "Bộ Văn hóa, Thể thao và Du lịch"
    got = extract_text("    Số hiệu:36/TANDTC-KHTCNgày đăng công báo:Đang cập nhật\n\nV/v hướng dẫn quản lý ngân sách\n\n"
                       "Kính gửi: Tòa án nhân dân các tỉnh\n")
    assert got["number"] == "36/TANDTC-KHTC"


def test_a_district_education_offices_code_with_an_ampersand_is_no_phieu_gui():
    got = extract_text("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n" + _MOTTO + "Số: 357/PGD&ĐT\nMộc Châu, ngày 3 tháng 9 năm 2024\n"
                       "V/v rà soát danh sách học sinh\nKính gửi: Các trường tiểu học\n")
    assert got["doc_type"] == "Công văn"


def test_a_schools_young_pioneers_unit_is_its_own_body_under_the_pioneers():
    got = extract_text("ĐỘI TNTP HỒ CHÍ MINH\nLIÊN ĐỘI TRẦN QUỐC TOẢN\n***\nSố: 12/KH-LĐ\n"
                       "Hội An, ngày 01 tháng 12 năm 2024\nKẾ HOẠCH Phát động phong trào Kế hoạch nhỏ\n"
                       "Năm học: 2024 - 2025\n- Nhằm thực hiện tốt chương trình công tác Đội …\n")
    assert (got["issuer"], got["issuer_parent"]) == ("Liên đội Trần Quốc Toản", "Đội TNTP Hồ Chí Minh")


def test_the_mottos_second_line_garbled_by_ocr_is_no_subject():
    got = extract_text("BỘ Y TẾ        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 4396/BYT-KCB\n"
                       "Độc lập Tự do: Danh phúc\nHà Nội, ngày 3 tháng 9 năm 2024\n\nKính gửi: Sở Y tế các tỉnh\n")
    assert got["subject"] is None


def test_a_quoted_v_v_subject_runs_to_its_closing_quote():
    got = extract_text("TỈNH ĐOÀN NGHỆ AN\nBCH ĐOÀN HUYỆN YÊN THÀNH\n***\nSố:\n75-CV/ĐTN\n“V/v Triển\nkhai đồng loạt\n"
                       "Ngày Chủ nhật\nxanh 21/7/2024”\n|\nĐOÀN\nTNCS HỒ CHÍ MINH\nYên Thành,\nngày 17 tháng 7 năm 2024\n|\n"
                       "Kính gửi: Ban Chấp hành Đoàn các xã, thị trấn.\n")
    assert got["subject"] == "Triển khai đồng loạt Ngày Chủ nhật xanh 21/7/2024"


def test_a_date_line_whose_day_is_blank_ends_a_subject_on_its_line():
    got = extract_text("SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
                       "Số: 1203/SGDĐT-KT V/v hướng dẫn tra cứu điểm thi tốt nghiệp năm 2024. Bắc Ninh, ngày   tháng 7 "
                       "năm 2024 Kính gửi: Các trường THPT\n")
    assert got["subject"] == "hướng dẫn tra cứu điểm thi tốt nghiệp năm 2024."  # (its full stop kept, as the seeds')


def test_a_damaged_letterhead_keeps_the_department_its_code_names_over_a_sites_bare_province():
    got = extract_text("Hướng dẫn 77/HD-STC năm 2024 về xây dựng dự toán ngân sách do tỉnh Bắc Ninh ban hành\n\n"
                       "Số hiệu: 77/HD-STC Loại văn bản: Hướng dẫn\nNơi ban hành: Tỉnh Bắc Ninh\n\n"
                       "UBND TNH BC NINH\nSỞ TÀI CHÍNH\n--------\n\n" + _MOTTO + "---------------\n\nS: 77/HD-STC\n\n"
                       "Bắc Ninh, ngày 27 tháng 7 năm 2024\n\nHƯỚNG DẪN\n\nXÂY DỰNG DỰ TOÁN NGÂN SÁCH NĂM 2025\n\n"
                       "n c Lut NSNN và c văn bn hưng dn thi hành Luật;\n\nCăn c Thông tư s 12/2024/TT-BTC ca B "
                       "Tài chính;\n\nCăn c Công văn s 99/BTC-NSNN ca B Tài chính v vic báo o tình hình thc hin "
                       "d toán;\n\nĐ phù hp vi thc tế ti đa phương, S Tài "
                       "chính hưng dn chi tiết thêm một s ni dung như sau:\n")
    assert (got["issuer"], got["issuer_parent"]) == ("Sở Tài chính", "UBND tỉnh Bắc Ninh")


def test_a_title_in_capitals_goes_on_past_an_ocr_speck_and_loses_it_and_a_stray_underscore():
    got = extract_text("THỦ TƯỚNG CHÍNH PHỦ\n" + _MOTTO + "Số: 27/CT-TTg\nHà Nội, ngày 17 tháng 9 năm 2024\n\nCHỈ THỊ\n"
                       "MỘT SỐ GIẢI PHÁP CẤP BÁCH TĂNG CƯỜNG CÔNG TÁC\nKIỂM TRA ó ĐỐI VỚI HOẠT ĐỘNG NHẬP KHẨU PHẾ LIỆU\n\n"
                       "Trong những năm qua, bên cạnh việc tái chế chất thải, …\n")
    assert got["subject"].upper() == "MỘT SỐ GIẢI PHÁP CẤP BÁCH TĂNG CƯỜNG CÔNG TÁC KIỂM TRA ĐỐI VỚI HOẠT ĐỘNG NHẬP KHẨU PHẾ LIỆU"
    got = extract_text("UBND TỈNH ĐẮK NÔNG\n" + _MOTTO + "Số: 08/2024/QĐ-UBND\nĐắk Nông, ngày 3 tháng 9 năm 2024\n\n"
                       "QUYẾT ĐỊNH\nBAN _ HÀNH QUY ĐỊNH QUẢN LÝ VỐN ĐẦU TƯ CÔNG TRÌNH NÔNG THÔN\n\n"
                       "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert got["subject"].upper() == "BAN HÀNH QUY ĐỊNH QUẢN LÝ VỐN ĐẦU TƯ CÔNG TRÌNH NÔNG THÔN"


def test_a_type_title_ocr_split_over_a_blank_line_is_the_title():
    got = extract_text("BỘ CÔNG THƯƠNG             " + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 34/2024/TT-BCT     "
                       "                     Độc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 28 tháng 11 năm 2024\nTHỒNG\n\nTƯ\n\n"
                       "QUY\n\nĐỊNH VỀ HỆ THỐNG THÔNG TIN NĂNG LƯỢNG\n\nCăn cứ Luật\n\nSử dụng năng lượng tiết kiệm;\n")
    assert got["doc_type"] == "Thông tư"
    assert got["subject"].upper() == "QUY ĐỊNH VỀ HỆ THỐNG THÔNG TIN NĂNG LƯỢNG"


def test_a_post_naming_who_issued_what_and_when_without_a_number_gives_the_issuer_and_date():
    got = extract_text("Công văn hỏa tốc về việc chủ động ứng phó với bão số 3\n"
                       "Ngày 06/9/2024, Ban Thường vụ Tỉnh ủy ban hành Công văn hỏa tốc về việc chủ động ứng phó với "
                       "bão số 3. Ban Thường vụ Tỉnh ủy yêu cầu cấp ủy, chính quyền các cấp khẩn trương triển khai.\n")
    assert (got["issuer"], got["issued_date"]) == ("Ban Thường vụ Tỉnh ủy", "2024-09-06")
    assert got["number"] is None
