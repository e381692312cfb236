"""GET /tasks and POST /tasks/ID/complete: 200, then 404, 403, 409, 422 checked in that order."""
from __future__ import annotations

from tests.factories import complete, direct, open_task, register

TASK_FIELDS = {"id", "step", "document_id", "department", "assignee", "due_date", "overdue"}


def my_tasks(api, username: str) -> list[dict]:
    answer = api.get("/tasks", username)
    assert answer.status_code == 200
    return answer.get_json()["tasks"]


def test_tasks_carry_the_contract_fields(app, api):
    doc = register(app, due_date="2025-03-31")
    [assign] = my_tasks(api, "pgd")
    assert TASK_FIELDS <= set(assign)
    assert {k: assign[k] for k in TASK_FIELDS} == {
        "id": open_task(app, "pgd", "assign", doc), "step": "assign", "document_id": doc, "department": None,
        "assignee": None, "due_date": "2025-03-31", "overdue": False}
    direct(app, doc, lead="P1")
    complete(app, "tp1", "delegate", doc, {"assignee": "cv1a", "deadline": "2025-03-20"})
    [propose] = my_tasks(api, "cv1a")
    assert {k: propose[k] for k in TASK_FIELDS - {"id"}} == {
        "step": "propose", "document_id": doc, "department": "P1", "assignee": "cv1a",
        "due_date": "2025-03-20", "overdue": False}
    assert my_tasks(api, "cv1b") == [] and my_tasks(api, "pgd") == []


def test_a_task_is_overdue_once_its_due_date_is_before_today(app, api):
    register(app, due_date="2025-03-11")
    assert [t["overdue"] for t in my_tasks(api, "gd")] == [False]
    app.clock.advance(days=1)                                      # due today: not yet overdue
    assert [t["overdue"] for t in my_tasks(api, "gd")] == [False]
    app.clock.advance(days=1)
    assert [t["overdue"] for t in my_tasks(api, "gd")] == [True]


def test_a_backfilled_past_deadline_is_overdue_at_once(app, api):
    answer = api.post("/documents", "vt", json={
        "issuer": "UBND huyện Giang Thành", "number": "88/UBND", "issued_date": "2025-01-20", "doc_type": "Công văn",
        "subject": "Báo cáo tồn đọng", "received_date": "2025-01-22", "due_date": "2025-02-05"})
    assert answer.status_code == 201
    [task] = my_tasks(api, "gd")
    assert (task["document_id"], task["due_date"], task["overdue"]) == (answer.get_json()["id"], "2025-02-05", True)


def test_completing_a_task_answers_the_new_status(app, api):
    doc = register(app)
    task_id = open_task(app, "gd", "assign", doc)
    answer = api.post(f"/tasks/{task_id}/complete", "gd", json={"lead": "P1", "deadline": "2025-03-25"})
    assert answer.status_code == 200
    assert answer.get_json() == {"document_id": doc, "status": "in_progress"}
    other = register(app)
    filed = api.post(f"/tasks/{open_task(app, 'pgd', 'assign', other)}/complete", "pgd", json={"decision": "file"})
    assert filed.get_json() == {"document_id": other, "status": "filed"}


