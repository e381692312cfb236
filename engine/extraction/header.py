"""The letter's header: issuer, number, place and date, type, subject, recipients, urgency.

Works on the whole normalised text with offsets, so a header whose lines were
broken ('Sơn\\nLa, ngày 16 tháng 11\\nnăm 2018'), flattened into '|' cells, or laid
out as two columns on one line reads the same as a clean one. Page furniture
above the letter (legal-database titles, metadata blocks) is skipped by anchoring
on the national motto and the 'Số:' line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import fallbacks, furniture, numbers, orgs
from .dates import LONG_RE, iso, make
from .text import LOW, UP, VI_LOWER, has_letters, is_rule, is_upper, segments, squash

# The national motto, also as OCR and old fonts garble it ('CỘNG HÕA', 'CỘNG HỊA', 'XàHỘI',
# 'NGHIÃ') and as tables break it over lines or cells; a party's and the youth union's
# letterheads carry their own name in its place.
_SEP = r"[\s|]+"
MOTTO_RE = re.compile(
    rf"C[ỘOÔỐỒ]NG{_SEP}H\S{{1,3}}{_SEP}X\S{{0,2}}\s*H\S{{1,2}}I{_SEP}CH\S{{0,2}}{_SEP}NGH\S{{1,3}}{_SEP}VI\S{{1,2}}T{_SEP}NAM"
    r"|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|(?-i:ĐOÀN\s+TNCS\s+HỒ\s+CHÍ\s+MINH)", re.I)
# the motto's tail on a line of its own, its 'CỘNG HÒA' left on the line above (upper case only)
MOTTO_TAIL_RE = re.compile(rf"(?:C\S{{2,3}}G{_SEP}H\S{{1,3}}{_SEP})?X\S{{0,2}}\s*H\S{{1,2}}I{_SEP}CH\S{{0,2}}{_SEP}NGH\S{{1,3}}{_SEP}VI\S{{1,2}}T{_SEP}NAM"
                           rf"|C[ỘOÔỐỒ]NG{_SEP}H\S{{1,3}}(?:{_SEP}X\S{{0,2}}(?:\s*H\S{{1,2}}I)?)?\s*$", re.M)
INDEP_RE = re.compile(r"Độc\s+lập\s*[-–—]?\s*Tự\s+do\s*[-–—]?\s*Hạnh\s+phúc", re.I)
# V/v, also as OCR reads it: 'Viv', 'V|v', 'V/V'
VV_RE = re.compile(r"(?<![^\s|:(])V\s?[/|Il1i]\s?[vV](?=[\s:.])\s*[:.]?\s*")
VE_RE = re.compile(r"^\s*Về\s+(?!việc\b)", re.M)
KG_RE = re.compile(r"K[íI]NH\s*G[ửỬ]I\s*:?", re.I)
_WORD = f"{UP}{LOW}+"
PLACE_RE = re.compile(rf"((?:(?:Thành phố|Thị xã|TP\.?)\s*)?{_WORD}(?:[\s\-–]+{_WORD})*)\s*,?\s*$")

TYPE_TITLES = [
    "THÔNG TƯ LIÊN TỊCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "QUYẾT ĐỊNH", "KẾ HOẠCH", "BÁO CÁO", "THÔNG BÁO",
    "TỜ TRÌNH", "GIẤY MỜI", "CÔNG VĂN", "CHỈ THỊ", "NGHỊ QUYẾT", "NGHỊ ĐỊNH", "THÔNG TƯ",
    "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "QUY CHẾ", "QUY ĐỊNH", "CÔNG ĐIỆN", "BIÊN BẢN", "ĐỀ ÁN",
    "PHƯƠNG ÁN", "KẾT LUẬN", "GIẤY GIỚI THIỆU", "GIẤY TRIỆU TẬP", "THƯ MỜI", "THƯ NGỎ", "LUẬT",
    "PHÁP LỆNH", "ĐIỆN", "HỢP ĐỒNG",
]
_BARE_TITLES = {orgs.bare(t): t for t in TYPE_TITLES if len(t) > 5}
def type_title(folded: str) -> str | None:
    """The type title a short upper-case line is, also as OCR misreads its accents
    ('QUYÉT ĐỊNH', 'KẺ HOẠCH'); None for any other line."""
    if folded in TYPE_TITLES:
        return folded
    pair = folded.split(" VÀ ")
    if len(pair) == 2 and pair[0] in TYPE_TITLES and pair[1] in TYPE_TITLES:
        return pair[0]  # 'QUY ĐỊNH VÀ HƯỚNG DẪN': the text is filed under its first type
    if len(folded) > 22:
        return None
    return _BARE_TITLES.get(orgs.bare(folded))


URGENCY = {"HỎA TỐC": "hoa_toc", "HOẢ TỐC": "hoa_toc", "THƯỢNG KHẨN": "thuong_khan", "KHẨN": "khan"}
AUTHORITY_LINE = re.compile(
    r"^(?:PHÓ\s+)?(?:CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|"
    r"BAN THƯỜNG VỤ|CHÍNH PHỦ|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|CHÁNH VĂN PHÒNG|KHÓA [IVXLC]+|"
    r"ỦY BAN THƯỜNG VỤ QUỐC HỘI|QUỐC HỘI|HIỆU TRƯỞNG|TỔNG GIÁM ĐỐC|VIỆN TRƯỞNG|CHỦ NHIỆM)\b")
# 'SỐ 15-BTC/TT NGÀY 16-3-1991 CỦA BỘ TÀI CHÍNH QUY ĐỊNH …': an old title that repeats the header
GAZETTE_LEAD = re.compile(r"^SỐ\s*:?\s*\d\S*\s+NGÀY\s+\d{1,2}(?:[-/.]\d{1,2}[-/.]\d{4}|\s+THÁNG\s+\d{1,2}\s+NĂM\s+\d{4})\s*,?\s+")
SECTION_LINE = re.compile(r"^(?:[IVX]{1,4}\s*[.\-–]\s+\S|(?:Phần|PHẦN|Chương|CHƯƠNG)\s+[IVX\d]+\b|Điều\s+1\b)")
BODY_START = re.compile(
    r"^(?:Căn cứ|Thực hiện|Thi hành|Theo|Xét|Trên cơ sở|Nhằm|Để|Sau khi|Chiều|Sáng|Ngày|Vừa qua|"
    r"Hiện nay|Trong|Nhận được|Kính gửi)\b")


@dataclass
class Header:
    text: str
    start: int = 0                  # offset where the letter begins
    number: str | None = None
    number_span: tuple[int, int] | None = None
    issued_date: str | None = None
    place: str | None = None
    date_span: tuple[int, int] | None = None
    issuer: str | None = None
    issuer_parent: str | None = None
    doc_type: str | None = None
    subject: str | None = None
    subject_span: tuple[int, int] | None = None
    recipients: list[str] | None = None
    urgency: str | None = None
    body_start: int = 0            # offset where the body text begins
    bodies: list[str] = field(default_factory=list)


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (len(text) if e < 0 else e)


def _prev_line_start(text: str, line_start: int) -> int | None:
    if line_start <= 0:
        return None
    return text.rfind("\n", 0, line_start - 1) + 1


def _headerish(line: str) -> bool:
    s = line.strip()
    if not s or is_rule(s) or s in ("|",):
        return True
    rest = INDEP_RE.sub("", MOTTO_TAIL_RE.sub("", MOTTO_RE.sub("", s)))
    rest = re.sub(r"Số\s*:?\s*\S+", "", rest)
    return not rest.strip(" |-–*") or is_upper(rest) or bool(re.fullmatch(r"\s*\d+\.\s*", rest))


_TITLED_SO = re.compile(r"(?:Công văn|Quyết định|Kế hoạch|Thông báo|Thông tư|Báo cáo|Tờ trình|Chỉ thị|"
                        r"Nghị quyết|Nghị định|Giấy mời|Hướng dẫn)\s*$", re.I)


_TYPED_SO = re.compile(r"^[ \t|]*(?P<type>Nghị quyết|Quyết định|Chỉ thị|Thông tư|Nghị định|Kế hoạch|Thông báo|"
                       r"Công văn)\s*(?P<so>số\s*:\s*)?(?=\d)", re.M | re.I)


# 'SỐ 68/2017/NĐ-CP NGÀY 25 THÁNG 5 NĂM 2017 CỦA CHÍNH PHỦ': a number a title cites, not the letter's
_CITED = re.compile(r"\s*(?:,\s*)?ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+|[-/.]\d{1,2}[-/.])\d{4}(?:\s*,)?\s+của\s", re.I)


def find_start(text: str) -> tuple[int, re.Match | None]:
    """Offset where the letter's header begins, and the 'Số:' match near it."""
    motto = MOTTO_RE.search(text)
    near = [m for m in numbers.SO_RE.finditer(text)
            if numbers.NUMBER_RE.match(text, m.end())
            and (motto is None or abs(m.start() - motto.start()) < 900)
            and not _CITED.match(text, numbers.NUMBER_RE.match(text, m.end()).end())]
    # a page title repeating the number ('Công văn Số: 2728/TCT-DNL V/v …') is not the letter's own line
    own = [m for m in near if not _TITLED_SO.search(text[_line_bounds(text, m.start())[0]:m.start()])]
    if not near:  # 'Nghị quyết số: 653/2019/UBTVQH14' on the number line
        # or a site's heading 'THÔNG TƯ15/2017/TT-BCT': the type word glued to a number of that type
        near = [m for m in _TYPED_SO.finditer(text) if numbers.NUMBER_RE.match(text, m.end())
                and (motto is None or abs(m.start() - motto.start()) < 900)
                and (m.group("so") or orgs.fold(numbers.type_of(numbers.normalise_match(
                    numbers.NUMBER_RE.match(text, m.end()))) or "") == orgs.fold(m.group("type")))]
    so = (own or near or [None])[0]
    anchors = [a.start() for a in (motto, so) if a is not None]
    if not anchors:
        return 0, None
    anchor = min(anchors)
    start, _ = _line_bounds(text, anchor)
    nonblank = 0
    while True:
        prev = _prev_line_start(text, start)
        if prev is None:
            break
        line = text[prev:start - 1]
        if not _headerish(line) or nonblank >= 8:
            break
        if line.strip():
            nonblank += 1
        start = prev
    return start, so


