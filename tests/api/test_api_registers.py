"""GET /registers/incoming and /registers/follow-up: JSON pages, CSV (UTF-8 with BOM) and PDF exports."""
from __future__ import annotations

import csv
import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from tests.factories import complete, direct, register


@pytest.fixture
def book(app):
    first = register(app, issuer="Sở Y tế", number="620/SYT-NVY", subject="Đề nghị báo cáo tiêm chủng",
                     notes="Bản scan", due_date="2025-03-31")
    direct(app, first, lead="P1", co=["P2"])
    complete(app, "tp1", "delegate", first, {"assignee": "cv1a", "deadline": "2025-03-20"})
    second = register(app, issuer="UBND tỉnh Kiên Giang", number="55/KH-UBND", doc_type="Kế hoạch",
                      subject="Kế hoạch chuyển đổi số năm 2025")
    secret = register(app, confidentiality="toi_mat", subject="Văn bản tối mật")
    return {"first": first, "second": second, "secret": secret}


def test_the_incoming_register_as_json(api, book):
    answer = api.get("/registers/incoming", "vt")
    assert answer.status_code == 200
    body = answer.get_json()
    assert (body["register"], body["year"], body["has_more"]) == ("general", 2025, False)
    assert [r["document_id"] for r in body["rows"]] == [book["first"], book["second"]]
    first = body["rows"][0]
    assert (first["incoming_number"], first["received_date"], first["issuer"], first["number"]) == (
        1, "2025-03-10", "Sở Y tế", "620/SYT-NVY")
    assert first["departments"] == [{"role": "lead", "name": "Phòng số 1"}, {"role": "co", "name": "Phòng số 2"}]
    assert (first["passed_on"], first["notes"]) == ("2025-03-10", "Bản scan")
    secret = api.get("/registers/incoming", "kt", query_string={"register": "confidential"}).get_json()
    assert [(r["document_id"], r["incoming_number"]) for r in secret["rows"]] == [(book["secret"], 1)]


def test_the_follow_up_register_as_json_with_paging(api, book):
    body = api.get("/registers/follow-up", "gd", query_string={"limit": 1}).get_json()
    assert (len(body["rows"]), body["has_more"]) == (1, True)
    row = body["rows"][0]
    assert (row["due_date"], row["status"], row["open_steps"]) == ("2025-03-31", "in_progress", ["delegate", "propose"])
    assert row["handlers"] == [{"department": "Phòng số 1", "officer": "Chuyên viên 1A"}]
    rest = api.get("/registers/follow-up", "gd", query_string={"limit": 1, "offset": 1}).get_json()
    assert ([r["document_id"] for r in rest["rows"]], rest["has_more"]) == ([book["second"]], False)


def test_who_may_read_and_bad_filters(api, book):
    assert api.get("/registers/incoming").status_code == 401
    assert api.get("/registers/incoming", "tp1").status_code == 403
    assert api.get("/registers/follow-up", "cv1a", query_string={"year": "x"}).status_code == 403
    for query, field in [({"year": "x"}, "year"), ({"register": "all"}, "register"),
                         ({"from": "2025-13-01"}, "from"), ({"format": "xlsx"}, "format"),
                         ({"from": "2025-03-10", "to": "2025-03-01"}, "to")]:
        answer = api.get("/registers/incoming", "vt", query_string=query)
        assert (query, answer.status_code, list(answer.get_json()["errors"])) == (query, 422, [field])


def test_csv_is_utf8_with_a_bom_and_the_legal_columns(api, book):
    answer = api.get("/registers/incoming", "vt", query_string={"format": "csv", "year": "2025"})
    assert answer.status_code == 200
    assert answer.mimetype == "text/csv"
    assert "so-van-ban-den_general_2025.csv" in answer.headers["Content-Disposition"]
    raw = answer.get_data()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["Ngày đến", "Số đến", "Cơ quan ban hành", "Số, ký hiệu", "Ngày văn bản",
                       "Tên loại và trích yếu nội dung", "Đơn vị hoặc người nhận", "Ngày chuyển",
                       "Ký nhận", "Ghi chú"]
    assert rows[1] == ["10/03/2025", "1", "Sở Y tế", "620/SYT-NVY", "07/03/2025",
                       "Công văn: Đề nghị báo cáo tiêm chủng", "Phòng số 1 (Chủ trì); Phòng số 2 (Phối hợp)",
                       "10/03/2025", "", "Bản scan"]
    assert rows[2][6] == "Lãnh đạo cơ quan" and len(rows) == 3


