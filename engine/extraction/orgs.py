"""Names of issuing bodies: splitting a header into bodies, casing, abbreviations.

The clerk's convention (shared/spec/seed-letters.gold.json) is kept: 'Ủy ban nhân
dân' is written UBND, 'Hội đồng nhân dân' HĐND, the issuer is the lowest-level
body and its parent is given separately ('Sở Y tế' under 'UBND tỉnh Kiên Giang').
"""
from __future__ import annotations

import re

from .codes import CODE_BODIES  # the bodies numbers' issuer codes name (re-exported)
from .names import CITIES, HEADS, LETTERHEAD_WORDS, LOCALITY, PROVINCES, SECTORS  # noqa: F401 (re-exported)
from .spelling import bare, fold, garbled, repair_head, respell  # noqa: F401 (re-exported)
from .sectors import school_level_in_full, sector_in_full  # noqa: F401 (re-exported)
from .places import (PLACE_AT, locality_case, locality_for_place, locality_of, names_place,  # noqa: F401 (re-exported)
                     place_case, place_spelt_bare, title_words)
from .text import squash

_HEADS_SORTED = sorted(HEADS, key=lambda h: -len(h.split()))


_ABBREV_IN = [  # long form -> short form used in output
    (r"ỦY BAN NHÂN DÂN", "UBND"), (r"HỘI ĐỒNG NHÂN DÂN", "HĐND"),
]
LONG_FORMS = {short: long for long, short in _ABBREV_IN}  # 'UBND' -> 'ỦY BAN NHÂN DÂN'


def _rejoined(lines: list[str]) -> list[str]:
    """A name's first word OCR set on a line of its own, joined back to the rest ('UY' / 'BAN NHÂN DÂN'):
    when the word and the next line's first words are a known name of the letterhead as respelt."""
    out: list[str] = []
    for line in lines:
        if out and len(out[-1].split()) == 1 and " " in line:
            joined = respell(f"{out[-1]} {line}")
            if joined.split()[0] != fold(out[-1]) and fold(joined).startswith(tuple(_HEADS_SORTED)):
                out[-1] = joined
                continue
        out.append(line)
    return out


def bodies_of_lines(lines: list[str]) -> list[str]:
    """The letterhead's bodies, parent first, from its lines: as ``split_bodies`` of them all (respelt), and
    also split where a line opening with a head follows a body already named in full on its own
    lines ('TỔNG CỤC THUẾ' / 'CỤC THUẾ TP HÀ NỘI'), which the words alone would keep as one, or
    follows lines that name no body (OCR's debris 'F 4M' above the letterhead)."""
    groups: list[list[str]] = []
    for line in map(respell, _rejoined(lines)):  # ('TỎNG CỤC THUẾ' as OCR spelt it is a whole body's name)
        current = fold(" ".join(groups[-1])) if groups else ""
        if current and fold(line) == current:
            continue  # a line a copy printed twice ('ỦY BAN NHÂN DÂN' / 'ỦY BAN NHÂN DÂN' / 'TỈNH VĨNH LONG')
        head = next((h for h in _HEADS_SORTED if current == h or current.startswith(h + " ")), None)
        debris = head is None and current not in _QUALIFIERS and not is_head_start(f"{current} {line}")
        # (a head's word alone ends the name above it: 'SỞ NÔNG NGHIỆP VÀ MÔI' / 'TRƯỜNG')
        ends_name = fold(line) in _PLACE_SYLLABLES and head is not None
        if groups and is_head_start(line) and not ends_name \
                and (debris or head and len(current.split()) > len(head.split())) \
                or groups and fold(line) in _ORGAN_LINES and head is not None \
                or current == "VĂN PHÒNG" and fold(line).startswith("PHÒNG "):
            # ('HĐND' / 'TỈNH X' / 'THƯỜNG TRỰC'; an office's own section under it: 'VĂN PHÒNG' / 'PHÒNG NỘI CHÍNH')
            groups.append([line])
        elif groups:
            groups[-1].append(line)
        else:
            groups.append([line])
    return [body for group in groups for body in split_bodies(respell(" ".join(group)))]


