"""Registering an incoming document, and the search and filter bars of the lists."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf.file import MultipleFileField
from wtforms import BooleanField, HiddenField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, Optional

from .attachments import ACCEPT
from .base import BaseForm, DateField, options
from .vocabulary import CONFIDENTIALITY, DOC_TYPES, STATUS, URGENCY


def _required():
    return DataRequired(_l("This field is required."))


def _date_required():
    """Keeps the date field's own "invalid date" message when something was typed."""
    return InputRequired(_l("This field is required."))


class RegisterForm(BaseForm):
    """The incoming register's row (api.md ``POST /documents``)."""

    issuer = StringField(_l("Issuing body"), validators=[_required(), Length(max=255)],
                         render_kw={"placeholder": _l("e.g. Sở Y tế tỉnh Kiên Giang")})
    number = StringField(_l("Number and code"), validators=[_required(), Length(max=64)],
                         render_kw={"placeholder": _l("e.g. 620/SYT-NVY")})
    issued_date = DateField(_l("Document date"), validators=[_date_required()])
    doc_type = SelectField(_l("Document type"), choices=options(DOC_TYPES.items()))
    subject = TextAreaField(_l("Summary (subject)"), validators=[_required(), Length(max=500)],
                            render_kw={"rows": 3, "maxlength": 500})
    signer = StringField(_l("Signer"), validators=[Optional(), Length(max=255)])
    urgency = SelectField(_l("Urgency"), choices=options(URGENCY.items()), default="normal")
    confidentiality = SelectField(_l("Confidentiality"), choices=options(CONFIDENTIALITY.items()),
                                  default="normal")
    received_date = DateField(_l("Arrival date"), validators=[_date_required()])
    due_date = DateField(_l("Deadline for handling"), validators=[Optional()])

    # Attachments: files chosen on the form, and the letter uploaded to be read (a pending upload).
    files = MultipleFileField(_l("Attachments"), render_kw={"accept": ACCEPT})
    upload = HiddenField()

    def chosen_files(self) -> list:
        return [f for f in self.files.data or [] if getattr(f, "filename", "")]

    def data_for_engine(self) -> dict:
        data = {name: self[name].data for name in ("issuer", "number", "doc_type", "subject", "signer",
                                                    "urgency", "confidentiality")}
        for name in ("issued_date", "received_date", "due_date"):
            data[name] = self[name].iso
        return data


class _GetForm(BaseForm):
    """Filter bars: read from the query string, no CSRF token (they change nothing)."""

    class Meta(BaseForm.Meta):
        csrf = False


class SearchForm(_GetForm):
    q = StringField(_l("Search"), render_kw={"placeholder": _l("Number, subject, issuer or attachment text…")})
    status = SelectField(_l("Status"), choices=options([("", _l("All statuses"))] + list(STATUS.items())),
                         validate_choice=False)


class AuditFilterForm(SearchForm):
    year = SelectField(_l("Year"), validate_choice=False)
    department = SelectField(_l("Department"), validate_choice=False)
    overdue = BooleanField(_l("Overdue only"))

    def __init__(self, years: list[int], departments: list[tuple[str, str]], *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.year.choices = options([("", _l("All years"))] + [(str(y), str(y)) for y in years])
        self.department.choices = options([("", _l("All departments"))] + departments)
