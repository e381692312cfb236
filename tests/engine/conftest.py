"""Fixtures of the engine tests: a migrated engine with the test organisation on a fresh database."""
from __future__ import annotations

import pytest

from tests.factories import load_org, make_docroute


@pytest.fixture
def app(database_url, tmp_path):
    """An engine on a fresh database (SQLite, then PostgreSQL) with departments P1..P4."""
    docroute = make_docroute(database_url, tmp_path)
    load_org(docroute, 4)
    yield docroute
    docroute.dispose()
