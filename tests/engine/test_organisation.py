"""Loading an organisation file: idempotent when valid, refused as a whole when not."""
from __future__ import annotations

import copy

import pytest
from sqlalchemy import select

from engine import ValidationFailed
from engine.persistence.models import Department, Organization, User, UserRole
from engine.services import organisation, users
from tests.factories import PASSWORD, make_docroute, org_file


@pytest.fixture
def empty(database_url, tmp_path):
    """An engine on a fresh database with no organisation loaded."""
    app = make_docroute(database_url, tmp_path)
    yield app
    app.dispose()


def load(app, data) -> dict:
    with app.unit_of_work(write=True) as uow:
        result = organisation.load_organisation(uow, data)
        uow.commit()
        return result


def snapshot(app) -> dict:
    """Every organisation row, with ids and password hashes."""
    with app.unit_of_work() as uow:
        session = uow.session
        return {
            "organization": [(o.id, o.name) for o in session.scalars(select(Organization))],
            "departments": [(d.id, d.code, d.name)
                            for d in session.scalars(select(Department).order_by(Department.id))],
            "users": [(u.id, u.username, u.full_name, u.department.code if u.department else None, u.active,
                       u.password_hash) for u in session.scalars(select(User).order_by(User.id))],
            "roles": [(r.id, r.user_id, r.role) for r in session.scalars(select(UserRole).order_by(UserRole.id))],
        }


def test_a_valid_file_loads_and_loading_it_again_changes_nothing(empty):
    data = org_file(2)
    assert load(empty, data) == {"departments": 4, "users": 10, "users_created": 10}
    first = snapshot(empty)
    assert [d[1] for d in first["departments"]] == ["BGD", "VP", "P1", "P2"]
    assert len(first["users"]) == 10 and len(first["roles"]) == 10
    assert load(empty, data)["users_created"] == 0
    assert snapshot(empty) == first
    with empty.unit_of_work() as uow:
        assert users.authenticate(uow, "tp1", PASSWORD).username == "tp1"
        assert users.authenticate(uow, "tp1", "wrong") is None


def test_a_changed_file_updates_names_roles_and_departments(empty):
    load(empty, org_file(2))
    data = org_file(2)
    data["departments"][2]["name"] = "Phòng Nghiệp vụ Y"
    cv1a = next(u for u in data["users"] if u["username"] == "cv1a")
    cv1a.update(roles=["staff", "head"], department="P2")
    load(empty, data)
    with empty.unit_of_work() as uow:
        assert uow.session.scalar(select(Department.name).where(Department.code == "P1")) == "Phòng Nghiệp vụ Y"
        user = users.get_by_username(uow, "cv1a")
        assert (user.roles, user.department.code) == ({"staff", "head"}, "P2")


def _with_bad_entry(where: str) -> tuple[dict, str]:
    data = org_file(2)
    if where == "users[3].roles":
        data["users"][3]["roles"] = ["leader", "boss"]
    elif where == "users[5].department":
        data["users"][5]["department"] = "P9"
    elif where == "users[0].password":
        del data["users"][0]["password"]
    elif where == "users[4].username":
        data["users"][4]["username"] = data["users"][1]["username"]
    elif where == "departments[3].code":
        data["departments"][3]["code"] = "P1"
    elif where == "departments[1].name":
        data["departments"][1]["name"] = " "
    elif where == "organization.name":
        data["organization"] = {}
    elif where == "users[2]":
        data["users"][2] = "gd"
    return data, where


def test_a_malformed_file_is_refused_as_a_whole_naming_the_bad_entry(empty, subtests):
    for where in ["users[3].roles", "users[5].department", "users[0].password", "users[4].username",
                  "departments[3].code", "departments[1].name", "organization.name", "users[2]"]:
        with subtests.test(where=where):
            data, bad = _with_bad_entry(where)
            with pytest.raises(ValidationFailed) as refused:
                load(empty, data)
            assert list(refused.value.errors)[0] == bad       # (a duplicated code also orphans its users)
            assert bad in str(refused.value)
            assert snapshot(empty) == {"organization": [], "departments": [], "users": [], "roles": []}


def test_a_file_that_is_not_an_object_is_refused(empty):
    for data in ([], "org", None):
        with pytest.raises(ValidationFailed) as refused:
            load(empty, data)
        assert list(refused.value.errors) == ["file"]


def test_a_malformed_update_leaves_the_loaded_organisation_untouched(empty):
    load(empty, org_file(2))
    before = snapshot(empty)
    data = copy.deepcopy(org_file(3))
    data["departments"][0]["name"] = "Ban Lãnh đạo"
    data["users"][3]["roles"] = ["boss"]
    with pytest.raises(ValidationFailed) as refused:
        load(empty, data)
    assert list(refused.value.errors) == ["users[3].roles"]
    assert snapshot(empty) == before


def emails(app) -> dict:
    with app.unit_of_work() as uow:
        return {u.username: u.email for u in uow.session.scalars(select(User)) if u.email}


def test_an_optional_email_per_user_is_loaded_checked_and_kept(empty):
    data = org_file(1)
    data["users"][0]["email"] = " vanthu@ttyt.example.vn "
    data["users"][2]["email"] = None
    load(empty, data)
    assert emails(empty) == {"vt": "vanthu@ttyt.example.vn"}
    with empty.unit_of_work(write=True) as uow:          # a user gives their own address
        users.get_by_username(uow, "gd").email = "gd@ttyt.example.vn"
        uow.commit()
    load(empty, org_file(1))                             # a file without emails keeps them
    assert emails(empty) == {"vt": "vanthu@ttyt.example.vn", "gd": "gd@ttyt.example.vn"}
    data = org_file(1)
    data["users"][0]["email"] = None                     # null removes one
    load(empty, data)
    assert emails(empty) == {"gd": "gd@ttyt.example.vn"}

    before = snapshot(empty)
    data = org_file(1)
    data["users"][1]["email"] = "kiemtra-at-ttyt"
    with pytest.raises(ValidationFailed) as refused:
        load(empty, data)
    assert list(refused.value.errors) == ["users[1].email"]
    assert snapshot(empty) == before and emails(empty) == {"gd": "gd@ttyt.example.vn"}
