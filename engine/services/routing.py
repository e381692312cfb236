"""Runs a document's workflow instances for one change and keeps task rows in step with them.

A document has one ``routing`` instance (the leader's part) and one ``department_handling``
instance per handling department. They talk through the BPMN messages of the diagrams; this
module only delivers them, as the table ``MESSAGE_ROUTES`` says. Each step therefore loads
one small instance, whatever the number of departments or return loops.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlalchemy.orm import lazyload

from ..domain import DocumentStatus, NotificationKind, TaskState
from ..interchange import StatusCode
from ..persistence.models import Department, IncomingDocument, Task, User, WorkflowInstance, WorkflowTimer
from ..persistence.uow import UnitOfWork
from ..workflow.timers import WaitingTimer
from . import extension_flow, history, notifications, report_duty_messages
from .interchange import outbox
from .specs import current_spec_id, spec_of

ROUTING = "routing"
DEPARTMENT_HANDLING = "department_handling"


def lock_document(uow: UnitOfWork, document_id: int) -> IncomingDocument | None:
    """The document row locked for this transaction (``None`` if there is none): every act on a
    letter's routing takes this lock first, so two acts on one letter run one after the other."""
    return uow.session.scalar(
        select(IncomingDocument).where(IncomingDocument.id == document_id)
        .with_for_update(of=IncomingDocument)
        .options(lazyload(IncomingDocument.registered_by), lazyload(IncomingDocument.departments)))


@dataclass
class _Loaded:
    row: WorkflowInstance
    workflow: object
    new: bool = False


