"""Extraction accuracy: per-field accuracy of engine.extraction over the labelled letters.

Run ``python bench/extraction.py [-v]`` from the repository root. The letters are
tests/fixtures/letters/*.txt with a NAME.gold.json each (labelled by reading,
never by running the extractor). They are split once, by a hash of the name, into
a development set (the seeds and ~2/3 of the rest), which rules were tuned on, and
a held-out set, which was only scored. Names are compared the way the seeds' gold
says: ignoring case, with the usual abbreviations equal to their long forms.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from engine.extraction import extract_file  # noqa: E402
from engine.extraction import numbers as _numbers  # noqa: E402
from engine.extraction.orgs import canonical  # noqa: E402

LETTERS = ROOT / "tests" / "fixtures" / "letters"
KEY_FIELDS = ("doc_type", "number", "issued_date", "issuer", "subject")
OTHER_FIELDS = ("place", "issuer_parent", "recipients", "signer", "signer_title", "signing_authority",
                "urgency", "references", "deadlines", "stamp", "directive")
FIELDS = KEY_FIELDS + OTHER_FIELDS


SPLITS = ("dev", "heldout", "blind")


def split_of(name: str) -> str:
    """'dev', 'heldout' or 'blind', fixed by the name.

    Seeds are dev (they were given to us). 'blind_' letters were collected after the
    rules were written and labelled before the extractor was first run on them.
    """
    if name.startswith("seed_"):
        return "dev"
    if name.startswith("blind_"):
        return "blind"
    return "heldout" if hashlib.sha1(name.encode()).hexdigest()[0] in "01234" else "dev"


def _text_key(s: str | None) -> str | None:
    if s is None:
        return None
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"[\"“”‘’'«»]", " ", s)
    s = re.sub(r"^\s*(?:v/v|về việc|về)\s*[:.]?\s+", "", s)
    s = re.sub(r"\s+", " ", s).strip(" .;:,")
    return s


def _name_key(s: str | None) -> str | None:
    return None if s is None else canonical(s).casefold()


def same(field: str, got, want) -> bool:
    """True when the extractor's value for *field* matches the label."""
    if field == "urgency":
        return (got or "normal") == (want or "normal")
    if want is None or got is None:
        return want is None and got is None if field not in ("references", "deadlines") else not (got or want)
    if field == "number":
        return _numbers.same(got, want)
    if field in ("doc_type", "issued_date", "place"):
        return _text_key(got) == _text_key(want)
    if field == "subject":
        a, b = _text_key(got), _text_key(want)
        return a == b or a.replace(" ", "") == b.replace(" ", "")
    if field in ("issuer", "issuer_parent", "signer", "signer_title", "signing_authority"):
        return _name_key(got) == _name_key(want)
    if field == "recipients":
        return sorted(map(_name_key, got)) == sorted(map(_name_key, want))
    if field == "references":
        return {r.casefold() for r in got} == {r.casefold() for r in want}
    if field == "deadlines":
        return {d["date"] for d in got} == {d["date"] for d in want}
    if field == "stamp":
        return (_name_key(got.get("receiver")) == _name_key(want.get("receiver"))
                and got.get("incoming_number") == want.get("incoming_number")
                and got.get("received_date") == want.get("received_date"))
    if field == "directive":
        return (_name_key(got.get("lead")) == _name_key(want.get("lead"))
                and sorted(map(_name_key, got.get("co", []))) == sorted(map(_name_key, want.get("co", []))))
    return got == want


def load(directory: Path = LETTERS) -> list[tuple[str, Path, dict]]:
    out = []
    for gold in sorted(directory.glob("*.gold.json")):
        name = gold.name[:-len(".gold.json")]
        out.append((name, directory / f"{name}.txt", json.loads(gold.read_text(encoding="utf-8"))))
    return out


def evaluate(letters=None) -> dict:
    """{'dev'|'heldout'|'all': {field: (right, total)}} and the misses per letter."""
    letters = load() if letters is None else letters
    score = {s: {f: [0, 0] for f in FIELDS} for s in SPLITS + ("all",)}
    misses: list[tuple[str, str, object, object]] = []
    refs = {"found": 0, "extracted": 0, "labelled": 0}
    for name, path, gold in letters:
        got = extract_file(path)
        part = split_of(name)
        for field in FIELDS:
            ok = same(field, got.get(field), gold.get(field))
            for s in (part, "all"):
                score[s][field][0] += ok
                score[s][field][1] += 1
            if not ok:
                misses.append((name, field, got.get(field), gold.get(field)))
        g = {r.casefold() for r in gold.get("references") or []}
        e = {r.casefold() for r in got.get("references") or []}
        refs["found"] += len(g & e)
        refs["extracted"] += len(e)
        refs["labelled"] += len(g)
    return {"score": score, "misses": misses, "references": refs}


def main(argv: list[str]) -> int:
    result = evaluate()
    score = result["score"]
    n = {s: score[s]["number"][1] for s in score}
    print(f"Extraction accuracy — {n['all']} labelled letters "
          f"({n['dev']} dev, {n['heldout']} held-out, {n['blind']} blind)")
    print(f"{'field':<19}{'dev':>8}{'held-out':>10}{'blind':>8}{'all':>8}")
    for field in FIELDS:
        cells = []
        for s in SPLITS + ("all",):
            right, total = score[s][field]
            cells.append(f"{right / total:.3f}" if total else "  -  ")
        mark = "*" if field in KEY_FIELDS else " "
        print(f"{mark}{field:<18}{cells[0]:>8}{cells[1]:>10}{cells[2]:>8}{cells[3]:>8}")
    r = result["references"]
    print(f"references: precision {r['found'] / max(1, r['extracted']):.3f}, "
          f"recall {r['found'] / max(1, r['labelled']):.3f} (per cited number)")
    print("* key field")
    if "-v" in argv or "--dev-misses" in argv:
        for name, field, got, want in result["misses"]:
            if "--dev-misses" in argv and split_of(name) != "dev":
                continue
            print(f"  {name} {field}: got {json.dumps(got, ensure_ascii=False)} want {json.dumps(want, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
