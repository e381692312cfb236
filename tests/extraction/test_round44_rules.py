"""General rules added in the session of 2026-12-07 (day), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
from engine.extraction import extract_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_a_ministers_authority_line_under_a_gazette_title_names_the_ministry():
    """A copy kept from the gazette title down, with no letterhead: 'BỘ TRƯỞNG BỘ XÂY DỰNG' standing above
    'Căn cứ' is the minister deciding for the ministry, which is the issuer."""
    got = extract_text(
        "QUYẾT ĐỊNH\n\nCỦA BỘ TRƯỞNG BỘ XÂY DỰNG\nSỐ 15/2007/QĐ-BXD NGÀY 12 THÁNG 3 NĂM 2007 BAN HÀNH\n"
        "QUY CHUẨN KỸ THUẬT VỀ NHÀ Ở\n\nBỘ TRƯỞNG BỘ XÂY DỰNG\n\n"
        "Căn cứ Nghị định số 36/2003/NĐ-CP ngày 04/4/2003 của Chính phủ;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành.\n")
    assert (got["doc_type"], got["number"], got["issuer"]) == ("Quyết định", "15/2007/QĐ-BXD", "Bộ Xây dựng")


def test_a_letterhead_naming_the_head_itself_stays_the_issuer():
    """'CHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG' above the number is a letterhead: the head issues in its own name."""
    got = extract_text(
        "CHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG\nSố: 81/CT\n" + _MOTTO + "Hà Nội, ngày 14 tháng 3 năm 1989\n\n"
        "QUYẾT ĐỊNH\n\nVỀ VIỆC GIAO CHỈ TIÊU THU MUA LƯƠNG THỰC\n\nCHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG\n\n"
        "Căn cứ Luật Tổ chức Hội đồng Bộ trưởng ngày 4 tháng 7 năm 1981;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Giao.\n")
    assert got["issuer"] == "Chủ tịch Hội đồng Bộ trưởng"


def test_a_post_names_its_attached_file_under_the_title_and_the_subject_stops_there():
    """A portal's post: the letter's title line, then the attached file's name alone on its line."""
    got = extract_text(
        "1234/BTC-NSNN\n\nCông văn V/v hướng dẫn lập dự toán ngân sách nhà nước năm 2016\n\n"
        "20150712093011.pdf\n\nKính gửi: Ủy ban nhân dân các tỉnh\n\nBộ Tài chính hướng dẫn như sau.\n")
    assert got["subject"] == "hướng dẫn lập dự toán ngân sách nhà nước năm 2016"


def test_an_addressed_letter_that_reports_a_decision_is_not_a_relay_of_it():
    """A copy kept from 'Kính gửi' down: its first sentence tells of the Prime Minister's decision it carries
    out. That is a citation; the letter is the ministry's own, named where it speaks for itself."""
    got = extract_text(
        "Kính gửi:\n- Các bộ, cơ quan ngang bộ;\n- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\n\n"
        "Ngày 15/4/2021, Thủ tướng Chính phủ đã ban hành Quyết định số 512/QĐ-TTg phê duyệt Đề án phát triển "
        "nguồn nhân lực. Bộ Lao động - Thương binh và Xã hội trân trọng đề nghị Quý Cơ quan triển khai ngay "
        "các nhiệm vụ được giao.\n")
    assert (got["doc_type"], got["number"], got["issuer"]) == \
        ("Công văn", None, "Bộ Lao động - Thương binh và Xã hội")
    assert "512/QĐ-TTg" in got["references"]


def test_ocr_reading_v_v_as_v_y_still_opens_the_subject():
    """Another engine's OCR of a tax office's letter: 'V/v' read 'V/y', a speck of the line above before it."""
    got = extract_text(
        "TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ TỈNH NAM ĐỊNH Độc lập - Tự do - Hạnh phúc\n"
        "Số: 812/CT-TTHT Nam Định, ngày 14 tháng 5 năm 2019\n\n‘V/y chính sách thuế thu nhập doanh nghiệp\n\n"
        "Kính gửi: Công ty TNHH Minh Phát\n\nCục Thuế tỉnh Nam Định nhận được công văn của Công ty.\n")
    assert got["subject"] == "chính sách thuế thu nhập doanh nghiệp"


def test_a_subject_labelled_vv_with_a_colon_in_the_letterhead_cell():
    """'Vv: …' under the ministry's name, before the motto: the subject's label typed without its slash."""
    got = extract_text(
        "BỘ Y TẾ\n--------\nVv: Hướng dẫn tiêm chủng mở rộng năm 2016\n" + _MOTTO + "---------------\n"
        "Hà Nội, ngày 12 tháng 10 năm 2015\n\nKính gửi: Sở Y tế các tỉnh, thành phố\n\nBộ Y tế hướng dẫn như sau.\n")
    assert got["subject"] == "Hướng dẫn tiêm chủng mở rộng năm 2016"


def test_ocr_reading_so_as_8e_with_a_speck_still_gives_the_number():
    """Another engine's OCR of a letterhead: 'Số:' read '8é:' and a speck after its colon."""
    got = extract_text(
        "BỘ TÀI CHÍNH ; CONG HOA XA HOI CHU NGHIA VIET NAM\nTONG CUC THUE Độc lập - Tự do - Hanh phúc\n"
        "8é:.4127 /TCT - CS Hà Nội, ngày 15 tháng 9 năm 2020\n\nV/v: Chính sách thuế\nKính gửi: Cục Thuế tỉnh Bình Dương\n")
    assert got["number"] == "4127/TCT-CS"


