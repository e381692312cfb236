"""recurring_report.bpmn on the runtime alone (no database): every path straight and with a
save/restore after each step; both must give the same periods, timers, ready tasks and messages."""
from __future__ import annotations

import pytest

from engine.config import Settings
from engine.workflow.runtime import WorkflowRuntime
from engine.workflow.specs import SpecLibrary
from tests.engine.test_timer_paths import at

LIBRARY = SpecLibrary(Settings(database_url="", data_dir=None, instance_dir=None).workflows_dir)
PROCESS = "recurring_report"
MONTHLY = {"duty": {"period": "monthly", "day": 20, "month": None}, "duty_id": 5, "set_on": "2025-03-10",
           "report_period": None, "department": "P1", "document_id": 7}


def play(start: dict, actions: list[tuple], *, restore: bool) -> list[dict]:
    """Actions: ("fire", timer), ("complete", step, data) or ("deliver", message). A snapshot after each."""
    runtime = WorkflowRuntime(LIBRARY)
    spec = runtime.serializer.load_spec(runtime.serializer.dump_spec(LIBRARY.get(PROCESS).spec))
    workflow = runtime.start(PROCESS, start)
    trace = []

    def snapshot(result=None):
        nonlocal workflow
        trace.append({
            "timers": sorted((t.event, t.fire_at) for t in runtime.waiting_timers(workflow)),
            "ready": [(r.rule.step, r.rule.role, r.due_date) for r in runtime.ready_user_tasks(PROCESS, workflow)],
            "messages": [(m.name, m.payload) for m in runtime.messages(workflow)],
            "result": result, "end": runtime.end_reached(workflow), "size": len(workflow.tasks)})
        if restore:
            workflow = runtime.restore(runtime.dump(workflow), spec)

    snapshot()
    for kind, name, *data in actions:
        if kind == "complete":
            [ready] = [r for r in runtime.ready_user_tasks(PROCESS, workflow) if r.rule.step == name]
            runtime.complete(workflow, ready.spiff_id, data[0])
            snapshot()
        elif kind == "deliver":
            snapshot(runtime.deliver(workflow, name))
        else:
            timer = [t for t in runtime.waiting_timers(workflow) if t.event == name]
            snapshot(bool(timer) and runtime.fire_timer(workflow, timer[0].spiff_id))
    return trace


def planned(number: int, opens: str, due: str) -> tuple:
    return ("report_period_planned", {"duty_id": 5, "period": {"number": number, "opens": opens, "due": due}})


PATHS = {
    "two_periods_then_end_while_a_report_is_open": [
        ("fire", "period_opens"), ("complete", "report", {}), ("fire", "period_opens"),
        ("deliver", "end_report_duty")],
    "end_while_waiting_for_the_next_period": [
        ("fire", "period_opens"), ("complete", "report", {}), ("deliver", "end_report_duty")],
    "reminder_and_overdue_of_a_report": [
        ("fire", "period_opens"), ("fire", "report_reminder"), ("fire", "report_overdue"),
        ("fire", "report_overdue"), ("complete", "report", {})],
}


@pytest.mark.parametrize("name", sorted(PATHS))
def test_paths_give_the_same_state_with_save_restore(name):
    assert play(MONTHLY, PATHS[name], restore=False) == play(MONTHLY, PATHS[name], restore=True)


