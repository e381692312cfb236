"""How the reading of letters holds up when their text is damaged the ways real copies are.

Run ``python -m bench.extraction_stress [-v]``. Each *tuning* letter (bench.extraction
splits; the held-out ones are never used here) whose key fields read right is damaged
one way at a time, and the key fields are read again and compared with its label:

- ``ocr``: OCR's usual confusions in the header ('Số' as 'S6'/'Sổ'/'Sè', 'ngày' as
  'ngay'/'ngàỵ', 'tháng' as 'thảng', 'năm' as 'nãm', 'CỘNG HÒA' as 'CỘNG HOÀ');
- ``furniture``: a site's title line, attribute table and menu put above the letter;
- ``one-line``: the header's lines run into one line, as PDF text layers give them;
- ``crlf-tabs``: Windows line ends and tabs between header columns;
- ``interleaved``: the two header columns read across, as OCR and text layers do: the issuer's
  lines and the motto's side by side on one line each, the number beside the date;
- ``no-letterhead``: the issuer's cell lost (a portal copy): the code, the body and the
  signature block must name the issuer;
- ``ocr-accents``: OCR losing the circumflex under a tone mark in the letterhead's capitals ('TẾ'
  as 'TÉ', 'HỒ' as 'HÒ', 'ĐỒNG' as 'ĐÒNG'), as in the scanned letters (above the number line only:
  a subject so garbled cannot be spelt back without a dictionary);
- ``narrow``: the 'V/v' subject rewrapped at about 30 characters, as the narrow left column of a
  letterhead prints it (a line may then start with 'Kế hoạch', 'Hội đồng', a place's name);
- ``stamp``: the receiving agency's incoming stamp ('ĐẾN Số: 467 Ngày: 11/3/2025 …') printed
  over the header, read by OCR between the date line and the title, as on the scanned seeds;
- ``stamp-top``: the same stamp read right under the letterhead, before the motto, its receiver's
  name on a line of its own between blank lines;
- ``small-letterhead``: the letterhead and the motto typed in small letters ('Ủy ban nhân dân tỉnh x'), their
  capitals a font's ('All Caps') or a page's CSS, lost in the copy;
- ``slip``: the handling slip (phiếu giải quyết văn bản đến, with its own 'Số: … ngày …') scanned
  as the first page, before the letter.

The figure is the share of (letter, field) pairs still right. It is a check on how
general the rules are, not an accuracy: the labelled real letters are that.
"""
from __future__ import annotations

import re
import sys

from bench.extraction import GROUPS, KEY_FIELDS, load, same, split_of
from engine.extraction import extract_file, extract_text
from engine.extraction.dates import LONG_RE
from engine.extraction.header import find_start
from engine.extraction.layout import DATELINE_RE, INDEP_RE, MOTTO_RE
from engine.extraction.numbers import SO_RE
from engine.extraction.readers import read_text_of
from engine.extraction.text import is_rule, is_upper, normalise

_OCR = [  # (what, variants, only on the date line)
    (re.compile(r"\bSố\s*:"), ["S6:", "Sổ:", "Sè:", "SỐ:"], False),
    (re.compile(r"\bngày\b"), ["ngay", "ngàỵ", "ngảy"], True),
    (re.compile(r"\btháng\b"), ["thảng", "thang"], True),
    (re.compile(r"\bnăm\b"), ["nãm", "nam"], True),
    (re.compile(r"CỘNG HÒA"), ["CỘNG HOÀ", "CỘNG HÕA"], False),
]
_DATE_LINE = re.compile(r"^.*,\s*ngày\s*\d.*$", re.M)
_FURNITURE = ("Văn bản pháp luật | Tra cứu | Đăng nhập\n{title}\n"
              "Số hiệu: | {number} | Loại văn bản: | {doc_type} |\n"
              "Ngày ban hành: | Đang cập nhật | Tình trạng: | Còn hiệu lực |\n"
              "Tải về | In | Chia sẻ\n\n")


def _head_end(text: str) -> int:
    """Where the body begins, roughly: the first 'Căn cứ', 'Kính gửi' or 'Thực hiện' line."""
    m = re.search(r"^\s*(?:Căn cứ|Kính gửi|K[íi]nh gửi|Thực hiện|Thi hành)", text, re.M)
    return m.start() if m else min(len(text), 1200)


