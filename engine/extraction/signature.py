"""The signature block: who signs, with what title, on whose authority.

'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Thị Bích Hạnh' gives signing_authority
'KT. Giám đốc', signer_title 'Phó Giám đốc', signer the name. TM. (on behalf of a
collective body), TL./TUQ. (by delegation) and KT. (signing for) may be stacked.
The end of the block also marks the end of the covering letter, so that
attachments that follow (plans, annexes, handling slips) are not read as part of it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import orgs
from .layout import type_title
from .names import SURNAMES
from .text import LOW, UP, is_upper, segments, squash

# 'KT. GIÁM ĐỐC', also with its dot lost before the title ('KT THỦ TƯỚNG')
AUTH_RE = re.compile(r"^(KT|TM|TL|TUQ|Q)(?:\.\s*|(?<!Q)\s+(?=[A-ZĐ][^\s.]))(.*)$|^(K/T|T/M|T/L)\.?\s*(.*)$")
TITLE_WORDS = re.compile(
    r"GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG|CHÁNH|BÍ THƯ|CHỦ NHIỆM|KẾ TOÁN|CHÍNH ỦY|TỔNG BIÊN TẬP|PHÓ\b|THỦ TƯỚNG|TƯ LỆNH|"
    r"TỔNG KIỂM TOÁN|TỔNG THƯ KÝ|ỦY VIÊN")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_ACTING = re.compile(r"Q\.\s*(?=\S)")  # 'Q. BỘ TRƯỞNG': the acting holder of a role, part of the title
_BARE_PREFIX = re.compile(r"(KT|TM|TL|TUQ|T/M|K/T|T/L)\.?")  # an authority's prefix alone on its line
NAME_RE = re.compile(rf"^{UP}{LOW}+(?:\s+{UP}{LOW}*){{1,5}}$")
GLUED_RE = re.compile(rf"^(.*?[{UP[1:-1]}])\s*({UP}{LOW}+(?:\s+{UP}{LOW}*){{1,5}})$")
NOT_NAME = {"Nơi", "Như", "Lưu", "Kính", "Sở", "Bộ", "Ủy", "Uỷ", "Phòng", "Trung", "Các",
            "Ban", "Công", "Hội", "Đài", "Báo", "Website", "Trang", "Chủ", "Giám", "Phó", "Bí",
            "Trường", "Thường", "Chi", "Cục", "Tỉnh", "Huyện", "Thành", "Đảng", "Liên",
            "Hiệp", "Lãnh", "Chuyên", "Thủ", "Cổng", "Trưởng", "Viện", "Tổng"}
ROLES = ["Phó Chánh Văn phòng", "Chánh Văn phòng", "Phó Chánh Thanh tra", "Chánh Thanh tra",
         "Phó Giám đốc", "Giám đốc", "Phó Chủ tịch", "Chủ tịch", "Bộ trưởng", "Thứ trưởng",
         "Phó Vụ trưởng", "Vụ trưởng", "Phó Cục trưởng", "Cục trưởng", "Phó Tổng cục trưởng",
         "Tổng cục trưởng", "Chi cục trưởng", "Phó Chi cục trưởng", "Phó Trưởng phòng", "Trưởng phòng",
         "Phó Trưởng ban", "Trưởng ban", "Phó Hiệu trưởng", "Hiệu trưởng", "Phó Bí thư", "Bí thư",
         "Phó Thủ tướng", "Thủ tướng", "Phó Chủ nhiệm", "Chủ nhiệm", "Viện trưởng", "Phó Viện trưởng",
         "Tổng Kiểm toán nhà nước", "Phó Tổng Kiểm toán nhà nước", "Tổng Thư ký", "Phó Tổng Thư ký"]
_ROLES = sorted(ROLES, key=len, reverse=True)
# a degree or rank before the signer's name ('PGS.TS. Huỳnh Quyết Thắng', 'BSCKII Lê Văn C', 'Đại tá Trần B'),
# not part of the name; also after the title read across ('PHÓ HIỆU TRƯỞNG GS.TS Nguyễn Trung Việt')
_DEGREE = r"(?:P?GS|TS|ThS|Th\.S|BS|BSCK\s*I{1,2}|BS\.?\s*CK\s*I{1,2}|CKI{1,2}|DS|DSCK\s*I{1,2}|KS|CN|TSKH|NGND|NGƯT|TTND|TTƯT)"
DEGREE_RE = re.compile(rf"(?:(?<=\s)|^)(?:{_DEGREE}(?:\s*[.,]\s*|\s+)(?:{_DEGREE}\b\.?\s*)*|(?:Đại|Thượng|Trung|Thiếu)\s+"
                       rf"(?:tá|tướng|úy)\s+)(?={UP}{LOW})")
_FOLDED_ROLES = frozenset(orgs.fold(r) for r in ROLES)
_CLOSED_RE = re.compile(r"\./\.|N[ơo]i\s+nh[ậa]n")
_ENACTING = re.compile(r"\S\s+QUYẾT\s+(?:ĐỊNH|NGHỊ)\s*:?$")


@dataclass
class Signature:
    signer: str | None = None
    signer_title: str | None = None
    signing_authority: str | None = None
    end: int | None = None      # offset just after the block (end of the covering letter)


def role_case(upper: str) -> str:
    """'PHÓ CHÁNH VĂN PHÒNG' -> 'Phó Chánh Văn phòng'; 'VỤ TRƯỞNG VỤ X' -> 'Vụ trưởng Vụ X'."""
    f = orgs.fold(upper)
    acting = _ACTING.match(f)
    if acting:  # 'Q. BỘ TRƯỞNG': the acting holder of the role
        return "Q. " + role_case(f[acting.end():])
    for role in _ROLES:
        rf_ = orgs.fold(role)
        if f == rf_ or f.startswith((rf_ + " ", rf_ + ",")):
            rest = f[len(rf_):].strip()
            if not rest:
                return role
            if rest.startswith(","):  # 'BỘ TRƯỞNG, CHỦ NHIỆM': two roles held at once
                return f"{role}, {role_case(rest[1:].strip())}"
            shown = orgs.display(rest)
            shown = shown.replace("UBND", "Ủy ban nhân dân").replace("HĐND", "Hội đồng nhân dân")
            return f"{role} {shown}"
    shown = orgs.display(f).replace("UBND", "Ủy ban nhân dân").replace("HĐND", "Hội đồng nhân dân")
    return shown[:1].upper() + shown[1:]


def split_title(auth: str) -> tuple[str, str | None]:
    """'KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG' (the two lines run into one) -> ('KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG'):
    split where the authority's role is whole and the signer's own role begins."""
    auth = re.sub(r"(?<=\w)(?=PHÓ\s)", " ", auth)  # 'CHỦ NHIỆMPHÓ CHỦ NHIỆM': the two lines run together
    words = auth.split()
    folded = orgs.fold(auth).split()
    for k in range(2, len(words)):
        left, right = " ".join(folded[1:k]), " ".join(folded[k:])
        if left in _FOLDED_ROLES and any(right == r or right.startswith(r + " ") for r in _FOLDED_ROLES):
            return " ".join(words[:k]), " ".join(words[k:])
    # the deputy of the role the authority names: 'KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC', 'KT. BỘ TRƯỞNG, CHỦ
    # NHIỆM PHÓ CHỦ NHIỆM', 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH'
    for k in range(2, len(words) - 1):
        role = [w.strip(",") for w in folded[k + 1:]]
        if folded[k] == "PHÓ" and ([w.strip(",") for w in folded[k - len(role):k]] == role
                                   or " ".join(folded[k:]) in _FOLDED_ROLES):  # ('TM. HỘI ĐỒNG PHÓ CHỦ TỊCH')
            return " ".join(words[:k]), " ".join(words[k:])
    return auth, None


def _authority_text(parts: list[str]) -> str:
    out = []
    for p in parts:
        m = AUTH_RE.match(orgs.fold(p))
        prefix = (m.group(1) or m.group(3)).replace("/", "")
        prefix = {"KT": "KT.", "TM": "TM.", "TL": "TL.", "TUQ": "TUQ.", "Q": "Q."}.get(prefix, prefix + ".")
        rest = (m.group(2) if m.group(1) else m.group(4)).strip()
        out.append(prefix + (" " + role_case(rest) if rest else ""))
    return " ".join(out)


def _is_role(folded: str) -> bool:
    return any(folded == r or folded.endswith(" " + r) for r in _FOLDED_ROLES)


# 'Đoàn' and 'Văn' open a body's name ('Đoàn Thanh Niên', 'Đoàn Kiểm Tra', 'Văn Phòng') and are also family names
# ('Đoàn Anh Dũng', 'Văn Trọng Lý'): only the body is no name
_DELEGATION_RE = re.compile(r"^(?:Đoàn\s+(?:Thanh\s+Niên|Đại\s+Biểu|Kiểm\s+Tra|Công\s+Tác|Chủ\s+Tịch|Luật\s+Sư|Thanh\s+Tra|"
                            r"Giám\s+Sát|Khảo\s+Sát|Đ[BT]|TN)|Văn\s+(?:Phòng|Bản|Hóa|Hoá|Thư|Kiện|Minh))\b")


def _is_name(s: str) -> bool:
    s = s.strip()
    return bool(NAME_RE.match(s)) and s.split()[0] not in NOT_NAME and not re.search(r"\d", s) \
        and not _DELEGATION_RE.match(s)


_SURNAME_ALT = "|".join(sorted(SURNAMES, key=len, reverse=True))
# a post reporting who signed: 'Phó Chủ tịch UBND tỉnh Nguyễn Thế Giang đã ký …', 'Giám đốc Sở Giáo dục và Đào tạo
# Lê Thị Hương đã ký văn bản …', 'Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh vừa ký ban hành …'
_REPORTED = re.compile(
    r"(?P<title>(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Bộ trưởng|Thứ trưởng|Chánh Văn phòng|Bí thư|Trưởng ban|Hiệu trưởng|"
    r"Cục trưởng|Tổng cục trưởng|Thủ tướng|Chủ nhiệm))"
    r"(?:\s+(?:UBND|Ủy ban|Uỷ ban|Sở|Bộ|Tỉnh ủy|Huyện ủy|Thành ủy|Văn phòng|Cục|Tổng cục|Trường|Ban)\b[^,.;:\n]{0,60}?)?"
    rf"\s+(?P<name>(?:{_SURNAME_ALT})(?:\s+{UP}{LOW}+){{1,3}})\s+(?:đã\s+|vừa\s+|mới\s+)?ký\b")


def reported(text: str) -> tuple[str, str] | None:
    """(name, title) of the signer a post names in its sentence ('Phó Chủ tịch UBND tỉnh Nguyễn Thế Giang đã ký
    …'), for a copy that carries no signature block of its own."""
    m = _REPORTED.search(text)
    return (m.group("name"), m.group("title")) if m else None


def _capitals_name(s: str) -> bool:
    """A signer's name set in capitals ('TRẦN PHƯỚC ĐỨC'): two to five words, the first a family name."""
    words = s.strip().split()
    return 2 <= len(words) <= 5 and is_upper(s) and words[0].capitalize() in SURNAMES \
        and all(orgs.has_vowel(w) and w.isalpha() for w in words)


# where the recipients' column and the signature read across on one line part: after an item's ';', after
# 'Nơi nhận:', and after the archive note's full stop before the authority or title ('- Lưu: VT. KT. CHỦ TỊCH …')
_HEAD_TITLES = r"(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|HIỆU TRƯỞNG|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|CỤC TRƯỞNG|BÍ THƯ)"
_ACROSS = re.compile(r"(?<=;)[ \t]+|(?<=N[ơo]i nhận:)[ \t]*|(?<=\.)(?<!KT\.)(?<!TM\.)(?<!TL\.)(?<!TUQ\.)(?<!Q\.)(?<!\sP\.)(?<!^P\.)(?<!/M\.)"
                     rf"(?<!/L\.)(?<!/T\.)[ \t]+(?=(?:KT|TM|TL|TUQ)\.\s|{_HEAD_TITLES}\b)"
                     # (or the title run into the archive note's last word, the typist's name: '… NCKS.ChâuCHỦ TỊCH')
                     rf"|(?<={LOW})(?={_HEAD_TITLES}\s*$)")


def _next_line(segs: list[tuple[str, int]], i: int) -> str:
    return next((seg for seg, _ in segs[i + 1:] if seg), "")


def _title_follows(segs: list[tuple[str, int]], i: int) -> bool:
    """Whether the next line after segment *i* is a signer's title in capitals."""
    nxt = _next_line(segs, i)
    return is_upper(nxt) and bool(TITLE_WORDS.search(orgs.fold(nxt))) and len(nxt) < 60


def _name_follows(segs: list[tuple[str, int]], i: int) -> bool:
    """Whether the next line after segment *i* is a signer's name (a collective body signing has no title)."""
    return _is_name(DEGREE_RE.sub("", _next_line(segs, i)))


def read(text: str, start: int) -> Signature:
    """Find the first signature block at or after *start*."""
    sig = Signature()
    # skip what is still header (a decision's 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …' line): the block
    # comes after the first line of running text
    body = re.search(rf"^.*{LOW}.*$", text[start:], re.M)
    start = start + (body.start() if body else 0)
    noi = re.search(r"N[ơo]i\s+nh[ậa]n\s*[:.]?", text[start:])
    lo = start + (max(0, noi.start() - 600) if noi else 0)
    hi = min(len(text), (start + noi.end() + 2500) if noi else len(text))
    segs: list[tuple[str, int]] = []
    pos = lo
    for line in text[lo:hi].split("\n"):
        for seg in segments(line):
            # the recipients' column and the signature's read across on one line: 'Nơi nhận: GIÁM ĐỐC',
            # 'Thành ủy, HĐND, UBND thành phố; Lê Thị Bích Thuận'
            base, off = pos + line.find(seg), 0
            for part in _ACROSS.split(seg):
                off = seg.find(part, off) + len(part)
                segs.append((part.strip(" *"), base + off))
        pos += len(line) + 1

    auth: list[str] = []
    title = None
    name = None
    seen_block = False
    last_end = None
    for i, (seg, end) in enumerate(segs):
        if not seg:
            continue
        seg = DEGREE_RE.sub("", seg)
        deputy = re.match(r"P\.\s*(\S.*)$", seg)  # 'P. CHỦ TỊCH', 'P.GIÁM ĐỐC': the deputy's word cut short
        if deputy and is_upper(seg) and _is_role("PHÓ " + orgs.fold(deputy.group(1))):
            seg = "PHÓ " + deputy.group(1)
        f = orgs.fold(seg)
        if re.fullmatch(r"\(?\s*(?:đã ký|ký|ký tên|đã ký và đóng dấu|ký, đóng dấu)\s*\)?", seg, re.I) \
                or _IMAGE.fullmatch(seg):  # (a Markdown copy's image of the seal or signature)
            continue
        if _ENACTING.search(f):
            continue  # the enacting line above a decision's articles ('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUYẾT ĐỊNH:')
        # the acting holder's title ('Q. BỘ TRƯỞNG', 'Q. VỤ TRƯỞNG VỤ X' under 'TL. BỘ TRƯỞNG'): his title, no authority
        if _ACTING.match(f) and is_upper(seg) and TITLE_WORDS.search(f) and len(f) < 90:
            title, seen_block, last_end = seg, True, end
            continue
        # (a title's list of fields its line wrapped before the last: 'Q. VỤ TRƯỞNG VỤ KHOA HỌC, CÔNG NGHỆ' / 'VÀ MÔI
        # TRƯỜNG')
        if title and "," in title and is_upper(seg) and f.startswith("VÀ ") and len(f.split()) <= 8 \
                and not TITLE_WORDS.search(f):
            title, last_end = f"{title} {seg}", end
            continue
        if AUTH_RE.match(f) and is_upper(seg) and (len(f) < 80):
            seg, own = split_title(seg)
            auth.append(seg)
            title = own or title
            seen_block = True
            last_end = end
            continue
        # the signer's title a narrow cell broke into words ('KT. BỘ TRƯỞNG' / 'THỨ' / 'TRƯỞNG'): its first word
        if auth and is_upper(seg) and len(f.split()) <= 2 and not TITLE_WORDS.search(f) \
                and orgs.fold(f"{seg} {_next_line(segs, i)}") in _FOLDED_ROLES:
            title, seen_block, last_end = seg, True, end
            continue
        # the authority going on on the next line: after its prefix alone, a body's name cut, or a comma
        # ('KT. BỘ TRƯỞNG,' / 'CHỦ NHIỆM')
        # (a prefix alone takes the next line whatever it is: 'TL.' / 'CỤC TRƯỞNG', 'KT.' / 'TRƯỞNG THUẾ TỈNH')
        # (never the type of a text it issues, its title under the signature: 'TM. ỦY BAN NHÂN DÂN' / 'QUY CHẾ')
        if auth and is_upper(seg) and len(f.split()) <= 6 and not re.search(r"\d{4}", seg) and not type_title(f) and (
                _BARE_PREFIX.fullmatch(orgs.fold(auth[-1]))
                or not TITLE_WORDS.search(f) and re.search(r"(ỦY|BAN|NHÂN|DÂN|CHÁNH|TỔNG|CHỦ)$", orgs.fold(auth[-1]))
                or auth[-1].rstrip(" |").endswith(",")
                # (a body's name cut between the authority and the title under it: 'KT. TRƯỞNG THUẾ' / 'TỈNH' /
                # 'PHÓ TRƯỞNG THUẾ TỈNH', 'KT. TRƯỞNG BAN NGHIỆP VỤ' / 'THUẾ HQ' / 'PHÓ TRƯỞNG BAN')
                or not TITLE_WORDS.search(f) and len(f.split()) <= 3 and _title_follows(segs, i)
                # ('T/M BỘ CHÍNH' / 'TRỊ' / the name)
                or title is None and not TITLE_WORDS.search(f) and len(f.split()) <= 2 and _name_follows(segs, i)):
            auth[-1] = auth[-1] + " " + seg
            last_end = end
            continue
        glued = GLUED_RE.match(seg)
        if glued and is_upper(glued.group(1)) and TITLE_WORDS.search(orgs.fold(glued.group(1))):
            head, name, last_end, seen_block = glued.group(1), glued.group(2), end, True
            # 'TL.' / 'BỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn …': a bare prefix above the authority and title run together
            completed = split_title(f"{auth[-1]} {head}") if auth and _BARE_PREFIX.fullmatch(orgs.fold(auth[-1])) \
                else (None, None)
            if AUTH_RE.match(orgs.fold(head)):  # 'KT. BỘ TRƯỞNG THỨ TRƯỞNG Doãn Mậu Diệp': a table's one cell
                head, own = split_title(head)
                auth.append(head)
                title = own or title
            elif completed[1]:
                auth[-1], title = completed
            else:
                title = head
            break
        if title and is_upper(seg) and len(f.split()) <= 2 and not _is_role(orgs.fold(title)) \
                and _is_role(orgs.fold(f"{title} {seg}")):  # a title broken over two lines ('PHÓ CHỦ' / 'NHIỆM')
            title, last_end = f"{title} {seg}", end
            continue
        # the signer's title in capitals, or a role alone on its line as a web copy lowered it ('Chủ tịch'),
        # once the body has closed ('./.', 'Nơi nhận'): not a wrapped sentence's 'Bộ trưởng'
        if (is_upper(seg) or f in _FOLDED_ROLES and _CLOSED_RE.search(text, start, end)) \
                and TITLE_WORDS.search(f) and len(f) < 90 and not f.startswith("DANH SÁCH"):
            if title and f.startswith(orgs.fold(title) + " "):
                last_end = end  # a caption under the signature naming the same post in full ('CHỦ TỊCH' … 'CHỦ
                continue        # TỊCH UBND TỈNH' above the name): the block's own title stands
            if auth and is_upper(seg) and orgs.fold(auth[-1]).endswith(" PHÓ"):  # the deputy's word on the line above
                whole, own = split_title(f"{auth[-1]} {seg}")  # ('KT THỦ TƯỚNG PHÓ' / 'THỦ TƯỚNG'): split as one line
                auth[-1], seg = (whole, own) if own else (auth[-1], seg)
            tail = re.match(r"(.{2,30}?)\s+(PHÓ\s.*)$", seg)
            if auth and tail and is_upper(seg) and not TITLE_WORDS.search(orgs.fold(tail.group(1))) \
                    and _is_role(orgs.fold(tail.group(2))):  # the authority's last words run into the title
                auth[-1], seg = f"{auth[-1]} {tail.group(1)}", tail.group(2)  # ('… QUẢN LÝ' / 'VỀ HQ PHÓ TRƯỞNG BAN')
            title = seg
            seen_block = True
            last_end = end
            continue
        following = segs[i + 1][0] if i + 1 < len(segs) else ""
        if seen_block and seg in SURNAMES and _is_name(f"{seg} {following}") and len(following.split()) <= 3:
            segs[i + 1] = (f"{seg} {following}", segs[i + 1][1])  # a name a narrow cell broke: 'Phạm' / 'Mạnh Cường'
            continue
        if seen_block and (_is_name(seg) or _capitals_name(seg)):
            name, last_end = (seg if _is_name(seg) else " ".join(w.capitalize() for w in seg.split())), end
            # a name a narrow cell broke after its second word: 'Lê Tấn' / 'Cận'
            if len(name.split()) == 2 and re.fullmatch(rf"{UP}{LOW}+", following) and following not in NOT_NAME \
                    and _is_name(f"{name} {following}"):
                name, last_end = f"{name} {following}", segs[i + 1][1]
            break
        if seen_block and len(seg) > 60 and not is_upper(seg):
            break
    if not seen_block:
        # no titles at all: a name standing alone after the 'Lưu:' archive note
        luu = re.search(r"^[^\S\n]*(?:[-–]\s*)?Lưu\s*:?.*$", text[start:hi], re.M)  # no '\s*[-–]?\s*': quadratic
        if luu:
            after = start + luu.end()
            for line in text[after:after + 600].split("\n"):
                s = DEGREE_RE.sub("", line.strip(" *")).strip(" *")
                if not s or _IMAGE.fullmatch(s):  # (the signature's image in a Markdown copy)
                    continue
                if _is_name(s):
                    sig.signer = s
                    sig.end = after + text[after:].find(s) + len(s)
                break
        return sig
    sig.signing_authority = _authority_text(auth) if auth else None
    sig.signer_title = role_case(title) if title else None
    sig.signer = squash(name) if name else None
    sig.end = last_end
    return sig
