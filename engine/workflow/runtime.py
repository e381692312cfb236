"""Running saved workflows: start, restore, complete a user task, deliver a message, save.

The runtime knows SpiffWorkflow and nothing of the database or of documents: services hand it
rows' text and get text back, so every part can be tested on its own.
"""
from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass
from uuid import UUID

from SpiffWorkflow.bpmn.util import BpmnEvent
from SpiffWorkflow.bpmn.specs.control import BoundaryEventSplit
from SpiffWorkflow.bpmn.specs.mixins.events.intermediate_event import BoundaryEvent
from SpiffWorkflow.bpmn.workflow import BpmnWorkflow
from SpiffWorkflow.bpmn.specs.event_definitions.message import MessageEventDefinition as BpmnMessageDefinition
from SpiffWorkflow.spiff.specs.event_definitions import MessageEventDefinition
from SpiffWorkflow.task import TaskState

from ..calendar import load_calendar
from . import timers
from .serializer import WorkflowSerializer
from .specs import SpecLibrary, UserTaskRule
from .timers import DeadlineRules, DeadlineTimer, WaitingTimer


@dataclass(frozen=True)
class ReadyTask:
    """A user task waiting for a person, as the diagram describes it."""

    spiff_id: str
    rule: UserTaskRule
    assignee: str | None
    due_date: str | None


@dataclass(frozen=True)
class Message:
    name: str
    payload: dict