def _issuer_segments(region: str) -> list[str]:
    region = INDEP_RE.sub("\n", MOTTO_TAIL_RE.sub("\n", MOTTO_RE.sub("\n", region)))
    out = []
    for line in region.split("\n"):
        for seg in segments(line):
            seg = re.sub(r"^\d+\.\s+", "", seg).strip(" *-–—_•·+")
            # the issuer's cell run into the number label on one line: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO Số :'
            seg = re.sub(r"(?:^|\s*)(?:Số|Sô|So|SỐ|S6|Sổ|SỔ|Sè|Sỗ|Sỏ|S0)\s*[:.]?\s*$", "", seg).strip(" *-–—_")
            if re.search(r"\d+\s*/\s*\S", seg):  # a number or code cell, not a body's name
                continue
            if seg and is_upper(seg) and not is_rule(seg) and not seg.startswith("SỐ") \
                    and not type_title(orgs.fold(seg)):  # 'THÔNG TƯ' glued to the number after it
                out.append(seg)
    return out


# a date line whose words OCR or a text spinner garbled: 'ngay 14 thảng 4 nãm 2017', 'ngày 14 mon 04 năm 2017'
OCR_DATE_RE = re.compile(r"\bng\S{1,2}[yỵý]\s*(\d{1,2})\s*[^\d\s]{2,6}\s*(\d{1,2})\s*n\S{1,3}\s*(\d{4})", re.I)


