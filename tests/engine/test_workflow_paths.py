"""Every path of the two BPMN diagrams, on the runtime alone (no database).

Each path runs twice: straight through, and saved and restored after every step (the instance
dumped to text and loaded again on a spec that was itself stored as text, as after a restart).
Both runs must give the same ready tasks, messages, data and end event. The messages between
routing and department_handling instances are delivered by hand here; the services deliver them
for real in test_routing.py.
"""
from __future__ import annotations

import json

import pytest

from engine.config import Settings
from engine.workflow.runtime import WorkflowRuntime
from engine.workflow.specs import SpecLibrary

LIBRARY = SpecLibrary(Settings(database_url="", data_dir=None, instance_dir=None).workflows_dir)
DEADLINE, STAFF_DEADLINE = "2025-03-25", "2025-03-20"
ROUTING_START = {"document_id": 7, "due_date": "2025-03-31"}
ASSIGN = {"decision": "assign", "lead": "P1", "co": ["P2"], "deadline": DEADLINE, "assigned_by": "gd"}
DEPT_START = {"department": "P1", "lead": True, "deadline": DEADLINE, "assigned_by": "gd", "document_id": 7}
DELEGATE = {"decision": "delegate", "assignee": "cv1a", "staff_deadline": STAFF_DEADLINE}
APPROVE, RETURN = {"decision": "approve"}, {"decision": "return"}
STARTED = ("handling_started", {"departments": ["P1", "P2"], "lead": "P1", "deadline": DEADLINE,
                                "assigned_by": "gd"})


def play(process_id: str, start: dict, actions: list[tuple], *, restore: bool, timers: bool = False) -> list[dict]:
    """Run ``actions`` (("complete", step, data), ("deliver", message, payload), or ("extend", step,
    changes): new deadlines for the open task, as docroute does for ``extension_granted``); one
    snapshot each, with the waiting timers' (name, due time) when ``timers``.

    The first snapshot is taken after the start. With ``restore`` the instance is dumped and loaded
    after the start and after every action, on a spec read back from its stored text.
    """
    runtime = WorkflowRuntime(LIBRARY)
    spec = runtime.serializer.load_spec(runtime.serializer.dump_spec(LIBRARY.get(process_id).spec))
    workflow = runtime.start(process_id, start)
    trace = []

    def snapshot(delivered: bool | None = None) -> None:
        nonlocal workflow
        shot = {
            "ready": [(r.rule.step, r.assignee, r.due_date) for r in runtime.ready_user_tasks(process_id, workflow)],
            "messages": [(m.name, m.payload) for m in runtime.messages(workflow)],
            "end": runtime.end_reached(workflow),
            "data": dict(workflow.last_task.data) if workflow.last_task else {},
        }
        if timers:
            shot["timers"] = sorted((t.event, t.fire_at.isoformat()) for t in runtime.waiting_timers(workflow))
        if delivered is not None:
            shot["delivered"] = delivered
        trace.append(shot)
        if restore:
            workflow = runtime.restore(runtime.dump(workflow), spec)

    snapshot()
    for kind, name, data in actions:
        if kind in ("complete", "extend"):
            ready = [r for r in runtime.ready_user_tasks(process_id, workflow) if r.rule.step == name]
            assert len(ready) == 1, f"{name} is not ready: {trace[-1]['ready']}"
            if kind == "complete":
                runtime.complete(workflow, ready[0].spiff_id, data)
            else:
                runtime.extend_deadline(workflow, ready[0].spiff_id, data)
            snapshot()
        else:
            snapshot(runtime.deliver(workflow, name, data))
    return trace


def ready(trace: list[dict]) -> list[list[str]]:
    return [[step for step, _assignee, _due in shot["ready"]] for shot in trace]