_REPEATED_OPENING = re.compile(r"^(\S+(?:\s+\S+){0,4})\s+\1(?=\s|$)")


def split_bodies(upper_text: str) -> list[str]:
    """Split an upper-case header string into bodies, parent first.

    'UBND TỈNH KIÊN GIANG SỞ Y TẾ' -> ['UBND TỈNH KIÊN GIANG', 'SỞ Y TẾ'].
    A head starts a new body only when the current one already has two words
    after its own head ('BỘ QUỐC PHÒNG' stays whole).
    """
    # (a head a copy printed twice is one, also on one line: 'ỦY BAN NHÂN DÂN ỦY BAN NHÂN DÂN TỈNH VĨNH LONG')
    words = _REPEATED_OPENING.sub(r"\1", repair_head(upper_text)).split()
    bodies: list[list[str]] = []
    i = 0
    current_after = 0
    whole = False  # the current body is a name complete in itself ('TÒA ÁN NHÂN DÂN TỐI CAO')
    while i < len(words):
        matched = None
        for head in _HEADS_SORTED:
            hw = head.split()
            if words[i:i + len(hw)] == hw:
                matched = hw
                break
        prev = words[i - 1] if i else ""
        if matched is None and words[i] == "KHOA" and _faculty(bodies, words[i + 1:i + 2], prev):
            matched = ["KHOA"]  # (a head here only: elsewhere 'khoa học' opens many a title's line)
        # 'CHÍNH PHỦ' after a name is part of it ('BAN CƠ YẾU CHÍNH PHỦ', 'VĂN PHÒNG CHÍNH PHỦ');
        # 'XÃ HỘI' ends a sector ('THƯƠNG BINH VÀ XÃ HỘI'), 'DỊCH VỤ' is services, 'MÔI TRƯỜNG' the
        # environment: not 'HỘI', 'VỤ', 'TRƯỜNG'; right after 'THÀNH PHỐ', 'HUYỆN', … a head word
        # is the place's name ('THÀNH PHỐ HỘI AN', 'HUYỆN VỤ BẢN')
        suffix = matched is not None and bodies and " ".join(matched).endswith("CHÍNH PHỦ")
        # the second syllable of a place's name ('XÃ TÂN HỘI', 'XÃ AN TRƯỜNG'): no body begins there
        # 'TRƯỜNG' heads a school ('TRƯỜNG THPT …', 'TRƯỜNG ĐẠI HỌC …'); before a name it is part of it
        # ('HỘI TRUYỀN THỐNG TRƯỜNG SƠN')
        kinds = _HEAD_KINDS.get(" ".join(matched or []))
        # ('ĐẢNG ỦY TRƯỜNG ĐẠI HỌC VINH', 'BCH ĐOÀN TRƯỜNG …': a committee of the school, one body)
        school = kinds is not None and i + 1 < len(words) and bare(words[i + 1]) in kinds \
            and not (bodies and all(w in _COMMITTEE_WORDS for w in bodies[-1]))
        suffix = suffix or kinds is not None and bodies and not school
        # 'TRƯỜNG ĐẠI HỌC', 'GIÁO DỤC ĐẠI HỌC', 'SAU ĐẠI HỌC': a university's words going on a name
        suffix = suffix or matched == ["ĐẠI", "HỌC"] and bare(prev) in ("TRUONG", "DUC", "SAU")
        suffix = suffix or matched is not None and " ".join(matched) in _PLACE_SYLLABLES and i >= 2 \
            and words[i - 2] in _LEVEL_WORDS and words[i - 1].isalpha() \
            and re.search("[AEIOUY]", bare(words[i - 1]))  # a syllable, not 'HCM' (a place in full)
        # (a name never says its word twice: 'CỤC THUẾ' ends before 'THUẾ TỈNH VĨNH LONG')
        doubled = matched is not None and current_after >= 1 and bool(bodies) and bodies[-1][-1] == matched[0]
        if matched and not suffix and (not bodies or current_after >= 2 or whole or school or doubled) \
                and prev not in _NOT_BEFORE_HEAD and not (bare(prev) == prev and prev in _NOT_BEFORE_HEAD_BARE):
            bodies.append(list(matched))
            i += len(matched)
            current_after = 0
            whole = " ".join(matched) in _WHOLE_NAMES
            continue
        if not bodies:
            bodies.append([])
        bodies[-1].append(words[i])
        current_after += 1
        i += 1
    out = [" ".join(b) for b in bodies if b]
    # 'THƯỜNG TRỰC' / 'BAN THƯỜNG VỤ' on its own names the standing part of the body below it
    merged: list[str] = []
    for b in out:
        if merged and merged[-1] in _QUALIFIERS:
            merged[-1] = f"{merged[-1]} {b}"
        else:
            merged.append(b)
    return merged