def ocr(text: str, k: int) -> str:
    end = _head_end(text)
    head = text[:end]
    line = _DATE_LINE.search(head)
    for regex, variants, dated in _OCR:
        if not dated:
            head = regex.sub(variants[k % len(variants)], head, count=1)
        elif line:
            fixed = regex.sub(variants[k % len(variants)], line.group(0), count=1)
            head = head[:line.start()] + fixed + head[line.end():]
            line = re.compile(re.escape(fixed)).search(head)
    return head + text[end:]


def furniture(text: str, gold: dict) -> str:
    title = f"{gold.get('doc_type') or 'Văn bản'} {gold.get('number') or ''} {gold.get('subject') or ''}".strip()
    return _FURNITURE.format(title=title, number=gold.get("number") or "", doc_type=gold.get("doc_type") or "") + text


def one_line(text: str) -> str:
    start, end = find_start(normalise(text))[0], _head_end(normalise(text))
    text = normalise(text)
    if end <= start:
        return text
    return text[:start] + re.sub(r"\s*\n\s*", " ", text[start:end]).strip() + "\n" + text[end:]


def interleaved(text: str) -> str | None:
    """Left and right header columns read across; None when the header is not laid out in lines."""
    text = normalise(text)
    start = find_start(text)[0]
    lines = text[start:].split("\n")
    motto = next((i for i, ln in enumerate(lines[:12]) if MOTTO_RE.search(ln)), None)
    if motto is None or motto == 0 or len(lines[motto].strip()) > len(MOTTO_RE.search(lines[motto]).group(0)) + 3:
        return None
    left = [ln.strip() for ln in lines[:motto] if ln.strip() and not is_rule(ln) and ln.strip() != "|"]
    indep = next((i for i in range(motto + 1, min(len(lines), motto + 4)) if INDEP_RE.search(lines[i])), None)
    num = next((i for i in range(motto, min(len(lines), motto + 12)) if SO_RE.match(lines[i].strip())), None)
    date = next((i for i in range(motto, min(len(lines), motto + 14)) if DATELINE_RE.search(lines[i])), None)
    if not left or indep is None or num is None or date is None or len(left) > 3:
        return None
    right = [lines[motto].strip(), lines[indep].strip()]
    rows = [f"{left[i] if i < len(left) else ''} {right[i] if i < len(right) else ''}".strip()
            for i in range(max(len(left), len(right)))]
    rows.append(f"{lines[num].strip()} {lines[date].strip()}")
    used = {motto, indep, num, date, *range(motto)}
    rest = [ln for i, ln in enumerate(lines[:max(used) + 1]) if i not in used and not is_rule(ln)]
    return text[:start] + "\n".join(rows + rest + lines[max(used) + 1:])


def no_letterhead(text: str) -> str | None:
    """The lines above the motto (the issuer's cell) dropped; None when there are none."""
    text = normalise(text)
    start = find_start(text)[0]
    m = MOTTO_RE.search(text, start)
    if not m or m.start() - start > 300:
        return None
    cut = text.rfind("\n", 0, m.start()) + 1
    if cut <= start:
        return None
    return text[:start] + text[cut:]


_STAMP = ("\nTRUNG TÂM Y TẾ HUYỆN\nSố: 467\nĐẾN Ngày: 11/3/2025\nChuyển:\nSố và ký hiệu HS:\n")
_SLIP = ("PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN\nSố: 467/PGQ-VP ngày 11 tháng 3 năm 2025\n"
         "1. Ý kiến của lãnh đạo cơ quan, tổ chức\n- Giao đơn vị chủ trì: Phòng Kế hoạch\n"
         "- Ngày 12 tháng 03 năm 2025 cho ý kiến phân phối, giải quyết\n2. Ý kiến của lãnh đạo phòng\n"
         "- Ngày ... tháng ... năm ... cho ý kiến\n\n\f")


_ACCENTS = str.maketrans("ẾỀỂỐỒỔẤẦẨ", "ÉÈẺÓÒỎÁÀẢ")


def ocr_accents(text: str) -> str | None:
    text = normalise(text)
    so = find_start(text)[1]
    if so is None:
        return None
    return text[:so.start()].translate(_ACCENTS) + text[so.start():]


_VV_LINE = re.compile(r"^([ \t|]*V/v[ \t:.]+)(\S[^\n]{40,})$", re.M)


def narrow(text: str) -> str | None:
    """The first 'V/v …' line of the header rewrapped at about 30 characters; None without one."""
    text = normalise(text)
    m = _VV_LINE.search(text, find_start(text)[0], _head_end(text))
    if not m or "   " in m.group(2) or "|" in m.group(2):
        return None
    lines, line = [], m.group(1).strip()
    for word in m.group(2).split():
        if len(line) + 1 + len(word) > 32 and line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return text[:m.start()] + "\n".join(lines) + text[m.end():]


