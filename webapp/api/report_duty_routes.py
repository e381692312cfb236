"""Recurring report duties in the API: a leader ends one (the duty is shown on the document)."""
from __future__ import annotations

from flask import g, jsonify, request

from engine.services import report_duties

from ..context import uow
from . import bp
from .routes import MAX_ID
from .serializers import report_duty_json


@bp.post(f"/documents/<int(max={MAX_ID}):document_id>/recurring-report/end")
def end_report_duty(document_id: int):
    """``{"reason"?}`` → 200 with the ended duty; 404, 403 (not a leader), 409 (already ended), 422."""
    raw = request.get_data()
    body = None  # no body: no reason given
    if raw.strip():
        body = request.get_json(silent=True, force=True)
        body = raw if body is None else body  # not JSON: a 422, once 404/403/409 are checked
    work = uow()
    duty = report_duties.end_duty(work, g.api_user, document_id, body)
    work.commit()
    return jsonify(report_duty_json(duty))
