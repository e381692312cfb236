"""General rules added in the session of 2026-12-06 (afternoon), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
from engine.extraction import extract_text

_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 15/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "Độc lập - Tự do - Hạnh phúc\nHòa Bình, ngày 04 tháng 3 năm 2023\n\n")


def test_a_type_line_naming_its_issuer_without_a_place_is_the_type_not_the_subject():
    """'THÔNG BÁO CỦA UBND XÃ' / 'Về việc …', 'QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH' / 'Về việc …': the title names
    who issues it; the subject is the line under it."""
    got = extract_text(_HEAD + "THÔNG BÁO CỦA UBND XÃ\nVề việc tiêm phòng cho đàn trâu bò\n\n"
                       "Kính gửi: Các thôn.\n\nĐề nghị các thôn thực hiện.\n")
    assert got["doc_type"] == "Thông báo"
    assert got["subject"].removeprefix("Về việc ") == "tiêm phòng cho đàn trâu bò"
    got = extract_text("BỘ TÀI CHÍNH\nSố: 31/2002/QĐ-BTC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 12 tháng 3 năm 2002\n\n"
                       "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH\nVề việc ban hành quy chế quản lý kho\n\n"
                       "BỘ TRƯỞNG BỘ TÀI CHÍNH\n\nCăn cứ Nghị định số 77/2001/NĐ-CP;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành.\n")
    assert (got["doc_type"], got["issuer"]) == ("Quyết định", "Bộ Tài chính")
    assert got["subject"].removeprefix("Về việc ") == "ban hành quy chế quản lý kho"
    for title in ("QUYẾT ĐỊNH CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ", "QUYẾT ĐỊNH\nCỦA CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ"):
        got = extract_text(_HEAD.replace("/TB-", "/QĐ-") + title + "\nVề việc thành lập tổ công tác\n\n"
                           "Căn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Thành lập.\n")
        assert got["subject"].removeprefix("Về việc ") == "thành lập tổ công tác", title


_CLOSING = (_HEAD + "V/v tiêm phòng\n\nKính gửi: Các thôn.\n\nĐề nghị các thôn thực hiện./.\n\n")


def test_a_signer_whose_family_name_is_van_is_named():
    """'Văn' opens 'Văn phòng' and is also a family name ('Văn Trọng Lý'): the signer under the title is read."""
    got = extract_text(_CLOSING + "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nVăn Thị Hồng\n")
    assert (got["signer"], got["signer_title"]) == ("Văn Thị Hồng", "Phó Chủ nhiệm")
    got = extract_text(_CLOSING + "TL. BỘ TRƯỞNG\nCHÁNH VĂN PHÒNG\n\nVăn Phòng Bộ\n")
    assert got["signer"] is None  # (an office's name in title case is still no one's name)


def test_the_deputys_word_cut_short_opens_the_title():
    """'P. CHỦ TỊCH', 'P.GIÁM ĐỐC': the deputy's title, not 'P.' left on the authority line."""
    got = extract_text(_CLOSING + "TM. ỦY BAN NHÂN DÂN\nP. CHỦ TỊCH\n\nLê Văn Ba\n")
    assert (got["signing_authority"], got["signer_title"], got["signer"]) == \
        ("TM. Ủy ban nhân dân", "Phó Chủ tịch", "Lê Văn Ba")
    got = extract_text(_CLOSING + "KT. GIÁM ĐỐC\nP.GIÁM ĐỐC\n\nLê Văn Ba\n")
    assert (got["signing_authority"], got["signer_title"]) == ("KT. Giám đốc", "Phó Giám đốc")


def test_a_code_alone_on_the_last_line_of_a_scans_left_cell_stays_with_its_subject():
    """OCR reads the two header cells across, then the left cell's last line on its own: 'COVID-19' (no right cell
    beside it) ends the 'V/v' subject, not a line in capitals after the motto."""
    from engine.extraction.ocr_text import tidy
    raw = ("BỘ Y TẾ                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "                                 Độc lập - Tự do - Hạnh phúc\n\n"
           "Số: 812/BYT-DP                   Hà Nội, ngày 13 tháng 8 năm 2021\n"
           "V/v tăng cường phòng, chống dịch\n"
           "COVID-19\n"
           "Kính gửi: Các Sở Y tế.\n\nĐề nghị các Sở thực hiện.\n")
    got = extract_text(tidy(raw))
    assert got["subject"] == "tăng cường phòng, chống dịch COVID-19"


