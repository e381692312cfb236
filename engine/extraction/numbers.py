"""Document numbers and codes ('620/SYT-NVY', '55/2007/CT-UBND', '52-NQ/TW').

Finds them in text that OCR and web copies have spread out ('4950 /VP-KGVX',
'4144 /GDĐT – VP', '473/TTr -\\nNN&PTNT'), writes them back without spaces and
puts back a hyphen a PDF text layer dropped ('1961/QĐUBND' -> '1961/QĐ-UBND') and the
'Đ' of a type that left a gap ('3134/2008/Q -UBND' -> '3134/2008/QĐ-UBND').
"""
from __future__ import annotations

import itertools
import re

from .codes import CODE_BODIES
from .text import VI_LOWER, VI_UPPER

# Type abbreviations of administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục III).
TYPE_CODES = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế", "QyĐ": "Quy định",
    "TB": "Thông báo", "HD": "Hướng dẫn", "CTr": "Chương trình", "KH": "Kế hoạch", "PA": "Phương án",
    "ĐA": "Đề án", "DA": "Dự án", "BC": "Báo cáo", "BB": "Biên bản", "TTr": "Tờ trình",
    "HĐ": "Hợp đồng", "CĐ": "Công điện", "BGN": "Bản ghi nhớ", "BTT": "Bản thỏa thuận",
    "GUQ": "Giấy ủy quyền", "GM": "Giấy mời", "GGT": "Giấy giới thiệu", "GNP": "Giấy nghỉ phép", "GP": "Giấy phép",
    "PG": "Phiếu gửi", "PC": "Phiếu chuyển", "PB": "Phiếu báo", "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch", "NĐ": "Nghị định", "KL": "Kết luận", "CV": "Công văn",
    "L": "Luật", "PL": "Pháp lệnh", "TC": "Công văn",
}
_TYPES_BY_LEN = sorted(TYPE_CODES, key=len, reverse=True)
_PARTY_TYPES = {"TT": "Thông tri", "QĐi": "Quy định"}  # where a party's code differs (Quy định 66-QĐ/TW)

_U = f"[{VI_UPPER}]"
# a code's letters are capitals, with at most two small letters running ('TTg', 'CTr'): a longer run is
# the next word a copy ran into the code ('46/2010/QH12ngày')
_SEG = f"{_U}(?:[{VI_UPPER}0-9&]|[{VI_LOWER}](?![{VI_LOWER}]{{2}}))*"
# a code: segments joined by '-', '/', '.', a spaced dash allowed before an all-caps segment,
# a space a copy left before a slash too ('HDLN /STC-SCT')
# (a dash alone on its line never over a blank line, nor onto the motto: 'BNV' / '-' / '' / 'CỘNG HÒA')
_CODE = (rf"{_SEG}(?:(?:[-/.]{_SEG})|(?:(?:[-–—]\s*|[ \t]*(?:\n[ \t]*)?[-–—][ \t]*(?:\n[ \t]*)?)(?!C[ỘOÔ]NG\b)[{VI_UPPER}](?:[{VI_LOWER}](?=[{VI_UPPER}]))?[{VI_UPPER}0-9&]+"
         rf"(?:[{VI_LOWER}][{VI_UPPER}]+|[{VI_LOWER}](?![{VI_LOWER}]))?)"  # (a small letter inside or at the end:
         # '1171/SGDĐT- GDTrH', '231/2003/QĐ -TTg'; a school's 'Tr' after the dash: '130/ KH -TrMN')
         rf"|(?:[ \t]/[ \t]?[{VI_UPPER}][{VI_UPPER}0-9&]+)"
         # (a space a copy left after a segment's '&': '15972/SXD-QLN& TTBĐS')
         rf"|(?:(?<=&)[ \t][{VI_UPPER}][{VI_UPPER}0-9&]+)"
         # (a department numbered after its name, as a copy spaces it: '1855/BTĐKT-Vụ II', '4303/VPCP - V .I')
         rf"|(?:(?<=[{VI_LOWER}])[ \t][IVX]{{1,4}}(?![\w/.]))"
         rf"|(?:(?<=-V)[ \t]+\.[ \t]*[IVX]{{1,4}}(?![\w/.]))|(?:[ \t]+[-–][ \t]+V[ \t]*\.[ \t]*[IVX]{{1,4}}(?![\w/.]))"
         r")*")
