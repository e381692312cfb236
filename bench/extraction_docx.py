"""Reading letters from .docx files: the labelled letters written as an office's .docx and read back.

Run ``python -m bench.extraction_docx [-v] [--sample N] [--spent]``. The OCR bench's sample of the tuning
letters (``bench.extraction_ocr.sample``: never a split that was once held out; with ``--spent``
its second sample, the collections once held out whose figures are recorded) is written by
bench/letter_docx.py (the header as a two-column table, title, body, recipients beside the
signature) and read by the real pipeline (``engine.extraction.extract_file``). The key fields are
scored against the gold (bench.extraction.same). As for the text-PDF bench, a letter whose header
the writer cannot lay out loses its left column: read misses with -v before blaming the reader.
"""
from __future__ import annotations

import sys
from pathlib import Path

from bench.extraction_ocr import sample
from bench.extraction_pdf import score_written
from bench.letter_docx import letter_docx

SAMPLE = 60


def _office_docx(text: str, stem: Path) -> Path:
    out = stem.with_suffix(".docx")
    letter_docx(text, out)
    return out


def main(argv: list[str]) -> int:
    n = int(argv[argv.index("--sample") + 1]) if "--sample" in argv else SAMPLE
    score_written(sample(n, spent="--spent" in argv), _office_docx, ".docx files", argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
