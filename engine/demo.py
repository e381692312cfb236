"""``docroute demo``: a demo organisation and the five seed letters at different points of routing.

The organisation is the receiving agency of seed 000 (its incoming stamp reads "Trung tâm Y tế
Giang Thành"). The letters are registered with what a careful clerk reads off them
(shared/spec/seed-letters.gold.json) and moved along through the real services, as the right
people, so that whoever logs in finds real work waiting:

=====  ===================  =============================================================
seed   number               where it stands
=====  ===================  =============================================================
002    66/KH-UBND           filed by the director in 2020 (another province's plan)
004    106/VP-KGVX          completed on time in February 2021, after one return at review
000    620/SYT-NVY          in progress at five units: review, proposals (one overdue and
                            returned once), a head still to delegate
001    462/BC-UBND          every unit's result approved; waiting for the deputy director
003    4950/VP-KGVX         urgent (Khẩn), received today, waiting for a leader's direction
=====  ===================  =============================================================

Deadlines are counted from the app's clock (``app.clock.today()``), so some tasks are due in a
day or two and one is overdue whenever the demo is loaded. Each step is stamped with a plausible
moment (the clerk registers before the leader directs, and so on), never later than now.

Running it again changes nothing: the organisation file is loaded idempotently, and a letter
already registered is left as it is. Each letter is registered and moved along in one unit of
work, so a letter is either there with its whole story or not at all.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from .app import Docroute
from .clock import AGENCY_TZ, FixedClock
from .errors import DuplicateDocument
from .persistence.uow import UnitOfWork
from .services import documents, organisation, tasks, users

PASSWORD = "demo123"
AGENCY = "Trung tâm Y tế Giang Thành"

DEPARTMENTS = [
    ("BGD", "Ban Giám đốc"),
    ("KHNV", "Phòng Kế hoạch - Nghiệp vụ"),
    ("TCHC", "Phòng Tổ chức - Hành chính"),
    ("TCKT", "Phòng Tài chính - Kế toán"),
    ("KSBT", "Khoa Kiểm soát bệnh tật"),
    ("KB", "Khoa Khám bệnh"),
    ("DTTB", "Khoa Dược - Trang thiết bị"),
]

# username, full name, roles, department, label (what the demo prints)
PEOPLE = [
    ("vanthu", "Trần Thị Ngọc Hân", ["clerk"], "TCHC", "Văn thư (clerk)"),
    ("giamdoc", "Lê Văn Thành", ["leader"], "BGD", "Giám đốc (leader)"),
    ("phogiamdoc", "Nguyễn Thị Kim Loan", ["leader"], "BGD", "Phó Giám đốc (leader)"),
    ("tp_khnv", "Phạm Minh Tuấn", ["head"], "KHNV", "Trưởng phòng KH-NV (head)"),
    ("cv_khnv1", "Nguyễn Hoàng Nam", ["staff"], "KHNV", "Chuyên viên KH-NV (staff)"),
    ("cv_khnv2", "Lý Thị Bích Ngọc", ["staff"], "KHNV", "Chuyên viên KH-NV (staff)"),
    ("tp_tchc", "Huỳnh Thị Mỹ Linh", ["head"], "TCHC", "Trưởng phòng TC-HC (head)"),
    ("cv_tchc", "Dương Văn Lợi", ["staff"], "TCHC", "Chuyên viên TC-HC (staff)"),
    ("tp_tckt", "Đặng Văn Hùng", ["head"], "TCKT", "Trưởng phòng TC-KT (head)"),
    ("cv_tckt1", "Trần Quốc Việt", ["staff"], "TCKT", "Kế toán viên TC-KT (staff)"),
    ("cv_tckt2", "Phan Thị Thanh Tâm", ["staff"], "TCKT", "Kế toán viên TC-KT (staff)"),
    ("tk_ksbt", "Võ Thanh Phong", ["head"], "KSBT", "Trưởng khoa KSBT (head)"),
    ("cv_ksbt", "Châu Thị Diễm", ["staff"], "KSBT", "Nhân viên khoa KSBT (staff)"),
    ("tk_kb", "Lâm Quốc Bảo", ["head"], "KB", "Trưởng khoa Khám bệnh (head)"),
    ("cv_kb", "Tô Minh Khang", ["staff"], "KB", "Nhân viên khoa Khám bệnh (staff)"),
    ("tk_dttb", "Trương Thị Hồng Nhung", ["head"], "DTTB", "Trưởng khoa Dược - TTB (head)"),
    ("cv_dttb", "Hồ Thị Kiều Oanh", ["staff"], "DTTB", "Nhân viên khoa Dược - TTB (staff)"),
    ("kiemtra", "Mai Văn Sang", ["auditor"], "TCHC", "Kiểm tra (auditor)"),
    ("quantri", "Kha Minh Trí", ["admin"], "TCHC", "Quản trị (admin)"),
]


def organisation_file() -> dict:
    """The demo organisation in the format of ``docroute load-org`` (api.md)."""
    return {
        "organization": {"name": AGENCY},
        "departments": [{"code": code, "name": name} for code, name in DEPARTMENTS],
        "users": [{"username": u, "full_name": n, "password": PASSWORD, "roles": r, "department": d}
                  for u, n, r, d, _label in PEOPLE],
    }


def logins() -> list[dict]:
    return [{"username": u, "password": PASSWORD, "label": label} for u, _n, _r, _d, label in PEOPLE]


# -- time ---------------------------------------------------------------------------------

def _vn(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A moment of the agency's working day, as UTC."""
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=AGENCY_TZ).astimezone(dt.timezone.utc)


