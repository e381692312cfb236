"""Layout patterns of a letter's header: the motto, the number and date lines, type titles,
the marks that end a header item; and helpers over lines of the normalised text."""
from __future__ import annotations

import re

from . import numbers, orgs
from .text import LOW, UP, is_rule, is_upper

# The national motto, also as OCR and old fonts garble it ('CỘNG HÕA', 'CỘNG HỊA', 'XàHỘI',
# 'NGHIÃ') and as tables break it over lines or cells; a party's and the youth union's
# letterheads carry their own name in its place.
_SEP = r"[\s|]+"
# the party's or the union's name standing in a title's phrase ('… THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM',
# 'CỦA ĐẢNG …', 'ĐIỀU LỆ ĐẢNG …', 'PHÔNG LƯU TRỮ ĐẢNG …', 'LỊCH SỬ ĐẢNG …') is not its letterhead
_NOT_NAMED_IN_A_PHRASE = "".join(rf"(?<!{w}[ ])" for w in ("LẬP", "CỦA", "VÀ", "VỀ", "LỆ", "VÀO", "CHO", "VỚI",
                                                           "VIÊN", "TẠI", "TRONG", "TRỮ", "SỬ", "MỪNG"))
# the words after which a body's name is the phrase's own ('… CỦA ỦY BAN NHÂN DÂN TỈNH', '… TRỰC THUỘC SỞ …'), not
# the authority line or the body's opening run on to it
LEADS_INTO_NAME = ("CỦA", "VÀ", "VỚI", "GIỮA", "CHO", "TẠI", "THUỘC", "TRONG", "NGOÀI", "ĐẾN", "TỪ", "BỞI", "QUA",
                   "CÙNG")
MOTTO_RE = re.compile(
    # (its 'XÃ' dropped by a copy: 'CỘNG HÒA HỘI CHỦ NGHĨA VIỆT NAM'; its 'HỘI' typed without the 'I': 'XÃ HỘ CHỦ')
    rf"[CG][ỘOÔỐỒ]NG{_SEP}H\S{{1,3}}{_SEP}(?:X\S{{0,2}}\s*)?H\S{{1,2}}I?{_SEP}CH\S{{0,2}}{_SEP}NGH\S{{1,3}}{_SEP}VI\S{{1,2}}T{_SEP}NAM"
    # its 'NAM' wrapped to the next line ('… CHỦ NGHĨA VIỆT' / 'NAM'); its middle words garbled by OCR ('XÃ : HỦ')
    rf"|(?-i:CỘNG{_SEP}H\S{{1,3}}{_SEP}XÃ{_SEP}HỘI{_SEP}CHỦ{_SEP}NGHĨA{_SEP}VIỆT)(?=[ \t]*\n)"
    # (or its 'VIỆT' garbled when the rest is whole: 'CHỦ NGHĨA' / 'VIẾf? NAM')
    rf"|(?-i:CỘNG{_SEP}H\S{{1,3}}{_SEP}XÃ{_SEP}HỘI{_SEP}CHỦ{_SEP}NGHĨA{_SEP}VI\S{{1,4}}[ \t]?NAM)\b"
    rf"|(?-i:[CG][ỘOÔỐỒ]NG{_SEP}H\S{{1,3}}{_SEP}X\S{{0,2}}[ \t]*[^\s\w]?[ \t]*[A-ZĐ]\S{{1,2}}{_SEP}NGH\S{{1,3}}{_SEP}VI\S{{1,2}}T{_SEP}NAM)"
    # the Democratic Republic's, on letters before 1976 ('VIỆT NAM DÂN CHỦ CỘNG HÒA')
    rf"|(?-i:VI[ỆE]T{_SEP}NAM{_SEP}D[ÂA]N{_SEP}CH[ỦU]{_SEP}C[ỘO]NG{_SEP}H\S{{1,3}}(?!\S))"
    rf"|{_NOT_NAMED_IN_A_PHRASE}(?:(?-i:[ĐD]\S{{1,2}}NG\s+C\S{{1,2}}NG\s+S\S{{1,2}}N\s+VI\S{{1,2}}T\s+NAM)"
    rf"|(?-i:ĐOÀN\s+TNCS\s+H\S{{1,2}}\s+CHÍ\s+MINH))", re.I)
