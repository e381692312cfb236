"""Database engines: SQLite (embedded default) and PostgreSQL, with the same behaviour."""
from __future__ import annotations

from sqlalchemy import Engine, create_engine, event

WRITE_OPTION = "docroute_write"


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create the engine; on SQLite, WAL and ``BEGIN IMMEDIATE`` for writing units of work.

    ``BEGIN IMMEDIATE`` takes SQLite's write lock at the start, so two concurrent completions
    queue instead of failing half-way with "database is locked" on upgrade.
    """
    if url.startswith("sqlite"):
        # Pooled (SQLAlchemy's default QueuePool for files): closing the last connection to a WAL
        # database checkpoints and syncs it, which cost ~10 ms per unit of work with NullPool.
        engine = create_engine(url, echo=echo, connect_args={"timeout": 30, "check_same_thread": False})
        _configure_sqlite(engine)
        return engine
    return create_engine(url, echo=echo, pool_size=10, max_overflow=20, pool_pre_ping=True)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
