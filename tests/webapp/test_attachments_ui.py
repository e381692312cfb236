"""Attachments in the UI: registration with files, reading the letter (two steps, no JavaScript),
the PDF on the document page, downloads, files added later and with a proposal."""
from __future__ import annotations

import dataclasses
import io
import re

import pytest

from engine.extraction import ocr
from tests.factories import direct, open_task, register
from tests.support.samples import docx_bytes, image_bytes, pdf_bytes
from tests.webapp.conftest import WebUser
from webapp import create_app

MB = 1024 * 1024
LETTER = {"issuer": "Sở Y tế tỉnh Kiên Giang", "number": "620/SYT-NVY", "issued_date": "07/03/2025",
          "doc_type": "Công văn", "subject": "Tiếp tục triển khai Kế hoạch số 55/KH-UBND",
          "urgency": "normal", "confidentiality": "normal", "received_date": "10/03/2025"}


def data_files(engine_app):
    """Where each file under the data dir is: sha256 (stored), pending (a letter's folder), tmp."""
    return sorted(p.relative_to(engine_app.settings.data_dir).parts[0]
                  for p in engine_app.settings.data_dir.rglob("*") if p.is_file() and p.name != "meta.json")


def document_id(page) -> int:
    return int(re.search(r"/documents/(\d+)", page.response.location).group(1))


def read_letter(clerk: WebUser, content: bytes, name: str, **kwargs):
    token = clerk.get("/documents/new").csrf()
    return clerk.post("/documents/new/letter", {"csrf_token": token, "letter": (io.BytesIO(content), name)},
                      **kwargs)


def test_registering_with_files_shows_them_on_the_document_page(web, engine_app):
    clerk = web("vt")
    pdf = pdf_bytes()
    page = clerk.submit("/documents/new", {**LETTER, "files": [(io.BytesIO(pdf), "Công văn 620.pdf"),
                                                              (io.BytesIO(docx_bytes()), "Phụ lục.docx")]})
    assert page.status == 302
    doc = document_id(page)
    shown = web("gd").get(f"/documents/{doc}")
    assert [t.split(" · ")[0] for t in shown.texts("attachment")][0].startswith("Công văn 620.pdf")
    frame = shown.testid("pdf-viewer")[0]
    assert frame.tag == "iframe" and frame.get("src").endswith("/view")
    inline = web("gd").get(frame.get("src"))
    assert inline.status == 200 and inline.response.data == pdf
    assert inline.response.headers["Content-Disposition"].startswith('inline; filename="Cong van 620.pdf"')
    links = [a.get("href") for a in shown.testid("attachment-download")]
    download = clerk.get(links[1])
    assert download.response.headers["Content-Disposition"].startswith('attachment; filename="Phu luc.docx"')
    assert "filename*=UTF-8''Ph%E1%BB%A5%20l%E1%BB%A5c.docx" in download.response.headers["Content-Disposition"]
    assert web("cv1a").get(links[0]).status == 403  # not assigned to P1 yet
    assert clerk.get(f"/documents/{doc}/files/99999").status == 404


def test_the_letter_is_read_then_checked_and_saved_as_the_first_attachment(web, engine_app):
    """Without JavaScript: upload → the form comes back filled → the clerk saves; one stored copy."""
    clerk = web("vt")
    answer = read_letter(clerk, pdf_bytes(), "620-SYT-NVY.pdf")
    assert answer.status == 302 and "upload=" in answer.response.location
    page = clerk.get(answer.response.location)
    tree = page.tree
    assert tree.xpath('//input[@name="number"]/@value') == ["620/SYT-NVY"]
    assert tree.xpath('//input[@name="issued_date"]/@value') == ["11/03/2025"]
    assert tree.xpath('//select[@name="doc_type"]/option[@selected]/@value') == ["Công văn"]
    assert "55/KH-UBND" in tree.xpath('//textarea[@name="subject"]')[0].text
    assert page.texts("letter-read")[0].startswith("620-SYT-NVY.pdf")
    assert page.testid("letter-preview")[0].get("src").startswith("/documents/new/letter/")
    assert data_files(engine_app) == ["pending"]
    # The clerk corrects what the reader could not know and saves.
    form = {name: (tree.xpath(f'//*[@name="{name}"]/@value') or [""])[0] for name in ("upload", "issuer")}
    saved = clerk.post("/documents/new", {**LETTER, "csrf_token": page.csrf(), "upload": form["upload"],
                                          "files": [(io.BytesIO(docx_bytes()), "Kế hoạch 55.docx")]})
    assert saved.status == 302
    names = [t.split(" ")[0] for t in web("gd").get(f"/documents/{document_id(saved)}").texts("attachment-download")]
    assert names == ["620-SYT-NVY.pdf", "Kế"]
    assert data_files(engine_app) == ["sha256", "sha256"]  # the pending letter moved in, nothing left


def test_a_refused_save_keeps_the_letter_for_the_next_try(web, engine_app):
    clerk = web("vt")
    location = read_letter(clerk, pdf_bytes(), "cv.pdf").response.location
    token = re.search(r"upload=([\w-]+)", location).group(1)
    page = clerk.get(location)
    refused = clerk.post("/documents/new", {**LETTER, "subject": "", "csrf_token": page.csrf(), "upload": token})
    assert refused.status == 200 and refused.field_errors("subject")
    assert refused.texts("letter-read") and data_files(engine_app) == ["pending"]
    saved = clerk.post("/documents/new", {**LETTER, "csrf_token": page.csrf(), "upload": token})
    assert saved.status == 302 and data_files(engine_app) == ["sha256"]


