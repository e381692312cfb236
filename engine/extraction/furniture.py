"""What a web page around a letter says of it, for a copy whose own header lost it.

- A legal-database page's attribute table above the letter: 'Số hiệu: | 2181/BVHTTDL-DSVH',
  'Ngày ban hành: | 07/06/2018',
  'Cơ quan ban hành: Ủy ban nhân dân Thành phố Hà Nội'.
- A portal post that relays a letter without its letterhead and names its source at
  the end: '(Theo Công văn số 6012/UBND-KT, ngày 14/11/2023)'.
- The province a provincial portal's post names near its top ('Quảng Trị').

Only read when the letter itself does not say: the header always wins.
"""
from __future__ import annotations

import re

from . import card, numbers, orgs
from .dates import iso, make, short_date, written_date

_ATTR_DATE_RE = re.compile(r"Ngày\s+ban\s+hành(?:\s*:)?(?:\s*\|)?\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})", re.I)
_ATTR_NUMBER_RE = re.compile(r"^[ \t|]*Số\s+hiệu(?:\s*:)?(?:\s*\|)?[ \t]*(\d{1,6}[^\s|]*/[^\s|]+)", re.I | re.M)
_ATTR_ISSUER_RE = re.compile(r"Cơ\s+quan\s+ban\s+hành(?:\s*:)?(?:\s*\|)?\s*([^|\n]{3,90})", re.I)
_SOURCE_TYPES = r"(?:Công văn|Văn bản|Quyết định|Thông báo|Kế hoạch|Chỉ thị)"
_SOURCE_RE = re.compile(
    rf"\(\s*(?:Theo|Nguồn\s*:)\s+{_SOURCE_TYPES}\s+số\s+(?P<num>\d{{1,5}}\S*/\S+?)\s*,?\s*"
    r"ngày\s*(?P<date>\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})\s*\)", re.I)
# a line of its own sending the reader to it: 'Xem chi tiết tại Công văn 1518/UBND-KT ngày 10/4/2023'
_SEE_RE = re.compile(
    rf"^[ \t]*Xem\s+chi\s+tiết\s+tại\s+{_SOURCE_TYPES}\s+(?:số\s+)?(?P<num>\d{{1,5}}[^\s/]*/\S+?)"
    r"(?:\s*,?\s*ngày\s*(?P<date>\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}))?[ \t.]*$", re.I | re.M)


def attribute_number(text: str) -> dict | None:
    """'Số hiệu: | 2181/BVHTTDL-DSVH': the number a document site's attribute table gives the letter."""
    given = card.read(text).get("number")
    if given and (number := numbers.normalise(given[0])) and "/" in number:
        return {"number": number, "span": given[1]}
    m = _ATTR_NUMBER_RE.search(text, 0, 3000)
    # (the table's next label run into it: 'Số hiệu:36/TANDTC-KHTCNgày đăng công báo')
    number = numbers.normalise(re.split(r"(?=[A-ZĐ][a-zđà-ỹ]{2,})", m.group(1))[0]) if m else None
    return {"number": number, "span": (m.start(1), m.end(1))} if number and "/" in number else None


def attribute_date(text: str, stop: int) -> str | None:
    """The issue date in a document site's attribute card, or in a row of its table above *stop*."""
    given = card.read(text).get("date")
    if given and (d := written_date(given[0])):
        return iso(d)
    m = _ATTR_DATE_RE.search(text, 0, max(0, stop))
    return iso(make(m.group(1), m.group(2), m.group(3))) if m else None


def attribute_locality(text: str, stop: int) -> str | None:
    """'tỉnh X' / 'thành phố X' of the issuing body the attribute table names."""
    m = _ATTR_ISSUER_RE.search(text, 0, max(0, stop))
    if not m:
        return None
    return orgs.locality_of(m.group(1)) or orgs.locality_for_place(m.group(1).strip(" |"))


def source_line(text: str) -> dict | None:
    """'(Theo Công văn số 6012/UBND-KT, ngày 14/11/2023)', '(Nguồn: Thông báo số 81/TB-UBND ngày 08/6/2021)'
    closing a portal's relay of a letter, or 'Xem chi tiết tại Công văn 1518/UBND-KT ngày 10/4/2023' its answer."""
    m = _SOURCE_RE.search(text) or _SEE_RE.search(text)
    if not m:
        return None
    number = numbers.normalise(m.group("num"))
    if not number:
        return None
    dated = iso(short_date(m.group("date"))) if m.group("date") else None
    return {"number": number, "issued_date": dated, "span": (m.start(), m.end())}


def province_near_top(text: str, limit: int = 300) -> str | None:
    """'tỉnh Quảng Trị' when a province or city is named on a line of its own near the top."""
    for line in text[:limit].split("\n"):
        place = orgs.locality_for_place(line.strip(" |"))
        if place:
            return place
    return None
