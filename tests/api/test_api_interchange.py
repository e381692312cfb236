"""POST /interchange/edxml, /interchange/edxml/refuse, GET /interchange/outbox: the interchange over HTTP."""
from __future__ import annotations

import io

import pytest

from engine.interchange import parse_package
from tests.interchange.builders import SAMPLES
from webapp import create_app

from .conftest import Api

VPCP_DOC = "000.00.00.G22,2015/09/30,7816/VPCP-TTĐT"
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE edXML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">&xxe;</edXML>"""
LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">&lol3;</edXML>"""
EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE edXML SYSTEM "http://127.0.0.1:9/evil.dtd">
<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"/>"""


def sample(name: str) -> bytes:
    return (SAMPLES / f"{name}.edxml").read_bytes()


def send(api, username, content: bytes | None, path: str = "/interchange/edxml", **form):
    data = dict(form)
    if content is not None:
        data["file"] = (io.BytesIO(content), "goi-tin.edxml")
    return api.post(path, username, data=data, content_type="multipart/form-data")


def test_import_registers_and_answers_201_with_the_document_and_the_statuses(api):
    answer = send(api, "vt", sample("edoc_new"))
    assert answer.status_code == 201, answer.get_json()
    body = answer.get_json()
    assert body["action"] == "registered"
    doc = body["document"]
    assert (doc["number"], doc["issued_date"], doc["doc_type"], doc["status"], doc["incoming_number"]) == (
        "74fass22/VPCP-TTĐT", "2019-01-16", "Công văn", "assigning", 1)
    assert body["package"]["edxml_document_id"] == VPCP_DOC
    assert body["package"]["sender"] == {"organ_id": "002.00.20.H13",
                                         "name": "UBND xã Hòa Tiến - UBND huyện Hòa Vang - Thành phố Đà Nẵng"}
    assert [s["code"] for s in body["statuses"]] == ["01", "03"]
    assert any("28/09/2018" in w for w in body["warnings"])
    assert api.get(f"/documents/{doc['id']}", "gd").get_json()["tasks"][0]["step"] == "assign"
    files = body["package"]["files"]
    assert [f["name"] for f in files] == ["goi-tin.edxml", "32da2890-1a55-4ccd-9ac9-cd0d98559e67.edxml",
                                          "GUIDE_INSTALL OPENVPN.SIGNED.PDF"]
    pdf = api.get(files[2]["url"].removeprefix("/api/v1"), "kt")
    assert (pdf.status_code, pdf.mimetype, len(pdf.data)) == (200, "application/pdf", files[2]["size"])
    assert pdf.data.startswith(b"%PDF")
    pdf.close()
    assert api.get(files[2]["url"].removeprefix("/api/v1"), "cv1a").status_code == 403  # not directed to P1
    package = body["package"]["id"]
    by_index = api.get(f"/interchange/packages/{package}/files/3", "kt")
    assert (by_index.status_code, by_index.data) == (200, pdf.data)
    by_index.close()
    assert api.get(f"/interchange/packages/{package}/files/9", "kt").status_code == 404


def test_the_packages_files_are_attachments_of_the_document_and_their_text_is_searched(api):
    body = send(api, "vt", sample("edoc_new")).get_json()
    doc = body["document"]["id"]
    listed = api.get(f"/documents/{doc}/attachments", "gd").get_json()["attachments"]
    assert [(a["id"], a["name"]) for a in listed] == [(f["attachment_id"], f["name"]) for f in body["package"]["files"]]
    assert [a["media_type"] for a in listed] == ["application/edxml+xml", "application/edxml+xml", "application/pdf"]
    found = api.get("/documents?q=openvpn", "vt").get_json()["documents"]  # a word only the PDF has
    assert [d["id"] for d in found] == [doc]
    assert api.get("/documents?q=openvpn", "cv1a").get_json()["documents"] == []  # not visible to them
    packages = api.get("/interchange/packages", "kt").get_json()["packages"]
    assert [f["attachment_id"] for f in packages[0]["files"]] == [a["id"] for a in listed]


def test_the_outbox_lists_the_statuses_and_serves_each_as_edxml(api):
    doc = send(api, "vt", sample("edoc_new")).get_json()["document"]["id"]
    task = api.get("/tasks", "gd").get_json()["tasks"][0]["id"]
    assert api.post(f"/tasks/{task}/complete", "gd", json={"lead": "P1"}).status_code == 200
    listed = api.get("/interchange/outbox", "kt").get_json()["statuses"]
    assert [(s["code"], s["document_id"]) for s in listed] == [("04", doc), ("03", doc), ("01", doc)]
    assert listed[0]["label"] == "Đã phân công xử lý" and listed[0]["to_organ_id"] == "002.00.20.H13"
    assert api.get(f"/interchange/outbox?document_id={doc + 1}", "vt").get_json() == {"statuses": []}
    answer = api.get(listed[0]["url"].removeprefix("/api/v1"), "vt")
    assert answer.status_code == 200 and answer.mimetype == "application/xml"
    pkg = parse_package(answer.data)
    assert (pkg.kind, pkg.status_code, pkg.response_for[0].document_id) == ("status", "04", VPCP_DOC)


def test_outbox_access(api):
    send(api, "vt", sample("edoc_new"))
    assert api.get("/interchange/outbox").status_code == 401
    assert api.get("/interchange/outbox", "cv1a").status_code == 403
    assert api.get("/interchange/outbox/1", "cv1a").status_code == 403
    assert api.get("/interchange/outbox/999", "cv1a").status_code == 404  # 404 before 403
    assert api.get("/interchange/outbox/1", "gd").status_code == 200
    assert api.get("/interchange/packages", "tp1").status_code == 403
    [package] = api.get("/interchange/packages", "kt").get_json()["packages"]
    assert (package["outcome"], package["received_by"]) == ("registered", "vt")


