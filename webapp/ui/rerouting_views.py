"""Re-routing in the UI: recall a document, re-delegate a proposal, stand-ins (ủy quyền)."""
from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from engine.errors import Conflict, ValidationFailed
from engine.services import inbox, rerouting, standins, users
from forms.rerouting import RecallForm, RedelegateForm, StandInForm

from ..context import uow
from . import bp
from .helpers import apply_engine_errors, roles_required
from .record import load_page
from .task_views import _person_choice


def _act(work, form, document_id: int, action, success: str):
    """Run a re-routing action and commit: back to the document, or None to show the form's errors."""
    try:
        action()
        work.commit()
    except ValidationFailed as exc:
        apply_engine_errors(form, exc.errors)
        return None
    except Conflict as exc:
        flash(str(exc), "warning")
    else:
        flash(success, "success")
    return redirect(url_for("ui.document", document_id=document_id))


def document_action(form, form_name: str, document_id: int, service, success: str):
    """A leader's action from the document page: ``service(work, user, document_id, data)`` and back to
    the document, or the document page again with the form's errors (``form_name`` in the template)."""
    work = uow()
    if form.validate_on_submit():
        done = _act(work, form, document_id, lambda: service(work, current_user, document_id,
                                                             form.data_for_engine()), success)
        if done is not None:
            return done
    return render_template("document.html", page=load_page(work, document_id), today=work.clock.today(),
                           **{form_name: form}), 422


@bp.post("/documents/<int:document_id>/recall")
@roles_required("leader")
def recall(document_id: int):
    return document_action(RecallForm(), "recall_form", document_id, rerouting.recall_document,
                           _("The document was recalled: its open tasks are cancelled. Give a new direction."))


@bp.route("/tasks/<int:task_id>/redelegate", methods=["GET", "POST"])
@login_required
def redelegate(task_id: int):
    work = uow()
    document_id = inbox.task_document_id(work, task_id)
    page = load_page(work, document_id) if document_id else None
    task = next((t for t in page.record.open_tasks if t.id == task_id), None) if page else None
    if task is None or task not in page.redelegable:
        flash(_("This proposal can no longer be re-assigned."), "warning")
        return redirect(url_for("ui.document", document_id=document_id) if document_id else url_for("ui.inbox"))
    people = [(u.username, _person_choice(u)) for u in users.assignable_in(work, task.department_id)
              if u.id != task.assignee_id]
    form = RedelegateForm(people)
    if form.validate_on_submit():
        done = _act(work, form, document_id, lambda: rerouting.redelegate_task(
            work, current_user, task_id, form.data_for_engine()), _("The proposal was re-assigned."))
        if done is not None:
            return done
    return render_template("redelegate.html", page=page, task=task, form=form, today=work.clock.today())


def _standin_form(work) -> StandInForm:
    people = [(u.username, f"{u.full_name} ({u.department.name if u.department else ''})")
              for u in standins.stand_in_candidates(work, current_user)]
    return StandInForm(people)


@bp.route("/standins", methods=["GET", "POST"])
@login_required
def standins_page():
    work = uow()
    can_name = bool(current_user.roles & set(standins.PRINCIPAL_ROLES))
    form = _standin_form(work) if can_name else None
    status = 200
    if form is not None and request.method == "POST" and form.validate_on_submit():
        try:
            standins.name_stand_in(work, current_user, form.data_for_engine())
            work.commit()
        except ValidationFailed as exc:
            apply_engine_errors(form, exc.errors, aliases=StandInForm.ENGINE_FIELDS)
            status = 422
        except Conflict as exc:
            form.form_errors.append(str(exc))
            status = 409
        else:
            flash(_("The stand-in was named."), "success")
            return redirect(url_for("ui.standins_page"))
    elif request.method == "POST":
        status = 422 if form is not None else 403
    periods = standins.list_stand_ins(work, current_user, include_past=request.args.get("all") == "1")
    return render_template("standins.html", form=form, periods=periods, today=work.clock.today()), status


@bp.post("/standins/<int:standin_id>/cancel")
@login_required
def standin_cancel(standin_id: int):
    work = uow()  # the CSRF token is checked for every POST (CSRFProtect)
    standins.cancel_stand_in(work, current_user, standin_id)   # 404/403/409 pages come from the engine
    work.commit()
    flash(_("The stand-in period was ended."), "success")
    return redirect(url_for("ui.standins_page"))
