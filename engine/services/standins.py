"""Stand-ins (ủy quyền): a leader or head names who acts for them over a date range.

While a period runs (today between its first and last day, both inclusive), the stand-in's inbox
holds the principal's tasks too, the stand-in may act on them, and the history names both (the
actor, on behalf of the principal). Who may stand in:

- for a leader: another active leader;
- for a head of department: an active head or staff member of the same department.

A user who is both leader and head needs a stand-in who qualifies for both. Periods of the same
person never overlap; a stand-in does not pass the principal's tasks on again (no chains).
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ..domain import Role
from ..errors import Conflict, Forbidden, NotFound
from ..persistence.models import StandIn, User, UserRole
from ..persistence.uow import UnitOfWork
from .validation import Errors, date, require_object, text

PRINCIPAL_ROLES = (Role.LEADER.value, Role.HEAD.value)
MAX_DAYS = 366


def active_on(day: dt.date):
    """SQL condition: the period is running on ``day``."""
    return (StandIn.cancelled_at.is_(None), StandIn.starts_on <= day, StandIn.ends_on >= day)


def principals(uow: UnitOfWork, user: User) -> list[User]:
    """The people ``user`` stands in for today (one indexed query; usually none)."""
    return list(uow.session.scalars(
        select(User).join(StandIn, StandIn.user_id == User.id)
        .where(StandIn.stand_in_id == user.id, User.active.is_(True), *active_on(uow.clock.today()))
        .order_by(User.id)).unique())


def stand_ins_of(uow: UnitOfWork, user_ids: list[int]) -> dict[int, list[int]]:
    """For each of ``user_ids``, who stands in for them today (active users only)."""
    if not user_ids:
        return {}
    found: dict[int, list[int]] = {}
    rows = uow.session.execute(
        select(StandIn.user_id, StandIn.stand_in_id).join(User, User.id == StandIn.stand_in_id)
        .where(StandIn.user_id.in_(user_ids), User.active.is_(True), *active_on(uow.clock.today())))
    for user_id, stand_in_id in rows:
        found.setdefault(user_id, []).append(stand_in_id)
    return found


def _qualifies(principal: User, candidate: User) -> bool:
    if Role.LEADER.value in principal.roles and Role.LEADER.value not in candidate.roles:
        return False
    if Role.HEAD.value in principal.roles:
        same_department = candidate.department_id is not None and candidate.department_id == principal.department_id
        if not same_department or not candidate.roles & {Role.HEAD.value, Role.STAFF.value}:
            return False
    return True


def name_stand_in(uow: UnitOfWork, user: User, data: dict) -> StandIn:
    """``user`` (a leader or head) names a stand-in from ``from`` to ``to``; the caller commits."""
    if not user.roles & set(PRINCIPAL_ROLES):
        raise Forbidden("Chỉ lãnh đạo hoặc trưởng phòng, khoa được ủy quyền.")
    data = require_object(data)
    errors = Errors()
    username = text(errors, data, "stand_in", required=True, max_len=64)
    starts_on = date(errors, data, "from", required=True)
    ends_on = date(errors, data, "to", required=True)
    note = text(errors, data, "note", max_len=500)
    today = uow.clock.today()
    candidate = None
    if username:
        candidate = uow.session.scalar(select(User).where(User.username == username))
        if candidate is None or not candidate.active:
            errors.add("stand_in", "Không có người dùng đang hoạt động với tên đăng nhập này.")
        elif candidate.id == user.id:
            errors.add("stand_in", "Không thể ủy quyền cho chính mình.")
        elif not _qualifies(user, candidate):
            errors.add("stand_in", "Người nhận ủy quyền của lãnh đạo phải là lãnh đạo; của trưởng phòng, khoa "
                                   "phải là trưởng phòng hoặc chuyên viên cùng phòng, khoa.")
    if starts_on and starts_on < today:
        errors.add("from", "Ngày bắt đầu không được ở quá khứ.")
    if starts_on and ends_on:
        if ends_on < starts_on:
            errors.add("to", "Ngày kết thúc không được trước ngày bắt đầu.")
        elif (ends_on - starts_on).days >= MAX_DAYS:
            errors.add("to", f"Một lần ủy quyền không quá {MAX_DAYS} ngày.")
    errors.raise_if_any()
    # The principal's row locked: two periods named at once cannot both pass the overlap check.
    uow.session.scalar(select(User.id).where(User.id == user.id).with_for_update())
    overlapping = uow.session.scalar(select(StandIn).where(
        StandIn.user_id == user.id, StandIn.cancelled_at.is_(None),
        StandIn.starts_on <= ends_on, StandIn.ends_on >= starts_on).limit(1))
    if overlapping is not None:
        raise Conflict(f"Đã có ủy quyền từ {overlapping.starts_on:%d/%m/%Y} đến {overlapping.ends_on:%d/%m/%Y} "
                       "trùng với khoảng thời gian này.")
    period = StandIn(user_id=user.id, stand_in_id=candidate.id, starts_on=starts_on, ends_on=ends_on,
                     note=note, created_at=uow.clock.now())
    uow.session.add(period)
    uow.session.flush()
    return period


def list_stand_ins(uow: UnitOfWork, user: User, *, include_past: bool = False) -> list[StandIn]:
    """Periods the user named or was named in, not cancelled; current and upcoming unless ``include_past``."""
    query = select(StandIn).where((StandIn.user_id == user.id) | (StandIn.stand_in_id == user.id),
                                  StandIn.cancelled_at.is_(None))
    if not include_past:
        query = query.where(StandIn.ends_on >= uow.clock.today())
    return list(uow.session.scalars(query.order_by(StandIn.starts_on, StandIn.id)))


def cancel_stand_in(uow: UnitOfWork, user: User, stand_in_id: int) -> StandIn:
    """The principal ends (or calls off) a period: 404, 403 (not theirs), 409 (already ended)."""
    period = uow.session.scalar(select(StandIn).where(StandIn.id == stand_in_id).with_for_update(of=StandIn))
    if period is None:
        raise NotFound("Không có ủy quyền này.")
    if period.user_id != user.id:
        raise Forbidden("Chỉ người ủy quyền được hủy ủy quyền này.")
    if period.cancelled_at is not None:
        raise Conflict("Ủy quyền này đã được hủy.")
    if period.ends_on < uow.clock.today():
        raise Conflict("Ủy quyền này đã kết thúc.")
    period.cancelled_at = uow.clock.now()
    uow.session.flush()
    return period


def stand_in_candidates(uow: UnitOfWork, user: User) -> list[User]:
    """Everyone ``user`` may name as stand-in (for the form's choices)."""
    people = uow.session.scalars(
        select(User).join(UserRole, UserRole.user_id == User.id)
        .where(User.active.is_(True), User.id != user.id,
               UserRole.role.in_([Role.LEADER.value, Role.HEAD.value, Role.STAFF.value]))
        .order_by(User.full_name)).unique()
    return [u for u in people if _qualifies(user, u)]
