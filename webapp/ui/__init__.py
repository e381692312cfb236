"""The web UI for people: log-in, inbox, documents, step forms, registers, diagrams."""
from flask import Blueprint

bp = Blueprint("ui", __name__)

from . import (audit_views, auth_views, diagram_views, document_views, extension_views, filters,  # noqa: E402,F401
               inbox_views, interchange_views, notification_views, register_views, rerouting_views, task_views)
