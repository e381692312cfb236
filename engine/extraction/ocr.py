"""OCR of scans through the Debian tools: tesseract (with 'vie' data) and poppler's pdftoppm.

Called as subprocesses so nothing is downloaded or loaded at run time. When a tool
is missing the caller gets OcrUnavailableError saying which package to install.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import ocr_words
from .errors import ExtractionError, OcrUnavailableError
from .ocr_model import syllable_share
from .ocr_text import tidy

# Vietnamese alone: with '+eng' tesseract takes the English model's reading of words in capitals,
# which has no accents ('NEN TANG', 'PHO CAP' for 'NỀN TẢNG', 'PHỔ CẬP'); codes and digits read the same.
LANGS = "vie"
TIMEOUT = 300
# A scan is read to its 20th page: the letter's own header, body and signature come first, and a long
# annex would hold the clerk's upload for minutes (a page takes tesseract 1-3 s).
MAX_PAGES = 20


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


# tesseract reads best at ~300 dpi (capitals 30-40 px high); office scanners and phones often give
# 150-200 dpi. A page narrower than this (in pixels, A4 portrait at 250 dpi) is enlarged first.
_MIN_WIDTH = 2050
_TARGET_WIDTH = 2480  # A4 at 300 dpi
# The longest side a page is read at (an A3 page at 300 dpi): a 600 dpi scan is made smaller, and a PDF whose
# page claims to be a metre long (a scan saved at a wrong resolution) is not rasterised to 150 megapixels.
_MAX_RASTER_SIDE = 4960
# One thread per tesseract run: its OpenMP threads thrash a busy server (a page took 26 s
# instead of 6 s on two shared cores) and the text is the same.
_ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}
# 'preserve_interword_spaces' keeps the wide gap between the header's two columns (the issuer
# and number left, the motto and date right) as a run of spaces, which the rules split on.
_OPTIONS = ("-l", LANGS, "--psm", "3", "-c", "preserve_interword_spaces=1")


def image_to_text(image: Path) -> str:
    """The text of a scanned page (or of the frames of a multi-page TIFF, to MAX_PAGES)."""
    _vietnamese_ready()
    with tempfile.TemporaryDirectory(prefix="docroute-ocr-") as tmp:
        pages = prepare(Path(image), Path(tmp))
        # the text tidied, then its misread words respelt by the word model (ocr_words.py)
        return "\f".join(ocr_words.correct(tidy(_page_text(p))) for p in pages)


# A page read the right way up has nearly all its words Vietnamese syllables (0.9-1.0); one upside
# down or on its side reads as specks and Latin-looking fragments (~0.3 of them syllables).
_UPRIGHT_SHARE = 0.6
# tesseract's orientation confidence below which its guess is no better than the page as it lies
_TURN_CONFIDENCE = 2.0


def _page_text(page: Path) -> str:
    """tesseract's text of a page; a page scanned upside down or on its side (the clerk laid the letter
    the wrong way on the glass) is turned the way tesseract's orientation check says and read again."""
    text = _tesseract(page, *_OPTIONS)
    if syllable_share(text) >= _UPRIGHT_SHARE:
        return text
    turned = _turned(page)
    if turned is None:
        return text
    again = _tesseract(turned, *_OPTIONS)
    return again if syllable_share(again) > syllable_share(text) else text


def _turned(page: Path) -> Path | None:
    """The page turned upright beside it, or None when tesseract sees it upright, cannot tell (too
    little text, no 'osd' data) or Pillow is missing."""
    try:
        osd = _tesseract(page, "--psm", "0")
        from PIL import Image
    except (ExtractionError, ImportError):
        return None
    rotate = re.search(r"^Rotate: (\d+)", osd, re.M)
    confidence = re.search(r"^Orientation confidence: ([\d.]+)", osd, re.M)
    if not rotate or not confidence or int(rotate[1]) % 360 == 0 or float(confidence[1]) < _TURN_CONFIDENCE:
        return None
    out = page.with_name(f"{page.stem}-turned.tif")
    with Image.open(page) as img:
        # levelled again: a page on its side has no lines across to level it by before it is turned
        level(img.rotate(-int(rotate[1]), expand=True)).save(out, dpi=(300, 300))
    return out


def prepare(image: Path, tmp: Path) -> list[Path]:
    """Pages ready for tesseract: greyscale on white, enlarged to ~300 dpi, speckle removed.

    Without Pillow (or for a file it cannot open) the image goes to tesseract as it is.
    """
    try:
        from PIL import Image, ImageFilter, ImageOps, ImageSequence
    except ImportError:  # pragma: no cover - Pillow comes with weasyprint
        return [image]
    try:
        with Image.open(image) as src:
            frames = [f.copy() for _, f in zip(range(MAX_PAGES), ImageSequence.Iterator(src))]
    except Image.DecompressionBombError as exc:  # tesseract would take minutes and gigabytes over it
        raise ExtractionError("Ảnh quá lớn để nhận dạng chữ (hơn 180 triệu điểm ảnh); hãy quét lại ở 300 dpi.",
                              f"The image is too large to read (over 180 megapixels); scan it at 300 dpi: {exc}") from exc
    except Exception:  # noqa: BLE001 - Pillow cannot read it: tesseract says what is wrong
        return [image]
    out = []
    for n, frame in enumerate(frames):
        # a phone's photo is stored as the sensor lay and says in its EXIF how to turn it
        frame = ImageOps.exif_transpose(frame)
        if frame.mode in ("RGBA", "LA", "P"):
            frame = frame.convert("RGBA")
            white = Image.new("RGBA", frame.size, (255, 255, 255, 255))
            frame = Image.alpha_composite(white, frame)
        page = frame.convert("L")
        if _grainy(page):
            page = page.filter(ImageFilter.MedianFilter(3))
        if page.width < _MIN_WIDTH:
            scale = min(3.0, _TARGET_WIDTH / page.width)
            page = page.resize((round(page.width * scale), round(page.height * scale)), Image.LANCZOS)
        elif max(page.size) > _MAX_RASTER_SIDE:  # a 600 dpi scan: as well read at 300-400 dpi, in a quarter the time
            scale = _MAX_RASTER_SIDE / max(page.size)
            page = page.resize((round(page.width * scale), round(page.height * scale)), Image.LANCZOS)
        page = level(page)
        path = tmp / f"page-{n}.tif"  # uncompressed: a PNG took 2-4 s of a page's time to write
        # ('raw' said: the page keeps a fax's 'group4' from its source, which a grey page cannot be written in)
        page.save(path, dpi=(300, 300), compression="raw")
        out.append(path)
    return out


