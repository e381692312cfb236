"""Files in and out of the web layer: uploads staged before the transaction, stored files served safely.

Uploads are staged (written to the data dir's tmp/, hashed, checked by content, their text read,
OCR included) before the request's writing unit of work starts, so no lock is held while a scan
is read. Whatever the service did not move into the store is removed when the request ends.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path
from urllib.parse import quote

from flask import g, send_file
from werkzeug.datastructures import FileStorage

from engine.errors import PayloadTooLarge
from engine.files import FileStore, StagedFile
from engine.files.store import megabytes
from engine.files.reading import attachment_text

from .context import docroute

FIELD = "files"
FORM_ROOM = 1024 * 1024  # MAX_CONTENT_LENGTH = the upload limit + this, for the form's other fields


def store() -> FileStore:
    return FileStore(docroute().settings.data_dir)


def max_upload_bytes() -> int:
    return docroute().settings.max_upload_bytes


def stage(upload: FileStorage, *, field: str = FIELD, read_text: bool = True,
          text_allowed: bool = False) -> StagedFile:
    """Stage one upload; removed at the end of the request unless a service took it."""
    staged = store().stage(upload.stream, upload.filename, field=field, max_bytes=max_upload_bytes(),
                           text_allowed=text_allowed)
    g.setdefault("staged_files", []).append(staged)
    if read_text:
        staged.text = attachment_text(staged)
    return staged


def stage_all(uploads: list[FileStorage], *, field: str = FIELD) -> list[StagedFile]:
    """Stage every upload (the limit holds for each file and for all together), then read their text."""
    total = 0
    staged = []
    for upload in uploads:
        if upload is None or not upload.filename:
            continue
        staged.append(stage(upload, field=field, read_text=False))
        total += staged[-1].size
        if total > max_upload_bytes():
            raise PayloadTooLarge(field, f"Tổng dung lượng các tệp vượt quá giới hạn {megabytes(max_upload_bytes())} MB.")
    for item in staged:
        item.text = attachment_text(item)
    return staged


def limit_mb() -> float:
    return max_upload_bytes() / (1024 * 1024)


def remove_staged(_exc=None) -> None:
    """Teardown: staged files no service moved into the store."""
    for staged in g.pop("staged_files", []):
        staged.path.unlink(missing_ok=True)


def content_disposition(kind: str, name: str) -> str:
    """RFC 6266 with an RFC 5987 ``filename*``: Vietnamese names kept, an ASCII fallback for old clients."""
    folded = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    fallback = "".join(c for c in folded if 32 <= ord(c) < 127 and c not in '"\\;') or "tep-dinh-kem"
    return f"{kind}; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def send_stored(attachment, path: Path, *, inline: bool = False):
    """The stored file under its safe name: PDFs may be shown inline (same-origin frames only);
    everything else is a download that no browser will run or sniff."""
    inline = inline and attachment.is_pdf
    response = send_file(path, mimetype=attachment.media_type, conditional=True, etag=attachment.sha256,
                         max_age=0)
    response.headers["Content-Disposition"] = content_disposition("inline" if inline else "attachment",
                                                                  attachment.safe_name)
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; frame-ancestors 'self'" if inline else "default-src 'none'; sandbox")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "private, no-cache"
    return response
