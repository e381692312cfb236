"""The re-routing paths of the diagrams on the runtime alone: recall (routing.bpmn) and
re-delegation (department_handling.bpmn), each straight through and with a save/restore after
every step (see test_workflow_paths.py)."""
from __future__ import annotations

import pytest

from tests.engine.test_workflow_paths import (APPROVE, ASSIGN, DELEGATE, DEPT_START, RETURN, ROUTING_START,
                                              STAFF_DEADLINE, STARTED, play, ready, restore_modes)

RECALLED = ("handling_recalled", {})
REDELEGATED = {"assignee": "cv1b", "staff_deadline": "2025-03-18"}
ROUTING_PATHS = {
    "recall_while_departments_work": [
        ("complete", "assign", ASSIGN), ("deliver", "recalled", {}),
        ("complete", "assign", {**ASSIGN, "lead": "P3", "co": []}), ("deliver", "departments_ready", {}),
        ("complete", "approve", APPROVE)],
    "recall_while_approval_waits": [
        ("complete", "assign", ASSIGN), ("deliver", "departments_ready", {}), ("deliver", "recalled", {}),
        ("complete", "assign", ASSIGN), ("deliver", "departments_ready", {}), ("complete", "approve", APPROVE)],
    "recall_after_a_rework": [
        ("complete", "assign", ASSIGN), ("deliver", "departments_ready", {}), ("complete", "approve", RETURN),
        ("deliver", "recalled", {}), ("complete", "assign", {"decision": "file"})],
    "nothing_to_recall": [("deliver", "recalled", {}), ("complete", "assign", {"decision": "file"}),
                          ("deliver", "recalled", {})],
}
DEPARTMENT_PATHS = {
    "redelegate_then_finish": [
        ("complete", "delegate", DELEGATE), ("deliver", "redelegated", REDELEGATED),
        ("deliver", "redelegated", {"assignee": "tp1", "staff_deadline": STAFF_DEADLINE}),
        ("complete", "propose", {}), ("complete", "review", APPROVE), ("deliver", "handling_closed", {})],
    "redelegate_after_a_review_return": [
        ("complete", "delegate", DELEGATE), ("complete", "propose", {}), ("complete", "review", RETURN),
        ("deliver", "redelegated", REDELEGATED), ("complete", "propose", {}), ("complete", "review", RETURN),
        ("deliver", "redelegated", {"assignee": "cv1a", "staff_deadline": None}),
        ("complete", "propose", {}), ("complete", "review", APPROVE), ("deliver", "handling_closed", {})],
    "no_redelegation_outside_propose": [
        ("deliver", "redelegated", REDELEGATED), ("complete", "delegate", DELEGATE), ("complete", "propose", {}),
        ("deliver", "redelegated", REDELEGATED)],
}


@pytest.mark.parametrize("name", sorted(ROUTING_PATHS))
def test_recall_paths_give_the_same_state_with_save_restore(name):
    actions = ROUTING_PATHS[name]
    assert play("routing", ROUTING_START, actions, restore=True) == \
        play("routing", ROUTING_START, actions, restore=False)


@pytest.mark.parametrize("name", sorted(DEPARTMENT_PATHS))
def test_redelegation_paths_give_the_same_state_with_save_restore(name):
    actions = DEPARTMENT_PATHS[name]
    assert play("department_handling", DEPT_START, actions, restore=True) == \
        play("department_handling", DEPT_START, actions, restore=False)


@restore_modes
def test_a_recall_while_departments_work_cancels_them_and_reopens_assign(restore):
    trace = play("routing", ROUTING_START, ROUTING_PATHS["recall_while_departments_work"], restore=restore)
    assert ready(trace) == [["assign"], [], ["assign"], [], ["approve"], []]
    assert trace[1]["messages"] == [STARTED]
    assert trace[2]["delivered"] is True
    assert trace[2]["messages"] == [RECALLED]                      # the departments' instances are told
    assert trace[2]["ready"] == [("assign", None, "2025-03-31")]   # assign again, with the document's due date
    assert trace[3]["messages"] == [("handling_started", {"departments": ["P3"], "lead": "P3",
                                                          "deadline": "2025-03-25", "assigned_by": "gd"})]
    assert trace[5]["end"] == "completed"


@restore_modes
def test_a_recall_while_the_approval_waits_interrupts_it(restore):
    trace = play("routing", ROUTING_START, ROUTING_PATHS["recall_while_approval_waits"], restore=restore)
    assert ready(trace) == [["assign"], [], ["approve"], ["assign"], [], ["approve"], []]
    assert trace[3]["delivered"] is True and trace[3]["messages"] == [RECALLED]
    assert trace[6]["end"] == "completed"


@restore_modes
def test_a_recall_after_a_rework_request_and_filing_then(restore):
    trace = play("routing", ROUTING_START, ROUTING_PATHS["recall_after_a_rework"], restore=restore)
    assert ready(trace) == [["assign"], [], ["approve"], [], ["assign"], []]
    assert trace[3]["messages"] == [("rework_requested", {"department": "P1"})]
    assert trace[4]["messages"] == [RECALLED]
    assert trace[5]["end"] == "filed"


@restore_modes
def test_nothing_waits_for_a_recall_before_assignment_or_after_the_end(restore):
    trace = play("routing", ROUTING_START, ROUTING_PATHS["nothing_to_recall"], restore=restore)
    assert [shot.get("delivered") for shot in trace] == [None, False, None, False]
    assert trace[3]["end"] == "filed"


@restore_modes
def test_redelegation_reopens_propose_for_the_new_officer(restore):
    trace = play("department_handling", DEPT_START, DEPARTMENT_PATHS["redelegate_then_finish"], restore=restore)
    assert [shot["ready"] for shot in trace[:4]] == [
        [("delegate", None, "2025-03-25")],
        [("propose", "cv1a", STAFF_DEADLINE)],
        [("propose", "cv1b", "2025-03-18")],              # the new officer, the new deadline
        [("propose", "tp1", STAFF_DEADLINE)]]             # or the head themself
    assert [shot.get("delivered") for shot in trace[2:4]] == [True, True]
    assert trace[5]["messages"] == [("department_ready", {"department": "P1"})]
    assert trace[6]["end"] == "done"


@restore_modes
def test_redelegation_after_a_review_return(restore):
    trace = play("department_handling", DEPT_START, DEPARTMENT_PATHS["redelegate_after_a_review_return"],
                 restore=restore)
    assert ready(trace) == [["delegate"], ["propose"], ["review"], ["propose"], ["propose"], ["review"],
                            ["propose"], ["propose"], ["review"], [], []]
    assert trace[4]["ready"] == [("propose", "cv1b", "2025-03-18")]
    assert trace[5]["ready"] == [("review", None, "2025-03-18")]
    assert trace[7]["ready"] == [("propose", "cv1a", None)]
    assert trace[10]["end"] == "done"


@restore_modes
def test_redelegation_is_caught_only_while_propose_is_open(restore):
    trace = play("department_handling", DEPT_START, DEPARTMENT_PATHS["no_redelegation_outside_propose"],
                 restore=restore)
    assert [shot.get("delivered") for shot in trace] == [None, False, None, None, False]
    assert ready(trace)[-1] == ["review"]
