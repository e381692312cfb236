"""General rules added in the session of 2026-12-06 (night), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
import pytest

from engine.extraction import extract_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_pandocs_hard_line_breaks_and_escapes_are_no_part_of_the_letterhead():
    """A Pandoc copy ends each line of a table cell with a backslash ('ỦY BAN THƯỜNG VỤ\\') and escapes the rule
    under it ('\\-\\-\\-'): the body's name is read whole, not cut at the escaped word."""
    got = extract_text(
        "  ---------------------- ------------------------------------------\n"
        "    **ỦY BAN THƯỜNG VỤ\\        **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\\n"
        "         QUỐC HỘI\\                 Độc lập - Tự do - Hạnh phúc\\\n"
        "     \\-\\-\\-\\-\\-\\--**             \\-\\-\\-\\-\\-\\-\\-\\--**\n\n"
        "   Số: 912/NQ-UBTVQH15         *Hà Nội, ngày 04 tháng 3 năm 2024*\n"
        "  ---------------------- ------------------------------------------\n\n"
        "**NGHỊ QUYẾT**\n\nVỀ VIỆC THÀNH LẬP THỊ TRẤN MỚI THUỘC HUYỆN X\n\n**ỦY BAN THƯỜNG VỤ QUỐC HỘI**\n\n"
        "*Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;*\n")
    assert (got["issuer"], got["number"], got["issued_date"]) == \
        ("Ủy ban Thường vụ Quốc hội", "912/NQ-UBTVQH15", "2024-03-04")


def test_a_committee_named_by_its_level_alone_in_its_authority_line_is_of_that_level():
    """A flattened copy lost the letterhead's province line ('ỦY BAN NHÂN DÂN | …'); its authority line
    'ỦY BAN NHÂN DÂN TỈNH' says the committee is the province's, so the provincial capital its date line and body
    name ('thành phố Buôn Ma Thuột') is not taken for it."""
    got = extract_text(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 41/2007/QĐ-UBND | Buôn Ma Thuột, ngày 05 tháng 10 năm 2007 |\n"
        "BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK\n"
        "ỦY BAN NHÂN DÂN TỈNH\n"
        "Căn cứ Luật Tổ chức HĐND và UBND năm 2003;\n"
        "Xét đề nghị của Sở Thương mại,\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý chợ.\n"
        "Điều 2. Chủ tịch UBND thành phố Buôn Ma Thuột và các huyện chịu trách nhiệm thi hành.\n")
    assert got["issuer"] == "UBND tỉnh Đắk Lắk"


def test_a_posts_number_spaced_round_its_dash_is_read_whole():
    """'… ban hành công văn số 211/SVHTTDL - NVVH về …': the unit's code after the spaced dash is the number's,
    not the subject's."""
    got = extract_text("Hướng dẫn treo cờ dịp Quốc khánh\n\nNgày 20/8/2021, Sở Văn hóa, Thể thao và Du lịch ban hành "
                       "công văn số 211/SVHTTDL - NVVH về hướng dẫn treo cờ Tổ quốc dịp Quốc khánh 2/9.\n\n"
                       "Theo đó, các đơn vị treo cờ từ ngày 31/8/2021.\n")
    assert got["number"] == "211/SVHTTDL-NVVH"
    assert got["subject"] == "hướng dẫn treo cờ Tổ quốc dịp Quốc khánh 2/9"


@pytest.mark.parametrize("line", ["Số: 77/2004/QĐ -TTg", "Số: 77/2004/QĐ - TTg"])
def test_a_code_spaced_before_its_last_part_keeps_that_parts_small_letter(line):
    """'QĐ -TTg': the Prime Minister's 'TTg' after a spaced dash keeps its 'g'."""
    got = extract_text(f"THỦ TƯỚNG CHÍNH PHỦ\n{_MOTTO}{line}\nHà Nội, ngày 03 tháng 5 năm 2004\n\n"
                       "QUYẾT ĐỊNH\nVề việc phê duyệt đề án X\n\nTHỦ TƯỚNG CHÍNH PHỦ\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt.\n")
    assert got["number"] == "77/2004/QĐ-TTg"


def test_a_telegrams_date_follows_the_hour_it_is_sent_at_on_its_number_line():
    """'Số: 05/CĐ-TW hồi 15 giờ 30 ngày 12/10/2016': a telegram with no date line of its own is dated there."""
    got = extract_text("CÔNG ĐIỆN\n\nSố: 05/CĐ-TW hồi 15 giờ 30 ngày 12/10/2016\n\n"
                       "BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÒNG, CHỐNG THIÊN TAI\n\nĐiện:\n\n"
                       "- Ban Chỉ huy PCTT và TKCN các tỉnh từ Quảng Ninh đến Thanh Hóa.\n\n"
                       "Hồi 13 giờ ngày 12/10, vị trí tâm bão ở vào khoảng 18,5 độ Vĩ Bắc.\n")
    assert got["issued_date"] == "2016-10-12"


