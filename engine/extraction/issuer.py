"""The issuer and its parent: from the letterhead cell, the number's code, the place line;
joint letterheads, a union's or party's central committee."""
from __future__ import annotations

import re

from . import letterhead_ocr, locality, numbers, orgs, stamp, unheaded
from .layout import INDEP_RE, MOTTO_RE, MOTTO_TAIL_RE, TYPE_TITLES, URGENCY, type_title
from .names import PROVINCES
from .ocr_model import valid
from .spelling import in_english, one_word_lost, rule_as_characters
from .text import LOW, UP, VI_LOWER, VI_UPPER, is_rule, is_upper, segments


_MARKS = re.compile(r"^(?:DỰ THẢO(?:\s+(?:LẦN\s+)?\d+)?|BẢN SAO|MẬT|TỐI MẬT|TUYỆT MẬT|"
                    + "|".join(URGENCY) + r"|(?:THÔNG TIN\s+)?VĂN BẢN(?:\s+GỐC)?|NỘI DUNG(?:\s+VĂN BẢN)?|TOÀN VĂN)\W*$")


_TYPES = "(?:" + "|".join(sorted(TYPE_TITLES, key=len, reverse=True)) + ")"
# a title line with its subject: 'THÔNG BÁO VỀ VIỆC TREO CỜ …', 'KẾ HOẠCH TỔ CHỨC …'
_TITLED = re.compile(_TYPES + r"\s+\S")


_LABEL_AT_END = re.compile(rf"(?:^|\s*)(?:{numbers.SO_LABEL}|So)\s*[:.]?\s*$|^S\s?:\s*$")  # ('S:': its 'Ố' lost)
# the words a name ends with before its own 'SỐ': 'CỤC DÂN SỐ', 'BAN CHỈ ĐẠO … CHUYỂN ĐỔI SỐ' (not 'BỘ Y TẾ Số:')
_BEFORE_OWN_SO = {"dân", "đổi"}


def _without_number_label(seg: str) -> str:
    """The issuer's cell run into the number label on one line: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO Số :' (never the 'SỐ'
    of a name: 'CỤC DÂN SỐ', 'BAN CHỈ ĐẠO … CHUYỂN ĐỔI SỐ')."""
    m = _LABEL_AT_END.search(seg)
    if m and not (seg[:m.start()].split() or [""])[-1].lower() in _BEFORE_OWN_SO:
        seg = seg[:m.start()]
    return seg.strip(" *-–—_")


_SPECKS = " *-–—_•·+ˆ^~`°"  # what OCR leaves at a letterhead line's ends


# a body's name in capitals run on into its letter's type and title, a post's one-line heading ('ỦY BAN NHÂN DÂN
# PHƯỜNG X, THÀNH PHỐ Y THÔNG BÁO VỀ VIỆC KÊ KHAI …')
_RUN_ON_TITLE = re.compile(r"\s+" + _TYPES + r"\s+(?:VỀ\s+VIỆC|V/V)\b")

# a commune's or district's committee named with the places above it after commas, on one line
_PLACED_COMMITTEE = re.compile(r"(?P<own>(?P<head>ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)\s+"
                               r"(?:XÃ|PHƯỜNG|THỊ TRẤN|HUYỆN|QUẬN|THỊ XÃ)\s+[^,;]+?)\s*,\s*"
                               r"(?P<above>(?:HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH)\s+[^,;]+?)\s*(?:[,;].*)?$")


