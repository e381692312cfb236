"""The extension (gia hạn) paths of department_handling.bpmn on the runtime alone: a request is the
message ``extension_requested`` caught beside the open task, the head's or the leader's task
"Quyết định gia hạn" (step ``extension``) decides, the grant throws ``extension_granted`` (which
docroute applies with ``extend_deadline``: the "extend" action here), a refusal ``extension_refused``,
and a task closed meanwhile lapses the request (``extension_lapsed``). Each path runs straight
through and with a save/restore after every step (see test_workflow_paths.py)."""
from __future__ import annotations

import pytest

from tests.engine.test_workflow_paths import (APPROVE, DELEGATE, DEPT_START, STAFF_DEADLINE, play, ready,
                                              restore_modes)

PERSONAL = {"request": 1, "scope": "personal", "field": "staff_deadline", "current_due": STAFF_DEADLINE,
            "requested_due": "2025-03-24"}
DIRECTION = {"request": 2, "scope": "direction", "field": "deadline", "current_due": "2025-03-25",
             "requested_due": "2025-04-04"}
REFUSE = {"extension_decision": "refuse", "granted_due": None}
FINISH = [("complete", "propose", {}), ("complete", "review", APPROVE), ("deliver", "handling_closed", {})]


def grant(due: str) -> dict:
    return {"extension_decision": "grant", "granted_due": due}


def vn_midnight(day: str) -> str:
    """A timer's due time as the runtime keeps it: 00:00 in Vietnam on ``day``, in UTC."""
    import datetime as dt
    return (dt.datetime.fromisoformat(day) - dt.timedelta(hours=7)).replace(tzinfo=dt.timezone.utc).isoformat()


PATHS = {
    "grant_personal_on_propose": [
        ("complete", "delegate", DELEGATE), ("deliver", "extension_requested", PERSONAL),
        ("complete", "extension", grant("2025-03-24")), ("extend", "propose", {"staff_deadline": "2025-03-24"}),
        *FINISH],
    "grant_direction_on_delegate": [
        ("deliver", "extension_requested", DIRECTION), ("complete", "extension", grant("2025-04-01")),
        ("extend", "delegate", {"deadline": "2025-04-01"}), ("complete", "delegate", DELEGATE), *FINISH],
    "refuse_then_ask_again_then_grant": [
        ("complete", "delegate", DELEGATE), ("deliver", "extension_requested", PERSONAL),
        ("complete", "extension", REFUSE),
        ("deliver", "extension_requested", {**PERSONAL, "request": 3, "requested_due": "2025-03-21"}),
        ("complete", "extension", grant("2025-03-21")), ("extend", "propose", {"staff_deadline": "2025-03-21"}),
        *FINISH],
    "task_done_while_the_decision_waits": [
        ("complete", "delegate", DELEGATE), ("deliver", "extension_requested", PERSONAL),
        ("complete", "propose", {}), ("deliver", "extension_requested", {**PERSONAL, "request": 4}),
        ("complete", "review", APPROVE), ("deliver", "handling_closed", {})],
    "redelegation_while_the_decision_waits": [
        ("complete", "delegate", DELEGATE), ("deliver", "extension_requested", PERSONAL),
        ("deliver", "redelegated", {"assignee": "cv1b", "staff_deadline": "2025-03-18"}), *FINISH],
    "refused_then_the_task_ends": [
        ("complete", "delegate", DELEGATE), ("deliver", "extension_requested", DIRECTION),
        ("complete", "extension", REFUSE), *FINISH],
    "no_request_while_the_leader_approves": [
        ("complete", "delegate", DELEGATE), ("complete", "propose", {}), ("complete", "review", APPROVE),
        ("deliver", "extension_requested", PERSONAL), ("deliver", "handling_closed", {})],
}


def run(name: str, restore: bool) -> list[dict]:
    return play("department_handling", DEPT_START, PATHS[name], restore=restore, timers=True)


@pytest.mark.parametrize("name", sorted(PATHS))
def test_extension_paths_give_the_same_state_with_save_restore(name):
    assert run(name, restore=True) == run(name, restore=False)


@restore_modes
def test_the_head_grants_a_personal_extension_and_the_propose_timers_move(restore):
    trace = run("grant_personal_on_propose", restore)
    assert trace[2]["delivered"] is True
    assert trace[2]["ready"] == [("propose", "cv1a", STAFF_DEADLINE),       # the task stays open,
                                 ("extension", None, STAFF_DEADLINE)]      # the head decides by its date
    assert trace[3]["messages"] == [("extension_granted", {"request": 1, "changes": {"staff_deadline": "2025-03-24"}})]
    assert trace[4]["ready"] == [("propose", "cv1a", "2025-03-24")]
    before, after = dict(trace[2]["timers"]), dict(trace[4]["timers"])
    assert (before["propose_reminder"], before["propose_overdue"]) == (vn_midnight("2025-03-18"), vn_midnight("2025-03-21"))
    assert (after["propose_reminder"], after["propose_overdue"]) == (vn_midnight("2025-03-20"), vn_midnight("2025-03-25"))
    assert after["propose_late"] == before["propose_late"] == vn_midnight("2025-03-26")   # the leader's date stays
    assert trace[5]["ready"] == [("review", None, "2025-03-24")]            # review keeps the new date
    assert trace[-1]["end"] == "done"


