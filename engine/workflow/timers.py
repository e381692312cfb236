"""Deadline timers of the diagrams: when each fires, and firing one on the engine's clock.

The diagrams put non-interrupting boundary timers on every user task (``reminder_at(due)``,
``overdue_at(due)``). SpiffWorkflow 3.2's ``TimeDateEventDefinition`` compares its due time with
the wall clock each time the workflow refreshes its timers, so a timer would fire whenever any
later step happened to run after the due time, and tests could not control time. Here a timer
only computes and keeps its due time (``event_value``); it fires when docroute says so: the
services keep each waiting timer as a row indexed by its due time and fire it, against the
engine's clock, through ``fire``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from uuid import UUID

from SpiffWorkflow.bpmn.script_engine import PythonScriptEngine, TaskDataEnvironment
from SpiffWorkflow.bpmn.specs.control import BoundaryEventSplit
from SpiffWorkflow.bpmn.specs.event_definitions.timer import TimeDateEventDefinition
from SpiffWorkflow.task import TaskState

from ..calendar import WorkingCalendar
from ..clock import AGENCY_TZ
from ..report_periods import plan_period


class DeadlineTimer(TimeDateEventDefinition):
    """A date timer that fires only when told to (never on SpiffWorkflow's wall clock)."""

    def has_fired(self, my_task):
        if my_task._get_internal_data("event_value") is None:
            value = my_task.workflow.script_engine.evaluate(my_task, self.expression)
            my_task._set_internal_data(event_value=value)
        return my_task._get_internal_data("event_fired", False)


def use_deadline_timers(spec) -> None:
    """Replace the parser's date timers in ``spec`` by ``DeadlineTimer`` (same name and expression)."""
    for task_spec in spec.task_specs.values():
        definition = getattr(task_spec, "event_definition", None)
        if type(definition) is TimeDateEventDefinition:
            task_spec.event_definition = DeadlineTimer(definition.name, definition.expression,
                                                       description=definition.description)


@dataclass(frozen=True)
class DeadlineRules:
    """When a deadline's timers fire: the reminder lead time in working days, and the calendar."""

    calendar: WorkingCalendar
    reminder_working_days: int = 2

    def reminder_at(self, due: str | None) -> str | None:
        """The start (00:00 in Vietnam) of the working day ``reminder_working_days`` before ``due``."""
        if not due:
            return None
        day = self.calendar.reminder_date(dt.date.fromisoformat(due), self.reminder_working_days)
        return dt.datetime.combine(day, dt.time(0), AGENCY_TZ).isoformat()

    def overdue_at(self, due: str | None) -> str | None:
        """The start of the day after ``due``: a task is overdue once its due date is before today."""
        if not due:
            return None
        day = dt.date.fromisoformat(due) + dt.timedelta(days=1)
        return dt.datetime.combine(day, dt.time(0), AGENCY_TZ).isoformat()

    @staticmethod
    def opens_at(period: dict | None) -> str | None:
        """The start of the day a recurring report's period opens (``report_periods.plan_period``)."""
        if not period:
            return None
        return dt.datetime.combine(dt.date.fromisoformat(period["opens"]), dt.time(0), AGENCY_TZ).isoformat()

    def script_engine(self) -> PythonScriptEngine:
        """The diagrams' expressions see the task data, these functions, and the defaults of optional
        variables (a name missing from the task data falls back to the environment's)."""
        return PythonScriptEngine(environment=TaskDataEnvironment(
            {"reminder_at": self.reminder_at, "overdue_at": self.overdue_at,
             "plan_report_period": plan_period, "period_opens_at": self.opens_at,
             "recurring_report": None}))


@dataclass(frozen=True)
class WaitingTimer:
    """A timer waiting in a workflow: its task, its diagram id, the user task it watches, its due time."""

    spiff_id: str
    event: str
    watched_spiff_id: str | None
    fire_at: dt.datetime | None


def waiting_timers(workflow) -> list[WaitingTimer]:
    found = []
    for task in workflow.get_tasks(state=TaskState.WAITING):
        if not isinstance(task.task_spec.event_definition if hasattr(task.task_spec, "event_definition")
                          else None, DeadlineTimer):
            continue
        value = task._get_internal_data("event_value")
        fire_at = dt.datetime.fromisoformat(value).astimezone(dt.timezone.utc) if value else None
        found.append(WaitingTimer(str(task.id), task.task_spec.name, _watched(task), fire_at))
    return found


def _watched(task) -> str | None:
    """The user task a boundary timer is attached to (its sibling under the boundary split)."""
    parent = task.parent
    if parent is None or not isinstance(parent.task_spec, BoundaryEventSplit):
        return None
    for sibling in parent.children:
        if sibling is not task and getattr(sibling.task_spec, "manual", False):
            return str(sibling.id)
    return None


def fire(workflow, spiff_id: str) -> bool:
    """Fire one waiting timer and run what follows it; False when it no longer waits."""
    task = workflow.get_task_from_id(UUID(spiff_id))
    if task is None or task.state != TaskState.WAITING or not isinstance(
            getattr(task.task_spec, "event_definition", None), DeadlineTimer):
        return False
    task._set_internal_data(event_fired=True)
    task.task_spec._update(task)
    workflow.do_engine_steps()
    return True
