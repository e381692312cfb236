"""National document interchange (trục liên thông văn bản quốc gia): edXML, QCVN 102:2016/BTTTT.

Pure functions over bytes; no database, no web framework. ``parse_package`` reads an
incoming package (document or status) safely; ``build_status_package`` writes the status
a receiver sends back.
"""
from .attachments import ZipLimits
from .codes import NS, PRIORITY_URGENCY, REASON_REQUIRED, STATUS_LABELS, BusinessDocType, StatusCode, split_document_id
from .model import (ArchivedFile, Attachment, Business, DocumentCode, DocumentType, EdxmlPackage, Organ, OtherInfo,
                    Receiver, Replacement, ResponseFor, Signer, StaffInfo, TraceHeader)
from .package import parse_package
from .safe_xml import EdxmlError, XmlLimits, parse_untrusted
from .status import build_status_package

__all__ = [
    "NS", "PRIORITY_URGENCY", "REASON_REQUIRED", "STATUS_LABELS", "BusinessDocType", "StatusCode",
    "split_document_id", "ArchivedFile", "Attachment", "Business", "DocumentCode", "DocumentType", "EdxmlPackage",
    "Organ", "OtherInfo", "Receiver", "Replacement", "ResponseFor", "Signer", "StaffInfo", "TraceHeader",
    "parse_package", "build_status_package", "EdxmlError", "XmlLimits", "ZipLimits", "parse_untrusted",
]
