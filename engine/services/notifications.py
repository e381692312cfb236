"""Who is told what. Each notification has a unique ``reason``, so none is ever sent twice."""
from __future__ import annotations

from sqlalchemy import or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from ..domain import NotificationKind, Role
from ..persistence.models import IncomingDocument, Notification, Task, User, UserRole
from ..persistence.uow import UnitOfWork
from . import mail
from .standins import stand_ins_of


def holders(uow: UnitOfWork, task: Task) -> list[int]:
    """The users a task is offered to: its assignee, or everyone with its role (in its department),
    and whoever stands in for one of them today (ủy quyền)."""
    if task.assignee_id is not None:
        people = [task.assignee_id]
    else:
        query = (select(User.id).join(UserRole, UserRole.user_id == User.id)
                 .where(UserRole.role == task.candidate_role, User.active.is_(True)))
        if task.department_id is not None:
            query = query.where(User.department_id == task.department_id)
        people = list(uow.session.scalars(query.order_by(User.id)))
    stand_ins = stand_ins_of(uow, people)
    extra = {s for user_id in people for s in stand_ins.get(user_id, []) if s not in people}
    return people + sorted(extra)


def notify(uow: UnitOfWork, user_id: int, kind: NotificationKind, document_id: int,
           task_id: int | None, reason: str) -> bool:
    """Insert unless the same reason was already recorded (also under concurrent workers); a new
    notification is queued for e-mail in the same transaction (engine/services/mail.py).

    True when this call told the user (False: told before)."""
    values = dict(user_id=user_id, kind=kind.value, document_id=document_id, task_id=task_id,
                  at=uow.clock.now(), read=False, reason=reason)
    dialect = uow.session.get_bind().dialect.name
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(Notification)
    created = uow.session.scalar(insert.values(**values).on_conflict_do_nothing(index_elements=["reason"])
                                 .returning(Notification.id))
    if created is not None:
        mail.enqueue(uow, created)
    return created is not None


def tasks_opened(uow: UnitOfWork, document: IncomingDocument, tasks: list[Task], *,
                 returned: bool, actor: User | None) -> None:
    """``task`` to each holder of a new task; ``returned`` instead when a return sent it back;
    ``extension`` for a decision on a request for more time.

    A return that reopens a task offered to a whole role (a delegate return reopening ``assign``)
    tells the leader who made the assignment ``returned`` and the others ``task``.
    """
    returned_to = None
    if returned:
        returned_to = uow.session.scalar(select(User.id).where(
            User.username == _assigning_leader(uow, document)))
    for task in tasks:
        for user_id in holders(uow, task):
            if task.step == "extension":  # "Quyết định gia hạn": a request for more time to decide
                notify(uow, user_id, NotificationKind.EXTENSION, document.id, task.id,
                       f"extension-task:{task.id}:{user_id}")
                continue
            is_return = returned and (task.assignee_id is not None or user_id == returned_to)
            kind = NotificationKind.RETURNED if is_return else NotificationKind.TASK
            notify(uow, user_id, kind, document.id, task.id, f"{kind.value}:{task.id}:{user_id}")


def _assigning_leader(uow: UnitOfWork, document: IncomingDocument) -> str | None:
    from .history import last_event  # local: history imports nothing from here

    event = last_event(uow, document.id, "assign")
    return event.actor.username if event is not None and event.actor is not None else None


def info_departments(uow: UnitOfWork, document: IncomingDocument, department_ids: list[int],
                     assign_task_id: int) -> None:
    """``info`` to the heads of departments the leader sent the document to for information."""
    if not department_ids:
        return
    heads = uow.session.execute(
        select(User.id, User.department_id).join(UserRole, UserRole.user_id == User.id)
        .where(UserRole.role == Role.HEAD.value, User.active.is_(True),
               User.department_id.in_(department_ids)))
    for user_id, _dept in heads:
        notify(uow, user_id, NotificationKind.INFO, document.id, None,
               f"info:{assign_task_id}:{user_id}")


def document_completed(uow: UnitOfWork, document: IncomingDocument, leader_username: str | None) -> None:
    """``completed`` to the registering clerk and the assigning leader."""
    users = {document.registered_by_id}
    if leader_username:
        leader_id = uow.session.scalar(select(User.id).where(User.username == leader_username))
        if leader_id:
            users.add(leader_id)
    for user_id in sorted(users):
        notify(uow, user_id, NotificationKind.COMPLETED, document.id, None,
               f"completed:{document.id}:{user_id}")


def tasks_recalled(uow: UnitOfWork, document: IncomingDocument, tasks: list[Task]) -> None:
    """``recalled`` to each holder of a task cancelled by a recall (thu hồi)."""
    for task in tasks:
        for user_id in holders(uow, task):
            notify(uow, user_id, NotificationKind.RECALLED, document.id, task.id,
                   f"recalled:{task.id}:{user_id}")
def deadline_reached(uow: UnitOfWork, document: IncomingDocument, task: Task,
                     kind: NotificationKind) -> list[int]:
    """``reminder`` or ``overdue`` to each holder of ``task``, once per task, holder and due date
    (an extension that moves the date re-arms the timers); who was told.

    No reminder for a task already overdue (a backfilled deadline, or a worker that was stopped):
    its holders get the ``overdue`` instead.
    """
    if kind is NotificationKind.REMINDER and task.due_date is not None and task.due_date < uow.clock.today():
        return []
    return [user_id for user_id in holders(uow, task)
            if notify(uow, user_id, kind, document.id, task.id, f"{kind.value}:{task.id}:{task.due_date}:{user_id}")]


def department_late(uow: UnitOfWork, document: IncomingDocument, task: Task,
                    leader_username: str | None, deadline: str | None = None) -> list[int]:
    """Escalation: ``overdue`` to the department's heads and the assigning leader, once per
    document, department and deadline (whichever of the department's tasks was open when it passed)."""
    users = list(uow.session.scalars(
        select(User.id).join(UserRole, UserRole.user_id == User.id)
        .where(UserRole.role == Role.HEAD.value, User.active.is_(True), User.department_id == task.department_id)
        .order_by(User.id)))
    if leader_username:
        leader_id = uow.session.scalar(select(User.id).where(User.username == leader_username))
        if leader_id is not None and leader_id not in users:
            users.append(leader_id)
    return [user_id for user_id in users
            if notify(uow, user_id, NotificationKind.OVERDUE, document.id, task.id,
                      f"escalation:{document.id}:{task.department_id}:{deadline}:{user_id}")]


def list_notifications(uow: UnitOfWork, user: User, *, unread_only: bool = False,
                       limit: int = 200) -> list[Notification]:
    query = select(Notification).where(Notification.user_id == user.id)
    if unread_only:
        query = query.where(Notification.read.is_(False))
    return list(uow.session.scalars(query.order_by(Notification.id.desc()).limit(limit)))


def unread_count(uow: UnitOfWork, user: User) -> int:
    from sqlalchemy import func
    return uow.session.scalar(select(func.count()).select_from(Notification).where(
        Notification.user_id == user.id, Notification.read.is_(False))) or 0


def mark_read(uow: UnitOfWork, user: User, notification_ids: list[int] | None = None) -> None:
    """Mark the user's notifications read (all of them when no ids are given)."""
    query = update(Notification).where(Notification.user_id == user.id, Notification.read.is_(False))
    if notification_ids:
        query = query.where(or_(*[Notification.id == i for i in notification_ids]))
    uow.session.execute(query.values(read=True))