@pytest.mark.parametrize("mark", ["Vv", "V.v"])
def test_a_subject_line_opened_by_vv_as_some_type_it_is_the_subject(mark):
    """'Vv lịch thi …' and 'V.v phân bổ …' at the line's start, before a word in lower case, open the 'V/v' line."""
    got = extract_text(f"BỘ GIÁO DỤC VÀ ĐÀO TẠO\n-------\n{_MOTTO}\nSố: 1502/BGDĐT-QLCL\n"
                       f"{mark} lịch thi tốt nghiệp năm 2016\n\nHà Nội, ngày 02 tháng 5 năm 2016\n\n"
                       "Kính gửi: Các sở giáo dục và đào tạo.\n\nBộ Giáo dục và Đào tạo thông báo lịch thi như sau.\n")
    assert got["subject"] == "lịch thi tốt nghiệp năm 2016"
    assert got["doc_type"] == "Công văn"


def test_a_letter_addressed_under_a_code_a_directive_shares_is_a_cong_van():
    """Cục Thuế's 'Số: 5120/CT-TTHT' with 'Kính gửi' and no 'V/v' line: its 'CT' names the department, not a
    directive (a directive is never addressed)."""
    got = extract_text("TỔNG CỤC THUẾ                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "CỤC THUẾ TỈNH BÌNH DƯƠNG             Độc lập – Tự do – Hạnh phúc\n\n"
                       "Số: 5120/CT-TTHT                  Bình Dương, ngày 14 tháng 8 năm 2015\n"
                       "Kính gửi: Công ty TNHH Minh Phát\nMã số thuế: 3700123456\n\n"
                       "Trả lời văn bản số 12/2015 ngày 05/8/2015 của Công ty về chính sách thuế, Cục Thuế có ý kiến "
                       "như sau:\n")
    assert got["doc_type"] == "Công văn"
    assert got["number"] == "5120/CT-TTHT"


_BODY = ("BỘ NỘI VỤ\n-------\n" + _MOTTO + "\nSố: 2210/BNV-TCBC\nV/v tuyển dụng công chức\n\n"
         "Hà Nội, ngày 06 tháng 6 năm 2016\n\nKính gửi: Ủy ban nhân dân tỉnh X.\n\n"
         "Bộ Nội vụ có ý kiến như sau.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TCBC.\n\n")


def test_the_acting_holders_title_is_his_title_not_a_second_authority():
    """'TL. BỘ TRƯỞNG' / 'Q. VỤ TRƯỞNG VỤ TỔ CHỨC, BIÊN CHẾ' / 'VÀ TỔ CHỨC PHI CHÍNH PHỦ': the acting director's
    title ('Q.' is no authority of NĐ 30), with the last of its fields the line wrapped."""
    got = extract_text(_BODY + "TL. BỘ TRƯỞNG\nQ. VỤ TRƯỞNG VỤ TỔ CHỨC, BIÊN CHẾ\nVÀ TỔ CHỨC PHI CHÍNH PHỦ\n"
                               "Nguyễn Văn Hòa\n")
    assert got["signing_authority"] == "TL. Bộ trưởng"
    assert got["signer_title"] == "Q. Vụ trưởng Vụ Tổ chức, Biên chế và Tổ chức phi chính phủ"
    assert got["signer"] == "Nguyễn Văn Hòa"


def test_the_acting_minister_alone_signs_with_no_authority():
    got = extract_text(_BODY + "Q. BỘ TRƯỞNG\nNguyễn Văn Hòa\n")
    assert (got["signing_authority"], got["signer_title"]) == (None, "Q. Bộ trưởng")


def test_a_title_a_narrow_cell_broke_into_words_is_the_signers_title():
    """'KT. BỘ TRƯỞNG' / 'THỨ' / 'TRƯỞNG': the deputy's title, not the authority's tail."""
    got = extract_text(_BODY + "KT. BỘ TRƯỞNG\nTHỨ\nTRƯỞNG\nNguyễn Văn Hòa\n")
    assert (got["signing_authority"], got["signer_title"]) == ("KT. Bộ trưởng", "Thứ trưởng")


def test_a_telegrams_sender_above_its_wire_line_is_its_issuer_and_not_its_title():
    """No letterhead: 'CÔNG ĐIỆN' / 'Số: … hồi … ngày …' / 'BAN CHỈ ĐẠO … TRUNG ƯƠNG' / '- ỦY BAN …' / 'Điện:' names
    the first sender as the issuer, no subject, and the addressees after 'Điện:'."""
    got = extract_text("CÔNG ĐIỆN\n\nSố: 07/CĐ-TW hồi 16 giờ 00 ngày 20/9/2016\n\n"
                       "BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÒNG, CHỐNG THIÊN TAI\n- ỦY BAN QUỐC GIA TÌM KIẾM CỨU NẠN\n\n"
                       "Điện:\n\n- Ban Chỉ huy PCTT và TKCN các tỉnh từ Quảng Ninh đến Thanh Hóa;\n"
                       "- Các Bộ: Quốc phòng, Công an.\n\nHồi 13 giờ ngày 20/9, vị trí tâm bão ở vào khoảng 18,5 độ Vĩ "
                       "Bắc.\n")
    assert got["issuer"].lower() == "ban chỉ đạo trung ương về phòng, chống thiên tai"  # (the bench folds case)
    assert got["subject"] is None
    assert got["recipients"] == ["Ban Chỉ huy PCTT và TKCN các tỉnh từ Quảng Ninh đến Thanh Hóa", "Các Bộ: Quốc phòng, Công an"]


