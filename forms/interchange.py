"""Receiving an edXML package from the national interchange: the file, and a reason when refusing it."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField
from wtforms import TextAreaField
from wtforms.validators import Length, Optional

from .base import BaseForm


class InterchangeForm(BaseForm):
    """Upload a package; ``Receive`` registers it, ``Refuse`` answers its sender with status 02."""

    file = FileField(_l("edXML package"), render_kw={"accept": ".edxml,.xml"})
    reason = TextAreaField(_l("Reason for refusing"), validators=[Optional(), Length(max=2000)],
                           render_kw={"rows": 2, "maxlength": 2000,
                                      "placeholder": _l("Only to refuse: e.g. sent to the wrong agency")})

    def package_bytes(self) -> bytes:
        upload = self.file.data
        return upload.read() if upload is not None and getattr(upload, "filename", "") else b""
