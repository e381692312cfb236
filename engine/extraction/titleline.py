"""Where a letter's type title stands: the first line in capitals after the number that is a type's title ('QUYẾT
ĐỊNH', also as OCR and tables break it), or one carrying the subject's first words after the type ('KẾ HOẠCH CHUYÊN
MÔN'), or the type with its V/v run on to it ('KẾ HOẠCH V/v tổ chức …')."""
from __future__ import annotations

import re

from . import numbers, orgs, signed
from .layout import TITLE_BEFORE_VV, type_title
from .subject import title_with_words
from .text import is_upper

BASIS = re.compile(r"[ \t|*]*(?:Căn cứ|Xét đề nghị)\b")


def find(text: str, start: int, zone_end: int, number: str | None, number_span, date_span) -> tuple | None:
    """(start, type, end) of the type's title line in text[start:zone_end], with a fourth item True when the line
    carries the subject's first words after the type; None when there is none."""
    pos = start
    lines = text[start:zone_end].split("\n")
    near_end = max([sp[1] for sp in (number_span, date_span) if sp] or [start]) + 900
    if number_span is None:  # a number left blank for the register: the title stands below its line too, never in
        blank = signed.BLANK_NUMBER_RE.search(text, start, zone_end)  # a site's title line above the letterhead
        number_span = (blank.start(), blank.end()) if blank else None
    for i, ln in enumerate(lines):
        if pos > near_end:  # a title in capitals further down belongs to an annex, not this letter
            break
        f = orgs.fold(ln.strip(" |*")) if is_upper(ln) else ""  # a title is set in capitals
        after_number = pos > number_span[0] if number_span else pos >= start
        if after_number and BASIS.match(ln):  # a type word below the legal basis enacts ('Căn cứ …' / 'QUYẾT ĐỊNH'):
            break  # the title it stood for was lost above it
        if type_title(f) and after_number:
            return pos, type_title(f), pos + len(ln)
        # 'KẾ HOẠCH CHUYÊN MÔN' / 'Năm học …' (one ending in its school year only under a number line: a post's
        # title above a copy that lost its header is read as a post's)
        worded = title_with_words(f) if after_number and f and (number_span or not re.search(r"\d", f)) else None
        if worded and numbers.type_of(number) in (None, worded[:1] + worded[1:].lower()):
            return pos, worded, pos + len(ln), True
        led = TITLE_BEFORE_VV.match(ln)  # 'KẾ HOẠCH V/v tổ chức …': the title, its V/v line run on to it
        if led and after_number and is_upper(led.group(1)) and type_title(orgs.fold(led.group(1).strip(" |*"))):
            return pos, type_title(orgs.fold(led.group(1).strip(" |*"))), pos + led.end(1)
        # a title a web table broke over two lines ('THÔNG\nTƯ'), or a wide-spaced one OCR put a blank line in
        nxt = i + 1 if i + 1 < len(lines) and lines[i + 1].strip() else i + 2
        two = type_title(f"{f} {orgs.fold(lines[nxt].strip(' |*'))}") \
            if after_number and f and len(f) <= 8 and nxt < len(lines) and is_upper(lines[nxt]) else None
        if two and " " in two:
            return pos, two, pos + sum(len(x) + 1 for x in lines[i:nxt]) + len(lines[nxt])
        pos += len(ln) + 1
    return None


# the words enacting a text's articles, under its basis ('QUYẾT ĐỊNH:' / 'Điều 1. …'): its type when its title was lost
_ENACTING = re.compile(r"^[ \t|*]*(QUYẾT ĐỊNH|QUYẾT NGHỊ|NGHỊ ĐỊNH)[ \t*]*:?[ \t*]*\n(?:[ \t|*]*\n){0,4}[ \t|*]*Điều\s+1\b",
                       re.M)
_ENACTED = {"QUYẾT ĐỊNH": "Quyết định", "QUYẾT NGHỊ": "Nghị quyết", "NGHỊ ĐỊNH": "Nghị định"}


def enacted_type(text: str, start: int, end: int) -> str | None:
    """The type the enacting words under a text's basis give ('QUYẾT ĐỊNH:' then 'Điều 1'), or None."""
    m = _ENACTING.search(text, start, end)
    return _ENACTED[m.group(1)] if m else None
