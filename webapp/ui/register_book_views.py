"""The registers as pages (clerk, leader, auditor), with filters, paging and CSV / PDF exports."""
from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user

from engine.errors import ValidationFailed
from engine.services import registers
from forms.registers import RegisterFilterForm

from .. import register_books as books
from ..context import uow
from . import bp
from .helpers import apply_engine_errors, roles_required

PAGE_SIZE = 50
KINDS = {"incoming": "incoming", "follow-up": "follow_up"}


@bp.get("/registers/<any(incoming, 'follow-up'):kind>")
@roles_required("clerk", "leader", "auditor")
def register_book(kind: str):
    work = uow()
    kind = KINDS[kind]
    form = RegisterFilterForm(registers.register_years(work), work.clock.today().year, request.args)
    form.validate()
    flt = None
    if not any(f.errors for f in form):
        try:
            flt = registers.check_filter(work, form.data_for_engine())
        except ValidationFailed as exc:
            apply_engine_errors(form, exc.errors, {"from": "date_from", "to": "date_to"})
    fmt = request.args.get("format")
    if flt is not None and fmt == "csv":
        return books.csv_response(kind, flt, registers.iter_register(work, current_user, flt))
    if flt is not None and fmt == "pdf":
        if registers.count_rows(work, current_user, flt) > books.PDF_MAX_ROWS:
            flash(books.pdf_too_long(), "warning")  # the page again, saying what to do instead
            return redirect(url_for("ui.register_book", kind=kind.replace("_", "-"), **books.without_format(request.args)))
        return books.pdf_response(work, current_user, kind, flt)
    page = max(request.args.get("page", 1, type=int) or 1, 1)
    rows = [] if flt is None else registers.register_page(
        work, current_user, flt, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    return render_template("register_book.html", kind=kind, form=form, flt=flt, rows=rows[:PAGE_SIZE],
                           page=page, has_next=len(rows) > PAGE_SIZE, columns=books.COLUMNS[kind],
                           title=books.TITLES[kind], caption=books.filter_caption(flt) if flt else "",
                           today=work.clock.today(), pdf_max=books.PDF_MAX_ROWS,
                           pdf_too_long=flt is not None and registers.count_rows(work, current_user, flt) > books.PDF_MAX_ROWS)


@bp.app_template_filter("reject_page")
def reject_page(args: dict) -> dict:
    """The query string's filters without the page number or export format (for links to page 1)."""
    return books.without_format(args)
