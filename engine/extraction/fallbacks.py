"""Second readings for letters whose header does not read the ordinary way.

- A subject tidied the way a clerk writes it: without a repeated type word
  ('THÔNG TƯ QUY ĐỊNH …' under 'THÔNG TƯ'), without a leading 'CỦA UBND … V/V',
  with a misspelt 'Về viêc' written right.
- A title run into one line with the rest of the header ('QUYẾT ĐỊNH BAN HÀNH …
  ỦY BAN NHÂN DÂN TỈNH … Căn cứ …'), as a PDF text layer gives it.
- (A web post naming the letter it carries or relays: posts.py.)
- A text layer that lost letters ('S : 3134/2008/Q -UBND Cao B ng, ngày …'): the
  number behind a clipped 'Số' (the site's title line above it: site_titles.py).
"""
from __future__ import annotations

import re

from . import numbers, orgs, stamp
from .dates import LONG_RE, iso, make
from .layout import INDEP_RE, LEADS_INTO_NAME, MOTTO_RE, OF_BODY_LINE, VV_RE
from .text import DATE_STAMP_ALONE, VI_LOWER, VI_UPPER, has_lower, in_capitals, lone_speck

_TYPE_WORDS = ("Quyết định", "Kế hoạch", "Công văn", "Thông báo", "Thông tư liên tịch", "Thông tư",
               "Chỉ thị", "Nghị quyết", "Nghị định", "Tờ trình", "Báo cáo", "Giấy mời", "Hướng dẫn",
               "Công điện", "Chương trình", "Quy chế", "Quy định", "Giấy phép")
TYPES_ALT = "|".join(sorted(_TYPE_WORDS, key=len, reverse=True))

# 'Về việc', 'Về viêc', 'V/v', 'Về' at the head of a subject
LEAD_RE = re.compile(r"^\s*(?:V\s?[/|]\s?[vV]|V[ềỀ]\s+VI[ỆÊE]C|Về\s+vi[ệêe]c)\s*[:.]?\s+", re.I)
# 'CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V …': who issues it, then the subject proper
_OF_ISSUER_RE = re.compile(r"^\s*CỦA\s+.{3,120}?\s(?:V\s?/\s?V|VỀ\s+VIỆC)\s+", re.I)
# 'KẾT LUẬN / CỦA BỘ CHÍNH TRỊ / về chủ trương …': the body in capitals, then the subject in sentence case
_OF_BODY_RE = re.compile(rf"^(?:{OF_BODY_LINE.pattern})(?<=\s)(?=[Vv]ề\s)")


