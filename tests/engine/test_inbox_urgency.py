"""Urgent letters (Khẩn, Thượng khẩn, Hỏa tốc) are at the top of the leaders' task lists at once."""
from __future__ import annotations

from engine.services import inbox, tasks, users
from tests.factories import register


def test_an_urgent_letter_registered_last_is_first_in_the_leaders_lists(app):
    late = register(app, subject="Quá hạn", received_date="2025-03-01", issued_date="2025-02-28",
                    due_date="2025-03-05")
    soon = register(app, subject="Sắp đến hạn", due_date="2025-03-11")
    plain = register(app, subject="Không hạn")
    khan = register(app, subject="Khẩn", urgency="khan", due_date="2025-03-28")
    hoa_toc = register(app, subject="Hỏa tốc", urgency="hoa_toc")
    thuong_khan = register(app, subject="Thượng khẩn", urgency="thuong_khan", received_date="2025-03-03",
                           issued_date="2025-03-03", due_date="2025-03-04")
    with app.unit_of_work() as uow:
        leader = users.get_by_username(uow, "pgd")
        assert [d.id for _t, d in tasks.open_tasks(uow, leader)] == [hoa_toc, thuong_khan, khan, late, soon, plain]
        box = inbox.inbox(uow, leader)
        assert [i.document.id for i in box.urgent] == [hoa_toc, thuong_khan, khan]
        assert [i.document.id for i in box.pending] == [hoa_toc, khan, plain]
        assert [i.document.id for i in box.overdue] == [thuong_khan, late]
        assert [i.document.id for i in box.due_soon] == [soon]
