"""Who is told what, exactly once: task, info, returned and completed notifications."""
from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from engine.domain import NotificationKind
from engine.persistence.models import Notification, Task, User
from engine.services import notifications, users
from tests.factories import complete, direct, handle, register


def told(app, document_id: int, *, since: int = 0) -> list[tuple]:
    """(user, kind, step of its task or None) of a document's notifications after id ``since``."""
    with app.unit_of_work() as uow:
        rows = uow.session.execute(
            select(User.username, Notification.kind, Task.step)
            .join(User, User.id == Notification.user_id).outerjoin(Task, Task.id == Notification.task_id)
            .where(Notification.document_id == document_id, Notification.id > since).order_by(Notification.id))
        return [tuple(r) for r in rows]


def user_id(app, username: str) -> int:
    with app.unit_of_work() as uow:
        return users.get_by_username(uow, username).id


def last_id(app) -> int:
    with app.unit_of_work() as uow:
        return uow.session.scalar(select(Notification.id).order_by(Notification.id.desc()).limit(1)) or 0


def test_each_step_tells_the_new_task_holders(app):
    doc = register(app)
    assert told(app, doc) == [("gd", "task", "assign"), ("pgd", "task", "assign")]
    mark = last_id(app)
    direct(app, doc, lead="P1", co=["P2"], info=["P3"])
    assert sorted(told(app, doc, since=mark)) == [
        ("tp1", "task", "delegate"), ("tp2", "task", "delegate"), ("tp3", "info", None)]
    mark = last_id(app)
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1b"})
    assert told(app, doc, since=mark) == [("cv1b", "task", "propose")]
    mark = last_id(app)
    complete(app, "cv1b", "propose", doc, {"proposal": "x"})
    assert told(app, doc, since=mark) == [("tp1", "task", "review")]
    mark = last_id(app)
    complete(app, "tp1", "review", doc, {"decision": "approve"})
    assert told(app, doc, since=mark) == []                      # P2 has not finished
    handle(app, doc, 2)
    assert told(app, doc)[-1] == ("gd", "task", "approve")       # only the leader who assigned


def test_returns_tell_whom_the_work_goes_back_to(app):
    doc = register(app)
    direct(app, doc, lead="P1", co=["P2"])
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a"})
    complete(app, "cv1a", "propose", doc, {"proposal": "x"})
    mark = last_id(app)
    complete(app, "tp1", "review", doc, {"decision": "return", "comment": "Sửa"})
    assert told(app, doc, since=mark) == [("cv1a", "returned", "propose")]
    complete(app, "cv1a", "propose", doc, {"proposal": "y"})
    complete(app, "tp1", "review", doc, {"decision": "approve"})
    handle(app, doc, 2)
    mark = last_id(app)
    complete(app, "gd", "approve", doc, {"decision": "return", "comment": "Bổ sung"})
    assert told(app, doc, since=mark) == [("cv1a", "returned", "propose")]   # the lead only


def test_a_delegate_return_tells_the_assigning_leader_returned_and_the_others_task(app):
    doc = register(app)
    direct(app, doc, lead="P1", co=["P2"], leader="pgd")
    mark = last_id(app)
    complete(app, "tp2", "delegate", doc, {"decision": "return", "reason": "Không đúng chức năng"})
    assert sorted(told(app, doc, since=mark)) == [("gd", "task", "assign"), ("pgd", "returned", "assign")]


def test_completion_tells_the_clerk_and_the_assigning_leader_once(app):
    doc = register(app)
    direct(app, doc, lead="P1", leader="pgd")
    handle(app, doc, 1)
    mark = last_id(app)
    complete(app, "pgd", "approve", doc, {"decision": "approve"})
    assert sorted(told(app, doc, since=mark)) == [("pgd", "completed", None), ("vt", "completed", None)]


def test_filing_tells_nobody(app):
    doc = register(app)
    mark = last_id(app)
    complete(app, "gd", "assign", doc, {"decision": "file"})
    assert told(app, doc, since=mark) == []


def test_nobody_is_told_the_same_thing_twice(app):
    doc = register(app)
    direct(app, doc, lead="P1", co=["P2"], info=["P3", "P4"])
    complete(app, "tp2", "delegate", doc, {"decision": "return", "reason": "r"})
    direct(app, doc, lead="P1", info=["P3"])
    handle(app, doc, 1)
    complete(app, "gd", "approve", doc, {"decision": "return"})
    complete(app, "cv1a", "propose", doc, {"proposal": "y"})
    complete(app, "tp1", "review", doc, {"decision": "approve"})
    complete(app, "gd", "approve", doc, {"decision": "approve"})
    with app.unit_of_work() as uow:
        rows = [(n.user_id, n.kind, n.task_id, n.reason) for n in uow.session.scalars(
            select(Notification).where(Notification.document_id == doc))]
    assert len({row[3] for row in rows}) == len(rows)
    about_tasks = Counter(row[:3] for row in rows if row[2] is not None)
    assert max(about_tasks.values()) == 1                         # one per user and task
    assert Counter(row[1] for row in rows) == {"task": 11, "info": 3, "returned": 2, "completed": 2}
    assert sorted(u for u, kind, *_ in rows if kind == "info") == sorted(  # once per direction naming them
        [user_id(app, "tp3"), user_id(app, "tp3"), user_id(app, "tp4")])


def test_notifying_twice_for_the_same_reason_keeps_one(app):
    doc = register(app)
    with app.unit_of_work(write=True) as uow:
        tp1 = users.get_by_username(uow, "tp1")
        for _ in range(3):
            notifications.notify(uow, tp1.id, NotificationKind.REMINDER, doc, None, f"reminder:test:{tp1.id}")
        uow.commit()
    with app.unit_of_work(write=True) as uow:
        notifications.notify(uow, tp1.id, NotificationKind.REMINDER, doc, None, f"reminder:test:{tp1.id}")
        uow.commit()
    assert told(app, doc) == [("gd", "task", "assign"), ("pgd", "task", "assign"), ("tp1", "reminder", None)]


def test_a_user_reads_their_notifications_newest_first_and_marks_them_read(app):
    doc = register(app)
    direct(app, doc, lead="P1")
    complete(app, "tp1", "delegate", doc, {"assignee": "tp1"})           # the head keeps it
    with app.unit_of_work(write=True) as uow:
        tp1 = users.get_by_username(uow, "tp1")
        found = [(n.id, n.kind) for n in notifications.list_notifications(uow, tp1)]
        assert [kind for _id, kind in found] == ["task", "task"]
        assert [i for i, _kind in found] == sorted((i for i, _kind in found), reverse=True)
        assert notifications.unread_count(uow, tp1) == 2
        notifications.mark_read(uow, tp1, [found[1][0]])
        uow.commit()
    with app.unit_of_work() as uow:
        tp1 = users.get_by_username(uow, "tp1")
        assert [n.read for n in notifications.list_notifications(uow, tp1)] == [False, True]
        assert [n.id for n in notifications.list_notifications(uow, tp1, unread_only=True)] == [found[0][0]]
