"""Receiving edXML packages: registration from the header, revoke / update / replace, refusal, duplicates."""
from __future__ import annotations

import base64
import io
import zipfile
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from engine import Conflict, DuplicateDocument, Forbidden, NotFound, ValidationFailed
from engine.interchange import EdxmlError, parse_package
from engine.persistence.models import Attachment, IncomingDocument, InterchangePackage, InterchangeStatus
from engine.services import attachments, documents, tasks, users
from engine.services.interchange import outbox, payloads, receive
from tests.factories import direct, events, open_task, status, task_rows
from tests.interchange.builders import SAMPLES, edoc_bytes
from tests.support.samples import pdf_bytes

VPCP_DOC = "000.00.00.G22,2015/09/30,7816/VPCP-TTĐT"
REPLACED_DOC = "000.00.00.G22,2014/01/30,7806/VPCP-TTĐT"


def edoc(**kwargs) -> bytes:
    """A made-up package from UBND Tỉnh Nghệ An, dated before the tests' today (10/03/2025)."""
    kwargs.setdefault("date", "2025/03/07")
    kwargs.setdefault("document_id", f"000.00.00.H41,{kwargs['date']},620/UBND-VX")
    return edoc_bytes(**kwargs)


def sample(name: str) -> bytes:
    return (SAMPLES / f"{name}.edxml").read_bytes()


def receive_as(app, data: bytes, username: str = "vt") -> receive.Received:
    with app.unit_of_work(write=True) as uow:
        result = receive.import_package(uow, users.get_by_username(uow, username), data)
        uow.commit()
        return result


def refuse_as(app, data: bytes, reason: str | None, username: str = "vt"):
    with app.unit_of_work(write=True) as uow:
        row = receive.refuse_package(uow, users.get_by_username(uow, username), data, reason)
        uow.commit()
        return row


def outbox_codes(app, document_id: int | None = None) -> list[str]:
    with app.unit_of_work() as uow:
        return [s.status_code for s in reversed(outbox.list_statuses(uow, document_id=document_id))]


def files_in(app, folder: str) -> int:
    return len([f for f in (app.settings.data_dir / "interchange" / folder).rglob("*") if f.is_file()])


def stored(app) -> int:
    """Files in the store, and none left staged in tmp/."""
    tmp = app.settings.data_dir / "tmp"
    assert not tmp.exists() or not list(tmp.iterdir())
    return len([f for f in (app.settings.data_dir / "sha256").rglob("*") if f.is_file()])


def counts(app) -> tuple[int, int, int, int, int, int]:
    """Documents, packages, statuses, outbox files, attachment rows, stored files: what a failed
    import leaves untouched."""
    with app.unit_of_work() as uow:
        return (uow.session.scalar(select(func.count()).select_from(IncomingDocument)),
                uow.session.scalar(select(func.count()).select_from(InterchangePackage)),
                uow.session.scalar(select(func.count()).select_from(InterchangeStatus)),
                files_in(app, "outbox"), uow.session.scalar(select(func.count()).select_from(Attachment)),
                stored(app))


def document(app, document_id: int) -> IncomingDocument:
    with app.unit_of_work() as uow:
        found = uow.session.get(IncomingDocument, document_id)
        uow.session.expunge(found)  # readable after the unit of work ends
        return found


# --- registering from the header ---------------------------------------------------------------


