"""Attachments in the engine: stored by hash, checked by content, rows and files always in step."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from engine.errors import Conflict, DuplicateDocument, Forbidden, PayloadTooLarge, ValidationFailed
from engine.files import FileStore
from engine.files.reading import attachment_text
from engine.persistence.models import Attachment, HistoryEvent
from engine.services import attachments, documents, routing, users
from tests.factories import direct, document_data, open_task, register
from tests.support.samples import docx_bytes, edxml_bytes, image_bytes, pdf_bytes

MB = 1024 * 1024
COLUMNS = ("id", "document_id", "task_id", "step", "original_name", "safe_name", "media_type", "size",
           "sha256", "text")


def store_of(app) -> FileStore:
    return FileStore(app.settings.data_dir)


def stage(app, data: bytes, name: str, *, text: bool = True):
    staged = store_of(app).stage_bytes(data, name, field="files", max_bytes=app.settings.max_upload_bytes)
    if text:
        staged.text = attachment_text(staged)
    return staged


def stored_files(app) -> list[Path]:
    return sorted(p for p in (app.settings.data_dir / "sha256").rglob("*") if p.is_file())


def leftovers(app) -> list[Path]:
    """Anything in tmp/: a staged file nobody took."""
    tmp = app.settings.data_dir / "tmp"
    return list(tmp.iterdir()) if tmp.exists() else []


def register_with(app, files, clerk="vt", **overrides) -> int:
    """As the web layer does: staged files not taken into the store are removed at the end."""
    with store_of(app).staging() as batch, app.unit_of_work(write=True) as uow:
        batch.extend(files)
        doc = documents.register_document(uow, users.get_by_username(uow, clerk), document_data(**overrides), files)
        uow.commit()
        return doc.id


def rows(app, document_id=None) -> list[Attachment]:
    with app.unit_of_work() as uow:
        query = select(Attachment).order_by(Attachment.id)
        if document_id is not None:
            query = query.where(Attachment.document_id == document_id)
        return [SimpleNamespace(**{c: getattr(r, c) for c in COLUMNS}, uploaded_by=r.uploaded_by.username)
                for r in uow.session.scalars(query)]


def test_files_registered_with_a_document_are_kept_by_content_hash(app):
    pdf, docx = pdf_bytes(), docx_bytes()
    doc_id = register_with(app, [stage(app, pdf, "Công văn 620.pdf"), stage(app, docx, "Kế hoạch.docx")])
    first, second = rows(app, doc_id)
    assert (first.original_name, first.safe_name, first.media_type, first.size) == (
        "Công văn 620.pdf", "Công văn 620.pdf", "application/pdf", len(pdf))
    assert first.sha256 == hashlib.sha256(pdf).hexdigest() and first.step == "register"
    path = store_of(app).path_of(first.sha256)
    assert path.read_bytes() == pdf
    assert path.relative_to(app.settings.data_dir).parts[:3] == ("sha256", first.sha256[:2], first.sha256[2:4])
    assert "620/SYT-NVY" in first.text and "Kiên Giang" in first.text
    assert second.media_type.endswith("wordprocessingml.document") and "Bích Hạnh" in second.text
    assert first.uploaded_by == "vt"
    assert leftovers(app) == []
    with app.unit_of_work() as uow:
        event = uow.session.scalar(select(HistoryEvent).where(HistoryEvent.document_id == doc_id))
        kept = json.loads(event.data)["attachments"]
    assert [a["name"] for a in kept] == ["Công văn 620.pdf", "Kế hoạch.docx"]
    assert "text" not in kept[0]


def test_two_documents_with_the_same_file_share_one_stored_copy(app):
    pdf = pdf_bytes()
    a = register_with(app, [stage(app, pdf, "a.pdf")])
    b = register_with(app, [stage(app, pdf, "b.pdf")])
    assert [r.document_id for r in rows(app)] == [a, b]
    assert len(stored_files(app)) == 1 and leftovers(app) == []


@pytest.mark.parametrize("data, name, media_type, safe_name", [
    (lambda: image_bytes("PNG"), "scan.pdf", "image/png", "scan.pdf.png"),
    (lambda: image_bytes("JPEG"), "ảnh chụp.jpeg", "image/jpeg", "ảnh chụp.jpeg"),
    (lambda: image_bytes("TIFF"), "../../etc/passwd", "image/tiff", "passwd.tif"),
    (edxml_bytes, "goi.xml", "application/edxml+xml", "goi.xml"),
])
def test_the_kind_is_read_off_the_bytes_and_the_name_made_safe(app, data, name, media_type, safe_name):
    staged = stage(app, data(), name, text=False)
    assert (staged.kind.media_type, staged.safe_name) == (media_type, safe_name)


@pytest.mark.parametrize("data, name", [
    (b"MZ\x90\x00 this is a program", "cong-van.pdf"),
    (b"PK\x03\x04 not really a zip", "ke-hoach.docx"),
    (b"plain text letter", "letter.txt"),
    (b"<html><body>hi</body></html>", "page.edxml"),
])
def test_other_kinds_are_refused_naming_the_field_and_leave_nothing(app, data, name):
    with pytest.raises(ValidationFailed) as err:
        stage(app, data, name)
    assert list(err.value.errors) == ["files"] and "PDF" in err.value.errors["files"][0]
    assert leftovers(app) == []


def test_a_file_over_the_limit_is_refused_while_it_is_read(app):
    store = store_of(app)
    with pytest.raises(PayloadTooLarge) as err:
        store.stage_bytes(b"%PDF-" + b"x" * MB, "big.pdf", field="files", max_bytes=MB)
    assert err.value.field == "files" and "1 MB" in str(err.value)
    assert leftovers(app) == []


def test_a_refused_registration_leaves_no_file(app):
    with pytest.raises(ValidationFailed):
        register_with(app, [stage(app, pdf_bytes(), "a.pdf")], subject="")
    assert stored_files(app) == [] and rows(app) == []


def test_a_duplicate_registration_leaves_no_file_but_keeps_the_earlier_ones(app):
    register_with(app, [stage(app, pdf_bytes(), "a.pdf")], number="9/SYT-VP")
    with pytest.raises(DuplicateDocument):
        register_with(app, [stage(app, docx_bytes(), "b.docx"), stage(app, pdf_bytes(), "a.pdf")],
                      number="9/SYT-VP")
    assert len(stored_files(app)) == 1 and len(rows(app)) == 1 and leftovers(app) == []


def test_a_failure_after_the_files_were_stored_takes_back_only_the_new_ones(app, monkeypatch):
    shared = pdf_bytes()
    register_with(app, [stage(app, shared, "first.pdf")])

    def broken_start(self, *args, **kwargs):
        raise RuntimeError("workflow could not start")

    monkeypatch.setattr(routing.RoutingRun, "start", broken_start)
    with pytest.raises(RuntimeError):
        register_with(app, [stage(app, shared, "again.pdf"), stage(app, docx_bytes(), "new.docx")])
    assert stored_files(app) == [store_of(app).path_of(hashlib.sha256(shared).hexdigest())]
    assert len(rows(app)) == 1 and leftovers(app) == []


def test_a_failed_commit_removes_new_files_unless_a_committed_row_uses_them(app, monkeypatch):
    """The commit fails after the files were stored: a new file goes, unless another document
    committed a row for the same content in the meantime (it must keep its file)."""
    new_pdf, new_docx = pdf_bytes(["Tờ trình số 1"]), docx_bytes(["Phụ lục"])
    with store_of(app).staging() as batch, app.unit_of_work(write=True) as uow:
        batch.extend([stage(app, new_pdf, "a.pdf"), stage(app, new_docx, "b.docx")])
        documents.register_document(uow, users.get_by_username(uow, "vt"), document_data(), batch)
        real_commit = uow.session.commit

        def failing_commit():
            uow.session.rollback()
            # Meanwhile another clerk registers a document carrying the same DOCX and commits.
            register_with(app, [stage(app, new_docx, "same.docx")])
            raise OperationalError("COMMIT", {}, Exception("database is locked"))

        monkeypatch.setattr(uow.session, "commit", failing_commit)
        with pytest.raises(Conflict):
            uow.commit()
        monkeypatch.setattr(uow.session, "commit", real_commit)
    assert stored_files(app) == [store_of(app).path_of(hashlib.sha256(new_docx).hexdigest())]
    assert [r.safe_name for r in rows(app)] == ["same.docx"]


def test_files_added_later_by_the_people_working_on_it(app):
    doc_id = register(app)
    direct(app, doc_id, lead="P1")
    with app.unit_of_work(write=True) as uow:
        added = attachments.add_attachments(uow, users.get_by_username(uow, "tp1"), doc_id,
                                            [stage(app, pdf_bytes(), "báo cáo.pdf")])
        uow.commit()
        added_id = added[0].id
    assert [(r.step, r.uploaded_by) for r in rows(app, doc_id)] == [("attach", "tp1")]
    with app.unit_of_work() as uow:
        event = uow.session.scalars(select(HistoryEvent).where(HistoryEvent.document_id == doc_id)
                                    .order_by(HistoryEvent.id)).all()[-1]
        assert (event.step, json.loads(event.data)["files"][0]["id"]) == ("attach", added_id)
    for username in ("kt", "cv1a", "tp2"):  # the auditor changes nothing; cv1a holds no task yet; P2 not in it
        with store_of(app).staging() as batch, app.unit_of_work(write=True) as uow, pytest.raises(Forbidden):
            batch.append(stage(app, docx_bytes(), "x.docx"))
            attachments.add_attachments(uow, users.get_by_username(uow, username), doc_id, batch)
    assert len(rows(app, doc_id)) == 1 and len(stored_files(app)) == 1 and leftovers(app) == []


def test_only_readers_of_the_document_get_its_files(app):
    doc_id = register_with(app, [stage(app, pdf_bytes(), "a.pdf")], confidentiality="mat")
    direct(app, doc_id, lead="P1")
    attachment_id = rows(app, doc_id)[0].id
    with app.unit_of_work() as uow:
        found, path = attachments.file_for(uow, users.get_by_username(uow, "tp1"), doc_id, attachment_id)
        assert path.read_bytes()[:5] == b"%PDF-"
        with pytest.raises(Forbidden):
            attachments.file_for(uow, users.get_by_username(uow, "cv1a"), doc_id, attachment_id)
    other = register(app)
    with app.unit_of_work() as uow, pytest.raises(Exception) as err:
        attachments.file_for(uow, users.get_by_username(uow, "vt"), other, attachment_id)
    assert type(err.value).__name__ == "NotFound"
    assert open_task(app, "tp1", "delegate", doc_id)
