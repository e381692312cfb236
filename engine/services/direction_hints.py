"""What the registered letter suggests for the leader's direction, to pre-fill the ``assign`` form.

The letter is read once: its recurring report duty (extract key ``recurring_report``), the
direction written into it (``directive``: 'Giao … chủ trì, phối hợp với …') and the deadline, which
is the document's handling deadline when the clerk recorded one, else the first the letter sets.
The bodies the directive names become the lead and co-handling departments when they are this
agency's own departments (matched by name or code, ignoring case, diacritics, dashes and the unit
word 'Phòng', 'Khoa' …); a body that is not one of them (another agency) is left to the leader.
Every value is only a first value: the leader checks and changes it before assigning.
"""
from __future__ import annotations

import copy
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import select

from ..extraction.letter import read as read_letter
from ..persistence.models import Attachment, IncomingDocument
from ..persistence.uow import UnitOfWork
from .inbox import handling_departments
from .validation import fold

# The unit word in front of a department's name: 'Phòng Tài chính' and 'Tài chính' are one department.
UNIT_WORD = re.compile(r"^(?:phong|khoa|ban|to|van phong|trung tam|bo phan|doi|chi cuc)\s+")


@dataclass(frozen=True)
class DirectionHint:
    duty: dict | None = None
    deadline: dt.date | None = None
    directive: str | None = None
    lead: str | None = None
    co: list[str] = field(default_factory=list)


def _directive_text(found: dict | None) -> str | None:
    if not found or not found.get("lead"):
        return None
    co = ", ".join(found.get("co") or [])
    return f"Giao {found['lead']} chủ trì" + (f", phối hợp với {co}" if co else "") + "."


def _plain(name: str) -> str:
    """A name as compared: folded, dashes and punctuation as spaces, runs of spaces as one."""
    return " ".join(re.sub(r"[-–—_/.,()]", " ", fold(name)).split())


def _unique(pairs) -> dict[str, str | None]:
    """key → code, None where two departments share the key (an ambiguous name chooses nothing)."""
    known: dict[str, str | None] = {}
    for key, code in pairs:
        known[key] = None if known.get(key, code) != code else code
    return known


def _department_codes(uow: UnitOfWork, found: dict | None) -> tuple[str | None, list[str]]:
    """The directive's lead and co-handling bodies that are departments able to handle (by code).

    The full name decides first ('Khoa Dinh dưỡng'); else the name without its unit word or the code
    ('Dinh dưỡng', 'Phòng TCKT'), when only one department answers to it.
    """
    if not found or not found.get("lead"):
        return None, []
    departments = handling_departments(uow)
    full = _unique((_plain(d.name), d.code) for d in departments)
    bare = _unique([(UNIT_WORD.sub("", _plain(d.name)), d.code) for d in departments]
                   + [(_plain(d.code), d.code) for d in departments])

    def code_of(name: str) -> str | None:
        key = _plain(name)
        return full[key] if key in full else bare.get(UNIT_WORD.sub("", key))

    lead = code_of(found["lead"])
    co: list[str] = []
    for name in found.get("co") or []:
        code = code_of(name)
        if code and code != lead and code not in co:
            co.append(code)
    return lead, co


def _first_date(deadlines: list[dict]) -> dt.date | None:
    for item in deadlines or []:
        try:
            return dt.date.fromisoformat(item["date"])
        except (KeyError, TypeError, ValueError):
            continue
    return None


@lru_cache(maxsize=128)
def _letter_reading(letter_text: str) -> dict:
    """What the letter says for the direction, read once per process for a given text (reading a long
    letter takes tens of milliseconds, and the form is shown again on every error and reload)."""
    read = read_letter(letter_text)
    return {"directive": read["directive"], "deadlines": read["deadlines"],
            "recurring_report": read["recurring_report"]}


def direction_hint(uow: UnitOfWork, document_id: int) -> DirectionHint:
    """The first values of the direction for this document (empty when nothing is known)."""
    due = uow.session.scalar(select(IncomingDocument.due_date).where(IncomingDocument.id == document_id))
    letter_text = uow.session.scalar(
        select(Attachment.text).where(Attachment.document_id == document_id, Attachment.step == "register",
                                      Attachment.text.is_not(None)).order_by(Attachment.id).limit(1))
    if not letter_text:
        return DirectionHint(deadline=due)
    read = copy.deepcopy(_letter_reading(letter_text))  # callers may change what they get
    lead, co = _department_codes(uow, read["directive"])
    return DirectionHint(duty=read["recurring_report"], deadline=due or _first_date(read["deadlines"]),
                         directive=_directive_text(read["directive"]), lead=lead, co=co)