def _faculty(bodies: list[list[str]], following: list[str], prev: str) -> bool:
    """'KHOA' opens a faculty's name under a school's ('TRƯỜNG ĐẠI HỌC Y DƯỢC CẦN THƠ' / 'KHOA Y TẾ CÔNG CỘNG') or a
    department's under a hospital's or health centre's ('TRUNG TÂM Y TẾ …' / 'KHOA KIỂM SOÁT BỆNH TẬT'), never
    'KHOA HỌC' nor the word of a name ('BÁCH KHOA', 'ĐA KHOA', 'NHA KHOA', 'CHUYÊN KHOA')."""
    school = bool(bodies) and (" ".join(bodies[-1][:2]) in ("TRƯỜNG ĐẠI", "TRƯỜNG CAO", "ĐẠI HỌC", "HỌC VIỆN",
                                                            "BỆNH VIỆN") or bodies[-1][:3] == ["TRUNG", "TÂM", "Y"])
    return school and following != ["HỌC"] and bare(prev) not in ("BACH", "DA", "NHA", "CHUYEN")


_NOT_BEFORE_HEAD = ("CƠ", "QUỐC", "XÃ", "DỊCH", "MÔI", "THỊ", "HIỆN", "NHIỆM", "PHỤC", "NGHIỆP",
                    "PHỐ", "TỈNH", "HUYỆN", "QUẬN", "TRẤN", "PHƯỜNG", "BIÊN",  # ('BỘ ĐỘI BIÊN PHÒNG')
                    "KHOA",  # ('BỆNH VIỆN ĐA KHOA TRUNG TÂM AN GIANG')
                    "ĐẠI")  # ('BAN TỔ CHỨC ĐẠI HỘI ĐẠI BIỂU …': a congress, no 'HỘI' of its own)
# also as OCR drops the marks ('TRUONG ĐẠI HỌC'), but a word with its marks is itself ('HÀ TĨNH SỞ …' is no 'TỈNH')
_NOT_BEFORE_HEAD_BARE = {bare(w) for w in _NOT_BEFORE_HEAD}
# 'BCH ĐOÀN', 'BAN CHẤP HÀNH ĐOÀN' (not the health sector's 'Y TẾ' of 'TRẠM Y TẾ': 'BỘ Y TẾ TRƯỜNG ĐẠI HỌC …' is two)
_COMMITTEE_WORDS = {w for h in HEADS if h != "TRẠM Y TẾ" for w in h.split()} | {"CHẤP", "HÀNH"}
_PARTY_COMMITTEES = ("TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY", "QUẬN ỦY", "THỊ ỦY")
_LEVEL_WORDS = ("XÃ", "PHƯỜNG", "TRẤN", "HUYỆN", "QUẬN", "TỈNH", "PHỐ", "TP", "TP.")
_SCHOOL_WORDS = {bare(w) for w in ("ĐẠI", "ĐH", "CAO", "CĐ", "TRUNG", "TC", "THPT", "THCS", "TH", "TIỂU", "MẦM", "MẪU",
                                   "PHỔ", "PT", "PTDTNT", "PTDTBT", "CHÍNH", "BỒI", "DÂN", "NĂNG", "QUÂN", "SĨ", "HỮU",
                                   "KỸ", "KĨ", "DẠY", "NGHIỆP", "CÁN", "ĐÀO", "QUỐC", "THỰC", "LIÊN", "NGOẠI", "SƯ")}
