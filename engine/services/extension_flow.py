"""What docroute does when department_handling.bpmn's extension (gia hạn) branch throws a message.

``extension_granted``: the open task the request was made on takes the new deadline (its due date
and its timers move; engine/workflow/runtime.py ``extend_deadline``) and the requester is told.
``extension_refused``: the requester is told. ``extension_lapsed``: the task closed (completed,
re-assigned) before anyone decided, so the decision task was cancelled by the diagram; the request
is marked ``cancelled`` and the history says so. Each handler gets the ``RoutingRun`` delivering
the messages (services/routing.py ``MESSAGE_ROUTES``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select, update

from ..domain import NotificationKind
from ..persistence.extensions import ExtensionRequest
from ..persistence.models import Task, WorkflowInstance
from . import history, notifications

if TYPE_CHECKING:
    from .routing import RoutingRun

STEP = "extension"


def _request(run: RoutingRun, payload: dict) -> ExtensionRequest:
    return run.uow.session.get(ExtensionRequest, payload["request"])


def _tell_requester(run: RoutingRun, request: ExtensionRequest) -> None:
    notifications.notify(run.uow, request.requested_by_id, NotificationKind.EXTENSION, run.document.id,
                         request.task_id, f"extension-decided:{request.id}")


def extension_granted(run: RoutingRun, source: WorkflowInstance, payload: dict) -> None:
    request = _request(run, payload)
    run.extend_deadline(request.task, payload["changes"])
    _tell_requester(run, request)


def extension_refused(run: RoutingRun, source: WorkflowInstance, payload: dict) -> None:
    _tell_requester(run, _request(run, payload))


def extension_lapsed(run: RoutingRun, source: WorkflowInstance, payload: dict) -> None:
    request = _request(run, payload)
    if request.state != "pending":
        return
    request.state = "cancelled"
    history.record(run.uow, run.document, run.actor, STEP, "lapsed",
                   {"step": request.task.step, "scope": request.scope, "requested_due": request.requested_due.isoformat(),
                    "requested_by": request.requested_by.username}, task=request.task)


def cancel_pending(run: RoutingRun, instance_id: int) -> None:
    """An instance stops (recall, a sibling's return): its pending requests are cancelled with it."""
    run.uow.session.execute(
        update(ExtensionRequest).where(
            ExtensionRequest.state == "pending",
            ExtensionRequest.task_id.in_(select(Task.id).where(Task.instance_id == instance_id)))
        .values(state="cancelled").execution_options(synchronize_session="fetch"))


ROUTES = {
    "extension_granted": extension_granted,
    "extension_refused": extension_refused,
    "extension_lapsed": extension_lapsed,
}
