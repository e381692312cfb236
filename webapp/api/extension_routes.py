"""Extensions (gia hạn) in the API: ask for more time on a task, list and decide requests.

Thin wrappers over the BPMN path: asking sends the message that opens the decider's task
"Quyết định gia hạn"; deciding completes that task (as ``POST /tasks/ID/complete`` would)."""
from __future__ import annotations

from flask import g, jsonify, request

from engine.services import extensions

from ..context import uow
from . import bp
from .routes import MAX_ID
from .serializers import extension_json


def _body() -> dict:
    body = request.get_json(silent=True)
    return body if isinstance(body, dict) else {}  # not an object: the fields are missing (422, after 404/403/409)


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
