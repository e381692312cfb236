"""General rules added while tuning on the third collection of letters (r3), one per layout,
each on a short made-up snippet (never a copy of a labelled letter)."""
from engine.extraction import extract_text, numbers
from engine.extraction.orgs import canonical


def same_name(got: str | None, want: str) -> bool:
    return got is not None and canonical(got).casefold() == canonical(want).casefold()


def test_a_motto_a_broken_font_garbled_stays_out_of_the_issuer_and_the_code_spells_the_name():
    got = extract_text("BỘ CƠNG THƯƠNG\nCỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n"
                       "Số: 7/2011/TT-BCT\nHà Nội, ngày 31 tháng 5 năm 2011\nTHÔNG TƯ\n"
                       "Quy định về việc lập kế hoạch\nCăn cứ Nghị định số 1/2010/NĐ-CP;\n")
    assert got["issuer"] == "Bộ Công Thương"
    assert got["subject"] == "Quy định về việc lập kế hoạch"


def test_a_sector_ending_in_xa_hoi_is_not_a_new_body():
    got = extract_text("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                       "Số: 3/2017/TT-BLĐTBXH |\nHà Nội, ngày 15 tháng 08 năm 2017 |\nTHÔNG TƯ\n"
                       "HƯỚNG DẪN CẤP GIẤY PHÉP\nCăn cứ Luật Giao dịch điện tử;\n")
    assert got["issuer"] == "Bộ Lao động - Thương binh và Xã hội"


OCR_SCAN = ("BAN CƠ YẾU CHÍNH  PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA  VIỆT NAM\n"
            "HỌC VIỆN KỸ THUẬT  MẬT MÃ Độc lập - Tự do - Hạnh phúc\n"
            "Số: 12 /QĐ-HVM Hà Nội, ngày*Ï tháng 11 năm 2024\n"
            "QUYÉT  ĐỊNH\n"
            "Thành lập Tổ công tác tham mưu\n"
            "GIÁM  ĐÓC HỌC VIỆN KỸ THUẬT  MẬT MÃ\n"
            "Căn cứ Thông tư số 5/2014/TT-BQP;\n")


def test_an_ocr_scan_with_interleaved_columns_an_unreadable_day_and_misread_accents():
    got = extract_text(OCR_SCAN)
    assert same_name(got["issuer"], "Học viện Kỹ thuật mật mã")
    assert same_name(got["issuer_parent"], "Ban Cơ yếu Chính phủ")  # 'CHÍNH PHỦ' ends the parent's name
    assert got["number"] == "12/QĐ-HVM"
    assert (got["place"], got["issued_date"]) == ("Hà Nội", None)  # the day is unreadable: no date
    assert got["doc_type"] == "Quyết định"  # 'QUYÉT ĐỊNH' read as the title
    assert got["subject"] == "Thành lập Tổ công tác tham mưu"  # stops at the authority in capitals


def test_a_youth_union_letterhead_and_a_party_style_number_with_spaces():
    got = extract_text("BAN CHẤP HÀNH TRUNG ƯƠNG                    ĐOÀN TNCS HỒ CHÍ MINH\n***\n"
                       "   Số: 15 - KH/TWĐTN-CTTN                  Hà Nội, ngày 16 tháng 5 năm 2024\n\n"
                       "KẾ HOẠCH\nTổ chức các hoạt động hè\n\nThực hiện chương trình công tác năm 2024.\n")
    assert same_name(got["issuer"], "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh")
    assert got["number"] == "15-KH/TWĐTN-CTTN"
    assert (got["doc_type"], got["issued_date"]) == ("Kế hoạch", "2024-05-16")


def test_old_style_numbers_put_the_type_last():
    assert numbers.normalise("Số: 01-TANDTC-VKSNDTC/TTLT") == "01-TANDTC-VKSNDTC/TTLT"
    assert numbers.type_of("01-TANDTC-VKSNDTC/TTLT") == "Thông tư liên tịch"
    assert numbers.type_of("15-BTC/TT") == "Thông tư"
    assert numbers.type_of("52-NQ/TW") == "Nghị quyết"


def test_the_issuers_of_a_joint_text_are_both_named():
    got = extract_text("TÒA ÁN NHÂN DÂN TỐI CAO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                       "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO Độc lập - Tự do - Hạnh phúc\n"
                       "Số: 02-TANDTC-VKSNDTC/TTLT Hà Nội, ngày 08 tháng 12 năm 1990\n\n"
                       "THÔNG TƯ LIÊN TỊCH\n\nHƯỚNG DẪN THI HÀNH MỘT SỐ QUY ĐỊNH\nĐể thi hành Bộ luật.\n")
    assert got["issuer"] == "Tòa án nhân dân tối cao - Viện kiểm sát nhân dân tối cao"
    assert (got["number"], got["doc_type"]) == ("02-TANDTC-VKSNDTC/TTLT", "Thông tư liên tịch")


