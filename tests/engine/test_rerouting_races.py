"""Re-routing racing other changes: one transaction wins whole, the other gets Conflict (409)."""
from __future__ import annotations

from engine.errors import Conflict
from engine.services import rerouting, standins, users
from tests import factories
from tests.engine.test_concurrency import completer, race
from tests.factories import events, open_task, register, status, task_rows


def recaller(app, leader: str, document_id: int):
    def job():
        with app.unit_of_work(write=True) as uow:
            doc = rerouting.recall_document(uow, users.get_by_username(uow, leader), document_id,
                                            {"reason": "Chỉ đạo lại"})
            uow.commit()
            return doc.status
    return job


def test_a_recall_racing_the_final_approval_one_wins_the_other_conflicts(app):
    doc = register(app)
    factories.direct(app, doc, lead="P1")
    factories.handle(app, doc, 1)
    approve = open_task(app, "gd", "approve", doc)
    before = len(events(app, doc))
    results = race(recaller(app, "pgd", doc), completer(app, "gd", approve, {"decision": "approve"}))
    assert sum(isinstance(r, Conflict) for r in results) == 1, results
    assert len(events(app, doc)) == before + 1
    if results[0] == "assigning":                                   # the recall won
        assert status(app, doc) == "assigning"
        assert task_rows(app, doc) == [("assign", None, None, "leader", None, "open")]
        assert factories.direct(app, doc, lead="P2") == "in_progress"
    else:                                                           # the approval won
        assert results[1] == "completed" and status(app, doc) == "completed"
        assert task_rows(app, doc) == []


def test_a_recall_racing_a_proposal_never_leaves_a_half_state(app):
    doc = register(app)
    factories.direct(app, doc, lead="P1", co=["P2"])
    factories.complete(app, "tp1", "delegate", doc, {"assignee": "cv1a"})
    propose = open_task(app, "cv1a", "propose", doc)
    results = race(recaller(app, "gd", doc), completer(app, "cv1a", propose, {"proposal": "x"}))
    assert results[0] == "assigning"                                 # the recall always goes through
    assert results[1] == "in_progress" or isinstance(results[1], Conflict)
    assert task_rows(app, doc) == [("assign", None, None, "leader", None, "open")]
    assert factories.direct(app, doc, lead="P3") == "in_progress"


def test_a_redelegation_racing_the_proposal_one_wins_the_other_conflicts(app):
    doc = register(app)
    factories.direct(app, doc, lead="P1")
    factories.complete(app, "tp1", "delegate", doc, {"assignee": "cv1a"})
    propose = open_task(app, "cv1a", "propose", doc)

    def redelegating():
        with app.unit_of_work(write=True) as uow:
            task = rerouting.redelegate_task(uow, users.get_by_username(uow, "tp1"), propose, {"assignee": "cv1b"})
            uow.commit()
            return task.assignee_id

    results = race(redelegating, completer(app, "cv1a", propose, {"proposal": "x"}))
    assert sum(isinstance(r, Conflict) for r in results) == 1, results
    open_steps = [(r[0], r[2]) for r in task_rows(app, doc)]
    assert open_steps == ([("propose", "cv1b")] if isinstance(results[1], Conflict) else [("review", None)])


def test_two_overlapping_periods_named_at_once_one_is_refused(app):
    def naming(stand_in: str):
        def job():
            with app.unit_of_work(write=True) as uow:
                period = standins.name_stand_in(uow, users.get_by_username(uow, "tp1"),
                                                {"stand_in": stand_in, "from": "2025-03-10", "to": "2025-03-12"})
                uow.commit()
                return period.id
        return job

    results = race(naming("cv1a"), naming("cv1b"))
    assert sorted(type(r).__name__ for r in results) == ["Conflict", "int"], results
