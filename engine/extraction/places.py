"""Places in bodies' names: provinces and cities as they are spelt, the level words before them, communes and areas.

'TỈNH KIÊN GIANG' is written 'tỉnh Kiên Giang', 'XÃ GIANG THÀNH' 'xã Giang Thành', 'KHU VỰC XXXVI' 'khu vực XXXVI';
a province is known however its parts are spaced or joined, spelt without marks as a web address spells it, or one
letter off as OCR reads it.
"""
from __future__ import annotations

import re

from .names import CITIES, LOCALITY, PROVINCES
from .spelling import bare, fold


def title_words(s: str) -> str:
    """Each word with its first letter a capital ('GIANG THÀNH' -> 'Giang Thành'): a name the reader does not know."""
    return " ".join(w[:1].upper() + w[1:].lower() if w not in ("-",) else w for w in s.split())


def _place_key(s: str) -> str:
    return re.sub(r"[\s-]+", "", fold(s))


# a province's or city's name however its parts are spaced or joined ('BÀ RỊA-VŨNG TÀU', 'Bà Rịa Vũng Tàu')
_PLACE_BY_KEY = {_place_key(p): p for p in PROVINCES + CITIES}
# ... and spelt without its marks and spaces, as a web address spells it ('quangbinh.gov.vn')
_PLACE_BY_BARE_KEY = {re.sub(r"[^A-Z]", "", bare(p)): p for p in PROVINCES + CITIES}


def place_spelt_bare(word: str) -> str | None:
    """'phutho' -> 'Phú Thọ': the province or city a mark-less, space-less spelling names, else None."""
    return _PLACE_BY_BARE_KEY.get(word.upper())


def _near_province(name: str) -> str | None:
    """The one province or city a name of five letters or more is one letter off: one misread ('TIỀN GLANG', OCR's
    'L' for 'I') or one put in ('QUẢNG NGÃTI')."""
    key = _place_key(name)
    near = {p for k, p in _PLACE_BY_KEY.items() if len(k) >= 5 and (
        len(k) == len(key) and sum(a != b for a, b in zip(k, key)) == 1
        or len(key) == len(k) + 1 and any(key[:i] + key[i + 1:] == k for i in range(len(key))))}
    return near.pop() if len(near) == 1 else None


def locality_case(s: str) -> str:
    """'TỈNH KIÊN GIANG' (or 'tỉnh Kiên Giang') -> 'tỉnh Kiên Giang'; a known place as it is spelt."""
    f = fold(s)
    # a place within a wider one, each with its level's word: 'HUYỆN ĐỨC HÒA TỈNH LONG AN' (a district's court),
    # 'XÃ TÂN PHÚ HUYỆN ĐỨC HÒA'
    wider = re.search(r"(?<=\w)\s+(?=(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\s+\w)", f)
    if wider:
        return f"{locality_case(f[:wider.start()])} {locality_case(f[wider.end():])}"
    for loc in LOCALITY:
        if f == loc or f.startswith(loc + " "):
            name = " ".join(f.split()[len(loc.split()):])
            name = _PLACE_BY_KEY.get(_place_key(name)) \
                or (_near_province(name) if loc in ("TỈNH", "THÀNH PHỐ") else None) or title_words(name)
            return loc.lower() + (" " + name if name else "")
    return title_words(f)


# where the place a body serves begins in its name: a level's word (a commune's too, never the 'XÃ' of 'XÃ HỘI',
# 'HỢP TÁC XÃ' or 'XÃ ĐỘI'), or an area's ('KHU VỰC XXXVI', 'CƠ SỞ GIANG THÀNH'; not 'KHU VỰC PHÁT TRIỂN ĐÔ THỊ')
PLACE_AT = re.compile(r"(?<!\w)(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|PHƯỜNG|ĐẶC KHU|(?<!TÁC )(?<!TẤN )XÃ(?!\s+(?:HỘI|ĐỘI)\b)"
                      r"|(?:KHU VỰC|CƠ SỞ)(?=\s+(?:[IVXL]+|\d+|\w+(?:\s+\w+)?(?:\s+-\s+\w+(?:\s+\w+)?)?)$))(?=\s+\w)")


def place_case(s: str) -> str:
    """'XÃ GIANG THÀNH' -> 'xã Giang Thành'; 'KHU VỰC XXXVI' -> 'khu vực XXXVI': the level's word in lower case, the
    name as a proper name."""
    area = re.fullmatch(r"(KHU VỰC|CƠ SỞ)\s+(.+)", s)
    if not area:
        return locality_case(s)
    name = area.group(2)
    if not re.fullmatch(r"[IVXL]+|\d+", name):
        name = _PLACE_BY_KEY.get(_place_key(name)) or title_words(name)
    return f"{area.group(1).lower()} {name}"


def locality_of(body: str) -> str | None:
    """'UBND TỈNH KIÊN GIANG' -> 'tỉnh Kiên Giang'; None when the name has no locality."""
    m = re.search(r"\b(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\s+(.+)$", fold(body))
    return locality_case(m.group(0)) if m else None


def names_place(words: str) -> bool:
    """True when *words* are, whole, a province's or city's name ('Thành phố Hồ Chí Minh', 'Long An'; not 'An Hà Nội')."""
    return bool(_PLACE_BY_KEY.get(_place_key(re.sub(r"^(THÀNH PHỐ|TP\.?)\s*", "", fold(words)))))


def locality_for_place(place: str | None) -> str | None:
    """'Kiên Giang' -> 'tỉnh Kiên Giang', 'Hà Nội' -> 'thành phố Hà Nội', else None; also the province or
    city after short noise words OCR put before a place line ('An An Lạng Sơn')."""
    if not place:
        return None
    words = fold(place).split()
    noise = 0
    while noise < len(words) - 1 and re.fullmatch(r"[^\W\d_]{1,2}", words[noise]):
        noise += 1
    for start in range(noise + 1):
        name = re.sub(r"^(THÀNH PHỐ|TP\.?)\s*", "", " ".join(words[start:]))
        known = _PLACE_BY_KEY.get(_place_key("HỒ CHÍ MINH" if name in ("HCM", "HCMC") else name))  # ('TPHCM', 'TP.HCM')
        if known:
            return f"{'thành phố' if known in CITIES else 'tỉnh'} {known}"
    return None
