"""The web UI for people: log-in, inbox, documents, step forms, registers."""
from flask import Blueprint

bp = Blueprint("ui", __name__)

from . import auth_views  # noqa: E402,F401
