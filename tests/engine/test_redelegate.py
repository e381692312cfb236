"""Re-delegation (giao lại) through the services, with a restart between steps: a head gives an
open proposal to another officer of the department (or keeps it); rules as for ``delegate``."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from engine.errors import Conflict, Forbidden, NotFound, ValidationFailed
from engine.persistence.models import DocumentAccess, HistoryEvent, Task, User
from engine.services import rerouting, users
from tests import factories
from tests.engine.test_notifications import last_id, told
from tests.engine.test_recall import desk  # noqa: F401 - the fixture
from tests.factories import HEAD_DEADLINE as HEAD
from tests.factories import LEADER_DEADLINE as LEADER
from tests.factories import events, register, task_rows


def redelegate(desk, head: str, doc: int, data: dict) -> int:
    return desk._step(factories.redelegate(desk.app, head, doc, data))


def delegated(desk) -> int:
    doc = register(desk.app)
    desk.direct(doc, lead="P1", co=["P2"])
    desk.complete("tp1", "delegate", doc, {"assignee": "cv1a", "deadline": HEAD})
    return doc


def test_redelegation_moves_the_proposal_to_another_officer(desk):
    doc = delegated(desk)
    mark = last_id(desk.app)
    new_id = redelegate(desk, "tp1", doc, {"assignee": "cv1b", "deadline": "2025-03-18", "note": "Đổi người"})
    assert task_rows(desk.app, doc) == [("delegate", "P2", None, "head", LEADER, "open"),
                                        ("propose", "P1", "cv1b", "staff", "2025-03-18", "open")]
    assert [r[:3] + r[5:] for r in task_rows(desk.app, doc, state="cancelled")] == [("propose", "P1", "cv1a", "cancelled")]
    assert factories.open_task(desk.app, "cv1b", "propose", doc) == new_id
    assert told(desk.app, doc, since=mark) == [("cv1b", "task", "propose")]
    assert events(desk.app, doc)[-1] == ("tp1", "redelegate", "redelegate", "P1")
    with desk.app.unit_of_work() as uow:
        event = uow.session.scalar(select(HistoryEvent).where(HistoryEvent.step == "redelegate"))
        assert json.loads(event.data) == {"from": "cv1a", "assignee": "cv1b", "deadline": "2025-03-18",
                                          "note": "Đổi người"}
        assert event.on_behalf_of_id is None
        granted = set(uow.session.scalars(select(User.username).join(DocumentAccess, DocumentAccess.user_id == User.id)
                                          .where(DocumentAccess.document_id == doc)))
        assert granted == {"cv1a", "cv1b"}
    # The head may take it themself; no deadline given keeps the current one.
    redelegate(desk, "tp1", doc, {"assignee": "tp1"})
    assert task_rows(desk.app, doc)[-1] == ("propose", "P1", "tp1", "staff", "2025-03-18", "open")
    desk.complete("tp1", "propose", doc, {"proposal": "Tự dự thảo"})
    desk.complete("tp1", "review", doc, {"decision": "approve"})
    desk.handle(doc, 2)
    assert desk.complete("gd", "approve", doc, {"decision": "approve"}) == "completed"


def test_redelegation_after_a_review_return_and_a_leader_rework(desk):
    doc = register(desk.app)
    desk.direct(doc, lead="P1")
    desk.complete("tp1", "delegate", doc, {"assignee": "cv1a"})
    desk.complete("cv1a", "propose", doc, {"proposal": "v1"})
    desk.complete("tp1", "review", doc, {"decision": "return", "comment": "Sửa"})
    redelegate(desk, "tp1", doc, {"assignee": "cv1b"})
    desk.complete("cv1b", "propose", doc, {"proposal": "v2"})
    desk.complete("tp1", "review", doc, {"decision": "approve"})
    desk.complete("gd", "approve", doc, {"decision": "return", "comment": "Bổ sung"})
    assert task_rows(desk.app, doc) == [("propose", "P1", "cv1b", "staff", LEADER, "open")]
    redelegate(desk, "tp1", doc, {"assignee": "cv1a", "deadline": HEAD})
    desk.complete("cv1a", "propose", doc, {"proposal": "v3"})
    desk.complete("tp1", "review", doc, {"decision": "approve"})
    assert desk.complete("gd", "approve", doc, {"decision": "approve"}) == "completed"


def _call(app, username: str, task_id: int, data: dict):
    with app.unit_of_work(write=True) as uow:
        rerouting.redelegate_task(uow, users.get_by_username(uow, username), task_id, data)
        uow.commit()


def test_redelegation_is_refused_in_order_not_found_forbidden_conflict_invalid(app):
    doc = register(app)
    factories.direct(app, doc, lead="P1", co=["P2"])
    delegate_p1 = factories.open_task(app, "tp1", "delegate", doc)
    with pytest.raises(NotFound):
        _call(app, "tp1", delegate_p1 + 1000, {"assignee": "cv1b"})
    with pytest.raises(Conflict):
        _call(app, "tp1", delegate_p1, {"assignee": "cv1b"})          # not a proposal
    factories.complete(app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": HEAD})
    propose = factories.open_task(app, "cv1a", "propose", doc)
    for outsider in ("tp2", "cv1a", "gd"):                             # another head, the holder, a leader
        with pytest.raises(Forbidden):
            _call(app, outsider, propose, {"assignee": "cv1b"})
    bad = [({"assignee": "cv2a"}, {"assignee": ["Người được giao phải là chuyên viên hoặc trưởng phòng của phòng này."]}),
           ({"assignee": "cv1a"}, {"assignee": ["Người này đang giữ công việc; hãy chọn người khác."]}),
           ({}, {"assignee": ["Trường này là bắt buộc."]}),
           ({"assignee": "cv1b", "deadline": "2025-03-26"}, {"deadline": ["Hạn xử lý không được sau hạn lãnh đạo đã giao."]}),
           ({"assignee": "cv1b", "deadline": "2025-03-01"}, {"deadline": ["Hạn xử lý không được trước ngày đến của văn bản."]}),
           ({"assignee": "cv1b", "deadline": "26/03/2025"}, {"deadline": ["Ngày không hợp lệ, cần dạng YYYY-MM-DD."]})]
    for data, errors in bad:
        with pytest.raises(ValidationFailed) as failed:
            _call(app, "tp1", propose, data)
        assert failed.value.errors == errors
    assert task_rows(app, doc)[-1] == ("propose", "P1", "cv1a", "staff", HEAD, "open")   # nothing saved
    factories.complete(app, "cv1a", "propose", doc, {"proposal": "x"})
    with pytest.raises(Conflict):
        _call(app, "tp1", propose, {"assignee": "cv1b"})              # already completed
    with app.unit_of_work() as uow:
        assert uow.session.get(Task, propose).state == "completed"
