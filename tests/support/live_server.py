"""Serve a WSGI app from a background thread so a real browser or HTTP client can talk to it."""
from __future__ import annotations

import threading

from werkzeug.serving import BaseWSGIServer, make_server


class LiveServer:
    """A threaded werkzeug server for ``app`` on 127.0.0.1 and a port the OS picks."""

    def __init__(self, app):
        self._server: BaseWSGIServer = make_server("127.0.0.1", 0, app, threaded=True)
        self._thread = threading.Thread(target=self._server.serve_forever, name="live-server", daemon=True)

    @property
    def url(self) -> str:
        """Base URL without a trailing slash, e.g. ``http://127.0.0.1:41234``."""
        return f"http://127.0.0.1:{self._server.server_port}"

    def start(self) -> str:
        self._thread.start()
        return self.url

    def stop(self) -> None:
        """Stop accepting requests, wait for the serving thread and close the socket."""
        self._server.shutdown()
        self._thread.join(timeout=10)
        self._server.server_close()
