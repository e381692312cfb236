"""Log in, log out, choose the language."""
from __future__ import annotations

from flask import redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired
from flask_wtf import FlaskForm

from engine.services import users

from ..context import uow
from . import bp


class LoginForm(FlaskForm):
    username = StringField("username", validators=[DataRequired()])
    password = PasswordField("password", validators=[DataRequired()])


@bp.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    error = None
    if form.validate_on_submit():
        user = users.authenticate(uow(), form.username.data, form.password.data)
        if user is not None:
            login_user(user)
            return redirect(url_for("ui.index"))
        error = "Sai tên đăng nhập hoặc mật khẩu."
    return render_template("login.html", form=form, error=error)


@bp.post("/logout")
@login_required
def logout():
    logout_user()
    return redirect(url_for("ui.login"))


@bp.get("/")
@login_required
def index():
    return render_template("error.html", code=200, message=f"Xin chào {current_user.full_name}")


@bp.post("/lang/<code>")
def set_language(code: str):
    if code in ("vi", "en"):
        session["lang"] = code
    return redirect(request.referrer or url_for("ui.index"))
