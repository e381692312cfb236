"""The directive's bodies are matched to the agency's departments by name or code, whatever the
case, diacritics, dashes or unit word; an ambiguous or foreign name matches nothing."""
from __future__ import annotations

import pytest

from engine.services import direction_hints, organisation
from tests.factories import PASSWORD, make_docroute, org_file


@pytest.fixture()
def agency(sqlite_url, tmp_path):
    org = org_file(0)
    org["departments"] += [{"code": "KHNV", "name": "Phòng Kế hoạch - Nghiệp vụ"},
                           {"code": "KSBT", "name": "Khoa Kiểm soát bệnh tật"},
                           {"code": "TCKT", "name": "Phòng Tài chính – Kế toán"},
                           {"code": "DD1", "name": "Khoa Dinh dưỡng"},
                           {"code": "DD2", "name": "Phòng Dinh dưỡng"}]
    for code in ("KHNV", "KSBT", "TCKT", "DD1", "DD2"):  # a head each: they can handle
        org["users"].append({"username": f"head_{code.lower()}", "full_name": f"Trưởng {code}", "password": PASSWORD,
                             "roles": ["head"], "department": code})
    app = make_docroute(sqlite_url, tmp_path)
    with app.unit_of_work(write=True) as uow:
        organisation.load_organisation(uow, org)
        uow.commit()
    yield app
    app.dispose()


@pytest.mark.parametrize("lead, co, expected", [
    ("Phòng Kế hoạch – Nghiệp vụ", ["khoa kiem soat benh tat"], ("KHNV", ["KSBT"])),
    ("Kế hoạch-Nghiệp vụ", ["Phòng TCKT", "Sở Tài chính"], ("KHNV", ["TCKT"])),
    ("Sở Y tế", ["Phòng Tài chính - Kế toán"], (None, ["TCKT"])),
    ("Khoa Dinh dưỡng", [], ("DD1", [])),          # the full name decides
    ("Dinh dưỡng", ["Phòng Dinh dưỡng"], (None, ["DD2"])),  # two departments share the bare name
    ("Khoa Kiểm soát bệnh tật", ["Khoa Kiểm soát bệnh tật"], ("KSBT", [])),  # lead is not also co
])
def test_directive_bodies_become_department_codes(agency, lead, co, expected):
    with agency.unit_of_work() as uow:
        assert direction_hints._department_codes(uow, {"lead": lead, "co": co}) == expected


def test_a_letter_is_read_once_however_often_the_form_is_shown(monkeypatch):
    reads = []

    def fake_read(text):
        reads.append(text)
        return {"directive": {"lead": "Phòng Kế hoạch", "co": []}, "deadlines": [], "recurring_report": None}

    monkeypatch.setattr(direction_hints, "read_letter", fake_read)
    direction_hints._letter_reading.cache_clear()
    first = direction_hints._letter_reading("Giao Phòng Kế hoạch chủ trì.")
    again = direction_hints._letter_reading("Giao Phòng Kế hoạch chủ trì.")
    other = direction_hints._letter_reading("Một văn bản khác.")
    direction_hints._letter_reading.cache_clear()
    assert reads == ["Giao Phòng Kế hoạch chủ trì.", "Một văn bản khác."]
    assert first == again and first["directive"]["lead"] == "Phòng Kế hoạch" and other
