"""Sectors and school levels as bodies' names shorten them, written out: 'Sở NN&PTNT' is 'Sở Nông nghiệp và Phát
triển nông thôn', 'Phòng GD&ĐT' is 'Phòng Giáo dục và Đào tạo', 'Trường MN Hoa Sen' is 'Trường Mầm non Hoa Sen'."""
from __future__ import annotations

import re

_SECTOR_SHORT = re.compile(r"\b(?:GIÁO DỤC\s*[-–&]\s*ĐÀO TẠO|GD\s*&\s*ĐT|GD\s*-\s*ĐT)\b", re.I)


# sectors as a body's name shortens them ('Sở NN&PTNT', 'Sở Nông nghiệp và PTNT', 'Sở TN&MT', 'Sở GDĐT')
_SECTORS_SHORT = [
    (r"(?:NN|Nông nghiệp)\s*(?:&|và)\s*PTNT", "Nông nghiệp và Phát triển nông thôn"),
    (r"TN\s*(?:&|và)\s*MT", "Tài nguyên và Môi trường"), (r"KH\s*(?:&|và)\s*ĐT", "Kế hoạch và Đầu tư"),
    (r"KH\s*(?:&|và)\s*CN", "Khoa học và Công nghệ"), (r"TT\s*(?:&|và)\s*TT", "Thông tin và Truyền thông"),
    (r"LĐ\s*-?\s*TB\s*(?:&|và)\s*XH", "Lao động - Thương binh và Xã hội"),
    (r"VH\s*,?\s*TT\s*(?:&|và)\s*DL", "Văn hóa, Thể thao và Du lịch"), (r"GTVT", "Giao thông vận tải"),
    (r"GDĐT", "Giáo dục và Đào tạo"),
]
_SECTORS_SHORT_RE = [(re.compile(rf"\b((?:Sở|Phòng|Bộ)\s+){short}\b", re.I), full) for short, full in _SECTORS_SHORT]


# a school's level as its letterhead shortens it ('TRƯỜNG MN BÀN ĐẠT', 'TRƯỜNG T.H TRẦN HƯNG ĐẠO'; not a school of
# two levels: 'TRƯỜNG TH&THCS …', 'TRƯỜNG TH VÀ THCS …')
# (a town's school: 'TRƯỜNG MNTT CẦN GIUỘC', the Mầm non Thị trấn)
_SCHOOL_LEVEL_SHORT = re.compile(r"\b(TRƯỜNG|[Tt]rường)\s+((?i:MN\s?TT|TH\s?TT|MN|MG|TH|T\.\s?H))\b"
                                 r"(?!\s*(?:&|-|–|và|VÀ)\s*THCS)")
_SCHOOL_LEVELS = {"MN": "Mầm non", "MG": "Mẫu giáo", "TH": "Tiểu học", "MNTT": "Mầm non Thị trấn",
                  "THTT": "Tiểu học Thị trấn"}


def school_level_in_full(name: str) -> str:
    """'Trường MN Bàn Đạt' -> 'Trường Mầm non Bàn Đạt' ('MG' a kindergarten's 'Mẫu giáo', 'TH' a primary school's
    'Tiểu học'), in capitals when the name is."""
    def full(m: re.Match) -> str:
        level = _SCHOOL_LEVELS[re.sub(r"[.\s]", "", m.group(2)).upper()]
        return f"{m.group(1)} {level.upper() if m.group(1).isupper() else level}"
    return _SCHOOL_LEVEL_SHORT.sub(full, name)


def sector_in_full(name: str) -> str:
    """'Phòng GD&ĐT', 'PHÒNG GIÁO DỤC-ĐÀO TẠO' -> the sector's full name ('Giáo dục và Đào tạo'), as
    'Sở NN&PTNT', 'Sở TN&MT' …; a labour federation's 'LĐLĐ' written out."""
    name = _SECTOR_SHORT.sub("Giáo dục và Đào tạo", name)
    for short, full in _SECTORS_SHORT_RE:
        name = short.sub(lambda m, full=full: m.group(1) + full, name)
    return re.sub(r"\bLĐLĐ\b", "Liên đoàn Lao động", name)
