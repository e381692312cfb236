"""Factory helpers shared by the tests: an engine on a fresh database, an organisation, documents.

Tests build exactly what they need with these, instead of inheriting a large base class.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from engine import Docroute, FixedClock, Settings
from engine.services import documents, organisation, tasks, users

PASSWORD = "matkhau123"
# A fixed Monday morning in Vietnam (UTC+7): dates in tests never depend on the real clock.
START = dt.datetime(2025, 3, 10, 2, 0, tzinfo=dt.timezone.utc)


def make_docroute(database_url: str, tmp_path: Path, *, clock: FixedClock | None = None) -> Docroute:
    """A migrated engine on ``database_url`` with a fixed clock and a fast password hash."""
    settings = Settings(database_url=database_url, data_dir=tmp_path / "files", instance_dir=tmp_path,
                        password_hash_method="pbkdf2:sha256:1000")
    settings.ensure_dirs()
    app = Docroute(settings, clock=clock or FixedClock(START))
    app.migrate()
    return app


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


def document_data(**overrides) -> dict:
    """Registration data for a new, distinct document."""
    n = next(_counter)
    data = {"issuer": "Sở Y tế tỉnh Kiên Giang", "number": f"{n}/SYT-NVY", "issued_date": "2025-03-07",
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
