"""General rules added in the session of 2026-12-05 (night), each on a short made-up snippet (never a copy of a
labelled letter); each fails without its rule."""
import pytest

from engine.extraction import extract_text

_TAIL = ("\n\nSố: 2345/VP-KGVX\n\n*Gia Lai, ngày 14 tháng 11 năm 2025*\n\nV/v triển khai công tác chuyển đổi số năm "
         "2026\n\nKính gửi: Các sở, ban, ngành tỉnh.\n\nĐề nghị các đơn vị thực hiện.\n\nNơi nhận:\n- Như trên;\n"
         "- Lưu: VT.\n\n**KT. CHÁNH VĂN PHÒNG**\n**PHÓ CHÁNH VĂN PHÒNG**\n\nTrần Văn Bình\n")


@pytest.mark.parametrize("header", [
    # a transcription sets a table's cells side by side in bold, nothing between them (read before, kept)
    "**UBND TỈNH GIA LAI****CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**VĂN PHÒNG****Độc lập - Tự do - Hạnh phúc**",
    # ... or a cell's lines one after the other (read as one name, 'UBND tỉnh Gia Laivăn phòng', before)
    "**UBND TỈNH GIA LAI****VĂN PHÒNG****CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM****Độc lập - Tự do - Hạnh phúc**",
])
def test_bold_runs_back_to_back_are_cells_not_one_name(header):
    got = extract_text(header + _TAIL)
    assert (got["issuer"], got["issuer_parent"]) == ("Văn phòng", "UBND tỉnh Gia Lai")
    assert got["subject"] == "triển khai công tác chuyển đổi số năm 2026"


def test_a_bold_name_followed_by_stars_of_decoration_keeps_its_name():
    got = extract_text("**UBND TỈNH GIA LAI**\n**VĂN PHÒNG**\n*******\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
                       "**Độc lập - Tự do - Hạnh phúc**" + _TAIL)
    assert (got["issuer"], got["issuer_parent"]) == ("Văn phòng", "UBND tỉnh Gia Lai")


@pytest.mark.parametrize("letterhead, name", [
    # a place within a wider one keeps each level's word in small letters ('Tỉnh Long An' before)
    ("TÒA ÁN NHÂN DÂN\nHUYỆN ĐỨC HÒA\nTỈNH LONG AN", "Tòa án nhân dân huyện Đức Hòa tỉnh Long An"),
    # an area named after two districts ('khu vực châu thành - Tân phước' before)
    ("CHI CỤC THUẾ KHU VỰC\nCHÂU THÀNH - TÂN PHƯỚC", "Chi cục Thuế khu vực Châu Thành - Tân Phước"),
])
def test_places_in_a_letterheads_name_are_written_as_places(letterhead, name):
    text = (f"{letterhead}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 55/TA-VP\n"
            "Đức Hòa, ngày 14 tháng 11 năm 2025\nV/v phối hợp tống đạt văn bản tố tụng\n"
            "Kính gửi: Trung tâm Y tế huyện Đức Hòa.\nĐề nghị đơn vị phối hợp thực hiện.\n")
    assert extract_text(text)["issuer"] == name


@pytest.mark.parametrize("letterhead, issuer, parent", [
    # a narrow column wraps the ward's or district's number onto a line of its own: the letterhead was lost and
    # the issuer taken from the date line's city ('UBND thành phố Hồ Chí Minh')
    ("UBND QUẬN BÌNH THẠNH\nỦY BAN NHÂN DÂN PHƯỜNG\n25", "UBND phường 25", "UBND quận Bình Thạnh"),
    ("ỦY BAN NHÂN DÂN\nQUẬN\n8", "UBND quận 8", None),
    # (already read: the number on the level word's line)
    ("UBND QUẬN BÌNH THẠNH\nỦY BAN NHÂN DÂN\nPHƯỜNG 25", "UBND phường 25", "UBND quận Bình Thạnh"),
])
def test_a_wards_number_wrapped_onto_its_own_line_goes_back_after_its_word(letterhead, issuer, parent):
    text = (f"{letterhead}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 120/UBND\n\n"
            "Thành phố Hồ Chí Minh, ngày 14 tháng 11 năm 2025\n\nV/v tổng vệ sinh môi trường cuối năm 2025\n\n"
            "Kính gửi: Các khu phố.\n\nĐề nghị các khu phố thực hiện.\n")
    got = extract_text(text)
    assert (got["issuer"], got["issuer_parent"]) == (issuer, parent)


@pytest.mark.parametrize("rule", ["XEYTORC ĐI (31029 8)", "X4:G\\-2220)3.0002X0%"])
def test_the_rule_under_a_letterhead_read_as_letters_and_figures_is_no_part_of_the_name(rule):
    # a degraded scan's OCR reads the line under the letterhead as characters, figures among them
    text = (f"TÒA ÁN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n{rule}\nSố: 55/TA-VP\nV/v phối hợp tống đạt văn bản tố tụng\n"
            "Kính gửi: Trung tâm Y tế quận Ninh Kiều.\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Cần Thơ, ngày 14 tháng 11 năm 2025\nĐề nghị đơn vị phối hợp thực hiện.\n")
    assert extract_text(text)["issuer"] == "Tòa án nhân dân thành phố Cần Thơ"
