"""A letter uploaded on the registration form: read it, keep it pending until the clerk saves.

The fields read off the letter pre-fill the form; the clerk checks them and saves, and the same
file becomes the document's first attachment (``register_document(..., upload=token)``).
"""
from __future__ import annotations

import datetime as dt

from ..domain import Role
from ..errors import Forbidden
from ..files import FileStore, StagedFile
from ..files.pending import PendingUpload, PendingUploads
from ..files.reading import read_letter
from ..clock import Clock
from ..config import Settings
from ..persistence.models import User

# Keys of the extraction (api.md, docroute extract) that are registration fields as they are.
SAME_KEYS = ("issuer", "issuer_parent", "number", "doc_type", "subject", "signer", "signer_title",
             "signing_authority", "urgency", "place")


def receive_letter(settings: Settings, clock: Clock, clerk: User, staged: StagedFile) -> PendingUpload:
    """Read the letter and keep it pending for ``clerk``. No transaction: OCR may take a while."""
    if not clerk.has_role(Role.CLERK.value):
        raise Forbidden("Chỉ văn thư được đăng ký văn bản đến.")
    extracted, notice = read_letter(staged)
    pending = PendingUploads(settings.data_dir)
    now = clock.now()
    pending.sweep(now)
    FileStore(settings.data_dir).sweep_tmp()
    return pending.create(staged, clerk.id, now, fields=prefill(extracted) if extracted else None,
                          notice=notice)


def pending_letter(settings: Settings, clerk: User, token: str | None) -> PendingUpload | None:
    return PendingUploads(settings.data_dir).get(token, clerk.id)


def discard_letters(settings: Settings, clerk: User, tokens) -> None:
    """The clerk's pending letters (their session ended, or they uploaded newer ones): removed."""
    pending = PendingUploads(settings.data_dir)
    for token in tokens or []:
        if pending.get(token, clerk.id) is not None:
            pending.discard(token)


def prefill(extracted: dict) -> dict:
    """The registration fields (api.md names) a letter's extraction gives; only what was read."""
    out = {key: extracted[key] for key in SAME_KEYS if extracted.get(key)}
    if extracted.get("issued_date"):
        out["issued_date"] = extracted["issued_date"]
    recipients = [r for r in extracted.get("recipients") or [] if isinstance(r, str) and r.strip()]
    if recipients:
        out["recipients"] = recipients
    dates = sorted(d["date"] for d in extracted.get("deadlines") or []
                   if isinstance(d, dict) and _iso(d.get("date")))
    if dates:
        out["due_date"] = dates[0]
    return out


def _iso(value) -> bool:
    try:
        dt.date.fromisoformat(value)
        return True
    except (TypeError, ValueError):
        return False
