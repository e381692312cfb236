"""Where a letter's type title stands: the first line in capitals after the number that is a type's title ('QUYẾT
ĐỊNH', also as OCR and tables break it), or one carrying the subject's first words after the type ('KẾ HOẠCH CHUYÊN
MÔN'), or the type with its V/v run on to it ('KẾ HOẠCH V/v tổ chức …')."""
from __future__ import annotations

import re

from . import numbers, orgs
from .layout import TITLE_BEFORE_VV, TYPE_TITLES, type_title
from .text import VI_UPPER, is_upper

BASIS = re.compile(r"[ \t|*]*(?:Căn cứ|Xét đề nghị)\b")


# a type's title with the subject's first words in capitals on its line ('KẾ HOẠCH CHỈ ĐẠO ĐIỂM' / 'Đại hội …',
# 'KẾ HOẠCH CHUYÊN MÔN' / 'Năm học: 2021 - 2022'): the type, then two to five words of no type (not an incoming
# stamp's heading: 'CÔNG VĂN ĐẾN')
# (its school year's figures too: 'KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG NĂM HỌC 2021 - 2022')
_TITLE_WITH_WORDS = re.compile(rf"({'|'.join(TYPE_TITLES)})[ \t]+((?!(?:{'|'.join(TYPE_TITLES)}|ĐẾN)\b)"
                               rf"[{VI_UPPER}]+(?:(?:[ \t]+[{VI_UPPER}]+){{1,4}}|(?:[ \t]+[{VI_UPPER}]+){{1,7}}"
                               rf"[ \t]+(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?))")


def title_with_words(folded: str) -> str | None:
    """The type of a title line carrying the subject's first words ('KẾ HOẠCH CHUYÊN MÔN' -> 'KẾ HOẠCH'), or None."""
    m = _TITLE_WITH_WORDS.fullmatch(folded)
    return m.group(1) if m else None


def find(text: str, start: int, zone_end: int, number: str | None, number_span, date_span,
         blank_span=None) -> tuple | None:
    """(start, type, end) of the type's title line in text[start:zone_end], with a fourth item, where the subject's
    first words start, when the line carries them after the type; None when there is none. *blank_span*: a number
    line left blank for the register (signed.BLANK_NUMBER_RE)."""
    pos = start
    lines = text[start:zone_end].split("\n")
    near_end = max([sp[1] for sp in (number_span, date_span) if sp] or [start]) + 900
    # (a number left blank: the title stands below its line too, never in a site's title line above the letterhead)
    number_span = number_span or blank_span
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
            words_at = re.match(rf"[ \t|*]*(?:\S+[ \t]+){{{len(worded.split())}}}", ln).end()  # past the type's words
            return pos, worded, pos + len(ln), pos + words_at
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
