"""Read an edXML package (QCVN 102:2016/BTTTT) into :class:`EdxmlPackage`.

Structure: ``edXML / edXMLEnvelope / edXMLHeader / MessageHeader`` (+ ``TraceHeaderList``),
``edXMLEnvelope / edXMLBody / edXMLManifest / Reference`` per attachment, and
``edXML / AttachmentEncoded / Attachment`` with the base64 payload. A ``StatusCode`` in
the MessageHeader makes it a status package. Elements are matched by local name in the
standard's namespace, or in none (undeclared ``edXML:`` prefixes, as in the samples).
Missing business fields are left ``None`` for the clerk to complete; oddities go to
``warnings``; only what makes the package unusable raises :class:`EdxmlError`.
"""
from __future__ import annotations

import unicodedata
from dataclasses import replace

from . import attachments as att
from .codes import NS, PRIORITY_URGENCY, BusinessDocType, StatusCode, normalize_status_code, parse_date
from .codes import parse_timestamp, split_document_id
from .model import (Attachment, Business, DocumentCode, DocumentType, EdxmlPackage, Organ, OtherInfo, Receiver,
                    Replacement, ResponseFor, Signer, StaffInfo, TraceHeader)
from .safe_xml import EdxmlError, XmlLimits, parse_untrusted


def parse_package(data: bytes, *, decode_attachments: bool = True, xml_limits: XmlLimits | None = None,
                  zip_limits: att.ZipLimits | None = None) -> EdxmlPackage:
    """Parse untrusted package bytes; ``decode_attachments=False`` reads the header only (fast, lenient)."""
    root = parse_untrusted(data, xml_limits)
    if root.tag != f"{{{NS}}}edXML":
        raise EdxmlError("not_edxml", f"Không phải gói tin edXML (phần tử gốc {root.tag}).",
                         f"Not an edXML package (root element {root.tag}, expected edXML in {NS}).")
    envelope = _need(root, "edXMLEnvelope")
    header = _need(envelope, "edXMLHeader")
    mh = _need(header, "MessageHeader")
    from_el = _child(mh, "From")
    sender = _organ(from_el) if from_el is not None else None
    if sender is None:
        raise EdxmlError("incomplete", "Gói tin thiếu mã định danh cơ quan gửi (From/OrganId).",
                         "Package lacks the sender's organ id (From/OrganId).")
    warnings: list[str] = []
    common = {"from_organ": sender, "to_organs": tuple(o for o in map(_organ, _children(mh, "To")) if o),
              "response_for": _responses(mh, warnings)}
    if _child(mh, "StatusCode") is not None:
        pkg = _status(mh, common, warnings)
    elif any(_child(mh, n) is not None for n in ("Code", "Subject", "DocumentId")):
        pkg = _edoc(root, envelope, header, mh, common, decode_attachments, zip_limits or att.ZipLimits(), warnings)
    else:
        raise EdxmlError("not_edxml", "MessageHeader không phải văn bản cũng không phải trạng thái.",
                         "MessageHeader is neither a document nor a status.")
    return replace(pkg, warnings=tuple(dict.fromkeys(warnings))) if warnings else pkg


# --- document packages --------------------------------------------------------------------------


def _edoc(root, envelope, header, mh, common, decode, zip_limits, warnings) -> EdxmlPackage:
    code_el, promulgation, type_el = _child(mh, "Code"), _child(mh, "PromulgationInfo"), _child(mh, "DocumentType")
    signer_el, places = _child(mh, "SignerInfo"), _child(mh, "ToPlaces")
    code = DocumentCode(_text(code_el, "CodeNumber"), _text(code_el, "CodeNotation")) if code_el is not None else None
    issued = _date(promulgation, "PromulgationDate", warnings)
    pkg = EdxmlPackage(
        kind="edoc", **common,
        document_id=_text(mh, "DocumentId"),
        code=code,
        promulgation_place=_text(promulgation, "Place"),
        promulgation_date=issued,
        doc_type=DocumentType(_text(type_el, "Type"), _text(type_el, "TypeName"), _text(type_el, "TypeDetail"))
        if type_el is not None else None,
        subject=_text(mh, "Subject"),
        content=_text(mh, "Content"),
        signer=Signer(_text(signer_el, "Competence"), _text(signer_el, "Position"), _text(signer_el, "FullName"))
        if signer_el is not None else None,
        due_date=_date(mh, "DueDate", warnings),
        steering_type=_text(mh, "SteeringType"),
        to_places=tuple(p for p in (_clean(e.text) for e in _children(places, "Place")) if p),
        other_info=_other_info(_child(mh, "OtherInfo"), warnings),
        traces=_traces(_child(header, "TraceHeaderList"), warnings),
        business=_business(_child(_child(header, "TraceHeaderList"), "Bussiness"), warnings),
        attachments=_attachments(root, envelope, decode, zip_limits, warnings),
    )
    _cross_check(pkg, warnings)
    return pkg


