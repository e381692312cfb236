"""Scans as offices send them, through the real OCR path of ocr.py (tesseract, pdftoppm, Pillow).

bench/extraction_ocr.py measures the same causes on the labelled letters printed and scanned
(docs/benchmarks.md, "Through OCR"). The text-level tests feed tesseract's output as it came
off those pages; the rendered ones draw a header the way Nghị định 30/2020 lays it out.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from engine.extraction import extract_file, extract_text, ocr
from engine.extraction.ocr_text import tidy
from tests.support import require

FONTS = Path("/usr/share/fonts/truetype/dejavu")


def test_tesseract_runs_on_one_thread_and_pdfs_are_rasterised_in_grey(tmp_path, monkeypatch):
    """OpenMP threads made a page take 26 s instead of 6 s on a busy two-core server."""
    calls = []

    def run(args, **kwargs):
        calls.append((args, kwargs.get("env") or {}))
        return subprocess.CompletedProcess(args, 0, stdout="eng\nvie\n", stderr="")

    # (the tools found through ocr's own seam: a patched shutil.which would be pypdf's too, whose legacy settings
    # then differ from its defaults and every PDF after fails to open in this process)
    monkeypatch.setattr(ocr, "_require", lambda tool, package: f"/usr/bin/{tool}")
    monkeypatch.setattr(ocr.subprocess, "run", run)
    ocr._tesseract(tmp_path / "page.png", "--psm", "3")
    ocr.pdf_to_text(tmp_path / "scan.pdf")
    tesseract = [(a, env) for a, env in calls if Path(a[0]).name == "tesseract" and "--list-langs" not in a]
    assert tesseract and all(env.get("OMP_THREAD_LIMIT") == "1" for _, env in tesseract)
    assert any(Path(a[0]).name == "pdftoppm" and "-gray" in a for a, _ in calls)
    # plain PGM, not PNG: pdftoppm's PNG encoder took ~10 s of a page's ~15
    assert not any(Path(a[0]).name == "pdftoppm" and "-png" in a for a, _ in calls)


def test_tesseract_reads_in_vietnamese_alone():
    """With '+eng' the English model's accent-free reading won on words in capitals ('NEN TANG')."""
    langs = ocr._OPTIONS[ocr._OPTIONS.index("-l") + 1]
    assert langs.split("+") == ["vie"]


# tesseract's text of a printed công văn: the columns read across, the subject's last line below
ACROSS = """BỘ GIÁO DỤC VÀ ĐÀO TẠO            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIET NAM

Số: 7991/BGDĐT-GDTrH                      Doc lập - Tự do - Hạnh phúc

V/v thực hiện kiểm tra, đánh giá đối          Hà Nội, ngày 17 tháng 12 năm 2024
với cấp THCS, THPT
Kính gửi: Các Sở Giáo dục và Đào tạo

Để thực hiện việc kiểm tra, đánh giá theo quy định tại Thông tư số
22/2021/TT-BGDĐT ngày 20/7/2021 quy định về đánh giá học sinh.
"""


def test_a_header_read_across_is_put_back_cell_by_cell():
    text = tidy(ACROSS)
    assert text.index("với cấp THCS") < text.index("CỘNG HÒA") < text.index("Kính gửi")
    got = extract_text(text)
    assert got["subject"] == "thực hiện kiểm tra, đánh giá đối với cấp THCS, THPT"
    assert (got["number"], got["issued_date"]) == ("7991/BGDĐT-GDTrH", "2024-12-17")
    assert got["issuer"] == "Bộ Giáo dục và Đào tạo"


def test_a_body_table_below_the_header_is_left_as_it_is():
    body = "\n".join(f"Dòng {i} của nội dung văn bản." for i in range(20))
    text = ACROSS + body + "\nNơi nhận:                          KT. BỘ TRƯỞNG\n- Như trên;          THỨ TRƯỞNG\n"
    assert tidy(text).endswith(body + "\nNơi nhận:                          KT. BỘ TRƯỞNG\n"
                               "- Như trên;          THỨ TRƯỞNG\n")


