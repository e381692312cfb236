"""The leader's direction form starts from what the letter and its record say: the handling
deadline the clerk recorded (else the first the letter sets) and a direction written into the
letter ('Giao … chủ trì, phối hợp với …'); the leader changes them freely."""
from __future__ import annotations

from engine.services import documents, users
from tests.engine.test_attachments import stage
from tests.factories import document_data, open_task, register
from tests.support.samples import docx_bytes

LETTER = [
    "UBND TỈNH KIÊN GIANG", "SỞ Y TẾ", "Số: 512/SYT-NVY", "V/v triển khai tiêm chủng mở rộng",
    "Kiên Giang, ngày 03 tháng 3 năm 2025", "Kính gửi: Trung tâm Y tế Giang Thành",
    "Giao Khoa Kiểm soát bệnh tật chủ trì, phối hợp với Khoa Khám bệnh triển khai, "
    "báo cáo kết quả về Sở Y tế trước ngày 30/11/2025.",
    "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Nguyễn Văn An",
]


def register_letter(app, **overrides) -> int:
    staged = stage(app, docx_bytes(LETTER), "cv-512-syt.docx")
    with app.unit_of_work(write=True) as uow:
        doc = documents.register_document(uow, users.get_by_username(uow, "vt"),
                                          document_data(**overrides), [staged])
        uow.commit()
        return doc.id


def form_values(page) -> tuple[list[str], str]:
    tree = page.tree
    return (tree.xpath('//input[@name="deadline"]/@value'),
            "".join(tree.xpath('//textarea[@name="directive"]/text()')).strip())


def test_the_letter_s_deadline_and_direction_fill_the_form(web, engine_app):
    doc = register_letter(engine_app)
    page = web("gd").get(f"/tasks/{open_task(engine_app, 'gd', 'assign', doc)}")
    deadline, directive = form_values(page)
    assert deadline == ["30/11/2025"]
    assert directive == "Giao Khoa Kiểm soát bệnh tật chủ trì, phối hợp với Khoa Khám bệnh."


def test_the_recorded_handling_deadline_comes_before_the_letter_s(web, engine_app):
    doc = register_letter(engine_app, due_date="2025-04-15")
    deadline, _ = form_values(web("gd").get(f"/tasks/{open_task(engine_app, 'gd', 'assign', doc)}"))
    assert deadline == ["15/04/2025"]
    # A letter registered without its text: only the record's deadline, no direction.
    plain = register(engine_app, due_date="2025-05-20")
    deadline, directive = form_values(web("gd").get(f"/tasks/{open_task(engine_app, 'gd', 'assign', plain)}"))
    assert deadline == ["20/05/2025"] and directive == ""


def chosen_departments(page) -> tuple[list[str], list[str]]:
    tree = page.tree
    return (tree.xpath('//select[@name="lead"]/option[@selected]/@value'),
            tree.xpath('//input[@name="co"][@checked]/@value'))


def test_the_departments_the_letter_names_are_chosen_when_they_are_ours(web, engine_app):
    """'Phòng số 1' and 'Phòng Số 2' are this agency's P1 and P2; 'Sở Tài chính' is another agency."""
    letter = LETTER[:6] + ["Giao Phòng số 1 chủ trì, phối hợp với Phòng Số 2, Sở Tài chính thực hiện."] + LETTER[7:]
    staged = stage(engine_app, docx_bytes(letter), "cv-512-syt.docx")
    with engine_app.unit_of_work(write=True) as uow:
        doc = documents.register_document(uow, users.get_by_username(uow, "vt"), document_data(), [staged]).id
        uow.commit()
    lead, co = chosen_departments(web("gd").get(f"/tasks/{open_task(engine_app, 'gd', 'assign', doc)}"))
    assert lead == ["P1"] and co == ["P2"]


def test_bodies_of_other_agencies_choose_nothing(web, engine_app):
    doc = register_letter(engine_app)  # Khoa Kiểm soát bệnh tật: not a department of the test agency
    lead, co = chosen_departments(web("gd").get(f"/tasks/{open_task(engine_app, 'gd', 'assign', doc)}"))
    assert lead == [""] and co == []  # the blank "choose the lead department" stays chosen
