"""Who issued a letter whose letterhead cell is lost (a portal copy, a scan cut at the top, a
page that kept only the right-hand column), read from what the rest of the letter says:

- the authority line a decision writes above its basis: 'ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG',
  'BỘ TRƯỞNG BỘ NỘI VỤ', 'CỤC TRƯỞNG CỤC QUẢN LÝ DƯỢC' right before 'Căn cứ …';
- a district-level place line: 'Bắc Hà, ngày …' with 'huyện Bắc Hà' named in the text;
- the document site's attribute table: 'Cơ quan ban hành: Bảo hiểm xã hội Thành phố Hồ Chí Minh';
- the body naming itself in a sentence: 'Ủy ban nhân dân xã Đức Hợp thông báo như sau:'.

Only read when neither the letterhead nor the number's code names the issuer.
"""
from __future__ import annotations

import re

from . import orgs
from .layout import HEAD_ROLES, TYPE_TITLES
from .text import VI_UPPER, is_upper, squash

ROLE_RE = re.compile(rf"^{HEAD_ROLES}\s+")
# a council's term and session under its name ('KHÓA XIII, KỲ HỌP THỨ 3') is not part of it
COUNCIL_TERM = re.compile(r"(?:KHÓA|KHOÁ)\s+[IVXLC\d]+\b|KỲ HỌP\b")
_BASIS_RE = re.compile(r"^[ \t|]*(?:[-–•][ \t]*){0,2}(?:Căn cứ|Xét đề nghị|Theo đề nghị)\b", re.M)  # ('- - Căn cứ')


def authority_line(text: str, start: int, reach: int = 4000) -> str | None:
    """The body a decision's authority line names ('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X' -> 'ỦY BAN NHÂN
    DÂN TỈNH X'), from the line(s) in capitals right above its first 'Căn cứ', known names spelt right."""
    basis = _BASIS_RE.search(text, start, min(len(text), start + reach))
    if not basis:
        return None
    above = [ln.strip(" |*") for ln in text[start:basis.start()].split("\n")]
    above = [ln for ln in above if ln and not COUNCIL_TERM.match(orgs.fold(ln))]
    lines: list[str] = []
    for ln in reversed(above[-3:]):
        if not is_upper(ln):
            break
        lines.insert(0, ln)
        body = ROLE_RE.sub("", orgs.fold(" ".join(lines)))
        if orgs.is_head_start(body) and len(body.split()) >= 2:
            return orgs.respell(body)  # (its names as OCR misspelt them put back, as a letterhead's: 'TỈNH THÀNH HÓA')
    return None


def authority_for_body(text: str, start: int, line: str) -> str | None:
    """A header line that is a decision's authority line under its title ('QUYẾT ĐỊNH' / … / 'BỘ TRƯỞNG BỘ
    TÀI NGUYÊN VÀ MÔI TRƯỜNG' / 'Căn cứ …', a copy with no letterhead): the body its head decides for, which
    issues it. A letterhead naming the head itself above the title ('CHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG') stays."""
    if not ROLE_RE.match(orgs.fold(line)):
        return None
    own = re.compile(rf"^[ \t|*]*{re.escape(line.strip())}[ \t|*]*$", re.M).search(text, start)
    if not own or not _TITLE_LINE.search(text, start, own.start()):
        return None
    return authority_line(text, own.start(), 400)


_TITLE_LINE = re.compile(rf"^[ \t|*]*(?:{'|'.join(TYPE_TITLES)})[ \t]*$", re.M)
_LEVELS = r"(?:huyện|thị xã|quận|thành phố|xã|phường|thị trấn)"


def place_locality(text: str, place: str | None) -> str | None:
    """'huyện Bắc Hà' for the place line 'Bắc Hà, ngày …' when the text names the place with its
    level; None for a province or city (the caller's rules read those) or when unnamed."""
    if not place or orgs.locality_for_place(place):
        return None
    m = re.search(rf"(?<!\w)({_LEVELS})\s+{re.escape(place)}(?!\w)", text, re.I)
    return f"{m.group(1).lower()} {place}" if m else None


