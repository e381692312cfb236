"""Jinja filters and the values every page's layout needs (header counts, agency name).

Dates are shown dd/mm/yyyy and times in Asia/Ho_Chi_Minh, as Vietnamese agencies write them.
"""
from __future__ import annotations

import datetime as dt

from flask_babel import gettext, ngettext
from flask_login import current_user
from markupsafe import Markup, escape

from engine.clock import AGENCY_TZ
from engine.services import inbox, notifications, search
from forms import vocabulary as words

from ..context import uow
from . import bp

URGENCY_BADGE = {"normal": "text-bg-light border", "khan": "badge-khan",
                 "thuong_khan": "badge-thuong-khan", "hoa_toc": "badge-hoa-toc"}
CONFIDENTIALITY_BADGE = {"mat": "badge-mat", "toi_mat": "badge-toi-mat", "tuyet_mat": "badge-tuyet-mat"}
FILE_ICONS = {"application/pdf": "bi-file-earmark-pdf text-danger",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "bi-file-earmark-word text-primary",
              "image/png": "bi-file-earmark-image", "image/jpeg": "bi-file-earmark-image",
              "image/tiff": "bi-file-earmark-image", "application/edxml+xml": "bi-file-earmark-code",
              "application/msword": "bi-file-earmark-word text-primary", "application/rtf": "bi-file-earmark-text",
              "application/vnd.ms-excel": "bi-file-earmark-excel text-success",
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "bi-file-earmark-excel text-success"}
STATUS_BADGE = {"assigning": "badge-assigning", "in_progress": "badge-in-progress",
                "completed": "badge-completed", "filed": "badge-filed",
                "revoked": "text-bg-danger", "replaced": "text-bg-secondary"}


def _label(table: dict, code) -> str:
    return str(table.get(code, code or ""))


@bp.app_template_filter("date")
def format_date(value) -> str:
    """dd/mm/yyyy; a timestamp is first moved to Vietnam's time zone."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    if isinstance(value, dt.datetime):
        value = value.astimezone(AGENCY_TZ)
    return value.strftime("%d/%m/%Y")


@bp.app_template_filter("datetime")
def format_datetime(value: dt.datetime | None) -> str:
    """dd/mm/yyyy HH:MM in Asia/Ho_Chi_Minh."""
    return value.astimezone(AGENCY_TZ).strftime("%d/%m/%Y %H:%M") if value else ""


@bp.app_template_filter("highlight")
def highlight(value: str | None, q: str | None) -> Markup:
    """``value`` with the words the search ``q`` found wrapped in <mark>."""
    return Markup("").join(Markup("<mark>{}</mark>").format(piece) if found else escape(piece)
                           for piece, found in search.highlight(value or "", q))


@bp.app_template_filter("days_left")
def days_left(days: int | None) -> str:
    if days is None:
        return gettext("no deadline")
    if days == 0:
        return gettext("due today")
    if days > 0:
        return ngettext("%(num)d day left", "%(num)d days left", days)
    return ngettext("%(num)d day overdue", "%(num)d days overdue", -days)


@bp.app_template_filter("duty_rule")
def duty_rule(duty) -> str:
    """When a recurring report falls due, in words: "Hằng quý, hạn ngày 15 của tháng cuối quý"."""
    if duty.period == "monthly":
        return gettext("Monthly, due on day %(day)s of each month", day=duty.day)
    if duty.period == "quarterly":
        return gettext("Quarterly, due on day %(day)s of the last month of each quarter", day=duty.day)
    if duty.period == "half_yearly":
        return gettext("Every six months, due on day %(day)s of June and of December", day=duty.day)
    return gettext("Yearly, due on %(date)s each year", date=f"{duty.day:02d}/{duty.month:02d}")


# Code → label filters, one per vocabulary of forms/vocabulary.py (labels are lazy gettext strings).
LABEL_FILTERS = {
    "urgency": words.URGENCY, "confidentiality": words.CONFIDENTIALITY, "status": words.STATUS,
    "step": words.STEP, "task_step": words.TASK_STEP, "action": words.ACTION, "role": words.ROLE,
    "dept_role": words.DEPARTMENT_ROLE, "kind": words.NOTIFICATION_KIND,
    "register_name": words.REGISTERS, "language": words.LANGUAGES,
    # The type name as stored (Vietnamese), or its translation when the UI is in English.
    "doc_type": words.DOC_TYPES,
    "package_outcome": words.PACKAGE_OUTCOME, "interchange_status": words.INTERCHANGE_STATUS,
}
for _name, _table in LABEL_FILTERS.items():
    bp.add_app_template_filter(lambda code, table=_table: _label(table, code), _name)


@bp.app_template_filter("roles")
def roles_text(user) -> str:
    order = list(words.ROLE)
    return ", ".join(_label(words.ROLE, r) for r in sorted(user.roles, key=lambda r: order.index(r) if r in order else 99))


@bp.app_template_global("has_role")
def has_role(*roles: str) -> bool:
    """True when the logged-in user holds one of ``roles`` (for showing navigation items)."""
    return current_user.is_authenticated and bool(current_user.roles & set(roles))


@bp.record_once
def _badge_classes(state) -> None:
    """CSS classes of the marks, as Jinja globals so imported macros see them too."""
    state.app.jinja_env.globals.update(URGENCY_BADGE=URGENCY_BADGE, STATUS_BADGE=STATUS_BADGE,
                                       CONFIDENTIALITY_BADGE=CONFIDENTIALITY_BADGE, FILE_ICONS=FILE_ICONS)


@bp.app_context_processor
def layout_values() -> dict:
    """Badges and names for the header and navigation (three small indexed queries)."""
    work = uow()
    values: dict = {"agency_name": inbox.agency_name(work)}
    if current_user.is_authenticated:
        values.update(unread_count=notifications.unread_count(work, current_user),
                      task_count=inbox.open_task_count(work, current_user))
    return values
