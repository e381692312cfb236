"""The header's place and date line ('Lào Cai, ngày 12 tháng 4 năm 2024'), also as copies and OCR damage it: a
date written right after the number, a year only in the number, a place lost, a day left blank."""
from __future__ import annotations

import re

from . import fallbacks
from .dates import LONG_RE, iso, make
from .layout import INDEP_RE, OCR_DATE_RE, PLACE_RE, PLACED_FIGURES_RE, PLACED_SHORT_RE
from .text import VI_LOWER, VI_UPPER, squash


def _place_date(text: str, start: int, stop: int) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """The first date in the header zone with a place before it (a garbled date line before a
    clean date cited further down is still the letter's)."""
    matches = sorted([*LONG_RE.finditer(text, start, stop), *OCR_DATE_RE.finditer(text, start, stop),
                      *PLACED_SHORT_RE.finditer(text, start, stop), *PLACED_FIGURES_RE.finditer(text, start, stop)],
                     key=lambda m: m.start())
    for m in matches:
        if not m.group(3):
            continue
        d = make(m.group(1), m.group(2), m.group(3))
        if not d:
            continue
        prefix = text[max(start, m.start() - 90):m.start()]
        prefix = re.split(r"\||\n\s*\n|\s{3,}|[():;]", prefix)[-1]
        if re.search(r"(?:\bsố|Căn cứ)\s+\S*\d+/", prefix) and not re.search(r",\s*$", prefix):
            continue  # '… công văn số 1160/SGDĐT của Sở … Thành phố X ngày …': a cited date, no date line's comma
        pm = PLACE_RE.search(squash(prefix))
        if pm and m.re is PLACED_FIGURES_RE and _WEEKDAY.fullmatch(pm.group(1).strip()):
            continue  # 'Thứ Hai, 28/04/2025', 'Thursday, 18/07/2024': a web page's date, not a place's
        if not pm and not prefix.strip():  # the place on a line of its own above ('Thọ Xuân,' / '' / 'ngày 17 …')
            above = re.search(r"([^\n]{2,40}),[ \t]*\n(?:[ \t]*\n)?[ \t]*$", text[max(start, m.start() - 90):m.start()])
            pm = PLACE_RE.fullmatch(squash(above.group(1)) + ",") if above else None
            prefix = above.group(0) if pm else prefix
        careless = None
        if not pm and m.re is LONG_RE:  # (the date alone after it on its line, a cell's bar aside)
            eol = text.find("\n", m.end(), stop)
            if not text[m.end():eol if eol >= 0 else stop].strip(" \t.|"):
                careless = _PLACE_TYPED_SMALL.fullmatch(prefix.split("\n")[-1])
        if careless:  # 'Trung lộc, ngày 28 tháng 5 năm 2019': the place's second word typed small
            place = " ".join(w[:1].upper() + w[1:] for w in careless.group(1).split())
            return place, iso(d), (m.start() - len(prefix.split("\n")[-1]) + careless.start(1), m.end())
        if pm:
            place = pm.group(1).strip()
            # the span opens at the place itself, never at letterhead lines the prefix ran over
            at = [w.start() for w in re.finditer(r"\s+".join(map(re.escape, place.split())), prefix)]
            return _cased(place), iso(d), (m.start() - len(prefix) + (at[-1] if at else 0), m.end())
    return None, None, None


