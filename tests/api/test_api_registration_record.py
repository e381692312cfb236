"""POST /documents with the full electronic record; registers; the duplicate's 409 body."""
from __future__ import annotations

import pytest

from tests.engine.test_registration_record import FULL_RECORD
from tests.factories import document_data


def test_the_full_record_round_trips(api):
    created = api.post("/documents", "vt", json=FULL_RECORD)
    assert created.status_code == 201, created.get_json()
    body = created.get_json()
    assert {k: body[k] for k in FULL_RECORD} == FULL_RECORD
    assert (body["register"], body["year"], body["incoming_number"]) == ("general", 2025, 1)
    again = api.get(f"/documents/{body['id']}", "kt").get_json()
    assert {k: again[k] for k in FULL_RECORD} == FULL_RECORD
    listed = api.get("/documents", "gd").get_json()["documents"][0]
    assert {k: listed[k] for k in FULL_RECORD} == FULL_RECORD


def test_the_optional_fields_come_back_empty_when_not_given(api):
    body = api.post("/documents", "vt", json=document_data()).get_json()
    assert {k: body[k] for k in ("issuer_parent", "signer_title", "signing_authority", "recipients",
                                 "page_count", "language", "notes", "register")} == {
        "issuer_parent": None, "signer_title": None, "signing_authority": None, "recipients": [],
        "page_count": None, "language": "vi", "notes": None, "register": "general"}


def test_confidential_documents_have_their_own_register_and_numbers(api):
    numbers = [(b["register"], b["incoming_number"]) for b in (
        api.post("/documents", "vt", json=document_data(confidentiality=c)).get_json()
        for c in ("normal", "mat", "normal", "tuyet_mat"))]
    assert numbers == [("general", 1), ("confidential", 1), ("general", 2), ("confidential", 2)]
    chosen = api.post("/documents", "vt", json=document_data(confidentiality="mat", register="general"))
    assert (chosen.get_json()["register"], chosen.get_json()["incoming_number"]) == ("general", 3)


@pytest.mark.parametrize("overrides,field", [
    ({"page_count": -1}, "page_count"), ({"page_count": "many"}, "page_count"),
    ({"recipients": [{"name": "x"}]}, "recipients"), ({"signing_authority": "x" * 256}, "signing_authority"),
    ({"register": "mat"}, "register"), ({"language": ["vi"]}, "language"), ({"notes": 5}, "notes"),
    ({"issuer_parent": "x" * 300}, "issuer_parent"), ({"signer_title": ["GĐ"]}, "signer_title"),
])
def test_a_bad_new_field_is_422_naming_it(api, overrides, field):
    answer = api.post("/documents", "vt", json=document_data(**overrides))
    assert answer.status_code == 422
    assert list(answer.get_json()["errors"]) == [field]
    assert api.get("/documents", "vt").get_json() == {"documents": []}


def test_a_duplicate_answer_names_the_earlier_document(api):
    first = api.post("/documents", "vt", json=document_data(number="7/BC-UBND")).get_json()
    again = api.post("/documents", "vt", json=document_data(number="7/bc-ubnd"))
    assert again.status_code == 409
    body = again.get_json()
    assert body["existing_id"] == first["id"]
    assert body["existing"]["id"] == first["id"]
    assert (body["existing"]["register"], body["existing"]["incoming_number"],
            body["existing"]["received_date"]) == ("general", 1, "2025-03-10")
    assert "1/2025" in body["error"] and "10/03/2025" in body["error"]
