"""Loading an organisation file (api.md): all of it or nothing, idempotent."""
from __future__ import annotations

from sqlalchemy import select
from werkzeug.security import check_password_hash

from ..domain import Role
from ..persistence.models import Department, Organization, User, UserRole
from ..persistence.uow import UnitOfWork
from .preferences import check_email
from .users import hash_password
from .validation import Errors

ROLES = [r.value for r in Role]


def _check(data, errors: Errors, known_codes: set[str]) -> None:
    if not isinstance(data, dict):
        errors.add("file", "Tệp tổ chức phải là một đối tượng JSON.")
        return
    org = data.get("organization")
    if not isinstance(org, dict) or not isinstance(org.get("name"), str) or not org["name"].strip():
        errors.add("organization.name", "Thiếu tên cơ quan.")
    depts = data.get("departments", [])
    users = data.get("users", [])
    if not isinstance(depts, list):
        errors.add("departments", "Phải là danh sách.")
        depts = []
    if not isinstance(users, list):
        errors.add("users", "Phải là danh sách.")
        users = []
    codes: set[str] = set()
    for i, dept in enumerate(depts):
        where = f"departments[{i}]"
        if not isinstance(dept, dict):
            errors.add(where, "Phải là một đối tượng.")
            continue
        code, name = dept.get("code"), dept.get("name")
        if not isinstance(code, str) or not code.strip() or len(code) > 32:
            errors.add(f"{where}.code", "Thiếu mã phòng (tối đa 32 ký tự).")
        elif code in codes:
            errors.add(f"{where}.code", f"Mã phòng {code} bị trùng.")
        else:
            codes.add(code)
        if not isinstance(name, str) or not name.strip():
            errors.add(f"{where}.name", "Thiếu tên phòng.")
    usernames: set[str] = set()
    for i, user in enumerate(users):
        where = f"users[{i}]"
        if not isinstance(user, dict):
            errors.add(where, "Phải là một đối tượng.")
            continue
        username = user.get("username")
        if not isinstance(username, str) or not username.strip() or len(username) > 64:
            errors.add(f"{where}.username", "Thiếu tên đăng nhập.")
        elif username in usernames:
            errors.add(f"{where}.username", f"Tên đăng nhập {username} bị trùng.")
        else:
            usernames.add(username)
        if not isinstance(user.get("full_name"), str) or not user["full_name"].strip():
            errors.add(f"{where}.full_name", "Thiếu họ tên.")
        if not isinstance(user.get("password"), str) or len(user["password"]) < 4:
            errors.add(f"{where}.password", "Thiếu mật khẩu (ít nhất 4 ký tự).")
        roles = user.get("roles")
        if not isinstance(roles, list) or not roles or any(r not in ROLES for r in roles):
            errors.add(f"{where}.roles", "Vai trò phải là danh sách gồm: " + ", ".join(ROLES) + ".")
        dept = user.get("department")
        if dept is not None and (not isinstance(dept, str) or dept not in codes | known_codes):
            errors.add(f"{where}.department", f"Không có phòng mã {dept}.")
        check_email(errors, f"{where}.email", user.get("email"))


def load_organisation(uow: UnitOfWork, data) -> dict:
    """Create or update the organisation, departments and users; refuse a bad file as a whole."""
    session = uow.session
    existing = {d.code: d for d in session.scalars(select(Department))}
    errors = Errors()
    _check(data, errors, set(existing))
    errors.raise_if_any()

    org = session.scalar(select(Organization).limit(1))
    if org is None:
        org = Organization(name=data["organization"]["name"].strip())
        session.add(org)
    org.name = data["organization"]["name"].strip()
    for dept in data.get("departments", []):
        row = existing.get(dept["code"])
        if row is None:
            row = existing[dept["code"]] = Department(code=dept["code"], name=dept["name"].strip())
            session.add(row)
        row.name = dept["name"].strip()
    session.flush()
    users = {u.username: u for u in session.scalars(select(User))}
    created = 0
    for entry in data.get("users", []):
        user = users.get(entry["username"])
        if user is None:
            user = User(username=entry["username"], password_hash=hash_password(uow, entry["password"]))
            session.add(user)
            created += 1
        elif not check_password_hash(user.password_hash, entry["password"]):
            user.password_hash = hash_password(uow, entry["password"])
        user.full_name = entry["full_name"].strip()
        if "email" in entry:  # optional: a file without it keeps the address the user gave
            user.email = check_email(Errors(), "email", entry["email"])
        user.active = True
        user.department = existing[entry["department"]] if entry.get("department") else None
        wanted = set(entry["roles"])
        user.role_rows = [r for r in user.role_rows if r.role in wanted] + [
            UserRole(role=r) for r in sorted(wanted - {r.role for r in user.role_rows})]
    session.flush()
    return {"departments": len(data.get("departments", [])), "users": len(data.get("users", [])),
            "users_created": created}