_ATTR_RE = re.compile(r"(?:Cơ\s+quan|Đơn\s+vị|Nơi)\s+ban\s+hành\s*:?[ \t|]*([^|\n]{3,120})", re.I)
_ATTR_END = re.compile(r"\s*(?:Người\s+ký|Số\s+công\s+báo|Số\s+hiệu|Loại\s+văn\s+bản|Ngày\s|Tình\s+trạng|Lĩnh\s+vực).*$")


def attribute_issuer(text: str) -> str | None:
    """The issuing body a document site's attribute table names ('Cơ quan ban hành: Bộ Y tế',
    'Nơi ban hành: Tỉnh Lào Cai' for its people's committee)."""
    for m in _ATTR_RE.finditer(text):
        named = issuer_named(_ATTR_END.sub("", m.group(1)))
        if named:
            return named
    return None


def issuer_named(value: str) -> str | None:
    """The body an attribute's value names: 'Bộ Y tế'; 'Tỉnh Lào Cai' for its people's committee; None for no body."""
    value = value.strip(" |:.;")
    if len(value) < 3 or not value[:1].isupper():
        return None
    if orgs.locality_for_place(re.sub(r"^(?:Tỉnh|Thành phố|TỈNH|THÀNH PHỐ)\s+", "", value)) and \
            re.match(r"(?:Tỉnh|Thành phố|TỈNH|THÀNH PHỐ)\s", value):
        return "UBND " + orgs.locality_case(value)
    if orgs.is_head_start(value):
        return orgs.display(value) if is_upper(value) else value
    return None


_SOURCE_RE = re.compile(r"^[ \t(]*Nguồn(?:\s+tin)?\s*:\s*([^\n()]{4,80}?)[ \t).]*$", re.M)


def source_issuer(text: str) -> str | None:
    """The body a post names as its source ('Nguồn tin: Phòng GD&ĐT Ý Yên'), when it is one (not a paper)."""
    for m in _SOURCE_RE.finditer(text):
        name = m.group(1).strip()
        if orgs.is_head_start(orgs.fold(name)) and not re.match(r"(?i)báo\b", name):
            return name
    return None


_SELF_HEADS = (r"Ủy ban nhân dân|Uỷ ban nhân dân|Ủy ban|Uỷ ban|UBND|Hội đồng nhân dân|HĐND|Sở|Bộ|Bảo hiểm xã hội|BHXH|Tổng cục|"
               r"Cục|Chi cục|Trường|Học viện|Đại học|Trung tâm|Bệnh viện|Liên đoàn|Ban|Văn phòng|Phòng|Viện|Tòa án nhân dân|"
               r"Thanh tra")
# the short name a body gives itself before going on: '… (GDĐT)', '… (sau đây gọi tắt là Ban Chỉ đạo)'
_SHORT_NAME = r"(?:\s{0,3}\([^()\n]{1,60}\))?"  # (a wrapped line may put it under the name)
# 'Bộ trưởng Bộ Nội vụ ban hành Thông tư …': the head of the body signing for it
_SELF_ROLES = r"(?:Phó[ \t]+)?(?:Bộ trưởng|Chủ tịch|Giám đốc|Thống đốc|Tổng cục trưởng|Cục trưởng|Chánh án|Viện trưởng)"
_SP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # a space, or a line's break where a copy wrapped the sentence
_SELF_RE = re.compile(
    rf"(?:^|(?<=[.;:])[ \t]+)[ \t]*(?:(?:Vậy|Nay|Vì vậy|Do đó|Do vậy|Về (?:vấn đề|việc|nội dung) này),?[ \t]+)?(?:{_SELF_ROLES}[ \t]+)?(?P<name>(?P<head>(?i:{_SELF_HEADS}))(?:[ \t]+[^\s.,;:()]+){{1,12}}?)"
    rf"{_SHORT_NAME}{_SP}(?:xin{_SP})?(?P<verb>thông{_SP}báo|báo{_SP}cáo|kính{_SP}gửi|trân{_SP}trọng|kính{_SP}đề{_SP}nghị|kính{_SP}trình|"
    rf"đề{_SP}nghị|(?i:hướng{_SP}dẫn)|yêu{_SP}cầu|chỉ{_SP}đạo|ban{_SP}hành|quy{_SP}định|có{_SP}(?:một{_SP}số{_SP})?ý{_SP}kiến|"
    rf"xây{_SP}dựng{_SP}(?:kế{_SP}hoạch|chương{_SP}trình))\b", re.M)
