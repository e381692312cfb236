"""General rules added in the session of 2026-12-05, each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
from engine.extraction import extract_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_an_enterprise_or_a_banks_branch_under_its_group_is_its_own_body():
    got = extract_text("TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM\nTỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG\n" + _MOTTO
                       + "Số: 2210/EVNCPC-KD\nĐà Nẵng, ngày 4 tháng 5 năm 2022\nV/v cấp điện cho các dự án\n"
                       "Kính gửi: Sở Công Thương\nTổng công ty trân trọng đề nghị.\n")
    assert got["issuer"].casefold() == "tổng công ty điện lực miền trung"
    assert got["issuer_parent"] == "Tập đoàn Điện lực Việt Nam"
    got = extract_text("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nCHI NHÁNH TỈNH NINH BÌNH\n" + _MOTTO
                       + "Số: 301/NBI-TH\nNinh Bình, ngày 4 tháng 5 năm 2022\nV/v triển khai chỉ thị\n"
                       "Kính gửi: Các tổ chức tín dụng\nChi nhánh đề nghị.\n")
    assert got["issuer"] == "Chi nhánh tỉnh Ninh Bình"
    assert got["issuer_parent"] == "Ngân hàng Nhà nước Việt Nam"


def test_an_ocr_misread_real_word_the_letters_outvote_on_both_sides_is_respelt():
    from engine.extraction import ocr_words
    assert ocr_words.correct("THỰC HIỆN ĐỂ ÁN PHÁT TRIỂN DU LỊCH") == "THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN DU LỊCH"
    assert ocr_words.correct("KẾ HOẠCH TRIỂN KHAI TÀI TỈNH LONG AN") == "KẾ HOẠCH TRIỂN KHAI TẠI TỈNH LONG AN"
    # a word the letters only back on one side stays as the OCR read it
    assert ocr_words.correct("BỆNH PHỔI VÀ HEN PHẾ QUẢN ĐẾN NĂM 2025") == "BỆNH PHỔI VÀ HEN PHẾ QUẢN ĐẾN NĂM 2025"


def test_a_lower_case_v_v_label_opens_the_subject():
    got = extract_text("BỘ TƯ PHÁP\n" + _MOTTO + "Số: 812/BTP-PLDSKT\nv/v góp ý dự thảo Nghị định về đấu giá tài sản\n"
                       "Hà Nội, ngày 3 tháng 4 năm 2019\nKính gửi: Bộ Tài chính\nBộ Tư pháp nhận được văn bản.\n")
    assert got["subject"] == "góp ý dự thảo Nghị định về đấu giá tài sản"


def test_a_pages_html_entities_are_read_as_the_characters_they_stand_for():
    got = extract_text("<p>BỘ NÔNG NGHIỆP &amp; PTNT\nVIỆN THỔ NHƯỠNG NÔNG HÓA</p>\n" + _MOTTO
                       + "Số: 45/VTNNH-KH\nHà Nội, ngày 3 tháng 4 năm 2019\nV/v báo cáo kết quả năm 2018\n"
                       "Kính gửi: Vụ Khoa học\nViện báo cáo như sau.\n")
    assert got["issuer"].casefold() == "viện thổ nhưỡng nông hóa"
    assert got["issuer_parent"] == "Bộ Nông nghiệp và Phát triển nông thôn"


def test_a_one_line_title_ends_where_the_body_opens_with_the_issuer_saying_what_it_does():
    got = extract_text("BỘ Y TẾ TRƯỜNG ĐẠI HỌC Y HÀ NỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
                       "Số: 77/TB-ĐHYHN Hà Nội, ngày 3 tháng 4 năm 2019 THÔNG BÁO Về lịch thi học kỳ II năm học "
                       "2018-2019 Trường Đại học Y Hà Nội thông báo lịch thi như sau: 1. Thời gian thi từ ngày 10/6.\n")
    assert got["subject"] == "Về lịch thi học kỳ II năm học 2018-2019"
    # a name the title leads into stays in it
    got = extract_text("BỘ Y TẾ TRƯỜNG ĐẠI HỌC Y HÀ NỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
                       "Số: 78/TB-ĐHYHN Hà Nội, ngày 3 tháng 4 năm 2019 THÔNG BÁO Về kết luận của Trường Đại học Y Hà Nội "
                       "thông báo tuyển sinh\n")
    assert got["subject"] == "Về kết luận của Trường Đại học Y Hà Nội thông báo tuyển sinh"


def test_a_sites_title_line_standing_as_the_title_gives_only_its_subject():
    got = extract_text("BỘ Y TẾ\nSố: 512/QĐ-BYT\nHà Nội, ngày 5 tháng 3 năm 2024\nQUYẾT ĐỊNH\n"
                       "Quyết định 512/QĐ-BYT ngày 05/03/2024 về việc giá dịch vụ khám bệnh tại Bệnh viện E\n"
                       "BỘ TRƯỞNG BỘ Y TẾ\nCăn cứ Luật Khám bệnh, chữa bệnh;\n")
    assert got["subject"] == "về việc giá dịch vụ khám bệnh tại Bệnh viện E"


def test_a_post_of_a_numbered_districts_office_names_its_issuer_and_a_cited_date_is_not_its_own():
    got = extract_text("Kính gửi: Hiệu trưởng các trường Tiểu học.\nCăn cứ công văn số 1160/SGDĐT-CTTT của Sở Giáo dục và "
                       "Đào tạo Thành phố Hồ Chí Minh ngày 20 tháng 4 năm 2021 về cuộc thi vẽ tranh;\n"
                       "Phòng Giáo dục và Đào tạo Quận 5 đề nghị Hiệu trưởng các trường thực hiện như sau:\n"
                       "1. Thời gian: từ ngày 05/4/2021.\n")
    assert got["issuer"] == "Phòng Giáo dục và Đào tạo Quận 5"
    assert got["issued_date"] is None


def test_a_date_the_subject_names_right_under_the_number_is_not_the_letters():
    got = extract_text("UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 749/GDĐT-VP\n"
                       "Về việc học sinh đi học trở lại từ ngày 09 tháng 3 năm 2020.\n" + _MOTTO
                       + "Thành phố Hồ Chí Minh, ngày 06 tháng 3 năm 2020\nKính gửi: Các trường\nSở thông báo.\n")
    assert got["issued_date"] == "2020-03-06"


def test_a_pdf_fonts_oi_letter_is_read_as_u_horn():
    got = extract_text("BỘ CÔNG THƢƠNG\n" + _MOTTO + "Số: 1178/ĐMST-CCN\nHà Nội, ngày 3 tháng 4 năm 2025\n"
                       "V/v hƣớng dẫn phát triển cụm công nghiệp\nKính gửi: Sở Công Thƣơng các tỉnh\nCục đề nghị.\n")
    assert got["issuer"] == "Bộ Công Thương"
    assert got["subject"] == "hướng dẫn phát triển cụm công nghiệp"


def test_a_party_letterhead_beside_its_garbled_party_name_on_one_line_is_the_issuer():
    got = extract_text("TỈNH ỦY HÀ GIANG ĐẢNG CỘNG SẲN VIỆT NAM\n*\nSố 12-NQ/TU Hà Giang, ngày 05 tháng 12 năm 2025\n"
                       "NGHỊ QUYẾT\nvề nhiệm vụ năm 2026\n\nNăm 2025, tỉnh đạt kết quả.\n")
    assert got["issuer"] == "Tỉnh ủy Hà Giang"


def test_under_a_motto_ocr_garbled_its_independence_line_anchors_the_header_and_a_lone_colon_the_number():
    got = extract_text("Ký bởi: Tổng cục Hải quan\n\n_ BỘ TÀI CHÍNH CONG E 1ÔI CHỦ NGHĨA VIỆT NAM\n"
                       "TỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc\n: 300 /TCHQ-GSQL Hà Nội, ngày 17 tháng 01 năm 2023\n\n"
                       "V/v doanh nghiệp chế xuất cho thuê máy móc\n\nKính gửi: Cục Hải quan các tỉnh.\n\n"
                       "Căn cứ Thông tư số 38/2015/TT-BTC ngày 25/3/2015 của Bộ Tài chính;\n")
    assert got["number"] == "300/TCHQ-GSQL"
    assert got["issuer"] == "Tổng cục Hải quan"
    assert got["doc_type"] == "Công văn"


def test_a_bodys_name_is_respelt_as_its_letterhead_printed_it_in_capitals():
    got = extract_text("BỘ CÔNG THƯƠNG\nCỤC HÓA CHÁT\n" + _MOTTO + "Số: 597/HC-CNHC\nHà Nội, ngày 3 tháng 4 năm 2025\n"
                       "V/v cấp phép xuất khẩu tiền chất\nKính gửi: Cục Hải quan\nCục đề nghị.\n")
    assert got["issuer"] == "Cục Hóa chất"


def test_a_title_in_capitals_is_written_in_sentence_case_with_the_names_the_letter_capitalises():
    got = extract_text("UBND TỈNH KIÊN GIANG\n" + _MOTTO + "Số: 151/KH-UBND\nKiên Giang, ngày 3 tháng 7 năm 2020\n"
                       "KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 50/NQ-CP CỦA CHÍNH PHỦ VỀ CUỘC CÁCH MẠNG CÔNG NGHIỆP LẦN THỨ TƯ "
                       "TRÊN ĐỊA BÀN TỈNH KIÊN GIANG GIAI ĐOẠN II THEO KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\n"
                       "Thực hiện Nghị quyết số 50/NQ-CP của Chính phủ về cuộc Cách mạng công nghiệp lần thứ tư, UBND Tỉnh "
                       "Kiên Giang ban hành Kế hoạch thực hiện theo kết luận của Ban Thường vụ Tỉnh ủy như sau.\n")
    assert got["subject"] == ("Thực hiện Nghị quyết số 50/NQ-CP của Chính phủ về cuộc Cách mạng công nghiệp lần thứ tư "
                              "trên địa bàn tỉnh Kiên Giang giai đoạn II theo kết luận của Ban Thường vụ Tỉnh ủy")


def test_a_capital_that_only_opens_a_sentence_and_an_abbreviation_are_read_for_what_they_are():
    from engine.extraction.sentence import sentence_case
    text = "Về công tác phòng chống dịch COVID-19, UBND tỉnh yêu cầu. Về phạm vi áp dụng, xem dưới."
    assert sentence_case("BÁO CÁO VỀ CÔNG TÁC PHÒNG CHỐNG DỊCH COVID-19 CỦA UBND TỈNH", text) == \
        "Báo cáo về công tác phòng chống dịch COVID-19 của UBND tỉnh"
    assert sentence_case("XỬ LÝ HÀNH VI VI PHẠM TRONG PHẠM VI TỈNH", "") == "Xử lý hành vi vi phạm trong phạm vi tỉnh"
    assert sentence_case("Một tiêu đề đã viết thường", text) == "Một tiêu đề đã viết thường"


def test_a_dot_typed_before_the_numbers_slash_is_dropped():
    got = extract_text("UBND THÀNH PHỐ HÀ TĨNH\nTRƯỜNG THCS ĐẠI NÀI\n" + _MOTTO
                       + "Số: 50./TB-THCS     Đại Nài, ngày 15 tháng 7 năm 2022\nTHÔNG BÁO\nTuyển sinh lớp 6 năm học 2022-2023\n")
    assert got["number"] == "50/TB-THCS"


def test_a_part_numbered_with_a_slash_ends_a_title_in_capitals():
    got = extract_text("SỞ GDĐT TP HỒ CHÍ MINH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "TRƯỜNG THCS HỒNG BÀNG          Độc lập - Tự do - Hạnh phúc\n\n                Số:………./KHHB\n\n"
                       "KẾ HOẠCH KIỂM TRA GIỮA HỌC KỲ II – KHỐI THCS\n\nNĂM HỌC: 2021 – 2022\n\nI/ Nội dung kiểm tra:\n\n"
                       " • Từ tuần 1 đến hết tuần 8.\n")
    assert got["subject"].upper() == "KIỂM TRA GIỮA HỌC KỲ II – KHỐI THCS NĂM HỌC: 2021 – 2022"


def test_a_post_without_letterhead_names_its_issuer_by_its_source_line():
    got = extract_text("Công văn số 422/KH-PGDĐT về việc tổ chức giải Cầu lông ngành Giáo dục năm 2017\n\n"
                       "1. Mục đích: đẩy mạnh phong trào thể thao.\n\nTệp đính kèm\n\nNguồn tin: Phòng GD&ĐT Hải Hậu\n")
    assert got["issuer"] == "Phòng GD&ĐT Hải Hậu"


def test_a_ministrys_code_without_its_b_names_it_when_the_letterhead_is_lost():
    got = extract_text(_MOTTO + "Số: 1921/LĐTBXH-NCC\nV/v hướng dẫn chế độ điều dưỡng người có công\n"
                       "Hà Nội, ngày 03 tháng 06 năm 2013\nKính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh\n"
                       "Bộ hướng dẫn như sau.\n")
    assert got["issuer"] == "Bộ Lao động - Thương binh và Xã hội"


def test_a_lower_case_word_the_letters_outvote_is_respelt_even_at_a_runs_edge():
    from engine.extraction import ocr_words
    assert ocr_words.correct("thực hiện Nghị định sô 15/2022/NĐ-CP") == "thực hiện Nghị định số 15/2022/NĐ-CP"
    assert ocr_words.correct("Sửa đối, bổ sung một số điều") == "Sửa đổi, bổ sung một số điều"
    # a word the letters back on one side only, with nothing on the other, stays
    assert ocr_words.correct("hen phế quản đến năm 2025") == "hen phế quản đến năm 2025"


def test_a_post_numbered_by_a_sites_table_takes_its_date_and_issuer_from_the_sentence_naming_it():
    got = extract_text("Văn bản pháp luật | Tra cứu | Đăng nhập\nQuyết định 1234/QĐ-UBND ngày sách tỉnh Bình Phước\n"
                       "Số hiệu: | 1234/QĐ-UBND | Loại văn bản: | Quyết định |\n"
                       "Ngày ban hành: | Đang cập nhật | Tình trạng: | Còn hiệu lực |\nTải về | In | Chia sẻ\n\n"
                       "Bình Phước: Quyết định lấy ngày 10-10 hàng năm là ngày sách của tỉnh\n\n"
                       "Ngày 30-9-2022, Ủy ban nhân dân tỉnh Bình Phước ban hành Quyết định số 1234/QĐ-UBND về ngày sách "
                       "của tỉnh. Các sở, ngành tổ chức thực hiện.\n")
    assert got["number"] == "1234/QĐ-UBND"
    assert got["issued_date"] == "2022-09-30"
    assert got["issuer"] == "UBND tỉnh Bình Phước"


def test_a_committee_without_letterhead_is_the_districts_its_place_line_names_with_its_level():
    got = extract_text(_MOTTO + "Số: 75/BC-UBND\nQuận 5, ngày 20 tháng 3 năm 2018\nBÁO CÁO\n"
                       "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2017\nThực hiện chỉ đạo của cấp trên.\n")
    assert got["issuer"] == "UBND quận 5"
    # a town's name is no district's: it may be its province's seat
    got = extract_text(_MOTTO + "Số: 05/2007/CT-UBND\nThị xã Cao Lãnh, ngày 01 tháng 02 năm 2007\nCHỈ THỊ\n"
                       "VỀ VIỆC PHÒNG, CHỐNG DỊCH BỆNH TRÊN GIA SÚC, GIA CẦM TỈNH ĐỒNG THÁP\nCông tác phòng chống dịch.\n")
    assert got["issuer"] == "UBND tỉnh Đồng Tháp"


def test_a_committee_mentioned_in_a_sites_list_above_the_letter_is_not_its_issuer():
    got = extract_text("Văn bản liên quan:\n- Quyết định 12/QĐ-UBND của UBND tỉnh Bạc Liêu về giá đất\n\n" + _MOTTO
                       + "Số: 986/QĐ-UBND\nTuyên Quang, ngày 12 tháng 8 năm 2022\nQUYẾT ĐỊNH\n"
                       "Về việc phê duyệt kế hoạch sử dụng đất\nCăn cứ Luật Đất đai;\n")
    assert got["issuer"] == "UBND tỉnh Tuyên Quang"


def test_a_social_insurance_letter_without_letterhead_is_the_national_one_from_hanoi_else_the_provinces():
    body = "\nV/v thanh toán chi phí khám chữa bệnh\nKính gửi: Các cơ sở khám chữa bệnh\nĐề nghị thực hiện.\n"
    got = extract_text(_MOTTO + "Số: 2618/BHXH-KHTC\nHà Nội, ngày 3 tháng 7 năm 2019" + body)
    assert got["issuer"] == "Bảo hiểm xã hội Việt Nam"
    got = extract_text(_MOTTO + "Số: 512/BHXH-GĐBHYT\nBình Dương, ngày 3 tháng 7 năm 2019" + body)
    assert got["issuer"] == "Bảo hiểm xã hội tỉnh Bình Dương"


def test_an_authority_line_run_into_the_enacting_word_gives_no_issuer_ending_in_it():
    got = extract_text("BỘ Y TẾ Số:          /QĐ-BYT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, "
                       "ngày        tháng      năm 2023 QUYẾT ĐỊNH Về việc ban hành Hướng dẫn chẩn đoán sốt xuất huyết "
                       "BỘ TRƯỞNG BỘ Y TẾ\n\nCăn cứ Luật Khám bệnh, chữa bệnh năm 2009;\n\nTheo đề nghị của Cục trưởng.\n\n"
                       "\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này hướng dẫn.\n")
    assert got["issuer"] == "Bộ Y tế"


def test_a_bracket_ocr_read_after_a_title_is_dropped():
    got = extract_text("UBND TỈNH QUẢNG TRỊ\n" + _MOTTO + "Số: 41/2019/QĐ-UBND\nQuảng Trị, ngày 3 tháng 9 năm 2019\n"
                       "QUYẾT ĐỊNH\nBan hành quy định chế độ báo cáo định kỳ trên địa bàn tỉnh Quảng Trị]\n"
                       "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert got["subject"] == "Ban hành quy định chế độ báo cáo định kỳ trên địa bàn tỉnh Quảng Trị"


def test_a_title_in_capitals_cites_documents_as_the_register_writes_them():
    from engine.extraction.sentence import sentence_case
    assert sentence_case("THỰC HIỆN QUYẾT ĐỊNH SỐ 1999/QĐ-TTG NGÀY 07/12/2020 CỦA THỦ TƯỚNG CHÍNH PHỦ", "") == \
        "Thực hiện Quyết định số 1999/QĐ-TTg ngày 07/12/2020 của Thủ tướng Chính phủ"