class WorkflowRuntime:
    def __init__(self, library: SpecLibrary, serializer: WorkflowSerializer | None = None, *,
                 deadlines: DeadlineRules | None = None):
        self.library = library
        self.serializer = serializer or WorkflowSerializer()
        self.deadlines = deadlines or DeadlineRules(load_calendar())
        self.script_engine = self.deadlines.script_engine()
        self._specs_by_id: dict[int, object] = {}
        self.current_spec_ids: dict[str, int] = {}

    # -- specs stored once -------------------------------------------------
    def register_spec_id(self, spec_id: int, spec) -> None:
        self._specs_by_id[spec_id] = spec

    def spec_for(self, spec_id: int, load_text) -> object:
        """The spec object for a stored spec id; ``load_text()`` reads it if not cached."""
        spec = self._specs_by_id.get(spec_id)
        if spec is None:
            spec = self.serializer.load_spec(load_text())
            self._specs_by_id[spec_id] = spec
        return spec

    # -- instances ---------------------------------------------------------
    def start(self, process_id: str, data: dict) -> BpmnWorkflow:
        workflow = BpmnWorkflow(self.library.get(process_id).spec, script_engine=self.script_engine)
        for task in workflow.get_tasks(state=TaskState.READY):
            task.data.update(data)
        workflow.do_engine_steps()
        return workflow

    def restore(self, state: str, spec) -> BpmnWorkflow:
        workflow = self.serializer.load_instance(state, spec)
        workflow.script_engine = self.script_engine
        return workflow

    def dump(self, workflow: BpmnWorkflow) -> str:
        return self.serializer.dump_instance(workflow)

    def complete(self, workflow: BpmnWorkflow, spiff_id: str, data: dict) -> None:
        task = workflow.get_task_from_id(UUID(spiff_id))
        if task is None or task.state != TaskState.READY:
            raise LookupError(f"task {spiff_id} is not ready")
        task.set_data(**data)
        task.run()
        workflow.do_engine_steps()
        self.compact_loops(workflow)

    def deliver(self, workflow: BpmnWorkflow, message: str, payload: dict | None = None) -> bool:
        """Give a message to a waiting workflow; False when nothing waits for it."""
        event = BpmnEvent(MessageEventDefinition(message), payload or {})
        waiting = [t for t in workflow.get_tasks(state=TaskState.WAITING)
                   if hasattr(t.task_spec, "catches") and t.task_spec.catches(t, event)]
        if not waiting:
            return False
        workflow.catch(event)
        workflow.do_engine_steps()
        self.compact_loops(workflow)
        return True

    @staticmethod
    def compact_loops(workflow: BpmnWorkflow) -> None:
        """Keep one pass of each loop: a user task reached again replaces its earlier occurrence.

        SpiffWorkflow never prunes its task tree, so every return loop (review → propose, leader →
        lead department, head → assign) would make each later step slower. When a ready user task
        has a completed ancestor of the same step, the workflow is reset to that ancestor with the
        current data: the same state, without the finished pass. docroute's own history table
        keeps the full record of every pass.
        """
        for task in workflow.get_tasks(state=TaskState.READY, manual=True):
            earlier = task.parent
            while earlier is not None and earlier.task_spec is not task.task_spec:
                earlier = earlier.parent
            if earlier is not None and earlier.state == TaskState.COMPLETED:
                if isinstance(earlier.parent.task_spec, BoundaryEventSplit):
                    # A task with boundary events (propose, re-delegated): reset to the split above
                    # it, so the boundary events are laid out anew, as on a first pass. Resetting
                    # the task alone leaves SpiffWorkflow's boundary join cancelled in later passes.
                    split, current = earlier.parent, deepcopy(task.data)
                    workflow.reset_from_task_id(split.id, data=deepcopy(current))
                    # The reset merges the first pass's data back in, nested values included (a
                    # second extension request would carry the first one's): the current data wins.
                    split.data = current
                    WorkflowRuntime._forget_removed_waiting(workflow)
                    workflow.do_engine_steps()
                else:
                    workflow.reset_from_task_id(earlier.id, data=dict(task.data))
                    WorkflowRuntime._forget_removed_waiting(workflow)

    @staticmethod
    def _forget_removed_waiting(workflow: BpmnWorkflow) -> None:
        """Drop the waiting events (boundary events of the dropped pass) that a reset removed.

        SpiffWorkflow 3.2's reset deletes the tasks but leaves them registered as waiting for
        events, so a message later caught by the new pass would also reach a removed task (whose
        parent is gone). A restored workflow registers only the tasks it has; do the same here.
        """
        manager = workflow.event_manager
        for task_id in [i for i, t in manager.tasks.items()
                        if t.workflow.tasks.get(i) is not t or t.state != TaskState.WAITING]:
            manager.tasks.pop(task_id)

    # -- deadline timers ---------------------------------------------------------
    @staticmethod
    def waiting_timers(workflow: BpmnWorkflow) -> list[WaitingTimer]:
        """The deadline timers waiting in ``workflow``, each with its due time (None: no deadline)."""
        return timers.waiting_timers(workflow)

    def fire_timer(self, workflow: BpmnWorkflow, spiff_id: str) -> bool:
        """Fire one waiting timer and run its path (the diagram throws what it means).

        A timer may open a user task met before (a recurring report's next period): the loop is
        compacted as after a completion."""
        if not timers.fire(workflow, spiff_id):
            return False
        self.compact_loops(workflow)
        return True

    @staticmethod
    def task_data(workflow: BpmnWorkflow, spiff_id: str) -> dict:
        task = workflow.get_task_from_id(UUID(spiff_id))
        return dict(task.data) if task is not None else {}

    def extend_deadline(self, workflow: BpmnWorkflow, spiff_id: str, changes: dict) -> list[str]:
        """Give a ready user task new deadline values (an extension granted); returns the ids of the
        timers set again.

        The task keeps its id: its data and the data of the boundary split above it (what its timers
        read) take the new values. Each deadline timer of the task whose due time changes is set
        again on the new date, whether it still waited or had already fired; a timer whose due time
        is the same (the other deadline) is left alone, so it never fires twice. SpiffWorkflow gives
        each branch of a split its own copy of the data, which is why the diagram's grant branch
        cannot change the open task's deadline itself and throws ``extension_granted`` instead.
        """
        task = workflow.get_task_from_id(UUID(spiff_id))
        if task is None or task.state != TaskState.READY:
            raise LookupError(f"task {spiff_id} is not ready")
        split = task.parent
        if split is None or not isinstance(split.task_spec, BoundaryEventSplit):
            task.data.update(changes)
            return []
        environment = self.script_engine.environment
        moved = []
        for child in split.children:
            definition = getattr(child.task_spec, "event_definition", None)
            if child is task or not isinstance(definition, DeadlineTimer):
                continue
            before = environment.evaluate(definition.expression, dict(split.data))
            after = environment.evaluate(definition.expression, {**split.data, **changes})
            if before != after and child.state in (TaskState.WAITING, TaskState.COMPLETED):
                moved.append(child)
        split.data.update(changes)
        task.data.update(changes)
        for child in moved:
            child.reset_branch(None)  # the split's new data; waits again on the new due time
        _drop_stale_events(workflow)
        return [str(child.id) for child in moved]

    def messages(self, workflow: BpmnWorkflow) -> list[Message]:
        """The messages the instance threw that nothing in it caught, for docroute to deliver.

        Signals (``task_closed``, thrown after each step of department_handling) stay inside their
        instance: when nothing waits for one, it is dropped.
        """
        return [Message(e.event_definition.name, dict(e.payload or {})) for e in workflow.get_events()
                if isinstance(e.event_definition, BpmnMessageDefinition)]

    def ready_user_tasks(self, process_id: str, workflow: BpmnWorkflow) -> list[ReadyTask]:
        rules = self.library.get(process_id).user_tasks
        ready = []
        for task in workflow.get_tasks(state=TaskState.READY, manual=True):
            rule = rules[task.task_spec.name]
            assignee = task.data.get(rule.assignee_var) if rule.assignee_var else None
            due = task.data.get(rule.due_var) if rule.due_var else None
            ready.append(ReadyTask(str(task.id), rule, assignee, due))
        return ready

    @staticmethod
    def end_reached(workflow: BpmnWorkflow) -> str | None:
        """The id of the end event a finished workflow stopped at, or None while it runs."""
        if not workflow.completed:
            return None
        for task in workflow.get_tasks(state=TaskState.COMPLETED):
            # Message end events only end a timer's path (a reminder sent), and a path that began
            # at a non-interrupting boundary event (an extension) is a side path; the process ends elsewhere.
            if type(task.task_spec).__name__ == "EndEvent" and not isinstance(
                    task.task_spec.event_definition, BpmnMessageDefinition) and not _on_side_path(task):
                return task.task_spec.name
        return "end"


def _on_side_path(task) -> bool:
    """Whether ``task`` follows a non-interrupting boundary event (a path beside the main one)."""
    ancestor = task.parent
    while ancestor is not None:
        spec = ancestor.task_spec
        if isinstance(spec, BoundaryEvent) and not spec.cancel_activity:
            return True
        ancestor = ancestor.parent
    return False


def _drop_stale_events(workflow: BpmnWorkflow) -> None:
    """A reset drops tasks (boundary timers of a later pass) from the tree but not from the event
    manager, whose next timer refresh would touch the orphans."""
    manager = workflow.event_manager
    for stale in [t for t in manager.tasks.values() if workflow.tasks.get(t.id) is not t]:
        manager.remove_task(stale)
