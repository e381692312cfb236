"""The baseline: SpiffWorkflow's own reload-run-save-commit loop on the same steps.

No docroute code: the diagram ``workflows/bpmn/department_handling.bpmn`` parsed by
``SpiffBpmnParser``, serialized with ``BpmnWorkflowSerializer`` (SPIFF_CONFIG), one row of text per
instance in a SQLite table (WAL, synchronous=NORMAL, as docroute sets it). Each completion is one
transaction: read the row, deserialize, complete the ready user task, run the engine, serialize,
update, commit. The same chain as the docroute benchmarks: delegate → propose → review.

Two variants: the plain one (each row carries the whole process spec: what spiff-example-cli and
spiff-arena's loop do) and one with the spec kept once in memory (docroute's storage layout).
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from pathlib import Path

from SpiffWorkflow.bpmn.serializer.workflow import BpmnWorkflowSerializer
from SpiffWorkflow.bpmn.workflow import BpmnWorkflow
from SpiffWorkflow.spiff.parser.process import SpiffBpmnParser
from SpiffWorkflow.spiff.serializer.config import SPIFF_CONFIG
from SpiffWorkflow.task import TaskState

from engine.calendar import load_calendar
from engine.workflow.serializer import WorkflowSerializer
from engine.workflow.timers import DeadlineRules

from .common import Timing, header

BPMN = Path(__file__).resolve().parent.parent / "workflows" / "bpmn" / "department_handling.bpmn"
PROCESS = "department_handling"


def _spec():
    parser = SpiffBpmnParser()
    parser.add_bpmn_file(str(BPMN))
    return parser.get_spec(PROCESS)


def _script_engine():
    """The diagram's timer expressions call ``reminder_at``/``overdue_at``: the same functions the
    engine gives them (the timers themselves stay SpiffWorkflow's own)."""
    return DeadlineRules(load_calendar()).script_engine()


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE TABLE IF NOT EXISTS workflow (id INTEGER PRIMARY KEY, state TEXT NOT NULL)")
    return conn


def _steps() -> list[dict]:
    soon = (dt.date.today() + dt.timedelta(days=20)).isoformat()
    return [{"decision": "delegate", "assignee": "s1_1", "staff_deadline": soon},  # delegate
            {},                                                                   # propose
            {"decision": "approve"}]                                              # review


def run(tmp: Path, instances: int, *, spec_once: bool = False) -> Timing:
    spec, engine = _spec(), _script_engine()
    if spec_once:
        ours = WorkflowSerializer()
        dump, load = ours.dump_instance, lambda s: ours.load_instance(s, spec)
    else:
        plain = BpmnWorkflowSerializer(BpmnWorkflowSerializer.configure(SPIFF_CONFIG))
        dump = lambda wf: json.dumps(plain.to_dict(wf))  # noqa: E731
        load = lambda s: plain.from_dict(json.loads(s))  # noqa: E731
    path = tmp / f"raw_spiff_{'once' if spec_once else 'plain'}.sqlite3"
    conn = _connect(path)
    deadline = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    conn.execute("BEGIN")
    for i in range(instances):
        wf = BpmnWorkflow(spec, script_engine=engine)
        for task in wf.get_tasks(state=TaskState.READY):
            task.data.update({"department": "D1", "lead": True, "deadline": deadline,
                              "assigned_by": "gd", "document_id": i + 1})
        wf.do_engine_steps()
        conn.execute("INSERT INTO workflow (id, state) VALUES (?, ?)", (i + 1, dump(wf)))
    conn.execute("COMMIT")

    latencies = []
    wall_start = time.perf_counter()
    for i in range(instances):
        for data in _steps():
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            (state,) = conn.execute("SELECT state FROM workflow WHERE id = ?", (i + 1,)).fetchone()
            wf = load(state)
            wf.script_engine = engine
            task = wf.get_tasks(state=TaskState.READY, manual=True)[0]
            task.set_data(**data)
            task.run()
            wf.do_engine_steps()
            conn.execute("UPDATE workflow SET state = ? WHERE id = ?", (dump(wf), i + 1))
            conn.execute("COMMIT")
            latencies.append(time.perf_counter() - start)
    wall = time.perf_counter() - wall_start
    size = len(conn.execute("SELECT state FROM workflow WHERE id = 1").fetchone()[0])
    conn.close()
    label = f"raw loop, {'spec stored once' if spec_once else 'spec in every row'} ({size / 1024:.1f} KB/row)"
    return Timing(label, latencies, wall)


def baseline(tmp: Path, instances: int) -> dict[str, Timing]:
    header("SpiffWorkflow's own reload-run-save-commit loop (SQLite, same steps, same diagram)")
    out = {}
    for key, once in (("plain", False), ("spec_once", True)):
        timing = run(tmp, instances, spec_once=once)
        out[key] = timing
        print(timing.row())
    return out
