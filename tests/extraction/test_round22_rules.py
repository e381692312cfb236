"""General rules added in the session that spent r40 and r41 (2026-12-04, night), each on a short made-up
snippet (never a copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_a_number_line_ocr_could_not_read_leaves_the_number_unknown_not_the_one_the_body_cites():
    got = extract_text("SỞ XÂY DỰNG " + _MOTTO + "Số: Q7Ø/SXD-QLN Hà Giang, ngày   tháng 4 năm 2024\n"
                       "V/v triển khai Nghị định\nsố 95/2024/NĐ-CP của Chính phủ\nKính gửi: UBND các huyện\n"
                       "Ngày 24/7/2024, Chính phủ đã ban hành Nghị định số 95/2024/NĐ-CP quy định chi tiết Luật "
                       "Nhà ở. Sở Xây dựng đề nghị các huyện triển khai thực hiện.\n")
    assert got["number"] is None
    assert got["doc_type"] == "Công văn"
    assert "95/2024/NĐ-CP" in got["references"]


def test_a_plan_or_guidance_several_bodies_issue_together_is_filed_under_its_type():
    got = extract_text("SỞ Y TẾ          SỞ GIÁO DỤC VÀ ĐÀO TẠO\n" + _MOTTO + "Số: 12/HDLN-SYT-SGDĐT\n"
                       "Cần Thơ, ngày 3 tháng 9 năm 2024\nHƯỚNG DẪN LIÊN NGÀNH\nVề việc phối hợp y tế trường học\n\n"
                       "- Căn cứ Luật Giáo dục;\n1. Chăm sóc sức khỏe học sinh.\n")
    assert got["doc_type"] == "Hướng dẫn"


def test_a_body_whose_name_ends_in_so_keeps_it_and_a_motto_word_wrapped_under_it_is_no_part_of_it():
    got = extract_text("BAN CHỈ ĐẠO TỈNH VỀ CHUYỂN ĐỔI SỐ\n" + _MOTTO + "Số: 4/KH-BCĐ\n"
                       "Bắc Ninh, ngày 3 tháng 9 năm 2024\nKẾ HOẠCH\nTuyên truyền chuyển đổi số năm 2024\n"
                       "I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n")
    assert got["issuer"].lower() == "ban chỉ đạo tỉnh về chuyển đổi số"
    got = extract_text("UBND TỈNH YÊN BÁI                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\n"
                       "TRUNG TÂM XÚC TIẾN ĐẦU TƯ                         NAM\n"
                       "                                      Độc lập - Tự do - Hạnh phúc\n"
                       "Số: 5/TB-TTXT                         Yên Bái, ngày 3 tháng 9 năm 2024\nTHÔNG BÁO\n"
                       "Lịch tiếp doanh nghiệp tháng 9\nTrung tâm thông báo như sau.\n")
    assert got["issuer"] == "Trung tâm Xúc tiến đầu tư"


def test_a_party_letters_subject_under_its_number_in_lower_case_about_is_its_subject():
    got = extract_text("ĐẢNG BỘ TỈNH HÀ NAM                  ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY CÁC CƠ QUAN TỈNH\n"
                       "                                     Hà Nam, ngày 07 tháng 9 năm 2024\n        *\n"
                       "   Số 31 -CV/ĐU\nvề việc tổ chức học tập chuyên đề năm 2024\n\n"
                       "Kính gửi: Các chi bộ trực thuộc\n\nThực hiện hướng dẫn của Tỉnh ủy, …\n")
    assert got["subject"] == "tổ chức học tập chuyên đề năm 2024"


def test_a_title_ends_where_the_body_opens_with_a_dashed_legal_basis():
    got = extract_text("SỞ Y TẾ\n" + _MOTTO + "Số: 12/HD-SYT\nCần Thơ, ngày 3 tháng 9 năm 2024\nHƯỚNG DẪN\n"
                       "Về việc phối hợp y tế trường học\n\n- Căn cứ Luật Giáo dục;\n1. Chăm sóc sức khỏe học sinh.\n")
    assert got["subject"] in ("Về việc phối hợp y tế trường học", "phối hợp y tế trường học")


def test_a_known_body_whose_copy_ran_two_words_together_is_written_as_it_writes_itself():
    got = extract_text("BỘ GIÁO DỤC VÀĐÀO TẠO\n" + _MOTTO + "Số: 77/BGDĐT-GDTH\nHà Nội, ngày 3 tháng 9 năm 2024\n"
                       "V/v hướng dẫn năm học mới\nKính gửi: Các sở giáo dục và đào tạo\n")
    assert got["issuer"] == "Bộ Giáo dục và Đào tạo"


def test_a_signed_scan_whose_date_lines_day_is_unreadable_is_dated_by_the_signing_time():
    head = "Ký bởi: SỞ TƯ PHÁP\nThời gian ký: 03/05/2024 09:12:40 +07:00\n\nSỞ TƯ PHÁP " + _MOTTO
    body = "V/v phổ biến pháp luật\nKính gửi: UBND các huyện\nSở Tư pháp đề nghị các huyện thực hiện.\n"
    got = extract_text(head + "Số: 55/STP-PBGDPL Nam Định, ngày / tháng 5 năm 2024\n" + body)
    assert got["issued_date"] == "2024-05-03"
    # a signature of another month says nothing of the day
    got = extract_text(head + "Số: 55/STP-PBGDPL Nam Định, ngày / tháng 4 năm 2024\n" + body)
    assert got["issued_date"] is None


def test_a_page_title_run_into_the_letterhead_leaves_the_letterhead_its_issuer():
    got = extract_text("Công văn 41/TTKSBT-KHNV năm 2023 hướng dẫn tiêm chủng do Trung tâm Kiểm soát bệnh tật tỉnh Nam "
                       "Định ban hành. TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH NAM ĐỊNH --------\n"
                       + _MOTTO.replace("\n", " ", 1) + "---------------\nSố: 41/TTKSBT-KHNV V/v tiêm chủng\n"
                       "Nam Định, ngày 05 tháng 01 năm 2023 Kính gửi: Các trạm y tế\nTrung tâm hướng dẫn như sau.\n")
    assert got["issuer"].lower() == "trung tâm kiểm soát bệnh tật tỉnh nam định"


def test_a_title_in_capitals_run_into_the_authority_line_of_a_general_director_ends_before_it():
    got = extract_text("BẢO HIỂM XÃ HỘI VIỆT NAM\n" + _MOTTO + "Số: 12/QĐ-BHXH\nHà Nội, ngày 12 tháng 12 năm 2022 "
                       "QUYẾT ĐỊNH BAN HÀNH QUY TRÌNH THU BẢO HIỂM XÃ HỘI TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM\n"
                       "Căn cứ Luật Bảo hiểm xã hội;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này …\n")
    assert got["subject"].upper() == "BAN HÀNH QUY TRÌNH THU BẢO HIỂM XÃ HỘI"


def test_a_letters_body_reporting_what_another_body_issued_is_a_citation_not_the_letters_own_number():
    head = "BỘ CÔNG THƯƠNG " + _MOTTO
    body = ("V/v triển khai thủ tục cấp giấy phép\nKính gửi: Ủy ban nhân dân các tỉnh\n\nNgày 25 tháng 3 năm 2026, "
            "Bộ Công Thương ban hành Thông tư số 15/2026/TT-BCT về việc phân cấp thủ tục hành chính.\n")
    got = extract_text(head + "sẽ. 6 Đ5CT-ATMT Hà Nội, ngày tháng năm 2026\n" + body)
    assert got["number"] is None and got["doc_type"] == "Công văn"
    assert "15/2026/TT-BCT" in got["references"]
    # a news post above the letter it carries still names it
    post = ("Ngày 22/3/2024 Bộ Giáo dục và Đào tạo đã ban hành Văn bản số 1277/BGDĐT-QLCL về việc hướng dẫn kỳ thi.\n\n"
            + _MOTTO + "Hà Nội, ngày 22 tháng 3 năm 2024\nKính gửi: Các Sở Giáo dục và Đào tạo\nKỳ thi được tổ chức …\n")
    assert extract_text(post)["number"] == "1277/BGDĐT-QLCL"


def test_an_authority_and_the_deputys_title_run_into_one_line_are_split_at_the_deputy():
    body = ("V/v cấp thẻ\nKính gửi: Các đơn vị\nĐề nghị các đơn vị thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    got = extract_text("BẢO HIỂM XÃ HỘI VIỆT NAM\n" + _MOTTO + "Số: 9/BHXH-ST\nHà Nội, ngày 2 tháng 2 năm 2021\n" + body
                       + "KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC Trần Văn Bình\n")
    assert (got["signing_authority"].lower(), got["signer_title"].lower(), got["signer"]) == \
        ("kt. tổng giám đốc", "phó tổng giám đốc", "Trần Văn Bình")
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n" + _MOTTO + "Số: 9/UBND-KT\nGia Lai, ngày 2 tháng 2 năm 2021\n"
                       + body + "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn An\n")
    assert got["signer_title"] == "Phó Chủ tịch" and got["signer"] == "Lê Văn An"


def test_a_prefix_alone_above_the_authority_and_the_signers_title_run_together_is_completed_by_it():
    got = extract_text("BỘ KẾ HOẠCH VÀ ĐẦU TƯ\n" + _MOTTO + "Số: 9/BKHĐT-VP\nHà Nội, ngày 2 tháng 2 năm 2021\n"
                       "V/v cấp thẻ\nKính gửi: Các đơn vị\nĐề nghị các đơn vị thực hiện./.\nNơi nhận:\n- Như trên;\n"
                       "- Lưu: VT.\nTL.\nBỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Văn Tâm\n")
    assert (got["signing_authority"], got["signer_title"], got["signer"]) == \
        ("TL. Bộ trưởng", "Chánh Văn phòng", "Nguyễn Văn Tâm")


def test_a_motto_whose_nam_wrapped_or_whose_middle_ocr_garbled_is_no_part_of_the_letterhead():
    got = extract_text("UBND TỈNH YÊN BÁI                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\n"
                       "SỞ XÂY DỰNG                                                   NAM\n"
                       "                                      Độc lập - Tự do - Hạnh phúc\n"
                       "Số: 5/SXD-QLN                         Yên Bái, ngày 3 tháng 9 năm 2024\n"
                       "V/v quản lý nhà ở\nKính gửi: UBND các huyện\nSở đề nghị các huyện thực hiện.\n")
    assert got["issuer_parent"] == "UBND tỉnh Yên Bái"
    got = extract_text("BỘ XÂY DỰNG CỘNG HOÀ XÃ : HỦ NGHĨA VIỆT NAM\n) Độc lập - Tự do - Hạnh phúc\n"
                       "Số: 5/BXD-QLN Hà Nội, ngày 3 tháng 9 năm 2024\nV/v quản lý nhà ở\nKính gửi: UBND các tỉnh\n"
                       "Bộ đề nghị các tỉnh thực hiện.\n")
    assert got["issuer"] == "Bộ Xây dựng"


def test_a_place_is_a_whole_word_never_the_tail_of_the_number_above_it():
    got = extract_text("THỦ TƯỚNG CHÍNH PHỦ\n" + _MOTTO + "Số: 13/CT-TTg\nHà Nội, ngày 02 tháng 5 năm 2024\nCHỈ THỊ\n"
                       "VỀ TĂNG CƯỜNG QUẢN LÝ TÍN CHỈ CÁC-BON\nThực hiện cam kết của Việt Nam, …\n")
    assert got["place"] == "Hà Nội"


def test_ocr_specks_after_the_addressees_label_leave_the_dashed_list_below_it():
    got = extract_text("BỘ TÀI CHÍNH " + _MOTTO + "Số: 77/BTC-QLCS Hà Nội, ngày 3 tháng 6 năm 2026\n"
                       "V/v triển khai Nghị định\nKính gửi: DA ä .\n- Các Bộ, cơ quan ngang bộ;\n"
                       "- Ủy ban nhân dân các tỉnh.\n\nNgày 20/5/2026, Chính phủ ban hành Nghị định.\n")
    assert got["recipients"] == ["Các Bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh"]


def test_cyrillic_look_alikes_a_text_layer_gave_in_a_code_are_read_as_latin():
    got = extract_text("BỘ CÔNG THƯƠNG\n" + _MOTTO + "Số: 24/HDLN-ВСТ-ВТC\nHà Nội, ngày 25 tháng 6 năm 2026\n"
                       "V/v phối hợp xử lý vi phạm\nKính gửi: Các sở\nĐề nghị các sở thực hiện.\n")
    assert got["number"] == "24/HDLN-BCT-BTC"


def test_a_markdown_image_of_the_seal_between_the_title_and_the_name_is_passed_over():
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n" + _MOTTO + "Số: 9/UBND-KT\nGia Lai, ngày 2 tháng 2 năm 2021\n"
                       "V/v cấp thẻ\nKính gửi: Các sở\nĐề nghị các sở thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                       "**TM. ỦY BAN NHÂN DÂN**\n**KT. CHỦ TỊCH**\n**PHÓ CHỦ TỊCH**\n\n"
                       "![red seal stamp](https://example.org/images/placeholder/120x90/seal.png?text=Seal)\n\n**Lê Văn An**\n")
    assert got["signer"] == "Lê Văn An"


def test_a_number_written_into_a_dotted_blank_and_an_introduction_letters_title_with_its_subject():
    got = extract_text("UBND TỈNH LONG AN\nSỞ Y TẾ\nSố : 62...../SYT\n" + _MOTTO + "Tân An, ngày 29 tháng 10 năm 2015\n"
                       "GIẤY GIỚI THIỆU DI CHUYỂN HỒ SƠ\nKính gửi: Sở Y tế tỉnh Tây Ninh\nSở Y tế giới thiệu ông …\n")
    assert got["number"] == "62/SYT"
    assert got["doc_type"] == "Giấy giới thiệu" and got["subject"].upper() == "DI CHUYỂN HỒ SƠ"


def test_a_councils_authority_and_a_deputys_title_run_together_or_glued_are_split():
    body = ("V/v cấp thẻ\nKính gửi: Các đơn vị\nĐề nghị các đơn vị thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    got = extract_text("TRƯỜNG ĐẠI HỌC THỦY LỢI\n" + _MOTTO + "Số: 9/TB-HĐTL\nHà Nội, ngày 2 tháng 2 năm 2021\n" + body
                       + "TM. HỘI ĐỒNG PHÓ CHỦ TỊCH\n\nTrần Văn Bình\n")
    assert got["signing_authority"] == "TM. Hội đồng" and got["signer_title"] == "Phó Chủ tịch"
    got = extract_text("VĂN PHÒNG CHÍNH PHỦ\n" + _MOTTO + "Số: 9/VPCP-KTTH\nHà Nội, ngày 2 tháng 2 năm 2021\n" + body
                       + "KT. BỘ TRƯỞNG, CHỦ NHIỆMPHÓ CHỦ NHIỆM\n\nLê Văn An\n")
    assert got["signing_authority"] == "KT. Bộ trưởng, Chủ nhiệm" and got["signer_title"] == "Phó Chủ nhiệm"


def test_a_years_span_under_the_authority_line_is_no_part_of_it():
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n" + _MOTTO + "Số: 238/QĐ-UBND\nBắc Kạn, ngày 2 tháng 2 năm 2018\n"
                       "QUYẾT ĐỊNH\nPhê duyệt kế hoạch\nĐiều 1. Phê duyệt kế hoạch./.\nNơi nhận:\n- Như Điều 3;\n"
                       "- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nGIAI ĐOẠN 2018 - 2020\nCHỦ TỊCH\n\nLý Thái Hải\n")
    assert got["signing_authority"] == "TM. Ủy ban nhân dân"