# (a big department's numbers run to six figures: '101322/CTHN-TTHT', written with a dot too: '1.250/SYT-NVY', or a
# series' number: '66.16/2026/NQ-CP', '66.7/2025/NQ-CP'; a list's item is none: '1/ Căn cứ …')
NUMBER_RE = re.compile(
    rf"(?P<num>(?:\d{{1,3}}\.(?=\d{{2,3}}/|\d/(?:19|20)\d\d/))?\d{{1,6}}[a-z]?)\s*(?:/\s*(?P<year>(?:19|20)\d\d)\s*)?(?P<sep>/)(?!\s+{_U}[{VI_LOWER}]+(?![\w/.-]))\s*(?P<code>(?:5(?={_U}{{2}}))?{_CODE})"
    # party and old-style numbers: '52-NQ/TW', '225 - KH/TWĐTN-CTTN', '15-BTC/TT', '01-TANDTC-VKSNDTC/TTLT'
    # (a narrow cell breaks it after the slash)
    rf"|(?P<pnum>\d{{1,5}}[a-z]?)\s*[-–]\s*(?P<ptype>{_SEG}(?:-{_SEG})*)/[ \t]*\n?[ \t]*(?P<pcode>{_SEG}(?:[-/.]{_SEG})*)"
)
# 'Số: 620/SYT-NVY' at the head of a letter (also 'Sô', 'So', 'Số :', 'Số:\n33/…')
# and as OCR misreads it, with its colon: 'S6:', 'Sổ:', 'Sè:', 'Sỗ:', 'S0:', 'So:' (its accent lost),
# '8é:' (a speck after: '8é:.2953 /TCT - TTKT')
# the label 'Số' of a number line, and as OCR misreads it ('S6', 'Sổ', 'Sè' …)
SO_LABEL = r"(?:Số|SỐ|Sô|Sồ|S6|Sổ|SỔ|Sè|Sé|Só|\$6|Sỗ|Sỏ|S0)"
# the letter's own number line, whatever OCR made of the number after its label ('Số: Z32Ø/BTC-QLCS',
# 'SỐ:y/45/KH-ƯBND', 'số: 34ÚŸ  mCT-KHCN')
# ('só:', 'sé:', 'so:', 'SO:': OCR's lower case, or the marks lost)
NUMBER_LINE_RE = re.compile(rf"^[ \t|]*(?:{SO_LABEL}|số|só|sé|so|SO)[ \t]*[:.][ \t]*\S[^\n]*", re.M)
# (after a space, a cell's bar, a bracket or a dash; or a speck OCR read as a quote: "'Số:5 482 /TCHQ - GSQL")
SO_RE = re.compile(r"(?<![^\s|(\-–_'‘’`])(?:(?:Số|Sô|SỐ|Sồ|Số hiệu văn bản)(?:\s*/\s*No\b\.?|\s*\(\s*No\.?\s*\))?(?:\s*[:.])?|(?:S6|Sổ|Sè|[Ss]é|Só|\$6|Sỗ|Sỏ|S0|SỔ|So|SO|8[éóố])\s*:\.?"
                   # 'S :3661/VPCP-KTN': a text layer that dropped the 'ố' (at a line's start, a coded number after it)
                   r"|(?<![^\n|])S\s:(?=\s*\d{1,6}\s*/\s*[A-ZĐ])"
                   # '86:,3284 ICT-TTHT', '56: 3A26 /TCT-KK': OCR's 'Số' read as figures, at a line's start
                   r"|(?<![^\n|])[58]6[ \t]*:[.,]?"
                   # 'S6 601 IUBND- YT': OCR's 'Số' without its colon, at a line's start before a coded number
                   r"|(?<![^\n|])S6(?=[ \t]+\d{1,6}[ \t]*[/Il|][ \t]*[A-ZĐ])"
                   # 'Sốø621 /BGDĐT-TĐKT': its colon read as a speck, at a line's start
                   r"|(?<![^\n|])(?:Số|SỐ)[øØ°º](?=\d{1,6}\s*/))\s*(?=\d)")


