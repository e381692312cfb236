"""Reading multipart requests of the API: the JSON fields as form fields or one JSON part, and files."""
from __future__ import annotations

import json

from flask import request
from werkzeug.datastructures import FileStorage

from engine.errors import ValidationFailed

from ..files import FIELD, FORM_ROOM

FILE_PARTS = (FIELD, "file")


def is_multipart() -> bool:
    return request.mimetype == "multipart/form-data"


def uploads() -> list[FileStorage]:
    """The uploaded files: every ``files`` part (and a single ``file``)."""
    return [f for name in FILE_PARTS for f in request.files.getlist(name) if f.filename]


def multipart_data(json_part: str) -> dict:
    """The body's fields: the JSON object in part ``json_part`` (a form field or a file part), or
    else the form fields themselves (a field sent several times is a list)."""
    raw = request.form.get(json_part)
    if raw is None and json_part in request.files:
        raw = request.files[json_part].read(FORM_ROOM).decode("utf-8", "replace")
    if raw is None:
        return {key: values[0] if len(values) == 1 else values for key, values in request.form.lists()}
    try:
        data = json.loads(raw)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise ValidationFailed({json_part: ["Phải là một đối tượng JSON."]})
    return data
