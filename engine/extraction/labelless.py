"""Parts of a header a copy gives without their labels: a công văn's subject under its number with no 'V/v'
('Số: 159/TANDTC-PC' / 'Bảo đảm chỉ tiêu …'), and a post's type named in lower case above its 'Về việc' line."""
from __future__ import annotations

import re

from . import numbers, orgs
from .layout import BODY_START, DRAFT_MARK, headerish, is_stop, line_bounds, type_title
from .text import squash

# the motto's second line as OCR garbled it past INDEP_RE ('Độc lậP- Tự do Han phúc', 'Độc HẠ - TM dụ - tanh VN')
_MOTTO_DEBRIS = re.compile(r"^\W*Độc\b|T[ựư]\s*do\W+\S*\s*ph[úu]c", re.I)
# a sentence-case line: a capital, then a lower-case letter ('Bảo đảm chỉ tiêu …'), never a name in capitals
_SENTENCE_LINE = re.compile(r"[A-ZĐÀ-Ỹ][a-zđà-ỹ]")


def subject_under_number(text: str, number: str | None, number_span: tuple[int, int] | None,
                         date_span: tuple[int, int] | None, kg) -> tuple[str, tuple[int, int]] | None:
    """A công văn's subject under its number line without its 'V/v' ('Số: 159/TANDTC-PC' / 'Bảo đảm chỉ
    tiêu …' / 'Hà Nội, ngày …'): the first line after the number that is a sentence, where no body can
    stand yet — above the date line, or with the date line above it, above 'Kính gửi'."""
    if not number_span or numbers.type_of(number) not in (None, "Công văn"):
        return None
    start = line_bounds(text, number_span[1])[1] + 1
    if date_span and date_span[0] >= start:
        end = line_bounds(text, date_span[0])[0]
    elif kg and (not date_span or date_span[1] < kg.start()):
        start, end = max(start, line_bounds(text, date_span[1])[1] + 1 if date_span else start), kg.start()
    else:
        return None
    parts: list[str] = []
    first = send = None
    cursor = start
    while cursor < end:  # (its lines, blank lines between them too: nothing else stands here)
        ls, le = line_bounds(text, cursor)
        line = text[ls:min(le, end)].strip(" |")
        if line and not parts and not headerish(line) and not DRAFT_MARK.fullmatch(line):
            if is_stop(line) or len(line) < 12 or not _SENTENCE_LINE.match(line) or BODY_START.match(line) \
                    or _MOTTO_DEBRIS.search(line):
                return None
            parts, first, send = [line], ls, le
        elif line and parts:
            if headerish(line) or is_stop(line):
                break
            parts.append(line)
            send = le
        cursor = le + 1
    return (squash(" ".join(parts)), (first, send)) if parts else None


def type_above(text: str, pos: int) -> str | None:
    """A post's 'thông báo' / 'Về việc …': the type named in any case on the line above its 'Về việc' line."""
    above = text[:line_bounds(text, pos)[0]].rstrip().rsplit("\n", 1)[-1].strip(" |*")
    found = type_title(orgs.fold(above)) if above and len(above) < 40 else None
    return found[:1] + found[1:].lower() if found else None


def title_before_basis(text: str, line: str, end: int) -> bool:
    """A decision's or circular's title line with its type's line lost, straight above its basis ('Hướng dẫn việc
    xét cấp …' / 'Căn cứ Luật …'): a sentence, its title's lines (three at most) ending where 'Căn cứ' begins."""
    if len(line) < 12 or not _SENTENCE_LINE.match(line) or is_stop(line) or BODY_START.match(line) \
            or re.search(r"\b[Ss]ố\s*:", line):  # (nor a post's title naming the letter by its number)
        return False
    cursor = end + 1
    for _ in range(3):  # (blank lines between count too)
        if cursor > len(text):
            return False
        ls, le = line_bounds(text, cursor)
        following = text[ls:le].strip(" |")
        if following.startswith("Căn cứ"):
            return True
        if following and (headerish(following) or is_stop(following) or BODY_START.match(following)):
            return False
        cursor = le + 1
    return False
