"""GET /api/v1/documents?q=: search through the API, with visibility, filters and paging."""
from __future__ import annotations

from tests.factories import direct, register


def _ids(api, username: str, **query) -> list[int]:
    answer = api.get("/documents", username, query_string=query)
    assert answer.status_code == 200, answer.get_json()
    return [d["id"] for d in answer.get_json()["documents"]]


def test_q_finds_by_number_issuer_and_subject_without_diacritics(app, api):
    road = register(app, number="123/UBND-VX", issuer="UBND huyện Giang Thành",
                    subject="Sửa chữa đường Đông Hồ")
    app.clock.advance(minutes=1)
    plain = register(app, number="77/SGD-KH", issuer="So Giao duc", subject="Dong gop y kien du thao")
    assert _ids(api, "gd", q="duong dong ho") == [road]
    assert _ids(api, "gd", q="ĐỒNG GÓP") == [plain]
    assert _ids(api, "gd", q="đông") == [plain, road]
    assert _ids(api, "gd", q="123/UBND-VX") == [road]
    assert _ids(api, "gd", q="ubnd-vx") == [road]
    assert _ids(api, "gd", q="Giang Thành") == [road]
    assert _ids(api, "gd", q="sở giáo dục") == [plain]
    assert _ids(api, "gd", q="đông", limit=1, offset=1) == [road]
    assert _ids(api, "gd", q="đông", status="in_progress") == []


def test_q_with_wildcards_or_search_syntax_answers_200(app, api):
    doc = register(app, subject="Tăng 100% chỉ tiêu (đợt 2)")
    for q in ['%', '_', '"', "*", "-", "(", ")", "NEAR(a b)", "a OR b", "x AND", "'", "\\", ":*", "<->", "!"]:
        assert _ids(api, "gd", q=q) == [], q
    assert _ids(api, "gd", q='"100%"') == [doc]
    assert _ids(api, "gd", q="(dot 2)") == [doc]


def test_q_never_finds_a_document_the_caller_may_not_see(app, api):
    secret = register(app, subject="Kế hoạch tiêm chủng mật", confidentiality="toi_mat")
    app.clock.advance(minutes=1)
    normal = register(app, subject="Kế hoạch tiêm chủng mở rộng")
    direct(app, secret, lead="P1")
    direct(app, normal, lead="P1")
    assert _ids(api, "kt", q="tiem chung") == [normal, secret]
    assert _ids(api, "tp1", q="tiem chung") == [normal, secret]
    assert _ids(api, "cv1a", q="tiem chung") == [normal]
    assert _ids(api, "cv1a", q="tiem chung mat") == []
    assert _ids(api, "tp2", q="tiem chung") == []