# heads that start a body only before the word of their kind ('TRƯỜNG THPT …', 'ĐÀI PHÁT THANH …'); before a
# name they are part of it ('HỘI TRUYỀN THỐNG TRƯỜNG SƠN', 'TRƯỜNG THCS BẢO ĐÀI')
_HEAD_KINDS = {"TRƯỜNG": _SCHOOL_WORDS,
               "ĐÀI": {bare(w) for w in ("PHÁT", "TRUYỀN", "KHÍ", "TIẾNG", "THÔNG", "TT-TH", "PT-TH", "PTTH")}}
_PLACE_SYLLABLES = ("HỘI", "VỤ", "TRƯỜNG", "ĐOÀN", "PHÒNG")  # heads that also end places' names ('HẢI PHÒNG')
_PARTY_BOARDS = ("BAN CÁN SỰ ĐẢNG", "ĐẢNG ĐOÀN")  # a party's board inside a body: 'BAN CÁN SỰ ĐẢNG BỘ TƯ PHÁP'
# (and a chairman issuing in his own name: 'CHỦ TỊCH' / 'ỦY BAN NHÂN DÂN TỈNH X' is one issuer, not a body over another)
_QUALIFIERS = ("THƯỜNG TRỰC", "BAN THƯỜNG VỤ", "TẬP THỂ", "CHỦ TỊCH", *_PARTY_BOARDS)
# a body's standing part named on a line of its own under the body ('HỘI ĐỒNG NHÂN DÂN' / 'TỈNH X' / 'THƯỜNG TRỰC')
_ORGAN_LINES = ("THƯỜNG TRỰC", "BAN THƯỜNG TRỰC", "BAN THƯỜNG VỤ")
_WHOLE_NAMES = ("TÒA ÁN NHÂN DÂN TỐI CAO", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ")


_PLACES_LONGEST_FIRST = sorted(PROVINCES + CITIES, key=len, reverse=True)


def _sector_case(s: str) -> str:
    """'GIÁO DỤC VÀ ĐÀO TẠO' -> 'Giáo dục và Đào tạo'; unknown words title-cased as names."""
    f = fold(s)
    for sector in sorted(SECTORS, key=len, reverse=True):
        if f.startswith(fold(sector)):
            rest = s.split()[len(sector.split()):]
            return sector + ((" " + title_words(" ".join(rest))) if rest else "")
    for place in _PLACES_LONGEST_FIRST:  # 'CAO ĐẲNG Y TẾ ĐỒNG THÁP': a province's or city's name ends it
        if f.endswith(" " + fold(place)) and len(f) > len(place) + 1:
            return f"{_sector_case(s[:len(s) - len(place)].strip())} {place}"
    pieces = re.split(r"(\s+VÀ\s+|\s*,\s*|\s+-\s+)", s)
    out = []
    for p in pieces:
        if re.fullmatch(r"\s+VÀ\s+", p or ""):
            out.append(" và ")
        elif p and p.strip() in (",", "-"):
            out.append(p.replace(" ", "") + " " if p.strip() == "," else " - ")
        elif p:
            w = p.strip().split()
            # ('BAN QUẢN LÝ CÁC KHU KINH TẾ': a plural's 'các' opens no name)
            first = "các" if w[0] in ("CÁC", "Các", "các") else _word_case(w[0], True)
            out.append(" ".join([first] + [_word_case(x, False) for x in w[1:]]))
    out_s = proper("".join(out))
    return re.sub(r"(?<=\S )trung ương\b", "Trung ương", out_s)  # 'Ban Chấp hành Trung ương', 'Văn phòng Trung ương'


# proper names inside a body's name, written with their capitals: the country's, the Front's, Hồ Chí Minh's
# and the provinces' and cities' ('Hội Truyền thống Trường Sơn - Đường Hồ Chí Minh', 'Trường Cao đẳng Y tế Bạch Mai')
_PROPER_NAMES = {n.casefold(): n for n in ["Việt Nam", "Mặt trận Tổ quốc", "Hồ Chí Minh", *PROVINCES, *CITIES]}
_PROPER_RE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, _PROPER_NAMES), key=len, reverse=True))
                        + r")(?!\w)", re.I)


