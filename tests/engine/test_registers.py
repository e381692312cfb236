"""The incoming and follow-up registers: filters, order, paging, columns, and a fixed query count."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import event

from engine import Forbidden, ValidationFailed
from engine.persistence.models import IncomingDocument
from engine.services import history, registers, users
from tests.factories import complete, direct, register


def page(app, username="vt", *, limit=50, offset=0, **filters):
    with app.unit_of_work() as uow:
        flt = registers.check_filter(uow, filters)
        rows = registers.register_page(uow, users.get_by_username(uow, username), flt, limit=limit, offset=offset)
        return [(r.document.register, r.document.year, r.document.incoming_number) for r in rows]


def every_row(app, batch=2, **filters):
    with app.unit_of_work() as uow:
        flt = registers.check_filter(uow, filters)
        return [(r.document.year, r.document.incoming_number)
                for r in registers.iter_register(uow, users.get_by_username(uow, "vt"), flt, batch=batch)]


@pytest.fixture
def book(app):
    """Three ordinary documents in 2025, one confidential, two ordinary late in 2024."""
    ids = {}
    for key, received in [("old1", "2024-12-20"), ("old2", "2024-12-31")]:
        ids[key] = register(app, received_date=received, issued_date="2024-12-01")
    for key, received in [("a", "2025-01-02"), ("b", "2025-02-15"), ("c", "2025-03-10")]:
        ids[key] = register(app, received_date=received, issued_date="2024-12-30")
    ids["secret"] = register(app, received_date="2025-02-01", issued_date="2025-01-30", confidentiality="mat")
    return ids


def test_the_register_of_the_current_year_by_default_in_number_order(app, book):
    assert page(app) == [("general", 2025, 1), ("general", 2025, 2), ("general", 2025, 3)]
    assert page(app, register="confidential") == [("confidential", 2025, 1)]
    assert page(app, year="2024") == [("general", 2024, 1), ("general", 2024, 2)]
    assert page(app, year="") == [("general", 2024, 1), ("general", 2024, 2), ("general", 2025, 1),
                                  ("general", 2025, 2), ("general", 2025, 3)]  # empty: every year


def test_a_date_range_may_span_years(app, book):
    assert page(app, **{"from": "2024-12-25", "to": "2025-02-15"}) == [
        ("general", 2024, 2), ("general", 2025, 1), ("general", 2025, 2)]
    assert page(app, **{"from": "2025-02-01"}) == [("general", 2025, 2), ("general", 2025, 3)]
    assert page(app, year="2025", **{"to": "2025-01-31"}) == [("general", 2025, 1)]


def test_paging_and_export_walk_give_every_row_once(app, book):
    assert page(app, limit=2) + page(app, limit=2, offset=2) == page(app)
    assert every_row(app, **{"from": "2024-01-01"}) == [(2024, 1), (2024, 2), (2025, 1), (2025, 2), (2025, 3)]
    assert every_row(app, batch=500, year="2024") == [(2024, 1), (2024, 2)]


def test_rows_carry_the_direction_the_handler_and_the_progress(app):
    doc = register(app)
    app.clock.advance(days=1)
    direct(app, doc, lead="P1", co=["P2"], info=["P3"])
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1b", "deadline": "2025-03-20", "note": "x"})
    with app.unit_of_work() as uow:
        [row] = registers.register_page(uow, users.get_by_username(uow, "kt"), registers.check_filter(uow, {}))
        assert row.departments == [("lead", "Phòng số 1"), ("co", "Phòng số 2"), ("info", "Phòng số 3")]
        assert row.handlers == [("Phòng số 1", "Chuyên viên 1B")]
        assert row.passed_on == dt.date(2025, 3, 11)
        assert row.open_steps == ["delegate", "propose"]


@pytest.mark.parametrize("filters,field", [
    ({"register": "mat"}, "register"), ({"year": "hai"}, "year"), ({"year": "20255"}, "year"),
    ({"from": "01/03/2025"}, "from"), ({"to": "2025-02-30"}, "to"),
    ({"from": "2025-03-01", "to": "2025-02-01"}, "to"),
])
def test_a_bad_filter_names_its_field(app, filters, field):
    with app.unit_of_work() as uow:
        with pytest.raises(ValidationFailed) as caught:
            registers.check_filter(uow, filters)
    assert list(caught.value.errors) == [field]


@pytest.mark.parametrize("username", ["tp1", "cv1a"])
def test_only_clerks_leaders_and_auditors_read_the_registers(app, username):
    with app.unit_of_work() as uow:
        with pytest.raises(Forbidden):
            registers.register_page(uow, users.get_by_username(uow, username), registers.check_filter(uow, {}))
    assert page(app, "gd") == page(app, "kt") == page(app, "vt") == []


def test_a_page_costs_the_same_few_queries_however_many_documents(app):
    def queries_for_page() -> int:
        with app.unit_of_work() as uow:
            user = users.get_by_username(uow, "kt")
            flt = registers.check_filter(uow, {})
            statements = []
            listener = lambda *args: statements.append(args[2])  # noqa: E731
            event.listen(uow.session.get_bind(), "before_cursor_execute", listener)
            try:
                registers.register_page(uow, user, flt, limit=50)
            finally:
                event.remove(uow.session.get_bind(), "before_cursor_execute", listener)
            return len(statements)

    for n in range(2):
        direct(app, register(app), lead="P1", co=["P2"])
    few = queries_for_page()
    for n in range(12):
        direct(app, register(app), lead=f"P{n % 4 + 1}")
    assert queries_for_page() == few <= 5


def test_the_follow_up_register_shows_the_reply_the_leader_approved(app):
    from tests.factories import handle

    doc = register(app)
    direct(app, doc, lead="P1")
    handle(app, doc, 1)
    with pytest.raises(ValidationFailed) as caught:  # a number only comes with an approval
        complete(app, "gd", "approve", doc, {"decision": "return", "comment": "Sửa", "reply_number": "1/SYT"})
    assert list(caught.value.errors) == ["reply_number"]
    with pytest.raises(ValidationFailed) as caught:
        complete(app, "gd", "approve", doc, {"decision": "approve", "reply_number": "x" * 65})
    assert list(caught.value.errors) == ["reply_number"]
    assert complete(app, "gd", "approve", doc, {"decision": "approve", "comment": "Đồng ý",
                                               "reply_number": " 125 / SYT-NVY "}) == "completed"
    with app.unit_of_work() as uow:
        kt = users.get_by_username(uow, "kt")
        [row] = registers.register_page(uow, kt, registers.check_filter(uow, {}))
        assert row.document.reply_number == "125/SYT-NVY"
        [approval] = [e for e in history.events_of(uow, doc) if e.step == "approve"]
        assert json.loads(approval.data)["reply_number"] == "125/SYT-NVY"


def test_a_review_takes_no_reply_number(app):
    doc = register(app)
    direct(app, doc, lead="P1")
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a"})
    complete(app, "cv1a", "propose", doc, {"proposal": "Dự thảo"})
    complete(app, "tp1", "review", doc, {"decision": "approve", "reply_number": "9/X"})  # not the head's to give
    with app.unit_of_work() as uow:
        assert uow.session.get(IncomingDocument, doc).reply_number is None
