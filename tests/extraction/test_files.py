"""File inputs: encodings of .txt, .docx (python-docx), text PDFs (pypdf), scans via OCR, unsupported types."""
from pathlib import Path

import pytest

from engine.extraction import (ExtractionError, OcrUnavailableError, UnsupportedFormatError,
                               extract_file, ocr, readers, register_structured_reader)
from tests.support import require

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
LEFT = ["UBND TỈNH KIÊN GIANG", "SỞ Y TẾ", "", "Số: 620/SYT-NVY", "V/v tiếp tục triển khai thực hiện",
        "Kế hoạch số 55/KH-UBND"]
RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
         "Kiên Giang, ngày 11 tháng 3 năm 2025"]
BODY = ["Kính gửi: Các cơ sở khám bệnh, chữa bệnh trong tỉnh.", "",
        "Sở Y tế đề nghị các đơn vị báo cáo kết quả trước ngày 30/11/2025."]
SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Nguyễn Thị Bích Hạnh"]


def assert_key_fields(got):
    assert got["doc_type"] == "Công văn"
    assert got["number"] == "620/SYT-NVY"
    assert got["issued_date"] == "2025-03-11"
    assert (got["issuer"], got["issuer_parent"]) == ("Sở Y tế", "UBND tỉnh Kiên Giang")
    assert got["subject"] == "tiếp tục triển khai thực hiện Kế hoạch số 55/KH-UBND"
    assert [d["date"] for d in got["deadlines"]] == ["2025-11-30"]
    assert got["signer"] == "Nguyễn Thị Bích Hạnh"


def plain_letter() -> str:
    return "\n".join(LEFT + [""] + RIGHT + [""] + BODY + [""] + SIGN) + "\n"


def _cp1258(text: str) -> bytes:
    """Windows-1258 writes tone marks as combining characters after the (precomposed) vowel."""
    import unicodedata
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        out.append(unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
                   + "".join(c for c in d if c in tones))
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258"])
def test_text_files_in_common_encodings(tmp_path, encoding):
    f = tmp_path / "letter.txt"
    f.write_bytes(_cp1258(plain_letter()) if encoding == "cp1258" else plain_letter().encode(encoding))
    assert_key_fields(extract_file(f))


def _header_table(container, **width) -> None:
    """The letter's two-column header as a table in *container* (the body, or a page header)."""
    table = container.add_table(rows=1, cols=2, **width)
    table.cell(0, 0).text = "\n".join(LEFT)
    table.cell(0, 1).text = "\n".join(RIGHT)


def _saved(document, tmp_path: Path) -> Path:
    """The document with the letter's body and signature after what it holds, saved."""
    for line in BODY + SIGN:
        document.add_paragraph(line)
    f = tmp_path / "letter.docx"
    document.save(f)
    return f


