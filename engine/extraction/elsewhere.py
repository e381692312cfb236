"""Where a copy names the letter other than by its own number line: a portal post's title, a relay line, a
number heading a document site's copy, a news sentence, a post's closing source, a site's attribute table.
Read when the header's own number line is lost or left blank, and for the date of a post whose number only
a site's table gave."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import fallbacks, furniture, numbers, posts
from .layout import INDEP_RE, KG_RE, MOTTO_RE
from .text import unwrapped

if TYPE_CHECKING:
    from .header import Header

# Where a copy that lost its 'Số:' line still names the letter, in this order: a portal post's
# title 'Về việc … (3585/VP-KTN, ngày 23/10/2017).'; its relay line 'Thông báo số 217/TB-UBND
# ngày … của UBND … V/v …'; '3472/BVHTTDL-DSVH' alone heading a document site's copy (before a
# sentence of its body citing an earlier letter could be taken for a news post's); a news sentence
# ('UBND X vừa ban hành Công văn số …'); a post opening 'Theo Công văn số … ngày …, UBND huyện đề
# nghị …'; the closing '(Theo Công văn số 6012/UBND-KT, ngày 14/11/2023)' or '(Nguồn: …)'.
_ELSEWHERE = (posts.portal_title, posts.relay_title, fallbacks.bare_number_line, posts.news_relay,
              posts.according_relay, furniture.source_line, posts.carried_out_relay, furniture.attribute_number)


def unread_number_line(text: str, start: int, stop: int) -> bool:
    """A letter's own number line under its motto whose figures OCR could not read: its number is lost,
    not to be looked for in what it cites."""
    return bool(MOTTO_RE.search(text, start, stop) and numbers.NUMBER_LINE_RE.search(text, start, stop))


# the readers of a post's sentences about a letter, not of a page's own metadata
_BODY_READERS = (posts.news_relay, posts.according_relay, posts.carried_out_relay, posts.relay_title)


_OWN_VV = re.compile(r"^[ \t]*V/v\b", re.M)
_LEGAL_BASIS = re.compile(r"^\W{0,3}(?:Căn cứ|ăn\s*cứ|Căm cứ)\b", re.M)


def _own_motto(text: str, h: Header, stop: int) -> int | None:
    """Where the motto of a letter addressed under it ('Kính gửi') is: the sentences below cite, they never
    report the letter (a post's sentences above it may)."""
    motto = MOTTO_RE.search(text, h.start, stop) or INDEP_RE.search(text, h.start, stop)
    # (or a guide's, a decision's or a plan's under it, its body opening on its legal basis: 'Căn cứ …')
    return motto.start() if motto and (KG_RE.search(text, motto.end(), stop) or _LEGAL_BASIS.search(
        text, motto.end(), min(stop, motto.end() + 1500))) else None


def named_elsewhere(h: Header, text: str, stop: int) -> None:
    """Number (and what else the first reader to find one gives) from where the copy names the letter."""
    motto = _own_motto(text, h, stop)
    # the copy with its paragraphs on one line each, then as given: a printed post read by OCR wraps its sentences
    # ('ban hành văn' / 'bản số 3653/UBND-TNMT'; 'Phó Chủ tịch UBND tỉnh Nguyễn' / 'Thế Giang đã ký …', whose second
    # line alone would name the signer for the issuer), a web page's are one line already; a copy keeping a
    # letter's own 'V/v' line is read as given: its sentences cite other letters, they do not report it
    copies = (text,) if _OWN_VV.search(text, 0, stop) else (unwrapped(text), text)
    for reader, copy in [(reader, copy) for copy in copies for reader in _ELSEWHERE]:
        found = reader(copy)
        if found and motto is not None and reader in _BODY_READERS and found["span"][0] > motto:
            continue
        if found:
            h.number, h.number_span = found["number"], found["span"]
            # the date a news sentence gives with the number goes with it (a page's own date line does not)
            h.issued_date = (found.get("issued_date") if reader is posts.news_relay else None) \
                or h.issued_date or found.get("issued_date")
            inside = h.subject_span and found["span"][0] <= h.subject_span[0] < found["span"][1]
            if "subject" in found and (h.subject is None or inside and found["subject"]):
                # the sentence's own subject over a 'V/v' read out of that same sentence
                h.subject, h.subject_span = found["subject"], found["span"]
            h.relay_issuer, h.relay_type = found.get("issuer"), found.get("doc_type")
            h.named_elsewhere = True
            return


def told_of(h: Header, text: str) -> None:
    """A post whose number a site's table gave ('Số hiệu: | 2426/QĐ-UBND') tells when and by whom the same
    letter was issued in a sentence ('Ngày 30-9-2022, Ủy ban nhân dân tỉnh ban hành Quyết định số 2426/QĐ-UBND …')."""
    for reader in (posts.news_relay, posts.relay_title, posts.according_relay, posts.carried_out_relay):
        found = reader(text)
        if found and numbers.same(found["number"], h.number) and found.get("issued_date"):
            h.issued_date = found["issued_date"]
            h.relay_issuer, h.relay_type = h.relay_issuer or found.get("issuer"), h.relay_type or found.get("doc_type")
            return
