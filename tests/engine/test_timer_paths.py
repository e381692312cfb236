"""The deadline timers of the two diagrams, on the runtime alone (no database).

Every user task carries non-interrupting boundary timers: ``reminder`` and ``overdue`` on its own
due date, and, in a department, ``late`` on the leader's deadline. Each path runs straight and with
a save/restore after every step; both must give the same timers, messages and ready tasks.
"""
from __future__ import annotations

import datetime as dt

import pytest

from engine.calendar import WorkingCalendar
from engine.config import Settings
from engine.workflow.runtime import WorkflowRuntime
from engine.workflow.specs import SpecLibrary
from engine.workflow.timers import DeadlineRules

LIBRARY = SpecLibrary(Settings(database_url="", data_dir=None, instance_dir=None).workflows_dir)
VN = dt.timezone(dt.timedelta(hours=7))
DEPT_START = {"department": "P1", "lead": True, "deadline": "2025-03-25", "assigned_by": "gd", "document_id": 7}
DELEGATE = {"decision": "delegate", "assignee": "cv1a", "staff_deadline": "2025-03-20"}


def at(day: str) -> dt.datetime:
    """00:00 in Vietnam on ``day``, in UTC."""
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(0), VN).astimezone(dt.timezone.utc)


def play(process_id: str, start: dict, actions: list[tuple], *, restore: bool,
         runtime: WorkflowRuntime | None = None) -> list[dict]:
    """Actions: ("complete", step, data) or ("fire", timer id). A snapshot after each."""
    runtime = runtime or WorkflowRuntime(LIBRARY)
    spec = runtime.serializer.load_spec(runtime.serializer.dump_spec(LIBRARY.get(process_id).spec))
    workflow = runtime.start(process_id, start)
    trace = []

    def snapshot(fired=None):
        nonlocal workflow
        trace.append({
            "timers": sorted((t.event, t.fire_at) for t in runtime.waiting_timers(workflow)),
            "ready": [r.rule.step for r in runtime.ready_user_tasks(process_id, workflow)],
            "messages": [(m.name, m.payload) for m in runtime.messages(workflow)],
            "fired": fired, "end": runtime.end_reached(workflow)})
        if restore:
            workflow = runtime.restore(runtime.dump(workflow), spec)

    snapshot()
    for kind, name, *data in actions:
        if kind == "complete":
            ready = [r for r in runtime.ready_user_tasks(process_id, workflow) if r.rule.step == name]
            runtime.complete(workflow, ready[0].spiff_id, data[0])
            snapshot()
        else:
            timer = [t for t in runtime.waiting_timers(workflow) if t.event == name]
            snapshot(bool(timer) and runtime.fire_timer(workflow, timer[0].spiff_id))
    return trace


def test_a_department_task_waits_on_three_timers_computed_in_working_days():
    first = play("department_handling", DEPT_START, [], restore=False)[0]
    # 25/03/2025 is a Tuesday: the reminder two working days before is Friday 21/03.
    assert first["timers"] == [("delegate_late", at("2025-03-26")), ("delegate_overdue", at("2025-03-26")),
                               ("delegate_reminder", at("2025-03-21"))]


def test_the_reminder_skips_weekends_and_holidays_and_its_lead_time_is_configurable():
    rules = DeadlineRules(WorkingCalendar(frozenset({dt.date(2025, 4, 7)})), reminder_working_days=3)
    # Due Wednesday 09/04/2025; 3 working days before, skipping the holiday on Monday 07/04: Thursday 03/04.
    assert rules.reminder_at("2025-04-09") == "2025-04-03T00:00:00+07:00"
    assert rules.overdue_at("2025-04-30") == "2025-05-01T00:00:00+07:00"
    assert rules.reminder_at(None) is None and rules.overdue_at("") is None
    trace = play("department_handling", DEPT_START, [], restore=True, runtime=WorkflowRuntime(LIBRARY, deadlines=rules))
    assert ("delegate_reminder", at("2025-03-20")) in trace[0]["timers"]


def test_a_task_without_deadline_has_timers_that_never_fall_due():
    trace = play("routing", {"document_id": 7, "due_date": None}, [], restore=True)
    assert trace[0]["timers"] == [("assign_overdue", None), ("assign_reminder", None)]
    assert trace[0]["ready"] == ["assign"]


