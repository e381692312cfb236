"""Every official sample package reads with the values written in it."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from engine.clock import AGENCY_TZ
from engine.interchange import BusinessDocType, EdxmlError, ResponseFor, StatusCode, parse_package

from .builders import SAMPLES

VPCP_DOC = "000.00.00.G22,2015/09/30,7816/VPCP-TTĐT"
STATUS_SAMPLES = {
    "status": "01", "status_inbox__01": "01", "status_rejection_02": "02", "status_acceptance_03": "03",
    "status_assignment_04": "04", "status_processing_05": "05", "status_finish_06": "06",
    "status_cancellation_13": "13", "status_change-acceptance_15": "15", "status_change-rejection_16": "16",
}
EDOC_SAMPLES = {"edoc", "edoc_new", "edoc_update", "edoc_replacement", "edoc_revocation",
                "edoc_new.header_only", "edoc_update.header_only", "edoc_replacement.header_only",
                "edoc_revocation.header_only"}


def test_every_sample_is_covered():
    assert {p.name.removesuffix(".edxml") for p in SAMPLES.glob("*.edxml")} == EDOC_SAMPLES | set(STATUS_SAMPLES)


# --- document packages --------------------------------------------------------------------------


def test_edoc_new_is_refused_as_published_because_of_stray_bytes(sample):
    raw = sample("edoc_new")
    assert raw.startswith(b"1212<?xml")  # the published file has "1212" before its XML declaration
    with pytest.raises(EdxmlError) as caught:
        parse_package(raw)
    assert caught.value.code == "malformed"


def test_edoc_new_reads_once_the_stray_bytes_are_gone(sample):
    pkg = parse_package(sample("edoc_new")[4:])
    assert pkg.kind == "edoc"
    assert pkg.from_organ.organ_id == "002.00.20.H13"
    assert pkg.from_organ.organ_name == "UBND xã Hòa Tiến - UBND huyện Hòa Vang - Thành phố Đà Nẵng"
    assert pkg.from_organ.email == "vpcp@gov.vn" and pkg.from_organ.telephone == "8043100"
    assert [o.organ_id for o in pkg.to_organs] == ["28.22.H17"]
    assert pkg.to_organs[0].organization_in_charge == "UBND xã Hòa Sơn - UBND huyện Hòa Vang - Thành phố Đà Nẵng"
    assert pkg.document_id == VPCP_DOC
    assert (pkg.code.number, pkg.code.notation, pkg.number) == ("74fass22", "VPCP-TTĐT", "74fass22/VPCP-TTĐT")
    assert (pkg.promulgation_place, pkg.promulgation_date) == ("Hà Nội", dt.date(2019, 1, 16))
    assert (pkg.doc_type.type_code, pkg.doc_type.detail, pkg.doc_type.name) == ("1", "0", "Công văn")
    assert pkg.subject == pkg.content == "V/v kết nối, liên thông phần mềm quản lý văn bản"
    assert (pkg.signer.competence, pkg.signer.full_name) == ("TL. BO TRUONG", "Nguyen Thanh Phuc")
    assert pkg.signer.position == "Cuc truong cuc ung dung cong nghe thong tin"
    assert pkg.due_date == dt.date(2018, 9, 28)
    assert pkg.steering_type == "1"
    assert pkg.to_places == ("Cac bo va co quan ngang bo", "Uy ban nhan dan cac tinh, TP")
    info = pkg.other_info
    assert (info.priority, info.page_amount, info.promulgation_amount, info.direction) == (0, 22, 2, False)
    assert info.sphere_of_promulgation == "Liên thông văn bản quốc gia" and info.typer_notation == "TVC"
    assert info.appendixes == ("Công văn về việc kết nối, liên thông phần mềm quản lý văn bản",)
    assert pkg.urgency == "normal"
    assert pkg.traces[0].organ_id == "000.00.00.G22"
    assert pkg.traces[0].timestamp == dt.datetime(2018, 9, 28, 0, 0, tzinfo=AGENCY_TZ)
    business = pkg.business
    assert business.doc_type is BusinessDocType.NEW and business.reason == "Văn bản điện tử mới"
    assert business.document_id == "000.00.00.G22,2014/02/30,7806/VPCP-TTĐT" and business.paper == "0"
    assert (business.staff.staff, business.staff.department) == ("Nguyễn Thị Ngọc Trâm", "Văn thư văn phòng")
    assert pkg.affected_document_ids() == ()


def test_edoc_new_attachment_is_a_zip_holding_an_edxml_that_holds_a_pdf(sample):
    pkg = parse_package(sample("edoc_new")[4:])
    [attachment] = pkg.attachments
    assert (attachment.content_id, attachment.name) == ("cid:209", "1896_QD-TTg_m_294779.doc")
    assert attachment.content_type == "application/zip" and attachment.detected_type == "application/zip"
    assert attachment.description == "1896_QD-TTg_m_294779.doc"
    assert attachment.data.startswith(b"PK\x03\x04") and attachment.size == 270823
    [inner_file] = attachment.files
    assert inner_file.name == "32da2890-1a55-4ccd-9ac9-cd0d98559e67.edxml"
    assert inner_file.content_type == "application/xml" and len(inner_file.data) == 388347
    inner = parse_package(inner_file.data)  # the SDK zipped a whole package as the "attachment"
    assert inner.number == "34E31/PRO-TEST-CASE1" and inner.doc_type.name == "Thông tư"
    [pdf] = inner.attachments
    assert pdf.name == "GUIDE_INSTALL OPENVPN.SIGNED.PDF" and pdf.detected_type == "application/pdf"
    assert pdf.data.startswith(b"%PDF-1.5") and pdf.data.rstrip().endswith(b"%%EOF") and pdf.size == 284937


def test_edoc_new_registration_and_extraction_fields(sample):
    pkg = parse_package(sample("edoc_new")[4:])
    assert pkg.registration_fields() == {
        "issuer": "UBND xã Hòa Tiến - UBND huyện Hòa Vang - Thành phố Đà Nẵng",
        "number": "74fass22/VPCP-TTĐT",
        "issued_date": "2019-01-16",
        "doc_type": "Công văn",
        "subject": "V/v kết nối, liên thông phần mềm quản lý văn bản",
        "signer": "Nguyen Thanh Phuc",
        "urgency": "normal",
        "due_date": "2018-09-28",
    }
    extracted = pkg.extraction_fields()
    assert extracted["subject"] == "kết nối, liên thông phần mềm quản lý văn bản"
    assert extracted["recipients"] == ["UBND xã Hòa Sơn - UBND huyện Hòa Vang - Thành phố Đà Nẵng"]
    assert (extracted["signer_title"], extracted["signing_authority"]) == (pkg.signer.position, "TL. BO TRUONG")
    assert extracted["urgency"] is None and extracted["stamp"] is None and extracted["issuer_parent"] is None
    assert extracted["deadlines"] == [{"date": "2018-09-28", "text": "Hạn xử lý (DueDate)"}]


def test_edoc_new_oddities_are_warned_not_refused(sample):
    warnings = " | ".join(parse_package(sample("edoc_new")[4:]).warnings)
    assert "2014/02/30" in warnings  # a related-document id with 30 February
    assert "khác cơ quan gửi 002.00.20.H13" in warnings  # DocumentId names another agency
    assert "khác số ký hiệu 74fass22/VPCP-TTĐT" in warnings
    assert "Hạn xử lý 28/09/2018 trước ngày ban hành 16/01/2019" in warnings


def test_minimal_edoc_headers_read_but_its_placeholder_attachment_is_refused(sample):
    raw = sample("edoc")
    with pytest.raises(EdxmlError) as caught:
        parse_package(raw)  # its payload is a JMeter placeholder: ${__StringFromFile(test.txt,,,)}
    assert caught.value.code == "bad_attachment"
    pkg = parse_package(raw, decode_attachments=False)
    assert pkg.kind == "edoc" and pkg.number == "12234555512/PRO-TEST-CASE1"
    assert pkg.document_id == "9fbfbad2-f1f8-4256-a2eb-50fb1061cddb"
    assert pkg.promulgation_date == dt.date(2019, 1, 17) and pkg.due_date == dt.date(2018, 6, 25)
    assert (pkg.doc_type.name, pkg.subject) == ("Thông tư", "Văn bản liên thông chỉ đạo - 190701")
    assert pkg.content == "test gửi liên thông vpcp"
    assert (pkg.signer.competence, pkg.signer.position, pkg.signer.full_name) == ("Quyền 1", "Bộ trưởng",
                                                                                 "Trương Minh Tuấn")
    assert [o.organ_id for o in pkg.to_organs] == ["000.00.15.H51"]
    assert pkg.other_info.sphere_of_promulgation == "Lưu hành nội bộ" and pkg.other_info.page_amount == 2
    assert pkg.response_for == ()  # an empty ResponseFor placeholder is no reference
    assert pkg.business is None and pkg.business_type is BusinessDocType.NEW
    assert pkg.traces[0].timestamp == dt.datetime(2018, 6, 20, 16, 35, 56, tzinfo=AGENCY_TZ)
    [attachment] = pkg.attachments
    assert (attachment.name, attachment.content_type, attachment.description) == (
        "GUIDE_INSTALL OPENVPN.SIGNED.PDF", "application/pdf", "Description 1")
    assert attachment.data is None


@pytest.mark.parametrize("name, business_type, reason", [
    ("edoc_update", BusinessDocType.UPDATE, "Cập nhật văn bản điện tử"),
    ("edoc_replacement", BusinessDocType.REPLACE, "Văn bản thay thế"),
    ("edoc_revocation", BusinessDocType.REVOKE, "Thu hồi văn bản điện tử"),
])
def test_business_packages(sample, name, business_type, reason):
    pkg = parse_package(sample(name))
    assert pkg.kind == "edoc" and pkg.business.doc_type is business_type and pkg.business.reason == reason
    assert pkg.business_type is business_type
    assert pkg.from_organ.organ_id == "000.00.00.G22" and pkg.from_organ.organ_name == "Văn phòng Chính phủ"
    assert [o.organ_id for o in pkg.to_organs] == ["000.00.00.H41", "000.00.00.H14", "000.00.00.G17"]
    assert pkg.number == "7816/VPCP-TTĐT" and pkg.promulgation_date == dt.date(2018, 9, 28)
    assert pkg.document_id == VPCP_DOC
    [attachment] = pkg.attachments
    assert attachment.detected_type == "application/zip" and attachment.size > 200_000
    [inner] = attachment.files
    assert inner.name.endswith(".edxml") and parse_package(inner.data).attachments[0].data.startswith(b"%PDF")


def test_update_lists_the_changed_receivers(sample):
    business = parse_package(sample("edoc_update")).business
    assert (business.document_info_changed, business.receivers_changed) == ("1", "1")
    assert [(r.organ_id, r.receiver_type) for r in business.receivers] == [("000.00.00.H41", "0"),
                                                                           ("000.00.00.H14", "1")]


def test_replacement_names_the_replaced_documents(sample):
    pkg = parse_package(sample("edoc_replacement"))
    replaced = pkg.business.replacements
    assert len(replaced) == 2 and replaced[0] == replaced[1]  # the sample lists the same one twice
    assert replaced[0].document_id == "000.00.00.G22,2014/01/30,7806/VPCP-TTĐT"
    assert replaced[0].organ_ids == ("000.00.00.H41", "000.00.00.H14")
    assert pkg.affected_document_ids() == ("000.00.00.G22,2014/01/30,7806/VPCP-TTĐT",)


def test_revocation_acts_on_its_own_document_id_and_cites_a_reply(sample):
    pkg = parse_package(sample("edoc_revocation"))
    assert pkg.affected_document_ids() == (VPCP_DOC,)
    assert pkg.response_for == (ResponseFor("000.00.00.H14", "267/VPCP-TTĐT", dt.date(2018, 9, 28),
                                            "000.00.04.G14,2012/08/06,267/VPCP-TTĐT"),)
    assert pkg.extraction_fields()["references"] == ["267/VPCP-TTĐT"]


@pytest.mark.parametrize("name", ["edoc_new", "edoc_update", "edoc_replacement", "edoc_revocation"])
def test_header_only_copies_read_like_the_full_packages(sample, name):
    full_raw = sample(name)
    full = parse_package(full_raw[full_raw.index(b"<?xml"):], decode_attachments=False)
    cut = parse_package(sample(f"{name}.header_only"), decode_attachments=False)
    assert replace(cut, attachments=()) == replace(full, attachments=())
    assert [(a.content_id, a.name) for a in cut.attachments] == [(a.content_id, a.name) for a in full.attachments]
    with pytest.raises(EdxmlError) as caught:  # "...[TRUNCATED base64 zip]..." is not base64
        parse_package(sample(f"{name}.header_only"))
    assert caught.value.code == "bad_attachment"


# --- status packages ----------------------------------------------------------------------------


@pytest.mark.parametrize("name, code", sorted(STATUS_SAMPLES.items()))
def test_status_samples(sample, name, code):
    pkg = parse_package(sample(name))
    assert pkg.kind == "status" and pkg.status_code == code and pkg.status is StatusCode(code)
    assert pkg.status_label == StatusCode(code).label
    assert pkg.to_organs == ()  # the samples carry no To
    [ref] = pkg.response_for
    assert ref.document_id == VPCP_DOC and ref.code == "7816/VPCP-TTĐT"
    assert pkg.description and pkg.staff.staff and pkg.timestamp.tzinfo is AGENCY_TZ
    assert pkg.attachments == () and pkg.subject is None
    with pytest.raises(EdxmlError) as caught:
        pkg.registration_fields()
    assert caught.value.code == "not_document"


def test_status_sample_details(sample):
    arrived = parse_package(sample("status_inbox__01"))
    assert arrived.from_organ.organ_id == "000.00.00.H41" and arrived.from_organ.organ_name == "UBND Tỉnh Nghệ An"
    assert arrived.response_for[0] == ResponseFor("000.00.00.G22", "7816/VPCP-TTĐT", dt.date(2015, 9, 30), VPCP_DOC)
    assert arrived.timestamp == dt.datetime(2015, 9, 20, 11, 8, 36, tzinfo=AGENCY_TZ)
    assert (arrived.staff.department, arrived.staff.staff) == ("Phong hanh chinh", "Nguyen thi ngoc tram")
    assert (arrived.staff.mobile, arrived.staff.email) == ("84912000001", "ngoctram@nghean.vn")
    assert arrived.description.startswith("Văn thư - Phòng Văn thư - Lưu trữ: Đã đến")
    refused = parse_package(sample("status_rejection_02"))
    assert refused.description.endswith("Từ chối không tiếp nhận văn bản điện tử")
    assert parse_package(sample("status_assignment_04")).description == "Lãnh đạo: Phân công xử lý"
    take_back = parse_package(sample("status_cancellation_13"))  # sent by the issuer, about the receiver's copy
    assert take_back.from_organ.organ_id == "000.00.00.G22" and take_back.response_for[0].organ_id == "000.00.00.H41"


def test_generic_status_sample_has_a_date_that_disagrees_with_its_document_id(sample):
    pkg = parse_package(sample("status"))
    assert pkg.response_for[0].promulgation_date == dt.date(2018, 9, 28)
    assert pkg.timestamp == dt.datetime(2018, 9, 28, 17, 25, 11, tzinfo=AGENCY_TZ)
    assert pkg.staff.staff == "Nguyễn Thị Ngọc Trâm"
    assert any("2015/09/30" in w for w in pkg.warnings)
