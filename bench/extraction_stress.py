"""How the reading of letters holds up when their text is damaged the ways real copies are.

Run ``python -m bench.extraction_stress [-v]``. Each *tuning* letter (bench.extraction
splits; the held-out ones are never used here) whose key fields read right is damaged
one way at a time, and the key fields are read again and compared with its label:

- ``ocr``: OCR's usual confusions in the header ('Số' as 'S6'/'Sổ'/'Sè', 'ngày' as
  'ngay'/'ngàỵ', 'tháng' as 'thảng', 'năm' as 'nãm', 'CỘNG HÒA' as 'CỘNG HOÀ');
- ``furniture``: a site's title line, attribute table and menu put above the letter;
- ``one-line``: the header's lines run into one line, as PDF text layers give them;
- ``crlf-tabs``: Windows line ends and tabs between header columns.

The figure is the share of (letter, field) pairs still right. It is a check on how
general the rules are, not an accuracy: the labelled real letters are that.
"""
from __future__ import annotations

import re
import sys

from bench.extraction import GROUPS, KEY_FIELDS, load, same, split_of
from engine.extraction import extract_file, extract_text
from engine.extraction.header import find_start
from engine.extraction.readers import read_text_of
from engine.extraction.text import normalise

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


def crlf_tabs(text: str) -> str:
    end = _head_end(text)
    return (re.sub(r" {3,}", "\t", text[:end]) + text[end:]).replace("\n", "\r\n")


def main(argv: list[str]) -> int:
    kinds = ("ocr", "furniture", "one-line", "crlf-tabs")
    right = {k: 0 for k in kinds}
    total = {k: 0 for k in kinds}
    misses = []
    for i, (name, path, gold) in enumerate(load()):
        if split_of(name) not in GROUPS["tuning"]:
            continue
        base = extract_file(path)
        if not all(same(f, base.get(f), gold.get(f)) for f in KEY_FIELDS):
            continue
        text = read_text_of(path)
        variants = {"ocr": ocr(text, i), "furniture": furniture(text, gold),
                    "one-line": one_line(text), "crlf-tabs": crlf_tabs(text)}
        for kind, damaged in variants.items():
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