def test_follow_up_csv(api, book):
    answer = api.get("/registers/follow-up", "kt", query_string={"format": "csv"})
    rows = list(csv.reader(io.StringIO(answer.get_data().decode("utf-8-sig"))))
    assert rows[0][:5] == ["Số đến", "Tên loại, số ký hiệu, ngày tháng, cơ quan ban hành và trích yếu",
                           "Đơn vị hoặc người giải quyết", "Thời hạn giải quyết", "Tiến độ giải quyết"]
    assert rows[1][2] == "Phòng số 1 – Chuyên viên 1A; Phòng số 2"
    assert rows[1][3] == "31/03/2025"
    assert rows[1][4].startswith("Đang xử lý")


def pdf_fonts(data: bytes) -> set[str]:
    """Names of the fonts embedded in the PDF (those with a font file)."""
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts") or [font]:
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None and any(k in descriptor.get_object()
                                                  for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    name = str(descendant.get_object()["/BaseFont"]).split("+")[-1]
                    names.add(name.lstrip("/").replace("-", "").replace(" ", "").lower())
    return names


def test_pdf_is_a4_landscape_with_the_fonts_embedded(api, book, tmp_path):
    answer = api.get("/registers/incoming", "vt", query_string={"format": "pdf"})
    assert answer.status_code == 200
    assert answer.mimetype == "application/pdf"
    data = answer.get_data()
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape in points
    text = reader.pages[0].extract_text()
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN" in text and "620/SYT-NVY" in text and "Đề nghị báo cáo tiêm chủng" in text
    assert {"dejavusans", "dejavusansbold"} <= pdf_fonts(data)
    pdffonts = shutil.which("pdffonts")
    if pdffonts:  # poppler-utils: every font embedded ("emb" column yes)
        path = tmp_path / "register.pdf"
        path.write_bytes(data)
        lines = subprocess.run([pdffonts, str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
        assert len(lines) > 2 and all(" yes " in line for line in lines[2:])


def test_follow_up_pdf(api, book):
    answer = api.get("/registers/follow-up", "gd", query_string={"format": "pdf", "register": "confidential"})
    assert answer.status_code == 200
    text = PdfReader(io.BytesIO(answer.get_data())).pages[0].extract_text()
    assert "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN" in text and "Văn bản tối mật" in text


def test_a_pdf_too_long_for_one_request_is_refused_naming_format(api, book, monkeypatch):
    from webapp import register_books
    monkeypatch.setattr(register_books, "PDF_MAX_ROWS", 1)
    answer = api.get("/registers/incoming", "vt", query_string={"format": "pdf"})
    assert answer.status_code == 422 and list(answer.get_json()["errors"]) == ["format"]
    assert api.get("/registers/incoming", "vt", query_string={"format": "pdf", "to": "2025-03-09"}).status_code == 200


def test_the_reply_number_from_the_approval_reaches_the_follow_up_register(app, api, book):
    from tests.factories import handle

    complete(app, "cv1a", "propose", book["first"], {"proposal": "Dự thảo công văn trả lời"})
    complete(app, "tp1", "review", book["first"], {"decision": "approve"})
    handle(app, book["first"], 2)
    task = [t for t in api.get("/tasks", "gd").get_json()["tasks"] if t["step"] == "approve"][0]["id"]
    answer = api.post(f"/tasks/{task}/complete", "gd", json={"decision": "approve", "reply_number": "12/SYT-NVY"})
    assert answer.status_code == 200, answer.get_json()
    assert api.get(f"/documents/{book['first']}", "gd").get_json()["reply_number"] == "12/SYT-NVY"
    rows = api.get("/registers/follow-up", "kt").get_json()["rows"]
    assert [r["reply_number"] for r in rows] == ["12/SYT-NVY", None]
    exported = api.get("/registers/follow-up", "kt", query_string={"format": "csv"})
    lines = list(csv.reader(io.StringIO(exported.data.decode("utf-8-sig"))))
    assert lines[0][5] == "Số, ký hiệu văn bản trả lời" and [line[5] for line in lines[1:]] == ["12/SYT-NVY", ""]
