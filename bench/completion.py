"""Task-completion cost: in-process through the services, and over HTTP through ``docroute serve``.

A document is given to D departments (D1 lead, the others co-handling); each department then
runs its chain delegate → propose → review. Those department steps are what is timed; the leader's
assign (which starts D instances) and approve (which closes them) are reported apart, since their
work is proportional to D by nature.
"""
from __future__ import annotations

import http.client
import json
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

from engine.persistence.models import WorkflowInstance

from .common import (PASSWORD, Databases, Timing, assign, complete, deadline, department_steps, header,
                     load_org, make_app, median_ms, next_open_task, open_task_id, register, timed)

ROOT = Path(__file__).resolve().parent.parent


def _documents_for(departments: int, target: int) -> int:
    return max(1, round(target / (3 * departments)))


# -- in-process ---------------------------------------------------------------------------------

@dataclass
class InProcess:
    steps: dict[int, Timing] = field(default_factory=dict)
    assign_ms: dict[int, float] = field(default_factory=dict)
    approve_ms: dict[int, float] = field(default_factory=dict)


def in_process(dbs: Databases, sizes: list[int], target: int) -> InProcess:
    header(f"Task completion in-process (services + unit of work, {dbs.backend})")
    app = make_app(dbs.new("inprocess"), dbs.tmp / "inprocess")
    load_org(app, max(sizes))
    result = InProcess()
    try:
        for d in sizes:
            docs = [register(app) for _ in range(_documents_for(d, target))]
            assign_times = [timed(lambda doc=doc: assign(app, doc, d)) for doc in docs]
            latencies = []
            for doc in docs:
                for i in range(1, d + 1):
                    for user, _step, data in department_steps(app, i):
                        task_id = next_open_task(app, doc, i)
                        latencies.append(timed(lambda: complete(app, user, task_id, data)))
            approve_times = [timed(lambda doc=doc: complete(
                app, "gd", open_task_id(app, "gd", doc, "approve"), {"decision": "approve"})) for doc in docs]
            timing = Timing(f"{d:>3} departments: delegate/propose/review", latencies, sum(latencies))
            result.steps[d], result.assign_ms[d] = timing, median_ms(assign_times)
            result.approve_ms[d] = median_ms(approve_times)
            print(timing.row())
            print(f"{'':<8}assign (starts {d} instances) {result.assign_ms[d]:.1f} ms, "
                  f"approve (closes {d}) {result.approve_ms[d]:.1f} ms, documents: {len(docs)}")
    finally:
        app.dispose()
    return result


def state_sizes(app, document_id: int) -> tuple[int, int]:
    """(routing instance bytes, largest department instance bytes) of a document."""
    with app.unit_of_work() as uow:
        rows = uow.session.execute(select(WorkflowInstance.process_id, func.length(WorkflowInstance.state))
                                   .where(WorkflowInstance.document_id == document_id)).all()
    routing = max((n for p, n in rows if p == "routing"), default=0)
    dept = max((n for p, n in rows if p != "routing"), default=0)
    return routing, dept


def per_step_growth(dbs: Databases, sizes: list[int], loops: list[int]) -> dict:
    """Per-step cost of a department step vs D, and vs the number of return loops."""
    header(f"Per-step cost vs departments and return loops (in-process, {dbs.backend})")
    app = make_app(dbs.new("growth"), dbs.tmp / "growth")
    load_org(app, max(sizes))
    out: dict = {"departments": {}, "review_loops": {}, "leader_loops": {}}
    try:
        for d in sizes:
            lat = []
            for _ in range(3):
                doc = register(app)
                assign(app, doc, d)
                # delegate and propose of every department, the last one after all the others: a
                # step that ends no department's work (the join after the last review is apart)
                for i in range(1, d + 1):
                    for user, _s, data in department_steps(app, i)[:2]:
                        task_id = next_open_task(app, doc, i)
                        elapsed = timed(lambda: complete(app, user, task_id, data))
                        if i == d or i == 1:
                            lat.append(elapsed)
            routing, dept = state_sizes(app, doc)
            out["departments"][d] = (median_ms(lat), routing, dept)
            print(f"{d:>4} departments: department step median {median_ms(lat):6.2f} ms   "
                  f"state: routing {routing / 1024:5.1f} KB, one department {dept / 1024:5.1f} KB")

        # review returns: propose → review(return) again and again in one department
        doc = register(app)
        assign(app, doc, 1)
        h, s = "h1", "s1_1"
        complete(app, h, next_open_task(app, doc, 1), department_steps(app, 1)[0][2])
        done = 0
        for target in loops:
            lat = []
            while done < target:
                t0 = timed(lambda: complete(app, s, next_open_task(app, doc, 1), {"proposal": "Bản sửa."}))
                t1 = timed(lambda: complete(app, h, next_open_task(app, doc, 1),
                                            {"decision": "return", "comment": "Sửa lại."}))
                lat += [t0, t1]
                done += 1
            if lat:
                sample = lat[-6:]
                routing, dept = state_sizes(app, doc)
                out["review_loops"][target] = (median_ms(sample), dept)
                print(f"after {target:>3} review returns: propose/review median {median_ms(sample):6.2f} ms   "
                      f"department state {dept / 1024:6.1f} KB")

        # leader returns: approve(return) → lead department propose → review → approve again
        doc = register(app)
        assign(app, doc, 3)
        for i in range(1, 4):
            for user, _s, data in department_steps(app, i):
                complete(app, user, next_open_task(app, doc, i), data)
        done = 0
        for target in loops:
            lat = []
            while done < target:
                lat.append(timed(lambda: complete(app, "gd", open_task_id(app, "gd", doc, "approve"),
                                                  {"decision": "return", "comment": "Bổ sung."})))
                for user, _s, data in department_steps(app, 1)[1:]:
                    task_id = next_open_task(app, doc, 1)
                    lat.append(timed(lambda: complete(app, user, task_id, data)))
                done += 1
            if lat:
                sample = lat[-6:]
                routing, dept = state_sizes(app, doc)
                out["leader_loops"][target] = (median_ms(sample), routing, dept)
                print(f"after {target:>3} leader returns: approve/propose/review median {median_ms(sample):6.2f} ms"
                      f"   state: routing {routing / 1024:6.1f} KB, lead department {dept / 1024:6.1f} KB")
    finally:
        app.dispose()
    return out


