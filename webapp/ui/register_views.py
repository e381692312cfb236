"""The clerk registers an incoming document in the incoming register (Sổ đăng ký văn bản đến).

Reading the letter works in two steps without JavaScript: the clerk uploads the letter (its own
small form), the page comes back with the fields read off it; the clerk checks them and saves.
With JavaScript the upload happens as soon as the file is chosen and the fields fill in place.
Either way the uploaded letter is kept pending (engine.files.pending) and becomes the document's
first attachment when it is saved, without being uploaded again.
"""
from __future__ import annotations

import datetime as dt

from flask import abort, flash, jsonify, redirect, render_template, request, send_file, session, url_for
from flask_babel import gettext as _
from flask_login import current_user

from engine.errors import Conflict, DuplicateDocument, PayloadTooLarge, ValidationFailed
from engine.services import documents, intake
from forms.attachments import LetterForm
from forms.documents import RegisterForm

from ..context import docroute, uow
from ..errors import TOO_LARGE_VIEWS
from ..files import content_disposition, limit_mb, stage, stage_all
from . import bp
from .helpers import apply_engine_errors, roles_required

SESSION_KEY = "pending_letters"
KEEP_IN_SESSION = 5


@bp.route("/documents/new", methods=["GET", "POST"])
@roles_required("clerk")
def register():
    form = _form()
    letter = _letter(form.upload.data)
    if not form.is_submitted() and letter is not None:
        _prefill(form, letter.fields or {})
    duplicate, status = None, 200
    if form.is_submitted() and form.upload.data and letter is None:
        form.form_errors.append(_("The uploaded letter is no longer available; please upload it again."))
        form.upload.data = ""
    elif form.validate_on_submit():
        try:
            files = stage_all(form.chosen_files())  # read before the writing transaction starts
            work = uow()
            document = documents.register_document(work, current_user, form.data_for_engine(), files,
                                                   upload=form.upload.data or None)
            work.commit()
        except (ValidationFailed, PayloadTooLarge) as exc:
            apply_engine_errors(form, exc.errors)
            status = 413 if isinstance(exc, PayloadTooLarge) else 200
        except DuplicateDocument as exc:
            duplicate = exc.existing
        except Conflict:
            flash(_("Someone registered a document at the same moment; please submit again."), "warning")
        else:
            _forget(form.upload.data)
            flash(_("Registered as incoming document no. %(number)d/%(year)d.",
                    number=document.incoming_number, year=document.year), "success")
            return redirect(url_for("ui.document", document_id=document.id))
    return _page(form, letter, duplicate=duplicate), status


@bp.post("/documents/new/letter")
@roles_required("clerk")
def read_letter():
    """Step 1: the letter is read; the form comes back filled (JSON for the page's script)."""
    letter_form = LetterForm()
    wants_json = request.accept_mimetypes.best == "application/json"
    if not letter_form.validate_on_submit():
        return _letter_refused(letter_form.errors, wants_json, 422)
    try:
        staged = stage(letter_form.letter.data, field="letter", read_text=False, text_allowed=True)
        letter = intake.receive_letter(docroute().settings, docroute().clock, current_user, staged)
    except (ValidationFailed, PayloadTooLarge) as exc:
        return _letter_refused(exc.errors, wants_json, 413 if isinstance(exc, PayloadTooLarge) else 422)
    _remember(letter.token)
    if wants_json:
        return jsonify(_letter_json(letter))
    return redirect(url_for("ui.register", upload=letter.token))


def _letter(token: str | None):
    return intake.pending_letter(docroute().settings, current_user, token) if _in_session(token) else None


def _form() -> RegisterForm:
    form = RegisterForm()
    if not form.is_submitted():
        form.received_date.data = docroute().clock.today()
        form.upload.data = request.args.get("upload", "")
    return form


