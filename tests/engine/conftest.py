"""Fixtures of the engine tests: a migrated engine with the test organisation on a fresh database."""
from __future__ import annotations

import pytest

from tests.factories import engine_with_org


@pytest.fixture
def app(database_url, tmp_path):
    """An engine on a fresh database (SQLite, then PostgreSQL) with departments P1..P4."""
    with engine_with_org(database_url, tmp_path, 4) as docroute:
        yield docroute
