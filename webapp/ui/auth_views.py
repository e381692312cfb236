"""Log in, log out, choose the language, and the home page each role starts from."""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user
from flask_wtf.csrf import CSRFError

from engine.services import users
from forms.auth import LoginForm

from ..context import uow
from . import bp
from .helpers import is_safe_path

HANDLING_ROLES = {"leader", "head", "staff"}


def home_url() -> str:
    """Where a user starts: the inbox for those who handle; the register for clerks and auditors."""
    roles = current_user.roles
    if roles & HANDLING_ROLES:
        return url_for("ui.inbox")
    if "auditor" in roles:
        return url_for("ui.audit")
    return url_for("ui.documents")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(home_url())
    form = LoginForm()
    error = None
    if form.validate_on_submit():
        user = users.authenticate(uow(), form.username.data.strip(), form.password.data)
        if user is not None:
            login_user(user)
            target = request.args.get("next")
            return redirect(target if is_safe_path(target) else home_url())
        error = _("Wrong user name or password.")
    return render_template("login.html", form=form, error=error), 200 if error is None else 401


@bp.post("/logout")
@login_required
def logout():
    from .register_views import discard_session_letters

    discard_session_letters()
    logout_user()
    return redirect(url_for("ui.login"))


@bp.get("/")
@login_required
def index():
    return redirect(home_url())


@bp.post("/lang/<code>")
def set_language(code: str):
    if code in ("vi", "en"):
        session["lang"] = code
    return redirect(_same_site_referrer() or url_for("ui.index"))


def _same_site_referrer() -> str | None:
    back = urlsplit(request.referrer or "")
    if back.netloc == request.host and is_safe_path(back.path):
        return back.path + (f"?{back.query}" if back.query else "")
    return None


@bp.app_errorhandler(CSRFError)
def csrf_failed(_exc):
    """An expired or missing form token (page left open too long): ask again instead of a 400 page."""
    if request.path.startswith("/api/"):
        return {"error": "CSRF"}, 400
    flash(_("Your session has expired or the form was out of date. Please try again."), "warning")
    return redirect(_same_site_referrer() or url_for("ui.index"))
