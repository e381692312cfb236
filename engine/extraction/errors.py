"""Errors raised while reading a letter.

Each message is given in Vietnamese and English, because it is shown to clerks
(Vietnamese UI) and logged for operators.
"""


class ExtractionError(Exception):
    """A letter could not be read. ``str(err)`` is 'Vietnamese / English'."""

    def __init__(self, vi: str, en: str):
        self.vi = vi
        self.en = en
        super().__init__(f"{vi} / {en}")


class UnsupportedFormatError(ExtractionError):
    """The file type is not one the reader knows (or is handled elsewhere, like .edxml)."""


class OcrUnavailableError(ExtractionError):
    """A scan needs OCR but tesseract (with Vietnamese data) or pdftoppm is not installed."""
