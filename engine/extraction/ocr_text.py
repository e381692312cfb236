"""Tidying tesseract's text of a letter before the rules read it.

Measured on the labelled letters printed and scanned (bench/extraction_ocr.py), OCR loses
the key fields in three general ways, each undone here:

- the header's two columns come out read across ('V/v thực hiện …      Hà Nội, ngày …')
  with the rest of the left cell on the lines below, so the subject is cut at the first
  line: the header's lines are put back cell by cell, the left cell first (as a typed
  letter's table reads);
- bold capitals lose or change their accents ('THẤM QUYỀN GIẢI QUYẾT CUA SO', 'TĨNH',
  'UY BAN NHAN DAN'), while the same words in the body's lower case read right: a word in
  capitals whose accent-free spelling matches words of the page's own text (or of the fixed
  letterhead words) gets their accents back, longest match first;
- 'Số:' read as 'SO:' / 'SỐ:' / 'S6:' before the number (a slash lost after it is numbers.py's);
  'V/v' read as 'V/ ';
- a 'V/v' subject's last line read after the right cell; specks read as a full stop inside a
  title or a quote after it ('CÔNG BỐ. DANH MỤC', 'THÔNG TƯ”').

Nothing is guessed: a word is changed only to a spelling the page or the letterhead has.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict

from .layout import TYPE_TITLES
from .numbers import SO_RE
from .ocr_model import current, valid
# bare: 'THẨM QUYỀN' and 'thẩm quyền' both 'THAM QUYEN'
from .orgs import CITIES, CODE_BODIES, PROVINCES, SECTORS, bare, has_vowel
from .text import VI_LOWER, VI_UPPER

_GAP = re.compile(r"\S(\s{3,})\S")
# (each at a word's start: 'Chính phủ' is no 'Hạnh phúc')
_MOTTO = re.compile(r"\bC\S{2,3}G\s+H\S{1,3}\s+X|\bĐ\S{0,2}c\s+l\S{1,3}p|\bT\S{0,2}\s+do\s*-|\bH\S{1,3}nh\s+ph", re.I)
_MOTTO_START = re.compile(r"(?<=\s)[CG]\S{2,3}G\s+H\S{1,3}\s+X", re.I)
_DATED = re.compile(r",\s*ng\S{2,3}\s*\d{1,2}\s+th\S{2,4}\s+\d{1,2}\s+n\S{1,2}m\s+\d{4}", re.I)
_DOTS_TO_DATE = re.compile(r"[.…_]{3,}[ \t]*(?=[^\W\d_][^,\n]{0,40},\s*ng\S{2,3}\s*\d)")
_STOP = re.compile(r"^\s*(?:K\S{2,3}\s*g\S{1,3}i\b|Căn cứ|Thực hiện|Nơi nhận)", re.I)
_HEAD_LINES = 14
_SO = re.compile(r"^(\s*)(?:S[OÓÒỎÕỌÔỐỒỔỖỘƠ0]|S6|Sô|Sỏ|Sồ)\s*[:;.]\s*(?=\d)", re.M)
# Letterhead and title words whose capitals OCR reads without their accents.
_FIXED = """ủy ban nhân dân hội đồng nhân dân tỉnh thành phố huyện quận thị xã phường xã sở bộ của
về việc ban hành quy định quyết định kế hoạch chỉ thị thông báo thông tư nghị quyết hướng dẫn
báo cáo công văn tờ trình chủ tịch giám đốc bộ trưởng thủ tướng chính phủ trên địa bàn
văn phòng ủy ban thường vụ quốc hội đoàn thể liên ngành trường đại học cao đẳng viện kiểm sát
tòa án tối cao cộng hòa xã hội chủ nghĩa việt nam độc lập tự do hạnh phúc giáo dục đào tạo
y tế tài chính nội vụ công thương nông nghiệp phát triển nông thôn tài nguyên môi trường
lao động thương binh văn hóa thể thao du lịch thông tin truyền thông kế hoạch đầu tư tư pháp
xây dựng giao thông vận tải khoa học công nghệ ngoại vụ dân tộc thanh tra bảo hiểm"""


_VV_LINE = re.compile(r"^\s*V\s?/\s?v\b")
# 'V/ tiếp tục …': the small 'v' of a line's 'V/v' lost (a word in lower case follows)
_VV_LOST = re.compile(rf"^(\s*)V\s?/[ \t]+(?=[{VI_LOWER}])", re.M)
# the hyphen after a committee's code that OCR lost or pushed past the unit's ('Số:722/UBNDMT -'): a committee's
# code stands before its unit's with a hyphen
_COMMITTEE_UNIT = re.compile(r"(?<=\d/)(UBND|HĐND)(?=[A-ZĐ]{2,5}\b)")


# a marked vowel OCR read in capitals inside a word in small letters ('vỆ sinh', 'hỒ sƠ sỐ', 'ChuyỂn'): its capital
# is the word's first letter or none
_MARKED_CAPITALS = VI_UPPER.replace("A-ZĐ", "")
_CAPITAL_INSIDE = re.compile(rf"(?<![{VI_UPPER}{VI_LOWER}])([{VI_UPPER}]?[{VI_LOWER}]+)([{_MARKED_CAPITALS}][{VI_LOWER}]*)"
                             rf"(?![{VI_UPPER}{VI_LOWER}])")


# a word in capitals with an 'L' beside another word in capitals (an 'I' OCR read in a bold name: 'TẾ GLANG THÀNH',
# 'HÀ NỘL'; not a code on its own, '(TLA)')
_CAPITALS_WITH_L = re.compile(rf"(?:(?<=[{VI_UPPER}] )|(?<![{VI_UPPER}{VI_LOWER}])(?=[{VI_UPPER}]*L[{VI_UPPER}]* [{VI_UPPER}]))"
                              rf"[{VI_UPPER}]*L[{VI_UPPER}]*(?![{VI_UPPER}{VI_LOWER}])")


def _l_for_i(m: re.Match) -> str:
    """The word with its 'L' read as 'I' when it is no Vietnamese syllable and that makes one ('GLANG' -> 'GIANG')."""
    word = m.group(0)
    if len(word) < 3 or valid(word):
        return word
    spelt = [word[:k] + "I" + word[k + 1:] for k, c in enumerate(word) if c == "L"]
    right = [w for w in spelt if valid(w)]
    return right[0] if len(right) == 1 else word


def tidy(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _CAPITAL_INSIDE.sub(lambda m: m.group(1) + m.group(2).lower(), text)
    text = _CAPITALS_WITH_L.sub(_l_for_i, text)
    text = _SO.sub(lambda m: m.group(1) + "Số: ", text)
    text = _VV_LOST.sub(r"\1V/v ", text)
    text = _COMMITTEE_UNIT.sub(r"\1-", text)
    text = text.replace("—", "–")  # an en dash ('năm học 2025 – 2026') is read as an em dash
    return restore_capitals(drop_title_specks(drop_end_specks(subject_tail_back(deinterleave(year_back(text))))))


# a date line whose year OCR read on a line below, at the right end of the next row ('…, ngày 19 tháng 11 năm' /
# 'Số: 9012/SYT-NVY        2025'): the right cell wrapped
_YEARLESS = re.compile(r",\s*ng\S{2,3}\s*\d{1,2}\s+th\S{2,4}\s+\d{1,2}\s+n\S{1,2}m[ \t]*$", re.I)
_YEAR_AT_END = re.compile(r"\S[ \t]{3,}((?:19|20)\d\d)[ \t]*$|^[ \t]*((?:19|20)\d\d)[ \t]*$")


def year_back(text: str) -> str:
    """The year put back at the end of its date line (see _YEARLESS)."""
    lines = text.split("\n")
    for i, ln in enumerate(lines[:_HEAD_LINES]):
        if not _YEARLESS.search(ln):
            continue
        below = [k for k in range(i + 1, min(len(lines), i + 4)) if lines[k].strip()][:2]
        for k in below:
            year = _YEAR_AT_END.search(lines[k])
            if year:
                lines[i] = f"{ln.rstrip()} {year.group(1) or year.group(2)}"
                lines[k] = lines[k][:year.start(1) if year.group(1) else year.start(2)].rstrip()
                break
        break
    return "\n".join(lines)


_SPECK_END = re.compile(r"[ \t]*[”“\"'`’‘_~]+[ \t]*$")


def drop_end_specks(text: str) -> str:
    """A speck read as a closing quote or underscore after a line in capitals ('THÔNG TƯ”') dropped:
    the type's title is then a line of its own again (a quote opened on the line is kept)."""
    return "\n".join(_SPECK_END.sub("", ln) if _is_title(ln) and not re.search(r"[“\"'‘]", ln[:-1]) else ln
                     for ln in text.split("\n"))


