"""What a parsed edXML package says, as plain frozen dataclasses (no lxml, no database)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .codes import PRIORITY_URGENCY, STATUS_LABELS, BusinessDocType, StatusCode
from .safe_xml import EdxmlError


@dataclass(frozen=True)
class Organ:
    """An agency on the axis (From / To): OrganId is its interchange code, e.g. ``000.00.00.G22``."""

    organ_id: str
    organ_name: str | None = None
    organization_in_charge: str | None = None  # cơ quan chủ quản (parent body)
    address: str | None = None
    email: str | None = None
    telephone: str | None = None
    fax: str | None = None
    website: str | None = None


@dataclass(frozen=True)
class DocumentCode:
    """Số (CodeNumber) and ký hiệu (CodeNotation)."""

    number: str | None
    notation: str | None

    @property
    def full(self) -> str | None:
        """``7816/VPCP-TTĐT``, as a clerk writes it."""
        parts = [p for p in (self.number, self.notation) if p]
        return "/".join(parts) or None


@dataclass(frozen=True)
class DocumentType:
    type_code: str | None  # Type: 1 = legal normative, 2 = administrative…
    name: str | None  # TypeName: Công văn, Thông tư…
    detail: str | None = None


@dataclass(frozen=True)
class Signer:
    competence: str | None  # thẩm quyền: KT., TL., TM., Q.
    position: str | None
    full_name: str | None


@dataclass(frozen=True)
class StaffInfo:
    department: str | None = None
    staff: str | None = None
    email: str | None = None
    mobile: str | None = None


@dataclass(frozen=True)
class ResponseFor:
    """The document a status (or a reply) is about, as the axis identifies it."""

    organ_id: str | None
    code: str | None
    promulgation_date: dt.date | None
    document_id: str | None


@dataclass(frozen=True)
class OtherInfo:
    priority: int | None = None
    sphere_of_promulgation: str | None = None
    typer_notation: str | None = None
    promulgation_amount: int | None = None
    page_amount: int | None = None
    direction: bool | None = None
    appendixes: tuple[str, ...] = ()


@dataclass(frozen=True)
class TraceHeader:
    organ_id: str | None
    timestamp: dt.datetime | None


@dataclass(frozen=True)
class Replacement:
    """A document this one replaces, and the agencies that received it."""

    document_id: str | None
    organ_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Receiver:
    organ_id: str
    receiver_type: str | None  # in an update: 0 = keep, 1 = add (SDK usage)


@dataclass(frozen=True)
class Business:
    """TraceHeaderList/Bussiness (sic): new, revoke, update or replace, and of what."""

    doc_type: BusinessDocType | None
    doc_type_raw: str | None
    reason: str | None
    document_id: str | None  # the document acted on (revoke/update)
    paper: str | None
    staff: StaffInfo | None
    replacements: tuple[Replacement, ...] = ()
    document_info_changed: str | None = None  # BussinessDocumentInfo/DocumentInfo
    receivers_changed: str | None = None  # BussinessDocumentInfo/DocumentReceiver
    receivers: tuple[Receiver, ...] = ()


@dataclass(frozen=True)
class ArchivedFile:
    """One file inside a zipped attachment."""

    name: str  # base name, safe to show and to store under
    path: str  # as written in the archive
    content_type: str  # guessed from the bytes
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class Attachment:
    content_id: str | None
    name: str | None
    content_type: str | None  # as declared by the sender
    description: str | None
    data: bytes | None = field(default=None, repr=False)  # None when not decoded
    detected_type: str | None = None  # guessed from the bytes
    files: tuple[ArchivedFile, ...] = ()  # what a zip payload holds

    @property
    def size(self) -> int | None:
        return None if self.data is None else len(self.data)


_VV = re.compile(r"^\s*V/v\s*[:.]?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class EdxmlPackage:
    """An edXML package: a document (``kind == "edoc"``) or a status report (``kind == "status"``)."""

    kind: str
    from_organ: Organ
    to_organs: tuple[Organ, ...] = ()
    # document packages
    document_id: str | None = None
    code: DocumentCode | None = None
    promulgation_place: str | None = None
    promulgation_date: dt.date | None = None
    doc_type: DocumentType | None = None
    subject: str | None = None
    content: str | None = None
    signer: Signer | None = None
    due_date: dt.date | None = None
    steering_type: str | None = None
    to_places: tuple[str, ...] = ()
    other_info: OtherInfo | None = None
    traces: tuple[TraceHeader, ...] = ()
    business: Business | None = None
    attachments: tuple[Attachment, ...] = ()
    # both: a reply names the document(s) it answers; a status names the one it reports on
    response_for: tuple[ResponseFor, ...] = ()
    # status packages
    status_code: str | None = None
    description: str | None = None
    timestamp: dt.datetime | None = None
    staff: StaffInfo | None = None
    # oddities found while reading (not reasons to refuse)
    warnings: tuple[str, ...] = ()

    @property
    def number(self) -> str | None:
        return self.code.full if self.code else None

    @property
    def priority(self) -> int | None:
        return self.other_info.priority if self.other_info else None

    @property
    def urgency(self) -> str:
        """docroute urgency: ``normal``, ``khan``, ``thuong_khan`` or ``hoa_toc``."""
        return PRIORITY_URGENCY.get(self.priority, "normal")

    @property
    def status(self) -> StatusCode | None:
        try:
            return StatusCode(self.status_code) if self.status_code else None
        except ValueError:
            return None

    @property
    def status_label(self) -> str | None:
        return STATUS_LABELS.get(self.status) if self.status else None

    @property
    def business_type(self) -> BusinessDocType:
        """New unless the package says revoke, update or replace."""
        return (self.business.doc_type if self.business and self.business.doc_type is not None
                else BusinessDocType.NEW)

    def affected_document_ids(self) -> tuple[str, ...]:
        """Interchange ids of already-received documents this package acts on.

        Revoke and update reuse the original's DocumentId (the SDK samples carry no other
        link); replace lists the replaced documents in ReplacementInfoList.
        """
        kind = self.business_type
        if kind in (BusinessDocType.REVOKE, BusinessDocType.UPDATE):
            return (self.document_id,) if self.document_id else ()
        if kind is BusinessDocType.REPLACE and self.business:
            return tuple(dict.fromkeys(r.document_id for r in self.business.replacements if r.document_id))
        return ()

    def reference(self) -> ResponseFor:
        """How to name this document in a status package sent back to its sender."""
        self._require_edoc()
        return ResponseFor(self.from_organ.organ_id, self.number, self.promulgation_date, self.document_id)

    def registration_fields(self) -> dict:
        """The JSON body of ``POST /api/v1/documents`` for this document (keys absent when unknown)."""
        self._require_edoc()
        fields = {
            "issuer": self.from_organ.organ_name,
            "number": self.number,
            "issued_date": self.promulgation_date.isoformat() if self.promulgation_date else None,
            "doc_type": self.doc_type.name if self.doc_type else None,
            "subject": self.subject,
            "urgency": self.urgency,
        }
        if self.signer and self.signer.full_name:
            fields["signer"] = self.signer.full_name
        if self.due_date:
            fields["due_date"] = self.due_date.isoformat()
        return fields

    def extraction_fields(self) -> dict:
        """The keys of ``docroute extract`` (seed-letters.gold.json), null where the package is silent."""
        self._require_edoc()
        org = self.from_organ
        parent = org.organization_in_charge if org.organization_in_charge != org.organ_name else None
        signer = self.signer or Signer(None, None, None)
        recipients = [o.organ_name for o in self.to_organs if o.organ_name] or list(self.to_places)
        return {
            "doc_type": self.doc_type.name if self.doc_type else None,
            "number": self.number,
            "issued_date": self.promulgation_date.isoformat() if self.promulgation_date else None,
            "place": self.promulgation_place,
            "issuer": org.organ_name,
            "issuer_parent": parent,
            "subject": _VV.sub("", self.subject) if self.subject else None,
            "recipients": recipients or None,
            "signer": signer.full_name,
            "signer_title": signer.position,
            "signing_authority": signer.competence,
            "urgency": None if self.urgency == "normal" else self.urgency,
            "references": [r.code for r in self.response_for if r.code],
            "deadlines": [{"date": self.due_date.isoformat(), "text": "Hạn xử lý (DueDate)"}] if self.due_date else [],
            "stamp": None,
        }

    def _require_edoc(self) -> None:
        if self.kind != "edoc":
            raise EdxmlError("not_document", "Gói tin trạng thái không phải là văn bản để vào sổ.",
                             "A status package is not a document to register.")
