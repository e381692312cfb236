"""The search index migration: documents registered before it are found after it, and the
index stays in step when a search row is changed or its document deleted."""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from engine import Docroute, FixedClock, Settings
from engine.persistence.migrate import upgrade
from engine.services import documents, users
from tests.factories import START, load_org

OLD_DOCUMENTS = [
    ("620/SYT-NVY", "Sở Y tế tỉnh Kiên Giang", "Đề nghị cử cán bộ tham gia đào tạo"),
    ("55/KH-UBND", "UBND huyện Giang Thành", "Kế hoạch chuyển đổi số năm 2025"),
]


def _old_database(database_url: str, tmp_path) -> Docroute:
    """A database at revision 0001 holding two documents, as before search was indexed."""
    settings = Settings(database_url=database_url, data_dir=tmp_path / "files", instance_dir=tmp_path,
                        password_hash_method="pbkdf2:sha256:1000")
    settings.ensure_dirs()
    app = Docroute(settings, clock=FixedClock(START))
    upgrade(app.db, "0001")
    with app.db.begin() as conn:
        conn.execute(sa.text("INSERT INTO user_account (id, username, full_name, password_hash, active) "
                             "VALUES (100, 'cu', 'Văn thư cũ', 'x', true)"))
        for n, (number, issuer, subject) in enumerate(OLD_DOCUMENTS, start=1):
            conn.execute(sa.text(
                "INSERT INTO incoming_document (id, register, year, incoming_number, received_date, issuer, number, "
                "issued_date, doc_type, subject, urgency, confidentiality, status, dedup_key, search_text, "
                "registered_by_id, created_at) VALUES (:id, 'general', 2025, :id, :day, :issuer, :number, :day, "
                "'Công văn', :subject, 'normal', 'normal', 'filed', :number, '', 100, :at)"),
                {"id": n, "day": dt.date(2025, 3, n), "issuer": issuer, "number": number, "subject": subject,
                 "at": START + dt.timedelta(minutes=n)})
    return app


def _found(app, q: str) -> list[int]:
    with app.unit_of_work() as uow:
        return [d.id for d in documents.list_documents(uow, users.get_by_username(uow, "gd"), q=q)]


def test_documents_registered_before_the_index_are_found_after_it(database_url, tmp_path):
    app = _old_database(database_url, tmp_path)
    try:
        app.migrate()
        load_org(app)
        columns = {c["name"] for c in sa.inspect(app.db).get_columns("incoming_document")}
        assert "search_text" not in columns and "dedup_key" in columns  # the index replaced it
        assert _found(app, "de nghi dao tao") == [1]
        assert _found(app, "620/SYT-NVY") == [1]
        assert _found(app, "giang thanh") == [2]
        assert _found(app, "chuyển đổi số") == [2]
        assert _found(app, "so") == [2, 1]

        with app.db.begin() as conn:                    # the index follows the row (triggers on SQLite)
            conn.execute(sa.text("UPDATE document_search SET body = 'bao cao quy ii' WHERE document_id = 1"))
            conn.execute(sa.text("DELETE FROM incoming_document WHERE id = 2"))
        assert _found(app, "bao cao quy") == [1]
        assert _found(app, "de nghi") == []
        assert _found(app, "so") == []
        with app.db.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM document_search")).scalar_one() == 1
            if conn.dialect.name == "sqlite":
                conn.execute(sa.text("INSERT INTO document_search_fts(document_search_fts) VALUES ('integrity-check')"))
    finally:
        app.dispose()
