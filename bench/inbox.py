"""Inbox and register latency for one user with 100,000 documents in the database.

The documents and their task rows are bulk-inserted with SQLAlchemy Core (not through the
workflow): five years of a 30-department agency, most documents finished, the recent ones in
progress, departments chosen with a skew (a few departments get most of the work), 1–3 handling
departments per document, every step of a finished document kept as a completed task row.
Then ``engine.services.tasks.open_tasks`` (the inbox) and ``documents.list_documents`` (the
register page) are timed for a staff member, a head and a leader, each in a fresh read unit of
work as a request would run them, and the query plans are printed.
"""
from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from types import SimpleNamespace

from sqlalchemy import event, func, select

from engine.persistence.models import (Department, DocumentAccess, DocumentDepartment, DocumentSearch,
                                       IncomingDocument, ProcessSpec, Task, User, WorkflowInstance)
from engine.services import documents, search, tasks, users

from .common import Databases, Timing, header, make_app

DEPARTMENTS = 30
STAFF = 5
CHUNK = 5000


def _org(app) -> None:
    from engine.services import organisation

    from .common import org_file
    with app.unit_of_work(write=True) as uow:
        organisation.load_organisation(uow, org_file(DEPARTMENTS, STAFF))
        uow.commit()


def _bulk_insert(conn, table, rows: list[dict]) -> None:
    """One executemany through the driver (the Core ``insert()`` with per-value type processing
    made the 700,000 task rows take a minute); values are converted as the SQLite dialect stores them."""
    columns = list(rows[0])
    sqlite = conn.dialect.name == "sqlite"
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    statement = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"

    def value(v):
        if not sqlite:
            return v
        if isinstance(v, dt.datetime):
            return v.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
        if isinstance(v, dt.date):
            return v.isoformat()
        return v

    conn.exec_driver_sql(statement, [tuple(value(r[c]) for c in columns) for r in rows])


