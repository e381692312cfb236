"""General rules added in the session of 2026-12-05 (late), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
import pytest

from engine.extraction import card, extract_text

_LETTERHEAD = "UBND TỈNH LONG AN\nSỞ Y TẾ\n"
_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
_BODY = "Kính gửi: Các đơn vị trực thuộc.\nSở Y tế đề nghị các đơn vị thực hiện.\nGIÁM ĐỐC\nNguyễn Văn An\n"


def _letter(number_line="Số: 1234/SYT-NVY", date_line="Long An, ngày 15 tháng 3 năm 2024",
            subject_line="V/v tăng cường phòng, chống dịch sốt xuất huyết") -> dict:
    return extract_text(f"{_LETTERHEAD}{number_line}\n{_MOTTO}{date_line}\n{subject_line}\n{_BODY}")


@pytest.mark.parametrize("dash", ["\u2014", "\u2011", "\u2010", "\u2212"])
def test_a_codes_hyphen_typed_as_another_dash_is_a_hyphen(dash):
    # an em dash, Word's non-breaking hyphen, a typesetter's hyphen, a minus sign: the code was cut at it
    assert _letter(number_line=f"Số: 1234/SYT{dash}NVY")["number"] == "1234/SYT-NVY"


def test_a_soft_hyphen_inside_a_code_shows_nothing():
    assert _letter(number_line="Số: 1234/SYT-\u00adNVY")["number"] == "1234/SYT-NVY"


@pytest.mark.parametrize("date_line", ["Long An, 15/03/2024", "Long An, 15-3-2024.", "TP. Tân An, 15.03.2024"])
def test_a_date_line_in_figures_without_its_ngay(date_line):
    assert _letter(date_line=date_line)["issued_date"] == "2024-03-15"


@pytest.mark.parametrize("site_date", ["Thứ Hai, 28/04/2025", "Thursday, 18/07/2024", "Chủ nhật, 18/07/2024"])
def test_a_web_pages_weekday_and_date_is_not_a_date_line(site_date):
    page = (f"{site_date}\nTHÔNG BÁO\nLịch tiếp công dân của Thường trực HĐND huyện tháng 8 năm 2024\n"
            "Thường trực HĐND huyện thông báo lịch tiếp công dân định kỳ như sau.\n")
    assert extract_text(page)["issued_date"] is None


@pytest.mark.parametrize("subject_line", ["(V/v tăng cường phòng, chống dịch sốt xuất huyết)",
                                          "\"V/v tăng cường phòng, chống dịch sốt xuất huyết\""])
def test_a_subject_line_in_brackets_or_quotes_is_read_without_them(subject_line):
    assert _letter(subject_line=subject_line)["subject"] == "tăng cường phòng, chống dịch sốt xuất huyết"


def test_a_subjects_own_brackets_stay():
    got = _letter(subject_line="V/v góp ý dự thảo Luật Dược (sửa đổi)")
    assert got["subject"] == "góp ý dự thảo Luật Dược (sửa đổi)"


_CARD_ROWS = {
    "number": "1234/SYT-NVY", "date": "15/03/2024", "type": "Công văn", "issuer": "Sở Y tế",
    "subject": "Tăng cường phòng, chống dịch sốt xuất huyết", "signer": "Nguyễn Văn An",
}


def _card_page(labels: dict, row: str = "{label}: {value}") -> str:
    rows = [row.format(label=labels[k], value=v) for k, v in _CARD_ROWS.items()]
    return ("Cổng thông tin điện tử tỉnh Long An\nTrang chủ > Văn bản chỉ đạo điều hành\n" + "\n".join(rows)
            + "\nLĩnh vực: Y tế\nTải về: 1234-SYT-NVY.pdf\nLượt xem: 120\n")


_LABELS = {"number": "Số ký hiệu", "date": "Ngày ban hành", "type": "Loại văn bản", "issuer": "Cơ quan ban hành",
           "subject": "Trích yếu", "signer": "Người ký"}


@pytest.mark.parametrize("labels", [
    _LABELS,
    {**_LABELS, "number": "Số/Ký hiệu", "date": "Ngày ký", "subject": "Trích yếu nội dung", "issuer": "Đơn vị ban hành"},
    {**_LABELS, "number": "Ký hiệu", "date": "Ngày văn bản"},
    {**_LABELS, "number": "Số hiệu văn bản"},
])
@pytest.mark.parametrize("row", ["{label}: {value}", "| {label} | {value} |", "{label}\t{value}", "{label}:\n{value}"])
def test_a_portals_attribute_card_alone_gives_the_letters_key_fields(labels, row):
    # a page filing a letter as its attribute card over a link to the signed file: only 'Số hiệu' was read, and no
    # date, nor subject, before
    got = extract_text(_card_page(labels, row))
    assert (got["number"], got["issued_date"], got["doc_type"], got["issuer"]) == (
        "1234/SYT-NVY", "2024-03-15", "Công văn", "Sở Y tế")
    assert got["subject"] == "Tăng cường phòng, chống dịch sốt xuất huyết"


def test_a_cards_rows_two_to_a_line_and_run_together():
    page = ("Thuộc tính văn bản\nSố hiệu:1234/SYT-NVYNgày đăng công báo:Đang cập nhật\n"
            "Loại văn bản:Công vănNgười ký:Nguyễn Văn An\nNgày ban hành:15/03/2024Hết hiệu lực:Đang cập nhật\n"
            "Trích yếu: Tăng cường phòng, chống dịch sốt xuất huyết  Cơ quan ban hành: Sở Y tế\n")
    got = extract_text(page)
    assert (got["number"], got["issued_date"], got["subject"]) == (
        "1234/SYT-NVY", "2024-03-15", "Tăng cường phòng, chống dịch sốt xuất huyết")


def test_the_letters_own_header_wins_over_its_card():
    page = _card_page(_LABELS).replace("Trích yếu: Tăng cường", "Trích yếu: Về việc tăng cường") + "\n" + (
        f"{_LETTERHEAD}Số: 1234/SYT-NVY\n{_MOTTO}Long An, ngày 16 tháng 3 năm 2024\n"
        f"V/v tăng cường phòng, chống dịch sốt xuất huyết năm 2024\n{_BODY}")
    got = extract_text(page)
    assert (got["issued_date"], got["subject"]) == ("2024-03-16", "tăng cường phòng, chống dịch sốt xuất huyết năm 2024")


def test_a_sentence_naming_a_signing_day_is_no_card():
    text = (f"{_LETTERHEAD}Số: 1234/SYT-NVY\n{_MOTTO}Long An, ngày 15 tháng 3 năm 2024\n"
            "Kính gửi: Các đơn vị trực thuộc.\nThực hiện văn bản có Ngày ký: 10/3/2024 của Bộ Y tế, Sở đề nghị.\n"
            "GIÁM ĐỐC\nNguyễn Văn An\n")
    got = extract_text(text)
    assert (got["number"], got["issued_date"], got["subject"]) == ("1234/SYT-NVY", "2024-03-15", None)


@pytest.mark.parametrize("number, named, issuer, parent", [
    # the code names only 'Văn phòng', or the department without its province: the card names it whole
    ("45/TB-VP", "Văn phòng Đoàn ĐBQH và HĐND tỉnh Long An", "Văn phòng Đoàn ĐBQH và HĐND tỉnh Long An", None),
    ("45/SYT-NVY", "Sở Y tế tỉnh Long An", "Sở Y tế", "UBND tỉnh Long An"),
])
@pytest.mark.parametrize("label", ["Cơ quan ban hành", "Đơn vị ban hành"])
def test_the_issuer_a_card_names_completes_the_one_its_code_gives(number, named, issuer, parent, label):
    page = (f"Trang chủ > Văn bản\nSố ký hiệu: {number}\nNgày ban hành: 15/03/2024\n{label}: {named}\n"
            "Trích yếu: Lịch tiếp công dân tháng 4/2024\n")
    got = extract_text(page)
    assert (got["issuer"], got["issuer_parent"]) == (issuer, parent)


def test_a_subject_row_ends_where_the_cards_next_row_opens():
    # the card's 'Về việc:' row read as the letter's subject line ran on over 'Người ký: …' and 'Lĩnh vực: …'
    page = ("Số hiệu: 1234/SYT-NVY\nNgày ban hành: 15/03/2024\nVề việc: Tăng cường phòng, chống dịch sốt xuất huyết\n"
            "Người ký: Nguyễn Văn An\nLĩnh vực: Y tế\n")
    assert extract_text(page)["subject"] == "Tăng cường phòng, chống dịch sốt xuất huyết"


@pytest.mark.parametrize("letterhead, issuer", [
    # a plural's 'các' after the head opens no name ('Ban quản lý Các khu kinh tế' before)
    ("UBND TỈNH LONG AN\nBAN QUẢN LÝ CÁC KHU KINH TẾ", "Ban quản lý các khu kinh tế"),
    ("BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH\nMỤC TIÊU QUỐC GIA TỈNH LONG AN", "Ban chỉ đạo các chương trình mục tiêu quốc gia tỉnh Long An"),
])
def test_a_plurals_cac_in_a_bodys_name_is_written_small(letterhead, issuer):
    got = extract_text(f"{letterhead}\n{_MOTTO}Số: 123/BQL-VP\nLong An, ngày 15 tháng 3 năm 2024\n"
                       "V/v báo cáo tình hình thu hút đầu tư quý I năm 2024\n" + _BODY)
    assert got["issuer"] == issuer


def test_a_slips_fields_left_to_fill_give_nothing():
    page = "PHIẾU XỬ LÝ VĂN BẢN\nSố, ký hiệu: ____________\nNgày ban hành: ………………\nTrích yếu: ........................\n"
    assert card.read(page) == {}  # (its dots and rules were the values)
    got = extract_text(page)
    assert (got["number"], got["issued_date"], got["subject"]) == (None, None, None)


@pytest.mark.parametrize("title, doc_type", [
    # a title set letter-spaced (its character spacing kept by a PDF, or typed so), or with a stray gap: the letter
    # was taken for a công văn, its code naming no type
    ("Q U Y Ế T  Đ Ị N H", "Quyết định"), ("T H Ô N G  B Á O", "Thông báo"), ("K Ế  H O Ạ C H", "Kế hoạch"),
    ("Q UYẾT ĐỊNH", "Quyết định"),
])
def test_a_letter_spaced_type_title_is_the_type(title, doc_type):
    text = (f"{_LETTERHEAD}Số: 123/SYT-VP\n{_MOTTO}Long An, ngày 15 tháng 3 năm 2024\n{title}\n"
            "Về việc thành lập Tổ công tác phòng, chống dịch\nGIÁM ĐỐC SỞ Y TẾ TỈNH LONG AN\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương;\n")
    got = extract_text(text)
    assert (got["doc_type"], got["subject"]) == (doc_type, "Về việc thành lập Tổ công tác phòng, chống dịch")


def test_a_ve_viec_label_with_its_colon_on_a_line_of_its_own_is_dropped():
    got = extract_text(f"{_LETTERHEAD}Số: 1234/SYT-NVY\nVề việc:\ntăng cường phòng, chống dịch sốt xuất huyết\n{_MOTTO}"
                       f"Long An, ngày 15 tháng 3 năm 2024\n{_BODY}")
    assert got["subject"] == "tăng cường phòng, chống dịch sốt xuất huyết"


@pytest.mark.parametrize("letterhead, issuer, parent", [
    # a letterhead typed in small letters (its capitals were a font's, lost with it): no issuer was read when the
    # number's code names no body
    ("Ủy ban nhân dân tỉnh Long An\nSở Y tế", "Sở Y tế", "UBND tỉnh Long An"),
    ("ủy ban nhân dân tỉnh long an\nsở y tế", "Sở Y tế", "UBND tỉnh Long An"),
    ("Bộ Y tế\nCục Quản lý Dược", "Cục Quản lý Dược", "Bộ Y tế"),
    ("UBND TỈNH LONG AN\nSỞ Y TẾ", "Sở Y tế", "UBND tỉnh Long An"),  # (in capitals, as before)
])
def test_a_letterhead_typed_in_small_letters_names_the_issuer(letterhead, issuer, parent):
    got = extract_text(f"{letterhead}\nSố: 1234/NVY\nV/v tăng cường phòng, chống dịch sốt xuất huyết\n"
                       "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n"
                       "Long An, ngày 15 tháng 3 năm 2024\nKính gửi: Các đơn vị trực thuộc.\nNội dung.\n")
    assert (got["issuer"], got["issuer_parent"]) == (issuer, parent)


@pytest.mark.parametrize("line, is_name", [
    ("Ủy ban nhân dân tỉnh Long An", True), ("Sở Y tế", True),
    ("ỦY BAN NHÂN DÂN Số:", False),  # a label's line (it read 'UBND Số:' on a site's copy)
    ("Sở Y tế đề nghị các đơn vị, thực hiện", False), ("UBND TỈNH LONG AN", False),  # a sentence; capitals already
])
def test_what_a_letterhead_line_in_small_letters_is(line, is_name):
    from engine.extraction.casing import small_letterhead
    assert small_letterhead(line) is is_name


@pytest.mark.parametrize("head, parent", [
    ("Ủy ban nhân dân tỉnh Lào Cai", "UBND tỉnh Lào Cai"),
    ("Ubnd tỉnh lào cai", "UBND tỉnh Lào Cai"),  # (a form no register writes is not taken for the letter's own)
])
def test_a_two_column_letterhead_in_small_letters_is_read_cell_by_cell(head, parent):
    text = (f"{head}          Cộng hòa xã hội chủ nghĩa Việt Nam\n"
            "Sở Nông nghiệp và Môi trường          Độc lập - Tự do - Hạnh phúc\n"
            "Số: 904/BC-NNMT          Lào Cai, ngày 28 tháng 8 năm 2026\n"
            "BÁO CÁO\nKết quả kiểm tra, xác minh nội dung phản ánh\nKính gửi: Ủy ban nhân dân tỉnh.\nNội dung.\n")
    got = extract_text(text)
    assert (got["issuer"], got["issuer_parent"]) == ("Sở Nông nghiệp và Môi trường", parent)


def test_a_small_letter_names_second_line_goes_with_it():
    text = ("Bộ Công Thương          Cộng hòa xã hội chủ nghĩa Việt Nam\n"
            "Cục Kỹ thuật an toàn          Độc lập - Tự do - Hạnh phúc\nvà Môi trường công nghiệp\n"
            "Số: 216/ATMT-ATĐ          Hà Nội, ngày 30 tháng 01 năm 2026\nV/v hướng dẫn nạo vét lòng hồ thủy điện\n"
            "Kính gửi: Các chủ đầu tư.\nNội dung.\n")
    assert extract_text(text)["issuer"].casefold() == "cục kỹ thuật an toàn và môi trường công nghiệp"


_BILINGUAL = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "MINISTRY OF EDUCATION AND TRAINING           SOCIALIST REPUBLIC OF VIETNAM\n"
              "TRƯỜNG ĐẠI HỌC CẦN THƠ                      Độc lập - Tự do - Hạnh phúc\n"
              "CAN THO UNIVERSITY                           Independence - Freedom - Happiness\n\n"
              "{label} 1234/ĐHCT-HTQT                      Cần Thơ, ngày 15 tháng 3 năm 2024\n"
              "V/v cử cán bộ tham dự hội thảo quốc tế       Can Tho, March 15, 2024\n\n"
              "Kính gửi: Bộ Giáo dục và Đào tạo\nTrường Đại học Cần Thơ trân trọng đề nghị.\n")


@pytest.mark.parametrize("label", ["Số/No.:", "Số (No.):", "Số:"])
def test_a_bilingual_letterhead_reads_its_vietnamese_lines(label):
    # the English lines were read into the names ('Trường Đại học Cần Thơ Cần Thơ UNIVERSITY', the parent ending
    # 'Socialist Republic Of Việt Nam'), and 'Số/No.:' was no number's label
    got = extract_text(_BILINGUAL.format(label=label))
    assert (got["number"], got["issued_date"]) == ("1234/ĐHCT-HTQT", "2024-03-15")
    assert (got["issuer"], got["issuer_parent"]) == ("Trường Đại học Cần Thơ", "Bộ Giáo dục và Đào tạo")


@pytest.mark.parametrize("line, english", [
    ("CAN THO UNIVERSITY", True), ("SOCIALIST REPUBLIC OF VIETNAM", True),
    ("UY BAN NHAN DAN TINH LONG AN", False),  # (OCR that lost the marks: Vietnamese words)
    ("TRƯỜNG ĐẠI HỌC CẦN THƠ", False),
])
def test_what_a_letterhead_line_in_english_is(line, english):
    from engine.extraction.spelling import in_english
    assert in_english(line) is english
