"""The subject: gathered over the lines after 'V/v' or the type title, up to where the header, the addressees
or the body resume (what a text layer ran onto its ends is cut off in tails.py)."""
from __future__ import annotations

import itertools
import re

from . import card, numbers, orgs, stamp
from .layout import (AUTHORITY_LINE, BLANK_DATE_RE, BLANK_DATELINE_RE, BODY_START, DATELINE_RE, INDEP_RE,
                     KG_RE, LEADS_INTO_NAME, MOTTO_RE, OF_BODY_LINE, OPENING_CLAUSE, PLACE_RE, TYPE_TITLES, VE_ANY_RE,
                     is_stop, line_bounds, type_title)
from .ocr_model import valid
from .text import (DATE_STAMP_ALONE, FILE_NAME_ALONE, VI_LOWER, VI_UPPER, has_letters, in_capitals, is_rule, is_upper, lone_speck,
                   segments, squash)

# a date line a narrow cell cut before its year: 'Hà Nội, ngày 18' (its 'tháng 11 năm 2025' on the next line),
# 'Bình Thuận, ngày    tháng 02 năm' / '2025'
_DATELINE_CUT = re.compile(r"[^,\n]{2,40},\s*ngày(?:[\s._…]*\d{1,2})?(?:[\s._…]*tháng(?:[\s._…]*\d{1,2})?"
                           r"(?:[\s._…]*năm)?)?[\s._…]*$", re.I)


# a note in brackets on its own line under a title: '(Kèm theo Quyết định số …)', '(trình phiên họp …)'
_TITLE_NOTE = re.compile(r"^\(\s*(?:ban hành\s+)?(?:kèm theo|trình|dùng cho|áp dụng|tài liệu|lưu hành|thời gian|"
                         r"dự thảo|để báo cáo|phục vụ|"
                         r"từ ngày|tính từ|tính đến|kỳ báo cáo|số liệu)\b", re.I)  # (a report's period under its title)


# a plan's theme under its title ('Chủ đề: “Tự hào anh bộ đội cụ Hồ”'), or a site's topic line: no part of the subject
_THEME_LINE = re.compile(r"(?:Chủ đề|CHỦ ĐỀ)\s*:")


# (also a verb awaiting its object, 'PHÁP' awaiting 'LUẬT', which alone on its line would read as a type's title)
DANGLING = re.compile(r"\s(?:CỦA|VÀ|VỀ|CHO|TẠI|VỚI|THUỘC|ĐẾN|TRÊN|TRONG|GIỮA|của|và|về|cho|tại|với|thuộc|"
                       r"PHÁP|pháp|BAN HÀNH|ban hành|PHÊ DUYỆT|phê duyệt|THỰC HIỆN|thực hiện|TRIỂN KHAI|triển khai|"
                       r"đến|trên|trong|giữa)\s*$")


def _double_spaced(text: str, pos: int) -> bool:
    """A web copy that puts a blank line after every line of the header (each line its own paragraph):
    of the 16 lines before *pos*, most are blank, and no two non-blank lines touch."""
    lines = text[max(0, pos - 1500):pos].split("\n")[-17:-1]
    filled = [bool(ln.strip()) for ln in lines]
    return len(lines) >= 8 and sum(filled) >= 4 and not any(a and b for a, b in zip(filled, filled[1:]))


# what a scan's stamp or the other column leaves before 'Kính gửi' on a subject's last line: letters no
# Vietnamese word has ('öa rổ ]'), or a run of capitals under a subject in sentence case ('THỘNG TA BIỆN TỰ')
_SIGNS = rf"\s\d{VI_LOWER}{VI_UPPER},.;:()/&%\"“”'’-"
_FOREIGN = re.compile(rf"[^{_SIGNS}]")
# a sign no line of a subject has, not even its dashes or marks ('pin ⁄:.. 24': a scan's specks)
_SPECK = re.compile(rf"[^–—…!?+*{_SIGNS}]")


# a lone letter after the subject's full stop: a scan's speck, on its line ('… Nhật Bản. Ộ') or on the next
# before 'Kính gửi' ('… Nhật Bản.' / 'Ộ Kính gửi: …')
_LETTER_AFTER_STOP = re.compile(r"(?<=\.)\s+[^\W\d_]\s*$")


def _debris(before: str, subject: str) -> bool:
    capitals = [w for w in before.split() if w.isupper() and len(w) > 1]
    return bool(_FOREIGN.search(before)) or len(capitals) >= 3 and not in_capitals(subject) \
        or bool(_LETTER_AFTER_STOP.search(f"{subject.rstrip()} {before}"))


