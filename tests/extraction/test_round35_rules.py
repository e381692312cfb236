"""General rules added in the session of 2026-12-06 (morning), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
from engine.extraction import extract_text
from engine.extraction.ocr_text import tidy

_OCR_HEAD = ("BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 12/2025/TT-BXD Độc lập - Tự do - Hạnh phúc\n\n"
             "Hà Nội, ngày 03 tháng 6 năm 2025\n")


def test_a_mark_over_a_titles_first_capital_read_as_a_line_of_its_own_is_dropped():
    page = (f"{_OCR_HEAD}THÔNG TƯ\n\n2\n\nSƯA\n\n- ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ VỀ QUẢN LÝ\nCHẤT LƯỢNG CÔNG TRÌNH\n\n"
            "Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;\nBộ trưởng ban hành Thông tư sửa đổi, bổ sung một số điều.\n")
    got = extract_text(tidy(page))
    assert got["doc_type"] == "Thông tư"
    assert got["subject"] == "Sửa đổi, bổ sung một số điều của Thông tư về quản lý chất lượng công trình"


def test_a_lone_mark_elsewhere_is_kept():
    page = "Điều 1. Tỷ lệ\n\n2\n\nĐIỀU KHOẢN\n"
    assert "\n2\n" in tidy(page)


def test_an_em_dash_in_ocr_is_the_letters_en_dash():
    page = (f"{_OCR_HEAD}V/v tuyển sinh năm học 2025 — 2026\n\nKính gửi: Các trường trực thuộc.\n")
    assert extract_text(tidy(page))["subject"] == "tuyển sinh năm học 2025 – 2026"


def test_phong_chay_in_a_title_is_no_department_even_after_a_blank_line():
    text = ("BỘ CÔNG AN\nSố: 5/2025/TT-BCA\nHà Nội, ngày 03 tháng 6 năm 2025\nTHÔNG TƯ\n"
            "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT\n\nPHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ\n\n"
            "Căn cứ Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ;\n")
    assert extract_text(text)["subject"] == "Quy định chi tiết một số điều của Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ"
