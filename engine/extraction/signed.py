"""The number and date a digital signature stamps into a template's blanks.

A letter signed in an e-office system leaves its number and date blank in the text it was drafted from
('Số: /TB-ĐHBK', 'Hà Nội, ngày tháng năm 2025'); the signing system prints the figures over the blanks,
and a PDF's text layer gives them after the date line's words: 'Hà Nội, ngày tháng năm 2025 2034 25 7'
(number 2034, the 25th of July). Read back only when both blanks are there.
"""
from __future__ import annotations

import datetime as dt
import re

from . import numbers
from .dates import make

# 'Số: /TB-ĐHBK', 'Số:      /QĐ-UBND': the template's number line, its figures left out
_BLANK_NUMBER = re.compile(r"(?:Số|SỐ)\s*:?[ \t._…]*/\s*(?P<code>[A-ZĐ][A-Za-zĐđ&]*(?:-[A-Za-zĐđ&]+)*)")
# '…, ngày tháng năm 2025* 2034 *25 7*': the blank date, then the stamped number, day and month
_STAMPED_DATE = re.compile(r"ngày[ \t._…]*tháng[ \t._…]*năm[ \t]+(?P<y>(?:19|20)\d\d)[ \t*_]*(?P<n>\d{1,6})"
                           r"[ \t*_]+(?P<d>\d{1,2})[ \t]+(?P<m>\d{1,2})[ \t*_]*$", re.M)


def stamped_figures(text: str, start: int, end: int) -> tuple[str, dt.date] | None:
    """(number, date) printed into a blank number line and a blank date line, else None."""
    blank = _BLANK_NUMBER.search(text, start, end)
    stamped = _STAMPED_DATE.search(text, start, end)
    if not blank or not stamped:
        return None
    day = make(stamped.group("d"), stamped.group("m"), int(stamped.group("y")))
    number = numbers.normalise(f"{stamped.group('n')}/{blank.group('code')}")
    return (number, day) if number and day else None