def test_docx_with_a_two_column_header_table(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    _header_table(document)
    assert_key_fields(extract_file(_saved(document, tmp_path)))


@pytest.mark.parametrize("by", ["run", "style", "based-on style"])
def test_docx_whose_letterhead_is_typed_small_and_set_in_capitals_by_its_font(tmp_path, by):
    """A template's letterhead and motto typed 'Ủy ban nhân dân huyện …' and printed in capitals by 'All Caps' (on the
    run, or on its paragraph's style, or on the style that one is based on): read as printed."""
    docx = pytest.importorskip("docx")
    from docx.enum.style import WD_STYLE_TYPE
    document = docx.Document()
    letterhead = document.styles.add_style("Letterhead", WD_STYLE_TYPE.PARAGRAPH)
    if by == "based-on style":
        letterhead.base_style = document.styles.add_style("Capitals", WD_STYLE_TYPE.PARAGRAPH)
        letterhead.base_style.font.all_caps = True
    else:
        letterhead.font.all_caps = by == "style"
    table = document.add_table(rows=1, cols=2)
    cells = {0: ["Ủy ban nhân dân huyện Giang Thành", "Phòng Y tế", "Số: 45/PYT"],
             1: ["Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc",
                 "Giang Thành, ngày 11 tháng 3 năm 2025"]}
    for column, lines in cells.items():
        cell = table.cell(0, column)
        for i, line in enumerate(lines):
            para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            run = para.add_run(line)
            if i < 2:  # (the number and the date line as typed)
                para.style = letterhead
                run.font.all_caps = True if by == "run" else None
    document.add_paragraph("V/v báo cáo công tác phòng, chống dịch bệnh")
    f = _saved(document, tmp_path)
    text = readers.read_docx(f)
    assert "ỦY BAN NHÂN DÂN HUYỆN GIANG THÀNH" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Số: 45/PYT" in text and "Giang Thành, ngày 11 tháng 3 năm 2025" in text
    got = extract_file(f)
    assert (got["number"], got["issued_date"]) == ("45/PYT", "2025-03-11")
    assert (got["issuer"], got["issuer_parent"]) == ("Phòng Y tế", "UBND huyện Giang Thành")


def test_docx_run_with_all_caps_turned_off_in_a_capitals_style_stays_as_typed(tmp_path):
    docx = pytest.importorskip("docx")
    from docx.enum.style import WD_STYLE_TYPE
    document = docx.Document()
    style = document.styles.add_style("Letterhead", WD_STYLE_TYPE.PARAGRAPH)
    style.font.all_caps = True
    para = document.add_paragraph(style=style)
    para.add_run("Sở Y tế ")
    para.add_run("kính gửi").font.all_caps = False
    f = tmp_path / "letter.docx"
    document.save(f)
    assert readers.read_docx(f).strip() == "SỞ Y TẾ kính gửi"


@pytest.mark.parametrize("first_page_only", [True, False])
def test_docx_whose_letterhead_is_in_the_page_header(tmp_path, first_page_only):
    """A template sets the header table in the first page's header (or every page's): the body alone had no
    number, date or subject."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = first_page_only
    _header_table(section.first_page_header if first_page_only else section.header, width=docx.shared.Inches(6.5))
    if first_page_only:
        section.header.paragraphs[0].text = "2"  # the other pages' header: a page number
    assert_key_fields(extract_file(_saved(document, tmp_path)))


def test_docx_whose_page_header_is_a_running_title_reads_the_body_alone(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "CÔNG BÁO/Số 123 + 124/Ngày 20-3-2025"
    _header_table(document)
    f = _saved(document, tmp_path)
    assert "CÔNG BÁO" not in readers.read_docx(f)
    assert_key_fields(extract_file(f))


def _text_box(lines: list[str]):
    """A run holding a text box as Word writes it: a drawing, and the same box again as a VML fallback."""
    from docx.oxml import parse_xml
    ps = "".join(f"<w:p><w:r><w:t xml:space='preserve'>{line}</w:t></w:r></w:p>" for line in lines)
    return parse_xml(
        "<w:r xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
        "xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006' "
        "xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape' "
        "xmlns:v='urn:schemas-microsoft-com:vml'><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wps:wsp>"
        f"<wps:txbx><w:txbxContent>{ps}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback>"
        f"<w:pict><v:shape><v:textbox><w:txbxContent>{ps}</w:txbxContent></v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>")


def test_docx_whose_letterhead_is_drawn_in_text_boxes(tmp_path):
    """The two header cells drawn as text boxes anchored in the first paragraph: each box read once, in place."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    anchor = document.add_paragraph()
    anchor._p.append(_text_box(LEFT))
    anchor._p.append(_text_box(RIGHT))
    f = _saved(document, tmp_path)
    assert readers.read_docx(f).count("SỞ Y TẾ") == 1
    assert_key_fields(extract_file(f))


def test_docx_whose_number_and_subject_are_a_templates_content_controls(tmp_path):
    """An office's template keeps the number (inside the 'Số:' line) and the subject (a block of its own) in
    content controls; python-docx's paragraph text left them out ('Số: ')."""
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml
    w = "xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'"
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    left = table.cell(0, 0)
    left.text = "\n".join(LEFT[:3])
    number = left.add_paragraph("Số: ")
    number._p.append(parse_xml(f"<w:sdt {w}><w:sdtPr/><w:sdtContent><w:r><w:t>620/SYT-NVY</w:t></w:r>"
                               "</w:sdtContent></w:sdt>"))
    left._tc.append(parse_xml(f"<w:sdt {w}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>{LEFT[4]}</w:t></w:r></w:p>"
                              f"<w:p><w:r><w:t>{LEFT[5]}</w:t></w:r></w:p></w:sdtContent></w:sdt>"))
    table.cell(0, 1).text = "\n".join(RIGHT)
    assert_key_fields(extract_file(_saved(document, tmp_path)))


def _pdf(path: Path) -> Path:
    pytest.importorskip("reportlab")
    require(FONT.exists(), "DejaVu fonts (fonts-dejavu-core) are not installed")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("DejaVu", 11)
    for i, line in enumerate(LEFT):
        c.drawString(50, 800 - i * 16, line)
    for i, line in enumerate(RIGHT):
        c.drawString(300, 800 - i * 16, line)
    for j, line in enumerate(BODY):
        c.drawString(60, 680 - j * 16, line)
    for j, line in enumerate(SIGN):
        c.drawString(330, 600 - j * 16, line)
    c.save()
    return path


def test_text_pdf(tmp_path):
    assert_key_fields(extract_file(_pdf(tmp_path / "letter.pdf")))


def _encrypted(path: Path, user_password: str, algorithm: str) -> Path:
    from pypdf import PdfReader, PdfWriter
    writer = PdfWriter()
    for page in PdfReader(path).pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="chu-so-huu", algorithm=algorithm)
    out = path.with_name(f"protected-{algorithm}.pdf")
    writer.write(out)
    return out


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_a_pdf_protected_against_editing_is_read(tmp_path, algorithm):
    """Many official PDFs carry an owner password (no editing, no copying) and open without one; pypdf needed
    its crypto extra for AES, and without it the registration form answered 500."""
    assert_key_fields(extract_file(_encrypted(_pdf(tmp_path / "letter.pdf"), "", algorithm)))