def _capitals_with_a_speck(seg: str) -> bool:
    """A title's line in capitals but for one short word OCR read in lower case ('LÊ ó ĐỐI VỚI HOẠT ĐỘNG …')."""
    words = [w for w in seg.split() if has_letters(w)]
    return len(words) >= 4 and lone_speck(words) is not None


def _header_resumes(text: str, end: int) -> bool:
    """Whether the next line with words after *end* is the header's again (the motto, a date line, 'Kính gửi'):
    a short line between a V/v line and it, even after a blank line, is the subject's last ('V/v tuyên truyền
    kỷ niệm 130 năm' / '' / 'Ngày sinh Chủ tịch Tôn Đức Thắng' / '' / 'CỘNG HÒA …'); a body never stands there."""
    nxt = re.search(r"\S[^\n]*", text[end:end + 400])
    return bool(nxt) and (is_stop(nxt.group(0)) and not is_rule(nxt.group(0)) or bool(KG_RE.match(nxt.group(0))))


def _stamp_capitals(seg: str) -> bool:
    """A line in capitals with no figure: three words or more, or specks of three letters at most."""
    words = seg.split()
    return bool(words) and has_letters(seg) and is_upper(seg) and not re.search(r"\d", seg) \
        and (len(words) >= 3 or all(len(w) <= 3 for w in words))


def _acronym_goes_on(seg: str, before: str) -> bool:
    """An abbreviation alone on the line, the last word of a subject cut mid-phrase ('… đối với dự án' / 'ODA'):
    no syllable a stamp's word or specks could be."""
    words = seg.split()
    return len(words) == 1 and 2 <= len(words[0]) <= 6 and words[0].isalpha() and not valid(words[0]) \
        and before.rstrip()[-1:].isalpha() and before.rstrip()[-1:].islower()


# a line of a title in capitals that a one-line text layer ran into the body's opening words
_CAPITALS_INTO_BODY = re.compile(rf"^\s*([^\s{VI_LOWER}][^{VI_LOWER}]*?)[ \t]+(?={BODY_START.pattern[1:]})")


# a title's period on a line of its own under it, in sentence case: nothing but the school year, stage or term
_PERIOD_LINE = re.compile(r"\(?(?:Năm học|Giai đoạn|Nhiệm kỳ|Niên khóa|Niên khoá)\s*:?\s*(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*\)?")


