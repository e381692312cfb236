"""Who is calling: the browser session (flask-login) or an API bearer token."""
from __future__ import annotations

from flask import current_app, request
from itsdangerous import BadSignature, URLSafeTimedSerializer

from engine.services import users

from .context import docroute
from .extensions import login_manager

TOKEN_MAX_AGE = 12 * 3600


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="docroute-api-token")


def issue_token(user) -> str:
    return _serializer().dumps({"u": user.id, "p": user.password_hash[-12:]})


def user_from_token(token: str):
    try:
        data = _serializer().loads(token, max_age=TOKEN_MAX_AGE)
    except BadSignature:
        return None
    user = _load_user(data.get("u"))
    if user is None or not user.active or user.password_hash[-12:] != data.get("p"):
        return None
    return user


def _load_user(user_id):
    """The caller, read in its own short transaction (roles and department loaded).

    Kept out of the request's unit of work so that a writing request takes SQLite's write turn
    only for the service call, not while authenticating.
    """
    if not isinstance(user_id, int):
        return None
    with docroute().unit_of_work() as work:
        user = users.get_user(work, user_id)
        work.session.expunge_all()  # detached with its department and roles loaded, not expired
        return user


@login_manager.user_loader
def load_user(user_id: str):
    user = _load_user(int(user_id)) if user_id.isdigit() else None
    return user if user is not None and user.active else None


def bearer_user():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        return None
    return user_from_token(header[7:].strip())
