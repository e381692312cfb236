"""A letterhead's lines as OCR garbled them beside the motto: the body's name read back from a line the motto's
garbled words ran on to ('TONG CUC THUE MUA VIỆT NAM', 'CỤC THUE TP HA NỘI ộc lập - Tụ o phúc'), and a name in
capitals with an 'Í' OCR read small ('CUC THUE TP. HO CHi MINH')."""
from __future__ import annotations

import re

from . import orgs
from .spelling import respell
from .text import VI_UPPER, is_upper

# a letterhead's line ending in the motto's last words, the rest of the motto garbled by OCR between them
# ('TONG CUC THUE MUA VIỆT NAM', 'TỔNG CỤC THUẾ Q ‘A VIỆT NAM')
_GARBLED_MOTTO_END = re.compile(r"(?m)^(?P<line>[^\n]*?)[ \t]+VI[ỆE]T[ \t]+NAM[ \t]*$")


def _without_garbled_motto(line: str) -> str:
    """The body's name alone, from a line where OCR garbled the motto beside it but for its 'VIỆT NAM' (one to three
    tokens between them): only when what comes before is a body a number's code names and the whole line is not."""
    words = line.split()
    if orgs.known_body(respell(line + " VIỆT NAM")):
        return line + " VIỆT NAM"
    for k in range(1, min(3, len(words) - 1) + 1):
        name = " ".join(words[:-k])
        if orgs.known_body(respell(name)):
            return name
    return line + " VIỆT NAM"


# ... and the line under it ending in the motto's second line garbled but for its 'phúc' ('CỤC THUE TP HA NỘI ộc lập
# - Tụ o `Hañf phúc', 'CUC THUE TP HÀ NỘI lính phúc'): the words in capitals before it, when they name a body
_GARBLED_INDEP_END = re.compile(rf"(?m)^[ \t]*[{VI_UPPER}][^\n]*?\bph[úu]c[ \t]*$")


def _without_garbled_indep(m: re.Match) -> str:
    words = m.group(0).split()
    k = 0
    while k < len(words) and is_upper(words[k]):
        k += 1
    name, rest = " ".join(words[:k]), " ".join(words[k:])
    if len(rest) <= 30 and orgs.is_head_start(respell(name)):
        return name
    return m.group(0)


_SMALL_I = re.compile(r"(?<=[A-ZĐ])i(?=[A-ZĐ]|\b)")


def capital_i_read_small(seg: str) -> str:
    """A name in capitals with an 'Í' OCR read as a small 'i' ('CUC THUE TP. HO CHi MINH'): in capitals (respelt
    later as the name is written); only where that 'i' is the one small letter of a line of three words or more."""
    lows = [c for c in seg if c.islower()]
    if lows and set(lows) == {"i"} and len(lows) <= 2 and len(seg.split()) >= 3 and len(_SMALL_I.findall(seg)) == len(lows):
        return _SMALL_I.sub("I", seg)
    return seg


def without_garbled_motto(region: str) -> str:
    """The letterhead's region with the motto's garbled words OCR ran on to its lines taken off them."""
    region = _GARBLED_MOTTO_END.sub(lambda m: _without_garbled_motto(m.group("line")), region)
    return _GARBLED_INDEP_END.sub(_without_garbled_indep, region)