# ', ngày 5 tháng' and its OCR'd forms (', ngay 5 thang', ', ngàỵ 5 thảng'): a place-and-date line
DATELINE_RE = re.compile(r",\s*ng\S{1,2}[yỵý]\s*\d{1,2}\s*[^\d\s]{2,6}\s*\d", re.I)


def _place_date(text: str, start: int, stop: int) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """The first date in the header zone with a place before it (a garbled date line before a
    clean date cited further down is still the letter's)."""
    matches = sorted([*LONG_RE.finditer(text, start, stop), *OCR_DATE_RE.finditer(text, start, stop)],
                     key=lambda m: m.start())
    for m in matches:
        if not m.group(3):
            continue
        d = make(m.group(1), m.group(2), m.group(3))
        if not d:
            continue
        prefix = text[max(start, m.start() - 90):m.start()]
        prefix = re.split(r"\||\n\s*\n|\s{3,}|[():;]", prefix)[-1]
        pm = PLACE_RE.search(squash(prefix))
        if pm:
            return pm.group(1).strip(), iso(d), (m.start() - len(prefix), m.end())
    return None, None, None


def _is_stop(line: str) -> bool:
    s = line.strip()
    f = orgs.fold(s)
    return (not s or s == "|" or is_rule(s) or bool(KG_RE.match(s)) or f in URGENCY
            or bool(SECTION_LINE.match(s))
            or bool(type_title(f)) or bool(AUTHORITY_LINE.match(f)) or bool(MOTTO_RE.search(s))
            or bool(INDEP_RE.search(s)) or bool(numbers.SO_RE.match(s))
            or bool(DATELINE_RE.search(s)))


