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