# the motto's tail on a line of its own, its 'CỘNG HÒA' left on the line above (upper case only)
MOTTO_TAIL_RE = re.compile(rf"(?:C\S{{2,3}}G{_SEP}H\S{{1,3}}{_SEP})?X\S{{0,2}}\s*H\S{{1,2}}I{_SEP}CH\S{{0,2}}{_SEP}NGH\S{{1,3}}{_SEP}VI\S{{1,2}}T{_SEP}NAM"
                           rf"|C[ỘOÔỐỒ]NG{_SEP}H\S{{1,3}}(?:{_SEP}X\S{{0,2}}(?:\s*H\S{{1,2}}I)?)?\s*$"
                           # the rest of its line garbled by OCR ('CONG HOA XÃ HOLS TET NAM')
                           rf"|C[ỘOÔ]NG{_SEP}H[ÒOÓ]A{_SEP}X[ÃA]\b[^\n]{{0,30}}$|Độc\s+lập\s*[-–—][^\n]{{0,20}}$", re.M)
# OCR doubles a dash ('—-') or reads it as '_', drops marks ('Doc lap - Tu do - Hanh phuc') and misreads them
# ('Tự đo', 'Hanh phức')
# (its 'do' dropped by a copy: 'Độc Lập - Tự - Hạnh phúc')
INDEP_RE = re.compile(r"[ĐD][ộo]c\s+l[ậa]p\s*[-–—_]{0,3}\s*T[ựu](?:\s+[dđ]o)?\s*[-–—_]{0,3}\s*H[ạa]nh\s+ph[úuứ]c", re.I)
# V/v, also as OCR reads it: 'Viv', 'V|v', 'V/V'
# ('Vw': OCR read '/v' as 'w'; 'V.v.' as some write it, at a line's start: never the 'v.v.' of 'etc.'; a
# subject a youth union's letter puts in quotes: '“V/v Triển khai …”')
# ('V/ trả lời …': OCR lost the 'v', at a line's start before a word in lower case; so 'Vv lịch …' and 'V.v phân
# bổ …' as some type it; OCR's 'V/y' for 'V/v', a speck of the line above before it: '‘V/y giải đáp …')
VV_RE = re.compile(r"(?<![^\s|:(“\"'‘’])(?:V\s?[/|Il1i]\s?[vV]|v/v|Vw|Vv(?=[ \t]*:))(?=[\s:.])\s*[:.]?\s*|(?m:^)[ \t|]*V\.[ \t]?v\.[ \t]*"
                   rf"|(?m:^)[ \t|]*(?:V/|Vv|V\.[ \t]?v|[‘'’`]?V/y|V%|Vy|VAv)[ \t]+(?={LOW})"  # ('V% thanh lý …': '/v' read as '%')
                   # (OCR's 'V/w', '‘VW', '\'V#v', 'VA', 'Vis' for 'V/v', before a word in lower case or one capital:
                   # never the 'VA XÃ HỘI' of a ministry's name)
                   rf"|(?m:^)[ \t|]*[‘'’`]?V(?:[/#|]?[wW]|#v|[AÀ]|is)[ \t]+(?={LOW}|{UP}{LOW})"
                   # ('iv chính sách …': its 'V/' read as 'i', before a word in lower case)
                   rf"|(?m:^)[ \t|]*iv[ \t]+(?={LOW}{LOW})")
# a type's title with its V/v line run on to it ('KẾ HOẠCH V/v tổ chức …'): the title
TITLE_BEFORE_VV = re.compile(r"([^\n]+?)[ \t]+(?=V/v[ \t])")
VE_RE = re.compile(r"^[ \t|]*Về(?:\s*:)?\s+(?!việc\b)", re.M)  # never across blank lines: the "Về" line itself
# a title's line naming who issues it, between the type and the subject ('KẾT LUẬN' / 'CỦA BỘ CHÍNH TRỊ' / 'về …')
OF_BODY_LINE = re.compile(rf"\s*CỦA(?:\s+{UP}+[,&]?|\s+[-–]){{1,10}}\s*")
VE_ANY_RE = re.compile(r"^[ \t|]*(?:Về|về(?=\s+việc\b))(?:\s*:)?\s+", re.M)  # also 'Về việc …' ('về việc …'), inside the header's own lines
# (also as a copy without marks writes it, or OCR of a broken font: 'Kinh sui:'; another engine's OCR run
# together: 'Kỉnhgửì:', 'Kmnhgài:')
KG_RE = re.compile(r"K[íI]NH\s*G[ửỬ]I\s*:?|\bK[íi]nh\s+[gs][ưu]i\s*:|(?-i:\bK\S{1,2}nh\s*g\S{1,3}:)"
                   r"|(?m:^)[ \t|]*g[ửu]i[ \t]*:", re.I)  # ('gửi:' opening a line: its 'Kính' lost to a scan's speck)