def proper(s: str) -> str:
    """The proper names in a body's name keep their capitals whatever case the words around them take."""
    return _PROPER_RE.sub(lambda m: _PROPER_NAMES.get(m.group(0).casefold(), m.group(0)), s)


def has_vowel(word: str) -> bool:
    """True when *word* has a vowel (accents aside): an abbreviation ('MTTQ', 'TP') has none."""
    return bool(set(bare(word).upper()) & set("AEIOUY"))


# the shape of one Vietnamese syllable (marks aside): what no syllable can be is an abbreviation ('QLDA', 'ĐHCQ')
_SYLLABLE = re.compile(r"(?:NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDGHKLMNPQRSTVX])?[AEIOUY]{1,3}(?:NG|NH|CH|[CMNPTIYOU])?")


def _word_case(word: str, first: bool) -> str:
    """A word of a name in sentence case; an abbreviation keeps its capitals ('MTTQ', 'TNCS', 'QLDA')."""
    if len(word) >= 2 and word.isupper() and (not has_vowel(word) or len(word) >= 3 and word.isalpha()
                                              and not _SYLLABLE.fullmatch(bare(word))):
        return word
    if not first and re.fullmatch(r"[IVX]{2,4}", word):  # a Roman numeral ('KHU VỰC VI', 'KHÓA XIV')
        return word
    return word[:1] + word[1:].lower() if first else word.lower()


_KNOWN_SPELLING = {fold(name): name for name in CODE_BODIES.values() if " " in name}
# ... also as a copy ran two of its words together ('THƯƠNG BINHVÀ XÃ HỘI')
_KNOWN_SPACELESS = {re.sub(r"\s+", "", key): name for key, name in _KNOWN_SPELLING.items()}
# a code as a text layer or OCR without the 'Đ' gives it ('BGDDT'): the body, where that reads only one
_CODE_BARE: dict[str, str | None] = {}
for _key, _name in CODE_BODIES.items():
    _CODE_BARE[bare(_key)] = _name if _CODE_BARE.get(bare(_key), _name) == _name else None


def body_of_code(code: str | None) -> str | None:
    """The body a number's issuer code names ('SYT' -> 'Sở Y tế'), also without its 'Đ' ('BGDDT')."""
    return (CODE_BODIES.get(code) or _CODE_BARE.get(bare(code))) if code else None


def joint_of_code(number: str | None) -> str | None:
    """'Bộ Tài chính - Bộ Y tế' for a joint text's number ('144/2014/TTLT-BTC-BYT', '01/2004/TTLT/BVHTT-BYT'),
    when its code names every body it joins."""
    m = re.search(r"/TTLT[-/]([^/]+)$", number or "")
    parts = m.group(1).split("-") if m else []
    bodies = [body_of_code(p) for p in parts]
    return " - ".join(bodies) if len(bodies) >= 2 and all(bodies) else None


def known_body(name: str) -> bool:
    """True for a body a number's code names, however it is cased ('Tổng cục Thống kê')."""
    return fold(name) in _KNOWN_SPELLING
_SCHOOL_RE = re.compile(r"^TRƯỜNG (?P<level>THPT CHUYÊN|THPT|THCS|TH&THCS|TH VÀ THCS|THCS VÀ THPT|TIỂU HỌC|MẦM NON|"
                        r"MẪU GIÁO|PTDTNT|PTDTBT|PT DTNT|TH) (?P<name>[^\d,]+)$")


