"""Typeset a letter's text the way a printed Vietnamese administrative letter looks (Nghị định 30/2020).

Used by ``bench/extraction_ocr.py`` to make scans of the labelled letters: A4, a Times-like
serif, the two-column header (issuer left; motto right; number and ``V/v`` left; place and
date right, italic), the title centred in bold, the body justified, and the recipients
beside the signature block. The letter's own lines are used: the header's pieces are found
in the text (also when a copy ran both columns into one line) and put in their cells; a
text with no motto is printed as it is, paragraph by paragraph.
"""
from __future__ import annotations

import hashlib
import html
import re

from engine.extraction.text import VI_LOWER, VI_UPPER, is_rule, is_upper, normalise

FONT = "'Liberation Serif', 'DejaVu Serif', serif"  # Times New Roman's metrics, Vietnamese glyphs
_MOTTO = re.compile(r"C[ỘOÔ]NG\s+H[OÒÓ]À?A?\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM", re.I)
_INDEP = re.compile(r"Độc\s+lập\s*[-–—]?\s*Tự\s+do\s*[-–—]?\s*Hạnh\s+phúc", re.I)
_NUMBER = re.compile(r"(?<!\w)S[ốỐ]\s*[:.]?\s*(?:\d|[.…_ ]*/\s?[A-ZĐ])")  # (also a number left blank: 'Số:   /TB-UBND')
_PLACE_WORD = rf"(?:TP\.?\s?)?[{VI_UPPER}][{VI_LOWER}][^\s,|/\d]*"
_DATE = re.compile(rf"(?:(?:Thành phố\s|Thị xã\s)?{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,4}}\s*,\s*)?[nN]gày\s*\S+\s+tháng\s+\S+\s+năm\s+\d{{4}}")
_VV = re.compile(r"^[ |]*(?:V/[vV]|Về việc)\b", re.M)
_VE = re.compile(r"^[ |]*Về\s", re.M)  # a 'Về …' subject standing for V/v, in the left column above the motto
_BODY = re.compile(r"^\s*(?:Kính gửi|Căn cứ|Thực hiện|Thi hành|Nhằm|Theo)\b")
_SIGN = re.compile(r"^(?:KT|TM|TL|TUQ|Q|PP)\s*\.|^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỦ TƯỚNG|"
                   r"CHÁNH VĂN PHÒNG|TRƯỞNG BAN|HIỆU TRƯỞNG|CỤC TRƯỞNG|TỔNG GIÁM ĐỐC|VIỆN TRƯỞNG|BÍ THƯ)\b")
_HEAD_LINES = 30
_FURNITURE_LINES = 600  # how far down a copy's furniture may push its motto

CSS = f"""
@page {{ size: A4; margin: 20mm 15mm 20mm 30mm; }}
body {{ font-family: {FONT}; font-size: 13pt; line-height: 1.3; color: #000; }}
table.head, table.foot {{ width: 100%; border-collapse: collapse; }}
table.head td, table.foot td {{ vertical-align: top; text-align: center; padding: 0; }}
td.left {{ width: 40%; }}
.org {{ font-size: 12pt; }} .org b {{ font-weight: bold; }}
.motto {{ font-weight: bold; font-size: 12pt; }} .indep {{ font-weight: bold; font-size: 13.5pt; }}
.rule {{ margin: 2pt auto 6pt auto; border-top: 0.8pt solid #000; width: 35%; }}
.num {{ font-size: 13pt; }} .vv {{ font-size: 12pt; }}
.date {{ font-style: italic; font-size: 13.5pt; }}
.title {{ text-align: center; font-weight: bold; font-size: 14pt; margin: 14pt 0 0 0; }}
.sub {{ text-align: center; font-weight: bold; font-size: 14pt; margin: 0 0 10pt 0; }}
p {{ text-align: justify; text-indent: 1cm; margin: 0 0 5pt 0; font-size: 14pt; }}
.recip {{ text-align: left; font-size: 11pt; }} .recip b {{ font-size: 12pt; font-style: italic; }}
.sign {{ font-weight: bold; font-size: 13pt; }}
"""


def _e(s: str) -> str:
    return html.escape(s.strip())


