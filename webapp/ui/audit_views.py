"""The auditor's register: every document with filters, deadlines kept or missed, and its history."""
from __future__ import annotations

from flask import render_template, request
from flask_login import current_user

from engine.services import inbox, users
from forms.documents import AuditFilterForm

from ..context import uow
from . import bp
from .helpers import roles_required

PAGE_SIZE = 100


@bp.get("/audit")
@roles_required("auditor", "admin")
def audit():
    work = uow()
    departments = users.departments(work)
    form = AuditFilterForm(inbox.document_years(work), [(d.code, d.name) for d in departments],
                           request.args)
    page = max(request.args.get("page", 1, type=int) or 1, 1)
    year = form.year.data
    rows = inbox.audit_register(
        work, current_user, q=form.q.data or None, year=int(year) if year and year.isdigit() else None,
        status=form.status.data or None, department=form.department.data or None,
        overdue=bool(form.overdue.data), limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    return render_template("audit.html", form=form, rows=rows[:PAGE_SIZE], page=page,
                           has_next=len(rows) > PAGE_SIZE, today=work.clock.today())

