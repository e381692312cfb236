"""SMTP settings from the environment: none without a host, defaults by security mode."""
from __future__ import annotations

import pytest

from engine.config import MailSettings, Settings


def test_no_host_means_no_mail(monkeypatch, tmp_path):
    assert MailSettings.from_env({}) is None
    assert MailSettings.from_env({"DOCROUTE_SMTP_HOST": "  "}) is None
    monkeypatch.delenv("DOCROUTE_SMTP_HOST", raising=False)
    assert Settings.from_env(tmp_path).mail is None


def test_settings_from_the_environment(monkeypatch, tmp_path):
    assert MailSettings.from_env({"DOCROUTE_SMTP_HOST": "mail.gov.vn"}) == MailSettings(
        host="mail.gov.vn", sender="docroute@mail.gov.vn", port=587, security="starttls")
    ssl = MailSettings.from_env({"DOCROUTE_SMTP_HOST": "mail.gov.vn", "DOCROUTE_SMTP_SECURITY": "SSL",
                                 "DOCROUTE_SMTP_USER": "congvan@syt.gov.vn", "DOCROUTE_SMTP_PASSWORD": "x",
                                 "DOCROUTE_BASE_URL": "https://congvan.syt.gov.vn/"})
    assert (ssl.port, ssl.security, ssl.sender, ssl.user, ssl.password, ssl.base_url) == (
        465, "ssl", "congvan@syt.gov.vn", "congvan@syt.gov.vn", "x", "https://congvan.syt.gov.vn")
    monkeypatch.setenv("DOCROUTE_SMTP_HOST", "relay.local")
    monkeypatch.setenv("DOCROUTE_SMTP_SECURITY", "none")
    monkeypatch.setenv("DOCROUTE_SMTP_PORT", "2525")
    monkeypatch.setenv("DOCROUTE_MAIL_FROM", "vanthu@ttyt.gov.vn")
    mail = Settings.from_env(tmp_path).mail
    assert (mail.host, mail.port, mail.security, mail.sender) == ("relay.local", 2525, "none", "vanthu@ttyt.gov.vn")


def test_an_unknown_security_mode_is_refused():
    with pytest.raises(ValueError, match="DOCROUTE_SMTP_SECURITY"):
        MailSettings.from_env({"DOCROUTE_SMTP_HOST": "h", "DOCROUTE_SMTP_SECURITY": "tls"})