# '1281/-UBND': a number whose type part a copy lost, the dash after the slash left standing
LOST_TYPE_RE = re.compile(
    rf"(?P<num>\d{{1,5}})\s*(?:/\s*(?P<year>(?:19|20)\d\d)\s*)?/\s*[-–]\s*(?P<code>{_SEG}(?:-{_SEG})*)")
# 'Số: 55-BT', 'Số: 214-CP', '21-TTg': the old style (before 1990s) with no slash, read only after 'Số:' (and cited
# after its type, references.py), its code numbering a department too ('611-VP18'); never a link's query ('90-CP&area=2')
OLD_STYLE_RE = re.compile(rf"(?P<num>\d{{1,5}})\s*[-–]\s*(?P<code>TTg|[{VI_UPPER}]{{2,6}}\d{{0,2}})(?![\w/&-])")
_CODE_OF_TYPE = {name: code for code, name in reversed(TYPE_CODES.items()) if name != "Công văn"}


# 'Số: 1906 ISGDĐT-CTrTT', 'Số: 454UBND-NCTH', 'Số: 8264 UBND-KGVX': OCR reading the slash as 'I', 'l'
# or '|', or a copy losing it before a code in capitals (only right after 'Số:')
# ('Số: 2686 7TCT-DNNCN': a slash read as '7', set apart from the figures)
OCR_SLASH_RE = re.compile(rf"(?P<num>\d{{1,6}})(?P<year>)(?:[ \t]*(?P<sep>[Il|]|(?<=[ \t])7(?={_U}{{2}}))|[ \t]?(?={_U}{{2}}))"
                          rf"(?P<code>{_SEG}(?:[ \t]?-[ \t]?{_SEG})+"  # 'IUBND- YT': OCR's stray space too
                          r"|(?:UBND|HĐND)(?![\w-]))")  # ('Số:4874UBND': a commune's bare code)


# 'Số: 1140 TC/VP', 'Số: 12TCT/AC', 'Số: 1041 TCT/NV6': the form before 2005, the issuer's code run on from (or
# spaced after) the number and the unit's code after the slash; read only after 'Số:', written without the space
PRE_2005_RE = re.compile(rf"(?P<num>\d{{1,5}})[ \t]{{0,4}}(?P<code>{_U}{{1,6}}/{_U}[{VI_UPPER}0-9]*(?:[-/]{_U}[{VI_UPPER}0-9]*)*)(?![\w/&-])")


def number_at(text: str, pos: int) -> re.Match | None:
    """The number written at *pos* (after 'Số:'), also one whose type part was lost, in the old style,
    or whose slash OCR misread."""
    return NUMBER_RE.match(text, pos) or LOST_TYPE_RE.match(text, pos) or OLD_STYLE_RE.match(text, pos) \
        or OCR_SLASH_RE.match(text, pos) or SPLIT_DIGITS_RE.match(text, pos) or FILLED_RE.match(text, pos) \
        or PRE_2005_RE.match(text, pos)


def with_type(number: str, doc_type: str | None) -> str:
    """'1281/UBND' read off '1281/-UBND' under a 'QUYẾT ĐỊNH' title -> '1281/QĐ-UBND'."""
    code = _CODE_OF_TYPE.get(doc_type or "")
    if not code:
        return number
    head, _, tail = number.rpartition("/")
    return f"{head}/{code}-{tail}"


def _undoubled(code: str) -> str:
    """A type part whose last letter OCR read twice ('QĐĐ-HVM', 'KHH-UBND', '68/QĐĐ'): once."""
    first, sep, rest = code.partition("-")
    if first not in TYPE_CODES and len(first) >= 3 and first[-1] == first[-2] and first[:-1] in TYPE_CODES \
            and (sep or first[-1] == "Đ"):  # (a type alone only for its 'Đ': '68/QĐĐ'; 'TTT' may be an inspectorate's)
        return f"{first[:-1]}{sep}{rest}"
    return code