def collect(text: str, pos: int, first: str, *, limit: int) -> tuple[str, int]:
    """Gather a subject that starts with *first* and runs over the following lines."""
    parts = [first]
    upper = in_capitals(first)
    switched = False
    _, end = line_bounds(text, pos)
    ends = [end]  # where each part's line ends
    cursor = end + 1
    blank_run = 0
    spaced = _double_spaced(text, pos)
    while cursor < min(len(text), limit):
        ls, le = line_bounds(text, cursor)
        line = text[ls:le]
        seg = (segments(line) or [""])[0]
        addressed = KG_RE.search(seg)
        if addressed and addressed.start() > 0:  # the addressees' label closes the subject on its own line
            before = cut_inline(seg[:addressed.start()]).strip(" |")  # (and the place-date line run in before it)
            if before and not _debris(before, " ".join(parts)) and not is_stop(before):
                parts.append(before)
            break
        if stamp.FIELD_RE.match(seg):
            break  # an incoming stamp's field beside the title ('Chuyển:', 'Số và ký hiệu HS:'), as OCR reads it
        if card.opens_row(line):
            break  # a site's card row under a 'Về việc:' row ('Người ký: …', 'Lĩnh vực: …')
        if blank_run and DATE_STAMP_ALONE.fullmatch(line):
            break  # a post's date stamp a blank line under its title ('Về việc …' / '' / '19/08/2021')
        if FILE_NAME_ALONE.fullmatch(line):
            break  # a post's attached file under its title ('111215165256.pdf')
        if not line.strip():
            blank_run += 1
            cursor = le + 1
            continue
        if spaced and blank_run == 1 and len(line.strip()) < 90 and not re.match(r"\s*[-–+•\d]", line) \
                and not line.rstrip().endswith((".", ":", ";")):  # a copy with a blank line after every line
            blank_run = 0  # (each line its own paragraph): one blank line is a line break
        cites = upper and bool(numbers.SO_RE.match(seg)) and any(
            orgs.fold(parts[-1]).endswith(" " + t) for t in TYPE_TITLES)  # '… CỦA NGHỊ ĐỊNH' / 'SỐ 68/…'
        # a line ending in a word that must go on ('… NGÀY 17/4/2020 CỦA' / 'CHÍNH PHỦ VÀ …') is continued
        dangling = bool(DANGLING.search(parts[-1]))
        # a sentence-case subject's line in lower case is words, not a type's title ('… người bệnh theo' / 'quy định')
        words = not upper and seg.strip()[:1].islower() and bool(type_title(orgs.fold(seg.strip())))
        if re.match(r"(?:\d{1,2}[.)]|[IVX]{1,4}[./])(?:\s|$)", seg.strip()) and parts[-1].count("(") <= parts[-1].count(")"):
            break  # a part's number ('1.', 'I.', 'I/') opening the body, its heading beside it or set apart ('1. MỤC ĐÍCH …')
        if is_stop(seg) and not cites and not dangling and not words and not _authority_goes_on(seg) \
                or _TITLE_NOTE.match(seg) or _THEME_LINE.match(seg.strip()) \
                or BLANK_DATELINE_RE.search(line.strip()) or _DATELINE_CUT.match(line.strip()):
            # (a date line left blank, its gaps splitting it, or one cut after its day: 'Hà Nội, ngày 18' / 'tháng …')
            if _drop_place_start(parts, seg):
                ends.pop()
                end = ends[-1]
            break
        if MOTTO_RE.match(text, ls + len(line) - len(line.lstrip())):
            break  # the right cell's heading read after the left one's ('ĐOÀN' / 'TNCS HỒ CHÍ MINH', a .docx's table)
        joined = " ".join(parts)
        if joined.startswith("“") and joined.count("“") > joined.count("”") and len(seg) < 80:
            parts.append(seg)  # a quoted subject goes on to its closing quote
            ends.append(le)
            blank_run, end, cursor = 0, le, le + 1
            continue
        if upper and not in_capitals(seg) and not _capitals_with_a_speck(seg) and has_letters(seg):
            if _PERIOD_LINE.fullmatch(seg.strip()):  # 'TỔ CHỨC CHO BÉ THAM QUAN …' / 'Năm học 2019-2020': its period
                parts.append(seg.strip().upper())  # (the title in capitals, as a clerk retypes it whole)
                ends.append(le)
                end = le
                break
            run = _CAPITALS_INTO_BODY.match(seg)
            if run and in_capitals(run.group(1)):  # '… NĂM 2019, TỈNH HÀ TĨNH ỦY BAN NHÂN DÂN TỈNH Căn cứ Luật …'
                parts.append(run.group(1))  # (the title's last line run into the body: the authority is cut later)
                ends.append(ls + line.index(run.group(1)) + len(run.group(1)))
                end = ends[-1]
                break
            if not (seg[:1].islower() and re.match(r"(?:về|của|và|cho|tại|đến|thực hiện|triển khai)\s", seg)
                    or OF_BODY_LINE.fullmatch(" ".join(parts)) and VE_ANY_RE.match(seg)):
                break  # (but a subject under the line naming who issues it: 'CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH' / 'Về việc …')
            upper, switched = False, True  # '… (KHÓA XVI)' / 'về xây dựng …': capitals going on in sentence case
        elif switched and seg[:1].isupper():
            break  # after such a tail, a line opening with a capital is the body's first sentence
        if blank_run and not upper and _SPECK.search(seg) and len(seg.split()) <= 4:
            break  # a scan's specks set apart below a sentence-case subject ('pin ⁄:.. 24')
        if blank_run and re.fullmatch(r"(?:\S{1,5}[ \t]+)?ph[úu]c\W{0,3}", seg.strip()) \
                and not parts[-1].rstrip().endswith((",", "và")):
            break  # the motto's 'Hạnh phúc' OCR set apart below the subject, garbled ('inh phúc')
        bare_date = re.fullmatch(r"(?:Ngày|ngày)\s+\d{1,2}/\d{1,2}/\d{4}\.?", seg.strip())
        if bare_date:
            pass
        elif not upper and _stamp_capitals(seg) and not _acronym_goes_on(seg, parts[-1]):
            break  # a stamp's words or specks in capitals under a sentence-case subject ('TRƯỜNG ĐẠI HỌC BÁCH KHOA', 'N GI')
        elif not upper and len(seg) < 80 and not seg.endswith(".") \
                and not parts[-1].rstrip().endswith((".", ":")) and _header_resumes(text, le):
            pass  # the subject's last line, the header going on below it
        elif not upper:
            # (a body's opening behind a list dash too: '- Căn cứ Luật …;')
            if BODY_START.match(seg.lstrip("-–+•* ")) or parts[-1].rstrip().endswith(".") and seg[:1].isupper():
                break
            if len(seg) > 150 and seg[:1].isupper() and OPENING_CLAUSE.search(seg):
                break  # a long line opening a body's sentence ('Triển khai …, Ban Chỉ đạo … ban hành … như sau:')
            if len(seg) > 250 and seg[:1].isupper() and not DANGLING.search(parts[-1]) \
                    and not parts[-1].rstrip().endswith((",", ";", "-", "–")):
                break  # a paragraph of the body on one line, its opening words garbled ('Trên sở kết …')
            if is_upper(seg) and len(seg.split()) >= 3:  # 'GIÁM ĐỐC HỌC VIỆN …' after a sentence-case subject
                break
            if blank_run and re.match(r"[-–+•]\s*[A-ZĐ]", seg.strip()) and seg.rstrip().endswith((";", ",")) \
                    and not parts[-1].rstrip().endswith((";", ",", "-", "–")):
                break  # the addressees listed, their 'Kính gửi' lost ('- Cục Thuế thành phố Hồ Chí Minh;')
            if blank_run and not (seg[:1].islower() or len(seg) < 40 and not seg[:1].isalpha()
                                  or parts[-1].rstrip().endswith((";", ","))
                                  or seg[:1] in "“\"«" and not parts[-1].rstrip().endswith((".", ":"))):
                # (a quoted name going on the title: '… phong trào' / '“Toàn dân đoàn kết …”')
                break
        elif blank_run and not is_upper(seg) and not (
                re.fullmatch(r"(?:19|20)\d\d[”\")]*", seg.strip(" .")) and parts[-1].rstrip().endswith(("-", "–"))):
            break  # (but a title's last year, set apart after its dash: '… MÙA KHÔ NĂM 2019 -' / '' / '2020')
        elif blank_run and orgs.is_head_start(seg) and not orgs.fold(seg).startswith("BAN HÀNH"):
            break  # the issuing body named again as the authority, after a blank line
        if upper and blank_run and re.match(r"[-–_]\s+\S", seg):
            seg = seg.lstrip("-–_ ")  # a speck OCR read before a title's line it set apart ('BAN' / '' / '- HÀNH …')
        parts.append(seg)
        ends.append(le)
        blank_run = 0
        end = le
        cursor = le + 1
    return _without_body(parts, ends, upper or switched, end)


