"""General rules added in the session of 2026-12-06 (late morning), each on a short made-up snippet (never a copy
of a labelled letter); each fails without its rule, but those that bound one (an office over the committee it serves,
a garbled name the letter never writes again)."""
import pytest

from engine.extraction import extract_text


def test_a_telegrams_sender_a_line_break_and_a_pages_styling_cut_is_no_part_of_its_title():
    text = ("THỦ TƯỚNG CHÍNH PHỦ\n-------\nSố: 31/CĐ-TTg\nHà Nội, ngày 04 tháng 9 năm 2025\n**CÔNG ĐIỆN**\n"
            "VỀ VIỆC CHỦ ĐỘNG ỨNG PHÓ VỚI BÃO SỐ 7 VÀ MƯA LỚN\n**TH****Ủ\nTƯỚNG CHÍNH PHỦ điện:**\n"
            "- Chủ tịch Ủy ban nhân dân các tỉnh ven biển;\n- Bộ trưởng Bộ Quốc phòng.\n")
    got = extract_text(text)
    assert got["doc_type"] == "Công điện"
    assert got["subject"] == "Về việc chủ động ứng phó với bão số 7 và mưa lớn"


def test_a_decision_an_ad_hoc_bodys_letterhead_cites_is_not_the_letters_number():
    text = ("SỞ XÂY DỰNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TỔ CÔNG TÁC                 Độc lập - Tự do - Hạnh phúc\nTHEO QUYẾT ĐỊNH\n"
            "SỐ 412/QĐ-SXD               Cà Mau, ngày 12 tháng 5 năm 2025\n\n     Số: 27/KH-TCT\n\n"
            "KẾ HOẠCH\nKiểm tra an toàn công trình trên địa bàn tỉnh\n\nThực hiện Quyết định số 412/QĐ-SXD.\n")
    got = extract_text(text)
    assert got["number"] == "27/KH-TCT"
    assert "412/QĐ-SXD" in got["references"]


def test_a_university_academy_or_colleges_own_name_starts_with_a_capital():
    def issuer(head: str) -> str:
        return extract_text(f"{head}\nSố: 12/TB-X\nHà Nội, ngày 04 tháng 9 năm 2025\nV/v lịch học\n\n"
                            "Kính gửi: Các khoa.\n")["issuer"]
    assert issuer("TRƯỜNG ĐẠI HỌC NÔNG LÂM") == "Trường Đại học Nông lâm"
    assert issuer("TRƯỜNG CAO ĐẲNG Y TẾ HUẾ") == "Trường Cao đẳng Y tế Huế"
    assert issuer("HỌC VIỆN NGÂN HÀNG") == "Học viện Ngân hàng"
    assert issuer("SỞ Y TẾ") == "Sở Y tế"  # (a sector's words stay as they are)


_GARBLED_HEAD = ("ĐẠI HỌC HUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG ĐAL HOC NÔNG LÂM Độc lập - Tự do - Hạnh phúc\n"
                 "Số: 512/QĐ-ĐHNL Huế, ngày 14 tháng 12 năm 2021\nQUYẾT ĐỊNH\nVề việc ban hành quy chế chi tiêu nội bộ\n")


def test_a_garbled_name_the_letter_never_writes_again_is_left_as_read():
    got = extract_text(_GARBLED_HEAD + "HIỆU TRƯỞNG\nCăn cứ Luật Giáo dục đại học;\n")
    assert got["issuer"].startswith("Trường ĐAL")


def test_a_committees_name_is_matched_written_out_in_the_body():
    from engine.extraction import echoed
    text = "UBND HUY~N HI~P HOA\n…\nỦy ban nhân dân huyện Hiệp Hòa đề nghị các xã thực hiện.\n"
    assert echoed.clean("UBND Huy~n hi~p hoa", text) == "UBND huyện Hiệp Hòa"  # (in the register's short form)
    assert echoed.clean("UBND huyện Hiệp Hòa", text) == "UBND huyện Hiệp Hòa"  # (nothing garbled: as it is)


