"""A template's number line left blank for the register, and the number and date a digital signature
stamps into its blanks.

A letter signed in an e-office system leaves its number and date blank in the text it was drafted from
('Số: /TB-ĐHBK', 'Hà Nội, ngày tháng năm 2025'); the signing system prints the figures over the blanks,
and a PDF's text layer gives them after the date line's words: 'Hà Nội, ngày tháng năm 2025 2034 25 7'
(number 2034, the 25th of July). Read back only when both blanks are there. A scan of a signed letter whose
date line's day is blank or unreadable is dated by the signature's own time ('Thời gian ký: 19/06/2026').
A council's resolution whose date line is lost is dated by the day its closing says it was passed.
"""
from __future__ import annotations

import datetime as dt
import re

from . import numbers
from .dates import MONTH_READ, make

# a number line left blank for the register ('Số:     /SGDĐT-GDTH', 'Số        / PGD&ĐT', a party's 'Số   -BC/TU',
# OCR's 'S6: /KH-UBND'): the code after the blank still names the body and, first, maybe the type
# (not a site's label 'Số/Ký hiệu:')
BLANK_NUMBER_RE = re.compile(rf"^[ \t|]*(?:{numbers.SO_LABEL}|se\))(?![ \t]*[/,][ \t]*[Kk]ý\s+hiệu)[ \t]*:?[ \t._…]*(?P<sep>[-/])[ \t]*"
                           r"(?P<code>[A-ZĐ][A-Za-zĐđ&]*(?:[ \t]*[-/][ \t]*[A-Za-zĐđ&]+)*)", re.M)


def blank_number(text: str, start: int, end: int) -> str | None:
    """The code of a blank number line, as a number with a placeholder figure ('0/SGDĐT-GDTH', '0-BC/TU')."""
    return blank_code(BLANK_NUMBER_RE.search(text, start, end))


def blank_code(m: re.Match | None) -> str | None:
    """blank_number of a BLANK_NUMBER_RE match already found, None for none."""
    if not m:
        return None
    code = re.sub(r"[ \t]+", "", m.group("code"))
    return f"0{m.group('sep')}{code}"


# '…, ngày tháng năm 2025* 2034 *25 7*': the blank date, then the stamped number, day and month
_STAMPED_DATE = re.compile(r"ngày[ \t._…]*tháng[ \t._…]*năm[ \t]+(?P<y>(?:19|20)\d\d)[ \t*_]*(?P<n>\d{1,6})"
                           r"[ \t*_]+(?P<d>\d{1,2})[ \t]+(?P<m>\d{1,2})[ \t*_]*$", re.M)


def stamped_figures(text: str, start: int, end: int) -> tuple[str, dt.date] | None:
    """(number, date) printed into a blank number line and a blank date line, else None."""
    blank = blank_number(text, start, end)
    stamped = _STAMPED_DATE.search(text, start, end)
    if not blank or not stamped:
        return None
    day = make(stamped.group("d"), stamped.group("m"), int(stamped.group("y")))
    number = numbers.normalise(stamped.group("n") + blank[1:])  # '0/TB-ĐHBK' with the stamped figure
    return (number, day) if number and day else None


# a date line whose day is blank or unreadable, its month and year read ('ngày / tháng 6 năm 2026',
# OCR's 'ngày OL tháng 4 năm 2018')
_DAYLESS_DATE = re.compile(r"ngày[ \t]*(?P<d>[^\s\d]{0,3})[ \t]*tháng[ \t]*(?P<m>\d{1,2})[ \t]*năm[ \t]*(?P<y>(?:19|20)\d\d)",
                           re.I)
# the time a digital signature prints over the page ('Thời gian ký: 19/06/2026 14:18:57 +07:00', '02.04.2018')
_SIGNING_TIME = re.compile(r"(?:Thời gian ký|Ngày ký)[ \t]*:[ \t]*(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>(?:19|20)\d\d)")


# a date line OCR garbled past reading but for its year ('ngày,ê§ thang} năm 2021', 'ngayd Geer etiam 2020',
# 'ngày 46 tháng 22 năm 2023')
_GARBLED_DATE = re.compile(r"[,.][ \t]*ng[aàá]y[^\n]{0,24}?(?<!\d)(?P<y>(?:19|20)\d\d)\b", re.I)


def signature_day(text: str) -> dt.date | None:
    """The day a digital signature printed over the page says the letter was signed ('Thời gian ký: 14.09.2021')."""
    m = _SIGNING_TIME.search(text)
    return make(m.group("d"), m.group("m"), int(m.group("y"))) if m else None


def signing_day(text: str, start: int, end: int) -> dt.date | None:
    """The day a digital signature was put on a letter whose date line's day is blank or unreadable, when the
    signature's month and year are the date line's (its year alone when OCR garbled the month too): the clerk
    dates the letter the day it is signed."""
    signed_on = signature_day(text)
    if not signed_on:
        return None
    line = _DAYLESS_DATE.search(text, start, end)
    if line:
        month = line.group("m")
    else:
        line = _GARBLED_DATE.search(text, start, end)
        read = MONTH_READ.search(line.group(0)) if line else None
        month = read.group("m") if read and 1 <= int(read.group("m")) <= 12 else str(signed_on.month)
    if not line or (month.lstrip("0"), line.group("y")) != (str(signed_on.month), str(signed_on.year)):
        return None
    return signed_on


# 'Nghị quyết này đã được Hội đồng nhân dân tỉnh X khóa IX, kỳ họp thứ năm thông qua ngày 14 tháng 7 năm 2017 …'
_PASSED_ON = re.compile(r"Nghị\s+quyết\s+này\s+(?:đã\s+)?được\s+[^.;]{0,250}?\bthông\s+qua\s+ngày\s+(\d{1,2})\s+tháng\s+"
                        r"(\d{1,2})\s+năm\s+(\d{4})")


def passed_on(text: str, start: int) -> dt.date | None:
    """The day a resolution's closing says its council passed it (the resolution's date when its date line is lost)."""
    m = _PASSED_ON.search(text, start)
    return make(m.group(1), m.group(2), int(m.group(3))) if m else None