# a date line's place whose words after the first were typed small, alone before the comma on its line and the date
# alone after it (never a sentence's time or a page's weekday: 'Hôm nay, ngày …', 'Tuy nhiên, ngày …', 'Thứ tư, ngày …')
_PLACE_TYPED_SMALL = re.compile(rf"[ \t]*(?!(?:Hôm|Vào|Tính|Đến|Từ|Trước|Sau|Trong|Ngày|Tối|Sáng|Chiều|Trưa|Tuy|Thứ|Chủ)\b)([{VI_UPPER}][{VI_LOWER}]+(?:[ \t]+[{VI_LOWER}]{{2,}}){{1,2}})[ \t]*,[ \t]*")
_WEEKDAY = re.compile(r"Thứ\s+\w+|Chủ\s+nhật|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.I)


def _cased(place: str) -> str:
    """'Hà NỘI' -> 'Hà Nội': a word of the place's name OCR read in capitals after the first."""
    first, *rest = place.split(" ")
    return " ".join([first, *(w.capitalize() if w.isupper() and len(w) > 1 else w for w in rest)])


# 'Phan Rang-Tháp Chàm, ngày 05 tháng 3 năm' with its year on a line OCR read apart ('2007'), wrapped to the next
# line of the right column, or only in the number ('55/2007/CT-UBND')
_YEARLESS_RE = re.compile(r"([^\n|,]{2,40}),\s*ngày\s*(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm[ \t]*$", re.M)


def _year_elsewhere(h, text: str, stop: int) -> tuple[str | None, str, tuple[int, int]] | None:
    m = _YEARLESS_RE.search(text, h.start, stop)
    if not m:
        return None
    numbered = re.search(r"/((?:19|20)\d\d)/", h.number or "")
    # (alone on its line, or the right column's last word on the next line: 'Số: 291/GDĐT-VP        2020')
    alone = re.search(r"^[ \t]*((?:19|20)\d\d)[ \t]*$", text[h.start:stop], re.M) \
        or re.match(r"[ \t]*\n[^\n]*\S[ \t]{3,}((?:19|20)\d\d)[ \t]*$", text[m.end():stop], re.M)
    year = (numbered or alone).group(1) if numbered or alone else None
    d = make(m.group(2), m.group(3), year) if year else None
    pm = PLACE_RE.search(squash(m.group(1)))
    return (pm.group(1).strip() if pm else None, iso(d), (m.start(), m.end())) if d else None


def _under_motto(text: str, start: int, stop: int) -> tuple[str | None, tuple[int, int] | None]:
    """A date line whose place OCR lost ('ngày 20 tháng 3 năm 2018' alone on its line) within the three lines
    under the motto's 'Độc lập - Tự do - Hạnh phúc'."""
    indep = INDEP_RE.search(text, start, stop)
    if not indep:
        return None, None
    at = indep.end()
    for line in text[at:stop].split("\n")[:4]:
        m = LONG_RE.fullmatch(line.strip(" \t|."))
        d = make(m.group(1), m.group(2), m.group(3)) if m else None
        if d:
            first = at + line.index(m.group(0))
            return iso(d), (first, first + len(m.group(0)))
        at += len(line) + 1
    return None, None


def read_place_date(h, text: str, window: int) -> None:
    """Set the header *h*'s place, issued_date and date_span: in the header, near the number (not a date
    cited in the body)."""
    date_stop = min(window, (h.number_span[1] + 700) if h.number_span else h.start + 1500)
    if h.number_span:  # the date written right after the number, even when its place is garbled
        near, near_span = fallbacks.date_after(text, h.number_span[1])
        placed = _place_date(text, h.start, date_stop)
        if near and placed[2] and placed[2][1] > near_span[1] + 40 and not PLACE_RE.search(
                squash(text[h.number_span[1]:near_span[0]])):
            h.issued_date, h.date_span = near, near_span
        else:
            h.place, h.issued_date, h.date_span = placed
            if h.issued_date is None and near:
                h.issued_date, h.date_span = near, near_span
    else:
        h.place, h.issued_date, h.date_span = _place_date(text, h.start, date_stop)
    yearless = _year_elsewhere(h, text, date_stop) if h.issued_date is None else None
    if yearless:
        h.place, h.issued_date, h.date_span = yearless
    if h.issued_date is None:  # 'ngày 20 tháng 3 năm 2018' under the motto, its place lost
        h.issued_date, h.date_span = _under_motto(text, h.start, date_stop)
    if h.place is None:  # 'Đức Hợp, ngày ….. tháng 12 năm 2021': a draft's place, its day left blank;
        # 'Hà Nội, ngày*Ï tháng 11 năm 2024': a day OCR could not read; 'Hà Nội, ngày 07 tháng 06 n': a cut copy
        # 'Ninh Bình, ngày 13 tháng Z7 năm 2022': a month OCR could not read
        blank = re.search(r"([^\n|,]{2,40}),\s*ngày(?=\s*[.…_]{2,}|\S{1,3}\s*tháng|[ \t]{2,}tháng|[ \t]+tháng[ \t]+năm|"
                          r"[ \t]*\d{1,2}[ \t]+tháng\b|[^\n]{0,18}$)",
                          text[h.start:date_stop], re.M)
        if blank:
            pm = PLACE_RE.search(squash(blank.group(1)))
            h.place = pm.group(1).strip() if pm else None
