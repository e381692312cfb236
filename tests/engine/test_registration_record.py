"""The full electronic record at registration (NĐ 30, Phụ lục VI), registers and their numbering."""
from __future__ import annotations

import pytest

from engine import DuplicateDocument, ValidationFailed
from engine.persistence.models import IncomingDocument
from engine.services import documents, users
from tests.engine.test_concurrency import race
from tests.factories import document_data, register

FULL_RECORD = {
    "issuer": "Sở Y tế", "issuer_parent": "UBND tỉnh Kiên Giang", "number": "620/SYT-NVY",
    "issued_date": "2025-03-07", "doc_type": "Công văn",
    "subject": "Đề nghị báo cáo số liệu tiêm chủng mở rộng quý I năm 2025",
    "signer": "Lê Văn Hùng", "signer_title": "Phó Giám đốc", "signing_authority": "KT. Giám đốc",
    "urgency": "thuong_khan", "confidentiality": "normal",
    "recipients": ["Trung tâm Y tế các huyện", "Bệnh viện Đa khoa tỉnh"],
    "page_count": 3, "language": "vi", "notes": "Bản scan có dấu ĐẾN",
    "received_date": "2025-03-10", "due_date": "2025-03-31",
}


def load(app, document_id: int) -> IncomingDocument:
    with app.unit_of_work() as uow:
        doc = uow.session.get(IncomingDocument, document_id)
        uow.session.expunge(doc)
        return doc


def test_every_field_of_the_record_is_kept(app):
    doc = load(app, register(app, **FULL_RECORD))
    assert (doc.issuer_parent, doc.signer, doc.signer_title, doc.signing_authority) == (
        "UBND tỉnh Kiên Giang", "Lê Văn Hùng", "Phó Giám đốc", "KT. Giám đốc")
    assert doc.recipients == ["Trung tâm Y tế các huyện", "Bệnh viện Đa khoa tỉnh"]
    assert (doc.page_count, doc.language, doc.notes) == (3, "vi", "Bản scan có dấu ĐẾN")
    assert (doc.urgency, doc.due_date.isoformat()) == ("thuong_khan", "2025-03-31")
    # Filled by the system: the arrival number, its register and year.
    assert (doc.register, doc.year, doc.incoming_number) == ("general", 2025, 1)


def test_optional_fields_default_sensibly(app):
    doc = load(app, register(app))
    assert (doc.issuer_parent, doc.signer_title, doc.signing_authority, doc.page_count, doc.notes) == (None,) * 5
    assert (doc.recipients, doc.language, doc.register) == ([], "vi", "general")


def test_recipients_may_be_one_text_with_one_name_a_line(app):
    doc = load(app, register(app, recipients="Sở Tài chính\n  Sở Nội vụ ; Kho bạc Nhà nước\n\n"))
    assert doc.recipients == ["Sở Tài chính", "Sở Nội vụ", "Kho bạc Nhà nước"]


BAD_FIELDS = [
    ({"issuer_parent": "x" * 256}, "issuer_parent"),
    ({"signer_title": 12}, "signer_title"),
    ({"signing_authority": ["KT."]}, "signing_authority"),
    ({"recipients": [1, 2]}, "recipients"),
    ({"recipients": {"a": "b"}}, "recipients"),
    ({"recipients": ["x" * 256]}, "recipients"),
    ({"page_count": 0}, "page_count"),
    ({"page_count": "ba"}, "page_count"),
    ({"page_count": 2.5}, "page_count"),
    ({"page_count": True}, "page_count"),
    ({"language": "x" * 33}, "language"),
    ({"notes": "x" * 2001}, "notes"),
    ({"register": "secret"}, "register"),
]


@pytest.mark.parametrize("overrides,field", BAD_FIELDS)
def test_a_bad_field_names_itself_and_saves_nothing(app, overrides, field):
    with app.unit_of_work(write=True) as uow:
        with pytest.raises(ValidationFailed) as caught:
            documents.register_document(uow, users.get_by_username(uow, "vt"), document_data(**overrides))
    assert list(caught.value.errors) == [field]
    assert register(app) and load(app, register(app)).incoming_number == 2  # no number was used up


def test_each_register_numbers_from_one_each_year(app):
    first = load(app, register(app))
    secret = load(app, register(app, confidentiality="mat"))
    second = load(app, register(app, confidentiality="normal"))
    top = load(app, register(app, confidentiality="tuyet_mat"))
    last_year = load(app, register(app, received_date="2024-12-31", issued_date="2024-12-30"))
    last_year_secret = load(app, register(app, received_date="2024-12-31", issued_date="2024-12-30",
                                          confidentiality="toi_mat"))
    assert [(d.register, d.year, d.incoming_number) for d in (first, secret, second, top, last_year,
                                                              last_year_secret)] == [
        ("general", 2025, 1), ("confidential", 2025, 1), ("general", 2025, 2), ("confidential", 2025, 2),
        ("general", 2024, 1), ("confidential", 2024, 1)]


def test_the_clerk_may_choose_the_register(app):
    chosen = load(app, register(app, confidentiality="mat", register="general"))
    also = load(app, register(app, register="confidential"))
    assert [(d.register, d.incoming_number) for d in (chosen, also)] == [("general", 1), ("confidential", 1)]


def test_concurrent_registrations_number_each_register_without_gaps(app):
    def registering(confidentiality):
        def job():
            with app.unit_of_work(write=True) as uow:
                doc = documents.register_document(uow, users.get_by_username(uow, "vt"),
                                                  document_data(confidentiality=confidentiality))
                uow.commit()
                return doc.register, doc.incoming_number
        return job

    results = race(*[registering(c) for c in ("normal", "mat", "normal", "toi_mat", "normal", "mat")])
    assert sorted(results) == [("confidential", 1), ("confidential", 2), ("confidential", 3),
                               ("general", 1), ("general", 2), ("general", 3)]


def test_a_duplicate_points_at_the_earlier_registration(app):
    earlier = load(app, register(app, number="55/KH-UBND", confidentiality="mat"))
    with app.unit_of_work(write=True) as uow:
        with pytest.raises(DuplicateDocument) as caught:
            documents.register_document(uow, users.get_by_username(uow, "vt"),
                                        document_data(number="55 / kh-ubnd", confidentiality="mat"))
    refusal = caught.value
    assert refusal.existing_id == earlier.id
    assert refusal.existing == {
        "id": earlier.id, "register": "confidential", "year": 2025, "incoming_number": 1,
        "received_date": "2025-03-10", "issuer": "Sở Y tế tỉnh Kiên Giang", "number": "55/KH-UBND",
        "issued_date": "2025-03-07"}
    assert "số đến 1/2025" in str(refusal) and "10/03/2025" in str(refusal) and "mật" in str(refusal)