# a decision's bold title lost accents; the body has the same words in lower case
CAPITALS = """ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẮC GIANG                   Độc lập - Tự do - Hạnh phúc

Số: 119/QĐ-UBND                Bắc Giang, ngày 23 tháng 11 năm 2009

QUYẾT ĐỊNH
VỀ VIỆC BỔ SUNG THỦ TỤC HÀNH CHÍNH THUỘC THÂM QUYEN
GIẢI QUYẾT CUA SO THONG TIN VÀ TRUYEN THONG
UY BAN NHAN DAN TINH BAC GIANG

Căn cứ Luật Tổ chức chính quyền địa phương;
Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông về thủ tục hành chính thuộc thẩm
quyền giải quyết của Sở Thông tin và Truyền thông; Ủy ban nhân dân tỉnh Bắc Giang,
QUYẾT ĐỊNH:
"""


def test_capitals_get_their_accents_back_from_the_same_words_on_the_page():
    got = extract_text(tidy(CAPITALS))
    assert got["subject"].casefold() == ("về việc bổ sung thủ tục hành chính thuộc thẩm quyền giải quyết "
                                         "của sở thông tin và truyền thông")
    assert got["issuer"] == "UBND tỉnh Bắc Giang"


def test_a_word_alone_is_never_respelt():
    """'NAM' may be 'NĂM' elsewhere on the page: only pairs and triples of words are matched."""
    text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNAM\nBáo cáo năm 2024, năm nay và năm sau.\n"
    assert tidy(text).split("\n")[1] == "NAM"


def test_a_locality_before_a_known_province_gets_its_accent_back():
    """'TĨNH' for 'TỈNH' in bold capitals, and the page never writes 'tỉnh Hà Nam' in lower case."""
    text = "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ QUẢN LÝ CỤM CÔNG NGHIỆP\nTRÊN ĐỊA BÀN TĨNH HÀ NAM\n\nCăn cứ Luật.\n"
    assert "TRÊN ĐỊA BÀN TỈNH HÀ NAM" in tidy(text)


def test_a_pair_of_words_is_matched_over_a_title_line_end():
    text = ("VỀ VIỆC THU PHÍ TRÊN ĐỊA BÀN THÀNH\nPHÔ HÀ NỘI\n\n"
            "Căn cứ Luật Phí; xét đề nghị của Sở Tài chính thành phố Hà Nội.\n")
    assert tidy(text).split("\n")[1] == "PHỐ HÀ NỘI"


def test_a_word_alone_in_capitals_keeps_its_reading():
    """'THẮNG CẢNH' is right although the page has only 'tháng': no pair of the page matches."""
    text = "VỀ VIỆC THU PHÍ DANH LAM THẮNG CẢNH\n\nNgày 5 tháng 3, tháng 4 và tháng 5 năm 2024.\n"
    assert tidy(text).split("\n")[0] == "VỀ VIỆC THU PHÍ DANH LAM THẮNG CẢNH"


def test_capitals_read_right_keep_their_marks_when_the_page_spells_the_pair_otherwise():
    """'TOÀN DÂN BẢO VỆ' is what the letters write; the body's 'hướng dẫn báo cáo' has the same pair without marks
    ('DAN BAO') but is no reason to respell it 'TOÀN DẪN BÁO VỆ'. 'THẤM QUYỀN', which the letters never write, is
    still respelt from the page's 'thẩm quyền'."""
    text = ("XÂY DỰNG PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC\nTHUỘC THẤM QUYỀN CỦA SỞ\n\n"
            "Sở hướng dẫn báo cáo; hướng dẫn báo cáo định kỳ thuộc thẩm quyền giải quyết.\n")
    lines = tidy(text).split("\n")
    assert lines[0] == "XÂY DỰNG PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC"
    assert lines[1] == "THUỘC THẨM QUYỀN CỦA SỞ"


def test_a_stray_full_stop_inside_a_title_in_capitals_is_dropped():
    text = "VỀ VIỆC CÔNG BỐ. DANH MỤC THỦ TỤC, TỔ CHỨC.  VÀ TẠI TP. HỒ CHÍ MINH\n\nCăn cứ Luật.\n"
    assert tidy(text).split("\n")[0] == "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC, TỔ CHỨC  VÀ TẠI TP. HỒ CHÍ MINH"


def test_a_speck_after_a_type_title_is_dropped():
    """'THÔNG TƯ”': the title line was no longer a type's title, and the subject under it was lost."""
    text = ("BỘ NỘI VỤ\nSố: 03/2005/TT-BNV\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 05 tháng 01 năm 2005\n\nTHÔNG TƯ”\nHướng dẫn chế độ nâng bậc lương\n\n"
            "Thi hành Nghị định số 204/2004/NĐ-CP, Bộ Nội vụ hướng dẫn như sau:\n")
    assert extract_text(tidy(text))["subject"] == "Hướng dẫn chế độ nâng bậc lương"
    assert tidy("KHẨU HIỆU “VÌ DÂN”\n") == "KHẨU HIỆU “VÌ DÂN”\n"


