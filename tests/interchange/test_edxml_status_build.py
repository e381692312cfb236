"""Status packages we send back: same layout as the official samples, read back unchanged."""
from __future__ import annotations

import datetime as dt

import pytest
from lxml import etree

from engine.clock import AGENCY_TZ
from engine.errors import ValidationFailed
from engine.interchange import (NS, STATUS_LABELS, EdxmlError, Organ, ResponseFor, StaffInfo, StatusCode,
                                build_status_package, parse_package)

US = Organ("000.00.00.H41", "UBND Tỉnh Nghệ An", "UBND Tỉnh Nghệ An", "Số 03, đường Trường Thi, Thành phố Vinh",
           "nghean@gov.vn", "0383 840418", "0383 843049", "www.nghean.vn")
SENDER = Organ("000.00.00.G22", "Văn phòng Chính phủ")
DOC = ResponseFor("000.00.00.G22", "7816/VPCP-TTĐT", dt.date(2015, 9, 30), "000.00.00.G22,2015/09/30,7816/VPCP-TTĐT")
CLERK = StaffInfo("Văn thư văn phòng", "Nguyễn Thị Ngọc Trâm", "vanthu@nghean.gov.vn", "84912000001")
AT = dt.datetime(2025, 3, 11, 9, 30, 5, tzinfo=AGENCY_TZ)


def build(**overrides) -> bytes:
    args = {"from_organ": US, "to_organ": SENDER, "response_for": DOC, "status_code": StatusCode.ARRIVED,
            "timestamp": AT, "staff": CLERK}
    return build_status_package(**(args | overrides))


@pytest.mark.parametrize("code", ["01", "02", "03", "04", "05", "06", "13", "15", "16"])
def test_round_trip(code):
    reason = "Lý do: gửi nhầm đơn vị" if StatusCode(code) in (StatusCode.REFUSED, StatusCode.TAKE_BACK_REQUESTED,
                                                               StatusCode.CHANGE_REFUSED) else None
    pkg = parse_package(build(status_code=code, description=reason))
    assert pkg.kind == "status" and pkg.status_code == code and pkg.status is StatusCode(code)
    assert pkg.description == (reason or STATUS_LABELS[StatusCode(code)])
    assert pkg.from_organ == US and pkg.to_organs == (SENDER,)
    assert pkg.response_for == (DOC,)
    assert pkg.staff == CLERK and pkg.timestamp == AT
    assert pkg.warnings == ()


def test_refusal_carries_its_reason():
    reason = "Gói tin sai địa chỉ: văn bản gửi Sở Y tế, không phải UBND tỉnh."
    pkg = parse_package(build(status_code=StatusCode.REFUSED, description=reason))
    assert pkg.status is StatusCode.REFUSED and pkg.description == reason and pkg.status_label == "Từ chối tiếp nhận"


@pytest.mark.parametrize("code", ["02", "13", "16"])
def test_refusals_need_a_reason(code):
    with pytest.raises(ValidationFailed) as caught:
        build(status_code=code, description="   ")
    assert "description" in caught.value.errors


def test_bad_input_is_refused_field_by_field():
    with pytest.raises(ValidationFailed) as caught:
        build(status_code="99", from_organ=Organ(""), response_for=ResponseFor(None, None, None, None))
    assert set(caught.value.errors) == {"status_code", "from_organ", "response_for"}


def test_single_digit_code_is_normalised():
    assert parse_package(build(status_code="4")).status_code == "04"


def test_layout_matches_the_official_samples(sample):
    ours = etree.fromstring(build(to_organ=None))
    theirs = etree.fromstring(sample("status_inbox__01"))
    assert ours.tag == theirs.tag == f"{{{NS}}}edXML" and ours.nsmap == {None: NS}
    assert ours[0].nsmap == {None: NS, "edXML": NS}
    assert etree.tostring(ours).count(b"<edXML:MessageHeader>") == 1

    def shape(root):
        header = root.find(f"{{{NS}}}edXMLEnvelope/{{{NS}}}edXMLHeader/{{{NS}}}MessageHeader")
        return [(etree.QName(child).localname, [etree.QName(c).localname for c in child]) for child in header
                if isinstance(child.tag, str)]

    ours_shape, theirs_shape = shape(ours), shape(theirs)
    assert [name for name, _ in ours_shape] == [name for name, _ in theirs_shape]
    assert dict(ours_shape)["ResponseFor"] == dict(theirs_shape)["ResponseFor"]
    assert sorted(dict(ours_shape)["From"]) == sorted(dict(theirs_shape)["From"])
    assert build().startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<edXML xmlns=')


def test_answering_a_received_sample(sample):
    received = parse_package(sample("edoc_update"))
    pkg = parse_package(build(to_organ=received.from_organ, response_for=received.reference(),
                              status_code=StatusCode.ACCEPTED))
    assert pkg.response_for == (ResponseFor("000.00.00.G22", "7816/VPCP-TTĐT", dt.date(2018, 9, 28),
                                            "000.00.00.G22,2015/09/30,7816/VPCP-TTĐT"),)
    assert pkg.to_organs[0].organ_id == "000.00.00.G22"


def test_text_is_escaped_and_cleaned():
    nasty = 'A <b> & "c" \x01 ]]> </edXML:Description>'
    pkg = parse_package(build(status_code="02", description=nasty, staff=StaffInfo(staff="Trần <Văn> B")))
    assert pkg.description == 'A <b> & "c"  ]]> </edXML:Description>'
    assert pkg.staff == StaffInfo(staff="Trần <Văn> B")


def test_timestamps_are_written_in_vietnamese_time():
    utc = dt.datetime(2025, 3, 11, 2, 30, 5, tzinfo=dt.timezone.utc)
    assert b"<edXML:Timestamp>2025/03/11 09:30:05</edXML:Timestamp>" in build(timestamp=utc)
    naive = dt.datetime(2025, 3, 11, 9, 30, 5)  # taken as already local
    assert parse_package(build(timestamp=naive)).timestamp == AT


def test_optional_parts_may_be_left_out():
    pkg = parse_package(build(to_organ=None, staff=None, from_organ=Organ("000.00.00.H41"),
                              response_for=ResponseFor(None, "7816/VPCP-TTĐT", None, None)))
    assert pkg.to_organs == () and pkg.staff is None and pkg.from_organ == Organ("000.00.00.H41")
    assert pkg.response_for == (ResponseFor(None, "7816/VPCP-TTĐT", None, None),)
    with pytest.raises(EdxmlError):
        pkg.reference()