# those a letter is copied to, after its addressees ('Đồng kính gửi:'): not its addressees
COPIED_TO_RE = re.compile(r"Đồng\W{1,3}kính\s+gửi", re.I)
_WORD = f"(?:{UP}{LOW}+(?:['’]{UP}?{LOW}+)?|{UP}['’]{UP}?{LOW}+)"  # (a highland place's apostrophe: 'Ea H'leo', 'Eah’leo')
# a place line: 'Kiên Giang', 'Thành phố Hồ Chí Minh', also a numbered urban district ('Quận 9')
# (a whole word first: never the 'Tg' of a number's 'TTg' before it)
# (its last word OCR may read in capitals: 'Hà NỘI'; a commune's last letter, one of two of a name: 'Mỹ An Hưng A')
PLACE_RE = re.compile(rf"(?<![\w/-])((?:(?:Thành phố|Thị xã|T[Pp]\.?|T[Xx]\.)\s*)?{_WORD}(?:[\s\-–]+{_WORD})*(?:[\s\-–]+{UP}{{1,4}}\b)?"
                      r"(?:\s+\d{1,2})?)\s*,?\s*$")

# a draft's mark between the number and the title: '(Dự thảo lần 5)'
DRAFT_MARK = re.compile(r"\(?\s*(?:Dự thảo|DỰ THẢO)[^()\n]{0,30}\)?")
TYPE_TITLES = [
    "THÔNG TƯ LIÊN TỊCH", "THÔNG TƯ LIÊN BỘ", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "QUYẾT ĐỊNH", "KẾ HOẠCH", "BÁO CÁO", "THÔNG BÁO",
    "TỜ TRÌNH", "GIẤY MỜI", "CÔNG VĂN", "CHỈ THỊ", "NGHỊ QUYẾT", "NGHỊ ĐỊNH", "THÔNG TƯ",
    "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "QUY CHẾ", "QUY ĐỊNH", "CÔNG ĐIỆN", "BIÊN BẢN", "ĐỀ ÁN",
    "PHƯƠNG ÁN", "KẾT LUẬN", "GIẤY GIỚI THIỆU", "GIẤY TRIỆU TẬP", "THƯ MỜI", "THƯ NGỎ", "LUẬT",
    "PHÁP LỆNH", "ĐIỆN", "HỢP ĐỒNG", "GIẤY PHÉP",
    # the rest of Nghị định 30/2020's types, and an appeal
    "THÔNG CÁO", "THƯ CÔNG", "THƯ KÊU GỌI", "BẢN GHI NHỚ", "BẢN THỎA THUẬN", "GIẤY ỦY QUYỀN", "PHIẾU GỬI",
    "PHIẾU CHUYỂN", "PHIẾU BÁO", "GIẤY NGHỈ PHÉP",  # (not "DỰ ÁN": a line of a project board's name)
    "THÔNG TRI",  # the party's (Quy định 66-QĐ/TW)
    "PHIẾU TRÌNH",  # an office's submission of a letter to its leaders (Phiếu trình giải quyết công việc)
]
# a type's title with the name of the form it is ('PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC': a phiếu trình)
_FORM_TITLES = {"PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC": "PHIẾU TRÌNH"}
_BARE_TITLES = {orgs.bare(t): t for t in TYPE_TITLES if len(t) > 5}
_DOUBLED = re.compile(r"([A-Z])\1")  # a letter OCR read twice ('QUYETT ĐỊNH')
_SQUEEZED_TITLES = {_DOUBLED.sub(r"\1", b): t for b, t in _BARE_TITLES.items()}
_SPACELESS_TITLES = {orgs.bare(t).replace(" ", ""): t for t in TYPE_TITLES}
_ISSUED_TITLES = ("QUYẾT ĐỊNH", "CHỈ THỊ", "NGHỊ QUYẾT", "THÔNG TƯ", "THÔNG BÁO")
# types several bodies issue together under one title ('KẾ HOẠCH LIÊN NGÀNH'), filed under the type
# ('THÔNG TƯ LIÊN TỊCH' and 'NGHỊ QUYẾT LIÊN TỊCH' are types of their own)
_JOINT_TYPES = ("HƯỚNG DẪN", "KẾ HOẠCH", "THÔNG BÁO", "BÁO CÁO", "CÔNG VĂN", "CHƯƠNG TRÌNH", "QUY CHẾ", "TỜ TRÌNH")