# 'Thực hiện Kế hoạch số … của UBND huyện X, UBND thị trấn Y xây dựng kế hoạch …', '…; Ủy ban nhân dân
# tỉnh X tổ chức Lễ …', '… năm 2015, Ủy ban nhân dân huyện X thông báo …': an opening names its own issuer
# after the document it carries out
_PLAN_SELF_RE = re.compile(
    rf"(?<=[,;])[ \t]+(?P<name>(?P<head>{_SELF_HEADS})(?:[ \t]+[^\s.,;:()]+){{1,8}}?)"
    rf"{_SHORT_NAME}{_SP}(?P<verb>(?:xây{_SP}dựng|ban{_SP}hành){_SP}(?:kế{_SP}hoạch|chương{_SP}trình|hướng{_SP}dẫn|quy{_SP}chế)|"
    rf"thông{_SP}báo|tổ{_SP}chức|đề{_SP}nghị|yêu{_SP}cầu|hướng{_SP}dẫn|chỉ{_SP}đạo|có{_SP}(?:một{_SP}số{_SP})?ý{_SP}kiến)\b", re.I)
_SECTORS = tuple(orgs.fold(s) for s in orgs.SECTORS)
_HEADS_ALONE = set(orgs.HEADS)
_RUN_ON = {"đã", "sẽ", "đang", "vừa", "cũng", "kính", "xin", "và", "các", "với", "được", "ban", "tổ", "có",
           "thường", "triển", "truyền", "tiếp", "phối", "thực", "gửi", "nhận", "trình", "tỉnh", "huyện", "xã", "tại", "hành"}


def self_named(text: str, start: int) -> str | None:
    """'Ủy ban nhân dân xã Đức Hợp thông báo như sau', 'Bộ trưởng Bộ Nội vụ ban hành Thông tư …': a
    body that names itself (or its head) opening a sentence; its name ends in a proper name or is a
    sector's (never 'Sở đã nhận được …')."""
    found = _self_naming(text, start)
    return found[0] if found else None


# what a body naming itself says it does, when nothing else gives the letter's type
_ANNOUNCED = {"THÔNG BÁO": "Thông báo", "HƯỚNG DẪN": "Hướng dẫn"}


# where what is announced ends: '…, cụ thể như sau:', '… một số nội dung như sau:', the sentence's end
_ANNOUNCED_END = re.compile(r"\s*(?:,?\s*(?:cụ thể|một số nội dung|các nội dung|nội dung)?\s*như sau|[.:;]|\n)", re.I)


def self_announced(text: str, start: int) -> tuple[str | None, str | None]:
    """'Sở Nội vụ tỉnh X thông báo thi tuyển công chức năm 2023, cụ thể như sau:', 'Ban X hướng dẫn việc tổ
    chức …': a post carrying a letter with no title or number is of the type its issuer's own sentence
    announces, and about what the sentence says it announces (after 'về việc' when it first says to whom)."""
    found = _self_naming(text, start)
    kind = _ANNOUNCED.get(orgs.fold(found[1])) if found else None
    if not kind:
        return None, None
    rest = text[found[2]:found[2] + 400]
    if re.match(r"\s*(?:đến|tới|cho|với|các)\s", rest, re.I):  # to whom first: what about only after 'về việc'
        about = re.search(r"\b(?:về việc|V/v)\s+", rest[:200], re.I)
        rest = rest[about.end():] if about else ""
    end = _ANNOUNCED_END.search(rest)
    subject = squash(rest[:end.start() if end else len(rest)]).strip(" ,")
    return kind, subject if len(subject.split()) >= 3 else None


