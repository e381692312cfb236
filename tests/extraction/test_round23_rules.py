"""General rules added in the session of 2026-12-04 (late night), each on a short made-up snippet (never a
copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_a_text_copys_misread_words_in_the_subject_and_issuer_are_respelt_and_glued_words_split():
    got = extract_text("CỤC THUẾ TỈNH BÌNH DƯƠNG\n" + _MOTTO + "Số: 512/CTBD-TTHT\nBình Dương, ngày 3 tháng 9 năm 2024\n"
                       "V/v nộp hỗ sơ khai thuế đúng hạn\nKính gửi: Công ty TNHH An Phát\n"
                       "Cục Thuế nhận được văn bản của Công ty về hồ sơ khai thuế.\n")
    assert got["subject"] == "nộp hồ sơ khai thuế đúng hạn"
    got = extract_text("UBND TỈNH HÀ NAM\n" + _MOTTO + "Số: 35/2024/QĐ-UBND\nHà Nam, ngày 3 tháng 9 năm 2024\n"
                       "QUYẾT ĐỊNH\nBAN HÀNHQUY CHẾ PHỐI HỢP QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH\n"
                       "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert got["subject"] == "BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH"


def test_a_typed_subjects_real_words_are_left_as_typed():
    got = extract_text("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\n" + _MOTTO + "Số: 88/SNN-TL\n"
                       "Hà Nam, ngày 3 tháng 9 năm 2024\nV/v khâu nối kênh tưới và thu hoạch lúa chiêm\n"
                       "Kính gửi: UBND các huyện\nSở đề nghị các huyện thực hiện.\n")
    assert got["subject"] == "khâu nối kênh tưới và thu hoạch lúa chiêm"
