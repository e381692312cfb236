"""General rules added while tuning on the fourth collection of letters (r4), each on a short
made-up snippet (never a copy of a labelled letter)."""
from engine.extraction import extract_text, numbers


def test_a_joint_letterhead_over_lines_ending_in_a_dash_is_one_issuer_under_its_province():
    got = extract_text("UBND TỈNH HÀ GIANG\nLIÊN NGÀNH\nSỞ NỘI VỤ -\nSỞ TƯ PHÁP\n-------\n"
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                       "Số: 15/HDLN-SNV-STP\nHà Giang, ngày 3 tháng 4 năm 2019\nHƯỚNG DẪN\n"
                       "Thực hiện chế độ báo cáo thống kê\nCăn cứ Luật Thống kê;\n")
    assert got["issuer"] == "Sở Nội vụ - Sở Tư pháp"
    assert got["issuer_parent"] == "UBND tỉnh Hà Giang"  # the 'LIÊN NGÀNH' mark is no part of it


def test_a_single_body_letterhead_is_untouched_by_the_joint_rule():
    got = extract_text("UBND TỈNH HÀ GIANG\nSỞ NỘI VỤ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Số: 15/SNV-TCBC\nV/v tuyển dụng\nHà Giang, ngày 3 tháng 4 năm 2019\nKính gửi: các sở\n")
    assert (got["issuer"], got["issuer_parent"]) == ("Sở Nội vụ", "UBND tỉnh Hà Giang")


def test_a_title_naming_two_types_is_filed_under_the_first():
    got = extract_text("UBND TỈNH HÀ GIANG\nSỞ Y TẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Số: 8/SYT\nHà Giang, ngày 3 tháng 4 năm 2019\nQUY ĐỊNH VÀ HƯỚNG DẪN\n"
                       "VỀ VIỆC TIẾP NHẬN BỆNH NHÂN\nCăn cứ Luật Khám bệnh;\n")
    assert got["doc_type"] == "Quy định"


def test_a_space_a_copy_left_before_a_slash_inside_the_code_is_dropped():
    assert numbers.normalise("Số: 7/2012/HDLN /SYT-STC") == "7/2012/HDLN/SYT-STC"
    assert numbers.normalise("Số: 7/UBND-VX ngày 2/3/2020") == "7/UBND-VX"
