"""Shared fixtures: fresh databases (SQLite and PostgreSQL), headless Chromium, a live WSGI server.

- ``database_url``: a fresh empty database per test, once on SQLite and once on PostgreSQL.
- ``sqlite_url`` / ``postgres_url``: the same for one backend only.
- ``postgres_server``: the session's PostgreSQL server (started here, or DOCROUTE_TEST_POSTGRES_URL).
- ``browser`` / ``page``: Playwright on Debian's Chromium; a new browser context per test.
- ``live_server``: ``live_server(app) -> base URL``, served from a thread until the test ends.
- ``smtp_server``: a real local SMTP server (aiosmtpd) that keeps what it receives.

Missing PostgreSQL or Chromium skips those tests locally and fails them in CI (env CI=true).
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

# pypdf reads shutil.which('jbig2dec') when its filters are first imported, and refuses every PDF after if that
# differs from its defaults: imported here, before any test patches shutil.which
import pypdf.filters  # noqa: F401
import pytest

from tests.support import require
from tests.support.browser import CHROMIUM, launch_chromium, screenshot
from tests.support.live_server import LiveServer
from tests.support.postgres import DatabaseMaker, PostgresServer, find_bin_dir

POSTGRES_FIXTURES = {"postgres_server", "postgres_url"}
BROWSER_FIXTURES = {"browser", "page"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests by what they need, so ``-m "not postgres"`` or ``-m "not browser"`` selects them out."""
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if names & POSTGRES_FIXTURES:
            item.add_marker(pytest.mark.postgres)
        if names & BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """Keep each phase's report on the test item, so the ``page`` fixture can tell it failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


# --- databases -------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """URL (``postgresql+psycopg://…/postgres``) of a PostgreSQL server for this test session.

    DOCROUTE_TEST_POSTGRES_URL, when set, names an existing server (its role needs CREATEDB);
    otherwise a throw-away server is started from Debian's binaries and stopped at the end.
    """
    external = os.environ.get("DOCROUTE_TEST_POSTGRES_URL")
    if external:
        yield external
        return
    bin_dir = find_bin_dir()
    require(bin_dir is not None, "PostgreSQL server binaries not found (apt-get install postgresql)")
    server = PostgresServer(bin_dir)
    try:
        url = server.start()
    except Exception:
        server.stop()
        raise
    try:
        yield url
    finally:
        server.stop()


@pytest.fixture(scope="session")
def _postgres_databases(postgres_server: str) -> Iterator[DatabaseMaker]:
    maker = DatabaseMaker(postgres_server)
    yield maker
    maker.dispose()


@pytest.fixture
def postgres_url(_postgres_databases: DatabaseMaker) -> Iterator[str]:
    """URL of a new, empty PostgreSQL database for this test only; dropped afterwards."""
    url = _postgres_databases.create()
    yield url
    _postgres_databases.drop(url)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """URL of a new, empty SQLite database file in the test's tmp_path."""
    return f"sqlite:///{tmp_path / 'docroute.sqlite3'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    """A fresh empty database per test; the test runs once on SQLite and once on PostgreSQL."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")


# --- browser and live server -----------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium through Playwright's sync API, one per test session (per xdist worker)."""
    require(CHROMIUM.exists(), f"{CHROMIUM} not found (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:
        chromium = launch_chromium(playwright)
        try:
            yield chromium
        finally:
            chromium.close()
    finally:
        playwright.stop()


@pytest.fixture
def page(browser, request: pytest.FixtureRequest):
    """A page in a new browser context (no cookies or storage from other tests).

    When the test fails, a screenshot is left in test-artifacts/screenshots/FAILED-<test>.png.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    try:
        yield page
        report = getattr(request.node, "report_call", None)
        if report is not None and report.failed:
            screenshot(page, f"FAILED-{request.node.nodeid}")
    finally:
        context.close()


@pytest.fixture
def live_server() -> Iterator[Callable[[object], str]]:
    """Factory: ``live_server(wsgi_app)`` serves the app on 127.0.0.1 and returns its base URL
    (no trailing slash); every server started is shut down when the test ends."""
    servers: list[LiveServer] = []

    def start(app) -> str:
        server = LiveServer(app)
        servers.append(server)
        return server.start()

    yield start
    for server in servers:
        server.stop()


# --- mail --------------------------------------------------------------------------------------------


@pytest.fixture
def smtp_server():
    """A real SMTP server (aiosmtpd) on 127.0.0.1 for this test; see tests/support/smtp.py."""
    from tests.support.smtp import SmtpServer

    server = SmtpServer().start()
    yield server
    server.stop()
