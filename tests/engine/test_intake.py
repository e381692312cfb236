"""A letter uploaded to be read: its fields, kept pending for its clerk, then the first attachment."""
from __future__ import annotations

import datetime as dt

import pytest

from engine.errors import Forbidden, ValidationFailed
from engine.files import FileStore
from engine.files.pending import PendingUploads
from engine.services import documents, intake, users
from tests.factories import document_data
from tests.support.samples import image_bytes, pdf_bytes


def receive(app, username: str, data: bytes, name: str):
    staged = FileStore(app.settings.data_dir).stage_bytes(data, name, field="letter", text_allowed=True,
                                                          max_bytes=app.settings.max_upload_bytes)
    with app.unit_of_work() as uow:
        return intake.receive_letter(app.settings, app.clock, users.get_by_username(uow, username), staged)


def pending_dirs(app) -> list:
    root = app.settings.data_dir / "pending"
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def register_with_upload(app, token, clerk="vt", **overrides) -> int:
    with app.unit_of_work(write=True) as uow:
        doc = documents.register_document(uow, users.get_by_username(uow, clerk), document_data(**overrides),
                                          upload=token)
        uow.commit()
        return doc.id


def test_the_fields_read_off_the_letter_prefill_the_registration(app):
    letter = receive(app, "vt", pdf_bytes(), "620.pdf")
    fields = letter.fields
    assert (fields["number"], fields["issued_date"], fields["doc_type"]) == ("620/SYT-NVY", "2025-03-11", "Công văn")
    assert (fields["issuer"], fields["issuer_parent"]) == ("Sở Y tế", "UBND tỉnh Kiên Giang")
    assert fields["signer"] == "Nguyễn Thị Bích Hạnh" and "55/KH-UBND" in fields["subject"]
    assert letter.notice is None and letter.attachable and "620/SYT-NVY" in letter.meta["text"]


def test_prefill_takes_the_earliest_deadline_and_skips_what_was_not_read():
    got = intake.prefill({"number": "1/UBND", "subject": None, "urgency": "khan", "recipients": ["Sở Y tế"],
                          "deadlines": [{"date": "2025-11-30"}, {"date": "2025-06-30"}, {"date": "bad"}]})
    assert got == {"number": "1/UBND", "urgency": "khan", "recipients": ["Sở Y tế"], "due_date": "2025-06-30"}


def test_the_letter_becomes_the_first_attachment_and_its_pending_copy_goes(app):
    letter = receive(app, "vt", pdf_bytes(), "620.pdf")
    with pytest.raises(ValidationFailed):  # refused: the letter stays for the next try
        register_with_upload(app, letter.token, subject="")
    assert pending_dirs(app) == [letter.token]
    doc_id = register_with_upload(app, letter.token)
    assert pending_dirs(app) == []
    with app.unit_of_work() as uow:
        files = [(a.safe_name, a.step, a.sha256 == letter.meta["sha256"], "620/SYT-NVY" in a.text)
                 for a in documents_attachments(uow, doc_id)]
    assert files == [("620.pdf", "register", True, True)]
    with pytest.raises(ValidationFailed) as err:  # used once only
        register_with_upload(app, letter.token)
    assert list(err.value.errors) == ["upload"]


def documents_attachments(uow, doc_id):
    from engine.services.attachments import attachments_of

    return attachments_of(uow, doc_id)


def test_a_pending_letter_is_its_clerks_only(app):
    from tests.factories import load_org

    load_org(app, 4, extra_users=[{"username": "vt2", "full_name": "Văn thư 2", "password": "x" * 10,
                                   "roles": ["clerk"], "department": "VP"}])
    letter = receive(app, "vt", pdf_bytes(), "620.pdf")
    with pytest.raises(ValidationFailed):
        register_with_upload(app, letter.token, clerk="vt2")
    with pytest.raises(Forbidden):
        receive(app, "gd", pdf_bytes(), "620.pdf")
    assert pending_dirs(app) == [letter.token]


def test_a_scan_read_without_ocr_tools_says_why(app, monkeypatch):
    from engine.extraction import ocr

    monkeypatch.setattr(ocr.shutil, "which", lambda tool: None)
    letter = receive(app, "vt", image_bytes("PNG"), "scan.png")
    assert letter.fields is None and "tesseract-ocr-vie" in letter.notice and letter.attachable


def test_letters_never_used_are_swept_after_a_while(app):
    old = receive(app, "vt", pdf_bytes(), "old.pdf")
    pending = PendingUploads(app.settings.data_dir)
    assert pending.sweep(app.clock.now() + dt.timedelta(hours=1)) == 0
    assert pending.sweep(app.clock.now() + dt.timedelta(hours=13)) == 1
    assert pending_dirs(app) == [] and pending.get(old.token, old.user_id) is None


def test_a_text_letter_is_read_but_not_kept(app):
    from tests.support.samples import SEED_000

    letter = receive(app, "vt", SEED_000.read_bytes(), "000.txt")
    assert letter.fields["number"] == "620/SYT-NVY" and not letter.attachable
    doc_id = register_with_upload(app, letter.token)
    with app.unit_of_work() as uow:
        assert documents_attachments(uow, doc_id) == []
    assert pending_dirs(app) == []
