"""Pages that do not lie the right way up: a letter laid upside down or on its side on the scanner's
glass, and a phone's photo stored as the sensor lay (its EXIF says how to turn it)."""
from __future__ import annotations

import pytest

from engine.extraction import extract_file, ocr
from tests.extraction.test_ocr_scans import FONTS, _header
from tests.support import require

KEYS = ("number", "issued_date", "issuer")
WANT = ("620/BYT-KH", "2025-03-11", "Bộ Y tế")


def _page():
    """An A4 page at 300 dpi with the header of test_ocr_scans and a few lines of body under it."""
    from PIL import Image, ImageDraw, ImageFont
    page = Image.new("L", (2480, 3508), 255)
    page.paste(_header(300), (0, 0))
    font = ImageFont.truetype(str(FONTS / "DejaVuSerif.ttf"), 42)
    draw = ImageDraw.Draw(page)
    body = ("Thực hiện chỉ đạo của Chính phủ về công tác phòng, chống dịch bệnh trong tình hình mới,",
            "Bộ Y tế đề nghị các Sở Y tế tiếp tục triển khai các nhiệm vụ được giao tại Kế hoạch,",
            "báo cáo kết quả thực hiện về Bộ Y tế trước ngày 30 tháng 4 năm 2025 để tổng hợp.")
    for i, line in enumerate(body):
        draw.text((350, 1100 + i * 70), line, font=font, fill=0)
    return page


@pytest.fixture()
def scanner():
    pytest.importorskip("PIL")
    require(ocr.available(), "tesseract-ocr, tesseract-ocr-vie or poppler-utils is not installed")
    require((FONTS / "DejaVuSerif.ttf").exists(), "fonts-dejavu is not installed")


@pytest.mark.slow
@pytest.mark.parametrize("degrees", [180, 90])
def test_a_page_scanned_upside_down_or_on_its_side_is_turned_and_read(tmp_path, scanner, degrees):
    f = tmp_path / "scan.png"
    _page().rotate(degrees, expand=True).save(f, dpi=(300, 300))
    got = extract_file(f)
    assert tuple(got[k] for k in KEYS) == WANT


@pytest.mark.slow
def test_a_phone_photo_is_turned_as_its_exif_says(tmp_path, scanner, monkeypatch):
    """The orientation check is switched off: the EXIF tag alone must turn the photo."""
    from PIL import Image
    monkeypatch.setattr(ocr, "_turned", lambda page: None)
    exif = Image.Exif()
    exif[0x0112] = 6  # stored on its side: turn 90 degrees clockwise to view
    f = tmp_path / "photo.jpg"
    _page().rotate(90, expand=True).save(f, exif=exif, quality=90)
    got = extract_file(f)
    assert tuple(got[k] for k in KEYS) == WANT


def test_a_page_that_reads_upright_is_not_checked_for_orientation(tmp_path, monkeypatch):
    """The check costs a second tesseract run: only a page that reads as specks pays it."""
    runs = []
    monkeypatch.setattr(ocr, "_tesseract", lambda image, *options: runs.append(options) or
                        "ỦY BAN NHÂN DÂN TỈNH CÀ MAU\nKế hoạch thực hiện chương trình sức khỏe học đường")
    assert "CÀ MAU" in ocr._page_text(tmp_path / "page.tif")
    assert all("0" not in options for options in runs) and len(runs) == 1


def test_a_page_that_reads_as_specks_keeps_its_reading_when_tesseract_cannot_tell(tmp_path, monkeypatch):
    """A blank or nearly blank page: the orientation check fails ('Too few characters'); the page's own
    reading stands instead of an error."""
    def tesseract(image, *options):
        if "0" in options:
            raise ocr.ExtractionError("Too few characters", "Too few characters")
        return "ẸO} u@11) 1eqd"
    monkeypatch.setattr(ocr, "_tesseract", tesseract)
    assert ocr._page_text(tmp_path / "page.tif") == "ẸO} u@11) 1eqd"


@pytest.mark.parametrize("degrees", [3.0, -2.2, 0.0])
def test_the_skew_of_a_page_is_measured_from_its_lines(scanner, degrees):
    from PIL import Image
    page = _page().rotate(degrees, resample=Image.BICUBIC, expand=True, fillcolor=255)
    assert ocr.skew(page) == pytest.approx(-degrees, abs=0.15)


@pytest.mark.slow
def test_a_page_fed_askew_is_levelled_before_it_is_read(tmp_path, scanner):
    """Four degrees askew (a sheet fed crooked, a phone's photo): the subject's lines ran into each other."""
    from PIL import Image
    f = tmp_path / "scan.png"
    _page().rotate(-4, resample=Image.BICUBIC, expand=True, fillcolor=255).save(f, dpi=(300, 300))
    got = extract_file(f)
    assert tuple(got[k] for k in KEYS) == WANT
    assert got["subject"] == "tiếp tục triển khai thực hiện các nhiệm vụ của Kế hoạch số 55/KH-UBND"


@pytest.mark.slow
def test_a_page_on_its_side_and_askew_is_turned_then_levelled(tmp_path, scanner):
    """A page on its side has no lines across to level it by: levelled before it is turned, it went wrong by
    the noise of that guess; it is levelled once it lies upright."""
    from PIL import Image
    f = tmp_path / "scan.png"
    _page().rotate(-3.5, resample=Image.BICUBIC, expand=True, fillcolor=255).rotate(90, expand=True).save(
        f, dpi=(300, 300))
    got = extract_file(f)
    assert tuple(got[k] for k in KEYS) == WANT
    assert got["subject"] == "tiếp tục triển khai thực hiện các nhiệm vụ của Kế hoạch số 55/KH-UBND"


def test_a_page_on_its_side_is_not_levelled_by_the_noise_of_its_rows(scanner):
    from PIL import Image
    page = _page().rotate(-2.0, resample=Image.BICUBIC, expand=True, fillcolor=255).rotate(90, expand=True)
    assert ocr.skew(page) == 0.0
