"""The corpus of the OCR word model, and the script that rebuilds the shipped model.

Run ``python -m bench.ocr_words`` to rewrite engine/extraction/data/ocr_words.txt.gz from the
labelled letters' texts (tests/fixtures/letters; never ``r6_``/``r10_`` nor a split bench.extraction
holds out, which are not even read) and the
seeds of shared/seeds (skipped where a letter is the same text). Texts that are not clean
Vietnamese are left out so the model does not learn their garbles: raw OCR outputs (``_ocr_`` in
the name, or 'OCR' in the gold's note), copies without their marks (a share of marked words below ``MIN_MARKED``) and legacy-font
or broken text layers (a share of words outside the Vietnamese alphabet above ``MAX_FOREIGN``).
bench/extraction_ocr.py builds its own model with ``corpus(exclude=...)`` so that the letters it
scores are not in the model it scores them with.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

from bench.extraction import GROUPS, split_of
from engine.extraction import ocr_words
from engine.extraction.text import VI_LOWER

ROOT = Path(__file__).resolve().parents[1]
LETTERS = ROOT / "tests" / "fixtures" / "letters"
SEEDS = ROOT.parent / "shared" / "seeds"
HELD_OUT = ("r6_", "r10_")
MIN_MARKED = 0.5
MAX_FOREIGN = 0.05
_WORDS = re.compile(r"[^\W\d_]+")
_VIET = re.compile(rf"[{VI_LOWER}]+")


def clean(text: str) -> bool:
    """True for a text in Vietnamese with its marks (not a garbled or mark-less copy)."""
    words = _WORDS.findall(unicodedata.normalize("NFC", text).lower())
    viet = [w for w in words if _VIET.fullmatch(w)]
    if not words or not viet:
        return False
    marked = sum(ocr_words.skeleton(w) != w for w in viet)
    return marked / len(viet) >= MIN_MARKED and 1 - len(viet) / len(words) <= MAX_FOREIGN


def _read_by_ocr(path: Path) -> bool:
    """A raw OCR output its labeller said it is ('OCR' in the gold's note), whatever its name: its marks
    are often wrong ('thuê' for 'thuế'), which a model must not learn."""
    gold = path.with_suffix(".gold.json")
    return gold.exists() and bool(re.search(r"\bOCR\b", json.loads(gold.read_text(encoding="utf-8")).get("note") or ""))


def corpus(exclude=()) -> dict[str, str]:
    """{name: text} of the model's sources, without the letters named in *exclude*."""
    out: dict[str, str] = {}
    seen: set[str] = set()
    for path in sorted(LETTERS.glob("*.txt")):
        name = path.stem
        if name.startswith(HELD_OUT) or split_of(name) in GROUPS["held-out"]:
            continue
        text = path.read_text(encoding="utf-8")
        seen.add(hashlib.sha1(text.encode()).hexdigest())
        if name in exclude or "_ocr_" in name or _read_by_ocr(path):
            continue
        out[name] = text.replace("\\r\\n", "\n")
    for path in sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else ():
        text = path.read_text(encoding="utf-8")
        if hashlib.sha1(text.encode()).hexdigest() not in seen:
            out[f"seeds/{path.stem}"] = text
    return {name: text for name, text in out.items() if clean(text)}


def main(argv: list[str]) -> int:
    texts = corpus()
    model = ocr_words.Model(*ocr_words.count(texts.values()))
    ocr_words.save(model)
    size = ocr_words.DATA.stat().st_size
    print(f"{ocr_words.DATA.relative_to(ROOT)}: {len(texts)} texts, {len(model.uni)} syllables, "
          f"{len(model.bi)} bigrams, {size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
