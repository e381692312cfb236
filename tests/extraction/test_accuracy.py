"""Accuracy over every labelled letter (seeds and the collected real letters) is at least 0.95 per key field."""
from bench.extraction import KEY_FIELDS, evaluate, load


def test_there_are_at_least_thirty_labelled_letters():
    assert len(load()) >= 30


def test_key_fields_are_at_least_95_percent_right():
    result = evaluate()
    for split in ("all", "dev", "heldout"):
        for field in KEY_FIELDS:
            right, total = result["score"][split][field]
            assert total and right / total >= 0.95, (split, field, right, total,
                                                     [m for m in result["misses"] if m[1] == field])