_SECTORS_LONGEST = sorted((orgs.fold(sector) for sector in orgs.SECTORS), key=len, reverse=True)


def names_joint_issuers(line: str) -> bool:
    """True for the line under a joint circular's type naming its ministries by sector alone, in capitals
    ('THÔNG TƯ LIÊN BỘ' / 'LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI - TÀI CHÍNH'): no part of its title."""
    if not is_upper(line):
        return False
    rest = orgs.fold(line)
    for sector in _SECTORS_LONGEST:
        rest = rest.replace(sector, " ")
    return len(orgs.fold(line)) > len(rest) and not re.sub(r"\bBỘ\b|[-–,&\s]", "", rest)


_URGENT_TITLE = re.compile(r"(.+?)\s+(?:KHẨN|THƯỢNG KHẨN|HỎA TỐC|HOẢ TỐC)")


def urgency_of_title(folded: str) -> str | None:
    """The urgency a type title carries after the type ('CÔNG ĐIỆN KHẨN' -> 'khan')."""
    marked = _URGENT_TITLE.fullmatch(folded)
    return URGENCY.get(folded[len(marked.group(1)):].strip()) if marked and marked.group(1) in TYPE_TITLES else None


def type_title(folded: str) -> str | None:
    """The type title a short upper-case line is, also as OCR misreads its accents
    ('QUYÉT ĐỊNH', 'KẺ HOẠCH'); None for any other line."""
    if folded in TYPE_TITLES:
        return folded
    if folded in _FORM_TITLES:
        return _FORM_TITLES[folded]
    speck = re.fullmatch(r"(.+?)\s+(?:\d{1,2}|[|_*•~])", folded)  # a scan's margin figure beside it ('CHỈ THỊ 1')
    if speck and speck.group(1) in TYPE_TITLES:
        return speck.group(1)
    marked = _URGENT_TITLE.fullmatch(folded)  # 'CÔNG ĐIỆN KHẨN', 'CÔNG VĂN HỎA TỐC': the type, then its urgency
    if marked and marked.group(1) in TYPE_TITLES:
        return marked.group(1)
    joint = re.fullmatch(r"(.+?) LIÊN (?:NGÀNH|TỊCH|BỘ)", folded)  # 'HƯỚNG DẪN LIÊN NGÀNH': several bodies' one
    if joint and joint.group(1) in _JOINT_TYPES:
        return joint.group(1)
    pair = folded.split(" VÀ ")
    if len(pair) == 2 and pair[0] in TYPE_TITLES and pair[1] in TYPE_TITLES:
        return pair[0]  # 'QUY ĐỊNH VÀ HƯỚNG DẪN': the text is filed under its first type
    of = folded.split(" CỦA ", 1)
    if len(of) == 2 and of[0] in _ISSUED_TITLES and (orgs.is_head_start(of[1]) or AUTHORITY_LINE.match(of[1])) \
            and len(of[1].split()) <= 8:
        return of[0]  # 'QUYẾT ĐỊNH CỦA UBND TỈNH HẬU GIANG', 'THÔNG BÁO CỦA UBND XÃ', 'QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ …':
        # the title naming who issues it (not 'KẾT LUẬN CỦA …', whose body is the subject)
    if " " in folded:  # set letter-spaced ('Q U Y Ế T  Đ Ị N H', a title's character spacing a PDF kept) or with a stray gap
        spaced = _SPACELESS_TITLES.get(orgs.bare(folded).replace(" ", ""))
        if spaced:
            return spaced
    if len(folded) > 22:
        return None
    bare = orgs.bare(folded)
    found = _BARE_TITLES.get(bare) or _SQUEEZED_TITLES.get(_DOUBLED.sub(r"\1", bare))
    if found or len(bare) <= 8:
        return found
    # a letter OCR put in ('QUYFET ĐỊNH'): the title the line is without one of its letters
    return next((_BARE_TITLES[t] for k, c in enumerate(bare) if c.isalpha()
                 and (t := bare[:k] + bare[k + 1:]) in _BARE_TITLES and len(t) > 7), None)


