"""General rules added after the ninth collection (r9) was measured and spent, each on a short
made-up snippet (never a copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text
from tests.extraction.snippets import MOTTO


def test_a_subject_labelled_ve_with_a_colon():
    got = extract_text("UBND TỈNH AN GIANG\nSỞ Y TẾ\n" + MOTTO + "Số: 286/SYT-NV\nVề: góp ý dự thảo quy chế chuyên môn.\n"
                       "An Giang, ngày 7 tháng 12 năm 2007\nKính gửi: Các bệnh viện\n")
    assert got["subject"].rstrip(".") == "góp ý dự thảo quy chế chuyên môn"


def test_a_news_clause_after_a_comma_names_the_letter():
    got = extract_text("Thực hiện Công văn số 64-CV/TU ngày 28/5/2021 của Thành ủy về việc phòng chống dịch, "
                       "ngày 03/6/2021 vừa qua, UBND thành phố Bà Rịa đã ban hành Công văn số 365/UBND-VP về việc "
                       "tăng cường phòng chống dịch Covid-19.\n")
    assert (got["number"], got["issued_date"]) == ("365/UBND-VP", "2021-06-03")
    assert got["issuer"] == "UBND thành phố Bà Rịa"
    assert got["subject"] == "tăng cường phòng chống dịch Covid-19"


def test_a_title_naming_its_issuer_is_still_the_type_title():
    got = extract_text("UBND TỈNH SÓC TRĂNG\n" + MOTTO + "Sóc Trăng, ngày 12 tháng 12 năm 2005\n"
                       "QUYẾT ĐỊNH CỦA UBND TỈNH SÓC TRĂNG\nV/v phê chuẩn danh sách đơn vị bầu cử\nCăn cứ Luật Bầu cử;\n")
    assert got["doc_type"] == "Quyết định"


def test_the_number_s_joint_type_refines_a_title_that_names_only_the_kind():
    got = extract_text("BỘ TÀI CHÍNH - BỘ Y TẾ\n" + MOTTO + "Số: 01/2004/TTLT-BTC-BYT\nHà Nội, ngày 2 tháng 1 năm 2004\n"
                       "THÔNG TƯ\nHướng dẫn quản lý kinh phí khám chữa bệnh\n")
    assert got["doc_type"] == "Thông tư liên tịch"


def test_part_of_the_issuer_s_name_ending_a_title_stays_in_it():
    got = extract_text("BẢO HIỂM XÃ HỘI VIỆT NAM\n" + MOTTO + "Số: 17/QĐ-BHXH\nHà Nội, ngày 2 tháng 1 năm 2014\n"
                       "QUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH QUẢN LÝ CHI TRẢ CÁC CHẾ ĐỘ BẢO HIỂM XÃ HỘI\n"
                       "TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM\nCăn cứ Luật Bảo hiểm xã hội;\n")
    assert got["subject"].upper() == "BAN HÀNH QUY ĐỊNH QUẢN LÝ CHI TRẢ CÁC CHẾ ĐỘ BẢO HIỂM XÃ HỘI"


def test_a_letter_the_body_cites_after_a_comma_is_not_the_letter_itself():
    got = extract_text("512/BYT-KCB\n\nKính gửi: Sở Y tế các tỉnh\n\nThực hiện kế hoạch năm 2014; ngày 25/8/2014, "
                       "Bộ Y tế đã có công văn số 2877/BYT-KCB gửi các Sở Y tế đề nghị báo cáo tình hình.\n")
    assert got["number"] == "512/BYT-KCB"


def test_two_years_whose_dash_a_text_layer_dropped_are_a_range():
    got = extract_text("UBND TỈNH SƠN LA\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n" + MOTTO + "Số: 424/SGDĐT-TĐKT\n"
                       "V/v tổng kết năm học 2017 2018\nSơn La, ngày 5 tháng 5 năm 2018\nKính gửi: Các trường\n")
    assert got["subject"] == "tổng kết năm học 2017-2018"


def test_two_ministries_joined_by_a_bare_dash_are_each_written_as_their_own():
    from engine.extraction import orgs
    assert orgs.display("BỘ VĂN HÓA - THÔNG TIN-BỘ Y TẾ") == "Bộ Văn hóa - Thông tin - Bộ Y tế"
    assert orgs.display("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI") == "Bộ Lao động - Thương binh và Xã hội"
