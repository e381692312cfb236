"""What a file is, read off its bytes (never its name): the kinds a document may carry.

Attachments may be PDF, DOCX, PNG, JPEG, TIFF or an edXML package. A plain text letter is
read for its fields at registration but is not kept as an attachment. Files that come inside an
edXML package may also be older office formats agencies still exchange (DOC, XLS, XLSX, RTF):
``detect(..., office=True)``.
"""
from __future__ import annotations

import codecs
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..extraction.readers import utf16_without_bom

HEAD_BYTES = 8192
EDXML_NS = b"http://www.mic.gov.vn/TBT/QCVN_102_2016"


@dataclass(frozen=True)
class Kind:
    media_type: str
    suffix: str  # the suffix the readers of engine/extraction expect
    label: str


PDF = Kind("application/pdf", ".pdf", "PDF")
DOCX = Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "DOCX")
PNG = Kind("image/png", ".png", "PNG")
JPEG = Kind("image/jpeg", ".jpg", "JPEG")
TIFF = Kind("image/tiff", ".tif", "TIFF")
EDXML = Kind("application/edxml+xml", ".edxml", "edXML")
TEXT = Kind("text/plain", ".txt", "TXT")
DOC = Kind("application/msword", ".doc", "DOC")
XLS = Kind("application/vnd.ms-excel", ".xls", "XLS")
XLSX = Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", "XLSX")
RTF = Kind("application/rtf", ".rtf", "RTF")

ATTACHABLE = (PDF, DOCX, PNG, JPEG, TIFF, EDXML)
INTERCHANGED = ATTACHABLE + (DOC, XLS, XLSX, RTF)  # what an edXML package's files may be
ALLOWED_LABELS = ", ".join(k.label for k in ATTACHABLE)
_SIGNATURES = ((b"%PDF-", PDF), (b"\x89PNG\r\n\x1a\n", PNG), (b"\xff\xd8\xff", JPEG),
               (b"II*\x00", TIFF), (b"MM\x00*", TIFF))
_XML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def detect(path: Path, *, text_allowed: bool = False, office: bool = False, name: str = "") -> Kind | None:
    """The kind of the file at ``path`` by its content, or None when it is not one we take.

    ``office``: also the older office formats of interchanged files (an OLE file is a DOC, or an
    XLS when its ``name`` says so: both share one container).
    """
    with open(path, "rb") as fh:
        head = fh.read(HEAD_BYTES)
    for magic, kind in _SIGNATURES:
        if head.startswith(magic):
            return kind
    if head.startswith(b"PK\x03\x04"):
        kind = _office_zip(path)
        return kind if kind is DOCX or (office and kind is not None) else None
    if office and head.startswith(_OLE):
        return XLS if name.lower().endswith(".xls") else DOC
    if office and head.startswith(b"{\\rtf"):
        return RTF
    if _XML_START.match(head) and EDXML_NS in head:
        return EDXML
    if text_allowed and _is_text(head):
        return TEXT
    return None


def _office_zip(path: Path) -> Kind | None:
    """A DOCX is a zip holding word/document.xml, an XLSX one holding xl/workbook.xml (only the
    directory is read, nothing inflated)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    if "word/document.xml" in names:
        return DOCX
    return XLSX if "xl/workbook.xml" in names else None


def _is_text(head: bytes) -> bool:
    """Text in UTF-8 or a legacy Vietnamese code page: no NUL byte and no control characters; or UTF-16, with its
    BOM or without."""
    if not head.strip():
        return False
    encoding = "utf-16" if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else utf16_without_bom(head)
    if encoding:
        head = head[:len(head) // 2 * 2].decode(encoding, errors="replace").encode("utf-8")
    return not any(b < 9 or 13 < b < 32 for b in head if b != 27)
