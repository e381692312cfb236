"""The ``docroute`` command (api.md): init-db, load-org, demo, serve, worker, extract."""
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


def _interchange_file(file: Path) -> bytes:
    """The package's bytes, refusing a huge file before reading it into memory."""
    from engine.interchange.safe_xml import DEFAULT_MAX_BYTES

    size = file.stat().st_size
    if size > DEFAULT_MAX_BYTES:
        raise click.ClickException(f"{file}: gói tin quá lớn ({size:,} byte, tối đa {DEFAULT_MAX_BYTES:,}) / "
                                   f"package too large ({size:,} bytes, limit {DEFAULT_MAX_BYTES:,})")
    return file.read_bytes()


def _clerk(uow, username: str | None):
    from engine.services import users
    from engine.services.interchange import receive

    user = users.get_by_username(uow, username) if username else receive.first_clerk(uow)
    if user is None:
        raise click.ClickException(f"no such user: {username}" if username else
                                   "no clerk in the organisation (load-org first, or pass --user)")
    return user


def _run_interchange(action):
    """Run an interchange use case; its refusals become a message and a non-zero exit."""
    from engine.errors import DocrouteError, DuplicateDocument, ValidationFailed

    app = _docroute()
    app.migrate()
    try:
        with app.unit_of_work(write=True) as uow:
            result = action(uow)
            uow.commit()
            return result
    except ValidationFailed as exc:
        for field, messages in exc.errors.items():
            click.echo(f"{field}: {'; '.join(messages)}", err=True)
        raise click.ClickException("package refused; nothing was saved") from exc
    except DuplicateDocument as exc:
        raise click.ClickException(f"{exc} (document id {exc.existing_id})") from exc
    except DocrouteError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        app.dispose()


@main.command("import-edxml")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--user", "username", help="the clerk who receives it (default: the first clerk)")
def import_edxml(file: Path, username: str | None) -> None:
    """Receive an edXML package (QCVN 102:2016): register it, or revoke / update / replace the earlier one."""
    from engine.services.interchange import outbox, receive

    data = _interchange_file(file)

    def action(uow):
        result = receive.import_package(uow, _clerk(uow, username), data)
        doc = result.document
        return {"action": result.action, "document_id": doc.id, "incoming_number": doc.incoming_number,
                "year": doc.year, "number": doc.number, "issuer": doc.issuer, "subject": doc.subject,
                "status": doc.status, "closed": [d.id for d in result.closed], "warnings": result.warnings,
                "statuses": [s.status_code for s in reversed(outbox.list_statuses(uow, package_id=result.package.id))]}

    click.echo(json.dumps(_run_interchange(action), ensure_ascii=False, indent=2))


@main.command("refuse-edxml")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--reason", required=True, help="why it is refused (sent back in status 02)")
@click.option("--user", "username", help="the clerk who refuses it (default: the first clerk)")
def refuse_edxml(file: Path, reason: str, username: str | None) -> None:
    """Refuse an edXML package: nothing is registered, its sender gets status 02 with the reason."""
    from engine.services.interchange import receive

    data = _interchange_file(file)

    def action(uow):
        package = receive.refuse_package(uow, _clerk(uow, username), data, reason)
        return {"action": "refused", "package_id": package.id, "sender": package.sender_organ_id,
                "reason": package.reason}

    click.echo(json.dumps(_run_interchange(action), ensure_ascii=False, indent=2))


@main.command()
@click.option("--once", is_flag=True, help="Fire what is due now, then exit.")
@click.option("--interval", default=5.0, type=click.FloatRange(min=0.1), show_default=True,
              help="Seconds between two rounds.")
def worker(once: bool, interval: float) -> None:
    """Run deadline timers (reminders, overdue, escalation) and the other background jobs."""
    import logging
    import signal
    import threading

    from engine.worker import Worker

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    app = _docroute()
    app.migrate()
    runner = Worker(app, interval=interval)
    if once:
        done = runner.run_once()
        click.echo(", ".join(f"{name}: {count}" for name, count in done.items()))
        app.dispose()
        return
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    click.echo(f"docroute worker: every {interval:g} s on "
               f"{app.db.url.render_as_string(hide_password=True)}; Ctrl+C stops it")
    runner.run_forever(stop)
    app.dispose()


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, type=int, show_default=True)
@click.option("--workers", default=2, type=int, show_default=True)
@click.option("--threads", default=4, type=int, show_default=True)
@click.option("--timers/--no-timers", "timers", default=None,
              help="Run the timer worker in-process (default: on SQLite only; "
                   "with PostgreSQL run `docroute worker` beside it).")
def serve(host: str, port: int, workers: int, threads: int, timers: bool | None) -> None:
    """Serve the UI and API with gunicorn (a production WSGI server)."""
    from gunicorn.app.base import BaseApplication

    from . import create_app

    app = _docroute()
    app.migrate()
    if timers is None:
        timers = app.db.dialect.name == "sqlite"

    class Server(BaseApplication):
        def load_config(self):
            for key, value in {"bind": f"{host}:{port}", "workers": workers, "threads": threads,
                               "worker_class": "gthread", "accesslog": "-", "timeout": 60}.items():
                self.cfg.set(key, value)

        def load(self):
            return create_app({"DOCROUTE_RUN_WORKER": timers})

    click.echo(f"docroute on http://{host}:{port}/")
    Server().run()


if __name__ == "__main__":
    sys.exit(main())
