"""Letters uploaded on the registration form and read, waiting for the clerk to save the document.

A pending upload is a folder ``pending/<token>/`` in the data dir holding the file and what was
read off it (``meta.json``). It belongs to the clerk who uploaded it. When the document is saved
the file is linked into the store as its first attachment (not uploaded twice) and the folder
removed; pending uploads never used are removed after ``MAX_AGE`` or when their owner logs out.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from . import kinds
from .store import StagedFile

MAX_AGE = dt.timedelta(hours=12)
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


@dataclass
class PendingUpload:
    token: str
    user_id: int
    folder: Path
    meta: dict

    @property
    def original_name(self) -> str:
        return self.meta["original_name"]

    @property
    def media_type(self) -> str:
        return self.meta["media_type"]

    @property
    def size(self) -> int:
        return self.meta["size"]

    @property
    def fields(self) -> dict | None:
        return self.meta.get("fields")

    @property
    def notice(self) -> str | None:
        return self.meta.get("notice")

    @property
    def attachable(self) -> bool:
        return self.meta["media_type"] != kinds.TEXT.media_type

    @property
    def path(self) -> Path:
        return self.folder / ("file" + self.meta["suffix"])

    def as_staged(self) -> StagedFile:
        kind = next(k for k in kinds.ATTACHABLE if k.media_type == self.media_type)
        return StagedFile(self.path, self.original_name, self.meta["safe_name"], kind, self.size,
                          self.meta["sha256"], self.meta.get("text"), keep_source=True)


class PendingUploads:
    def __init__(self, data_dir: Path):
        self.root = Path(data_dir) / "pending"

    def create(self, staged: StagedFile, user_id: int, now: dt.datetime, *, fields: dict | None,
               notice: str | None) -> PendingUpload:
        """Keep ``staged`` (moved out of tmp/) with what was read off it."""
        token = secrets.token_urlsafe(24)
        folder = self.root / token
        folder.mkdir(parents=True)
        meta = {"user_id": user_id, "original_name": staged.original_name, "safe_name": staged.safe_name,
                "media_type": staged.kind.media_type, "suffix": staged.kind.suffix, "size": staged.size,
                "sha256": staged.sha256, "text": staged.text, "fields": fields, "notice": notice,
                "created_at": now.isoformat()}
        try:
            os.replace(staged.path, folder / ("file" + staged.kind.suffix))
            (folder / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return PendingUpload(token, user_id, folder, meta)

    def get(self, token: str | None, user_id: int) -> PendingUpload | None:
        """The upload ``token`` if it exists and belongs to ``user_id``; None otherwise."""
        if not token or not _TOKEN.match(token):
            return None
        folder = self.root / token
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if meta.get("user_id") != user_id:
            return None
        upload = PendingUpload(token, user_id, folder, meta)
        return upload if upload.path.is_file() else None

    def discard(self, token: str | None) -> None:
        if token and _TOKEN.match(token):
            shutil.rmtree(self.root / token, ignore_errors=True)

    def sweep(self, now: dt.datetime, max_age: dt.timedelta = MAX_AGE) -> int:
        """Remove pending uploads older than ``max_age``; the number removed."""
        removed = 0
        if not self.root.is_dir():
            return 0
        for folder in self.root.iterdir():
            try:
                meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
                stale = now - dt.datetime.fromisoformat(meta["created_at"]) > max_age
            except (OSError, ValueError, KeyError, TypeError):  # half-written, or being written now
                try:
                    stale = time.time() - folder.stat().st_mtime > max_age.total_seconds()
                except OSError:
                    continue
            if stale:
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        return removed
