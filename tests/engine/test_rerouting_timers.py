"""Re-routing with deadline timers: a cancelled task's timers are cancelled with it, a re-assigned
proposal's timers follow the new deadline, stand-ins are reminded too, and a return loop leaves
no stale timer behind."""
from __future__ import annotations

from engine.services import timers
from tests import factories
from tests.engine.test_timers import set_day, timer_rows, told
from tests.factories import complete, direct, name_stand_in, register


def waiting(app, document_id: int) -> list[str]:
    return sorted(event for event, state in timer_rows(app, document_id) if state == "waiting")


def test_a_recall_cancels_the_timers_of_every_cancelled_task(app):
    doc = register(app)
    direct(app, doc, lead="P1", co=["P2"])
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-20"})
    assert waiting(app, doc) == ["delegate_late", "delegate_overdue", "delegate_reminder",
                                 "propose_late", "propose_overdue", "propose_reminder"]
    factories.recall(app, doc)
    assert waiting(app, doc) == []                                  # the new assign has no due date
    set_day(app, "2025-04-30")
    assert timers.run_due_timers(app) == 0
    assert told(app, doc) == []


def test_a_re_assigned_proposal_is_chased_with_its_new_holder_and_deadline(app):
    doc = register(app)
    direct(app, doc, lead="P1")
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-20"})
    factories.redelegate(app, "tp1", doc, {"assignee": "cv1b", "deadline": "2025-03-24"})
    set_day(app, "2025-03-21")                                      # the old deadline passed: nothing
    timers.run_due_timers(app)
    assert told(app, doc) == [("cv1b", "reminder", "propose")]     # 2 working days before 24/03
    set_day(app, "2025-03-25")
    timers.run_due_timers(app)
    assert told(app, doc) == [("cv1b", "reminder", "propose"), ("cv1b", "overdue", "propose")]
    timers.run_due_timers(app)
    assert len(told(app, doc)) == 2


def test_the_stand_in_is_reminded_during_the_period(app):
    doc = register(app)
    direct(app, doc, lead="P1", deadline="2025-03-14")
    name_stand_in(app, "tp1", "cv1b", "2025-03-10", "2025-03-20")
    set_day(app, "2025-03-12")
    timers.run_due_timers(app)
    assert told(app, doc) == [("tp1", "reminder", "delegate"), ("cv1b", "reminder", "delegate")]


def test_a_review_return_leaves_no_stale_timer(app):
    doc = register(app)
    direct(app, doc, lead="P1")
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-20"})
    complete(app, "cv1a", "propose", doc, {"proposal": "v1"})
    complete(app, "tp1", "review", doc, {"decision": "return", "comment": "Sửa"})
    factories.redelegate(app, "tp1", doc, {"assignee": "cv1b"})
    complete(app, "cv1b", "propose", doc, {"proposal": "v2"})
    complete(app, "tp1", "review", doc, {"decision": "approve"})
    assert [e for e in waiting(app, doc) if e.startswith(("propose", "review", "delegate"))] == []
    set_day(app, "2025-04-30")
    timers.run_due_timers(app)
    assert [t for t in told(app, doc) if t[2] in ("propose", "review")] == []