def test_a_communes_name_ending_in_a_letter_is_the_date_lines_place():
    """'Mỹ An Hưng A, ngày 19 tháng 4 năm 2022': the Mekong communes' 'A' and 'B' end a place's name."""
    got = extract_text("UBND HUYỆN LẤP VÒ\nTRƯỜNG THCS MỸ AN HƯNG A\nSố: /KH-THCS\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\nMỹ An Hưng A, ngày 19 tháng 4 năm 2022\n\nKẾ HOẠCH\n"
                       "Tổ chức Ngày Sách năm 2022\n\nCăn cứ Kế hoạch của Phòng.\n")
    assert (got["place"], got["issued_date"]) == ("Mỹ An Hưng A", "2022-04-19")


def test_a_name_the_letter_types_again_as_its_letterhead_spells_it_is_not_respelt():
    """'UBND XÃ TIỀN TIẾN' over 'UBND xã Tiền Tiến thông báo …': the word model's likelier 'Tiên Tiến' is no
    reading of a name the letter types again as read."""
    body = "\n\nKính gửi: Nhân dân trong xã.\n\nUBND xã Tiền Tiến thông báo lịch tiêm phòng.\n"
    head = ("UBND THÀNH PHỐ HẢI DƯƠNG\nUBND XÃ {}\nSố: 21/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nTiền Tiến, ngày 08 tháng 11 năm 2023\n\nTHÔNG BÁO\nVề việc tiêm phòng")
    assert extract_text(head.format("TIỀN TIẾN") + body)["issuer"] == "UBND xã Tiền Tiến"


def test_a_provinces_name_ocr_misspelt_in_a_field_is_spelt_as_the_letter_spells_it():
    """'Đại học Đà Năng' in a title OCR misread, the body's 'Đà Nẵng': the city's own marks; a name the letter
    never spells right, and words in lower case, are left as they are."""
    from engine.extraction.marks import places_spelt
    body = "Trường Đại học Bách khoa, Đại học Đà Nẵng thông báo."
    assert places_spelt("Quy định của Đại học Đà Năng", body) == "Quy định của Đại học Đà Nẵng"
    assert places_spelt("QUY ĐỊNH CỦA ĐẠI HỌC ĐÀ NĂNG", body) == "QUY ĐỊNH CỦA ĐẠI HỌC ĐÀ NẴNG"
    assert places_spelt("khen thưởng ông Lê Hải Phong", "Ông Lê Hải Phong công tác tại xã.") == \
        "khen thưởng ông Lê Hải Phong"  # (a person's name like a city's, the city never named)
    assert places_spelt("giữ gìn hòa bình", "Tỉnh Hòa Bình.") == "giữ gìn hòa bình"
    assert places_spelt("tỉnh Thanh Hoá", "tỉnh Thanh Hóa") == "tỉnh Thanh Hoá"  # (its own tone placement kept)


def test_a_city_named_after_its_province_is_the_city():
    """'ỦY BAN NHÂN DÂN / THÀNH PHỐ THANH HÓA': the provincial city's committee, not the province's."""
    got = extract_text("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ THANH HÓA\nSố: 273/UBND-VP\nV/v tổ chức hội thi\n"
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                       "Thanh Hóa, ngày 12 tháng 02 năm 2018\n\nKính gửi: Các trường.\n\nNội dung.\n")
    assert got["issuer"] == "UBND thành phố Thanh Hóa"
    got = extract_text("ỦY BAN NHÂN DÂN\nLÀO CAI\nSố: 27/UBND-VP\nV/v tổ chức hội thi\n"
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                       "Lào Cai, ngày 12 tháng 02 năm 2018\n\nKính gửi: Các trường.\n\nNội dung.\n")
    assert got["issuer"] == "UBND tỉnh Lào Cai"  # (the level left out: the province, as before)