def test_a_subject_line_ending_in_a_semicolon_runs_on_after_a_blank_line():
    got = extract_text("UỶ BAN NHÂN DÂN\nHUYỆN BẮC SƠN\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\nSố: 9/BC-UBND\nBắc Sơn, ngày 29 tháng 6 năm 2012\n"
                       "BÁO CÁO\nKết quả 6 tháng đầu năm;\n\nPhương hướng 6 tháng cuối năm 2012\n\n"
                       "Năm 2012 là năm thứ hai thực hiện nghị quyết.\n")
    assert got["subject"] == "Kết quả 6 tháng đầu năm; Phương hướng 6 tháng cuối năm 2012"


def test_a_gazette_title_that_repeats_number_date_and_issuer_before_the_subject():
    got = extract_text("BỘ TÀI CHÍNH\n|\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
                       "Số:\n15-BTC/TT\n|\nHà Nội, ngày 16 tháng 3 năm 1991\n|\nTHÔNG TƯ\n"
                       "SỐ 15-BTC/TT NGÀY 16-3-1991 CỦA BỘ TÀI CHÍNH QUY ĐỊNH CHẾ ĐỘ\nQUẢN LÝ TÀI CHÍNH\n"
                       "Thi hành Nghị định số 196-HĐBT.\n")
    assert got["subject"].casefold() == "quy định chế độ quản lý tài chính"
    assert (got["number"], got["doc_type"]) == ("15-BTC/TT", "Thông tư")


def test_the_place_of_a_date_line_the_copy_cut_short():
    got = extract_text("ỦY BAN NHÂN DÂN Số: 9/KH-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
                       "Hà Nội, ngày 07 tháng 06 n\n")
    assert (got["place"], got["issued_date"], got["number"]) == ("Hà Nội", None, "9/KH-UBND")


def test_a_relayed_letter_named_only_by_the_portals_source_line():
    got = extract_text("THÔNG TIN Ý KIẾN\nQuảng Trị\n\nV/v chuyển đổi mục đích sử dụng rừng\n\n"
                       "UBND tỉnh có ý kiến như sau:\n\nGiao Sở Nông nghiệp chủ trì.\n\n"
                       "(Theo Công văn số 61/UBND-KT, ngày 14/11/2023)\n")
    assert (got["number"], got["issued_date"]) == ("61/UBND-KT", "2023-11-14")
    assert got["issuer"] == "UBND tỉnh Quảng Trị"  # the province the post names on its own line
    assert got["subject"] == "chuyển đổi mục đích sử dụng rừng"


def test_the_date_from_a_document_sites_attribute_table_when_the_copy_cut_it():
    got = extract_text("Số hiệu: | 12/KH-UBND | Loại văn bản: | Kế hoạch |\n"
                       "Cơ quan ban hành: | Ủy ban nhân dân Thành phố Hải Phòng | Người ký: | A |\n"
                       "Ngày ban hành: | 07/06/2018 | Ngày hết hiệu lực: | Đang cập nhật |\n"
                       "ỦY BAN NHÂN DÂN Số: 12/KH-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Hải Phòng, ngày 07 th\n")
    assert (got["number"], got["issued_date"], got["place"]) == ("12/KH-UBND", "2018-06-07", "Hải Phòng")
    assert got["issuer"] == "UBND thành phố Hải Phòng"


def test_a_site_heading_that_glues_the_type_to_the_number_and_a_title_citing_a_decree():
    got = extract_text("TƯ VẤN & DỊCH VỤ |\nTHÔNG TƯ15/2017/TT-BCT\nngày\n31 tháng 8 năm 2017\n"
                       "QUY ĐỊNH THỰC HIỆN MỘT SỐ NỘI DUNG CỦA NGHỊ ĐỊNH\n"
                       "SỐ 68/2017/NĐ-CP NGÀY 25 THÁNG 5 NĂM 2017 CỦA CHÍNH PHỦ VỀ CỤM CÔNG NGHIỆP\n"
                       "Căn cứ Nghị định số 98/2017/NĐ-CP;\n")
    assert (got["number"], got["doc_type"], got["issued_date"]) == ("15/2017/TT-BCT", "Thông tư", "2017-08-31")
    assert got["issuer"] == "Bộ Công Thương"  # the capitals above name no body: the code does
    assert got["subject"].upper().endswith("CỦA NGHỊ ĐỊNH SỐ 68/2017/NĐ-CP NGÀY 25 THÁNG 5 NĂM 2017 CỦA CHÍNH PHỦ VỀ CỤM CÔNG NGHIỆP")


def test_a_date_line_whose_words_are_garbled():
    got = extract_text("BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/2017/TT-BYT\n"
                       "Hà Nội, ngày 14 mon 04 nãm 2017\nTHÔNG TƯ\nQUY ĐỊNH GIÁ TỐI ĐA\nCăn cứ Luật.\n")
    assert (got["place"], got["issued_date"]) == ("Hà Nội", "2017-04-14")


