"""The document page's content, gathered once: record, names of people and departments, timeline.

Shared by the document page and the task page (which is the document page plus a step form).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from types import SimpleNamespace

from flask_babel import gettext as _
from flask_login import current_user

from engine.services import attachments, documents, inbox, report_duties, rerouting, standins, tasks, users
from engine.services.interchange import identity, outbox
from forms import vocabulary as words

from .filters import duty_rule, format_date


@dataclass
class Entry:
    """One line of the history timeline."""

    event: object
    details: list[tuple[str, str]]


@dataclass
class Page:
    record: documents.DocumentRecord
    people: dict  # username → User
    departments: dict  # code → Department
    holders: dict  # task id → [User]
    timeline: list[Entry]
    my_tasks: list  # open tasks of this document the current user may complete
    approval: dict | None  # the leader's latest decision on the result
    dept_records: list[dict]  # each handling department's delegation, proposal and review, lead first
    interchange: dict | None = None  # the edXML package it came from and the statuses sent back
    attachments: list = field(default_factory=list)  # the document's files, oldest first
    may_attach: bool = False  # the user may add files (clerk, leader, or holding an open task)
    can_recall: bool = False  # the current user (a leader) may recall the document now
    redelegable: list = field(default_factory=list)  # open proposals the current user may re-assign
    report_duty: object | None = None  # the latest recurring report duty the direction set
    can_end_duty: bool = False  # the current user (a leader) may end it now

    def dept_record(self, department_id: int | None) -> dict | None:
        return next((r for r in self.dept_records if r["department"].id == department_id), None)

    def person(self, username: str | None) -> str:
        user = self.people.get(username)
        return user.full_name if user else (username or "")

    def dept(self, code: str | None) -> str:
        department = self.departments.get(code)
        return department.name if department else (code or "")

    def depts(self, codes) -> str:
        return ", ".join(self.dept(c) for c in codes or []) or "—"


def load_page(work, document_id: int) -> Page:
    """Everything the document page shows, in a fixed number of queries."""
    record = documents.document_record(work, current_user, document_id)
    data = [json.loads(e.data) for e in record.events]
    names = {d.get(k) for d in data for k in ("assignee", "from") if d.get(k)}
    principals = standins.principals(work, current_user)
    names.update(u for d in data for u in d.get("notified") or [])
    page = Page(record=record, people=inbox.users_by_username(work, names),
                departments={d.code: d for d in users.departments(work)},
                holders=inbox.holders(work, record.open_tasks), timeline=[],
                my_tasks=[t for t in record.open_tasks if tasks.may_complete(current_user, t, principals)],
                approval=None, dept_records=_department_records(record),
                attachments=attachments.attachments_of(work, document_id),
                can_recall=rerouting.may_recall(current_user, record.document),
                redelegable=[t for t in record.open_tasks if rerouting.may_redelegate(current_user, t, principals)])
    page.report_duty = report_duties.duty_of(work, document_id)
    page.can_end_duty = report_duties.may_end(current_user, page.report_duty)
    page.interchange = _interchange(work, record, data)
    page.may_attach = bool(current_user.roles & {"clerk", "leader"}) or bool(page.my_tasks)
    for event, values in zip(record.events, data):
        page.timeline.append(Entry(event, describe(page, event.step, values)))
        if event.step == "approve":
            page.approval = {"event": event, **values}
        elif event.step in ("assign", "recall"):
            page.approval = None
    return page


def _interchange(work, record: documents.DocumentRecord, data: list[dict]) -> dict | None:
    """The package the document came by, its statuses (for those who read the outbox), its links."""
    package = identity.registering_package(work, record.document.id)
    links = {e.action: values for e, values in zip(record.events, data)
             if e.step == "interchange" and e.action in ("replaced", "replaces")}
    if package is None and not links:
        return None
    statuses = outbox.list_statuses(work, document_id=record.document.id) if outbox.may_read(current_user) else []
    return {"package": package, "statuses": statuses, "replaced_by": links.get("replaced"),
            "replaces": links.get("replaces")}


def _department_records(record: documents.DocumentRecord) -> list[dict]:
    """The engine's per-department records, plus the handling departments that have no entry yet."""
    records = record.department_records()
    seen = {r["department"].id for r in records}
    for link in record.document.departments:
        if link.role in ("lead", "co") and link.department_id not in seen:
            records.append({"department": link.department, "role": link.role})
    order = {"lead": 0, "co": 1}
    return sorted(records, key=lambda r: (order.get(r.get("role"), 2), r["department"].code))


