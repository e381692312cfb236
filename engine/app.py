"""The engine's facade: its parts (database, workflow runtime, clock) built once and passed in."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import sessionmaker

from .calendar import load_calendar
from .clock import Clock
from .config import Settings
from .persistence.db import WRITE_OPTION, make_engine
from .persistence.uow import UnitOfWork
from .persistence.writers import lock_path, writer_turn
from .workflow.runtime import WorkflowRuntime
from .workflow.specs import SpecLibrary
from .workflow.timers import DeadlineRules


class Docroute:
    """Owns the database engine and the parsed BPMN; hands out units of work."""

    def __init__(self, settings: Settings, *, clock: Clock | None = None,
                 runtime: WorkflowRuntime | None = None):
        self.settings = settings
        self.clock = clock or Clock()
        self.db = make_engine(settings.database_url)
        self.runtime = runtime or WorkflowRuntime(
            SpecLibrary(settings.workflows_dir),
            deadlines=DeadlineRules(load_calendar(), settings.reminder_working_days))
        self._read = sessionmaker(self.db, expire_on_commit=False)
        self._write = sessionmaker(self.db.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)
        self._writers_lock = lock_path(self.db)

    @contextmanager
    def unit_of_work(self, *, write: bool = False) -> Iterator[UnitOfWork]:
        """A session for one use case. Nothing is saved unless the caller calls ``commit()``."""
        with writer_turn(self._writers_lock if write else None):
            session = (self._write if write else self._read)()
            work = UnitOfWork(session, self.runtime, self.clock, self.settings, write)
            try:
                yield work
            finally:
                try:
                    work.discard()
                finally:
                    session.close()

    def migrate(self) -> None:
        """Create or upgrade the schema (Alembic), then store the current BPMN specs once."""
        from .persistence.migrate import upgrade

        upgrade(self.db, data_dir=self.settings.data_dir)
        self.store_specs()
        self.db.dispose()  # no pooled connection is carried into processes forked afterwards (serve)

    def store_specs(self) -> None:
        from .services.specs import current_spec_id

        with self.unit_of_work(write=True) as uow:
            for process_id in self.runtime.library.processes:
                current_spec_id(uow, process_id)
            uow.commit()

    def dispose(self) -> None:
        self.db.dispose()