def _collect(text: str, pos: int, first: str, *, limit: int) -> tuple[str, int]:
    """Gather a subject that starts with *first* and runs over the following lines."""
    parts = [first]
    upper = is_upper(first)
    _, end = _line_bounds(text, pos)
    cursor = end + 1
    blank_run = 0
    while cursor < min(len(text), limit):
        ls, le = _line_bounds(text, cursor)
        line = text[ls:le]
        seg = (segments(line) or [""])[0]
        if not line.strip():
            blank_run += 1
            cursor = le + 1
            continue
        cites = upper and bool(numbers.SO_RE.match(seg)) and any(
            orgs.fold(parts[-1]).endswith(" " + t) for t in TYPE_TITLES)  # '… CỦA NGHỊ ĐỊNH' / 'SỐ 68/…'
        if _is_stop(seg) and not cites:
            break
        if upper and not is_upper(seg) and has_letters(seg):
            break
        bare_date = re.fullmatch(r"(?:Ngày|ngày)\s+\d{1,2}/\d{1,2}/\d{4}\.?", seg.strip())
        if bare_date:
            pass
        elif not upper:
            if BODY_START.match(seg) or parts[-1].rstrip().endswith(".") and seg[:1].isupper():
                break
            if is_upper(seg) and len(seg.split()) >= 3:  # 'GIÁM ĐỐC HỌC VIỆN …' after a sentence-case subject
                break
            if blank_run and not (seg[:1].islower() or len(seg) < 40 and not seg[:1].isalpha()
                                  or parts[-1].rstrip().endswith((";", ","))):
                break
        elif blank_run and not is_upper(seg):
            break
        elif blank_run and orgs.is_head_start(seg) and not orgs.fold(seg).startswith("BAN HÀNH"):
            break  # the issuing body named again as the authority, after a blank line
        parts.append(seg)
        blank_run = 0
        end = le
        cursor = le + 1
    return squash(" ".join(parts)), end


def _cut_inline(rest: str) -> str:
    """A subject written on the same line as other header items: stop at them."""
    rest = re.split(r"\s{3,}|\s\|\s?|Kính\s*gửi", rest)[0]
    m = DATELINE_RE.search(rest)
    if m:  # the place before ', ngày' belongs to the date, not the subject
        pm = PLACE_RE.search(rest[:m.start()])
        rest = rest[:pm.start()] if pm else rest[:m.start()]
    return rest.strip()


