"""Forms of re-routing: recall a document, re-delegate a proposal, name a stand-in.

Choices (people) are passed in; the rules that need the database are the engine's.
"""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import SelectField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, Optional

from .base import BaseForm, DateField, options

LONG = 20000


class RecallForm(BaseForm):
    """The leader recalls a letter in progress (thu hồi) and says why."""

    reason = TextAreaField(_l("Reason for the recall"), validators=[
        DataRequired(_l("Say why the document is recalled.")), Length(max=LONG)], render_kw={"rows": 2})
    submit = SubmitField(_l("Recall and direct again"))

    def data_for_engine(self) -> dict:
        return {"reason": self.reason.data}


class RedelegateForm(BaseForm):
    """The head gives an open proposal to another officer (giao lại)."""

    assignee = SelectField(_l("New handling officer"), default="",
                           validators=[DataRequired(_l("Choose who handles it."))])
    deadline = DateField(_l("Deadline"), validators=[Optional()])
    note = TextAreaField(_l("Instructions"), validators=[Length(max=LONG)], render_kw={"rows": 2})
    submit = SubmitField(_l("Re-assign"))

    def __init__(self, people: list[tuple[str, str]], *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.assignee.choices = options([("", _l("— Choose the officer —"))] + people)

    def data_for_engine(self) -> dict:
        return {"assignee": self.assignee.data, "deadline": self.deadline.iso, "note": self.note.data or ""}


class StandInForm(BaseForm):
    """A leader or head names who acts for them from one day to another (ủy quyền)."""

    stand_in = SelectField(_l("Stand-in"), default="", validators=[DataRequired(_l("Choose the stand-in."))])
    date_from = DateField(_l("From"), validators=[InputRequired(_l("Enter the first day."))])
    date_to = DateField(_l("Until"), validators=[InputRequired(_l("Enter the last day."))])
    note = TextAreaField(_l("Note"), validators=[Length(max=500)], render_kw={"rows": 2})
    submit = SubmitField(_l("Name the stand-in"))

    ENGINE_FIELDS = {"from": "date_from", "to": "date_to"}

    def __init__(self, people: list[tuple[str, str]], *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.stand_in.choices = options([("", _l("— Choose the stand-in —"))] + people)

    def data_for_engine(self) -> dict:
        return {"stand_in": self.stand_in.data, "from": self.date_from.iso, "to": self.date_to.iso,
                "note": self.note.data or ""}
