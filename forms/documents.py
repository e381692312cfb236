"""Registering an incoming document, and the search and filter bars of the lists."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf.file import MultipleFileField
from wtforms import BooleanField, HiddenField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from .attachments import ACCEPT
from .base import BaseForm, DateField, options
from .vocabulary import CONFIDENTIALITY, DOC_TYPES, LANGUAGES, REGISTERS, STATUS, URGENCY


def _required():
    return DataRequired(_l("This field is required."))


def _date_required():
    """Keeps the date field's own "invalid date" message when something was typed."""
    return InputRequired(_l("This field is required."))


class RegisterForm(BaseForm):
    """The incoming register's row and the electronic record (api.md ``POST /documents``)."""

    issuer = StringField(_l("Issuing body"), validators=[_required(), Length(max=255)],
                         render_kw={"placeholder": _l("e.g. Sở Y tế tỉnh Kiên Giang")})
    number = StringField(_l("Number and code"), validators=[_required(), Length(max=64)],
                         render_kw={"placeholder": _l("e.g. 620/SYT-NVY")})
    issued_date = DateField(_l("Document date"), validators=[_date_required()])
    doc_type = SelectField(_l("Document type"), choices=options(DOC_TYPES.items()))
    subject = TextAreaField(_l("Summary (subject)"), validators=[_required(), Length(max=500)],
                            render_kw={"rows": 3, "maxlength": 500})
    issuer_parent = StringField(_l("Parent body"), validators=[Optional(), Length(max=255)],
                                render_kw={"placeholder": _l("e.g. UBND tỉnh Kiên Giang")})
    signer = StringField(_l("Signer"), validators=[Optional(), Length(max=255)],
                         render_kw={"placeholder": _l("e.g. Nguyễn Văn A")})
    signer_title = StringField(_l("Signer's position"), validators=[Optional(), Length(max=255)],
                               render_kw={"placeholder": _l("e.g. Phó Giám đốc")})
    signing_authority = StringField(_l("Signing authority"), validators=[Optional(), Length(max=255)],
                                    render_kw={"placeholder": _l("e.g. KT. Giám đốc")})
    recipients = TextAreaField(_l("Recipients"), validators=[Optional(), Length(max=10000)],
                               render_kw={"rows": 3, "placeholder": _l("One per line, as after \"Kính gửi:\"")})
    page_count = IntegerField(_l("Page count"), validators=[Optional(), NumberRange(min=1, max=100000)],
                              render_kw={"inputmode": "numeric", "min": 1})
    language = SelectField(_l("Language"), choices=options(LANGUAGES.items()), default="vi")
    notes = TextAreaField(_l("Notes"), validators=[Optional(), Length(max=2000)], render_kw={"rows": 2})
    register = SelectField(_l("Register book"), default="",
                           choices=options([("", _l("By confidentiality (automatic)"))] + list(REGISTERS.items())))
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
        data = {name: self[name].data for name in (
            "issuer", "issuer_parent", "number", "doc_type", "subject", "signer", "signer_title",
            "signing_authority", "urgency", "confidentiality", "page_count", "language", "notes", "register")}
        data["recipients"] = [line.strip() for line in (self.recipients.data or "").splitlines() if line.strip()]
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
