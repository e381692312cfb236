"""Reading letters from text PDFs: the labelled letters typeset and read back through their text layer.

Run ``python -m bench.extraction_pdf [-v] [--sample N]``. The OCR bench's sample of the tuning
letters (``bench.extraction_ocr.sample``: never a split that was once held out) is typeset
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

from bench.extraction import KEY_FIELDS, same
from bench.extraction_ocr import sample
from bench.letter_print import letter_html
from engine.extraction import extract_file

SAMPLE = 60


def main(argv: list[str]) -> int:
    n = int(argv[argv.index("--sample") + 1]) if "--sample" in argv else SAMPLE
    letters = sample(n)
    from weasyprint import HTML

    right = dict.fromkeys(KEY_FIELDS, 0)
    read = 0
    misses = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, path, gold in letters:
            html = letter_html(path.read_text(encoding="utf-8"))
            if html is None:
                continue
            pdf = Path(tmp) / f"{name}.pdf"
            HTML(string=html).write_pdf(pdf)
            got = extract_file(pdf)
            read += 1
            for field in KEY_FIELDS:
                ok = same(field, got.get(field), gold.get(field))
                right[field] += ok
                if not ok:
                    misses.append((name, field, got.get(field), gold.get(field)))
    print(f"Key fields read off text PDFs of {read} typeset tuning letters:")
    for field in KEY_FIELDS:
        print(f"  {field:<12} {right[field] / max(1, read):.3f}")
    if "-v" in argv:
        for name, field, got, want in misses:
            print(f"  {name} {field}: got {got!r} want {want!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
