"""Attachment payloads: strict base64, a content type read off the bytes, and bounded unzipping.

Senders zip their files (the SDK zips every attachment) and declare types loosely
(``application/zip`` named ``.doc``), so the type shown to people is guessed from the
bytes. A zip is opened only within limits on file count and total uncompressed size,
counted while inflating, not trusted from the archive's own header.
"""
from __future__ import annotations

import base64
import binascii
import io
import mimetypes
import posixpath
import re
import zipfile
from dataclasses import dataclass

from .model import ArchivedFile
from .safe_xml import EdxmlError

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ZIP = "application/zip"
_OFFICE_PARTS = {"word/document.xml": DOCX, "xl/workbook.xml": XLSX, "ppt/presentation.xml": PPTX}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_BY_EXT = {".xls": "application/vnd.ms-excel", ".ppt": "application/vnd.ms-powerpoint"}
_SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"{\\rtf", "application/rtf"),
)
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f\\/:*?\"<>|]")


@dataclass(frozen=True)
class ZipLimits:
    """How much a zipped attachment may unpack to."""

    max_files: int = 200
    max_total_bytes: int = 200 * 1024 * 1024


def decode_base64(text: str | None, name: str | None) -> bytes:
    """Strict base64 (line breaks allowed); a bad or empty payload refuses the package."""
    compact = "".join((text or "").split())
    label = name or "?"
    if not compact:
        raise EdxmlError("bad_attachment", f"Tệp đính kèm «{label}» không có nội dung.",
                         f"Attachment '{label}' is empty.")
    try:
        return base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        raise EdxmlError("bad_attachment", f"Tệp đính kèm «{label}» không được mã hóa base64 hợp lệ.",
                         f"Attachment '{label}' is not valid base64.") from None


def sniff(data: bytes, name: str | None = None) -> str:
    """The content type the bytes show: PDF, Office, images, zip, XML; else from the name."""
    for magic, ctype in _SIGNATURES:
        if data.startswith(magic):
            return ctype
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image/webp"
    if data.startswith(b"PK\x03\x04"):
        return _zip_flavour(data)
    ext = posixpath.splitext((name or "").lower())[1]
    if data.startswith(_OLE):
        return _OLE_BY_EXT.get(ext, "application/msword")
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<?xml") or head.startswith(b"<"):
        return "application/xml"
    return mimetypes.types_map.get(ext, "application/octet-stream")


def _zip_flavour(data: bytes) -> str:
    """A DOCX/XLSX/PPTX/ODF is a zip too; only a plain zip is an archive to open."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            for part, ctype in _OFFICE_PARTS.items():
                if part in names:
                    return ctype
            if "mimetype" in names:
                with archive.open("mimetype") as fh:
                    declared = fh.read(100).decode("ascii", "replace").strip()
                if declared.startswith("application/vnd.oasis.opendocument"):
                    return declared
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError):
        pass
    return ZIP


def unzip(data: bytes, limits: ZipLimits, label: str) -> tuple[ArchivedFile, ...]:
    """The files of a zip payload, refusing encrypted, broken or bomb-sized archives."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _bad(label, f"tệp nén hỏng ({exc})", f"broken zip ({exc})") from None
    with archive:
        entries = [i for i in archive.infolist() if not i.is_dir()]
        if len(entries) > limits.max_files:
            raise _bad(label, f"tệp nén chứa quá nhiều tệp ({len(entries)} > {limits.max_files})",
                       f"zip holds too many files ({len(entries)} > {limits.max_files})")
        if sum(i.file_size for i in entries) > limits.max_total_bytes:
            raise _bomb(label, limits)
        budget = limits.max_total_bytes
        files = []
        for info in entries:
            if info.flag_bits & 0x1:
                raise _bad(label, "tệp nén có mật khẩu", "zip is encrypted")
            content = _read_bounded(archive, info, budget, label, limits)
            budget -= len(content)
            path = _entry_name(info)
            name = _safe_name(path)
            files.append(ArchivedFile(name=name, path=path, content_type=sniff(content, name), data=content))
    return tuple(files)


def _read_bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, label: str, limits: ZipLimits) -> bytes:
    """Inflate one entry, stopping as soon as it would pass the remaining budget."""
    chunks, total = [], 0
    try:
        with archive.open(info) as fh:
            while chunk := fh.read(1024 * 1024):
                total += len(chunk)
                if total > budget:
                    raise _bomb(label, limits)
                chunks.append(chunk)
    except EdxmlError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError, EOFError) as exc:
        raise _bad(label, f"không giải nén được «{info.filename}» ({exc})",
                   f"cannot unzip '{info.filename}' ({exc})") from None
    return b"".join(chunks)


def _entry_name(info: zipfile.ZipInfo) -> str:
    """Names from Windows zip tools are UTF-8 without the UTF-8 flag; Python read them as cp437."""
    name = info.filename
    if not info.flag_bits & 0x800:
        try:
            name = name.encode("cp437").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return name


def _safe_name(path: str) -> str:
    """The last path part, without separators or control characters (no ``../`` tricks)."""
    base = path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    base = _UNSAFE_NAME.sub("_", base).strip(" .")
    return base or "tep-dinh-kem"


def _bad(label: str, vi: str, en: str) -> EdxmlError:
    return EdxmlError("bad_attachment", f"Tệp đính kèm «{label}»: {vi}.", f"Attachment '{label}': {en}.")


def _bomb(label: str, limits: ZipLimits) -> EdxmlError:
    mb = limits.max_total_bytes // (1024 * 1024)
    return _bad(label, f"giải nén vượt quá {mb} MB (nghi là bom nén)",
                f"unpacks to more than {mb} MB (zip bomb?)")