def _self_naming(text: str, start: int) -> tuple[str, str, int] | None:
    """The first body naming itself, the verb it goes on with, and where that verb ends."""
    plan = _PLAN_SELF_RE.search(text, 0, start + 1500)  # a post's opening may stand above where the body was put
    for m in [*_SELF_RE.finditer(text, start), *([plan] if plan else [])]:
        name = squash(m.group("name"))
        # 'Phòng Văn hóa và Thông tin huyện đề nghị …': the level the body is of, named by the page, not here
        name = re.sub(r"\s+(?:huyện|tỉnh|xã|phường|quận|thị xã|thành phố|thị trấn)$", "", name)
        name = orgs.sector_in_full(name[:1].upper() + name[1:])  # 'Nay trường …', 'Phòng Giáo dục- Đào tạo'
        rest = orgs.fold(name[len(m.group("head")):])
        numbered = re.search(r"\s(?:Quận|Phường|quận|phường)\s+\d{1,2}$", name)  # '… Quận 11': a numbered district
        # a proper name ending in one word in lower case ('Cục Hóa chất', 'Trường Đại học Thủy lợi'), never a
        # sentence's word run on ('Sở Y tế đã', 'UBND xã X ban hành')
        tail = name[len(m.group("head")):].split()
        proper = len(tail) >= 2 and tail[-2][:1].isupper() and tail[-1] not in _RUN_ON \
            and not {"về", "của", "cho", "theo"} & set(tail) and orgs.fold(name) not in _HEADS_ALONE
        if not rest.strip() or not (name.split()[-1][:1].isupper() or rest in _SECTORS or numbered or proper
                                    or orgs.known_body(name)):  # 'Tổng cục Thống kê', 'Cục Hóa chất' end in lower case
            continue
        name = re.sub(r"^(?:Ủy|Uỷ) ban nhân dân\b", "UBND", name, flags=re.I)
        name = re.sub(r"^Hội đồng nhân dân\b", "HĐND", name)
        name = re.sub(rf"^(UBND|HĐND)[ \t]+({_LEVELS})\b", lambda m: f"{m.group(1)} {m.group(2).lower()}", name,
                      flags=re.I)  # 'UBND Phường Quyết Tiến' as a post capitalises it
        return re.sub(r"^BHXH\b", "Bảo hiểm xã hội", name), m.group("verb"), m.end("verb")
    return None


_WORD_RE = re.compile(r"[^\W\d_]+")
_JOINERS = {"và", "VÀ"}  # words a code's initials skip ('PGDĐT': Phòng Giáo dục và Đào tạo)
_HEAD_WORDS = {head.split()[-1] for head in orgs.HEADS}


def _gap_joins(gap: str) -> bool:
    """Only spaces, a comma, a dash or one line's break between two words of one name."""
    return bool(re.fullmatch(r"[ \t]*(?:[,&\-–][ \t]*)?\n?[ \t]*", gap))


