"""General rules added in the session of 2026-12-05 (afternoon, second), each on a short made-up snippet (never a
copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"


def test_a_copy_without_its_letterhead_takes_the_body_whose_initials_spell_the_code():
    # a portal kept the right-hand column only; the code 'BVĐK' is no body the reader knows by heart
    got = extract_text(_MOTTO + "Số: 215/TB-BVĐK-KHTH\n\nLong An, ngày 04 tháng 3 năm 2024\n\nTHÔNG BÁO\n"
                       "Lịch khám sức khỏe định kỳ năm 2024\n\n"
                       "Căn cứ kế hoạch công tác năm 2024 của Bệnh viện Đa khoa Long An đã được phê duyệt,\n"
                       "theo đó lịch khám sức khỏe định kỳ cho cán bộ như sau: từ ngày 10/3/2024.\n")
    assert got["issuer"] == "Bệnh viện Đa khoa Long An"


def test_the_initials_may_leave_out_the_schools_head_and_skip_and():
    got = extract_text(_MOTTO + "Số: 77/ĐHKT-ĐT\n\nHà Nội, ngày 02 tháng 5 năm 2023\n\n"
                       "V/v lịch thi học kỳ II\n\nKính gửi: Các khoa, bộ môn\n\n"
                       "Để chuẩn bị kỳ thi, Trường Đại học Kinh tế đề nghị các đơn vị thực hiện lịch thi\n"
                       "của Phòng Đào tạo và Khảo thí như sau.\n")
    assert got["issuer"] == "Trường Đại học Kinh tế"
    got = extract_text(_MOTTO + "Số: 31/PTNMT-QLĐĐ\n\nCần Giờ, ngày 02 tháng 5 năm 2023\n\n"
                       "V/v rà soát hồ sơ đất đai\n\nKính gửi: Ủy ban nhân dân các xã\n\n"
                       "Phòng Tài nguyên và Môi trường huyện Cần Giờ đề nghị Ủy ban nhân dân các xã rà soát\n"
                       "hồ sơ.\n")
    assert got["issuer"] == "Phòng Tài nguyên và Môi trường huyện Cần Giờ"


def test_initials_running_out_inside_a_longer_name_or_naming_a_head_alone_name_nobody():
    # 'ĐHQG' is not 'Đại học Quốc gia Hà Nội'; 'BHXH' alone is not the issuer's own name
    got = extract_text(_MOTTO + "Số: 12/ĐHQG-ĐT\n\nHà Nội, ngày 02 tháng 5 năm 2023\n\nV/v lịch thi\n\n"
                       "Kính gửi: Các đơn vị\n\nĐại học Quốc gia Hà Nội đã nhận được đề nghị của các đơn vị.\n")
    assert got["issuer"] == "Đại học Quốc gia Hà Nội"


def test_initials_naming_only_a_kind_of_body_pick_no_body_the_letter_mentions():
    got = extract_text(_MOTTO + "Số: 45/BQL-KH\n\nHà Nội, ngày 02 tháng 5 năm 2023\n\nV/v bàn giao mặt bằng\n\n"
                       "Kính gửi: Ủy ban nhân dân các xã\n\n"
                       "Phối hợp với Ban quản lý Dự án Giao thông bàn giao mặt bằng.\n")
    assert not (got["issuer"] or "").startswith("Ban quản lý Dự")


def _unheaded(date_line: str, body: str) -> dict:
    return extract_text(_MOTTO + date_line + "\n\nKính gửi: Các đơn vị trực thuộc\n\n" + body)


def test_a_body_naming_itself_may_end_its_name_in_lower_case():
    got = _unheaded("Hà Nội, ngày 12 tháng 6 năm 2024",
                    "Sau khi xem xét hồ sơ của Công ty, Cục Thủy sản có ý kiến như sau:\n1. Đồng ý về nguyên tắc.\n")
    assert got["issuer"] == "Cục Thủy sản"


def test_a_sentences_word_is_never_taken_for_the_end_of_a_name():
    got = _unheaded("Hà Nội, ngày 12 tháng 6 năm 2024",
                    "Ngày 02/6/2024, Cục Thuế đã đề nghị các đơn vị rà soát hồ sơ.\n")
    assert got["issuer"] != "Cục Thuế đã"


def test_a_short_name_wrapped_under_the_name_and_the_verbs_chi_dao_and_xin_thong_bao():
    got = _unheaded("Hà Nam, ngày 12 tháng 6 năm 2024",
                    "Thực hiện Công văn số 12/UBND-VX ngày 02/6/2024 của UBND tỉnh, Sở Nội vụ\n"
                    "(SNV) chỉ đạo một số nội dung sau:\n")
    assert got["issuer"] == "Sở Nội vụ"
    got = _unheaded("Hà Nội, ngày 12 tháng 6 năm 2024", "Văn phòng Quốc hội xin thông báo để các cơ quan biết.\n")
    assert got["issuer"] == "Văn phòng Quốc hội"


def test_a_committee_naming_only_its_level_takes_the_place_of_the_date_line():
    got = _unheaded("Đà Nẵng, ngày 12 tháng 6 năm 2024",
                    "Thực hiện Kế hoạch của Bộ Y tế;\n\nỦy ban nhân dân Thành phố chỉ đạo như sau:\n1. Giao Sở Y tế.\n")
    assert got["issuer"] == "UBND thành phố Đà Nẵng"


def test_a_letter_that_names_its_issuer_nowhere_above_the_signature_takes_the_body_it_signs_for():
    got = _unheaded("Bình Minh, ngày 12 tháng 6 năm 2024",
                    "Đề nghị các thôn rà soát danh sách hộ nghèo năm 2024 và gửi về trước ngày 20/6/2024.\n\n"
                    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
                    "Nguyễn Văn An\n\nCác thôn thuộc xã Bình Minh thực hiện.\n")
    assert got["issuer"] == "UBND xã Bình Minh"
    got = _unheaded("Cần Thơ, ngày 12 tháng 6 năm 2024",
                    "Đề nghị các quận, huyện báo cáo kết quả tuyên truyền trước ngày 20/6/2024.\n\n"
                    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. BAN DÂN VẬN\nTRƯỞNG BAN\n\nTrần Thị Bình\n")
    assert got["issuer"] == "Ban Dân vận"


def test_a_site_title_above_a_copy_that_lost_its_number_line_gives_the_number():
    got = extract_text("Công văn 1234/SYT-NVY 2023 Bình Dương tăng cường phòng chống sốt xuất huyết\n\n"
                       "Thuộc tính Nội dung Tải về\n" + _MOTTO + "Bình Dương, ngày 12 tháng 6 năm 2023\n\n"
                       "Kính gửi: Các bệnh viện trên địa bàn tỉnh\n\nĐể chủ động phòng chống sốt xuất huyết, "
                       "đề nghị các đơn vị thực hiện tốt các nội dung sau.\n")
    assert got["number"] == "1234/SYT-NVY"


def test_a_decision_whose_authority_line_ran_into_its_header_has_no_subject_not_its_issuer():
    for authority in ("ỦY BAN NHÂN DÂN TỈNH HÀ NAM", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM", "ỦY BAN NHÂN DÂN TỈNH"):
        got = extract_text("ỦY BAN NHÂN DÂN TỈNH HÀ NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Số: 88/QĐ-UBND | "
                           f"Hà Nam, ngày 02 tháng 3 năm 2022 | {authority}\n"
                           "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
                           "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt danh sách.\n")
        assert got["issuer"] == "UBND tỉnh Hà Nam"
        assert got["subject"] is None, authority


def test_a_ve_viec_subject_run_into_one_line_beside_the_number_or_the_date_is_read():
    got = extract_text("SỞ Y TẾ TỈNH HÀ NAM Số: 321/SYT-NVY Về việc tăng cường phòng chống dịch sốt xuất huyết năm 2023 "
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nam, ngày 07 tháng 4 năm 2023\n"
                       "Kính gửi: Các bệnh viện\nThực hiện Kế hoạch của Bộ Y tế.\n")
    assert got["subject"] == "tăng cường phòng chống dịch sốt xuất huyết năm 2023"
    got = extract_text("SỞ Y TẾ TỈNH HÀ NAM Số: 321/SYT-NVY | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
                       "Hạnh phúc Hà Nam, ngày 07 tháng 4 năm 2023 | Về việc tăng cường phòng chống dịch | |\n"
                       "Kính gửi: Các bệnh viện\nThực hiện Kế hoạch của Bộ Y tế.\n")
    assert got["subject"] == "tăng cường phòng chống dịch"


def test_an_urgency_mark_printed_beside_the_header_is_no_part_of_the_subject():
    got = extract_text("SỞ Y TẾ TỈNH HÀ NAM\nSố: 321/SYT-NVY\nV/v phòng chống dịch sốt xuất huyết KHẨN\n"
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nam, ngày 07 tháng 4 năm 2023\n"
                       "Kính gửi: Các bệnh viện\nThực hiện Kế hoạch của Bộ Y tế.\n")
    assert got["subject"] == "phòng chống dịch sốt xuất huyết"


def test_a_joint_circular_without_its_letterheads_is_issued_by_every_body_its_code_names():
    got = extract_text(_MOTTO + "Số: 12/2015/TTLT-BYT-BTC\n\nHà Nội, ngày 02 tháng 3 năm 2015\n\nTHÔNG TƯ LIÊN TỊCH\n"
                       "Hướng dẫn thanh toán chi phí khám bệnh\n\nCăn cứ Luật Bảo hiểm y tế;\n")
    assert got["issuer"] == "Bộ Y tế - Bộ Tài chính"
    # a ministry's department after its code is no second issuer
    got = extract_text(_MOTTO + "Số: 12/BYT-KHTC\n\nHà Nội, ngày 02 tháng 3 năm 2015\n\nV/v thanh toán chi phí\n\n"
                       "Kính gửi: Các bệnh viện\n\nBộ Y tế đề nghị các đơn vị thực hiện.\n")
    assert got["issuer"] == "Bộ Y tế"


def test_a_body_naming_itself_whose_verb_a_copy_wrapped_is_read():
    got = _unheaded("Hà Nội, ngày 05 tháng 01 năm 2005",
                    "Thi hành Nghị định số 204/2004/NĐ-CP của Chính phủ; sau khi trao đổi với các Bộ, Bộ Công Thương hướng\n"
                    "dẫn thực hiện chế độ nâng bậc lương như sau:\n")
    assert got["issuer"] == "Bộ Công Thương"


def test_an_authority_line_over_a_basis_marked_with_two_dashes_names_the_issuer():
    got = extract_text(_MOTTO + "Long An, ngày 05 tháng 01 năm 2015\n\nQUYẾT ĐỊNH\nVề việc trợ cấp hằng tháng\n\n"
                       "GIÁM ĐỐC SỞ NỘI VỤ\n\n- - Căn cứ Nghị định số 54/2006/NĐ-CP;\n\nQUYẾT ĐỊNH:\n")
    assert got["issuer"] == "Sở Nội vụ"


_HEADED = ("{parent}\n{issuer}\n-------\n" + _MOTTO + "Số: 125/{code}\nV/v báo cáo công tác năm 2024\n"
           "Ninh Bình, ngày 12 tháng 11 năm 2024\n\nKính gửi: Ủy ban nhân dân tỉnh Ninh Bình\n\n"
           "Thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2024 của UBND tỉnh, đơn vị báo cáo như sau.\n")


def test_public_service_units_and_forces_head_a_letterhead_of_their_own():
    for parent, issuer, code, want_issuer, want_parent in [
            ("UBND TỈNH NINH BÌNH", "VƯỜN QUỐC GIA CÚC PHƯƠNG", "VQG-KH", "Vườn quốc gia Cúc Phương", "UBND tỉnh Ninh Bình"),
            ("BỘ XÂY DỰNG", "CẢNG VỤ HÀNG HẢI NINH BÌNH", "CVHH-PC", "Cảng vụ Hàng hải Ninh Bình", "Bộ Xây dựng"),
            ("BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG", "ĐỒN BIÊN PHÒNG CỬA KHẨU", "ĐBP", "Đồn biên phòng Cửa khẩu",
             "Bộ tư lệnh Bộ đội biên phòng"),
            ("SỞ VĂN HÓA VÀ THỂ THAO", "THƯ VIỆN TỈNH", "TV", "Thư viện tỉnh", "Sở Văn hóa và Thể thao"),
            ("UBND HUYỆN NHO QUAN", "HỢP TÁC XÃ NÔNG NGHIỆP XÍCH THỔ", "HTX", "Hợp tác xã Nông nghiệp Xích Thổ",
             "UBND huyện Nho Quan"),
            ("TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM", "BƯU ĐIỆN TỈNH NINH BÌNH", "BĐNB", "Bưu điện tỉnh Ninh Bình",
             "Tổng công ty Bưu điện Việt Nam"),
            ("BỘ QUỐC PHÒNG", "QUÂN KHU 3", "QK-TM", "Quân khu 3", "Bộ Quốc phòng"),
            ("CỤC THUẾ", "THUẾ TỈNH NINH BÌNH", "NBI-QLDN", "Thuế tỉnh Ninh Bình", "Cục Thuế"),
            ("CỤC THỐNG KÊ", "THỐNG KÊ TỈNH NINH BÌNH", "TKNB", "Thống kê tỉnh Ninh Bình", "Cục Thống kê")]:
        got = extract_text(_HEADED.format(parent=parent, issuer=issuer, code=code))
        assert (got["issuer"].casefold(), got["issuer_parent"].casefold()) == \
            (want_issuer.casefold(), want_parent.casefold()), issuer


def test_a_roman_numeral_in_a_bodys_name_keeps_its_capitals():
    got = extract_text(_HEADED.format(parent="KHO BẠC NHÀ NƯỚC", issuer="KHO BẠC NHÀ NƯỚC KHU VỰC VI", code="KBKV6"))
    assert got["issuer"] == "Kho bạc Nhà nước khu vực VI"


def test_a_leave_permit_titled_as_its_type_has_its_own_subject_and_a_project_boards_name_stays_whole():
    got = extract_text("UBND TỈNH NINH BÌNH\nSỞ Y TẾ\n" + _MOTTO + "Số: 12/GNP-SYT\nNinh Bình, ngày 12 tháng 11 năm 2024\n\n"
                       "GIẤY NGHỈ PHÉP\nVề việc nghỉ phép năm 2024 của viên chức\n\nGiám đốc Sở Y tế cho phép bà Nguyễn Thị A.\n")
    assert got["doc_type"] == "Giấy nghỉ phép" and got["subject"].endswith("nghỉ phép năm 2024 của viên chức")
    got = extract_text("UBND HUYỆN NHO QUAN\nBAN QUẢN LÝ\nDỰ ÁN ĐẦU TƯ XÂY DỰNG\n" + _MOTTO + "Số: 125/BQLDA\n"
                       "V/v bàn giao mặt bằng\nNho Quan, ngày 12 tháng 11 năm 2024\n\nKính gửi: UBND các xã\n\nĐề nghị thực hiện.\n")
    assert got["issuer"].casefold() == "ban quản lý dự án đầu tư xây dựng"


def test_a_date_line_with_a_comma_before_its_year_dates_the_letter():
    got = extract_text(_HEADED.format(parent="UBND TỈNH NINH BÌNH", issuer="SỞ Y TẾ", code="SYT-NVY").replace(
        "Ninh Bình, ngày 12 tháng 11 năm 2024", "Ninh Bình, ngày 12 tháng 11, năm 2024"))
    assert got["issued_date"] == "2024-11-12"


def test_a_reports_period_under_its_title_is_no_part_of_the_subject():
    got = extract_text("UBND TỈNH NINH BÌNH\nSỞ Y TẾ\n" + _MOTTO + "Số: 12/BC-SYT\nNinh Bình, ngày 12 tháng 11 năm 2024\n\n"
                       "BÁO CÁO\nKết quả công tác tiêm chủng mở rộng năm 2024\n(Từ ngày 01/01/2024 đến ngày 31/10/2024)\n\n"
                       "I. KẾT QUẢ ĐẠT ĐƯỢC\n")
    assert got["subject"] == "Kết quả công tác tiêm chủng mở rộng năm 2024"


def test_a_standing_committee_named_under_its_council_is_the_issuer():
    got = extract_text("HỘI ĐỒNG NHÂN DÂN\nTỈNH NINH BÌNH\nTHƯỜNG TRỰC\n" + _MOTTO + "Số: 12/TB-HĐND\n"
                       "Ninh Bình, ngày 12 tháng 11 năm 2024\n\nTHÔNG BÁO\nKết luận phiên họp tháng 11 năm 2024\n\n"
                       "Ngày 10/11/2024, Thường trực HĐND tỉnh họp.\n")
    assert got["issuer"] == "Thường trực HĐND tỉnh Ninh Bình"


def test_the_2025_special_zones_and_the_ethnic_and_religious_affairs_sector_are_named_as_written():
    got = extract_text(_HEADED.format(parent="UBND TỈNH AN GIANG", issuer="UBND ĐẶC KHU PHÚ QUỐC", code="UBND-VP"))
    assert (got["issuer"], got["issuer_parent"]) == ("UBND đặc khu Phú Quốc", "UBND tỉnh An Giang")
    got = extract_text(_HEADED.format(parent="UBND TỈNH AN GIANG", issuer="SỞ DÂN TỘC VÀ TÔN GIÁO", code="SDTTG-VP"))
    assert got["issuer"] == "Sở Dân tộc và Tôn giáo"


def test_a_signers_title_naming_a_body_gives_the_issuer_but_a_bare_role_does_not():
    body = ("Đề nghị các đơn vị cử cán bộ tham gia tập huấn trước ngày 20/11/2024.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n{sig}\n\nNguyễn Văn An\n")
    for sig, want in [("KT. GIÁM ĐỐC SỞ Y TẾ\nPHÓ GIÁM ĐỐC", "Sở Y tế"), ("CHỦ TỊCH UBND TỈNH", "UBND tỉnh Ninh Bình"),
                      ("HIỆU TRƯỞNG TRƯỜNG THPT GIA VIỄN", "Trường THPT Gia Viễn"), ("BỘ TRƯỞNG", None),
                      ("TM. BAN THƯỜNG VỤ\nBÍ THƯ", None)]:
        got = _unheaded("Ninh Bình, ngày 12 tháng 11 năm 2024", body.format(sig=sig))
        assert got["issuer"] == want, sig


def test_a_deadline_after_hạn_cuối_and_a_colon_is_read():
    got = _unheaded("Ninh Bình, ngày 12 tháng 11 năm 2024", "Các đơn vị gửi báo cáo về Sở Y tế. Hạn cuối: ngày 30/11/2024.\n")
    assert [d["date"] for d in got["deadlines"]] == ["2024-11-30"]


def test_the_2025_departments_codes_name_them_when_the_letterhead_is_lost():
    got = _unheaded("Ninh Bình, ngày 12 tháng 11 năm 2025", "Đề nghị các đơn vị thực hiện.\n")
    assert got["issuer"] is None
    got = extract_text(_MOTTO + "Số: 125/SNNMT-KH\nNinh Bình, ngày 12 tháng 11 năm 2025\n\nV/v kế hoạch năm 2026\n\n"
                       "Kính gửi: Các phòng\n\nĐề nghị các đơn vị thực hiện.\n")
    assert (got["issuer"], got["issuer_parent"]) == ("Sở Nông nghiệp và Môi trường", "UBND tỉnh Ninh Bình")


def test_a_number_alone_on_a_header_line_whose_label_was_lost_is_the_letters_own():
    got = extract_text("UBND TỈNH NINH BÌNH\nSỞ Y TẾ\n" + _MOTTO + "125/SYT-NVY\nV/v cử cán bộ tham gia tập huấn\n"
                       "Ninh Bình, ngày 12 tháng 11 năm 2024\n\nKính gửi: Các bệnh viện\n\nĐề nghị thực hiện.\n")
    assert got["number"] == "125/SYT-NVY"
    # a code that neither has a type nor names a known body is no number of the letter
    got = extract_text("UBND TỈNH NINH BÌNH\nSỞ Y TẾ\n" + _MOTTO + "125/XYZ\nV/v cử cán bộ tham gia tập huấn\n"
                       "Ninh Bình, ngày 12 tháng 11 năm 2024\n\nKính gửi: Các bệnh viện\n\nĐề nghị thực hiện.\n")
    assert got["number"] is None


def test_a_title_in_capitals_stops_at_a_department_heads_authority_line():
    for auth in ("TRƯỞNG BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "TRƯỞNG PHÒNG NỘI VỤ HUYỆN GIA VIỄN"):
        got = extract_text("UBND HUYỆN GIA VIỄN\nPHÒNG NỘI VỤ\n" + _MOTTO + "Số: 125/QĐ-PNV\nGia Viễn, ngày 12 tháng 11 năm 2024\n\n"
                           f"QUYẾT ĐỊNH\nVỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC TRIỂN KHAI ĐỀ ÁN 06\n{auth}\n\n"
                           "Căn cứ Luật Tổ chức chính quyền địa phương;\n")
        assert got["subject"].casefold() == "về việc thành lập tổ công tác triển khai đề án 06", auth


def test_a_subject_run_into_the_date_line_keeps_the_province_it_ends_with():
    for place in ("Hà Nội", "Thành phố Hồ Chí Minh"):
        got = extract_text("BỘ Y TẾ Số: 12/BYT-KCB V/v đầu tư bệnh viện đa khoa tỉnh Thanh Hóa "
                           f"{place}, ngày 07 tháng 4 năm 2023 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                           "Kính gửi: Ủy ban nhân dân tỉnh Thanh Hóa\nThực hiện Kế hoạch của Bộ Y tế.\n")
        assert got["subject"] == "đầu tư bệnh viện đa khoa tỉnh Thanh Hóa", place


def test_a_date_lines_place_whose_last_word_is_itself_a_place_stays_whole():
    # 'Thừa Thiên Huế': its last word names a city too, but the place is the whole run
    got = extract_text("UBND TỈNH THỪA THIÊN HUẾ Số: 12/UBND-VX V/v đầu tư bệnh viện đa khoa "
                       "Thừa Thiên Huế, ngày 07 tháng 4 năm 2023 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Kính gửi: Sở Y tế\nThực hiện Kế hoạch.\n")
    assert got["subject"] == "đầu tư bệnh viện đa khoa"
