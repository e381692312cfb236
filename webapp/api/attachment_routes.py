"""Attachments through the API: list, add to a registered document, download."""
from __future__ import annotations

from flask import g, jsonify, request

from engine.services import attachments

from ..context import docroute, uow
from ..files import send_stored, stage_all
from . import bp
from .multipart import uploads
from .routes import MAX_ID
from .serializers import attachment_json

DOC = f"/documents/<int(max={MAX_ID}):document_id>/attachments"


@bp.get(DOC)
def list_attachments(document_id: int):
    found = attachments.visible_attachments(uow(), g.api_user, document_id)
    return jsonify({"attachments": [attachment_json(a) for a in found]})


@bp.post(DOC)
def add_attachments(document_id: int):
    """Multipart ``files``: 401, 404, 403 before the body is read; then 413 / 422 on the files."""
    with docroute().unit_of_work() as check:
        attachments.check_may_attach(check, g.api_user, document_id)
    files = stage_all(uploads())
    work = uow()
    added = attachments.add_attachments(work, g.api_user, document_id, files)
    work.commit()
    return jsonify({"attachments": [attachment_json(a) for a in added]}), 201


@bp.get(f"{DOC}/<int(max={MAX_ID}):attachment_id>")
def download_attachment(document_id: int, attachment_id: int):
    """The file; ``?inline=1`` shows a PDF in the browser instead of saving it."""
    attachment, path = attachments.file_for(uow(), g.api_user, document_id, attachment_id)
    return send_stored(attachment, path, inline=request.args.get("inline") in ("1", "true"))
