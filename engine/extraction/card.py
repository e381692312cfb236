"""A document site's or a portal's attribute card: the rows a page sets above (or below) the letter it
files, or alone above a link to the signed file.

    Số ký hiệu: 1234/SYT-NVY        Ngày ban hành: 15/03/2024
    Loại văn bản | Công văn |       Cơ quan ban hành: Sở Y tế
    Trích yếu: Tăng cường phòng, chống dịch sốt xuất huyết

Rows are 'label: value', 'label | value |', a markdown row, or the label alone with its value on the next
line; two rows may share a line. A card is at least two rows of different labels close together, so a
sentence of the letter naming 'ngày ký' is never read as one. Only read where the letter itself does not
say: its own header always wins.
"""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .numbers import TYPE_CODES
from .unheaded import issuer_named

if TYPE_CHECKING:
    from .header import Header

_LABELS = {
    "number": r"Số\s*[,/]?\s*(?:và\s+)?[Kk]ý\s+hiệu(?:\s+văn\s+bản)?|Số\s+hiệu(?:\s+văn\s+bản)?|Ký\s+hiệu|Số\s+văn\s+bản",
    "date": r"Ngày\s+(?:ban\s+hành|ký(?:\s+ban\s+hành)?|văn\s+bản)",
    "subject": r"Trích\s+yếu(?:\s+nội\s+dung)?(?:\s+văn\s+bản)?",
    "issuer": r"(?:Cơ\s+quan|Đơn\s+vị|Nơi)(?:\s*/\s*đơn\s+vị)?\s+ban\s+hành",
    "doc_type": r"Loại\s+văn\s+bản|Hình\s+thức\s+văn\s+bản",
    "signer": r"Người\s+ký(?:\s+duyệt)?",
    # rows read only as where the one before ends
    "other": r"Ngày\s+(?:có\s+)?hiệu\s+lực|Ngày\s+hết\s+hiệu\s+lực|Ngày\s+đăng(?:\s+công\s+báo)?|Lĩnh\s+vực|Tình\s+trạng"
             r"(?:\s+hiệu\s+lực)?|Hiệu\s+lực|Từ\s+khóa|Số\s+công\s+báo|Cấp\s+ban\s+hành|Chức\s+vụ|Tệp\s+đính\s+kèm|"
             r"Văn\s+bản\s+đính\s+kèm|Hết\s+hiệu\s+lực|Áp\s+dụng|File\s+đính\s+kèm|Tải\s+về|Lượt\s+xem|Nguồn(?:\s+thu\s+thập)?|Phạm\s+vi",
}
_LABEL_RE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _LABELS.items()))
# a label opens a row: at a line's start (after a markdown cell's bar or a bullet), or after a value with its colon
_ROW_START = re.compile(r"(?:^|\|)[ \t]*[-•*]?[ \t]*$")
_AFTER = re.compile(r"[ \t]*:?[ \t]*\|?[ \t]*:?[ \t]*")
_ROW_RE = re.compile(rf"[ \t|]*(?:{_LABEL_RE.pattern})[ \t]*[:|]")
_REACH = 6000  # a card stands near the top of its page
_NEAR = 400  # its rows within this of each other


def opens_row(line: str) -> bool:
    """True for a line opening with a card's label and its colon ('Người ký: …'): never a subject's line."""
    return bool(_ROW_RE.match(line))


def _rows(text: str) -> list[tuple[str, int, int]]:
    """(field, label start, label end) of every label that opens a row."""
    rows = []
    for m in _LABEL_RE.finditer(text, 0, min(len(text), _REACH)):
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        after = text[m.end():m.end() + 3]
        if m.end() < len(text) and (text[m.end()].isalpha() or text[m.end()] == "/"):
            continue  # inside a longer word or label ('Số hiệu' of 'Số hiệu lực')
        # (a page that lost its cells' spaces runs a label into the value before: '36/TANDTC-KHTCNgày đăng công báo:')
        if _ROW_START.search(before) or re.match(r"[ \t]*[:|]", after) and re.search(r"\S[ \t]*$", before):
            rows.append((m.lastgroup, m.start(), m.end()))
    return rows


def _card(rows: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The first run of rows close together with two fields or more."""
    run: list[tuple[str, int, int]] = []
    for row in rows:
        if run and row[1] - run[-1][2] > _NEAR:
            if len({f for f, _, _ in run} - {"other"}) >= 2:
                return run
            run = []
        run.append(row)
    return run if len({f for f, _, _ in run} - {"other"}) >= 2 else []


@functools.lru_cache(maxsize=4)  # (asked for its number, date, subject and issuer while one letter is read)
def read(text: str) -> dict[str, tuple[str, tuple[int, int]]]:
    """Each field the card gives: its value (as written) and where it stands. Not to be changed by callers."""
    rows = _card(_rows(text))
    found: dict[str, tuple[str, tuple[int, int]]] = {}
    for i, (field, _, end) in enumerate(rows):
        if field == "other" or field in found:
            continue
        start = _AFTER.match(text, end).end()
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        nxt = rows[i + 1][1] if i + 1 < len(rows) else len(text)
        if start >= line_end and nxt > line_end:  # the label alone on its line, its value on the next
            start = _AFTER.match(text, line_end + 1).end() if line_end < len(text) else start
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
        stop = min(line_end, nxt, *(p for p in [text.find("|", start)] if p >= 0))
        value = text[start:stop].strip(" \t|:;")
        # (a slip's field left to fill: 'Trích yếu: ……………', 'Số, ký hiệu: ____')
        if len(re.findall(r"[^\W_]", value)) >= 2 and not _LABEL_RE.match(value):
            found[field] = (value, (start, start + len(value)))
    return found


# a form's numbered item giving the abstract of the letter it is about ('2. Trích yếu: V/v kiện toàn …')
_NUMBERED_ABSTRACT = re.compile(r"(?m)^[ \t]*\d{1,2}\.[ \t]*Trích[ \t]+yếu(?:[ \t]+nội[ \t]+dung)?[ \t]*:[ \t]*(?P<value>\S[^\n]*)")
_TYPES = {name.casefold(): name for name in TYPE_CODES.values()}
_ABOUT = re.compile(r"^(?:V/v|Về\s+việc)\s*:?\s*", re.I)


def fill(h: Header, text: str) -> None:
    """The subject ('Trích yếu') and the type ('Loại văn bản') the card gives, where the letter gave none (a type the
    site files as 'Văn bản khác' is none); the body it names ('Cơ quan ban hành'), read as a relay line's name is."""
    given = read(text)
    if h.relay_issuer is None and "issuer" in given:
        h.relay_issuer = issuer_named(given["issuer"][0])
    if h.subject is None and "subject" in given:
        value, span = given["subject"]
        h.subject, h.subject_span = _ABOUT.sub("", value) or None, span
    numbered = _NUMBERED_ABSTRACT.search(text, h.start, min(len(text), h.start + _REACH)) if h.subject is None else None
    if numbered:  # a submission form's numbered item naming the letter it submits ('2. Trích yếu: V/v …')
        h.subject, h.subject_span = _ABOUT.sub("", numbered.group("value").strip()) or None, numbered.span("value")
    if h.doc_type is None and "doc_type" in given:
        h.doc_type = _TYPES.get(given["doc_type"][0].casefold())
