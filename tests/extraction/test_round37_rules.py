"""General rules added in the session of 2026-12-06 (midday), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
from engine.extraction import extract_text


def test_a_gazette_title_dated_with_dashes_names_its_issuer_up_to_its_own_number():
    """'QUYẾT ĐỊNH / CỦA CHỦ TỊCH UBND TỈNH SỐ 41/CT / NGÀY 3-4-1990 VỀ VIỆC …': the date written with dashes
    matched no gazette title, whose issuer then ran on to the number the title cites further down."""
    text = ("ỦY BAN NHÂN DÂN TỈNH HÀ TUYÊN\nSố: 41/CT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHà Tuyên, ngày 03 tháng 4 năm 1990\n\nQUYẾT ĐỊNH\n\n"
            "CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SỐ 41/CT\n\nNGÀY 3-4-1990 VỀ VIỆC BÃI BỎ QUYẾT ĐỊNH\n\n"
            "SỐ 12/CT NGÀY 5 THÁNG 1 NĂM 1990\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n"
            "Căn cứ tình hình thực tế của tỉnh.\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Bãi bỏ Quyết định số 12/CT.\n")
    got = extract_text(text)
    assert got["subject"] == "Bãi bỏ Quyết định số 12/CT ngày 5 tháng 1 năm 1990"
    assert got["issuer"] == "UBND tỉnh Hà Tuyên"  # the letterhead's, not the title's 'CHỦ TỊCH UBND TỈNH'


def test_a_chairman_issuing_in_his_own_name_is_one_issuer_not_a_body_under_the_word_chairman():
    def issuer(head: str) -> tuple[str, str | None]:
        got = extract_text(f"{head}\nSố: 12/QĐ-CT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                           "Hà Giang, ngày 04 tháng 9 năm 1990\nQUYẾT ĐỊNH\nVề việc khen thưởng\n\nCăn cứ Luật.\n")
        return got["issuer"], got["issuer_parent"]
    assert issuer("CHỦ TỊCH UBND TỈNH HÀ GIANG") == ("Chủ tịch UBND tỉnh Hà Giang", None)
    assert issuer("CHỦ TỊCH ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG") == ("Chủ tịch UBND tỉnh Hà Giang", None)
    assert issuer("CHỦ TỊCH NƯỚC") == ("Chủ tịch nước", None)  # (no body after it: the office itself)


_CLOSING = ("BỘ NỘI VỤ\nSố: 12/BNV-TCBC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 04 tháng 9 năm 2020\n"
            "V/v khen thưởng\n\nKính gửi: Các Sở.\n\nBộ đề nghị các Sở thực hiện./.\n\n")


def test_a_deputys_word_run_onto_the_authority_line_opens_the_title_under_it():
    got = extract_text(_CLOSING + "KT. GIÁM ĐỐC PHÓ\nGIÁM ĐỐC\nTrần Văn Sơn\n")
    assert (got["signing_authority"], got["signer_title"], got["signer"]) == \
        ("KT. Giám đốc", "Phó Giám đốc", "Trần Văn Sơn")


def test_a_member_signing_for_the_chairman_has_his_title():
    got = extract_text(_CLOSING + "TL. CHỦ TỊCH UBND TỈNH\nỦY VIÊN THƯỜNG TRỰC\nLê Văn Hai\n")
    assert (got["signer_title"], got["signer"]) == ("Ủy viên thường trực", "Lê Văn Hai")


def test_old_style_numbers_are_cited_after_their_type_and_a_party_slash_read_as_a_letter_is_put_back():
    got = extract_text(_CLOSING.replace("Bộ đề nghị", "Thi hành Nghị định số 78-CP ngày 10-12-1977, Chỉ thị số 21-TTg và "
                                        "Nghị quyết số 29-NQITW, phòng chống COVID-19 trong 2-3 ngày, Bộ đề nghị"))
    assert got["references"] == ["78-CP", "21-TTg", "29-NQ/TW"]


def test_a_decisions_enacting_word_below_its_legal_basis_is_not_its_title():
    """A copy that lost the type line above the title: the 'QUYẾT ĐỊNH' under 'Căn cứ …' enacts, and the line in
    capitals under the date is the title."""
    text = ("THỦ TƯỚNG CHÍNH PHỦ |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 45/2012/QĐ-TTg |\n"
            "Hà Nội, ngày 06 tháng 10 năm 2012 |\nPHÊ DUYỆT QUY HOẠCH PHÁT TRIỂN TỈNH KON TUM\nTHỦ TƯỚNG CHÍNH PHỦ\n"
            "Căn cứ Luật Tổ chức Chính phủ;\nXét đề nghị của Ủy ban nhân dân tỉnh Kon Tum,\nQUYẾT ĐỊNH\n"
            "Điều 1. Phê duyệt Quy hoạch.\n")
    got = extract_text(text)
    assert got["doc_type"] == "Quyết định"
    assert got["subject"].casefold() == "phê duyệt quy hoạch phát triển tỉnh kon tum"


def test_a_one_line_copy_stops_its_subject_at_a_motto_missing_its_do_and_keeps_a_codes_small_letter():
    text = ("UBND TỈNH HÀ TĨNH SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 812/SGDĐT- GDTrH "
            "V/v tổ chức thi chọn học sinh giỏi năm học 2013-2014 Độc Lập - Tự - Hạnh phúc Hà Tĩnh, ngày 07 tháng 10 "
            "năm 2013 Kính gửi: Hiệu trưởng các trường THPT. Sở đề nghị các trường thực hiện.\n")
    got = extract_text(text)
    assert got["number"] == "812/SGDĐT-GDTrH"
    assert got["subject"] == "tổ chức thi chọn học sinh giỏi năm học 2013-2014"


def test_two_ministries_joined_by_a_dash_without_its_spaces_are_each_named_as_they_write():
    text = ("BỘ Y TẾ -BỘ QUỐC PHÒNG\nSố: 21/2010/TTLT-BYT-BQP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Hà Nội, ngày 20 tháng 11 năm 2010\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn khám sức khỏe\n\nCăn cứ Luật.\n")
    assert extract_text(text)["issuer"] == "Bộ Y tế - Bộ Quốc phòng"


def test_a_letters_own_old_style_number_keeps_its_small_letter():
    """The old-style pattern the references read is the number line's too: 'Số: 21-TTg' had no number at all."""
    text = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 21-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 04 tháng 9 năm 1993\n"
            "CHỈ THỊ\nVề việc cấp sách báo cho vùng cao\n\nThủ tướng Chính phủ chỉ thị.\n")
    assert extract_text(text)["number"] == "21-TTg"
