"""General rules added while tuning on the fifth round (r3-blind spent, stress bench), each on a
short made-up snippet (never a copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text
from tests.extraction.snippets import MOTTO_RULED as MOTTO


def test_a_head_word_inside_a_sector_or_a_place_name_starts_no_new_body():
    got = extract_text("BỘ TÀI NGUYÊN VÀ\nMÔI TRƯỜNG\n-------\n" + MOTTO +
                       "Số: 12/BTNMT-TCMT\nV/v quan trắc nước\nHà Nội, ngày 3 tháng 4 năm 2019\nKính gửi: các sở\n")
    assert got["issuer"] == "Bộ Tài nguyên và Môi trường"
    got = extract_text("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỘI AN\n-------\n" + MOTTO +
                       "Số: 12/UBND-VP\nV/v trực bão\nHội An, ngày 3 tháng 4 năm 2019\nKính gửi: các phòng\n")
    assert got["issuer"] == "UBND thành phố Hội An"


def test_a_cell_naming_only_an_organ_is_that_organ_of_the_body_above():
    got = extract_text("HỘI NÔNG DÂN VIỆT NAM\nBAN THƯỜNG VỤ\n-------\n" + MOTTO +
                       "Số: 9/BC-HND\nHà Nội, ngày 3 tháng 4 năm 2019\nBÁO CÁO\nKết quả công tác quý I\n")
    assert got["issuer"].casefold() == "ban thường vụ hội nông dân việt nam"
    assert got["issuer_parent"] is None


def test_a_note_marker_before_the_letterhead_is_no_part_of_the_name():
    got = extract_text("(2)BỘ NỘI VỤ\n" + MOTTO + "Số: 9/BNV-TCCB\nV/v tuyển dụng\n"
                       "Hà Nội, ngày 3 tháng 4 năm 2019\nKính gửi: các tỉnh\n")
    assert got["issuer"] == "Bộ Nội vụ"


def test_a_sentence_case_subject_runs_on_over_a_line_that_starts_with_a_body_name():
    got = extract_text("BỘ NỘI VỤ\n" + MOTTO + "Số: 9/BC-BNV\nHà Nội, ngày 3 tháng 4 năm 2019\nBÁO CÁO\n"
                       "Kết quả bầu cử đại biểu Quốc hội và đại biểu\nHội đồng nhân dân các cấp\n\n"
                       "Kính gửi: Chính phủ\n")
    assert got["subject"] == "Kết quả bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp"


def test_a_horned_u_in_a_code_is_ocr_reading_a_plain_u():
    got = extract_text("TỈNH ỦY HÀ GIANG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-KL/TƯ\n"
                       "Hà Giang, ngày 3 tháng 4 năm 2019\nKẾT LUẬN\nVề phát triển du lịch\n")
    assert got["number"] == "12-KL/TU"


def test_a_number_line_after_a_stray_dash_of_the_columns_is_read():
    got = extract_text("BỘ NỘI VỤ\n-CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
                       "-Số: 04/2019/TT-BNV Hà Nội, ngày 01 tháng 03 năm 2019\nTHÔNG TƯ\n"
                       "QUY ĐỊNH VỀ TUYỂN DỤNG CÔNG CHỨC\nCăn cứ Luật Cán bộ, công chức;\n")
    assert got["number"] == "04/2019/TT-BNV"


def test_a_broken_fonts_o_with_horn_before_ng_and_c_with_tilde_i_are_respelt():
    got = extract_text("BỘ NỘI VỤ\n" + MOTTO + "Số: 04/2019/TT-BNV\nHà Nội, ngày 01 tháng 03 năm 2019\nTHÔNG TƯ\n"
                       "QUY ĐỊNH VỀ GIẤY TỜ CĨ GIÁ TRỊ CỦA CƠNG CHỨC\nCăn cứ Luật Cán bộ, công chức;\n")
    assert got["subject"].upper() == "QUY ĐỊNH VỀ GIẤY TỜ CÓ GIÁ TRỊ CỦA CÔNG CHỨC"
    assert "TRƯƠNG" in extract_text("BỘ NỘI VỤ\n" + MOTTO + "Số: 4/BNV-VP\nV/v họp ở TRƯƠNG ĐỊNH\n"
                                     "Hà Nội, ngày 01 tháng 03 năm 2019\n")["subject"]  # 'ương' stays


def test_a_title_cut_after_one_word_gives_no_subject():
    got = extract_text("BỘ NỘI VỤ\n" + MOTTO + "Số: 04/2019/TT-BNV\nHà Nội, ngày 01 tháng 03 năm 2019\n"
                       "THÔNG TƯ\nHƯỚN")
    assert got["subject"] is None and got["doc_type"] == "Thông tư"


def test_a_number_that_lost_its_type_part_takes_it_from_the_title_and_anchors_the_header():
    got = extract_text("Quyết định 35/QĐ-UBND năm 2014 về phí chợ\n\nNội dung toàn văn Quyết định 35/QĐ-UBND\n\n"
                       "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n-------\n" + MOTTO + "Số: 35/-UBND\n"
                       "Phủ Lý, ngày 3 tháng 4 năm 2014\nQUYẾT ĐỊNH\nVỀ PHÍ CHỢ\nCăn cứ Luật Phí;\n")
    assert (got["number"], got["issuer"]) == ("35/QĐ-UBND", "UBND tỉnh Hà Nam")


def test_a_type_word_after_the_date_on_a_one_line_layer_names_the_type_over_the_code():
    got = extract_text("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM HUYỆN BA VÌ Độc lập - Tự do - Hạnh phúc "
                       "Số: 9/BC-UBND Ba Vì, ngày 3 tháng 4 năm 2015 KẾ HOẠCH Phòng, chống lụt bão năm 2015 "
                       "I. Kết quả năm 2014 1. Tình hình - Trong năm có 5 cơn bão.\n")
    assert (got["doc_type"], got["subject"]) == ("Kế hoạch", "Phòng, chống lụt bão năm 2015")


# -- a letter whose letterhead cell is lost: the rest of the letter names the issuer ----------------

def test_without_a_letterhead_the_authority_line_above_the_basis_names_the_issuer():
    got = extract_text(MOTTO + "Số: 5/1999/QĐ-UB\nVinh, ngày 3 tháng 4 năm 1999\nQUYẾT ĐỊNH\nVỀ PHÍ CHỢ\n"
                       "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nCăn cứ Luật Tổ chức HĐND và UBND;\n")
    assert got["issuer"] == "UBND tỉnh Nghệ An"
    got = extract_text(MOTTO + "Số: 5/QĐ-QLTT\nHà Nội, ngày 3 tháng 4 năm 2019\nQUYẾT ĐỊNH\nVỀ QUY TRÌNH KIỂM TRA\n"
                       "CỤC TRƯỞNG CỤC QUẢN LÝ THỊ TRƯỜNG\nCăn cứ Nghị định số 1/2019/NĐ-CP;\n")
    assert got["issuer"] == "Cục Quản lý thị trường"


def test_without_a_letterhead_a_document_sites_attribute_table_names_the_issuer():
    got = extract_text("Cơ quan ban hành: Kho bạc Nhà nước Đồng Nai Người ký: Trần Văn A\n"
                       "Ngày ban hành: 03/04/2019\n" + MOTTO + "Số: 5/TB-KBĐN\nĐồng Nai, ngày 3 tháng 4 năm 2019\n"
                       "THÔNG BÁO\nVề lịch giao dịch\nKho bạc thông báo lịch giao dịch.\n")
    assert got["issuer"] == "Kho bạc Nhà nước Đồng Nai"


def test_without_a_letterhead_or_number_a_body_naming_itself_is_the_issuer():
    got = extract_text(MOTTO + "Tân Lập, ngày 3 tháng 4 năm 2021\nTHÔNG BÁO\nVề lịch tiếp công dân\n\n"
                       "Thực hiện chỉ đạo của huyện.\nỦy ban nhân dân xã Tân Lập thông báo như sau:\n"
                       "1. Tạm dừng tiếp công dân.\n")
    assert got["issuer"] == "UBND xã Tân Lập"
    got = extract_text(MOTTO + "Tân Lập, ngày 3 tháng 4 năm 2021\nTHÔNG BÁO\nVề lịch tiếp công dân\n\n"
                       "Sở đã nhận được văn bản đề nghị của xã.\n")
    assert got["issuer"] is None  # a sentence about 'Sở' that names no body


def test_a_district_place_line_gives_a_committee_its_level_when_the_text_names_it():
    got = extract_text(MOTTO + "Số: 198/BC-UBND\nMường Khương, ngày 3 tháng 4 năm 2012\nBÁO CÁO\n"
                       "Kết quả sáu tháng đầu năm\n\nNăm 2012 huyện Mường Khương đạt nhiều kết quả.\n")
    assert got["issuer"] == "UBND huyện Mường Khương"


# -- OCR of a scan ----------------------------------------------------------------------------------

def test_an_ocr_doubled_dash_in_the_motto_leaves_the_issuers_cell_beside_it_readable():
    got = extract_text("BỘ QUỐC PHÒNG  CỘNG  HÒA XÃ HỘI CHỦ NGHĨA  VIỆT NAM\n"
                       "HỌC VIỆN HẬU CẦN Độc lập —- Tự do - Hạnh phúc\n"
                       "Số: 12/KH-HVHC Hà Nội, ngày 3 tháng 4 năm 2024\nKẾ HOẠCH\nTổ chức thi cuối kỳ\n")
    assert (got["issuer"], got["issuer_parent"]) == ("Học viện Hậu cần", "Bộ Quốc phòng")


def test_a_type_code_whose_last_letter_ocr_read_twice_is_read_once():
    got = extract_text("BỘ QUỐC PHÒNG\nHỌC VIỆN HẬU CẦN\n" + MOTTO + "Số: 12/QĐĐ-HVHC\n"
                       "Hà Nội, ngày 3 tháng 4 năm 2024\nQUYẾT ĐỊNH\nVề thi cuối kỳ\n")
    assert got["number"] == "12/QĐ-HVHC"


# -- a scan as it reaches the registry: the incoming stamp over the header, the handling slip first --

SLIP = ("PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN\nSố: 88/ST-VP ngày 9 tháng 5 năm 2025\n"
        "1. Ý kiến của lãnh đạo cơ quan\n- Giao đơn vị chủ trì: Phòng Tổng hợp\n"
        "- Ngày 10 tháng 05 năm 2025 cho ý kiến phân phối, giải quyết\n\n")


def test_a_handling_slip_scanned_before_the_letter_is_skipped():
    got = extract_text(SLIP + "UBND TỈNH AN GIANG\nSỞ Y TẾ\n" + MOTTO + "Số: 31/SYT-NV\nV/v tiêm chủng mở rộng\n"
                       "An Giang, ngày 2 tháng 5 năm 2025\nKính gửi: các trung tâm y tế\n")
    assert (got["number"], got["issued_date"], got["issuer"]) == ("31/SYT-NV", "2025-05-02", "Sở Y tế")
    got = extract_text(SLIP + "Số: 31/BC-UBND\nAn Giang, ngày 2 tháng 5 năm 2025\nBÁO CÁO\n"
                       "Kết quả tiêm chủng mở rộng\nKính gửi: Bộ Y tế\n")  # a letter without its letterhead
    assert (got["number"], got["issued_date"], got["issuer"]) == ("31/BC-UBND", "2025-05-02", "UBND tỉnh An Giang")


def test_an_incoming_stamp_read_between_the_date_and_the_title_is_no_part_of_the_header():
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n" + MOTTO + "Số: 31/KH-UBND\nAn Giang, ngày 2 tháng 5 năm 2025\n"
                       "SỞ NỘI VỤ\nSố: 412\nĐẾN Ngày: 5/5/2025\nChuyển:\n\n"
                       "PHÒNG CHỐNG THIÊN TAI NĂM 2025\nThực hiện Luật Phòng, chống thiên tai;\n")
    assert got["subject"].upper() == "PHÒNG CHỐNG THIÊN TAI NĂM 2025"
    assert got["stamp"] == {"receiver": "Sở Nội vụ", "incoming_number": 412, "received_date": "2025-05-05"}


def test_a_subject_starting_ve_after_blank_lines_is_read_from_its_own_line():
    got = extract_text("SỞ Y TẾ\n" + MOTTO + "Số: 31/SYT-NV\nAn Giang, ngày 2 tháng 5 năm 2025\n\n\n"
                       "Về cho học sinh nghỉ học\n\nKính gửi: các trường\n")
    assert got["subject"] == "Về cho học sinh nghỉ học"


def test_letterhead_names_ocr_misspelt_are_spelt_back_from_the_known_names():
    got = extract_text("ỦY BAN NHÂN DÂN\nTHÀNH PHÓ HÒ CHÍ MINH\nSỞ Y TÉ\n" + MOTTO + "Số: 31/SYT-NV\n"
                       "V/v tiêm chủng\nThành phố Hồ Chí Minh, ngày 2 tháng 5 năm 2025\nKính gửi: các bệnh viện\n")
    assert (got["issuer"], got["issuer_parent"]) == ("Sở Y tế", "UBND thành phố Hồ Chí Minh")
    got = extract_text("HỘI ĐÒNG NHÂN DÂN\nTỈNH LÂM ĐÒNG\n" + MOTTO + "Số: 5/NQ-HĐND\n"
                       "Lâm Đồng, ngày 2 tháng 5 năm 2025\nNGHỊ QUYẾT\nVề giá đất\n")
    assert got["issuer"] == "HĐND tỉnh Lâm Đồng"


def test_the_youth_unions_name_in_the_mottos_place_is_read_as_ocr_garbles_it():
    got = extract_text("BAN CHẤP HÀNH TRUNG ƯƠNG        ĐOÀN TNCS HÒ CHÍ MINH\n\nSố: 12-KH/TWĐTN-VP        "
                       "Hà Nội, ngày 2 tháng 5 năm 2024\nKẾ HOẠCH\nTổ chức tháng thanh niên\n")
    assert got["issuer"].casefold() == "ban chấp hành trung ương đoàn tncs hồ chí minh"


def test_without_a_letterhead_the_head_of_a_body_issuing_in_a_sentence_names_it():
    got = extract_text(MOTTO + "Số: 4/QĐ-CHK\nHà Nội, ngày 3 tháng 4 năm 2019\nQUYẾT ĐỊNH\nVỀ GIỜ BAY\n"
                       "Căn cứ Luật Hàng không dân dụng;\nTheo đề nghị của Trưởng phòng Quản lý bay;\n"
                       "Cục trưởng Cục Hàng không Việt Nam ban hành Quyết định về giờ bay.\n")
    assert got["issuer"] == "Cục Hàng không Việt Nam"


def test_a_stamp_ocr_read_on_the_number_line_takes_only_its_own_text_out():
    got = extract_text("UBND TỈNH AN GIANG\nSỞ Y TẾ\n" + MOTTO + "Số: 31/SYT-NV        ĐẾN Số: 412 Ngày: 5/5/2025\n"
                       "Chuyển:\nV/v tiêm chủng mở rộng\nAn Giang, ngày 2 tháng 5 năm 2025\nKính gửi: các trung tâm\n")
    assert (got["number"], got["issuer"], got["subject"]) == ("31/SYT-NV", "Sở Y tế", "tiêm chủng mở rộng")
    assert got["stamp"]["incoming_number"] == 412
