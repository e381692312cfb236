"""GET/PUT /api/v1/me/preferences: a user's e-mail address and whether notifications are e-mailed."""
from __future__ import annotations

import pytest

from engine.services.mail import deliver_pending_mail
from tests.engine.test_mail import mail_settings
from tests.factories import engine_with_org, register
from webapp import create_app

from .conftest import Api

DEFAULTS = {"email": None, "email_notifications": True, "mail_enabled": False}


def test_preferences_need_a_token(api):
    assert api.get("/me/preferences").status_code == 401
    assert api.put("/me/preferences", json={"email_notifications": False}).status_code == 401


def test_a_user_reads_and_changes_their_own_preferences(api):
    assert api.get("/me/preferences", "cv1a").get_json() == DEFAULTS
    answer = api.put("/me/preferences", "cv1a", json={"email": " cv1a@ttyt.example.vn ", "email_notifications": False})
    assert answer.status_code == 200
    expected = {"email": "cv1a@ttyt.example.vn", "email_notifications": False, "mail_enabled": False}
    assert answer.get_json() == expected
    assert api.get("/me/preferences", "cv1a").get_json() == expected
    assert api.get("/me/preferences", "cv1b").get_json() == DEFAULTS            # nobody else's
    answer = api.put("/me/preferences", "cv1a", json={"email_notifications": True})   # one key at a time
    assert answer.get_json() == {**expected, "email_notifications": True}
    assert api.put("/me/preferences", "cv1a", json={"email": None}).get_json()["email"] is None


@pytest.mark.parametrize("body, field", [
    ({"email": "khong-phai-dia-chi"}, "email"),
    ({"email": "a@b"}, "email"),
    ({"email": "nguyễn@ttyt.example.vn"}, "email"),
    ({"email": 12}, "email"),
    ({"email_notifications": "no"}, "email_notifications"),
    ({"email_notifications": 0}, "email_notifications"),
    ({"language": "vi"}, "language"),
    ([True], "body"),
])
def test_bad_preferences_are_refused_naming_the_field_and_nothing_is_saved(api, body, field):
    if isinstance(body, dict):
        body = {"email_notifications": False, **body} if field != "email_notifications" else body
    answer = api.put("/me/preferences", "cv1a", json=body)
    assert answer.status_code == 422
    assert list(answer.get_json()["errors"]) == [field]
    assert api.get("/me/preferences", "cv1a").get_json() == DEFAULTS


def test_turning_email_off_through_the_api_stops_the_mail(database_url, tmp_path, smtp_server):
    with engine_with_org(database_url, tmp_path, 1, mail=mail_settings(smtp_server)) as app:
        flask_app = create_app({"DOCROUTE": app, "SECRET_KEY": "test", "TESTING": True})
        with flask_app.test_client() as client:
            api = Api(client)
            for user in ("gd", "pgd"):
                assert api.put("/me/preferences", user, json={"email": f"{user}@ttyt.example.vn"}).status_code == 200
            assert api.get("/me/preferences", "gd").get_json()["mail_enabled"] is True
            assert api.put("/me/preferences", "pgd", json={"email_notifications": False}).status_code == 200
            register(app)
            report = deliver_pending_mail(app, app.clock.now())
    assert (report.sent, report.skipped) == (1, 1)
    assert [m.recipients for m in smtp_server.received] == [["gd@ttyt.example.vn"]]