def _other_info(el, warnings) -> OtherInfo | None:
    if el is None:
        return None
    priority = _int(el, "Priority", warnings)
    if priority is not None and priority not in PRIORITY_URGENCY:
        warnings.append(f"Độ khẩn không rõ (Priority={priority}), coi là thường.")
    direction = _text(el, "Direction")
    return OtherInfo(
        priority=priority,
        sphere_of_promulgation=_text(el, "SphereOfPromulgation"),
        typer_notation=_text(el, "TyperNotation"),
        promulgation_amount=_int(el, "PromulgationAmount", warnings),
        page_amount=_int(el, "PageAmount", warnings),
        direction=None if direction is None else direction.lower() in ("true", "1"),
        appendixes=tuple(a for a in (_clean(e.text) for e in _children(_child(el, "Appendixes"), "Appendix")) if a),
    )


def _traces(el, warnings) -> tuple[TraceHeader, ...]:
    return tuple(TraceHeader(_text(t, "OrganId"), _timestamp(t, "Timestamp", warnings))
                 for t in _children(el, "TraceHeader"))


def _business(el, warnings) -> Business | None:
    if el is None:
        return None
    raw = _text(el, "BussinessDocType")
    try:
        doc_type = BusinessDocType(int(raw)) if raw is not None else None
    except ValueError:
        doc_type = None
        warnings.append(f"Loại nghiệp vụ không rõ (BussinessDocType={raw}).")
    info = _child(el, "BussinessDocumentInfo")
    staff = _child(el, "StaffInfo")
    receivers = tuple(Receiver(_text(r, "OrganId"), _text(r, "ReceiverType"))
                      for r in _children(_child(info, "ReceiverList"), "Receiver") if _text(r, "OrganId"))
    replacements = tuple(
        Replacement(_text(r, "DocumentId"),
                    tuple(i for i in (_clean(o.text) for o in _children(_child(r, "OrganIdList"), "OrganId")) if i))
        for r in _children(_child(el, "ReplacementInfoList"), "ReplacementInfo"))
    business = Business(
        doc_type=doc_type, doc_type_raw=raw, reason=_text(el, "BussinessDocReason"),
        document_id=_text(el, "DocumentId"), paper=_text(el, "Paper"),
        staff=_staff(staff) if staff is not None else None, replacements=replacements,
        document_info_changed=_text(info, "DocumentInfo"), receivers_changed=_text(info, "DocumentReceiver"),
        receivers=receivers,
    )
    for ref in [business.document_id, *(r.document_id for r in replacements)]:
        parts = split_document_id(ref)
        if parts and parts[1] is None:
            warnings.append(f"Mã văn bản liên quan có ngày không hợp lệ: {ref}.")
    return business


def _attachments(root, envelope, decode, zip_limits, warnings) -> tuple[Attachment, ...]:
    manifest = _child(_child(envelope, "edXMLBody"), "edXMLManifest")
    refs = {_cid(_text(r, "ContentId")): r for r in _children(manifest, "Reference")}
    encoded = [a for holder in (root, envelope) for box in _children(holder, "AttachmentEncoded")
               for a in _children(box, "Attachment")]
    result = []
    for el in encoded:
        cid = _text(el, "ContentId")
        ref = refs.pop(_cid(cid), None)
        name = _text(el, "AttachmentName") or _text(ref, "AttachmentName")
        item = Attachment(content_id=cid, name=name,
                          content_type=_text(el, "ContentType") or _text(ref, "ContentType"),
                          description=_text(el, "Description") or _text(ref, "Description"))
        if ref is None:
            warnings.append(f"Tệp đính kèm «{name}» không có trong danh mục (edXMLManifest).")
        if decode:
            payload_el = _child(el, "ContentTransferEncoded")
            data = att.decode_base64(payload_el.text if payload_el is not None else None, name)
            detected = att.sniff(data, name)
            files = att.unzip(data, zip_limits, name or cid or "?") if detected == att.ZIP else ()
            item = Attachment(item.content_id, item.name, item.content_type, item.description, data, detected, files)
        result.append(item)
    for ref in refs.values():
        warnings.append(f"Danh mục có tệp «{_text(ref, 'AttachmentName')}» nhưng gói tin không kèm nội dung.")
    return tuple(result)


