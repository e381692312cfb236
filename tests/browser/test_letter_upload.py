"""The clerk uploads a letter, the form fills itself, the clerk checks and saves; the PDF shows
on the document page. Real Chromium with JavaScript, against a live server."""
from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.test_routing_flow import log_in
from tests.support.browser import screenshot
from tests.support.samples import docx_bytes, pdf_bytes


def test_upload_prefill_save_and_view_the_pdf(page: Page, base_url: str, tmp_path, engine_app):
    letter = tmp_path / "Công văn 620-SYT-NVY.pdf"
    letter.write_bytes(pdf_bytes())
    annex = tmp_path / "Kế hoạch 55.docx"
    annex.write_bytes(docx_bytes())

    log_in(page, base_url, "vt")
    page.goto(f"{base_url}/documents/new")
    page.set_input_files("#letter", str(letter))
    # Read in place (no page load): the fields fill, the letter shows beside the form.
    expect(page.locator("[data-testid=letter-read]")).to_contain_text("Công văn 620-SYT-NVY.pdf")
    expect(page.locator("#number")).to_have_value("620/SYT-NVY")
    expect(page.locator("#issued_date")).to_have_value("11/03/2025")
    expect(page.locator("#doc_type")).to_have_value("Công văn")
    expect(page.locator("#subject")).to_have_value(re.compile("55/KH-UBND"))
    expect(page.locator("#number")).to_have_class(re.compile("prefilled"))
    expect(page.locator("[data-testid=letter-preview]")).to_have_attribute("src", re.compile("/documents/new/letter/"))
    expect(page.locator("[data-testid=letter-attached]")).to_be_visible()
    screenshot(page, "10-clerk-letter-read")

    # The clerk checks: the reader gave the issuing body without its province, and the
    # test clock's arrival date (10/03) is before the letter's date, so both are corrected.
    page.fill("#issuer", "Sở Y tế tỉnh Kiên Giang")
    page.fill("#issued_date", "07/03/2025")
    page.set_input_files("#files", str(annex))
    page.get_by_role("button", name="Đăng ký").click()
    expect(page.locator(".alert-success")).to_contain_text("Đã đăng ký văn bản đến số 1/2025.")

    files = page.locator("[data-testid=attachment-download]")
    expect(files).to_have_text(["Công văn 620-SYT-NVY.pdf", "Kế hoạch 55.docx"])
    viewer = page.locator("iframe[data-testid=pdf-viewer]")
    expect(viewer).to_be_visible()
    src = viewer.get_attribute("src")
    answer = page.request.get(base_url + src)
    assert answer.status == 200 and answer.body() == letter.read_bytes()
    assert answer.headers["content-type"] == "application/pdf"
    assert answer.headers["content-disposition"].startswith("inline;")
    screenshot(page, "11-document-with-pdf")
    assert not list((engine_app.settings.data_dir / "pending").iterdir())