def test_a_new_package_is_registered_from_its_header(app):
    result = receive_as(app, sample("edoc_new"))
    doc = result.document
    assert result.action == "registered" and result.package.outcome == "registered"
    assert (doc.issuer, doc.number, doc.issued_date.isoformat(), doc.doc_type) == (
        "UBND xã Hòa Tiến - UBND huyện Hòa Vang - Thành phố Đà Nẵng", "74fass22/VPCP-TTĐT", "2019-01-16", "Công văn")
    assert doc.subject == "kết nối, liên thông phần mềm quản lý văn bản"  # "V/v" is not part of the summary
    assert (doc.signer, doc.urgency, doc.incoming_number, doc.received_date.isoformat()) == (
        "Nguyen Thanh Phuc", "normal", 1, "2025-03-10")
    assert doc.due_date is None  # the sample's DueDate (2018) had passed on arrival: warned, not kept
    assert any("28/09/2018" in w and "đã qua" in w for w in result.warnings)
    assert any("4 byte" in w for w in result.warnings)  # the published sample's stray "1212"
    assert status(app, doc.id) == "assigning"
    assert [t[0] for t in task_rows(app, doc.id)] == ["assign"]
    assert events(app, doc.id) == [("vt", "register", "register", None), ("vt", "interchange", "receive", None)]
    package = result.package
    assert (package.sender_organ_id, package.edxml_document_id, package.receiver_organ_id) == (
        "002.00.20.H13", VPCP_DOC, "28.22.H17")
    assert outbox_codes(app, doc.id) == ["01", "03"]


def test_the_package_and_its_decoded_files_are_the_documents_attachments(app):
    result = receive_as(app, sample("edoc_new"))
    doc = result.document.id
    with app.unit_of_work() as uow:
        kt = users.get_by_username(uow, "kt")
        kept = attachments.visible_attachments(uow, kt, doc)
        found = [attachments.file_for(uow, kt, doc, a.id) for a in kept]
        by_package = [payloads.package_file(uow, kt, result.package.id, i) for i in range(1, len(kept) + 1)]
        found = [(SimpleNamespace(id=a.id, safe_name=a.safe_name, media_type=a.media_type, step=a.step,
                                  package_id=a.package_id, size=a.size, sha256=a.sha256), path) for a, path in found]
        by_package = [(a.id, path) for a, path in by_package]
    assert [(a.safe_name, a.media_type, a.step, a.package_id) for a, _ in found] == [
        ("goi-tin.edxml", "application/edxml+xml", "register", result.package.id),
        ("32da2890-1a55-4ccd-9ac9-cd0d98559e67.edxml", "application/edxml+xml", "register", result.package.id),
        ("GUIDE_INSTALL OPENVPN.SIGNED.PDF", "application/pdf", "register", result.package.id),  # opened inside
    ]
    assert by_package == [(a.id, path) for a, path in found]
    package, inner, pdf = (path.read_bytes() for _, path in found)
    assert package == sample("edoc_new")[4:]  # as received, without the stray bytes
    assert parse_package(inner).number == "34E31/PRO-TEST-CASE1"
    assert pdf.startswith(b"%PDF-1.5") and len(pdf) == found[2][0].size == 284937
    for attachment, path in found:  # one store, by content hash
        assert path == app.settings.data_dir / "sha256" / attachment.sha256[:2] / attachment.sha256[2:4] / attachment.sha256
    assert not (app.settings.data_dir / "interchange" / "packages").exists()  # no second store
    assert events_data(app, doc)[-1]["files"] == [a.safe_name for a, _ in found]
    assert [f["name"] for f in events_data(app, doc)[0]["attachments"]] == [a.safe_name for a, _ in found]


def test_the_text_of_a_packages_files_finds_the_document(app):
    doc = receive_as(app, sample("edoc_new")).document.id
    with app.unit_of_work() as uow:  # "OpenVPN" is only in the PDF's text; "34E31" in the inner package
        vt = users.get_by_username(uow, "vt")
        assert [d.id for d in documents.list_documents(uow, vt, q="openvpn")] == [doc]
        assert [d.id for d in documents.list_documents(uow, vt, q="34E31/PRO")] == [doc]


def test_package_files_follow_the_documents_visibility(app):
    result = receive_as(app, sample("edoc_new"))
    with pytest.raises(Forbidden), app.unit_of_work() as uow:  # not directed to P1 yet
        payloads.package_file(uow, users.get_by_username(uow, "cv1a"), result.package.id, 1)
    with pytest.raises(Forbidden), app.unit_of_work() as uow:
        attachments.visible_attachments(uow, users.get_by_username(uow, "cv1a"), result.document.id)
    with pytest.raises(NotFound), app.unit_of_work() as uow:
        payloads.package_file(uow, users.get_by_username(uow, "vt"), result.package.id, 4)


