"""Scans that are not what they seem: a scanner's searchable PDF whose text layer an English OCR made, a page saved at
a wrong resolution (a metre long), a 600 dpi scan, an image too large to read."""
from __future__ import annotations

import subprocess

import pytest

from engine.extraction import extract_file, ocr
from engine.extraction.readers import lost_its_marks
from tests.extraction.test_ocr_orientation import _page
from tests.extraction.test_ocr_scans import FONTS
from tests.support import require

_UNMARKED = ("UY BAN NHAN DAN TINH CA MAU CONG HOA XA HOI CHU NGHIA VIET NAM Doc lap Tu do Hanh phuc "
             "KE HOACH Thuc hien chuong trinh suc khoe hoc duong giai doan 2022 2025 tren dia ban tinh "
             "Ca Mau Thuc hien Quyet dinh so 1660 cua Thu tuong Chinh phu phe duyet chuong trinh")


def test_vietnamese_without_its_marks_is_told_from_vietnamese_and_from_english():
    assert lost_its_marks(_UNMARKED)
    assert not lost_its_marks("Ủy ban nhân dân tỉnh Cà Mau ban hành kế hoạch thực hiện chương trình sức khỏe "
                              "học đường giai đoạn 2022 - 2025 trên địa bàn tỉnh, giao các sở, ban, ngành "
                              "và Ủy ban nhân dân các huyện, thành phố tổ chức thực hiện đúng tiến độ đề ra.")
    assert not lost_its_marks("The Ministry of Health informs all provincial departments that the annual "
                              "report on the implementation of the national programme must be submitted "
                              "before the end of the month, together with the figures of each district.")


@pytest.mark.slow
def test_a_searchable_pdf_with_an_english_ocr_layer_is_read_again_in_vietnamese(tmp_path):
    """The scanner's layer reads 'BO Y TE' and 'tiep tuc trien khai': the page is OCR'd in Vietnamese."""
    pytest.importorskip("PIL")
    require(ocr.available(), "tesseract-ocr, tesseract-ocr-vie or poppler-utils is not installed")
    require((FONTS / "DejaVuSerif.ttf").exists(), "fonts-dejavu is not installed")
    _page().save(tmp_path / "page.png", dpi=(300, 300))
    subprocess.run(["tesseract", str(tmp_path / "page.png"), str(tmp_path / "searchable"), "-l", "eng", "pdf"],
                   check=True, capture_output=True, timeout=120)
    got = extract_file(tmp_path / "searchable.pdf")
    assert (got["number"], got["issued_date"], got["issuer"]) == ("620/BYT-KH", "2025-03-11", "Bộ Y tế")
    assert got["subject"] == "tiếp tục triển khai thực hiện các nhiệm vụ của Kế hoạch số 55/KH-UBND"


def test_a_page_a_metre_long_is_rasterised_within_bounds(tmp_path):
    from PIL import Image
    Image.new("L", (2480, 3508), 255).save(tmp_path / "huge.pdf", "PDF", resolution=72)  # 87 x 124 cm
    Image.new("L", (2480, 3508), 255).save(tmp_path / "a4.pdf", "PDF", resolution=300)
    assert ocr._raster_dpi(tmp_path / "a4.pdf", 300) == 300
    assert 3508 * ocr._raster_dpi(tmp_path / "huge.pdf", 300) / 72 <= ocr._MAX_RASTER_SIDE


def test_a_600_dpi_scan_is_read_at_a_third_of_its_pixels(tmp_path):
    from PIL import Image
    Image.new("L", (4960, 7016), 255).save(tmp_path / "scan.png")  # A4 at 600 dpi
    pages = ocr.prepare(tmp_path / "scan.png", tmp_path)
    with Image.open(pages[0]) as page:
        assert max(page.size) <= ocr._MAX_RASTER_SIDE and page.width >= 3000


def test_an_image_too_large_to_read_is_refused_with_a_reason(tmp_path, monkeypatch):
    """Pillow refuses an image over twice its pixel limit (a decompression bomb); tesseract was handed it as it
    came, for minutes. The clerk is told why instead."""
    from PIL import Image
    Image.new("L", (400, 400), 255).save(tmp_path / "scan.png")
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 50_000)  # (the real limit is 89 megapixels)
    with pytest.raises(ocr.ExtractionError, match="300 dpi"):
        ocr.prepare(tmp_path / "scan.png", tmp_path)

