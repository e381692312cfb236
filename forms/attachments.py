"""Files on forms: a letter to read on the registration form, files added to a document."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired, MultipleFileField

from .base import BaseForm

ACCEPT = ".pdf,.docx,.png,.jpg,.jpeg,.tif,.tiff,.edxml,.xml"
LETTER_ACCEPT = ACCEPT + ",.txt"


class LetterForm(BaseForm):
    """Step 1 of registration: upload the letter so its fields are read off it."""

    letter = FileField(_l("The letter (PDF, Word, scan, edXML or text)"),
                       validators=[FileRequired(_l("Choose the letter's file."))],
                       render_kw={"accept": LETTER_ACCEPT})


class AttachForm(BaseForm):
    """Files added to a registered document."""

    files = MultipleFileField(_l("Files"), render_kw={"accept": ACCEPT})

    def chosen(self) -> list:
        return [f for f in self.files.data or [] if getattr(f, "filename", "")]