def test_import_checks_in_order_401_403_409_422(api):
    assert send(api, None, sample("edoc_new")).status_code == 401
    assert send(api, "gd", sample("edoc_new")).status_code == 403
    assert send(api, "gd", None).status_code == 403  # not a clerk, before the missing file
    first = send(api, "vt", sample("edoc_new")).get_json()["document"]["id"]
    again = send(api, "vt", sample("edoc_new"))
    assert again.status_code == 409
    assert again.get_json()["existing_id"] == first and "số đến 1/2025" in again.get_json()["error"]
    missing = send(api, "vt", None)
    assert (missing.status_code, list(missing.get_json()["errors"])) == (422, ["file"])


@pytest.mark.parametrize("name", ["edoc", "edoc_new.header_only", "edoc_update.header_only",
                                  "edoc_replacement.header_only", "edoc_revocation.header_only"])
def test_packages_without_a_readable_attachment_are_422_naming_it(api, name):
    answer = send(api, "vt", sample(name))
    assert answer.status_code == 422
    [message] = answer.get_json()["errors"]["file"]
    assert "Tệp đính kèm" in message and "base64" in message
    assert api.get("/documents", "vt").get_json() == {"documents": []}


@pytest.mark.parametrize("name", ["status", "status_inbox__01", "status_rejection_02", "status_acceptance_03",
                                  "status_assignment_04", "status_processing_05", "status_finish_06",
                                  "status_cancellation_13", "status_change-acceptance_15",
                                  "status_change-rejection_16"])
def test_status_samples_are_not_documents(api, name):
    answer = send(api, "vt", sample(name))
    assert answer.status_code == 422
    assert "trạng thái" in answer.get_json()["errors"]["file"][0]


def test_revoke_update_replace_over_http(api):
    doc = send(api, "vt", sample("edoc_new")).get_json()["document"]["id"]
    updated = send(api, "vt", sample("edoc_update"))
    assert updated.status_code == 200 and updated.get_json()["action"] == "updated"
    assert updated.get_json()["document"]["number"] == "7816/VPCP-TTĐT"
    revoked = send(api, "vt", sample("edoc_revocation"))
    assert revoked.status_code == 200 and revoked.get_json()["document"]["status"] == "revoked"
    assert api.get(f"/documents/{doc}", "gd").get_json()["tasks"] == []
    history = [(e["step"], e["action"]) for e in api.get(f"/documents/{doc}/history", "kt").get_json()["events"]]
    assert history == [("register", "register"), ("interchange", "receive"), ("interchange", "update"),
                       ("interchange", "revoke")]
    replaced = send(api, "vt", sample("edoc_replacement"))  # it carries the revoked document's DocumentId
    assert replaced.status_code == 409 and replaced.get_json()["existing_id"] == doc


@pytest.mark.parametrize("content", [XXE, LAUGHS, EXTERNAL_DTD], ids=["xxe", "entity-expansion", "external-dtd"])
def test_hostile_xml_is_422_and_nothing_is_saved(api, content):
    answer = send(api, "vt", content)
    assert answer.status_code == 422
    [message] = answer.get_json()["errors"]["file"]
    assert "bị từ chối" in message or "DOCTYPE" in message
    assert "root:" not in answer.get_data(as_text=True)  # /etc/passwd was never read
    assert api.get("/interchange/packages", "vt").get_json() == {"packages": []}


def test_a_huge_upload_is_413(app):
    flask_app = create_app({"DOCROUTE": app, "SECRET_KEY": "test", "TESTING": True,
                            "MAX_CONTENT_LENGTH": 64 * 1024})
    with flask_app.test_client() as client:
        api = Api(client)
        answer = send(api, "vt", sample("edoc_new"))  # 360 KB
    assert answer.status_code == 413
    body = answer.get_json()  # the field this call takes: file (the documented contract)
    assert "error" in body and list(body["errors"]) == ["file"] and "0,1 MB" in body["errors"]["file"][0]


def test_a_package_over_the_parser_limit_is_413(api, monkeypatch):
    from engine.services.interchange import receive

    monkeypatch.setattr(receive, "MAX_PACKAGE_BYTES", 100_000)
    answer = send(api, "vt", sample("edoc_new"))
    assert answer.status_code == 413
    assert "quá lớn" in answer.get_json()["errors"]["file"][0]


def test_refuse_answers_02_with_the_reason(api):
    answer = send(api, "vt", sample("edoc"), "/interchange/edxml/refuse", reason="Tệp đính kèm hỏng")
    assert answer.status_code == 201, answer.get_json()
    body = answer.get_json()
    assert body["package"]["outcome"] == "refused" and body["package"]["reason"] == "Tệp đính kèm hỏng"
    [status] = body["statuses"]
    assert (status["code"], status["description"], status["document_id"]) == ("02", "Tệp đính kèm hỏng", None)
    pkg = parse_package(api.get(status["url"].removeprefix("/api/v1"), "vt").data)
    assert (pkg.status_code, pkg.description) == ("02", "Tệp đính kèm hỏng")
    assert send(api, "vt", sample("edoc"), "/interchange/edxml/refuse", reason="Lại").status_code == 409


def test_refuse_checks(api):
    assert send(api, "gd", sample("edoc"), "/interchange/edxml/refuse", reason="x").status_code == 403
    answer = send(api, "vt", None, "/interchange/edxml/refuse")
    assert answer.status_code == 422 and sorted(answer.get_json()["errors"]) == ["file", "reason"]
    answer = send(api, "vt", XXE, "/interchange/edxml/refuse", reason="Độc hại")
    assert answer.status_code == 422
