"""The clerk's registration form: all register fields, field errors, duplicates."""
from __future__ import annotations

from tests.factories import register

LETTER = {"issuer": "Sở Y tế tỉnh Kiên Giang", "number": "620/SYT-NVY", "issued_date": "07/03/2025",
          "doc_type": "Công văn", "subject": "Triển khai chuyển đổi số", "signer": "Nguyễn Văn A",
          "urgency": "khan", "confidentiality": "normal", "received_date": "10/03/2025", "due_date": "30/03/2025"}


def test_form_has_every_field_and_defaults_the_arrival_date_to_today(web):
    page = web("vt").get("/documents/new")
    assert page.status == 200
    for name in LETTER:
        assert page.tree.xpath(f'//*[@name="{name}"]'), name
    assert page.tree.xpath('//input[@name="received_date"]/@value') == ["10/03/2025"]
    assert page.tree.xpath('//select[@name="doc_type"]/option/text()') == [
        "Công văn", "Kế hoạch", "Báo cáo", "Quyết định", "Thông báo", "Giấy mời", "Tờ trình", "Chỉ thị",
        "Nghị quyết", "Khác"]
    assert page.tree.xpath('//select[@name="urgency"]/option/text()') == ["Thường", "Khẩn", "Thượng khẩn", "Hỏa tốc"]
    assert page.tree.xpath('//select[@name="confidentiality"]/option/text()') == ["Thường", "Mật", "Tối mật", "Tuyệt mật"]


def test_registration_gives_the_next_incoming_number(web, engine_app):
    register(engine_app)
    user = web("vt")
    page = user.submit("/documents/new", LETTER)
    assert page.status == 302 and page.response.location.startswith("/documents/")
    shown = user.get(page.response.location)
    assert "Đã đăng ký văn bản đến số 2/2025." in shown.text
    meta = shown.texts("document-meta")[0]
    assert "620/SYT-NVY" in meta and "Hạn giải quyết 30/03/2025" in meta and "Độ khẩn Khẩn" in meta
    assert "Chờ phân công" in meta


def test_missing_fields_and_wrong_dates_get_field_errors(web):
    user = web("vt")
    page = user.submit("/documents/new", {**LETTER, "issuer": "", "subject": "", "issued_date": "7/3"})
    assert page.status == 200
    assert page.field_errors("issuer") == ["Trường này là bắt buộc."]
    assert page.field_errors("subject") == ["Trường này là bắt buộc."]
    assert page.field_errors("issued_date") == ["Ngày không hợp lệ, hãy nhập theo dạng dd/mm/yyyy."]


def test_the_engines_date_rules_show_under_their_fields(web):
    user = web("vt")
    page = user.submit("/documents/new", {**LETTER, "received_date": "11/03/2025"})
    assert page.field_errors("received_date") == ["Ngày đến không được ở tương lai."]
    page = user.submit("/documents/new", {**LETTER, "issued_date": "09/03/2025", "received_date": "08/03/2025"})
    assert page.field_errors("issued_date") == ["Ngày ban hành không được sau ngày đến."]
    page = user.submit("/documents/new", {**LETTER, "due_date": "01/03/2025"})
    assert page.field_errors("due_date") == ["Hạn giải quyết không được trước ngày đến."]
    assert page.tree.xpath('//input[@name="issuer"]/@value') == ["Sở Y tế tỉnh Kiên Giang"]  # nothing retyped


def test_a_duplicate_links_the_earlier_registration(web, engine_app):
    earlier = register(engine_app, issuer="Sở Y tế tỉnh Kiên Giang", number="620/SYT-NVY", issued_date="2025-03-07")
    page = web("vt").submit("/documents/new", {**LETTER, "number": "620 / SYT-NVY"})
    assert page.status == 200
    notice = page.testid("duplicate")
    assert notice and "đã được đăng ký" in page.texts("duplicate")[0]
    assert notice[0].xpath(".//a/@href") == [f"/documents/{earlier}"]


def test_only_clerks_may_register(web):
    assert web("gd").get("/documents/new").status == 403
    assert web("kt").submit("/documents/new", LETTER, form_url="/audit").status == 403
