"""Settings from the environment, with working defaults (see api.md)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


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
                   max_upload_bytes=int(max_mb * 1024 * 1024))

    def ensure_dirs(self) -> None:
        self.instance_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir.mkdir(parents=True, exist_ok=True)
