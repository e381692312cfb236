"""General rules added in the session that measured headed letters apart from relays (2026-12-04), each on
a short made-up snippet (never a copy of a labelled letter); each fails without its rule."""
from engine.extraction import extract_text


def test_a_steering_committee_under_its_abbreviation_is_its_own_body_and_its_programme_not_the_type():
    got = extract_text("UBND TỈNH LẠNG SƠN\n\nBCĐ CHƯƠNG TRÌNH MTQG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\n\nLạng Sơn, ngày 02 tháng 03 năm 2023\n\n"
                       "THÔNG BÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO\n\nTheo báo cáo của các huyện, kết quả như sau:\n")
    assert (got["issuer"], got["issuer_parent"]) == ("BCĐ Chương trình MTQG", "UBND tỉnh Lạng Sơn")
    assert got["doc_type"] == "Thông báo"
    assert got["subject"].upper() == "KẾT QUẢ RÀ SOÁT HỘ NGHÈO"