_LONE_MARK = re.compile(r"^[ \t]*[^\w\s]?\d?[^\w\s]?[ \t]*$")


def drop_title_specks(text: str) -> str:
    """A mark over a title's first capital read as a line of its own between the type's title and the
    subject ('NGHỊ ĐỊNH' / '2' / 'SỬA ĐỔI, …': the hook of 'Ử'): the title then runs on to the subject."""
    lines = text.split("\n")
    out: list[str] = []
    for i, ln in enumerate(lines):
        if ln.strip() and _LONE_MARK.match(ln) and len(ln.strip()) <= 2:
            before = next((x.strip() for x in reversed(out) if x.strip()), "")
            after = next((x for x in lines[i + 1:] if x.strip()), "")
            if re.sub(r"\s+", " ", before) in TYPE_TITLES and after.strip()[:1].isupper() and after == after.upper():
                continue
        out.append(ln)
    return "\n".join(out)


def subject_tail_back(text: str) -> str:
    """A 'V/v' subject's last lines that OCR gave after the right cell (motto and date) put back
    under its first ones: the left cell's bottom is a block of its own to tesseract, read last."""
    lines = text.split("\n")
    vv = next((i for i, ln in enumerate(lines[:_HEAD_LINES]) if _VV_LINE.match(ln)), None)
    if vv is None:
        return text
    end = vv + 1
    while end < len(lines) and lines[end].strip() and not _STOP.match(lines[end]) \
            and not _MOTTO.search(lines[end]):
        end += 1
    dated = next((i for i in range(end, min(len(lines), _HEAD_LINES + 6)) if _DATED.search(lines[i])), None)
    if dated is None:
        return text
    start = dated + 1
    while start < len(lines) and not lines[start].strip():
        start += 1
    stop = start
    while stop < len(lines) and lines[stop].strip()[:1].islower() and not _STOP.match(lines[stop]):
        stop += 1
    if stop == start and start < len(lines) and re.fullmatch(r"(?:19|20)\d\d", lines[start].strip()) \
            and re.search(r"\bn\S{1,2}m$", lines[end - 1].rstrip()):
        stop += 1  # its last line a year alone ('… sử dụng ngân sách chi thường xuyên năm' / … / '2020')
    if stop == start:
        return text
    return "\n".join(lines[:end] + lines[start:stop] + lines[end:start] + lines[stop:])


