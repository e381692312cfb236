"""Parse untrusted XML from the interchange axis without letting it hurt us.

Packages come from outside the agency, so the parser refuses what XML attacks need:
a DOCTYPE (entity expansion, XXE, external DTDs), network access, deep nesting and
element floods, and anything over a size limit. It does tolerate one real-world flaw:
prefixes used without a declaration (the official SDK samples write ``xlink:href`` and
``edXML:AttachmentEncoded`` outside the scope of their ``xmlns``).

A parser *target* builds the tree, so libxml2's 10 MB cap on one text node (which
``huge_tree`` would lift for everything) does not reject large base64 attachments;
the byte limit here bounds memory instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from ..errors import DocrouteError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_MAX_ELEMENTS = 100_000

_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_EXTERNAL_ID = re.compile(rb"<!DOCTYPE[^>\[]*\b(SYSTEM|PUBLIC)\b", re.IGNORECASE)
_ROOT_START = re.compile(rb"<[^?!/]")
_PROLOG_SCAN = 1024 * 1024


class EdxmlError(DocrouteError):
    """An edXML package was refused; ``code`` says why, the message says it in Vietnamese and English.

    Codes: ``too_large``, ``hostile``, ``malformed``, ``not_edxml``, ``incomplete``,
    ``bad_attachment``, ``not_document``.
    """

    def __init__(self, code: str, vi: str, en: str):
        super().__init__(f"{vi} / {en}")
        self.code = code
        self.message_vi = vi
        self.message_en = en


@dataclass(frozen=True)
class XmlLimits:
    """How much an untrusted document may cost us."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_elements: int = DEFAULT_MAX_ELEMENTS


def parse_untrusted(data: bytes, limits: XmlLimits | None = None) -> etree._Element:
    """Parse ``data`` into an lxml element tree, or raise :class:`EdxmlError`."""
    limits = limits or XmlLimits()
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("parse_untrusted expects bytes")
    data = bytes(data)
    if len(data) > limits.max_bytes:
        raise EdxmlError(
            "too_large",
            f"Gói tin quá lớn ({len(data):,} byte, tối đa {limits.max_bytes:,} byte).",
            f"Package too large ({len(data):,} bytes, limit {limits.max_bytes:,}).",
        )
    if not data or data.isspace():
        raise EdxmlError("malformed", "Tệp rỗng, không phải XML.", "Empty file, not XML.")
    _refuse_doctype(data)
    target = _GuardedTarget(limits.max_elements)
    parser = etree.XMLParser(
        target=target, resolve_entities=False, no_network=True, load_dtd=False,
        dtd_validation=False, attribute_defaults=False, huge_tree=False, remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except EdxmlError:
        raise
    except etree.XMLSyntaxError as exc:
        if target.refusal is not None:
            raise target.refusal from None
        raise _syntax_error(_first_error(parser) or str(exc)) from None
    except (ValueError, TypeError) as exc:  # e.g. an encoding lxml cannot use
        raise EdxmlError("malformed", f"XML không hợp lệ: {exc}", f"Malformed XML: {exc}") from None
    _refuse_recovered_errors(parser)
    if root is None:
        raise EdxmlError("malformed", "Không có phần tử gốc.", "No root element.")
    return root


def _refuse_doctype(data: bytes) -> None:
    """Refuse any DOCTYPE in the prolog; edXML never has one and every XML bomb needs one."""
    head = data[:_PROLOG_SCAN].replace(b"\x00", b"")  # UTF-16/32 text reads as ASCII once NULs go
    root = _ROOT_START.search(head)
    head = head[: root.start()] if root else head  # only the prolog: text later may quote "<!DOCTYPE"
    match = _DOCTYPE.search(head)
    if match is None:
        return
    if _ENTITY.search(head, match.start()):
        raise EdxmlError(
            "hostile",
            "Gói tin khai báo thực thể XML (ENTITY) — bị từ chối vì có thể là tấn công (XXE, billion laughs).",
            "Package declares XML entities (ENTITY): refused as a possible XXE / entity-expansion attack.",
        )
    if _EXTERNAL_ID.search(head, match.start()):
        raise EdxmlError(
            "hostile",
            "Gói tin tham chiếu DTD bên ngoài — bị từ chối, không tải tài nguyên ngoài.",
            "Package references an external DTD: refused, nothing external is loaded.",
        )
    raise EdxmlError("hostile", "Gói tin edXML không được chứa DOCTYPE.", "An edXML package may not contain a DOCTYPE.")


def _first_error(parser: etree.XMLParser) -> str | None:
    """The parser's own first error: clearer than what a target's ``close()`` says afterwards."""
    for entry in parser.error_log:
        if entry.level >= etree.ErrorLevels.ERROR and entry.domain != etree.ErrorDomains.NAMESPACE:
            return f"{entry.message.strip()} (dòng/line {entry.line}, cột/column {entry.column})"
    return None


def _syntax_error(text: str) -> EdxmlError:
    if "Excessive depth" in text or "Resource limit" in text or "xmlAddEntity" in text or "amplification" in text:
        return EdxmlError("hostile", f"Gói tin vượt giới hạn an toàn của bộ phân tích: {text}",
                          f"Package exceeds the parser's safety limits: {text}")
    return EdxmlError("malformed", f"XML không hợp lệ: {text}", f"Malformed XML: {text}")


def _refuse_recovered_errors(parser: etree.XMLParser) -> None:
    """libxml2 reports some errors without failing; only undeclared namespace prefixes are tolerated."""
    for entry in parser.error_log:
        if entry.level < etree.ErrorLevels.ERROR or entry.domain == etree.ErrorDomains.NAMESPACE:
            continue
        raise _syntax_error(f"{entry.message.strip()} (dòng/line {entry.line}, cột/column {entry.column})")


class _GuardedTarget:
    """Builds the tree through lxml's TreeBuilder, refusing DOCTYPEs and element floods."""

    def __init__(self, max_elements: int):
        self._builder = etree.TreeBuilder()
        self._left = max_elements
        self.refusal: EdxmlError | None = None  # lxml may swap a callback's exception for its own

    def _refuse(self, vi: str, en: str):
        self.refusal = EdxmlError("hostile", vi, en)
        raise self.refusal

    def doctype(self, name, pubid, system):
        self._refuse("Gói tin edXML không được chứa DOCTYPE.", "An edXML package may not contain a DOCTYPE.")

    def start(self, tag, attrib, nsmap=None):
        self._left -= 1
        if self._left < 0:
            self._refuse("Gói tin có quá nhiều phần tử XML.", "Package has too many XML elements.")
        nsmap = {prefix or None: uri for prefix, uri in (nsmap or {}).items()}
        return self._builder.start(tag, dict(attrib), nsmap or None)

    def end(self, tag):
        return self._builder.end(tag)

    def data(self, data):
        self._builder.data(data)

    def comment(self, text):
        """Comments are dropped (the samples comment out whole elements)."""

    def pi(self, target, data=None):
        """Processing instructions are dropped."""

    def close(self):
        return self._builder.close()
