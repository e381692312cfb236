"""The unit of work: one transaction, committed or rolled back in exactly one place."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..errors import Conflict

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
    # Undo for what is not in the database (files written during the unit of work): run when the
    # unit of work ends without a successful commit, so no file outlives a failed operation.
    after_rollback: list = field(default_factory=list)
    committed: bool = False

    def commit(self) -> None:
        """Commit once; a lost race (version check, unique key, lock) becomes ``Conflict``."""
        try:
            self.session.commit()
        except (StaleDataError, IntegrityError) as exc:
            self.session.rollback()
            raise Conflict("Dữ liệu vừa được người khác thay đổi, vui lòng tải lại.") from exc
        except OperationalError as exc:
            self.session.rollback()
            if "locked" in str(exc) or "could not serialize" in str(exc):
                raise Conflict("Dữ liệu đang được người khác cập nhật, vui lòng thử lại.") from exc
            raise
        self.committed = True
        self.after_rollback.clear()
        for callback in self.after_commit:
            callback()

    def discard(self) -> None:
        """Run the undo callbacks of an uncommitted unit of work (newest first), once."""
        callbacks, self.after_rollback = self.after_rollback, []
        for callback in reversed(callbacks):
            callback()
