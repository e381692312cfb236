"""Notifications by e-mail, through an outbox: queued with the notification, sent by a worker job.

``enqueue`` runs inside the unit of work that creates a notification, so the notification and its
delivery row are saved together or not at all. ``deliver_pending_mail`` (a worker job) sends them.
"""
from __future__ import annotations

import datetime as dt
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import and_, select, update
from sqlalchemy.orm import aliased

from ..config import MailSettings
from ..mailer import MailError, MailUncertain, SmtpConnection
from ..persistence.models import (DeliveryState, IncomingDocument, MailDelivery, Notification, Organization,
                                  Task, User)
from ..persistence.uow import UnitOfWork
from .mail_message import Letter, compose

log = logging.getLogger(__name__)

LEASE = dt.timedelta(minutes=15)       # a claim older than this belongs to a sender that stopped
FIRST_RETRY = dt.timedelta(minutes=5)  # then 10, 20, 40 … minutes
LAST_RETRY = dt.timedelta(hours=2)
BATCH = 50

S = DeliveryState


def enqueue(uow: UnitOfWork, notification_id: int) -> None:
    """Queue the e-mail for a notification just created (nothing when no SMTP is configured)."""
    if uow.settings.mail is None:
        return
    uow.session.add(MailDelivery(notification_id=notification_id, state=S.PENDING.value, attempts=0,
                                 next_attempt_at=uow.clock.now()))


def retry_delay(attempts: int) -> dt.timedelta:
    """How long to wait after the ``attempts``-th failed attempt: doubling from 5 minutes, at most 2 h."""
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LAST_RETRY)


@dataclass
class MailReport:
    """What one run of ``deliver_pending_mail`` did."""

    sent: int = 0
    retrying: int = 0
    failed: int = 0
    uncertain: int = 0
    skipped: int = 0
    recovered: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def done(self) -> int:
        return self.sent + self.retrying + self.failed + self.uncertain + self.skipped


@dataclass(frozen=True)
class Claimed:
    delivery_id: int
    claim: str
    attempts: int
    letter: Letter | None
    problem: str | None = None   # the message could not be made (a malformed address): fail it


# --- the steps, each one short transaction (public so tests can stop a sender between them) ------------


def recover_stale(docroute, now: dt.datetime) -> int:
    """Claims whose lease ran out belong to a sender that stopped. Not yet handed over (no DATA):
    back to ``pending``. Handed over: ``uncertain``, never sent again (the server may have it)."""
    stale = and_(MailDelivery.state == S.SENDING.value, MailDelivery.lease_until < now)
    with docroute.unit_of_work(write=True) as uow:
        back = uow.session.execute(
            update(MailDelivery).where(stale, MailDelivery.data_at.is_(None))
            .values(state=S.PENDING.value, claim=None, lease_until=None, next_attempt_at=now,
                    last_error="sender stopped before sending; sent again")).rowcount
        lost = uow.session.execute(
            update(MailDelivery).where(stale, MailDelivery.data_at.is_not(None))
            .values(state=S.UNCERTAIN.value, lease_until=None,
                    last_error="sender stopped after handing the message over; not sent again")).rowcount
        uow.commit()
    return back + lost


def claim_due(docroute, now: dt.datetime, limit: int = BATCH) -> tuple[list[Claimed], int]:
    """Take up to ``limit`` due deliveries for this sender (``sending`` + a claim token + a lease).

    PostgreSQL: ``FOR UPDATE SKIP LOCKED``, so concurrent senders take different rows without waiting.
    SQLite: the writing unit of work holds the database's single write lock from its first read.
    Users who turned e-mail off or have no address are marked ``skipped`` here. Returns the claimed
    deliveries with their messages, and how many were skipped.
    """
    settings: MailSettings = docroute.settings.mail
    task = aliased(Task)
    with docroute.unit_of_work(write=True) as uow:
        agency = uow.session.scalar(select(Organization.name).limit(1))
        rows = uow.session.execute(
            select(MailDelivery, Notification, User, IncomingDocument, task)
            .join(Notification, Notification.id == MailDelivery.notification_id)
            .join(User, User.id == Notification.user_id)
            .join(IncomingDocument, IncomingDocument.id == Notification.document_id)
            .outerjoin(task, task.id == Notification.task_id)
            .where(MailDelivery.state == S.PENDING.value, MailDelivery.next_attempt_at <= now)
            .order_by(MailDelivery.next_attempt_at, MailDelivery.id).limit(limit)
            .with_for_update(of=MailDelivery, skip_locked=True)).all()
        claimed, skipped = [], 0
        for delivery, notification, user, document, task_row in rows:
            address = (user.email or "").strip()
            why_not = ("the user turned e-mail off" if not user.email_notifications
                       else "the user has no e-mail address" if not address
                       else "the user is no longer active" if not user.active else None)
            if why_not:
                delivery.state, delivery.last_error = S.SKIPPED.value, why_not
                skipped += 1
                continue
            token = secrets.token_hex(16)
            delivery.state, delivery.claim = S.SENDING.value, token
            delivery.lease_until, delivery.attempts = now + LEASE, delivery.attempts + 1
            delivery.recipient = address
            try:
                letter, problem = compose(settings, notification, user, document, task_row, agency), None
            except (ValueError, TypeError, IndexError) as exc:  # e.g. an address that is not one
                letter, problem = None, f"cannot write the message: {exc}"
            claimed.append(Claimed(delivery.id, token, delivery.attempts, letter, problem))
        uow.commit()
    return claimed, skipped


