"""Text and letter fields read off a staged file, before any transaction starts (OCR is slow)."""
from __future__ import annotations

import logging

from ..extraction import ExtractionError, OcrUnavailableError, extract_file, extract_text
from ..extraction import readers
from ..extraction.ocr import MAX_PAGES as OCR_MAX_PAGES
from . import kinds
from .store import StagedFile

log = logging.getLogger(__name__)
MAX_TEXT = 500_000


def attachment_text(staged: StagedFile) -> str | None:
    """What can be read off an attachment, for search; None when nothing can (never raises)."""
    try:
        if staged.kind is kinds.EDXML:
            fields = extract_file(staged.path)
            text = " ".join(str(fields.get(k) or "") for k in ("number", "issuer", "subject"))
        elif staged.kind is kinds.PDF and _pages(staged) > OCR_MAX_PAGES:
            # a long attachment keeps its text layer for search, OCR'd pages being too slow for so many
            text = _text_layer(staged)
        else:
            text = readers.read_text_of(staged.path)
    except ExtractionError as exc:
        log.info("no text from %s: %s", staged.safe_name, exc.en)
        return None
    except Exception:  # a file our readers choke on is still a valid attachment
        log.exception("reading %s", staged.safe_name)
        return None
    return kept_text(text)


def kept_text(text: str | None) -> str | None:
    """The text kept on the attachment row: blanks squashed within lines, empty lines dropped, but
    the lines kept, so the letter can be read again later (the direction's first values)."""
    lines = (" ".join(line.split()) for line in (text or "").splitlines())
    return "\n".join(line for line in lines if line)[:MAX_TEXT] or None


def read_letter(staged: StagedFile) -> tuple[dict | None, str | None]:
    """The register fields read off an uploaded letter, and a message when they could not be read.

    Sets ``staged.text`` to the letter's text, so the attachment row reuses it (no second OCR).
    """
    try:
        if staged.kind is kinds.EDXML:
            fields = extract_file(staged.path)
            staged.text = attachment_text(staged)
            return fields, None
        text = readers.read_text_of(staged.path)
    except OcrUnavailableError as exc:
        return None, exc.vi
    except ExtractionError as exc:
        return None, exc.vi
    staged.text = kept_text(text)
    try:
        return extract_text(text), None
    except Exception:
        log.exception("extracting fields of %s", staged.safe_name)
        return None, "Không đọc được các trường của văn bản; vui lòng nhập tay."


def _pages(staged: StagedFile) -> int:
    from pypdf import PdfReader

    try:
        return len(PdfReader(str(staged.path)).pages)
    except Exception:
        return 0


def _text_layer(staged: StagedFile) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(staged.path)).pages)
