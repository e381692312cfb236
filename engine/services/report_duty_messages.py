"""The messages of a recurring report duty, as ``routing.MESSAGE_ROUTES`` delivers them.

routing.bpmn throws ``report_duty_set`` when a direction sets a duty: a ``recurring_report``
instance starts for the lead department, with its ``report_duty`` row. recurring_report.bpmn
throws ``report_period_planned`` each time it plans a period: the row follows it.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ..persistence.models import Department, ReportDuty, User
from . import history

RECURRING_REPORT = "recurring_report"
DUTY_STEP = "report_duty"  # the history step of setting and ending a duty


def duty_set(run, source, payload: dict) -> None:
    """routing → a new ``recurring_report`` instance held by the lead department."""
    session, now = run.uow.session, run.uow.clock.now()
    rule = payload["duty"]
    department = session.scalar(select(Department).where(Department.code == payload["lead"]))
    set_by_id = session.scalar(select(User.id).where(User.username == payload.get("assigned_by")))
    duty = ReportDuty(document_id=run.document.id, department_id=department.id, period=rule["period"],
                      day=rule["day"], month=rule.get("month"), status="active", set_by_id=set_by_id,
                      set_at=now, period_number=0, reports_submitted=0)
    session.add(duty)
    session.flush()
    row = run.start(RECURRING_REPORT, {
        "duty": rule, "duty_id": duty.id, "set_on": run.uow.clock.today().isoformat(), "report_period": None,
        "department": department.code, "document_id": run.document.id,
    }, department=department)
    duty.instance_id = row.id
    history.record(run.uow, run.document, run.actor, DUTY_STEP, "set", {
        "department": department.code, "period": duty.period, "day": duty.day, "month": duty.month,
        "first_due": duty.due_on.isoformat() if duty.due_on else None})


def period_planned(run, source, payload: dict) -> None:
    """recurring_report planned its next period: the duty row shows it."""
    duty = run.uow.session.get(ReportDuty, payload["duty_id"])
    period = payload["period"]
    duty.period_number = period["number"]
    duty.opens_on = dt.date.fromisoformat(period["opens"])
    duty.due_on = dt.date.fromisoformat(period["due"])


ROUTES = {"report_duty_set": duty_set, "report_period_planned": period_planned}
