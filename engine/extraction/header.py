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

from . import (card, elsewhere, fallbacks, furniture, labelless, numbers, orgs, posts, signed, site_titles, titleline,
               unheaded)
from .dateline import read_place_date
from .dates import iso, written_date
from .casing import as_written, in_small_letters
from .issuer import issuer_segments, joint_chain, read_issuer
from .layout import (BODY_START, COPIED_TO_RE, DATELINE_RE, DRAFT_MARK, GAZETTE_LEAD, INDEP_RE, KG_RE, MOTTO_RE,
                     DATE_BESIDE_NUMBER, TELEGRAM_RE, TYPE_TITLES, URGENCY, VE_ANY_RE,
                     VV_RE, headerish, is_stop, line_bounds, names_joint_issuers, telegram_line, telegram_sender,
                     telegram_sender_above, urgency_of_title)
from .recipients import read_recipients
from .start import cites, find_start
from .subject import after_title_words, collect, cut_inline, cut_subject_completed, garbled_date_in, short_title
from .tails import drop_body_opening, drop_gazette_lead, drop_issuer_tail, drop_run_on
from .text import VI_UPPER, is_rule, is_upper, segments, unwrapped

__all__ = ["Header", "find_start", "read"]  # find_start lives in start.py, re-exported for the benches


@dataclass
class Header:
    text: str
    start: int = 0                  # offset where the letter begins
    number: str | None = None
    number_span: tuple[int, int] | None = None
    issued_date: str | None = None
    dated_by_signature: bool = False  # the date line's day unreadable: the digital signature's day stands in
    place: str | None = None
    date_span: tuple[int, int] | None = None
    issuer: str | None = None
    issuer_parent: str | None = None
    relay_issuer: str | None = None  # the issuer a portal's relay line names ('… của UBND thị xã X V/v …')
    relay_type: str | None = None  # the type a news post names the letter by ('… đã ban hành Kế hoạch số 5/UBND')
    named_elsewhere: bool = False  # the number read off a site's title, a relay line or a news sentence
    blank_number: str | None = None  # a number line left blank for the register, its figure a 0 ('0/SGDĐT-GDTH')
    doc_type: str | None = None
    subject: str | None = None
    subject_span: tuple[int, int] | None = None
    recipients: list[str] | None = None
    urgency: str | None = None
    body_start: int = 0            # offset where the body text begins
    bodies: list[str] = field(default_factory=list)


# types never addressed ('Kính gửi') whose codes issuers share (Cục Thuế's CT, a planning office's KH): a letter so
# addressed under such a code, with or without its 'V/v' line, is a công văn whose code's first part names the
# issuer, not the type ('1864/CT-TTHT' from Cục Thuế is not a chỉ thị)
_NEVER_ADDRESSED = ("Chỉ thị", "Kế hoạch")


# a title in capitals whose first words a PDF's text layer ran onto the end of the type's line
# (a type word may follow the first: 'QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH VỀ')
_TITLE_RUN_ON = re.compile(rf"(?:{'|'.join(TYPE_TITLES)})[ \t]+((?!(?:{'|'.join(TYPE_TITLES)})\b)"
                           rf"[{VI_UPPER}]+[ \t]*(?:[{VI_UPPER}]+[ \t]*){{0,4}})$")


