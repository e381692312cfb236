"""Shared helpers of the benchmarks: databases, an organisation of N departments, statistics."""
from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from engine import Clock, Docroute, Settings
from engine.services import documents, organisation, tasks, users

PASSWORD = "bench-pass"
FAST_HASH = "pbkdf2:sha256:1000"  # logins are not what we measure


# -- numbers -----------------------------------------------------------------------------------

def pct(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of ``values``."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


@dataclass
class Timing:
    """Latencies (seconds) of a series of operations and the wall time they took."""

    label: str
    latencies: list[float]
    wall: float

    @property
    def p50_ms(self) -> float:
        return pct(self.latencies, 50) * 1000

    @property
    def p95_ms(self) -> float:
        return pct(self.latencies, 95) * 1000

    @property
    def per_second(self) -> float:
        return len(self.latencies) / self.wall if self.wall else float("nan")

    def row(self) -> str:
        return (f"{self.label:<44} n={len(self.latencies):>5}  p50 {self.p50_ms:7.2f} ms  "
                f"p95 {self.p95_ms:7.2f} ms  {self.per_second:8.1f}/s")


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000 if values else float("nan")


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def header(title: str) -> None:
    print()
    print(title)
    print("-" * len(title))


# -- databases -----------------------------------------------------------------------------------

class Databases:
    """Fresh, empty databases: SQLite files in a temporary folder, or PostgreSQL databases created
    on the server of ``postgres_url`` and dropped at the end."""

    def __init__(self, postgres_url: str | None = None):
        self.tmp = Path(tempfile.mkdtemp(prefix="docroute-bench-"))
        self.postgres_url = postgres_url
        self.created: list[str] = []

    @property
    def backend(self) -> str:
        return "postgresql" if self.postgres_url else "sqlite"

    def new(self, name: str) -> str:
        if not self.postgres_url:
            return f"sqlite:///{self.tmp / (name + '.sqlite3')}"
        db = f"docroute_bench_{name}_{uuid.uuid4().hex[:8]}"
        admin = create_engine(self.postgres_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{db}"'))
        admin.dispose()
        self.created.append(db)
        return make_url(self.postgres_url).set(database=db).render_as_string(hide_password=False)

    def cleanup(self) -> None:
        if self.postgres_url and self.created:
            admin = create_engine(self.postgres_url, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                for db in self.created:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
            admin.dispose()
        for path in sorted(self.tmp.glob("**/*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
        self.tmp.rmdir()


def make_app(url: str, instance_dir: Path, clock: Clock | None = None) -> Docroute:
    settings = Settings(database_url=url, data_dir=instance_dir / "files", instance_dir=instance_dir,
                        password_hash_method=FAST_HASH)
    settings.ensure_dirs()
    app = Docroute(settings, clock=clock or Clock())
    app.migrate()
    return app


# -- an organisation and documents -----------------------------------------------------------------

def org_file(departments: int, staff_per_department: int = 1) -> dict:
    """BGD (leader gd), VP (clerk vt), and departments D1..Dn with a head h<i> and staff s<i>_<k>."""
    depts = [{"code": "BGD", "name": "Ban Giám đốc"}, {"code": "VP", "name": "Văn phòng"}]
    people = [{"username": "vt", "full_name": "Văn thư", "roles": ["clerk"], "department": "VP"},
              {"username": "gd", "full_name": "Giám đốc", "roles": ["leader"], "department": "BGD"}]
    for i in range(1, departments + 1):
        depts.append({"code": f"D{i}", "name": f"Phòng {i}"})
        people.append({"username": f"h{i}", "full_name": f"Trưởng phòng {i}", "roles": ["head"],
                       "department": f"D{i}"})
        for k in range(1, staff_per_department + 1):
            people.append({"username": f"s{i}_{k}", "full_name": f"Chuyên viên {i}.{k}",
                           "roles": ["staff"], "department": f"D{i}"})
    for p in people:
        p["password"] = PASSWORD
    return {"organization": {"name": "Cơ quan đo hiệu năng"}, "departments": depts, "users": people}


def load_org(app: Docroute, departments: int) -> None:
    with app.unit_of_work(write=True) as uow:
        organisation.load_organisation(uow, org_file(departments))
        uow.commit()


_numbers = iter(range(1, 10**9))


def register(app: Docroute) -> int:
    n = next(_numbers)
    today = app.clock.today()
    with app.unit_of_work(write=True) as uow:
        doc = documents.register_document(uow, users.get_by_username(uow, "vt"), {
            "issuer": "Sở Y tế tỉnh Kiên Giang", "number": f"{n}/SYT-NVY",
            "issued_date": today.isoformat(), "doc_type": "Công văn",
            "subject": f"Triển khai kế hoạch số {n} về chuyển đổi số"})
        uow.commit()
        return doc.id


def deadline(app: Docroute, days: int = 30) -> str:
    return (app.clock.today() + dt.timedelta(days=days)).isoformat()


def assign(app: Docroute, document_id: int, departments: int) -> None:
    """The leader gives the document to D1 (lead) and D2..Dn (co)."""
    complete(app, "gd", open_task_id(app, "gd", document_id, "assign"), {
        "lead": "D1", "co": [f"D{i}" for i in range(2, departments + 1)],
        "deadline": deadline(app), "directive": "Giao các phòng xử lý."})


def open_task_id(app: Docroute, username: str, document_id: int, step: str) -> int:
    with app.unit_of_work() as uow:
        for task, doc in tasks.open_tasks(uow, users.get_by_username(uow, username)):
            if doc.id == document_id and task.step == step:
                return task.id
    raise LookupError(f"{username} has no {step} task on {document_id}")


def complete(app: Docroute, username: str, task_id: int, data: dict) -> str:
    with app.unit_of_work(write=True) as uow:
        doc = tasks.complete_task(uow, users.get_by_username(uow, username), task_id, data)
        uow.commit()
        return doc.status


def department_steps(app: Docroute, i: int) -> list[tuple[str, str, dict]]:
    """The department chain of D<i>: delegate (head), propose (staff), review (head)."""
    return [(f"h{i}", "delegate", {"assignee": f"s{i}_1", "deadline": deadline(app, 20), "note": "Giao xử lý."}),
            (f"s{i}_1", "propose", {"proposal": "Đề xuất phương án xử lý."}),
            (f"h{i}", "review", {"decision": "approve", "comment": "Đạt."})]


def next_open_task(app: Docroute, document_id: int, department: int) -> int:
    """The open task of D<department> on a document (read straight from the task rows)."""
    with app.db.connect() as conn:
        return conn.execute(text(
            "SELECT t.id FROM task t JOIN department d ON d.id = t.department_id "
            "WHERE t.document_id = :doc AND d.code = :code AND t.state = 'open' ORDER BY t.id DESC LIMIT 1"),
            {"doc": document_id, "code": f"D{department}"}).scalar_one()


@contextmanager
def environ(**values: str) -> Iterator[None]:
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
