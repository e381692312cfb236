"""Build the status packages a receiver sends back (đã đến, từ chối, vào sổ, phân công, …).

The layout follows the official SDK samples: ``From``, then ``ResponseFor`` naming the
document, ``StaffInfo``, ``StatusCode``, ``Description``, ``Timestamp``. The samples carry
no ``To`` (the axis routes by its own envelope); one is written only when asked for.
"""
from __future__ import annotations

import datetime as dt
import re

from lxml import etree

from ..errors import ValidationFailed
from .codes import NS, REASON_REQUIRED, STATUS_LABELS, StatusCode, format_date, format_timestamp, normalize_status_code
from .model import Organ, ResponseFor, StaffInfo

__all__ = ["StatusCode", "STATUS_LABELS", "REASON_REQUIRED", "build_status_package"]

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def build_status_package(*, from_organ: Organ, response_for: ResponseFor, status_code: StatusCode | str,
                         timestamp: dt.datetime, description: str | None = None, staff: StaffInfo | None = None,
                         to_organ: Organ | None = None) -> bytes:
    """UTF-8 bytes of an edXML status package; ``parse_package`` reads it back unchanged.

    ``description`` defaults to the code's Vietnamese label; refusals (02) and the
    take-back codes (13, 16) must give their reason there.
    """
    code = _check(from_organ, response_for, status_code, description)
    root = etree.Element(_q("edXML"), nsmap={None: NS})
    envelope = etree.SubElement(root, _q("edXMLEnvelope"), nsmap={"edXML": NS})
    header = _sub(_sub(envelope, "edXMLHeader"), "MessageHeader")
    _organ(header, "From", from_organ)
    if to_organ is not None:
        _organ(header, "To", to_organ)
    ref = _sub(header, "ResponseFor")
    _leaf(ref, "OrganId", response_for.organ_id)
    _leaf(ref, "Code", response_for.code)
    issued = response_for.promulgation_date
    _leaf(ref, "PromulgationDate", format_date(issued) if issued else None)
    _leaf(ref, "DocumentId", response_for.document_id)
    if staff is not None:
        info = _sub(header, "StaffInfo")
        for name, value in (("Department", staff.department), ("Staff", staff.staff),
                            ("Email", staff.email), ("Mobile", staff.mobile)):
            _leaf(info, name, value, optional=True)
    _leaf(header, "StatusCode", code.value)
    _leaf(header, "Description", description.strip() if description and description.strip() else code.label)
    _leaf(header, "Timestamp", format_timestamp(timestamp))
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="UTF-8", pretty_print=True)


def _check(from_organ: Organ, response_for: ResponseFor, status_code, description) -> StatusCode:
    errors: dict[str, list[str]] = {}
    try:
        code = StatusCode(normalize_status_code(str(getattr(status_code, "value", status_code))))
    except ValueError:
        code = None
        errors["status_code"] = [f"Mã trạng thái không hợp lệ: {status_code!r}."]
    if not (from_organ and from_organ.organ_id and from_organ.organ_id.strip()):
        errors["from_organ"] = ["Thiếu mã định danh cơ quan gửi (OrganId)."]
    if not (response_for and (response_for.document_id or response_for.code)):
        errors["response_for"] = ["Thiếu mã văn bản (DocumentId) hoặc số, ký hiệu của văn bản được phản hồi."]
    if code in REASON_REQUIRED and not (description and description.strip()):
        errors["description"] = [f"Trạng thái «{code.label}» phải nêu lý do."]
    if errors:
        raise ValidationFailed(errors)
    return code


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


def _sub(parent, name: str):
    return etree.SubElement(parent, _q(name))


def _leaf(parent, name: str, value: str | None, *, optional: bool = False) -> None:
    if optional and not value:
        return
    _sub(parent, name).text = _NOT_XML.sub("", value) if value else ""


def _organ(parent, name: str, organ: Organ) -> None:
    el = _sub(parent, name)
    _leaf(el, "OrganId", organ.organ_id)
    _leaf(el, "OrganizationInCharge", organ.organization_in_charge, optional=True)
    _leaf(el, "OrganName", organ.organ_name)
    for tag, value in (("OrganAdd", organ.address), ("Email", organ.email), ("Telephone", organ.telephone),
                       ("Fax", organ.fax), ("Website", organ.website)):
        _leaf(el, tag, value, optional=True)
