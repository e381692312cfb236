"""Logging in."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired

from .base import BaseForm


class LoginForm(BaseForm):
    username = StringField(_l("User name"), validators=[DataRequired(_l("Enter your user name."))],
                           render_kw={"autocomplete": "username", "autofocus": True})
    password = PasswordField(_l("Password"), validators=[DataRequired(_l("Enter your password."))],
                             render_kw={"autocomplete": "current-password"})