# tesseract's blocks of a công văn's header: the left cell, the right cell, then the left cell's bottom
TAIL_LAST = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
Số: 12UBND-KT
V/v đẩy mạnh công tác phòng chống
dịch bệnh trên cây lúa

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long Xuyên, ngày 3 tháng 5 năm 2023

vụ Hè Thu năm 2023

Kính gửi: Sở Nông nghiệp và Phát triển nông thôn.

Ủy ban nhân dân tỉnh đề nghị các đơn vị thực hiện.
"""


def test_a_subjects_last_line_read_after_the_date_goes_back_under_its_first():
    got = extract_text(tidy(TAIL_LAST))
    assert got["subject"] == "đẩy mạnh công tác phòng chống dịch bệnh trên cây lúa vụ Hè Thu năm 2023"


def test_a_number_whose_slash_ocr_lost_before_its_code():
    got = extract_text(tidy(TAIL_LAST))
    assert (got["number"], got["doc_type"], got["issuer"]) == ("12/UBND-KT", "Công văn", "UBND tỉnh An Giang")


def test_a_vv_whose_small_v_ocr_lost():
    got = extract_text(tidy(TAIL_LAST.replace("V/v đẩy", "V/ đẩy")))
    assert got["subject"] == "đẩy mạnh công tác phòng chống dịch bệnh trên cây lúa vụ Hè Thu năm 2023"


def test_a_body_line_after_the_date_stays_where_it_is():
    text = TAIL_LAST.replace("vụ Hè Thu năm 2023\n\n", "")
    assert extract_text(tidy(text))["subject"] == "đẩy mạnh công tác phòng chống dịch bệnh trên cây lúa"


def test_a_portal_posts_title_wrapped_over_two_lines():
    """A printed post read back: its 'Về việc … (number, ngày date).' title ends on a second line."""
    text = ("Skip to main content\n\nVề việc rà soát kênh mương nội đồng trên địa bàn các huyện\n"
            "phía bắc (1234/VP-KTN, ngày 05/11/2019).\n\nThực hiện Công văn số 99/BNN-TL ngày 01/11/2019,"
            " đồng chí Phó Chủ tịch UBND tỉnh có ý kiến như sau:\n\nGiao Sở Nông nghiệp chủ trì thực hiện.\n")
    got = extract_text(text)
    assert got["subject"] == "rà soát kênh mương nội đồng trên địa bàn các huyện phía bắc"
    assert (got["number"], got["issued_date"]) == ("1234/VP-KTN", "2019-11-05")


def test_so_read_without_its_accent_before_the_number():
    text = ACROSS.replace("Số: 7991", "SO: 7991")
    assert extract_text(tidy(text))["number"] == "7991/BGDĐT-GDTrH"


def _header(dpi: int):
    """A công văn's top printed in 12 pt DejaVu Serif at *dpi*: the subject runs below the date."""
    from PIL import Image, ImageDraw, ImageFont
    px = lambda mm: round(mm / 25.4 * dpi)  # noqa: E731
    size = round(11.5 / 72 * dpi)
    regular = ImageFont.truetype(str(FONTS / "DejaVuSerif.ttf"), size)
    bold = ImageFont.truetype(str(FONTS / "DejaVuSerif-Bold.ttf"), size)
    italic = ImageFont.truetype(str(FONTS / "DejaVuSerif-Italic.ttf"), size)
    left = [("BỘ Y TẾ", bold), ("Số: 620/BYT-KH", regular),
            ("V/v tiếp tục triển khai thực hiện các", regular), ("nhiệm vụ của Kế hoạch số 55/KH-UBND", regular)]
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold), ("Độc lập - Tự do - Hạnh phúc", bold),
             ("Hà Nội, ngày 11 tháng 3 năm 2025", italic)]
    img = Image.new("L", (px(210), px(80)), 255)
    draw = ImageDraw.Draw(img)
    step = round(size * 1.4)
    for x, width, lines in ((px(30), px(66), left), (px(96), px(99), right)):
        for i, (line, font) in enumerate(lines):
            draw.text((x + (width - draw.textlength(line, font=font)) / 2, px(12) + i * step), line,
                      font=font, fill=0)
    draw.text((px(45), px(12) + 5 * step), "Kính gửi: Các Sở Y tế.", font=regular, fill=0)
    return img


