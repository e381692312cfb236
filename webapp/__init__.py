"""docroute's web application: the UI for people and the JSON API, over the engine's services."""
from __future__ import annotations

import os
import secrets
from pathlib import Path

from flask import Flask, request, session

from engine import Docroute, Settings

from .context import close_uow
from .errors import register_error_handlers
from .extensions import babel, csrf, login_manager
from .files import FORM_ROOM, remove_staged
from .i18n import compile_translations

LANGUAGES = ("vi", "en")


def _secret_key(settings: Settings) -> str:
    """DOCROUTE_SECRET_KEY, or one generated once and kept under the instance folder."""
    if os.environ.get("DOCROUTE_SECRET_KEY"):
        return os.environ["DOCROUTE_SECRET_KEY"]
    path = settings.instance_dir / "secret_key"
    if not path.exists():
        settings.ensure_dirs()
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()


def select_locale() -> str:
    lang = session.get("lang")
    if lang in LANGUAGES:
        return lang
    return "vi"


def create_app(config: dict | None = None) -> Flask:
    """Build the app. ``config`` may carry ``DOCROUTE`` (a ready Docroute), or ``SETTINGS``."""
    config = dict(config or {})
    app = Flask(__name__, instance_path=str(Path(os.environ.get("DOCROUTE_INSTANCE_DIR", "instance")).resolve()))
    docroute: Docroute | None = config.pop("DOCROUTE", None)
    settings: Settings = docroute.settings if docroute else config.pop("SETTINGS", None) or Settings.from_env()
    app.config.update(
        SECRET_KEY=_secret_key(settings) if "SECRET_KEY" not in config else config["SECRET_KEY"],
        BABEL_DEFAULT_LOCALE="vi",
        BABEL_DEFAULT_TIMEZONE="Asia/Ho_Chi_Minh",
        BABEL_TRANSLATION_DIRECTORIES=str(Path(__file__).parent / "translations"),
        WTF_CSRF_TIME_LIMIT=None,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        # the files of one request, plus room for the form fields (webapp/files.py checks each file)
        MAX_CONTENT_LENGTH=settings.max_upload_bytes + FORM_ROOM,
    )
    app.config.update(config)
    if docroute is None:
        settings.ensure_dirs()
        docroute = Docroute(settings)
    app.extensions["docroute"] = docroute
    if app.config.get("DOCROUTE_RUN_WORKER"):
        from engine.worker import BackgroundWorker

        app.extensions["docroute_worker"] = BackgroundWorker(docroute).start()

    compile_translations(Path(app.config["BABEL_TRANSLATION_DIRECTORIES"]))
    babel.init_app(app, locale_selector=select_locale)
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "ui.login"
    login_manager.login_message = None

    from .api import bp as api_bp
    from .ui import bp as ui_bp

    csrf.exempt(api_bp)
    app.register_blueprint(api_bp)
    app.register_blueprint(ui_bp)
    register_error_handlers(app)
    app.teardown_request(close_uow)
    app.teardown_request(remove_staged)

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if request.path.startswith("/api/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    return app