@dataclass
class RoutingRun:
    """The instances one change touched; ``save`` writes them and their task rows once."""

    uow: UnitOfWork
    document: IncomingDocument
    actor: User | None
    returned: bool = False
    loaded: dict[int, _Loaded] = field(default_factory=dict)
    new_tasks: list[Task] = field(default_factory=list)
    firing: WaitingTimer | None = None  # the timer whose path runs now (its messages name no task)
    fired: dict[str, tuple[int, WaitingTimer]] = field(default_factory=dict)  # spiff id: (instance, timer)
    _users: dict[str, int | None] = field(default_factory=dict)

    # -- instances ----------------------------------------------------------
    def load(self, row: WorkflowInstance):
        if row.id not in self.loaded:
            workflow = self.uow.runtime.restore(row.state, spec_of(self.uow, row.spec_id))
            self.loaded[row.id] = _Loaded(row, workflow)
        return self.loaded[row.id].workflow

    def start(self, process_id: str, data: dict, *, parent: WorkflowInstance | None = None,
              department: Department | None = None) -> WorkflowInstance:
        workflow = self.uow.runtime.start(process_id, data)
        row = WorkflowInstance(
            document_id=self.document.id, process_id=process_id,
            spec_id=current_spec_id(self.uow, process_id),
            parent_id=parent.id if parent else None,
            department_id=department.id if department else None,
            state="", serializer_version=self.uow.runtime.serializer.version,
            updated_at=self.uow.clock.now())
        self.uow.session.add(row)
        self.uow.session.flush()
        self.loaded[row.id] = _Loaded(row, workflow, new=True)
        self.dispatch(row)
        return row

    def complete(self, task: Task, workflow_data: dict) -> None:
        row = self.uow.session.get(WorkflowInstance, task.instance_id)
        workflow = self.load(row)
        self.uow.runtime.complete(workflow, task.spiff_task_id, workflow_data)
        task.state = TaskState.COMPLETED.value
        task.completed_at = self.uow.clock.now()
        task.completed_by_id = self.actor.id if self.actor else None
        self.dispatch(row)

    def deliver(self, row: WorkflowInstance, message: str, payload: dict | None = None) -> bool:
        """Give ``message`` to the instance; False when nothing in it waits for that message."""
        if self.uow.runtime.deliver(self.load(row), message, payload):
            self.dispatch(row)
            return True
        return False

    def dispatch(self, row: WorkflowInstance) -> None:
        for message in self.uow.runtime.messages(self.loaded[row.id].workflow):
            MESSAGE_ROUTES[message.name](self, row, message.payload)

    # -- saving ---------------------------------------------------------------
    def save(self) -> None:
        """Write task rows, fire the timers now due, then the instances' state and their timer rows.

        Timers due at once (a deadline already past, or a worker that was not running) fire here,
        in the same transaction that set them: a backfilled letter's tasks are overdue at once. A
        timer may open a task (a recurring report's period): its row is written and its own due
        timers fire in the next round.
        """
        runtime, now = self.uow.runtime, self.uow.clock.now()
        for item in list(self.loaded.values()):
            row, workflow = item.row, item.workflow
            end = runtime.end_reached(workflow)
            if end is not None and row.status == "open":
                row.status, row.outcome = "completed", end
            if row.status == "open":
                self._sync_tasks(item)
            elif not item.new:
                self._cancel_open_tasks(row.id)
            if row.process_id == ROUTING:
                self._update_status(end, workflow)
        self.uow.session.flush()
        notifications.tasks_opened(self.uow, self.document, self.new_tasks, returned=self.returned,
                                   actor=self.actor)
        while fired_in := self.fire_due_timers():
            self._sync_tasks_opened_by_timers(fired_in)
        for item in self.loaded.values():
            item.row.state = runtime.dump(item.workflow)
            item.row.updated_at = now
            self._sync_timers(item)
        self.uow.session.flush()

    def fire_due_timers(self) -> set[int]:
        """Fire the timers of the open loaded instances that are due by the engine's clock; the ids
        of the instances where one fired."""
        now, fired_in = self.uow.clock.now(), set()
        for item in list(self.loaded.values()):
            if item.row.status != "open":
                continue
            due = [t for t in self.uow.runtime.waiting_timers(item.workflow)
                   if t.fire_at is not None and t.fire_at <= now]
            for timer in sorted(due, key=lambda t: t.fire_at):  # stable: ties in diagram order
                self.firing = timer
                try:
                    if self.uow.runtime.fire_timer(item.workflow, timer.spiff_id):
                        self.fired[timer.spiff_id] = (item.row.id, timer)
                        fired_in.add(item.row.id)
                        self.dispatch(item.row)
                finally:
                    self.firing = None
        return fired_in

    def _sync_tasks_opened_by_timers(self, instance_ids: set[int]) -> None:
        """Task rows for the user tasks the timers just opened, and their holders told."""
        before = len(self.new_tasks)
        for instance_id in sorted(instance_ids):
            item = self.loaded[instance_id]
            if item.row.status == "open" and self.uow.runtime.end_reached(item.workflow) is None:
                item.new = False  # its rows are written now: compare with them
                self._sync_tasks(item)
        if len(self.new_tasks) > before:
            self.uow.session.flush()
            notifications.tasks_opened(self.uow, self.document, self.new_tasks[before:], returned=False,
                                       actor=self.actor)

    def _sync_timers(self, item: _Loaded) -> None:
        """One row per waiting timer; rows of timers that fired or were cancelled change state."""
        row, now = item.row, self.uow.clock.now()
        waiting = {} if row.status != "open" else {
            t.spiff_id: t for t in self.uow.runtime.waiting_timers(item.workflow) if t.fire_at is not None}
        existing = {} if item.new else {
            t.spiff_task_id: t for t in self.uow.session.scalars(select(WorkflowTimer).where(
                WorkflowTimer.instance_id == row.id, WorkflowTimer.state == "waiting"))}
        for spiff_id, timer_row in existing.items():
            if spiff_id in waiting:
                if timer_row.fire_at != waiting[spiff_id].fire_at:  # an extension moved it: set anew
                    timer_row.state = "cancelled"                  # (the old date never fires)
                    self.uow.session.add(self._timer_row(row, waiting[spiff_id], "waiting"))
            elif spiff_id in self.fired:
                timer_row.state, timer_row.fired_at = "fired", now
            else:
                timer_row.state = "cancelled"
        for spiff_id, timer in waiting.items():
            if spiff_id not in existing:
                self.uow.session.add(self._timer_row(row, timer, "waiting"))
        for spiff_id, (instance_id, timer) in self.fired.items():
            if spiff_id not in existing and instance_id == row.id:
                self.uow.session.add(self._timer_row(row, timer, "fired", fired_at=now))

    def _timer_row(self, row: WorkflowInstance, timer: WaitingTimer, state: str, *, fired_at=None):
        return WorkflowTimer(document_id=self.document.id, instance_id=row.id, spiff_task_id=timer.spiff_id,
                             watched_spiff_id=timer.watched_spiff_id, event=timer.event,
                             fire_at=timer.fire_at, state=state, fired_at=fired_at)

    def _sync_tasks(self, item: _Loaded) -> None:
        row = item.row
        ready = self.uow.runtime.ready_user_tasks(row.process_id, item.workflow)
        existing = {} if item.new else {
            t.spiff_task_id: t for t in self.uow.session.scalars(
                select(Task).where(Task.instance_id == row.id, Task.state == TaskState.OPEN.value)
                .options(lazyload(Task.department), lazyload(Task.assignee)))}
        ready_ids = {r.spiff_id for r in ready}
        for spiff_id, task in existing.items():
            if spiff_id not in ready_ids:
                task.state = TaskState.CANCELLED.value
        for r in ready:
            if r.spiff_id in existing:
                due = dt.date.fromisoformat(r.due_date) if r.due_date else None
                if existing[r.spiff_id].due_date != due:  # an extension moved it
                    existing[r.spiff_id].due_date = due
                continue
            task = Task(
                document_id=self.document.id, instance_id=row.id, spiff_task_id=r.spiff_id,
                step=r.rule.step, candidate_role=r.rule.role, department_id=row.department_id,
                assignee_id=self._user_id(r.assignee) if r.assignee else None,
                due_date=dt.date.fromisoformat(r.due_date) if r.due_date else None,
                state=TaskState.OPEN.value, created_at=self.uow.clock.now())
            self.uow.session.add(task)
            self.new_tasks.append(task)

    def _cancel_open_tasks(self, instance_id: int) -> None:
        """An instance stops: its open tasks are cancelled, and so are its waiting timers."""
        self.uow.session.execute(
            update(Task).where(Task.instance_id == instance_id, Task.state == TaskState.OPEN.value)
            .values(state=TaskState.CANCELLED.value, version=Task.version + 1)
            .execution_options(synchronize_session="fetch"))
        self.uow.session.execute(
            update(WorkflowTimer).where(WorkflowTimer.instance_id == instance_id, WorkflowTimer.state == "waiting")
            .values(state="cancelled").execution_options(synchronize_session="fetch"))
        extension_flow.cancel_pending(self, instance_id)

    def _update_status(self, end: str | None, workflow) -> None:
        doc = self.document
        if end == "filed":
            doc.status = DocumentStatus.FILED.value
            outbox.routing_reached(self.uow, doc, StatusCode.FINISHED, actor=self.actor,
                                   description=outbox.FILED_DESCRIPTION)
        elif end is not None:
            doc.status = DocumentStatus.COMPLETED.value
            doc.completed_at = self.uow.clock.now()
            notifications.document_completed(self.uow, doc, workflow.last_task.data.get("assigned_by"))
            outbox.routing_reached(self.uow, doc, StatusCode.FINISHED, actor=self.actor)
        elif any(r.rule.step == "assign" for r in self.uow.runtime.ready_user_tasks(ROUTING, workflow)):
            doc.status = DocumentStatus.ASSIGNING.value
        else:
            doc.status = DocumentStatus.IN_PROGRESS.value

    def _user_id(self, username: str) -> int | None:
        if username not in self._users:
            self._users[username] = self.uow.session.scalar(
                select(User.id).where(User.username == username))
        return self._users[username]

    def task_data(self, task: Task) -> dict:
        """The workflow data of an open user task (its deadlines, who assigned the work)."""
        row = self.uow.session.get(WorkflowInstance, task.instance_id)
        return self.uow.runtime.task_data(self.load(row), task.spiff_task_id)

    def extend_deadline(self, task: Task, changes: dict) -> None:
        """Move deadlines of an open task (an extension granted); its due date and timers follow on ``save``."""
        row = self.uow.session.get(WorkflowInstance, task.instance_id)
        self.uow.runtime.extend_deadline(self.load(row), task.spiff_task_id, changes)

    def watched_task(self, source: WorkflowInstance) -> Task | None:
        """The open task row the firing timer watches (the user task it is attached to)."""
        if self.firing is None or self.firing.watched_spiff_id is None:
            return None
        return self.uow.session.scalar(select(Task).where(
            Task.instance_id == source.id, Task.spiff_task_id == self.firing.watched_spiff_id,
            Task.state == TaskState.OPEN.value))

    def open_children(self, parent_id: int) -> list[WorkflowInstance]:
        return list(self.uow.session.scalars(select(WorkflowInstance).where(
            WorkflowInstance.parent_id == parent_id, WorkflowInstance.status == "open")
            .order_by(WorkflowInstance.id)))


