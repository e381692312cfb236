"""Browser tests: a live server over a fresh SQLite database with the test organisation."""
from __future__ import annotations

import pytest

from tests.factories import engine_with_org
from webapp import create_app


@pytest.fixture
def engine_app(sqlite_url, tmp_path):
    with engine_with_org(sqlite_url, tmp_path) as docroute:
        yield docroute


@pytest.fixture
def base_url(engine_app, live_server) -> str:
    return live_server(create_app({"DOCROUTE": engine_app, "SECRET_KEY": "browser-test"}))
