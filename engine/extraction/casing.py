"""A body's name cased as the letter itself writes it.

A letterhead is set in capitals, so the casing of a name read off it is a guess ('TRƯỜNG ĐẠI HỌC THỦY LỢI'
-> 'Trường Đại học thủy lợi'); the body's text usually names it again in mixed case ('Trường Đại học Thủy
lợi thông báo …'), which is how the clerk would write it. The level words of a place ('tỉnh', 'huyện')
keep the register's convention whatever the text does ('UBND Tỉnh …'), and so do bodies whose spelling is
known (a number's code names them, or a sector does: 'Bộ Y tế', never a careless 'Bộ Y Tế')."""
from __future__ import annotations

import re
from collections import Counter

from . import orgs

# the words of places' levels (orgs.LOCALITY), and a party committee's 'ủy' ('Tỉnh ủy')
_LEVEL_WORDS = {w.casefold() for level in orgs.LOCALITY for w in level.split()} | {"tp", "ủy", "uỷ"}
_SECTORED = {orgs.fold(f"{head} {sector}") for head in ("Bộ", "Sở", "Phòng") for sector in orgs.SECTORS}


def _known(name: str) -> bool:
    f = orgs.fold(name)
    return orgs.known_body(name) or any(f == s or f.startswith(s + " ") for s in _SECTORED)


def as_written(name: str | None, text: str) -> str | None:
    """*name* in the casing the text uses most for it in mixed case, starting with a capital; as it was
    when the text never writes it so."""
    if not name or len(name) < 6 or _known(name):
        return name
    words = name.split()
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.I)
    forms = Counter(" ".join(m.group(0).split()) for m in pattern.finditer(text)
                    if m.group(0)[:1].isupper() and not m.group(0).isupper() and not _careless(words, m.group(0).split()))
    if not forms:
        return name
    written = forms.most_common(1)[0][0].split()
    return " ".join(ours if ours.casefold() in _LEVEL_WORDS else theirs for ours, theirs in zip(words, written))


def _careless(ours: list[str], theirs: list[str]) -> bool:
    """A form no register writes: an abbreviation in small letters ('Ubnd'), or a place's name after its level word
    in small letters ('tỉnh lào cai': a letterhead typed small, its capitals a font's)."""
    after_level = False
    for mine, its in zip(ours, theirs):
        if mine.isupper() and len(mine) > 1 and not its.isupper():
            return True
        if after_level and mine[:1].isupper() and its[:1].islower():
            return True
        after_level = mine.casefold() in _LEVEL_WORDS or after_level and mine[:1].isupper()
    return False

