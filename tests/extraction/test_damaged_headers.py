"""Letters whose header does not read the ordinary way: one made-up snippet per rule."""
from engine.extraction import extract_text
from engine.extraction import fallbacks, site_titles


def test_a_clipped_so_and_a_garbled_place_still_give_number_and_date():
    # a PDF text layer that dropped accented letters: 'Số' -> 'S', 'Hà Nội' -> 'Hà N i'
    text = ("Y BAN DÂN T C C NG HOÀ XÃ H I CH NGHĨA VI T NAM S 77/QĐ-UBDT Hà N i, ngày 08 tháng 11 "
            "năm 2006 QUY T Đ NH V VI C BAN HÀNH QUY CH Căn c Ngh đ nh s 51/2003/NĐ-CP ngày 16 tháng "
            "5 năm 2003 c a Chính ph ;")
    got = extract_text(text)
    assert got["number"] == "77/QĐ-UBDT"
    assert got["issued_date"] == "2006-11-08"  # not 2003-05-16, the decree cited in the basis
    assert got["doc_type"] == "Quyết định"


def test_a_damaged_header_falls_back_on_the_document_sites_title_line():
    text = ("Quyết định số 88/2009/QĐ-UBND của Ủy ban nhân dân tỉnh Lào Cai về việc ban hành quy định "
            "về phí chợ trên địa bàn tỉnh\n\nNội dung Text:\n"
            "  1. Y BAN NHÂN DÂN C NG HOÀ XÃ H I CH NGHĨA VI T NAM T NH LÀO CAI c l p - T do - H nh "
            "phúc S : 88/2009/Q -UBND Lào Cai, ngày 02 tháng 3 năm 2009 QUY T NNH V PHÍ CH Y BAN NHÂN "
            "DÂN T NH LÀO CAI Căn c Lu t T ch c H i ng nhân dân và y ban nhân dân ngày 26 tháng 11 "
            "năm 2003;")
    got = extract_text(text)
    assert got["number"] == "88/2009/QĐ-UBND"  # the site's, since the letter's lost its 'Đ'
    assert got["issued_date"] == "2009-03-02"
    assert got["issuer"] == "Ủy ban nhân dân tỉnh Lào Cai"
    assert got["subject"] == "ban hành quy định về phí chợ trên địa bàn tỉnh"
    assert got["doc_type"] == "Quyết định"


def test_the_site_title_names_the_issuer_after_do():
    st = site_titles.site_title("Thông tư số 12/2010/TT-BYT về việc hướng dẫn khám sức khỏe do Bộ Y tế "
                              "ban hành\nnội dung", 500)
    assert st == {"doc_type": "Thông tư", "number": "12/2010/TT-BYT", "issuer": "Bộ Y tế",
                  "subject": "hướng dẫn khám sức khỏe"}


def test_a_sound_header_ignores_the_site_title_line():
    text = ("Quyết định số 5/QĐ-UBND về việc một tiêu đề khác của trang\n\n"
            "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 5/QĐ-UBND\nLào Cai, ngày 02 tháng 3 năm 2009\n\nQUYẾT ĐỊNH\nVỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC\n\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương;")
    got = extract_text(text)
    assert got["subject"].upper() == "VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC"
    assert got["issuer"] == "UBND tỉnh Lào Cai"


def test_a_portal_post_without_letterhead_reads_number_date_and_subject_from_its_title():
    text = ("Skip to main content\n\nVề việc rà soát kênh mương nội đồng (1234/VP-KTN, ngày 05/11/2019).\n\n"
            "Thực hiện Công văn số 99/BNN-TL ngày 01/11/2019 của Bộ Nông nghiệp, đồng chí Phó Chủ tịch "
            "UBND tỉnh có ý kiến như sau:\n\nGiao Sở Nông nghiệp và Phát triển nông thôn chủ trì thực hiện.\n\n"
            "Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.")
    got = extract_text(text)
    assert got["number"] == "1234/VP-KTN"
    assert got["issued_date"] == "2019-11-05"
    assert got["subject"] == "rà soát kênh mương nội đồng"
    assert got["doc_type"] == "Công văn"  # a code without a type part
    assert got["issuer"] == "Văn phòng"   # implied by the code


def test_a_title_run_into_one_line_with_the_header_and_the_basis():
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH PHÚ YÊN Độc lập Tự do Hạnh phúc "
            "Số: 07/2019/QĐUBND Tuy Hòa, ngày 12 tháng 3 năm 2019 QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH VỀ NUÔI "
            "CÁ LỒNG TRÊN ĐỊA BÀN TỈNH PHÚ YÊN ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN Căn cứ Luật Thủy sản;")
    got = extract_text(text)
    assert got["number"] == "07/2019/QĐ-UBND"
    assert got["subject"].upper() == "BAN HÀNH QUY ĐỊNH VỀ NUÔI CÁ LỒNG TRÊN ĐỊA BÀN TỈNH PHÚ YÊN"
    assert got["doc_type"] == "Quyết định"


