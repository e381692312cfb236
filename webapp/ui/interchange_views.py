"""The clerk receives packages from the national interchange (edXML) and sees what went back."""
from __future__ import annotations

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import get_locale, ngettext
from flask_babel import gettext as _
from flask_login import current_user

from engine.errors import Conflict, DuplicateDocument, ValidationFailed
from engine.interchange import EdxmlError
from engine.services.interchange import outbox, receive
from forms.interchange import InterchangeForm

from ..context import uow
from ..files import max_upload_bytes, store
from . import bp
from .helpers import apply_engine_errors, roles_required

READERS = ("clerk", "leader", "auditor", "admin")


def _done(action: str, doc) -> str:
    values = {"number": doc.incoming_number, "year": doc.year}
    if action == "replaced":
        return _("Registered as incoming document no. %(number)d/%(year)d; the document it replaces is closed.",
                 **values)
    if action == "revoked":
        return _("The sender revoked incoming document no. %(number)d/%(year)d: its handling has stopped.", **values)
    if action == "updated":
        return _("Incoming document no. %(number)d/%(year)d was updated as the sender asked.", **values)
    return _("Registered as incoming document no. %(number)d/%(year)d.", **values)


@bp.route("/interchange", methods=["GET", "POST"])
@roles_required(*READERS)
def interchange():
    form = InterchangeForm()
    duplicate_id = None
    if form.is_submitted() and not current_user.has_role("clerk"):
        abort(403)
    if form.validate_on_submit():
        refuse = request.form.get("action") == "refuse"
        try:
            if refuse:
                work = uow()
                receive.refuse_package(work, current_user, form.package_bytes(), form.reason.data)
                work.commit()
            else:
                result = _import(form.package_bytes())
        except ValidationFailed as exc:
            apply_engine_errors(form, exc.errors)
        except EdxmlError as exc:
            form.file.errors = [*form.file.errors, exc.message_en if get_locale().language == "en" else exc.message_vi]
        except DuplicateDocument as exc:
            duplicate_id = exc.existing_id
            form.form_errors.append(str(exc))
        except Conflict as exc:
            form.form_errors.append(str(exc))
        else:
            if refuse:
                flash(_("The package was refused; status 02 with your reason is in the outbox for its sender."),
                      "success")
                return redirect(url_for("ui.interchange"))
            doc = result.document
            flash(_done(result.action, doc), "success")
            if result.warnings:
                flash(ngettext("The package has %(num)d point to check (listed in the history): %(first)s",
                               "The package has %(num)d points to check (listed in the history), the first: %(first)s",
                               len(result.warnings), first=result.warnings[0]), "warning")
            return redirect(url_for("ui.document", document_id=doc.id))
    work = uow()
    return render_template("interchange.html", form=form, duplicate_id=duplicate_id,
                           packages=outbox.received_packages(work, current_user, limit=20),
                           statuses=outbox.list_statuses(work, current_user, limit=50))


def _import(data: bytes) -> receive.Received:
    """Read the package and stage its files (their text read, OCR included) before the writing
    transaction starts; then import and commit. A refused import is undone at once (its stored
    files removed), so the page shown with the error reads only what is committed."""
    with receive.arriving(store(), data, max_bytes=max_upload_bytes()) as arrival:
        work = uow()
        try:
            result = receive.import_package(work, current_user, arrival)
            work.commit()
        except Exception:
            work.discard()
            raise
    return result


@bp.get("/interchange/outbox/<int:status_id>")
@roles_required(*READERS)
def outbox_file(status_id: int):
    work = uow()
    status = outbox.get_status(work, current_user, status_id)
    return Response(outbox.status_file(work, status).read_bytes(), mimetype="application/xml", headers={
        "Content-Disposition": f'attachment; filename="trang-thai-{status.status_code}-{status.id}.edxml"'})


@bp.app_template_filter("interchange_status_vi")
def standard_label(code: str) -> str:
    """The standard's own (Vietnamese) label of a status code: a description equal to it says nothing more."""
    from engine.interchange import STATUS_LABELS, StatusCode

    try:
        return STATUS_LABELS[StatusCode(code)]
    except ValueError:
        return code
