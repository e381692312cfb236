"""Files on disk under DOCROUTE_DATA_DIR, named by the SHA-256 of their content.

An upload is first written to a temporary file in ``tmp/`` (hashed and measured while it is
written, synced to disk), then renamed into ``sha256/ab/cd/<hash>`` inside the transaction
that inserts the rows pointing at it. Identical files are kept once. See
``engine.services.attachments`` for how a failed transaction takes back what it created.
"""
from __future__ import annotations

import hashlib
import io
import os
import secrets
import shutil
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import PayloadTooLarge, ValidationFailed
from . import kinds
from .names import safe_name, with_suffix

CHUNK = 1024 * 1024


@dataclass
class StagedFile:
    """An upload written to a temporary file, checked, not yet in the store."""

    path: Path
    original_name: str
    safe_name: str
    kind: kinds.Kind
    size: int
    sha256: str
    text: str | None = None
    keep_source: bool = False  # a pending upload: linked into the store, not moved


class FileStore:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.tmp = self.root / "tmp"

    def path_of(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError("not a sha256 hex digest")
        return self.root / "sha256" / sha256[:2] / sha256[2:4] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    # -- staging ---------------------------------------------------------------------------------

    def stage(self, stream: BinaryIO, original_name: str | None, *, field: str, max_bytes: int,
              text_allowed: bool = False, office: bool = False) -> StagedFile:
        """Write ``stream`` to a temporary file and check it: 413 above ``max_bytes``, 422 for a kind
        we do not take (named by ``field``; ``office``: see ``kinds.detect``). Nothing is left behind
        when it is refused."""
        self.tmp.mkdir(parents=True, exist_ok=True)
        name = safe_name(original_name)
        path = self.tmp / f"{secrets.token_hex(12)}.part"
        digest, size = hashlib.sha256(), 0
        try:
            with open(path, "wb") as out:
                while chunk := stream.read(CHUNK):
                    size += len(chunk)
                    if size > max_bytes:
                        raise PayloadTooLarge(field, _too_large(name, max_bytes))
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            if size == 0:
                raise ValidationFailed({field: [f"Tệp «{name}» rỗng."]})
            kind = kinds.detect(path, text_allowed=text_allowed, office=office, name=name)
            if kind is None:
                raise ValidationFailed({field: [
                    f"Tệp «{name}» không phải loại được nhận ({kinds.ALLOWED_LABELS}); "
                    "loại tệp được xác định theo nội dung, không theo tên."]})
            final = path.with_suffix(kind.suffix)
            os.replace(path, final)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        original = unicodedata.normalize("NFC", original_name or name)[:255]
        return StagedFile(final, original, with_suffix(name, kind.suffix), kind, size, digest.hexdigest())

    def stage_bytes(self, data: bytes, original_name: str | None, *, field: str, max_bytes: int,
                    text_allowed: bool = False, office: bool = False) -> StagedFile:
        return self.stage(io.BytesIO(data), original_name, field=field, max_bytes=max_bytes,
                          text_allowed=text_allowed, office=office)

    @contextmanager
    def staging(self) -> Iterator[list[StagedFile]]:
        """A batch of staged files; whatever was not moved into the store is removed at the end."""
        batch: list[StagedFile] = []
        try:
            yield batch
        finally:
            for staged in batch:
                staged.path.unlink(missing_ok=True)

    # -- the store -------------------------------------------------------------------------------

    def put(self, staged: StagedFile) -> bool:
        """Move (or link, for a pending upload) a staged file to its hash path; True when this call
        created the stored file. The caller holds the hash's lock until its transaction ends."""
        dest = self.path_of(staged.sha256)
        if dest.is_file():
            if not staged.keep_source:
                staged.path.unlink(missing_ok=True)
            return False
        dest.parent.mkdir(parents=True, exist_ok=True)
        if staged.keep_source:
            self.tmp.mkdir(parents=True, exist_ok=True)
            tmp = self.tmp / f"{secrets.token_hex(12)}.link"
            try:
                try:
                    os.link(staged.path, tmp)
                except OSError:
                    shutil.copyfile(staged.path, tmp)
                    with open(tmp, "rb+") as fh:
                        os.fsync(fh.fileno())
                os.replace(tmp, dest)
            finally:
                tmp.unlink(missing_ok=True)
        else:
            os.replace(staged.path, dest)
        _fsync_dir(dest.parent)
        return True

    def remove(self, sha256: str) -> None:
        self.path_of(sha256).unlink(missing_ok=True)

    def sweep_tmp(self, max_age_seconds: float = 12 * 3600) -> int:
        """Remove staged files a crashed request left in tmp/ (by their age on disk)."""
        removed = 0
        if self.tmp.is_dir():
            limit = time.time() - max_age_seconds
            for path in self.tmp.iterdir():
                try:
                    if path.stat().st_mtime < limit:
                        path.unlink()
                        removed += 1
                except OSError:
                    continue
        return removed


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def megabytes(size: int) -> str:
    """A limit in MB as people write it here: ``50``, ``1,5``, ``0,2`` (one decimal at most, decimal comma)."""
    text = f"{size / (1024 * 1024):.1f}".rstrip("0").rstrip(".")
    return "0,1" if text == "0" else text.replace(".", ",")


def _too_large(name: str, max_bytes: int) -> str:
    return f"Tệp «{name}» vượt quá giới hạn {megabytes(max_bytes)} MB."
