"""Where a letter's header begins in a copy: at the national motto or the letter's own 'Số:' line,
back over the letterhead lines above them, past page furniture and a handling slip scanned in front."""
from __future__ import annotations

import re

from . import numbers, orgs, signed
from .casing import CELL_GAP, small_letterhead
from .layout import INDEP_RE, MOTTO_RE, VE_ANY_RE, VV_RE, headerish, line_bounds, prev_line_start
from .ocr_model import valid
from .text import VI_LOWER, VI_UPPER, is_upper

# the kinds of document a page's title, heading or a sentence names before a number
_TYPES = ("Công văn|Quyết định|Kế hoạch|Thông báo|Thông tư|Báo cáo|Tờ trình|Chỉ thị|Nghị quyết|Nghị định|Giấy mời|Hướng dẫn|"
          "Kết luận|Chương trình|Quy định|Quy chế|Đề án|Công điện")
_TITLED_SO = re.compile(rf"(?:{_TYPES})\s*$", re.I)
# a sentence citing numbers after a colon: '… theo quy định tại các Nghị định: SỐ 21/2010/NĐ-CP …'
_PROSE_SO = re.compile(rf"\b[a-zà-ỹđ]+\s+(?:các\s+)?(?:{_TYPES})\s*:\s*$")
# a sentence reporting a letter by its number: '… Sở Công Thương có văn bản Số 2638/SCT-KTATMT về việc …'
_REPORTED_SO = re.compile(rf"\b(?:có|ban hành|gửi|ký)\s+(?:văn bản|{_TYPES.lower()})\s*$", re.I)
# an ad hoc body named by the decision that set it up ('ĐOÀN KIỂM TRA' / 'THEO QUYẾT ĐỊNH' / 'SỐ 1050/QĐ-SCT')
_NAMED_BY = re.compile(r"\bTHEO\s+(?:QUYẾT\s+ĐỊNH|QĐ)\s*$", re.I)
# a page's heading naming the document, its number after a comma ('HƯỚNG DẪN NGHIỆP VỤ CÔNG TÁC ĐẢNG VIÊN, SỐ 09-HD/BTCTW')
_HEADING_SO = re.compile(rf"^[ \t|]*(?:{_TYPES})\s[^\n]*,\s*$", re.I)


_TYPED_SO = re.compile(r"^[ \t|]*(?P<type>Nghị quyết|Quyết định|Chỉ thị|Thông tư|Nghị định|Kế hoạch|Thông báo|"
                       r"Công văn)\s*(?P<so>số\s*:\s*)?(?=\d)", re.M | re.I)


# 'SỐ 68/2017/NĐ-CP NGÀY 25 THÁNG 5 NĂM 2017 CỦA CHÍNH PHỦ': a number a title cites, not the letter's
# (also as OCR spells it: 'ngày 14 thang 5 năm 2010')
_CITED = re.compile(r"\s*(?:,\s*)?ng[àa]y\s+\d{1,2}(?:\s+th[áa]ng\s+\d{1,2}\s+n[ăa]m\s+|[-/.]\d{1,2}[-/.])\d{4}(?:\s*,)?\s+của\s", re.I)


# the receiving side's handling slip scanned as the first page: 'PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN'
_SLIP_RE = re.compile(r"^[ \t|*]*PHIẾU\s+(?:GIẢI\s+QUYẾT|XỬ\s+LÝ|CHUYỂN|TRÌNH|THEO\s+DÕI|ĐỀ\s+XUẤT)\b[^\n]{0,40}$",
                      re.M | re.I)


def _over_subject_lines(text: str, at: int, floor: int) -> int | None:
    """Where the left column's 'V/v …' / 'Về việc …' subject (at most 3 lines, maybe with a blank line
    between two, ending at the line at *at*) begins, when a copy read it before the motto and the
    letterhead stands right above it, or it opens the text; else None."""
    blanks = 0
    for _ in range(5):
        line = text[at:line_bounds(text, at)[1]]
        if not line.strip():  # a text layer's blank line inside the wrapped subject (one, twice at most)
            blanks += 1
            above = prev_line_start(text, at)
            if blanks > 2 or above is None or above < floor:
                return None
            at = above
            continue
        above = prev_line_start(text, at)
        if VV_RE.match(line) or VE_ANY_RE.match(line):
            if above is None and floor == 0:
                return at  # the text opens with it (OCR read the left column's lower cell first)
            if above is not None and above >= floor and not text[above:at - 1].strip():
                above = prev_line_start(text, above)  # one blank line between it and the letterhead
            return at if above is not None and above >= floor and headerish(text[above:at - 1]) \
                and text[above:at - 1].strip() else None
        if above is None or above < floor:
            return None
        at = above
    return None


