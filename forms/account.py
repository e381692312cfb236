"""A user's own preferences: the e-mail address and whether notifications are also e-mailed."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, EmailField
from wtforms.validators import Length, Optional

from .base import BaseForm


class PreferencesForm(BaseForm):
    email = EmailField(_l("E-mail address"), validators=[Optional(), Length(max=254)],
                       render_kw={"autocomplete": "email", "placeholder": "ten@coquan.gov.vn"})
    email_notifications = BooleanField(_l("Also send my notifications by e-mail"))

    def data_for_engine(self) -> dict:
        return {"email": (self.email.data or "").strip() or None,
                "email_notifications": bool(self.email_notifications.data)}
