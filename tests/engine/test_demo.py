"""``docroute demo``'s data: a fresh database gets the demo organisation and the five seed letters,
each at its own point of routing; running it again changes nothing."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from engine import Clock, Docroute, FixedClock, Settings
from engine.demo import PASSWORD, PEOPLE, load_demo
from engine.persistence.models import HistoryEvent, IncomingDocument, Notification, Task, User
from engine.services import documents, tasks, users

# the seeds' gold (shared/spec/seed-letters.gold.json), one file per letter as committed with the letters
SEED_GOLD = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "letters").glob("seed_*.gold.json"))
NUMBERS = {"620/SYT-NVY", "462/BC-UBND", "66/KH-UBND", "4950/VP-KGVX", "106/VP-KGVX"}


def _docroute(url: str, tmp_path: Path, clock: Clock) -> Docroute:
    settings = Settings(database_url=url, data_dir=tmp_path / "files", instance_dir=tmp_path,
                        password_hash_method="pbkdf2:sha256:1000")
    settings.ensure_dirs()
    app = Docroute(settings, clock=clock)
    app.migrate()
    return app


def _counts(app: Docroute) -> dict:
    with app.unit_of_work() as uow:
        return {model.__name__: uow.session.scalar(select(func.count()).select_from(model))
                for model in (IncomingDocument, Task, HistoryEvent, Notification, User)}


def _open_work(app: Docroute) -> dict[str, list[tuple[str, str, bool]]]:
    with app.unit_of_work() as uow:
        today = uow.clock.today()
        return {username: [(t.step, d.number, bool(t.due_date and t.due_date < today))
                           for t, d in tasks.open_tasks(uow, users.get_by_username(uow, username))]
                for username, *_ in PEOPLE}


def test_demo_loads_and_is_idempotent(database_url, tmp_path):
    app = _docroute(database_url, tmp_path, Clock())
    try:
        logins = load_demo(app)
        first = _counts(app)
        assert load_demo(app) == logins
        assert _counts(app) == first
        assert first["IncomingDocument"] == 5
        assert {login["username"] for login in logins} == {p[0] for p in PEOPLE}
        assert all(login["password"] == PASSWORD for login in logins)
    finally:
        app.dispose()


# A Monday, a Saturday, and a 2 January (the recent letters straddle the new year).
@pytest.mark.parametrize("now", [
    dt.datetime(2026, 11, 23, 2, 0, tzinfo=dt.timezone.utc),
    dt.datetime(2027, 6, 12, 9, 30, tzinfo=dt.timezone.utc),
    dt.datetime(2028, 1, 2, 0, 30, tzinfo=dt.timezone.utc),
])
def test_each_role_finds_work_waiting(sqlite_url, tmp_path, now):
    app = _docroute(sqlite_url, tmp_path, FixedClock(now))
    try:
        load_demo(app)
        work = _open_work(app)
        roles = {p[0]: set(p[2]) for p in PEOPLE}
        for role in ("leader", "head", "staff"):
            holders = [u for u, r in roles.items() if role in r and work[u]]
            assert holders, f"no {role} has open work"
        assert work["giamdoc"] and work["phogiamdoc"]
        steps = {step for items in work.values() for step, _n, _o in items}
        assert steps == {"assign", "delegate", "propose", "review", "approve"}
        overdue = [(u, item) for u, items in work.items() for item in items if item[2]]
        assert overdue, "one task should be overdue"
        assert not work["kiemtra"] and not work["quantri"]

        with app.unit_of_work() as uow:
            clerk = users.get_by_username(uow, "vanthu")
            docs = documents.list_documents(uow, clerk)
            assert {d.number for d in docs} == NUMBERS
            by_number = {d.number: d for d in docs}
            assert {d.status for d in docs} == {"filed", "completed", "in_progress", "assigning"}
            assert by_number["66/KH-UBND"].status == "filed"
            assert by_number["106/VP-KGVX"].status == "completed"
            assert by_number["4950/VP-KGVX"].status == "assigning"
            assert by_number["4950/VP-KGVX"].urgency == "khan"
            assert by_number["620/SYT-NVY"].received_date == dt.date(2025, 3, 11)
            today = uow.clock.today()
            for d in docs:
                assert d.received_date <= today
                assert d.issued_date <= d.received_date
            numbers = sorted((d.year, d.incoming_number) for d in docs)
            assert len(set(numbers)) == 5
            for year in {y for y, _ in numbers}:  # 1, 2, 3 … within each year
                assert [n for y, n in numbers if y == year] == list(range(1, 1 + sum(y == year for y, _ in numbers)))
            # every completed task is one history event, and nothing happens in the future
            events = uow.session.scalars(select(HistoryEvent)).all()
            assert all(e.at <= now for e in events)
    finally:
        app.dispose()


def test_letters_carry_the_gold_metadata(sqlite_url, tmp_path):
    gold = {letter["number"]: letter for letter in (json.loads(p.read_text(encoding="utf-8")) for p in SEED_GOLD)}
    app = _docroute(sqlite_url, tmp_path, Clock())
    try:
        load_demo(app)
        with app.unit_of_work() as uow:
            docs = uow.session.scalars(select(IncomingDocument)).all()
            assert {d.number for d in docs} == set(gold) == NUMBERS
            for d in docs:
                g = gold[d.number]
                assert d.issued_date.isoformat() == g["issued_date"]
                assert d.doc_type == g["doc_type"]
                assert d.signer == g["signer"]
                assert d.subject == g["subject"]
                assert d.issuer.startswith(g["issuer"])
    finally:
        app.dispose()
