"""POST /documents, GET /documents/ID and GET /documents?q=."""
from __future__ import annotations

from tests.factories import direct, document_data, register


def test_a_clerk_registers_a_document(api):
    data = document_data(number="620/SYT-NVY", signer="Lê Văn Hùng", urgency="khan", due_date="2025-03-31")
    answer = api.post("/documents", "vt", json=data)
    assert answer.status_code == 201
    body = answer.get_json()
    assert isinstance(body["id"], int)
    assert (body["incoming_number"], body["year"], body["status"]) == (1, 2025, "assigning")
    assert {k: body[k] for k in data} == data
    assert (body["received_date"], body["confidentiality"], body["registered_by"]) == ("2025-03-10", "normal", "vt")
    assert api.post("/documents", "vt", json=document_data()).get_json()["incoming_number"] == 2


def test_only_a_clerk_registers(api):
    for username in ("gd", "kt", "tp1", "cv1a"):
        answer = api.post("/documents", username, json=document_data())
        assert (username, answer.status_code) == (username, 403)
    assert api.get("/documents", "vt").get_json() == {"documents": []}


def test_the_same_issuer_number_and_date_again_is_409(api):
    first = api.post("/documents", "vt", json=document_data(number="12/UBND-VX")).get_json()
    again = api.post("/documents", "vt", json=document_data(number="12/ubnd-vx", issuer="SỞ Y TẾ TỈNH KIÊN GIANG"))
    assert again.status_code == 409
    assert again.get_json()["existing_id"] == first["id"]
    assert again.get_json()["error"]


BAD_FIELDS = [
    ({"issuer": None}, "issuer"),
    ({"number": ""}, "number"),
    ({"issued_date": "2025-02-30"}, "issued_date"),
    ({"doc_type": None}, "doc_type"),
    ({"subject": "  "}, "subject"),
    ({"urgency": "gap"}, "urgency"),
    ({"confidentiality": "mat_lam"}, "confidentiality"),
    ({"received_date": "2025-03-11"}, "received_date"),
    ({"issued_date": "2025-03-11"}, "issued_date"),
    ({"due_date": "2025-03-09"}, "due_date"),
    ({"due_date": "31/03/2025"}, "due_date"),
]


def test_a_bad_field_is_422_naming_it(api, subtests):
    for overrides, field in BAD_FIELDS:
        with subtests.test(overrides=overrides):
            answer = api.post("/documents", "vt", json=document_data(**overrides))
            assert answer.status_code == 422
            errors = answer.get_json()["errors"]
            assert list(errors) == [field]
            assert all(isinstance(m, str) and m for m in errors[field])
    assert api.get("/documents", "vt").get_json() == {"documents": []}


def test_a_body_that_is_not_a_json_object_is_422(api, subtests):
    for kwargs in ({"data": "{not json", "content_type": "application/json"}, {"json": ["issuer", "number"]},
                   {"data": "issuer=x", "content_type": "application/x-www-form-urlencoded"}, {}):
        with subtests.test(kwargs=kwargs):
            answer = api.post("/documents", "vt", **kwargs)
            assert answer.status_code == 422
            assert list(answer.get_json()["errors"]) == ["body"]


def test_a_document_with_its_status_and_open_tasks(app, api):
    doc = register(app, due_date="2025-03-31")
    direct(app, doc, lead="P1", co=["P2"], info=["P3"])
    answer = api.get(f"/documents/{doc}", "tp1")
    assert answer.status_code == 200
    body = answer.get_json()
    assert (body["id"], body["status"]) == (doc, "in_progress")
    assert body["departments"] == [{"code": "P1", "name": "Phòng số 1", "role": "lead"},
                                   {"code": "P2", "name": "Phòng số 2", "role": "co"},
                                   {"code": "P3", "name": "Phòng số 3", "role": "info"}]
    assert [(t["step"], t["department"], t["assignee"], t["due_date"], t["overdue"]) for t in body["tasks"]] == [
        ("delegate", "P1", None, "2025-03-25", False), ("delegate", "P2", None, "2025-03-25", False)]


