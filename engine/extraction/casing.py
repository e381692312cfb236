"""A body's name cased as the letter itself writes it; a letterhead typed in small letters put back in capitals.

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


def small_letterhead(line: str) -> bool:
    """A body's name typed in small letters on a line of its own ('Ủy ban nhân dân tỉnh X', 'Sở Y tế'): a letterhead
    whose capitals were a font's (a Word template's 'All Caps', a web page's CSS), lost with it."""
    s = line.strip(" |*\t")
    return bool(s) and s != s.upper() and orgs.is_head_start(s) and len(s.split()) <= 12 and not re.search(r"\s{3,}", s) \
        and not re.search(r"[:;]|[.,]\s*\S|\d", s)  # (never a label's line: 'ỦY BAN NHÂN DÂN Số:')


CELL_GAP = re.compile(r"(\s{3,}|\s*\|\s*)")  # between a line's columns (kept when split)


def in_small_letters(region: str) -> str:
    """A letterhead typed in small letters (a Word template's 'All Caps', a web page's CSS capitals, lost with them):
    its short lines opening on a body's head, in capitals, as the letterhead shows them."""
    out, above = [], False
    for line in region.split("\n"):
        cells = CELL_GAP.split(line)  # (each column's cell on its own, the gaps kept)
        named = [k for k in range(0, len(cells), 2) if small_letterhead(cells[k])]
        # a name's second line under its first ('Tòa án nhân dân' / 'tối cao', 'Cục Kỹ thuật an toàn' / 'và môi …')
        if not named and above and cells[0].strip() and len(cells[0].split()) <= 8 \
                and not re.search(r"[:;\d]", cells[0]) and cells[0] != cells[0].upper():
            named = [0]
        out.append("".join(c.upper() if k in named else c for k, c in enumerate(cells)))
        above = 0 in named
    return "\n".join(out)
