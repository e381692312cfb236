"""Where a completion's time goes: cProfile over in-process department steps, grouped by library.

``python -m bench.run --only profile`` prints the share of own time (tottime) per package and
the engine functions with the most cumulative time.
"""
from __future__ import annotations

import cProfile
import pstats
from collections import Counter
from pathlib import Path

import engine

from .common import Databases, assign, complete, department_steps, header, load_org, make_app, next_open_task, register

ENGINE_DIR = str(Path(engine.__file__).resolve().parent)
GROUPS = (("sqlalchemy", "SQLAlchemy (ORM, Core, pool)"), ("SpiffWorkflow", "SpiffWorkflow"),
          (ENGINE_DIR, "docroute engine"), ("sqlite3", "sqlite3 driver (SQL execution)"),
          ("psycopg", "psycopg driver (SQL execution)"), ("json", "json"), ("uuid", "uuid"),
          ("copy", "copy (deepcopy of task data)"))


def _group(filename: str, name: str) -> str:
    where = f"{filename}:{name}"
    for needle, label in GROUPS:
        if needle in where:
            return label
    if filename == "~" and ("sqlite3" in name or "execute" in name or "commit" in name):
        return "sqlite3 driver (SQL execution)"
    return "other (Python built-ins, stdlib)"


def completion_profile(dbs: Databases, departments: int, target: int) -> None:
    header(f"Profile of in-process completions ({departments} departments, {dbs.backend})")
    app = make_app(dbs.new("profile"), dbs.tmp / "profile")
    load_org(app, departments)
    profiler = cProfile.Profile()
    n = 0
    try:
        for _ in range(max(1, round(target / (3 * departments)))):
            doc = register(app)
            assign(app, doc, departments)
            for i in range(1, departments + 1):
                for user, _s, data in department_steps(app, i):
                    task_id = next_open_task(app, doc, i)
                    profiler.enable()
                    complete(app, user, task_id, data)
                    profiler.disable()
                    n += 1
    finally:
        app.dispose()
    stats = pstats.Stats(profiler)
    own: Counter = Counter()
    for (filename, _line, name), (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():
        own[_group(filename, name)] += tottime
    total = sum(own.values())
    print(f"{n} completions, {total / n * 1000:.1f} ms each under the profiler (which inflates Python-heavy code)")
    for label, seconds in own.most_common():
        print(f"  {label:<36} {seconds / total * 100:5.1f} %")
    print("engine functions by cumulative time per completion:")
    rows = [(ct, f"engine{filename[len(ENGINE_DIR):]}:{name}")
            for (filename, _l, name), (_cc, _nc, _tt, ct, _c) in stats.stats.items() if filename.startswith(ENGINE_DIR)]
    for ct, where in sorted(rows, reverse=True)[:14]:
        print(f"  {ct / n * 1000:6.2f} ms  {where}")