def _working_days_before(day: dt.date, n: int) -> dt.date:
    while n > 0:
        day -= dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def _vn_date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


@dataclass
class _Story:
    """One letter's way through the routing: who did what, when."""

    app: Docroute
    uow: UnitOfWork
    now: dt.datetime
    document_id: int | None = None

    def at(self, when: dt.datetime) -> _Story:
        """Stamp the following steps with ``when`` (never later than now)."""
        self.uow.clock = FixedClock(min(when, self.now))
        return self

    def register(self, clerk: str, data: dict) -> None:
        doc = documents.register_document(self.uow, users.get_by_username(self.uow, clerk), data)
        self.document_id = doc.id

    def do(self, username: str, step: str, data: dict, *, department: str | None = None) -> None:
        user = users.get_by_username(self.uow, username)
        found = [t for t, d in tasks.open_tasks(self.uow, user)
                 if d.id == self.document_id and t.step == step
                 and (department is None or (t.department is not None and t.department.code == department))]
        if not found:
            raise RuntimeError(f"demo: {username} has no open {step} task on document {self.document_id}")
        tasks.complete_task(self.uow, user, found[0].id, data)


@contextmanager
def _story(app: Docroute) -> Iterator[_Story]:
    """One letter in one unit of work: all of it is saved, or none."""
    with app.unit_of_work(write=True) as uow:
        yield _Story(app, uow, app.clock.now())
        uow.commit()


# -- the letters ------------------------------------------------------------------------------
# The issuer as a clerk writes it: the issuing body followed by its parent (gold: issuer + issuer_parent).

LETTERS = {
    "000": dict(issuer="Sở Y tế tỉnh Kiên Giang", number="620/SYT-NVY",
                issued_date="2025-03-11", doc_type="Công văn", signer="Nguyễn Thị Bích Hạnh",
                issuer_parent="UBND tỉnh Kiên Giang", signer_title="Phó Giám đốc", signing_authority="KT. Giám đốc",
                recipients=["Các cơ sở khám bệnh, chữa bệnh trong tỉnh"],
                subject="tiếp tục triển khai thực hiện Kế hoạch số 55/KH-UBND ngày 18/3/2021 của UBND "
                        "tỉnh Kiên Giang, năm 2025"),
    "001": dict(issuer="UBND tỉnh Kiên Giang", number="462/BC-UBND", issued_date="2021-12-13",
                doc_type="Báo cáo", signer="Nguyễn Lưu Trung", recipients=["Bộ Khoa học và Công nghệ"],
                subject="Kết quả thực hiện Nghị quyết số 50/NQ-CP ngày 17/4/2020 của Chính phủ ban hành "
                        "Chương trình hành động thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ "
                        "Chính trị về một số chủ trương, chính sách chủ động tham gia cuộc cách mạng công "
                        "nghiệp lần thứ tư và Chỉ thị số 16/CT-TTg ngày 04/5/2017 về việc tăng cường năng "
                        "lực tiếp cận cuộc cách mạng công nghiệp lần thứ tư."),
    "002": dict(issuer="UBND tỉnh Quảng Ngãi", number="66/KH-UBND", issued_date="2020-05-18",
                doc_type="Kế hoạch", signer="Trần Ngọc Căng", signer_title="Chủ tịch",
                subject="Thực hiện Nghị quyết số 50/NQ-CP ngày 17/4/2020 của Chính phủ và Kế hoạch số "
                        "271-KH/TU ngày 27/3/2020 của Ban Thường vụ Tỉnh ủy về một số chủ trương, chính "
                        "sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư"),
    "003": dict(issuer="Văn phòng UBND tỉnh Kiên Giang", number="4950/VP-KGVX",
                issued_date="2022-06-24", doc_type="Công văn", signer="Thái Thị Duy Quyên",
                signer_title="Phó Chánh Văn phòng", signing_authority="KT. Chánh Văn phòng",
                recipients=["Sở Thông tin và Truyền thông"],
                subject="tham mưu triển khai Nghị quyết số 22-NQ/TU ngày 08-6-2022 của Ban Thường vụ Tỉnh "
                        "ủy về chuyển đổi số tỉnh Kiên Giang đến năm 2025 và định hướng đến năm 2030."),
    "004": dict(issuer="Văn phòng UBND tỉnh Kiên Giang", number="106/VP-KGVX",
                issued_date="2021-01-07", doc_type="Công văn", signer="Đỗ Thị Lệ Hảo",
                signer_title="Phó Chánh Văn phòng", signing_authority="KT. Chánh Văn phòng",
                recipients=["Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông"],
                subject="tham mưu thực hiện Chương trình hành động số 01-CTr/TU ngày 07/12/2020 của "
                        "Tỉnh ủy."),
}


