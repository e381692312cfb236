"""The inbox: three sections (waiting, due soon, overdue), most urgent first, one button per row."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from engine import FixedClock
from engine.services import inbox, users
from tests.factories import complete, load_org, make_docroute, register

PAST = {"received_date": "2025-03-03", "issued_date": "2025-03-01"}


def _letters(app) -> dict[str, int]:
    """Documents waiting for the leader's direction; today is Monday 10/03/2025."""
    return {
        "A": register(app, subject="Thư A thường", due_date="2025-03-13"),
        "B": register(app, subject="Thư B hỏa tốc", urgency="hoa_toc"),
        "C": register(app, subject="Thư C khẩn", urgency="khan", due_date="2025-03-20"),
        "D": register(app, subject="Thư D thượng khẩn", urgency="thuong_khan", due_date="2025-03-25"),
        "E": register(app, subject="Thư E thường", due_date="2025-03-12"),
        "F": register(app, subject="Thư F khẩn", urgency="khan", due_date="2025-03-10"),
        "G": register(app, subject="Thư G thường", due_date="2025-03-07", **PAST),
        "H": register(app, subject="Thư H hỏa tốc", urgency="hoa_toc", confidentiality="mat",
                      due_date="2025-03-05", **PAST),
    }


def _subjects(items) -> list[str]:
    return [item.document.subject.split()[1] for item in items]


def test_sections_and_order_in_the_service(database_url, tmp_path):
    app = make_docroute(database_url, tmp_path)
    try:
        load_org(app)
        _letters(app)
        with app.unit_of_work() as uow:
            box = inbox.inbox(uow, users.get_by_username(uow, "gd"))
            assert _subjects(box.pending) == ["B", "D", "C", "A"]  # hỏa tốc > thượng khẩn > khẩn > thường
            assert _subjects(box.due_soon) == ["F", "E"]
            assert _subjects(box.overdue) == ["H", "G"]
            assert [i.days_left for i in box.overdue] == [-5, -3]
            assert box.total == 8
    finally:
        app.dispose()


def test_due_soon_counts_working_days_over_the_weekend(sqlite_url, tmp_path):
    friday = FixedClock(dt.datetime(2025, 3, 14, 2, 0, tzinfo=dt.timezone.utc))
    app = make_docroute(sqlite_url, tmp_path, clock=friday)
    try:
        load_org(app)
        register(app, subject="Thư T hạn thứ Ba", due_date="2025-03-18")  # 2 working days after Friday
        register(app, subject="Thư W hạn thứ Tư", due_date="2025-03-19")  # 3 working days after
        with app.unit_of_work() as uow:
            box = inbox.inbox(uow, users.get_by_username(uow, "gd"))
            assert _subjects(box.due_soon) == ["T"]
            assert _subjects(box.pending) == ["W"]
    finally:
        app.dispose()


def _rows(page) -> list[str]:
    return page.texts("inbox-row")


def test_inbox_page_shows_counts_and_each_section(web, engine_app):
    _letters(engine_app)
    user = web("gd")
    page = user.get("/inbox")
    assert page.status == 200
    assert page.texts("count-pending") == ["4"] and page.texts("count-soon") == ["2"]
    assert page.texts("count-overdue") == ["2"]
    assert "Có 2 việc đã quá hạn." in page.texts("overdue-alert")[0]
    rows = _rows(page)  # opens on the first section with something in it: waiting
    assert [r.split("Thư ")[1][0] for r in rows] == ["B", "D", "C", "A"]
    first = rows[0]
    assert "Hỏa tốc" in first and "Phân công xử lý" in first and "Lãnh đạo cơ quan" in first
    assert "Công văn số" in first and "Sở Y tế tỉnh Kiên Giang" in first and "Xử lý" in first
    assert "13/03/2025" in rows[3] and "còn 3 ngày" in rows[3]

    soon = _rows(user.get("/inbox?tab=soon"))
    assert [r.split("Thư ")[1][0] for r in soon] == ["F", "E"]
    assert "đến hạn hôm nay" in soon[0] and "còn 2 ngày" in soon[1]

    overdue = user.get("/inbox?tab=overdue")
    rows = _rows(overdue)
    assert [r.split("Thư ")[1][0] for r in rows] == ["H", "G"]
    assert "quá hạn 5 ngày" in rows[0] and "05/03/2025" in rows[0] and "Mật" in rows[0]
    buttons = overdue.tree.xpath('//tr[@data-testid="inbox-row"]//a[contains(@class, "btn-action")]/@href')
    assert len(buttons) == 2 and all(href.startswith("/tasks/") for href in buttons)


def test_inbox_of_other_steps_names_the_department(web, engine_app):
    doc = register(engine_app)
    complete(engine_app, "gd", "assign", doc, {"lead": "P1", "co": ["P2"], "deadline": "2025-03-20"})
    complete(engine_app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-18"})
    rows = _rows(web("cv1a").get("/inbox"))
    assert len(rows) == 1
    assert "Dự thảo đề xuất" in rows[0] and "Phòng số 1" in rows[0] and "18/03/2025" in rows[0]
    rows = _rows(web("tp2").get("/inbox"))
    assert len(rows) == 1 and "Giao chuyên viên" in rows[0] and "Phòng số 2" in rows[0]


def test_empty_inbox_says_so(web):
    page = web("cv2b").get("/inbox")
    assert page.texts("inbox-empty") == ["Không có văn bản nào đang chờ bạn xử lý."]
    assert page.texts("count-pending") == ["0"]


@pytest.mark.parametrize("url", ["/inbox", "/documents", "/audit"])
def test_lists_run_a_fixed_number_of_queries(web, engine_app, url):
    """No query per row: ten times the documents, the same number of SQL statements."""
    user = web("kt" if url == "/audit" else "gd")
    counts = []
    for batch in (2, 18):
        for _ in range(batch):
            register(engine_app, urgency="khan")
        statements = []

        def count(*_args):
            statements.append(1)

        event.listen(engine_app.db, "before_cursor_execute", count)
        try:
            assert user.get(url).status == 200
        finally:
            event.remove(engine_app.db, "before_cursor_execute", count)
        counts.append(len(statements))
    assert counts[0] == counts[1]
