"""SMTP, split at the point of no return: the envelope first (MAIL FROM, RCPT TO), then DATA.

The delivery service (engine/services/mail.py) records in the database that a message is about to
be handed over *between* the two, so it can tell a failure that delivered nothing (retry) from one
after which the server may have the message (never send again).
"""
from __future__ import annotations

import smtplib
import ssl

from .config import MailSettings


class MailError(Exception):
    """A send failed and nothing was delivered. ``permanent``: the server refused for good (5xx),
    do not try again. ``down``: no usable connection (the next messages would fail the same way)."""

    def __init__(self, message: str, *, permanent: bool = False, down: bool = False):
        super().__init__(message)
        self.permanent = permanent
        self.down = down


class MailUncertain(Exception):
    """The connection broke after DATA was sent and before the answer: the message may be delivered."""


def _reply(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
    return f"{exc.smtp_code} {text}".strip()


class SmtpConnection:
    """One SMTP session for a batch of messages (opened lazily, closed by ``close``)."""

    def __init__(self, settings: MailSettings):
        self.settings = settings
        self._smtp: smtplib.SMTP | None = None

    def _open(self) -> smtplib.SMTP:
        s = self.settings
        try:
            if s.security == "ssl":
                smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
            try:
                smtp.ehlo()
                if s.security == "starttls":
                    smtp.starttls(context=ssl.create_default_context())
                    smtp.ehlo()
                if s.user:
                    smtp.login(s.user, s.password or "")
            except BaseException:
                smtp.close()
                raise
        except UnicodeEncodeError as exc:  # smtplib sends user and password as ASCII only
            raise MailError("SMTP login refused: user and password must be ASCII", down=True) from exc
        except smtplib.SMTPAuthenticationError as exc:
            raise MailError(f"SMTP login refused: {_reply(exc)}", down=True) from exc
        except smtplib.SMTPResponseException as exc:
            raise MailError(f"SMTP server refused the session: {_reply(exc)}", down=True) from exc
        except smtplib.SMTPException as exc:
            raise MailError(f"SMTP session failed ({s.host}:{s.port}): {exc}", down=True) from exc
        except OSError as exc:
            raise MailError(f"SMTP server unreachable ({s.host}:{s.port}): {exc}", down=True) from exc
        return smtp

    def envelope(self, sender: str, recipient: str) -> None:
        """MAIL FROM and RCPT TO. Nothing is delivered yet, whatever happens here."""
        if self._smtp is None:
            self._smtp = self._open()
        smtp = self._smtp
        try:
            code, reply = smtp.mail(sender)
            if code != 250:
                raise smtplib.SMTPSenderRefused(code, reply, sender)
            code, reply = smtp.rcpt(recipient)
            if code not in (250, 251):
                raise smtplib.SMTPRecipientsRefused({recipient: (code, reply)})
        except smtplib.SMTPRecipientsRefused as exc:
            code, reply = exc.recipients[recipient]
            self.reset()
            raise MailError(f"recipient refused: {code} {reply.decode('utf-8', 'replace')}",
                            permanent=500 <= code < 600) from exc
        except smtplib.SMTPResponseException as exc:
            self.reset()
            raise MailError(f"sender refused: {_reply(exc)}", permanent=500 <= exc.smtp_code < 600) from exc
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise MailError(f"connection lost before DATA: {exc}", down=True) from exc

    def data(self, message: bytes) -> None:
        """DATA. After this returns the server has the message; a refusal raises MailError; a
        broken connection raises MailUncertain (the server may or may not have it)."""
        smtp = self._smtp
        assert smtp is not None, "envelope() first"
        try:
            code, reply = smtp.data(message)
        except smtplib.SMTPDataError as exc:  # a definite answer: the message was not accepted
            self.reset()
            raise MailError(f"message refused: {_reply(exc)}", permanent=500 <= exc.smtp_code < 600) from exc
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise MailUncertain(f"connection lost during DATA: {exc}") from exc
        if code != 250:  # the answer to the message itself: a definite refusal
            self.reset()
            text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
            raise MailError(f"message refused: {code} {text}", permanent=500 <= code < 600)

    def reset(self) -> None:
        """Abandon the current envelope (RSET); the connection stays open for the next message."""
        if self._smtp is not None:
            try:
                self._smtp.rset()
            except (OSError, smtplib.SMTPException):
                self.close()

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                smtp.close()