def issuer_segments(region: str) -> list[str]:
    region = INDEP_RE.sub("\n", MOTTO_TAIL_RE.sub("\n", MOTTO_RE.sub("\n", region)))
    region = letterhead_ocr.without_garbled_motto(region)
    out = []
    for line in region.split("\n"):
        for seg in segments(line):
            # a list number, or a form's note marker a document site kept: '(1)NGÂN HÀNG NHÀ NƯỚC'
            # (and OCR's specks at its ends; before a name quotes and stops too: '„ VIỆT NAM')
            seg = re.sub(r"^(?:\d+\.\s+|\(\d{1,2}\)\s*)", "", seg).rstrip(_SPECKS).lstrip(_SPECKS + "„‚,.:;'‘’´¸\"“”")
            seg = re.sub(r"\s+[-–—_~*.,;:„‚`´¸'\"“”]+$", "", _without_number_label(seg))  # (specks after it: 'BỘ … ĐÀO TẠO .', '_..')
            seg = re.sub(rf"\s*[-~=_–—>]{{3,}}[^{VI_UPPER}{VI_LOWER}]*$", "", seg)  # the rule under it as OCR reads it ('--~-->--=7->')
            # ('BAN CHỈ ĐẠO 138/CP'; a school named for a day: 'TRƯỜNG MẦM NON 1/6')
            named_by_number = orgs.is_head_start(seg) and re.fullmatch(r"\D+\s(?:\d+/[A-ZĐ]+|\d{1,2}/\d{1,2})", seg) \
                and not re.search(rf"(?<!\w){numbers.SO_LABEL}\s*[:.]", seg)
            if not named_by_number and (re.search(r"\d+\s*/\s*\S", seg) or seg.startswith("/")
                                        or re.match(rf"{numbers.SO_LABEL}\s*[:.]?[\s._…]*/", seg)):
                # a number or code cell (or a blank number's code, '/KH-UBND', 'S6: /KH-UBND'), not a body's name
                continue
            if seg == "NAM" or len(seg) == 1 or len(seg) == 2 and not valid(seg):
                continue  # the motto's last word wrapped under it ('… CHỦ NGHĨA VIỆT' / 'NAM'), or OCR's speck ('E', 'TT')
            if re.match(r"(?:[IVX]{1,4}|[A-Đ])\s*[.\-–]\s", seg):  # a section heading ('I. MỤC ĐÍCH, YÊU CẦU')
                continue
            run_on = _RUN_ON_TITLE.search(seg)  # 'ỦY BAN NHÂN DÂN PHƯỜNG X, … THÔNG BÁO VỀ VIỆC …': the body before it
            if run_on and orgs.is_head_start(seg[:run_on.start()]):
                seg = seg[:run_on.start()].rstrip(" ,;:")
            placed = _PLACED_COMMITTEE.match(seg)  # 'UBND XÃ X, HUYỆN Y, TỈNH Z': the committee, under the one of Y
            if placed:
                out.append(f"{placed.group('head')} {placed.group('above')}")
                seg = placed.group("own")
            seg = letterhead_ocr.capital_i_read_small(seg)
            folded = orgs.fold(seg)
            if folded.startswith("CỦA "):  # a title's line naming who issues it ('CỦA BỘ TÀI CHÍNH SỐ 1140 TC/VP …'): the body
                seg, folded = seg[4:].lstrip(), folded[4:].lstrip()
            if _MARKS.match(folded) or stamp.HEADING_RE.match(folded) or orgs.garbled(seg) or rule_as_characters(seg) \
                    or in_english(seg) or unheaded.COUNCIL_TERM.match(folded):
                continue  # a draft's, urgency's or secrecy's mark, a page's section word, an incoming stamp's heading,
                # noise, a council's term and session under its name
            # (nor the enacting word, 'QUYẾT ĐỊNH:', a decision's body opens with)
            if seg and is_upper(seg) and not is_rule(seg) and not seg.startswith("SỐ") \
                    and not type_title(orgs.fold(seg.rstrip(" :"))) and not _TITLED.match(folded) \
                    and not re.fullmatch(r"QUYẾT NGHỊ\s*:", folded):
                out.append(seg)  # not 'THÔNG TƯ' glued to the number after it, nor 'THÔNG BÁO VỀ VIỆC …'
    return out


_CENTRAL_COMMITTEES = ("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN BÍ THƯ TRUNG ƯƠNG", "BAN THƯỜNG VỤ TRUNG ƯƠNG")


def _union_name(issuer: str, head: str) -> str:
    """'Ban Chấp hành Trung ương' over 'ĐOÀN TNCS HỒ CHÍ MINH', where a national motto would stand:
    the committee is the union's."""
    if orgs.fold(issuer) not in _CENTRAL_COMMITTEES:
        return issuer
    if re.search(r"ĐOÀN\s+TNCS\s+H\S{1,2}\s+CHÍ\s+MINH", head):  # "HÒ" as OCR reads it too
        return f"{issuer} Đoàn TNCS Hồ Chí Minh"
    return issuer  # under the party's motto it is the party's own: its letterhead names it so


