"""Rule-based reader of Vietnamese administrative letters (văn bản đến).

``extract_file(path)`` and ``extract_text(text)`` return what a careful clerk reads
off the covering letter: doc_type, number, issued_date, place, issuer,
issuer_parent, subject, recipients, signer, signer_title, signing_authority,
urgency, references, deadlines, stamp and directive (None / [] where absent).
No model is downloaded and nothing is fetched at run time; scans need the Debian
packages tesseract-ocr, tesseract-ocr-vie and poppler-utils.
"""
from __future__ import annotations

from pathlib import Path

from . import letter, readers
from .errors import ExtractionError, OcrUnavailableError, UnsupportedFormatError
from .letter import KEYS
from .readers import register_structured_reader

__all__ = ["extract_file", "extract_text", "ExtractionError", "OcrUnavailableError",
           "UnsupportedFormatError", "register_structured_reader", "KEYS"]


def _read_edxml(path: Path) -> dict:
    """An edXML package says its fields outright: read its header, not its text."""
    from ..interchange import parse_package

    return parse_package(path.read_bytes(), decode_attachments=False).extraction_fields()


register_structured_reader(".edxml", _read_edxml)


def extract_text(text: str) -> dict:
    """Fields of the letter in *text* (OCR'd, web-copied or clean)."""
    return letter.read(text)


def extract_file(path: str | Path) -> dict:
    """Fields of the letter in a .txt/.docx/.pdf/scan file (or a registered structured format)."""
    p = Path(path)
    if not p.is_file():
        raise ExtractionError(f"Không tìm thấy tệp: {p}", f"No such file: {p}")
    if p.stat().st_size == 0:  # (read as a letter, it filled nothing and said nothing)
        raise ExtractionError("Tệp rỗng, không có nội dung để đọc.", "The file is empty: there is nothing to read.")
    structured = readers.STRUCTURED_READERS.get(p.suffix.lower())
    if structured:
        out = letter.empty()
        out.update({k: v for k, v in structured(p).items() if k in KEYS})
        return out
    return letter.read(readers.read_text_of(p))
