"""A document's files in the UI: download, view a PDF inline, add files to a registered document."""
from __future__ import annotations

from flask import flash, redirect, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from engine.errors import PayloadTooLarge, ValidationFailed
from engine.services import attachments
from forms.attachments import AttachForm

from ..context import docroute, uow
from ..errors import TOO_LARGE_VIEWS
from ..files import send_stored, stage_all
from . import bp


@bp.get("/documents/<int:document_id>/files/<int:attachment_id>")
@login_required
def attachment(document_id: int, attachment_id: int):
    found, path = attachments.file_for(uow(), current_user, document_id, attachment_id)
    return send_stored(found, path)


@bp.get("/documents/<int:document_id>/files/<int:attachment_id>/view")
@login_required
def attachment_view(document_id: int, attachment_id: int):
    """A PDF for the document page's viewer (same-origin frame); other kinds are downloaded."""
    found, path = attachments.file_for(uow(), current_user, document_id, attachment_id)
    return send_stored(found, path, inline=True)


@bp.post("/documents/<int:document_id>/files")
@login_required
def add_files(document_id: int):
    with docroute().unit_of_work() as check:  # 404/403 before the files are read
        attachments.check_may_attach(check, current_user, document_id)
    form = AttachForm()
    back = redirect(url_for("ui.document", document_id=document_id, _anchor="files"))
    if not form.validate_on_submit() or not form.chosen():
        flash(_("Choose at least one file to attach."), "warning")
        return back
    try:
        files = stage_all(form.chosen())
        work = uow()
        added = attachments.add_attachments(work, current_user, document_id, files)
        work.commit()
    except (ValidationFailed, PayloadTooLarge) as exc:
        for messages in exc.errors.values():
            for message in messages:
                flash(message, "danger")
        return back
    flash(_("%(count)d file(s) attached.", count=len(added)), "success")
    return back


def _too_large(message: str):
    from flask import request

    flash(message, "danger")
    return redirect(url_for("ui.document", document_id=request.view_args["document_id"], _anchor="files"))


TOO_LARGE_VIEWS["ui.add_files"] = _too_large