# 'Quyết định 3618/QĐ-BHXH năm 2022. BẢO HIỂM XÃ HỘI VIỆT NAM -------': a page's title, then the letterhead
_TITLE_THEN_HEAD = re.compile(rf"[^\n]*?\d[^\n]*?\.[ \t]+(?P<head>[{VI_UPPER}][^{VI_LOWER}.\n]*?)[ \t]*[-–—_]{{3,}}[ \t]*$")

# ... or glued to its closing bracket ('Kế hoạch 71: Đại hội … (10:01 23/01/2021)HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI')
_GLUED_AFTER_BRACKET = re.compile(rf"[^\n]*?[{VI_LOWER}\d][)\]](?P<head>[{VI_UPPER}][^{VI_LOWER}\n]*?)[ \t]*$")


def _specks(line: str) -> bool:
    """A short line of dots and dashes with a stray letter or two between them ('.n.œ.œ——', 'na...')."""
    s = line.strip()
    return 2 <= len(s) <= 16 and sum(c in "-–—_=~.·" for c in s) >= 2 and sum(c.isalpha() for c in s) <= 3


def _rule_read_as_noise(text: str, line_start: int, line: str, floor: int) -> bool:
    """The rule under a letterhead as OCR reads a scan's ('kEIft 7 08/evd40/', 'RQE/4Sc20 0063', '36 3310 3078'): a short
    line, half its words no Vietnamese word, right under a letterhead's line in capitals."""
    words = [w.strip(".,;:/") for w in line.split()]
    real = [w for w in words if len(w) >= 2 and w.isalpha() and valid(w)]
    mixed = any(re.search(r"[^\W\d_]\d|\d[^\W\d_]", w) for w in words)  # letters and figures in one word: 'evd40'
    mixed = mixed or bool(re.fullmatch(r"\d+(?:[ .]+\d+)+", line.strip()))  # or figures alone: '36 33109014900 3078'
    above = prev_line_start(text, line_start)
    return _specks(line) or len(line.strip()) <= 30 and mixed and 2 * len(real) < len(words) \
        and above is not None and above >= floor and is_upper(text[above:line_start - 1]) \
        and headerish(text[above:line_start - 1])


def _back_over_header(text: str, start: int, floor: int) -> int:
    """Back from the line at *start* over the header lines above it (at most 8, never before *floor*)."""
    nonblank = 0
    while True:
        prev = prev_line_start(text, start)
        if prev is None or prev < floor:
            break
        line = text[prev:start - 1]
        if nonblank >= 8:
            break
        row, bar, cell = line.rpartition("|")
        if bar and not headerish(line) and headerish(cell) and orgs.is_head_start(cell.strip()):
            return prev + len(row) + 1  # a dataset row whose last cell opens the letterhead ('… | BAN CHỈ ĐẠO 138/CP')
        titled = _TITLE_THEN_HEAD.match(line) or _GLUED_AFTER_BRACKET.match(line)
        if titled and len(titled.group("head").split()) >= 2 and is_upper(titled.group("head")) \
                and orgs.is_head_start(titled.group("head")):
            return prev + titled.start("head")  # a page's title run into the letterhead's first line
        # (the rule under the letterhead as OCR reads it, '.n.œ.œ——', is passed over)
        # (nor a letterhead's line typed in small letters, in any of its cells: 'Ủy ban nhân dân tỉnh X    Cộng hòa …')
        small = any(small_letterhead(cell) for cell in CELL_GAP.split(line)[::2])
        if not headerish(line) and not small and not _rule_read_as_noise(text, prev, line, floor):
            prev = _over_subject_lines(text, prev, floor)
            if prev is None:
                break
        if line.strip():
            nonblank += 1
        start = prev
    return start


