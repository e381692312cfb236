"""The clerk registers an incoming document in the incoming register (Sổ đăng ký văn bản đến)."""
from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from engine.errors import Conflict, DuplicateDocument, ValidationFailed
from engine.services import documents
from forms.documents import RegisterForm

from ..context import uow
from . import bp
from .helpers import apply_engine_errors, roles_required


@bp.route("/documents/new", methods=["GET", "POST"])
@roles_required("clerk")
def register():
    work = uow()
    form = _form(work)
    duplicate_id = None
    if form.validate_on_submit():
        try:
            document = documents.register_document(work, current_user, form.data_for_engine())
            work.commit()
        except ValidationFailed as exc:
            apply_engine_errors(form, exc.errors)
        except DuplicateDocument as exc:
            duplicate_id = exc.existing_id
        except Conflict:
            flash(_("Someone registered a document at the same moment; please submit again."), "warning")
        else:
            flash(_("Registered as incoming document no. %(number)d/%(year)d.",
                    number=document.incoming_number, year=document.year), "success")
            return redirect(url_for("ui.document", document_id=document.id))
    return render_template("register.html", form=form, duplicate_id=duplicate_id)


def _form(work):
    form = RegisterForm()
    if not form.is_submitted():
        form.received_date.data = work.clock.today()
    return form
