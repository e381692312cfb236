"""A direction written into the letter: 'Giao Sở … chủ trì, phối hợp với Sở … và các đơn vị …' (also 'giao:', and
'Đề nghị Sở … chủ trì, phối hợp với …').

Gives the lead body and the named co-handling bodies; generic groups ('các sở,
ban, ngành', 'đơn vị liên quan') are not bodies and are dropped.
"""
from __future__ import annotations

import re

from .text import squash

HEAD = (r"(?:Sở|Ban|Phòng|UBND|Ủy ban|Uỷ ban|Trung tâm|Văn phòng|Công an|Bộ|Cục|Chi cục|Bệnh viện|"
        r"Đài|Báo|Trường|Khoa|Hội|Liên đoàn|Đoàn|Kho bạc|Bảo hiểm|Thanh tra|Viện|Tổng cục|Vụ|Chi nhánh)")
GIAO_RE = re.compile(rf"\b[Gg]iao(?:\s*:)?\s+(?:cho\s+)?(?P<lead>{HEAD}\b.*?)(?=\s+(?:chủ\s+trì|tham\s+mưu|phối\s+hợp|"
                     rf"thực\s+hiện|triển\s+khai|nghiên\s+cứu|xây\s+dựng|tổ\s+chức|theo\s+dõi|có\s+trách)|[,;.(])",
                     re.S)
# a request that names who leads: 'Đề nghị Sở Y tế chủ trì, phối hợp với …' (not 'Đề nghị Sở Y tế báo cáo …')
ASKED_RE = re.compile(rf"\b(?:[Đđ]ề\s+nghị|[Yy]êu\s+cầu)\s+(?P<lead>{HEAD}\b[^.;:()]*?)(?=\s+chủ\s+trì\b)")
CO_RE = re.compile(r"phối\s+hợp\s+(?:với\s+)?(?P<co>.*?)(?=\s+(?:tham\s+mưu|thực\s+hiện|triển\s+khai|để|"
                   r"xây\s+dựng|tổ\s+chức|nghiên\s+cứu|theo\s+dõi|kiểm\s+tra|rà\s+soát|xử\s+lý|đề\s+xuất|"
                   r"hướng\s+dẫn|giải\s+quyết|báo\s+cáo|khẩn\s+trương|chỉ\s+đạo)\b|[;.(:]|$)", re.S)


# a group's kinds listed after its first: 'UBND các huyện, thị xã, thành phố' (the lead was cut at its comma)
_GROUP_TAIL_RE = re.compile(r"(?:\s*,\s*|\s+và\s+)(?:thị\s+xã|thành\s+phố|quận|huyện|xã|phường|thị\s+trấn|"
                            r"ban|ngành|đoàn\s+thể|địa\s+phương)\b")
_LEADS_RE = re.compile(r"\s*(?:,\s*)?chủ\s+trì\b")


# a minute's point naming who leads, with no 'Giao' ('… có ý kiến như sau: Bộ Khoa học và Công nghệ chủ trì, phối hợp
# với Bộ Quốc phòng …'), at a line's or a sentence's start
NAMED_RE = re.compile(rf"(?:^|(?<=[.:;]\s)|(?<=\n))[ \t]*(?:[-–+•]\s*)?(?P<lead>{HEAD}\b[^.;:()\n]{{0,80}}?(?:\n[^.;:()\n]{{0,40}}?)?)"
                      r"(?=\s+chủ\s+trì\s*,?\s+phối\s+hợp\b)", re.M)


def _direction(text: str, start: int, end: int) -> re.Match | None:
    """The sentence that names who leads ('Giao Sở … chủ trì'), before one that only hands out a task ('Giao Văn
    phòng UBND tỉnh theo dõi, đôn đốc'), wherever each stands."""
    given = list(GIAO_RE.finditer(text, start, end))
    leads = next((m for m in given if _LEADS_RE.match(text, m.end())), None)
    return leads or ASKED_RE.search(text, start, end) or (given[0] if given else None) \
        or NAMED_RE.search(text, start, end)


def read(text: str, start: int, end: int) -> dict | None:
    m = _direction(text, start, end)
    if not m:
        return None
    lead, after = squash(m.group("lead")), m.end()
    if re.match(rf"{HEAD}\s+các\b", lead):
        while g := _GROUP_TAIL_RE.match(text, after):
            lead += ("" if g.group(0).lstrip().startswith(",") else " ") + squash(g.group(0)).lstrip()
            after = g.end()
    co: list[str] = []
    tail = text[after:min(end, after + 400)]
    c = CO_RE.match(re.sub(r"^\s*(?:chủ\s+trì\s*,?\s*)", "", tail))
    if c:
        parts = re.split(rf",\s*|\s+và\s+(?=(?:{HEAD}|các)\b)", squash(c.group("co")))
        for p in parts:
            p = p.strip(" ,")
            if re.match(rf"{HEAD}\b", p) and not re.match(rf"{HEAD}\s+các\b", p):  # ('UBND các xã': a group)
                co.append(p)
    return {"lead": lead, "co": co}