# types numbered only with a year ('12/2019/TT-BTC'): without one, 'TTVH' is a body's code
_YEARED_TYPES = {"TT", "TTLT", "NĐ"}


# the issuers whose code has two letters: the Government, the party's central and local committees
_TWO_LETTER_ISSUERS = {"CP", "TW", "TU", "HU", "QU", "ĐU", "TƯ"}


# issuers' codes that begin like a type's ('PG'): a district education office's 'PGDĐT' is no 'PG-DĐT'
_WHOLE_ISSUER_CODES = {"PGDĐT", "PGDDT", "PGD", "PGDĐTTX", "PGD&ĐT", "PGD&DT"}


# issuers' codes of four letters or more, longest first ('TCT' of 'TCTTKĐA' may be a working group's 'TCT')
_BODY_CODES_BY_LEN = sorted((c for c in CODE_BODIES if len(c) >= 4 and c not in TYPE_CODES), key=len, reverse=True)


def _repair(code: str, has_year: bool = True) -> str:
    """Insert the hyphen between type and issuer when it was lost ('QĐUBND')."""
    if "-" in code or "/" in code or code in _WHOLE_ISSUER_CODES:
        return code
    # a body's own code of four letters or more before its office's ('TCHQTXNK': 'TCHQ-TXNK'; never a part of
    # figures, '&' or two letters: 'UBTVQHI5', 'UBNDYT')
    body = next((b for b in _BODY_CODES_BY_LEN if code.startswith(b) and re.fullmatch(r"[A-ZĐ]{3,}", code[len(b):])), None)
    if body:
        return f"{body}-{code[len(body):]}"
    for t in _TYPES_BY_LEN:
        if not has_year and t in _YEARED_TYPES or len(t) < 2:  # 'LĐLĐ' is a union's code, not 'L-ĐLĐ'
            continue
        rest = code[len(t):]
        # two letters left are an office's own code more often than an issuer's ('11/KHCN': science and
        # technology, not 'KH-CN'); an issuer's code is longer ('QĐUBND', 'KHSYT')
        if code.startswith(t) and (len(rest) >= 3 or rest in _TWO_LETTER_ISSUERS) and rest[:1].isupper():
            return f"{t}-{rest}"
    return code


_KNOWN_CODES = frozenset(TYPE_CODES) | frozenset(CODE_BODIES)
_BODY_CODES = frozenset(CODE_BODIES)
_KNOWN_OR_WHOLE = _KNOWN_CODES | frozenset(_WHOLE_ISSUER_CODES)


def _read_twice(part: str) -> str:
    """A code's part whose 'Đ' a scan read twice ('ĐĐUBND', 'ĐĐU'), or a stroke before it read as one ('ĐUBND'), as the
    known code it is without it."""
    if part in _KNOWN_CODES or not part.startswith("Đ"):
        return part
    if not part.startswith("ĐĐ"):  # a stroke before the code read as one ('QĐ-ĐUBND'), before a long known code only
        return part[1:] if len(part) > 4 and part[1:] in _KNOWN_CODES else part
    once = {part.lstrip("Đ"), part[1:]} & (_KNOWN_CODES | _TWO_LETTER_ISSUERS)
    return once.pop() if len(once) == 1 else part