def begin_data(docroute, item: Claimed, now: dt.datetime) -> bool:
    """The point of no return: record that this sender is handing the message over, if it still
    holds the claim. Exactly one sender can pass this for a delivery, ever."""
    with docroute.unit_of_work(write=True) as uow:
        won = uow.session.execute(
            update(MailDelivery).where(MailDelivery.id == item.delivery_id, MailDelivery.claim == item.claim,
                                       MailDelivery.state == S.SENDING.value, MailDelivery.data_at.is_(None))
            .values(data_at=now)).rowcount == 1
        uow.commit()
    return won


def _finish(docroute, item: Claimed, states: tuple[S, ...], **values) -> None:
    with docroute.unit_of_work(write=True) as uow:
        uow.session.execute(
            update(MailDelivery).where(MailDelivery.id == item.delivery_id, MailDelivery.claim == item.claim,
                                       MailDelivery.state.in_([s.value for s in states]))
            .values(**values))
        uow.commit()


def mark_sent(docroute, item: Claimed, now: dt.datetime) -> None:
    _finish(docroute, item, (S.SENDING, S.UNCERTAIN), state=S.SENT.value, sent_at=now, lease_until=None,
            last_error=None)


def mark_uncertain(docroute, item: Claimed, error: str) -> None:
    _finish(docroute, item, (S.SENDING,), state=S.UNCERTAIN.value, lease_until=None, last_error=error)


def mark_failed(docroute, item: Claimed, error: str) -> None:
    _finish(docroute, item, (S.SENDING,), state=S.FAILED.value, lease_until=None, last_error=error)


def release(docroute, item: Claimed, now: dt.datetime, error: str, max_attempts: int) -> bool:
    """Nothing was delivered: try again later (``pending``), or ``failed`` after the last attempt.
    Only before ``begin_data`` or after a definite refusal of DATA. True when it will be retried."""
    if item.attempts >= max_attempts:
        mark_failed(docroute, item, f"gave up after {item.attempts} attempts: {error}")
        return False
    _finish(docroute, item, (S.SENDING,), state=S.PENDING.value, claim=None, lease_until=None, data_at=None,
            next_attempt_at=now + retry_delay(item.attempts), last_error=error)
    return True


# --- the job ------------------------------------------------------------------------------------------


def deliver_pending_mail(docroute, now: dt.datetime | None = None, *,
                         connect: Callable[[MailSettings], SmtpConnection] = SmtpConnection,
                         limit: int = BATCH) -> MailReport:
    """Send the e-mails of notifications that are due; a worker job (call it as often as you like).

    One message per notification, to the user's address, unless the user turned e-mail off or has
    none (``skipped``). Each delivery is claimed in the database before any SMTP is spoken and
    marked after. What holds, for any number of senders running at once and any crash:

    - **Never twice.** Before DATA a sender records ``data_at`` with a compare-and-set on its claim
      token (``begin_data``); only one sender can ever do so for a delivery, and a delivery with
      ``data_at`` is never handed over again. So once an SMTP server has accepted a notification's
      message (250 after DATA), no sender sends it again: at most once per notification.
    - **Failures before the hand-over are retried**: an unreachable server, a 4xx answer to the
      session, MAIL, RCPT or the message itself (a definite "not accepted") put the delivery back to
      ``pending`` with a doubling delay (5 min … 2 h), up to ``MailSettings.max_attempts``; a 5xx
      refusal is ``failed`` at once. A sender that crashed holding a claim is recovered after its
      lease (``LEASE``): back to ``pending`` if it had not reached DATA.
    - **The one window left**: a crash or broken connection after DATA was sent and before the
      server's answer was read (or before ``mark_sent`` was saved). The server may have the message,
      so the delivery becomes ``uncertain`` and is not sent again: a notification may then be
      e-mailed zero times, never twice. The notification itself is always in the app.
    """
    settings = docroute.settings.mail
    report = MailReport()
    if settings is None:
        return report
    now = now or docroute.clock.now()
    report.recovered = recover_stale(docroute, now)
    claimed, report.skipped = claim_due(docroute, now, limit)
    if not claimed:
        return report
    connection = connect(settings)
    try:
        for index, item in enumerate(claimed):
            if item.letter is None:
                mark_failed(docroute, item, item.problem or "no message")
                report.failed += 1
                continue
            try:
                connection.envelope(settings.sender, item.letter.recipient)
            except MailError as exc:
                _after_refusal(docroute, item, now, exc, settings, report)
                if exc.down:
                    for rest in claimed[index + 1:]:   # the server is down: the others wait too
                        if rest.letter is None:
                            mark_failed(docroute, rest, rest.problem or "no message")
                            report.failed += 1
                        else:
                            _after_refusal(docroute, rest, now, exc, settings, report)
                    break
                continue
            if not begin_data(docroute, item, now):   # our claim was taken back (lease ran out)
                connection.reset()
                continue
            try:
                connection.data(item.letter.message)
            except MailError as exc:
                _after_refusal(docroute, item, now, exc, settings, report)
                continue
            except MailUncertain as exc:
                mark_uncertain(docroute, item, str(exc))
                report.uncertain += 1
                report.errors.append(str(exc))
                continue
            mark_sent(docroute, item, now)
            report.sent += 1
    finally:
        connection.close()
    return report


def _after_refusal(docroute, item: Claimed, now: dt.datetime, exc: MailError, settings: MailSettings,
                   report: MailReport) -> None:
    report.errors.append(str(exc))
    if exc.permanent:
        mark_failed(docroute, item, str(exc))
        report.failed += 1
    elif release(docroute, item, now, str(exc), settings.max_attempts):
        report.retrying += 1
    else:
        report.failed += 1
    log.warning("e-mail for delivery %s not sent: %s", item.delivery_id, exc)


def send_due_mail(docroute) -> int:
    """The worker job (engine/worker.py ``JOBS``): e-mail what is due now; how many were settled."""
    return deliver_pending_mail(docroute).done
