"""Status packages 04, 05, 06 go out when the routing reaches them, each exactly once."""
from __future__ import annotations

from sqlalchemy import select

from engine.interchange import parse_package
from engine.persistence.models import InterchangeStatus
from engine.services import tasks, users
from engine.services.interchange import outbox, receive
from tests.engine.test_concurrency import completer, race
from tests.factories import complete, direct, handle, open_task, register, status
from tests.interchange.builders import SAMPLES


def imported(app) -> int:
    with app.unit_of_work(write=True) as uow:
        result = receive.import_package(uow, users.get_by_username(uow, "vt"),
                                        (SAMPLES / "edoc_new.edxml").read_bytes())
        uow.commit()
        return result.document.id


def sent(app, document_id: int) -> list[tuple[str, str, str | None]]:
    """(code, description, staff) of the statuses about a document, oldest first, read back from their files."""
    with app.unit_of_work() as uow:
        rows = list(reversed(outbox.list_statuses(uow, document_id=document_id)))
        read = [(r.status_code, parse_package(outbox.status_file(uow, r).read_bytes())) for r in rows]
    for code, pkg in read:
        assert pkg.status_code == code
    return [(code, pkg.description, pkg.staff.staff if pkg.staff else None) for code, pkg in read]


def codes(app, document_id: int) -> list[str]:
    with app.unit_of_work() as uow:
        return list(uow.session.scalars(select(InterchangeStatus.status_code).where(
            InterchangeStatus.document_id == document_id).order_by(InterchangeStatus.id)))


def test_each_status_goes_out_when_the_routing_reaches_it(app):
    doc = imported(app)
    assert codes(app, doc) == ["01", "03"]
    direct(app, doc, lead="P1")
    assert codes(app, doc) == ["01", "03", "04"]  # the leader directed
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a"})
    assert codes(app, doc) == ["01", "03", "04", "05"]  # handling started
    complete(app, "cv1a", "propose", doc, {"proposal": "Dự thảo"})
    complete(app, "tp1", "review", doc, {"decision": "approve"})
    assert codes(app, doc) == ["01", "03", "04", "05"]
    assert complete(app, "gd", "approve", doc, {"decision": "approve"}) == "completed"
    assert sent(app, doc) == [
        ("01", "Đã đến", "Nguyễn Thị Văn Thư"),
        ("03", "Đã tiếp nhận, vào sổ văn bản đến: số đến 1/2025.", "Nguyễn Thị Văn Thư"),
        ("04", "Đã phân công xử lý", "Lê Giám Đốc"),
        ("05", "Đang xử lý", "Trưởng phòng 1"),
        ("06", "Hoàn thành xử lý", "Lê Giám Đốc"),
    ]


def test_returns_and_rework_send_nothing_twice(app):
    doc = imported(app)
    direct(app, doc, lead="P1", co=["P2"])
    complete(app, "tp2", "delegate", doc, {"decision": "return", "reason": "Không thuộc chức năng"})
    direct(app, doc, lead="P1")  # directed again after the return
    handle(app, doc, 1)
    complete(app, "gd", "approve", doc, {"decision": "return", "comment": "Bổ sung số liệu"})
    complete(app, "cv1a", "propose", doc, {"proposal": "Bổ sung"})
    complete(app, "tp1", "review", doc, {"decision": "approve"})
    complete(app, "gd", "approve", doc, {"decision": "approve"})
    assert codes(app, doc) == ["01", "03", "04", "05", "06"]


def test_a_filed_document_is_reported_finished_without_04_or_05(app):
    doc = imported(app)
    assert complete(app, "gd", "assign", doc, {"decision": "file", "directive": "Lưu"}) == "filed"
    assert [(c, d) for c, d, _ in sent(app, doc)][-1] == ("06", outbox.FILED_DESCRIPTION)
    assert codes(app, doc) == ["01", "03", "06"]


def test_a_document_not_from_the_interchange_sends_nothing(app):
    doc = register(app)
    direct(app, doc)
    handle(app, doc, 1)
    complete(app, "gd", "approve", doc, {"decision": "approve"})
    with app.unit_of_work() as uow:
        assert outbox.list_statuses(uow) == []
    assert not (app.settings.data_dir / "interchange").exists()


def test_05_once_when_two_departments_start_at_the_same_moment(app):
    doc = imported(app)
    direct(app, doc, lead="P1", co=["P2"])
    jobs = [completer(app, f"tp{i}", open_task(app, f"tp{i}", "delegate", doc), {"assignee": f"cv{i}a"})
            for i in (1, 2)]
    results = race(*jobs)
    assert results == ["in_progress", "in_progress"], results
    assert codes(app, doc) == ["01", "03", "04", "05"]
    files = list((app.settings.data_dir / "interchange" / "outbox").rglob("*.edxml"))
    assert len(files) == 4 and not list((app.settings.data_dir / "interchange").rglob("*.part"))


def test_06_once_when_the_last_approval_races_a_duplicate(app):
    doc = imported(app)
    direct(app, doc, lead="P1")
    handle(app, doc, 1)
    approve = open_task(app, "gd", "approve", doc)
    results = race(completer(app, "gd", approve, {"decision": "approve"}),
                   completer(app, "gd", approve, {"decision": "approve"}))
    assert sorted(type(r).__name__ for r in results) == ["Conflict", "str"]
    assert status(app, doc) == "completed"
    assert codes(app, doc) == ["01", "03", "04", "05", "06"]
    assert len(list((app.settings.data_dir / "interchange" / "outbox").rglob("*.edxml"))) == 5


def test_a_failed_completion_leaves_no_status_file(app):
    doc = imported(app)
    task_id = open_task(app, "gd", "assign", doc)
    with app.unit_of_work(write=True) as uow:  # directed, but never committed
        tasks.complete_task(uow, users.get_by_username(uow, "gd"), task_id, {"lead": "P1"})
        assert len(list((app.settings.data_dir / "interchange" / "outbox").rglob("*.edxml"))) == 3
    assert codes(app, doc) == ["01", "03"]
    assert len(list((app.settings.data_dir / "interchange" / "outbox").rglob("*.edxml"))) == 2
    direct(app, doc)
    assert codes(app, doc) == ["01", "03", "04"]
