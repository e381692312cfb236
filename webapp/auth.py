"""Who is calling: the browser session (flask-login) or an API bearer token."""
from __future__ import annotations

from flask import current_app, request
from itsdangerous import BadSignature, URLSafeTimedSerializer

from engine.services import users

from .context import uow
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
    user = users.get_user(uow(), data.get("u"))
    if user is None or not user.active or user.password_hash[-12:] != data.get("p"):
        return None
    return user


@login_manager.user_loader
def load_user(user_id: str):
    user = users.get_user(uow(), int(user_id))
    return user if user is not None and user.active else None


def bearer_user():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        return None
    return user_from_token(header[7:].strip())
