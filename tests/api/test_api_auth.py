"""POST /api/v1/auth/token, and 401 on every other call without a valid token."""
from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from itsdangerous import URLSafeTimedSerializer

from engine.services import organisation, users
from tests.api.conftest import PREFIX
from tests.factories import PASSWORD, org_file

CALLS = [
    ("GET", "/documents"), ("POST", "/documents"), ("GET", "/documents/1"), ("GET", "/documents/1/history"),
    ("GET", "/tasks"), ("POST", "/tasks/1/complete"), ("GET", "/notifications"), ("POST", "/notifications/read"),
    ("POST", "/documents/extract"), ("GET", "/departments"), ("GET", "/me"), ("GET", "/no/such/call"),
]


def test_a_token_for_the_right_password(api):
    answer = api.client.post(f"{PREFIX}/auth/token", json={"username": "vt", "password": PASSWORD})
    assert answer.status_code == 200
    body = answer.get_json()
    assert isinstance(body["token"], str) and body["token"]
    assert (body["username"], body["roles"]) == ("vt", ["clerk"])
    me = api.client.get(f"{PREFIX}/me", headers={"Authorization": f"Bearer {body['token']}"})
    assert me.status_code == 200 and me.get_json()["username"] == "vt"


@pytest.mark.parametrize("body", [
    {"username": "vt", "password": "wrong"},
    {"username": "nobody", "password": PASSWORD},
    {"username": "vt"},
    {"username": "vt", "password": 123},
    {},
])
def test_no_token_for_bad_credentials(api, body):
    answer = api.client.post(f"{PREFIX}/auth/token", json=body)
    assert answer.status_code == 401
    assert "token" not in answer.get_json()


def test_no_token_for_a_body_that_is_not_json(api):
    answer = api.client.post(f"{PREFIX}/auth/token", data="username=vt", content_type="text/plain")
    assert answer.status_code == 401


@pytest.mark.parametrize("authorization", [None, "Bearer", "Bearer not-a-token", "Token {good}", "{good}",
                                           "Bearer {forged}"])
def test_every_call_needs_a_valid_token(api, authorization):
    good = api.token("gd")
    forged = URLSafeTimedSerializer("another-secret", salt="docroute-api-token").dumps({"u": 1, "p": "x"})
    headers = {"Authorization": authorization.format(good=good, forged=forged)} if authorization else {}
    for method, path in CALLS:
        answer = api.client.open(PREFIX + path, method=method, headers=headers, json={})
        assert (method, path, answer.status_code) == (method, path, 401)
        assert "error" in answer.get_json()


def test_a_token_expires_after_twelve_hours(api):
    token = api.token("gd")
    headers = {"Authorization": f"Bearer {token}"}
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=11, minutes=59)
    with time_machine.travel(later, tick=False):
        assert api.client.get(f"{PREFIX}/me", headers=headers).status_code == 200
    with time_machine.travel(later + dt.timedelta(minutes=2), tick=False):
        assert api.client.get(f"{PREFIX}/me", headers=headers).status_code == 401


def test_a_token_dies_with_a_password_change_or_a_deactivated_account(app, api):
    gd, vt = api.headers("gd"), api.headers("vt")
    data = org_file(4)
    next(u for u in data["users"] if u["username"] == "gd")["password"] = "mat-khau-moi"
    with app.unit_of_work(write=True) as uow:
        organisation.load_organisation(uow, data)
        users.get_by_username(uow, "vt").active = False
        uow.commit()
    assert api.client.get(f"{PREFIX}/me", headers=gd).status_code == 401
    assert api.client.get(f"{PREFIX}/me", headers=vt).status_code == 401
    answer = api.client.post(f"{PREFIX}/auth/token", json={"username": "vt", "password": PASSWORD})
    assert answer.status_code == 401