# -- how messages travel between a document's instances ------------------------------------

def _start_department_handling(run: RoutingRun, source: WorkflowInstance, payload: dict) -> None:
    """routing → one department_handling instance per handling department (lead first)."""
    codes = payload["departments"]
    departments = {d.code: d for d in run.uow.session.scalars(
        select(Department).where(Department.code.in_(codes)))}
    for code in codes:
        run.start(DEPARTMENT_HANDLING, {
            "department": code, "lead": code == payload["lead"], "deadline": payload.get("deadline"),
            "assigned_by": payload.get("assigned_by"), "document_id": run.document.id,
        }, parent=source, department=departments[code])


def _gather_ready(run: RoutingRun, source: WorkflowInstance, payload: dict) -> None:
    """department_ready from every open department → departments_ready to routing (the join)."""
    source.ready = True
    run.uow.session.flush()
    # Lock the parent first: two departments finishing at once must not both count the other as
    # still working (READ COMMITTED would let each miss the other's uncommitted ready flag).
    run.uow.session.scalar(select(WorkflowInstance).where(WorkflowInstance.id == source.parent_id)
                           .with_for_update(of=WorkflowInstance).execution_options(populate_existing=True))
    waiting = run.uow.session.scalar(select(func.count()).select_from(WorkflowInstance).where(
        WorkflowInstance.parent_id == source.parent_id, WorkflowInstance.status == "open",
        WorkflowInstance.ready.is_(False)))
    if waiting == 0:
        run.deliver(run.uow.session.get(WorkflowInstance, source.parent_id), "departments_ready")


