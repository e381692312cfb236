"""What a file is, read off its bytes: text in the encodings Vietnamese Windows tools save."""
import pytest

from engine.files import kinds

_TEXT = "Số: 620/SYT-NVY\nV/v triển khai chuyển đổi số y tế\nKiên Giang, ngày 11 tháng 3 năm 2025\n" * 5


@pytest.mark.parametrize("data", [
    _TEXT.encode("utf-8"), _TEXT.encode("utf-16"),  # (with its BOM)
    _TEXT.encode("utf-16-le"), _TEXT.encode("utf-16-be"),  # a Windows tool's 'Unicode' text without its BOM
], ids=["utf-8", "utf-16", "utf-16-le", "utf-16-be"])
def test_text_is_text_in_utf8_and_in_utf16(tmp_path, data):
    path = tmp_path / "letter"
    path.write_bytes(data)
    assert kinds.detect(path, text_allowed=True) is kinds.TEXT
    assert kinds.detect(path) is None  # (never an attachment)


@pytest.mark.parametrize("data", [b"\x00\x01MZ\x90binary" * 20, bytes(range(256)) * 4])
def test_bytes_that_are_no_text_are_nothing(tmp_path, data):
    path = tmp_path / "program"
    path.write_bytes(data)
    assert kinds.detect(path, text_allowed=True) is None