def _prefill(form: RegisterForm, fields: dict) -> None:
    """Fill the empty fields with what was read off the letter (the clerk checks them)."""
    for key, value in fields.items():
        field = form._fields.get(key)
        if field is None or key in ("upload", "files", "csrf_token"):
            continue
        if isinstance(value, list):
            value = "\n".join(value)
        if hasattr(field, "iso"):
            try:
                value = dt.date.fromisoformat(value)
            except (TypeError, ValueError):
                continue
        if getattr(field, "choices", None) is not None and value not in [c[0] for c in _choices(field)]:
            continue
        field.data = value


def _choices(field):
    return [(c.value, c.label) if hasattr(c, "value") else tuple(c[:2]) for c in field.choices]


def _page(form, letter, *, duplicate=None, letter_form=None, too_large=None):
    return render_template("register.html", form=form, duplicate=duplicate, letter=letter,
                           letter_form=letter_form or LetterForm(formdata=None), too_large=too_large,
                           limit_mb=limit_mb())


def _letter_refused(errors: dict, wants_json: bool, status: int):
    messages = [m for ms in errors.values() for m in ms]
    if wants_json:
        return jsonify({"errors": {"letter": messages}}), status
    letter_form = LetterForm(formdata=None)
    letter_form.letter.errors = messages
    form = RegisterForm(formdata=None)
    form.received_date.data = docroute().clock.today()
    return _page(form, None, letter_form=letter_form), status


def _letter_json(letter) -> dict:
    fields = dict(letter.fields or {})
    for key, value in list(fields.items()):
        if isinstance(value, list):
            fields[key] = "\n".join(value)
    pdf = letter.media_type == "application/pdf"
    return {"token": letter.token, "name": letter.meta["safe_name"], "size": letter.size,
            "media_type": letter.media_type, "attachable": letter.attachable, "fields": fields,
            "notice": letter.notice, "preview_url": url_for("ui.letter_preview", token=letter.token) if pdf else None}


@bp.get("/documents/new/letter/<token>")
@roles_required("clerk")
def letter_preview(token: str):
    """The pending letter (a PDF) beside the form, so the clerk checks the fields against it."""
    letter = _letter(token)
    if letter is None or letter.media_type != "application/pdf":
        abort(404)
    response = send_file(letter.path, mimetype="application/pdf", max_age=0)
    response.headers["Content-Disposition"] = content_disposition("inline", letter.meta["safe_name"])
    response.headers["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'self'"
    response.headers["Cache-Control"] = "private, no-store"
    return response


# -- pending letters bound to the clerk's session ---------------------------------------------------

def _remember(token: str) -> None:
    tokens = [t for t in session.get(SESSION_KEY, []) if t != token] + [token]
    dropped, session[SESSION_KEY] = tokens[:-KEEP_IN_SESSION], tokens[-KEEP_IN_SESSION:]
    if dropped:
        intake.discard_letters(docroute().settings, current_user, dropped)


def _in_session(token: str | None) -> bool:
    return bool(token) and token in session.get(SESSION_KEY, [])


def _forget(token: str | None) -> None:
    if token:
        session[SESSION_KEY] = [t for t in session.get(SESSION_KEY, []) if t != token]


def discard_session_letters() -> None:
    """At log-out: the letters uploaded in this session and never saved are removed."""
    tokens = session.pop(SESSION_KEY, [])
    if tokens and current_user.is_authenticated:
        intake.discard_letters(docroute().settings, current_user, tokens)


def _too_large(message: str):
    """The request was over MAX_CONTENT_LENGTH (unread): the form again with the message."""
    form = RegisterForm(formdata=None)
    form.received_date.data = docroute().clock.today()
    if request.endpoint == "ui.read_letter":
        if request.accept_mimetypes.best == "application/json":
            return jsonify({"errors": {"letter": [message]}}), 413
        letter_form = LetterForm(formdata=None)
        letter_form.letter.errors = [message]
        return _page(form, None, letter_form=letter_form), 413
    return _page(form, None, too_large=message), 413


TOO_LARGE_VIEWS["ui.register"] = _too_large
TOO_LARGE_VIEWS["ui.read_letter"] = _too_large
