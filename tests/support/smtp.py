"""A real SMTP server for the tests (aiosmtpd on 127.0.0.1), that can be told to misbehave.

``SmtpServer().start()`` listens on a free port and keeps every message it accepts in ``received``.
Failures to stage, each for the next ``n`` messages: ``refuse_rcpt`` / ``refuse_data`` (a 4xx or
5xx answer: nothing accepted), ``drop_after_data`` (the message is accepted, then the connection is
cut before the 250 reaches the client: the crash window of every SMTP client). ``stop()`` takes it
down (connections refused) and ``start()`` brings it back on the same port.
"""
from __future__ import annotations

import email
import socket
import ssl
import subprocess
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Received:
    sender: str
    recipients: list[str]
    raw: bytes
    authenticated: bool = False

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.raw, policy=default)

    @property
    def notification_id(self) -> int:
        """From the Message-ID ``<notification-ID@…>`` the sender gives each notification's mail."""
        return int(self.message["Message-ID"].split("-", 1)[1].split("@", 1)[0])


@dataclass
class Plan:
    refuse_rcpt: list[str] = field(default_factory=list)   # replies for the next RCPTs
    refuse_data: list[str] = field(default_factory=list)   # replies for the next DATAs
    drop_after_data: int = 0                                # accept, then cut the connection


class _Handler:
    def __init__(self, server: SmtpServer):
        self.server = server

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        with self.server.lock:
            if self.server.plan.refuse_rcpt:
                return self.server.plan.refuse_rcpt.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.server.lock:
            if self.server.plan.refuse_data:
                return self.server.plan.refuse_data.pop(0)
            self.server.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content,
                                                 bool(session.authenticated)))
            if self.server.plan.drop_after_data:
                self.server.plan.drop_after_data -= 1
                server.transport.abort()   # accepted, but the client never hears so
        return "250 Message accepted for delivery"


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate and key for 127.0.0.1, valid for a day."""
    cert, key = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


class SmtpServer:
    def __init__(self, *, login: tuple[str, str] | None = None, tls: str | None = None,
                 certificate: tuple[Path, Path] | None = None):
        self.port = free_port()
        self.tls = tls
        self.certificate = certificate
        self.received: list[Received] = []
        self.plan = Plan()
        self.lock = threading.Lock()
        self.login = login
        self._controller: Controller | None = None

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        ok = (self.login is not None and auth_data.login.decode() == self.login[0]
              and auth_data.password.decode() == self.login[1])
        return AuthResult(success=ok, handled=False)

    def start(self) -> SmtpServer:
        kwargs = {}
        if self.login is not None:   # AUTH only after STARTTLS, or on a connection that is TLS from the start
            kwargs.update(authenticator=self._authenticate, auth_required=self.tls != "ssl",
                          auth_require_tls=self.tls != "ssl")
        if self.tls is not None:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(*map(str, self.certificate))
            kwargs.update({"tls_context": context, "require_starttls": True} if self.tls == "starttls"
                          else {"ssl_context": context})
        self._controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port, **kwargs)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def by_notification(self) -> dict[int, int]:
        """How many messages arrived for each notification id."""
        counts: dict[int, int] = {}
        for item in self.received:
            counts[item.notification_id] = counts.get(item.notification_id, 0) + 1
        return counts