def _drop_place_start(parts: list[str], stop: str) -> bool:
    """A date line whose place a narrow cell broke ('… viên chức' / 'Thành phố Hồ Chí' / 'Minh, ngày 28 …'): the
    place's first words are none of the subject above it. True when that took the subject's last line whole."""
    frag = stop.strip().split(",")[0].strip()
    if len(parts) < 2 or "," not in stop or not 1 <= len(frag.split()) <= 2 or orgs.locality_for_place(frag):
        return False
    words = parts[-1].split()
    cut = max((k for k in range(1, min(5, len(words)) + 1)
               if orgs.locality_for_place(" ".join(words[-k:] + [frag]))), default=0)
    parts[-1] = " ".join(words[:len(words) - cut])
    if parts[-1]:
        return False
    parts.pop()
    return True


def _without_body(parts: list[str], ends: list[int], upper: bool, end: int) -> tuple[str, int]:
    """The subject and where it ends: a sentence-case one of more than 80 words ran on into the body with no
    blank line between them; it ends before the first of its lines after the first two to open with a capital
    after a line that ends a phrase ('… và đào tạo' / 'Năm học 2021-2022, năm đầu tiên …'; not '… Nhóm Châu Á -'
    / 'Thái Bình Dương …')."""
    if not upper and len(" ".join(parts).split()) > 80:
        for k in range(2, len(parts)):
            if parts[k][:1].isupper() and not DANGLING.search(parts[k - 1]) \
                    and not parts[k - 1].rstrip().endswith(("-", "–", ",", ";", "(", "“")):
                return squash(" ".join(parts[:k])), ends[k - 1]
    return squash(" ".join(parts)), end


