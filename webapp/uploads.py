"""Uploaded letters: kept in a temporary file only long enough to read their fields."""
from __future__ import annotations

import tempfile
from pathlib import Path

from werkzeug.datastructures import FileStorage

from engine.extraction import extract_file

ALLOWED_SUFFIXES = {".txt", ".docx", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".edxml", ".xml"}


def read_upload(upload: FileStorage) -> dict:
    """The extraction fields of an uploaded file (the reader picks the format by suffix and content)."""
    suffix = Path(upload.filename or "").suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        suffix = ".bin"
    with tempfile.TemporaryDirectory(prefix="docroute-extract-") as folder:
        path = Path(folder) / f"letter{suffix}"
        upload.save(path)
        return extract_file(path)
