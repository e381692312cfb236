"""The rules of registration (fields, dates, duplicates, incoming numbers) and of each step's data."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from engine import DuplicateDocument, FixedClock, Forbidden, ValidationFailed
from engine.persistence.models import IncomingDocument
from engine.services import documents, tasks, users
from tests.factories import LEADER_DEADLINE, complete, direct, document_data, register, status, task_rows


def register_raw(app, data: dict, clerk: str = "vt") -> IncomingDocument:
    with app.unit_of_work(write=True) as uow:
        doc = documents.register_document(uow, users.get_by_username(uow, clerk), data)
        uow.commit()
        return doc


def document_count(app) -> int:
    with app.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(IncomingDocument))


# -- registration ------------------------------------------------------------------------------
# Today is 2025-03-10 (tests.factories.START).

BAD_FIELDS = [
    ({"issuer": None}, "issuer"),
    ({"issuer": "   "}, "issuer"),
    ({"issuer": 42}, "issuer"),
    ({"number": None}, "number"),
    ({"number": "1" * 65}, "number"),
    ({"issued_date": None}, "issued_date"),
    ({"issued_date": "2025-02-30"}, "issued_date"),
    ({"issued_date": "07/03/2025"}, "issued_date"),
    ({"issued_date": 20250307}, "issued_date"),
    ({"doc_type": ""}, "doc_type"),
    ({"subject": None}, "subject"),
    ({"subject": "x" * 501}, "subject"),
    ({"signer": ["Lê Văn A"]}, "signer"),
    ({"urgency": "rat_khan"}, "urgency"),
    ({"confidentiality": "secret"}, "confidentiality"),
    ({"received_date": "2025-03-11"}, "received_date"),                      # in the future
    ({"received_date": "10-03-2025"}, "received_date"),
    ({"issued_date": "2025-03-11"}, "issued_date"),                          # after today's arrival
    ({"received_date": "2025-03-08", "issued_date": "2025-03-09"}, "issued_date"),
    ({"due_date": "2025-03-09"}, "due_date"),                                # before arrival
    ({"received_date": "2025-03-01", "issued_date": "2025-02-20", "due_date": "2025-02-28"}, "due_date"),
    ({"due_date": "2025-3-20"}, "due_date"),
]


def test_a_bad_field_is_refused_and_named(app, subtests):
    for overrides, field in BAD_FIELDS:
        with subtests.test(field=field, overrides=overrides):
            with pytest.raises(ValidationFailed) as refused:
                register_raw(app, document_data(**overrides))
            assert list(refused.value.errors) == [field]
            assert all(isinstance(m, str) and m for m in refused.value.errors[field])
            assert document_count(app) == 0
    assert register_raw(app, document_data()).incoming_number == 1   # no number was used up


def test_every_missing_required_field_is_named_at_once(app):
    with pytest.raises(ValidationFailed) as refused:
        register_raw(app, {})
    assert sorted(refused.value.errors) == ["doc_type", "issued_date", "issuer", "number", "subject"]


def test_defaults_and_boundary_dates_are_accepted(app):
    doc = register_raw(app, document_data(issued_date="2025-03-10", due_date="2025-03-10"))
    assert (doc.received_date, doc.urgency, doc.confidentiality) == (dt.date(2025, 3, 10), "normal", "normal")
    assert doc.status == "assigning"
    assert task_rows(app, doc.id) == [("assign", None, None, "leader", "2025-03-10", "open")]


def test_a_past_deadline_is_accepted_and_its_task_is_overdue_at_once(app):
    doc = register_raw(app, document_data(received_date="2025-02-03", issued_date="2025-01-31",
                                          due_date="2025-02-14", urgency="hoa_toc", confidentiality="mat"))
    assert (doc.received_date, doc.due_date) == (dt.date(2025, 2, 3), dt.date(2025, 2, 14))
    with app.unit_of_work() as uow:
        [(task, _doc)] = tasks.open_tasks(uow, users.get_by_username(uow, "gd"))
        assert task.due_date == dt.date(2025, 2, 14) < uow.clock.today()


def test_only_a_clerk_registers(app):
    with pytest.raises(Forbidden):
        register_raw(app, document_data(), clerk="gd")
    assert document_count(app) == 0


@pytest.mark.parametrize("issuer, number", [
    ("Sở Y tế tỉnh Kiên Giang", "620/SYT-NVY"),
    ("SỞ Y TẾ TỈNH KIÊN GIANG", "620/syt-nvy"),
    ("So Y te tinh Kien Giang", "620/SYT-NVY"),              # typed without diacritics
    ("  Sở  Y tế tỉnh   Kiên Giang ", "620 / SYT-NVY"),        # stray spaces
])
def test_the_same_issuer_number_and_date_is_a_duplicate(app, issuer, number):
    first = register_raw(app, document_data(issuer="Sở Y tế tỉnh Kiên Giang", number="620/SYT-NVY"))
    with pytest.raises(DuplicateDocument) as refused:
        register_raw(app, document_data(issuer=issuer, number=number))
    assert refused.value.existing_id == first.id
    assert document_count(app) == 1
    assert register_raw(app, document_data()).incoming_number == 2


@pytest.mark.parametrize("overrides", [{"number": "621/SYT-NVY"}, {"issued_date": "2025-03-06"},
                                       {"issuer": "Sở Y tế tỉnh An Giang"}])
def test_a_different_issuer_number_or_date_is_not_a_duplicate(app, overrides):
    base = {"issuer": "Sở Y tế tỉnh Kiên Giang", "number": "620/SYT-NVY", "issued_date": "2025-03-07"}
    register_raw(app, document_data(**base))
    assert register_raw(app, document_data(**{**base, **overrides})).incoming_number == 2


def test_incoming_numbers_count_per_year_of_arrival(app):
    numbers = [register_raw(app, document_data(received_date=r, issued_date="2024-12-01"))
               for r in ("2025-01-02", "2024-12-30", "2025-03-10", "2024-12-31", "2025-02-01")]
    assert [(d.year, d.incoming_number) for d in numbers] == [
        (2025, 1), (2024, 1), (2025, 2), (2024, 2), (2025, 3)]


def test_numbering_restarts_on_the_first_of_january_in_vietnam(database_url, tmp_path):
    from tests.factories import load_org, make_docroute

    clock = FixedClock(dt.datetime(2025, 12, 31, 16, 59, tzinfo=dt.timezone.utc))   # 23:59 in Hà Nội
    app = make_docroute(database_url, tmp_path, clock=clock)
    try:
        load_org(app, 1)
        assert [register_raw(app, document_data()).incoming_number for _ in range(3)] == [1, 2, 3]
        clock.advance(minutes=1)                                                      # 00:00, 1 January
        doc = register_raw(app, document_data())
        assert (doc.received_date, doc.year, doc.incoming_number) == (dt.date(2026, 1, 1), 2026, 1)
        assert register_raw(app, document_data()).incoming_number == 2
    finally:
        app.dispose()


# -- step data ---------------------------------------------------------------------------------

def refused_fields(app, username: str, step: str, document_id: int, data: dict) -> list[str]:
    """Complete with bad data: the field names refused; the task stays open and nothing changes."""
    before = (task_rows(app, document_id, state=None), status(app, document_id))
    with pytest.raises(ValidationFailed) as refused:
        complete(app, username, step, document_id, data)
    assert (task_rows(app, document_id, state=None), status(app, document_id)) == before
    return sorted(refused.value.errors)


ASSIGN_RULES = [
    ({"co": ["P2"]}, ["lead"]),                                                   # no lead
    ({"lead": "PX"}, ["lead"]),                                                   # unknown department
    ({"lead": "P1", "co": ["PX"]}, ["co"]),
    ({"lead": "P1", "info": ["PY"]}, ["info"]),
    ({"lead": "P1", "co": ["P1"]}, ["co"]),                                       # co == lead
    ({"lead": "P1", "co": ["P2"], "info": ["P2"]}, ["info"]),                     # info == co
    ({"lead": "P1", "info": ["P1"]}, ["info"]),
    ({"lead": "P1", "co": ["P2", "P2"]}, ["co"]),
    ({"lead": "P1", "co": "P2,P3"}, ["co"]),
    ({"lead": "P1", "co": [1]}, ["co"]),
    ({"lead": "P1", "deadline": "2025-03-09"}, ["deadline"]),                     # before arrival
    ({"lead": "P1", "deadline": "25/03/2025"}, ["deadline"]),
    ({"lead": "P1", "decision": "ignore"}, ["decision"]),
    ({"lead": "VP"}, ["lead"]),                                                   # no head to receive it
    ({"lead": "P1", "co": ["BGD"]}, ["co"]),
]


def test_assign_data_rules(app, subtests):
    doc = register(app)
    for data, fields in ASSIGN_RULES:
        with subtests.test(data=data):
            assert refused_fields(app, "gd", "assign", doc, data) == fields


def test_assign_accepts_a_deadline_on_the_day_of_arrival_and_info_to_a_department_without_head(app):
    doc = register(app)
    assert direct(app, doc, lead="P1", info=["VP"], deadline="2025-03-10") == "in_progress"


DELEGATE_RULES = [
    ({}, ["assignee"]),
    ({"assignee": "nobody"}, ["assignee"]),
    ({"assignee": "cv2a"}, ["assignee"]),                                         # staff of another department
    ({"assignee": "tp2"}, ["assignee"]),                                          # another head
    ({"assignee": "vt"}, ["assignee"]),                                           # the clerk
    ({"assignee": "gd"}, ["assignee"]),                                           # a leader
    ({"assignee": "cv1a", "deadline": "2025-03-26"}, ["deadline"]),               # after the leader's
    ({"assignee": "cv1a", "deadline": "2025-03-09"}, ["deadline"]),               # before arrival
    ({"assignee": "cv1a", "deadline": "soon"}, ["deadline"]),
    ({"decision": "return"}, ["reason"]),
    ({"decision": "maybe", "assignee": "cv1a"}, ["decision"]),
]


def test_delegate_data_rules(app, subtests):
    doc = register(app)
    direct(app, doc, lead="P1")
    for data, fields in DELEGATE_RULES:
        with subtests.test(data=data):
            assert refused_fields(app, "tp1", "delegate", doc, data) == fields


@pytest.mark.parametrize("assignee, deadline", [("cv1b", LEADER_DEADLINE), ("tp1", "2025-03-10")])
def test_delegate_accepts_staff_or_the_head_and_the_deadline_bounds(app, assignee, deadline):
    doc = register(app)
    direct(app, doc, lead="P1")
    complete(app, "tp1", "delegate", doc, {"assignee": assignee, "deadline": deadline})
    assert task_rows(app, doc) == [("propose", "P1", assignee, "staff", deadline, "open")]


def test_the_head_of_a_department_without_a_leader_deadline_may_choose_any_later_deadline(app):
    doc = register(app)
    direct(app, doc, lead="P1", deadline=None)
    assert task_rows(app, doc) == [("delegate", "P1", None, "head", None, "open")]
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-12-31"})
    assert task_rows(app, doc) == [("propose", "P1", "cv1a", "staff", "2025-12-31", "open")]


def test_propose_review_and_approve_data_rules(app, subtests):
    doc = register(app)
    direct(app, doc, lead="P1")
    cases = [
        ("tp1", "delegate", {"assignee": "cv1a"}, []),
        ("cv1a", "propose", {"proposal": "x"}, [({}, ["proposal"]), ({"proposal": "   "}, ["proposal"])]),
        ("tp1", "review", {"decision": "approve"}, [({"comment": "?"}, ["decision"]),
                                                   ({"decision": "delegate"}, ["decision"])]),
        ("gd", "approve", {"decision": "approve"}, [({"decision": "file"}, ["decision"]),
                                                   ({"decision": "approve", "comment": 5}, ["comment"])]),
    ]
    for username, step, good, bad in cases:
        for data, fields in bad:
            with subtests.test(step=step, data=data):
                assert refused_fields(app, username, step, doc, data) == fields
        complete(app, username, step, doc, good)
    assert status(app, doc) == "completed"
