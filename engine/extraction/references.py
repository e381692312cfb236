"""Documents a letter cites by number ('Kế hoạch số 55/KH-UBND ngày 18/3/2021').

What counts is what a clerk records as the letter's basis (the seeds' gold): the
numbers cited in the subject, the opening ('Căn cứ… / Thực hiện…') and the first
part of a report or plan ('I. Đặc điểm tình hình', 'I. Mục đích, yêu cầu'), up to
its second part ('II. …'); a decision or resolution is read up to its operative
clause ('QUYẾT ĐỊNH:', 'Điều 1'). A short letter without parts is read to its signature.
"""
from __future__ import annotations

import re

from . import numbers

OPERATIVE_RE = re.compile(r"^[^\S\n]*(?:Điều\s+1\b|QUYẾT\s+ĐỊNH\s*:|QUYẾT\s+NGHỊ\s*:|(?:Chương|CHƯƠNG)\s+I\b)", re.M)
SECOND_PART_RE = re.compile(r"^[^\S\n]*(?:II\s*[.\-–]\s*\S|(?:Phần|PHẦN)\s+(?:II|thứ\s+hai)\b)", re.M)
# line-start patterns take blanks but never a newline: '^\s*' with re.M rescans every blank
# line after each line start (quadratic on pages of empty lines)


# a body named by a number, not a document: 'Ban Chỉ đạo 138/CP', 'BCĐ 389/QG'
_NAMED_BY_NUMBER = re.compile(r"(?:Ban\s+Chỉ\s+đạo|BCĐ)\s*$", re.I)
# a technical standard's code, not a document's number: 'QCVN 122:2024/BGTVT', 'TCVN 5574:2018'
_STANDARD = re.compile(r"\b(?:QCVN|TCVN|QCĐP)\s*[\d.\-]+:\s*$")


def preamble_end(text: str, start: int, end: int) -> int:
    ends = [m.start() for m in (OPERATIVE_RE.search(text, start, end), SECOND_PART_RE.search(text, start, end)) if m]
    return min(ends) if ends else end


# a footnote's mark a PDF's text layer ran on to a cited law's number ('105/2025/NĐ-CP2', '42/2024/QH151'): a numbered
# legal document's code (the Government's, the Prime Minister's, a ministry's, a law's with its term: QH15) never
# ends in another figure
_FOOTNOTED = re.compile(r"^(\d{1,4}/(?:19|20)\d\d/(?:[A-ZĐ]+-)?(?:(?<![A-Z])QH\d\d|CP|TTg|B[A-ZĐ]{1,6}))\d$")


# an old-style number without a slash is cited after its type ('Quyết định số 78-CP', 'QĐ 21-TTg', 'Nghị định
# 130-HĐBT'), as one in the form before 2005 ('công văn số 757 TC/TCT'): only there, as '2-3' or 'COVID-19' are no
# documents
_AFTER_TYPE = re.compile(r"(?i:\b(?:quyết định|nghị định|chỉ thị|thông tư|nghị quyết|công văn|thông báo|QĐ|NĐ)"
                         r"\s+(?:số\s*:?\s*)?)(?=\d)")
# a party number whose slash OCR read as a letter ('29-NQITW', '512-NQJĐU'): a party type, then the party body
_SLASH_READ = re.compile(r"^(\d+-[^\W\d_]+?)[IJl|](TW|TU|HU|QU|ĐU|BCSĐ|ĐĐ)$")


def _slash_back(num: str) -> str:
    m = _SLASH_READ.match(num)
    party = f"{m.group(1)}/{m.group(2)}" if m else None
    return party if party and numbers.type_of(party) else num


def _cited(text: str) -> list[tuple[int, str]]:
    """Every number cited in text: coded ones anywhere, old-style ones after their type (see _AFTER_TYPE)."""
    old = [(n.start(), _slash_back(numbers.normalise_match(n))) for m in _AFTER_TYPE.finditer(text)
           if (n := numbers.OLD_STYLE_RE.match(text, m.end()) or numbers.PRE_2005_RE.match(text, m.end()))]
    return sorted(numbers.find_all(text) + old)


def read(text: str, start: int, end: int, own: str | None) -> list[str]:
    """Numbers cited in text[start:end] before the first part heading, minus the letter's own."""
    stop = preamble_end(text, start, end)
    out: list[str] = []
    for at, num in _cited(text[start:stop]):
        num = _FOOTNOTED.sub(r"\1", num)
        if numbers.same(num, own) or _NAMED_BY_NUMBER.search(text, max(0, start + at - 20), start + at) \
                or _STANDARD.search(text, max(0, start + at - 16), start + at):
            continue
        dup = [i for i, o in enumerate(out) if numbers.same(num, o)]
        if dup:
            if out[dup[0]].upper() == out[dup[0]] and num.upper() != num:
                out[dup[0]] = num  # prefer the form written in running text over an all-caps title
            continue
        out.append(num)
    # a number a line break cut ('2629/QĐ-T' beside '2629/QĐ-TTg', '72/2013/NĐ' beside '72/2013/NĐ-CP'): only the whole one
    return [r for r in out if not any(o != r and o.startswith(r) and (o[len(r):len(r) + 1].isalnum()
                                                                       or o[len(r):len(r) + 1] == "-") for o in out)]
