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


def read_docx(path: Path) -> str:
    """Paragraphs and tables in document order; a table's cells are read row by row, left to right; a text box
    where it is anchored; a content control's text in its place. The first page's header goes first when the
    letterhead is in it."""
    try:
        import docx  # python-docx
        from docx.table import Table
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise ExtractionError("Chưa cài python-docx để đọc tệp .docx.",
                              "python-docx is required to read .docx files.") from exc
    try:
        document = docx.Document(str(path))
    except Exception as exc:
        raise ExtractionError("Tệp .docx bị hỏng hoặc không đọc được.",
                              f"The .docx file cannot be opened: {exc}") from exc
    lines: list[str] = []

    def paragraph(p) -> None:  # its text boxes first, where they are anchored
        lines.extend(_text_boxes(p))
        lines.append(_paragraph_text(p))

    def walk(element, parent) -> None:
        for tag, child in _blocks(element):
            if tag == "p":
                paragraph(child)
            else:
                for row in Table(child, parent).rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        walk_cell(cell)
                    lines.append("")

    def walk_cell(cell) -> None:
        for tag, child in _blocks(cell._tc):
            if tag == "p":
                paragraph(child)
            else:
                for row in Table(child, cell).rows:
                    for c in row.cells:
                        walk_cell(c)
        lines.append("")

    walk(document.element.body, document)
    body = "\n".join(lines)
    lines.clear()
    section = document.sections[0] if document.sections else None
    if section is not None:  # a template that sets the letterhead in the first page's header, not in the body
        header = section.first_page_header if section.different_first_page_header_footer else section.header
        walk(header._element, header)
    head = "\n".join(lines)
    return f"{head}\n{body}" if _letterhead_in(head) else body


def _local(element) -> str:
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def _blocks(element):
    """('p' or 'tbl', element) for the paragraphs and tables under *element*, a content control's (a template's
    field for the number, the date, the subject) taken in its place."""
    for child in element.iterchildren():
        tag = _local(child)
        if tag == "sdt":
            yield from (b for content in child.iterchildren() if _local(content) == "sdtContent"
                        for b in _blocks(content))
        elif tag in ("p", "tbl"):
            yield tag, child


# what a paragraph's text is not: a text box's (read on its own), Word's fallback copy of a drawing, deleted or
# moved-away text, the properties
_NOT_TEXT = {"txbxContent", "Fallback", "del", "moveFrom", "pPr", "rPr", "sdtPr"}
_CHARS = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}


def _paragraph_text(p) -> str:
    """A paragraph's text, its runs inside content controls, hyperlinks and fields too (python-docx's
    ``Paragraph.text`` leaves a content control's out: 'Số: ' without the number a template's field holds)."""
    out: list[str] = []

    def visit(element) -> None:
        for child in element.iterchildren():
            tag = _local(child)
            if tag in _NOT_TEXT:
                continue
            if tag == "t":
                out.append(child.text or "")
            elif tag in _CHARS:
                out.append(_CHARS[tag])
            else:
                visit(child)
    visit(p)
    return "".join(out)


def _text_boxes(p) -> list[str]:
    """The lines of the text boxes anchored in a paragraph (a letterhead or a number drawn in boxes), each box
    once: Word keeps a box twice, as a drawing and as its VML fallback for old readers."""
    boxes = p.xpath(".//w:txbxContent[not(ancestor::*[local-name()='Fallback'])]")
    return [_paragraph_text(q) for box in boxes for q in box.iterchildren() if _local(q) == "p"] \
        + ([""] if boxes else [])


def _letterhead_in(header: str) -> bool:
    """A page header holding the letter's own header (the motto, or the number's line), not a page number or a
    running title."""
    from .layout import MOTTO_RE
    return bool(MOTTO_RE.search(header) or re.search(r"(?m)^\s*Số\s*[:.]?\s*\d", header))


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
