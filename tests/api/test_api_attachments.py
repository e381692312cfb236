"""Attachments through the API: multipart registration, adding files later, proposals, downloads."""
from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path
from urllib.parse import quote

import pytest
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from tests.api.conftest import Api
from tests.factories import direct, document_data, open_task
from tests.support.samples import docx_bytes, image_bytes, pdf_bytes
from webapp import create_app

MB = 1024 * 1024


def files_in(app) -> list[Path]:
    """Every file under the data dir (the store, tmp/, pending/)."""
    return sorted(p for p in app.settings.data_dir.rglob("*") if p.is_file())


def multipart(fields: dict | None = None, files=(), **parts) -> dict:
    data = dict(fields or {})
    data.update(parts)
    data["files"] = [(io.BytesIO(content), name) for content, name in files]
    return {"data": data, "content_type": "multipart/form-data"}


def register(api, files, **overrides):
    return api.post("/documents", "vt", **multipart(document_data(**overrides), files))


def test_registration_with_files_as_form_fields(api, app):
    pdf, docx = pdf_bytes(), docx_bytes()
    answer = register(api, [(pdf, "Công văn 620.pdf"), (docx, "Kế hoạch đính kèm.docx")])
    assert answer.status_code == 201, answer.get_json()
    body = answer.get_json()
    assert body["incoming_number"] == 1 and body["status"] == "assigning"
    assert [(a["name"], a["media_type"], a["size"], a["step"], a["uploaded_by"]) for a in body["attachments"]] == [
        ("Công văn 620.pdf", "application/pdf", len(pdf), "register", "vt"),
        ("Kế hoạch đính kèm.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         len(docx), "register", "vt")]
    got = api.get(f"/documents/{body['id']}", "gd").get_json()
    assert [a["id"] for a in got["attachments"]] == [a["id"] for a in body["attachments"]]
    download = api.get(body["attachments"][1]["url"].removeprefix("/api/v1"), "gd", buffered=True)
    assert download.status_code == 200 and download.data == docx
    assert download.headers["Content-Disposition"] == (
        "attachment; filename=\"Ke hoach dinh kem.docx\"; filename*=UTF-8''"
        + quote("Kế hoạch đính kèm.docx", safe=""))
    assert "sandbox" in download.headers["Content-Security-Policy"]
    assert download.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("as_file", [False, True])
def test_registration_with_a_json_metadata_part(api, as_file):
    metadata = json.dumps(document_data(subject="Kế hoạch phòng chống dịch", urgency="khan"))
    part = (io.BytesIO(metadata.encode()), "metadata.json", "application/json") if as_file else metadata
    answer = api.post("/documents", "vt", **multipart(files=[(pdf_bytes(), "a.pdf")], metadata=part))
    assert answer.status_code == 201, answer.get_json()
    body = answer.get_json()
    assert (body["subject"], body["urgency"], len(body["attachments"])) == ("Kế hoạch phòng chống dịch", "khan", 1)


def test_the_json_body_still_registers_without_files(api):
    answer = api.post("/documents", "vt", json=document_data())
    assert answer.status_code == 201 and answer.get_json()["attachments"] == []


def test_a_pdf_is_shown_inline_only_when_asked_and_other_kinds_never(api):
    body = register(api, [(pdf_bytes(), "scan.pdf"), (image_bytes("PNG"), "ảnh.png")]).get_json()
    pdf_url, png_url = (a["url"].removeprefix("/api/v1") for a in body["attachments"])
    inline = api.get(pdf_url + "?inline=1", "vt", buffered=True)
    assert inline.headers["Content-Disposition"].startswith('inline; filename="scan.pdf"')
    assert inline.headers["Content-Type"] == "application/pdf"
    assert "frame-ancestors 'self'" in inline.headers["Content-Security-Policy"]
    assert api.get(png_url + "?inline=1", "vt", buffered=True).headers["Content-Disposition"].startswith("attachment;")


@pytest.mark.parametrize("content, name", [(b"MZ\x90\x00program", "cong-van.pdf"),
                                           (b"just some text", "thu.txt")])
def test_other_kinds_are_refused_with_422_naming_the_field_and_leave_nothing(api, app, content, name):
    answer = register(api, [(pdf_bytes(), "good.pdf"), (content, name)])
    assert answer.status_code == 422
    assert list(answer.get_json()["errors"]) == ["files"] and name in answer.get_json()["errors"]["files"][0]
    assert files_in(app) == []
    assert api.get("/documents", "vt").get_json()["documents"] == []


def test_a_duplicate_with_files_is_refused_with_409_and_leaves_no_new_file(api, app):
    assert register(api, [(pdf_bytes(), "a.pdf")], number="77/SYT-VP").status_code == 201
    again = register(api, [(pdf_bytes(), "a.pdf"), (docx_bytes(), "b.docx")], number="77/SYT-VP")
    assert again.status_code == 409
    assert len(files_in(app)) == 1


def test_bad_fields_with_files_are_refused_with_422_and_leave_nothing(api, app):
    answer = register(api, [(pdf_bytes(), "a.pdf")], issued_date="32/13/2025")
    assert answer.status_code == 422 and "issued_date" in answer.get_json()["errors"]
    bad_json = api.post("/documents", "vt", **multipart(files=[(pdf_bytes(), "a.pdf")], metadata="{nope"))
    assert bad_json.status_code == 422 and list(bad_json.get_json()["errors"]) == ["metadata"]
    assert files_in(app) == []


def test_only_clerks_register_and_nothing_is_read_for_the_others(api, app):
    answer = api.post("/documents", "gd", **multipart(document_data(), [(pdf_bytes(), "a.pdf")]))
    assert answer.status_code == 403 and files_in(app) == []


@pytest.fixture
def small_api(app):
    """The API with a 1 MB upload limit (DOCROUTE_MAX_UPLOAD_MB)."""
    app.settings = dataclasses.replace(app.settings, max_upload_bytes=MB)
    flask_app = create_app({"DOCROUTE": app, "SECRET_KEY": "test", "TESTING": True})
    with flask_app.test_client() as client:
        yield Api(client)


@pytest.mark.parametrize("size", [MB + 100, 3 * MB])  # over the file limit; over the whole request's
def test_files_over_the_limit_get_413_and_leave_nothing(small_api, app, size):
    big = b"%PDF-1.4\n" + b"0" * size
    # The body encoded here in memory (the test client would spool it to a file nobody closes
    # when the app refuses it unread).
    boundary, body = encode_multipart({**document_data(), "files": FileStorage(io.BytesIO(big), "big.pdf")})
    answer = small_api.post("/documents", "vt", data=body, content_type=f"multipart/form-data; boundary={boundary}")
    assert answer.status_code == 413
    assert "1 MB" in answer.get_json()["errors"]["files"][0]
    assert files_in(app) == []
    assert register(small_api, [(pdf_bytes(), "small.pdf")]).status_code == 201


def test_a_limit_that_is_not_whole_megabytes_reads_as_people_write_it(app):
    from engine.files.store import megabytes

    assert [megabytes(n) for n in (50 * MB, MB + MB // 2, 200_000, 1000)] == ["50", "1,5", "0,2", "0,1"]
    app.settings = dataclasses.replace(app.settings, max_upload_bytes=MB + MB // 2)
    flask_app = create_app({"DOCROUTE": app, "SECRET_KEY": "test", "TESTING": True})
    with flask_app.test_client() as client:
        big = b"%PDF-1.4\n" + b"0" * (2 * MB)
        boundary, body = encode_multipart({**document_data(), "files": FileStorage(io.BytesIO(big), "big.pdf")})
        answer = Api(client).post("/documents", "vt", data=body, content_type=f"multipart/form-data; boundary={boundary}")
    assert answer.status_code == 413
    assert "giới hạn 1,5 MB" in answer.get_json()["errors"]["files"][0]


def test_files_added_to_a_document_later(api, app):
    doc_id = api.post("/documents", "vt", json=document_data()).get_json()["id"]
    path = f"/documents/{doc_id}/attachments"
    assert api.post(path, **multipart(files=[(pdf_bytes(), "a.pdf")])).status_code == 401
    assert api.post("/documents/999999/attachments", "vt", **multipart(files=[(pdf_bytes(), "a.pdf")])).status_code == 404
    assert api.post(path, "kt", **multipart(files=[(pdf_bytes(), "a.pdf")])).status_code == 403
    assert api.post(path, "vt", **multipart()).status_code == 422
    assert files_in(app) == []
    added = api.post(path, "vt", **multipart(files=[(docx_bytes(), "phụ lục.docx")]))
    assert added.status_code == 201
    assert [a["name"] for a in api.get(path, "gd").get_json()["attachments"]] == ["phụ lục.docx"]
    events = api.get(f"/documents/{doc_id}/history", "kt").get_json()["events"]
    assert (events[-1]["step"], events[-1]["actor"], events[-1]["data"]["files"][0]["name"]) == (
        "attach", "vt", "phụ lục.docx")


def test_only_readers_of_a_document_fetch_its_files(api, app):
    body = register(api, [(pdf_bytes(), "a.pdf")]).get_json()
    url = body["attachments"][0]["url"].removeprefix("/api/v1")
    other = api.post("/documents", "vt", json=document_data()).get_json()["id"]
    assert api.get(url).status_code == 401
    assert api.get(url, "cv1a").status_code == 403  # not assigned to P1 yet
    assert api.get(f"/documents/{body['id']}/attachments", "cv1a").status_code == 403
    assert api.get(f"/documents/{other}/attachments/{body['attachments'][0]['id']}", "vt").status_code == 404
    assert api.get(f"/documents/{body['id']}/attachments/999999", "vt").status_code == 404
    direct(app, body["id"], lead="P1")
    assert api.get(url, "cv1a", buffered=True).status_code == 200


def test_a_proposal_carries_files_and_other_steps_refuse_them(api, app):
    doc_id = api.post("/documents", "vt", json=document_data()).get_json()["id"]
    direct(app, doc_id, lead="P1")
    delegate = open_task(app, "tp1", "delegate", doc_id)
    refused = api.post(f"/tasks/{delegate}/complete", "tp1", **multipart(
        {"assignee": "cv1a", "deadline": "2025-03-20"}, [(pdf_bytes(), "a.pdf")]))
    assert refused.status_code == 422 and list(refused.get_json()["errors"]) == ["files"]
    assert api.post(f"/tasks/{delegate}/complete", "tp1",
                    json={"assignee": "cv1a", "deadline": "2025-03-20"}).status_code == 200
    propose = open_task(app, "cv1a", "propose", doc_id)
    assert api.post(f"/tasks/{propose}/complete", "cv1b", **multipart(
        {"proposal": "x"}, [(pdf_bytes(), "a.pdf")])).status_code == 403
    done = api.post(f"/tasks/{propose}/complete", "cv1a", **multipart(
        files=[(docx_bytes(), "dự thảo trả lời.docx")], data=json.dumps({"proposal": "Đề xuất trả lời như dự thảo"})))
    assert done.status_code == 200, done.get_json()
    found = api.get(f"/documents/{doc_id}/attachments", "tp1").get_json()["attachments"]
    assert [(a["name"], a["step"], a["task_id"], a["uploaded_by"]) for a in found] == [
        ("dự thảo trả lời.docx", "propose", propose, "cv1a")]
    event = api.get(f"/documents/{doc_id}/history", "tp1").get_json()["events"][-1]
    assert event["data"]["proposal"] == "Đề xuất trả lời như dự thảo"
    assert event["data"]["attachments"][0]["id"] == found[0]["id"]
    assert len(files_in(app)) == 1


def test_the_text_of_attached_files_is_searched(api, app):
    """Words only in the files (the signer of seed letter 000, the annex's title) find the document."""
    with_letter = register(api, [(pdf_bytes(), "a.pdf")]).get_json()["id"]
    later = api.post("/documents", "vt", json=document_data()).get_json()["id"]
    api.post("/documents", "vt", json=document_data())
    assert api.post(f"/documents/{later}/attachments", "vt",
                    **multipart(files=[(docx_bytes(["Phụ lục kinh phí tiêm chủng"]), "pl.docx")])).status_code == 201

    def found(q):
        return [d["id"] for d in api.get(f"/documents?q={q}", "gd").get_json()["documents"]]

    assert found("bich hanh") == [with_letter]
    assert found("kinh phí tiêm chủng") == [later]