def events_data(app, document_id: int) -> list[dict]:
    import json

    with app.unit_of_work() as uow:
        return [json.loads(e.data) for e in documents.document_history(uow, users.get_by_username(uow, "kt"),
                                                                       document_id)]


def test_the_answers_01_and_03_are_edxml_status_packages_naming_the_document(app):
    doc = receive_as(app, sample("edoc_new")).document
    with app.unit_of_work() as uow:
        sent = list(reversed(outbox.list_statuses(uow)))
        files = [outbox.status_file(uow, s) for s in sent]
    read = [parse_package(f.read_bytes()) for f in files]
    assert [p.kind for p in read] == ["status", "status"]
    assert [p.status_code for p in read] == ["01", "03"]
    for pkg in read:
        assert pkg.from_organ.organ_id == "28.22.H17"  # us, as the package named us
        assert [o.organ_id for o in pkg.to_organs] == ["002.00.20.H13"]
        [ref] = pkg.response_for
        assert (ref.organ_id, ref.code, ref.document_id) == ("002.00.20.H13", "74fass22/VPCP-TTĐT", VPCP_DOC)
        assert pkg.staff.staff == "Nguyễn Thị Văn Thư"
    assert read[1].description == f"Đã tiếp nhận, vào sổ văn bản đến: số đến {doc.incoming_number}/2025."


def test_the_status_layout_follows_the_official_samples(app):
    """Same elements in the same order as the SDK's status samples (plus To, which we name)."""
    from lxml import etree

    def layout(data: bytes) -> list[str]:
        root = etree.fromstring(data)
        header = root.find(".//{*}MessageHeader")
        return [etree.QName(child).localname for child in header if isinstance(child.tag, str)]

    receive_as(app, sample("edoc_new"))
    with app.unit_of_work() as uow:
        ours = layout(outbox.status_file(uow, outbox.list_statuses(uow)[0]).read_bytes())
    theirs = layout(sample("status_acceptance_03"))
    assert [name for name in ours if name != "To"] == theirs


def test_priority_and_a_future_due_date_are_kept(app):
    data = edoc(priority="2", extra_header="<edXML:DueDate>2025/03/31</edXML:DueDate>")
    doc = receive_as(app, data).document
    assert (doc.urgency, doc.due_date.isoformat(), doc.number, doc.subject) == (
        "thuong_khan", "2025-03-31", "620/UBND-VX", "báo cáo tình hình")
    assert task_rows(app, doc.id) == [("assign", None, None, "leader", "2025-03-31", "open")]