def test_a_long_known_name_ocr_misread_one_letter_of_is_that_name():
    text = ("BỘ GIÁO DVC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐẠI HỌC HUẾ Độc lập - Tự do - Hạnh phúc\n"
            "Số: 45/ĐHH-TCCB Huế, ngày 14 tháng 12 năm 2021\nV/v cử cán bộ đi học\n\nKính gửi: Các trường thành viên.\n")
    assert extract_text(text)["issuer_parent"] == "Bộ Giáo dục và Đào tạo"


def test_specks_ocr_ran_on_after_a_letterheads_name_are_cut_off():
    def issuer(line: str) -> str:
        return extract_text(f"{line} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                            "Số: 45/BTC-TCCB Hà Nội, ngày 14 tháng 12 năm 2021\nV/v cử cán bộ đi học\n\n"
                            "Kính gửi: Các đơn vị.\n")["issuer"]
    assert issuer("BỘ TÀI CHÍNH S, 1") == "Bộ Tài chính"  # (a name a number's code knows, then no word)
    assert issuer('SỞ NỘI VỤ ĐẾ" 89, 20042') == "Sở Nội vụ"  # (a quote inside a word: a stamp's print)
    assert issuer("UBND QUẬN 1") == "UBND quận 1"  # (a number that is the name's own)


def test_a_title_run_into_the_authority_line_keeps_the_bodies_it_lists_after_a_comma_or_thuoc():
    text = ("ỦY BAN NHÂN DÂN TỈNH CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "Số: 12/2025/QĐ-UBND Cà Mau, ngày 18 tháng 11 năm 2025 QUYẾT ĐỊNH BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA CÁC SỞ, "
            "NGÀNH, ỦY BAN NHÂN DÂN CÁC XÃ VÀ ĐƠN VỊ TRỰC THUỘC ỦY BAN NHÂN DÂN TỈNH, CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH "
            "ỦY BAN NHÂN DÂN TỈNH CÀ MAU\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert extract_text(text)["subject"].casefold() == (
        "ban hành quy chế phối hợp giữa các sở, ngành, ủy ban nhân dân các xã và đơn vị trực thuộc ủy ban nhân dân "
        "tỉnh, chủ tịch ủy ban nhân dân tỉnh")


def test_a_signers_name_a_narrow_cell_broke_after_its_second_word_is_joined():
    text = ("BỘ TÀI CHÍNH\nSố: 17/BTC-CT\nHà Nội, ngày 04 tháng 9 năm 2025\nV/v hướng dẫn thuế\n\nKính gửi: Cục Thuế.\n"
            "Bộ Tài chính hướng dẫn như trên./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\n**KT. BỘ TRƯỞNG**\n"
            "THỨ TRƯỞNG\n**Cao Anh\nTuấn**\n|\n")
    got = extract_text(text)
    assert (got["signer_title"], got["signer"]) == ("Thứ trưởng", "Cao Anh Tuấn")


def test_an_addressee_a_line_broke_after_a_word_that_leads_on_goes_on_to_the_next_line():
    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 118/VPCP-KTTH\nHà Nội, ngày 04 tháng 9 năm 2025\nV/v triển khai kết luận\n\n"
            "Kính gửi: Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc\nChính phủ\n"
            "Xét báo cáo của Bộ Tài chính, Phó Thủ tướng Chính phủ có ý kiến như sau:\n")
    assert extract_text(text)["recipients"] == ["Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ"]


def test_a_titles_line_opening_with_a_bodys_name_that_goes_on_is_no_authority_line():
    text = ("CHÍNH PHỦ\nSố: 38/NQ-CP\nHà Nội, ngày 01 tháng 12 năm 2025\n**NGHỊ QUYẾT**\n"
            "VỀ VIỆC TIẾP THU Ý KIẾN CỦA ĐẠI BIỂU\nQUỐC HỘI TẠI TỔ VÀ HỘI TRƯỜNG VỀ DỰ ÁN LUẬT THỐNG KÊ\n**CHÍNH PHỦ**\n"
            "*Căn cứ Luật Tổ chức Chính phủ;*\n")
    assert extract_text(text)["subject"].casefold() == (
        "về việc tiếp thu ý kiến của đại biểu quốc hội tại tổ và hội trường về dự án luật thống kê")


