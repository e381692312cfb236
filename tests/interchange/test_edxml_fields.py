"""Field mapping on packages made to order: urgency, registration body, text clean-up, timestamps."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from engine.clock import AGENCY_TZ
from engine.interchange import parse_package, split_document_id
from engine.interchange.codes import parse_date, parse_timestamp

from .builders import edoc_bytes


@pytest.mark.parametrize("priority, urgency", [("0", "normal"), ("1", "khan"), ("2", "thuong_khan"),
                                               ("3", "hoa_toc")])
def test_priority_maps_to_docroute_urgency(priority, urgency):
    pkg = parse_package(edoc_bytes(priority=priority))
    assert pkg.priority == int(priority) and pkg.urgency == urgency
    assert pkg.registration_fields()["urgency"] == urgency
    assert pkg.extraction_fields()["urgency"] == (None if urgency == "normal" else urgency)


@pytest.mark.parametrize("priority", ["7", "khẩn"])
def test_unknown_priority_is_normal_with_a_warning(priority):
    pkg = parse_package(edoc_bytes(priority=priority))
    assert pkg.urgency == "normal" and pkg.warnings


def test_registration_leaves_out_what_the_package_does_not_say():
    pkg = parse_package(edoc_bytes())
    assert pkg.registration_fields() == {"issuer": "UBND Tỉnh Nghệ An", "number": "620/UBND-VX",
                                         "issued_date": "2025-03-11", "doc_type": "Công văn",
                                         "subject": "V/v báo cáo tình hình", "urgency": "normal"}
    assert pkg.warnings == ()


def test_text_is_trimmed_and_nfc_normalised():
    decomposed = unicodedata.normalize("NFD", "  V/v Hỏa tốc  ")
    data = edoc_bytes().replace("V/v báo cáo tình hình".encode(), decomposed.encode())
    assert parse_package(data).subject == "V/v Hỏa tốc"


def test_reply_references_are_read():
    extra = ("<edXML:ResponseFor><edXML:OrganId>000.00.00.G22</edXML:OrganId><edXML:Code>55/KH-UBND</edXML:Code>"
             "<edXML:PromulgationDate>2021/03/18</edXML:PromulgationDate>"
             "<edXML:DocumentId>000.00.00.G22,2021/03/18,55/KH-UBND</edXML:DocumentId></edXML:ResponseFor>")
    pkg = parse_package(edoc_bytes(extra_header=extra))
    assert pkg.response_for[0].promulgation_date == dt.date(2021, 3, 18)
    assert pkg.extraction_fields()["references"] == ["55/KH-UBND"]


def test_due_date_goes_to_registration():
    pkg = parse_package(edoc_bytes(extra_header="<edXML:DueDate>2025/03/30</edXML:DueDate>"))
    assert pkg.registration_fields()["due_date"] == "2025-03-30"


def test_unreadable_dates_are_warned_and_left_empty():
    pkg = parse_package(edoc_bytes(extra_header="<edXML:DueDate>30 tháng 3</edXML:DueDate>"))
    assert pkg.due_date is None and "due_date" not in pkg.registration_fields()
    assert any("DueDate" in w for w in pkg.warnings)


@pytest.mark.parametrize("raw, expected", [("2025/03/11", dt.date(2025, 3, 11)), ("2025-3-1", dt.date(2025, 3, 1)),
                                           ("11/03/2025", dt.date(2025, 3, 11)), ("2014/02/30", None),
                                           ("", None), (None, None), ("soon", None)])
def test_parse_date(raw, expected):
    assert parse_date(raw) == expected


def test_parse_timestamp():
    assert parse_timestamp("2018/09/28 17:25:11") == dt.datetime(2018, 9, 28, 17, 25, 11, tzinfo=AGENCY_TZ)
    assert parse_timestamp("2018/09/28") == dt.datetime(2018, 9, 28, tzinfo=AGENCY_TZ)
    assert parse_timestamp("2018/09/28 25:00:00") is None


def test_split_document_id():
    assert split_document_id("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT") == ("000.00.00.G22", dt.date(2015, 9, 30),
                                                                            "7816/VPCP-TTĐT")
    assert split_document_id("9fbfbad2-f1f8-4256-a2eb-50fb1061cddb") is None