# A page askew by this much or more is levelled before tesseract reads it: at 2-4 degrees it lost a
# subject in two (its lines ran into each other and the header's columns into the body); below a
# degree it reads as well as level.
_LEVEL_FROM = 0.5
_SKEW_SPAN, _SKEW_STEP = 5.0, 0.25
_SKEW_GAIN = 1.1


def level(page):
    """The page turned by its skew when it lies a half degree or more askew, else as it is."""
    from PIL import Image
    angle = skew(page)
    return page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255) if abs(angle) >= _LEVEL_FROM else page


def skew(page) -> float:
    """The angle (degrees, counter-clockwise) that levels the page's lines of text: the turn at which its
    rows of ink are most uneven (lines of ink between white gaps), tried on a small copy to 5 degrees
    either way, then to a twentieth of a degree about the best; 0 when no turn gains much."""
    from PIL import Image, ImageOps
    small = page.copy()
    small.thumbnail((800, 800))
    ink = ImageOps.invert(small.point(lambda v: 255 if v > 160 else 0))

    def unevenness(angle: float) -> float:
        rows = ink.rotate(angle, resample=Image.NEAREST, fillcolor=0).resize((1, ink.height), Image.BOX)
        values = rows.tobytes()
        mean = sum(values) / len(values)
        return sum((v - mean) ** 2 for v in values)

    def best(angles) -> float:
        return max(angles, key=lambda a: (unevenness(a), -abs(a)))

    steps = round(_SKEW_SPAN / _SKEW_STEP)
    coarse = best([k * _SKEW_STEP for k in range(-steps, steps + 1)])
    angle = best([coarse + k * 0.05 for k in range(-5, 6)])
    # a page on its side has no lines across: no turn makes its rows much more uneven than they lie (a page
    # askew by a degree gains a quarter), and the best is noise; it is left for the orientation check
    return angle if unevenness(angle) >= _SKEW_GAIN * unevenness(0.0) else 0.0


def _grainy(page) -> bool:
    """Scanner grain: a page differs from its own 3x3 median by ~5 grey levels on average
    (a clean page by ~0.5); tesseract's binarisation then breaks letters into specks."""
    from PIL import ImageChops, ImageFilter, ImageStat
    w, h = page.size
    box = page.crop((w // 4, h // 4, w // 4 + min(w // 2, 800), h // 4 + min(h // 2, 800)))
    diff = ImageChops.difference(box, box.filter(ImageFilter.MedianFilter(3)))
    return ImageStat.Stat(diff).mean[0] > 2.0


def _tesseract(image: Path, *options: str) -> str:
    """tesseract's text for one image file (the seam bench/extraction_ocr.py caches)."""
    exe = _vietnamese_ready()
    run = subprocess.run([exe, str(image), "stdout", *options],
                         capture_output=True, text=True, timeout=TIMEOUT, env=_ENV)
    if run.returncode != 0:
        raise ExtractionError(f"Nhận dạng chữ thất bại: {run.stderr.strip()[:200]}",
                              f"OCR failed: {run.stderr.strip()[:200]}")
    return run.stdout


def pdf_to_text(pdf: Path, dpi: int = 300) -> str:
    """Rasterise the pages (to MAX_PAGES) with pdftoppm and OCR them; pages joined with form feeds."""
    pdftoppm = _require("pdftoppm", "poppler-utils")
    _vietnamese_ready()
    with tempfile.TemporaryDirectory(prefix="docroute-ocr-") as tmp:
        # plain PGM: pdftoppm's PNG encoder took ~10 s a page, the raster itself 0.3 s
        run = subprocess.run([pdftoppm, "-r", str(_raster_dpi(pdf, dpi)), "-gray", "-l", str(MAX_PAGES), str(pdf),
                              str(Path(tmp) / "page")], capture_output=True, text=True, timeout=TIMEOUT)
        if run.returncode != 0:
            raise ExtractionError(f"Không chuyển được PDF thành ảnh: {run.stderr.strip()[:200]}",
                                  f"pdftoppm failed: {run.stderr.strip()[:200]}")
        pages = sorted(Path(tmp).glob("page*.pgm"))
        return "\f".join(image_to_text(p) for p in pages)


def _raster_dpi(pdf: Path, dpi: int) -> int:
    """*dpi*, lowered so that the largest of the pages read stays within _MAX_RASTER_SIDE pixels."""
    try:
        from pypdf import PdfReader
        pages = PdfReader(str(pdf)).pages[:MAX_PAGES]
        longest = max(max(float(p.mediabox.width), float(p.mediabox.height)) for p in pages)  # in points
    except Exception:  # noqa: BLE001 - pdftoppm reports a PDF it cannot read
        return dpi
    return max(72, min(dpi, int(_MAX_RASTER_SIDE * 72 / longest))) if longest > 0 else dpi