URGENCY = {"HỎA TỐC": "hoa_toc", "HOẢ TỐC": "hoa_toc", "THƯỢNG KHẨN": "thuong_khan", "KHẨN": "khan",
           # the marks as an OCR without diacritics reads them, standing alone on their line
           "HOA TOC": "hoa_toc", "THUONG KHAN": "thuong_khan", "KHAN": "khan"}
# the heads of bodies, as a decision's authority line and a signature name them ('GIÁM ĐỐC SỞ Y TẾ')
HEAD_ROLES = (r"(?:PHÓ\s+)?(?:CHỦ TỊCH|BỘ TRƯỞNG|THỦ TRƯỞNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|"
              r"CHI CỤC TRƯỞNG|VỤ TRƯỞNG|HIỆU TRƯỞNG|VIỆN TRƯỞNG|CHÁNH ÁN|THỐNG ĐỐC|TRƯỞNG BAN|TRƯỞNG PHÒNG|"
              r"CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|CHỦ NHIỆM|TỔNG KIỂM TOÁN)")
AUTHORITY_LINE = re.compile(
    rf"^(?:{HEAD_ROLES}|(?:PHÓ\s+)?THỦ TƯỚNG|ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|BAN THƯỜNG VỤ|CHÍNH PHỦ|KHÓA [IVXLC]+|"
    r"ỦY BAN THƯỜNG VỤ QUỐC HỘI|QUỐC HỘI)\b")
# 'SỐ 15-BTC/TT NGÀY 16-3-1991 CỦA BỘ TÀI CHÍNH QUY ĐỊNH …': an old title that repeats the header
GAZETTE_LEAD = re.compile(r"^SỐ\s*:?\s*\d\S*\s+NGÀY\s+\d{1,2}(?:[-/.]\d{1,2}[-/.]\d{4}|\s+THÁNG\s+\d{1,2}\s+NĂM\s+\d{4})\s*,?\s+")
# a body's first heading: 'I. MỤC ĐÍCH', 'Phần I', 'Điều 1', 'A. CĂN CỨ XÂY DỰNG' (a letter, then a word in capitals)
SECTION_LINE = re.compile(r"^(?:[IVX]{1,4}\s*[.\-–]\s+\S|(?:Phần|PHẦN|Chương|CHƯƠNG)\s+[IVX\d]+\b|Điều\s+1\b|"
                          r"[A-E]\.[ \t]+[A-ZĐÂĂÊÔƠƯ][A-ZĐÂĂÊÔƠƯ\u00C0-\u1EF9]*\b)")
# a body's opening sentence: '…, Sở Y tế xây dựng kế hoạch … như sau:', '… đề nghị …'
OPENING_CLAUSE = re.compile(
    r"như sau|[:;]\s*$|\bđề nghị\b|\byêu cầu\b|,\s*(?:UBND|Ủy ban|Uỷ ban|Sở|Bộ|Trung tâm|Phòng|Ban|Văn phòng|"
    r"Bệnh viện|Chi cục|Cục|Hội đồng|Bảo hiểm|Tỉnh ủy|Huyện ủy|Đảng ủy|Trường)\b")
BODY_START = re.compile(
    r"^(?:Căn cứ|Thực hiện|Thi hành|Theo|Xét|Trên cơ sở|Nhằm|Để|Sau khi|Chiều|Sáng|Ngày|Vừa qua|"
    r"Hiện nay|Trong|Nhận được|Kính gửi)\b")


# a date line whose words OCR or a text spinner garbled: 'ngay 14 thảng 4 nãm 2017', 'ngày 14 mon 04 năm 2017'
# (also 'ngà) 5 tháng 4', a stroke before the day 'ngày /12tháng 11', a day's figures spaced 'ngày 2 5 tháng 11')
OCR_DATE_RE = re.compile(r"\bng\S{1,2}[yỵýv)]\s*[/|!]?\s*(\d[ ]?\d|\d|[lI]\d)\s*[^\d\s]{2,6}\s*(\d{1,2})\s*n\S{1,3}\s*(\d{4})",
                         re.I)