def tidy_subject(subject: str | None, doc_type: str | None) -> str | None:
    """The subject as a clerk writes it (see module doc)."""
    if not subject:
        return subject
    s = subject.strip()
    # a rule OCR read as a dash or a stroke before the title ('- HƯỚNG DẪN …', '_ THÔNG TƯ QUY ĐỊNH …')
    s = re.sub(r"^[-–—•_]+\s+(?=\S)", "", s)
    if in_capitals(s):  # ... or a speck read as a Roman numeral ('XIV PHÊ DUYỆT DANH MỤC …'): no title opens with one
        s = re.sub(rf"^[IVXL]{{1,4}}\s+(?=[{VI_UPPER}]{{2,}}\s+[{VI_UPPER}]{{2,}})", "", s)
    m = _OF_ISSUER_RE.match(s) or _OF_BODY_RE.match(s)
    if m:
        s = s[m.end():]
    if doc_type:
        # the type word repeated as the first words of a title in capitals
        t = doc_type.upper()
        if s.upper().startswith(t + " ") and s[:len(t)].isupper() and len(s) > len(t) + 12:
            s = s[len(t) + 1:]
        # a site's title line standing for the title: 'Quyết định 3467/QĐ-BYT ngày 15/11/2024 về việc …'
        s = re.sub(rf"^{re.escape(doc_type)}\s+(?:số\s*)?\d[\w.-]*/[\w.&/-]+\s+"
                   rf"(?:(?:ngày\s+)?\d{{1,2}}/\d{{1,2}}/\d{{4}}\s+|năm\s+\d{{4}}\s+)?(?=(?:về việc|về|V/v)\s)", "", s, flags=re.I)
    # a rule OCR read after the title ('… MÙA KHÔ NĂM 2019 -'), and the addressees' label begun on the
    # title's last line ('… năm 2017 Kính')
    s = re.sub(r"\s+(?:[-–—_]+|K[íi]nh)$", "", s)
    if "[" not in s:  # a bracket OCR read off the page's edge after the title ('… tỉnh Quảng Trị]')
        s = re.sub(r"\s*\]+$", "", s)
    s = re.sub(r"(\d/)[ \t]+(?=[A-ZĐ]{2})", r"\1", s)  # a cited number OCR spaced after its slash ('1898/ QĐ-TTg')
    s = re.sub(r"^\s*V\s?[/|]\s?[vV]\s*[:.]?\s+", "", s)
    s = re.sub(r"^\s*Về\s*:\s*", "", s)  # 'Về: tham gia ý kiến …': the label, as 'V/v' is
    # 'HƯỚNG DẪN LIÊN NGÀNH' / 'THÔNG TƯ LIÊN TỊCH': the qualifier belongs to the type line, not the title
    if doc_type and "liên" not in doc_type.lower():
        s = re.sub(r"^LIÊN\s+(?:NGÀNH|TỊCH)\s+(?=\S+\s+\S+\s+\S+)", "", s)
    s = re.sub(r"\s+(?:Tải về|Tải xuống|Download)\s*:.*$", "", s)  # a portal's download link run on
    # 'Về viêc' / 'Về viec': the title's own 'Về việc', misspelt
    s = re.sub(r"^V[ềỀếẾệỆ](\s*)(v[i1l][êeệ]c|VI[ÊEỆ]C)\b", lambda m: ("Về" if m.group(2).islower() else "VỀ") + (m.group(1) or " ") + (
        "việc" if m.group(2).islower() else "VIỆC"), s)  # ('Vế việc': its mark mistyped)
    # a title a page printed twice over ('Thực hiện công tác bán trú Năm học 2022 - 2023' twice): once
    words = s.split()
    half = len(words) // 2
    if len(words) >= 6 and len(words) % 2 == 0 and " ".join(words[:half]).lower() == " ".join(words[half:]).lower():
        s = " ".join(words[:half])
    # 'giai đoạn 20212025': the hyphen between two years a text layer dropped
    s = re.sub(r"\b((?:19|20)\d\d) ?((?:19|20)\d\d)\b",  # also '2017 2018': the dash between dropped
               lambda m: f"{m.group(1)}-{m.group(2)}" if m.group(2) > m.group(1) else m.group(0), s)
    s = re.sub(r"(?<=\w)[ \t]+[_~|][ \t]+(?=\w)", " ", s)  # a speck OCR read between two words ('BAN _ HÀNH')
    # specks OCR read between the words a line break parts, before a word in lower case ('… đối :' / '. với bản
    # quyền'), and a quote read after the last one
    s = re.sub(rf"(?<=\S)[ \t]+(?:[:.;'`~|_‘’]+[ \t]+)+(?=[{VI_LOWER}])", " ", s)
    s = re.sub(r"[ \t]+['`‘’]+$", "", s)
    words = s.split()
    speck = lone_speck(words) if len(words) >= 6 else None
    if speck and speck.isalpha() and speck not in (words[0], words[-1]):
        s = " ".join(w for w in words if w is not speck)  # in a title in capitals, a speck ('QUẢN LÊ ó ĐỐI')
    # an incoming stamp's date field OCR read before the title on its line ('Ngàỵ: 2s/c Khung bảo đảm …')
    s = re.sub(rf"^Ng[àaạ]\S?\s*:\s*\S{{0,8}}\s+(?=[{VI_UPPER}][{VI_LOWER}])", "", s)
    # an incoming stamp's heading and fields OCR ran into a sentence-case title's lines ('… đánh giá, CÔNG VĂN ĐIỆN
    # TỬ chấm điểm …', '[ĐẾN Số 2336', 'Ngày: 6/5/2022'), and its receiver's name in capitals between two words of
    # it ('… liên quan CỤC THUẾ TỈNH HÒA BÌNH đến lĩnh vực …')
    if not in_capitals(s):
        s = stamp.PIECES_RE.sub(" ", s)
        s = re.sub(rf"(?<=[{VI_LOWER}] )((?:[{VI_UPPER}]{{2,}} ){{2,}}[{VI_UPPER}]{{2,}}) (?=[{VI_LOWER}])",
                   lambda m: "" if orgs.is_head_start(m.group(1)) else m.group(0), s)
        s = re.sub(r"\s{2,}", " ", s).strip()
    # a stamp's words in capitals OCR read before a sentence-case title, on its line
    # ('CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ Phê duyệt Chiến lược …')
    lead = re.match(rf"(?:[{VI_UPPER}]{{2,}}\s+){{3,}}(?=[{VI_UPPER}][{VI_LOWER}]+\s+[{VI_LOWER}]+\s+\S+\s+\S+)", s)
    if lead and not in_capitals(s):
        s = s[lead.end():]
    if s[:1] in "“\"" and s[-1:] in "”\"" and len(re.findall(r"[“”\"]", s)) == 2:  # the V/v line's own quotes around it
        s = s[1:-1]
    elif s.endswith(("”", '"')) and s.count("“") < s.count("”") + (s.count('"') % 2):
        s = s[:-1]
    # the V/v line in brackets ('(V/v …)'), or its closing bracket left after the subject (a full stop typed after it
    # stays, as the seeds' gold writes it)
    if s.startswith("(") and s.endswith(")") and s.count("(") == 1:
        s = s[1:-1]
    elif s.endswith(")") and s.count(")") > s.count("("):
        s = s[:-1]
    return s.strip() or subject


