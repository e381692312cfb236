"""The clerk's interchange page: receive or refuse a package, see the outbox; the document page shows it."""
from __future__ import annotations

import io

from tests.factories import direct
from tests.interchange.builders import SAMPLES

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE edXML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">&xxe;</edXML>"""


def package(name: str) -> tuple:
    return (io.BytesIO((SAMPLES / f"{name}.edxml").read_bytes()), f"{name}.edxml")


def upload(user, file, action: str = "import", reason: str = ""):
    token = user.get("/interchange").csrf()
    data = {"csrf_token": token, "action": action, "reason": reason}
    if file is not None:
        data["file"] = file
    return user.post("/interchange", data, content_type="multipart/form-data")


def test_the_clerk_receives_a_package_and_lands_on_the_registered_document(web):
    clerk = web("vt")
    page = clerk.get("/interchange")
    assert page.status == 200 and page.testid("interchange-form")
    assert "Liên thông văn bản quốc gia" in page.text
    done = upload(clerk, package("edoc_new"))
    assert done.status == 302 and done.response.location.startswith("/documents/")
    shown = clerk.get(done.response.location)
    assert "Đã đăng ký văn bản đến số 1/2025." in shown.text
    assert "đã qua trước ngày đến" in shown.text  # the warnings are shown to the clerk
    assert shown.texts("document-subject") == ["kết nối, liên thông phần mềm quản lý văn bản"]
    panel = shown.texts("interchange-panel")[0]
    assert "002.00.20.H13" in panel and "000.00.00.G22,2015/09/30,7816/VPCP-TTĐT" in panel
    assert [li.get("data-code") for li in shown.tree.xpath('//*[@data-testid="document-outbox"]/li')] == ["01", "03"]
    files = shown.testid("attachment")  # the package's files are the document's attachments
    assert [f.get("data-package") for f in files] == ["1", "1", "1"]
    links = shown.tree.xpath('//*[@data-testid="attachment-download"]')
    assert [a.text_content().strip() for a in links] == [
        "goi-tin.edxml", "32da2890-1a55-4ccd-9ac9-cd0d98559e67.edxml", "GUIDE_INSTALL OPENVPN.SIGNED.PDF"]
    assert shown.testid("pdf-viewer")  # the letter's PDF is shown on the page
    pdf = clerk.client.get(links[2].get("href"))
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf" and pdf.data.startswith(b"%PDF")
    pdf.close()
    found = clerk.get("/documents?q=openvpn")  # a word only the PDF has
    assert done.response.location in found.text
    events = [(e.get("data-step"), e.get("data-action")) for e in shown.testid("history-event")]
    assert events == [("register", "register"), ("interchange", "receive")]
    listing = clerk.get("/interchange")
    assert [r.get("data-code") for r in listing.testid("outbox-row")] == ["03", "01"]
    assert "Đã vào sổ" in listing.texts("package-row")[0]


def test_the_status_package_downloads_as_edxml(web):
    clerk = web("vt")
    upload(clerk, package("edoc_new"))
    href = clerk.get("/interchange").tree.xpath('//*[@data-testid="outbox-row"]//a[contains(@href, "/outbox/")]/@href')[0]
    answer = clerk.client.get(href)
    assert answer.status_code == 200 and answer.mimetype == "application/xml"
    assert b"<edXML:StatusCode>03</edXML:StatusCode>" in answer.data


def test_an_unusable_package_is_a_form_error_and_nothing_is_registered(web):
    clerk = web("vt")
    page = upload(clerk, package("edoc_update.header_only"))
    assert page.status == 200
    [error] = page.field_errors("file")
    assert "Tệp đính kèm" in error and "base64" in error
    assert not clerk.get("/interchange").testid("package-row")


def test_hostile_xml_is_a_form_error(web):
    page = upload(web("vt"), (io.BytesIO(XXE), "xxe.edxml"))
    assert page.status == 200
    [error] = page.field_errors("file")
    assert "ENTITY" in error and "bị từ chối" in error
    assert "root:" not in page.text


def test_no_file_is_a_form_error(web):
    page = upload(web("vt"), None)
    assert page.field_errors("file") == ["Cần gửi tệp gói tin edXML (trường file)."]


def test_a_duplicate_links_the_earlier_document(web):
    clerk = web("vt")
    first = upload(clerk, package("edoc_new")).response.location
    page = upload(clerk, package("edoc_new"))
    assert page.status == 200 and page.testid("duplicate")
    assert page.tree.xpath('//*[@data-testid="duplicate"]//a/@href') == [first]


def test_refusing_needs_a_reason_then_sends_02(web):
    clerk = web("vt")
    page = upload(clerk, package("edoc"), action="refuse")
    assert page.field_errors("reason") == ["Cần nêu lý do từ chối để báo cho nơi gửi."]
    done = upload(clerk, package("edoc"), action="refuse", reason="Tệp đính kèm không đọc được")
    assert done.status == 302
    listing = clerk.get("/interchange")
    assert "Đã từ chối gói tin" in listing.text
    assert [r.get("data-code") for r in listing.testid("outbox-row")] == ["02"]
    assert "Tệp đính kèm không đọc được" in listing.texts("outbox-row")[0]
    assert "Từ chối" in listing.texts("package-row")[0]


def test_a_revoked_document_says_so(web, engine_app):
    clerk = web("vt")
    doc_url = upload(clerk, package("edoc_new")).response.location
    direct(engine_app, int(doc_url.rsplit("/", 1)[1]))
    done = upload(clerk, package("edoc_revocation"))
    assert done.status == 302 and done.response.location == doc_url
    shown = clerk.get(doc_url)
    assert "Nơi gửi đã thu hồi văn bản đến số 1/2025" in shown.text
    assert shown.testid("revoked")
    assert set(shown.tree.xpath('//*[@data-status="revoked"]/text()')) == {"Nơi gửi đã thu hồi"}
    assert [e.get("data-action") for e in shown.testid("history-event")][-1] == "revoke"


def test_who_sees_the_page(web):
    assert web("cv1a").get("/interchange").status == 403
    leader = web("gd").get("/interchange")
    assert leader.status == 200 and not leader.testid("interchange-form")
    assert upload_as_non_clerk(web("gd")).status == 403


def upload_as_non_clerk(user):
    token = user.get("/documents").csrf()  # any page's token
    return user.post("/interchange", {"csrf_token": token, "file": package("edoc_new")},
                     content_type="multipart/form-data")


def test_english_labels(web):
    user = web("vt")
    user.submit("/lang/en", {}, form_url="/interchange")
    page = user.get("/interchange")
    assert "National document interchange" in page.text and "Receive and register" in page.text
