"""General rules added in the session of 2026-12-07 (second), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
from engine.extraction import extract_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
_HEAD = "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n"


def _scan(name_line: str, number_line: str, body: str = "Tổng cục Thuế hướng dẫn như sau.\n") -> dict:
    return extract_text(name_line + _HEAD + _MOTTO + number_line + "\nV/v gia hạn nộp thuế\n\n"
                        "Kính gửi: Cục Thuế các tỉnh, thành phố\n\n" + body)


def test_a_scan_whose_number_ocr_lost_is_numbered_by_the_name_it_was_filed_under():
    """A repository's front matter names the file 'CV 2019 08 22 CV 4417 22082019TCT…'; the scan's own number line
    kept its code but not its figures."""
    got = _scan('---\ntitle: "CV 2019 08 22 CV 4417 22082019TCTGia han"\n---\n',
                "Số: q1# /TCT-KK Hà Nội, ngày 22 tháng 8 năm 2019")
    assert got["number"] == "4417/TCT-KK"


def test_the_scans_file_name_in_an_ocr_banner_gives_the_figures_too():
    got = _scan("[OCR] [Bản trích chữ tự động bằng tesseract từ bản quét CV-2561-TCT-KK-5-3-2021.pdf — 2 trang.]\n",
                "Số: Z5Ø1/TCT-KK Hà Nội, ngày 5 tháng 3 năm 2021")
    assert got["number"] == "2561/TCT-KK"


def test_a_figure_written_into_the_blank_and_misread_gives_way_to_the_file_name():
    """'Số: 4064 /TCT-KK': a figure written by hand into the template's blank, OCR's reading of it apart from the
    typed code; the file name says 1061."""
    got = _scan('---\ntitle: "CV 2018 03 24 CV 1061 24032018 TCT Gia han"\n---\n',
                "Số: 4064 /TCT-KK Hà Nội, ngày 24 tháng 3 năm 2018")
    assert got["number"] == "1061/TCT-KK"


def test_a_number_typed_with_its_code_stays_whatever_the_file_name_says():
    got = _scan('---\ntitle: "CV Undated CV 897030320TCT Gia han"\n---\n',
                "Số: 839/TCT-KK Hà Nội, ngày 3 tháng 3 năm 2020")
    assert got["number"] == "839/TCT-KK"


def test_a_file_named_for_the_letter_it_answers_does_not_number_this_one():
    """The file is named for the letter the body cites ('… Công văn số 2085/TCT-KK'): not this letter's number."""
    got = _scan('---\ntitle: "Tra loi Cong van 2085-TCT-KK"\n---\n', "Số: /TCT-KK Hà Nội, ngày 3 tháng 3 năm 2020",
                "Trả lời Công văn số 2085/TCT-KK ngày 12/2/2020, Tổng cục Thuế hướng dẫn như sau.\n")
    assert got["number"] != "2085/TCT-KK"


def test_a_date_line_ocr_could_not_read_takes_the_day_the_copy_was_filed_under():
    """'ngày4# tháng 0A năm 2019': no day to read; the name files the letter on 22/08/2019, beside its figure and
    year first alike."""
    got = _scan('---\ntitle: "CV 2019 08 22 CV 4417 22082019TCTGia han"\n---\n',
                "Số: 4417/TCT-KK Hà Nội, ngày4# tháng 0A năm 2019")
    assert got["issued_date"] == "2019-08-22"


def test_a_name_filing_another_number_dates_nothing():
    got = _scan('---\ntitle: "CV 2019 08 22 CV 4417 22082019TCTGia han"\n---\n',
                "Số: 5120/TCT-KK Hà Nội, ngày4# tháng 0A năm 2019")
    assert got["issued_date"] != "2019-08-22"


def test_a_document_sites_title_without_so_names_the_letter_it_carries():
    """'Hướng dẫn 645/SXD-QLHĐXD ngày 25/11/2013 về việc …': a site's title line, with no 'số', heading a post that
    only links the file."""
    got = extract_text("Hướng dẫn 712/SXD-KTXD ngày 12/3/2014 về việc điều chỉnh dự toán xây dựng công trình trên "
                       "địa bàn tỉnh:\n\nhttp://example.org/files/712-sxd.pdf\n")
    assert (got["doc_type"], got["number"], got["issued_date"], got["subject"]) == (
        "Hướng dẫn", "712/SXD-KTXD", "2014-03-12", "điều chỉnh dự toán xây dựng công trình trên địa bàn tỉnh")


def test_a_relay_line_says_whom_the_letter_is_sent_to_after_its_issuer():
    got = extract_text("Văn bản 2537/STNMT-QLMT ngày 19/8/2021 của Sở Tài nguyên và Môi trường gửi các cơ sở sản "
                       "xuất trên địa bàn tỉnh về việc thực hiện quan trắc môi trường định kỳ năm 2021.\n\n"
                       "Thời gian qua, Sở nhận được văn bản của một số cơ sở.\n")
    assert got["issuer"] == "Sở Tài nguyên và Môi trường"


def test_a_number_letter_spaced_into_the_blank_is_read_whole():
    got = _scan("", "Số: 1 0 9 4 3 /TCT-KK Hà Nội, ngày 24 tháng 12 năm 2021")
    assert got["number"] == "10943/TCT-KK"


def test_a_file_name_may_run_a_five_figure_date_on_to_the_figure():
    """'CV 59112220CTBN': 591 of 12/2/20, the day and month without their leading zero."""
    got = _scan('---\ntitle: "CV Undated CV 59112220TCTDuoc bu"\n---\n', "Số: /TCT-KK Hà Nội, ngay/lZ tháng 02 năm 2020")
    assert (got["number"], got["issued_date"]) == ("591/TCT-KK", "2020-02-12")


def test_a_number_line_whose_label_ocr_garbled_is_still_the_one_the_file_name_numbers():
    """'Số *⁄/TCT-KK': the label's colon and the figures lost in one smudge."""
    got = _scan('---\ntitle: "CV 2017 06 23 CV 834923062017TCTHuong dan"\n---\n', "Số *⁄/TCT-KK Ha")
    assert got["number"] == "8349/TCT-KK"


def test_a_number_line_that_lost_its_label_is_known_by_the_date_beside_it():
    got = _scan('---\ntitle: "CV Undated CV 1305 26422 TCT Trien khai"\n---\n',
                "864305 /TCT-KK. Hà Nội, ngdy, Jf tháng 4 năm 2022")
    assert (got["number"], got["issued_date"]) == ("1305/TCT-KK", "2022-04-26")


def test_a_slash_read_as_an_exclamation_mark_still_opens_the_code():
    got = _scan('---\ntitle: "CV Undated CV 239403820TCTHo tro"\n---\n', "Số: 271 !TCT-KK Bắc Ninh, ngayQ tháng 8 năm 2020")
    assert (got["number"], got["issued_date"]) == ("2394/TCT-KK", "2020-08-03")
