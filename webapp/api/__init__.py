"""The JSON API (/api/v1), as api.md fixes it."""
from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")

from . import (attachment_routes, extension_routes, interchange_routes, register_routes,  # noqa: E402,F401
               report_duty_routes, routes)
