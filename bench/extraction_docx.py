"""Reading letters from .docx files: the labelled letters written as an office's .docx and read back.

Run ``python -m bench.extraction_docx [-v] [--sample N]``. The OCR bench's sample of the tuning
letters (``bench.extraction_ocr.sample``: never a split that was once held out) is written by
bench/letter_docx.py (the header as a two-column table, title, body, recipients beside the
signature) and read by the real pipeline (``engine.extraction.extract_file``). The key fields are
scored against the gold (bench.extraction.same). As for the text-PDF bench, a letter whose header
the writer cannot lay out loses its left column: read misses with -v before blaming the reader.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench.extraction import KEY_FIELDS, same
from bench.extraction_ocr import sample
from bench.letter_docx import letter_docx
from engine.extraction import extract_file

SAMPLE = 60


def main(argv: list[str]) -> int:
    n = int(argv[argv.index("--sample") + 1]) if "--sample" in argv else SAMPLE
    letters = sample(n)
    right = dict.fromkeys(KEY_FIELDS, 0)
    misses = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, path, gold in letters:
            out = Path(tmp) / f"{name}.docx"
            letter_docx(path.read_text(encoding="utf-8"), out)
            got = extract_file(out)
            for field in KEY_FIELDS:
                ok = same(field, got.get(field), gold.get(field))
                right[field] += ok
                if not ok:
                    misses.append((name, field, got.get(field), gold.get(field)))
    print(f"Key fields read off .docx files of {len(letters)} tuning letters:")
    for field in KEY_FIELDS:
        print(f"  {field:<12} {right[field] / max(1, len(letters)):.3f}")
    if "-v" in argv:
        for name, field, got, want in misses:
            print(f"  {name} {field}: got {got!r} want {want!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