def test_a_telegrams_wire_word_on_the_line_under_its_sender_addresses_it():
    """'THỦ TƯỚNG CHÍNH PHỦ' / '' / 'Điện:': the addressees follow, as after 'THỦ TƯỚNG CHÍNH PHỦ điện:'."""
    got = extract_text("THỦ TƯỚNG CHÍNH PHỦ\n-------\n" + _MOTTO + "\nSố: 512/CĐ-TTg\n\nHà Nội, ngày 10 tháng 4 năm 2011\n\n"
                       "CÔNG ĐIỆN\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nĐiện:\n\n- Bộ Nông nghiệp và Phát triển nông thôn;\n"
                       "- Ủy ban nhân dân các tỉnh Tây Nguyên.\n\nHiện nay, tình trạng khô hạn đang diễn ra.\n")
    assert got["recipients"] == ["Bộ Nông nghiệp và Phát triển nông thôn", "Ủy ban nhân dân các tỉnh Tây Nguyên"]


def test_a_posts_heading_naming_a_telegram_with_the_hour_it_was_sent_gives_its_number_and_date():
    got = extract_text("Công điện số 31/CĐ-TW hồi 14h30 ngày 15/10/2017 của Ban Chỉ đạo Trung ương về phòng, chống "
                       "thiên tai về cơn bão số 11\n\nNgày đăng: 15/10/2017\n\nBão số 11 đang di chuyển nhanh.\n")
    assert (got["number"], got["issued_date"]) == ("31/CĐ-TW", "2017-10-15")


def test_one_addressee_listing_many_places_on_a_long_line_is_read():
    """'Kính gửi:' / '' / 'Ủy ban nhân dân các tỉnh A, B, …, N.' (over 150 characters): an addressee, not a sentence."""
    places = ("Gia Lai, Kon Tum, Lâm Đồng, Sơn La, Lai Châu, Điện Biên, Lào Cai, Yên Bái, Quảng Bình, Quảng Trị, Phú Yên, "
              "Khánh Hòa, Ninh Thuận")
    got = extract_text("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\n-------\n" + _MOTTO + "\nSố: 310/BNN-TCLN\n"
                       "V/v phòng cháy rừng mùa khô\n\nHà Nội, ngày 02 tháng 3 năm 2012\n\nKính gửi:\n\n"
                       f"Ủy ban nhân dân các tỉnh {places}.\n\nNhững ngày gần đây, nhiều nơi xuất hiện các đám cháy.\n")
    assert got["recipients"] == [f"Ủy ban nhân dân các tỉnh {places}"]


def test_the_urgency_after_a_type_heading_a_telegram_is_read():
    got = extract_text("CÔNG ĐIỆN KHẨN\nSố:\n11 CĐ/PCLBTW hồi 8 giờ ngày 05/9/2009.\n"
                       "VĂN PHÒNG THƯỜNG TRỰC BAN CHỈ ĐẠO PHÒNG CHỐNG LỤT\nBÃO TRUNG ƯƠNG -\n"
                       "VĂN PHÒNG ỦY BAN QUỐC GIA TÌM KIẾM CỨU NẠN\nĐIỆN:\n- Ban Chỉ huy PCLB các tỉnh ven biển.\n"
                       "Theo bản tin dự báo, bão đang mạnh lên.\n")
    assert got["urgency"] == "khan"


def test_a_telegrams_title_in_capitals_above_its_sender_stays_its_subject():
    """'VỀ VIỆC …' in capitals, a blank line, then the sender over 'Điện:': only the sender's lines are the sender."""
    got = extract_text("THỦ TƯỚNG CHÍNH PHỦ\n-------\n" + _MOTTO + "\nSố: 740/CĐ-TTg\n\nHà Nội, ngày 17 tháng 8 năm 2024\n\n"
                       "CÔNG ĐIỆN\nVỀ VIỆC TẬP TRUNG ỨNG PHÓ KHẨN CẤP VỚI BÃO SỐ 4\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nĐiện:\n\n"
                       "- Bộ Quốc phòng;\n- Ủy ban nhân dân các tỉnh ven biển.\n\nHồi 13 giờ ngày 17/8, bão số 4 mạnh lên.\n")
    assert got["subject"].lower() == "về việc tập trung ứng phó khẩn cấp với bão số 4"
    assert got["issuer"] == "Thủ tướng Chính phủ"
