"""Where the official samples are, and small edXML packages and zips made to order for the tests."""
from __future__ import annotations

import base64
import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "edxml"  # the official samples, unmodified


def edoc_bytes(*, payload: str | None = None, name: str = "van-ban.zip", content_type: str = "application/zip",
               priority: str = "0", extra_header: str = "") -> bytes:
    """A minimal, well-formed document package in the samples' layout; one attachment if ``payload`` is given."""
    reference = "" if payload is None else (
        f"<edXML:Reference><edXML:ContentId>cid:1</edXML:ContentId>"
        f"<edXML:AttachmentName>{escape(name)}</edXML:AttachmentName></edXML:Reference>")
    attachment = "" if payload is None else f"""
  <AttachmentEncoded>
    <Attachment>
      <ContentId>cid:1</ContentId>
      <AttachmentName>{escape(name)}</AttachmentName>
      <ContentType>{content_type}</ContentType>
      <edXML:ContentTransferEncoded xmlns:edXML="{NS}">{payload}</edXML:ContentTransferEncoded>
    </Attachment>
  </AttachmentEncoded>"""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<edXML xmlns="{NS}">
  <edXML:edXMLEnvelope xmlns:edXML="{NS}">
    <edXML:edXMLHeader>
      <edXML:MessageHeader>
        <edXML:From>
          <edXML:OrganId>000.00.00.H41</edXML:OrganId><edXML:OrganName>UBND Tỉnh Nghệ An</edXML:OrganName>
        </edXML:From>
        <edXML:To>
          <edXML:OrganId>000.00.00.G22</edXML:OrganId><edXML:OrganName>Văn phòng Chính phủ</edXML:OrganName>
        </edXML:To>
        <edXML:DocumentId>000.00.00.H41,2025/03/11,620/UBND-VX</edXML:DocumentId>
        <edXML:Code>
          <edXML:CodeNumber>620</edXML:CodeNumber><edXML:CodeNotation>UBND-VX</edXML:CodeNotation>
        </edXML:Code>
        <edXML:PromulgationInfo>
          <edXML:Place>Vinh</edXML:Place><edXML:PromulgationDate>2025/03/11</edXML:PromulgationDate>
        </edXML:PromulgationInfo>
        <edXML:DocumentType>
          <edXML:Type>1</edXML:Type><edXML:TypeName>Công văn</edXML:TypeName>
        </edXML:DocumentType>
        <edXML:Subject>V/v báo cáo tình hình</edXML:Subject>
        <edXML:OtherInfo><edXML:Priority>{priority}</edXML:Priority></edXML:OtherInfo>
        {extra_header}
      </edXML:MessageHeader>
    </edXML:edXMLHeader>
    <edXML:edXMLBody>
      <edXML:edXMLManifest version="1.0">
        {reference}
      </edXML:edXMLManifest>
    </edXML:edXMLBody>
  </edXML:edXMLEnvelope>{attachment}
</edXML>
""".encode()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()
