"""The two registers as tables with their legal columns (NĐ 30/2020), and their CSV, PDF and JSON forms.

Shared by the web pages and the API: the engine gives rows (engine/services/registers.py), this
module says what each column shows. CSV is UTF-8 with a BOM so that Excel reads Vietnamese; the PDF
is A4 landscape, made by WeasyPrint with the DejaVu fonts embedded.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from flask import Response, render_template, stream_with_context
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from engine.clock import AGENCY_TZ
from engine.errors import ValidationFailed
from engine.services import inbox, registers
from engine.services.registers import RegisterFilter, RegisterRow
from forms import vocabulary as words

# About 70 pages. WeasyPrint's time is linear in the rows, ~1.6 s of CPU per 100 (~17 s for 1,000) on this
# machine; chunks merged would cost the same. A larger PDF would hold a request (and a worker) too long. Above it the page says to narrow the
# filter or take the CSV, which streams any length.
PDF_MAX_ROWS = 1000


def _date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _incoming_no(row: RegisterRow) -> str:
    return str(row.document.incoming_number)


def _type_and_subject(row: RegisterRow) -> str:
    return f"{row.document.doc_type}: {row.document.subject}"


def _receiving(row: RegisterRow) -> str:
    """Departments named by the leader (lead first); before the direction, the agency's leadership."""
    doc = row.document
    if row.departments:
        return "; ".join(f"{name} ({words.DEPARTMENT_ROLE.get(role, role)})" for role, name in row.departments)
    if doc.status == "filed":
        return _("Filed, no handling needed.")
    return _("Agency leadership")


def _identity(row: RegisterRow) -> str:
    doc = row.document
    return _("%(type)s no. %(number)s dated %(date)s of %(issuer)s: %(subject)s", type=doc.doc_type,
             number=doc.number, date=_date(doc.issued_date), issuer=doc.issuer, subject=doc.subject)


def _handling(row: RegisterRow) -> str:
    lead = [name for role, name in row.departments if role in ("lead", "co")]
    officers = {dept: person for dept, person in row.handlers}
    parts = [f"{name} – {officers[name]}" if name in officers else name for name in lead]
    return "; ".join(parts) or _receiving(row)


def _progress(row: RegisterRow) -> str:
    doc = row.document
    status = str(words.STATUS.get(doc.status, doc.status))
    if doc.completed_at is not None:
        return f"{status} ({_date(_local(doc.completed_at))})"
    if row.open_steps:
        return f"{status}: " + ", ".join(str(words.STEP.get(s, s)) for s in row.open_steps)
    return status


@dataclass(frozen=True)
class Column:
    key: str
    title: object  # a lazy translated string
    value: Callable[[RegisterRow], str]
    width: str = ""  # relative width in the PDF (CSS)


INCOMING = [
    Column("received_date", _l("Arrival date"), lambda r: _date(r.document.received_date), "7%"),
    Column("incoming_number", _l("Incoming no."), _incoming_no, "5%"),
    Column("issuer", _l("Issuing body"), lambda r: r.document.issuer, "13%"),
    Column("number", _l("Number and code"), lambda r: r.document.number, "10%"),
    Column("issued_date", _l("Document date"), lambda r: _date(r.document.issued_date), "7%"),
    Column("type_and_subject", _l("Type and summary"), _type_and_subject, "25%"),
    Column("receiving", _l("Receiving unit or person"), _receiving, "13%"),
    Column("passed_on", _l("Date passed on"), lambda r: _date(r.passed_on), "7%"),
    Column("receipt", _l("Receipt (signature)"), lambda r: "", "6%"),
    Column("notes", _l("Notes"), lambda r: r.document.notes or "", "7%"),
]
FOLLOW_UP = [
    Column("incoming_number", _l("Incoming no."), _incoming_no, "5%"),
    Column("document", _l("Type, number and code, date, issuing body and summary"), _identity, "32%"),
    Column("handling", _l("Handling unit or person"), _handling, "17%"),
    Column("due_date", _l("Handling deadline"), lambda r: _date(r.document.due_date), "8%"),
    Column("progress", _l("Handling progress"), _progress, "15%"),
    Column("reply_number", _l("Number and code of the reply"), lambda r: r.document.reply_number or "", "10%"),
    Column("notes", _l("Notes"), lambda r: r.document.notes or "", "13%"),
]
COLUMNS = {"incoming": INCOMING, "follow_up": FOLLOW_UP}
TITLES = {"incoming": _l("Incoming register"), "follow_up": _l("Follow-up register of incoming documents")}
REGISTER_NAMES = {"general": _l("Ordinary documents"), "confidential": _l("Confidential documents")}


