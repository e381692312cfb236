"""Real files of each kind a document may carry, made in the test from a letter's text.

The seed letters are text (OCR output); a clerk receives them as PDF scans or Word files, so
the tests print them to a text PDF (reportlab, DejaVu font for the Vietnamese letters), a DOCX
(python-docx) or an image (Pillow) instead of storing binary fixtures.
"""
from __future__ import annotations

import functools
import io
from pathlib import Path

from tests.support import require

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED_000 = FIXTURES / "letters" / "seed_000_2de9dee675d01e4f.txt"


def seed_lines(path: Path = SEED_000, limit: int = 60) -> list[str]:
    """The first lines of a seed letter, without markdown emphasis."""
    text = path.read_text(encoding="utf-8").replace("**", "")
    return text.splitlines()[:limit]


def pdf_bytes(lines: list[str] | None = None) -> bytes:
    """A text PDF of ``lines`` (default: the head of seed letter 000), long lines wrapped."""
    return _pdf(tuple(seed_lines() if lines is None else lines))


@functools.lru_cache(maxsize=16)
def _pdf(lines: tuple[str, ...]) -> bytes:
    require(FONT.exists(), "DejaVu fonts (fonts-dejavu-core) are not installed")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.setFont("DejaVu", 10)
    y = 800
    for line in lines:
        for part in simpleSplit(line, "DejaVu", 10, 480) or [""]:
            if y < 50:
                c.showPage()
                c.setFont("DejaVu", 10)
                y = 800
            c.drawString(50, y, part)
            y -= 14
    c.save()
    return out.getvalue()


def docx_bytes(lines: list[str] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for line in seed_lines() if lines is None else lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def image_bytes(fmt: str = "PNG", text: str = "Phiếu chuyển") -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("L", (200, 60), 255)
    ImageDraw.Draw(img).text((10, 20), text.encode("ascii", "replace").decode(), fill=0)
    out = io.BytesIO()
    img.save(out, format=fmt)
    return out.getvalue()


def edxml_bytes() -> bytes:
    return (FIXTURES / "edxml" / "edoc_new.header_only.edxml").read_bytes()