def _letter(seed: str, **extra) -> dict:
    data = dict(LETTERS[seed])
    data.update({k: v.isoformat() if isinstance(v, dt.date) else v for k, v in extra.items()})
    return data


def _filed_002(s: _Story, today: dt.date) -> None:
    """2020: another province's plan, sent for reference. The director files it."""
    received = dt.date(2020, 5, 25)
    s.at(_vn(received, 8, 15)).register("vanthu", _letter("002", received_date=received))
    s.at(_vn(received, 14, 30)).do("giamdoc", "assign", {
        "decision": "file",
        "directive": "Kế hoạch của UBND tỉnh Quảng Ngãi gửi để tham khảo, đơn vị không phải xử lý. "
                     "Văn thư lưu vào hồ sơ chuyển đổi số, cách mạng công nghiệp lần thứ tư."})


def _completed_004(s: _Story, today: dt.date) -> None:
    """2021: handled by KH-NV with TC-HC, one proposal returned once, approved before the deadline."""
    received = dt.date(2021, 1, 11)
    s.at(_vn(received, 7, 45)).register("vanthu", _letter("004", received_date=received,
                                                          due_date=dt.date(2021, 2, 28)))
    s.at(_vn(dt.date(2021, 1, 12), 9, 0)).do("giamdoc", "assign", {
        "lead": "KHNV", "co": ["TCHC"], "info": ["KSBT"], "deadline": "2021-02-19",
        "directive": "Giao Phòng KH-NV chủ trì, phối hợp Phòng TC-HC nghiên cứu Chương trình hành động "
                     "số 01-CTr/TU, tham mưu Ban Giám đốc dự thảo kế hoạch của Trung tâm về chủ động "
                     "tham gia cuộc Cách mạng công nghiệp lần thứ tư; trình trước ngày 19/02/2021. "
                     "Khoa KSBT biết để phối hợp khi có yêu cầu."})
    s.at(_vn(dt.date(2021, 1, 12), 14, 0)).do("tp_khnv", "delegate", {
        "assignee": "cv_khnv1", "deadline": "2021-02-05",
        "note": "Em dự thảo kế hoạch, bám sát các nhiệm vụ ngành y tế trong Chương trình 01."})
    s.at(_vn(dt.date(2021, 1, 13), 8, 30)).do("tp_tchc", "delegate", {
        "assignee": "cv_tchc", "deadline": "2021-02-05",
        "note": "Rà soát hạ tầng công nghệ thông tin, gửi số liệu cho Phòng KH-NV."})
    s.at(_vn(dt.date(2021, 1, 27), 10, 0)).do("cv_tchc", "propose", {
        "proposal": "Đã rà soát: 42 máy trạm, 1 máy chủ, đường truyền 100 Mbps; đề xuất nâng cấp máy "
                    "chủ và triển khai phần mềm quản lý văn bản điện tử trong năm 2021."})
    s.at(_vn(dt.date(2021, 1, 28), 8, 0)).do("tp_tchc", "review", {
        "decision": "approve", "comment": "Đồng ý, chuyển Phòng KH-NV tổng hợp."})
    s.at(_vn(dt.date(2021, 2, 1), 15, 0)).do("cv_khnv1", "propose", {
        "proposal": "Dự thảo Kế hoạch thực hiện Chương trình 01-CTr/TU tại Trung tâm: 5 nhóm nhiệm vụ, "
                    "lộ trình 2021-2025 (bệnh án điện tử, hồ sơ sức khỏe, thanh toán không dùng tiền mặt)."})
    s.at(_vn(dt.date(2021, 2, 2), 9, 30)).do("tp_khnv", "review", {
        "decision": "return", "comment": "Bổ sung dự toán kinh phí từng nhiệm vụ và đơn vị chủ trì."})
    s.at(_vn(dt.date(2021, 2, 4), 16, 0)).do("cv_khnv1", "propose", {
        "proposal": "Đã bổ sung dự toán kinh phí (phối hợp Phòng TC-KT) và phân công đơn vị chủ trì "
                    "từng nhiệm vụ; kính trình."})
    s.at(_vn(dt.date(2021, 2, 5), 8, 15)).do("tp_khnv", "review", {
        "decision": "approve", "comment": "Đạt, trình Giám đốc."})
    s.at(_vn(dt.date(2021, 2, 18), 10, 0)).do("giamdoc", "approve", {
        "decision": "approve", "comment": "Duyệt. Phòng TC-HC trình ký ban hành kế hoạch."})


