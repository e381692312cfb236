"""docs/api.md names every call the API answers, and no call it does not."""
from __future__ import annotations

import re
from pathlib import Path

from flask import Flask

DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"
CALL = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE) (/api/v1/[\w/.-]*\w)")
HEADING_METHODS = re.compile(r"^###[^\n]*?((?:`(?:GET|POST|PUT|PATCH|DELETE)`, )+)`(\w+) (/api/v1/[\w/-]+)`", re.M)
PLACEHOLDER = re.compile(r"^[A-Z]+$")  # ID, AID, N in the doc's paths


def _doc_calls() -> set[tuple[str, str]]:
    text = DOC.read_text(encoding="utf-8")
    calls = {(method, _shape(path)) for method, path in CALL.findall(text)}
    for listed, last, path in HEADING_METHODS.findall(text):  # "`POST`, `GET`, `DELETE /api/v1/standins`"
        calls |= {(m, _shape(path)) for m in re.findall(r"`(\w+)`", listed)}
    return calls


def _shape(path: str) -> str:
    return "/".join("{}" if PLACEHOLDER.match(part) else part for part in path.split("/"))


def _app_calls(app: Flask) -> set[tuple[str, str]]:
    calls = set()
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/v1/") or "<path:" in rule.rule:
            continue
        shapes = [""]
        for part in rule.rule.split("/")[1:]:
            options = re.match(r"<any\((.*)\):\w+>", part)
            if options:
                choices = [c.strip().strip("'") for c in options.group(1).split(",")]
            else:
                choices = ["{}" if part.startswith("<") else part]
            shapes = [f"{s}/{c}" for s in shapes for c in choices]
        calls |= {(m, s) for m in rule.methods - {"HEAD", "OPTIONS"} for s in shapes}
    return calls


def test_every_call_is_documented_and_every_documented_call_exists(api):
    app = api.client.application
    served, documented = _app_calls(app), _doc_calls()
    assert sorted(served - documented) == []  # answered but not documented
    assert sorted(documented - served) == []  # documented but not answered
