"""Factory helpers shared by the tests: an engine on a fresh database, an organisation, documents.

Tests build exactly what they need with these, instead of inheriting a large base class.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select

from engine import Docroute, FixedClock, Settings
from engine.persistence.models import IncomingDocument, Task
from engine.services import documents, history, organisation, tasks, users

PASSWORD = "matkhau123"
# A fixed Monday morning in Vietnam (UTC+7): dates in tests never depend on the real clock.
START = dt.datetime(2025, 3, 10, 2, 0, tzinfo=dt.timezone.utc)
LEADER_DEADLINE = "2025-03-25"   # what the leader gives in direct()
HEAD_DEADLINE = "2025-03-20"     # what a head gives in handle()


def make_docroute(database_url: str, tmp_path: Path, *, clock: FixedClock | None = None,
                  **settings) -> Docroute:
    """A migrated engine on ``database_url`` with a fixed clock and a fast password hash
    (``settings``: other Settings fields, e.g. ``mail``)."""
    settings = Settings(database_url=database_url, data_dir=tmp_path / "files", instance_dir=tmp_path,
                        password_hash_method="pbkdf2:sha256:1000", **settings)
    settings.ensure_dirs()
    app = Docroute(settings, clock=clock or FixedClock(START))
    app.migrate()
    return app


@contextmanager
def engine_with_org(database_url: str, tmp_path: Path, departments: int = 2, **settings) -> Iterator[Docroute]:
    """A migrated engine with the test organisation; its connections closed afterwards."""
    app = make_docroute(database_url, tmp_path, **settings)
    load_org(app, departments)
    try:
        yield app
    finally:
        app.dispose()


def reopen(app: Docroute) -> Docroute:
    """The same database through a new engine (no cached specs), as after a restart."""
    app.dispose()
    return Docroute(app.settings, clock=app.clock)


def org_file(departments: int = 2, *, extra_users: list[dict] | None = None) -> dict:
    """An organisation: BGD (leaders gd, pgd), VP (clerk vt, auditor kt), and departments P1..Pn
    each with a head ``tp<i>`` and two staff ``cv<i>a``/``cv<i>b``."""
    depts = [{"code": "BGD", "name": "Ban Giám đốc"}, {"code": "VP", "name": "Văn phòng"}]
    people = [
        {"username": "vt", "full_name": "Nguyễn Thị Văn Thư", "roles": ["clerk"], "department": "VP"},
        {"username": "kt", "full_name": "Trần Kiểm Tra", "roles": ["auditor"], "department": "VP"},
        {"username": "gd", "full_name": "Lê Giám Đốc", "roles": ["leader"], "department": "BGD"},
        {"username": "pgd", "full_name": "Phạm Phó Giám Đốc", "roles": ["leader"], "department": "BGD"},
    ]
    for i in range(1, departments + 1):
        depts.append({"code": f"P{i}", "name": f"Phòng số {i}"})
        people += [
            {"username": f"tp{i}", "full_name": f"Trưởng phòng {i}", "roles": ["head"], "department": f"P{i}"},
            {"username": f"cv{i}a", "full_name": f"Chuyên viên {i}A", "roles": ["staff"], "department": f"P{i}"},
            {"username": f"cv{i}b", "full_name": f"Chuyên viên {i}B", "roles": ["staff"], "department": f"P{i}"},
        ]
    for person in people:
        person["password"] = PASSWORD
    return {"organization": {"name": "Trung tâm Y tế thử nghiệm"}, "departments": depts,
            "users": people + list(extra_users or [])}


def load_org(app: Docroute, departments: int = 2, **kwargs) -> None:
    with app.unit_of_work(write=True) as uow:
        organisation.load_organisation(uow, org_file(departments, **kwargs))
        uow.commit()


_counter = iter(range(1, 10**9))
# The factory's own code: a test's hand-typed letter ('620/SYT-NVY') is never a duplicate of a
# factory letter, whichever count a test worker has reached when it registers it.
FACTORY_CODE = "SYT-TN"


def document_data(**overrides) -> dict:
    """Registration data for a new, distinct document."""
    n = next(_counter)
    data = {"issuer": "Sở Y tế tỉnh Kiên Giang", "number": f"{n}/{FACTORY_CODE}", "issued_date": "2025-03-07",
            "doc_type": "Công văn", "subject": f"Triển khai kế hoạch số {n} về chuyển đổi số"}
    data.update(overrides)
    return data


def register(app: Docroute, clerk: str = "vt", **overrides) -> int:
    with app.unit_of_work(write=True) as uow:
        doc = documents.register_document(uow, users.get_by_username(uow, clerk), document_data(**overrides))
        uow.commit()
        return doc.id


def open_task(app: Docroute, username: str, step: str, document_id: int) -> int:
    """The id of ``username``'s open ``step`` task on a document (fails the test if none)."""
    with app.unit_of_work() as uow:
        found = [t.id for t, d in tasks.open_tasks(uow, users.get_by_username(uow, username))
                 if t.step == step and d.id == document_id]
    assert found, f"{username} has no open {step} task on document {document_id}"
    return found[0]


