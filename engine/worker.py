"""The background worker: runs a short list of jobs, again every ``interval`` seconds.

A job is a function of the engine (``Docroute``) that does what is due now, in its own units of
work, and returns how many things it did. Adding a job (mail delivery, say) is one line in
``JOBS``. Any number of workers may run at once, in threads or processes: each job is safe to run
concurrently with itself (see ``services/timers.py``).
"""
from __future__ import annotations

import fcntl
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from .app import Docroute
from .services.mail import send_due_mail
from .services.timers import run_due_timers

log = logging.getLogger(__name__)

Job = Callable[[Docroute], int]
JOBS: list[Job] = [
    run_due_timers,
    send_due_mail,      # after the timers: their reminders go out in the same round
]
DEFAULT_INTERVAL = 5.0


class Worker:
    def __init__(self, app: Docroute, *, jobs: list[Job] | None = None, interval: float = DEFAULT_INTERVAL):
        self.app = app
        self.jobs = list(JOBS if jobs is None else jobs)
        self.interval = interval

    def run_once(self) -> dict[str, int]:
        """Run every job once; a failing job is logged and does not stop the others."""
        done = {}
        for job in self.jobs:
            try:
                done[job.__name__] = job(self.app)
            except Exception:  # noqa: BLE001 - a worker must survive one bad round
                log.exception("job %s failed; retried next round", job.__name__)
                done[job.__name__] = 0
        return done

    def run_forever(self, stop: threading.Event) -> None:
        """Run the jobs until ``stop`` is set; a first round at once (timers that fell due meanwhile)."""
        while not stop.is_set():
            self.run_once()
            stop.wait(self.interval)


class BackgroundWorker:
    """One worker thread per server, not one per server process.

    Every process of ``docroute serve`` starts one of these; the one that takes the lock file
    ``<instance>/worker.lock`` runs the jobs, the others check again every ``interval`` and take
    over if it goes away. (Running two would still fire each timer once; this just saves work.)
    """

    def __init__(self, app: Docroute, *, interval: float = DEFAULT_INTERVAL, lock_file: Path | None = None):
        self.worker = Worker(app, interval=interval)
        self.lock_file = lock_file or app.settings.instance_dir / "worker.lock"
        self.stop_event = threading.Event()
        self.leading = False  # this one took the lock and runs the jobs
        self.thread = threading.Thread(target=self._run, name="docroute-worker", daemon=True)

    def start(self) -> BackgroundWorker:
        self.thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self.stop_event.set()
        self.thread.join(timeout)

    def _run(self) -> None:
        self.lock_file.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.lock_file, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            while not self.stop_event.is_set():
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    self.stop_event.wait(self.worker.interval)
                    continue
                self.leading = True
                log.info("timer worker running in process %s", os.getpid())
                self.worker.run_forever(self.stop_event)
        finally:
            os.close(fd)