def _lines(text: str) -> list[str]:
    # (a rule a copy ran into the motto's cell, '------- | CỘNG HÒA …', is a line of its own)
    text = re.sub(r"^([ \t]*-{3,})[ \t]*\|[ \t]*(?=\S)", "\\1\n", normalise(text), flags=re.M)
    return [re.sub(r"\s+", " ", ln).strip() for ln in text.split("\n")]


def _cells(lines: list[str]) -> list[tuple[int, int, str]]:
    """Runs of lines between blank, '|' and rule lines: (first line, last line, text with newlines)."""
    out, run = [], []
    for i, ln in enumerate(lines + [""]):
        if ln and not is_rule(ln):
            run.append(i)
        elif run:
            out.append((run[0], run[-1], "\n".join(lines[k] for k in run)))
            run = []
    return out


def _issuer_lines(block: str) -> list[str]:
    """The issuer's lines, a copy's broken fragments ('UỶ BAN NHÂN' / 'DÂN', 'BỘ' / 'GIÁO DỤC …') joined."""
    out: list[str] = []
    for ln in (x.strip(" |-•") for x in block.split("\n")):
        if not ln:
            continue
        if out and (len(ln.split()) == 1 or len(out[-1].split()) == 1 or out[-1].endswith(("NHÂN", "VÀ"))):
            out[-1] += " " + ln
        else:
            out.append(ln)
    return out


def split_header(text: str) -> dict | None:
    """The header's cells found in the text, and the rest; None when the text has no motto, or has it inside a
    copy run into one line."""
    lines = _lines(text)
    # a site's furniture longer than a header (a legal database's banners, tabs and attribute table) is not printed:
    # the page starts some lines above the motto, as a letter printed from that copy would
    found = _MOTTO.search("\n".join(lines[:_FURNITURE_LINES]))  # (a motto may wrap: '**CỘNG' / 'HÒA XÃ HỘI …')
    motto = "\n".join(lines[:_FURNITURE_LINES])[:found.start()].count("\n") if found else 0
    if motto >= _HEAD_LINES * 2:
        lines = lines[motto - _HEAD_LINES:]
    cells = _cells(lines[:_HEAD_LINES * 2])
    at = next((c for c, (_, _, t) in enumerate(cells) if _MOTTO.search(t)), None)
    if at is None or len(cells[at][2]) > 400:  # (a copy run into one line: printed as it is, body and all)
        return None
    left: list[str] = []
    above: list[int] = []  # the left column's number and V/v cells a copy put above the motto
    for c in range(at - 1, -1, -1):  # the issuer's cells above the motto
        first, last, t = cells[c]
        # a V/v's last line a blank line set apart ('… năm' / '' / 'Ngày sinh Chủ tịch …' in a copy with a blank line
        # after every line)
        wrapped = len(t) < 80 and "\n" not in t and (t[:1].islower() or c > 0 and bool(_VV.search(cells[c - 1][2])))
        if (_NUMBER.search(t) or _VV.search(t) or _VE.match(t) or wrapped and not above) and len(above) < 3 \
                and t.count("\n") < 4 and not left:
            above.insert(0, c)
            continue
        ups = [ln for ln in t.split("\n") if is_upper(ln) and len(ln) < 130]
        if not ups or len(left) >= 4:
            break
        tail = []
        for ln in reversed(t.split("\n")):
            if not (is_upper(ln) and len(ln) < 130):
                break
            tail.insert(0, ln)
        left = tail + left
        if len(tail) < len(t.split("\n")):
            break
    number = date = None
    vv = ""
    end = cells[at][0]
    for c in [*above, *range(at, min(len(cells), at + 12))]:
        first, last, t = cells[c]
        if c > at and (_BODY.match(t) or (number and date and not _VV.match(t))):
            break
        buf = t
        done = 0

        def take(m, what: str = "") -> str:
            nonlocal buf, done
            buf = buf[:m.start()] + " " * (m.end() - m.start()) + buf[m.end():]
            done = max(done, m.end())
            return what or m.group(0)

        for rx in (_MOTTO, _INDEP):
            if rx.search(buf):
                take(rx.search(buf))
        m = _NUMBER.search(buf) if not number else None
        if m:
            left += [ln.strip() for ln in buf[:m.start()].split("\n")
                     if ln.strip() and is_upper(ln) and len(ln.strip()) < 70]
            tok = re.compile(r"S\S*\s*[:.]?\s*\d[^\s,]*(?:(?<=/)\s+[^\s,]+|\s*/\s*[^\s,]+|[ \t]*[-–][ \t]*[A-ZĐ][^\s,]*)*"
                             r"|S\S*\s*[:.]?[.…_ ]*/\s?[^\s,]+").match(buf, m.start())
            number = take(tok)
        # (a date a V/v's subject names, '… trở lại từ ngày 09 tháng 3 năm 2020', is no date line: no place and comma
        # before it, and it does not open its line)
        d = next((m for m in _DATE.finditer(buf) if "," in m.group(0)
                  or re.search(r"(?:^|,)\s*$", buf[:m.start()].split("\n")[-1])), None) if not date else None
        if d and (not number or t[:d.start()].count("\n") <= t[:done].count("\n") + 3):
            date = take(d)
        v = _VV.search(buf) or (_VE.search(buf) if c < at else None)
        if v and t[:v.start()].count("\n") <= t[:done].count("\n") + 3:
            stop = v.end()
            while True:
                nl = buf.find("\n", stop)
                if nl < 0:
                    stop = len(buf)
                    break
                nxt = buf[nl + 1:buf.find("\n", nl + 1) if buf.find("\n", nl + 1) > 0 else len(buf)]
                if not nxt.strip() or _BODY.match(nxt) or (is_upper(nxt) and len(nxt.split()) > 2) or _DATE.search(nxt):
                    stop = nl
                    break
                stop = nl + 1
            vv = re.sub(r"\s+", " ", buf[v.start():stop]).strip()
            take(re.compile(r"[\s\S]*").match(buf, v.start(), stop))
        elif c < at and vv and "\n" not in buf.strip() and (buf.strip()[:1].islower() or c - 1 in above):
            vv += " " + buf.strip()  # its last line, set apart by a blank line
            take(re.compile(r"[\s\S]*").match(buf))
        rows = [x.strip() for x in buf.split("\n") if x.strip()]
        ups = [x for x in rows if is_upper(x) and len(x) < 70]
        # the issuer's lines beside the motto (a stray line of a copy's markup above them, '</xml', left out)
        if not number and ups and len(ups) >= len(rows) - (len(rows) > 2 and not is_upper(rows[0])):
            left += ups
            done = len(t)
        if c < at:
            continue  # (the header goes on at the motto)
        end = first + t[:done].count("\n")
        if buf[done:].strip():
            break  # the body begins inside this cell
    if not number and not date:
        return None
    rest = lines[end + 1:]
    return {"left": _issuer_lines("\n".join(left)), "number": number, "date": date,
            "vv": [vv] if vv else [], "rest": rest}