def complete(app: Docroute, username: str, step: str, document_id: int, data: dict) -> str:
    """Complete ``username``'s ``step`` task; returns the document's new status."""
    task_id = open_task(app, username, step, document_id)
    with app.unit_of_work(write=True) as uow:
        doc = tasks.complete_task(uow, users.get_by_username(uow, username), task_id, data)
        uow.commit()
        return doc.status


def direct(app: Docroute, document_id: int, *, lead: str = "P1", co=(), info=(),
           deadline: str | None = LEADER_DEADLINE, leader: str = "gd") -> str:
    """The leader's ``assign`` step: lead, co and info departments and a deadline."""
    return complete(app, leader, "assign", document_id, {
        "lead": lead, "co": list(co), "info": list(info), "deadline": deadline,
        "directive": "Giao phòng chủ trì tham mưu"})


def handle(app: Docroute, document_id: int, dept: int, *, staff: str | None = None,
           deadline: str = HEAD_DEADLINE) -> str:
    """Department P<dept> handles: its head delegates, the staff proposes, the head approves."""
    head, staff = f"tp{dept}", staff or f"cv{dept}a"
    complete(app, head, "delegate", document_id, {"assignee": staff, "deadline": deadline, "note": "Xử lý"})
    complete(app, staff, "propose", document_id, {"proposal": f"Dự thảo của {staff}"})
    return complete(app, head, "review", document_id, {"decision": "approve", "comment": "Đạt"})


def task_rows(app: Docroute, document_id: int, *, state: str | None = "open") -> list[tuple]:
    """(step, department code, assignee, candidate role, due date, state) of a document's tasks by id."""
    with app.unit_of_work() as uow:
        query = select(Task).where(Task.document_id == document_id).order_by(Task.id)
        if state:
            query = query.where(Task.state == state)
        return [(t.step, t.department.code if t.department else None,
                 t.assignee.username if t.assignee else None, t.candidate_role,
                 t.due_date.isoformat() if t.due_date else None, t.state)
                for t in uow.session.scalars(query)]


def events(app: Docroute, document_id: int) -> list[tuple]:
    """(actor, step, action, department code) of a document's history, oldest first."""
    with app.unit_of_work() as uow:
        return [(e.actor.username if e.actor else None, e.step, e.action,
                 e.department.code if e.department else None)
                for e in history.events_of(uow, document_id)]


def status(app: Docroute, document_id: int) -> str:
    with app.unit_of_work() as uow:
        return uow.session.get(IncomingDocument, document_id).status


# --- re-routing: recall, re-delegate, stand-ins ---------------------------------------------------

def recall(app: Docroute, document_id: int, leader: str = "gd", reason: str = "Chỉ đạo lại") -> str:
    """A leader recalls the document; returns its new status."""
    from engine.services import rerouting

    with app.unit_of_work(write=True) as uow:
        doc = rerouting.recall_document(uow, users.get_by_username(uow, leader), document_id, {"reason": reason})
        uow.commit()
        return doc.status


def redelegate(app: Docroute, head: str, document_id: int, data: dict) -> int:
    """``head`` gives the open propose task of the document to someone else; returns the new task id."""
    from engine.services import rerouting

    with app.unit_of_work() as uow:
        [task_id] = uow.session.scalars(select(Task.id).where(
            Task.document_id == document_id, Task.step == "propose", Task.state == "open",
            Task.department_id == users.get_by_username(uow, head).department_id))
    with app.unit_of_work(write=True) as uow:
        task = rerouting.redelegate_task(uow, users.get_by_username(uow, head), task_id, data)
        uow.commit()
        return task.id


def name_stand_in(app: Docroute, username: str, stand_in: str, start: str, end: str) -> int:
    """``username`` names ``stand_in`` from ``start`` to ``end`` (ISO dates); returns the period id."""
    from engine.services import standins

    with app.unit_of_work(write=True) as uow:
        period = standins.name_stand_in(uow, users.get_by_username(uow, username),
                                        {"stand_in": stand_in, "from": start, "to": end})
        uow.commit()
        return period.id