# -- over HTTP --------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``docroute serve`` (gunicorn, gthread) as a subprocess on a free loopback port."""

    def __init__(self, url: str, instance: Path, workers: int, threads: int):
        self.port = _free_port()
        env = dict(os.environ, DOCROUTE_DATABASE_URL=url, DOCROUTE_INSTANCE_DIR=str(instance),
                   DOCROUTE_SECRET_KEY="bench-secret", DOCROUTE_DATA_DIR=str(instance / "files"))
        self.log = open(instance / "serve.log", "wb")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "webapp.cli", "serve", "--host", "127.0.0.1", "--port", str(self.port),
             "--workers", str(workers), "--threads", str(threads)],
            cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline_at = time.monotonic() + 60
        while time.monotonic() < deadline_at:
            if self.proc.poll() is not None:
                raise RuntimeError(f"docroute serve exited; see {instance / 'serve.log'}")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                conn.request("GET", "/api/v1/me")
                if conn.getresponse().status == 401:
                    conn.close()
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("docroute serve did not answer within 60 s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


class Client:
    """One keep-alive connection; JSON in and out."""

    def __init__(self, port: int):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def post(self, path: str, body: dict, token: str | None = None) -> tuple[int, dict]:
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.conn.request("POST", path, body=json.dumps(body), headers=headers)
        response = self.conn.getresponse()
        return response.status, json.loads(response.read() or b"{}")

    def close(self) -> None:
        self.conn.close()


@dataclass
class HttpRun:
    timing: Timing
    errors: int


def _drive(port: int, url: str, tokens: dict[str, str], lanes: list[tuple[int, int, list]],
           threads: int, label: str) -> HttpRun:
    """Complete every lane's chain; lanes run in parallel on ``threads`` client threads."""
    work: queue.Queue = queue.Queue()
    for lane in lanes:
        work.put(lane)
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    reader = create_engine(url)

    def lookup(doc: int, dept: int) -> int:
        with reader.connect() as conn:
            return conn.execute(text(
                "SELECT t.id FROM task t JOIN department d ON d.id = t.department_id WHERE t.document_id = :doc "
                "AND d.code = :code AND t.state = 'open' ORDER BY t.id DESC LIMIT 1"),
                {"doc": doc, "code": f"D{dept}"}).scalar_one()

    def worker() -> None:
        client = Client(port)
        mine = []
        try:
            while True:
                try:
                    doc, dept, chain = work.get_nowait()
                except queue.Empty:
                    return
                for user, _step, data in chain:
                    task_id = lookup(doc, dept)
                    start = time.perf_counter()
                    status, body = client.post(f"/api/v1/tasks/{task_id}/complete", data, tokens[user])
                    mine.append(time.perf_counter() - start)
                    if status != 200:
                        with lock:
                            errors.append(f"{status} {body}")
        finally:
            client.close()
            with lock:
                latencies.extend(mine)

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    start = time.perf_counter()
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    wall = time.perf_counter() - start
    reader.dispose()
    if errors:
        print(f"    {len(errors)} errors, first: {errors[0][:200]}")
    return HttpRun(Timing(label, latencies, wall), len(errors))


def over_http(dbs: Databases, sizes: list[int], target: int, *, client_threads: int = 4,
              workers: int = 2, threads: int = 4) -> dict[str, dict[int, HttpRun]]:
    header(f"Task completion over HTTP (docroute serve: gunicorn gthread {workers}×{threads}, "
           f"{dbs.backend}, loopback, keep-alive)")
    url = dbs.new("http")
    instance = dbs.tmp / "http"
    app = make_app(url, instance)
    load_org(app, max(sizes))
    plan: dict[str, dict[int, list]] = {"sequential": {}, "concurrent": {}}
    for mode in plan:
        for d in sizes:
            lanes = []
            for _ in range(_documents_for(d, target)):
                doc = register(app)
                assign(app, doc, d)
                lanes += [(doc, i, department_steps(app, i)) for i in range(1, d + 1)]
            plan[mode][d] = lanes
    app.dispose()

    server = Server(url, instance, workers, threads)
    results: dict[str, dict[int, HttpRun]] = {"sequential": {}, "concurrent": {}}
    try:
        client = Client(server.port)
        users = {"gd"} | {f"h{i}" for i in range(1, max(sizes) + 1)} | {f"s{i}_1" for i in range(1, max(sizes) + 1)}
        tokens = {}
        for user in sorted(users):
            status, body = client.post("/api/v1/auth/token", {"username": user, "password": PASSWORD})
            assert status == 200, body
            tokens[user] = body["token"]
        client.close()
        for mode, n_threads in (("sequential", 1), ("concurrent", client_threads)):
            for d in sizes:
                run = _drive(server.port, url, tokens, plan[mode][d], n_threads,
                             f"{d:>3} departments, {n_threads} client thread{'s' if n_threads > 1 else ''}")
                results[mode][d] = run
                print(run.timing.row())
    finally:
        server.stop()
    return results
