"""The recipients after 'Kính gửi:', one a line or several on one line."""
from __future__ import annotations

import re

from . import orgs
from .layout import BODY_START, COPIED_TO_RE, KG_RE, line_bounds
from .text import LOW, UP, segments, squash


# what an addressee's name begins with: a dash before it starts another item ('- Sở Y tế - Sở Tài chính'), a
# dash before anything else joins a name ('Sở Lao động - Thương binh và Xã hội', 'Sở Giáo dục - Khoa học …')
_ADDRESSEE_HEAD = (r"(?:Sở|UBND|HĐND|Ủy|Uỷ|Bộ|Phòng|Ban|Trường|Các|Chủ|Giám|Thủ|Cục|Chi|Trung|Văn|Bệnh|Hội|Đoàn|"
                   r"Liên|Đài|Báo|Công|Kho|Thanh|Tổng|Viện|Học|Đảng|Tỉnh|Thành|Huyện|Quận|Hiệu|Lãnh|Cơ|Đơn|Như|"
                   r"Bảo|Cảnh|Tòa|Ngân|Đồng|Ông|Bà|Quý)")


# a person addressed with the role after a dash: the dash joins them
_PERSON_ROLE = re.compile(r"((?:^|(?<=[\n;:]))\s*(?:[-–•+]\s*)?(?:Ông|Bà|Đồng chí|Đ/c)\s+[^\n;\-–]{2,60}?)\s+[-–]\s+")
_PARTICULARS = r"(?:Đ/c|Địa chỉ|ĐC|MST|Mã số thuế|Mã số doanh nghiệp|Điện thoại|ĐT|Email|Fax)"  # a firm's, not its name
_ADDRESS_RE = re.compile(rf"\s*\(\s*{_PARTICULARS}\s*:.*$", re.I)
# ... on lines of their own under it ('Mã số thuế: 1102…;', 'Địa chỉ nhận thông báo: Lô A8 …'): not addressees
_PARTICULARS_RE = re.compile(rf"^\(?\s*{_PARTICULARS}\b[^:]{{0,30}}:", re.I)


def _more_after_blank(text: str, at: int, prev: str) -> bool:
    """Whether a list a copy double-spaced goes on after the blank line: the item before it is open
    (';' or ',', not '.') and the next line that is not blank is another dashed item."""
    if prev.strip().endswith(".") or not prev.strip().endswith((";", ",")):
        return False
    nxt = re.match(r"(?:[ \t|]*\n){0,2}[ \t|]*(\S[^\n]*)", text[at:])
    return bool(nxt) and bool(re.match(r"[-–•+]\s*\S", nxt.group(1)))


def _debris(rest: str, text: str, le: int) -> bool:
    """OCR's specks after the label ('Kính gửi: DA ä .') with the dashed list below it: no addressee."""
    s = rest.strip(" |.,;:")
    return bool(s) and not re.match(_ADDRESSEE_HEAD + r"\b", s) and not re.search(r"\w{3,}", s) \
        and bool(re.match(r"[ \t|]*\n[ \t|]*[-–•+][ \t]*\S", text[le:le + 200]))


def _firm_goes_on(prev: str, seg: str, text: str, at: int) -> bool:
    """A firm's name going on to the line above its particulars ('Chi nhánh Công ty TNHH KGL' / 'Việt Nam tại TP.
    HCM.' / '(Đ/c: …)'): the line before it left open, the line itself no label of its own ('Mã sô thuê: …')."""
    if prev.endswith((".", ";", ",")) or ":" in seg or len(seg) >= 80:
        return False
    nxt = re.match(r"[ \t|]*\n[ \t|*_]*(\S[^\n]*)", text[at:at + 300])
    return bool(nxt) and bool(_PARTICULARS_RE.match(nxt.group(1)))


def _place_goes_on(prev: str, seg: str) -> bool:
    """A province's name broken at the line's end ('… các tỉnh: Hưng Yên, Ninh' / 'Bình, Bắc Ninh, …')."""
    last, first = prev.split()[-1:], seg.split()[:2]
    return bool(last) and not orgs.locality_for_place(last[0]) \
        and any(orgs.locality_for_place(" ".join(last + first[:n]).rstrip(",;.")) for n in (1, 2))


_DANGLING = re.compile(r"\s(?:thuộc|trực thuộc|của|và|các|cơ quan|ngang)\s*$")


def read_recipients(text: str, pos: int) -> tuple[list[str] | None, int]:
    ls, le = line_bounds(text, pos)
    rest = text[pos:le]
    if _debris(rest, text, le):
        rest = ""
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
            ls2, le2 = line_bounds(text, cursor)
            line = text[ls2:le2]
            s = line.strip()
            if not s or s == "|":
                if started and not _more_after_blank(text, le2 + 1, collected[-1]):
                    break
                cursor = le2 + 1
                continue
            seg = segments(line)[0] if segments(line) else s
            if started and KG_RE.match(seg.strip("*_ ")) or COPIED_TO_RE.match(seg.strip("*_ ")):
                break  # another label: those the letter is copied to ('Đồng kính gửi:') are not its addressees
            dash = bool(re.match(r"^[-–•+]\s*", seg))
            prev = collected[-1].strip()
            # items without dashes, each closed by ';' and the last by '.', go on; a sentence does not; an item
            # a narrow column broke after a word or two ('- Ban' / 'Chỉ huy PCLB huyện;') goes on on the next line
            # (the first line of an item, not a name's tail that went on from the line before: '… trực thuộc trung' /
            # 'ương' / 'Triển khai …' ends there)
            stub = len(prev.lstrip("-–•+ ").split()) <= 2 and not prev.endswith((".", ";", ",", ":")) \
                and (len(collected) == 1 or collected[-1].startswith("\n"))
            goes_on = _place_goes_on(prev, seg) or _firm_goes_on(prev, seg, text, le2)
            if not dash and started and not stub and not goes_on and (
                    prev.endswith(".") or BODY_START.match(seg) or len(seg) > 150
                    or seg[:1].isupper() and not prev.endswith((",", ";")) and not _DANGLING.search(prev)):
                break  # (a name the line broke after a word that leads on: '… cơ quan thuộc' / 'Chính phủ')
            # (a sentence, not an addressee; but one addressee may list many places: 'Ủy ban nhân dân các tỉnh Gia Lai,
            # Đắk Lắk, Đắk Nông, …, Quảng Trị.')
            if not dash and not started and len(seg) > 150 and not (
                    len(seg) <= 400 and seg.count(",") >= 4 and re.match(_ADDRESSEE_HEAD + r"\b", seg)):
                break
            collected.append(("\n" if dash else " ") + seg)
            started = True
            end = le2
            cursor = le2 + 1
    blob = "".join(collected)
    blob = _PERSON_ROLE.sub(lambda m: m.group(1) + " \x00 ", blob)  # 'Ông X - Giám đốc Công ty Y' is one addressee
    items = [it.replace("\x00", "-") for it in
             re.split(r"\n|;|^\s*[-–•+]\s+|\s[-–•+]\s+(?=" + _ADDRESSEE_HEAD + r"\b)", blob)]
    out = []
    for it in items:
        it = re.sub(r",(?=\w)", ", ", squash(it)).strip(" -–•+.;,|")
        it = _ADDRESS_RE.sub("", it)  # 'Công ty X (Đ/c: …, Hà Nội - MST: 0107…)': the firm, not its address
        if it and re.search(r"\w{2,}", it) and not re.fullmatch(r"[.…\s]+", it) and not _PARTICULARS_RE.match(it):
            out.append(it)
    return (out or None), end