# ', ngày 5 tháng' and its OCR'd forms (', ngay 5 thang', ', ngàỵ 5 thảng'), or ', ngày 5/3/2020': a place-and-date line
# (a stray stroke OCR put after the hand-filled day: 'ngày 8| tháng 8'; its '1' read as 'l': 'ngày l8thang 8')
DATELINE_RE = re.compile(r",\s*ng\S{1,2}[yỵýv]\s*(?:\d{1,2}|[lI]\d)[|!]?\s*(?:[^\d\s]{2,6}\s*\d|[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})",
                         re.I)
# 'Hà Nội, ngày        tháng   02   năm 2021': a date line whose day (or month too) was left blank to sign
# a date whose day (or month) was left blank, after its place's comma: ', ngày   tháng 7 năm 2021'; as the
# date line itself (BLANK_DATELINE_RE) or after a subject on its line
_BLANK_DATE = r",\s*ngày[\s._…]*tháng[\s._…\d]*năm\s+(?:19|20)\d\d"
BLANK_DATE_RE = re.compile(_BLANK_DATE, re.I)
BLANK_DATELINE_RE = re.compile(rf"^[^\n,]{{2,40}}{_BLANK_DATE}\s*$", re.I)
# 'Kiên Giang, ngày 11/3/2025' (or '11.3.2025'): the date line written in figures, after its place's comma
PLACED_SHORT_RE = re.compile(r"(?<=,)\s*ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?![\d/])", re.I)
# 'Hà Nội, 15/03/2024': a firm's or a hospital's date line without its 'ngày', the date ending its line or cell
PLACED_FIGURES_RE = re.compile(r"(?<=,)[ \t]*(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)[ \t.]*(?=$|[ \t]{3,}|\|)", re.M)



