"""The e-mail for one notification, in Vietnamese: what happened, which document, by when, where.

UTF-8 throughout: the subject and the names in From/To are RFC 2047 encoded words, the body is
``text/plain; charset=utf-8``, so diacritics arrive intact in any mail client.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from ..config import MailSettings
from ..persistence.models import IncomingDocument, Notification, Task, User

KIND_TITLE = {
    "task": "Việc mới",
    "info": "Văn bản để biết",
    "reminder": "Sắp đến hạn",
    "overdue": "Quá hạn",
    "returned": "Bị trả lại",
    "completed": "Đã hoàn thành",
    "extension": "Gia hạn",
}
STEP_TITLE = {
    "assign": "Phân công xử lý",
    "delegate": "Giao chuyên viên",
    "propose": "Dự thảo đề xuất",
    "review": "Xem xét đề xuất",
    "approve": "Duyệt kết quả",
    "extension": "Quyết định gia hạn",
    "report": "Báo cáo định kỳ",
}
URGENCY_TITLE = {"khan": "Khẩn", "thuong_khan": "Thượng khẩn", "hoa_toc": "Hỏa tốc"}
SUBJECT_MAX = 90


@dataclass(frozen=True)
class Letter:
    """What is sent: envelope sender and recipient, and the message as bytes ready for DATA."""

    recipient: str
    message: bytes


def holds(task: Task, user: User) -> bool:
    """Whether the task is the user's to do (its assignee, or offered to the user's role there)."""
    if task.assignee_id is not None:
        return task.assignee_id == user.id
    return user.has_role(task.candidate_role) and task.department_id in (None, user.department_id)


def _what(kind: str, task: Task | None, user: User) -> str:
    if task is not None and not holds(task, user):   # told about someone else's task (escalation)
        where = task.department.name if task.department is not None else "Đơn vị xử lý"
        if kind == "overdue":
            return f"{where} chưa xử lý xong văn bản dưới đây mà đã quá hạn."
        if kind == "reminder":
            return f"{where} chưa xử lý xong văn bản dưới đây và đã sắp đến hạn."
        task = None
    step = f"“{STEP_TITLE.get(task.step, task.step)}”" if task is not None else None
    if kind == "task":
        return f"Anh/Chị có việc mới cần xử lý: {step}." if step else "Anh/Chị có việc mới cần xử lý."
    if kind == "info":
        return "Văn bản dưới đây được chuyển đến đơn vị của Anh/Chị để biết."
    if kind == "reminder":
        return f"Việc {step} sắp đến hạn xử lý." if step else "Văn bản dưới đây sắp đến hạn xử lý."
    if kind == "overdue":
        return f"Việc {step} đã quá hạn xử lý." if step else "Văn bản dưới đây đã quá hạn xử lý."
    if kind == "returned":
        return (f"Việc {step} được trả lại cho Anh/Chị để xử lý lại." if step
                else "Văn bản dưới đây được trả lại cho Anh/Chị để xử lý lại.")
    if kind == "completed":
        return "Văn bản dưới đây đã được giải quyết xong."
    if kind == "extension":
        return (f"Anh/Chị có đề nghị gia hạn cần quyết định: {step}." if task is not None and task.step == "extension"
                else "Đề nghị gia hạn của Anh/Chị đã có quyết định.")
    return "Có thông báo mới về văn bản dưới đây."


def _date(value: dt.date | None) -> str | None:
    return value.strftime("%d/%m/%Y") if value else None


def _link(settings: MailSettings, kind: str, document: IncomingDocument, task: Task | None, user: User) -> str:
    if (task is not None and task.state == "open" and holds(task, user)
            and kind in ("task", "reminder", "overdue", "returned", "extension")):
        return f"{settings.base_url}/tasks/{task.id}"
    return f"{settings.base_url}/documents/{document.id}"


def compose(settings: MailSettings, notification: Notification, user: User, document: IncomingDocument,
            task: Task | None, agency: str | None) -> Letter:
    """The message for ``notification`` to ``user`` (who has an address)."""
    kind = notification.kind
    title = KIND_TITLE.get(kind, "Thông báo")
    number = f"{document.incoming_number}/{document.year}"
    subject_text = document.subject if len(document.subject) <= SUBJECT_MAX else document.subject[:SUBJECT_MAX - 1] + "…"
    deadline = _date(task.due_date if task is not None and task.due_date else document.due_date)

    rows = [("Số đến", number), ("Số, ký hiệu", document.number), ("Cơ quan ban hành", document.issuer),
            ("Trích yếu", document.subject)]
    if document.urgency in URGENCY_TITLE:
        rows.append(("Độ khẩn", URGENCY_TITLE[document.urgency]))
    if deadline:
        rows.append(("Hạn xử lý", deadline))
    width = max(len(label) for label, _ in rows) + 2
    body = [f"Kính gửi {user.full_name},", "", _what(kind, task, user), ""]
    body += [f"  {(label + ':').ljust(width)}{value}" for label, value in rows]
    body += ["", f"Xem chi tiết: {_link(settings, kind, document, task, user)}", "", "-- ",
             f"Thư gửi tự động từ hệ thống quản lý văn bản đến{' của ' + agency if agency else ''}; "
             "vui lòng không trả lời thư này.",
             f"Để thôi nhận thư thông báo: {settings.base_url}/account"]

    msg = EmailMessage()
    msg["Subject"] = f"[{title}] Văn bản đến số {number}: {subject_text}"
    msg["From"] = Address(display_name=agency or "docroute", addr_spec=settings.sender)
    msg["To"] = Address(display_name=user.full_name, addr_spec=user.email)
    msg["Date"] = format_datetime(notification.at)
    domain = settings.sender.rpartition("@")[2] or "docroute"
    msg["Message-ID"] = f"<notification-{notification.id}@{domain}>"   # one id per notification
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content("\n".join(body) + "\n", charset="utf-8", cte="quoted-printable")
    return Letter(recipient=user.email, message=msg.as_bytes(policy=SMTP))