def filter_caption(flt: RegisterFilter) -> str:
    """"Year 2025 · from 01/03/2025 to 31/03/2025", as printed under the register's title."""
    parts = [str(REGISTER_NAMES.get(flt.register, flt.register))]
    if flt.year:
        parts.append(_("Year %(year)d", year=flt.year))
    if flt.date_from and flt.date_to:
        parts.append(_("from %(start)s to %(end)s", start=_date(flt.date_from), end=_date(flt.date_to)))
    elif flt.date_from:
        parts.append(_("from %(start)s", start=_date(flt.date_from)))
    elif flt.date_to:
        parts.append(_("until %(end)s", end=_date(flt.date_to)))
    return " · ".join(parts)


def file_name(kind: str, flt: RegisterFilter, ext: str) -> str:
    """An ASCII file name: so-van-ban-den_general_2025.csv."""
    stem = {"incoming": "so-van-ban-den", "follow_up": "so-theo-doi-giai-quyet"}[kind]
    scope = flt.year or "-".join(d.isoformat() for d in (flt.date_from, flt.date_to) if d) or "all"
    return f"{stem}_{flt.register}_{scope}.{ext}"


def csv_lines(kind: str, rows: Iterable[RegisterRow]) -> Iterator[str]:
    """The register as CSV text, line by line: a BOM, the header, one line per document."""
    columns = COLUMNS[kind]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def line(values) -> str:
        writer.writerow(values)
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    yield "\ufeff" + line([str(c.title) for c in columns])
    for row in rows:
        yield line([c.value(row) for c in columns])


def pdf_bytes(kind: str, flt: RegisterFilter, rows: list[RegisterRow], agency: str | None,
              printed_at: dt.datetime) -> bytes:
    """The register as an A4 landscape PDF (WeasyPrint; imported here, as it loads Pango)."""
    from weasyprint import HTML

    html = render_template("register_book_pdf.html", kind=kind, title=TITLES[kind], columns=COLUMNS[kind],
                           rows=rows, caption=filter_caption(flt), agency=agency, printed_at=printed_at)
    return HTML(string=html).write_pdf()


def row_json(kind: str, row: RegisterRow) -> dict:
    """A register row for the API: the document's fields plus the register's own columns."""
    doc = row.document
    body = {
        "document_id": doc.id, "register": doc.register, "year": doc.year,
        "incoming_number": doc.incoming_number, "received_date": _iso(doc.received_date),
        "issuer": doc.issuer, "number": doc.number, "issued_date": _iso(doc.issued_date),
        "doc_type": doc.doc_type, "subject": doc.subject, "urgency": doc.urgency,
        "confidentiality": doc.confidentiality, "notes": doc.notes,
        "departments": [{"role": role, "name": name} for role, name in row.departments],
    }
    if kind == "incoming":
        body["passed_on"] = _iso(row.passed_on)
    else:
        body.update(due_date=_iso(doc.due_date), status=doc.status, open_steps=row.open_steps,
                    completed_date=_iso(_local(doc.completed_at)) if doc.completed_at else None,
                    handlers=[{"department": d, "officer": p} for d, p in row.handlers],
                    reply_number=doc.reply_number)
    return body


def _local(moment: dt.datetime) -> dt.date:
    return moment.astimezone(AGENCY_TZ).date()


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def csv_response(kind: str, flt: RegisterFilter, rows: Iterable[RegisterRow]) -> Response:
    """The register streamed as a CSV download, whatever its length."""
    response = Response(stream_with_context(csv_lines(kind, rows)), mimetype="text/csv")
    response.headers["Content-Type"] = "text/csv; charset=utf-8"
    response.headers["Content-Disposition"] = f'attachment; filename="{file_name(kind, flt, "csv")}"'
    return response


def pdf_too_long() -> str:
    return _("Too many documents for one PDF (more than %(num)d): choose a shorter period, or export CSV, "
             "which has no limit.", num=PDF_MAX_ROWS)


def without_format(args) -> dict:
    """The query string's filters without the page number or export format."""
    return {k: v for k, v in args.items() if k not in ("page", "format", "kind")}


def pdf_response(work, user, kind: str, flt: RegisterFilter) -> Response:
    """The PDF; 422 (``format``) when the filter selects more rows than one PDF may hold."""
    rows = list(registers.iter_register(work, user, flt, limit=PDF_MAX_ROWS + 1))
    if len(rows) > PDF_MAX_ROWS:
        raise ValidationFailed({"format": [pdf_too_long()]})
    data = pdf_bytes(kind, flt, rows, inbox.agency_name(work), work.clock.now())
    response = Response(data, mimetype="application/pdf")
    response.headers["Content-Disposition"] = f'inline; filename="{file_name(kind, flt, "pdf")}"'
    return response
