"""Reading letters from text PDFs: the labelled letters typeset and read back through their text layer.

Run ``python -m bench.extraction_pdf [-v] [--sample N] [--spent]``. The OCR bench's sample of the tuning
letters (``bench.extraction_ocr.sample``: never a split that was once held out; with ``--spent``
its second sample, the collections once held out whose figures are recorded) is typeset
like a printed letter by bench/letter_print.py (A4, the Nghị định 30/2020 two-column header, a
justified body), rendered by WeasyPrint into a PDF with a text layer, and read by the real pipeline
(``engine.extraction.extract_file``: pypdf's layout text, no OCR). The key fields are scored against
the gold (bench.extraction.same). Misses also come from the printer: a letter whose header it cannot
lay out loses its left column, so read them with -v before blaming the reader.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench.extraction import KEY_FIELDS, fields_of, same
from bench.extraction_ocr import sample
from bench.letter_print import letter_html
from engine.extraction import extract_file

SAMPLE = 60


def score_written(letters, write, what: str, argv: list[str]) -> None:
    """Write each letter with *write(text, path)* (returns the file, or None when it cannot), read it
    back with the real pipeline and print the key fields' accuracy (the misses with -v)."""
    right = dict.fromkeys(KEY_FIELDS, 0)
    scored = dict.fromkeys(KEY_FIELDS, 0)  # (only the fields each label vouches for, as bench.extraction scores them)
    read = 0
    misses = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, path, gold in letters:
            written = write(path.read_text(encoding="utf-8"), Path(tmp) / name)
            if written is None:
                continue
            got = extract_file(written)
            read += 1
            for field in KEY_FIELDS:
                if field not in fields_of(gold):
                    continue
                ok = same(field, got.get(field), gold.get(field), gold.get("issuer_parent"))
                right[field] += ok
                scored[field] += 1
                if not ok:
                    misses.append((name, field, got.get(field), gold.get(field)))
    print(f"Key fields read off {what} of {read} tuning letters:")
    for field in KEY_FIELDS:
        print(f"  {field:<12} {right[field] / max(1, scored[field]):.3f}")
    if "-v" in argv:
        for name, field, got, want in misses:
            print(f"  {name} {field}: got {got!r} want {want!r}")


def _typeset_pdf(text: str, stem: Path) -> Path | None:
    from weasyprint import HTML
    html = letter_html(text)
    if html is None:
        return None
    pdf = stem.with_suffix(".pdf")
    HTML(string=html).write_pdf(pdf)
    return pdf


def main(argv: list[str]) -> int:
    n = int(argv[argv.index("--sample") + 1]) if "--sample" in argv else SAMPLE
    score_written(sample(n, spent="--spent" in argv), _typeset_pdf, "typeset text PDFs", argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
