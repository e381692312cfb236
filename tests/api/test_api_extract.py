"""POST /documents/extract: multipart ``file`` → the same JSON as ``docroute extract``."""
from __future__ import annotations

import io

import pytest

from engine.extraction import KEYS, extract_file
from tests.extraction.test_files import _cp1258, _pdf

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


def test_an_empty_file_is_422_naming_the_file(api):
    # (it was read as a letter with nothing in it: 200 and every field empty, the clerk told nothing)
    answer = upload(api, "vt", b"", "cong-van.txt")
    assert answer.status_code == 422
    assert "rỗng" in answer.get_json()["errors"]["file"][0]


@pytest.mark.parametrize("encoded", [
    LETTER.encode("utf-16-le"), LETTER.encode("utf-16-be"),  # a Windows tool's 'Unicode' text without its BOM
    _cp1258(LETTER),  # (read before too)
], ids=["utf-16-le", "utf-16-be", "cp1258"])
def test_a_text_file_in_a_windows_encoding_is_read(api, encoded):
    answer = upload(api, "vt", encoded, "cong-van.txt")
    assert answer.status_code == 200
    body = answer.get_json()
    assert (body["number"], body["issued_date"], body["issuer"]) == ("620/SYT-NVY", "2025-03-11", "Sở Y tế")


def test_a_file_is_read_as_what_its_bytes_are_whatever_its_name(api, tmp_path):
    # a letter's text named '.doc', and a text PDF named '.jpg', were read by their names: refused, or sent to OCR
    text_named_doc = upload(api, "vt", LETTER.encode(), "cong-van.doc")
    pdf_named_jpg = upload(api, "vt", _pdf(tmp_path / "letter.pdf").read_bytes(), "cong-van.jpg")
    assert (text_named_doc.status_code, pdf_named_jpg.status_code) == (200, 200)
    assert text_named_doc.get_json()["number"] == "620/SYT-NVY"
    assert pdf_named_jpg.get_json() == extract_file(tmp_path / "letter.pdf")


def test_an_old_word_file_is_422_saying_what_to_send(api):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024)
    answer = upload(api, "vt", ole, "cong-van.doc")
    assert answer.status_code == 422
    message = answer.get_json()["errors"]["file"][0]
    assert "'cong-van.doc'" in message and ".docx" in message