def test_a_blank_number_line_closes_the_issuers_cell():
    text = ("ỦY BAN NHÂN DÂN\n\nXÃ AN BÌNH\n\n––––\n\nSố:         / TB-UBND\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập – Tự do – Hạnh phúc\n\n"
            "An Bình, ngày ….. tháng 12 năm 2021\n\n THÔNG BÁO\n\nVề viêc tạm dừng tiếp công dân\n\n"
            "Ủy ban nhân dân xã An Bình thông báo như sau:")
    got = extract_text(text)
    assert got["issuer"] == "UBND xã An Bình"  # not 'Báo' from the title below
    assert got["number"] is None and got["issued_date"] is None  # a draft: nothing to record
    assert got["doc_type"] == "Thông báo"
    assert got["subject"] == "Về việc tạm dừng tiếp công dân"  # its misspelling written right


def test_subject_drops_a_repeated_type_word_and_a_leading_issuer():
    assert fallbacks.tidy_subject("THÔNG TƯ QUY ĐỊNH CHẾ ĐỘ QUẢN LÝ TÀI CHÍNH", "Thông tư") == \
        "QUY ĐỊNH CHẾ ĐỘ QUẢN LÝ TÀI CHÍNH"
    assert fallbacks.tidy_subject("CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V PHÊ DUYỆT ĐỀ CƯƠNG QUY HOẠCH",
                                  "Quyết định") == "PHÊ DUYỆT ĐỀ CƯƠNG QUY HOẠCH"
    # a title that merely starts like its type is left alone
    assert fallbacks.tidy_subject("Kế hoạch hóa gia đình năm 2024", "Kế hoạch") == "Kế hoạch hóa gia đình năm 2024"


def test_place_written_tp_without_a_dot():
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "Số: 120/2003/QĐ-UB\nTP Hồ Chí Minh, ngày 17 tháng 7 năm 2003\n\nQUYẾT ĐỊNH\nVỀ PHÊ DUYỆT ĐỀ CƯƠNG\n")
    got = extract_text(text)
    assert got["place"] == "TP Hồ Chí Minh"
    assert got["issued_date"] == "2003-07-17"


def test_ordinary_text_is_not_taken_for_a_damaged_layer():
    assert not site_titles.degraded("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; "
                                  "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU")
    assert site_titles.degraded("C NG HOÀ XÃ H I CH NGHĨA VI T NAM Đ c l p – T do – H nh phúc S 291/QĐ-UBDT")


def test_a_page_title_repeating_the_number_is_not_taken_for_the_letters_own_line():
    text = ("Công văn Số: 77/TCT-DNL V/v: Hóa đơn điện tử.\n\nBỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n-------\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
            "Số: 77/TCT-DNL\nV/v\n: Hóa đơn điện tử.\nHà Nội, ngày 18 tháng 07 năm 2014\n\n"
            "Kính gửi: Cục Thuế tỉnh Đắk Nông.\n\nTrả lời công văn của Cục Thuế.")
    got = extract_text(text)
    assert got["issuer"] == "Tổng cục Thuế" and got["issuer_parent"] == "Bộ Tài chính"
    assert got["number"] == "77/TCT-DNL"


def test_a_type_title_broken_over_two_lines_by_a_web_table():
    text = ("BỘ CÔNG\nTHƯƠNG\n-------\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 34/2019/TT-BCT\n|\n"
            "Hà Nội,\nngày\n28\ntháng 11 năm 2019\n|\nTHÔNG\nTƯ\nQUY\nĐỊNH VỀ HỆ THỐNG THÔNG TIN NĂNG LƯỢNG\n"
            "Căn cứ Luật Thống kê ngày 23 tháng 11 năm 2015;")
    got = extract_text(text)
    assert got["doc_type"] == "Thông tư"
    assert got["subject"].upper() == "QUY ĐỊNH VỀ HỆ THỐNG THÔNG TIN NĂNG LƯỢNG"


def test_a_gap_where_a_text_layer_dropped_the_d_of_a_type_is_filled():
    from engine.extraction import numbers
    assert numbers.normalise("3134/2008/Q -UBND") == "3134/2008/QĐ-UBND"
    assert numbers.normalise("170/2003/N -CP") == "170/2003/NĐ-CP"
    assert numbers.normalise("12/NQ-CP") == "12/NQ-CP"


