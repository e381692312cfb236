"""The ``docroute`` command (api.md): init-db, load-org, demo, serve."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from engine import Docroute, Settings, ValidationFailed


def _docroute() -> Docroute:
    settings = Settings.from_env()
    settings.ensure_dirs()
    return Docroute(settings)


@click.group()
def main() -> None:
    """docroute: routing incoming official documents (văn bản đến)."""


@main.command("init-db")
def init_db() -> None:
    """Create or migrate the database (Alembic); safe to run again."""
    app = _docroute()
    app.migrate()
    click.echo(f"Database ready: {app.db.url.render_as_string(hide_password=True)}")


@main.command("load-org")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def load_org(file: Path) -> None:
    """Create or update departments and users from an organisation file (JSON)."""
    from engine.services.organisation import load_organisation

    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"{file}: not valid JSON ({exc})") from exc
    app = _docroute()
    app.migrate()
    with app.unit_of_work(write=True) as uow:
        try:
            result = load_organisation(uow, data)
        except ValidationFailed as exc:
            for field, messages in exc.errors.items():
                click.echo(f"{field}: {'; '.join(messages)}", err=True)
            raise click.ClickException("organisation file refused; nothing was loaded") from exc
        uow.commit()
    click.echo(f"Loaded {result['departments']} departments, {result['users']} users "
               f"({result['users_created']} new).")


@main.command()
def demo() -> None:
    """init-db, load the demo organisation and register the seed letters; print the logins."""
    from engine.demo import load_demo

    app = _docroute()
    app.migrate()
    logins = load_demo(app)
    click.echo("Demo ready. Logins (username / password / role):")
    for login in logins:
        click.echo(f"  {login['username']:<12} {login['password']:<12} {login['label']}")


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def extract(file: Path) -> None:
    """Print, as JSON, what is read off a letter (.txt, .docx, .pdf, scan, .edxml)."""
    from engine.errors import DocrouteError
    from engine.extraction import ExtractionError, extract_file

    try:
        fields = extract_file(file)
    except (ExtractionError, DocrouteError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(fields, ensure_ascii=False, indent=2))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, type=int, show_default=True)
@click.option("--workers", default=2, type=int, show_default=True)
@click.option("--threads", default=4, type=int, show_default=True)
def serve(host: str, port: int, workers: int, threads: int) -> None:
    """Serve the UI and API with gunicorn (a production WSGI server)."""
    from gunicorn.app.base import BaseApplication

    from . import create_app

    _docroute().migrate()

    class Server(BaseApplication):
        def load_config(self):
            for key, value in {"bind": f"{host}:{port}", "workers": workers, "threads": threads,
                               "worker_class": "gthread", "accesslog": "-", "timeout": 60}.items():
                self.cfg.set(key, value)

        def load(self):
            return create_app()

    click.echo(f"docroute on http://{host}:{port}/")
    Server().run()


if __name__ == "__main__":
    sys.exit(main())
