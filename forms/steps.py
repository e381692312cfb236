"""One form per routing step (api.md, "The routing steps"). ``data()`` gives the engine's shape."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf.file import MultipleFileField
from wtforms import IntegerField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional, ValidationError

from .attachments import ACCEPT
from .base import BaseForm, CheckboxListField, DateField, options
from .extensions import ExtensionDecisionForm
from .vocabulary import REPORT_PERIOD

LONG = 20000


def _blank(label) -> list[tuple[str, object]]:
    return [("", label)]


class AssignForm(BaseForm):
    """The leader's direction: lead, co-handling and informed departments, deadline, directive."""

    lead = SelectField(_l("Lead department"), default="")
    co = CheckboxListField(_l("Co-handling departments"))
    info = CheckboxListField(_l("For information"))
    deadline = DateField(_l("Deadline"), validators=[Optional()])
    directive = TextAreaField(_l("Leader's directive"), validators=[Length(max=LONG)], render_kw={"rows": 3})
    # A recurring report duty (báo cáo định kỳ) for the lead department: optional.
    report_period = SelectField(_l("Recurring report"), default="")
    report_day = IntegerField(_l("Due on day"), validators=[Optional(), NumberRange(1, 31)],
                              render_kw={"min": 1, "max": 31, "inputmode": "numeric"})
    report_month = SelectField(_l("Of month (yearly)"), default="")
    submit = SubmitField(_l("Assign"))
    file = SubmitField(_l("File it, no handling needed"))

    ENGINE_FIELDS = {"recurring_report": "report_period", "recurring_report.period": "report_period",
                     "recurring_report.day": "report_day", "recurring_report.month": "report_month"}

    def __init__(self, departments: list[tuple[str, str]], informed: list[tuple[str, str]] | None = None,
                 *args, **kwargs):
        """``departments`` can lead or co-handle (they have a head); ``informed`` may be any department."""
        super().__init__(*args, **kwargs)
        self.lead.choices = options(_blank(_l("— Choose the lead department —")) + departments)
        self.co.choices = options(departments)
        self.info.choices = options(informed if informed is not None else departments)
        self.report_period.choices = options([("", _l("— No recurring report —"))] + list(REPORT_PERIOD.items()))
        self.report_month.choices = options([("", "—")] + [(str(m), f"{m:02d}") for m in range(1, 13)])

    def validate_lead(self, field) -> None:
        if not self.file.data and not field.data:
            raise ValidationError(_l("Choose the lead department."))

    def prefill(self, hint) -> None:
        """First values from the letter and its record (``direction_hints.DirectionHint``)."""
        if hint.deadline and not self.deadline.data:
            self.deadline.data = hint.deadline
        if hint.directive and not self.directive.data:
            self.directive.data = hint.directive
        if hint.lead and not self.lead.data:
            self.lead.data = hint.lead
        if hint.co and not self.co.data:
            self.co.data = list(hint.co)
        self.prefill_duty(hint.duty)

    def prefill_duty(self, duty: dict | None) -> None:
        """A duty read off the letter (extract key ``recurring_report``) as the fields' first values."""
        if duty and duty.get("period") in REPORT_PERIOD:
            self.report_period.data = duty["period"]
            self.report_day.data = duty.get("day")
            self.report_month.data = str(duty["month"]) if duty.get("month") else ""

    def duty_for_engine(self) -> dict | None:
        if not self.report_period.data:
            return None
        return {"period": self.report_period.data, "day": self.report_day.data,
                "month": int(self.report_month.data) if self.report_month.data else None}

    def data_for_engine(self) -> dict:
        if self.file.data:
            return {"decision": "file", "directive": self.directive.data or ""}
        return {"lead": self.lead.data, "co": self.co.data or [], "info": self.info.data or [],
                "deadline": self.deadline.iso, "directive": self.directive.data or "",
                "recurring_report": self.duty_for_engine()}


