"""POST/GET/DELETE /standins: naming a stand-in, listing, ending; and acting as one through the API."""
from __future__ import annotations

from tests.api.conftest import PREFIX
from tests.api.test_api_tasks import body_kwargs, my_tasks
from tests.factories import direct, register

PERIOD = {"stand_in": "cv1b", "from": "2025-03-10", "to": "2025-03-12", "note": "Đi công tác"}


def delete(api, path: str, username: str | None = None):
    return api.client.delete(PREFIX + path, headers=api.headers(username))


def test_naming_listing_and_ending_a_stand_in(app, api):
    answer = api.post("/standins", "tp1", json=PERIOD)
    assert answer.status_code == 201, answer.get_json()
    period = answer.get_json()
    assert period == {"id": period["id"], "user": "tp1", "stand_in": "cv1b", "from": "2025-03-10",
                      "to": "2025-03-12", "note": "Đi công tác", "active": True, "cancelled": False}
    for username in ("tp1", "cv1b"):                       # the principal and the stand-in see it
        assert api.get("/standins", username).get_json() == {"standins": [period]}
    assert api.get("/standins", "cv1a").get_json() == {"standins": []}
    ended = delete(api, f"/standins/{period['id']}", "tp1")
    assert ended.status_code == 200 and ended.get_json()["cancelled"] is True and ended.get_json()["active"] is False
    assert api.get("/standins", "tp1").get_json() == {"standins": []}


def test_the_stand_in_sees_and_handles_the_principal_s_tasks(app, api):
    doc = register(app)
    direct(app, doc, lead="P1")
    assert my_tasks(api, "cv1b") == []
    assert api.post("/standins", "tp1", json=PERIOD).status_code == 201
    [task] = my_tasks(api, "cv1b")
    assert (task["step"], task["document_id"], task["department"]) == ("delegate", doc, "P1")
    answer = api.post(f"/tasks/{task['id']}/complete", "cv1b", json={"assignee": "cv1a"})
    assert answer.status_code == 200, answer.get_json()
    event = api.get(f"/documents/{doc}/history", "kt").get_json()["events"][-1]
    assert (event["actor"], event["on_behalf_of"], event["step"]) == ("cv1b", "tp1", "delegate")


def test_stand_in_refusals(app, api, subtests):
    assert api.post("/standins", json=PERIOD).status_code == 401
    assert api.get("/standins").status_code == 401
    assert delete(api, "/standins/1").status_code == 401
    for username in ("cv1a", "vt", "kt"):
        assert api.post("/standins", username, json=PERIOD).status_code == 403
    for body, fields in (({}, ["from", "stand_in", "to"]), ({**PERIOD, "stand_in": "cv2a"}, ["stand_in"]),
                         ({**PERIOD, "from": "2025-03-09"}, ["from"]), ({**PERIOD, "to": "2025-03-01"}, ["to"]),
                         (None, ["body"])):
        with subtests.test(body=body):
            answer = api.post("/standins", "tp1", **body_kwargs(body))
            assert answer.status_code == 422 and sorted(answer.get_json()["errors"]) == fields
    period = api.post("/standins", "tp1", json=PERIOD).get_json()["id"]
    answer = api.post("/standins", "tp1", json={**PERIOD, "stand_in": "cv1a", "from": "2025-03-12", "to": "2025-03-13"})
    assert answer.status_code == 409 and answer.get_json()["error"]          # overlaps the first
    assert delete(api, f"/standins/{period + 100}", "tp1").status_code == 404
    assert delete(api, f"/standins/{period}", "cv1b").status_code == 403     # only the principal ends it
    assert delete(api, f"/standins/{period}", "tp1").status_code == 200
    assert delete(api, f"/standins/{period}", "tp1").status_code == 409
