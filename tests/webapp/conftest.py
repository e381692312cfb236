"""Web UI tests: the real app over a fresh database, driven by Flask's test client with CSRF on.

``web(username)`` logs a user in through the log-in form and returns a ``WebUser`` whose
``get`` parses the page and whose ``submit`` posts a form with the CSRF token read off the page,
as a browser would.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from lxml import html

from tests.factories import PASSWORD, engine_with_org
from webapp import create_app

CSRF = re.compile(r'name="csrf_token"[^>]*?value="([^"]+)"')


@dataclass
class Page:
    """A response and its parsed HTML."""

    response: object

    @property
    def status(self) -> int:
        return self.response.status_code

    @property
    def text(self) -> str:
        return self.response.get_data(as_text=True)

    @property
    def tree(self):
        return html.fromstring(self.text)

    def testid(self, name: str) -> list:
        return self.tree.xpath(f'//*[@data-testid="{name}"]')

    def texts(self, name: str) -> list[str]:
        """Whitespace-normalised text of each element with ``data-testid=name``."""
        return [" ".join(" ".join(e.itertext()).split()) for e in self.testid(name)]

    def field_errors(self, field: str) -> list[str]:
        """The messages shown under a form field (Bootstrap ``invalid-feedback`` after the input)."""
        tree = self.tree
        inputs = tree.xpath(f'//*[@name="{field}"]')
        assert inputs, f"no field {field!r} on the page"
        block = inputs[0].xpath('ancestor::div[contains(@class, "mb-3")][1]')
        scope = block[0] if block else inputs[0].getparent()
        return [" ".join(e.text_content().split()) for e in scope.xpath('.//*[contains(@class, "invalid-feedback")]')]

    def csrf(self) -> str:
        match = CSRF.search(self.text)
        assert match, "no CSRF token on the page"
        return match.group(1)


class WebUser:
    def __init__(self, client):
        self.client = client

    def get(self, url: str, **kwargs) -> Page:
        return Page(self.client.get(url, buffered=True, **kwargs))

    def post(self, url: str, data: dict, **kwargs) -> Page:
        return Page(self.client.post(url, data=data, buffered=True, **kwargs))

    def submit(self, url: str, data: dict, *, form_url: str | None = None, **kwargs) -> Page:
        """Post ``data`` to ``url`` with the CSRF token of the page at ``form_url`` (default ``url``)."""
        token = self.get(form_url or url).csrf()
        return self.post(url, {"csrf_token": token, **data}, **kwargs)


@pytest.fixture
def engine_app(sqlite_url, tmp_path):
    """A migrated engine with the test organisation (BGD, VP, P1, P2) and a fixed clock (Mon 10/03/2025)."""
    with engine_with_org(sqlite_url, tmp_path) as docroute:
        yield docroute


@pytest.fixture
def app(engine_app):
    return create_app({"DOCROUTE": engine_app, "SECRET_KEY": "test-secret", "TESTING": True})


@pytest.fixture
def anonymous(app) -> WebUser:
    return WebUser(app.test_client())


@pytest.fixture
def web(app) -> Callable[[str], WebUser]:
    """``web("gd")``: a client logged in as ``gd`` through the log-in form."""

    def login(username: str) -> WebUser:
        user = WebUser(app.test_client())
        page = user.submit("/login", {"username": username, "password": PASSWORD})
        assert page.status == 302, f"log-in of {username} failed ({page.status})"
        return user

    return login