def test_an_organ_named_above_the_body_it_belongs_to_issues_with_its_name():
    """'HỘI ĐỒNG THẨM PHÁN' over 'TÒA ÁN NHÂN DÂN TỐI CAO': the court's council of judges issues, not the court;
    its authority line under the title is then no part of the subject."""
    got = extract_text(
        "HỘI ĐỒNG THẨM PHÁN\nTÒA ÁN NHÂN DÂN TỐI CAO\n-------\n" + _MOTTO + "---------------\n"
        "Số: 03/2018/NQ-HĐTP\nHà Nội, ngày 15 tháng 5 năm 2018\n\nNGHỊ QUYẾT\n"
        "HƯỚNG DẪN ÁP DỤNG MỘT SỐ QUY ĐỊNH VỀ THỜI HIỆU\nHỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO\n"
        "Căn cứ Luật Tổ chức Tòa án nhân dân ngày 24 tháng 11 năm 2014;\n")
    assert got["issuer"] == "Hội đồng Thẩm phán Tòa án nhân dân tối cao"
    assert got["subject"].lower() == "hướng dẫn áp dụng một số quy định về thời hiệu"


def test_a_resolution_without_its_date_line_is_dated_the_day_its_council_passed_it():
    """A council's resolution copied from its title down: its closing says the day it was passed."""
    got = extract_text(
        "NGHỊ QUYẾT\nVỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2019\nHỘI ĐỒNG NHÂN DÂN TỈNH LONG AN\nKHÓA IX - KỲ HỌP THỨ BẢY\n"
        "Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT NGHỊ:\nĐiều 1. Thông qua kế hoạch.\n"
        "Nghị quyết này đã được Hội đồng nhân dân tỉnh Long An khóa IX, kỳ họp thứ bảy thông qua ngày 07 tháng\n"
        "12 năm 2018 và có hiệu lực kể từ ngày thông qua./.\n")
    assert got["issued_date"] == "2018-12-07"


def test_ocr_tilde_for_a_dash_and_a_misread_day_beside_the_subject():
    """Another engine's OCR of a ministry's letter: its name's dash read '~', and the date line run onto the
    subject's line with its hand-filled day misread ('ngày đŠ tháng 4'): the name is whole, the subject stops."""
    got = extract_text(
        "BỘ LAO ĐỘNG ~ THƯƠNG BINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVÀ XÃ HỘI Độc lập — Tự do — Hạnh phúc\n\n"
        "Số: 845/LĐTBXH-BHXH\n\nV/v chế độ thai sản Hà Nội, ngày đŠ tháng 3 năm 2016\n\nKính gửi: Sở Lao động tỉnh Nam Định\n")
    assert (got["issuer"], got["subject"]) == ("Bộ Lao động - Thương binh và Xã hội", "chế độ thai sản")


def test_a_department_whose_line_was_lost_under_its_ministrys_is_named_by_its_code_and_its_letter():
    """The ministry's cell alone, cut short ('BỘ THÔNG TIN VÀ'), over 'Số: 1520/CBC-TTĐT': the department the
    code's initials spell, as the letter names it ('Cục Báo chí thông báo …'), issues under its ministry."""
    got = extract_text(
        "BỘ THÔNG TIN VÀ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1520/CBC-TTĐT | Hà Nội, ngày 12 tháng 07 năm 2012 |\n"
        "Kính gửi: Các cơ quan báo chí\nCục Báo chí thông báo để các cơ quan báo chí thực hiện nghiêm túc.\n")
    assert (got["issuer"], got["issuer_parent"]) == ("Cục Báo chí", "Bộ Thông tin và Truyền thông")


def test_kinh_gui_run_together_by_ocr_still_closes_the_subject_and_opens_the_addressees():
    """Another engine's OCR of a ministry's letter: 'Kính gửi:' read 'Kỉnhgửì:' on its own line under the subject."""
    got = extract_text(
        "BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 5120/BYT-DP Hà Nội, ngày 03 tháng 10 năm 2021\nV/v tiêm vắc xin phòng COVID-19 cho trẻ em\n\n"
        "Kỉnhgửì:\n- Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.\n\nBộ Y tế đề nghị các Sở Y tế triển khai.\n")
    assert got["subject"] == "tiêm vắc xin phòng COVID-19 cho trẻ em"
    assert got["recipients"] == ["Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"]


def test_a_ministrys_name_ocr_spaced_otherwise_is_spelt_as_its_code_names_it():
    """'BỘ LAO ĐỘNG-THƯƠNG BINH' / 'VA XÃ HỘI' (no spaces round the dash, a mark lost) over a code naming it."""
    got = extract_text(
        "BỘ LAO ĐỘNG-THƯƠNG BINH — CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVA XÃ HỘI Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 2210/LĐTBXH-LĐTL Hà Nội, ngày 5 tháng 6 năm 2015\nV/v tiền lương làm thêm giờ\n\nKính gửi: Công ty TNHH An Phát\n")
    assert got["issuer"] == "Bộ Lao động - Thương binh và Xã hội"


def test_a_councils_term_and_session_under_its_name_is_no_part_of_the_issuer():
    """A resolution copied from its title down: 'HỘI ĐỒNG NHÂN DÂN TỈNH X' over 'KHÓA IX - KỲ HỌP THỨ 13'."""
    got = extract_text(
        "NGHỊ QUYẾT\nVỀ CHƯƠNG TRÌNH GIÁM SÁT NĂM 2021\nHỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH\nKHÓA IX - KỲ HỌP THỨ 17\n"
        "Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT NGHỊ:\nĐiều 1. Thông qua.\n")
    assert got["issuer"] == "HĐND tỉnh Trà Vinh"
