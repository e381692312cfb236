"""From an edXML header to the fields of the incoming register (and back to edXML names in errors)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager

from ...errors import ValidationFailed
from ...interchange import EdxmlPackage

_VV = re.compile(r"^\s*V/v\s*[:.]?\s*", re.IGNORECASE)

# Registration field → where it comes from in the package, to name it in error messages.
ELEMENTS = {
    "issuer": "From/OrganName", "number": "Code (CodeNumber/CodeNotation)",
    "issued_date": "PromulgationInfo/PromulgationDate", "doc_type": "DocumentType/TypeName",
    "subject": "Subject", "signer": "SignerInfo/FullName", "urgency": "OtherInfo/Priority",
    "due_date": "DueDate", "place": "PromulgationInfo/Place", "issuer_parent": "From/OrganizationInCharge",
    "signer_title": "SignerInfo/Position", "signing_authority": "SignerInfo/Competence",
    "recipients": "To/OrganName, ToPlaces", "page_count": "OtherInfo/PageAmount",
}


def registration_data(pkg: EdxmlPackage, received: dt.date, warnings: list[str]) -> dict:
    """The registration fields the header gives (``POST /documents`` names), for a document arriving on ``received``.

    Code → number (số/ký hiệu), PromulgationInfo → issued date and place, DocumentType → type name,
    Subject (without "V/v"), SignerInfo, DueDate, Priority → urgency, From → issuer and parent body,
    To / ToPlaces → recipients. A DueDate already past on arrival is left out, with a warning.
    """
    org, signer, info = pkg.from_organ, pkg.signer, pkg.other_info
    data = {
        "issuer": org.organ_name,
        "number": pkg.number,
        "issued_date": pkg.promulgation_date.isoformat() if pkg.promulgation_date else None,
        "doc_type": pkg.doc_type.name if pkg.doc_type else None,
        "subject": _VV.sub("", pkg.subject) if pkg.subject else None,
        "urgency": pkg.urgency,
        "received_date": received.isoformat(),
        "place": pkg.promulgation_place,
        "issuer_parent": org.organization_in_charge if org.organization_in_charge != org.organ_name else None,
        "recipients": [o.organ_name for o in pkg.to_organs if o.organ_name] + list(pkg.to_places),
    }
    if signer is not None:
        data.update({"signer": signer.full_name, "signer_title": signer.position,
                     "signing_authority": signer.competence})
    if info is not None and info.page_amount:
        data["page_count"] = info.page_amount
    if pkg.due_date is not None:
        if pkg.due_date < received:
            warnings.append(f"Hạn xử lý {pkg.due_date:%d/%m/%Y} (DueDate) đã qua trước ngày đến "
                            f"{received:%d/%m/%Y}; văn bản được vào sổ không kèm hạn này.")
        else:
            data["due_date"] = pkg.due_date.isoformat()
    return {key: value for key, value in data.items() if value not in (None, [], "")}


@contextmanager
def errors_named_by_element() -> Iterator[None]:
    """Registration errors of an imported package, as ``file`` errors naming the edXML element."""
    try:
        yield
    except ValidationFailed as exc:
        raise ValidationFailed({"file": [f"{ELEMENTS.get(name, name)}: {message}"
                                         for name, messages in exc.errors.items() for message in messages]}
                               ) from None