def line_bounds(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (len(text) if e < 0 else e)


def prev_line_start(text: str, line_start: int) -> int | None:
    if line_start <= 0:
        return None
    return text.rfind("\n", 0, line_start - 1) + 1


def headerish(line: str) -> bool:
    s = line.strip()
    if not s or is_rule(s) or s in ("|",) or len(s) <= 3 and not any(c.isdigit() for c in s):
        return True  # (a rule under the letterhead OCR read as 'oo', 'ee', '—.')
    rest = INDEP_RE.sub("", MOTTO_TAIL_RE.sub("", MOTTO_RE.sub("", s)))
    rest = re.sub(numbers.SO_LABEL + r"\s*:?\s*\S+", "", rest)  # the number line, as OCR reads it too
    return not rest.strip(" |-–*") or is_upper(rest) or bool(re.fullmatch(r"\s*\d+\.\s*", rest)) \
        or bool(re.fullmatch(r"\s*/\s*[A-ZĐ][A-Za-zĐ&]*(?:\s*-\s*[A-Za-zĐ&]+)*\s*", rest))  # '/TTr - THCS' (blank number)


# a telegram's authority line, standing for its addressing: 'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN THỌ XUÂN ĐIỆN:'
# (or 'Điện:' on the line under it: 'THỦ TƯỚNG CHÍNH PHỦ' / '' / 'Điện:')
TELEGRAM_RE = re.compile(r"^[ \t|]*(?P<body>[^\n]{3,140}?)\s+(?:ĐIỆN|điện|(?<=\n)[ \t]*Điện)\s*(?P<colon>:)?\s*$", re.M)


# the hour a telegram is sent at, under its type: 'Vào hồi 14 giờ 00/ ngày 13/10/2013', 'Hồi 15h30 ngày …' (also
# between its number and its date: 'Số: 02/CĐ-TW hồi 10 giờ 00 ngày 01/02/2014')
SENT_AT = r"(?:vào\s+)?hồi\s+\d{1,2}\s*(?:giờ|h)\s*(?:\d{1,2}\s*(?:phút)?)?"
SENT_AT_RE = re.compile(SENT_AT, re.I)
# the date written right after the number on its line, as a post's title gives it, or after the hour a telegram is
# sent at ('Số: 02/CĐ-TW hồi 10 giờ 00 ngày 01/02/2014')
DATE_BESIDE_NUMBER = re.compile(rf"[ \t,]*(?:{SENT_AT}[ \t,]*)?"
                                r"(?:ngày|Ngày|NGÀY)[ \t]*(\d{1,2}[ \t]*[-/.][ \t]*\d{1,2}[ \t]*[-/.][ \t]*\d{4})")


# a telegram's 'Điện:' alone on its line, its sender named on the lines above
_WIRE_LINE = re.compile(r"^[ \t|]*(?:ĐIỆN|Điện|điện)[ \t]*:[ \t]*$", re.M)


def _sender_block(text: str, start: int, stop: int) -> tuple[int, list[str]] | None:
    """(where it begins, its lines) of the run of lines in capitals right above the first 'Điện:' alone between
    *start* and *stop* (blank lines between them allowed, none inside it): a telegram's sender."""
    wire = _WIRE_LINE.search(text, start, stop)
    if wire is None:
        return None
    block: list[str] = []
    at = wire.start()
    for line in reversed(text[start:wire.start()].split("\n")[:-1]):
        at -= len(line) + 1
        s = line.strip(" |")
        if not s and not block:
            continue
        if not s or not is_upper(s) or is_stop(s):
            break
        block.insert(0, s)
        begin = at
    return (begin, block) if block else None


def telegram_sender(text: str, start: int) -> bool:
    """True when the line at *start* is a telegram's sender ('BAN CHỈ ĐẠO … TRUNG ƯƠNG' / '- ỦY BAN QUỐC GIA …' /
    'Điện:'), not its title."""
    block = _sender_block(text, start, min(len(text), start + 800))
    return block is not None and block[0] <= start


def telegram_sender_above(text: str, start: int, stop: int) -> str | None:
    """The first body a telegram's sender names in the lines in capitals above its 'Điện:' alone, when it names
    them there and not on the line itself ('VĂN PHÒNG THƯỜNG TRỰC BAN CHỈ ĐẠO … LỤT' / 'BÃO TRUNG ƯƠNG -' /
    'VĂN PHÒNG ỦY BAN QUỐC GIA …' / 'ĐIỆN:' -> the standing office: the first of those who send it)."""
    block = _sender_block(text, start, stop)
    first = re.split(r"\s+[-–]\s+", " ".join(block[1]).strip(" -–"))[0] if block else ""
    return first if orgs.is_head_start(orgs.fold(first)) else None


def telegram_line(line: str) -> bool:
    """True for a telegram's '… ĐIỆN:' line naming (the head of) a body in capitals, or a head by title in any
    case and with no colon ('Thủ tướng Chính phủ điện': a line ending in electricity names no sender)."""
    m = TELEGRAM_RE.match(line)
    if not m:
        return False
    body = orgs.fold(m.group("body"))
    if m.group("colon") and is_upper(m.group("body")):
        return bool(re.search(r"ỦY BAN|UBND|BỘ|BAN|CHÍNH PHỦ|THỦ TƯỚNG|SỞ|CHỦ TỊCH|TỊCH", body))
    return bool(re.match(r"(?:THỦ TƯỚNG|CHỦ TỊCH|BỘ TRƯỞNG)\s", body)) and len(body.split()) <= 12


def is_stop(line: str) -> bool:
    s = line.strip()
    f = orgs.fold(s)
    return (not s or s == "|" or is_rule(s) or bool(KG_RE.match(s)) or f in URGENCY
            or bool(SECTION_LINE.match(s))
            or bool(type_title(f)) or bool(AUTHORITY_LINE.match(f)) and is_upper(s) or bool(MOTTO_RE.search(s))
            or bool(INDEP_RE.search(s)) or bool(numbers.SO_RE.match(s))
            or _place_dateline(s) or bool(BLANK_DATELINE_RE.search(s)) or telegram_line(s) or bool(SENT_AT_RE.match(s)))


def _place_dateline(line: str) -> bool:
    """A place-and-date line ('Hà Nội, ngày 18 tháng 12 năm 2018'), not a title citing a dated document
    ('… QUY ĐỊNH SỐ 07-QĐI/TW, NGÀY 28/8/2018 CỦA BỘ CHÍNH TRỊ …'): a short place before the comma."""
    m = DATELINE_RE.search(line)
    return bool(m) and m.start() <= 45 and not re.search(r"\d", line[:m.start()])