def test_the_header_fills_the_electronic_record(app):
    """NĐ 30 record fields from the header: parent body, signer's position and name, recipients from
    To and ToPlaces, urgency from Priority, deadline from DueDate, page count."""
    parent = sample("edoc_new").replace(
        b"<edXML:OrganizationInCharge>UBND x\xc3\xa3 H\xc3\xb2a Ti\xe1\xba\xbfn - UBND huy\xe1\xbb\x87n H\xc3\xb2a Vang"
        b" - Th\xc3\xa0nh ph\xe1\xbb\x91 \xc4\x90\xc3\xa0 N\xe1\xba\xb5ng</edXML:OrganizationInCharge>",
        "<edXML:OrganizationInCharge>UBND huyện Hòa Vang</edXML:OrganizationInCharge>".encode(), 1)
    doc = document(app, receive_as(app, parent).document.id)
    assert (doc.issuer, doc.issuer_parent) == ("UBND xã Hòa Tiến - UBND huyện Hòa Vang - Thành phố Đà Nẵng",
                                               "UBND huyện Hòa Vang")
    assert (doc.signer, doc.signer_title, doc.signing_authority) == (
        "Nguyen Thanh Phuc", "Cuc truong cuc ung dung cong nghe thong tin", "TL. BO TRUONG")
    assert doc.recipients == ["UBND xã Hòa Sơn - UBND huyện Hòa Vang - Thành phố Đà Nẵng",
                              "Cac bo va co quan ngang bo", "Uy ban nhan dan cac tinh, TP"]
    assert doc.page_count == 22
    signed = ("<edXML:SignerInfo><edXML:Competence>KT. CHỦ TỊCH</edXML:Competence>"
              "<edXML:Position>Phó Chủ tịch</edXML:Position><edXML:FullName>Lê Văn Đức</edXML:FullName>"
              "</edXML:SignerInfo><edXML:DueDate>2025/04/30</edXML:DueDate>"
              "<edXML:ToPlaces><edXML:Place>Sở Y tế</edXML:Place><edXML:Place>Sở Tài chính</edXML:Place></edXML:ToPlaces>")
    urgent = document(app, receive_as(app, edoc(priority="3", extra_header=signed)).document.id)
    assert (urgent.urgency, urgent.due_date.isoformat()) == ("hoa_toc", "2025-04-30")
    assert (urgent.signer, urgent.signer_title, urgent.signing_authority) == ("Lê Văn Đức", "Phó Chủ tịch",
                                                                             "KT. CHỦ TỊCH")
    assert urgent.recipients == ["Văn phòng Chính phủ", "Sở Y tế", "Sở Tài chính"]
    assert urgent.issuer_parent is None  # the package names none


@pytest.mark.parametrize("name, code", [
    ("edoc", "bad_attachment"),  # its attachment is a JMeter placeholder, not base64
    ("edoc_new.header_only", "bad_attachment"), ("edoc_update.header_only", "bad_attachment"),
    ("edoc_replacement.header_only", "bad_attachment"), ("edoc_revocation.header_only", "bad_attachment"),
    ("status", "not_document"), ("status_inbox__01", "not_document"), ("status_rejection_02", "not_document"),
    ("status_acceptance_03", "not_document"), ("status_assignment_04", "not_document"),
    ("status_processing_05", "not_document"), ("status_finish_06", "not_document"),
    ("status_cancellation_13", "not_document"), ("status_change-acceptance_15", "not_document"),
    ("status_change-rejection_16", "not_document"),
])
def test_samples_that_cannot_be_registered_are_refused_whole(app, name, code):
    with pytest.raises(EdxmlError) as caught:
        receive_as(app, sample(name))
    assert caught.value.code == code
    assert counts(app) == (0, 0, 0, 0, 0, 0)


def test_revoke_or_update_of_a_document_never_received_names_it(app):
    for name in ("edoc_revocation", "edoc_update"):
        with pytest.raises(ValidationFailed) as caught:
            receive_as(app, sample(name))
        assert VPCP_DOC in caught.value.errors["file"][0]
    assert counts(app) == (0, 0, 0, 0, 0, 0)


def test_a_replacement_of_a_document_never_received_is_registered_with_a_warning(app):
    result = receive_as(app, sample("edoc_replacement"))
    assert result.action == "registered" and result.closed == []
    assert any(REPLACED_DOC in w for w in result.warnings)
    assert (result.document.number, result.document.issuer) == ("7816/VPCP-TTĐT", "Văn phòng Chính phủ")


def test_header_errors_name_the_edxml_element(app):
    data = edoc(subject="")  # no Subject text
    with pytest.raises(ValidationFailed) as caught:
        receive_as(app, data)
    assert caught.value.errors == {"file": ["Subject: Trường này là bắt buộc."]}
    future = edoc(date="2025/04/01")
    with pytest.raises(ValidationFailed) as caught:
        receive_as(app, future)
    assert caught.value.errors["file"][0].startswith("PromulgationInfo/PromulgationDate:")
    assert counts(app) == (0, 0, 0, 0, 0, 0)


