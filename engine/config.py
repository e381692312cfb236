"""Settings from the environment, with working defaults (see api.md)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class MailSettings:
    """SMTP for e-mailed notifications; ``None`` in Settings when DOCROUTE_SMTP_HOST is unset (no mail).

    ``security``: ``starttls`` (upgrade a plain connection, port 587), ``ssl`` (TLS from the start,
    port 465) or ``none`` (plain, for a relay on the same host). ``base_url`` starts the links in
    the messages (``https://congvan.example.gov.vn``).
    """

    host: str
    sender: str
    port: int = 587
    user: str | None = None
    password: str | None = None
    security: str = "starttls"
    base_url: str = "http://127.0.0.1:5000"
    timeout: float = 30.0
    max_attempts: int = 8

    SECURITY = ("starttls", "ssl", "none")

    @classmethod
    def from_env(cls, env=None) -> MailSettings | None:
        env = os.environ if env is None else env
        host = (env.get("DOCROUTE_SMTP_HOST") or "").strip()
        if not host:
            return None
        security = (env.get("DOCROUTE_SMTP_SECURITY") or "starttls").strip().lower()
        if security not in cls.SECURITY:
            raise ValueError(f"DOCROUTE_SMTP_SECURITY must be one of {', '.join(cls.SECURITY)}")
        default_port = {"starttls": 587, "ssl": 465, "none": 25}[security]
        user = env.get("DOCROUTE_SMTP_USER") or None
        sender = env.get("DOCROUTE_MAIL_FROM") or user or f"docroute@{host}"
        return cls(host=host, port=int(env.get("DOCROUTE_SMTP_PORT") or default_port), user=user,
                   password=env.get("DOCROUTE_SMTP_PASSWORD") or None, security=security, sender=sender,
                   base_url=(env.get("DOCROUTE_BASE_URL") or cls.base_url).rstrip("/"))


@dataclass(frozen=True)
class Settings:
    database_url: str
    data_dir: Path
    instance_dir: Path
    reminder_working_days: int = 2
    max_upload_bytes: int = 50 * 1024 * 1024  # attachments: per file and per request (413 above)
    password_hash_method: str = "scrypt"
    # Our agency's code on the national interchange axis (edXML From/To OrganId); optional.
    organ_id: str | None = field(default_factory=lambda: os.environ.get("DOCROUTE_ORGAN_ID") or None)
    mail: MailSettings | None = None          # no SMTP configured: notifications are not e-mailed
    workflows_dir: Path = field(default_factory=lambda: Path(__file__).resolve().parent.parent / "workflows" / "bpmn")

    @classmethod
    def from_env(cls, instance_dir: str | os.PathLike | None = None) -> Settings:
        inst = Path(instance_dir or os.environ.get("DOCROUTE_INSTANCE_DIR", "instance")).resolve()
        url = os.environ.get("DOCROUTE_DATABASE_URL") or f"sqlite:///{inst / 'docroute.sqlite3'}"
        data_dir = Path(os.environ.get("DOCROUTE_DATA_DIR") or inst / "files")
        lead = os.environ.get("DOCROUTE_REMINDER_WORKING_DAYS")
        max_mb = float(os.environ.get("DOCROUTE_MAX_UPLOAD_MB") or 50)
        return cls(database_url=url, data_dir=data_dir, instance_dir=inst,
                   reminder_working_days=int(lead) if lead and lead.strip().isdigit() else 2,
                   max_upload_bytes=int(max_mb * 1024 * 1024),
                   mail=MailSettings.from_env())

    def ensure_dirs(self) -> None:
        self.instance_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir.mkdir(parents=True, exist_ok=True)