def deinterleave(text: str) -> str:
    """The header's lines put back cell by cell when OCR read its two columns across."""
    lines = text.split("\n")
    head = lines[:_HEAD_LINES]
    gapped = [i for i, ln in enumerate(head) if _GAP.search(ln.strip())]
    if not gapped:
        return text
    end = gapped[-1] + 1
    # the rest of the left cell (a subject's last lines) below the last line read across
    while end < len(lines) and lines[end].strip() and not _STOP.match(lines[end]) and end < _HEAD_LINES \
            and (not _is_title(lines[end]) or end == gapped[-1] + 1 and _name_goes_on(head[gapped[-1]], lines[end])
                 or _code_ends_subject(lines, gapped[-1] + 1, end)):
        end += 1
    # (a 'V/v' there goes on past a blank line OCR left inside it: 'V/v yêu cầu thực hiện' / '' / 'của pháp luật …')
    if any(_VV_LINE.match(ln) for ln in lines[gapped[-1] + 1:end]):
        while end + 1 < len(lines) and not lines[end].strip() and lines[end + 1].strip()[:1].islower():
            end += 2
            while end < len(lines) and lines[end].strip() and not _STOP.match(lines[end]):
                end += 1
    left: list[str] = []
    right: list[str] = []
    for ln in lines[:end]:
        parts = [p for p in re.split(r"\s{3,}", ln.strip()) if p]
        if len(parts) >= 2:
            left.append(parts[0])
            right.append(" ".join(parts[1:]))
        elif parts and SO_RE.match(parts[0]) and (dots := _DOTS_TO_DATE.search(parts[0])):
            left.append(parts[0][:dots.start()])  # the number's cell and the date's joined by dots OCR read
            right.append(parts[0][dots.end():])  # in the gap ('Số: 3344/SYT-NVD........... TP. Cần Thơ, ngày …')
        elif parts and (_MOTTO.search(parts[0]) or _DATED.search(parts[0])):
            # the issuer's first line read one space before the motto ('BỘ Y TẾ CỘNG HÒA …') is the left cell's
            split = _MOTTO_START.search(parts[0])
            at = split.start() if split and _is_title(parts[0][:split.start()]) else 0
            if at:
                left.append(parts[0][:at].rstrip())
            right.append(parts[0][at:])
        elif parts:
            left.append(parts[0])
    return "\n".join(left + [""] + right + [""] + lines[end:])


def _code_ends_subject(lines: list[str], start: int, at: int) -> bool:
    """A code or an acronym alone on the last line of a 'V/v' subject in the left cell ('… do đại dịch' /
    'COVID-19', '… vốn vay' / 'ODA'): a word of no Vietnamese spelling, not the letter's type title."""
    line = lines[at].strip()
    return len(line) <= 12 and len(line.split()) <= 2 and line.isascii() \
        and lines[at - 1].rstrip()[-1:].isalpha() and lines[at - 1].rstrip()[-1:].islower() \
        and any(_VV_LINE.match(ln) for ln in lines[start:at])