def _barred(code: str) -> str:
    """A part of the code OCR or a font read without the bar of its 'Đ' ('245/TLD', 'QD-UBND') or without the 'Đ'
    ('PGDT'), or with a 'T', 'H' or 'L' read as 'I' ('BGDĐI', 'ICT', 'LĐTBXI') or its 'Đ' read twice ('ĐĐUBND'), when
    the mended part is a type's or a body's known code and the part as read is not."""
    def barred(part: str, first: bool) -> str:
        if part not in _KNOWN_CODES and len(part) >= 3:
            # (past the first part, a body's code: 'CT-TTIT' is no 'CT-TTLT')
            codes, whole = (_KNOWN_CODES, _KNOWN_OR_WHOLE) if first else (_BODY_CODES, _BODY_CODES)
            # (a code's 'I' is OCR's: no word starts so)
            mended = _one_of({part[:k] + t + part[k + 1:] for k, c in enumerate(part) if c == "I" for t in "THL"}, codes) \
                or "Đ" not in part and _one_of({part[:k] + "Đ" + part[k:] for k in range(1, len(part) + 1)}, whole)
            if mended:
                return mended
        part = _read_twice(part)
        if "D" not in part or part in _KNOWN_CODES or part.count("D") > 3:
            return part
        pieces = part.split("D")  # every way of putting the bar back on some of its D's ('SGDDT' -> 'SGDĐT')
        for bars in itertools.product("DĐ", repeat=len(pieces) - 1):
            spelt = pieces[0] + "".join(b + p for b, p in zip(bars, pieces[1:]))
            if spelt in _KNOWN_CODES:
                return spelt
        return part
    return "-".join(barred(part, k == 0) for k, part in enumerate(code.split("-")))


def _one_of(spellings: set[str], codes: frozenset) -> str | None:
    """The one spelling that is a known code, else None (none, or two: no telling which)."""
    known = spellings & codes
    return known.pop() if len(known) == 1 else None


def _unhorned(code: str) -> str:
    """Codes are written in unaccented capitals (and Đ): an 'Ư' is OCR's reading of a 'U' ('KL/TƯ')."""
    return code.replace("Ư", "U")


# 'Số: 3 70 /TCHQ-TXNK': OCR put a space inside the number (only right after 'Số:'); 'Số: 1 0 9 4 3 /BYT-MT': a
# number letter-spaced into the template's blank
# 'Số : 62...../TBLS.GT': a number written into a template's dotted blank, the dots left after it
FILLED_RE = re.compile(rf"(?P<num>\d{{1,6}})(?P<year>)[ \t]*[.…_]{{2,}}[ \t]*(?P<sep>/)[ \t]*(?P<code>{_CODE})")
SPLIT_DIGITS_RE = re.compile(rf"(?P<num>\d(?:[ \t]\d){{2,5}}|\d{{1,3}}[ \t]\d{{1,4}})(?P<year>)[ \t]*(?P<sep>/)[ \t]*(?P<code>{_CODE})")


def normalise_match(m: re.Match) -> str:
    if m.re is PRE_2005_RE:
        return f"{m.group('num')}{m.group('code')}"
    if m.re is OLD_STYLE_RE:
        return f"{m.group('num')}-{m.group('code')}"
    if m.re is LOST_TYPE_RE:
        year = f"/{m.group('year')}" if m.group("year") else ""
        return f"{m.group('num')}{year}/{_unhorned(m.group('code'))}"
    if m.re is SPLIT_DIGITS_RE:
        return normalise(re.sub(r"\s", "", m.group("num")) + "/" + m.group("code")) or ""
    if m.re not in (OCR_SLASH_RE, FILLED_RE) and m.group("pnum"):
        ptype = m.group("ptype")
        if ptype not in _PARTY_TYPES and ptype not in TYPE_CODES and ptype.replace("I", "L") in TYPE_CODES:
            ptype = ptype.replace("I", "L")  # an 'L' OCR read as 'I' ('445-KI/TU': a kết luận)
        return _unhorned(f"{m.group('pnum')}-{ptype}/{_read_twice(m.group('pcode'))}")
    raw = m.group("code")
    if raw.startswith("5") and "S" + re.split(r"[-/.]", raw)[0][1:] in _KNOWN_CODES:
        raw = "S" + raw[1:]  # a department's 'S' OCR read as '5' ('2468/5TC-QLNS')
    # 'Q -UBND', 'N -CP': a text layer that dropped the 'Đ' left the gap it stood in
    raw = re.sub(r"^([QN])\s+(?=[-–])", r"\1Đ", raw)
    code = re.sub(r"\s*[-–—]\s*", "-", raw)
    code = re.sub(r"\s+", "", code)
    code = _barred(_repair(_undoubled(code), bool(m.group("year"))))
    code = re.sub(r"(?<![A-Za-zĐđ])TTG(?![A-Za-z])", "TTg", code)  # the Prime Minister's code, as written
    code = re.sub(f"(?<={_U}{_U}{_U})l$", "", code)  # a stroke OCR read as 'l' after the code ('QĐ-ĐHĐNl')
    code = re.sub(r"(?<=[A-ZĐ]{2})NGÀY$", "", code)  # the date's 'NGÀY' a copy ran on ('QĐ-BGTVTNGÀY'): codes have no 'À'
    year = f"/{m.group('year')}" if m.group("year") else ""
    return f"{m.group('num')}{year}/{_unhorned(code)}"


