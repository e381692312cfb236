"""A throw-away PostgreSQL server for the tests, made from Debian's packages, and fresh databases on it.

Debian installs the server binaries under /usr/lib/postgresql/<version>/bin (not on PATH). The
server refuses to run as root, so when the tests run as root (as CI does) initdb and pg_ctl run as
the ``postgres`` OS user that the package creates, through ``runuser``; its data lives in a
temporary folder owned by that user. Otherwise they run as the current user.
"""
from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

SUPERUSER = "postgres"
# Durability is worthless for a server that is thrown away; these make it several times faster.
SERVER_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",
    "shared_buffers": "64MB",
}


def find_bin_dir() -> Path | None:
    """The newest /usr/lib/postgresql/*/bin holding initdb and pg_ctl, else initdb's folder on PATH."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0, reverse=True)
    for bin_dir in candidates:
        if (bin_dir / "initdb").exists() and (bin_dir / "pg_ctl").exists():
            return bin_dir
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and shutil.which("pg_ctl") else None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def psycopg_url(url: str) -> str:
    """``url`` with the psycopg 3 driver, so plain ``postgresql://`` URLs work too."""
    return make_url(url).set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


class PostgresServer:
    """One PostgreSQL cluster in a temporary folder, listening on 127.0.0.1 and a unix socket inside it."""

    def __init__(self, bin_dir: Path):
        self.bin_dir = bin_dir
        self.os_user = SUPERUSER if os.geteuid() == 0 else None
        self.base_dir: Path | None = None
        self.port: int | None = None

    @property
    def data_dir(self) -> Path:
        assert self.base_dir is not None
        return self.base_dir / "data"

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the maintenance database ``postgres``."""
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.os_user:
            command = [shutil.which("runuser") or "/usr/sbin/runuser", "-u", self.os_user, "--", *command]
        result = subprocess.run(command, cwd=self.base_dir, capture_output=True, text=True)
        if result.returncode != 0:
            log = self.base_dir / "server.log" if self.base_dir else None
            log_text = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
            raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}):\n"
                               f"{result.stdout}{result.stderr}{log_text}")

    def start(self) -> str:
        """initdb a new cluster (trust auth), start it on a free port, and return its URL."""
        self.base_dir = Path(tempfile.mkdtemp(prefix="docroute-pg-"))
        if self.os_user:
            account = pwd.getpwnam(self.os_user)
            os.chown(self.base_dir, account.pw_uid, account.pw_gid)
        self._run("initdb", "-D", str(self.data_dir), "-U", SUPERUSER, "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions")
        for attempt in range(3):  # another process may take the port between free_port() and start
            self.port = free_port()
            settings = {**SERVER_SETTINGS, "port": str(self.port),
                        "unix_socket_directories": f"'{self.base_dir}'"}
            with open(self.data_dir / "postgresql.conf", "a", encoding="utf-8") as conf:
                conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
            try:
                self._run("pg_ctl", "-D", str(self.data_dir), "-l", str(self.base_dir / "server.log"),
                          "-w", "-t", "60", "start")
                return self.url
            except RuntimeError:
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def stop(self) -> None:
        """Stop the server at once (its data is thrown away) and remove its folder."""
        if self.base_dir is None:
            return
        try:
            if (self.data_dir / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.base_dir, ignore_errors=True)
            self.base_dir = None


class DatabaseMaker:
    """Creates and drops uniquely named, empty databases on a server reached through ``server_url``."""

    def __init__(self, server_url: str):
        self.server_url = psycopg_url(server_url)
        self.engine = sa.create_engine(self.server_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        with self.engine.connect() as conn:
            version = int(conn.execute(sa.text("SHOW server_version_num")).scalar_one())
        # PostgreSQL 15+ copies WAL-logged by default; a plain file copy is faster on a server without fsync.
        self.strategy = " STRATEGY FILE_COPY" if version >= 150000 else ""

    def create(self) -> str:
        """A new empty database (copied from template0, so nothing leaks in); returns its URL."""
        name = f"docroute_test_{uuid.uuid4().hex[:12]}"
        with self.engine.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'{self.strategy}'))
        return make_url(self.server_url).set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        """Drop the database of ``url``, ending any connection a test left open."""
        name = make_url(url).database
        with self.engine.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def dispose(self) -> None:
        self.engine.dispose()