def _joint(bodies: list[str], doc_type: str | None) -> str | None:
    """Issuers of a joint text ('… liên tịch'), written as clerks do: 'A - B'."""
    if not doc_type or "liên tịch" not in doc_type.lower() or len(bodies) < 2:
        return None
    names = [orgs.display(b.strip(" -–")) for b in bodies if b.strip(" -–")]
    return " - ".join(names) if len(names) >= 2 else None


JOINT_MARK = re.compile(r"\s*\bLIÊN\s+(?:NGÀNH|SỞ|CƠ QUAN)\s*:?$")


def _locality_alone(line: str) -> bool:
    """A letterhead's line naming only a locality ('TỈNH BẾN TRE'), which the bodies above it share."""
    return bool(line) and not orgs.is_head_start(line) and orgs.locality_of("X " + line) == orgs.locality_case(line)


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
            chain.append(lines[j])
            # the locality they share on the line below ('UỶ BAN NHÂN DÂN -' / 'LIÊN ĐOÀN LAO ĐỘNG' / 'TỈNH BẾN TRE')
            place = orgs.fold(lines[j + 1]) if j + 1 < len(lines) else ""
            if _locality_alone(place) and not any(orgs.locality_of(orgs.fold(b)) for b in chain):
                chain = [f"{orgs.fold(b)} {place}" for b in chain]
            return chain
    return []


def _stacked_heads(region: str) -> list[str]:
    """Two bodies a letterhead stacks over the locality they share ('ỦY BAN NHÂN DÂN' / 'ỦY BAN MTTQ
    VIỆT NAM' / 'TỈNH ĐẮK LẮK'), each named with it; [] when the letterhead is not so."""
    lines = [ln.strip(" |*") for ln in region.split("\n")]
    lines = [ln for ln in lines if ln and not is_rule(ln)]
    for i in range(len(lines) - 2):
        a, b, place = (orgs.fold(x) for x in lines[i:i + 3])
        # (not one head a copy printed twice: 'ỦY BAN NHÂN DÂN' / 'ỦY BAN NHÂN DÂN' / 'TỈNH VĨNH LONG')
        if a in ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN") and b != a and orgs.is_head_start(b) and not orgs.locality_of(b) \
                and _locality_alone(place):
            return [f"{a} {place}", f"{b} {place}"]
    return []


def joint_chain(h, region: str) -> None:
    """A joint letterhead ('LIÊN NGÀNH / SỞ TÀI CHÍNH - / SỞ CÔNG THƯƠNG'): the issuer is
    the joint name, the parent the body above it."""
    chain = _dash_chain(region)
    stacked = [] if chain else _stacked_heads(region)
    if not (chain or stacked) or h.issuer is None or " - " in h.issuer:
        return
    h.issuer = " - ".join(orgs.display(b) for b in chain or stacked)
    if stacked:  # the two bodies are the whole letterhead: no parent above them
        h.issuer_parent = None
        return
    words = {w for b in chain for w in orgs.fold(b).split()}
    # (a body named only by the chain's words is the chain itself, its lines run together: not a parent above it)
    rest = [JOINT_MARK.sub("", orgs.fold(b)).strip() for b in h.bodies
            if not set(orgs.fold(b).replace("-", " ").replace("–", " ").split()) <= words]
    rest = [b for b in rest if b]
    h.issuer_parent = orgs.display(rest[-1]) if rest else None


# a cell naming only an organ of the body above it: the issuer is that body's organ
_ORGANS = {"ĐOÀN CHỦ TỊCH": "Đoàn Chủ tịch", "BAN THƯỜNG VỤ": "Ban Thường vụ", "THƯỜNG TRỰC": "Thường trực",
           "BAN CHẤP HÀNH": "Ban Chấp hành", "BAN BÍ THƯ": "Ban Bí thư", "BAN THƯỜNG TRỰC": "Ban Thường trực",
           # a mass organisation's central committee under its name ('HỘI NÔNG DÂN VIỆT NAM')
           "BAN CHẤP HÀNH TRUNG ƯƠNG": "Ban Chấp hành Trung ương", "BAN THƯỜNG VỤ TRUNG ƯƠNG": "Ban Thường vụ Trung ương",
           "BAN BÍ THƯ TRUNG ƯƠNG": "Ban Bí thư Trung ương",
           # the Young Pioneers' central council under 'ĐỘI TNTP HỒ CHÍ MINH'
           "HỘI ĐỒNG TRUNG ƯƠNG": "Hội đồng Trung ương"}