def read(text: str) -> Header:
    h = Header(text=text)
    h.start, so = find_start(text)
    window = min(len(text), h.start + 4000)

    # number
    num_m = None
    if so is not None:
        num_m = numbers.NUMBER_RE.match(text, so.end())
    if num_m is None:
        for m in numbers.SO_RE.finditer(text, h.start, window):
            num_m = numbers.NUMBER_RE.match(text, m.end())
            if num_m:
                break
    if num_m is None:  # 'S : 3134/…': a 'Số' the text layer clipped
        num_m = fallbacks.clipped_number(text, h.start, window)
    if num_m:
        h.number = numbers.normalise_match(num_m)
        h.number_span = (num_m.start(), num_m.end())

    # place and date: in the header, near the number (not a date cited in the body)
    date_stop = min(window, (h.number_span[1] + 700) if h.number_span else h.start + 1500)
    if h.number_span:  # the date written right after the number, even when its place is garbled
        near, near_span = fallbacks.date_after(text, h.number_span[1])
        placed = _place_date(text, h.start, date_stop)
        if near and placed[2] and placed[2][1] > near_span[1] + 40 and not PLACE_RE.search(
                squash(text[h.number_span[1]:near_span[0]])):
            h.issued_date, h.date_span = near, near_span
        else:
            h.place, h.issued_date, h.date_span = placed
            if h.issued_date is None and near:
                h.issued_date, h.date_span = near, near_span
    else:
        h.place, h.issued_date, h.date_span = _place_date(text, h.start, date_stop)
    if h.place is None:  # 'Đức Hợp, ngày ….. tháng 12 năm 2021': a draft's place, its day left blank;
        # 'Hà Nội, ngày*Ï tháng 11 năm 2024': a day OCR could not read; 'Hà Nội, ngày 07 tháng 06 n': a cut copy
        blank = re.search(r"([^\n|,]{2,40}),\s*ngày(?=\s*[.…_]{2,}|\S{1,3}\s*tháng|[^\n]{0,18}$)",
                          text[h.start:date_stop], re.M)
        if blank:
            pm = PLACE_RE.search(squash(blank.group(1)))
            h.place = pm.group(1).strip() if pm else None

    # recipients' line bounds the header zone
    kg = KG_RE.search(text, h.start, window)
    zone_end = kg.start() if kg else window

    # type title
    title_at = None
    pos = h.start
    lines = text[h.start:zone_end].split("\n")
    near_end = max([sp[1] for sp in (h.number_span, h.date_span) if sp] or [h.start]) + 900
    for i, ln in enumerate(lines):
        if pos > near_end:  # a title in capitals further down belongs to an annex, not this letter
            break
        f = orgs.fold(ln.strip(" |*")) if is_upper(ln) else ""  # a title is set in capitals
        after_number = pos > (h.number_span[0] if h.number_span else h.start)
        if type_title(f) and after_number:
            title_at = (pos, type_title(f), pos + len(ln))
            break
        # a title a web table broke over two lines ('THÔNG\nTƯ')
        if after_number and f and i + 1 < len(lines) and len(f) <= 8 and is_upper(lines[i + 1]) and \
                f"{f} {orgs.fold(lines[i + 1].strip(' |*'))}" in TYPE_TITLES:
            title_at = (pos, f"{f} {orgs.fold(lines[i + 1].strip(' |*'))}", pos + len(ln) + 1 + len(lines[i + 1]))
            break
        pos += len(ln) + 1

    # subject
    vv = VV_RE.search(text, h.start, zone_end)
    if vv and title_at and title_at[0] < vv.start():
        vv = None
    if vv:
        ls, le = _line_bounds(text, vv.end())
        first = _cut_inline(text[vv.end():le])
        inline_more = text[vv.end():le].strip() != first
        if inline_more:
            h.subject, send = first, vv.end() + len(first)
        else:
            h.subject, send = _collect(text, vv.end(), first, limit=zone_end)
        h.subject_span = (vv.start(), send)
    elif title_at:
        cursor = title_at[2] + 1
        while cursor < zone_end:
            ls, le = _line_bounds(text, cursor)
            line = text[ls:le].strip()
            if line and not is_rule(line) and line != "|":
                if GAZETTE_LEAD.match(line) or not _is_stop(line) and not BODY_START.match(line):
                    h.subject, send = _collect(text, ls, line, limit=zone_end)
                    h.subject_span = (ls, send)
                break
            cursor = le + 1
    else:
        after = max([s[1] for s in (h.number_span, h.date_span) if s] or [h.start])
        ve = VE_RE.search(text, after, min(zone_end, after + 300))
        if ve and not numbers.type_of(h.number):
            ls, le = _line_bounds(text, ve.start())
            first = _cut_inline(text[ve.start():le])
            h.subject, send = _collect(text, ve.start(), first, limit=zone_end)
            h.subject_span = (ls, send)
        elif numbers.type_of(h.number) and numbers.type_of(h.number) != "Công văn":
            cursor = _line_bounds(text, after)[1] + 1
            for _ in range(6):
                ls, le = _line_bounds(text, cursor)
                line = text[ls:le].strip(" |")
                if line and is_upper(line) and not _is_stop(line) and len(line) > 12:
                    h.subject, send = _collect(text, ls, line, limit=zone_end)
                    h.subject_span = (ls, send)
                    break
                if line and not _headerish(line):
                    break
                cursor = le + 1

    if h.subject is None and not title_at and h.date_span:  # '…, ngày 5 tháng 3 năm 2007 QUYẾT ĐỊNH BAN HÀNH …'
        run = fallbacks.title_after_date(text, h.date_span[1], zone_end)
        if run:
            if run[0]:
                title_at = (run[2][0], orgs.fold(run[0]), run[2][0])
            h.subject, h.subject_span = run[1], run[2]
    if h.subject is None and not title_at:  # 'QUYẾT ĐỊNH BAN HÀNH … ỦY BAN NHÂN DÂN TỈNH … Căn cứ'
        inline = fallbacks.inline_title(text, h.start, zone_end, numbers.type_of(h.number))
        if inline:
            title_at = (inline[2][0], orgs.fold(inline[0]), inline[2][0])
            if inline[1]:
                h.subject, h.subject_span = inline[1], inline[2]

    # a portal post with no letterhead: 'Về việc … (3585/VP-KTN, ngày 23/10/2017).'
    if h.number is None:
        post = fallbacks.portal_title(text)
        if post:
            h.number, h.number_span = post["number"], post["span"]
            h.issued_date = h.issued_date or post["issued_date"]
            h.subject = h.subject or post["subject"]
            h.subject_span = h.subject_span or post["span"]

    if h.number is None:  # '(Theo Công văn số 6012/UBND-KT, ngày 14/11/2023)' closing a portal's relay
        src = furniture.source_line(text)
        if src:
            h.number, h.number_span = src["number"], src["span"]
            h.issued_date = h.issued_date or src["issued_date"]
    if h.issued_date is None:  # the date line lost or cut: the document site's attribute table
        h.issued_date = furniture.attribute_date(text, h.number_span[0] if h.number_span else h.start)

    # document type
    if title_at:
        h.doc_type = title_at[1][:1] + title_at[1][1:].lower()
    elif numbers.type_of(h.number):
        h.doc_type = numbers.type_of(h.number)
    elif h.number or vv:
        h.doc_type = "Công văn"

    # urgency: a mark standing alone in the header zone
    for ln in text[h.start:zone_end + 1].split("\n"):
        for seg in segments(ln):
            u = URGENCY.get(orgs.fold(seg.strip(" .:*")))
            if u:
                h.urgency = u
                break
        if h.urgency:
            break

    # recipients
    body_start = max([s[1] for s in (h.number_span, h.date_span, h.subject_span) if s] or [h.start])
    if kg:
        h.recipients, body_start = _recipients(text, kg.end())
    h.body_start = body_start

    # issuer
    region_end = h.number_span[0] if h.number_span and h.number_span[0] > h.start else (
        h.date_span[0] if h.date_span else h.start)
    if region_end <= h.start:
        region_end = min(zone_end, h.start + 600)
        # a blank 'Số:   /TB-UBND' or the type title still closes the issuer's cell
        stop = re.search(r"^\s*(?:Số|SỐ)\b|^\s*(?:" + "|".join(TYPE_TITLES) + r")\s*$",
                         text[h.start:region_end], re.M)
        if stop and stop.start() > 0:
            region_end = h.start + stop.start()
    segs = _issuer_segments(text[h.start:region_end])
    h.bodies = orgs.split_bodies(" ".join(segs)) if segs else []
    _issuer(h)
    _joint_chain(h, text[h.start:region_end])
    fallbacks.site_title_over_damage(h)
    gazette = fallbacks.gazette_title(text, h.start, min(len(text), h.start + 1500))
    if gazette:
        h.doc_type, h.subject = gazette["doc_type"], gazette["subject"]
        h.issuer, h.issuer_parent = orgs.display(gazette["issuer"]), None
        h.number = h.number or gazette["number"]
    h.subject = fallbacks.tidy_subject(
        _drop_issuer_tail(_drop_run_on(_drop_gazette_lead(h.subject, h.issuer)), h.issuer), h.doc_type)
    return h