def stamp(text: str) -> str | None:
    """The incoming stamp read between the date line and what follows it; None without a date line."""
    text = normalise(text)
    line = DATELINE_RE.search(text, find_start(text)[0])
    date = LONG_RE.search(text, line.start()) if line else None
    if not date:
        return None
    end = text.find("\n", date.end())
    end = len(text) if end < 0 else end
    return text[:end] + _STAMP + text[end:]


_STAMP_SPACED = "\nTRUNG TÂM Y TẾ HUYỆN\n\nSố: 467\nĐẾN Ngày: 11/3/2025\nChuyển:\n\n"


def stamp_top(text: str) -> str | None:
    """The incoming stamp read right under the letterhead, before the motto, its receiver's name on a
    line of its own between blank lines (as the seeds' OCR gives it); None without a motto."""
    text = normalise(text)
    motto = MOTTO_RE.search(text)
    if not motto:
        return None
    at = text.rfind("\n", 0, motto.start()) + 1
    return text[:at] + _STAMP_SPACED + text[at:]


def slip(text: str) -> str:
    return _SLIP + text


def _typed(line: str) -> str:
    """Each cell of a line in capitals as a sentence is typed ('UBND TỈNH X    CỘNG HÒA …' -> 'Ubnd tỉnh x    Cộng hòa …')."""
    return re.sub(r"(^|\s{3,})(\S[^\n]*?)(?=\s{3,}|$)", lambda m: m.group(1) + m.group(2).capitalize(), line)


def small_letterhead(text: str) -> str | None:
    """The letterhead and the motto typed in small letters (their capitals a font's 'All Caps' or a page's CSS, lost
    in the copy): each line in capitals above 'Độc lập - Tự do - Hạnh phúc' written as a sentence is; None when the
    header has no such line."""
    text = normalise(text)
    start = find_start(text)[0]
    indep = INDEP_RE.search(text, start)
    if not indep or indep.start() - start > 600:
        return None
    lines = text[start:indep.start()].split("\n")
    typed = [re.sub(r"\S(?:.*\S)?", lambda m: _typed(m.group(0)), ln) if is_upper(ln) and not re.search(r"\d", ln) else ln
             for ln in lines]
    return None if typed == lines else text[:start] + "\n".join(typed) + text[indep.start():]


def crlf_tabs(text: str) -> str:
    end = _head_end(text)
    return (re.sub(r" {3,}", "\t", text[:end]) + text[end:]).replace("\n", "\r\n")


def main(argv: list[str]) -> int:
    kinds = ("ocr", "furniture", "one-line", "crlf-tabs", "interleaved", "no-letterhead", "ocr-accents", "narrow",
             "stamp", "stamp-top", "slip", "small-letterhead")
    right = {k: 0 for k in kinds}
    total = {k: 0 for k in kinds}
    misses = []
    for i, (name, path, gold) in enumerate(load(held_out=False)):
        if split_of(name) not in GROUPS["tuning"]:
            continue
        base = extract_file(path)
        if not all(same(f, base.get(f), gold.get(f)) for f in KEY_FIELDS):
            continue
        text = read_text_of(path)
        variants = {"ocr": ocr(text, i), "furniture": furniture(text, gold),
                    "one-line": one_line(text), "crlf-tabs": crlf_tabs(text), "interleaved": interleaved(text),
                    "no-letterhead": no_letterhead(text), "ocr-accents": ocr_accents(text), "narrow": narrow(text), "stamp": stamp(text),
                    "stamp-top": stamp_top(text), "slip": slip(text), "small-letterhead": small_letterhead(text)}
        for kind, damaged in variants.items():
            if damaged is None:
                continue
            got = extract_text(damaged)
            for f in KEY_FIELDS:
                ok = same(f, got.get(f), gold.get(f))
                right[kind] += ok
                total[kind] += 1
                if not ok:
                    misses.append((kind, name, f, got.get(f), gold.get(f)))
    print("Key fields still right after damaging the tuning letters that read right:")
    for k in kinds:
        print(f"  {k:<10} {right[k] / max(1, total[k]):.3f}  ({total[k] - right[k]} misses of {total[k]})")
    if "-v" in argv:
        for kind, name, f, got, want in misses:
            print(f"  [{kind}] {name} {f}: got {got!r} want {want!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
