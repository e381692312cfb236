"""The user's account page: who they are, and whether their notifications are e-mailed."""
from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from engine.errors import ValidationFailed
from engine.services import preferences
from forms.account import PreferencesForm

from ..context import uow
from . import bp
from .helpers import apply_engine_errors


@bp.route("/account", methods=["GET", "POST"])
@login_required
def account():
    work = uow()
    form = PreferencesForm()
    if form.validate_on_submit():
        try:
            preferences.update_preferences(work, current_user, form.data_for_engine())
            work.commit()
        except ValidationFailed as exc:
            apply_engine_errors(form, exc.errors)
        else:
            flash(_("Your preferences were saved."), "success")
            return redirect(url_for("ui.account"))
    elif not form.is_submitted():
        form.email.data = current_user.email
        form.email_notifications.data = current_user.email_notifications
    return render_template("account.html", form=form, prefs=preferences.preferences(work, current_user))
