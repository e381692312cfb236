"""The user's notifications, newest first, and marking them read."""
from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from engine.services import inbox, notifications

from ..context import uow
from . import bp


@bp.get("/notifications")
@login_required
def notifications_page():
    return render_template("notifications.html",
                           items=inbox.notifications_with_documents(uow(), current_user))


@bp.post("/notifications/read")
@login_required
def notifications_read():
    work = uow()
    notifications.mark_read(work, current_user)
    work.commit()
    flash(_("All notifications are marked as read."), "success")
    return redirect(url_for("ui.notifications_page"))
