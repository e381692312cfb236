"""Search (``q``): number, issuer and subject, ignoring case and Vietnamese diacritics (đ → d),
through the real index of each database (FTS5 on SQLite, tsvector on PostgreSQL)."""
from __future__ import annotations

import random

import pytest

from engine.services import documents, inbox, search, users
from tests.factories import complete, direct, register


def found(app, q: str | None, username: str = "gd", **filters) -> list[int]:
    with app.unit_of_work() as uow:
        return [d.id for d in documents.list_documents(uow, users.get_by_username(uow, username), q=q, **filters)]


@pytest.fixture
def letters(app) -> dict[str, int]:
    """Five letters registered a minute apart (oldest first), with words worth searching."""
    data = {
        "digital": dict(number="123/UBND-VX", issuer="UBND huyện Giang Thành",
                        subject="Đẩy mạnh chuyển đổi số trong ngành y tế"),
        "plain": dict(number="1234/UBND-VX", issuer="Uy ban nhan dan tinh Kien Giang",
                      subject="Day manh dao tao dieu duong"),          # typed without diacritics
        "road": dict(number="55/KH-SGTVT", issuer="Sở Giao thông vận tải",
                     subject="Kế hoạch sửa chữa đường Đông Hồ năm 2025"),
        "budget": dict(number="12/TB-STC", issuer="Sở Tài chính",
                       subject="Thông báo giao 50% dự toán_bổ sung (đợt 1)"),
        "near": dict(number="7/CV-BV", issuer="Bệnh viện Đa khoa",
                     subject="Phối hợp NEAR AND OR NOT với \"đơn vị\" *khác* - (thử)"),
    }
    ids = {}
    for key, fields in data.items():
        ids[key] = register(app, **fields)
        app.clock.advance(minutes=1)
    return ids


def test_diacritics_and_case_are_ignored_both_ways(app, letters):
    digital, plain, road = letters["digital"], letters["plain"], letters["road"]
    assert found(app, "day manh") == [plain, digital]                  # query without, text with
    assert found(app, "ĐẨY MẠNH") == [plain, digital]                  # query with, text without
    assert found(app, "Đẩy mạnh chuyển đổi số") == [digital]
    assert found(app, "chuyen doi so") == [digital]
    assert found(app, "DUONG DONG HO") == [road]                       # đ, Đ folded to d
    assert found(app, "đường đông hồ") == [road]
    assert found(app, "điều dưỡng") == [plain]                         # đ in the query, d in the text
    assert found(app, "dieu duong") == [plain]


def test_a_word_matches_as_a_prefix_of_a_word(app, letters):
    assert found(app, "chuyể") == [letters["digital"]]
    assert found(app, "dao ta") == [letters["plain"]]
    assert found(app, "anh chuyen") == []                              # not inside a word


def test_a_number_matches_whole_and_by_its_parts(app, letters):
    digital, plain = letters["digital"], letters["plain"]
    assert found(app, "123/UBND-VX") == [digital]
    assert found(app, "123/ubnd-vx") == [digital]
    assert found(app, "1234/UBND-VX") == [plain]
    assert found(app, "UBND-VX") == [plain, digital]
    assert found(app, "123") == [digital]                              # digits match exactly
    assert found(app, "123/UBND") == [digital]
    assert found(app, "123/UBND-V") == [digital]
    assert found(app, "12") == [letters["budget"]]
    assert found(app, "55/KH") == [letters["road"]]
    assert found(app, "VX-UBND") == []                                 # the parts in their order


def test_the_issuer_matches(app, letters):
    assert found(app, "giang thanh") == [letters["digital"]]
    assert found(app, "Sở Tài chính") == [letters["budget"]]
    assert found(app, "kien giang") == [letters["plain"]]
    assert found(app, "so") == [letters["budget"], letters["road"], letters["digital"]]


def test_like_wildcards_are_plain_characters(app, letters):
    assert found(app, "%") == []
    assert found(app, "_") == []
    assert found(app, "%%") == []
    assert found(app, "1_34") == []                                    # not 1234
    assert found(app, "12%") == [letters["budget"]]
    assert found(app, "50%") == [letters["budget"]]
    assert found(app, "toan_bo") == [letters["budget"]]


SYNTAX = [
    '"', '""', '"chuyen', "chuyen*", "*", "**", "-", "-chuyen", "(", ")", "(thu)", "(chuyen OR day)",
    "NEAR", "NEAR(chuyen doi)", "AND", "OR", "NOT", "chuyen AND", "OR day", "body:chuyen", "^chuyen",
    "{body}: x", "'", "''", "\\", "chuyen & doi", "chuyen | day", "!chuyen", "<->", "a:*", "1::", "+", "@@",
    "chuyển\x00đổi", "\t\n", "   ", "đ", "Đ" * 300, "x " * 500, "a" * 5000, "1" * 3000, "ⅳ ½ ²",
]


def test_search_syntax_in_q_is_only_text(app, letters):
    for q in SYNTAX:
        assert set(found(app, q)) <= set(letters.values()), q          # no error, whatever is typed


