"""Stand-ins (ủy quyền): who may stand in, periods that never overlap, and during a period the
principal's tasks in the stand-in's inbox, acted on by them, with the history naming both."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from engine.errors import Conflict, Forbidden, NotFound, ValidationFailed
from engine.persistence.models import HistoryEvent, StandIn
from engine.services import documents, inbox, standins, tasks, users
from tests import factories
from tests.engine.test_notifications import last_id, told
from tests.factories import LEADER_DEADLINE as LEADER
from tests.factories import name_stand_in, register, task_rows

# The fixed clock is Monday 10/03/2025 in Vietnam.


def my_tasks(app, username: str) -> list[tuple]:
    with app.unit_of_work() as uow:
        user = users.get_by_username(uow, username)
        found = [(t.step, t.department.code if t.department else None, d.id) for t, d in tasks.open_tasks(uow, user)]
        assert inbox.open_task_count(uow, user) == len(found)
        return found


def _name(app, username: str, data: dict):
    with app.unit_of_work(write=True) as uow:
        period = standins.name_stand_in(uow, users.get_by_username(uow, username), data)
        uow.commit()
        return period.id


def test_a_head_s_tasks_go_to_the_stand_in_only_during_the_period(app):
    doc = register(app)
    factories.direct(app, doc, lead="P1")
    assert my_tasks(app, "cv1b") == []
    name_stand_in(app, "tp1", "cv1b", "2025-03-11", "2025-03-12")
    assert my_tasks(app, "cv1b") == []                                  # not yet
    app.clock.advance(days=1)
    assert my_tasks(app, "cv1b") == [("delegate", "P1", doc)]           # from the first day…
    assert my_tasks(app, "tp1") == [("delegate", "P1", doc)]            # the head keeps it too
    assert my_tasks(app, "cv1a") == []
    app.clock.advance(days=1)
    assert my_tasks(app, "cv1b") == [("delegate", "P1", doc)]           # …to the last, inclusive
    app.clock.advance(days=1)
    assert my_tasks(app, "cv1b") == []


def test_the_stand_in_acts_and_the_history_names_both(app):
    doc = register(app)
    factories.direct(app, doc, lead="P1")
    name_stand_in(app, "tp1", "cv1b", "2025-03-10", "2025-03-14")
    mark = last_id(app)
    factories.complete(app, "cv1b", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-20"})
    factories.complete(app, "cv1a", "propose", doc, {"proposal": "x"})
    # A task opened for the head during the period tells the stand-in too.
    assert told(app, doc, since=mark) == [("cv1a", "task", "propose"), ("tp1", "task", "review"),
                                          ("cv1b", "task", "review")]
    factories.complete(app, "cv1b", "review", doc, {"decision": "return", "comment": "Sửa"})
    factories.redelegate(app, "cv1b", doc, {"assignee": "tp1"})
    with app.unit_of_work() as uow:
        rows = [(e.actor.username, e.on_behalf_of.username if e.on_behalf_of else None, e.step)
                for e in uow.session.scalars(select(HistoryEvent).where(HistoryEvent.document_id == doc)
                                             .order_by(HistoryEvent.id))]
    assert rows[2:] == [("cv1b", "tp1", "delegate"), ("cv1a", None, "propose"), ("cv1b", "tp1", "review"),
                        ("cv1b", "tp1", "redelegate")]


def test_a_leader_s_approval_goes_to_the_other_leader_standing_in(app):
    doc = register(app)
    factories.direct(app, doc, lead="P1")
    factories.handle(app, doc, 1)
    assert task_rows(app, doc) == [("approve", None, "gd", "leader", LEADER, "open")]
    assert my_tasks(app, "pgd") == []
    name_stand_in(app, "gd", "pgd", "2025-03-10", "2025-03-10")
    assert my_tasks(app, "pgd") == [("approve", None, doc)]
    assert factories.complete(app, "pgd", "approve", doc, {"decision": "approve"}) == "completed"
    assert factories.events(app, doc)[-1] == ("pgd", "approve", "approve", None)
    with app.unit_of_work() as uow:
        event = uow.session.scalar(select(HistoryEvent).where(HistoryEvent.document_id == doc)
                                   .order_by(HistoryEvent.id.desc()))
        assert event.on_behalf_of.username == "gd"


def test_a_staff_stand_in_sees_the_head_s_confidential_documents_during_the_period(app):
    doc = register(app, confidentiality="mat")
    factories.direct(app, doc, lead="P1")

    def sees(username: str) -> bool:
        with app.unit_of_work() as uow:
            user = users.get_by_username(uow, username)
            listed = doc in [d.id for d in documents.list_documents(uow, user)]
            try:
                documents.get_visible(uow, user, doc)
            except Exception:  # noqa: BLE001
                assert not listed
                return False
            assert listed
            return True

    assert (sees("tp1"), sees("cv1b")) == (True, False)
    name_stand_in(app, "tp1", "cv1b", "2025-03-11", "2025-03-11")
    app.clock.advance(days=1)
    assert sees("cv1b") is True
    app.clock.advance(days=1)
    assert sees("cv1b") is False


@pytest.mark.parametrize("username, stand_in", [
    ("tp1", "cv2a"),      # staff of another department
    ("tp1", "gd"),        # a leader for a head
    ("gd", "tp1"),        # a head for a leader
    ("gd", "vt"),         # the clerk
    ("gd", "gd"),         # oneself
    ("gd", "nobody"),
])
def test_who_may_stand_in(app, username, stand_in):
    with pytest.raises(ValidationFailed) as failed:
        _name(app, username, {"stand_in": stand_in, "from": "2025-03-10", "to": "2025-03-11"})
    assert list(failed.value.errors) == ["stand_in"]


def test_who_may_name_a_stand_in_and_the_dates(app):
    for username in ("cv1a", "vt", "kt"):
        with pytest.raises(Forbidden):
            _name(app, username, {"stand_in": "cv1b", "from": "2025-03-10", "to": "2025-03-11"})
    cases = [({}, {"stand_in", "from", "to"}),
             ({"stand_in": "cv1b", "from": "2025-03-09", "to": "2025-03-11"}, {"from"}),
             ({"stand_in": "cv1b", "from": "2025-03-12", "to": "2025-03-11"}, {"to"}),
             ({"stand_in": "cv1b", "from": "2025-03-10", "to": "2026-03-11"}, {"to"}),
             ({"stand_in": "cv1b", "from": "10/03/2025", "to": "2025-03-11"}, {"from"})]
    for data, fields in cases:
        with pytest.raises(ValidationFailed) as failed:
            _name(app, "tp1", data)
        assert set(failed.value.errors) == fields
    # A head may name the other officer or, when the department has one, another head.
    assert _name(app, "tp1", {"stand_in": "cv1a", "from": "2025-03-10", "to": "2025-03-10"})


def test_periods_of_the_same_person_never_overlap(app):
    first = name_stand_in(app, "tp1", "cv1a", "2025-03-12", "2025-03-14")
    for start, end in (("2025-03-10", "2025-03-12"), ("2025-03-14", "2025-03-20"), ("2025-03-13", "2025-03-13")):
        with pytest.raises(Conflict):
            name_stand_in(app, "tp1", "cv1b", start, end)
    name_stand_in(app, "tp1", "cv1b", "2025-03-10", "2025-03-11")      # touching is fine
    name_stand_in(app, "tp1", "cv1b", "2025-03-15", "2025-03-16")
    name_stand_in(app, "tp2", "cv2a", "2025-03-12", "2025-03-14")      # another person's period
    with app.unit_of_work(write=True) as uow:
        standins.cancel_stand_in(uow, users.get_by_username(uow, "tp1"), first)
        uow.commit()
    name_stand_in(app, "tp1", "cv1b", "2025-03-12", "2025-03-14")      # free again once cancelled
    with app.unit_of_work() as uow:
        listed = standins.list_stand_ins(uow, users.get_by_username(uow, "cv1b"))
        assert [(p.user.username, p.starts_on.isoformat()) for p in listed] == [
            ("tp1", "2025-03-10"), ("tp1", "2025-03-12"), ("tp1", "2025-03-15")]


def test_cancelling_a_period_ends_it_at_once(app):
    doc = register(app)
    factories.direct(app, doc, lead="P1")
    period = name_stand_in(app, "tp1", "cv1b", "2025-03-10", "2025-03-12")
    assert my_tasks(app, "cv1b") == [("delegate", "P1", doc)]

    def cancel(username: str, period_id: int):
        with app.unit_of_work(write=True) as uow:
            standins.cancel_stand_in(uow, users.get_by_username(uow, username), period_id)
            uow.commit()

    with pytest.raises(NotFound):
        cancel("tp1", period + 100)
    with pytest.raises(Forbidden):
        cancel("cv1b", period)                                          # only the principal
    cancel("tp1", period)
    assert my_tasks(app, "cv1b") == []
    with pytest.raises(Conflict):
        cancel("tp1", period)
    with app.unit_of_work() as uow:
        assert uow.session.get(StandIn, period).cancelled_at is not None   # kept on record