class DelegateForm(BaseForm):
    """The head gives the work to an officer (or keeps it), or returns the assignment."""

    assignee = SelectField(_l("Handling officer"), default="")
    deadline = DateField(_l("Deadline"), validators=[Optional()])
    note = TextAreaField(_l("Instructions"), validators=[Length(max=LONG)], render_kw={"rows": 3})
    reason = TextAreaField(_l("Reason for returning"), validators=[Length(max=LONG)], render_kw={"rows": 2})
    submit = SubmitField(_l("Assign"))
    send_back = SubmitField(_l("Return to the leader"))

    def __init__(self, people: list[tuple[str, str]], *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.assignee.choices = options(_blank(_l("— Choose the officer —")) + people)

    def validate_assignee(self, field) -> None:
        if not self.send_back.data and not field.data:
            raise ValidationError(_l("Choose who handles it."))

    def validate_reason(self, field) -> None:
        if self.send_back.data and not (field.data or "").strip():
            raise ValidationError(_l("Say why the document is not for your department."))

    def data_for_engine(self) -> dict:
        if self.send_back.data:
            return {"decision": "return", "reason": self.reason.data}
        return {"assignee": self.assignee.data, "deadline": self.deadline.iso, "note": self.note.data or ""}


class _WithFiles(BaseForm):
    """A step that may carry files (``files``): the ones actually chosen."""

    def chosen_files(self) -> list:
        return [f for f in self.files.data or [] if getattr(f, "filename", "")]


class ProposeForm(_WithFiles):
    """The officer's proposal (ý kiến đề xuất) or draft reply."""

    proposal = TextAreaField(_l("Proposal"), validators=[DataRequired(_l("Write your proposal.")),
                                                         Length(max=LONG)], render_kw={"rows": 6})
    files = MultipleFileField(_l("Attached files (draft reply, annexes)"), render_kw={"accept": ACCEPT})
    submit = SubmitField(_l("Submit for review"))

    def data_for_engine(self) -> dict:
        return {"proposal": self.proposal.data}


class DecisionForm(BaseForm):
    """The head's review or the leader's approval: approve, or return with a comment."""

    comment = TextAreaField(_l("Comment"), validators=[Length(max=LONG)], render_kw={"rows": 3})
    approve = SubmitField(_l("Approve"))
    send_back = SubmitField(_l("Return"))

    def validate_comment(self, field) -> None:
        if self.send_back.data and not (field.data or "").strip():
            raise ValidationError(_l("Say what must be changed."))

    def data_for_engine(self) -> dict:
        return {"decision": "return" if self.send_back.data else "approve", "comment": self.comment.data or ""}


class ApproveForm(DecisionForm):
    """The leader's approval, which may name the reply that answers the letter."""

    reply_number = StringField(_l("Number and code of the reply"), validators=[Optional(), Length(max=64)],
                               render_kw={"placeholder": _l("e.g. 620/SYT-NVY"), "maxlength": 64})

    def data_for_engine(self) -> dict:
        data = super().data_for_engine()
        if not self.send_back.data and (self.reply_number.data or "").strip():
            data["reply_number"] = self.reply_number.data
        return data


class ReportForm(_WithFiles):
    """The lead department's report for one period of a recurring report duty (báo cáo định kỳ)."""

    report = TextAreaField(_l("Report"), validators=[DataRequired(_l("Write the report.")), Length(max=LONG)],
                           render_kw={"rows": 6})
    files = MultipleFileField(_l("Attached files (the report, annexes)"), render_kw={"accept": ACCEPT})
    submit = SubmitField(_l("Submit the report"))

    def data_for_engine(self) -> dict:
        return {"report": self.report.data}


STEP_FORMS = {"assign": AssignForm, "delegate": DelegateForm, "propose": ProposeForm,
              "review": DecisionForm, "approve": ApproveForm, "extension": ExtensionDecisionForm,
              "report": ReportForm}
