"""Uploaded letters: kept in a temporary file only long enough to read their fields."""
from __future__ import annotations

import tempfile
from pathlib import Path

from werkzeug.datastructures import FileStorage

from engine.extraction import UnsupportedFormatError, extract_file
from engine.files import kinds


def read_upload(upload: FileStorage) -> dict:
    """The extraction fields of an uploaded file, read as what its bytes are, whatever its name says (a scan
    saved as '.pdf.jpg', a letter's text named '.doc')."""
    name = Path(upload.filename or "").name
    with tempfile.TemporaryDirectory(prefix="docroute-extract-") as folder:
        path = Path(folder) / "letter"
        upload.save(path)
        if path.stat().st_size:  # (an empty file: the reader says so)
            kind = kinds.detect(path, text_allowed=True)
            if kind is None:
                raise UnsupportedFormatError(
                    f"Không đọc được tệp '{name}': hãy gửi tệp PDF, .docx, ảnh quét (PNG, JPEG, TIFF), .txt hoặc gói "
                    "edXML (tệp Word cũ .doc: mở bằng Word rồi lưu thành .docx hoặc PDF).",
                    f"Cannot read '{name}': send a PDF, a .docx, a scan (PNG, JPEG, TIFF), a .txt or an edXML package "
                    "(an old Word .doc: save it as .docx or PDF first).")
            path = path.rename(path.with_suffix(kind.suffix))
        return extract_file(path)
