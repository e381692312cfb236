"""General rules added in the session that measured headed letters apart from relays (2026-12-04), each on
a short made-up snippet (never a copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text


def test_a_steering_committee_under_its_abbreviation_is_its_own_body_and_its_programme_not_the_type():
    got = extract_text("UBND TỈNH LẠNG SƠN\n\nBCĐ CHƯƠNG TRÌNH MTQG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\n\nLạng Sơn, ngày 02 tháng 03 năm 2023\n\n"
                       "THÔNG BÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO\n\nTheo báo cáo của các huyện, kết quả như sau:\n")
    assert (got["issuer"], got["issuer_parent"]) == ("BCĐ Chương trình MTQG", "UBND tỉnh Lạng Sơn")
    assert got["doc_type"] == "Thông báo"
    assert got["subject"].upper() == "KẾT QUẢ RÀ SOÁT HỘ NGHÈO"


def test_a_place_whose_name_holds_hoa_keeps_its_spelling_while_the_old_placed_mark_is_moved():
    got = extract_text("ỦY BAN NHÂN DÂN\nHUYỆN HOÀNG SU PHÌ\nSố: 12/UBND-VP\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\n\nHoàng Su Phì, ngày 3 tháng 4 năm 2022\n\n"
                       "V/v hoàn thành kê khai tài sản\n\nKính gửi: Các xã, thị trấn\n")
    assert got["issuer"] == "UBND huyện Hoàng Su Phì"
    assert extract_text("UỶ BAN NHÂN DÂN\nTỈNH KHÁNH HOÀ\nSố: 5/UBND-VX\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                        "V/v phòng dịch\n")["issuer"] == "UBND tỉnh Khánh Hòa"


def test_a_number_line_in_capitals_that_ocr_garbled_still_belongs_to_the_letterhead_and_cites_nothing():
    got = extract_text("ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC THỌ\nSỐ:z/17/KH-ƯBND\nCỘNG HÒA XÃ HỘI CHỦ NGHỈA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\nĐức Thọ, ngàyẠ tháng ĩ năm 2019\nKÉ HOẠCH\n"
                       "Phòng chống dịch tả lợn châu Phi\nCăn cứ Quyết định số 12/QĐ-UBND ngày 5/3/2019 của UBND tỉnh;\n")
    assert got["issuer"] == "UBND huyện Đức Thọ"
    assert got["references"] == ["12/QĐ-UBND"]


def test_a_name_off_a_letterhead_in_capitals_is_cased_as_the_letter_writes_it():
    got = extract_text("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nTRƯỜNG ĐẠI HỌC LÂM NGHIỆP\nSố: 77/TB-ĐHLN\n\n"
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nHà Nội, ngày 2 tháng 6 năm 2024\n\n"
                       "THÔNG BÁO\nLịch nghỉ hè năm 2024\n\nTrường Đại học Lâm nghiệp thông báo lịch nghỉ hè như sau:\n")
    assert got["issuer"] == "Trường Đại học Lâm nghiệp"  # not 'lâm nghiệp' as a guess from the capitals


def test_a_known_body_keeps_its_spelling_and_a_place_its_level_word_however_the_text_cases_them():
    from engine.extraction.casing import as_written

    assert as_written("Bộ Y tế", "Bộ Y Tế đề nghị") == "Bộ Y tế"
    assert as_written("UBND tỉnh Bắc Kạn", "UBND Tỉnh Bắc Kạn giao") == "UBND tỉnh Bắc Kạn"
    assert as_written("Hội đồng Tuyển sinh", "Hội đồng tuyển sinh họp") == "Hội đồng tuyển sinh"
    assert as_written("Hội đồng Tuyển sinh", "HỘI ĐỒNG TUYỂN SINH; hội đồng tuyển sinh") == "Hội đồng Tuyển sinh"


def test_the_fronts_name_keeps_its_capitals():
    got = extract_text("ỦY BAN MẶT TRẬN TỔ QUỐC\nVIỆT NAM TỈNH ĐỒNG THÁP\nSố: 10/MTTQ-BTT\n\n"
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐồng Tháp, ngày 2 tháng 6 năm 2024\n\nV/v vận động ủng hộ\n")
    assert "Mặt trận Tổ quốc Việt Nam" in got["issuer"]


def test_a_sentence_case_title_beside_its_type_ends_with_its_paragraph_unless_the_next_goes_on_in_lower_case():
    head = ("## TRƯỜNG CAO ĐẲNG Y TẾ HÀ ĐÔNG\n\nSố: 31/TB-CĐYT\n\n## CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "Hà Nội, ngày 3 tháng 5 năm 2024\n\n")
    got = extract_text(head + "## THÔNG BÁO Lịch thi học kỳ II năm học 2023-2024\n\n"
                       "Nhà trường thông báo lịch thi như sau:\n\n1. Thời gian thi\n")
    assert got["subject"] == "Lịch thi học kỳ II năm học 2023-2024"
    wrapped = extract_text(head + "THÔNG BÁO Lịch thi học kỳ II\n\nnăm học 2023-2024 của các lớp chính quy\n\n"
                           "Nhà trường thông báo lịch thi như sau:\n")
    assert wrapped["subject"] == "Lịch thi học kỳ II năm học 2023-2024 của các lớp chính quy"


def test_a_letter_typed_in_a_tcvn3_font_is_read_after_decoding():
    legacy = ("UBND TØNH H¶I D¦¥NG\nSë Y TÕ\nSè: 215/SYT-NVY\n\nCéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM\n"
              "§éc lËp - Tù do - H¹nh phóc\n\nH¶i D­¬ng, ngµy 12 th¸ng 3 n¨m 2019\n\n"
              "V/v t¨ng c­êng phßng chèng dÞch bÖnh\n\nKÝnh göi: C¸c bÖnh viÖn trong tØnh\n")
    got = extract_text(legacy)
    assert (got["issuer"], got["issuer_parent"]) == ("Sở Y tế", "UBND tỉnh Hải Dương")
    assert (got["number"], got["issued_date"], got["place"]) == ("215/SYT-NVY", "2019-03-12", "Hải Dương")
    assert got["subject"] == "tăng cường phòng chống dịch bệnh"


def test_a_unicode_letter_with_latin_1_signs_is_left_as_it_is():
    from engine.extraction.legacy import decode

    text = "Nhiệt độ « cao » ©2024 — “Tết” ® µg ¼ · ½ ¾\nKính gửi: các sở, ban, ngành\n" * 3
    assert decode(text) == text


_HOSPITAL = ("SỞ Y TẾ TỈNH NAM ĐỊNH\nBỆNH VIỆN ĐA KHOA TỈNH\nSố: 12/BVĐK-KHTH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
             "Nam Định, ngày 2 tháng 3 năm 2024\n\nV/v tập huấn\n\nKính gửi: Các khoa, phòng\n\nBệnh viện thông báo để "
             "các khoa biết.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n")


def test_a_degree_or_rank_before_the_signers_name_is_not_part_of_it():
    got = extract_text(_HOSPITAL + "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nBSCKII. Trần Thị Lan\n")
    assert (got["signer"], got["signer_title"], got["signing_authority"]) == ("Trần Thị Lan", "Phó Giám đốc",
                                                                              "KT. Giám đốc")
    assert extract_text(_HOSPITAL + "GIÁM ĐỐC\n\n(Đã ký)\n\nPGS.TS. Lê Văn Hùng\n")["signer"] == "Lê Văn Hùng"
    assert extract_text(_HOSPITAL + "GIÁM ĐỐC\n\nĐại tá Phạm Minh Đức\n")["signer"] == "Phạm Minh Đức"


def test_the_signers_title_and_name_on_one_line_are_read_even_with_nothing_above():
    got = extract_text(_HOSPITAL + "GIÁM ĐỐC TS. Nguyễn Quang Huy\n")
    assert (got["signer"], got["signer_title"]) == ("Nguyễn Quang Huy", "Giám đốc")


def test_a_role_a_web_copy_lowered_signs_once_the_body_has_closed_but_not_inside_a_sentence():
    closing = "Nghị quyết này có hiệu lực kể từ ngày ký./.\n\nChủ tịch\n\n(Đã ký)\n\nHà Văn Minh\n"
    head = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ NAM\nSố: 7/NQ-HĐND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "Hà Nam, ngày 2 tháng 3 năm 2021\n\nNGHỊ QUYẾT\nVề việc đặt tên đường\n\n")
    got = extract_text(head + closing)
    assert (got["signer"], got["signer_title"]) == ("Hà Văn Minh", "Chủ tịch")
    wrapped = extract_text(head + "Theo đề nghị của\nChủ tịch\nỦy ban nhân dân tỉnh tại Tờ trình số 5/TTr-UBND;\n")
    assert wrapped["signer_title"] is None


def test_a_title_citing_a_dated_document_is_not_taken_for_the_date_line():
    got = extract_text("BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố: 9-HD/BTCTW\n\n"
                       "Hà Nội, ngày 5 tháng 3 năm 2020\n\nHƯỚNG DẪN\n\nTHỰC HIỆN QUY ĐỊNH SỐ 105-QĐ/TW, NGÀY 19/12/2017 "
                       "CỦA BỘ CHÍNH TRỊ VỀ PHÂN CẤP QUẢN LÝ CÁN BỘ\n\n- Căn cứ Điều lệ Đảng;\n")
    assert got["subject"].upper().startswith("THỰC HIỆN QUY ĐỊNH SỐ 105-QĐ/TW, NGÀY 19/12/2017")
    assert got["issued_date"] == "2020-03-05"


def test_a_letterhead_cut_short_is_completed_by_the_body_its_code_names():
    got = extract_text("BỘ VĂN HÓA, THỂ THAO\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 45/BVHTTDL-VP\n\n"
                       "Hà Nội, ngày 5 tháng 3 năm 2022\n\nV/v tổ chức lễ hội\n\nKính gửi: Các sở\n")
    assert got["issuer"] == "Bộ Văn hóa, Thể thao và Du lịch"


def test_a_header_laid_out_in_html_blocks_and_a_table_with_short_rules():
    got = extract_text('<div style="display: flex;">\n  <div>\n    BỘ Y TẾ<br>\n    <strong>CỤC DÂN SỐ</strong><br>\n'
                       '    <hr style="width: 50%;">\n  </div>\n  <div>\n    <strong>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'
                       '</strong><br>\n  </div>\n</div>\n\n| | |\n| :-- | --: |\n| Số: 31/CDS-KH | *Hà Nội, ngày 3 tháng 5 '
                       'năm 2024* |\n| V/v hướng dẫn kế hoạch dân số năm 2025 | |\n\nKính gửi: Sở Y tế các tỉnh\n')
    assert (got["issuer"], got["issuer_parent"]) == ("Cục Dân số", "Bộ Y tế")
    assert (got["number"], got["issued_date"]) == ("31/CDS-KH", "2024-05-03")
    assert got["subject"] == "hướng dẫn kế hoạch dân số năm 2025"


def test_a_body_whose_name_ends_in_so_keeps_it_over_the_number_line():
    got = extract_text("SỞ Y TẾ TỈNH NGHỆ AN\nCHI CỤC DÂN SỐ\nSố: 8/CCDS\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                       "Nghệ An, ngày 3 tháng 5 năm 2024\n\nV/v tháng hành động dân số\n")
    assert got["issuer"] == "Chi cục Dân số"


_MINISTRY = ("BỘ NỘI VỤ\nSố: 3/BNV-VP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nHà Nội, ngày 3 tháng 5 năm 2024\n\n"
             "V/v tổ chức hội nghị\n\n")


def test_a_dash_inside_an_addressees_name_joins_it_and_one_before_a_new_name_starts_another():
    got = extract_text(_MINISTRY + "Kính gửi: - Sở Nội vụ các tỉnh;\n- Sở Lao động - Thương binh và Xã hội tỉnh Bắc Kạn."
                       "\n\nThực hiện kế hoạch năm 2024, Bộ Nội vụ đề nghị:\n")
    assert got["recipients"] == ["Sở Nội vụ các tỉnh", "Sở Lao động - Thương binh và Xã hội tỉnh Bắc Kạn"]
    flat = extract_text(_MINISTRY + "Kính gửi: - Sở Y tế - Sở Tài chính - UBND các huyện\n\nThực hiện kế hoạch:\n")
    assert flat["recipients"] == ["Sở Y tế", "Sở Tài chính", "UBND các huyện"]


def test_a_firm_addressed_with_its_address_is_named_without_it():
    got = extract_text(_MINISTRY.replace("BỘ NỘI VỤ", "CỤC THUẾ TP HÀ NỘI") + "Kính gửi: Công ty TNHH An Phát "
                       "(Đ/c: số 5 Láng Hạ, Q. Đống Đa, Hà Nội - MST: 0101234567)\n\nTrả lời công văn của Công ty:\n")
    assert got["recipients"] == ["Công ty TNHH An Phát"]


def test_addressees_a_copy_double_spaced_are_all_read_and_the_body_after_them_is_not():
    got = extract_text(_MINISTRY + "Kính gửi:\n\n- Sở Nội vụ các tỉnh, thành phố;\n\n- Các cơ quan thuộc Bộ;\n\n"
                       "- Văn phòng Bộ.\n\n- Thực hiện kế hoạch năm 2024, Bộ Nội vụ đề nghị các cơ quan:\n")
    assert got["recipients"] == ["Sở Nội vụ các tỉnh, thành phố", "Các cơ quan thuộc Bộ", "Văn phòng Bộ"]


def test_a_telegrams_addressees_follow_its_sender_and_a_narrow_column_breaks_them():
    got = extract_text("ỦY BAN NHÂN DÂN\nHUYỆN NGA SƠN\nSố: 9/CĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                       "Nga Sơn, ngày 8 tháng 9 năm 2024\n\nCÔNG ĐIỆN\nVề việc chủ động ứng phó với bão số 3\n\n"
                       "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN NGA SƠN ĐIỆN:\n- Chủ tịch UBND các xã, thị trấn;\n- Ban\n"
                       "Chỉ huy PCTT và TKCN huyện;\n- Trưởng các phòng, ban.\n\nTheo bản tin dự báo, bão số 3 đang mạnh lên.\n")
    assert got["recipients"] == ["Chủ tịch UBND các xã, thị trấn", "Ban Chỉ huy PCTT và TKCN huyện",
                                 "Trưởng các phòng, ban"]


def test_a_time_to_hand_something_in_sets_its_last_day_and_an_event_or_a_receipt_period_does_not():
    head = ("TRƯỜNG ĐẠI HỌC HÀ TĨNH\nSố: 3/TB-ĐHHT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nHà Tĩnh, ngày 3 tháng 11 "
            "năm 2024\n\nTHÔNG BÁO\nVề việc thi chứng chỉ tin học\n\nNhà trường thông báo:\n")
    dates = lambda body: [d["date"] for d in extract_text(head + body)["deadlines"]]  # noqa: E731
    assert dates("- Thời hạn nộp hồ sơ và lệ phí: Từ 9/12/2024 đến 13/12/2024.\n") == ["2024-12-13"]
    assert dates("- Thời gian đăng ký: từ 9:00 ngày 15/12/2024 đến 17:00 ngày 20/12/2024.\n") == ["2024-12-20"]
    assert dates("- Hạn cuối nộp hồ sơ: 13/12/2024.\n") == ["2024-12-13"]
    assert dates("- Thời gian tổ chức thi: từ 9/12/2024 đến 13/12/2024.\n") == []
    assert dates("- Thời gian nhận bài dự thi: từ 9/12/2024 đến 13/12/2024.\n") == []


def test_a_relay_naming_only_the_level_takes_the_province_of_the_paper_that_published_it():
    got = extract_text("Ngày 12/5/2023, UBND tỉnh ban hành Công văn số 1612/UBND-KT về việc tăng cường phòng cháy rừng.\n\n"
                       "Công văn yêu cầu các huyện khẩn trương triển khai.\n\nBáo Lạng Sơn trân trọng giới thiệu.\n")
    assert got["issuer"] == "UBND tỉnh Lạng Sơn"
    telegram = extract_text("BHG - Ngày 2/6/2023, Chủ tịch UBND tỉnh đã có Công điện số 88/CĐ-CTUBND về việc phòng "
                            "chống lũ.\n\nBáo Hà Giang trân trọng đăng toàn văn Công điện.\n")
    assert telegram["issuer"] == "UBND tỉnh Hà Giang"


def test_an_addressed_letter_whose_code_starts_like_a_type_is_a_cong_van():
    got = extract_text("TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH NINH BÌNH\nSố: 2210/CT-TTHT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                       "Ninh Bình, ngày 3 tháng 5 năm 2022\n\nV/v chính sách thuế GTGT\n\nKính gửi: Công ty TNHH Minh Anh\n")
    assert got["doc_type"] == "Công văn"
    directive = extract_text("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 05/CT-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                             "Ninh Bình, ngày 3 tháng 5 năm 2022\n\nVề việc tăng cường phòng cháy\n\nThời gian qua, …\n")
    assert directive["doc_type"] == "Chỉ thị"


def test_a_docs_drawing_shape_names_run_into_its_text_are_dropped():
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nstraight connector 2Số: 77/UBND-VX\n\nV/v tiêm chủng\n\n"
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nstraight connector 1Độc lập - Tự do - Hạnh phúc\n\n"
                       "Bắc Ninh, ngày 3 tháng 5 năm 2022\nKính gửi: Sở Y tế\n")
    assert (got["number"], got["issuer"], got["subject"]) == ("77/UBND-VX", "UBND tỉnh Bắc Ninh", "tiêm chủng")


def test_an_en_dash_in_a_sector_and_a_signature_cell_with_authority_title_and_name():
    got = extract_text("| BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
                       "| Số: 51/LĐTBXH-VP V/v họp giao ban | Hà Nội, ngày 2 tháng 3 năm 2016 |\n\n"
                       "Kính gửi: Các đơn vị thuộc Bộ\n\nBộ đề nghị các đơn vị dự họp đầy đủ./.\n\n"
                       "| Nơi nhận: - Như trên; - Lưu VT. | KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Quân |\n")
    assert got["issuer"] == "Bộ Lao động - Thương binh và Xã hội"
    assert (got["signer"], got["signer_title"], got["signing_authority"]) == ("Lê Quân", "Thứ trưởng", "KT. Bộ trưởng")


def test_an_authority_going_on_after_a_comma_and_a_signers_name_in_capitals():
    got = extract_text(_HOSPITAL + "KT. BỘ TRƯỞNG,\nCHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nNguyễn Văn Tùng\n")
    assert got["signing_authority"] == "KT. Bộ trưởng, Chủ nhiệm"
    capitals = extract_text(_HOSPITAL + "GIÁM ĐỐC\n\n\n\nTRẦN PHƯỚC ĐỨC\n\nTác giả: PHT\n")
    assert capitals["signer"] == "Trần Phước Đức"


def test_proper_names_inside_a_bodys_name_keep_their_capitals():
    from engine.extraction.orgs import display

    assert display("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH") == "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"
    assert display("CÔNG TY CỔ PHẦN BIA HÀ NỘI").endswith("Hà Nội")
    assert "Đường Hồ Chí Minh Việt Nam" in display("HỘI TRUYỀN THỐNG ĐƯỜNG HỒ CHÍ MINH VIỆT NAM") \
        or "đường Hồ Chí Minh Việt Nam" in display("HỘI TRUYỀN THỐNG ĐƯỜNG HỒ CHÍ MINH VIỆT NAM")
    assert "Bạc Liêu" in display("HỘI NÔNG DÂN BẠC LIÊU CHI HỘI MỘT")


def test_a_drafts_title_under_a_blank_number_and_its_draft_mark():
    got = extract_text("TỈNH UỶ LAI CHÂU\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\nLai Châu, ngày 5 tháng 6 năm 2020\nSố       -BC/TU\n"
                       "(Dự thảo lần 2)\n\nKẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH NHIỆM KỲ 2015 - 2020\n\n"
                       "Đại hội Đảng bộ tỉnh lần thứ XIV được tổ chức vào thời điểm quan trọng.\n")
    assert got["doc_type"] == "Báo cáo"
    assert got["subject"].upper() == "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH NHIỆM KỲ 2015 - 2020"


def test_a_tax_departments_name_ocr_misread_is_spelt_back():
    got = extract_text("TỔNG CỤC THUẾ\nCỤC THUÉ TỈNH YÊN BÁI\nSố: 512/CT-TTHT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                       "Yên Bái, ngày 3 tháng 5 năm 2022\n\nV/v chính sách thuế\n\nKính gửi: Công ty TNHH An Bình\n")
    assert got["issuer"] == "Cục Thuế tỉnh Yên Bái"


def test_a_province_after_short_ocr_noise_on_the_place_line_names_the_committee():
    from engine.extraction.orgs import locality_for_place

    assert locality_for_place("An An Lạng Sơn") == "tỉnh Lạng Sơn"
    assert locality_for_place("wn Hà Nội") == "thành phố Hà Nội"
    assert locality_for_place("Tân An") is None and locality_for_place("Ea Súp") is None


def test_a_copy_without_marks_is_addressed_and_its_committee_and_addressees_are_written_as_clerks_write_them():
    got = extract_text("UY BAN NHAN DAN\nTINH LONG AN\nSo: 12/UBND-VX\n\nCONG HOA XA HOI CHU NGHIA VIET NAM\n"
                       "Doc lap - Tu do - Hanh phuc\n\nLong An, ngay 3 thang 5 nam 2022\n\nV/v tang cuong cong tac "
                       "phong chong dich benh\n\nKinh gui:\n- So Y te;\n- UBND cac huyen, thi xa, thanh pho.\n\n"
                       "Thuc hien chi dao cua UBND tinh.\n")
    assert got["issuer"] == "UBND tỉnh Long An"
    assert got["recipients"] == ["Sở Y tế", "UBND các huyện, thị xã, thành phố"]


def test_the_place_of_a_date_line_with_day_and_month_both_left_blank():
    got = extract_text("ĐẠI HỌC BÁCH KHOA HÀ NỘI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                       "Số: /QĐ-ĐHBK *Hà Nội, ngày tháng năm 2025* 5445 *28 5*\n\nQUYẾT ĐỊNH\n"
                       "Về việc ban hành Quy chế đào tạo\n")
    assert (got["place"], got["issued_date"]) == ("Hà Nội", "2025-05-28")  # (the date the signature stamped)


def test_a_post_without_a_signature_block_names_who_signed():
    got = extract_text("Ngày 5/9/2022, Phó Chủ tịch UBND tỉnh Hoàng Văn Nam đã ký ban hành Công văn số 3120/UBND-KT về "
                       "việc tăng cường quản lý chợ.\n\nTheo đó, UBND tỉnh yêu cầu các huyện kiểm tra.\n")
    assert (got["signer"], got["signer_title"]) == ("Hoàng Văn Nam", "Phó Chủ tịch")
    headed = extract_text(_MINISTRY + "Kính gửi: Các sở\n\nThực hiện Công văn do Chủ tịch UBND tỉnh Lê Văn Ba đã ký, "
                          "Bộ đề nghị các sở báo cáo.\n")
    assert headed["signer"] is None  # a letter's own text citing who signed another letter


def test_a_name_alone_after_the_archive_note_past_a_markdown_image_and_a_degree():
    got = extract_text(_HOSPITAL + "![](assets/chu-ky.jpeg)\n\n**PGS.TS Lê Minh Khoa**\n")
    assert got["signer"] == "Lê Minh Khoa"


def test_an_education_offices_code_is_whole_and_a_citation_cut_by_a_line_break_is_read_once():
    got = extract_text(_MINISTRY + "Kính gửi: Các trường\n\nThực hiện Công văn số 182/PGDĐT ngày 3/4/2024 và Quyết định "
                       "số 2629/QĐ-TTg ngày 1/2/2024 (Quyết định số 2629/QĐ-T\nTg), các trường báo cáo.\n")
    assert got["references"] == ["182/PGDĐT", "2629/QĐ-TTg"]


def test_a_post_reporting_a_letter_put_into_effect_names_it_and_one_only_cited_as_a_basis_is_not_taken():
    got = extract_text("Hội nghị phát động ủng hộ Quỹ năm 2021\n\nChiều 3/3/2021, đồng chí Chủ tịch đã triển khai Kế hoạch "
                       "số 27/KH-MTTQ-BTT ngày 20/02/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nam Định, thời gian "
                       "phát động đến hết tháng 4.\n")
    assert (got["number"], got["issued_date"], got["doc_type"]) == ("27/KH-MTTQ-BTT", "2021-02-20", "Kế hoạch")
    assert got["issuer"] == "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nam Định"
    basis = extract_text("Tin tức\n\nThực hiện Kế hoạch số 27/KH-MTTQ-BTT ngày 20/02/2021 của Ban Thường trực Ủy ban "
                         "MTTQ Việt Nam tỉnh Nam Định, các xã tổ chức phát động.\n")
    assert basis["number"] is None


def test_recipients_and_signature_read_across_on_one_line_part_after_the_archive_note():
    got = extract_text(_HOSPITAL.split("Nơi nhận:")[0] + "Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC "
                       "Trần Anh Thư\n")
    assert (got["signer"], got["signer_title"], got["signing_authority"]) == ("Trần Anh Thư", "Phó Giám đốc",
                                                                              "KT. Giám đốc")


def test_an_executive_committee_and_a_labour_federation_under_their_abbreviations_open_their_own_bodies():
    head = "\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 12/LĐLĐ\n\nThanh Hóa, ngày 2 tháng 3 năm 2023\n\nV/v đại hội\n"
    got = extract_text("LĐLĐ TỈNH THANH HÓA\nLĐLĐ HUYỆN NGA SƠN" + head)
    assert (got["issuer"], got["issuer_parent"]) == ("Liên đoàn Lao động huyện Nga Sơn", "Liên đoàn Lao động tỉnh Thanh Hóa")
    bch = extract_text("HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH THANH HÓA" + head.replace("12/LĐLĐ", "45-CV/HNDT"))
    assert bch["issuer"].startswith("BCH ") and bch["issuer_parent"] == "Hội Nông dân Việt Nam"


def test_a_type_title_with_its_urgency_after_it():
    got = extract_text("ỦY BAN NHÂN DÂN\nHUYỆN NGA SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 05/CĐ-UBND\n\n"
                       "Nga Sơn, ngày 12 tháng 10 năm 2023\n\nCÔNG ĐIỆN KHẨN\nVề việc chủ động ứng phó với bão số 4\n\n"
                       "CHỦ TỊCH UBND HUYỆN ĐIỆN:\n- Chủ tịch UBND các xã;\n")
    assert (got["doc_type"], got["urgency"]) == ("Công điện", "khan")
    assert got["subject"] == "Về việc chủ động ứng phó với bão số 4"


def test_a_news_sentence_saying_signed_or_naming_a_coded_number_without_so():
    signed = extract_text("Chủ tịch UBND tỉnh Nghệ An vừa ký Công điện số 12/CĐ-UBND ngày 21/7/2024 về việc ứng phó với "
                          "bão số 2.\n")
    assert (signed["doc_type"], signed["number"], signed["issuer"]) == ("Công điện", "12/CĐ-UBND", "UBND tỉnh Nghệ An")
    bare = extract_text("Bộ Giáo dục và Đào tạo đã ban hành Công văn 1234/BGDĐT-GDTrH hướng dẫn thực hiện nhiệm vụ năm "
                        "học 2024-2025.\n")
    assert (bare["number"], bare["issuer"]) == ("1234/BGDĐT-GDTrH", "Bộ Giáo dục và Đào tạo")


def test_a_post_opened_by_when_or_by_the_reporting_sentence_itself_names_its_letter():
    when = extract_text("Vừa qua, UBND huyện Nga Sơn đã ban hành Kế hoạch số 45/KH-UBND về việc tổ chức Tết Trung thu "
                        "năm 2024.\n")
    assert (when["number"], when["issuer"]) == ("45/KH-UBND", "UBND huyện Nga Sơn")
    opening = extract_text("Sở Y tế ban hành văn bản số 1234/SYT-NVY ngày 5/9/2024 hướng dẫn phòng chống sốt xuất huyết.\n")
    assert (opening["number"], opening["issued_date"], opening["issuer"]) == ("1234/SYT-NVY", "2024-09-05", "Sở Y tế")


def test_a_date_line_whose_ngay_ocr_read_with_a_v():
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 12/UBND-VX\n\n"
                       "Thanh Hóa, ngàv 5 tháng 3 năm 2024\n\nV/v tăng cường\n\nKính gửi: Sở Y tế\n")
    assert (got["issued_date"], got["place"]) == ("2024-03-05", "Thanh Hóa")


def test_a_ve_viec_line_under_the_date_line_is_a_cong_vans_subject_and_a_telegrams_stays_a_telegram():
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 12/UBND-VX\n\n"
                       "Thanh Hóa, ngày 5 tháng 3 năm 2024\n\nVề việc tăng cường công tác phòng chống dịch\n\n"
                       "Kính gửi: Sở Y tế\n\nThực hiện chỉ đạo, UBND tỉnh yêu cầu:\n")
    assert got["subject"].endswith("tăng cường công tác phòng chống dịch") and got["doc_type"] == "Công văn"
    wired = extract_text("ỦY BAN NHÂN DÂN\nHUYỆN NGA SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNga Sơn, ngày 5 tháng 9 "
                         "năm 2024\n\nVề việc chủ động ứng phó với bão số 3\n\nCHỦ TỊCH UBND HUYỆN NGA SƠN ĐIỆN:\n"
                         "- Chủ tịch UBND các xã;\n")
    assert wired["doc_type"] == "Công điện"


def test_a_person_addressed_with_the_role_after_a_dash_is_one_addressee():
    got = extract_text(_MINISTRY + "Kính gửi:\n- Ông Trần Văn Cường - Chủ tịch UBND xã Đông Sơn;\n- Bà Lê Thị Én - Hiệu "
                       "trưởng Trường THCS Đông Sơn.\n\nThực hiện kế hoạch năm 2024, Bộ Nội vụ đề nghị:\n")
    assert got["recipients"] == ["Ông Trần Văn Cường - Chủ tịch UBND xã Đông Sơn",
                                 "Bà Lê Thị Én - Hiệu trưởng Trường THCS Đông Sơn"]


def test_an_abbreviation_with_a_vowel_keeps_its_capitals_inside_a_name():
    from engine.extraction.orgs import display

    assert display("BAN QLDA ĐẦU TƯ XÂY DỰNG") == "Ban QLDA đầu tư xây dựng"
    assert display("HỘI NGƯỜI MÙ") == "Hội Người mù"  # words that are syllables are cased as words
