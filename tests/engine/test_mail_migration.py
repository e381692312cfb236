"""The e-mail migration on a database already in use: users keep their rows and get e-mail on."""
from __future__ import annotations

import sqlalchemy as sa

from engine import Docroute, FixedClock, Settings
from engine.persistence.migrate import upgrade
from engine.services.mail import deliver_pending_mail
from tests.engine.test_mail import mail_settings
from tests.factories import START, register


def test_an_existing_database_gets_the_outbox_and_keeps_its_users(database_url, tmp_path, smtp_server):
    settings = Settings(database_url=database_url, data_dir=tmp_path / "files", instance_dir=tmp_path,
                        password_hash_method="pbkdf2:sha256:1000", mail=mail_settings(smtp_server))
    settings.ensure_dirs()
    app = Docroute(settings, clock=FixedClock(START))
    try:
        upgrade(app.db, "0001")
        with app.db.begin() as conn:   # a user with a document and a notification, as before e-mail
            conn.execute(sa.text("INSERT INTO user_account (id, username, full_name, password_hash, active, email) "
                                 "VALUES (700, 'vt', 'Văn thư', 'x', true, 'vt@ttyt.example.vn')"))
            conn.execute(sa.text(
                "INSERT INTO incoming_document (id, register, year, incoming_number, received_date, issuer, "
                "number, issued_date, doc_type, subject, urgency, confidentiality, status, dedup_key, "
                "search_text, registered_by_id, created_at) VALUES (900, 'general', 2024, 1, :day, 'Sở Y tế', "
                "'1/SYT', :day, 'Công văn', 'Cũ', 'normal', 'normal', 'filed', 'k', '', 700, :at)"),
                {"day": START.date(), "at": START})
            conn.execute(sa.text("INSERT INTO notification (user_id, kind, document_id, at, read, reason) "
                                 "VALUES (700, 'completed', 900, :at, false, 'old')"), {"at": START})
        app.migrate()
        with app.db.connect() as conn:
            assert conn.execute(sa.text("SELECT username, email, email_notifications FROM user_account")).all() == [
                ("vt", "vt@ttyt.example.vn", True)]
            assert conn.execute(sa.text("SELECT count(*) FROM mail_delivery")).scalar() == 0  # old ones: no mail
        from tests.factories import load_org
        load_org(app, 1)
        register(app, clerk="vt")
        assert deliver_pending_mail(app, app.clock.now()).skipped == 2   # the leaders have no address
    finally:
        app.dispose()
