"""A header a text layer damaged ('S : 3134/2008/Q -UBND Cao B ng, ngày …'): the document site's own title
line above the letter ('Quyết định số … của <issuer> về việc <subject>') says what the header no longer can;
an old gazette title carries the whole header in one line of capitals."""
from __future__ import annotations

import re

from . import numbers, orgs
from .fallbacks import TYPES_ALT
from .text import LOW, is_upper, squash


def degraded(fragment: str) -> bool:
    """True when a text layer lost letters: many one-letter 'words' ('C NG HOÀ XÃ H I')."""
    words = re.findall(r"[^\W\d_]+", fragment)
    if len(words) < 12:
        return False
    singles = [w for w in words if len(w) == 1 and w not in ("Đ", "đ", "ô", "ở", "ý", "ủ")]
    return len(singles) / len(words) > 0.12


_SITE_TITLE_RE = re.compile(
    rf"^[^\S\n]*(?P<type>{TYPES_ALT})[^\S\n]+(?:số[^\S\n]*:?[^\S\n]*)?(?P<num>\d{{1,5}}[^\s,/]*[ \t]?/[^\s,]+)\s+(?P<rest>\S.*)$",
    re.M)


def site_title(text: str, stop: int, bare: bool = False) -> dict | None:
    """The document site's own title line: '<Type> số <number> của <issuer> về việc <subject>'; with *bare*,
    also one that names the letter in its own words ('Công văn 572/UBND-KGVX 2021 Hà Nội cho học sinh …'),
    for its number alone."""
    for m in _SITE_TITLE_RE.finditer(text, 0, max(0, stop)):
        rest = m.group("rest").strip()
        wrapped = re.match(rf"\n[ \t]*({LOW}[^\n]*)", text[m.end():])
        if wrapped and not rest.endswith((".", ":", ";")) and not re.search(r"\sban hành$", rest):
            rest = f"{rest} {wrapped.group(1).strip()}"  # the title wrapped onto the next line ('… chế độ' / 'báo cáo …')
        issuer = subject = None
        by = re.search(r"\s+do\s+(.{3,120}?)\s+ban hành\.?$", rest)
        if by:
            issuer, rest = by.group(1), rest[:by.start()]
        of = re.match(r"của\s+(.{3,120}?)\s+(?=về\s+việc\b|V/v\b|về\b)", rest)
        if of:
            issuer = issuer or of.group(1)
            rest = rest[of.end():]
        lead = re.match(r"(?:về\s+việc|V/v|về)\s*:?\s+", rest, re.I)
        if lead:
            subject = rest[lead.end():].strip(" .")
        if subject or issuer or bare:
            return {"doc_type": m.group("type"), "number": numbers.normalise(m.group("num")),
                    "issuer": issuer, "subject": subject}
    return None


def looks_damaged(number: str | None) -> bool:
    """A code whose type part is a lone letter no type is written with ('3134/2008/Q-UBND')."""
    if not number:
        return True
    first = number.split("/")[-1].split("-")[0]
    return len(first) == 1 and first not in numbers.TYPE_CODES


def same_serial(a: str | None, b: str | None) -> bool:
    """Two numbers with the same serial (and year, when both give one)."""
    if not a or not b:
        return False
    pa, pb = a.split("/"), b.split("/")
    return pa[0] == pb[0]


def site_title_over_damage(h) -> None:
    """A header the text layer damaged: fall back on the document site's title line."""
    text = h.text
    damaged = degraded(text[h.start:h.start + 900])
    stop = h.number_span[0] if h.number_span else min(len(text), 3000)
    if not damaged and h.number:
        # a print view's title line repeating the number and the subject its header no longer shows
        line_end = text.find("\n", stop)  # (the title line may itself be where the number was read)
        st = site_title(text, len(text) if line_end < 0 else line_end) if h.subject is None else None
        if st and st["subject"] and numbers.same(st["number"], h.number):
            h.subject = st["subject"]
        return
    # (a title line above the letter that names it only in its own words gives the number a header lost)
    st = site_title(text, stop) or (site_title(text, h.start, bare=True) if h.number is None else None)
    if not st or not st["number"]:
        return
    if h.number is None or looks_damaged(h.number) and same_serial(h.number, st["number"]):
        h.number = st["number"]
    if not damaged and h.doc_type and h.issuer and h.subject:
        return
    h.doc_type = numbers.type_of(h.number) or st["doc_type"]
    # (a site naming only the province, '… do tỉnh Bắc Ninh ban hành', never displaces a body the letterhead or
    # the code named: 'Sở Tài chính' stays, under the province's committee)
    bare_place = st["issuer"] and not orgs.is_head_start(orgs.fold(st["issuer"]))
    if bare_place and h.issuer and orgs.is_head_start(orgs.fold(h.issuer)):
        if (h.issuer_parent is None or damaged) and h.issuer.startswith("Sở ") \
                and re.match(r"(?:tỉnh|thành phố) ", st["issuer"]):
            h.issuer_parent = f"UBND {st['issuer']}"
    elif st["issuer"]:
        h.issuer, h.issuer_parent = st["issuer"], None
    if st["subject"]:
        h.subject = st["subject"]


_GAZETTE_RE = re.compile(
    r"^(?P<type>CHỈ THỊ|QUYẾT ĐỊNH|NGHỊ ĐỊNH|THÔNG TƯ|NGHỊ QUYẾT|CÔNG VĂN|THÔNG BÁO)\s+CỦA\s+"
    r"(?P<issuer>(?:(?!SỐ\s*:?\s*\d).){3,120}?)\s+"  # (the issuer ends at the first number: 'SỐ 264/CT NGÀY 14-10-1988')
    r"SỐ\s*:?\s*(?P<num>\d\S*/\S+|\d{1,5} [A-ZĐ]{1,6}/\S+|\d{1,5}-[A-ZĐ]{2,6}\d{0,2}(?=\s))\s+NGÀY\s+\d{1,2}(?:\s+THÁNG\s+\d{1,2}\s+NĂM\s+|[-/.]\d{1,2}[-/.])\d{4}\s*,?\s*"
    r"(?:VỀ\s+VIỆC\s+|V/V\s+)?(?P<subj>.{5,})$")


def gazette_title(text: str, start: int, stop: int) -> dict | None:
    """An old gazette title that carries everything: 'CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG
    NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC …' (no letterhead above it)."""
    lines = text[start:stop].split("\n")
    for i, ln in enumerate(lines):
        if not re.match(r"\s*(?:CHỈ THỊ|QUYẾT ĐỊNH|NGHỊ ĐỊNH|THÔNG TƯ|NGHỊ QUYẾT|CÔNG VĂN|THÔNG BÁO)\b", ln):
            continue
        block, blanks = [], 0
        for nxt in lines[i:]:  # OCR leaves a blank line between the title's lines: one is passed over
            blanks = blanks + 1 if not nxt.strip() else 0
            if blanks > 1 or nxt.strip() and not is_upper(nxt):
                break
            block.append(nxt)
        m = _GAZETTE_RE.match(squash(" ".join(block)))
        if m:
            num = numbers.number_at(m.group("num"), 0)  # (read as after 'Số:', also in the form before 2005)
            return {"doc_type": m.group("type")[:1] + m.group("type")[1:].lower(),
                    "number": numbers.normalise_match(num) if num else None, "issuer": m.group("issuer"),
                    "subject": m.group("subj").strip(" .")}
    return None