_INLINE_TYPES = ("THÔNG TƯ LIÊN TỊCH", "QUYẾT ĐỊNH", "KẾ HOẠCH", "CHỈ THỊ", "THÔNG TƯ", "NGHỊ QUYẾT",
                 "NGHỊ ĐỊNH", "BÁO CÁO", "TỜ TRÌNH", "THÔNG BÁO", "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "GIẤY MỜI",
                 "CÔNG ĐIỆN", "QUY CHẾ", "ĐỀ ÁN", "PHƯƠNG ÁN", "GIẤY GIỚI THIỆU", "GIẤY TRIỆU TẬP", "GIẤY PHÉP")
# never the type word inside a body's name ('BỘ KẾ HOẠCH VÀ ĐẦU TƯ', 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ',
# a steering committee's 'BCĐ CHƯƠNG TRÌNH …')
_INLINE_TYPE_RE = re.compile(r"(?:^|\s)(?<!BỘ\s)(?<!SỞ\s)(?<!PHÒNG\s)(?<!BCĐ\s)(?<!CHỈ ĐẠO\s)(?P<type>" + "|".join(_INLINE_TYPES)
                             + r")\s+(?!VÀ\s+ĐẦU\s+TƯ)(?=\S)")
# where an upper-case title run into the body ends: the authority named again, a part heading
_INLINE_STOP = ("CHỦ TỊCH", "BỘ TRƯỞNG", "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN",
                "THỦ TƯỚNG", "GIÁM ĐỐC", "HIỆU TRƯỞNG", "ỦY BAN THƯỜNG VỤ", "TỔNG GIÁM ĐỐC", "TỔNG CỤC TRƯỞNG",
                "CỤC TRƯỞNG", "VIỆN TRƯỞNG", "CHÁNH ÁN")
# where a sentence-case title ('THÔNG TƯ Quy định việc …') ends: a rule, or the body's first words
_BODY_WORDS = re.compile(r"^[-–+•]?(?:Căn|Thực|Thi|Theo|Xét|Trên|Nhằm|Để|Kính|Sáng|Chiều|Ngày|Vừa|Hiện|Trong)$")


def _names_on(words: list[str]) -> bool:
    """True when the title's last words lead into a body's name ('… CỦA', '… GIỮA THƯỜNG TRỰC',
    '… CỦA CHỦ TỊCH', '… SỞ, NGÀNH,'): an authority named next is part of the title, not the line after it."""
    if words[-1] in LEADS_INTO_NAME or words[-1] in ("-", "–", "PHÓ") \
            or words[-1].endswith(","):  # ('… CỦA PHÓ' / 'THỦ TƯỚNG …'; '… BAN, NGÀNH, ỦY BAN NHÂN DÂN XÃ': a list)
        return True
    return len(words) >= 3 and " ".join(words[-2:]) in ("CHỦ TỊCH", "THƯỜNG TRỰC", "BỘ TRƯỞNG", "GIÁM ĐỐC",
                                                       "THỦ TƯỚNG") \
        and (words[-3] in ("CỦA", "VÀ", "GIỮA", "VỚI") or words[-3].endswith(","))


_BLANK_LINE_GAP = re.compile(r"[ \t]*\n[ \t]*\n\s*")


