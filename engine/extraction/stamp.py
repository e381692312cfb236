"""The receiving agency's incoming stamp (dấu ĐẾN): receiver, incoming number, arrival date.

On a scan it reads like 'TRUNG TÂM Y TẾ GIANG THÀNH / Số: 467 / ĐẾN Ngày: 11/3/2025 /
Chuyển: …', usually garbled and interleaved with the header.
"""
from __future__ import annotations

import re

from . import orgs
from .dates import iso, make
from .layout import prev_line_start
from .text import is_upper, segments

STAMP_RE = re.compile(
    r"(?:Số|Sô|SỐ)(?:\s*[:.])?\s*(?P<n>\d[\dÍ]{0,5}|Í\d[\dÍ]{0,4})\b(?![/\d])(?P<mid>[\s\S]{0,40}?)"  # never '\s*[:.]?\s*':
    r"(?:Ngày|NGÀY|ngày)(?:\s*[:.])?\s*(?P<d>\d[ \t]?\d|\d)\s*[/.⁄∕-]\s*(?P<m>\d[ \t]?\d|\d)\s*[/.⁄∕-]\s*(?P<y>\d{2,4})")
# (a handwritten number or date as OCR reads it: a '1' as 'Í' ('97Í'), a fraction slash for a slash, a space inside
# a figure pair: '05⁄1 2/2025')


# the stamp's 'ĐẾN', also as OCR reads its marks ('ĐÉN', 'ĐEN', 'ĐỀN')
_ARRIVED = re.compile(r"\bĐ[ẾÉEÊỀ]N\b|\bĐến\b")


def read(text: str, start: int, end: int) -> dict | None:
    for m in STAMP_RE.finditer(text, start, end):
        around = text[max(0, m.start() - 60):m.end() + 10]
        if not _ARRIVED.search(around):
            continue
        y = int(m.group("y"))
        y = y + 2000 if y < 100 else y
        d = make(re.sub(r"\s", "", m.group("d")), re.sub(r"\s", "", m.group("m")), y)
        receiver = None
        before = text[max(0, m.start() - 200):m.start()].split("\n")
        for line in reversed(before):
            segs = [s for s in segments(line) if not _ARRIVED.fullmatch(s.strip(" :"))]
            if not segs:
                continue
            cand = segs[-1].strip(" '‘’`´\"“”„,.:;_~*|")  # (specks OCR read at its edge)
            if is_upper(cand) and len(cand) > 4:
                receiver = orgs.display(orgs.repair_head(cand))
            break
        return {"receiver": receiver, "incoming_number": int(m.group("n").replace("Í", "1")), "received_date": iso(d)}
    return None


# The stamp as OCR garbles it beside or inside the header, when it is too broken to read as a box: its heading
# ('CÔNG VĂN ĐẾN', 'CÔNG VĂN ĐIỆN TỬ'; 'CÔNG VĂẢ ĐIỆN', "CÔNG 'VĂẢ ĐIỆN TỦ"), its fields opening a line
# ('Chuyển:', 'Số và ký hiệu HS:', 'Lưu hồ sơ:') and its pieces run into a title ('[ĐẾN Số 2336', 'Ngày: 6/5/2022').
HEADING = r"C[ÔO]NG\W{0,2}\s*V\S{1,3}\s+(?:Đ[IỊ]\S{0,2}N|ĐẾN|ĐÉN)"
HEADING_RE = re.compile(rf"^{HEADING}\b")
FIELD_RE = re.compile(r"^\W*(?:Chuy\S{1,3}n\s*:|Số\s*và\s*ký\s*hi\S{1,3}u|Lưu\s+hồ\s+sơ\s*:)", re.I)
PIECES_RE = re.compile(rf"\s*{HEADING}(?:\s+T\S{{1,2}})?(?=\s)"
                       r"|\s*[\[(]\S{0,3}ẾN\s+S[ốôo]\S?\s*\d+|\s*\bNgày\s*:\s*\S*\d\S*(?:\s+\d+)?(?=\s|$)")


# the stamp's other boxes, each on a short line of its own
_BOX_RE = re.compile(r"^[ \t|]*(?:Đ[ẾÉEÊỀ]N|Đến|Chuyển|Chuyên|CHUYỂN|Số và ký hiệu|Số hồ sơ|Lưu hồ sơ|Người nhận|Giờ)\b")


def block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the stamp's text (its receiver's name on the line above 'Số: 467', the 'Số … Ngày …'
    it stamps, its boxes on the lines below), so that the header is read without them; a header
    item OCR put on the same line as a stamp's box stays. [] when there is no stamp."""
    for m in STAMP_RE.finditer(text, start, end):
        if not _ARRIVED.search(text[max(0, m.start() - 60):m.end() + 10]):
            continue
        if "\n" in text[m.start():m.end()].strip("\n") and m.end() - m.start() > 120:
            return []
        spans = [(m.start(), m.end())]
        first = text.rfind("\n", 0, m.start()) + 1
        above, line = _receiver_line(text, first)
        mark = re.search(rf"(?:{_ARRIVED.pattern})[ \t:]*$", text[first:m.start()])
        alone = not text[first:first + mark.start() if mark else m.start()].strip(" |")  # the box opens its line
        if alone and first > 0 and line and is_upper(line) and len(line) < 60 \
                and not re.search(r"\d|CỘNG HÒA|Độc lập", line):
            spans.insert(0, (above, first - 1))
        if mark:  # 'ĐẾN' stamped just before the number box
            spans.insert(-1, (first + mark.start(), m.start()))
        last = text.find("\n", m.end())
        while 0 <= last < len(text):
            nxt = text.find("\n", last + 1)
            nxt = len(text) if nxt < 0 else nxt
            if not _BOX_RE.match(text[last + 1:nxt]) or nxt - last > 60:
                break
            spans.append((last + 1, nxt))
            last = nxt
        return spans
    return []


def _receiver_line(text: str, first: int) -> tuple[int, str]:
    """(start, text) of the line that may name the stamp's receiver above its 'Số' line at *first*:
    the line right above, or across one blank line when it stands alone between blank lines (OCR
    gives the stamp's parts apart; a letterhead's last line has its other lines right above it)."""
    above = prev_line_start(text, first)
    if above is None:
        return first, ""
    line = text[above:max(above, first - 1)].strip(" |")
    if line:
        return above, line
    cand = prev_line_start(text, above)
    if cand is None:
        return above, ""
    before = prev_line_start(text, cand)
    if before is not None and text[before:max(before, cand - 1)].strip():
        return above, ""  # a letterhead's last line, not a stamp's own
    return cand, text[cand:max(cand, above - 1)].strip(" |")


def without(text: str, spans: list[tuple[int, int]]) -> str:
    """*text* with the stamp's spans taken out (a line left empty goes with it)."""
    for a, b in sorted(spans, reverse=True):
        if (a == 0 or text[a - 1] == "\n") and (b == len(text) or text[b] == "\n"):
            b = min(len(text), b + 1)  # the whole line: drop it
        text = text[:a] + text[b:]
    return text
