"""Untrusted packages that must be refused with a clear code, quickly, touching nothing outside."""
from __future__ import annotations

import time

import pytest

from engine.interchange import EdxmlError, XmlLimits, parse_package, parse_untrusted

from .builders import NS, b64, edoc_bytes

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE edXML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"><Subject>&xxe;</Subject></edXML>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">&lol9;</edXML>"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE edXML SYSTEM "http://127.0.0.1:9/evil.dtd">
<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"/>"""

PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE edXML [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote;]>
<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"/>"""


def refused(data: bytes, **kwargs) -> EdxmlError:
    started = time.monotonic()
    with pytest.raises(EdxmlError) as caught:
        parse_package(data, **kwargs)
    assert time.monotonic() - started < 5, "refusing must be quick"
    error = caught.value
    assert error.message_vi and error.message_en and " / " in str(error)
    return error


@pytest.mark.parametrize("data", [XXE, BILLION_LAUGHS, EXTERNAL_DTD, PARAMETER_ENTITY],
                         ids=["xxe-file", "billion-laughs", "external-dtd", "parameter-entity"])
def test_doctype_attacks_are_hostile(data):
    error = refused(data)
    assert error.code == "hostile"
    assert "root:" not in str(error)


def test_xxe_message_names_the_danger():
    error = refused(XXE)
    assert "ENTITY" in error.message_en and "XXE" in error.message_vi


def test_doctype_hidden_behind_a_long_prolog_is_still_refused():
    padded = b'<?xml version="1.0"?>\n<!--' + b"x" * (2 * 1024 * 1024) + b"-->\n" + XXE.split(b"\n", 1)[1]
    assert refused(padded).code == "hostile"


def test_utf16_encoded_xxe_is_refused():
    data = XXE.decode().replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16")
    assert refused(data).code == "hostile"


def test_deep_nesting_and_element_floods_are_hostile():
    assert refused(b"<a>" * 5000 + b"</a>" * 5000).code == "hostile"
    flood = f'<edXML xmlns="{NS}">'.encode() + b"<x/>" * 1000 + b"</edXML>"
    with pytest.raises(EdxmlError) as caught:
        parse_untrusted(flood, XmlLimits(max_elements=500))
    assert caught.value.code == "hostile"


def test_xinclude_is_not_processed():
    data = (f'<edXML xmlns="{NS}" xmlns:xi="http://www.w3.org/2001/XInclude">'
            '<xi:include href="file:///etc/passwd" parse="text"/></edXML>').encode()
    root = parse_untrusted(data)
    assert "root:" not in (root[0].text or "") and root[0].get("href") == "file:///etc/passwd"


def test_oversize_is_refused_before_parsing():
    error = refused(edoc_bytes(), xml_limits=XmlLimits(max_bytes=100))
    assert error.code == "too_large" and "100" in error.message_en


def test_default_limit_is_50_mb():
    too_big = b"<" + b" " * (50 * 1024 * 1024)
    assert refused(too_big).code == "too_large"


@pytest.mark.parametrize("data", [b"", b"   \n", b"%PDF-1.7 binary", b"\x00\x01\x02\xff", b"just text",
                                  b"<edXML><unclosed></edXML>", b"<a/><b/>", b"<a>&undefined;</a>"],
                         ids=["empty", "blank", "pdf", "binary", "text", "unclosed", "two-roots", "undefined-entity"])
def test_not_xml_is_malformed(data):
    assert refused(data).code == "malformed"


def test_truncated_package_is_malformed():
    data = edoc_bytes()
    assert refused(data[: len(data) // 2]).code == "malformed"


@pytest.mark.parametrize("data", [
    b'<edXML xmlns="urn:someone-else"><edXMLEnvelope/></edXML>',
    b"<edXML><edXMLEnvelope/></edXML>",
    f'<Envelope xmlns="{NS}"/>'.encode(),
    b'<?xml version="1.0"?><html><body>hello</body></html>',
], ids=["other-namespace", "no-namespace", "wrong-root", "html"])
def test_wrong_root_or_namespace_is_not_edxml(data):
    assert refused(data).code == "not_edxml"


def test_missing_envelope_parts_are_not_edxml():
    assert refused(f'<edXML xmlns="{NS}"/>'.encode()).code == "not_edxml"
    no_header = f'<edXML xmlns="{NS}"><edXMLEnvelope><edXMLBody/></edXMLEnvelope></edXML>'.encode()
    assert "edXMLHeader" in refused(no_header).message_en
    neither = (f'<edXML xmlns="{NS}"><edXMLEnvelope><edXMLHeader><MessageHeader><From><OrganId>X</OrganId></From>'
               "</MessageHeader></edXMLHeader></edXMLEnvelope></edXML>").encode()
    assert refused(neither).code == "not_edxml"


def test_missing_sender_or_status_code_is_incomplete():
    no_sender = edoc_bytes().replace(b"<edXML:OrganId>000.00.00.H41</edXML:OrganId>", b"")
    assert refused(no_sender).code == "incomplete"
    status = (f'<edXML xmlns="{NS}"><edXMLEnvelope><edXMLHeader><MessageHeader><From><OrganId>X</OrganId></From>'
              "<ResponseFor><DocumentId>A,2025/01/01,1/B</DocumentId></ResponseFor><StatusCode> </StatusCode>"
              "</MessageHeader></edXMLHeader></edXMLEnvelope></edXML>").encode()
    assert refused(status).code == "incomplete"
    no_ref = status.replace(b"<StatusCode> </StatusCode>", b"<StatusCode>01</StatusCode>").replace(
        b"<DocumentId>A,2025/01/01,1/B</DocumentId>", b"")
    assert refused(no_ref).code == "incomplete"


@pytest.mark.parametrize("payload", ["not base64 at all!", "QUJD*", "QUJDRA=", "${__StringFromFile(test.txt,,,)}", "",
                                     "   \n  "], ids=["words", "bad-char", "bad-padding", "jmeter", "empty", "blank"])
def test_malformed_or_empty_base64_is_a_bad_attachment(payload):
    error = refused(edoc_bytes(payload=payload))
    assert error.code == "bad_attachment" and "van-ban.zip" in error.message_en


def test_wrapped_base64_is_fine():
    encoded = b64(b"%PDF-1.4\n" + b"x" * 300)
    wrapped = "\r\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76))
    [attachment] = parse_package(edoc_bytes(payload=wrapped, name="a.pdf")).attachments
    assert attachment.detected_type == "application/pdf"


def test_doctype_quoted_inside_the_document_is_just_text():
    data = edoc_bytes().replace("V/v báo cáo tình hình".encode(), b"<![CDATA[<!DOCTYPE x [<!ENTITY a 'b'>]>]]>")
    assert parse_package(data).subject == "<!DOCTYPE x [<!ENTITY a 'b'>]>"