ROUTING_PATHS = {
    "file": [("complete", "assign", {"decision": "file"})],
    "assign_then_approve": [
        ("complete", "assign", ASSIGN), ("deliver", "departments_ready", {}),
        ("complete", "approve", APPROVE)],
    "approve_returns_to_lead": [
        ("complete", "assign", ASSIGN), ("deliver", "departments_ready", {}),
        ("complete", "approve", RETURN), ("deliver", "departments_ready", {}),
        ("complete", "approve", APPROVE)],
    "assignment_returned_then_reassigned": [
        ("complete", "assign", ASSIGN), ("deliver", "assignment_returned", {"department": "P2"}),
        ("complete", "assign", {**ASSIGN, "lead": "P3", "co": []}), ("deliver", "departments_ready", {}),
        ("complete", "approve", APPROVE)],
}
DEPARTMENT_PATHS = {
    "delegate_propose_review_closed": [
        ("complete", "delegate", DELEGATE), ("complete", "propose", {}), ("complete", "review", APPROVE),
        ("deliver", "handling_closed", {})],
    "review_returns_to_propose": [
        ("complete", "delegate", DELEGATE), ("complete", "propose", {}), ("complete", "review", RETURN),
        ("complete", "propose", {}), ("complete", "review", APPROVE), ("deliver", "handling_closed", {})],
    "leader_rework": [
        ("complete", "delegate", DELEGATE), ("complete", "propose", {}), ("complete", "review", APPROVE),
        ("deliver", "rework_requested", {}), ("complete", "propose", {}), ("complete", "review", APPROVE),
        ("deliver", "handling_closed", {})],
    "delegate_returns_assignment": [("complete", "delegate", {"decision": "return"})],
}
restore_modes = pytest.mark.parametrize("restore", [False, True], ids=["straight", "save_restore"])


@pytest.mark.parametrize("name", sorted(ROUTING_PATHS))
def test_routing_paths_give_the_same_state_with_save_restore(name):
    actions = ROUTING_PATHS[name]
    assert play("routing", ROUTING_START, actions, restore=True) == \
        play("routing", ROUTING_START, actions, restore=False)


@pytest.mark.parametrize("name", sorted(DEPARTMENT_PATHS))
def test_department_paths_give_the_same_state_with_save_restore(name):
    actions = DEPARTMENT_PATHS[name]
    assert play("department_handling", DEPT_START, actions, restore=True) == \
        play("department_handling", DEPT_START, actions, restore=False)


@restore_modes
def test_file_ends_at_filed(restore):
    trace = play("routing", ROUTING_START, ROUTING_PATHS["file"], restore=restore)
    assert trace[0]["ready"] == [("assign", None, "2025-03-31")]   # assign carries the document's due date
    assert trace[-1] == {"ready": [], "messages": [], "end": "filed",
                         "data": {**ROUTING_START, "decision": "file"}}


@restore_modes
def test_assign_starts_handling_and_approve_completes(restore):
    trace = play("routing", ROUTING_START, ROUTING_PATHS["assign_then_approve"], restore=restore)
    assert ready(trace) == [["assign"], [], ["approve"], []]
    assert trace[1]["messages"] == [STARTED]
    assert trace[1]["end"] is None
    assert trace[2]["delivered"] is True
    assert trace[2]["ready"] == [("approve", "gd", DEADLINE)]     # the assigning leader, the leader's deadline
    assert trace[3]["messages"] == [("handling_closed", {})]
    assert trace[3]["end"] == "completed"
    assert trace[3]["data"] == {**ROUTING_START, **ASSIGN, "decision": "approve"}


@restore_modes
def test_approve_return_reworks_the_lead_and_waits_for_the_join_again(restore):
    trace = play("routing", ROUTING_START, ROUTING_PATHS["approve_returns_to_lead"], restore=restore)
    assert ready(trace) == [["assign"], [], ["approve"], [], ["approve"], []]
    assert trace[3]["messages"] == [("rework_requested", {"department": "P1"})]
    assert trace[3]["end"] is None
    assert trace[4]["delivered"] is True
    assert trace[5]["end"] == "completed"


@restore_modes
def test_assignment_returned_goes_back_to_assign_and_reassigning_works(restore):
    trace = play("routing", ROUTING_START, ROUTING_PATHS["assignment_returned_then_reassigned"], restore=restore)
    assert ready(trace) == [["assign"], [], ["assign"], [], ["approve"], []]
    assert trace[2]["delivered"] is True
    assert trace[2]["ready"] == [("assign", None, "2025-03-31")]
    assert trace[3]["messages"] == [("handling_started", {"departments": ["P3"], "lead": "P3",
                                                          "deadline": DEADLINE, "assigned_by": "gd"})]
    assert trace[5]["end"] == "completed"