def test_a_frequent_real_word_is_not_respelt_on_one_sides_evidence():
    from engine.extraction import ocr_words  # (the shipped model: 'tại tờ [trình]' is common, 'tổ' far more so)
    assert ocr_words.correct("THẢO LUẬN TẠI TỔ VÀ HỘI TRƯỜNG") == "THẢO LUẬN TẠI TỔ VÀ HỘI TRƯỜNG"
    assert ocr_words.correct("THỰC HIỆN ĐỂ ÁN") == "THỰC HIỆN ĐỀ ÁN"  # (both sides vouch for the respelling)


def test_the_partys_name_closing_a_title_about_its_archives_is_no_letterhead():
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-QĐ/TW\nHà Nội, ngày 19 tháng 11 năm 2025\n\n"
            "QUY ĐỊNH\n\nVỀ\nCÔNG TÁC LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM\n\n- Căn cứ Điều lệ Đảng;\n")
    assert extract_text(text)["subject"].casefold() == "về công tác lưu trữ đảng cộng sản việt nam"


@pytest.mark.parametrize("text, bodies", [
    pytest.param("VĂN PHÒNG\nPHÒNG TỔNG HỢP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                 "Cà Mau, ngày 05 tháng 6 năm 2025\nBÁO CÁO\nKết quả công tác tháng 5 năm 2025\n"
                 "Thực hiện chỉ đạo của Chánh Văn phòng, Phòng Tổng hợp báo cáo như sau:\n",
                 ("Phòng Tổng hợp", "Văn phòng"), id="an office's own section under it issues as itself"),
    pytest.param(_GARBLED_HEAD + "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC NÔNG LÂM\nCăn cứ Luật Giáo dục đại học;\n",
                 ("Trường Đại học Nông lâm", "Đại học Huế"),
                 id="a name OCR garbled is read where the letter names it again"),
    pytest.param("TỔNG CỤC HẢI QUAN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                 "Số: 215/GSQL-GQ1 Hà Nội, ngày 14 tháng 3 năm 2019\nV/v thủ tục tạm nhập tái xuất\n\n"
                 "Kính gửi: Cục Hải quan tỉnh Lạng Sơn.\n",
                 ("Cục Giám sát quản lý về Hải quan", "Tổng cục Hải quan"),
                 id="a department's line lost under its general department's is named by the code"),
    pytest.param("BỘ GIÁO DỤC VÀ ĐÀO TAO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐẠI HOC HUẾ Độc lập - Tự do - Hạnh phúc\n"
                 "Số: 45/QĐ-ĐHH Huế, ngày 14 tháng 12 năm 2021\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\n",
                 ("Đại học Huế", "Bộ Giáo dục và Đào tạo"),
                 id="a university whose dotted O OCR lost is its own body under the ministry"),
])
def test_a_letterheads_body_and_its_parent(text, bodies):
    got = extract_text(text)
    assert (got["issuer"], got["issuer_parent"]) == bodies


@pytest.mark.parametrize("text, issuer", [
    pytest.param("**TR****ƯỜNG ĐẠI HỌC THỦY LỢI**\nSố: 88/ĐHTL-TH\nHà Nội, ngày 04 tháng 9 năm 2025\n"
                 "V/v báo cáo tình hình\n\nKính gửi: Các khoa, phòng.\n", "Trường Đại học Thủy lợi",
                 id="a word's first consonants split off by bold marks join the rest of it"),
    pytest.param("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 07/CT-CTUBND\n"
                 "Điện Biên, ngày 21 tháng 9 năm 2016\nCHỈ THỊ\nVề việc tăng cường quản lý, bảo vệ rừng\n\n"
                 "Trong thời gian qua, trên địa bàn tỉnh đã triển khai nhiều biện pháp.\n", "UBND tỉnh Điện Biên",
                 id="a committee chairman's code names the committee when the letterhead is lost"),
    pytest.param("VĂN PHÒNG\nỦY BAN NHÂN DÂN TỈNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                 "Số: 15/VP-TH\nCà Mau, ngày 05 tháng 6 năm 2025\nV/v lịch công tác\n\nKính gửi: Các sở, ngành.\n",
                 "Văn phòng Ủy ban nhân dân tỉnh",
                 id="an office over the committee it serves is still one body (bounds the office's section)"),
])
def test_a_letterheads_body(text, issuer):
    assert extract_text(text)["issuer"] == issuer