def describe(page: Page, step: str, data: dict) -> list[tuple[str, str]]:
    """The event's data as labelled lines a person can read."""
    lines: list[tuple[str, str]] = []

    def add(label: str, value) -> None:
        if value not in (None, "", []):
            lines.append((label, str(value)))

    if step == "register":
        add(_("Number and code"), data.get("number"))
        add(_("Issuing body"), data.get("issuer"))
        add(_("Document date"), format_date(data.get("issued_date")))
        add(_("Urgency"), words.URGENCY.get(data.get("urgency")) if data.get("urgency") != "normal" else None)
        add(_("Deadline for handling"), format_date(data.get("due_date")))
    elif step == "interchange":
        _describe_interchange(add, data)
    elif step == "deadline":
        add(_("Step"), words.STEP.get(data.get("step"), data.get("step")))
        add(_("Deadline"), format_date(data.get("due_date") or data.get("deadline")))
        add(_("Notified"), ", ".join(page.person(u) for u in data.get("notified") or []))
    elif step == "extension":
        add(_("Step"), words.STEP.get(data.get("step"), data.get("step")))
        add(_("Current deadline"), format_date(data.get("due_date")))
        add(_("Deadline asked for"), format_date(data.get("requested_due")))
        add(_("New deadline"), format_date(data.get("new_due")))
        add(_("Reason"), data.get("reason"))
        add(_("Comment"), data.get("comment"))
    elif data.get("decision") == "file":
        add(_("Leader's directive"), data.get("directive"))
    elif step == "assign":
        add(_("Lead"), page.dept(data.get("lead")))
        add(_("Co-handling"), page.depts(data.get("co")) if data.get("co") else None)
        add(_("For information"), page.depts(data.get("info")) if data.get("info") else None)
        add(_("Deadline"), format_date(data.get("deadline")))
        add(_("Leader's directive"), data.get("directive"))
        add(_("Recurring report duty"), _describe_duty(data.get("recurring_report")))
    elif step == "delegate" and data.get("decision") == "return":
        add(_("Reason"), data.get("reason"))
    elif step == "delegate":
        add(_("Handling officer"), page.person(data.get("assignee")))
        add(_("Deadline"), format_date(data.get("deadline")))
        add(_("Instructions"), data.get("note"))
    elif step == "propose":
        add(_("Proposal"), data.get("proposal"))
    elif step == "report":
        add(_("Report"), data.get("report"))
        add(_("Due date"), format_date(data.get("due_date")))
    elif step == "report_duty":
        add(_("Reporting department"), page.dept(data.get("department")))
        add(_("First report due"), format_date(data.get("first_due")))
        add(_("Reports submitted"), data.get("reports_submitted") if data.get("reports_submitted") is not None else None)
        add(_("Reason"), data.get("reason"))
    elif step == "recall":
        add(_("Reason"), data.get("reason"))
        add(_("Cancelled tasks"), ", ".join(
            str(words.STEP.get(c["step"], c["step"])) + (f" ({page.dept(c['department'])})" if c.get("department") else "")
            for c in data.get("cancelled", [])))
    elif step == "redelegate":
        add(_("Previous officer"), page.person(data.get("from")))
        add(_("New handling officer"), page.person(data.get("assignee")))
        add(_("Deadline"), format_date(data.get("deadline")))
        add(_("Instructions"), data.get("note"))
    else:
        add(_("Comment"), data.get("comment"))
    files = data.get("attachments") or data.get("files") or []
    add(_("Attachments"), ", ".join(f.get("name", "") for f in files if isinstance(f, dict)))
    return lines


def _describe_duty(duty: dict | None) -> str | None:
    if not duty:
        return None
    return duty_rule(SimpleNamespace(**{"month": None, **duty}))


def _describe_interchange(add, data: dict) -> None:
    add(_("Sender"), " — ".join(v for v in (data.get("sender"), data.get("sender_name")) if v))
    add(_("Interchange document id"), data.get("edxml_document_id"))
    add(_("Reason"), data.get("reason"))
    for name, (old, new) in (data.get("changes") or {}).items():
        add(_("Changed"), f"{name}: {old or '—'} → {new or '—'}")
    for key, label in (("replaced_by", _("Replaced by")), ("replaces", _("Replaces"))):
        if data.get(key):
            add(label, f"{_('Incoming no.')} {data.get('incoming_number')}/{data.get('year')} · {data.get('number')}")
    if data.get("cancelled_tasks"):
        add(_("Tasks cancelled"), data["cancelled_tasks"])
    for warning in data.get("warnings") or []:
        add(_("Note"), warning)
