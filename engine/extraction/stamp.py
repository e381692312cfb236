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