# the authority line a text layer ran onto the end of a sentence-case title: '… trên địa bàn tỉnh Thái
# Nguyên UỶ BAN NHÂN DÂN TỈNH THÁI NGUYÊN', '… Thủ Đức HIỆU TRƯỞNG TRƯỜNG CAO ĐẲNG …' (not after 'CỦA', …)
_RUN_ON_AUTHORITY = re.compile(
    r"(?<=\S)(?<!CỦA)(?<!\bVÀ)(?<!VỚI)(?<!TẠI)\s+(?:(?:CHỦ TỊCH\s+)?(?:ỦY|UỶ) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|CHÍNH PHỦ|"
    r"(?:PHÓ\s+)?(?:HIỆU TRƯỞNG|BỘ TRƯỞNG|GIÁM ĐỐC|CHỦ TỊCH|THỦ TƯỚNG))\b[^" + VI_LOWER + r"]*$")


def _drop_run_on(subject: str | None) -> str | None:
    """A subject a one-line text layer ran on into the motto or the authority line: cut them off."""
    if not subject:
        return subject
    subject = squash(subject)
    m = MOTTO_RE.search(subject) or INDEP_RE.search(subject)
    if m and m.start() > 15:
        subject = subject[:m.start()].rstrip(" -–|")
    m = _RUN_ON_AUTHORITY.search(subject)
    # only after a sentence-case title: in capitals, 'CỦA THỦ TƯỚNG CHÍNH PHỦ …' may be the title's own words
    if m and m.start() > 15 and any(c.islower() for c in subject[:m.start()]):
        subject = subject[:m.start()]
    return subject


_AUTHORITY_TITLE = r"(?:(?:PHÓ\s+)?(?:CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC|HIỆU TRƯỞNG|THỦ TƯỚNG|VIỆN TRƯỞNG|CHÁNH ÁN)\s+)?"


def _drop_issuer_tail(subject: str | None, issuer: str | None) -> str | None:
    """A title in capitals a text layer ran into the authority line, which names the issuer again:
    '… ĐẾN NĂM 2010 ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', '… NĂM 2021 CHÍNH PHỦ',
    '… TỈNH BẮC NINH CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH' (kept after 'CỦA', 'VÀ', … which lead into a name)."""
    if not subject or not issuer or any(c.islower() for c in subject):
        return subject
    name = orgs.fold(issuer).replace("UBND", "ỦY BAN NHÂN DÂN").replace("HĐND", "HỘI ĐỒNG NHÂN DÂN").split()
    subject = squash(subject)
    folded = orgs.fold(subject)  # same length: fold only upper-cases and respells within words
    for n in range(len(name), min(len(name), 2) - 1, -1):
        m = re.search(r"(?<!\S)" + _AUTHORITY_TITLE + r"\s+".join(map(re.escape, name[:n])) + r"$", folded)
        if m and m.start() > 15:
            before = folded[:m.start()].split()
            if before and before[-1] not in ("CỦA", "VÀ", "VỚI", "GIỮA", "CHO", "TẠI"):
                return subject[:m.start()].rstrip()
    return subject


def _drop_gazette_lead(subject: str | None, issuer: str | None) -> str | None:
    """'SỐ … NGÀY … CỦA BỘ TÀI CHÍNH QUY ĐỊNH …' -> 'QUY ĐỊNH …' (the subject after the issuer)."""
    m = GAZETTE_LEAD.match(subject or "")
    if not m:
        return subject
    rest = subject[m.end():]
    if issuer:
        of = re.match(r"CỦA\s+" + r"\s+".join(map(re.escape, orgs.fold(issuer).split())) + r"\s+", orgs.fold(rest))
        if of:
            return rest[of.end():]
    return rest


