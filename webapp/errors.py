"""Engine errors turned into HTTP answers, in one place: JSON for the API, pages for people."""
from __future__ import annotations

from flask import current_app, jsonify, render_template, request
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException

from engine.errors import Conflict, DuplicateDocument, Forbidden, NotFound, PayloadTooLarge, ValidationFailed
from engine.extraction import ExtractionError, OcrUnavailableError
from engine.files.store import megabytes
from engine.interchange import EdxmlError

from .files import FORM_ROOM

# endpoint -> view(message) that shows its form again with the message (ui views register here)
TOO_LARGE_VIEWS: dict = {}
STATUS = {NotFound: 404, Forbidden: 403, Conflict: 409, ValidationFailed: 422, PayloadTooLarge: 413}


def _wants_json() -> bool:
    return request.path.startswith("/api/")


def _status_of(exc) -> int:
    for cls, code in STATUS.items():
        if isinstance(exc, cls):
            return code
    return 500


def register_error_handlers(app) -> None:
    @app.errorhandler(NotFound)
    @app.errorhandler(Forbidden)
    @app.errorhandler(Conflict)
    @app.errorhandler(ValidationFailed)
    @app.errorhandler(PayloadTooLarge)
    def engine_error(exc):
        code = _status_of(exc)
        if _wants_json():
            body = {"error": str(exc)}
            if isinstance(exc, (ValidationFailed, PayloadTooLarge)):
                body = {"errors": exc.errors}
            if isinstance(exc, DuplicateDocument):
                body["existing_id"] = exc.existing_id
                body["existing"] = exc.existing
            return jsonify(body), code
        return render_template("error.html", code=code, message=str(exc)), code

    @app.errorhandler(ExtractionError)
    @app.errorhandler(EdxmlError)
    def unreadable_file(exc):
        code = 503 if isinstance(exc, OcrUnavailableError) else 422
        if getattr(exc, "code", None) == "too_large":
            code = 413
        if _wants_json():
            return jsonify({"errors": {"file": [str(exc)]}}), code
        return render_template("error.html", code=code, message=str(exc)), code

    @app.errorhandler(Exception)
    def unexpected(exc):
        if isinstance(exc, HTTPException):
            return http_error(exc)
        app.logger.exception("unexpected error")
        if _wants_json():
            return jsonify({"error": "Lỗi hệ thống, vui lòng thử lại sau."}), 500
        return render_template("error.html", code=500,
                               message=_("Something went wrong on our side. Please try again.")), 500

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        if exc.code == 413:
            return too_large()
        if _wants_json():
            return jsonify({"error": exc.description}), exc.code
        messages = {403: _("You may not open this page."), 404: _("This page does not exist."),
                    413: _("The file is too large.")}
        return render_template("error.html", code=exc.code,
                               message=messages.get(exc.code, exc.description)), exc.code


# API calls whose upload is one part named ``file`` (the others take ``files``): their 413 names it.
SINGLE_FILE_ENDPOINTS = {"api.import_edxml", "api.refuse_edxml", "api.extract"}


def too_large():
    """A request over MAX_CONTENT_LENGTH: its body was not read, so say which limit it passed."""
    total = current_app.config["MAX_CONTENT_LENGTH"]
    limit = total - FORM_ROOM if total > FORM_ROOM else total
    message = _("The files are larger than the limit of %(mb)s MB.", mb=megabytes(limit))
    if _wants_json():
        field = "file" if request.endpoint in SINGLE_FILE_ENDPOINTS else "files"
        return jsonify({"error": message, "errors": {field: [message]}}), 413
    handler = TOO_LARGE_VIEWS.get(request.endpoint)
    if handler is not None:
        return handler(message)
    return render_template("error.html", code=413, message=message), 413
