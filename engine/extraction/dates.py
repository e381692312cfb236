"""Vietnamese dates: 'ngày 11 tháng 3 năm 2025', '18/3/2021', '08-6-2022', 'tháng 7/2022', 'Quý II/2021'."""
from __future__ import annotations

import calendar
import datetime as dt
import re

# a day or month OCR read partly as letters ('tháng OS' for 'tháng 05', 'ngày l3'); read only with a year
_DIGITISH = r"(?:\d{1,2}|[\dOSlI]{2}|[OSlI](?=\s))"
LONG_RE = re.compile(rf"ngày\s*({_DIGITISH})\s*tháng\s*({_DIGITISH})\s*(?:,\s*)?(?:năm\s*(\d{{4}}))?", re.I)  # (', năm')
_AS_DIGITS = str.maketrans("OoSsIl", "005511")
SHORT_RE = re.compile(r"(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])")
MONTH_RE = re.compile(r"tháng\s*(\d{1,2})\s*(?:/|năm)\s*(\d{4})", re.I)
QUARTER_RE = re.compile(r"quý\s+(I{1,3}|IV|[1-4])\s*(?:/|năm)\s*(\d{4})", re.I)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


# a date line's month as OCR reads it, its marks lost or a broken font's 'd' for 'á' ('thang 6', 'thdng 10')
MONTH_READ = re.compile(r"th[aád]ng[ \t]*(?P<m>\d{1,2})(?!\d)", re.I)

def make(day: int | str, month: int | str, year: int | str | None) -> dt.date | None:
    try:
        # (a day's figures OCR spaced apart: '2 5')
        day = str(day).translate(_AS_DIGITS).replace(" ", "")
        return dt.date(int(year), int(str(month).translate(_AS_DIGITS)), int(day)) if year else None
    except (TypeError, ValueError):
        return None


def short_date(s: str) -> dt.date | None:
    """The first '18/3/2021' (or '08-6-2022') in *s* as a date; None when there is none or it is no date."""
    m = SHORT_RE.search(s)
    return make(m.group(1), m.group(2), m.group(3)) if m else None


def written_date(s: str) -> dt.date | None:
    """A date written either way: '7 tháng 12 năm 2011' (with or without 'ngày') or '7/12/2011'."""
    m = LONG_RE.search(s if re.match(r"\s*ngày", s, re.I) else "ngày " + s)
    return make(m.group(1), m.group(2), m.group(3)) if m and m.group(3) else short_date(s)


def month_end(month: int | str, year: int | str) -> dt.date | None:
    try:
        m, y = int(month), int(year)
        return dt.date(y, m, calendar.monthrange(y, m)[1])
    except (TypeError, ValueError, calendar.IllegalMonthError):
        return None


def quarter_end(q: str, year: int | str) -> dt.date | None:
    n = _ROMAN.get(q.upper()) or (int(q) if q.isdigit() else None)
    return month_end(n * 3, year) if n else None


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


# a document the letter cites by its number and day ('công văn số 1647/SLĐTBXH-LĐTL ngày 21/8/2014', '… số
# 280318/CV/PKT đề ngày 28/3/2018')
_CITED_DAY = re.compile(r"\bsố\s*\d{1,6}[^\s,;]*\s+(?:đề\s+)?ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
                        r"|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})", re.I)


def latest_cited(text: str, start: int, end: int) -> dt.date | None:
    """The latest day of the documents *text* cites by number between *start* and *end*: a letter is dated no
    earlier than what it answers or applies (a date line read before it is misread)."""
    days = [written_date(m.group(1)) for m in _CITED_DAY.finditer(text, start, end)]
    return max((d for d in days if d), default=None)
