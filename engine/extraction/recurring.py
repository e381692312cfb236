"""A recurring report duty written into the letter (chế độ báo cáo định kỳ).

'định kỳ hằng năm báo cáo … trước ngày 01 tháng 11' -> yearly, 1/11;
'báo cáo định kỳ hằng quý … trước ngày 15 của tháng cuối quý' -> quarterly, day 15;
'hằng tháng … báo cáo … trước ngày 20' -> monthly, day 20; 'báo cáo 6 tháng (trước ngày 15/6)' ->
half-yearly, day 15. Gives ``{"period", "day", "month", "text"}`` (the periods of
engine/report_periods.py; ``day``/``month`` None when the letter names no date), or None.

The period word must sit in the same sentence as 'báo cáo' and close to it: 'kế hoạch hằng năm'
in a sentence that also says 'định kỳ báo cáo' is a plan, not a report period.
"""
from __future__ import annotations

import re

from .text import squash

_H = r"(?:hàng|hằng|mỗi)"
PERIOD_RE = re.compile(
    rf"(?P<yearly>{_H}\s+năm|định\s+kỳ\s+năm|báo\s+cáo\s+năm\b|(?:01|1|một)\s+lần\s*/\s*năm)"
    rf"|(?P<half_yearly>(?:định\s+kỳ|báo\s+cáo)\s+(?:0?6|sáu)\s+tháng|(?:0?6|sáu)\s+tháng\s+(?:một|01|1)\s+lần"
    rf"|nửa\s+năm\s+(?:một|01|1)\s+lần|bán\s+niên)"
    rf"|(?P<quarterly>{_H}\s+quý|định\s+kỳ\s+quý|báo\s+cáo\s+quý\b)"
    rf"|(?P<monthly>{_H}\s+tháng|định\s+kỳ\s+tháng|báo\s+cáo\s+tháng\b(?!\s*\d))",
    re.I)
REPORT_RE = re.compile(r"báo\s+cáo", re.I)
# 'Báo cáo 6 tháng đầu năm 2025', 'báo cáo quý I/2025': one report of one period, not a routine
ONE_OFF_RE = re.compile(r"[^.;\n]{0,25}?(?:năm\s+|/\s*)\d{4}", re.I)
_LEAD = r"(?:trước|chậm\s+nhất(?:\s+(?:là|vào))?|không\s+muộn\s+hơn|vào|hạn(?:\s+chót)?(?:\s+là)?|định\s+kỳ)"
# 'trước ngày 15 của tháng cuối quý', 'trước ngày 20 tháng cuối mỗi quý'
QUARTER_DAY_RE = re.compile(
    rf"{_LEAD}\s+(?:ngày\s+)?(?P<d>\d{{1,2}})\s+(?:của\s+)?tháng\s+cuối\s+(?:của\s+)?(?:mỗi\s+|hằng\s+|hàng\s+)?"
    rf"(?:quý|kỳ)", re.I)
# 'trước ngày 01 tháng 11', 'trước ngày 15/12', 'định kỳ 30 tháng 11 hàng năm' — no year: a routine
DAY_MONTH_RE = re.compile(
    rf"{_LEAD}\s+(?:ngày\s+)?(?P<d>\d{{1,2}})\s*(?:tháng\s*|/\s*|-\s*|\.\s*)(?P<m>\d{{1,2}})"
    rf"(?!\d)(?!\s*(?:năm\s*|[/.-]\s*)\d{{4}})", re.I)
# 'trước ngày 20 hằng tháng', 'trước ngày 20' (then a word, not a month)
DAY_RE = re.compile(rf"{_LEAD}\s+ngày\s+(?P<d>\d{{1,2}})(?!\s*(?:tháng|[/.-])\s*\d)(?!\d)", re.I)
_NEAR = 80  # characters between the period word and 'báo cáo'
_SENTENCE_END = re.compile(r"\.\s|;|\n\s*\n|\n\s*(?:[a-zđ]\)|[-+•*]|\d+\.)\s", re.I)


def _sentence(text: str, pos: int, start: int, end: int) -> tuple[int, int]:
    lo = max(start, pos - 400)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    s = ends[-1] if ends else lo
    m = _SENTENCE_END.search(text, pos, min(end, pos + 500))
    return s, (m.start() if m else min(end, pos + 500))


def _tied_to_report(text: str, period: re.Match, s: int, e: int) -> bool:
    if REPORT_RE.search(period.group(0)):
        return True
    return any(max(r.start() - period.end(), period.start() - r.end()) <= _NEAR
               for r in REPORT_RE.finditer(text, s, e))


def _day(value: str) -> int | None:
    day = int(value)
    return day if 1 <= day <= 31 else None


def _due(text: str, period: str, s: int, e: int) -> tuple[int | None, int | None]:
    """The due day (and month, for a yearly duty) the sentence names, if any."""
    m = QUARTER_DAY_RE.search(text, s, e)
    if m and period in ("quarterly", "half_yearly"):
        return _day(m.group("d")), None
    for m in DAY_MONTH_RE.finditer(text, s, e):
        day, month = _day(m.group("d")), int(m.group("m"))
        if day is None or not 1 <= month <= 12:
            continue
        if period == "yearly":
            return day, month
        if period == "half_yearly" and month in (6, 12) or period == "quarterly" and month % 3 == 0:
            return day, None
    m = DAY_RE.search(text, s, e)
    if m and period == "monthly":
        return _day(m.group("d")), None
    return None, None


def read(text: str, start: int = 0, end: int | None = None) -> dict | None:
    """The first recurring report duty the letter sets, or None."""
    end = len(text) if end is None else end
    for period_match in PERIOD_RE.finditer(text, start, end):
        s, e = _sentence(text, period_match.start(), start, end)
        if not _tied_to_report(text, period_match, s, e):
            continue
        if REPORT_RE.match(period_match.group(0)) and ONE_OFF_RE.match(text, period_match.end()):
            continue
        period = period_match.lastgroup
        day, month = _due(text, period, s, e)
        if period == "yearly" and month is None:
            day = None
        return {"period": period, "day": day, "month": month, "text": squash(text[s:e]).strip(" .,;:()-")}
    return None
