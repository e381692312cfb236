"""The task page: the document page plus the form of the task's step; completing the task."""
from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

from engine.errors import Conflict, PayloadTooLarge, ValidationFailed
from engine.persistence.models import Task
from engine.services import direction_hints, extensions, inbox, tasks, users
from forms import vocabulary as words
from forms.steps import STEP_FORMS

from ..context import docroute, uow
from ..errors import TOO_LARGE_VIEWS
from ..files import stage_all
from . import bp
from .helpers import apply_engine_errors
from .record import load_page

DONE = {
    "assign": _l("The direction was recorded and sent on."),
    "delegate": _l("Your decision on the assignment was recorded."),
    "propose": _l("Your proposal was sent to the head of department."),
    "review": _l("Your review was recorded."),
    "approve": _l("Your decision was recorded."),
    "extension": _l("Your decision on the extension was recorded."),
    "report": _l("Your report was submitted."),
}


def _form_for(work, task):
    """The step's form, with its choices (departments, people) read from the engine."""
    form_class = STEP_FORMS[task.step]
    if task.step == "assign":
        form = form_class([(d.code, d.name) for d in inbox.handling_departments(work)],
                          [(d.code, d.name) for d in users.departments(work)])
        form.duty_hint = None
        if not form.is_submitted():  # what the letter and its record suggest: duty, deadline, directive
            hint = direction_hints.direction_hint(work, task.document_id)
            form.duty_hint = hint.duty
            form.prefill(hint)
        return form
    if task.step == "delegate":
        people = [(u.username, _person_choice(u)) for u in users.assignable_in(work, task.department_id)]
        return form_class(people)
    form = form_class()
    if task.step == extensions.STEP and not form.is_submitted():  # the date asked for, to grant as is
        form.due_date.data = extensions.for_decision_tasks(work, [task.id])[task.id].requested_due
    return form


def _person_choice(user) -> str:
    return f"{user.full_name} ({words.ROLE['head'] if user.has_role('head') else words.ROLE['staff']})"


def _closed(task_id: int):
    """Someone completed the task first (or it was withdrawn): say so, show the document as it is now."""
    flash(_("This task is no longer open: someone else has just completed it, or the document was "
            "returned. Nothing you entered was saved."), "warning")
    document_id = inbox.task_document_id(uow(), task_id)
    return redirect(url_for("ui.document", document_id=document_id) if document_id else url_for("ui.inbox"))


@bp.route("/tasks/<int:task_id>", methods=["GET", "POST"])
@login_required
def task(task_id: int):
    # Checked and the form built in a short read; the writing transaction starts only after any
    # files of a proposal were read (webapp/files.py), so no lock is held meanwhile.
    with docroute().unit_of_work() as check:
        try:
            current = tasks.task_for_completion(check, current_user, task_id)
        except Conflict:
            return _closed(task_id)
        form = _form_for(check, current)
        step = current.step
    if form.validate_on_submit():
        try:
            files = stage_all(form.chosen_files()) if hasattr(form, "chosen_files") else []
            work = uow()
            tasks.complete_task(work, current_user, task_id, form.data_for_engine(), files)
            work.commit()
        except (ValidationFailed, PayloadTooLarge) as exc:
            apply_engine_errors(form, exc.errors, aliases=getattr(form, "ENGINE_FIELDS", None))
        except Conflict:
            return _closed(task_id)
        else:
            flash(str(DONE[step]), "success")
            return redirect(url_for("ui.inbox"))
    work = uow()
    current = work.session.get(Task, task_id)
    return render_template("task.html", page=load_page(work, current.document_id), task=current,
                           form=form, today=work.clock.today())


def _too_large(message: str):
    flash(message + " " + _("Nothing was saved; please choose smaller files."), "danger")
    return redirect(url_for("ui.task", task_id=request.view_args["task_id"]))


TOO_LARGE_VIEWS["ui.task"] = _too_large
