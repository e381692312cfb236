"""Extensions (gia hạn) in the API: ask for more time on a task, list and decide requests."""
from __future__ import annotations

from flask import g, jsonify, request

from engine.services import extensions

from ..context import uow
from . import bp
from .routes import MAX_ID


def _body() -> dict:
    body = request.get_json(silent=True)
    return body if isinstance(body, dict) else {}  # not an object: the fields are missing (422, after 404/403/409)


def extension_json(item) -> dict:
    return {
        "id": item.id, "task_id": item.task_id, "document_id": item.document_id, "step": item.task.step,
        "scope": item.scope, "state": item.state, "reason": item.reason,
        "requested_by": item.requested_by.username, "requested_at": item.requested_at.isoformat(),
        "current_due": item.current_due.isoformat() if item.current_due else None,
        "requested_due": item.requested_due.isoformat(),
        "decided_by": item.decided_by.username if item.decided_by else None,
        "decided_at": item.decided_at.isoformat() if item.decided_at else None,
        "granted_due": item.granted_due.isoformat() if item.granted_due else None,
        "comment": item.comment,
    }


@bp.post(f"/tasks/<int(max={MAX_ID}):task_id>/extension")
def request_extension(task_id: int):
    work = uow()
    item = extensions.request_extension(work, g.api_user, task_id, _body())
    work.commit()
    return jsonify(extension_json(item)), 201


@bp.get("/extensions")
def pending_extensions():
    return jsonify({"extensions": [extension_json(e) for e in extensions.pending_to_decide(uow(), g.api_user)]})


@bp.post(f"/extensions/<int(max={MAX_ID}):request_id>/decide")
def decide_extension(request_id: int):
    work = uow()
    item = extensions.decide_extension(work, g.api_user, request_id, _body())
    work.commit()
    return jsonify(extension_json(item))
