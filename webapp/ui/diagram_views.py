"""The process diagrams (workflows/bpmn/), drawn in the browser by bpmn-js."""
from __future__ import annotations

from flask import abort, render_template, send_from_directory
from flask_babel import lazy_gettext as _l
from flask_login import login_required

from ..context import docroute
from . import bp

TITLES = {
    "routing": _l("Routing an incoming document (leadership)"),
    "department_handling": _l("Handling in a department"),
    "recurring_report": _l("Recurring report duty (lead department)"),
}


def _diagrams() -> list[str]:
    folder = docroute().settings.workflows_dir
    names = sorted(p.stem for p in folder.glob("*.bpmn"))
    return sorted(names, key=lambda n: (n not in TITLES, list(TITLES).index(n) if n in TITLES else 0, n))


@bp.get("/processes")
@login_required
def processes():
    return render_template("processes.html", diagrams=[(n, TITLES.get(n, n)) for n in _diagrams()])


@bp.get("/processes/<name>.bpmn")
@login_required
def process_file(name: str):
    if name not in _diagrams():
        abort(404)
    return send_from_directory(docroute().settings.workflows_dir, f"{name}.bpmn",
                               mimetype="application/xml", max_age=0)
