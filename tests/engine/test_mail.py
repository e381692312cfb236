"""Notifications by e-mail through a real local SMTP server: once each, in Vietnamese, opt-out kept,
failures retried later and still sent exactly once."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from engine.config import MailSettings
from engine.persistence.models import MailDelivery, Notification, User
from engine.services.mail import FIRST_RETRY, deliver_pending_mail
from tests.factories import complete, direct, engine_with_org, register

BASE_URL = "https://congvan.ttyt.example.vn"


def mail_settings(server, **overrides) -> MailSettings:
    values = dict(host="127.0.0.1", port=server.port, security="none", sender="congvan@ttyt.example.vn",
                  base_url=BASE_URL, timeout=5.0)
    values.update(overrides)
    return MailSettings(**values)


def give_addresses(app, **except_for) -> None:
    """Every user gets ``username@ttyt.example.vn``; ``except_for`` overrides (None: no address)."""
    with app.unit_of_work(write=True) as uow:
        for user in uow.session.scalars(select(User)):
            user.email = except_for.get(user.username, f"{user.username}@ttyt.example.vn")
        uow.commit()


@pytest.fixture
def app(database_url, tmp_path, smtp_server):
    with engine_with_org(database_url, tmp_path, 2, mail=mail_settings(smtp_server)) as docroute:
        give_addresses(docroute)
        yield docroute


def deliveries(app) -> list[tuple]:
    """(username, kind, state, attempts) of every queued e-mail, in notification order."""
    with app.unit_of_work() as uow:
        return [tuple(r) for r in uow.session.execute(
            select(User.username, Notification.kind, MailDelivery.state, MailDelivery.attempts)
            .join(Notification, Notification.id == MailDelivery.notification_id)
            .join(User, User.id == Notification.user_id).order_by(Notification.id))]


def test_each_notification_is_mailed_once_in_vietnamese(app, smtp_server):
    doc = register(app, subject="Về việc báo cáo công tác phòng, chống dịch bệnh năm 2025",
                   due_date="2025-03-21", urgency="thuong_khan")
    assert deliveries(app) == [("gd", "task", "pending", 0), ("pgd", "task", "pending", 0)]

    report = deliver_pending_mail(app, app.clock.now())
    assert (report.sent, report.retrying, report.failed) == (2, 0, 0)
    assert sorted(m.recipients[0] for m in smtp_server.received) == [
        "gd@ttyt.example.vn", "pgd@ttyt.example.vn"]
    mail = next(m for m in smtp_server.received if m.recipients == ["gd@ttyt.example.vn"])
    message = mail.message
    assert message["Subject"] == ("[Việc mới] Văn bản đến số 1/2025: "
                                  "Về việc báo cáo công tác phòng, chống dịch bệnh năm 2025")
    assert message["To"].addresses[0].display_name == "Lê Giám Đốc"
    assert message["From"].addresses[0].addr_spec == "congvan@ttyt.example.vn"
    assert message["From"].addresses[0].display_name == "Trung tâm Y tế thử nghiệm"
    assert message.get_content_charset() == "utf-8"
    raw_headers = mail.raw.split(b"\r\n\r\n", 1)[0]
    assert b"=?utf-8?" in raw_headers and "Việc".encode() not in raw_headers   # RFC 2047, ASCII on the wire
    body = message.get_content()
    with app.unit_of_work() as uow:
        task_id = uow.session.scalar(select(Notification.task_id).join(User, User.id == Notification.user_id)
                                     .where(User.username == "gd"))
    for expected in ("Kính gửi Lê Giám Đốc,", "Anh/Chị có việc mới cần xử lý: “Phân công xử lý”.",
                     "Số đến:", "1/2025", "Sở Y tế tỉnh Kiên Giang", "Trích yếu:",
                     "Về việc báo cáo công tác phòng, chống dịch bệnh năm 2025", "Độ khẩn:", "Thượng khẩn",
                     "Hạn xử lý:", "21/03/2025", f"Xem chi tiết: {BASE_URL}/tasks/{task_id}",
                     f"{BASE_URL}/account"):
        assert expected in body, expected

    assert deliver_pending_mail(app, app.clock.now()).sent == 0          # nothing twice
    app.clock.advance(days=3)
    assert deliver_pending_mail(app, app.clock.now()).sent == 0
    assert len(smtp_server.received) == 2
    assert [state for *_, state, _n in deliveries(app)] == ["sent", "sent"]

    direct(app, doc, lead="P1")
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-18"})
    assert deliver_pending_mail(app, app.clock.now()).sent == 2          # tp1's task, cv1a's task
    assert len(smtp_server.received) == 4
    propose = smtp_server.received[-1].message
    assert propose["To"].addresses[0].addr_spec == "cv1a@ttyt.example.vn"
    assert "“Dự thảo đề xuất”" in propose.get_content() and "18/03/2025" in propose.get_content()


def test_a_completed_document_links_to_the_document(app, smtp_server):
    doc = register(app)
    direct(app, doc, lead="P1")
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a"})
    complete(app, "cv1a", "propose", doc, {"proposal": "Dự thảo"})
    complete(app, "tp1", "review", doc, {"decision": "approve"})
    complete(app, "gd", "approve", doc, {"decision": "approve"})
    deliver_pending_mail(app, app.clock.now())
    completed = [m.message for m in smtp_server.received if m.message["Subject"].startswith("[Đã hoàn thành]")]
    assert sorted(m["To"].addresses[0].addr_spec for m in completed) == [
        "gd@ttyt.example.vn", "vt@ttyt.example.vn"]
    assert f"Xem chi tiết: {BASE_URL}/documents/{doc}" in completed[0].get_content().splitlines()
    assert "đã được giải quyết xong" in completed[0].get_content()
    assert len(smtp_server.received) == len(smtp_server.by_notification())  # one mail per notification


def test_users_who_turned_mail_off_or_have_no_address_get_none(app, smtp_server):
    give_addresses(app, pgd=None)
    with app.unit_of_work(write=True) as uow:
        uow.session.execute(update(User).where(User.username == "gd").values(email_notifications=False))
        uow.commit()
    doc = register(app)
    report = deliver_pending_mail(app, app.clock.now())
    assert (report.sent, report.skipped) == (0, 2)
    assert smtp_server.received == []
    assert deliveries(app) == [("gd", "task", "skipped", 0), ("pgd", "task", "skipped", 0)]
    with app.unit_of_work() as uow:
        assert list(uow.session.scalars(select(MailDelivery.last_error).order_by(MailDelivery.id))) == [
            "the user turned e-mail off", "the user has no e-mail address"]
    with app.unit_of_work() as uow:   # the notifications themselves are there, in the app
        assert uow.session.scalar(select(Notification.id).where(Notification.document_id == doc)) is not None

    direct(app, doc, lead="P1")       # others still get theirs
    assert deliver_pending_mail(app, app.clock.now()).sent == 1
    assert smtp_server.received[0].recipients == ["tp1@ttyt.example.vn"]


def test_no_mail_is_queued_when_smtp_is_not_configured(database_url, tmp_path):
    with engine_with_org(database_url, tmp_path, 1) as app:
        give_addresses(app)
        register(app)
        assert deliveries(app) == []
        assert deliver_pending_mail(app, app.clock.now()).done == 0


def test_a_server_that_is_down_is_tried_again_later_and_each_mail_sent_once(app, smtp_server):
    register(app)
    smtp_server.stop()
    report = deliver_pending_mail(app, app.clock.now())
    assert (report.sent, report.retrying) == (0, 2) and "unreachable" in report.errors[0]
    assert [(s, n) for *_, s, n in deliveries(app)] == [("pending", 1), ("pending", 1)]

    smtp_server.start()
    assert deliver_pending_mail(app, app.clock.now()).done == 0     # not due yet: it backs off
    app.clock.advance(seconds=FIRST_RETRY.total_seconds() - 1)
    assert deliver_pending_mail(app, app.clock.now()).done == 0
    app.clock.advance(seconds=1)
    assert deliver_pending_mail(app, app.clock.now()).sent == 2
    assert deliver_pending_mail(app, app.clock.now() + dt.timedelta(days=1)).sent == 0
    assert sorted(smtp_server.by_notification().values()) == [1, 1]
    assert [(s, n) for *_, s, n in deliveries(app)] == [("sent", 2), ("sent", 2)]


def test_temporary_refusals_are_retried_and_each_mail_sent_once(app, smtp_server):
    register(app)
    smtp_server.plan.refuse_rcpt = ["451 4.3.0 Mailbox temporarily unavailable"]
    smtp_server.plan.refuse_data = ["452 4.3.1 Insufficient system storage"]
    report = deliver_pending_mail(app, app.clock.now())
    assert (report.sent, report.retrying) == (0, 2)
    assert any("451" in e for e in report.errors) and any("452" in e for e in report.errors)
    assert smtp_server.received == []
    for _ in range(3):   # twice the back-off, three runs: each is sent, once
        app.clock.advance(minutes=10)
        deliver_pending_mail(app, app.clock.now())
    assert sorted(smtp_server.by_notification().values()) == [1, 1]
    assert [(s, n) for *_, s, n in deliveries(app)] == [("sent", 2), ("sent", 2)]


def test_a_permanent_refusal_is_not_retried(app, smtp_server):
    register(app)
    smtp_server.plan.refuse_rcpt = ["550 5.1.1 No such user"]
    report = deliver_pending_mail(app, app.clock.now())
    assert (report.sent, report.failed) == (1, 1)
    app.clock.advance(days=1)
    assert deliver_pending_mail(app, app.clock.now()).done == 0
    assert sorted(s for *_, s, _n in deliveries(app)) == ["failed", "sent"]


def test_after_the_last_attempt_it_gives_up(app, smtp_server):
    register(app)
    smtp_server.stop()
    attempts = app.settings.mail.max_attempts
    for _ in range(attempts + 2):
        deliver_pending_mail(app, app.clock.now())
        app.clock.advance(hours=3)
    assert [(s, n) for *_, s, n in deliveries(app)] == [("failed", attempts), ("failed", attempts)]
    with app.unit_of_work() as uow:
        assert "gave up after 8 attempts" in uow.session.scalar(select(MailDelivery.last_error).limit(1))


def test_an_answer_lost_after_data_is_never_sent_again(app, smtp_server):
    register(app)
    smtp_server.plan.drop_after_data = 1   # the server takes the first message; the client never hears
    report = deliver_pending_mail(app, app.clock.now())
    assert (report.uncertain, report.sent) == (1, 1)
    for _ in range(3):
        app.clock.advance(hours=1)
        deliver_pending_mail(app, app.clock.now())
    assert sorted(smtp_server.by_notification().values()) == [1, 1]      # two mails, one each
    assert sorted(s for *_, s, _n in deliveries(app)) == ["sent", "uncertain"]


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_tls_and_login_as_configured(database_url, tmp_path, monkeypatch, security):
    from tests.support.smtp import SmtpServer, self_signed_certificate

    certificate = self_signed_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))   # trust the test certificate
    server = SmtpServer(login=("congvan", "Mat-khau-2025"), tls=security, certificate=certificate).start()
    try:
        settings = mail_settings(server, security=security, user="congvan", password="Mat-khau-2025")
        with engine_with_org(database_url, tmp_path, 1, mail=settings) as app:
            give_addresses(app)
            register(app)
            assert deliver_pending_mail(app, app.clock.now()).sent == 2
        wrong = mail_settings(server, security=security, user="congvan", password="sai")
        with engine_with_org(database_url, tmp_path / "2", 1, mail=wrong) as app:
            give_addresses(app)
            register(app)
            report = deliver_pending_mail(app, app.clock.now())
            assert (report.sent, report.retrying) == (0, 2) and "login refused" in report.errors[0]
    finally:
        server.stop()
    assert len(server.received) == 2 and all(m.authenticated for m in server.received)


def test_an_untrusted_certificate_is_refused(sqlite_url, tmp_path):
    from tests.support.smtp import SmtpServer, self_signed_certificate

    server = SmtpServer(tls="starttls", certificate=self_signed_certificate(tmp_path)).start()
    try:
        with engine_with_org(sqlite_url, tmp_path, 1, mail=mail_settings(server, security="starttls")) as app:
            give_addresses(app)
            register(app)
            report = deliver_pending_mail(app, app.clock.now())
            assert (report.sent, report.retrying) == (0, 2) and "CERTIFICATE_VERIFY_FAILED" in report.errors[0]
    finally:
        server.stop()
    assert server.received == []


def test_reminders_and_escalations_say_whose_work_is_late(app, smtp_server):
    from engine.domain import NotificationKind
    from engine.services import notifications, users
    from tests.factories import open_task

    doc = register(app, subject="Về việc rà soát hồ sơ bệnh án")
    direct(app, doc, lead="P1")
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-14"})
    task = open_task(app, "cv1a", "propose", doc)
    deliver_pending_mail(app, app.clock.now())
    smtp_server.received.clear()
    with app.unit_of_work(write=True) as uow:   # what the deadline timers send (engine/services/timers.py)
        for username, kind, reason in [("cv1a", NotificationKind.REMINDER, "r"), ("cv1a", NotificationKind.OVERDUE, "o"),
                                       ("gd", NotificationKind.OVERDUE, "e")]:
            notifications.notify(uow, users.get_by_username(uow, username).id, kind, doc, task, f"test:{reason}")
        uow.commit()
    assert deliver_pending_mail(app, app.clock.now()).sent == 3
    reminder, overdue, escalation = (m.message for m in smtp_server.received)
    assert reminder["Subject"] == "[Sắp đến hạn] Văn bản đến số 1/2025: Về việc rà soát hồ sơ bệnh án"
    assert "Việc “Dự thảo đề xuất” sắp đến hạn xử lý." in reminder.get_content()
    assert "Hạn xử lý:        14/03/2025" in reminder.get_content()
    assert f"Xem chi tiết: {BASE_URL}/tasks/{task}" in reminder.get_content().splitlines()
    assert overdue["Subject"].startswith("[Quá hạn] ")
    assert "Việc “Dự thảo đề xuất” đã quá hạn xử lý." in overdue.get_content()
    assert escalation["To"].addresses[0].addr_spec == "gd@ttyt.example.vn"
    assert "Phòng số 1 chưa xử lý xong văn bản dưới đây mà đã quá hạn." in escalation.get_content()
    assert f"Xem chi tiết: {BASE_URL}/documents/{doc}" in escalation.get_content().splitlines()


def test_the_worker_job_sends_what_is_due_now(app, smtp_server):
    from engine.services.mail import send_due_mail

    register(app)
    assert send_due_mail(app) == 2 and send_due_mail(app) == 0
    assert len(smtp_server.received) == 2


def test_docroute_worker_runs_the_mail_job(app, smtp_server):
    from engine.worker import Worker

    register(app)
    assert Worker(app).run_once()["send_due_mail"] == 2
    assert len(smtp_server.received) == 2


def test_a_request_for_more_time_mails_the_decider_a_link_to_the_decision_task(app, smtp_server):
    from engine.services import extensions, users
    from tests.factories import open_task
    doc = register(app)
    direct(app, doc, lead="P1")
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-20"})
    task = open_task(app, "cv1a", "propose", doc)
    with app.unit_of_work(write=True) as uow:
        extensions.request_extension(uow, users.get_by_username(uow, "cv1a"), task,
                                     {"due_date": "2025-03-24", "reason": "Chờ số liệu"})
        uow.commit()
    decision = open_task(app, "tp1", "extension", doc)
    deliver_pending_mail(app, app.clock.now())                  # while the decision task is open
    complete(app, "tp1", "extension", doc, {"decision": "refuse"})
    deliver_pending_mail(app, app.clock.now())
    mails = {m.message["To"].addresses[0].username: m.message for m in smtp_server.received
             if m.message["Subject"].startswith("[Gia hạn]")}
    assert sorted(mails) == ["cv1a", "tp1"]
    assert "đề nghị gia hạn cần quyết định: “Quyết định gia hạn”" in mails["tp1"].get_content()
    assert f"Xem chi tiết: {BASE_URL}/tasks/{decision}" in mails["tp1"].get_content().splitlines()
    assert "Đề nghị gia hạn của Anh/Chị đã có quyết định." in mails["cv1a"].get_content()
