"""Engine objects to the JSON shapes of api.md."""
from __future__ import annotations

import datetime as dt
import json


def _d(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def task_json(task, today: dt.date, extension=None) -> dict:
    """A task; a decision on more time (step ``extension``) also carries the request it decides."""
    body = {
        "id": task.id,
        "step": task.step,
        "document_id": task.document_id,
        "department": task.department.code if task.department else None,
        "assignee": task.assignee.username if task.assignee else None,
        "candidate_role": None if task.assignee_id else task.candidate_role,
        "due_date": _d(task.due_date),
        "overdue": bool(task.due_date and task.due_date < today),
        "state": task.state,
        "created_at": task.created_at.isoformat(),
    }
    if extension is not None:
        body["extension"] = extension_json(extension)
    return body


def extension_json(item) -> dict:
    """An extension request (docs/api.md, "Extensions")."""
    return {
        "id": item.id, "task_id": item.task_id, "document_id": item.document_id, "step": item.task.step,
        "scope": item.scope, "state": item.state, "reason": item.reason,
        "requested_by": item.requested_by.username, "requested_at": item.requested_at.isoformat(),
        "current_due": _d(item.current_due), "requested_due": _d(item.requested_due),
        "decided_by": item.decided_by.username if item.decided_by else None,
        "decided_at": item.decided_at.isoformat() if item.decided_at else None,
        "granted_due": _d(item.granted_due), "comment": item.comment,
        "decision_task_id": item.decision_task_id,
    }


def document_json(doc, *, tasks=None, today: dt.date | None = None, attachments=None, report_duty=False) -> dict:
    """``report_duty``: the document's latest recurring report duty (None: it has none; False: not asked)."""
    body = {
        "id": doc.id,
        "incoming_number": doc.incoming_number,
        "register": doc.register,
        "year": doc.year,
        "received_date": _d(doc.received_date),
        "issuer": doc.issuer,
        "issuer_parent": doc.issuer_parent,
        "number": doc.number,
        "issued_date": _d(doc.issued_date),
        "doc_type": doc.doc_type,
        "subject": doc.subject,
        "signer": doc.signer,
        "signer_title": doc.signer_title,
        "signing_authority": doc.signing_authority,
        "urgency": doc.urgency,
        "confidentiality": doc.confidentiality,
        "recipients": list(doc.recipients or []),
        "page_count": doc.page_count,
        "language": doc.language,
        "notes": doc.notes,
        "due_date": _d(doc.due_date),
        "reply_number": doc.reply_number,
        "status": doc.status,
        "registered_by": doc.registered_by.username,
        "created_at": doc.created_at.isoformat(),
        "departments": [{"code": d.department.code, "name": d.department.name, "role": d.role}
                        for d in doc.departments],
    }
    if tasks is not None:
        body["tasks"] = [task_json(t, today) for t in tasks]
    if attachments is not None:
        body["attachments"] = [attachment_json(a) for a in attachments]
    if report_duty is not False:
        body["recurring_report"] = report_duty_json(report_duty) if report_duty is not None else None
    return body


def report_duty_json(duty) -> dict:
    active = duty.status == "active"
    return {
        "id": duty.id, "period": duty.period, "day": duty.day, "month": duty.month,
        "department": duty.department.code, "status": duty.status,
        "set_by": duty.set_by.username if duty.set_by else None, "set_at": duty.set_at.isoformat(),
        "period_number": duty.period_number if active else None,
        "opens_on": _d(duty.opens_on) if active else None, "next_due": _d(duty.due_on) if active else None,
        "reports_submitted": duty.reports_submitted,
        "last_report_at": duty.last_report_at.isoformat() if duty.last_report_at else None,
        "ended_by": duty.ended_by.username if duty.ended_by else None,
        "ended_at": duty.ended_at.isoformat() if duty.ended_at else None, "end_reason": duty.end_reason,
    }


def attachment_json(a) -> dict:
    return {
        "id": a.id,
        "document_id": a.document_id,
        "name": a.safe_name,
        "original_name": a.original_name,
        "media_type": a.media_type,
        "size": a.size,
        "sha256": a.sha256,
        "step": a.step,
        "task_id": a.task_id,
        "package_id": a.package_id,
        "uploaded_by": a.uploaded_by.username,
        "uploaded_at": a.uploaded_at.isoformat(),
        "url": f"/api/v1/documents/{a.document_id}/attachments/{a.id}",
    }


def event_json(event) -> dict:
    return {
        "id": event.id,
        "at": event.at.isoformat(),
        "actor": event.actor.username if event.actor else None,
        "on_behalf_of": event.on_behalf_of.username if event.on_behalf_of else None,
        "step": event.step,
        "action": event.action,
        "department": event.department.code if event.department else None,
        "data": json.loads(event.data),
    }


def notification_json(n) -> dict:
    return {"id": n.id, "kind": n.kind, "document_id": n.document_id, "task_id": n.task_id,
            "at": n.at.isoformat(), "read": n.read}


def standin_json(period, today: dt.date) -> dict:
    return {"id": period.id, "user": period.user.username, "stand_in": period.stand_in.username,
            "from": _d(period.starts_on), "to": _d(period.ends_on), "note": period.note,
            "active": period.cancelled_at is None and period.starts_on <= today <= period.ends_on,
            "cancelled": period.cancelled_at is not None}