def _return_assignment(run: RoutingRun, source: WorkflowInstance, payload: dict) -> None:
    """A head returns the assignment: the other departments stop, routing goes back to assign."""
    for sibling in run.open_children(source.parent_id):
        if sibling.id != source.id:
            sibling.status, sibling.outcome = "cancelled", "assignment_returned"
            run._cancel_open_tasks(sibling.id)
    run.deliver(run.uow.session.get(WorkflowInstance, source.parent_id), "assignment_returned", payload)


def _rework_lead(run: RoutingRun, source: WorkflowInstance, payload: dict) -> None:
    """The leader returns the result: the lead department's instance goes back to propose."""
    for child in run.open_children(source.id):
        if child.department is not None and child.department.code == payload["department"]:
            child.ready = False
            run.deliver(child, "rework_requested")


def _close_departments(run: RoutingRun, source: WorkflowInstance, payload: dict) -> None:
    """The leader approves: every department's instance ends."""
    for child in run.open_children(source.id):
        run.deliver(child, "handling_closed")


def _cancel_departments(run: RoutingRun, source: WorkflowInstance, payload: dict) -> None:
    """The leader recalls the document (thu hồi): every department's instance stops, tasks cancelled."""
    for child in run.open_children(source.id):
        child.status, child.outcome = "cancelled", "recalled"
        run._cancel_open_tasks(child.id)
# History events of timers: the step is "deadline" (what follows a step's own events never mistakes
# one for the step's work); the task's step is in the data.
DEADLINE_STEP = "deadline"


def _deadline_notice(kind: NotificationKind, action: str):
    """A task's timer fired (``deadline_near`` / ``deadline_passed``): tell its holders, once."""
    def handle(run: RoutingRun, source: WorkflowInstance, payload: dict) -> None:
        task = run.watched_task(source)
        if task is None:
            return
        told = notifications.deadline_reached(run.uow, run.document, task, kind)
        if told:  # a reminder for a task already overdue tells no one, and is no event
            history.record(run.uow, run.document, None, DEADLINE_STEP, action,
                           {"step": task.step, "due_date": task.due_date.isoformat() if task.due_date else None,
                            "notified": _usernames(run, told)}, task=task)
    return handle


def _department_late(run: RoutingRun, source: WorkflowInstance, payload: dict) -> None:
    """The leader's deadline passed before this department finished: its heads and the leader."""
    task = run.watched_task(source)
    if task is None:
        return
    told = notifications.department_late(run.uow, run.document, task, payload.get("assigned_by"),
                                         payload.get("deadline"))
    if told:  # once per document and department: a later late timer of the department tells no one
        history.record(run.uow, run.document, None, DEADLINE_STEP, "escalation",
                       {"step": task.step, "department": source.department.code if source.department else None,
                        "deadline": payload.get("deadline"), "notified": _usernames(run, told)}, task=task)


def _usernames(run: RoutingRun, user_ids: list[int]) -> list[str]:
    return list(run.uow.session.scalars(select(User.username).where(User.id.in_(user_ids)).order_by(User.username)))


MESSAGE_ROUTES = {
    "deadline_near": _deadline_notice(NotificationKind.REMINDER, "reminder"),
    "deadline_passed": _deadline_notice(NotificationKind.OVERDUE, "overdue"),
    "department_late": _department_late,
    "handling_started": _start_department_handling,
    "department_ready": _gather_ready,
    "assignment_returned": _return_assignment,
    "rework_requested": _rework_lead,
    "handling_closed": _close_departments,
    "handling_recalled": _cancel_departments,
    **extension_flow.ROUTES,
    **report_duty_messages.ROUTES,
}
