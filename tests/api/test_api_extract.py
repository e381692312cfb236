"""POST /documents/extract: multipart ``file`` → the same JSON as ``docroute extract``."""
from __future__ import annotations

import io

from engine.extraction import KEYS, extract_file

LETTER = """UBND TỈNH KIÊN GIANG
SỞ Y TẾ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 620/SYT-NVY
V/v triển khai chuyển đổi số y tế

Kiên Giang, ngày 11 tháng 3 năm 2025

Kính gửi: Trung tâm Y tế Giang Thành

Đề nghị các đơn vị báo cáo trước ngày 30/4/2025.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Lê Văn Hùng
"""


def upload(api, username, content: bytes, filename: str):
    return api.post("/documents/extract", username, data={"file": (io.BytesIO(content), filename)},
                    content_type="multipart/form-data")


def test_an_uploaded_letter_gives_the_fields_docroute_extract_prints(api, tmp_path):
    answer = upload(api, "vt", LETTER.encode(), "cong-van.txt")
    assert answer.status_code == 200
    body = answer.get_json()
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    assert body == extract_file(path)
    assert set(KEYS) <= set(body)
    assert (body["number"], body["issued_date"], body["signer"]) == ("620/SYT-NVY", "2025-03-11", "Lê Văn Hùng")


def test_no_file_is_422(api):
    answer = api.post("/documents/extract", "vt", data={}, content_type="multipart/form-data")
    assert answer.status_code == 422
    assert list(answer.get_json()["errors"]) == ["file"]


def test_a_file_that_is_not_a_letter_is_422(api):
    answer = upload(api, "vt", b"\x00\x01MZ\x90binary", "program.exe")
    assert answer.status_code == 422
    assert list(answer.get_json()["errors"]) == ["file"]


def test_an_image_too_large_to_read_is_422_naming_the_file(api, monkeypatch):
    """Pillow refuses an image over twice its pixel limit; tesseract used to be handed it as it came."""
    from PIL import Image

    from engine.extraction import ocr
    from tests.support import require
    require(ocr.available(), "tesseract-ocr, tesseract-ocr-vie or poppler-utils is not installed")
    buf = io.BytesIO()
    Image.new("L", (400, 400), 255).save(buf, "PNG")
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 50_000)  # (the real limit is 89 megapixels)
    answer = upload(api, "vt", buf.getvalue(), "scan.png")
    assert answer.status_code == 422
    assert "300 dpi" in answer.get_json()["errors"]["file"][0]
