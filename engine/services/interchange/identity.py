"""How the axis names a document, and finding the one registered earlier under that name.

The axis identifies a document by its sender's organ id, its date and its number and code,
written as a DocumentId ``000.00.00.G22,2015/09/30,7816/VPCP-TTĐT`` (some systems send a
UUID instead). A package is keyed both by its DocumentId and by what its own header says
(From/OrganId, PromulgationDate, Code), so a later revoke, update or replace finds the
earlier document by either.
"""
from __future__ import annotations

from sqlalchemy import or_, select

from ...interchange import EdxmlPackage
from ...interchange.codes import parse_date
from ...persistence.models import InterchangePackage
from ...persistence.uow import UnitOfWork
from ..validation import fold

REGISTERED = "registered"


def key(organ_id: str | None, day: str | None, code: str | None) -> str:
    """``ORGAN|yyyy-mm-dd|code`` with the code folded (case, diacritics, spaces around ``/``)."""
    code = "/".join(part.strip() for part in (code or "").split("/"))
    return f"{(organ_id or '').strip().upper()}|{day or ''}|{fold(code)}"[:400]


def key_of_document_id(raw: str | None) -> str | None:
    """The key a DocumentId names: a triple as :func:`key`, anything else (a UUID) as ``id:…``."""
    raw = (raw or "").strip()
    if not raw:
        return None
    parts = [p.strip() for p in raw.split(",")]
    if len(parts) == 3 and parts[0] and parts[2]:
        day = parse_date(parts[1])
        return key(parts[0], day.isoformat() if day else parts[1], parts[2])
    return f"id:{raw}"[:400]


def header_key(pkg: EdxmlPackage) -> str:
    day = pkg.promulgation_date.isoformat() if pkg.promulgation_date else None
    return key(pkg.from_organ.organ_id, day, pkg.number)


def identity_key(pkg: EdxmlPackage) -> str:
    """The document's name on the axis: its DocumentId when it has one, else its header."""
    return key_of_document_id(pkg.document_id) or header_key(pkg)


def registered_by_reference(uow: UnitOfWork, reference: str) -> InterchangePackage | None:
    """The package that registered the document a DocumentId (or header key) names, if any."""
    wanted = key_of_document_id(reference) if "|" not in reference else reference
    query = select(InterchangePackage).where(
        InterchangePackage.outcome == REGISTERED,
        or_(InterchangePackage.edxml_document_id == reference, InterchangePackage.identity_key == wanted,
            InterchangePackage.header_key == wanted))
    return uow.session.scalar(query.order_by(InterchangePackage.id.desc()).limit(1))


def registering_package(uow: UnitOfWork, document_id: int) -> InterchangePackage | None:
    """The package a document was registered from; None for a document that did not come by the axis."""
    return uow.session.scalar(select(InterchangePackage).where(
        InterchangePackage.document_id == document_id, InterchangePackage.outcome == REGISTERED).limit(1))