def inline_title(text: str, start: int, stop: int, expected: str | None = None
                 ) -> tuple[str, str | None, tuple[int, int]] | None:
    """(doc type, subject, span) of a title that shares its line with the header and body.

    An upper-case subject is the run of capitalised words after the type word; it ends
    at the first word with a lower-case letter ('Căn cứ'), at a part heading ('I.'), or
    where the issuing authority is named again ('… TỈNH TRÀ VINH ỦY BAN NHÂN DÂN …'). A
    sentence-case subject ('THÔNG TƯ Quy định việc …') ends at a rule or the body's first
    words. With *expected* (the type the number's code names), other type words are
    read as part of a title ('… CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ').
    """
    for m in _INLINE_TYPE_RE.finditer(text, start, stop):
        t = m.group("type")
        dtype = t[:1] + t[1:].lower()
        if expected and dtype != expected:
            continue
        pos = m.end()
        window = text[pos:min(stop, pos + 800)]
        if numbers.SO_RE.match(window.lstrip()):  # the number line under a type standing alone ('CÔNG ĐIỆN' / 'Số: 02/CĐ-TW …'):
            return dtype, None, (pos, pos)  # no title of it
        first = re.match(r"\S+", window)
        upper_mode = bool(first) and not has_lower(first.group(0))
        if not upper_mode:  # a sentence-case title beside its type ends with its paragraph, unless the next one
            # goes on in lower case ('THÔNG BÁO Tuyển sinh … (TLA)' / 'Trường … thông báo …'; but '… Quy định
            # công tác thi đua' / 'trên địa bàn tỉnh …')
            paragraphs = re.split(r"\n[ \t]*\n\s*", window)
            kept = 1
            while kept < len(paragraphs) and paragraphs[kept][:1].islower():
                kept += 1
            window = "\n\n".join(paragraphs[:kept])
        words: list[str] = []
        last_end = 0
        for w in re.finditer(r"\S+", window):
            tok = w.group(0)
            line_end = window.find("\n", w.start())
            if _BLANK_LINE_GAP.fullmatch(window, last_end, w.start()) \
                    and DATE_STAMP_ALONE.fullmatch(window, w.start(), len(window) if line_end < 0 else line_end):
                break  # a post's date stamp a blank line under the title ('12/03/2024 20:01    19')
            last_end = w.end()
            if upper_mode:
                if has_lower(tok) or re.fullmatch(r"[IVX]{1,4}[.:/]", tok) or re.fullmatch(r"\d{1,2}[.)]", tok) \
                        and re.search(r"\n[ \t]*$", window[:w.start()]):  # (a part's number opening a line: '1.')
                    break
                rest = window[w.start():w.start() + 20]
                if words and not _names_on(words) and rest.startswith(_INLINE_STOP):
                    break
                if tok == "SỐ" and words and words[-1].endswith(","):  # a heading's '…, SỐ 09-HD/BTCTW': its own number
                    break
            elif re.fullmatch(r"[_\-–—=*.]{3,}", tok) or (words and _BODY_WORDS.match(tok)) or len(words) > 80 \
                    or stamp.FIELD_RE.match(tok):  # (an incoming stamp's 'Chuyển:' field beside it)
                break
            words.append(tok)
        subj = " ".join(words).strip(" ,;:-")
        return dtype, (subj if len(subj) >= 15 else None), (pos, pos + len(subj))
    return None


def title_after_date(text: str, pos: int, stop: int) -> tuple[str | None, str, tuple[int, int]] | None:
    """(type, subject, span) of a title in capitals right after the date on the same line, as a
    one-line text layer or a flattened table gives it: '…năm 2007 QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH …'
    or, with the type word lost, '…năm 2019 | BAN HÀNH QUY ĐỊNH …'. The run of capitals ends at
    the first word with a lower-case letter; the authority named after it is cut by the caller."""
    end = text.find("\n", pos)
    end = min(stop, len(text) if end < 0 else end)
    lead = re.match(r"[\s|\-–—]*", text[pos:end])
    start = pos + lead.end()
    rest = text[start:end]
    dtype = None
    t = re.match(r"(?P<type>" + "|".join(_INLINE_TYPES) + r")(?=\s)", rest)
    if t:
        dtype = t.group("type")[:1] + t.group("type")[1:].lower()
        start += t.end()
        rest = rest[t.end():]
    words: list[str] = []
    for w in re.finditer(r"\S+", rest):
        tok = w.group(0)
        if tok == "|" or has_lower(tok) or re.fullmatch(r"[IVX]{1,4}[.:/]", tok):
            break
        if words and not _names_on(words) and rest[w.start():w.start() + 20].startswith(_INLINE_STOP):
            break  # the issuing authority named again after the title
        words.append(tok)
    subject = " ".join(words).strip(" ,;:-|")
    if len(subject) < 15 or not in_capitals(subject):
        if dtype and not words:  # 'năm 2015 KẾ HOẠCH Phòng, chống thiên tai … I. Kết quả …'
            subject = _sentence_title(rest)
            return dtype, subject, (start, start + len(subject or ""))
        return None
    return dtype, subject, (start, start + len(subject))