def _in_progress_000(s: _Story, today: dt.date) -> None:
    """The letter of the stamp (số đến 467 on paper, 11/3/2025). Directed on 12/3/2025 (handling
    slip); this year's report is due in a few days and the five units stand at different steps."""
    received = dt.date(2025, 3, 11)
    deadline = today + dt.timedelta(days=4)
    s.at(_vn(received, 9, 10)).register("vanthu", _letter("000", received_date=received))
    s.at(_vn(dt.date(2025, 3, 12), 8, 30)).do("giamdoc", "assign", {
        "lead": "KHNV", "co": ["TCKT", "KSBT", "KB", "DTTB"], "info": ["TCHC"], "deadline": deadline,
        "directive": "Giao Phòng KH-NV chủ trì, phối hợp Phòng TC-KT, Khoa KSBT, Khoa Khám bệnh, Khoa "
                     "Dược - TTB tham mưu triển khai tiết 7 và 8 phần VI phụ lục Kế hoạch số 55/KH-UBND; "
                     "định kỳ tổng hợp báo cáo Sở Y tế (qua phòng Nghiệp vụ Y). Báo cáo năm "
                     f"{deadline.year} trình Ban Giám đốc trước ngày {_vn_date(deadline)}. "
                     "Phòng TC-HC biết."})
    ten_days, six_days = _working_days_before(today, 10), _working_days_before(today, 6)
    two_days, yesterday = _working_days_before(today, 2), _working_days_before(today, 1)
    # KH-NV (lead): the proposal is in; the head is to review it.
    s.at(_vn(ten_days, 8, 0)).do("tp_khnv", "delegate", {
        "assignee": "cv_khnv2", "deadline": today + dt.timedelta(days=1),
        "note": "Chủ trì tổng hợp báo cáo năm; lấy số liệu các khoa, phòng phối hợp."})
    s.at(_vn(yesterday, 16, 20)).do("cv_khnv2", "propose", {
        "proposal": "Dự thảo báo cáo kết quả triển khai tiết 7, 8 phần VI Kế hoạch 55/KH-UBND: đã triển "
                    "khai bệnh án điện tử tại Khoa Khám bệnh, kết nối liên thông đơn thuốc quốc gia; "
                    "đề nghị Ban Giám đốc ký gửi Sở Y tế."})
    # TC-KT: proposal returned once, now overdue.
    s.at(_vn(ten_days, 9, 30)).do("tp_tckt", "delegate", {
        "assignee": "cv_tckt1", "deadline": today - dt.timedelta(days=2),
        "note": "Tổng hợp kinh phí đã chi cho ứng dụng công nghệ thông tin trong năm."})
    s.at(_vn(six_days, 10, 0)).do("cv_tckt1", "propose", {
        "proposal": "Tổng kinh phí ứng dụng CNTT năm nay: 1.250 triệu đồng (nguồn sự nghiệp y tế)."})
    s.at(_vn(six_days, 15, 45)).do("tp_tckt", "review", {
        "decision": "return", "comment": "Tách riêng nguồn thu dịch vụ và nguồn ngân sách; kèm bảng chi tiết."})
    # KSBT: the head has not yet given it to anyone.
    # Khám bệnh: with a staff member, due in two days.
    s.at(_vn(two_days, 8, 40)).do("tk_kb", "delegate", {
        "assignee": "cv_kb", "deadline": today + dt.timedelta(days=2),
        "note": "Báo cáo số ca khám có bệnh án điện tử, tỷ lệ kê đơn điện tử."})
    # Dược - TTB: the head keeps it.
    s.at(_vn(two_days, 14, 0)).do("tk_dttb", "delegate", {
        "assignee": "tk_dttb", "deadline": today + dt.timedelta(days=3),
        "note": "Tôi trực tiếp xử lý."})


