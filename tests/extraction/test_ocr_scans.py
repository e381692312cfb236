"""Scans as offices send them, through the real OCR path of ocr.py (tesseract, pdftoppm).

bench/extraction_ocr.py measures the same causes on the labelled letters printed and scanned.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

from engine.extraction import ocr


def test_tesseract_runs_on_one_thread_and_pdfs_are_rasterised_in_grey(tmp_path, monkeypatch):
    """OpenMP threads made a page take 26 s instead of 6 s on a busy two-core server."""
    calls = []

    def run(args, **kwargs):
        calls.append((args, kwargs.get("env") or {}))
        if Path(args[0]).name == "pdftoppm":
            (tmp_path / "out").mkdir(exist_ok=True)
        return subprocess.CompletedProcess(args, 0, stdout="eng\nvie\n", stderr="")

    monkeypatch.setattr(ocr.shutil, "which", lambda tool: f"/usr/bin/{tool}")
    monkeypatch.setattr(ocr.subprocess, "run", run)
    ocr._tesseract(tmp_path / "page.png", "--psm", "3")
    ocr.pdf_to_text(tmp_path / "scan.pdf")
    tesseract = [(a, env) for a, env in calls if Path(a[0]).name == "tesseract" and "--list-langs" not in a]
    assert tesseract and all(env.get("OMP_THREAD_LIMIT") == "1" for _, env in tesseract)
    assert any(Path(a[0]).name == "pdftoppm" and "-gray" in a for a, _ in calls)