def read(text: str) -> Header:
    h = Header(text=text)
    h.start, so = find_start(text)
    window = min(len(text), h.start + 4000)

    # number
    num_m = None
    if so is not None:
        num_m = numbers.number_at(text, so.end())
    if num_m is None:
        for m in numbers.SO_RE.finditer(text, h.start, window):
            num_m = numbers.NUMBER_RE.match(text, m.end())
            if num_m and not cites(text, m, num_m.end()):
                break
            num_m = None
    if num_m is None:  # 'S : 3134/…': a 'Số' the text layer clipped
        num_m = fallbacks.clipped_number(text, h.start, window)
    if num_m is None:  # '125/SYT-NVY': the label lost altogether
        num_m = fallbacks.label_less_number(text, h.start, min(window, h.start + 800))
    if num_m:
        h.number = numbers.normalise_match(num_m)
        h.number_span = (num_m.start(), num_m.end())

    read_place_date(h, text, window)

    # recipients' line bounds the header zone
    kg = KG_RE.search(text, h.start, window)
    zone_end = kg.start() if kg else window

    # type title
    # (a number line left blank for the register, found once: the title stands below it, and its code gives a type)
    blank = signed.BLANK_NUMBER_RE.search(text, h.start, zone_end) if h.number is None or h.number_span is None else None
    title_at = titleline.find(text, h.start, zone_end, h.number, h.number_span, h.date_span,
                              blank.span() if blank else None)

    # subject
    blank_code = signed.blank_code(blank) if h.number is None else None
    vv = VV_RE.search(text, h.start, zone_end)
    ve = None  # a 'Về …' line standing for 'V/v' (older letters): with no type title, a công văn too
    if vv and title_at and title_at[0] < vv.start():
        vv = None
    if vv and _IN_BASIS.match(text, line_bounds(text, vv.start())[0], vv.start()):
        vv = None  # a document the basis cites by its subject ('- Căn cứ công văn số 496/PGDĐT … v/v Hướng dẫn …')
    if vv:
        ls, le = line_bounds(text, vv.end())
        first = cut_inline(text[vv.end():le])
        inline_more = text[vv.end():le].strip() != first
        if text[vv.start() - 1:vv.start()] in ("“", '"'):  # '“V/v Triển khai …”': gathered to its closing quote
            first = "“" + first
        # the date or the motto beside the V/v line (the two columns read across) leaves the subject free
        # to go on below
        beside = text[vv.end():le]
        if inline_more and not (DATELINE_RE.search(beside) or MOTTO_RE.search(beside) or INDEP_RE.search(beside)
                                or garbled_date_in(beside)):
            h.subject, send = first, vv.end() + len(first)
        else:
            h.subject, send = collect(text, vv.end(), first, limit=zone_end)
            h.subject = cut_subject_completed(text, h.subject, send, kg)
        h.subject_span = (vv.start(), send)
    elif title_at and len(title_at) > 3:  # the subject's first words on the type's line, from where they stand
        h.subject, send = after_title_words(text, title_at[3], zone_end)
        h.subject_span = (title_at[0], send)
    elif title_at:
        cursor = title_at[2] + 1
        right_cell = 0
        while cursor < zone_end:
            ls, le = line_bounds(text, cursor)
            line = text[ls:le].strip()
            if right_cell < 6 and (MOTTO_RE.match(line) or INDEP_RE.search(line)
                                   or DATELINE_RE.search(line) and is_stop(line) and not is_upper(line)
                                   or right_cell and len(line) <= 2 and not line.isalnum()):
                right_cell += 1  # the right cell OCR read after a title it set in the left one ('KẾ HOẠCH' / 'CỘNG
                cursor = le + 1  # HÒA …' / 'Độc lập …' / '…, ngày 26 tháng 02 năm 2018' / '-' / 'PHÒNG, CHỐNG …')
                continue
            if "LIÊN" in title_at[1] and names_joint_issuers(line):  # the ministries issuing it, under its type
                cursor = le + 1
                continue
            if line and not is_rule(line) and line != "|":
                # (no title: a line in sentence case ending in a colon opens the body, 'Bên ủy quyền (Bên A):')
                if GAZETTE_LEAD.match(line) or not is_stop(line) and not (line.endswith(":") and not is_upper(line)) \
                        and (not BODY_START.match(line) or short_title(text, ls)):
                    h.subject, send = collect(text, ls, line, limit=zone_end)
                    h.subject_span = (ls, send)
                break
            cursor = le + 1
    else:
        after = max([s[1] for s in (h.number_span, h.date_span) if s] or [h.start])
        # 'Về …' or 'Về việc …' under the date line standing for 'V/v' (the label dropped like 'V/v')
        ve = VE_ANY_RE.search(text, after, min(zone_end, after + 300)) \
            or _TYPED_VE.search(text, after, min(zone_end, after + 300))  # 'CÔNG VĂN Về việc …' on one line
        labelled = ve is not None
        if ve is None and h.date_span:  # 'Về …' under the number (or the letterhead), the date line below it
            low = h.number_span[1] if h.number_span else h.start
            ve = VE_ANY_RE.search(text, low, h.date_span[0]) if low < h.date_span[0] else None
        for span in (h.number_span, h.date_span) if ve is None else ():
            # a header run into one line: 'Số: 1551/UBND-VX Về việc …', '…, ngày 04 tháng 11 năm 2016 | Về …'
            ve = _VE_BESIDE.match(text, _CELL_GAP.match(text, span[1]).end()) if span else None
            if ve:
                labelled = True
                break
        # (an old addressed letter's 'VỀ VIỆC …' in capitals under its date line: its subject; unaddressed, it may
        # be the title of a decision that lost its type line)
        about = ve or (_VE_CAPITALS.search(text, after, min(zone_end, after + 300)) if kg else None)
        if about and numbers.type_of(h.number) in (None, "Công văn"):  # (a party's '2449-CV/ĐU' too)
            ls, le = line_bounds(text, about.start())
            first = cut_inline(text[about.start():le])
            h.subject, send = collect(text, about.start(), first, limit=zone_end)
            # (its label with a colon dropped wherever it stands: 'Về việc:' / '…')
            h.subject = re.sub(r"^[Vv]ề\s+việc\s*:?\s*" if labelled else r"^[Vv]ề\s+việc\s*:\s*", "", h.subject)
            h.subject = re.sub(r"^VỀ\s+VIỆC\s*:?\s*", "", h.subject)
            h.subject_span = (ls, send)
        elif unlabelled := labelless.subject_under_number(text, h.number, h.number_span, h.date_span, kg):
            h.subject, h.subject_span = unlabelled
        elif numbers.type_of(h.number or blank_code) not in (None, "Công văn"):  # a draft's 'Số     -BC/TU' too
            cursor = line_bounds(text, after)[1] + 1
            for _ in range(6):
                ls, le = line_bounds(text, cursor)
                line = text[ls:le].strip(" |")
                if DRAFT_MARK.fullmatch(line):  # '(Dự thảo lần 5)' between the number and the title
                    cursor = le + 1
                    continue
                if line and is_upper(line) and not is_stop(line) and len(line) > 12 and not telegram_sender(text, ls):
                    h.subject, send = collect(text, ls, line, limit=zone_end)
                    # (its first words run into the line above, after the type: '… năm 2025 QUYẾT ĐỊNH BAN' / 'HÀNH …')
                    run_on = _TITLE_RUN_ON.search(text, line_bounds(text, ls - 1)[0], ls - 1) if ls else None
                    h.subject = f"{run_on.group(1).strip()} {h.subject}" if run_on else h.subject
                    h.subject_span = (run_on.start(1) if run_on else ls, send)
                    break
                if line and labelless.title_before_basis(text, line, le):  # its type's line lost: 'Hướng dẫn …' / 'Căn cứ'
                    h.subject, send = collect(text, ls, line, limit=zone_end)
                    h.subject_span = (ls, send)
                    break
                if line and not headerish(line):
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

    if h.number is None and h.issued_date is None:  # both blank in the template, stamped by the signature
        figures = signed.stamped_figures(text, h.start, zone_end)
        if figures:
            h.number, h.issued_date = figures[0], iso(figures[1])
    h.blank_number = blank_code if h.number is None else None
    if h.number is None and not h.blank_number and not elsewhere.unread_number_line(text, h.start, zone_end):
        # (a letter whose own number line was left blank or unreadable has none: not one it cites)
        elsewhere.named_elsewhere(h, text, window)
    # (a letter's own motto, its first line garbled, makes no post)
    if h.number is None and not h.named_elsewhere and not (MOTTO_RE.search(text, h.start, window)
                                                           or INDEP_RE.search(text, h.start, window)):
        told = posts.numberless_relay(text)  # 'Ngày 24/9/2025, Ban Thường vụ Tỉnh ủy ban hành Công văn …'
        if told:
            h.relay_issuer = told["issuer"]
            h.issued_date = h.issued_date or told["issued_date"]
    if h.issued_date is None:  # the day left blank or unreadable in the date line: the signature's day
        h.issued_date = iso(signed.signing_day(text, h.start, zone_end))
        h.dated_by_signature = h.issued_date is not None
    if h.issued_date is None and h.number_span:  # 'Số 924/SNV-CCHC Ngày 07-9-2015 V/v …': a post's title line
        beside = DATE_BESIDE_NUMBER.match(text, h.number_span[1])
        h.issued_date = iso(written_date(beside.group(1))) if beside else None
    if h.issued_date is None:  # the date line lost or cut: the document site's attribute table
        h.issued_date = furniture.attribute_date(text, h.number_span[0] if h.number_span else h.start)
    if h.issued_date is None:  # a council's resolution copied without its date line: the day it was passed
        h.issued_date = iso(signed.passed_on(text, h.start))
    if h.issued_date is None and h.number and not h.named_elsewhere and not MOTTO_RE.search(text, h.start, window):
        elsewhere.told_of(h, text)

    # document type
    wired = next((m for m in TELEGRAM_RE.finditer(text, h.start, zone_end) if telegram_line(m.group(0))), None)
    if title_at:
        h.doc_type = title_at[1][:1] + title_at[1][1:].lower()
        if h.doc_type == "Chương trình hành động":  # a programme of action is of the type Chương trình (NĐ 30)
            h.doc_type = "Chương trình"
        coded = numbers.type_of(h.number)
        if coded and coded.startswith(h.doc_type + " "):  # 'THÔNG TƯ' over '01/2004/TTLT-…': the joint form
            h.doc_type = coded
    elif numbers.type_of(h.number) in (None, "Công văn") and not kg and not vv \
            and (enacted := titleline.enacted_type(text, h.start, window)):
        h.doc_type = enacted  # a decision whose title was lost: 'QUYẾT ĐỊNH:' / 'Điều 1. …' under its basis
    elif numbers.type_of(h.number) and not (kg and numbers.type_of(h.number) in _NEVER_ADDRESSED):
        h.doc_type = numbers.type_of(h.number)
    elif h.relay_type:
        h.doc_type = h.relay_type
    elif vv or (h.number or ve) and not wired:  # (a telegram's number and 'Về việc …' line are no công văn's)
        h.doc_type = (labelless.type_above(text, ve.start()) if ve and not h.number else None) or "Công văn"
    else:  # a draft's number left blank ('Số       -BC/TU', 'Số:    /QĐ-UBND'): its code still gives the type
        h.doc_type = numbers.type_of(h.blank_number)
    if num_m is not None and num_m.re is numbers.LOST_TYPE_RE and h.number == numbers.normalise_match(num_m):
        h.number = numbers.with_type(h.number, h.doc_type)  # the type part the copy lost, from the title

    # a post that lost the header, headed by the letter's title line (also when only a source line at its
    # foot names the number: '(Nguồn: Thông báo số 81/TB-UBND ngày 08/6/2021)')
    post = h.doc_type is None and h.number is None or h.named_elsewhere and h.subject is None
    titled = posts.post_title(unwrapped(text)) if post else None  # (a title OCR wrapped read whole)
    if titled:
        h.doc_type, h.subject = h.doc_type or titled["doc_type"], h.subject or titled["subject"]
        h.issued_date, h.urgency = h.issued_date or titled["issued_date"], h.urgency or titled["urgency"]
    if wired and h.doc_type is None:
        h.doc_type = "Công điện"  # 'CHỦ TỊCH UBND HUYỆN X ĐIỆN:' addresses a telegram
    if wired and h.subject is None:  # its 'Về việc …' line above the authority line
        about = [m for m in VE_ANY_RE.finditer(text, h.start, wired.start())]
        if about:
            ls, le = line_bounds(text, about[-1].start())
            first = re.sub(r"^việc\s+", "", cut_inline(text[about[-1].end():le]))
            h.subject, send = collect(text, about[-1].start(), first, limit=wired.start())
            h.subject_span = (ls, send)
    if h.doc_type is None and not kg and h.number is None:  # 'Sở X thông báo …' opening a post with no title
        h.doc_type, announced = unheaded.self_announced(unwrapped(text), h.start)
        h.subject = h.subject or (announced if h.doc_type else None)
    card.fill(h, text)  # a site's attribute card: 'Trích yếu: …', 'Loại văn bản: Thông báo', 'Cơ quan ban hành: …'
    if h.doc_type is None and kg:  # addressed ('Kính gửi'), with no title of its own: a công văn
        h.doc_type = "Công văn"

    # urgency: a mark standing alone in the header zone, or after the type on its title line ('CÔNG ĐIỆN KHẨN')
    if title_at:
        h.urgency = urgency_of_title(orgs.fold(text[title_at[0]:title_at[2]].strip(" |*")))
    # (a mark a .docx kept in a text box comes out after the addressees' line: its next few lines too)
    after_kg = "\n".join([ln for ln in text[zone_end:zone_end + 600].split("\n") if ln.strip()][:4]) if kg else ""
    for ln in (text[h.start:zone_end + 1] + "\n" + after_kg).split("\n"):
        for seg in segments(ln):
            folded = orgs.fold(seg.strip(" .:*"))
            # (or after a type on its own line that is no title found: 'CÔNG ĐIỆN KHẨN' heading a telegram)
            u = URGENCY.get(folded) or urgency_of_title(folded)
            if u:
                h.urgency = u
                break
        if h.urgency:
            break

    # recipients
    body_start = max([s[1] for s in (h.number_span, h.date_span, h.subject_span) if s] or [h.start])
    # (a telegram's 'Đồng kính gửi:' under its addressees names those it is copied to: they are not its addressees)
    copied = bool(kg and wired and wired.start() < kg.start()
                  and COPIED_TO_RE.search(text, max(0, kg.start() - 8), kg.end()))
    if kg and not copied:
        h.recipients, body_start = read_recipients(text, kg.end())
    elif wired:  # a telegram addresses its recipients after its sender: 'CHỦ TỊCH UBND HUYỆN X ĐIỆN:' / '- …;'
        h.recipients, body_start = read_recipients(text, wired.end())
    h.body_start = body_start

    # issuer
    region_end = h.number_span[0] if h.number_span and h.number_span[0] > h.start else (
        h.date_span[0] if h.date_span else h.start)
    if region_end <= h.start:
        region_end = min(zone_end, h.start + 600)
        # a blank 'Số:   /TB-UBND' or the type title still closes the issuer's cell
        # (and a lower-case label as OCR spells it: 'số: Ếb5'J/…', 'sé: 4Ô …')
        stop = re.search(r"^\s*(?:Số|SỐ)\b|^\s*(?:số|s[éè]|S[éè])\s*:|^\s*(?:" + "|".join(TYPE_TITLES) + r")\s*$",
                         text[h.start:region_end], re.M)
        if stop and stop.start() > 0:
            region_end = h.start + stop.start()
    segs = issuer_segments(text[h.start:region_end])
    if not segs and (MOTTO_RE.search(text, h.start, zone_end) or INDEP_RE.search(text, h.start, zone_end)):
        segs = issuer_segments(in_small_letters(text[h.start:region_end]))  # 'Ủy ban nhân dân tỉnh X' / 'Sở Y tế'
    if not segs:  # a telegram with no letterhead, its sender above its 'Điện:' ('BAN CHỈ ĐẠO … TRUNG ƯƠNG' / 'Điện:')
        sender = telegram_sender_above(text, h.start, zone_end)
        segs = [sender] if sender else []
    if not segs and h.number_span and h.number_span[0] - h.start <= 10 and (
            h.date_span[0] > h.number_span[1] if h.date_span else True):
        # the number line printed first, above the letterhead ('Số: 3717/BHXH-CNTT' / 'BẢO HIỂM XÃ HỘI VIỆT NAM'),
        # down to the date line or, when it is unreadable, the letter's own number line under the letterhead
        stop = h.date_span[0] if h.date_span else h.number_span[1] + 400
        own = numbers.NUMBER_LINE_RE.search(text, h.number_span[1], stop)
        below = issuer_segments(text[h.number_span[1]:own.start() if own else stop])
        segs = below[:2] if below and orgs.is_head_start(below[0]) else []
    h.bodies = orgs.bodies_of_lines(segs) if segs else []
    if len(h.bodies) == 1:  # ('BỘ TRƯỞNG BỘ X' under the title: the ministry issues)
        h.bodies = [unheaded.authority_for_body(text, h.start, segs[-1]) or h.bodies[0]]
    read_issuer(h)
    if h.issuer is None:  # a post closing on who it came from: 'Nguồn tin: Phòng GD&ĐT Ý Yên'
        h.issuer = unheaded.source_issuer(text)
    joint_chain(h, text[h.start:region_end])
    site_titles.site_title_over_damage(h)
    gazette = site_titles.gazette_title(text, h.start, min(len(text), h.start + 1500))
    if gazette:
        h.doc_type, h.subject = gazette["doc_type"], gazette["subject"]
        if h.issuer is None:  # (a letterhead above the title names its issuer in full: 'UBND TỈNH X', not 'CHỦ TỊCH UBND TỈNH')
            h.issuer, h.issuer_parent = orgs.display(gazette["issuer"]), None
        h.number = h.number or gazette["number"]
    h.issuer, h.issuer_parent = as_written(h.issuer, text), as_written(h.issuer_parent, text)
    after = text[h.subject_span[1]:h.subject_span[1] + 80] if h.subject_span else ""
    h.subject = fallbacks.tidy_subject(
        drop_body_opening(drop_issuer_tail(drop_run_on(drop_gazette_lead(h.subject, h.issuer), after), h.issuer, after),
                          h.issuer),
        h.doc_type)
    if h.subject and len(h.subject.split()) < 2:  # one word: a copy cut inside the title ('HƯỚN'), no subject
        h.subject = None
    if h.subject and h.issuer and _names_issuer(h.subject, h.issuer):
        h.subject = None  # a decision's authority line run into its header ('… | ỦY BAN NHÂN DÂN TỈNH X'): no title
    return h