def display(body: str) -> str:
    """Upper-case body name -> the form clerks write ('UBND tỉnh Kiên Giang', 'Sở Y tế')."""
    f = fold(body)
    known = _KNOWN_SPELLING.get(f) or _KNOWN_SPACELESS.get(re.sub(r"\s+", "", f))
    if known:  # a body known by its code is written as it writes itself
        return known
    f = re.sub(r"\bTP(?:\.\s*|\s+)(?=\w)", "THÀNH PHỐ ", f)  # 'TP.HCM', 'TP HÀ NỘI'
    f = re.sub(r"\bTHÀNH PHỐ HCM\b", "THÀNH PHỐ HỒ CHÍ MINH", f)
    f = re.sub(r"\bTX\.\s*(?=\w)", "THỊ XÃ ", f)
    f = re.sub(r"^TRƯỜNG (?:ĐH|ĐẠI HỌC)\b", "TRƯỜNG ĐẠI HỌC", f)  # 'TRƯỜNG ĐH KHOA HỌC …': the school in full
    f = re.sub(r"^TRƯỜNG CĐ\b", "TRƯỜNG CAO ĐẲNG", f)
    f = school_level_in_full(f) if f.startswith("TRƯỜNG ") else f  # 'TRƯỜNG MN BÀN ĐẠT': the school's level in full
    school = _SCHOOL_RE.match(f)
    if school:  # 'TRƯỜNG THCS XUÂN LƯƠNG': the school's level as written, its name a proper name
        words = [w if not has_vowel(w) else w.lower() for w in school.group("level").split()]
        level = " ".join(words)
        level = level[:1].upper() + level[1:]  # 'THPT chuyên', 'Tiểu học', 'THCS'
        return f"Trường {level} {title_words(school.group('name'))}"
    f = fold(sector_in_full(f))
    f = re.sub(r"\s+TP\.?$", "", f)  # 'SỞ Y TẾ TP': the city named by the page, not here
    f = re.sub(r"(?<=\S)\s*-\s*(?=(?:BỘ|SỞ|UBND|ỦY BAN)\s)", " - ", f)  # 'THÔNG TIN-BỘ Y TẾ', 'Y TẾ -BỘ': two bodies joined
    parts = re.split(r"\s+-\s+(?=(?:BỘ|SỞ|UBND|ỦY BAN)\s)", f)
    if len(parts) > 1:  # a joint name: each body written as its own
        return " - ".join(display(part) for part in parts)
    for long, short in _ABBREV_IN:
        f = re.sub(r"^" + long + r"\b", short, f)
    chair = re.match(r"CHỦ TỊCH\s+(?=\S)", f)
    if chair and is_head_start(f[chair.end():]):  # the chairman of a body issues in his own name
        return f"Chủ tịch {display(f[chair.end():])}"
    for head in _HEADS_SORTED:
        hf = fold(head)
        if f == hf or f.startswith(hf + " "):
            rest = f[len(hf):].strip()
            head_out = {"UBND": "UBND", "HĐND": "HĐND", "ỦY BAN NHÂN DÂN": "UBND",
                        "HỘI ĐỒNG NHÂN DÂN": "HĐND", "THỦ TƯỚNG CHÍNH PHỦ": "Thủ tướng Chính phủ",
                        "CHÍNH PHỦ": "Chính phủ", "TỔNG LIÊN ĐOÀN": "Tổng Liên đoàn"}.get(hf, hf if not has_vowel(hf) else proper(hf[:1] + hf[1:].lower()))
            if not rest:
                return head_out
            if any(rest == l or rest.startswith(l + " ") for l in LOCALITY):
                return f"{head_out} {locality_case(rest)}"
            if hf in _PARTY_BOARDS and is_head_start(rest):
                return f"{head_out} {display(rest)}"
            if hf in _PARTY_COMMITTEES or hf in ("LIÊN ĐỘI", "CHI ĐỘI"):  # 'HUYỆN ỦY GIANG THÀNH', 'LIÊN ĐỘI TÔ VĨNH DIỆN': a name follows
                return f"{head_out} {title_words(rest)}"
            if hf not in ("TRƯỜNG", "HỌC VIỆN", "ĐẠI HỌC") and re.match(r"(?:TRƯỜNG|HỌC VIỆN|ĐẠI HỌC)\s", rest):  # 'ĐẢNG ỦY TRƯỜNG ĐẠI HỌC VINH': the school's own name
                return f"{head_out} {display(rest)}"
            # 'TRUNG TÂM Y TẾ GIANG THÀNH', 'SỞ Y TẾ', 'BỘ GIÁO DỤC VÀ ĐÀO TẠO'
            loc = PLACE_AT.search(rest)
            if loc:
                return " ".join(filter(None, (head_out, _school_case(hf, _sector_case(rest[:loc.start()].strip())),
                                              place_case(rest[loc.start():]))))
            return f"{head_out} {_school_case(hf, _sector_case(rest))}"
    loc = PLACE_AT.search(f)
    if loc and loc.start() > 0:  # 'THƯỜNG TRỰC HĐND - UBND TỈNH HÒA BÌNH'
        return _restore_abbrev(_first_up(f"{_sector_case(f[:loc.start()].strip())} {place_case(f[loc.start():])}"))
    return _restore_abbrev(_first_up(_sector_case(f)))


