"""The receiving agency's incoming stamp (dấu ĐẾN): receiver, incoming number, arrival date.

On a scan it reads like 'TRUNG TÂM Y TẾ GIANG THÀNH / Số: 467 / ĐẾN Ngày: 11/3/2025 /
Chuyển: …', usually garbled and interleaved with the header.
"""
from __future__ import annotations

import re

from . import orgs
from .dates import iso, make
from .text import is_upper, segments

STAMP_RE = re.compile(
    r"(?:Số|Sô|SỐ)(?:\s*[:.])?\s*(?P<n>\d{1,6})\b(?![/\d])(?P<mid>[\s\S]{0,40}?)"  # never '\s*[:.]?\s*':
    r"(?:Ngày|NGÀY|ngày)(?:\s*[:.])?\s*(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{2,4})")


def read(text: str, start: int, end: int) -> dict | None:
    for m in STAMP_RE.finditer(text, start, end):
        around = text[max(0, m.start() - 60):m.end() + 10]
        if not re.search(r"ĐẾN|Đến|ĐÉN", around):
            continue
        y = int(m.group("y"))
        y = y + 2000 if y < 100 else y
        d = make(m.group("d"), m.group("m"), y)
        receiver = None
        before = text[max(0, m.start() - 200):m.start()].split("\n")
        for line in reversed(before):
            segs = [s for s in segments(line) if s.strip(" :") not in ("ĐẾN", "Đến")]
            if not segs:
                continue
            cand = segs[-1]
            if is_upper(cand) and len(cand) > 4:
                receiver = orgs.display(orgs.repair_head(cand))
            break
        return {"receiver": receiver, "incoming_number": int(m.group("n")), "received_date": iso(d)}
    return None


# the stamp's other boxes, each on a short line of its own
_BOX_RE = re.compile(r"^[ \t|]*(?:ĐẾN|Đến|ĐÉN|Chuyển|Chuyên|CHUYỂN|Số và ký hiệu|Số hồ sơ|Lưu hồ sơ|Người nhận|Giờ)\b")


def block(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the stamp's lines lie (its receiver's name above 'Số: 467', the 'ĐẾN Ngày' line and its
    boxes below), so that the header is read without them; None when there is no stamp."""
    for m in STAMP_RE.finditer(text, start, end):
        if not re.search(r"ĐẾN|Đến|ĐÉN", text[max(0, m.start() - 60):m.end() + 10]):
            continue
        first = text.rfind("\n", 0, m.start()) + 1
        last = text.find("\n", m.end())
        last = len(text) if last < 0 else last
        if last - first > 160:  # a stamp is a few short lines, not a sentence
            return None
        above = text.rfind("\n", 0, max(0, first - 1)) + 1
        line = text[above:first].strip(" \n|")
        if line and is_upper(line) and len(line) < 60 and not re.search(r"\d|CỘNG HÒA|Độc lập", line):
            first = above
        while last < len(text):
            nxt = text.find("\n", last + 1)
            nxt = len(text) if nxt < 0 else nxt
            if not _BOX_RE.match(text[last + 1:nxt]) or nxt - last > 60:
                break
            last = nxt
        return first, last
    return None