def test_operator_words_are_searched_as_words(app, letters):
    near = letters["near"]
    assert found(app, "NEAR") == [near]
    assert found(app, "near and or not") == [near]
    assert found(app, '"đơn vị"') == [near]
    assert found(app, "*khác*") == [near]
    assert found(app, "(thử)") == [near]
    assert found(app, "- (thu)") == [near]
    assert found(app, "chuyen OR duong") == []                        # OR is a word here, not an operator


def test_blank_q_lists_everything_and_q_combines_with_filters_newest_first_and_paged(app, letters):
    everything = [letters[k] for k in ("near", "budget", "road", "plain", "digital")]
    assert found(app, None) == everything
    assert found(app, "  ") == everything
    assert found(app, "ubnd", limit=1) == [letters["plain"]]
    assert found(app, "ubnd", limit=1, offset=1) == [letters["digital"]]
    direct(app, letters["digital"], lead="P1")
    assert found(app, "ubnd", status="in_progress") == [letters["digital"]]
    assert found(app, "ubnd", status="assigning") == [letters["plain"]]
    assert found(app, "ubnd", year=2024) == []


def test_many_matches_walk_the_documents_newest_first(app, letters, monkeypatch):
    """Above DENSE matches, the other plan (walk the documents, test each) gives the same answers."""
    monkeypatch.setattr(search, "DENSE", 1)
    assert found(app, "ubnd") == [letters["plain"], letters["digital"]]
    assert found(app, "ubnd", limit=1, offset=1) == [letters["digital"]]
    assert found(app, "so") == [letters["budget"], letters["road"], letters["digital"]]
    assert found(app, "khongcogi") == []
    direct(app, letters["digital"], lead="P1", co=["P2"])
    assert found(app, "ubnd", "cv1a") == [letters["digital"]]
    assert found(app, "ubnd", "cv3a") == []
    with app.unit_of_work() as uow:
        rows = [r.document.id for r in inbox.audit_register(uow, users.get_by_username(uow, "kt"), q="so")]
    assert rows == [letters["budget"], letters["road"], letters["digital"]]


def test_search_never_shows_a_document_the_user_may_not_see(app):
    secret = register(app, subject="Kế hoạch phòng chống dịch sốt xuất huyết", confidentiality="mat")
    app.clock.advance(minutes=1)
    normal = register(app, subject="Báo cáo phòng chống dịch sốt xuất huyết")
    app.clock.advance(minutes=1)
    elsewhere = register(app, subject="Phòng chống dịch sốt xuất huyết tại xã")
    direct(app, secret, lead="P1")
    direct(app, normal, lead="P1")
    direct(app, elsewhere, lead="P2")
    q = "phong chong dich sot xuat huyet"
    assert found(app, q, "kt") == [elsewhere, normal, secret]
    assert found(app, q, "tp1") == [normal, secret]                    # heads see confidential ones
    assert found(app, q, "cv1a") == [normal]                           # staff do not
    assert found(app, q, "cv1a", limit=1) == [normal]                  # filtered before paging
    assert found(app, q, "cv3a") == []
    complete(app, "tp1", "delegate", secret, {"assignee": "cv1a"})
    assert found(app, q, "cv1a") == [normal, secret]                   # delegated: now they may


def test_the_index_follows_a_change_of_the_document(app, letters):
    """What the attachment and update services do: rewrite the row with the new words."""
    with app.unit_of_work(write=True) as uow:
        document = documents.get_visible(uow, users.get_by_username(uow, "gd"), letters["road"])
        document.subject = "Kế hoạch bảo trì cầu Rạch Giá"
        search.index_document(uow.session, document, ["Đính kèm: bảng dự toán kinh phí"])
        uow.commit()
    assert found(app, "sua chua duong") == []
    assert found(app, "bao tri cau") == [letters["road"]]
    assert found(app, "bang du toan kinh phi") == [letters["road"]]


def test_a_huge_attachment_text_is_cut_not_refused(app, letters):
    """PostgreSQL refuses a tsvector over 1 MB: the indexed text is cut before it gets there."""
    rnd = random.Random(3)
    distinct = " ".join("".join(rnd.choice("日本語中文한국어ñéøß") for _ in range(2)) + str(n) for n in range(200_000))
    with app.unit_of_work(write=True) as uow:
        document = documents.get_visible(uow, users.get_by_username(uow, "gd"), letters["near"])
        search.index_document(uow.session, document, ["Phụ lục kinh phí " + distinct])
        uow.commit()
    assert found(app, "phu luc kinh phi") == [letters["near"]]


def test_search_words_are_folded_tokens():
    assert search.tokens("Số: 123/UBND-VX ngày 11/3/2025 — Đắk Lắk") == [
        "so", "123", "ubnd", "vx", "ngay", "11", "3", "2025", "dak", "lak"]
    assert search.phrases('"123/UBND-VX" OR % _ đ*') == [["123", "ubnd", "vx"], ["or"], ["d"]]
    assert search.fts5_query([["123", "ubnd", "vx"], ["12"]]) == '"123" + "ubnd" + "vx"* "12"'
    assert search.tsquery([["123", "ubnd", "vx"], ["12"]]) == "('123' <-> 'ubnd' <-> 'vx':*) & ('12')"
