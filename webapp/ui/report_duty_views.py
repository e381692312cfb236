"""Recurring report duties in the UI: a leader ends one from the document page."""
from __future__ import annotations

from flask import render_template
from flask_babel import gettext as _
from flask_login import current_user

from engine.services import report_duties
from forms.report_duties import EndDutyForm

from ..context import uow
from . import bp
from .helpers import roles_required
from .record import load_page
from .rerouting_views import _act


@bp.post("/documents/<int:document_id>/recurring-report/end")
@roles_required("leader")
def end_report_duty(document_id: int):
    work = uow()
    form = EndDutyForm()
    if form.validate_on_submit():
        done = _act(work, form, document_id, lambda: report_duties.end_duty(
            work, current_user, document_id, form.data_for_engine()),
            _("The recurring report duty was ended: no more report tasks will open."))
        if done is not None:
            return done
    return render_template("document.html", page=load_page(work, document_id), today=work.clock.today(),
                           end_duty_form=form), 422
