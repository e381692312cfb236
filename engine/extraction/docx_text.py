"""The text of a .docx letter: its paragraphs and tables in document order, as the letter shows them.

A table's cells are read row by row, left to right; a text box where it is anchored; a content control's text in its
place; the first page's header first when the letterhead is in it; text set in capitals by its font ('All Caps', as a
template's letterhead often is) in capitals, as it is printed.
"""
from __future__ import annotations

import re
from pathlib import Path

from .errors import ExtractionError


def read_docx(path: Path) -> str:
    """Paragraphs and tables in document order; a table's cells are read row by row, left to right; a text box
    where it is anchored; a content control's text in its place. The first page's header goes first when the
    letterhead is in it."""
    try:
        import docx  # python-docx
        from docx.table import Table
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise ExtractionError("Chưa cài python-docx để đọc tệp .docx.",
                              "python-docx is required to read .docx files.") from exc
    try:
        document = docx.Document(str(path))
    except Exception as exc:
        raise ExtractionError("Tệp .docx bị hỏng hoặc không đọc được.",
                              f"The .docx file cannot be opened: {exc}") from exc
    lines: list[str] = []
    caps = _caps_styles(document)

    def paragraph(p) -> None:  # its text boxes first, where they are anchored
        lines.extend(_text_boxes(p, caps))
        lines.append(_paragraph_text(p, caps))

    def walk(element, parent) -> None:
        for tag, child in _blocks(element):
            if tag == "p":
                paragraph(child)
            else:
                for row in Table(child, parent).rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        walk_cell(cell)
                    lines.append("")

    def walk_cell(cell) -> None:
        for tag, child in _blocks(cell._tc):
            if tag == "p":
                paragraph(child)
            else:
                for row in Table(child, cell).rows:
                    for c in row.cells:
                        walk_cell(c)
        lines.append("")

    walk(document.element.body, document)
    body = "\n".join(lines)
    lines.clear()
    section = document.sections[0] if document.sections else None
    if section is not None:  # a template that sets the letterhead in the first page's header, not in the body
        header = section.first_page_header if section.different_first_page_header_footer else section.header
        walk(header._element, header)
    head = "\n".join(lines)
    return f"{head}\n{body}" if _letterhead_in(head) else body


def _local(element) -> str:
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def _blocks(element):
    """('p' or 'tbl', element) for the paragraphs and tables under *element*, a content control's (a template's
    field for the number, the date, the subject) taken in its place."""
    for child in element.iterchildren():
        tag = _local(child)
        if tag == "sdt":
            yield from (b for content in child.iterchildren() if _local(content) == "sdtContent"
                        for b in _blocks(content))
        elif tag in ("p", "tbl"):
            yield tag, child


# what a paragraph's text is not: a text box's (read on its own), Word's fallback copy of a drawing, deleted or
# moved-away text, the properties
_NOT_TEXT = {"txbxContent", "Fallback", "del", "moveFrom", "pPr", "rPr", "sdtPr"}
_CHARS = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OFF = {"0", "false", "off"}


def _caps_styles(document) -> frozenset[str]:
    """The ids of the styles that set their text in capitals ('All Caps'), themselves or by the style they are
    based on."""
    found = set()
    for style in document.styles:
        base, depth = style, 0
        while base is not None and depth < 10:
            caps = getattr(getattr(base, "font", None), "all_caps", None)
            if caps is not None:
                if caps:
                    found.add(style.style_id)
                break
            base, depth = getattr(base, "base_style", None), depth + 1
    return frozenset(found)


def _style_id(element, props: str, ref: str) -> str | None:
    holder = element.find(f"{_W}{props}")
    named = holder.find(f"{_W}{ref}") if holder is not None else None
    return named.get(f"{_W}val") if named is not None else None


def _run_in_capitals(run, caps: frozenset[str], paragraph_caps: bool) -> bool:
    """A run's own 'All Caps' (on or off), else its character style's, else its paragraph's."""
    props = run.find(f"{_W}rPr")
    own = props.find(f"{_W}caps") if props is not None else None
    if own is not None:
        return own.get(f"{_W}val", "1").lower() not in _OFF
    style = _style_id(run, "rPr", "rStyle")
    return style in caps if style else paragraph_caps


def _paragraph_text(p, caps: frozenset[str] = frozenset()) -> str:
    """A paragraph's text, its runs inside content controls, hyperlinks and fields too (python-docx's
    ``Paragraph.text`` leaves a content control's out: 'Số: ' without the number a template's field holds); a run
    its font sets in capitals ('Ủy ban nhân dân tỉnh X' typed, 'ỦY BAN NHÂN DÂN TỈNH X' printed) in capitals."""
    out: list[str] = []
    paragraph_caps = _style_id(p, "pPr", "pStyle") in caps

    def visit(element, upper: bool) -> None:
        for child in element.iterchildren():
            tag = _local(child)
            if tag in _NOT_TEXT:
                continue
            if tag == "r":
                visit(child, _run_in_capitals(child, caps, paragraph_caps))
            elif tag == "t":
                out.append((child.text or "").upper() if upper else child.text or "")
            elif tag in _CHARS:
                out.append(_CHARS[tag])
            else:
                visit(child, upper)
    visit(p, paragraph_caps)
    return "".join(out)


def _text_boxes(p, caps: frozenset[str] = frozenset()) -> list[str]:
    """The lines of the text boxes anchored in a paragraph (a letterhead or a number drawn in boxes), each box
    once: Word keeps a box twice, as a drawing and as its VML fallback for old readers."""
    boxes = p.xpath(".//w:txbxContent[not(ancestor::*[local-name()='Fallback'])]")
    return [_paragraph_text(q, caps) for box in boxes for q in box.iterchildren() if _local(q) == "p"] \
        + ([""] if boxes else [])


def _letterhead_in(header: str) -> bool:
    """A page header holding the letter's own header (the motto, or the number's line), not a page number or a
    running title."""
    from .layout import MOTTO_RE
    return bool(MOTTO_RE.search(header) or re.search(r"(?m)^\s*Số\s*[:.]?\s*\d", header))