def _name_goes_on(row: str, line: str) -> bool:
    """A line in capitals under a row read across is the rest of the left cell's name when that cell is in
    capitals too ('SỞ NÔNG NGHIỆP VÀ MÔI' / 'TRƯỜNG'), not the letter's type title ('QUYẾT ĐỊNH')."""
    return _is_title(re.split(r"\s{3,}", row.strip())[0]) and len(line.split()) <= 4 \
        and re.sub(r"\s+", " ", line.strip()) not in TYPE_TITLES


def _is_title(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and not any(c.islower() for c in letters)


@functools.cache
def _runs_of_names() -> tuple[str, ...]:
    """Names an administrative letter spells the same everywhere: 'tỉnh Hà Nam', 'thành phố Hà Nội',
    the sectors and the bodies a document code names (orgs.py's lists)."""
    return tuple([f"tỉnh {p}" for p in PROVINCES] + [f"thành phố {c}" for c in CITIES]
                 + SECTORS + list(CODE_BODIES.values()))


_WORDS = re.compile(r"[^\W\d_]+")
# a full stop inside a title in capitals, after a word and before the next: a speck OCR read
# ('CÔNG BỐ. DANH MỤC'); 'TP. HỒ CHÍ MINH' is kept, an abbreviation has no vowel
_STRAY_STOP = re.compile(rf"(?<=[{VI_UPPER}]{{2}})\.(?= +[{VI_UPPER}])")
def _drop_stray_stops(line: str) -> str:
    return _STRAY_STOP.sub(lambda m: "" if has_vowel(line[:m.start()].split()[-1]) else ".", line)


def _letters_prefer(own: str, form: str) -> bool:
    """True when the OCR's own words, marks and all, are real words the letters put side by side more often than
    the page's other spelling ('TOÀN DÂN BẢO VỆ' kept, though the body's 'hướng dẫn báo cáo' is 'DAN BAO' too)."""
    model = current()
    if model is None or not all(valid(w) for w in own.split()):
        return False
    def seen(words: str) -> int:
        ws = words.split()
        return sum(model.texts(a, b) for a, b in zip(ws, ws[1:]))
    return seen(own) > seen(form)


def restore_capitals(text: str) -> str:
    """Accents back on words in capitals from the same pair or triple of words elsewhere on the
    page, in the letterhead's words or in the names of provinces, cities, sectors and bodies,
    matched over a title's line ends ('THÀNH' / 'PHÔ HÀ NỘI'). A word alone is never respelt: 'THẮNG
    CẢNH' is right though the page has only 'tháng'."""
    vocab: dict[int, dict[str, Counter]] = {n: defaultdict(Counter) for n in (2, 3)}
    lines = text.split("\n")
    # the page's lines with lower case, read as one run of words (a pair may wrap over a line end)
    body = " ".join(ln for ln in lines if any(c.islower() for c in ln))
    for run in (body, _FIXED, *_runs_of_names()):
        words = [w.lower() for w in _WORDS.findall(run)]
        for n in (2, 3):
            for k in range(len(words) - n + 1):
                gram = " ".join(words[k:k + n])
                vocab[n][bare(gram)][gram] += 1

    def best(n: int, key: str) -> str | None:
        forms = vocab[n].get(key)
        if not forms:
            return None
        (form, count), *rest = forms.most_common()
        return form if not rest or count >= 3 * rest[0][1] else None

    # the words of each run of lines in capitals (blank lines between them allowed)
    blocks: list[list[tuple[int, int, int, str]]] = [[]]
    for i, line in enumerate(lines):
        if _is_title(line):
            blocks[-1].extend((i, m.start(), m.end(), m.group(0)) for m in _WORDS.finditer(line))
        elif line.strip():
            blocks.append([])
    spelt: dict[tuple[int, int], tuple[int, str]] = {}  # (line, start) -> (end, new spelling)
    for spans in blocks:
        done: set[int] = set()
        for n in (3, 2):  # every window of the run; a longer match wins a word
            for k in range(len(spans) - n + 1):
                own = " ".join(w for *_, w in spans[k:k + n]).lower()
                form = best(n, bare(own))
                if form and form != own and _letters_prefer(own, form):
                    form = None
                if form:
                    for j, w in enumerate(form.upper().split(" ")):
                        if k + j not in done:
                            done.add(k + j)
                            spelt[spans[k + j][:2]] = (spans[k + j][2], w)
    out = []
    for i, line in enumerate(lines):
        for s in sorted((s for (li, s) in spelt if li == i), reverse=True):
            e, w = spelt[(i, s)]
            line = line[:s] + w + line[e:]
        out.append(_drop_stray_stops(line) if _is_title(line) else line)
    return "\n".join(out)

