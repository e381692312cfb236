"""General rules added in the session of 2026-12-05 (night), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
import pytest

from engine.extraction import extract_text

_HEAD = ("ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 1234/UBND-KT\nV/v báo cáo tình hình\n"
         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Giang, ngày 02 tháng 12 năm 2025\n")
_SIGNATURE = "\nNơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"


@pytest.mark.parametrize("body", ["Đề nghị Sở Tài chính báo cáo chậm nhất ngày 15/12/2025.",
                                  "Báo cáo gửi về UBND tỉnh trước 17h00 ngày 15/12/2025."])
def test_a_deadlines_words_start_at_its_sentence_not_at_the_addressee_line(body):
    # the addressee line ends with a full stop and a line break: it is not the deadline's sentence
    letter = extract_text(f"{_HEAD}Kính gửi: Sở Tài chính.\n{body}{_SIGNATURE}")
    assert letter["deadlines"] == [{"date": "2025-12-15", "text": body.rstrip(".")}]


def test_the_sentence_naming_who_leads_is_the_direction_wherever_it_stands():
    # 'Giao Văn phòng … theo dõi, đôn đốc' hands out a task; the one who 'chủ trì' leads
    body = ("Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện. "
            "Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ nghiên cứu, tham mưu.")
    assert extract_text(f"{_HEAD}Kính gửi: Sở Tài chính.\n{body}{_SIGNATURE}")["directive"] == {
        "lead": "Sở Tài chính", "co": ["Sở Nội vụ"]}


def test_a_group_given_the_task_keeps_its_listed_kinds():
    body = "Giao UBND các huyện, thị xã, thành phố tổ chức thực hiện."
    directive = extract_text(f"{_HEAD}Kính gửi: Sở Tài chính.\n{body}{_SIGNATURE}")["directive"]
    assert directive["lead"] == "UBND các huyện, thị xã, thành phố"


_PARTY_LETTER = ("{letterhead}\n*\nSố 12-CV/BCSĐ\nV/v tham gia ý kiến nhận xét, đánh giá\n"
                 "lãnh đạo Kho bạc Nhà nước tỉnh{gap}ĐẢNG CỘNG SẢN VIỆT NAM\n\nBình Thuận, ngày 05 tháng 01 năm 2025\n"
                 "Kính gửi: Ban Tổ chức Tỉnh ủy.\nBan cán sự đảng gửi ý kiến.\nNơi nhận:\n- Như trên,\n"
                 "- Lưu VT.{gap}T/M BAN CÁN SỰ ĐẢNG\nBÍ THƯ\n\n\n{name}\n")


@pytest.mark.parametrize(("letterhead", "issuer", "parent"), [
    ("TỈNH ỦY BÌNH THUẬN\nBAN CÁN SỰ ĐẢNG UBND TỈNH", "Ban cán sự đảng UBND tỉnh", "Tỉnh ủy Bình Thuận"),
    ("ĐẢNG BỘ TỈNH QUẢNG NAM\nBAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH", "Ban cán sự đảng UBND tỉnh", "Đảng bộ tỉnh Quảng Nam"),
    ("BAN CÁN SỰ ĐẢNG BỘ Y TẾ", "Ban cán sự đảng Bộ Y tế", None),
    ("ĐẢNG ĐOÀN\nLIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG", "Đảng đoàn Liên đoàn Lao động tỉnh An Giang", None),
])
def test_a_party_board_inside_a_body_is_one_issuer(letterhead, issuer, parent):
    # 'BAN CÁN SỰ ĐẢNG UBND TỈNH' was read as 'UBND tỉnh' under 'Ban cán sự đảng'
    letter = extract_text(_PARTY_LETTER.format(letterhead=letterhead, gap="   ", name="Trần Anh Dũng"))
    assert (letter["issuer"], letter["issuer_parent"]) == (issuer, parent)


def test_a_tab_inside_a_line_parts_its_cells():
    # a .docx's tab stop between the V/v's second line and the motto, and between the archive note and the authority
    letter = extract_text(_PARTY_LETTER.format(letterhead="TỈNH ỦY BÌNH THUẬN\nBAN CÁN SỰ ĐẢNG UBND TỈNH", gap="\t",
                                               name="Trần Anh Dũng"))
    assert letter["subject"] == "tham gia ý kiến nhận xét, đánh giá lãnh đạo Kho bạc Nhà nước tỉnh"
    assert letter["signing_authority"] == "TM. Ban cán sự đảng"


@pytest.mark.parametrize(("name", "signer"), [("Đoàn Anh Dũng", "Đoàn Anh Dũng"), ("Đoàn Thanh Niên", None)])
def test_doan_is_a_family_name_under_a_title_but_not_a_delegation(name, signer):
    letter = extract_text(_PARTY_LETTER.format(letterhead="TỈNH ỦY BÌNH THUẬN\nBAN CÁN SỰ ĐẢNG UBND TỈNH", gap="   ",
                                               name=name))
    assert letter["signer"] == signer


@pytest.mark.parametrize(("letterhead", "issuer", "parent"), [
    ("ĐẢNGBỘ TỈNH LÂM ĐỒNG\nĐẢNG ỦYỦY BANNHÂNDÂNTỈNH", "Đảng ủy Ủy ban nhân dân tỉnh", "Đảng bộ tỉnh Lâm Đồng"),
    ("UBND TỈNH LÂM ĐỒNG\nSỞ KHOAHỌC VÀ CÔNGNGHỆ", "Sở Khoa học và Công nghệ", "UBND tỉnh Lâm Đồng"),
])
def test_words_in_capitals_run_together_are_parted_into_their_syllables(letterhead, issuer, parent):
    # a .docx with character spacing, or a text layer that lost its spaces
    letter = extract_text(f"{letterhead}\nSố: 12/CV-ĐU\nV/v hoàn thiện thể chế\nĐẢNGCỘNG SẢNVIỆT NAM\n"
                          "Lâm Đồng, ngày 05 tháng 8 năm 2026\nKính gửi: Sở Tư pháp.\nNội dung.\n")
    assert (letter["issuer"], letter["issuer_parent"]) == (issuer, parent)
    assert letter["subject"] == "hoàn thiện thể chế"


def test_codes_and_english_words_in_capitals_are_left_as_they_are():
    from engine.extraction.glued import respace
    line = "BGDĐT NCKSTTHC ĐHQGHN HĐND LĐTBXH COVID ONLINE SMART QUYẾT ĐỊNH"
    assert respace(line) == line


def test_a_number_label_run_into_the_letterhead_beside_it():
    letter = extract_text("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬNSố: 15/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                          "Bình Thuận, ngày 05 tháng 6 năm 2025\nQUYẾT ĐỊNH\nVề việc kiện toàn Hội đồng thẩm định\n"
                          "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert (letter["number"], letter["issuer"]) == ("15/QĐ-UBND", "UBND tỉnh Bình Thuận")


def test_an_urgency_mark_a_text_box_put_after_the_addressee_line():
    letter = extract_text(f"{_HEAD}Kính gửi: Sở Nội vụ\nHỎA TỐC\n\nNgày 19/02/2025, UBND tỉnh nhận được văn bản."
                          f"{_SIGNATURE}")
    assert letter["urgency"] == "hoa_toc"


def test_a_title_run_into_the_archive_notes_last_word():
    letter = extract_text(f"{_HEAD}Kính gửi: Sở Nội vụ.\nNội dung.\nNơi nhận:\nNhư điều 3;\tSở Tài chính;"
                          "Lưu: VT, NCKS.ChâuCHỦ TỊCH\nLLL\n\n   Đỗ Hữu Huy\n")
    assert (letter["signer"], letter["signer_title"]) == ("Đỗ Hữu Huy", "Chủ tịch")


def test_t_slash_m_is_tm():
    from engine.extraction.orgs import canonical
    assert canonical("T/M Ban Thường vụ") == canonical("TM. Ban Thường vụ")


@pytest.mark.parametrize(("body", "dates"), [
    ("Trong quý IV/2025, Tỉnh ủy, Ủy ban nhân dân tỉnh tiếp tục lãnh đạo, chỉ đạo các sở.", []),
    ("Các sở hoàn thành trong quý IV/2025, báo cáo kết quả về Sở Nội vụ.", ["2025-12-31"]),
    ("Thời gian thực hiện: trong quý IV/2025.", ["2025-12-31"]),
])
def test_a_quarter_opening_a_reports_sentence_is_no_deadline(body, dates):
    letter = extract_text(f"{_HEAD}Kính gửi: Sở Tài chính.\n{body}{_SIGNATURE}")
    assert [d["date"] for d in letter["deadlines"]] == dates


def test_a_caption_naming_the_same_post_in_full_under_the_signature_leaves_the_title():
    letter = extract_text(f"{_HEAD}Kính gửi: Sở Nội vụ.\nNội dung.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                          "TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH\nCHỦ TỊCH\n\n\n\nCHỦ TỊCH UBND TỈNH\nĐỗ Hữu Huy\n")
    assert (letter["signer"], letter["signer_title"]) == ("Đỗ Hữu Huy", "Chủ tịch")


@pytest.mark.parametrize(("block", "authority", "title", "signer"), [
    ("**TL.\nCỤC TRƯỞNG**\n**KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ**\nPHÓ TRƯỞNG BAN\n**Nguyễn Anh Tài**",
     "TL. Cục trưởng KT. Trưởng ban Giám sát quản lý", "Phó Trưởng ban", "Nguyễn Anh Tài"),
    ("**KT.\nGIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n**Nguyễn Tấn Lợi**", "KT. Giám đốc", "Phó Giám đốc", "Nguyễn Tấn Lợi"),
    ("**K/T CHÁNH\nVĂN PHÒNG**\nPHÓ CHÁNH VĂN PHÒNG\nLê Khánh Toàn", "KT. Chánh Văn phòng", "Phó Chánh Văn phòng",
     "Lê Khánh Toàn"),
    ("**KT. BỘ TRƯỞNG, CHỦ NHIỆM**\nPHÓ CHỦ NHIỆM\n**Phạm\nMạnh Cường**", "KT. Bộ trưởng, Chủ nhiệm", "Phó Chủ nhiệm",
     "Phạm Mạnh Cường"),
])
def test_a_signature_a_narrow_cell_broke_over_lines(block, authority, title, signer):
    letter = extract_text(f"{_HEAD}Kính gửi: Sở Nội vụ.\nNội dung.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\n{block}\n|\n")
    assert (letter["signing_authority"], letter["signer_title"], letter["signer"]) == (authority, title, signer)


def test_a_firms_particulars_under_its_name_are_not_addressees():
    letter = extract_text(f"{_HEAD}Kính gửi:\nCông ty TNHH Khuôn Mẫu Yong Hong;\nMã số thuế: 1102044417;\n"
                          "Địa chỉ nhận thông báo: Lô A8-A9 Đường Số 01, Cụm Công nghiệp Hải Sơn.\n"
                          f"Thuế tỉnh nhận được văn bản của Công ty.{_SIGNATURE}")
    assert letter["recipients"] == ["Công ty TNHH Khuôn Mẫu Yong Hong"]


def test_a_minutes_point_naming_who_leads_without_giao():
    body = ("Phó Thủ tướng Chính phủ có ý kiến như sau:\nBộ Khoa học và Công nghệ\nchủ trì, phối hợp với Bộ Quốc phòng, "
            "Bộ Nội vụ và các bộ, cơ quan liên quan rà soát; báo cáo Thủ tướng Chính phủ trong quý I năm 2026.")
    letter = extract_text(f"{_HEAD}Kính gửi: Bộ trưởng Bộ Khoa học và Công nghệ.\n{body}{_SIGNATURE}")
    assert letter["directive"] == {"lead": "Bộ Khoa học và Công nghệ", "co": ["Bộ Quốc phòng", "Bộ Nội vụ"]}
    assert [d["date"] for d in letter["deadlines"]] == ["2026-03-31"]


def test_a_deadlines_words_start_after_a_mark_in_capitals_on_its_own_line():
    body = "HỎA TỐC\nĐề nghị Sở Tài chính báo cáo chậm nhất ngày 15/12/2025."
    letter = extract_text(f"{_HEAD}Kính gửi: Sở Tài chính\n{body}{_SIGNATURE}")
    assert letter["deadlines"] == [{"date": "2025-12-15", "text": "Đề nghị Sở Tài chính báo cáo chậm nhất ngày 15/12/2025"}]
