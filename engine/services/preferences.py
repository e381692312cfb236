"""A user's own settings: the e-mail address notifications go to, and whether to get them by e-mail."""
from __future__ import annotations

import re

from ..persistence.models import User
from ..persistence.uow import UnitOfWork
from .validation import Errors

# Deliberately plain: one @, a dotted domain, no spaces; ASCII (what every SMTP server takes).
EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                   r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
BAD_EMAIL = "Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@coquan.gov.vn)."


def check_email(errors: Errors, field: str, value) -> str | None:
    """A valid address (trimmed), or None for none; a bad value adds an error under ``field``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        errors.add(field, "Phải là chuỗi ký tự.")
        return None
    value = value.strip()
    if len(value) > 254 or not EMAIL.match(value):
        errors.add(field, BAD_EMAIL)
        return None
    return value


def preferences(uow: UnitOfWork, user: User) -> dict:
    """What the preferences page and ``GET /api/v1/me/preferences`` show."""
    return {"email": user.email, "email_notifications": user.email_notifications,
            "mail_enabled": uow.settings.mail is not None}


def update_preferences(uow: UnitOfWork, user: User, data) -> dict:
    """Change the given keys (``email``, ``email_notifications``); nothing when one is bad."""
    errors = Errors()
    if not isinstance(data, dict):
        errors.add("body", "Nội dung yêu cầu phải là một đối tượng JSON.")
        errors.raise_if_any()
    unknown = sorted(set(data) - {"email", "email_notifications"})
    for key in unknown:
        errors.add(key, "Không có thiết lập này.")
    changes = {}
    if "email" in data:
        changes["email"] = check_email(errors, "email", data["email"])
    if "email_notifications" in data:
        if isinstance(data["email_notifications"], bool):
            changes["email_notifications"] = data["email_notifications"]
        else:
            errors.add("email_notifications", "Phải là true hoặc false.")
    errors.raise_if_any()
    row = uow.session.get(User, user.id)   # the caller may come from another (read) session
    for key, value in changes.items():
        setattr(row, key, value)
        setattr(user, key, value)
    uow.session.flush()
    return preferences(uow, row)
