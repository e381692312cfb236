"""Reading one letter's text into the clerk's fields (the keys of seed-letters.gold.json)."""
from __future__ import annotations

import re

from . import (deadlines, directive, echoed, filed, header, marks, numbers, orgs, recurring, references, signature, signed,
               stamp, unheaded)
from .dates import iso, latest_cited
from .issuer import read_issuer
from .layout import MOTTO_RE, line_bounds
from .sentence import sentence_case
from .text import normalise

KEYS = ("doc_type", "number", "issued_date", "place", "issuer", "issuer_parent", "subject",
        "recipients", "signer", "signer_title", "signing_authority", "urgency", "references",
        "deadlines", "stamp", "directive", "recurring_report")


def empty() -> dict:
    return {k: ([] if k in ("references", "deadlines") else None) for k in KEYS}


def _past_number_line(text: str, h) -> int:
    """Where citations may begin when the own number was not read: past the header's number line."""
    line = numbers.NUMBER_LINE_RE.search(text, h.start, max(h.start, h.body_start))  # (never a citation)
    return line.end() if line and not h.named_elsewhere else h.start


def _filed_number(raw: str, text: str, h) -> str | None:
    """The number as the copy's file name gives it, when OCR lost or misread the figures of the letter's own
    number line: the name whoever filed the scan typed (filed.number)."""
    if h.named_elsewhere:
        return None
    if h.number_span:
        line = text[h.number_span[0]:line_bounds(text, h.number_span[0])[1]]
    else:
        # (the top of the copy when no header was made out above a body)
        zone = (text, h.start, h.body_start if h.body_start > h.start else h.start + 1500)
        m = numbers.NUMBER_LINE_RE.search(*zone) or filed.GARBLED_NUMBER_LINE.search(*zone)
        line = m.group(0) if m else None
    found = filed.number(raw, text, line, h.number, h.issued_date)
    return found if found and not numbers.same(found, h.number) else None


def _mended(field: str | None, text: str, *args, **kwargs) -> str | None:
    """The field respelt by the word model (marks.mend), but for the words the letter itself types again as read
    (echoed.typed_back: 'Tiền Tiến', 'Nghi lễ' are no misreads of the likelier 'Tiên Tiến', 'nghỉ lễ')."""
    return echoed.typed_back(field, marks.mend(field, *args, **kwargs), text)


def _in_capitals(name: str, text: str) -> bool:
    """Whether the letter prints *name*'s last words in capitals, as its letterhead does: a name only ever typed
    (a post's 'UBND xã Vinh Hiền ban hành …') is no letterhead's print to respell with the less evidence capitals
    need ('Vinh Hiền' is no misread of 'Vinh Hiển')."""
    words = name.split()[-2:]
    return re.search(r"(?<!\w)" + r"\s+".join(re.escape(w.upper()) for w in words) + r"(?!\w)", text) is not None


def _respelt(name: str | None, text: str) -> str | None:
    """A body's name with the marks OCR misread on its letterhead respelt (_mended), and its province's name as the
    letter spells it."""
    capitals = bool(name) and _in_capitals(name, text)
    return marks.places_spelt(_mended(name, text, 2, capitals=capitals), text)


def _checked_date(raw: str, text: str, h) -> str | None:
    """The letter's date, its date line checked against the day its file name gives (filed.issued), which whoever
    filed it read off the letter:
    - a date line OCR could not read: the day filed; before the day it was signed digitally, often a few days
      later (a name's figures read with a later day are misread);
    - a date line read before a document the letter cites by number and day: its figures misread, the day filed
      when it is not earlier;
    - a date line whose day the name and the digital signature agree against, in its month: its day misread
      ('ngày 4 tháng 9' signed on 14/9, filed as 14/9)."""
    if not filed.names(raw):  # (no name to check against: the cited days and the signature are not even read)
        return h.issued_date
    if h.issued_date is None or h.dated_by_signature:
        zone = text[h.start:max(h.body_start, h.start + 1500)]
        printed = filed.PRINTED_YEAR.search(zone)
        day_filed = filed.issued(raw, h.number, printed and int(printed.group(1))) \
            or h.issued_date is None and filed.year_first_day(raw, h.number, zone)
        return day_filed if day_filed and (h.issued_date is None or day_filed <= h.issued_date) else h.issued_date
    cited = latest_cited(text, h.body_start, h.body_start + 3000)
    before_cited = cited is not None and h.issued_date < cited.isoformat()
    signed_on = iso(signed.signature_day(text))
    signed_apart = bool(signed_on) and signed_on != h.issued_date and signed_on[:7] == h.issued_date[:7]
    if not (before_cited or signed_apart):
        return h.issued_date
    day_filed = filed.issued(raw, h.number, int(h.issued_date[:4]))
    if not day_filed:
        return h.issued_date
    if before_cited:
        return day_filed if day_filed >= cited.isoformat() else h.issued_date
    return day_filed if day_filed == signed_on else h.issued_date