def test_only_a_clerk_imports(app):
    with pytest.raises(Forbidden):
        receive_as(app, sample("edoc_new"), username="gd")
    assert counts(app) == (0, 0, 0, 0, 0, 0)


# --- duplicates --------------------------------------------------------------------------------


def test_the_same_package_twice_is_a_duplicate_naming_the_earlier_document(app):
    first = receive_as(app, sample("edoc_new")).document
    with pytest.raises(DuplicateDocument) as caught:
        receive_as(app, sample("edoc_new"))
    assert caught.value.existing_id == first.id and "10/03/2025" in str(caught.value)
    assert counts(app) == (1, 1, 2, 2, 3, 3)


def test_the_same_document_in_another_package_is_a_duplicate_too(app):
    first = receive_as(app, edoc()).document
    again = edoc(priority="1")  # other bytes, same DocumentId
    with pytest.raises(DuplicateDocument) as caught:
        receive_as(app, again)
    assert caught.value.existing_id == first.id
    assert counts(app)[:2] == (1, 1)


# --- revoke, update, replace --------------------------------------------------------------------


def test_revoke_closes_the_earlier_document_and_cancels_its_tasks(app):
    doc = receive_as(app, sample("edoc_new")).document.id
    direct(app, doc, lead="P1", co=["P2"])
    delegate_task = open_task(app, "tp1", "delegate", doc)
    result = receive_as(app, sample("edoc_revocation"))
    assert (result.action, result.document.id, result.package.target_document_id) == ("revoked", doc, doc)
    assert status(app, doc) == "revoked"
    assert task_rows(app, doc) == []
    assert [t[-1] for t in task_rows(app, doc, state=None)] == ["completed", "cancelled", "cancelled"]
    assert events(app, doc)[-1] == ("vt", "interchange", "revoke", None)
    with app.unit_of_work() as uow:
        [event] = [e for e in documents.document_history(uow, users.get_by_username(uow, "kt"), doc)
                   if e.action == "revoke"]
        assert '"reason": "Thu hồi văn bản điện tử"' in event.data and '"cancelled_tasks": 2' in event.data
    with pytest.raises(Conflict):  # the head's task went with it
        with app.unit_of_work(write=True) as uow:
            tasks.complete_task(uow, users.get_by_username(uow, "tp1"), delegate_task, {"assignee": "cv1a"})
    with pytest.raises(Conflict) as caught:  # revoked once is enough
        receive_as(app, edoc_revocation_again())
    assert "thu hồi" in str(caught.value)
    assert outbox_codes(app, doc) == ["01", "03", "04"]


def edoc_revocation_again() -> bytes:
    """The revocation sample with other bytes (a different trace time): not the same package."""
    return sample("edoc_revocation").replace(b"2018/09/28 00:00:00", b"2018/09/28 00:00:01", 1)


def test_update_changes_the_register_entry_and_keeps_the_history(app):
    doc = receive_as(app, sample("edoc_new")).document.id
    result = receive_as(app, sample("edoc_update"))
    assert (result.action, result.document.id) == ("updated", doc)
    updated = document(app, doc)
    assert (updated.issuer, updated.number, updated.issued_date.isoformat()) == (
        "Văn phòng Chính phủ", "7816/VPCP-TTĐT", "2018-09-28")
    assert updated.status == "assigning" and updated.incoming_number == 1
    assert events(app, doc)[-1] == ("vt", "interchange", "update", None)
    with app.unit_of_work() as uow:
        data = documents.document_history(uow, users.get_by_username(uow, "kt"), doc)[-1].data
    event = type("Event", (), {"data": data})
    assert '"number": ["74fass22/VPCP-TTĐT", "7816/VPCP-TTĐT"]' in event.data
    assert '"issued_date": ["2019-01-16", "2018-09-28"]' in event.data
    with app.unit_of_work() as uow:  # search finds it by its new number
        found = [d.id for d in documents.list_documents(uow, users.get_by_username(uow, "vt"), q="7816")]
    assert found == [doc]


