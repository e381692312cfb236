"""Attachment payloads: types read off the bytes, zips opened within limits, bombs refused."""
from __future__ import annotations

import io
import struct
import zipfile

import pytest

from engine.interchange import EdxmlError, ZipLimits, parse_package
from engine.interchange.attachments import DOCX, XLSX, sniff

from .builders import b64, edoc_bytes, zip_of

PDF = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 20
DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20
ODT = b"application/vnd.oasis.opendocument.text"
DOCX_BYTES = zip_of({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})


def only_attachment(data: bytes, **kwargs):
    [attachment] = parse_package(data, **kwargs).attachments
    return attachment


@pytest.mark.parametrize("data, name, expected", [
    (PDF, "x.bin", "application/pdf"),
    (PNG, "scan", "image/png"),
    (JPEG, "scan.pdf", "image/jpeg"),  # the bytes win over a misleading name
    (DOC, "cv.doc", "application/msword"),
    (DOC, "bang.xls", "application/vnd.ms-excel"),
    (DOCX_BYTES, "cv.zip", DOCX),
    (zip_of({"xl/workbook.xml": b"<workbook/>"}), "b.xlsx", XLSX),
    (zip_of({"mimetype": ODT}), "a.odt", ODT.decode()),
    (zip_of({"a.txt": b"hi"}), "a.doc", "application/zip"),
    (b'<?xml version="1.0"?><edXML/>', "x.edxml", "application/xml"),
    (b"plain words", "note.txt", "text/plain"),
    (b"\x01\x02\x03", "blob", "application/octet-stream"),
])
def test_sniff(data, name, expected):
    assert sniff(data, name) == expected


def test_plain_pdf_attachment_is_decoded_not_unzipped():
    attachment = only_attachment(edoc_bytes(payload=b64(PDF), name="cong-van.pdf", content_type="application/pdf"))
    assert attachment.data == PDF and attachment.detected_type == "application/pdf" and attachment.files == ()
    assert (attachment.content_id, attachment.name, attachment.content_type) == ("cid:1", "cong-van.pdf",
                                                                                 "application/pdf")


def test_docx_is_a_document_not_an_archive():
    attachment = only_attachment(edoc_bytes(payload=b64(DOCX_BYTES), name="du-thao.docx"))
    assert attachment.detected_type == DOCX and attachment.files == ()


def test_zip_payload_exposes_its_files_with_types_read_off_the_bytes():
    archive = zip_of({"Công văn 620.pdf": PDF, "phu-luc/bang.docx": DOCX_BYTES, "anh.png": PNG, "ghi-chu/": b""})
    attachment = only_attachment(edoc_bytes(payload=b64(archive)))
    assert attachment.detected_type == "application/zip"
    assert [(f.name, f.path, f.content_type) for f in attachment.files] == [
        ("Công văn 620.pdf", "Công văn 620.pdf", "application/pdf"),
        ("bang.docx", "phu-luc/bang.docx", DOCX),
        ("anh.png", "anh.png", "image/png"),
    ]
    assert attachment.files[0].data == PDF


def test_zip_member_names_cannot_climb_out():
    archive = zip_of({"../../etc/passwd": b"x", "..\\..\\win.ini": b"y", "/abs/path.pdf": PDF, "..": b"z"})
    names = [f.name for f in only_attachment(edoc_bytes(payload=b64(archive))).files]
    assert names == ["passwd", "win.ini", "path.pdf", "tep-dinh-kem"]
    assert all("/" not in n and "\\" not in n and n not in ("..", ".") for n in names)


def test_utf8_names_without_the_utf8_flag_are_recovered():
    # Windows zip tools write UTF-8 name bytes without the UTF-8 flag; Python then reads them as cp437.
    raw = _rename_first_entry(zip_of({"a.pdf": PDF}), "Tờ trình.pdf".encode("utf-8"))
    assert zipfile.ZipFile(io.BytesIO(raw)).namelist() != ["Tờ trình.pdf"]
    [member] = only_attachment(edoc_bytes(payload=b64(raw))).files
    assert member.name == "Tờ trình.pdf" and member.data == PDF


