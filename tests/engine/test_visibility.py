"""Who may read a document: overseers; members of its lead, co and info departments; delegated users.
A confidential document only: overseers, the heads of its departments and the users it was delegated to.
"""
from __future__ import annotations

import pytest

from engine import Forbidden, NotFound
from engine.services import documents, users
from tests.factories import complete, direct, register

EVERYONE = ["vt", "kt", "gd", "pgd"] + [u for n in (1, 2, 3, 4) for u in (f"tp{n}", f"cv{n}a", f"cv{n}b")]
OVERSEERS = {"vt", "kt", "gd", "pgd"}


def who_sees(app, document_id: int) -> set[str]:
    """The users for whom reading the document works, checking the list agrees with the page."""
    seen = set()
    with app.unit_of_work() as uow:
        for username in EVERYONE:
            user = users.get_by_username(uow, username)
            listed = document_id in [d.id for d in documents.list_documents(uow, user)]
            try:
                documents.get_visible(uow, user, document_id)
                documents.document_history(uow, user, document_id)
                readable = True
            except Forbidden:
                readable = False
            assert listed == readable, username
            if readable:
                seen.add(username)
    return seen


@pytest.mark.parametrize("confidentiality", ["normal", "mat"])
def test_before_the_direction_only_overseers_see_it(app, confidentiality):
    doc = register(app, confidentiality=confidentiality)
    assert who_sees(app, doc) == OVERSEERS


def test_a_normal_document_is_seen_by_every_member_of_its_departments(app):
    doc = register(app)
    direct(app, doc, lead="P1", co=["P2"], info=["P3"])
    members = {u for n in (1, 2, 3) for u in (f"tp{n}", f"cv{n}a", f"cv{n}b")}
    assert who_sees(app, doc) == OVERSEERS | members


@pytest.mark.parametrize("confidentiality", ["mat", "toi_mat", "tuyet_mat"])
def test_a_confidential_document_is_seen_by_heads_and_delegated_users_only(app, confidentiality):
    doc = register(app, confidentiality=confidentiality)
    direct(app, doc, lead="P1", co=["P2"], info=["P3"])
    assert who_sees(app, doc) == OVERSEERS | {"tp1", "tp2", "tp3"}
    complete(app, "tp2", "delegate", doc, {"assignee": "cv2b"})
    assert who_sees(app, doc) == OVERSEERS | {"tp1", "tp2", "tp3", "cv2b"}


def test_a_new_direction_replaces_the_departments_but_delegated_users_keep_access(app):
    doc = register(app)
    direct(app, doc, lead="P1", co=["P2"])
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a"})
    complete(app, "tp2", "delegate", doc, {"decision": "return", "reason": "Không đúng chức năng"})
    direct(app, doc, lead="P4")
    assert who_sees(app, doc) == OVERSEERS | {"tp4", "cv4a", "cv4b", "cv1a"}


def test_an_unknown_document_is_not_found(app):
    with app.unit_of_work() as uow, pytest.raises(NotFound):
        documents.get_visible(uow, users.get_by_username(uow, "gd"), 404)