def test_a_drafts_place_is_read_even_when_its_day_is_blank():
    text = ("ỦY BAN NHÂN DÂN\n\nXÃ AN BÌNH\n\nSố:    / TB-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "An Bình, ngày ….. tháng 12 năm 2021\n\nTHÔNG BÁO\n\nVề việc lịch tiếp công dân\n")
    got = extract_text(text)
    assert got["place"] == "An Bình" and got["issued_date"] is None


def test_an_old_gazette_title_carries_issuer_number_date_and_subject():
    text = ("CHỈ THỊ\nCỦA THỦ\nTƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG\nNGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH\n"
            "NĂM 2002\nThực hiện Nghị quyết của Quốc hội về nhiệm vụ năm 2001, Chính phủ đã ban hành các cơ chế mới.")
    got = extract_text(text)
    assert got["doc_type"] == "Chỉ thị"
    assert got["number"] == "16/2001/CT-TTg"  # the Prime Minister's code as it is written
    assert got["issued_date"] == "2001-06-21"
    assert got["issuer"] == "Thủ tướng Chính phủ"
    assert got["subject"].upper() == "XÂY DỰNG KẾ HOẠCH NĂM 2002"


def test_a_mangled_xa_in_an_upper_case_word_is_put_back():
    from engine.extraction.text import normalise
    assert normalise("CỘNG HÒA XàHỘI CHỦ NGHĨA") == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"
    assert normalise("KINH TẾ - Xà HỘI") == "KINH TẾ - XÃ HỘI"
    assert normalise("tỉnh Đồng Tháp và Hà Tĩnh") == "tỉnh Đồng Tháp và Hà Tĩnh"


def test_a_standing_committee_line_belongs_to_the_body_below_it():
    text = ("THƯỜNG TRỰC\nHĐND - UBND TỈNH HÒA BÌNH\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n"
            "Số: 06/QC-TT.HĐND-UBND\n|\nHòa Bình, ngày 20 tháng 3 năm 2019\n|\nQUY CHẾ\nPHỐI HỢP CÔNG TÁC\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương;")
    got = extract_text(text)
    assert got["issuer"] == "Thường trực HĐND - UBND tỉnh Hòa Bình"
    assert got["doc_type"] == "Quy chế"


def test_two_years_run_together_get_their_hyphen_back_in_a_subject():
    assert fallbacks.tidy_subject("KẾ HOẠCH GIAI ĐOẠN 20212025", None) == "KẾ HOẠCH GIAI ĐOẠN 2021-2025"
    assert fallbacks.tidy_subject("mã số 20252021", None) == "mã số 20252021"  # not two years in order


def test_an_upper_case_title_stops_at_the_authority_line_after_a_blank():
    text = ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "Nghị quyết số: 653/2019/UBTVQH14\n\nHà Nội, ngày 12 tháng 3 năm 2019\n\nNGHỊ QUYẾT\n\n"
            "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nCăn cứ Hiến pháp;")
    got = extract_text(text)
    assert got["subject"].upper() == "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH"
    assert got["number"] == "653/2019/UBTVQH14"
    assert got["doc_type"] == "Nghị quyết"


def test_a_header_a_text_layer_ran_into_one_line():
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc | Số: 232/QĐ-UBND | "
            "Ninh Bình, ngày 12 tháng 4 năm 2019 | QUYẾT ĐỊNH VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH "
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; "
            "Căn cứ Báo cáo số 12/BC-STP về chế độ BÁO CÁO;")
    got = extract_text(text)
    assert got["doc_type"] == "Quyết định"
    assert got["subject"].upper() == "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH"
    assert got["issuer"] == "UBND tỉnh Ninh Bình"  # the authority line names the province, not 'C…'


def test_a_sentence_case_title_on_one_line_ends_at_the_rule():
    text = ("BỘ NỘI VỤ Số: 18/2014/TT-BNV CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "Hà Nội, ngày 25 tháng 11 năm 2014 THÔNG TƯ Quy định việc xác nhận phiên hiệu đơn vị thanh niên "
            "xung phong _____________________ Căn cứ Luật Thanh niên năm 2005;")
    got = extract_text(text)
    assert got["subject"] == "Quy định việc xác nhận phiên hiệu đơn vị thanh niên xung phong"
    assert got["doc_type"] == "Thông tư"


def test_only_a_capitalised_title_near_the_number_is_the_letters_title():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 08/CT-UBND\n"
            "Quảng Bình, ngày 25 tháng 5 năm 2015\nCHỈ THỊ VỀ VIỆC TĂNG CƯỜNG THU NGÂN SÁCH Thực hiện Nghị quyết "
            "số 01/NQ-CP, Bộ Tài chính đã ban hành\nCông văn\nsố 5/BTC hướng dẫn.")
    got = extract_text(text)
    assert got["doc_type"] == "Chỉ thị"  # the body's broken 'Công văn' line is no title
    assert got["subject"].upper() == "VỀ VIỆC TĂNG CƯỜNG THU NGÂN SÁCH"


def test_an_issuer_cell_run_into_the_number_label():
    text = ("UỶ BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM THÀNH PHỐ HỒ CHÍ MINH      Độc lập – Tự do – "
            "Hạnh phúc SỞ GIÁO DỤC VÀ ĐÀO TẠO Số : 4144 /GDĐT – VP      Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm "
            "2018 Về cho học sinh nghỉ học Kính gửi : Chủ tịch Ủy ban nhân dân các quận, huyện.")
    got = extract_text(text)
    assert got["issuer"] == "Sở Giáo dục và Đào tạo"
    assert got["number"] == "4144/GDĐT-VP"