def populate(app, count: int, seed: int = 7, attachment_text: Callable[[int], str] | None = None,
             with_tasks: bool = True) -> dict:
    """Insert ``count`` documents with their search rows, departments, instances and task rows;
    ``attachment_text(n)``, when given, is indexed as the text of the n-th document's attachments;
    ``with_tasks=False`` leaves out the task rows (not read by searches)."""
    rnd = random.Random(seed)
    with app.unit_of_work() as uow:
        s = uow.session
        dept_ids = {code: i for code, i in s.execute(select(Department.code, Department.id))}
        user_ids = {name: i for name, i in s.execute(select(User.username, User.id))}
        spec_ids = {p: i for p, i in s.execute(select(ProcessSpec.process_id, ProcessSpec.id))}
    clerk, leaders = user_ids["vt"], [user_ids["gd"]]
    codes = [f"D{i}" for i in range(1, DEPARTMENTS + 1)]
    weights = [1 / (i ** 0.6) for i in range(1, DEPARTMENTS + 1)]  # D1 busiest
    today = app.clock.today()
    now = app.clock.now()
    start_day = today - dt.timedelta(days=5 * 365)
    active_from = count - max(1, count // 100)  # the newest 1 % are still being handled

    docs, searches, depts, access, instances, task_rows = [], [], [], [], [], []
    numbers: dict[int, int] = {}
    doc_id = inst_id = 0
    with app.db.connect() as conn:
        doc_id = conn.execute(select(func.coalesce(func.max(IncomingDocument.id), 0))).scalar_one()
        inst_id = conn.execute(select(func.coalesce(func.max(WorkflowInstance.id), 0))).scalar_one()

    def flush(conn, final=False) -> None:
        if not final and len(task_rows) < CHUNK and len(docs) < CHUNK:
            return
        for table, rows in ((IncomingDocument, docs), (DocumentSearch, searches), (DocumentDepartment, depts),
                            (DocumentAccess, access),
                            (WorkflowInstance, instances), (Task, task_rows)):  # parents first
            if rows:
                _bulk_insert(conn, table.__table__, rows)
                rows.clear()

    t0 = time.perf_counter()
    with app.db.begin() as conn:
        for n in range(count):
            doc_id += 1
            received = start_day + dt.timedelta(days=int((today - start_day).days * n / count))
            created = dt.datetime.combine(received, dt.time(1, 0), tzinfo=dt.timezone.utc) + dt.timedelta(seconds=n % 3600)
            created = min(created, now)
            year = received.year
            numbers[year] = numbers.get(year, 0) + 1
            active = n >= active_from
            filed = not active and rnd.random() < 0.1
            assigning = active and rnd.random() < 0.1
            status = "assigning" if assigning else "in_progress" if active else "filed" if filed else "completed"
            subject = f"Triển khai kế hoạch số {n} về {rnd.choice(['chuyển đổi số', 'phòng chống dịch', 'tài chính', 'nhân sự', 'trang thiết bị'])}"
            docs.append(dict(
                id=doc_id, register="general", year=year, incoming_number=numbers[year], received_date=received,
                issuer="Sở Y tế tỉnh Kiên Giang", number=f"{n}/SYT-NVY", issued_date=received, doc_type="Công văn",
                subject=subject, signer=None, urgency="khan" if rnd.random() < 0.05 else "normal",
                confidentiality="mat" if rnd.random() < 0.02 else "normal",
                due_date=received + dt.timedelta(days=15) if rnd.random() < 0.3 else None, status=status,
                dedup_key=f"bench|{n}", registered_by_id=clerk,
                created_at=created, completed_at=None if active or filed else created + dt.timedelta(days=10)))
            fields = SimpleNamespace(number=f"{n}/SYT-NVY", issuer="Sở Y tế tỉnh Kiên Giang", subject=subject)
            searches.append(dict(document_id=doc_id, body=search.search_body(
                fields, [attachment_text(n)] if attachment_text else [])))
            inst_id += 1
            routing_id = inst_id
            instances.append(dict(id=routing_id, document_id=doc_id, process_id="routing", spec_id=spec_ids["routing"],
                                  parent_id=None, department_id=None, status="open" if active else "completed",
                                  outcome=None, ready=False, state="{}", serializer_version="bench", version=1,
                                  updated_at=created))

            def task(step, role, dept=None, assignee=None, state="completed", instance=routing_id, due=None):
                if not with_tasks:
                    return
                task_rows.append(dict(
                    document_id=doc_id, instance_id=instance, spiff_task_id="00000000-0000-0000-0000-000000000000",
                    step=step, candidate_role=role, department_id=dept, assignee_id=assignee, due_date=due,
                    state=state, created_at=created, completed_at=None if state == "open" else created,
                    completed_by_id=None, version=1))

            if assigning:
                task("assign", "leader", state="open", due=today + dt.timedelta(days=rnd.randint(-3, 10)))
                continue
            task("assign", "leader")
            if filed:
                continue
            chosen = rnd.choices(codes, weights, k=rnd.randint(1, 3))
            chosen = list(dict.fromkeys(chosen))
            deadline = received + dt.timedelta(days=rnd.randint(5, 30))
            for k, code in enumerate(chosen):
                dept = dept_ids[code]
                depts.append(dict(document_id=doc_id, department_id=dept, role="lead" if k == 0 else "co"))
                inst_id += 1
                instances.append(dict(id=inst_id, document_id=doc_id, process_id="department_handling",
                                      spec_id=spec_ids["department_handling"], parent_id=routing_id, department_id=dept,
                                      status="open" if active else "completed", outcome=None, ready=False,
                                      state="{}", serializer_version="bench", version=1, updated_at=created))
                head = user_ids[f"h{code[1:]}"]
                staff = user_ids[f"s{code[1:]}_{rnd.randint(1, STAFF)}"]
                at = rnd.randint(0, 3) if active else 4  # 0 delegate, 1 propose, 2 review, 3 ready, 4 done
                if at == 0:
                    task("delegate", "head", dept, state="open", instance=inst_id, due=deadline)
                    continue
                task("delegate", "head", dept, instance=inst_id)
                access.append(dict(document_id=doc_id, user_id=staff))
                for step, role, who in (("propose", "staff", staff), ("review", "head", None)):
                    if at == (1 if step == "propose" else 2):
                        task(step, role, dept, who, state="open", instance=inst_id, due=deadline)
                        break
                    task(step, role, dept, who, instance=inst_id)
            if not active:
                task("approve", "leader", None, leaders[0])
            flush(conn)
        flush(conn, final=True)
    seconds = time.perf_counter() - t0
    with app.db.connect() as conn:
        n_tasks = conn.execute(select(func.count()).select_from(Task)).scalar_one()
        n_open = conn.execute(select(func.count()).select_from(Task).where(Task.state == "open")).scalar_one()
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    print(f"inserted {count:,} documents, {n_tasks:,} task rows ({n_open:,} open) in {seconds:.1f} s")
    return {"documents": count, "tasks": n_tasks, "open": n_open, "seconds": seconds}


class _Spy:
    """Remembers the longest SELECT run (the main query, not the eager loads), to EXPLAIN it."""

    def __init__(self, engine):
        self.statement, self.parameters = "", None
        event.listen(engine, "before_cursor_execute", self._capture)
        self.engine = engine

    def _capture(self, conn, cursor, statement, parameters, context, executemany):  # noqa: ARG002
        if statement.lstrip().upper().startswith("SELECT") and len(statement) > len(self.statement):
            self.statement, self.parameters = statement, parameters

    def remove(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._capture)


def explain(app, fn) -> list[str]:
    """The query plan of the main SELECT that ``fn`` runs."""
    spy = _Spy(app.db)
    try:
        fn()
    finally:
        spy.remove()
    prefix = "EXPLAIN QUERY PLAN " if app.db.dialect.name == "sqlite" else "EXPLAIN "
    raw = app.db.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(prefix + spy.statement, spy.parameters)
        rows = cursor.fetchall()
    finally:
        raw.close()
    if app.db.dialect.name == "sqlite":
        return [f"{'  ' * (row[1] > 0)}{row[-1]}" for row in rows]
    return [row[0] for row in rows]


def _time(app, username: str, fn, repeats: int) -> tuple[Timing, int]:
    latencies, found = [], 0
    start = time.perf_counter()
    for _ in range(repeats):
        t0 = time.perf_counter()
        with app.unit_of_work() as uow:
            found = len(fn(uow, users.get_by_username(uow, username)))
        latencies.append(time.perf_counter() - t0)
    return Timing("", latencies, time.perf_counter() - start), found


def benchmark(dbs: Databases, count: int, repeats: int) -> dict:
    header(f"Inbox with {count:,} documents ({dbs.backend})")
    app = make_app(dbs.new("inbox"), dbs.tmp / "inbox")
    try:
        _org(app)
        stats = populate(app, count)
        who = {"staff s1_1 (busiest department)": "s1_1", "head h1": "h1", "leader gd": "gd"}
        queries = {
            "open_tasks": lambda uow, u: tasks.open_tasks(uow, u),
            "list_documents (newest 100)": lambda uow, u: documents.list_documents(uow, u),
            "list_documents q='chuyển đổi số'": lambda uow, u: documents.list_documents(uow, u, q="chuyển đổi số"),
            "list_documents q='4242/SYT' (rare)": lambda uow, u: documents.list_documents(uow, u, q="4242/SYT"),
        }
        try:
            from engine.services import inbox as inbox_service
            queries["inbox.inbox (UI sections)"] = lambda uow, u: [0] * inbox_service.inbox(uow, u).total
        except Exception:  # noqa: BLE001 - optional: the UI read model may not be there
            pass
        results = {}
        for label, username in who.items():
            for qname, fn in queries.items():
                timing, found = _time(app, username, fn, repeats)
                results[(username, qname)] = (timing, found)
                print(f"{label:<32} {qname:<34} rows {found:>5}  p50 {timing.p50_ms:7.2f} ms  "
                      f"p95 {timing.p95_ms:7.2f} ms")
        for username in ("s1_1", "h1"):
            for qname in ("open_tasks", "list_documents (newest 100)"):
                print(f"\nquery plan: {qname} for {username}")
                with app.unit_of_work() as uow:
                    user = users.get_by_username(uow, username)
                    for line in explain(app, lambda uow=uow, user=user, q=qname: queries[q](uow, user)):
                        print(f"    {line}")
        return {"stats": stats, "results": results}
    finally:
        app.dispose()
