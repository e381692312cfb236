"""Extension (gia hạn) forms: the holder's request, and the head's or the leader's decision."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import SelectField, SubmitField, TextAreaField
from wtforms.validators import Length, Optional

from .base import BaseForm, DateField, options


class ExtensionRequestForm(BaseForm):
    due_date = DateField(_l("New deadline asked for"), validators=[Optional()])
    scope = SelectField(_l("Which deadline"), default="personal")
    reason = TextAreaField(_l("Reason"), validators=[Length(max=2000)], render_kw={"rows": 2})
    ask = SubmitField(_l("Ask for more time"))

    def __init__(self, personal: bool, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("personal", _l("The deadline the head gave me")), ("direction", _l("The leader's deadline"))]
        self.scope.choices = options(choices if personal else choices[1:])
        if not personal:
            self.scope.data = "direction"

    def data_for_engine(self) -> dict:
        return {"due_date": self.due_date.iso, "scope": self.scope.data, "reason": self.reason.data or ""}


class ExtensionDecisionForm(BaseForm):
    due_date = DateField(_l("New deadline"), validators=[Optional()])
    comment = TextAreaField(_l("Comment"), validators=[Length(max=2000)], render_kw={"rows": 1})
    grant = SubmitField(_l("Grant"))
    refuse = SubmitField(_l("Refuse"))

    def data_for_engine(self) -> dict:
        return {"decision": "refuse" if self.refuse.data else "grant", "due_date": self.due_date.iso,
                "comment": self.comment.data or ""}
