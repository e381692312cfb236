"""Thin API views: parse, call one service, answer JSON. Errors are mapped in webapp/errors.py."""
from __future__ import annotations

from flask import abort, g, jsonify, request

from engine.errors import Forbidden, ValidationFailed
from engine.services import (attachments, documents, extensions, notifications, preferences, report_duties, rerouting,
                             standins, tasks, users)

from ..auth import bearer_user, issue_token
from ..context import docroute, uow
from ..files import stage_all
from ..uploads import read_upload
from . import bp
from .multipart import is_multipart, multipart_data, uploads
from .serializers import document_json, event_json, notification_json, standin_json, task_json

PUBLIC = {"api.token"}
MAX_ID = 2**31 - 1  # ids are 32-bit on PostgreSQL: a larger one is no such row (404), not a database error


@bp.before_request
def require_token():
    if request.endpoint in PUBLIC:
        return None
    g.api_user = bearer_user()
    if g.api_user is None:
        return jsonify({"error": "Cần đăng nhập (Authorization: Bearer TOKEN)."}), 401
    return None


def _json_body() -> dict:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ValidationFailed({"body": ["Nội dung yêu cầu phải là một đối tượng JSON."]})
    return body


@bp.post("/auth/token")
def token():
    body = request.get_json(silent=True) or {}
    username, password = body.get("username"), body.get("password")
    if not isinstance(username, str) or not isinstance(password, str):
        return jsonify({"error": "Sai tên đăng nhập hoặc mật khẩu."}), 401
    user = users.authenticate(uow(), username, password)
    if user is None:
        return jsonify({"error": "Sai tên đăng nhập hoặc mật khẩu."}), 401
    return jsonify({"token": issue_token(user), "username": user.username, "roles": sorted(user.roles)})


@bp.post("/documents")
def register():
    """JSON as api.md says; or multipart: the same fields as form fields or one JSON ``metadata``
    part, and the files as ``files`` parts (staged and read before the transaction starts)."""
    files = []
    if is_multipart():
        if not g.api_user.has_role("clerk"):
            raise Forbidden("Chỉ văn thư được đăng ký văn bản đến.")
        data = multipart_data("metadata")
        files = stage_all(uploads())
    else:
        data = _json_body()
    work = uow()
    document = documents.register_document(work, g.api_user, data, files)
    work.commit()
    return jsonify(document_json(document, attachments=attachments.attachments_of(work, document.id))), 201


@bp.post("/documents/extract")
def extract():
    """Read the fields off an uploaded letter (multipart ``file``), as ``docroute extract`` does."""
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        raise ValidationFailed({"file": ["Cần gửi tệp văn bản (trường file)."]})
    return jsonify(read_upload(upload))


@bp.get("/documents")
def list_documents():
    limit = request.args.get("limit", 100, type=int) or 100
    limit = min(limit, 500) if limit > 0 else 100
    offset = max(0, min(request.args.get("offset", 0, type=int) or 0, MAX_ID))
    found = documents.list_documents(uow(), g.api_user, q=request.args.get("q"),
                                     status=request.args.get("status") or None, limit=limit, offset=offset)
    return jsonify({"documents": [document_json(d) for d in found]})


@bp.get(f"/documents/<int(max={MAX_ID}):document_id>")
def get_document(document_id: int):
    work = uow()
    document = documents.get_visible(work, g.api_user, document_id)
    return jsonify(document_json(document, tasks=documents.open_tasks_of(work, document_id),
                                 today=work.clock.today(),
                                 attachments=attachments.attachments_of(work, document_id),
                                 report_duty=report_duties.duty_of(work, document_id)))


@bp.get(f"/documents/<int(max={MAX_ID}):document_id>/history")
def history(document_id: int):
    events = documents.document_history(uow(), g.api_user, document_id)
    return jsonify({"events": [event_json(e) for e in events]})


@bp.get("/tasks")
def my_tasks():
    work = uow()
    today = work.clock.today()
    rows = tasks.open_tasks(work, g.api_user)
    asked = extensions.for_decision_tasks(work, [t.id for t, _doc in rows if t.step == extensions.STEP])
    return jsonify({"tasks": [task_json(t, today, asked.get(t.id)) for t, _doc in rows]})