def normalise(raw: str) -> str | None:
    """Normalise a number written any way; None when *raw* holds none."""
    m = NUMBER_RE.search(raw)
    return normalise_match(m) if m else None


def find_all(text: str) -> list[tuple[int, str]]:
    """Every document number in *text*, as (offset, normalised)."""
    return [(m.start(), normalise_match(m)) for m in NUMBER_RE.finditer(text)]


def type_of(number: str | None) -> str | None:
    """The document type a number's code names ('66/KH-UBND' -> 'Kế hoạch'); None for công văn."""
    if not number:
        return None
    party = re.match(r"\d+[a-z]?-([^/]+)/(.+)$", number)
    if party:  # '52-NQ/TW'; an old style puts the type last: '15-BTC/TT', '01-TANDTC-VKSNDTC/TTLT'
        # (the party's own types: '19-TT/ĐU' a thông tri, '08-QĐi/TU' a quy định)
        # (a thông tri only from a party body, its code ending in a committee's 'U' or 'TW': a ministry's old
        # '11-TT/CNCL' is a thông tư)
        own = _PARTY_TYPES.get(party.group(1)) if re.search(r"(?:U|TW)$", party.group(2)) else None
        return own or TYPE_CODES.get(party.group(1)) or TYPE_CODES.get(party.group(2))
    code = number.split("/")[-1]
    first = code.split("-")[0]
    if "-" in code and first in TYPE_CODES:
        return TYPE_CODES[first]
    parts = number.split("/")
    if len(parts) >= 3:  # '183/2010/TTLT/BTC-BNN'
        for p in parts[1:]:
            if p in TYPE_CODES:
                return TYPE_CODES[p]
    return None


def issuer_code(number: str | None) -> str | None:
    """The issuer part of a code: '462/BC-UBND' -> 'UBND', '620/SYT-NVY' -> 'SYT', '22-NQ/TU' -> 'TU'."""
    if not number:
        return None
    if re.match(r"\d+[a-z]?-[^/]+/", number):
        return number.split("/")[-1]
    if (pre_2005 := re.match(r"\d+([A-ZĐ]+)/", number)):  # '1140TC/VP': the issuer's code before the slash
        return pre_2005.group(1)
    code = number.split("/")[-1]
    parts = code.split("-")
    typed = parts[0] in TYPE_CODES or parts[0].replace("D", "Đ") in TYPE_CODES  # 'QD-BGDDT': OCR lost the 'Đ'
    part = parts[1] if typed and len(parts) > 1 else parts[0]
    return re.sub(r"(?<=[A-ZĐ])\d{1,2}$", "", part)  # a term number after the code: 'UBTVQH14', 'QH15'



def same(a: str | None, b: str | None) -> bool:
    """Numbers equal once normalised, ignoring case ('101/QĐ-TTG' == '101/QĐ-TTg')."""
    if not a or not b:
        return False
    na, nb = (re.sub(r"^(\d{1,3})\.(?=\d{3}/)", r"\1", normalise(n) or n).casefold() for n in (a, b))
    return na == nb  # (a number's thousands written with a dot or without: '1.250/SYT' is '1250/SYT')
