"""The auditor's register: every document, filters, deadlines kept or missed, link to the history."""
from __future__ import annotations

import re

import pytest

from engine.services import inbox, users
from tests.factories import complete, load_org, make_docroute, register

PAST = {"received_date": "2025-03-03", "issued_date": "2025-03-01"}


def _numbers(page) -> list[str]:
    return ["/".join(re.match(r"(\d+) ?/(\d{4})", row).groups()) for row in page.texts("audit-row")]


@pytest.fixture
def letters(engine_app) -> dict[str, int]:
    app = engine_app
    docs = {
        "p1": register(app, subject="Kế hoạch phòng chống dịch"),
        "p2": register(app, subject="Báo cáo tài chính", **PAST),
        "new": register(app, subject="Giấy mời họp giao ban"),
        "old": register(app, subject="Công văn năm trước", received_date="2024-12-30", issued_date="2024-12-20"),
    }
    complete(app, "gd", "assign", docs["p1"], {"lead": "P1", "deadline": "2025-03-20"})
    complete(app, "gd", "assign", docs["p2"], {"lead": "P2", "co": ["P1"], "deadline": "2025-03-07"})  # past
    return docs


def test_auditor_sees_every_document_with_its_progress(web, letters):
    page = web("kt").get("/audit")
    assert page.status == 200
    assert _numbers(page) == ["3/2025", "2/2025", "1/2025", "1/2024"]
    rows = page.texts("audit-row")
    assert "Phòng số 2 (Chủ trì)" in rows[1] and "Phòng số 1 (Phối hợp)" in rows[1]
    assert "Giao chuyên viên" in rows[1] and "Quá hạn" in rows[1]
    assert "Quá hạn" not in rows[2] and "Đang xử lý" in rows[2]
    links = page.tree.xpath('//tr[@data-testid="audit-row"]//a[contains(@href, "#history")]/@href')
    assert links[1] == f"/documents/{letters['p2']}#history"


@pytest.mark.parametrize(("query", "expected"), [
    ("year=2024", ["1/2024"]),
    ("status=assigning", ["3/2025", "1/2024"]),
    ("department=P1", ["2/2025", "1/2025"]),
    ("department=P2", ["2/2025"]),
    ("overdue=y", ["2/2025"]),
    ("q=phong+chong+dich", ["1/2025"]),
    ("year=2025&status=in_progress&department=P1&overdue=y", ["2/2025"]),
])
def test_filters(web, letters, query, expected):
    assert _numbers(web("kt").get(f"/audit?{query}")) == expected


def test_late_steps_are_counted(web, engine_app):
    doc = register(engine_app, **PAST)
    complete(engine_app, "gd", "assign", doc, {"lead": "P1", "deadline": "2025-03-07"})
    complete(engine_app, "tp1", "delegate", doc, {"assignee": "cv1a"})  # done 10/03, due 07/03: late
    row = web("kt").get("/audit").texts("audit-row")[0]
    assert "1 bước xử lý trễ hạn" in row


def test_audit_register_on_both_databases(database_url, tmp_path):
    app = make_docroute(database_url, tmp_path)
    try:
        load_org(app)
        doc = register(app, **PAST)
        complete(app, "gd", "assign", doc, {"lead": "P1", "deadline": "2025-03-07"})
        register(app)
        with app.unit_of_work() as uow:
            auditor = users.get_by_username(uow, "kt")
            rows = inbox.audit_register(uow, auditor, overdue=True)
            assert [(r.document.id, r.open_steps, r.overdue) for r in rows] == [(doc, ["delegate"], True)]
            assert len(inbox.audit_register(uow, auditor, department="P1", year=2025)) == 1
            assert inbox.document_years(uow) == [2025]
    finally:
        app.dispose()


def test_only_auditors_open_the_audit_page(web):
    assert web("gd").get("/audit").status == 403
    assert web("cv1a").get("/audit").status == 403
