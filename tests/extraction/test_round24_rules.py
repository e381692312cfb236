"""General rules added in the session of 2026-12-05, each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
from engine.extraction import extract_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_an_enterprise_or_a_banks_branch_under_its_group_is_its_own_body():
    got = extract_text("TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM\nTỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG\n" + _MOTTO
                       + "Số: 2210/EVNCPC-KD\nĐà Nẵng, ngày 4 tháng 5 năm 2022\nV/v cấp điện cho các dự án\n"
                       "Kính gửi: Sở Công Thương\nTổng công ty trân trọng đề nghị.\n")
    assert got["issuer"].casefold() == "tổng công ty điện lực miền trung"
    assert got["issuer_parent"] == "Tập đoàn Điện lực Việt Nam"
    got = extract_text("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nCHI NHÁNH TỈNH NINH BÌNH\n" + _MOTTO
                       + "Số: 301/NBI-TH\nNinh Bình, ngày 4 tháng 5 năm 2022\nV/v triển khai chỉ thị\n"
                       "Kính gửi: Các tổ chức tín dụng\nChi nhánh đề nghị.\n")
    assert got["issuer"] == "Chi nhánh tỉnh Ninh Bình"
    assert got["issuer_parent"] == "Ngân hàng Nhà nước Việt Nam"


def test_an_ocr_misread_real_word_the_letters_outvote_on_both_sides_is_respelt():
    from engine.extraction import ocr_words
    assert ocr_words.correct("THỰC HIỆN ĐỂ ÁN PHÁT TRIỂN DU LỊCH") == "THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN DU LỊCH"
    assert ocr_words.correct("KẾ HOẠCH TRIỂN KHAI TÀI TỈNH LONG AN") == "KẾ HOẠCH TRIỂN KHAI TẠI TỈNH LONG AN"
    # a word the letters only back on one side stays as the OCR read it
    assert ocr_words.correct("BỆNH PHỔI VÀ HEN PHẾ QUẢN ĐẾN NĂM 2025") == "BỆNH PHỔI VÀ HEN PHẾ QUẢN ĐẾN NĂM 2025"
