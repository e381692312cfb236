"""The five seed letters (shared/seeds, copied into tests/fixtures/letters) read right on every key field."""
import json
from pathlib import Path

import pytest

from engine.extraction import extract_file

LETTERS = Path(__file__).resolve().parents[1] / "fixtures" / "letters"
SEEDS = sorted(p.name[:-len(".gold.json")] for p in LETTERS.glob("seed_*.gold.json"))


def test_all_five_seeds_are_present():
    assert len(SEEDS) == 5


@pytest.mark.parametrize("name", SEEDS)
def test_seed_key_fields(name):
    gold = json.loads((LETTERS / f"{name}.gold.json").read_text(encoding="utf-8"))
    got = extract_file(LETTERS / f"{name}.txt")
    from bench.extraction import KEY_FIELDS, same
    for field in KEY_FIELDS + ("place", "issuer_parent", "signer", "stamp", "deadlines", "directive"):
        assert same(field, got[field], gold[field]), (field, got[field], gold[field])


@pytest.mark.parametrize("name", SEEDS)
def test_seed_key_fields_are_the_gold_strings_themselves(name):
    # the gold written as the clerk writes it, case and all (a title printed in capitals in sentence case)
    gold = json.loads((LETTERS / f"{name}.gold.json").read_text(encoding="utf-8"))
    got = extract_file(LETTERS / f"{name}.txt")
    for field in ("doc_type", "number", "issued_date", "issuer", "subject"):
        assert got[field] == gold[field], (field, got[field], gold[field])


def test_seed_000_reads_like_the_clerk():
    got = extract_file(LETTERS / "seed_000_2de9dee675d01e4f.txt")
    assert got["number"] == "620/SYT-NVY"
    assert got["issued_date"] == "2025-03-11"
    assert (got["issuer"], got["issuer_parent"]) == ("Sở Y tế", "UBND tỉnh Kiên Giang")
    assert got["stamp"] == {"receiver": "Trung tâm Y tế Giang Thành", "incoming_number": 467,
                            "received_date": "2025-03-11"}
    assert (got["signing_authority"], got["signer_title"]) == ("KT. Giám đốc", "Phó Giám đốc")
    assert set(got["references"]) == {"861/VP-KGVX", "50/NQ-CP", "52-NQ/TW", "55/KH-UBND", "01-CTr/TU"}
    assert got["deadlines"] == []  # the plan attached after the signature is not the covering letter


def test_every_key_is_returned_even_for_empty_text():
    from engine.extraction import KEYS, extract_text
    out = extract_text("")
    assert tuple(out) == KEYS
    assert out["references"] == [] and out["deadlines"] == [] and out["number"] is None
