"""Ending a recurring report duty (báo cáo định kỳ): a leader may say why."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import SubmitField, TextAreaField
from wtforms.validators import Length

from .base import BaseForm


class EndDutyForm(BaseForm):
    reason = TextAreaField(_l("Reason (optional)"), validators=[Length(max=2000)], render_kw={"rows": 2})
    submit = SubmitField(_l("End the recurring report duty"))

    def data_for_engine(self) -> dict:
        return {"reason": self.reason.data or None}
