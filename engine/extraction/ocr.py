"""OCR of scans through the Debian tools: tesseract (with 'vie' data) and poppler's pdftoppm.

Called as subprocesses so nothing is downloaded or loaded at run time. When a tool
is missing the caller gets OcrUnavailableError saying which package to install.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .errors import ExtractionError, OcrUnavailableError

LANGS = "vie+eng"
TIMEOUT = 300


def _require(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if not path:
        raise OcrUnavailableError(
            f"Không đọc được bản quét: máy chủ chưa cài {package} (cần gói tesseract-ocr, "
            f"tesseract-ocr-vie và poppler-utils).",
            f"Cannot read a scanned document: {package} is not installed "
            f"(needs the tesseract-ocr, tesseract-ocr-vie and poppler-utils packages).")
    return path


def available() -> bool:
    """True when tesseract with Vietnamese data and pdftoppm are installed."""
    try:
        _vietnamese_ready()
        _require("pdftoppm", "poppler-utils")
        return True
    except OcrUnavailableError:
        return False


def _vietnamese_ready() -> str:
    exe = _require("tesseract", "tesseract-ocr")
    langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=60)
    if "vie" not in (langs.stdout + langs.stderr).split():
        raise OcrUnavailableError(
            "Không đọc được bản quét: tesseract chưa có dữ liệu tiếng Việt (gói tesseract-ocr-vie).",
            "Cannot read a scanned document: tesseract has no Vietnamese data (tesseract-ocr-vie).")
    return exe


# One thread per tesseract run: its OpenMP threads thrash a busy server (a page took 26 s
# instead of 6 s on two shared cores) and the text is the same.
_ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}


def image_to_text(image: Path) -> str:
    return _tesseract(Path(image), "--psm", "3")


def _tesseract(image: Path, *options: str) -> str:
    """tesseract's text for one image file (the seam bench/extraction_ocr.py caches)."""
    exe = _vietnamese_ready()
    run = subprocess.run([exe, str(image), "stdout", "-l", LANGS, *options],
                         capture_output=True, text=True, timeout=TIMEOUT, env=_ENV)
    if run.returncode != 0:
        raise ExtractionError(f"Nhận dạng chữ thất bại: {run.stderr.strip()[:200]}",
                              f"OCR failed: {run.stderr.strip()[:200]}")
    return run.stdout


def pdf_to_text(pdf: Path, dpi: int = 300) -> str:
    """Rasterise every page with pdftoppm and OCR it; pages joined with form feeds."""
    pdftoppm = _require("pdftoppm", "poppler-utils")
    _vietnamese_ready()
    with tempfile.TemporaryDirectory(prefix="docroute-ocr-") as tmp:
        run = subprocess.run([pdftoppm, "-r", str(dpi), "-gray", "-png", str(pdf), str(Path(tmp) / "page")],
                             capture_output=True, text=True, timeout=TIMEOUT)
        if run.returncode != 0:
            raise ExtractionError(f"Không chuyển được PDF thành ảnh: {run.stderr.strip()[:200]}",
                                  f"pdftoppm failed: {run.stderr.strip()[:200]}")
        pages = sorted(Path(tmp).glob("page*.png"))
        return "\f".join(image_to_text(p) for p in pages)
