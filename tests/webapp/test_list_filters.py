"""The list pages (registers, audit, documents) share one filter and pager macro: same controls,
and paging keeps the filters."""
from __future__ import annotations

import pytest

from tests.factories import register
from webapp.ui import audit_views, document_views, register_book_views

PAGES = [("/registers/incoming?register=general&year=2025&date_from=&date_to=", "register-row"),
         ("/audit?q=&year=2025&status=", "audit-row"),
         ("/documents?q=chuyen+doi&status=", "document-row")]


@pytest.fixture
def three_per_two(engine_app, monkeypatch):
    for _ in range(3):
        register(engine_app)
    for module in (audit_views, document_views, register_book_views):
        monkeypatch.setattr(module, "PAGE_SIZE", 2)


@pytest.mark.parametrize("url, row", PAGES)
def test_paging_keeps_the_filters(web, three_per_two, url, row):
    user = web("kt")
    first = user.get(url)
    assert len(first.testid(row)) == 2
    [pager] = first.testid("pager")
    [following] = pager.xpath(".//a/@href")
    filters = url.split("?", 1)[1].split("&")
    assert "page=2" in following and all(f in following for f in filters if not f.endswith("="))
    second = user.get(url.split("?")[0] + following)
    assert len(second.testid(row)) == 1
    [back] = second.testid("pager")[0].xpath(".//a/@href")
    assert "page=1" in back


@pytest.mark.parametrize("url, testid", [("/registers/incoming", "register-filters"), ("/audit", "audit-filters")])
def test_filter_forms_have_the_same_controls(web, url, testid):
    page = web("kt").get(url)
    [form] = page.testid(testid)
    clear = url
    assert form.xpath(f".//a[@href='{clear}']")[0].text_content().strip() == "Bỏ lọc"
    assert form.xpath(".//button[@type='submit']")[0].text_content().strip() == "Lọc"
    labels = form.xpath(".//label[contains(@class, 'form-label small fw-semibold mb-1')]")
    assert labels and all(label.get("for") for label in labels)


def test_a_register_too_long_for_one_pdf_says_to_narrow_it_or_take_the_csv(web, three_per_two, monkeypatch):
    from webapp import register_books

    monkeypatch.setattr(register_books, "PDF_MAX_ROWS", 2)
    user = web("vt")
    page = user.get("/registers/incoming?year=2025")
    assert page.texts("pdf-limit") == ["Một tệp PDF chứa tối đa 2 văn bản. Hãy thu hẹp khoảng ngày để in sổ này, "
                                       "hoặc xuất CSV (không giới hạn số dòng)."]
    assert page.testid("export-pdf")[0].get("disabled") is not None and page.testid("export-csv")
    asked = user.get("/registers/incoming?year=2025&format=pdf")  # a link kept from before: the page again
    assert asked.status == 302 and "format" not in asked.response.location
    assert "xuất CSV" in user.get(asked.response.location).text
    narrowed = user.get("/registers/incoming?year=2025&date_from=10/03/2025&date_to=10/03/2025&register=confidential")
    assert not narrowed.testid("pdf-limit") and narrowed.testid("export-pdf")[0].get("href")
