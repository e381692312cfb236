"""Running saved workflows: start, restore, complete a user task, deliver a message, save.

The runtime knows SpiffWorkflow and nothing of the database or of documents: services hand it
rows' text and get text back, so every part can be tested on its own.
"""
from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from SpiffWorkflow.bpmn.util import BpmnEvent
from SpiffWorkflow.bpmn.workflow import BpmnWorkflow
from SpiffWorkflow.spiff.specs.event_definitions import MessageEventDefinition
from SpiffWorkflow.task import TaskState

from .serializer import WorkflowSerializer
from .specs import SpecLibrary, UserTaskRule


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
    def __init__(self, library: SpecLibrary, serializer: WorkflowSerializer | None = None):
        self.library = library
        self.serializer = serializer or WorkflowSerializer()
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
        workflow = BpmnWorkflow(self.library.get(process_id).spec)
        for task in workflow.get_tasks(state=TaskState.READY):
            task.data.update(data)
        workflow.do_engine_steps()
        return workflow

    def restore(self, state: str, spec) -> BpmnWorkflow:
        return self.serializer.load_instance(state, spec)

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
                   if t.task_spec.catches(t, event)]
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
                workflow.reset_from_task_id(earlier.id, data=dict(task.data))

    def messages(self, workflow: BpmnWorkflow) -> list[Message]:
        return [Message(e.event_definition.name, dict(e.payload or {})) for e in workflow.get_events()]

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
            if type(task.task_spec).__name__ == "EndEvent":
                return task.task_spec.name
        return "end"