def _after_slip(text: str) -> int:
    """Where the letter may begin after a handling slip put before it (0 when there is none): past
    the slip's title and its own 'Số: 620/… ngày 11 tháng 3 năm 2025' line; the letter's header is
    then found from there as usual."""
    slip = _SLIP_RE.search(text)
    if not slip or "VĂN BẢN" not in orgs.fold(slip.group(0)):
        return 0
    first = MOTTO_RE.search(text)
    if first is not None and first.start() < slip.start():  # the slip follows the letter
        return 0
    own = numbers.SO_RE.search(text, slip.end(), slip.end() + 300)
    if own and re.search(r"\bngày\b", text[own.end():line_bounds(text, own.start())[1]], re.I):
        return line_bounds(text, own.start())[1]
    return slip.end()


def _in_prose(text: str, at: int) -> bool:
    """True when a word in small letters stands one space before *at* on its line (a sentence naming the republic,
    not a small letterhead's column beside the motto: 'Sở Y tế      CỘNG HÒA …')."""
    before = text[text.rfind("\n", 0, at) + 1:at]
    words = before.split()
    return bool(before[-1:] == " " and not before[-2:-1].isspace() and words and words[-1].isalpha()
                and words[-1].islower())


def _motto_at(text: str, floor: int) -> int | None:
    """Where the motto is; under one OCR garbled ('CONG E 1ÔI CHỦ NGHĨA VIỆT NAM', 'CH Ủ NGHĨA'), the line
    above its 'Độc lập - Tự do - Hạnh phúc'."""
    # (never the republic a sentence names: '… Pháp lệnh Thú y nước Cộng hòa xã hội chủ nghĩa Việt Nam công bố …')
    motto = next((m for m in MOTTO_RE.finditer(text, floor) if not _in_prose(text, m.start())), None)
    indep = INDEP_RE.search(text, floor, motto.start() if motto else len(text))
    # (the first motto read, unless its second line stands before it: the letter's own motto garbled, an
    # annex's whole one further down)
    if motto and not indep:
        return motto.start()
    if not indep:
        return None
    line = line_bounds(text, indep.start())[0]
    above = prev_line_start(text, line)
    return line if above is None else above


def cites(text: str, so: re.Match, number_end: int) -> bool:
    """True when the 'Số' at *so* and its number (ending at *number_end*) are a document the text cites
    ('SỐ 68/2017/NĐ-CP NGÀY 25 THÁNG 5 NĂM 2017 CỦA CHÍNH PHỦ', '… các Nghị định: SỐ 21/2010/NĐ-CP'), not its own."""
    before = text[line_bounds(text, so.start())[0]:so.start()]
    return bool(_CITED.match(text, number_end) or _PROSE_SO.search(before) or _REPORTED_SO.search(before)
                or _NAMED_BY.search(text[max(0, so.start() - 40):so.start()]))


def find_start(text: str) -> tuple[int, re.Match | None]:
    """Offset where the letter's header begins, and the 'Số:' match near it."""
    floor = _after_slip(text)
    motto = _motto_at(text, floor)
    near = [m for m in numbers.SO_RE.finditer(text, floor)
            if numbers.number_at(text, m.end())
            and (motto is None or abs(m.start() - motto) < 900)
            and not cites(text, m, numbers.number_at(text, m.end()).end())]
    # a page title repeating the number ('Công văn Số: 2728/TCT-DNL V/v …') is not the letter's own line
    own = [m for m in near if not _TITLED_SO.search(before := text[line_bounds(text, m.start())[0]:m.start()])
           and not _HEADING_SO.match(before)]
    if not near:  # 'Nghị quyết số: 653/2019/UBTVQH14' on the number line
        # or a site's heading 'THÔNG TƯ15/2017/TT-BCT': the type word glued to a number of that type
        near = [m for m in _TYPED_SO.finditer(text, floor) if numbers.NUMBER_RE.match(text, m.end())
                and (motto is None or abs(m.start() - motto) < 900)
                and (m.group("so") or orgs.fold(numbers.type_of(numbers.normalise_match(
                    numbers.NUMBER_RE.match(text, m.end()))) or "") == orgs.fold(m.group("type")))]
    so = (own or near or [None])[0]
    # a number line left blank for the pen ('Số:      /UBND-VP') heads the letter when OCR set the motto after the body
    blank = None if so else signed.BLANK_NUMBER_RE.search(text, floor)
    if blank and motto is not None and abs(blank.start() - motto) >= 900:
        blank = None
    anchors = [a for a in (motto, so.start() if so else blank.start() if blank else None) if a is not None]
    if not anchors:
        return floor, None
    return _back_over_header(text, line_bounds(text, min(anchors))[0], floor), so
