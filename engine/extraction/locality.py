"""Where a people's committee or council lies when its letterhead names only its level ('UBND tỉnh'): a mention
of the body with its place, the place line, the title, an authority line in capitals, the site that published it."""
from __future__ import annotations

import re

from . import furniture, orgs, unheaded
from .text import LOW, UP


_NOT_IN_NAMES = {"KHÓA", "KHOÁ", "KỲ", "CĂN", "CHỦ", "TỊCH", "VỀ", "NGÀY", "SỐ", "QUYẾT", "ĐỊNH", "Ủy", "ỦY"}


def mentioned_locality(text: str, head: str) -> str | None:
    """Locality of the first 'Ủy ban nhân dân tỉnh X'-style mention with a name, on one line
    (never the next line's 'Căn cứ' or 'KHÓA XVIII'); a 'tỉnh' must be a province, so a
    person named after the body ('UBND tỉnh Lại Thanh Sơn') is passed over."""
    pat = {"UBND": r"(?:Ủy|Uỷ|ỦY|UỶ)\s+(?:ban|BAN)\s+(?:nhân|NHÂN)\s+(?:dân|DÂN)|UBND",
           "HĐND": r"(?:Hội|HỘI)\s+(?:đồng|ĐỒNG)\s+(?:nhân|NHÂN)\s+(?:dân|DÂN)|HĐND"}[head]
    for m in re.finditer(rf"(?:{pat})[ \t]+((?:tỉnh|thành phố|TỈNH|THÀNH PHỐ)(?:[ \t]+{UP}(?:{LOW}+|{UP}*)){{1,4}})", text):
        words = m.group(1).split()
        # keep only the capitalised words of the name
        keep = [words[0]] + ([words[1]] if words[0].lower() == "thành" else [])
        for w in words[len(keep):]:
            if w[:1].isupper() and orgs.fold(w) not in _NOT_IN_NAMES:
                keep.append(w)
            else:
                break
        if len(keep) > (2 if keep[0].lower() == "thành" else 1):
            loc = orgs.locality_case(" ".join(keep))
            if not loc.startswith("tỉnh ") or orgs.locality_for_place(loc[5:]):
                return loc
    return None


_TITLED_RE = re.compile(rf"\b(?:tỉnh|TỈNH|thành phố|THÀNH PHỐ)\s+((?:{UP}(?:{LOW}+|{UP}*)[ \t]*){{1,3}})")


def _titled_province(subject: str | None) -> str | None:
    """The one province or centrally-run city a title names ('… GIA CẦM TỈNH ĐỒNG THÁP'), else None.
    The capitalised words after 'tỉnh' may run on into the title: the longest known name wins."""
    found = set()
    for m in _TITLED_RE.finditer(subject or ""):
        words = m.group(1).split()
        names = [loc for n in range(len(words), 0, -1) if (loc := orgs.locality_for_place(" ".join(words[:n])))]
        found.update(names[:1])
    return found.pop() if len(found) == 1 else None


LOWER_LEVELS = ("huyện", "quận", "thị xã", "xã", "phường", "thị trấn")


def named_at_level(text: str, level: str) -> str | None:
    """'huyện Thuỷ Nguyên': the first place of *level* the post names (its capitalised words)."""
    # ('tỉnh Bà Rịa - Vũng Tàu': a name's parts may be joined by a dash)
    for m in re.finditer(rf"(?<!\w){level}[ \t]+((?:{UP}{LOW}*)(?:(?:[ \t]+|[ \t]*[-–][ \t]*){UP}{LOW}*){{0,3}})", text):
        # a province or a centrally-run city must be one ('UBND tỉnh Nguyễn Thế Giang' is a person after it)
        if level not in ("tỉnh", "thành phố") or orgs.locality_for_place(m.group(1)):
            return f"{level} {m.group(1)}"
    return None


def level_before(text: str, name: str) -> str | None:
    """'xã Tùng Châu' for a letterhead's 'ỦY BAN NHÂN DÂN / TÙNG CHÂU', its level left out: the level the letter
    writes before that name where it names the place again ('… của UBND xã Tùng Châu ngày 08/02/2022')."""
    words = name.split()
    if not words or not all(w[:1].isupper() for w in words):
        return None
    pat = r"[ \t]+".join(re.escape(w) for w in words)
    m = re.search(rf"(?<!\w)({'|'.join(LOWER_LEVELS)})[ \t]+({pat})(?!\w)", text, re.I)
    return orgs.locality_case(m.group(0)) if m and m.group(2)[:1].isupper() else None


# 'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN DUY XUYÊN' (an authority line, a telegram's '… ĐIỆN:'), its place in capitals;
# a title's words after the name are none of it ('… HUYỆN BÌNH CHÁNH NHIỆM KỲ 2016 - 2021', '… NĂM 2024')
_CAPITALS_AUTHORITY = re.compile(
    rf"(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN\s+((?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)(?:[ \t]+(?!(?:ĐIỆN|VÀ|VỀ|CỦA|NHIỆM|KHÓA|"
    rf"KHOÁ|GIAI|THEO|TẠI|TRONG|ĐẾN|LẦN|TRÊN|NĂM(?=[ \t]+\d))\b){UP}+(?!{LOW}))+)")


