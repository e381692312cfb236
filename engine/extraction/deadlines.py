"""Deadlines a letter sets, read from the words around dates.

'trước ngày 30/11/2024' -> that date; 'trong tháng 7/2022' -> the month's last day;
'Quý II/2021' -> 2021-06-30. A date already past when the letter was issued is a
deadline of some earlier letter being recalled, not one this letter sets; a
'hàng năm' (yearly) date without a year is a reporting routine, not a deadline.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re

from .dates import iso, make, month_end, quarter_end
from .layout import BLANK_DATE_RE
from .text import is_upper, squash

_DATE = (r"(?:ngày\s*)?(?P<d>\d{1,2})\s*(?:tháng\s*|[/.-]\s*)(?P<m>\d{1,2})"
         r"(?:\s*(?:năm\s*|[/.-]\s*)(?P<y>\d{4}))?")
BEFORE_RE = re.compile(
    r"(?P<kw>trước|chậm\s+nhất(?:\s+là)?(?:\s+(?:đến|vào|trong))?|hạn\s+chót(?:\s+là)?|không\s+muộn\s+hơn|"
    r"hạn\s+cuối(?:\s+là)?)"
    r"(?:\s*:)?\s+(?:(?:\d{1,2}\s*(?:giờ|h)\s*\d{0,2}(?:\s*phút)?)\s*,?\s*)?" + _DATE, re.I)
# (the words between the task and its month may wrap onto the next line, never past a paragraph's end, and hold a
# short remark in brackets: 'báo cáo … (nếu có) trong tháng 11 năm 2025')
_TASK_GAP = r"(?:[^.;()\n]|\n(?![ \t]*\n)|\([^().;\n]{1,30}\))"
MONTH_RE = re.compile(r"(?<!\w)(?P<kw>hoàn\s+thành|hoàn\s+thiện|xong|thực\s+hiện|báo\s+cáo|xử\s+lý|ký\s+(?:kết|hợp\s+đồng)|"
                      r"(?<!chương\s)(?<!quy\s)(?<!tờ\s)(?<!lộ\s)(?<!công\s)(?<!quá\s)trình|ban\s+hành|gửi|nộp)"
                      rf"{_TASK_GAP}{{0,200}}?\btrong\s+tháng\s*(?P<m>\d{{1,2}})\s*(?:/|năm)\s*(?P<y>\d{{4}})", re.I)
# a year's end: 'hoàn thành đưa dự án vào vận hành trong năm 2027' (a task, never the year a report covers)
YEAR_RE = re.compile(rf"(?<!\w)(?P<kw>hoàn\s+thành|xong){_TASK_GAP}{{0,120}}?\btrong\s+năm\s+(?P<y>\d{{4}})(?![\d/])", re.I)
_DONE = re.compile(r"(?<!\w)(?:đã|được)\s*$", re.I)
QUARTER_RE = re.compile(r"(?P<kw>hoàn\s+thành|trong|thời\s+gian(?:\s+thực\s+hiện)?\s*:?|thời\s+hạn\s*:?|trước)"
                        r"[^.;()\n]{0,60}?\bquý\s+(?P<q>I{1,3}|IV)\s*(?:/|năm)\s*(?P<y>\d{4})", re.I)
# a time to hand something in, given as a range or after a colon: 'Thời hạn nộp hồ sơ: Từ 9/12/2024 đến 13/12/2024',
# 'Thời gian đăng ký: từ ngày 2/5 đến hết ngày 10/5/2024', 'Hạn cuối nộp hồ sơ: 13/12/2024' -> the last day
_DUE_KW = (r"(?:thời\s+hạn|thời\s+gian|hạn(?:\s+cuối|\s+chót)?)\s+(?:nộp|gửi|đăng\s+ký|báo\s+cáo|hoàn\s+thành|thực\s+hiện)\b"
           r"[^.;:\n]{0,70}?")  # (not 'thời gian nhận bài': what the sender does)
DUE_RE = re.compile(rf"(?P<kw>{_DUE_KW})\s*:\s*(?:(?:từ\s+)?[^.;\n]{{0,40}}?\bđến\s+(?:hết\s+)?)?"
                    r"(?:(?:\d{1,2}\s*(?:giờ|h|:)\s*\d{0,2}(?:\s*phút)?)\s*,?\s*)?" + _DATE + r"(?![\d/])", re.I)
PERIODIC_RE = re.compile(r"hàng\s+năm|hằng\s+năm|định\s+kỳ|hàng\s+tháng|hằng\s+tháng|hàng\s+quý", re.I)


def _clause(text: str, kw_start: int, end: int) -> str:
    lo = max(0, kw_start - 160)
    before = text[lo:kw_start]
    cut = max(before.rfind(c) for c in (";", ". ", ".\n", ":", "\n\n"))
    lines = before.split("\n")
    if len(lines) > 1 and 0 < len(lines[-2].strip()) <= 40 and is_upper(lines[-2]):
        cut = max(cut, len(before) - len(lines[-1]) - 1)  # ('HỎA TỐC' / 'Đề nghị …': a mark in capitals on its line)
    paren = before.rfind("(")
    if ")" not in before[paren:]:  # (a bracket closed before it, '(qua Văn phòng UBND tỉnh) trước …', is no cut)
        cut = max(cut, paren)
    if cut >= 0:
        start = lo + cut + 1
    else:
        words = before.split()
        start = kw_start - len(" ".join(words[-10:])) - 1
    return squash(text[max(0, start):end]).strip(" .,;:()")


def signing_month(text: str, start: int, stop: int) -> str | None:
    """The first day of the month a date line left blank to sign still gives (', ngày    tháng 9 năm 2026'), the
    year's first day when its month is blank too: no deadline of the letter falls before it."""
    blank = BLANK_DATE_RE.search(text, start, stop)
    if not blank:
        return None
    month = re.search(r"tháng[\s._…]*(\d{1,2})", blank.group(0), re.I)
    d = make("1", month.group(1) if month else "1", blank.group(0)[-4:])  # (the pattern ends with the year)
    return iso(d) if d else None