# an organ a letterhead names above the body it belongs to ('HỘI ĐỒNG THẨM PHÁN' / 'TÒA ÁN NHÂN DÂN TỐI CAO')
_ORGANS_ABOVE = {"HỘI ĐỒNG THẨM PHÁN": "Hội đồng Thẩm phán", "HỘI ĐỒNG QUẢN TRỊ": "Hội đồng quản trị",
                 "HỘI ĐỒNG THÀNH VIÊN": "Hội đồng thành viên"}


def _insurance_of(code: str | None, place: str | None) -> str | None:
    """'2618/BHXH-KHTC' without letterhead: the social insurance of the province its place line names, the
    national one from Hà Nội (whose city's own office is rarer among the letters a registry receives)."""
    if code != "BHXH" or not place:
        return None
    loc = orgs.locality_for_place(place)
    if loc == "thành phố Hà Nội":
        return "Bảo hiểm xã hội Việt Nam"
    return f"Bảo hiểm xã hội {loc}" if loc else None


def _with_place(h, shown: str) -> str:
    """'UBND tỉnh' (or 'UBND'), a committee named by its level alone: with the place the letter gives it
    ('UBND tỉnh Hà Giang'), never one of another level ('UBND tỉnh' is not completed by a city's name)."""
    head, _, level = shown.partition(" ")
    if head not in ("UBND", "HĐND") or level not in ("", "tỉnh", "thành phố"):
        return shown
    loc = locality.committee_locality(h, head, level or None)
    return f"{head} {loc}" if loc else shown


# 'THƯ KÊU GỌI / của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định ủng hộ …': a title naming whose it is
_TITLED_ISSUER = re.compile(rf"^của\s+(.+?\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+{UP}{LOW}*"
                            rf"(?:\s+{UP}{LOW}*)*)(?=\s+{LOW}|$)")


def _titled_issuer(subject: str | None) -> str | None:
    m = _TITLED_ISSUER.match(subject or "")
    return orgs.level_case(re.sub(r"^(?:Ủy|Uỷ) ban nhân dân\b", "UBND", m.group(1))) \
        if m and orgs.is_head_start(m.group(1)) else None


def _under(body: str, letterhead: str) -> bool:
    """Whether *body* (named by a number's code) is of the kind that sits under *letterhead*: a department
    under a province's or city's committee, a general department or department under a ministry, a department
    under its general department ('TỔNG CỤC HẢI QUAN' over 'Số: 4001/GSQL-GQ4')."""
    return (body.startswith("Sở ") and letterhead.startswith(("UBND tỉnh", "UBND thành phố"))
            or body.startswith(("Tổng cục ", "Cục ")) and letterhead.startswith("Bộ ")
            or body.startswith("Cục ") and letterhead.startswith("Tổng cục "))


def _province_completed(issuer: str, text: str) -> str:
    """'UBND tỉnh Lào' whose province's last word OCR set on another line: the one province it begins, when
    the letter names that province in full elsewhere ('… trên địa bàn tỉnh Lào Cai')."""
    m = re.fullmatch(r"(.+ tỉnh) (\S+(?: \S+)?)", issuer)
    if not m or m.group(2) in PROVINCES:
        return issuer
    whole = [p for p in PROVINCES if p.startswith(m.group(2) + " ")]
    named = [p for p in whole if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text, re.I)]
    return f"{m.group(1)} {named[0]}" if len(whole) == 1 and named else issuer


# a header cell cut short: 'BỘ TÀI NGUYÊN VÀ', 'BỘ VĂN HOÁ, THỂ THAO', 'BỘ LAO ĐỘNG -'
_CUT_SHORT = re.compile(r"(?:\bVÀ|,|-|–)$")


def _spaceless(name: str) -> str:
    return re.sub(r"\s+", "", orgs.bare(name))


def _cut_name_completed(name: str) -> str:
    """A body's name its header cell cut short ('BỘ THÔNG TIN VÀ'): the one known body it begins, else as it is."""
    folded = orgs.fold(name)
    if not _CUT_SHORT.search(folded):
        return name
    known = {body for body in orgs.CODE_BODIES.values() if orgs.fold(body).startswith(folded.rstrip(" ,-–") + " ")}
    return known.pop() if len(known) == 1 else name