def _recipients(text: str, pos: int) -> tuple[list[str] | None, int]:
    ls, le = _line_bounds(text, pos)
    rest = text[pos:le]
    collected = [rest]
    end = le
    started = bool(rest.strip(" |"))
    cut = re.search(rf"[.]\s+(?={UP}{LOW})", rest)
    if cut and not re.match(r"\s*[-–]", rest[cut.end():]):
        collected = [rest[:cut.start() + 1]]
        end = pos + cut.end()
    elif not rest.strip(" |").endswith(".") or not started:
        cursor = le + 1
        while cursor < len(text):
            ls2, le2 = _line_bounds(text, cursor)
            line = text[ls2:le2]
            s = line.strip()
            if not s or s == "|":
                if started:
                    break
                cursor = le2 + 1
                continue
            seg = segments(line)[0] if segments(line) else s
            dash = bool(re.match(r"^[-–•+]\s*", seg))
            prev = collected[-1].strip()
            if not dash and started and (prev.endswith((";", ".")) or BODY_START.match(seg)
                                         or seg[:1].isupper() and not prev.endswith(",")):
                break
            if not dash and not started and len(seg) > 150:
                break
            collected.append(("\n" if dash else " ") + seg)
            started = True
            end = le2
            cursor = le2 + 1
    blob = "".join(collected)
    items = re.split(r"\n|;|(?:^|\s)[-–•+]\s+", blob)
    out = []
    for it in items:
        it = re.sub(r",(?=\w)", ", ", squash(it)).strip(" -–•+.;,|")
        if it and re.search(r"\w{2,}", it) and not re.fullmatch(r"[.…\s]+", it):
            out.append(it)
    return (out or None), end


_NOT_IN_NAMES = {"KHÓA", "KHOÁ", "KỲ", "CĂN", "CHỦ", "TỊCH", "VỀ", "NGÀY", "SỐ", "QUYẾT", "ĐỊNH", "Ủy", "ỦY"}


def _mentioned_locality(text: str, head: str) -> str | None:
    """Locality of the first 'Ủy ban nhân dân tỉnh X'-style mention with a name, on one line
    (never the next line's 'Căn cứ' or 'KHÓA XVIII'); a 'tỉnh' must be a province, so a
    person named after the body ('UBND tỉnh Lại Thanh Sơn') is passed over."""
    pat = {"UBND": r"(?:Ủy|Uỷ|ỦY|UỶ)\s+(?:ban|BAN)\s+(?:nhân|NHÂN)\s+(?:dân|DÂN)|UBND",
           "HĐND": r"(?:Hội|HỘI)\s+(?:đồng|ĐỒNG)\s+(?:nhân|NHÂN)\s+(?:dân|DÂN)|HĐND"}[head]
    for m in re.finditer(rf"(?:{pat})[ \t]+((?:tỉnh|thành phố|TỈNH|THÀNH PHỐ)(?:[ \t]+{UP}(?:{LOW}+|{UP}*)){{1,4}})", text):
        words = m.group(1).split()
        # keep only the capitalised words of the name
        keep = [words[0]] + ([words[1]] if words[0].lower() == "thành" else [])
        for w in words[len(keep):]:
            if w[:1].isupper() and orgs.fold(w) not in _NOT_IN_NAMES:
                keep.append(w)
            else:
                break
        if len(keep) > (2 if keep[0].lower() == "thành" else 1):
            loc = orgs.locality_case(" ".join(keep))
            if not loc.startswith("tỉnh ") or orgs.locality_for_place(loc[5:]):
                return loc
    return None


_CENTRAL_COMMITTEES = ("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN BÍ THƯ TRUNG ƯƠNG", "BAN THƯỜNG VỤ TRUNG ƯƠNG")


def _union_name(issuer: str, head: str) -> str:
    """'Ban Chấp hành Trung ương' over 'ĐOÀN TNCS HỒ CHÍ MINH' (or the party's name), where a
    national motto would stand: the committee is the union's (the party's)."""
    if orgs.fold(issuer) not in _CENTRAL_COMMITTEES:
        return issuer
    if re.search(r"ĐOÀN\s+TNCS\s+HỒ\s+CHÍ\s+MINH", head):
        return f"{issuer} Đoàn TNCS Hồ Chí Minh"
    if re.search(r"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM", head):
        return f"{issuer} Đảng"
    return issuer


def _joint(bodies: list[str], doc_type: str | None) -> str | None:
    """Issuers of a joint text ('… liên tịch'), written as clerks do: 'A - B'."""
    if not doc_type or "liên tịch" not in doc_type.lower() or len(bodies) < 2:
        return None
    names = [orgs.display(b.strip(" -–")) for b in bodies if b.strip(" -–")]
    return " - ".join(names) if len(names) >= 2 else None


