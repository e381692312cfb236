"""Fixtures of the API tests: the Flask test client over an engine on a fresh database."""
from __future__ import annotations

import pytest

from tests.factories import PASSWORD, engine_with_org
from webapp import create_app

PREFIX = "/api/v1"


class Api:
    """Calls /api/v1 as a user: ``api.get("/tasks", "gd")``; tokens are fetched once per user."""

    def __init__(self, client):
        self.client = client
        self.tokens: dict[str, str] = {}

    def token(self, username: str) -> str:
        if username not in self.tokens:
            answer = self.client.post(f"{PREFIX}/auth/token", json={"username": username, "password": PASSWORD})
            assert answer.status_code == 200, answer.get_json()
            self.tokens[username] = answer.get_json()["token"]
        return self.tokens[username]

    def headers(self, username: str | None) -> dict:
        return {"Authorization": f"Bearer {self.token(username)}"} if username else {}

    def get(self, path: str, username: str | None = None, **kwargs):
        return self.client.get(PREFIX + path, headers=self.headers(username), **kwargs)

    def post(self, path: str, username: str | None = None, **kwargs):
        return self.client.post(PREFIX + path, headers=self.headers(username), **kwargs)

    def put(self, path: str, username: str | None = None, **kwargs):
        return self.client.put(PREFIX + path, headers=self.headers(username), **kwargs)


@pytest.fixture
def app(database_url, tmp_path):
    """The engine: a fresh database (SQLite, then PostgreSQL) with departments P1..P4."""
    with engine_with_org(database_url, tmp_path, 4) as docroute:
        yield docroute


@pytest.fixture
def api(app):
    flask_app = create_app({"DOCROUTE": app, "SECRET_KEY": "test", "TESTING": True})
    with flask_app.test_client() as client:
        yield Api(client)