@pytest.mark.parametrize("restore", [False, True], ids=["straight", "save_restore"])
def test_each_period_plans_waits_opens_a_report_and_the_end_cancels_it(restore):
    trace = play(MONTHLY, PATHS["two_periods_then_end_while_a_report_is_open"], restore=restore)
    # Set on 10/03: the first period opens at once (its timer is due), its report due 20/03.
    assert trace[0]["messages"] == [planned(1, "2025-03-10", "2025-03-20")]
    assert trace[0]["timers"] == [("period_opens", at("2025-03-10"))] and trace[0]["ready"] == []
    assert trace[1]["ready"] == [("report", "head", "2025-03-20")]
    assert trace[1]["timers"] == [("report_overdue", at("2025-03-21")), ("report_reminder", at("2025-03-18"))]
    # Submitted: the next period is planned and waits until the day after the last due date.
    assert trace[2]["ready"] == [] and trace[2]["messages"] == [planned(2, "2025-03-21", "2025-04-20")]
    assert trace[2]["timers"] == [("period_opens", at("2025-03-21"))]
    assert trace[3]["ready"] == [("report", "head", "2025-04-20")]
    # 20/04/2025 is a Sunday: two working days before it is Thursday 17/04.
    assert trace[3]["timers"] == [("report_overdue", at("2025-04-21")), ("report_reminder", at("2025-04-17"))]
    # The leader ends the duty: the open report and its timers are gone, the instance ends.
    assert trace[4]["result"] is True and trace[4]["ready"] == [] and trace[4]["timers"] == []
    assert trace[4]["end"] == "ended"


@pytest.mark.parametrize("restore", [False, True], ids=["straight", "save_restore"])
def test_ending_while_waiting_cancels_the_period_timer(restore):
    trace = play(MONTHLY, PATHS["end_while_waiting_for_the_next_period"], restore=restore)
    assert trace[2]["timers"] == [("period_opens", at("2025-03-21"))]
    assert trace[3]["result"] is True and trace[3]["timers"] == [] and trace[3]["end"] == "ended"
    assert trace[3]["messages"] == []


@pytest.mark.parametrize("restore", [False, True], ids=["straight", "save_restore"])
def test_report_timers_tell_and_leave_the_report_open(restore):
    trace = play(MONTHLY, PATHS["reminder_and_overdue_of_a_report"], restore=restore)
    assert [s["result"] for s in trace[2:5]] == [True, True, False]   # each timer fires once
    assert trace[2]["messages"] == [("deadline_near", {"step": "report"})]
    assert trace[3]["messages"] == [("deadline_passed", {"step": "report"})]
    assert all(s["ready"] == [("report", "head", "2025-03-20")] for s in trace[2:5])
    assert trace[5]["messages"] == [planned(2, "2025-03-21", "2025-04-20")] and trace[5]["end"] is None


def test_a_yearly_duty_is_due_on_its_day_and_month():
    start = {**MONTHLY, "duty": {"period": "yearly", "day": 1, "month": 11}}
    trace = play(start, [("fire", "period_opens"), ("complete", "report", {})], restore=True)
    assert trace[1]["ready"] == [("report", "head", "2025-11-01")]
    assert trace[2]["messages"] == [planned(2, "2025-11-02", "2026-11-01")]


def test_the_instance_does_not_grow_with_the_periods():
    actions = [("fire", "period_opens"), ("complete", "report", {})] * 24
    trace = play(MONTHLY, actions, restore=True)
    sizes = [s["size"] for s in trace[1::2]]   # after each period opened
    assert max(sizes[2:]) == sizes[2], sizes
    assert trace[-1]["messages"] == [planned(25, "2027-02-21", "2027-03-20")]


def test_routing_throws_report_duty_set_only_when_the_direction_sets_one():
    runtime = WorkflowRuntime(LIBRARY)
    assign = {"decision": "assign", "lead": "P1", "co": [], "deadline": "2025-03-25", "assigned_by": "gd"}
    for extra, expected in (({}, []), ({"recurring_report": None}, []),
                            ({"recurring_report": {"period": "monthly", "day": 20, "month": None}},
                             [("report_duty_set", {"duty": {"period": "monthly", "day": 20, "month": None},
                                                   "lead": "P1", "assigned_by": "gd"})])):
        workflow = runtime.start("routing", {"document_id": 7, "due_date": None})
        [task] = runtime.ready_user_tasks("routing", workflow)
        runtime.complete(workflow, task.spiff_id, {**assign, **extra})
        names = [(m.name, m.payload) for m in runtime.messages(workflow)]
        assert [n for n in names if n[0] == "report_duty_set"] == expected
        assert [n[0] for n in names][-1] == "handling_started"