def test_a_document_the_user_may_not_see_is_403_and_a_missing_one_404(app, api):
    doc = register(app)
    direct(app, doc, lead="P1")
    assert api.get(f"/documents/{doc}", "cv2a").status_code == 403
    assert api.get(f"/documents/{doc}", "cv1b").status_code == 200
    assert api.get(f"/documents/{doc + 1}", "gd").status_code == 404
    assert api.get(f"/documents/{doc + 1}", "cv2a").status_code == 404


def test_search_ignores_case_and_diacritics_newest_first(app, api):
    ids = {}
    for key, number, subject in [
        ("plan", "55/KH-UBND", "Triển khai tiêm chủng mở rộng năm 2025"),
        ("report", "462/BC-UBND", "Báo cáo tình hình dịch bệnh"),
        ("request", "620/SYT-NVY", "Đề nghị cung cấp số liệu đào tạo"),
        ("plan2", "56/KH-UBND", "TRIỂN KHAI chuyển đổi số"),
    ]:
        ids[key] = register(app, number=number, subject=subject)
        app.clock.advance(minutes=5)

    def found(q: str) -> list[int]:
        answer = api.get("/documents", "gd", query_string={"q": q})
        assert answer.status_code == 200
        return [d["id"] for d in answer.get_json()["documents"]]

    assert found("trien khai") == [ids["plan2"], ids["plan"]]
    assert found("Triển Khai") == [ids["plan2"], ids["plan"]]
    assert found("de nghi") == [ids["request"]]
    assert found("đề nghị đào tạo") == [ids["request"]]
    assert found("dao tao") == [ids["request"]]
    assert found("620/syt") == [ids["request"]]
    assert found("kh-ubnd") == [ids["plan2"], ids["plan"]]
    assert found("100%_") == []
    assert found("") == [ids["plan2"], ids["request"], ids["report"], ids["plan"]]


def test_the_list_holds_only_the_documents_the_user_may_see(app, api):
    mine = register(app, subject="Văn bản cho phòng 1")
    app.clock.advance(minutes=1)
    other = register(app, subject="Văn bản cho phòng 2")
    app.clock.advance(minutes=1)
    secret = register(app, subject="Văn bản mật cho phòng 1", confidentiality="mat")
    direct(app, mine, lead="P1")
    direct(app, other, lead="P2")
    direct(app, secret, lead="P1")

    def listed(username: str, q: str = "") -> list[int]:
        return [d["id"] for d in api.get("/documents", username, query_string={"q": q}).get_json()["documents"]]

    assert listed("cv1a") == [mine]
    assert listed("cv1a", q="van ban") == [mine]
    assert listed("tp1") == [secret, mine]
    assert listed("kt") == [secret, other, mine]
    assert listed("tp3") == []


def test_paging_and_out_of_range_ids_answer_normally(app, api):
    older = register(app)
    app.clock.advance(minutes=1)
    newer = register(app)
    for query, expected in [({"limit": "1"}, [newer]), ({"limit": "1", "offset": "1"}, [older]),
                            ({"limit": "-5"}, [newer, older]), ({"limit": "x"}, [newer, older]),
                            ({"offset": "-1"}, [newer, older]), ({"offset": str(10**20)}, [])]:
        answer = api.get("/documents", "gd", query_string=query)
        assert (query, answer.status_code) == (query, 200)
        assert [d["id"] for d in answer.get_json()["documents"]] == expected
    too_big = 2**31                                              # beyond a 32-bit id: no such row
    assert api.get(f"/documents/{too_big}", "gd").status_code == 404
    assert api.get(f"/documents/{too_big}/history", "gd").status_code == 404
    assert api.post(f"/tasks/{too_big}/complete", "gd", json={}).status_code == 404
    assert api.post("/notifications/read", "gd", json={"ids": [too_big]}).status_code == 422