@bp.post(f"/tasks/<int(max={MAX_ID}):task_id>/complete")
def complete(task_id: int):
    files = []
    if is_multipart():  # a proposal with files: JSON ``data`` part or form fields, and ``files``
        with docroute().unit_of_work() as check:
            tasks.task_for_completion(check, g.api_user, task_id)  # 404/403/409 before reading files
        body = multipart_data("data")
        files = stage_all(uploads())
    else:
        body = request.get_json(silent=True)
    work = uow()
    if not isinstance(body, dict):
        tasks.task_for_completion(work, g.api_user, task_id)  # 404/403/409 come before 422
        _json_body()
    document = tasks.complete_task(work, g.api_user, task_id, body, files)
    work.commit()
    return jsonify({"document_id": document.id, "status": document.status})


@bp.post(f"/documents/<int(max={MAX_ID}):document_id>/recall")
def recall(document_id: int):
    """A leader recalls a letter in progress (thu hồi): open tasks cancelled, back to ``assign``."""
    work = uow()
    document = rerouting.recall_document(work, g.api_user, document_id, request.get_json(silent=True))
    work.commit()
    return jsonify({"document_id": document.id, "status": document.status})


@bp.post(f"/tasks/<int(max={MAX_ID}):task_id>/redelegate")
def redelegate(task_id: int):
    """A head gives an open proposal to another officer of the department (giao lại)."""
    work = uow()
    task = rerouting.redelegate_task(work, g.api_user, task_id, request.get_json(silent=True))
    work.commit()
    return jsonify({"document_id": task.document_id, "task": task_json(task, work.clock.today())})


@bp.get("/standins")
def list_standins():
    work = uow()
    found = standins.list_stand_ins(work, g.api_user, include_past=request.args.get("all") in ("1", "true"))
    return jsonify({"standins": [standin_json(p, work.clock.today()) for p in found]})


@bp.post("/standins")
def name_standin():
    work = uow()
    period = standins.name_stand_in(work, g.api_user, request.get_json(silent=True))
    work.commit()
    return jsonify(standin_json(period, work.clock.today())), 201


@bp.delete(f"/standins/<int(max={MAX_ID}):standin_id>")
def cancel_standin(standin_id: int):
    work = uow()
    period = standins.cancel_stand_in(work, g.api_user, standin_id)
    work.commit()
    return jsonify(standin_json(period, work.clock.today()))


@bp.get("/notifications")
def my_notifications():
    found = notifications.list_notifications(uow(), g.api_user,
                                             unread_only=request.args.get("unread") in ("1", "true"))
    return jsonify({"notifications": [notification_json(n) for n in found]})


@bp.post("/notifications/read")
def read_notifications():
    body = request.get_json(silent=True) or {}
    ids = body.get("ids")
    if ids is not None and (not isinstance(ids, list) or not all(
            isinstance(i, int) and not isinstance(i, bool) and 0 < i <= MAX_ID for i in ids)):
        raise ValidationFailed({"ids": ["Phải là danh sách số."]})
    work = uow()
    notifications.mark_read(work, g.api_user, ids)
    work.commit()
    return jsonify({"ok": True})


@bp.get("/departments")
def list_departments():
    return jsonify({"departments": [{"code": d.code, "name": d.name} for d in users.departments(uow())]})


@bp.get("/me")
def me():
    user = g.api_user
    return jsonify({"username": user.username, "full_name": user.full_name, "roles": sorted(user.roles),
                    "department": user.department.code if user.department else None})


@bp.get("/me/preferences")
def my_preferences():
    return jsonify(preferences.preferences(uow(), g.api_user))


@bp.put("/me/preferences")
def change_preferences():
    work = uow()
    changed = preferences.update_preferences(work, g.api_user, _json_body())
    work.commit()
    return jsonify(changed)


@bp.route("/<path:_anything>", methods=["GET", "POST", "PUT", "DELETE", "PATCH"])
def unknown(_anything):
    abort(404)
