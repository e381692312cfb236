"""Fixtures for the edXML tests: the official samples, copied unmodified from shared/interchange."""
from __future__ import annotations

import pytest

from .builders import SAMPLES


@pytest.fixture
def sample():
    """``sample("status_finish_06")`` → the bytes of that official sample."""
    return lambda name: (SAMPLES / f"{name}.edxml").read_bytes()
