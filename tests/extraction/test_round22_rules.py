"""General rules added in the session that spent r40 and r41 (2026-12-04, night), each on a short made-up
snippet (never a copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_a_number_line_ocr_could_not_read_leaves_the_number_unknown_not_the_one_the_body_cites():
    got = extract_text("SỞ XÂY DỰNG " + _MOTTO + "Số: Q7Ø/SXD-QLN Hà Giang, ngày   tháng 4 năm 2024\n"
                       "V/v triển khai Nghị định\nsố 95/2024/NĐ-CP của Chính phủ\nKính gửi: UBND các huyện\n"
                       "Ngày 24/7/2024, Chính phủ đã ban hành Nghị định số 95/2024/NĐ-CP quy định chi tiết Luật "
                       "Nhà ở. Sở Xây dựng đề nghị các huyện triển khai thực hiện.\n")
    assert got["number"] is None
    assert got["doc_type"] == "Công văn"
    assert "95/2024/NĐ-CP" in got["references"]
