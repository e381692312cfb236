"""Small helpers shared by the views: role checks, engine field errors onto forms, safe redirects."""
from __future__ import annotations

from functools import wraps
from urllib.parse import urlsplit

from flask import abort
from flask_login import current_user, login_required


def roles_required(*roles: str):
    """The view needs a logged-in user holding one of ``roles`` (403 page otherwise)."""
    def decorator(view):
        @wraps(view)
        @login_required
        def wrapper(*args, **kwargs):
            if not current_user.roles & set(roles):
                abort(403)
            return view(*args, **kwargs)
        return wrapper
    return decorator


def apply_engine_errors(form, errors: dict[str, list[str]], aliases: dict[str, str] | None = None) -> None:
    """Show the engine's ValidationFailed messages under the matching form fields.

    Keys that match no field (``decision``, ``body``…) become form-level errors.
    """
    aliases = aliases or {}
    for key, messages in errors.items():
        name = aliases.get(key, key)
        field = form._fields.get(name)
        if field is not None:
            field.errors = list(field.errors) + list(messages)
        else:
            form.form_errors.extend(messages)


def is_safe_path(target: str | None) -> bool:
    """Only local paths (``/inbox``), never another site, for ``next`` and referrer redirects."""
    if not target:
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//")
