"""Write a letter's text as the .docx an office would send: the Nghị định 30/2020 header as a
two-column borderless table (issuer, number and ``V/v`` left; motto, place and date right), the
title, the body's paragraphs, and the recipients beside the signature block in a second table.

The header's pieces are found by ``bench.letter_print`` (the same reading the printed letters use);
a text with no motto is written paragraph by paragraph, as it is.
"""
from __future__ import annotations

from pathlib import Path

from bench.letter_print import _lines, body_parts, split_header
from engine.extraction.text import is_rule


def _cell(cell, lines: list[str]) -> None:
    cell.paragraphs[0].text = lines[0] if lines else ""
    for line in lines[1:]:
        cell.add_paragraph(line)


def letter_docx(text: str, path: Path) -> None:
    """Save *text* as a .docx at *path*."""
    import docx  # python-docx, a declared dependency of the reader

    document = docx.Document()
    head = split_header(text)
    if head is None:
        for line in _lines(text):
            if line and not is_rule(line):
                document.add_paragraph(line)
        document.save(str(path))
        return
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    _cell(left, head["left"] + [x for x in (head["number"],) if x] + head["vv"])
    _cell(right, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
          + [x for x in (head["date"],) if x])
    parts = body_parts(head["rest"])
    for line in parts["titles"] + parts["body"]:
        document.add_paragraph(line)
    if parts["recips"] or parts["sign"]:
        foot = document.add_table(rows=1, cols=2)
        _cell(foot.rows[0].cells[0], parts["recips"])
        _cell(foot.rows[0].cells[1], parts["sign"])
    document.save(str(path))