def test_a_pending_letter_belongs_to_the_session_that_uploaded_it(web, engine_app):
    clerk = web("vt")
    token = re.search(r"upload=([\w-]+)", read_letter(clerk, pdf_bytes(), "cv.pdf").response.location).group(1)
    other_session = web("vt")
    page = other_session.submit("/documents/new", {**LETTER, "upload": token})
    assert page.status == 200 and "không còn" in page.text
    assert other_session.get(f"/documents/new/letter/{token}").status == 404
    assert clerk.get(f"/documents/new/letter/{token}").status == 200
    clerk.submit("/logout", {}, form_url="/documents/new")
    assert data_files(engine_app) == []  # logging out removed the letter nobody saved


def test_a_scan_without_ocr_tools_says_so_and_is_still_attached(web, engine_app, monkeypatch):
    monkeypatch.setattr(ocr.shutil, "which", lambda tool: None)
    clerk = web("vt")
    page = clerk.get(read_letter(clerk, image_bytes("PNG"), "scan.png").response.location)
    notice = page.texts("letter-notice")[0]
    assert "chưa cài" in notice and "tesseract-ocr-vie" in notice
    assert page.tree.xpath('//input[@name="number"]/@value') in ([], [""])
    assert page.texts("letter-attached")[0].startswith("scan.png")


def test_the_page_script_gets_the_fields_as_json(web):
    clerk = web("vt")
    answer = read_letter(clerk, pdf_bytes(), "cv.pdf", headers={"Accept": "application/json"})
    body = answer.response.get_json()
    assert answer.status == 200 and body["fields"]["number"] == "620/SYT-NVY"
    assert body["fields"]["issued_date"] == "2025-03-11" and body["attachable"] is True
    assert body["preview_url"] == f"/documents/new/letter/{body['token']}"
    refused = read_letter(clerk, b"MZ\x90\x00", "virus.pdf", headers={"Accept": "application/json"})
    assert refused.status == 422 and "virus.pdf" in refused.response.get_json()["errors"]["letter"][0]


def test_a_file_of_another_kind_is_refused_and_leaves_nothing(web, engine_app):
    clerk = web("vt")
    page = read_letter(clerk, b"MZ\x90\x00program", "cong-van.pdf")
    assert page.status == 422 and "cong-van.pdf" in " ".join(page.field_errors("letter"))
    page = clerk.submit("/documents/new", {**LETTER, "files": [(io.BytesIO(b"MZ\x90\x00"), "a.docx")]})
    assert page.status == 200 and "a.docx" in " ".join(page.field_errors("files"))
    assert data_files(engine_app) == []
    assert "/documents/" not in (page.response.location or "")


@pytest.fixture
def small_web(engine_app):
    engine_app.settings = dataclasses.replace(engine_app.settings, max_upload_bytes=MB)
    app = create_app({"DOCROUTE": engine_app, "SECRET_KEY": "test-secret", "TESTING": True})

    def login(username: str) -> WebUser:
        user = WebUser(app.test_client())
        assert user.submit("/login", {"username": username, "password": "matkhau123"}).status == 302
        return user

    return login


@pytest.mark.parametrize("size", [MB + 100, 3 * MB])
def test_files_over_the_limit_give_a_clear_form_error(small_web, engine_app, size):
    from werkzeug.datastructures import FileStorage
    from werkzeug.test import encode_multipart

    clerk = small_web("vt")
    token = clerk.get("/documents/new").csrf()
    big = FileStorage(io.BytesIO(b"%PDF-1.4\n" + b"0" * size), "big.pdf")
    boundary, body = encode_multipart({**LETTER, "csrf_token": token, "files": big})
    page = clerk.post("/documents/new", body, content_type=f"multipart/form-data; boundary={boundary}")
    assert page.status == 413
    assert "1 MB" in page.text and (page.testid("too-large") or page.field_errors("files"))
    assert page.tree.xpath('//form[@id="register-form"]')
    assert data_files(engine_app) == []


def test_files_added_to_a_document_later(web, engine_app):
    doc = register(engine_app)
    clerk = web("vt")
    page = clerk.submit(f"/documents/{doc}/files", {"files": [(io.BytesIO(pdf_bytes()), "bổ sung.pdf")]},
                        form_url=f"/documents/{doc}")
    assert page.status == 302
    shown = clerk.get(f"/documents/{doc}")
    assert shown.texts("attachment-download") == ["bổ sung.pdf"]
    refused = clerk.submit(f"/documents/{doc}/files", {"files": [(io.BytesIO(b"nope"), "x.pdf")]},
                           form_url=f"/documents/{doc}")
    assert "x.pdf" in clerk.get(refused.response.location).text
    assert web("kt").get(f"/documents/{doc}").testid("attach-form") == []
    assert data_files(engine_app) == ["sha256"]


def test_a_proposal_with_files(web, engine_app):
    doc = register(engine_app)
    direct(engine_app, doc, lead="P1")
    head = web("tp1")
    head.submit(f"/tasks/{open_task(engine_app, 'tp1', 'delegate', doc)}",
                {"assignee": "cv1a", "deadline": "20/03/2025", "submit": "1"})
    task = open_task(engine_app, "cv1a", "propose", doc)
    page = web("cv1a").submit(f"/tasks/{task}", {"proposal": "Đề xuất trả lời như dự thảo", "submit": "1",
                                                 "files": [(io.BytesIO(docx_bytes()), "dự thảo.docx")]})
    assert page.status == 302
    review = head.get(f"/tasks/{open_task(engine_app, 'tp1', 'review', doc)}")
    assert set(review.texts("proposal-files")) == {"dự thảo.docx"}  # under review, and in P1's record
    assert any("dự thảo.docx" in t for t in review.texts("attachment-download"))
