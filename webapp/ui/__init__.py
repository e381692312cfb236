"""The web UI for people: log-in, inbox, documents, step forms, registers, diagrams."""
from flask import Blueprint

bp = Blueprint("ui", __name__)

from . import (account_views, attachment_views, audit_views, auth_views, diagram_views, document_views,  # noqa: E402,F401
               extension_views, filters, inbox_views, interchange_views, notification_views, register_book_views,
               register_views, report_duty_views, rerouting_views, task_views)