def _rename_first_entry(raw: bytes, new_name: bytes) -> bytes:
    """Rebuild a one-entry zip with ``new_name`` as raw name bytes and flag bit 11 (UTF-8) cleared."""
    info = zipfile.ZipFile(io.BytesIO(raw)).infolist()[0]
    data = raw[info.header_offset + 30 + len(info.filename):][: info.compress_size]
    local = struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, info.compress_type, 0, 0, info.CRC,
                        info.compress_size, info.file_size, len(new_name), 0) + new_name + data
    central = struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, info.compress_type, 0, 0, info.CRC,
                          info.compress_size, info.file_size, len(new_name), 0, 0, 0, 0, 0, 0) + new_name
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, 1, 1, len(central), len(local), 0)
    return local + central + end


def test_zip_bomb_is_refused_by_total_size():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        with archive.open("bom.bin", "w") as fh:
            chunk = b"\x00" * (1024 * 1024)
            for _ in range(210):  # 210 MB of zeros, under 1 MB zipped
                fh.write(chunk)
    bomb = buffer.getvalue()
    assert len(bomb) < 1024 * 1024
    with pytest.raises(EdxmlError) as caught:
        parse_package(edoc_bytes(payload=b64(bomb)))
    assert caught.value.code == "bad_attachment" and "zip bomb" in caught.value.message_en


def test_zip_limits_are_configurable():
    archive = zip_of({"a.bin": b"\x00" * 600_000, "b.bin": b"\x00" * 600_000})
    data = edoc_bytes(payload=b64(archive))
    with pytest.raises(EdxmlError) as caught:
        parse_package(data, zip_limits=ZipLimits(max_total_bytes=1_000_000))
    assert caught.value.code == "bad_attachment"
    assert len(only_attachment(data, zip_limits=ZipLimits(max_total_bytes=1_200_000)).files) == 2


def test_a_zip_whose_header_lies_about_sizes_is_refused():
    archive = bytearray(zip_of({"a.bin": b"\x00" * 2_000_000}))
    central = archive.index(b"PK\x01\x02")
    archive[central + 24: central + 28] = struct.pack("<I", 10)  # claim 10 bytes uncompressed
    with pytest.raises(EdxmlError) as caught:
        parse_package(edoc_bytes(payload=b64(bytes(archive))))
    assert caught.value.code == "bad_attachment"


def test_too_many_files_are_refused():
    archive = zip_of({f"f{i}.txt": b"x" for i in range(201)})
    with pytest.raises(EdxmlError) as caught:
        parse_package(edoc_bytes(payload=b64(archive)))
    assert caught.value.code == "bad_attachment" and "201" in caught.value.message_en


def test_encrypted_zip_is_refused():
    archive = bytearray(zip_of({"a.pdf": PDF}))
    central = archive.index(b"PK\x01\x02")
    archive[central + 8] |= 0x1
    archive[8] |= 0x1  # local header flag too
    with pytest.raises(EdxmlError) as caught:
        parse_package(edoc_bytes(payload=b64(bytes(archive))))
    assert caught.value.code == "bad_attachment" and "encrypted" in caught.value.message_en


def test_broken_zip_is_refused():
    with pytest.raises(EdxmlError) as caught:
        parse_package(edoc_bytes(payload=b64(b"PK\x03\x04" + b"\x00" * 40)))
    assert caught.value.code == "bad_attachment"


def test_nested_zip_is_listed_not_expanded():
    inner = zip_of({"a.pdf": PDF})
    [member] = only_attachment(edoc_bytes(payload=b64(zip_of({"inner.zip": inner})))).files
    assert member.content_type == "application/zip" and member.data == inner


def test_header_only_reading_skips_payloads():
    attachment = only_attachment(edoc_bytes(payload="not base64!"), decode_attachments=False)
    assert attachment.data is None and attachment.files == () and attachment.name == "van-ban.zip"


def test_manifest_and_payload_mismatches_are_warned():
    data = edoc_bytes(payload=b64(PDF)).replace(b"<ContentId>cid:1</ContentId>", b"<ContentId>cid:2</ContentId>")
    pkg = parse_package(data)
    assert len(pkg.attachments) == 1
    assert any("edXMLManifest" in w for w in pkg.warnings)
    assert any("không kèm nội dung" in w for w in pkg.warnings)