def read(text: str, start: int, end: int, issued: str | None) -> list[dict]:
    issued_d = dt.date.fromisoformat(issued) if issued else None
    found: list[tuple[int, dt.date, str]] = []

    def keep(pos: int, d: dt.date | None, kw_start: int, m_end: int) -> None:
        if d is None or (issued_d and d < issued_d):
            return
        if any(x[1] == d for x in found):
            return
        found.append((pos, d, _clause(text, kw_start, m_end)))

    for m in BEFORE_RE.finditer(text, start, end):
        y = m.group("y")
        if not y:
            if PERIODIC_RE.search(text[max(start, m.start() - 120):m.end() + 40]) or not issued_d:
                continue
            d = make(m.group("d"), m.group("m"), issued_d.year)
            if d and d < issued_d:
                d = make(m.group("d"), m.group("m"), issued_d.year + 1)
        else:
            d = make(m.group("d"), m.group("m"), y)
        keep(m.start(), d, m.start(), m.end())
    for m in DUE_RE.finditer(text, start, end):
        if m.group("y"):
            keep(m.start(), make(m.group("d"), m.group("m"), m.group("y")), m.start(), m.end())
    for m in itertools.chain(MONTH_RE.finditer(text, start, end), YEAR_RE.finditer(text, start, end)):
        if _DONE.search(text, max(0, m.start() - 20), m.start()):
            continue  # 'đã hoàn thành … trong tháng 11/2025': what was done, no deadline
        last = month_end(m.group("m"), m.group("y")) if m.re is MONTH_RE else make("31", "12", m.group("y"))
        keep(m.start(), last, m.start(), m.end())
    for m in QUARTER_RE.finditer(text, start, end):
        if m.group("kw").lower() == "trong" and re.match(r"\s*,", text[m.end():]):
            continue  # 'Trong quý III/2025, Tỉnh ủy … đã …': the time a report covers, opening its sentence
        keep(m.start(), quarter_end(m.group("q"), m.group("y")), m.start(), m.end())
    found.sort(key=lambda x: x[0])
    return [{"date": iso(d), "text": t} for _, d, t in found]
