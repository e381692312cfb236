"""General rules added while tuning on the fifth round (r3-blind spent, stress bench), each on a
short made-up snippet (never a copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n-------\n"


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