def test_an_update_moves_the_duplicate_check_to_the_new_number(app):
    """The update recomputes the key registration checks duplicates by (one function for both)."""
    from tests.factories import register

    doc = receive_as(app, sample("edoc_new")).document.id
    receive_as(app, sample("edoc_update"))
    with pytest.raises(DuplicateDocument) as caught:  # the new identity, spelt differently, is taken
        register(app, issuer="VĂN PHÒNG CHÍNH PHỦ", number="7816 / VPCP-TTĐT", issued_date="2018-09-28")
    assert caught.value.existing_id == doc
    freed = register(app, issuer="UBND xã Hòa Tiến - UBND huyện Hòa Vang - Thành phố Đà Nẵng",
                     number="74fass22/VPCP-TTĐT", issued_date="2019-01-16")  # the old one is free again
    assert freed != doc


def test_an_update_moves_the_leaders_deadline(app):
    doc = receive_as(app, edoc(extra_header="<edXML:DueDate>2025/03/31</edXML:DueDate>")).document.id
    business = ("<edXML:TraceHeaderList><edXML:Bussiness><edXML:BussinessDocType>2</edXML:BussinessDocType>"
                "<edXML:BussinessDocReason>Sửa hạn</edXML:BussinessDocReason></edXML:Bussiness>"
                "</edXML:TraceHeaderList>")
    receive_as(app, edoc(extra_header="<edXML:DueDate>2025/04/15</edXML:DueDate>", trace=business,
                               subject="V/v báo cáo tình hình (sửa)"))
    updated = document(app, doc)
    assert (updated.due_date.isoformat(), updated.subject) == ("2025-04-15", "báo cáo tình hình (sửa)")
    assert task_rows(app, doc) == [("assign", None, None, "leader", "2025-04-15", "open")]


def test_replace_registers_the_new_document_linked_to_the_old_and_closes_the_old(app):
    old = receive_as(app, edoc(document_id=REPLACED_DOC, number="7806", notation="VPCP-TTĐT",
                                     date="2014/01/30")).document.id
    direct(app, old)
    result = receive_as(app, sample("edoc_replacement"))
    new = result.document.id
    assert result.action == "replaced" and [d.id for d in result.closed] == [old]  # listed twice, closed once
    assert result.package.target_document_id == old
    assert (status(app, old), status(app, new)) == ("replaced", "assigning")
    assert task_rows(app, old) == []
    assert events(app, old)[-1] == ("vt", "interchange", "replaced", None)
    assert events(app, new)[-1] == ("vt", "interchange", "replaces", None)
    assert document(app, new).incoming_number == 2
    assert outbox_codes(app, new) == ["01", "03"]


# --- refusing ----------------------------------------------------------------------------------


def test_refusing_a_package_answers_02_with_the_reason_and_registers_nothing(app):
    row = refuse_as(app, sample("edoc"), "Tệp đính kèm không đọc được, đề nghị gửi lại.")
    assert (row.outcome, row.document_id, row.sender_organ_id) == ("refused", None, "002.00.20.H13")
    with app.unit_of_work() as uow:
        [sent] = outbox.list_statuses(uow)
        pkg = parse_package(outbox.status_file(uow, sent).read_bytes())
        assert (sent.status_code, sent.document_id) == ("02", None)
    assert (pkg.status_code, pkg.description) == ("02", "Tệp đính kèm không đọc được, đề nghị gửi lại.")
    assert pkg.response_for[0].document_id == "9fbfbad2-f1f8-4256-a2eb-50fb1061cddb"
    assert counts(app) == (0, 1, 1, 1, 0, 0)
    with pytest.raises(Conflict):  # the same package refused twice
        refuse_as(app, sample("edoc"), "Lần nữa")
    assert counts(app) == (0, 1, 1, 1, 0, 0)


def test_a_refusal_needs_a_reason_and_a_clerk(app):
    with pytest.raises(ValidationFailed) as caught:
        refuse_as(app, sample("edoc_new"), "  ")
    assert list(caught.value.errors) == ["reason"]
    with pytest.raises(Forbidden):
        refuse_as(app, sample("edoc_new"), "Sai nơi nhận", username="kt")
    assert counts(app) == (0, 0, 0, 0, 0, 0)


