"""The package-files migration: files an older version kept in its own interchange folder become
attachments in the one store, searchable; refused packages' files go; the old folder is emptied."""
from __future__ import annotations

import datetime as dt
import hashlib
import json

import sqlalchemy as sa

from engine import Docroute, FixedClock, Settings
from engine.persistence.migrate import upgrade
from engine.services import attachments, documents, users
from tests.factories import START, load_org
from tests.interchange.builders import SAMPLES
from tests.support.samples import pdf_bytes

BEFORE = ("0003_edxml_package_files", "0002_attachments", "0002_search_index")
PACKAGE = (SAMPLES / "edoc_new.edxml").read_bytes()[4:]
PDF = pdf_bytes(["Quyết toán kinh phí phòng chống dịch"])


def _old_files(data_dir, package_id: int, files: list[tuple[str, bytes]]) -> str:
    """Write files as the old interchange store did; their listing for ``interchange_package.files``."""
    entries = []
    for index, (name, data) in enumerate(files, start=1):
        relative = f"interchange/packages/{package_id:08d}/{index:02d}-{name}"
        (data_dir / relative).parent.mkdir(parents=True, exist_ok=True)
        (data_dir / relative).write_bytes(data)
        entries.append({"name": name, "media_type": "application/octet-stream", "size": len(data),
                        "sha256": hashlib.sha256(data).hexdigest(), "path": relative})
    return json.dumps(entries)


def _old_database(database_url: str, tmp_path) -> Docroute:
    settings = Settings(database_url=database_url, data_dir=tmp_path / "files", instance_dir=tmp_path,
                        password_hash_method="pbkdf2:sha256:1000")
    settings.ensure_dirs()
    app = Docroute(settings, clock=FixedClock(START))
    for revision in BEFORE:
        upgrade(app.db, revision)
    day, at = dt.date(2025, 3, 1), START
    registered = _old_files(settings.data_dir, 1, [("goi-tin.edxml", PACKAGE), ("to-trinh.pdf", PDF),
                                                  ("chay.exe", b"MZ" + b"\0" * 64)])
    refused = _old_files(settings.data_dir, 2, [("goi-tin.edxml", PACKAGE)])
    with app.db.begin() as conn:
        conn.execute(sa.text("INSERT INTO user_account (id, username, full_name, password_hash, active) "
                             "VALUES (100, 'cu', 'Văn thư cũ', 'x', true)"))
        conn.execute(sa.text(
            "INSERT INTO incoming_document (id, register, year, incoming_number, received_date, issuer, number, "
            "issued_date, doc_type, subject, urgency, confidentiality, status, dedup_key, search_text, "
            "registered_by_id, created_at) VALUES (1, 'general', 2025, 1, :day, 'Văn phòng Chính phủ', "
            "'7816/VPCP-TTĐT', :day, 'Công văn', 'Kết nối liên thông', 'normal', 'normal', 'assigning', 'k', '', "
            "100, :at)"), {"day": day, "at": at})
        conn.execute(sa.text("INSERT INTO document_search (document_id, body) VALUES (1, '7816 vpcp ttdt')"))
        for package_id, document_id, outcome, files in ((1, 1, "registered", registered), (2, None, "refused", refused)):
            conn.execute(sa.text(
                "INSERT INTO interchange_package (id, business_type, outcome, identity_key, header_key, "
                "sender_organ_id, document_id, warnings, files, sha256, size, received_at, received_by_id) VALUES "
                "(:id, 'new', :outcome, :key, :key, '000.00.00.G22', :doc, '[]', :files, :sha, 1, :at, 100)"),
                {"id": package_id, "outcome": outcome, "key": f"k{package_id}", "doc": document_id, "files": files,
                 "sha": "0" * 64, "at": at})
    return app


def test_old_package_files_become_searchable_attachments_in_the_one_store(database_url, tmp_path):
    app = _old_database(database_url, tmp_path)
    try:
        app.migrate()
        load_org(app)
        with app.unit_of_work() as uow:
            gd = users.get_by_username(uow, "gd")
            kept = attachments.visible_attachments(uow, gd, 1)
            assert [(a.safe_name, a.media_type, a.step, a.package_id, a.uploaded_by_id) for a in kept] == [
                ("goi-tin.edxml", "application/edxml+xml", "register", 1, 100),
                ("to-trinh.pdf", "application/pdf", "register", 1, 100)]  # the .exe stays inside the package
            for attachment in kept:
                _, path = attachments.file_for(uow, gd, 1, attachment.id)
                assert hashlib.sha256(path.read_bytes()).hexdigest() == attachment.sha256
            assert [d.id for d in documents.list_documents(uow, gd, q="quyet toan kinh phi")] == [1]
            assert [d.id for d in documents.list_documents(uow, gd, q="7816")] == [1]
        assert not [p for p in (app.settings.data_dir / "interchange").rglob("*") if p.is_file()]
        assert len([p for p in (app.settings.data_dir / "sha256").rglob("*") if p.is_file()]) == 2
        with app.db.connect() as conn:
            assert "files" not in {c["name"] for c in sa.inspect(conn).get_columns("interchange_package")}
            assert conn.execute(sa.text("SELECT count(*) FROM attachment")).scalar_one() == 2
    finally:
        app.dispose()
