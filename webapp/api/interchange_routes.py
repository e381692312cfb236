"""The national interchange in the API: import or refuse an edXML package, read the status outbox."""
from __future__ import annotations

from flask import Response, g, jsonify, request

from engine.services.interchange import outbox, payloads, receive

from ..context import uow
from ..files import max_upload_bytes, send_stored, store
from . import bp
from .routes import MAX_ID
from .serializers import document_json


def _upload() -> bytes:
    """The multipart ``file``'s bytes (empty when none was sent: the service says which field is missing)."""
    upload = request.files.get("file")
    return upload.read() if upload is not None else b""


@bp.post("/interchange/edxml")
def import_edxml():
    """Register the document an edXML package carries, or revoke / update / replace the earlier one.
    The package is read and its files staged (their text read) before the transaction starts."""
    receive.check_clerk(g.api_user)
    with receive.arriving(store(), _upload(), max_bytes=max_upload_bytes()) as arrival:
        work = uow()
        result = receive.import_package(work, g.api_user, arrival)
        work.commit()
    body = {"action": result.action, "document": document_json(result.document),
            "package": package_json(result.package, payloads.files_of(work, [result.package.id])),
            "warnings": result.warnings,
            "closed": [document_json(d) for d in result.closed],
            "statuses": [status_json(s) for s in reversed(outbox.list_statuses(work, package_id=result.package.id))]}
    return jsonify(body), 201 if result.action in ("registered", "replaced") else 200


@bp.post("/interchange/edxml/refuse")
def refuse_edxml():
    """Refuse a package with a reason (status 02 to its sender); nothing is registered."""
    work = uow()
    reason = request.form.get("reason")
    package = receive.refuse_package(work, g.api_user, _upload(), reason)
    work.commit()
    return jsonify({"package": package_json(package, {}),
                    "statuses": [status_json(s) for s in outbox.list_statuses(work, package_id=package.id)]}), 201


@bp.get("/interchange/outbox")
def list_outbox():
    limit = request.args.get("limit", 100, type=int) or 100
    limit = min(limit, 500) if limit > 0 else 100
    offset = max(0, min(request.args.get("offset", 0, type=int) or 0, MAX_ID))
    document_id = request.args.get("document_id", type=int)
    found = outbox.list_statuses(uow(), g.api_user, document_id=document_id, limit=limit, offset=offset)
    return jsonify({"statuses": [status_json(s) for s in found]})


@bp.get(f"/interchange/outbox/<int(max={MAX_ID}):status_id>")
def get_outbox(status_id: int):
    """The status package itself, as edXML."""
    work = uow()
    status = outbox.get_status(work, g.api_user, status_id)
    data = outbox.status_file(work, status).read_bytes()  # a few KB
    return Response(data, mimetype="application/xml", headers={
        "Content-Disposition": f'attachment; filename="trang-thai-{status.status_code}-{status.id}.edxml"'})


@bp.get("/interchange/packages")
def list_packages():
    limit = request.args.get("limit", 50, type=int) or 50
    limit = min(limit, 500) if limit > 0 else 50
    offset = max(0, min(request.args.get("offset", 0, type=int) or 0, MAX_ID))
    work = uow()
    found = outbox.received_packages(work, g.api_user, limit=limit, offset=offset)
    files = payloads.files_of(work, [p.id for p in found])
    return jsonify({"packages": [package_json(p, files) for p in found]})


@bp.get(f"/interchange/packages/<int(max={MAX_ID}):package_id>/files/<int(max=999):index>")
def package_file(package_id: int, index: int):
    """A file the package carried (the package itself is file 1), an attachment of its document:
    404, then 403 if that document is not visible."""
    attachment, path = payloads.package_file(uow(), g.api_user, package_id, index)
    return send_stored(attachment, path)


def package_json(package, files: dict) -> dict:
    """A received package; ``files`` maps package ids to the attachments they brought (``payloads.files_of``)."""
    return {
        "id": package.id,
        "business_type": package.business_type,
        "outcome": package.outcome,
        "edxml_document_id": package.edxml_document_id,
        "sender": {"organ_id": package.sender_organ_id, "name": package.sender_name},
        "receiver": {"organ_id": package.receiver_organ_id, "name": package.receiver_name},
        "code": package.code,
        "promulgation_date": package.promulgation_date.isoformat() if package.promulgation_date else None,
        "document_id": package.document_id,
        "target_document_id": package.target_document_id,
        "reason": package.reason,
        "sha256": package.sha256,
        "size": package.size,
        "received_at": package.received_at.isoformat(),
        "received_by": package.received_by.username,
        "files": [{"attachment_id": a.id, "name": a.safe_name, "media_type": a.media_type, "size": a.size,
                   "sha256": a.sha256, "url": f"/api/v1/documents/{a.document_id}/attachments/{a.id}"}
                  for a in files.get(package.id, [])],
    }


def status_json(status) -> dict:
    from engine.interchange import StatusCode

    return {
        "id": status.id,
        "code": status.status_code,
        "label": StatusCode(status.status_code).label,
        "description": status.description,
        "document_id": status.document_id,
        "package_id": status.package_id,
        "to_organ_id": status.to_organ_id,
        "created_at": status.created_at.isoformat(),
        "size": status.size,
        "sha256": status.sha256,
        "url": f"/api/v1/interchange/outbox/{status.id}",
    }