def _cross_check(pkg: EdxmlPackage, warnings: list[str]) -> None:
    """Inconsistencies a clerk should see before registering (not reasons to refuse)."""
    parts = split_document_id(pkg.document_id)
    if parts:
        organ, day, number = parts
        if organ != pkg.from_organ.organ_id:
            warnings.append(f"Mã văn bản (DocumentId) ghi cơ quan {organ}, khác cơ quan gửi {pkg.from_organ.organ_id}.")
        if pkg.number and number != pkg.number:
            warnings.append(f"Mã văn bản (DocumentId) ghi số {number}, khác số ký hiệu {pkg.number}.")
        if day and pkg.promulgation_date and day != pkg.promulgation_date:
            warnings.append(f"Mã văn bản (DocumentId) ghi ngày {day:%d/%m/%Y}, khác ngày ban hành "
                            f"{pkg.promulgation_date:%d/%m/%Y}.")
    if pkg.due_date and pkg.promulgation_date and pkg.due_date < pkg.promulgation_date:
        warnings.append(f"Hạn xử lý {pkg.due_date:%d/%m/%Y} trước ngày ban hành {pkg.promulgation_date:%d/%m/%Y}.")


# --- status packages ----------------------------------------------------------------------------


def _status(mh, common, warnings) -> EdxmlPackage:
    code = normalize_status_code(_text(mh, "StatusCode"))
    if code is None:
        raise EdxmlError("incomplete", "Gói tin trạng thái thiếu mã trạng thái (StatusCode).",
                         "Status package lacks its StatusCode.")
    if code not in {c.value for c in StatusCode}:
        warnings.append(f"Mã trạng thái không có trong danh mục: {code}.")
    if not any(r.document_id or r.code for r in common["response_for"]):
        raise EdxmlError("incomplete", "Gói tin trạng thái không nói văn bản nào (ResponseFor).",
                         "Status package does not name its document (ResponseFor).")
    staff = _child(mh, "StaffInfo")
    return EdxmlPackage(kind="status", **common, status_code=code, description=_text(mh, "Description"),
                        timestamp=_timestamp(mh, "Timestamp", warnings),
                        staff=_staff(staff) if staff is not None else None)


# --- shared pieces ------------------------------------------------------------------------------


def _organ(el) -> Organ | None:
    organ_id = _text(el, "OrganId")
    if organ_id is None:
        return None
    return Organ(organ_id, _text(el, "OrganName"), _text(el, "OrganizationInCharge"), _text(el, "OrganAdd"),
                 _text(el, "Email"), _text(el, "Telephone"), _text(el, "Fax"), _text(el, "Website"))


def _responses(mh, warnings) -> tuple[ResponseFor, ...]:
    found = []
    for el in _children(mh, "ResponseFor"):
        ref = ResponseFor(_text(el, "OrganId"), _text(el, "Code"), _date(el, "PromulgationDate", warnings),
                          _text(el, "DocumentId"))
        if not any((ref.organ_id, ref.code, ref.document_id)):
            continue  # the samples carry an empty ResponseFor as a placeholder
        parts = split_document_id(ref.document_id)
        if parts and ref.promulgation_date and parts[1] and parts[1] != ref.promulgation_date:
            warnings.append(f"ResponseFor: ngày {ref.promulgation_date:%Y/%m/%d} khác ngày trong mã {ref.document_id}.")
        found.append(ref)
    return tuple(found)


def _staff(el) -> StaffInfo:
    return StaffInfo(_text(el, "Department"), _text(el, "Staff"), _text(el, "Email"), _text(el, "Mobile"))


def _children(el, name: str) -> list:
    if el is None:
        return []
    return [c for c in el if isinstance(c.tag, str) and _is(c, name)]


def _is(el, name: str) -> bool:
    tag = el.tag
    if tag.startswith("{"):
        ns, local = tag[1:].split("}", 1)
        return ns == NS and local == name
    return tag == name


def _child(el, name: str):
    found = _children(el, name)
    return found[0] if found else None


def _need(el, name: str):
    found = _child(el, name)
    if found is None:
        raise EdxmlError("not_edxml", f"Gói tin edXML thiếu phần tử {name}.", f"edXML package lacks element {name}.")
    return found


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = unicodedata.normalize("NFC", value).strip()
    return value or None


def _text(el, name: str) -> str | None:
    child = _child(el, name)
    return _clean(child.text) if child is not None else None


def _date(el, name, warnings):
    raw = _text(el, name)
    value = parse_date(raw)
    if raw and value is None:
        warnings.append(f"Ngày không đọc được ở {name}: {raw}.")
    return value


def _timestamp(el, name, warnings):
    raw = _text(el, name)
    value = parse_timestamp(raw)
    if raw and value is None:
        warnings.append(f"Thời điểm không đọc được ở {name}: {raw}.")
    return value


def _int(el, name, warnings) -> int | None:
    raw = _text(el, name)
    if raw is None:
        return None
    try:
        return int(raw)
    except ValueError:
        warnings.append(f"{name} không phải số: {raw}.")
        return None


def _cid(value: str | None) -> str:
    value = (value or "").strip()
    return value[4:] if value.lower().startswith("cid:") else value
