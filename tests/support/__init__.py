"""Helpers for the test fixtures: a throw-away PostgreSQL server, headless Chromium, a live WSGI server."""
from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    """True when running under CI (env ``CI`` set to anything but empty/0/false)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require(available: bool, reason: str) -> None:
    """Skip the test when a system dependency is missing, but fail it in CI, where nothing may be skipped."""
    if available:
        return
    if in_ci():
        pytest.fail(f"{reason} (CI must run these tests: install it, see .ci/run)", pytrace=False)
    pytest.skip(reason)
