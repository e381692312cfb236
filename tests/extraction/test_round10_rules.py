"""General rules added after the tenth collection (r10) was measured and spent, each on a short
made-up snippet (never a copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text
from tests.extraction.snippets import MOTTO


def test_the_party_s_name_inside_a_title_is_not_its_letterhead():
    got = extract_text("ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\n" + MOTTO + "Số: 12/KH-UBND\nBến Tre, ngày 5 tháng 1 năm 2024\n"
                       "KẾ HOẠCH\nTỔ CHỨC KỶ NIỆM 94 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM\n"
                       "Căn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert got["subject"].upper() == "TỔ CHỨC KỶ NIỆM 94 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM"


def test_the_party_s_letterhead_still_closes_the_issuer_s_cell():
    got = extract_text("TỈNH ỦY BẾN TRE\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 45-CV/TU\nBến Tre, ngày 5 tháng 1 năm 2024\n"
                       "V/v tổ chức hội nghị\nKính gửi: Các huyện ủy\n")
    assert (got["issuer"], got["number"]) == ("Tỉnh ủy Bến Tre", "45-CV/TU")


def test_a_v_v_line_run_into_the_number_s_code():
    got = extract_text("BỘ NỘI VỤ\n" + MOTTO + "Số: 311/BNV-TCV/v góp ý dự thảo thông tư\n"
                       "Hà Nội, ngày 2 tháng 3 năm 2019\nKính gửi: Các bộ, ngành\n")
    assert (got["number"], got["subject"]) == ("311/BNV-TC", "góp ý dự thảo thông tư")


def test_a_page_mark_run_into_the_letterhead():
    got = extract_text("Trang 1THỦ TƯỚNG\nCHÍNH PHỦ\nSố: 88/QĐ-TTg\n" + MOTTO + "Hà Nội, ngày 2 tháng 3 năm 2019\n"
                       "QUYẾT ĐỊNH\nVề việc tặng cờ thi đua\nCăn cứ Luật Thi đua, khen thưởng;\n")
    assert got["issuer"] == "Thủ tướng Chính phủ"


def test_an_authority_line_without_its_dot_run_into_the_signer_s_title():
    got = extract_text("BỘ Y TẾ\n" + MOTTO + "Số: 9/QĐ-BYT\nHà Nội, ngày 2 tháng 3 năm 2019\nQUYẾT ĐỊNH\n"
                       "Về việc khen thưởng\nĐiều 1. Tặng bằng khen cho các cá nhân.\nNơi nhận:\n- Như Điều 1;\n"
                       "KT BỘ TRƯỞNG THỨ TRƯỞNG\n(Đã ký)\nTrần Văn Bình\n")
    assert (got["signing_authority"], got["signer_title"], got["signer"]) == (
        "KT. Bộ trưởng", "Thứ trưởng", "Trần Văn Bình")


def test_a_city_written_tp_in_small_letters_on_the_date_line():
    got = extract_text("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n" + MOTTO + "Số: 77/UBND-VX\n"
                       "Tp. Cần Thơ, ngày 2 tháng 3 năm 2019\nV/v tổ chức lễ hội\nKính gửi: Các sở\n")
    assert got["place"] == "Tp. Cần Thơ"


def test_a_cited_number_run_into_the_next_word():
    got = extract_text("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\n" + MOTTO + "Số: 5/2020/TT-NHNN\nHà Nội, ngày 2 tháng 3 năm 2020\n"
                       "THÔNG TƯ\nQuy định về hoạt động thanh toán\nCăn cứ Luật Ngân hàng Nhà nước số "
                       "46/2010/QH12ngày 16 tháng 6 năm 2010;\n")
    assert got["references"] == ["46/2010/QH12"]


def test_an_old_gazette_title_ocr_spread_over_lines_with_blanks_between():
    got = extract_text("CHỈ THỊ\n\nCỦA THỦ\n\nTƯỚNG CHÍNH PHỦ SỐ 7/2001/CT-TTG\n\nNGÀY 2 THÁNG 6 NĂM 2001 VỀ VIỆC TĂNG CƯỜNG\n\n"
                       "QUẢN LÝ ĐẤT ĐAI\n\nThực hiện Nghị quyết của Quốc hội, Thủ tướng Chính phủ yêu cầu:\n")
    assert (got["number"], got["subject"].upper()) == ("7/2001/CT-TTg", "TĂNG CƯỜNG QUẢN LÝ ĐẤT ĐAI")


def test_a_v_v_subject_goes_on_below_when_the_motto_stands_beside_its_first_line():
    got = extract_text("      ỦY BAN NHÂN DÂN\n      HUYỆN TÂN HIỆP\n"
                       "      Số: 12/UBND                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "V/v tổ chức hội thi tuyên truyền,          Độc lập - Tự do - Hạnh phúc\n\n"
                       "  phổ biến pháp luật năm 2017          Tân Hiệp, ngày 14 tháng 6 năm 2017\n"
                       "      Kính gửi: Các xã, thị trấn.\n")
    assert got["subject"] == "tổ chức hội thi tuyên truyền, phổ biến pháp luật năm 2017"


def test_a_date_line_that_lost_its_place_beside_the_motto_in_a_pdf_s_columns():
    got = extract_text("          BỘ TÀI CHÍNH                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "       Số: 7/2020/TT-BTC                           Độc lập - Tự do - Hạnh phúc\n\n"
                       "                                                      ngày 03 tháng 02 năm 2020\n\n"
                       "                                          THÔNG TƯ\n"
                       "   QUY ĐỊNH CHẾ ĐỘ QUẢN LÝ TÀI SẢN\n      Căn cứ Luật Ngân sách nhà nước;\n")
    assert got["issued_date"] == "2020-02-03"


def test_an_old_style_number_a_narrow_cell_broke_after_its_slash():
    got = extract_text("  TÒA ÁN NHÂN DÂN TỐI CAO        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "  VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO      Độc lập - Tự do - Hạnh phúc\n"
                       "  Số: 02-TANDTC-VKSNDTC/\n                TTLT          Hà Nội, ngày 8 tháng 12 năm 1990\n\n"
                       "                 THÔNG TƯ LIÊN TỊCH\n  HƯỚNG DẪN THI HÀNH BỘ LUẬT HÌNH SỰ\n"
                       "  Để thi hành Bộ luật hình sự, hai cơ quan hướng dẫn như sau:\n")
    assert got["number"] == "02-TANDTC-VKSNDTC/TTLT"