@pytest.mark.slow
def test_a_printed_two_column_header_through_tesseract(tmp_path):
    pytest.importorskip("PIL")
    require(ocr.available(), "tesseract-ocr, tesseract-ocr-vie or poppler-utils is not installed")
    require((FONTS / "DejaVuSerif.ttf").exists(), "fonts-dejavu is not installed")
    f = tmp_path / "scan.png"
    _header(300).save(f, dpi=(300, 300))
    got = extract_file(f)
    assert got["subject"] == "tiếp tục triển khai thực hiện các nhiệm vụ của Kế hoạch số 55/KH-UBND"
    assert (got["number"], got["issued_date"], got["issuer"]) == ("620/BYT-KH", "2025-03-11", "Bộ Y tế")


def _grainy_jpeg(img, seed: int = 7) -> bytes:
    """A cheap scanner's page: grey ink on grey paper, a little blur, heavy grain (seeded), JPEG."""
    import io
    import random

    from PIL import Image, ImageChops, ImageFilter
    rnd = random.Random(seed)
    img = img.point(lambda v: 40 + (232 - 40) * v // 255).filter(ImageFilter.GaussianBlur(0.6))
    a, b = (Image.frombytes("L", img.size, rnd.randbytes(img.width * img.height)) for _ in range(2))
    grain = ImageChops.add(a, b, scale=2.0).point(lambda v: max(0, min(255, 128 + (v - 128) * 24 // 52)))
    buf = io.BytesIO()
    ImageChops.add(img, grain, scale=1.0, offset=-128).save(buf, "JPEG", quality=60)
    return buf.getvalue()


@pytest.mark.slow
def test_a_grainy_200_dpi_page_is_cleaned_and_enlarged_before_ocr(tmp_path):
    """tesseract read not one letter off this page as it came: the grain swamped its binarisation."""
    pytest.importorskip("PIL")
    require(ocr.available(), "tesseract-ocr, tesseract-ocr-vie or poppler-utils is not installed")
    require((FONTS / "DejaVuSerif.ttf").exists(), "fonts-dejavu is not installed")
    from PIL import Image
    page = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
    page.paste(_header(200), (0, 0))
    f = tmp_path / "scan.jpg"
    f.write_bytes(_grainy_jpeg(page))
    got = extract_file(f)
    assert (got["number"], got["issued_date"], got["issuer"]) == ("620/BYT-KH", "2025-03-11", "Bộ Y tế")


def test_a_long_scan_is_read_to_its_page_limit_only(tmp_path, monkeypatch):
    """A 60-page scan with its annexes would hold the clerk's upload for minutes: its first pages are read."""
    pytest.importorskip("PIL")
    from PIL import Image
    require(ocr.available(), "tesseract-ocr, tesseract-ocr-vie or poppler-utils is not installed")
    monkeypatch.setattr(ocr, "MAX_PAGES", 2)
    read = []
    monkeypatch.setattr(ocr, "_tesseract", lambda image, *options: read.append(image) or f"trang {len(read)}")
    pages = [Image.new("L", (620, 877), 255) for _ in range(4)]
    pages[0].save(tmp_path / "scan.pdf", "PDF", resolution=75, save_all=True, append_images=pages[1:])
    pages = [Image.new("L", (620, 877), 255) for _ in range(4)]  # (a PDF save leaves its options on the images)
    assert ocr.pdf_to_text(tmp_path / "scan.pdf").split("\f") == ["trang 1", "trang 2"]
    read.clear()
    pages[0].save(tmp_path / "scan.tif", save_all=True, append_images=pages[1:])
    assert ocr.image_to_text(tmp_path / "scan.tif").split("\f") == ["trang 1", "trang 2"]


def test_a_fax_compressed_tiff_is_read(tmp_path, monkeypatch):
    """A fax's bilevel TIFF in CCITT Group 4 (as scanners and fax servers send them) was a 500: each page, made grey
    for tesseract, was written back in the source's compression, which only bilevel pages can be written in."""
    pytest.importorskip("PIL")
    from PIL import Image
    require(ocr.available(), "tesseract-ocr, tesseract-ocr-vie or poppler-utils is not installed")
    monkeypatch.setattr(ocr, "_tesseract", lambda image, *options: "trang")
    Image.new("1", (1700, 2200), 1).save(tmp_path / "fax.tif", compression="group4", dpi=(200, 200))
    assert ocr.image_to_text(tmp_path / "fax.tif") == "trang"
