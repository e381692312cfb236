"""Senders that stop half-way, and senders running at once, never e-mail a notification twice."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from engine import Docroute
from engine.persistence.models import MailDelivery
from engine.services import mail
from engine.services.mail import LEASE, deliver_pending_mail
from tests.engine.test_mail import deliveries, give_addresses, mail_settings
from tests.factories import engine_with_org, register


@pytest.fixture
def app(database_url, tmp_path, smtp_server):
    with engine_with_org(database_url, tmp_path, 2, mail=mail_settings(smtp_server)) as docroute:
        give_addresses(docroute)
        yield docroute


def states(app) -> list[str]:
    return [state for *_, state, _n in deliveries(app)]


def test_a_sender_that_stopped_before_data_is_replaced_after_its_lease(app, smtp_server):
    register(app)
    claimed, _ = mail.claim_due(app, app.clock.now())      # a sender claims both … and dies
    assert len(claimed) == 2 and states(app) == ["sending", "sending"]
    assert deliver_pending_mail(app, app.clock.now()).done == 0   # still its, while the lease runs
    app.clock.advance(seconds=LEASE.total_seconds() + 1)
    report = deliver_pending_mail(app, app.clock.now())
    assert (report.recovered, report.sent) == (2, 2)
    assert sorted(smtp_server.by_notification().values()) == [1, 1]
    assert mail.begin_data(app, claimed[0], app.clock.now()) is False  # the old claim is worthless


def test_a_sender_that_stopped_after_handing_over_is_never_replaced(app, smtp_server):
    register(app)
    claimed, _ = mail.claim_due(app, app.clock.now())
    assert mail.begin_data(app, claimed[0], app.clock.now()) is True   # DATA next … and it dies
    app.clock.advance(seconds=LEASE.total_seconds() + 1)
    report = deliver_pending_mail(app, app.clock.now())
    assert (report.recovered, report.sent) == (2, 1)      # the other one, which never reached DATA
    app.clock.advance(days=1)
    assert deliver_pending_mail(app, app.clock.now()).done == 0
    assert sorted(states(app)) == ["sent", "uncertain"]
    assert len(smtp_server.received) == 1


def test_a_slow_sender_whose_claim_ran_out_does_not_send(app, smtp_server):
    register(app)
    slow, _ = mail.claim_due(app, app.clock.now())
    app.clock.advance(seconds=LEASE.total_seconds() + 1)
    assert deliver_pending_mail(app, app.clock.now()).sent == 2          # another sender takes over
    assert [mail.begin_data(app, item, app.clock.now()) for item in slow] == [False, False]
    mail.mark_sent(app, slow[0], app.clock.now())                        # a late mark changes nothing
    with app.unit_of_work() as uow:
        assert len(set(uow.session.scalars(select(MailDelivery.claim)))) == 2
    assert sorted(smtp_server.by_notification().values()) == [1, 1]


def test_claims_do_not_overlap(app):
    for _ in range(3):
        register(app)                                          # 6 notifications to mail
    first, _ = mail.claim_due(app, app.clock.now(), limit=4)
    second, _ = mail.claim_due(app, app.clock.now(), limit=4)
    third, _ = mail.claim_due(app, app.clock.now(), limit=4)
    assert (len(first), len(second), len(third)) == (4, 2, 0)
    assert not {c.delivery_id for c in first} & {c.delivery_id for c in second}


def test_concurrent_senders_send_each_notification_exactly_once(app, smtp_server):
    for _ in range(10):
        register(app)                                          # 20 notifications: gd and pgd each
    senders = 4
    engines = [Docroute(app.settings, clock=app.clock) for _ in range(senders)]
    start = threading.Barrier(senders)
    failures: list[BaseException] = []

    def run(engine: Docroute) -> None:
        try:
            start.wait()
            while deliver_pending_mail(engine, app.clock.now(), limit=3).done:
                pass
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(engine,)) for engine in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for engine in engines:
        engine.dispose()
    assert not failures
    counts = smtp_server.by_notification()
    assert len(counts) == 20 and set(counts.values()) == {1}
    assert states(app) == ["sent"] * 20
