"""The inbox (Việc cần xử lý): open tasks in three sections, most urgent first."""
from __future__ import annotations

from flask import render_template, request
from flask_login import current_user, login_required

from engine.services import inbox as inbox_service

from ..context import uow
from . import bp

TABS = ("pending", "soon", "overdue")


@bp.get("/inbox")
@login_required
def inbox():
    box = inbox_service.inbox(uow(), current_user)
    sections = {"pending": box.pending, "soon": box.due_soon, "overdue": box.overdue}
    tab = request.args.get("tab")
    if tab not in TABS:  # open on the first section that has something in it
        tab = next((t for t in TABS if sections[t]), "pending")
    return render_template("inbox.html", sections=sections, tab=tab, box=box, today=uow().clock.today(),
                           lead_days=uow().settings.reminder_working_days)
