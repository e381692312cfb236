"""What the registered letter suggests for the leader's direction, to pre-fill the ``assign`` form.

The letter is read once: its recurring report duty (extract key ``recurring_report``), the
direction written into it (``directive``: 'Giao … chủ trì, phối hợp với …') and the deadline, which
is the document's handling deadline when the clerk recorded one, else the first the letter sets.
Every value is only a first value: the leader checks and changes it before assigning.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from ..extraction.letter import read as read_letter
from ..persistence.models import Attachment, IncomingDocument
from ..persistence.uow import UnitOfWork


@dataclass(frozen=True)
class DirectionHint:
    duty: dict | None = None
    deadline: dt.date | None = None
    directive: str | None = None


def _directive_text(found: dict | None) -> str | None:
    if not found or not found.get("lead"):
        return None
    co = ", ".join(found.get("co") or [])
    return f"Giao {found['lead']} chủ trì" + (f", phối hợp với {co}" if co else "") + "."


def _first_date(deadlines: list[dict]) -> dt.date | None:
    for item in deadlines or []:
        try:
            return dt.date.fromisoformat(item["date"])
        except (KeyError, TypeError, ValueError):
            continue
    return None


def direction_hint(uow: UnitOfWork, document_id: int) -> DirectionHint:
    """The first values of the direction for this document (empty when nothing is known)."""
    due = uow.session.scalar(select(IncomingDocument.due_date).where(IncomingDocument.id == document_id))
    letter_text = uow.session.scalar(
        select(Attachment.text).where(Attachment.document_id == document_id, Attachment.step == "register",
                                      Attachment.text.is_not(None)).order_by(Attachment.id).limit(1))
    if not letter_text:
        return DirectionHint(deadline=due)
    read = read_letter(letter_text)
    return DirectionHint(duty=read["recurring_report"], deadline=due or _first_date(read["deadlines"]),
                         directive=_directive_text(read["directive"]))