def capitals_locality(text: str) -> str | None:
    auth = _CAPITALS_AUTHORITY.search(text)
    loc = orgs.locality_of("X " + auth.group(1)) if auth else None
    # a province must be one the country has ('TỈNH QUẢNG TR]Ị' as OCR broke it is not)
    return None if loc and loc.startswith("tỉnh ") and not orgs.locality_for_place(loc[5:]) else loc


# the site a relay was published on names its province: 'Báo Hà Giang trân trọng đăng …', 'Cổng tin tức Thành phố
# Hải Phòng', 'Cổng thông tin điện tử tỉnh Quảng Trị'
_PUBLISHER = re.compile(rf"\b(?:Báo|Cổng\s+(?:tin\s+tức|thông\s+tin(?:\s+điện\s+tử)?)|Trang\s+thông\s+tin\s+điện\s+tử|"
                        rf"Đài\s+Phát\s+thanh\s*(?:và|-|–)?\s*Truyền\s+hình)\s+(?:tỉnh\s+|[Tt]hành\s+phố\s+)?"
                        rf"({UP}{LOW}*(?:[ \t]+(?:-[ \t]+)?{UP}{LOW}*){{0,3}})")


def _publisher_locality(text: str) -> str | None:
    for m in _PUBLISHER.finditer(text):
        words = m.group(1).split()
        for k in range(len(words), 0, -1):  # 'Hải Phòng trân …': the longest run of words that is a province
            loc = orgs.locality_for_place(" ".join(words[:k]))
            if loc:
                return loc
    return None


# a province's own portal names it in its address or name: 'quangbinh.gov.vn', 'PhuthoPortal'
_PORTAL = re.compile(r"\b(?:www\.)?([a-z]{4,})\.gov\.vn\b|\b([A-Z][a-z]{3,})Portal\b")


def _portal_locality(text: str) -> str | None:
    for m in _PORTAL.finditer(text):
        place = orgs.place_spelt_bare(m.group(1) or m.group(2))
        if place:
            return orgs.locality_for_place(place)
    return None


def committee_locality(h, body: str, level: str | None = None) -> str | None:
    """The locality of a people's committee or council the letterhead does not name: a mention of
    the body with its place, the place line, the site's attribute table, a province alone near the
    top, the one province the title names ('… TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP'), an authority line in capitals
    ('CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN DUY XUYÊN ĐIỆN:'), and last the province of the paper or portal that
    published a relay ('Báo Hà Giang trân trọng đăng toàn văn …', 'PhuthoPortal', 'quangbinh.gov.vn').
    Only one at the committee's *level* ('tỉnh') is taken, by default the level its authority line names when the
    copy lost the letterhead's place line ('ỦY BAN NHÂN DÂN TỈNH' above 'Căn cứ …'; 'Pleiku, ngày …' is no city's)."""
    text = h.text
    if level is None:
        level = authority_level(text[h.start:h.start + 3000])
    # (a mention in the letter before one in what a site put above it: its related documents' list)
    found = (find() for find in (
        lambda: mentioned_locality(text[h.start:], body), lambda: unheaded.place_locality(text, h.place),
        lambda: orgs.locality_for_place(h.place), lambda: leveled_place(h.place),
        lambda: mentioned_locality(text[:h.start], body), lambda: furniture.attribute_locality(text, h.start),
        lambda: furniture.province_near_top(text), lambda: _titled_province(h.subject),
        lambda: capitals_locality(text[h.start:h.start + 3000]), lambda: _publisher_locality(text),
        lambda: _portal_locality(text)))
    return next((loc for loc in found if loc and (not level or loc.startswith(level + " "))), None)


# a decision's authority line naming its committee by the level alone ('ỦY BAN NHÂN DÂN TỈNH' above 'Căn cứ …')
_LEVEL_AUTHORITY = re.compile(r"^[ \t|]*(?:CHỦ TỊCH[ \t]+)?(?:ỦY|UỶ)[ \t]+BAN[ \t]+NHÂN[ \t]+DÂN[ \t]+(TỈNH|THÀNH PHỐ)[ \t|]*$",
                              re.M)


def authority_level(text: str) -> str:
    """'tỉnh' when the letter's authority line names its committee by the level alone ('ỦY BAN NHÂN DÂN TỈNH'); ''
    when it does not."""
    m = _LEVEL_AUTHORITY.search(text)
    return m.group(1).lower() if m else ""


def leveled_place(place: str | None) -> str | None:
    """'quận 5' for the place line 'Quận 5, ngày …': a district written with its level (never a town or a
    city, which may be the seat of its province's committee: 'Thị xã Cao Lãnh, ngày …')."""
    m = re.match(r"(Quận|Huyện)\s+(\S.*)$", place or "")
    return f"{m.group(1).lower()} {m.group(2)}" if m else None
