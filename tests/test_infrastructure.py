"""The test fixtures themselves work: fresh databases on both backends, Chromium, the live server."""
from __future__ import annotations

import sqlalchemy as sa

from tests.support.browser import screenshot


def test_database_url_gives_a_working_empty_database(database_url):
    engine = sa.create_engine(database_url)
    try:
        with engine.begin() as conn:
            assert conn.execute(sa.text("SELECT 1")).scalar_one() == 1
            assert sa.inspect(conn).get_table_names() == []
            conn.execute(sa.text("CREATE TABLE probe (name VARCHAR(50))"))
            conn.execute(sa.text("INSERT INTO probe VALUES ('Sở Y tế')"))
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT name FROM probe")).scalar_one() == "Sở Y tế"
    finally:
        engine.dispose()


def test_each_postgres_test_gets_its_own_database(postgres_url, _postgres_databases):
    other = _postgres_databases.create()
    try:
        assert sa.engine.make_url(other).database != sa.engine.make_url(postgres_url).database
        engine = sa.create_engine(postgres_url)
        try:
            with engine.connect() as conn:
                assert conn.execute(sa.text("SHOW server_encoding")).scalar_one() == "UTF8"
                assert conn.execute(sa.text("SELECT current_database()")).scalar_one() \
                    == sa.engine.make_url(postgres_url).database
        finally:
            engine.dispose()
    finally:
        _postgres_databases.drop(other)


def _hello_app(environ, start_response):
    body = "<!doctype html><title>Văn bản đến</title><h1 id=path>{}</h1>".format(environ["PATH_INFO"])
    start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
    return [body.encode("utf-8")]


def test_browser_reads_a_live_server_page(page, live_server):
    base_url = live_server(_hello_app)
    page.goto(f"{base_url}/so-den/1")
    assert page.title() == "Văn bản đến"
    assert page.locator("#path").inner_text() == "/so-den/1"
    assert screenshot(page, "infrastructure-live-server").stat().st_size > 0


def test_browser_loads_a_data_url(page):
    page.goto("data:text/html,<title>ok</title><p>hello</p>")
    assert page.title() == "ok"