@restore_modes
def test_the_leader_grants_the_departments_deadline_on_delegate(restore):
    trace = run("grant_direction_on_delegate", restore)
    assert trace[1]["ready"] == [("delegate", None, "2025-03-25"), ("extension", "gd", "2025-03-25")]
    assert trace[2]["messages"] == [("extension_granted", {"request": 2, "changes": {"deadline": "2025-04-01"}})]
    assert trace[3]["ready"] == [("delegate", None, "2025-04-01")]
    assert dict(trace[3]["timers"])["delegate_late"] == vn_midnight("2025-04-02")
    assert dict(trace[4]["timers"])["propose_late"] == vn_midnight("2025-04-02")   # later steps carry it
    assert trace[-1]["end"] == "done"


@restore_modes
def test_a_refusal_changes_no_deadline_and_the_holder_may_ask_again(restore):
    trace = run("refuse_then_ask_again_then_grant", restore)
    assert trace[3]["messages"] == [("extension_refused", {"request": 1})]
    assert trace[3]["ready"] == [("propose", "cv1a", STAFF_DEADLINE)] and trace[3]["timers"] == trace[1]["timers"]
    assert trace[4]["delivered"] is True                                 # the branch waited for another request
    assert ready(trace)[4] == ["propose", "extension"]
    assert trace[5]["messages"] == [("extension_granted", {"request": 3, "changes": {"staff_deadline": "2025-03-21"}})]
    assert trace[6]["ready"] == [("propose", "cv1a", "2025-03-21")]
    assert trace[-1]["end"] == "done"


@restore_modes
def test_a_task_done_first_lapses_the_request_and_its_next_step_may_ask(restore):
    trace = run("task_done_while_the_decision_waits", restore)
    assert trace[3]["ready"] == [("review", None, STAFF_DEADLINE)]      # the decision task is gone
    assert trace[3]["messages"] == [("extension_lapsed", {"request": 1})]
    assert trace[4]["delivered"] is True and ready(trace)[4] == ["review", "extension"]
    assert sorted(trace[5]["messages"]) == [("department_ready", {"department": "P1"}), ("extension_lapsed", {"request": 4})]
    assert trace[-1]["end"] == "done"                                   # not the extension branch's end


@restore_modes
def test_a_redelegation_lapses_the_request(restore):
    trace = run("redelegation_while_the_decision_waits", restore)
    assert trace[3]["messages"] == [("extension_lapsed", {"request": 1})]
    assert trace[3]["ready"] == [("propose", "cv1b", "2025-03-18")]
    assert trace[-1]["end"] == "done"


@restore_modes
def test_after_a_decision_the_branch_ends_with_the_task(restore):
    trace = run("refused_then_the_task_ends", restore)
    assert ready(trace) == [["delegate"], ["propose"], ["propose", "extension"], ["propose"], ["review"], [], []]
    assert trace[2]["ready"][1] == ("extension", "gd", "2025-03-25")   # the leader, by the leader's date
    assert trace[3]["messages"] == [("extension_refused", {"request": 2})]
    # The branch waits for another request until propose is done; then it ends, nothing lapses.
    assert [m for shot in trace[4:] for m in shot["messages"]] == [("department_ready", {"department": "P1"})]
    assert trace[-1]["end"] == "done"


@restore_modes
def test_nothing_catches_a_request_while_the_leader_approves(restore):
    trace = run("no_request_while_the_leader_approves", restore)
    assert trace[4]["delivered"] is False
    assert trace[-1]["end"] == "done"


@pytest.mark.parametrize("name", ["routing", "department_handling"])
def test_diagram_ids_are_unique_and_every_element_is_drawn(name):
    """SpiffWorkflow accepts a repeated id silently (bpmn-js does not: it drops the element)."""
    import collections
    import re

    from tests.engine.test_workflow_paths import LIBRARY
    text = (LIBRARY.folder / f"{name}.bpmn").read_text()
    ids = re.findall(r'\sid="([^"]+)"', text)
    assert [i for i, n in collections.Counter(ids).items() if n > 1] == []
    process = text.split("<bpmndi:BPMNDiagram")[0]
    elements = set(re.findall(r'<bpmn:(?:\w*[tT]ask|\w*Event|\w*Gateway|sequenceFlow|lane) id="([^"]+)"', process))
    assert elements - set(re.findall(r'bpmnElement="([^"]+)"', text)) == set()