def _sentence_title(rest: str) -> str | None:
    """A sentence-case title run into the body on one line: it ends at a part heading ('I.',
    '1.'), a rule, the body's first words or a sentence's end."""
    words: list[str] = []
    for w in re.finditer(r"\S+", rest):
        tok = w.group(0)
        if tok == "|" or re.fullmatch(r"(?:[IVX]{1,4}|\d{1,2})[.:/]|[_\-–—=*.]{3,}", tok) \
                or words and _BODY_WORDS.match(tok) or len(words) > 80:
            break
        words.append(tok)
        if tok.endswith(".") and not re.search(r"\d\.$", tok):
            break
    subject = " ".join(words).strip(" ,;:-|.")
    return subject if len(subject) >= 15 else None


def bare_number_line(text: str, lines: int = 4) -> dict | None:
    """'3472/BVHTTDL-DSVH' alone on one of the first lines: a document site's heading naming the
    letter whose own 'Số:' line the copy lost (a type code or an issuer code is required)."""
    offset = 0
    for line in text.split("\n")[:lines]:
        m = numbers.NUMBER_RE.fullmatch(line.strip(" |\t"))
        if m and "/" in (number := numbers.normalise_match(m)) and numbers.issuer_code(number):
            start = offset + line.index(line.strip(" |\t"))
            return {"number": number, "span": (start, start + len(line.strip(" |\t")))}
        offset += len(line) + 1
    return None


# 'S : 3134/…', 'S 291/…': 'Số' whose accented letter the text layer dropped; ': 300 /TCHQ-GSQL Hà Nội, ngày …':
# the whole word lost by OCR, its colon left at the start of the number and date's line
_CLIPPED_SO_RE = re.compile(r"(?<![^\s|(])S\s*:?\s+(?=\d{1,5}\s*/)|^[ \t]*:[ \t]*(?=\d{1,5}\s*/[^\n]*,\s*ngày)", re.M)


def clipped_number(text: str, start: int, stop: int) -> re.Match | None:
    for m in _CLIPPED_SO_RE.finditer(text, start, stop):
        num = numbers.NUMBER_RE.match(text, m.end())
        if num:
            return num
    return None


def label_less_number(text: str, start: int, stop: int) -> re.Match | None:
    """'125/SYT-NVY' alone on a header line, its 'Số:' label lost to OCR or a copy; only a number whose code
    has a type or names a known body (a line of its own is never a sentence citing one)."""
    pos = start
    for line in text[start:stop].split("\n"):
        s = line.strip(" |\t*")
        m = numbers.NUMBER_RE.match(text, pos + line.find(s)) if s[:1].isdigit() else None
        if m and m.end() - m.start() == len(s):
            number = numbers.normalise_match(m)
            code = numbers.issuer_code(number)
            if code and (orgs.body_of_code(code) or numbers.type_of(number)):
                return m
        pos += len(line) + 1
    return None


def date_after(text: str, pos: int, reach: int = 80) -> tuple[str | None, tuple[int, int] | None]:
    """The first full 'ngày … tháng … năm …' within *reach* characters after *pos*, not counting the
    motto and the spaces a PDF's two header columns put between them."""
    m = LONG_RE.search(text, pos, min(len(text), pos + 400))
    gap = re.sub(r"\s+", "", INDEP_RE.sub("", MOTTO_RE.sub("", text[pos:m.start()]))) if m else ""
    # a date the subject names ('Về việc học sinh đi học trở lại từ ngày 09 tháng 3 năm 2020') is not the letter's
    if m and (VV_RE.search(text, pos, m.start()) or re.search(r"(?:^|\n)[ \t|]*Về\s", text[pos:m.start()])
              or re.search(r"\b(?:từ|đến|trước|sau|vào|tới)\s*$", text[max(pos, m.start() - 12):m.start()])):
        return None, None
    if m and (m.start() - pos <= reach or len(gap) <= 2) and m.group(3):
        d = make(m.group(1), m.group(2), m.group(3))
        if d:
            return iso(d), (m.start(), m.end())
    return None, None
