"""The request's unit of work: opened on first use, committed by the view, closed at teardown.

Requests that change something (POST, PUT, PATCH, DELETE) get a writing unit of work, which on
SQLite takes the write lock at BEGIN; reads never wait for writers.
"""
from __future__ import annotations

from flask import current_app, g, request

from engine import Docroute
from engine.persistence.uow import UnitOfWork

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def docroute() -> Docroute:
    return current_app.extensions["docroute"]


def uow() -> UnitOfWork:
    if "uow" not in g:
        g.uow_cm = docroute().unit_of_work(write=request.method in WRITE_METHODS)
        g.uow = g.uow_cm.__enter__()
    return g.uow


def close_uow(_exc=None) -> None:
    cm = g.pop("uow_cm", None)
    g.pop("uow", None)
    if cm is not None:
        cm.__exit__(None, None, None)
