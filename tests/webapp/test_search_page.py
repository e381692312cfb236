"""The search box and its results page: matches marked, paging, nothing the user may not see."""
from __future__ import annotations

from tests.factories import direct, register
from webapp.ui import document_views


def test_results_mark_the_words_found_and_escape_the_rest(web, engine_app):
    register(engine_app, number="620/SYT-NVY", issuer="Sở Y tế tỉnh Kiên Giang",
             subject="Đẩy mạnh <b>chuyển đổi số</b> & y tế")
    page = web("vt").get("/documents?q=chuyen+doi+SYT-NVY")
    assert page.texts("search-summary") == ["Kết quả tìm “chuyen doi SYT-NVY”: các văn bản bạn được xem, mới nhất trước."]
    row = page.testid("document-row")
    assert len(row) == 1
    assert [m.text for m in row[0].xpath(".//mark")] == ["chuyển", "đổi", "SYT", "NVY"]
    assert "&lt;b&gt;" in page.text and "<b>chuyển" not in page.text
    assert page.tree.xpath('//input[@data-testid="quick-search"]/@value') == ["chuyen doi SYT-NVY"]


def test_results_are_paged(web, engine_app, monkeypatch):
    monkeypatch.setattr(document_views, "PAGE_SIZE", 2)
    for n in range(5):
        register(engine_app, subject=f"Báo cáo tháng {n + 1}")
        engine_app.clock.advance(minutes=1)
    register(engine_app, subject="Giấy mời họp")
    user = web("gd")
    first = user.get("/documents?q=bao+cao")
    assert [r.split("Báo cáo tháng ")[1][0] for r in first.texts("document-row")] == ["5", "4"]
    next_link = first.tree.xpath('//a[contains(., "Trang sau")]/@href')
    assert next_link and "q=bao+cao" in next_link[0] and "page=2" in next_link[0]
    third = user.get("/documents?q=bao+cao&page=3")
    assert [r.split("Báo cáo tháng ")[1][0] for r in third.texts("document-row")] == ["1"]


def test_search_hides_confidential_documents_from_staff(web, engine_app):
    secret = register(engine_app, subject="Danh sách cán bộ quy hoạch", confidentiality="mat")
    direct(engine_app, secret, lead="P1")
    assert len(web("tp1").get("/documents?q=quy+hoach").texts("document-row")) == 1
    page = web("cv1a").get("/documents?q=quy+hoach")
    assert page.texts("document-row") == [] and "Không tìm thấy văn bản phù hợp." in page.text