def test_a_pdf_that_needs_a_password_to_open_is_told_so(tmp_path):
    with pytest.raises(ExtractionError, match="mật khẩu"):
        extract_file(_encrypted(_pdf(tmp_path / "letter.pdf"), "mo-tep", "AES-256"))


def _scan(path: Path) -> Path:
    from PIL import Image, ImageDraw, ImageFont
    require(FONT.exists(), "DejaVu fonts (fonts-dejavu-core) are not installed")
    font = ImageFont.truetype(str(FONT), 30)
    img = Image.new("L", (2480, 1300), 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(LEFT):
        draw.text((150, 120 + i * 50), line, font=font, fill=0)
    for i, line in enumerate(RIGHT):
        draw.text((1250, 120 + i * 50), line, font=font, fill=0)
    for j, line in enumerate(BODY):
        draw.text((250, 520 + j * 50), line, font=font, fill=0)
    for j, line in enumerate(SIGN):
        draw.text((1500, 800 + j * 50), line, font=font, fill=0)
    img.save(path)
    return path


@pytest.mark.slow
def test_scanned_image_through_ocr(tmp_path):
    pytest.importorskip("PIL")
    require(ocr.available(), "tesseract-ocr, tesseract-ocr-vie or poppler-utils is not installed")
    assert_key_fields(extract_file(_scan(tmp_path / "scan.png")))


@pytest.mark.slow
def test_scanned_pdf_through_pdftoppm_and_ocr(tmp_path):
    pytest.importorskip("PIL")
    require(ocr.available(), "tesseract-ocr, tesseract-ocr-vie or poppler-utils is not installed")
    from PIL import Image
    png = _scan(tmp_path / "scan.png")
    pdf = tmp_path / "scan.pdf"
    Image.open(png).convert("RGB").save(pdf, resolution=300)
    assert_key_fields(extract_file(pdf))


def test_missing_ocr_tools_give_a_clear_bilingual_error(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr.shutil, "which", lambda tool: None)
    img = tmp_path / "scan.png"
    img.write_bytes(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(OcrUnavailableError) as err:
        extract_file(img)
    assert "tesseract-ocr-vie" in str(err.value) and "chưa cài" in str(err.value)
    assert isinstance(err.value, ExtractionError)


def test_edxml_packages_are_read_from_their_header():
    got = extract_file(Path(__file__).parent.parent / "fixtures" / "edxml" / "edoc_update.edxml")
    assert got["number"] == "7816/VPCP-TTĐT" and got["issued_date"] == "2018-09-28"
    assert got["doc_type"] == "Công văn" and got["subject"]


def test_a_registered_reader_takes_its_suffix(tmp_path, monkeypatch):
    f = tmp_path / "package.edxml"
    f.write_text("<edXML/>", encoding="utf-8")
    monkeypatch.setattr(readers, "STRUCTURED_READERS", {})
    register_structured_reader(".edxml", lambda p: {"number": "1/X-Y", "ignored": True})
    got = extract_file(f)
    assert got["number"] == "1/X-Y" and "ignored" not in got and got["references"] == []


def test_unknown_and_missing_files(tmp_path):
    f = tmp_path / "letter.xyz"
    f.write_text("x", encoding="utf-8")
    with pytest.raises(UnsupportedFormatError):
        extract_file(f)
    with pytest.raises(ExtractionError):
        extract_file(tmp_path / "nope.txt")


def test_the_engine_package_does_not_import_flask():
    import subprocess
    import sys
    code = ("import sys, engine.extraction as e; e.extract_text('Số: 1/UBND-VP');"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('flask', 'webapp', 'forms')];"
            "print(bad); sys.exit(1 if bad else 0)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert run.returncode == 0, run.stdout + run.stderr
