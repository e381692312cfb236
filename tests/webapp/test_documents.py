"""The documents list (search ignoring diacritics, status filter) and one document's page."""
from __future__ import annotations

from tests.factories import complete, register


def test_search_ignores_diacritics_and_case(web, engine_app):
    register(engine_app, subject="Triển khai chuyển đổi số y tế")
    register(engine_app, subject="Kế hoạch phòng chống sốt xuất huyết")
    user = web("vt")
    rows = user.get("/documents?q=CHUYEN+doi+so").texts("document-row")
    assert len(rows) == 1 and "Triển khai chuyển đổi số y tế" in rows[0]
    assert len(user.get("/documents?q=sốt+xuất").texts("document-row")) == 1
    assert len(user.get("/documents").texts("document-row")) == 2
    assert "Không tìm thấy văn bản phù hợp." in user.get("/documents?q=khongcogi").text


def test_status_filter(web, engine_app):
    filed = register(engine_app, subject="Thư được lưu")
    register(engine_app, subject="Thư chờ phân công")
    complete(engine_app, "gd", "assign", filed, {"decision": "file"})
    rows = web("gd").get("/documents?status=filed").texts("document-row")
    assert len(rows) == 1 and "Thư được lưu" in rows[0] and "Lưu hồ sơ" in rows[0]
    rows = web("gd").get("/documents?status=assigning").texts("document-row")
    assert len(rows) == 1 and "Chờ phân công" in rows[0]


def test_staff_see_only_their_departments_documents(web, engine_app):
    mine = register(engine_app, subject="Văn bản cho phòng 1")
    register(engine_app, subject="Văn bản chưa phân công")
    complete(engine_app, "gd", "assign", mine, {"lead": "P1", "deadline": "2025-03-20"})
    rows = web("cv1b").get("/documents").texts("document-row")
    assert len(rows) == 1 and "Văn bản cho phòng 1" in rows[0]


def test_document_page_shows_register_entry_direction_and_timeline(web, engine_app):
    doc = register(engine_app, subject="Báo cáo tiêm chủng", signer="Nguyễn Văn A", urgency="thuong_khan",
                   due_date="2025-03-25")
    complete(engine_app, "gd", "assign", doc, {"lead": "P1", "co": ["P2"], "deadline": "2025-03-20",
                                               "directive": "P1 chủ trì."})
    complete(engine_app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-18",
                                                  "note": "Tổng hợp số liệu."})
    page = web("kt").get(f"/documents/{doc}")
    assert page.status == 200
    meta = page.texts("document-meta")[0]
    for text in ("Số đến 1/2025", "Ngày đến 10/03/2025", "Ngày văn bản 07/03/2025", "Người ký Nguyễn Văn A",
                 "Độ khẩn Thượng khẩn", "Hạn giải quyết 25/03/2025", "Trạng thái Đang xử lý",
                 "Người đăng ký Nguyễn Thị Văn Thư"):
        assert text in meta, text
    holders = page.texts("holders")[0]  # who holds it now
    assert "Dự thảo đề xuất" in holders and "Chuyên viên 1A" in holders
    assert "Giao chuyên viên" in holders and "Trưởng phòng 2" in holders
    p1 = page.texts("dept-P1")[0]
    assert "Chủ trì" in p1 and "Chuyên viên 1A" in p1 and "18/03/2025" in p1 and "Tổng hợp số liệu." in p1
    assert "Chưa giao chuyên viên xử lý." in page.texts("dept-P2")[0]
    events = page.texts("history-event")
    assert len(events) == 3
    assert events[0].startswith("10/03/2025 09:00 · Đăng ký văn bản")  # 02:00 UTC is 09:00 in Hà Nội
    assert "Nguyễn Thị Văn Thư đăng ký văn bản đến" in events[0]
    assert "Lê Giám Đốc cho ý kiến chỉ đạo, phân công xử lý" in events[1]
    assert "Chủ trì: Phòng số 1" in events[1] and "Phối hợp: Phòng số 2" in events[1]
    assert "Ý kiến chỉ đạo: P1 chủ trì." in events[1]
    assert "Phòng số 1" in events[2] and "Người xử lý: Chuyên viên 1A" in events[2]


def test_the_holder_sees_a_handle_button_on_the_document_page(web, engine_app):
    doc = register(engine_app)
    page = web("gd").get(f"/documents/{doc}")
    assert page.tree.xpath('//a[contains(@class, "btn-action")]/@href')[0].startswith("/tasks/")
    assert not web("kt").get(f"/documents/{doc}").tree.xpath('//a[contains(@class, "btn-action")]')


def test_a_document_not_visible_is_a_403_page(web, engine_app):
    doc = register(engine_app)
    complete(engine_app, "gd", "assign", doc, {"lead": "P1", "deadline": "2025-03-20"})
    page = web("cv2a").get(f"/documents/{doc}")
    assert page.status == 403
    assert page.texts("error-message") == ["Bạn không có quyền xem văn bản này."]
    assert "Không có quyền truy cập" in page.text


def test_confidential_documents_are_hidden_from_staff_not_delegated(web, engine_app):
    doc = register(engine_app, confidentiality="mat")
    complete(engine_app, "gd", "assign", doc, {"lead": "P1", "deadline": "2025-03-20"})
    complete(engine_app, "tp1", "delegate", doc, {"assignee": "cv1a"})
    assert web("cv1b").get(f"/documents/{doc}").status == 403
    page = web("cv1a").get(f"/documents/{doc}")
    assert page.status == 200 and "Mật" in page.text


def test_unknown_document_is_a_404_page(web):
    page = web("gd").get("/documents/4242")
    assert page.status == 404 and page.texts("error-message") == ["Không có văn bản này."]


def test_handling_slip_is_filled_from_the_record(web, engine_app):
    doc = register(engine_app, subject="Báo cáo tiêm chủng", doc_type="Báo cáo")
    complete(engine_app, "gd", "assign", doc, {"lead": "P1", "co": ["P2"], "deadline": "2025-03-20",
                                               "directive": "P1 chủ trì."})
    complete(engine_app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-18"})
    complete(engine_app, "cv1a", "propose", doc, {"proposal": "Đề nghị ban hành báo cáo."})
    user = web("gd")
    assert user.get(f"/documents/{doc}").testid("slip-link")[0].get("href") == f"/documents/{doc}/slip"
    slip = user.get(f"/documents/{doc}/slip").texts("slip")[0]
    for text in ("TRUNG TÂM Y TẾ THỬ NGHIỆM", "PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN", "Báo cáo số", "Trích yếu: Báo cáo tiêm chủng",
                 "Số đến: 1/2025", "1. Ý kiến của lãnh đạo cơ quan", "Đơn vị chủ trì: Phòng số 1",
                 "Hạn xử lý: 20/03/2025", "P1 chủ trì.", "Ngày 10/03/2025 — Lê Giám Đốc",
                 "Người xử lý: Chuyên viên 1A; Hạn xử lý: 18/03/2025", "Đề nghị ban hành báo cáo."):
        assert text in slip, text


def test_handling_slip_of_a_document_not_visible_is_refused(web, engine_app):
    doc = register(engine_app)
    complete(engine_app, "gd", "assign", doc, {"lead": "P1"})
    assert web("cv2a").get(f"/documents/{doc}/slip").status == 403
