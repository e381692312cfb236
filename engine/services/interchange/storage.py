"""Files the interchange writes under the data folder, kept in step with the unit of work."""
from __future__ import annotations

import os
from pathlib import Path

from ...persistence.uow import UnitOfWork


def write_undone_on_rollback(uow: UnitOfWork, path: Path, data: bytes) -> None:
    """Write atomically; the file (and its folder, once empty) goes if the unit of work does not commit."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".part")
    with open(temporary, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(temporary, path)

    def undo() -> None:
        path.unlink(missing_ok=True)
        try:
            path.parent.rmdir()
        except OSError:  # not empty: other files of the same change are still there
            pass

    uow.before_rollback.append(undo)
    uow.after_failed_commit.append(undo)