def test_the_whole_path_through_the_api(app, api):
    doc = api.post("/documents", "vt", json={
        "issuer": "Sở Y tế", "number": "1/SYT", "issued_date": "2025-03-10", "doc_type": "Công văn",
        "subject": "Thử", "due_date": "2025-03-31"}).get_json()["id"]
    steps = [("gd", "assign", {"lead": "P1", "co": ["P2"], "deadline": "2025-03-25", "directive": "Xử lý"}),
             ("tp1", "delegate", {"assignee": "cv1a", "deadline": "2025-03-20"}),
             ("tp2", "delegate", {"assignee": "tp2", "deadline": "2025-03-25"}),
             ("cv1a", "propose", {"proposal": "Dự thảo"}), ("tp2", "propose", {"proposal": "Ý kiến phối hợp"}),
             ("tp1", "review", {"decision": "approve"}), ("tp2", "review", {"decision": "approve"}),
             ("gd", "approve", {"decision": "approve", "comment": "Đồng ý"})]
    statuses = []
    for username, step, data in steps:
        [task] = [t for t in my_tasks(api, username) if t["step"] == step]
        answer = api.post(f"/tasks/{task['id']}/complete", username, json=data)
        assert answer.status_code == 200, answer.get_json()
        statuses.append(answer.get_json()["status"])
    assert statuses == ["in_progress"] * 7 + ["completed"]
    assert api.get(f"/documents/{doc}", "vt").get_json()["tasks"] == []


def test_an_unknown_task_is_404_whatever_the_data(api):
    for body in ({"lead": "P1"}, {"lead": "PX"}, None):
        assert api.post("/tasks/999/complete", "gd", **body_kwargs(body)).status_code == 404


def body_kwargs(body) -> dict:
    """``json=body``, or a body that is not JSON at all for None."""
    return {"json": body} if body is not None else {"data": "{oops", "content_type": "application/json"}


def test_someone_elses_task_is_403_even_with_bad_data(app, api, subtests):
    doc = register(app)
    direct(app, doc, lead="P1")
    task_id = open_task(app, "tp1", "delegate", doc)
    for body in ({"assignee": "cv1a"}, {"assignee": "cv2a"}, {}, None):
        for username in ("tp2", "cv1a", "gd"):
            with subtests.test(username=username, body=body):
                assert api.post(f"/tasks/{task_id}/complete", username, **body_kwargs(body)).status_code == 403
    assert open_task(app, "tp1", "delegate", doc) == task_id


def test_a_task_no_longer_open_is_409_even_with_bad_data(app, api, subtests):
    doc = register(app)
    task_id = open_task(app, "gd", "assign", doc)
    assert api.post(f"/tasks/{task_id}/complete", "gd", json={"lead": "P1"}).status_code == 200
    for body in ({"lead": "P2"}, {"lead": "PX"}, None):
        with subtests.test(body=body):
            answer = api.post(f"/tasks/{task_id}/complete", "gd", **body_kwargs(body))
            assert answer.status_code == 409
            assert answer.get_json()["error"]


def test_a_cancelled_task_is_409(app, api):
    doc = register(app)
    direct(app, doc, lead="P1", co=["P2"])
    p1 = open_task(app, "tp1", "delegate", doc)
    complete(app, "tp2", "delegate", doc, {"decision": "return", "reason": "Không thuộc chức năng"})
    assert api.post(f"/tasks/{p1}/complete", "tp1", json={"assignee": "cv1a"}).status_code == 409


BAD_DELEGATE_DATA = [
    ({"assignee": "cv2a"}, ["assignee"]),
    ({"assignee": "cv1a", "deadline": "2025-03-26"}, ["deadline"]),                # after the leader's deadline
    ({"assignee": "cv1a", "deadline": "2025-03-09"}, ["deadline"]),                # before the arrival
    ({"assignee": "cv1a", "deadline": "20/03/2025"}, ["deadline"]),
    ({"decision": "return"}, ["reason"]),
    ({}, ["assignee"]),
    (None, ["body"]),
]


def test_bad_step_data_is_422_with_field_errors(app, api, subtests):
    doc = register(app)
    direct(app, doc, lead="P1")
    task_id = open_task(app, "tp1", "delegate", doc)
    for body, fields in BAD_DELEGATE_DATA:
        with subtests.test(body=body):
            answer = api.post(f"/tasks/{task_id}/complete", "tp1", **body_kwargs(body))
            assert answer.status_code == 422
            assert sorted(answer.get_json()["errors"]) == fields
    assert open_task(app, "tp1", "delegate", doc) == task_id