def body_parts(rest: list[str]) -> dict:
    """Title lines, body paragraphs, recipients and the signature block of the lines under the header."""
    titles: list[str] = []
    k = 0
    while k < len(rest) and not rest[k]:
        k += 1
    while k < len(rest) and rest[k] and is_upper(rest[k]) and not _SIGN.match(rest[k]) and len(titles) < 4:
        titles.append(rest[k])
        k += 1
    if titles:  # a sentence-case title under the type ('THÔNG BÁO' / '' / 'Về việc …'): centred in bold too
        j = k
        while j < len(rest) and (not rest[j] or is_rule(rest[j])):
            j += 1
        if j < len(rest) and re.match(r"Về\s", rest[j]) and len(rest[j]) < 250:
            titles.append(rest[j])
            k = j + 1
    body = [ln for ln in rest[k:] if ln and not is_rule(ln)]
    recip_at = next((i for i, ln in enumerate(body) if re.match(r"^Nơi nhận", ln, re.I)), None)
    tail = body[recip_at:] if recip_at is not None else []
    body = body[:recip_at] if recip_at is not None else body
    sign: list[str] = []
    while body and (len(body[-1].split()) <= 7 or _SIGN.match(body[-1])) and len(sign) < 6:
        sign.insert(0, body.pop())  # the signature block printed above 'Nơi nhận' in the copy
    recips: list[str] = tail[:1]
    for ln in tail[1:]:
        (recips if ln.startswith(("-", "+", "•")) or ln.startswith("Lưu") or not sign and not _SIGN.match(ln)
         and len(recips) < 12 and not is_upper(ln) else sign).append(ln)
    return {"titles": titles, "body": body, "recips": recips, "sign": sign}


