"""The registration form's full record, the document page, the registers' pages and the urgent box."""
from __future__ import annotations

import csv
import io

from tests.factories import direct, register
from tests.webapp.test_register import LETTER

RECORD = {**LETTER, "issuer": "Sở Y tế", "issuer_parent": "UBND tỉnh Kiên Giang", "signer_title": "Phó Giám đốc",
          "signing_authority": "KT. Giám đốc", "recipients": "Trung tâm Y tế các huyện\nBệnh viện Đa khoa tỉnh",
          "page_count": "4", "language": "vi", "notes": "Kèm phụ lục", "register": ""}


def test_the_form_has_the_record_in_sections(web):
    page = web("vt").get("/documents/new")
    for name in RECORD:
        assert page.tree.xpath(f'//*[@name="{name}"]'), name
    headers = [" ".join(h.text_content().split()) for h in page.tree.xpath('//div[@class="card-header"]')]
    record_sections = ["Văn bản", "Cơ quan ban hành và người ký", "Nơi nhận và ghi chú", "Đăng ký văn bản"]
    # The letter-upload and attachment cards sit around the record's sections, which keep their order.
    assert [h for h in headers if h in record_sections] == record_sections
    assert page.tree.xpath('//select[@name="register"]/option/text()') == [
        "Theo độ mật (tự động)", "Sổ văn bản đến (thường)", "Sổ văn bản mật đến"]


def test_a_registration_with_the_full_record_shows_on_the_document_page(web):
    user = web("vt")
    page = user.submit("/documents/new", RECORD)
    assert page.status == 302
    shown = user.get(page.response.location)
    meta = shown.texts("document-meta")[0]
    for expected in ("Cơ quan chủ quản UBND tỉnh Kiên Giang", "KT. Giám đốc Phó Giám đốc Nguyễn Văn A",
                     "Trung tâm Y tế các huyện Bệnh viện Đa khoa tỉnh", "Số trang 4", "Ngôn ngữ Tiếng Việt",
                     "Ghi chú Kèm phụ lục", "Sổ đăng ký Sổ văn bản đến (thường)"):
        assert expected in meta, expected


def test_a_confidential_document_goes_to_its_own_register(web, engine_app):
    register(engine_app)
    user = web("vt")
    page = user.submit("/documents/new", {**RECORD, "confidentiality": "mat"})
    shown = user.get(page.response.location)
    assert "Đã đăng ký văn bản đến số 1/2025." in shown.text
    assert shown.tree.xpath('//*[@data-testid="document-register"]/@data-register') == ["confidential"]
    assert shown.texts("stamp-register") == ["Sổ văn bản mật đến"]


def test_bad_page_count_is_a_field_error(web):
    page = web("vt").submit("/documents/new", {**RECORD, "page_count": "bốn"})
    assert page.status == 200 and page.field_errors("page_count")


def test_a_duplicate_names_the_earlier_number_and_date(web, engine_app):
    earlier = register(engine_app, issuer="Sở Y tế", number="620/SYT-NVY", issued_date="2025-03-07")
    page = web("vt").submit("/documents/new", RECORD)
    [text] = page.texts("duplicate")
    assert "số đến 1/2025" in text and "sổ văn bản đến (thường)" in text and "10/03/2025" in text
    assert page.testid("duplicate")[0].xpath(".//a/@href") == [f"/documents/{earlier}"]


def test_the_registers_pages_filter_and_export(web, engine_app):
    first = register(engine_app, subject="Văn bản thứ nhất", notes="Ghi chú một")
    direct(engine_app, first, lead="P1")
    register(engine_app, subject="Văn bản mật", confidentiality="mat")
    register(engine_app, subject="Năm trước", received_date="2024-12-30", issued_date="2024-12-30")
    for username in ("vt", "gd", "kt"):
        page = web(username).get("/registers/incoming")
        assert page.status == 200
        assert [r.get("data-document-id") for r in page.testid("register-row")] == [str(first)]
    user = web("kt")
    assert user.get("/registers/incoming?register=confidential").texts("register-row")[0].count("Văn bản mật") == 1
    old = user.get("/registers/follow-up?year=2024")
    assert "Năm trước" in old.texts("register-row")[0] and old.texts("register-caption") == [
        "Sổ văn bản đến (thường) · Năm 2024"]
    ranged = user.get("/registers/incoming?year=&date_from=01/12/2024&date_to=31/12/2024")
    assert len(ranged.testid("register-row")) == 1
    bad = user.get("/registers/incoming?date_from=31/12/2024&date_to=01/12/2024&year=")
    assert bad.status == 200 and bad.field_errors("date_to") and not bad.testid("register-row")
    exported = user.get("/registers/incoming?format=csv")
    rows = list(csv.reader(io.StringIO(exported.response.get_data().decode("utf-8-sig"))))
    assert exported.response.get_data().startswith(b"\xef\xbb\xbf") and rows[1][9] == "Ghi chú một"
    pdf = user.get("/registers/follow-up?format=pdf")
    assert pdf.response.mimetype == "application/pdf" and pdf.response.get_data().startswith(b"%PDF-")


def test_heads_and_staff_have_no_registers(web):
    assert web("tp1").get("/registers/incoming").status == 403
    assert web("cv1a").get("/registers/follow-up").status == 403
    assert not web("tp1").get("/documents").testid("registers-link")
    assert web("gd").get("/documents").testid("registers-link")


def test_urgent_letters_are_on_top_of_the_leaders_inbox_at_once(web, engine_app):
    register(engine_app, subject="Thư quá hạn", received_date="2025-03-03", issued_date="2025-03-01",
             due_date="2025-03-05")
    urgent = register(engine_app, subject="Thư hỏa tốc", urgency="hoa_toc")
    page = web("gd").get("/inbox?tab=overdue")
    assert page.texts("urgent-row") and "Thư hỏa tốc" in page.texts("urgent-row")[0]
    box = page.testid("urgent-box")[0]
    table = page.testid("inbox-table")[0]
    assert box.sourceline < table.sourceline  # above the list, whatever tab is open
    assert f"/tasks/" in box.xpath(".//a/@href")[0] and str(urgent)
