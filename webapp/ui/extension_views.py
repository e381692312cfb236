"""Extensions (gia hạn) in the UI: the request card on a task page, and the decider's page."""
from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from engine.errors import Conflict, Forbidden, ValidationFailed
from engine.services import extensions
from forms.extensions import ExtensionDecisionForm, ExtensionRequestForm

from ..context import uow
from . import bp
from .helpers import apply_engine_errors


@bp.app_template_global()
def extension_card(task) -> dict | None:
    """What the task page shows about more time: the pending request, or the form to ask."""
    if task.step not in extensions.DEPARTMENT_STEPS:
        return None
    pending = extensions.pending_for_task(uow(), task.id)
    return {"pending": pending,
            "form": None if pending else ExtensionRequestForm(task.step in extensions.PERSONAL_STEPS)}


@bp.app_template_global()
def extension_decided_by(task):
    """The request a decision task (step ``extension``) decides, for its task page."""
    return extensions.for_decision_tasks(uow(), [task.id]).get(task.id)


@bp.post("/tasks/<int:task_id>/extension")
@login_required
def ask_extension(task_id: int):
    work = uow()
    task = extensions.task_of(work, task_id)
    form = ExtensionRequestForm(task.step in extensions.PERSONAL_STEPS)
    if form.validate_on_submit():
        try:
            extensions.request_extension(work, current_user, task_id, form.data_for_engine())
            work.commit()
        except ValidationFailed as exc:
            for messages in exc.errors.values():
                for message in messages:
                    flash(message, "danger")
        except (Conflict, Forbidden) as exc:
            flash(str(exc), "warning")
        else:
            flash(_("Your request for more time was sent."), "success")
    return redirect(url_for("ui.task", task_id=task_id) + "#extension")


@bp.route("/extensions", methods=["GET", "POST"])
@login_required
def extensions_page():
    work = uow()
    pending = extensions.pending_to_decide(work, current_user)
    forms = {}
    for item in pending:
        form = ExtensionDecisionForm(prefix=f"e{item.id}")
        if form.is_submitted() and (form.grant.data or form.refuse.data):
            if form.validate():
                try:
                    extensions.decide_extension(work, current_user, item.id, form.data_for_engine())
                    work.commit()
                except ValidationFailed as exc:
                    apply_engine_errors(form, exc.errors)
                except (Conflict, Forbidden) as exc:
                    flash(str(exc), "warning")
                    return redirect(url_for("ui.extensions_page"))
                else:
                    flash(_("Your decision on the extension was recorded."), "success")
                    return redirect(url_for("ui.extensions_page"))
        elif not form.due_date.data:
            form.due_date.data = item.requested_due
        forms[item.id] = form
    return render_template("extensions.html", items=pending, forms=forms)