# a date line whose hand-filled day OCR misread, after its place's comma (', ngày đŠ tháng 4 năm 2015')
_GARBLED_DAY = re.compile(r",\s*ngày\s*[^\s,]{1,3}\s*tháng\s*[^\s,]{1,3}\s*năm\s+(?:19|20)\d\d", re.I)


_PLACE_DAY = re.compile(r",\s*ngày(?!\s*\d)")


def _place_before(rest: str, at: int) -> tuple[re.Match | None, int]:
    """The capitalised run before *at* a place may end, and where the longest province or city that ends it starts
    (-1 when none does: '… tỉnh Thanh Hóa Hà Nội, ngày' gives 'Hà Nội'; 'Thành phố Hồ Chí Minh' stays whole)."""
    pm = PLACE_RE.search(rest[:at])
    if not pm:
        return None, -1
    words = pm.group(1).split()
    known = next((n for n in range(len(words), 0, -1) if orgs.names_place(" ".join(words[-n:]))), None)
    return pm, rest.rfind(" ".join(words[-known:]), 0, at) if known else -1


def garbled_date_in(rest: str) -> re.Match | None:
    """A date line run in beside the subject with all after its 'ngày' garbled, the place before it one we know
    ('… thuế Hà Nội, ngàyJÿth " TIS')."""
    for g in _PLACE_DAY.finditer(rest):
        pm, at = _place_before(rest, g.start())
        if pm and pm.end() == len(rest[:g.start()].rstrip()) and at >= 0:
            return g
    return None


def cut_inline(rest: str) -> str:
    """A subject written on the same line as other header items: stop at them (a wide gap before
    words that go on the subject is a copy's stray spaces: 'V/v định mức chi ngày   Thầy thuốc …')."""
    rest = re.split(r"\s\|\s?|Kính\s*gửi", rest)[0]
    rest = re.split(r"\.?\s*(?:Đăng ngày|Ngày đăng|Ngày cập nhật)\b", rest)[0]  # a portal's posting date after it
    for gap in re.finditer(r"\s{3,}", rest):
        beside = rest[gap.end():]
        if not beside or DATELINE_RE.search(beside) or MOTTO_RE.search(beside) or INDEP_RE.search(beside) \
                or numbers.SO_RE.match(beside) or PLACE_RE.match(beside.split(",")[0] + ",") and "," in beside[:40]:
            rest = rest[:gap.start()]
            break
    m = DATELINE_RE.search(rest) or BLANK_DATE_RE.search(rest) or _GARBLED_DAY.search(rest) or garbled_date_in(rest)
    if m:  # the place before ', ngày' belongs to the date, not the subject (also a day left blank or misread)
        # (only the longest province or city that ends the capitalised run: '… tỉnh Thanh Hóa Hà Nội, ngày' keeps
        # 'Thanh Hóa'; 'Thành phố Hồ Chí Minh' and 'Thừa Thiên Huế' stay whole)
        pm, at = _place_before(rest, m.start())
        cut = at if at >= 0 else pm.start() if pm else m.start()
        rest = rest[:cut]
    # a scan's speck read as a lone small consonant after a line of whole words ('V/v giải đáp chính sách thuế l'); a
    # font that drops vowels leaves such letters in words too ('V/v t chc cac hoat dng v': 'về')
    speck = re.search(r"\s+([^\W\d_])\s*$", rest)
    if speck and speck.group(1).islower() and not valid(speck.group(1)) \
            and all(valid(w) or w.isupper() for w in re.findall(r"[^\W\d_]+", rest[:speck.start()])):
        rest = rest[:speck.start()]
    rest = _LETTER_AFTER_STOP.sub("", rest)
    return rest.strip()


_FUNCTION_WORD = re.compile(r"\s+(?:" + "|".join((*LEADS_INTO_NAME, "VỀ", "THEO", "ĐỐI VỚI")) + r")\b")


def _authority_goes_on(seg: str) -> bool:
    """A title's line that opens with a body's name and goes on ('QUỐC HỘI TẠI TỔ VÀ HỘI TRƯỜNG' under '… KẾT LUẬN
    CỦA ĐẠI BIỂU'): no authority line, which names the body alone."""
    f = orgs.fold(seg.strip())
    m = AUTHORITY_LINE.match(f)
    return bool(m) and is_upper(seg) and bool(_FUNCTION_WORD.match(f, m.end()))