JOINT_MARK = re.compile(r"\s*\bLIÊN\s+(?:NGÀNH|SỞ|CƠ QUAN)\s*:?$")


def _dash_chain(region: str) -> list[str]:
    """Bodies a letterhead writes as one joint name over several lines, each but the last
    ending in a dash ('SỞ TÀI CHÍNH -' / 'SỞ CÔNG THƯƠNG'); [] when there is none."""
    lines = [ln.strip(" |*") for ln in region.split("\n")]
    for i, ln in enumerate(lines):
        chain = []
        j = i
        while j + 1 < len(lines) and re.search(r"\s[-–]$", lines[j]) and orgs.is_head_start(lines[j]) \
                and orgs.is_head_start(lines[j + 1]) and is_upper(lines[j + 1]):
            chain.append(lines[j].rstrip(" -–"))
            j += 1
        if chain:
            return chain + [lines[j]]
    return []


def _joint_chain(h: Header, region: str) -> None:
    """A joint letterhead ('LIÊN NGÀNH / SỞ TÀI CHÍNH - / SỞ CÔNG THƯƠNG'): the issuer is
    the joint name, the parent the body above it."""
    chain = _dash_chain(region)
    if not chain or h.issuer is None or " - " in h.issuer:
        return
    h.issuer = " - ".join(orgs.display(b) for b in chain)
    folded = {orgs.fold(b) for b in chain}
    rest = [JOINT_MARK.sub("", orgs.fold(b)).strip() for b in h.bodies if orgs.fold(b) not in folded]
    rest = [b for b in rest if b]
    h.issuer_parent = orgs.display(rest[-1]) if rest else None


def _issuer(h: Header) -> None:
    text = h.text
    bodies = h.bodies
    if bodies and not orgs.is_head_start(bodies[-1]) and orgs.CODE_BODIES.get(numbers.issuer_code(h.number) or ""):
        bodies = []  # capitals above the number that name no body ('TƯ VẤN & DỊCH VỤ'): the code names it
    if bodies:
        issuer = bodies[-1]
        parent = bodies[-2] if len(bodies) > 1 else None
        d_issuer = orgs.display(issuer)
        if d_issuer in ("UBND", "HĐND") and not orgs.locality_of(issuer):
            auth = re.search(rf"(?:CHỦ TỊCH\s+)?(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN\s+((?:TỈNH|THÀNH PHỐ|HUYỆN)(?:[ \t]+{UP}+(?!{LOW}))+)",
                             text[h.start:h.start + 3000])
            loc = (orgs.locality_of("X " + auth.group(1)) if auth else None) \
                or _mentioned_locality(text, d_issuer) or orgs.locality_for_place(h.place) \
                or furniture.attribute_locality(text, h.start)
            d_issuer = f"{d_issuer} {loc}" if loc else d_issuer
        # a header cell cut short ('BỘ TÀI NGUYÊN VÀ'): the code names the whole body
        by_code = orgs.CODE_BODIES.get(numbers.issuer_code(h.number) or "")
        if by_code and re.search(r"(?:\bVÀ|,|-|–)$", orgs.fold(issuer)) and \
                orgs.fold(by_code).startswith(orgs.fold(d_issuer)):
            d_issuer = by_code
        if by_code and by_code not in ("UBND", "HĐND") and orgs.bare(by_code) == orgs.bare(d_issuer):
            d_issuer = by_code  # a name a broken font misspelt ('BỘ CƠNG THƯƠNG'), spelt as the code names it
        h.issuer = _union_name(d_issuer, text[h.start:h.start + 600])
        h.issuer_parent = orgs.display(parent) if parent else None
        joint = _joint(bodies, h.doc_type)
        if joint:
            h.issuer, h.issuer_parent = joint, None
        return
    code = numbers.issuer_code(h.number)
    body = orgs.CODE_BODIES.get(code or "")
    if not body:
        return
    if body in ("UBND", "HĐND"):
        loc = _mentioned_locality(text, body) or orgs.locality_for_place(h.place) \
            or furniture.attribute_locality(text, h.start) or furniture.province_near_top(text)
        h.issuer = f"{body} {loc}" if loc else body
    elif body == "Văn phòng":
        h.issuer = "Văn phòng"
        m = re.search(r"Văn phòng\s+(?:Ủy|Uỷ|ỦY)\s+ban\s+nhân\s+dân\s+(tỉnh|thành phố|huyện)", text, re.I)
        loc = _mentioned_locality(text, "UBND") or orgs.locality_for_place(h.place)
        if m or loc:
            h.issuer_parent = f"UBND {loc}" if loc else "UBND " + m.group(1).lower()
    else:
        h.issuer = body
        if body.startswith("Sở "):
            loc = orgs.locality_for_place(h.place)
            h.issuer_parent = f"UBND {loc}" if loc else None
