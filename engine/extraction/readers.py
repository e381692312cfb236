"""Getting text out of a file: .txt (any common Vietnamese encoding), .docx, .pdf, scans.

Text PDFs are read with pypdf; a PDF with no text layer (a scan) and image files go
through OCR (ocr.py). Formats that carry structured metadata rather than text —
.edxml interchange packages — are read by a helper registered with
``register_structured_reader`` and bypass text parsing entirely.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Callable

from . import ocr
from .docx_text import read_docx  # noqa: F401 (the .docx reader, re-exported)
from .errors import ExtractionError, UnsupportedFormatError
from .ocr_model import LETTER_WORD, syllable_share

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp", ".pnm"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
# suffix -> function(path) -> dict of fields (same keys as extract_text's result)
STRUCTURED_READERS: dict[str, Callable[[Path], dict]] = {}
_MIN_TEXT_LETTERS = 40


def register_structured_reader(suffix: str, reader: Callable[[Path], dict]) -> None:
    """Hook for formats read as metadata, e.g. ``register_structured_reader('.edxml', read_edxml)``."""
    STRUCTURED_READERS[suffix.lower()] = reader


def decode(data: bytes) -> str:
    """Bytes of a text file -> str: BOMs, UTF-16 without one, UTF-8, then Windows-1258 (Vietnamese) as fallback."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc)
    bare = utf16_without_bom(data[:4000])
    if bare:
        return data.decode(bare, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1258", errors="replace")


def utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for text saved as UTF-16 without its BOM (a Windows tool's 'Unicode' text): the
    zero high bytes of the ASCII it holds (spaces, figures, the code's letters) fill one of each pair's places."""
    if len(head) < 8:
        return None
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if odd > len(head) // 8 and even <= odd // 20:
        return "utf-16-le"
    if even > len(head) // 8 and odd <= even // 20:
        return "utf-16-be"
    return None


_GAP = re.compile(r"(?<=\S)[ ]{2,}(?=\S)")
_NARROW_GAP = 4  # spaces: a justified line's stretch; a column gap is wider


def unjustify(page: str) -> str:
    """A layout text layer with its justified lines' stretched spaces ('THỰC   HIỆN   NGHỊ   QUYẾT')
    set back to one: a line whose gaps between words are all narrow is one run of text; a line with
    a wide gap keeps its gaps, which part the columns of the header ('ỦY BAN NHÂN DÂN      CỘNG HÒA …')."""
    out = []
    for line in page.split("\n"):
        gaps = [len(g) for g in _GAP.findall(line)]
        out.append(_GAP.sub(" ", line) if gaps and max(gaps) <= _NARROW_GAP else line)
    return "\n".join(out)


def read_pdf(path: Path) -> str:
    """Text layer via pypdf; OCR when the PDF is a scan with (almost) no text."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import FileNotDecryptedError, PyPdfError
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise ExtractionError("Chưa cài pypdf để đọc tệp PDF.", "pypdf is required to read PDFs.") from exc
    try:
        reader = PdfReader(str(path))
        text = "\n\f".join(unjustify(page.extract_text(extraction_mode="layout") or "") for page in reader.pages)
    except FileNotDecryptedError as exc:  # (one protected only against editing opens without it)
        raise ExtractionError("Tệp PDF được đặt mật khẩu mở; hãy gửi bản không đặt mật khẩu.",
                              "The PDF needs a password to open; send a copy without one.") from exc
    except (PyPdfError, OSError, ValueError) as exc:
        raise ExtractionError("Tệp PDF bị hỏng hoặc không đọc được.",
                              f"The PDF cannot be read: {exc}") from exc
    enough = sum(c.isalpha() for c in text) >= _MIN_TEXT_LETTERS
    if enough and not looks_broken(text) and not lost_its_marks(text):
        return text
    if enough and not ocr.available():
        return text  # a damaged text layer is still better than nothing
    scanned = ocr.pdf_to_text(path)
    if enough and not looks_broken(text) and _marked_share(scanned) <= _marked_share(text):
        return text  # (a letter in a foreign language keeps its own layer)
    return scanned


# letters Vietnamese has and Latin-1 has not: an English OCR still reads 'é' or 'ó', never these
_VIETNAMESE_ONLY = re.compile(r"[ăđơưĩũĂĐƠƯĨŨ\u1ea0-\u1ef9]")


def _marked_share(text: str) -> float:
    words = LETTER_WORD.findall(text)
    return sum(bool(_VIETNAMESE_ONLY.search(w)) for w in words) / len(words) if words else 0.0


def lost_its_marks(text: str) -> bool:
    """A scanner's searchable PDF whose OCR ran in English: Vietnamese words without their marks ('UY BAN NHAN
    DAN', 'THUC HIEN CHUONG TRINH'), so the issuer's province and the subject's words are lost. In Vietnamese a
    third or more of the words carry a letter of its own ('của', 'được', 'tỉnh'); here almost none do, while most
    words still have a syllable's shape (an English letter's words mostly do not)."""
    if len(LETTER_WORD.findall(text)) < 30 or _marked_share(text) >= 0.1:
        return False
    return syllable_share(text) >= 0.6


def looks_broken(text: str) -> bool:
    """A text layer in a legacy Vietnamese font loses letters: 'C NG HOÀ XÃ H I', 'S : 12/Q -UBND'.

    Many one-letter upper-case fragments and no readable motto mean the page should be OCR'd.
    """
    import re
    from .layout import MOTTO_RE
    words = text.split()
    if len(words) < 30 or MOTTO_RE.search(text):
        return False
    singles = sum(1 for w in words if len(w) == 1 and w.isalpha() and w.isupper())
    return singles / len(words) > 0.05 or bool(re.search(r"\bC\s+NG\s+H[OÒ]", text))


def read_text_of(path: Path) -> str:
    """The text of a letter file, whatever its format (not for structured formats)."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return decode(path.read_bytes())
    if suffix == ".docx":
        return read_docx(path)
    if suffix == ".pdf":
        return read_pdf(path)
    if suffix in IMAGE_SUFFIXES:
        return ocr.image_to_text(path)
    if suffix == ".edxml":
        raise UnsupportedFormatError(
            "Gói .edxml được đọc bởi bộ đọc liên thông, chưa được đăng ký.",
            ".edxml packages are read by the interchange reader, which is not registered.")
    raise UnsupportedFormatError(f"Không hỗ trợ định dạng tệp '{suffix or path.name}'.",
                                 f"Unsupported file type '{suffix or path.name}'.")