def test_the_number_label_as_ocr_misreads_it_and_a_garbled_date_line_before_a_clean_citation():
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\nS6: 55/UBND-KT\nV/v tăng cường quản lý\n"
                       "An Giang, ngàỵ 12 thảng 3 nãm 2019\n\nKính gửi: Sở Y tế\n\n"
                       "Căn cứ Quyết định số 1/QĐ-UBND của UBND tỉnh An Giang ngày 02 tháng 01 năm 2002;\n")
    assert got["number"] == "55/UBND-KT"
    assert got["issuer"] == "UBND tỉnh An Giang"  # 'S6:' is the label, not part of the name
    assert (got["place"], got["issued_date"]) == ("An Giang", "2019-03-12")


def test_a_one_line_text_layer_runs_the_motto_or_the_authority_onto_the_title():
    got = extract_text("TÒA ÁN NHÂN DÂN TỐI CAO Số: 3/TANDTC-KHTC V/v: Hướng dẫn quản lý ngân sách năm 2020 "
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
                       "Căn cứ Luật Ngân sách nhà nước;\n")
    assert got["subject"] == "Hướng dẫn quản lý ngân sách năm 2020"
    got = extract_text("ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 15/2019/QĐ-UBND "
                       "Thái Bình, ngày 05 tháng 3 năm 2019 QUYẾT ĐỊNH Ban hành Quy định quản lý kinh phí trên "
                       "địa bàn tỉnh Thái Bình ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert got["subject"] == "Ban hành Quy định quản lý kinh phí trên địa bàn tỉnh Thái Bình"



def test_a_title_in_capitals_right_after_the_date_on_one_line_ends_where_the_authority_is_named_again():
    got = extract_text("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do "
                       "– Hạnh phúc Số: 5/2007/CT-UBND Ninh Bình, ngày 05 tháng 3 năm 2007 QUYẾT ĐỊNH BAN HÀNH "
                       "KẾ HOẠCH HÀNH ĐỘNG VÌ SỰ TIẾN BỘ PHỤ NỮ ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n\nCăn cứ Luật.\n")
    assert got["doc_type"] == "Quyết định"  # the title word, though the code says CT
    assert got["subject"].casefold() == "ban hành kế hoạch hành động vì sự tiến bộ phụ nữ"
    got = extract_text("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Số: 4/2019/QĐ-UBND | "
                       "Quảng Trị, ngày 22 tháng 10 năm 2019 | BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ "
                       "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ Căn cứ Luật tổ chức chính quyền địa phương;\n")
    assert (got["doc_type"], got["subject"].upper()) == ("Quyết định", "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ")


def test_a_title_in_capitals_keeps_an_authority_it_names_and_drops_the_one_run_onto_its_end():
    got = extract_text("CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 9/NQ-CP\nHà Nội, ngày 08 tháng 10 năm 2021\n"
                       "NGHỊ QUYẾT\nPHIÊN HỌP CHÍNH PHỦ THƯỜNG KỲ THÁNG 9 NĂM 2021 CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n")
    assert got["subject"].upper() == "PHIÊN HỌP CHÍNH PHỦ THƯỜNG KỲ THÁNG 9 NĂM 2021"
    got = extract_text("BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 6/2017/TT-BTC\nHà Nội, ngày 28 tháng 02 "
                       "năm 2017\nTHÔNG TƯ\nQUY ĐỊNH CHI TIẾT QUYẾT ĐỊNH SỐ 20/2016/QĐ-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ\n"
                       "Căn cứ Nghị định số 215/2013/NĐ-CP;\n")
    assert got["subject"].upper().endswith("CỦA THỦ TƯỚNG CHÍNH PHỦ")


def test_without_the_letterhead_cell_the_locality_comes_from_a_mention_on_one_line_and_a_province():
    got = extract_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 7/UBND-MT\n"
                       "V/v rà soát cơ sở gây ô nhiễm\n\nKính gửi: Sở Tài nguyên và Môi trường\n\n"
                       "Phó Chủ tịch UBND tỉnh Lại Thanh Sơn có ý kiến; Ủy ban nhân dân tỉnh Bắc Giang giao:\n"
                       "ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật.\n")
    assert got["issuer"] == "UBND tỉnh Bắc Giang"  # not the person, not the next line's 'Căn cứ'


def test_central_bodies_named_by_their_code_when_the_letterhead_is_lost():
    assert numbers.issuer_code("653/2019/UBTVQH14") == "UBTVQH"
    got = extract_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 27/TCT-DNL\n"
                       "V/v chính sách thuế\nHà Nội, ngày 10 tháng 7 năm 2020\nKính gửi: Cục Thuế tỉnh An Giang\n")
    assert got["issuer"] == "Tổng cục Thuế"


def test_long_runs_of_blanks_are_read_in_linear_time():
    import time
    for text in ("Số" + " " * 40000 + "1/QĐ", "Số: 12 ĐẾN Ngày" + " " * 40000 + "1/2/2020",
                 "Số: 1/QĐ-UBND" + " " * 40000 + "x", "Số:" + "\n" * 40000 + "1/QĐ-UBND",
                 "trước ngày " + "\n \n" * 40000):
        t = time.perf_counter()
        extract_text(text)
        assert time.perf_counter() - t < 5  # quadratic patterns took minutes here