def _body_html(rest: list[str]) -> str:
    """Title, body paragraphs, then recipients beside the signature block."""
    parts = body_parts(rest)
    out = [f'<div class="{"sub" if n else "title"}">{_e(t)}</div>' for n, t in enumerate(parts["titles"])]
    out += [f"<p>{_e(ln)}</p>" for ln in parts["body"]]
    recips, sign = parts["recips"], parts["sign"]
    if recips or sign:
        r = "<br>".join((f"<b>{_e(x)}</b>" if n == 0 else _e(x)) for n, x in enumerate(recips))
        s = "<br>".join(_e(x) for x in sign)
        out.append(f'<table class="foot"><tr><td class="left recip">{r}</td>'
                   f'<td class="sign"><br>{s}</td></tr></table>')
    return "\n".join(out)


# the receiving office's 'ĐẾN' stamp as clerks set it on a letter's first page: in the gap under the header, on the
# right (the seeds' place) or the left, or above the letterhead; grey ink, the number, date and forwarding
# written in by hand, a few degrees askew
STAMP_PLACES = {"gap-right": "margin:4pt 0 4pt 54%", "gap-left": "margin:4pt 0 4pt 4%", "top": "margin:0 0 6pt 50%"}
STAMP_RECEIVER = "TRUNG TÂM Y TẾ GIANG THÀNH"
STAMP_DATE = "05/12/2025"


def incoming_stamp(seed: str) -> tuple[str, int, str]:
    """(place, incoming number, html) of the stamp for *seed* (the same seed, the same stamp)."""
    h = int(hashlib.sha1(seed.encode()).hexdigest(), 16)
    place, number, tilt = sorted(STAMP_PLACES)[h % 3], 100 + h // 3 % 2900, (-4, -2, 0, 2, 3)[h // 9000 % 5]
    hand = "font-style:italic;color:#223;font-size:12pt"
    return place, number, (
        f'<div style="{STAMP_PLACES[place]};width:40%;border:2px solid #666;color:#555;font-size:10pt;'
        f'padding:3px 6px;line-height:1.25;transform:rotate({tilt}deg)"><b>{STAMP_RECEIVER}</b><br>'
        f'<b>ĐẾN</b> &nbsp; Số: <span style="{hand}">{number}</span><br>'
        f'&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Ngày: <span style="{hand}">{STAMP_DATE}</span><br>'
        f'Chuyển: <span style="{hand}">BGĐ</span><br>Lưu hồ sơ số:</div>')


def letter_html(text: str, stamp_seed: str | None = None) -> str:
    """The whole printable page for a letter's text; with *stamp_seed*, the incoming stamp of that seed set on it."""
    place, _, stamp = incoming_stamp(stamp_seed) if stamp_seed else (None, None, "")
    head = split_header(text)
    if head is None:  # no motto: a portal copy or a text without letterhead, printed as it is
        lines = [ln for ln in _lines(text) if ln and not is_rule(ln)]
        body = "\n".join(f"<p>{_e(ln)}</p>" for ln in lines)
    else:
        org = "<br>".join((_e(x) if n < len(head["left"]) - 1 else f"<b>{_e(x)}</b>")
                          for n, x in enumerate(head["left"]))
        vv = "<br>".join(_e(x) for x in head["vv"])
        body = (
            '<table class="head"><tr>'
            f'<td class="left"><div class="org">{org}</div><div class="rule"></div>'
            f'<div class="num">{_e(head["number"] or "")}</div><div class="vv">{vv}</div></td>'
            '<td><div class="motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>'
            '<div class="indep">Độc lập - Tự do - Hạnh phúc</div><div class="rule"></div>'
            f'<div class="date">{_e(head["date"] or "")}</div></td></tr></table>\n'
            + (stamp if place != "top" else "") + _body_html(head["rest"]))
    if stamp and (head is None or place == "top"):
        body = stamp + body  # above the letterhead (or a page with none)
    return f"<!doctype html><html lang=vi><head><meta charset=utf-8><style>{CSS}</style></head><body>{body}</body></html>"