def read_issuer(h) -> None:
    text = h.text
    bodies = h.bodies
    # the code names the body also on a number line left blank for the register ('Số: /SGDĐT-GDTH')
    code = numbers.issuer_code(h.number or h.blank_number)
    if bodies and not orgs.is_head_start(bodies[-1]) and orgs.fold(bodies[-1]) not in _ORGANS and (
            orgs.body_of_code(code) or not (h.number or h.issued_date)):
        # capitals above the number that name no body ('TƯ VẤN & DỊCH VỤ'): the code names it; a post
        # with neither number nor date: a site's section heading ('CHỈ ĐẠO ĐIỀU HÀNH'), not a letterhead
        bodies = []
    if bodies:
        issuer = bodies[-1]
        parent = bodies[-2] if len(bodies) > 1 else None
        if parent and re.search(r"\d", parent) and not orgs.is_head_start(parent):
            parent = None  # OCR's debris above a scan's letterhead ('T1PT', 'F 4M'), no body's name
        d_issuer = orgs.display(issuer)
        head, _, named = d_issuer.partition(" ")
        # the level left out: 'ỦY BAN NHÂN DÂN / LÀO CAI' (a province), '/ TÙNG CHÂU' (the level the letter names it
        # with); a level of its own stands ('THÀNH PHỐ THANH HÓA' is the city, not the province it is named after)
        if head in ("UBND", "HĐND") and not orgs.PLACE_AT.match(orgs.fold(named)) and not orgs.locality_of(issuer):
            place = orgs.locality_for_place(named) or locality.level_before(text[h.start:], orgs.locality_case(named))
            d_issuer = f"{head} {place}" if place else d_issuer
        if d_issuer in ("UBND", "HĐND") and not orgs.locality_of(issuer):
            loc = locality.capitals_locality(text[h.start:h.start + 3000]) or locality.committee_locality(h, d_issuer)
            d_issuer = f"{d_issuer} {loc}" if loc else d_issuer
        d_issuer = _province_completed(d_issuer, text)
        # a header cell cut short ('BỘ TÀI NGUYÊN VÀ', 'BỘ VĂN HOÁ, THỂ THAO'): the code names the whole body
        by_code = orgs.body_of_code(code)
        if by_code and (_CUT_SHORT.search(orgs.fold(issuer)) and orgs.fold(by_code).startswith(
                orgs.fold(d_issuer)) or orgs.fold(by_code).startswith(orgs.fold(d_issuer) + " ")):
            d_issuer = by_code
        if by_code and by_code not in ("UBND", "HĐND") and (_spaceless(by_code) == _spaceless(d_issuer)
                                                         or one_word_lost(by_code, d_issuer)):
            # a name a broken font misspelt ('BỘ CƠNG THƯƠNG') or OCR spaced otherwise ('LAO ĐỘNG-THƯƠNG BINH /
            # VA XÃ HỘI'), spelt as the code names it
            d_issuer = by_code
        if by_code and parent and _under(by_code, d_issuer) and _under(orgs.display(parent), d_issuer):
            # a line above the letterhead that names a body of lower rank ('CUC THUE TINH HOA BINH' over 'BỘ TÀI
            # CHÍNH'): the receiving office's stamp or note, never the ministry's parent
            parent = None
        if by_code and parent is None and _under(by_code, d_issuer) \
                and orgs.fold(by_code) not in orgs.fold(text[h.start:h.number_span[0]] if h.number_span else ""):
            # the department's line lost under its province's ('UBND TỈNH X' over 'Số: 283/SXD-QLN'), a
            # general department's under its ministry's ('BỘ TÀI CHÍNH' over 'Số: 1727/TCT-QLRR'): the
            # code names the body, the line above is its parent
            d_issuer, parent = by_code, issuer
        unit = unheaded.initials_named(text, code, h.start) if not by_code and parent is None and head == "Bộ" else None
        if unit and re.match(r"(?:Tổng cục|Cục|Vụ|Viện|Thanh tra|Văn phòng)\s", unit):
            # a department's line lost under its ministry's ('BỘ THÔNG TIN VÀ' over 'Số: 2627/CXB-QLXB'): the
            # department the code spells, as the letter names it ('Cục Xuất bản thông báo …')
            d_issuer, parent = unit, _cut_name_completed(issuer)
        h.issuer = _union_name(d_issuer, text[h.start:h.start + 600])
        h.issuer_parent = orgs.display(parent) if parent else None
        organ = _ORGANS.get(orgs.fold(issuer))
        if organ and parent:  # 'ĐOÀN CHỦ TỊCH' under the body it is the presidium of
            h.issuer, h.issuer_parent = f"{organ} {orgs.display(parent)}", None
        organ = _ORGANS_ABOVE.get(orgs.fold(parent)) if parent else None
        if organ:  # the court's council of judges, the corporation's board
            h.issuer, h.issuer_parent = f"{organ} {h.issuer}", None
        joint = _joint(bodies, h.doc_type)
        if joint:
            h.issuer, h.issuer_parent = joint, None
        return
    body = orgs.body_of_code(code)
    joint = orgs.joint_of_code(h.number)
    if joint:  # a joint text without its letterheads: each body its code names ('TTLT-BTC-BVHTTDL')
        h.issuer = joint
        return
    if not body:  # no letterhead and a code that names no body: what the rest of the letter says
        named = unheaded.authority_line(text, h.start)
        if named:
            h.issuer = orgs.display(named) if orgs.locality_of(named) else _with_place(h, orgs.display(named))
        else:
            h.issuer = (unheaded.attribute_issuer(text) or h.relay_issuer and _with_place(h, h.relay_issuer)
                        or unheaded.initials_named(text, code, h.start)
                        or _with_place(h, unheaded.self_named(text, h.body_start) or "") or _titled_issuer(h.subject)
                        or _insurance_of(code, h.place))
        return
    if body in ("UBND", "HĐND"):
        relayed = orgs.display(h.relay_issuer) if h.relay_issuer else ""
        level = relayed[len(body) + 1:] if relayed.startswith(body + " ") else ""
        # a post naming only the level ('Ủy ban nhân dân huyện ban hành …'): that level's place named in the post
        loc = locality.named_at_level(text, level) if level in locality.LOWER_LEVELS else (
            locality.committee_locality(h, body) or (locality.named_at_level(text, level) if level in ("tỉnh", "thành phố") else None))
        h.issuer = f"{body} {loc}" if loc else relayed if relayed.startswith(body + " ") else body
    elif body == "Văn phòng":
        h.issuer = "Văn phòng"
        relayed = orgs.display(h.relay_issuer) if h.relay_issuer else ""
        if relayed.startswith("Văn phòng "):  # the office a site's card names ('Văn phòng Đoàn ĐBQH và HĐND tỉnh X')
            h.issuer = relayed
            return
        m = re.search(r"Văn phòng\s+(?:Ủy|Uỷ|ỦY)\s+ban\s+nhân\s+dân\s+(tỉnh|thành phố|huyện)", text, re.I)
        loc = locality.mentioned_locality(text, "UBND") or orgs.locality_for_place(h.place)
        if m or loc:
            h.issuer_parent = f"UBND {loc}" if loc else "UBND " + m.group(1).lower()
    else:
        h.issuer = body
        relayed = orgs.display(h.relay_issuer) if h.relay_issuer else ""
        province = orgs.locality_for_place(re.sub(r"^(?:tỉnh|thành phố)\s+", "", relayed[len(body):].strip(), flags=re.I)) \
            if orgs.fold(relayed).startswith(orgs.fold(body) + " ") and body.startswith("Sở ") else None
        if province:  # 'Sở TN&MT Sơn La vừa có …': the department, under its province's committee
            h.issuer_parent = f"UBND {province}"
        elif orgs.fold(relayed).startswith(orgs.fold(body) + " "):  # 'Tỉnh ủy Thừa Thiên Huế' a news post names
            h.issuer = relayed
        elif orgs.is_head_start(orgs.fold(relayed)) and orgs.fold(relayed) != orgs.fold(body) and (
                body.endswith(" ủy") and "ỦY" in orgs.fold(relayed) or orgs.fold(body) in orgs.fold(relayed)):
            h.issuer = h.relay_issuer  # a code shared by a body and its boards ('…/TU': 'Ban Thường vụ Thành ủy';
            # '…/CĐ-TW': 'Ban Chỉ đạo Trung ương …'), written as the sentence has it
        if body.startswith("Sở "):
            loc = orgs.locality_for_place(h.place)
            h.issuer_parent = f"UBND {loc}" if loc else h.issuer_parent