@restore_modes
def test_messages_nothing_waits_for_are_not_delivered(restore):
    trace = play("routing", ROUTING_START, [("deliver", "departments_ready", {}),
                                            ("deliver", "assignment_returned", {})], restore=restore)
    assert [shot["delivered"] for shot in trace[1:]] == [False, False]
    assert ready(trace) == [["assign"], ["assign"], ["assign"]]


@restore_modes
def test_department_delegate_propose_review_then_closed(restore):
    trace = play("department_handling", DEPT_START, DEPARTMENT_PATHS["delegate_propose_review_closed"],
                 restore=restore)
    assert [shot["ready"] for shot in trace] == [
        [("delegate", None, DEADLINE)],                  # the head, by the leader's deadline
        [("propose", "cv1a", STAFF_DEADLINE)],           # the assignee, by the head's deadline
        [("review", None, STAFF_DEADLINE)],
        [], []]
    assert trace[3]["messages"] == [("department_ready", {"department": "P1"})]
    assert trace[3]["end"] is None
    assert trace[4]["delivered"] is True
    assert trace[4]["end"] == "done"
    assert trace[4]["data"] == {**DEPT_START, **DELEGATE, "decision": "approve"}


@restore_modes
def test_department_review_return_loops_back_to_propose(restore):
    trace = play("department_handling", DEPT_START, DEPARTMENT_PATHS["review_returns_to_propose"],
                 restore=restore)
    assert ready(trace) == [["delegate"], ["propose"], ["review"], ["propose"], ["review"], [], []]
    assert trace[3]["ready"] == [("propose", "cv1a", STAFF_DEADLINE)]
    assert trace[3]["messages"] == []
    assert trace[5]["messages"] == [("department_ready", {"department": "P1"})]
    assert trace[6]["end"] == "done"


@restore_modes
def test_department_leader_rework_reopens_propose_and_reports_ready_again(restore):
    trace = play("department_handling", DEPT_START, DEPARTMENT_PATHS["leader_rework"], restore=restore)
    assert ready(trace) == [["delegate"], ["propose"], ["review"], [], ["propose"], ["review"], [], []]
    assert trace[4]["delivered"] is True
    assert trace[4]["ready"] == [("propose", "cv1a", STAFF_DEADLINE)]
    assert trace[6]["messages"] == [("department_ready", {"department": "P1"})]
    assert trace[7]["end"] == "done"


@restore_modes
def test_department_delegate_return_sends_the_assignment_back(restore):
    trace = play("department_handling", DEPT_START, DEPARTMENT_PATHS["delegate_returns_assignment"],
                 restore=restore)
    assert trace[1] == {"ready": [], "messages": [("assignment_returned", {"department": "P1"})],
                        "end": "returned", "data": {**DEPT_START, "decision": "return"}}


def test_saved_instance_has_no_spec_and_keeps_key_order():
    runtime = WorkflowRuntime(LIBRARY)
    workflow = runtime.start("department_handling", DEPT_START)
    for step, data in (("delegate", DELEGATE), ("propose", {}), ("review", RETURN)):
        [task] = [r for r in runtime.ready_user_tasks("department_handling", workflow) if r.rule.step == step]
        runtime.complete(workflow, task.spiff_id, data)
    text = runtime.dump(workflow)
    saved = json.loads(text)
    assert "spec" not in saved and "subprocess_specs" not in saved
    assert '"task_specs"' not in text                      # no trace of the diagram in the row
    assert list(saved) != sorted(saved)                    # written as the serializer orders it
    seen: set[str] = set()
    for task_id, task in saved["tasks"].items():           # parents come before their children
        assert task["parent"] is None or task["parent"] in seen
        seen.add(task_id)
    # Data is stored as deltas from the parent: with keys sorted, children would be restored first.
    restored = runtime.restore(text, LIBRARY.get("department_handling").spec)
    assert runtime.dump(restored) == text
    assert [r.rule.step for r in runtime.ready_user_tasks("department_handling", restored)] == ["propose"]
