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
               priority: str = "0", extra_header: str = "", document_id: str = "000.00.00.H41,2025/03/11,620/UBND-VX",
               number: str = "620", notation: str = "UBND-VX", date: str = "2025/03/11",
               to_organ: str = "000.00.00.G22", subject: str = "V/v báo cáo tình hình", trace: str = "") -> bytes:
    """A minimal, well-formed document package in the samples' layout; one attachment if ``payload`` is given.

    ``trace`` goes after the MessageHeader (a ``TraceHeaderList`` with a ``Bussiness`` block).
    """
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
          <edXML:OrganId>{to_organ}</edXML:OrganId><edXML:OrganName>Văn phòng Chính phủ</edXML:OrganName>
        </edXML:To>
        <edXML:DocumentId>{escape(document_id)}</edXML:DocumentId>
        <edXML:Code>
          <edXML:CodeNumber>{escape(number)}</edXML:CodeNumber><edXML:CodeNotation>{escape(notation)}</edXML:CodeNotation>
        </edXML:Code>
        <edXML:PromulgationInfo>
          <edXML:Place>Vinh</edXML:Place><edXML:PromulgationDate>{date}</edXML:PromulgationDate>
        </edXML:PromulgationInfo>
        <edXML:DocumentType>
          <edXML:Type>1</edXML:Type><edXML:TypeName>Công văn</edXML:TypeName>
        </edXML:DocumentType>
        <edXML:Subject>{escape(subject)}</edXML:Subject>
        <edXML:OtherInfo><edXML:Priority>{priority}</edXML:Priority></edXML:OtherInfo>
        {extra_header}
      </edXML:MessageHeader>
      {trace}
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