def initials_named(text: str, code: str | None, start: int = 0) -> str | None:
    """The body whose initials spell the number's issuer code, named in the letter: 'Bệnh viện Mắt'
    for '672/TB-BVM-TCCB', 'Trường Đại học Thủy lợi' for '1110/TB-ĐHTL', 'Phòng Giáo dục và Đào tạo' for
    '11/PGDĐT-THHC'. Codes of three letters or more only: shorter ones spell too many phrases."""
    letters = orgs.bare(code or "").replace("&", "")
    if not 3 <= len(letters) <= 8 or not letters.isalpha():
        return None
    words = list(_WORD_RE.finditer(text, start))
    for i, first in enumerate(words):
        if not first.group(0)[:1].isupper() or orgs.bare(first.group(0)[:1]) != letters[0]:
            continue
        k, j = 0, i
        while j < len(words) and k < len(letters):
            w = words[j]
            if j > i and not _gap_joins(text[words[j - 1].end():w.start()]):
                break
            if k > 0 and w.group(0) in _JOINERS:
                j += 1
                continue
            if orgs.bare(w.group(0)[:1]) != letters[k]:
                break
            k, j = k + 1, j + 1
        if k < len(letters) or orgs.fold(text[first.start():words[j - 1].end()]) in _HEADS_ALONE:
            continue  # (initials naming only a kind of body, 'BHXH': which one, the code does not say)
        # the proper name the initials leave out: 'Bệnh viện Đa khoa Long An' for 'BVĐK'
        while j < len(words) and j - i < len(letters) + 4 and words[j].group(0)[:1].isupper() \
                and re.fullmatch(r"[ \t]+", text[words[j - 1].end():words[j].start()]):
            j += 1
        begin = first.start()
        if i > 0 and orgs.fold(words[i - 1].group(0)) in _HEAD_WORDS and words[i - 1].group(0)[:1].isupper() \
                and re.fullmatch(r"[ \t]+", text[words[i - 1].end():begin]):
            begin = words[i - 1].start()  # the head the code leaves out: 'Trường' before 'Đại học Thủy lợi'
        end = words[j - 1].end()
        # the place it is of, named after it: 'Phòng Giáo dục và Đào tạo thành phố Vị Thanh'
        place = re.match(rf"[ \t]+(?:{_LEVELS}|tỉnh)(?:[ \t]+[{VI_UPPER}][^\s.,;:()]*){{1,4}}", text[end:end + 60])
        name = squash(text[begin:end + (place.end() if place else 0)])
        if orgs.is_head_start(name):
            return name
    return None


# the boards a 'TM.' names without saying of which body they are
_COMMITTEES = {"ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "UBND", "HĐND"}
_LEVEL_WORDS = "|".join(level for level in orgs.LOCALITY if level != "TP.")  # 'TỈNH', 'THÀNH PHỐ', 'XÃ', …
_BOARDS = {"BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "BAN THƯỜNG TRỰC", "THƯỜNG TRỰC", "ĐOÀN CHỦ TỊCH", "TẬP THỂ LÃNH ĐẠO"}


def signed_for(authority: str | None, title: str | None, text: str, place: str | None) -> str | None:
    """The body a signature signs for, when nothing above it names the issuer: 'TM. Ban Tuyên giáo', the body a
    signer's title names ('KT. Giám đốc Sở Y tế', 'Hiệu trưởng Trường THPT Gia Viễn'); a committee with the place
    of the date line ('TM. Ủy ban nhân dân', 'Chủ tịch UBND tỉnh' dated 'Ninh Bình': 'UBND tỉnh Ninh Bình'; 'Gia
    Phố', named 'xã Gia Phố' in the text)."""
    for signed in (authority, title):
        m = re.match(r"(?:(?:TM|KT|TL|TUQ|Q)\.\s*)?(.+?)(?:\s+(?:KT|TL|TUQ|Q)\..*)?$", signed or "")
        folded = ROLE_RE.sub("", orgs.fold(m.group(1))) if m else ""
        if not folded or re.fullmatch(HEAD_ROLES, folded) or not orgs.is_head_start(folded) \
                or folded in _HEADS_ALONE - _COMMITTEES or folded in _BOARDS:
            continue
        committee = re.fullmatch(rf"(ỦY BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)(?:\s+({_LEVEL_WORDS}))?", folded)
        if committee:
            loc = place_locality(text, place) or orgs.locality_for_place(place)
            level = (committee.group(2) or "").lower()
            if loc and loc.startswith(level):
                return f"{'HĐND' if committee.group(1) in ('HỘI ĐỒNG NHÂN DÂN', 'HĐND') else 'UBND'} {loc}"
            continue
        return orgs.display(folded)
    return None
