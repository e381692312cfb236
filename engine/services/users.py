"""Users: passwords, log-in, and the people a step can be given to."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import joinedload
from werkzeug.security import check_password_hash, generate_password_hash

from ..domain import Role
from ..persistence.models import Department, User, UserRole
from ..persistence.uow import UnitOfWork

# A valid hash to compare against when the user does not exist, so timing does not tell.
_DUMMY_HASH = generate_password_hash("docroute", method="pbkdf2:sha256:1000")


def hash_password(uow: UnitOfWork, password: str) -> str:
    return generate_password_hash(password, method=uow.settings.password_hash_method)


def authenticate(uow: UnitOfWork, username: str, password: str) -> User | None:
    user = uow.session.scalar(select(User).where(User.username == username))
    if user is None or not user.active:
        check_password_hash(_DUMMY_HASH, password)
        return None
    return user if check_password_hash(user.password_hash, password) else None


def get_user(uow: UnitOfWork, user_id: int) -> User | None:
    """The user with department and roles in one query: every request starts with this."""
    return uow.session.get(User, user_id, options=[joinedload(User.role_rows)])


def get_by_username(uow: UnitOfWork, username: str) -> User | None:
    return uow.session.scalar(select(User).where(User.username == username))


def departments(uow: UnitOfWork) -> list[Department]:
    return list(uow.session.scalars(select(Department).order_by(Department.name)))


def assignable_in(uow: UnitOfWork, department_id: int) -> list[User]:
    """Staff and heads of a department: whom a head may give a document to."""
    return list(uow.session.scalars(
        select(User).join(UserRole, UserRole.user_id == User.id)
        .where(User.department_id == department_id, User.active.is_(True),
               UserRole.role.in_([Role.STAFF.value, Role.HEAD.value]))
        .distinct().order_by(User.full_name)))


def all_users(uow: UnitOfWork) -> list[User]:
    return list(uow.session.scalars(select(User).order_by(User.username)))
