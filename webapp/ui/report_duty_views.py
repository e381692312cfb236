"""Recurring report duties in the UI: a leader ends one from the document page."""
from __future__ import annotations

from flask_babel import gettext as _

from engine.services import report_duties
from forms.report_duties import EndDutyForm

from . import bp
from .helpers import roles_required
from .rerouting_views import document_action


@bp.post("/documents/<int:document_id>/recurring-report/end")
@roles_required("leader")
def end_report_duty(document_id: int):
    return document_action(EndDutyForm(), "end_duty_form", document_id, report_duties.end_duty,
                           _("The recurring report duty was ended: no more report tasks will open."))