def read(raw: str) -> dict:
    """Fields of the first (covering) document in *raw*; None where the letter does not say."""
    text = normalise(raw)
    out = empty()
    if not text.strip():
        return out
    box = stamp.block(text, 0, len(text))
    stamped = stamp.read(text, 0, len(text)) if box else None  # read before it is taken out
    if box:  # the incoming stamp printed over the header is none of the letter's own text
        text = stamp.without(text, box)
    h = header.read(text)
    filed_number = _filed_number(raw, text, h)
    h.number = filed_number or h.number
    if filed_number:
        # a letterhead OCR garbled past reading: the issuer read again as the header reads it, by the filed code;
        # where a letterhead was read, only to name the body the code names (a general department's line OCR
        # garbled under its ministry's: 'BO TAI CHINH' over 'TONG CUC THUEt', '/TCT-KK')
        was = h.issuer, h.issuer_parent
        read_issuer(h)
        by_code = orgs.body_of_code(numbers.issuer_code(h.number))
        if (was[0] is not None or h.bodies) and not (by_code and orgs.fold(h.issuer or "") == orgs.fold(by_code)):
            h.issuer, h.issuer_parent = was
    h.issued_date = _checked_date(raw, text, h)
    sig = signature.read(text, h.body_start)
    if sig.signer is None and sig.signer_title is None and not MOTTO_RE.search(text):  # a post: who it says signed
        sig.signer, sig.signer_title = signature.reported(text) or (None, None)
    doc_end = sig.end if sig.end and sig.end > h.body_start else len(text)
    if h.issuer is None:  # nothing above the signature named the issuer: the body it signs for ('TM. Ban Tuyên giáo', 'Giám đốc Sở Y tế')
        h.issuer = unheaded.signed_for(sig.signing_authority, sig.signer_title, text, h.place)
    # the documents cited after the letter's own number; all of them when a post named it further down
    ref_start = h.number_span[1] if h.number_span and not h.named_elsewhere else _past_number_line(text, h)
    out.update(
        # a letter whose body names who sends it but no type of its own is a công văn, the untyped letter
        doc_type=h.doc_type or ("Công văn" if h.issuer else None), number=h.number, issued_date=h.issued_date,
        # names and the subject read off a copy that lost every mark, spelt with their marks again; the
        # issuer and the subject of an OCR'd copy with its misread words respelt
        # (a name OCR garbled on the letterhead, as the letter writes it again)
        place=marks.restore(h.place, 2),
        issuer=orgs.level_case(_respelt(echoed.named(h.issuer, text), text)),
        issuer_parent=orgs.level_case(_respelt(echoed.named(h.issuer_parent, text), text)),
        # a title in capitals as the register writes it, with the names the letter itself capitalises
        # (and a word whose marks OCR lost, as the body spells it between the same neighbours)
        subject=marks.places_spelt(sentence_case(marks.as_the_body_spells(_mended(h.subject, text), text[h.body_start:]),
                                                 text), text),
        recipients=[marks.restore(r, 2) for r in h.recipients] if h.recipients else h.recipients, urgency=h.urgency,
        signer=sig.signer, signer_title=marks.restore(sig.signer_title, 2), signing_authority=sig.signing_authority,
        references=references.read(text, ref_start, doc_end, h.number),
        deadlines=deadlines.read(text, h.body_start, doc_end,
                                 h.issued_date or deadlines.signing_month(text, h.start, h.body_start)),
        stamp=(stamped if box[0][0] < doc_end else None) if box else stamp.read(text, 0, doc_end),
        directive=directive.read(text, h.body_start, doc_end),
        # The covering letter's own duty, else one of the plan it forwards ('định kỳ báo cáo' theo Kế hoạch).
        recurring_report=recurring.read(text, h.body_start, doc_end) or recurring.read(text, doc_end),
    )
    return out