def _awaiting_approval_001(s: _Story, today: dt.date) -> None:
    """Received last week; both units' results approved; the deputy director is to approve."""
    received = _working_days_before(today, 9)
    deadline = today + dt.timedelta(days=1)
    s.at(_vn(received, 8, 5)).register("vanthu", _letter("001", received_date=received))
    s.at(_vn(received, 15, 0)).do("phogiamdoc", "assign", {
        "lead": "TCHC", "co": ["DTTB"], "deadline": deadline,
        "directive": "Giao Phòng TC-HC chủ trì, phối hợp Khoa Dược - TTB nghiên cứu báo cáo, đề xuất "
                     "các nội dung chuyển đổi số Trung tâm cần thực hiện trong năm tới (hạ tầng, thiết "
                     f"bị); trình trước ngày {_vn_date(deadline)}."})
    day2, day5 = _working_days_before(today, 8), _working_days_before(today, 5)
    s.at(_vn(day2, 8, 30)).do("tp_tchc", "delegate", {
        "assignee": "cv_tchc", "deadline": _working_days_before(today, 3), "note": "Em dự thảo đề xuất."})
    s.at(_vn(day2, 10, 0)).do("tk_dttb", "delegate", {
        "assignee": "cv_dttb", "deadline": _working_days_before(today, 3),
        "note": "Rà soát danh mục thiết bị cần số hóa."})
    s.at(_vn(day5, 9, 0)).do("cv_dttb", "propose", {
        "proposal": "Đề xuất mua 02 máy quét tài liệu và kết nối máy xét nghiệm với phần mềm HIS."})
    s.at(_vn(day5, 14, 0)).do("tk_dttb", "review", {"decision": "approve", "comment": "Đồng ý."})
    s.at(_vn(_working_days_before(today, 4), 10, 30)).do("cv_tchc", "propose", {
        "proposal": "Đề xuất: nâng cấp đường truyền, triển khai chữ ký số cho lãnh đạo và văn thư, số "
                    "hóa hồ sơ lưu trữ 2015-2020; tổng hợp đề xuất của Khoa Dược - TTB."})
    s.at(_vn(_working_days_before(today, 3), 8, 0)).do("tp_tchc", "review", {
        "decision": "approve", "comment": "Đạt, trình Phó Giám đốc."})


def _awaiting_assignment_003(s: _Story, today: dt.date) -> None:
    """Urgent (Khẩn), received this morning, due in two days: waiting for a leader's direction."""
    s.at(_vn(today, 7, 40)).register("vanthu", _letter(
        "003", received_date=today, urgency="khan", due_date=today + dt.timedelta(days=2)))


STORIES: list[tuple[str, Callable[[_Story, dt.date], None]]] = [
    ("002", _filed_002),
    ("004", _completed_004),
    ("000", _in_progress_000),
    ("001", _awaiting_approval_001),
    ("003", _awaiting_assignment_003),
]


def load_demo(app: Docroute) -> list[dict]:
    """Load the demo organisation and letters (idempotent); return the logins to print."""
    with app.unit_of_work(write=True) as uow:
        organisation.load_organisation(uow, organisation_file())
        uow.commit()
    today = app.clock.today()
    for _seed, tell in STORIES:
        try:
            with _story(app) as story:
                tell(story, today)
        except DuplicateDocument:
            continue  # registered by an earlier run: left as it is
    return logins()