def _school_case(head: str, rest: str) -> str:
    """A university's, college's or academy's own name starts with a capital, as Nghị định 30 writes it ('Trường Đại
    học Thủy lợi', 'Trường Cao đẳng Y tế', 'Học viện Tài chính'), not as the words of a sector ('Sở Y tế')."""
    if head == "TRƯỜNG":
        return re.sub(r"^((?:Đại học|Cao đẳng|Trung cấp)\s+)(\w)", lambda m: m.group(1) + m.group(2).upper(), rest)
    return _first_up(rest) if head in ("HỌC VIỆN", "ĐẠI HỌC") else rest


def _first_up(name: str) -> str:
    return name[:1].upper() + name[1:]


def _restore_abbrev(s: str) -> str:
    return re.sub(r"\b(ubnd|hđnd)\b", lambda m: m.group(1).upper(), s, flags=re.I)


_LEVEL_AFTER_COMMITTEE = re.compile(r"^((?:UBND|HĐND)\s+)(" + "|".join(l for l in LOCALITY if l[-1].isalpha())
                                    + r")(?=\s)", re.I)


def level_case(name: str | None) -> str | None:
    """'UBND Tỉnh Long An' (a letterhead whose marks were put back) -> 'UBND tỉnh Long An'."""
    return _LEVEL_AFTER_COMMITTEE.sub(lambda m: m.group(1) + m.group(2).lower(), name) if name else name


# a head's word opening words that name no body: a title's verb or noun ('BAN HÀNH QUY CHẾ …', 'BÁO CÁO …',
# 'HỘI NGHỊ …', 'BỘ MÁY …', 'PHÒNG, CHỐNG …', 'TRƯỜNG HỢP …')
_NOT_A_BODY = re.compile(r"(?:BAN HÀNH|BÁO CÁO|HỘI (?:NGHỊ|THẢO|THI|DIỄN)|BỘ (?:MÁY|TIÊU CHÍ|CHỈ SỐ)|"
                         r"PHÒNG,? (?:CHỐNG|NGỪA|CHÁY)|TRƯỜNG HỢP|VỤ VIỆC|ĐOÀN KẾT|CỤC BỘ)\b")


def is_head_start(s: str) -> bool:
    """True when *s* (any case) starts with the head of a body's name."""
    f = fold(s)
    if _NOT_A_BODY.match(f):
        return False
    return any(f == h or f.startswith(h + " ") for h in _HEADS_SORTED) or f.startswith("UBND")


def canonical(name: str) -> str:
    """Comparison key: folded, long forms abbreviated ('Ủy ban nhân dân' == 'UBND')."""
    f = fold(name)
    for long, short in _ABBREV_IN:
        f = re.sub(long, short, f)
    f = f.replace("VĂN PHÒNG UBND", "VP UBND")
    f = re.sub(r"\bTP\.\s*(?=\w)", "THÀNH PHỐ ", f)  # 'TP. Hồ Chí Minh' == 'thành phố Hồ Chí Minh'
    f = re.sub(r"\b(?:KT\.|K/T\b\.?)\s*", "KÝ THAY ", f)  # 'K/T Chánh Văn phòng' == 'KT. Chánh Văn phòng'
    f = re.sub(r"\bT/([ML])\b\.?\s*", r"T\1. ", f)  # 'T/M Ban Thường vụ' == 'TM. Ban Thường vụ'
    f = re.sub(r"[\"“”'’.;:,]+$", "", f).strip()
    return squash(f)
