"""What a text layer ran onto a subject's ends: the motto or the authority line after a title, a telegram's
sender, the authority line naming the issuer again, the body's opening sentence, a gazette title's lead."""
from __future__ import annotations

import re

from . import orgs
from .layout import BODY_START, GAZETTE_LEAD, INDEP_RE, LEADS_INTO_NAME, MOTTO_RE
from .text import VI_LOWER, in_capitals, squash

# Nguyên UỶ BAN NHÂN DÂN TỈNH THÁI NGUYÊN', '… Thủ Đức HIỆU TRƯỞNG TRƯỜNG CAO ĐẲNG …' (not after 'CỦA', …)
_RUN_ON_AUTHORITY = re.compile(
    r"(?<=\S)(?<!CỦA)(?<!\bVÀ)(?<!VỚI)(?<!TẠI)\s+(?:(?:CHỦ TỊCH\s+)?(?:ỦY|UỶ) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|CHÍNH PHỦ|"
    r"(?:PHÓ\s+)?(?:HIỆU TRƯỞNG|BỘ TRƯỞNG|GIÁM ĐỐC|CHỦ TỊCH|THỦ TƯỚNG))\b[^" + VI_LOWER + r"]*$")


# a head's title before the name of the body it heads ('CHỦ TỊCH UBND …', 'TRƯỞNG BAN CHỈ ĐẠO …', 'TỔNG KIỂM TOÁN NHÀ NƯỚC')
_HEADS = (r"(?:PHÓ\s+)?(?:CHỦ TỊCH|BỘ TRƯỞNG|TỔNG GIÁM ĐỐC|GIÁM ĐỐC|HIỆU TRƯỞNG|THỦ TƯỚNG|VIỆN TRƯỞNG|CHÁNH ÁN|"
          r"TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|TRƯỞNG(?=\s+BAN\b)|TỔNG(?=\s+KIỂM TOÁN\b))")
_WIRED_BY = re.compile(r"\s+(?:" + _HEADS + r"|(?:ỦY|UỶ) BAN|BAN CHỈ)[^" + VI_LOWER + r"]*\s+điện\s*:?\s*$")


def drop_run_on(subject: str | None, after: str = "") -> str | None:
    """A subject a one-line text layer ran on into the motto or the authority line: cut them off. *after*, the
    text following it, ends a telegram's sender a line break cut ('… TRUNG BỘ THỦ' / 'TƯỚNG CHÍNH PHỦ điện:')."""
    if not subject:
        return subject
    subject = re.sub(r"^[_~|•*„‚`´]+(?=[^\W\d_])", "", squash(subject))  # a speck glued before it ('_VỀ VIỆC …')
    m = MOTTO_RE.search(subject) or INDEP_RE.search(subject)
    if m and m.start() > 15:
        subject = subject[:m.start()].rstrip(" -–|")
    if not in_capitals(subject):  # the urgency mark printed beside the header ('… Ngày 26/11/2018 KHẨN')
        subject = re.sub(r"\s+(?:HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN)$", "", subject)
    following = re.match(r"\s*([^\n]*)", after).group(1)
    # a telegram's sender run on ('… MIỀN TRUNG THỦ TƯỚNG CHÍNH PHỦ điện:'), or begun on its last line
    wired = _WIRED_BY.search(subject) or re.search(r"\bđiện\s*:?\s*$", following) \
        and _WIRED_BY.search(f"{subject} {following}")
    if wired and 15 < wired.start() < len(subject):
        subject = subject[:wired.start()]
    m = _RUN_ON_AUTHORITY.search(subject)
    # only after a sentence-case title: in capitals, 'CỦA THỦ TƯỚNG CHÍNH PHỦ …' may be the title's own words
    if m and m.start() > 15 and not in_capitals(subject[:m.start()]):
        subject = subject[:m.start()]
    return subject


_HEAD_TITLE = rf"(?:{_HEADS}\s+)"
_AUTHORITY_TITLE = _HEAD_TITLE + "?"


def drop_issuer_tail(subject: str | None, issuer: str | None, after: str = "") -> str | None:
    """A title in capitals a text layer ran into the authority line, which names the issuer again:
    '… ĐẾN NĂM 2010 ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', '… NĂM 2021 CHÍNH PHỦ',
    '… TỈNH BẮC NINH CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH' (kept after 'CỦA', 'VÀ', 'THUỘC', … which lead into a name,
    and after a comma, where the title lists it). *after*, the text following the subject, finishes a name
    a line break cut ('… ỦY BAN NHÂN DÂN TỈNH TRÀ' / 'VINH Căn cứ …'), or tells that the body opens right after a
    name the authority line gave short ('… ỦY BAN NHÂN DÂN TỈNH Căn cứ …')."""
    if not subject or not issuer or not in_capitals(subject):
        return subject
    name = orgs.fold(issuer).replace("UBND", "ỦY BAN NHÂN DÂN").replace("HĐND", "HỘI ĐỒNG NHÂN DÂN").split()
    subject = squash(subject)
    folded = orgs.fold(subject)  # same length: fold only upper-cases and respells within words
    rest = orgs.fold(after).split()
    into_body = bool(BODY_START.match(after.lstrip(" \t|")))  # ('… ỦY BAN NHÂN DÂN TỈNH Căn cứ …': the name cut short)
    for n in range(len(name), min(len(name), 2) - 1, -1):
        title = _AUTHORITY_TITLE if n == len(name) else _HEAD_TITLE  # a part of the name only after
        if 4 <= n < len(name) and (rest[:len(name) - n] == name[n:] or into_body):
            title = _AUTHORITY_TITLE  # the whole name, its last words on the next line
        # a head's title ('… CÁC CHẾ ĐỘ BẢO HIỂM XÃ HỘI' ends a title; '… CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH' does not)
        m = re.search(r"(?<!\S)" + title + r"\s+".join(map(re.escape, name[:n])) + r"$", folded)
        if m and m.start() > 15:
            before = folded[:m.start()].split()
            # ('… CỦA UBND TỈNH, CHỦ TỊCH UBND TỈNH': a list in the title)
            if before and before[-1] not in LEADS_INTO_NAME and not before[-1].endswith(","):
                return subject[:m.start()].rstrip()
    return subject


_BODY_VERB = re.compile(
    r"\s+(?:THÔNG BÁO|ĐỀ NGHỊ|TRÂN TRỌNG|KÍNH (?:GỬI|ĐỀ NGHỊ|BÁO)|NHẬN ĐƯỢC|XIN|CÓ Ý KIẾN|BÁO CÁO)\b")


def drop_body_opening(subject: str | None, issuer: str | None) -> str | None:
    """A sentence-case title a one-line copy ran on into the body, which opens by naming the issuer and what
    it does: '… năm 2019 tại Hà Nội Trường Đại học Thủy lợi thông báo kế hoạch …' -> '… năm 2019 tại Hà Nội'
    (kept after 'của', 'và', … which lead into a name)."""
    if not subject or not issuer or in_capitals(subject):
        return subject
    subject = squash(subject)
    folded = orgs.fold(subject)
    name = r"\s+".join(map(re.escape, orgs.fold(issuer).split()))
    for m in re.finditer(r"(?<!\S)" + name + r"(?=" + _BODY_VERB.pattern + ")", folded):
        before = folded[:m.start()].split()
        if m.start() > 15 and before and before[-1] not in LEADS_INTO_NAME:
            return subject[:m.start()].rstrip(" ,:")
    return subject


def drop_gazette_lead(subject: str | None, issuer: str | None) -> str | None:
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