_CELL_GAP = re.compile(r"[ \t|]*")
_IN_BASIS = re.compile(r"[ \t|*]*[-–+•]?[ \t]*(?:Căn cứ|Xét đề nghị|Thực hiện)\b.*\S")
_VE_CAPITALS = re.compile(r"^[ \t|]*VỀ\s+VIỆC\b", re.M)
_TYPED_VE = re.compile(r"(?:(?<=CÔNG VĂN )|(?<=Công văn ))Về\s+(?=việc\b)")
_VE_BESIDE = re.compile(r"(?<=[ \t|])(?:Về|về(?=\s+việc\b))(?:[ \t]*:)?[ \t]+(?=\S)")


def _names_issuer(subject: str, issuer: str) -> bool:
    """True when the subject only names the issuer, or its head ('Bộ trưởng Bộ Nội vụ' of 'Bộ Nội vụ')."""
    named, whole = orgs.canonical(unheaded.ROLE_RE.sub("", orgs.fold(subject))), orgs.canonical(issuer)
    # (or its name cut short: 'Ủy ban nhân dân tỉnh' of 'UBND tỉnh Bình Định')
    return named == whole or orgs.is_head_start(named) and whole.startswith(named + " ")


# the authority line a text layer ran onto the end of a sentence-case title: '… trên địa bàn tỉnh Thái