def test_a_registered_document_cannot_be_refused_afterwards(app):
    doc = receive_as(app, sample("edoc_new")).document.id
    with pytest.raises(DuplicateDocument) as caught:
        refuse_as(app, sample("edoc_new"), "Sai nơi nhận")
    assert caught.value.existing_id == doc


def test_a_refused_package_may_come_again_and_be_registered(app):
    refuse_as(app, edoc(), "Thiếu chữ ký số")
    doc = receive_as(app, edoc()).document
    assert doc.incoming_number == 1 and outbox_codes(app, doc.id) == ["01", "03"]


# --- nothing half-saved --------------------------------------------------------------------------


def test_an_import_not_committed_leaves_no_row_and_no_file(app):
    with app.unit_of_work(write=True) as uow:
        receive.import_package(uow, users.get_by_username(uow, "vt"), sample("edoc_new"))
        uow.session.flush()
        assert (files_in(app, "outbox"), stored(app)) == (2, 3)
    assert counts(app) == (0, 0, 0, 0, 0, 0)


def test_a_failed_commit_takes_back_the_packages_files(app, monkeypatch):
    with app.unit_of_work(write=True) as uow:
        receive.import_package(uow, users.get_by_username(uow, "vt"), sample("edoc_new"))

        def failing_commit():
            raise OperationalError("COMMIT", {}, Exception("disk I/O error"))

        monkeypatch.setattr(uow.session, "commit", failing_commit)
        with pytest.raises(OperationalError):
            uow.commit()
    assert counts(app) == (0, 0, 0, 0, 0, 0)


def test_a_failure_after_the_files_were_staged_leaves_nothing(app, monkeypatch):
    """The files are staged before the registration; a refusal there (a header error) removes them."""
    with pytest.raises(ValidationFailed):
        receive_as(app, edoc(subject="", payload=base64.b64encode(pdf_bytes(["Báo cáo"])).decode(),
                             name="bao-cao.pdf", content_type="application/pdf"))
    assert counts(app) == (0, 0, 0, 0, 0, 0)


def test_files_of_kinds_not_kept_stay_inside_the_package_with_a_warning(app):
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("bao-cao.pdf", pdf_bytes(["Báo cáo quý"]))
        zf.writestr("chay-di.exe", b"MZ\x90\x00" + b"\x00" * 64)
        zf.writestr("bang-tinh.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    result = receive_as(app, edoc(payload=base64.b64encode(archive.getvalue()).decode()))
    with app.unit_of_work() as uow:
        kept = [(a.safe_name, a.media_type) for a in attachments.attachments_of(uow, result.document.id)]
    assert kept == [("goi-tin.edxml", "application/edxml+xml"), ("bao-cao.pdf", "application/pdf"),
                    ("bang-tinh.xls", "application/vnd.ms-excel")]
    assert any("chay-di.exe" in w and "goi-tin.edxml" in w for w in result.warnings)


def test_our_organ_id_picks_the_receiver_and_warns_when_the_package_is_not_for_us(app):
    from dataclasses import replace

    from engine import Docroute

    for organ, warned in (("000.00.00.G22", False), ("000.00.00.X99", True)):
        ours = Docroute(replace(app.settings, organ_id=organ), clock=app.clock)
        try:
            result = receive_as(ours, edoc(number=organ[-3:], document_id=f"000.00.00.H41,2025/03/07,{organ}"))
            assert result.package.receiver_organ_id == organ
            assert any("không gửi đến cơ quan này" in w for w in result.warnings) is warned
            with ours.unit_of_work() as uow:
                status = outbox.list_statuses(uow, package_id=result.package.id)[0]
                assert parse_package(outbox.status_file(uow, status).read_bytes()).from_organ.organ_id == organ
        finally:
            ours.dispose()
