"""The unit of work: one transaction, committed or rolled back in exactly one place."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..errors import Conflict

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from ..clock import Clock
    from ..config import Settings
    from ..workflow.runtime import WorkflowRuntime


@dataclass
class UnitOfWork:
    """What a service needs for one use case: the session, the workflow runtime, the clock."""

    session: Session
    runtime: WorkflowRuntime
    clock: Clock
    settings: Settings
    write: bool = False
    after_commit: list = field(default_factory=list)
    # Undo of changes outside the database (files written into the store). ``before_rollback``
    # runs while the failing transaction still holds its locks; ``after_failed_commit`` runs
    # when the commit itself failed (the database already rolled back).
    before_rollback: list = field(default_factory=list)
    after_failed_commit: list = field(default_factory=list)
    _done: bool = False

    def commit(self) -> None:
        """Commit once; a lost race (version check, unique key, lock) becomes ``Conflict``."""
        try:
            self.session.commit()
        except (StaleDataError, IntegrityError) as exc:
            self._commit_failed()
            raise Conflict("Dữ liệu vừa được người khác thay đổi, vui lòng tải lại.") from exc
        except OperationalError as exc:
            self._commit_failed()
            if "locked" in str(exc) or "could not serialize" in str(exc):
                raise Conflict("Dữ liệu đang được người khác cập nhật, vui lòng thử lại.") from exc
            raise
        except BaseException:
            self._commit_failed()
            raise
        self._done = True
        self.before_rollback.clear()
        self.after_failed_commit.clear()
        for callback in self.after_commit:
            callback()

    def _commit_failed(self) -> None:
        self.session.rollback()
        self._done = True
        self.before_rollback.clear()
        callbacks, self.after_failed_commit = self.after_failed_commit, []
        for callback in callbacks:
            try:
                callback()
            except Exception:  # the commit's own error is the one to report
                log.exception("clean-up after a failed commit")

    def discard(self) -> None:
        """End without committing: undo outside changes first (locks still held), then roll back."""
        callbacks, self.before_rollback = self.before_rollback, []
        self.after_failed_commit.clear()
        try:
            if not self._done:
                for callback in reversed(callbacks):
                    callback()
        finally:
            self.session.rollback()