TIMER_PATHS = {
    "assign_reminder_then_overdue": ("routing", {"document_id": 7, "due_date": "2025-03-31"}, [
        ("fire", "assign_reminder"), ("fire", "assign_overdue"), ("fire", "assign_overdue")]),
    "delegate_all_three": ("department_handling", DEPT_START, [
        ("fire", "delegate_reminder"), ("fire", "delegate_overdue"), ("fire", "delegate_late")]),
    "propose_timers_after_delegate": ("department_handling", DEPT_START, [
        ("complete", "delegate", DELEGATE), ("fire", "propose_reminder"), ("fire", "propose_overdue"),
        ("fire", "propose_late"), ("complete", "propose", {})]),
    "review_return_rearms_propose": ("department_handling", DEPT_START, [
        ("complete", "delegate", DELEGATE), ("fire", "propose_overdue"), ("complete", "propose", {}),
        ("fire", "review_reminder"), ("complete", "review", {"decision": "return"}),
        ("fire", "propose_overdue"), ("complete", "propose", {}), ("complete", "review", {"decision": "approve"})]),
    "completion_cancels_timers": ("department_handling", DEPT_START, [
        ("complete", "delegate", DELEGATE), ("fire", "delegate_reminder")]),
}


@pytest.mark.parametrize("name", sorted(TIMER_PATHS))
def test_timer_paths_give_the_same_state_with_save_restore(name):
    process_id, start, actions = TIMER_PATHS[name]
    straight = play(process_id, start, actions, restore=False)
    restored = play(process_id, start, actions, restore=True)
    assert straight == restored
    fired = [(a[1], shot["fired"], shot["messages"]) for a, shot in zip(actions, straight[1:]) if a[0] == "fire"]
    for event, did_fire, messages in fired:
        step = event.rsplit("_", 1)[0]
        if did_fire:
            kind = {"reminder": "deadline_near", "overdue": "deadline_passed", "late": "department_late"}[
                event.rsplit("_", 1)[1]]
            assert [m[0] for m in messages] == [kind] and messages[0][1]["step"] == step
        else:
            assert messages == []
    # The process itself never moves on a timer: the same task stays ready, and never ends on one.
    for action, shot in zip(actions, straight[1:]):
        if action[0] == "fire":
            assert shot["end"] is None and shot["ready"]


def test_each_timer_fires_once_and_a_return_sets_new_ones():
    trace = play("department_handling", DEPT_START, TIMER_PATHS["review_return_rearms_propose"][2], restore=True)
    assert [s["fired"] for s in trace[1:]] == [None, True, None, True, None, True, None, None]
    # After the return, propose waits again on all three of its timers.
    assert [e for e, _ in trace[5]["timers"]] == ["propose_late", "propose_overdue", "propose_reminder"]
    # The department is ready for the leader: no timer waits any more.
    assert trace[-1]["timers"] == [] and trace[-1]["messages"] == [("department_ready", {"department": "P1"})]


def test_completing_a_task_cancels_its_timers():
    trace = play("department_handling", DEPT_START, TIMER_PATHS["completion_cancels_timers"][2], restore=False)
    assert trace[-1]["fired"] is False      # delegate_reminder no longer waits
    assert [e for e, _ in trace[-1]["timers"]] == ["propose_late", "propose_overdue", "propose_reminder"]


def test_approve_timers_use_the_leaders_deadline():
    start = {"document_id": 7, "due_date": None}
    assign = {"decision": "assign", "lead": "P1", "co": [], "deadline": "2025-03-25", "assigned_by": "gd"}
    runtime = WorkflowRuntime(LIBRARY)
    workflow = runtime.start("routing", start)
    runtime.complete(workflow, runtime.ready_user_tasks("routing", workflow)[0].spiff_id, assign)
    assert [t for t in runtime.waiting_timers(workflow) if t.fire_at] == []
    runtime.deliver(workflow, "departments_ready")
    assert sorted((t.event, t.fire_at) for t in runtime.waiting_timers(workflow)) == [
        ("approve_overdue", at("2025-03-26")), ("approve_reminder", at("2025-03-21"))]