# a subject cut inside a cited number ('… Nghị định số 69/2018/'): OCR put the left column's last line below the
# right column's date line ('NĐ-CP.' alone before 'Kính gửi')
_CODE_TAIL = re.compile(r"^[ \t]*([A-ZĐ][A-ZĐ0-9&]*(?:-[A-ZĐ][A-Za-zĐ0-9&]*)*)\.?[ \t]*$", re.M)


# ... and a subject cut after a word that must go on ('… ngày 26/4/2022 của'): its last line below the date line,
# right above 'Kính gửi' ('Bộ Thông tin và Truyền thông')
_LAST_LINE = re.compile(r"^[ \t]*([^\W\d_][^\n]{2,70}?)[ \t]*\n(?:[ \t]*\n)?[ \t]*$")


def cut_subject_completed(text: str, subject: str | None, end: int, kg) -> str | None:
    """A V/v subject OCR cut short, with its last line (or its code) read out below the right column's date
    line, right above 'Kính gửi': put back together."""
    if not subject or not kg or kg.start() <= end:
        return subject
    if subject.endswith("/"):
        tail = _CODE_TAIL.search(text, end, kg.start())
        return subject + tail.group(1) if tail else subject
    if DANGLING.search(subject) and (MOTTO_RE.search(text, end, kg.start()) or DATELINE_RE.search(text, end, kg.start())):
        before = text[end:kg.start()].rstrip()
        last = _LAST_LINE.search(text[end:kg.start()][before.rfind("\n") + 1:]) if "\n" in before else None
        if last and not (is_stop(last.group(1)) or DATELINE_RE.search(last.group(1)) or is_upper(last.group(1))):
            return f"{subject} {last.group(1).strip()}"
    return subject


def short_title(text: str, start: int) -> bool:
    """A line under the type title that opens like a body ('Thực hiện công tác thi đua …', 'Thực hiện
    Nghị quyết số 50/NQ-CP …') is the title when its paragraph has no main clause of a body's opening."""
    # (the paragraph ends at a blank line or where the legal basis opens the body: 'Căn cứ …')
    para = re.split(r"\n[ \t|]*\n|\n[ \t|\-–]*Căn cứ\b", text[start:start + 500], maxsplit=1)[0]
    if len(para) < 400 and not OPENING_CLAUSE.search(para):
        return True
    # a scan's title run on into the body: the title's lines are its first and those going on in lower case
    # ('Thực hiện Phong trào thi đua “…' / 'và học tập” ngành Giáo dục …' / 'Để triển khai …, Bộ … ban hành …')
    lines = para.split("\n")
    block = [lines[0]] + list(itertools.takewhile(lambda ln: ln.strip()[:1].islower(), lines[1:]))
    return 1 < len(block) < len(lines) and not OPENING_CLAUSE.search("\n".join(block)) \
        and not block[-1].rstrip().endswith((".", ":", ";", ","))


def after_title_words(text: str, at: int, limit: int) -> tuple[str, int]:
    """The subject whose first words stand at *at* on the type's line (titleline.find), going on below: over lines
    in capitals as any title does, or over the sentence-case lines under it that are no part of the body ('Năm học:
    2021 - 2022')."""
    _, le = line_bounds(text, at)
    words = text[at:le].strip(" \t|*")
    nxt = le + 1
    while nxt < limit and not text[nxt:line_bounds(text, nxt)[1]].strip():
        nxt = line_bounds(text, nxt)[1] + 1
    below = text[nxt:line_bounds(text, nxt)[1]].strip() if nxt < limit else ""
    if below and not in_capitals(below) and below[:1].isupper() and len(below) < 150 and not is_stop(below) \
            and not re.search(r"\d{1,2}/\d{1,2}/\d{4}", below) \
            and not BODY_START.match(below.lstrip("-–+•* ")) and not KG_RE.match(below) \
            and not re.match(r"(?:\d{1,2}[.)]|[IVX]{1,4}[./])(?:\s|$)|[-–+•*]", below):
        rest, end = collect(text, nxt, below, limit=limit)
        return f"{words[:1]}{words[1:].lower()} {rest}", end  # (in the case of the lines it goes on to)
    if below and in_capitals(below) and not is_stop(below) and len(below) > 12:  # ('KẾ HOẠCH CHIẾN LƯỢC' / '' /
        rest, end = collect(text, nxt, below, limit=limit)  # 'TRƯỜNG THCS DUY TÂN GIAI ĐOẠN 2019 – 2024')
        return f"{words} {rest}", end
    return collect(text, at, words, limit=limit)
