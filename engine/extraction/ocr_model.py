"""The OCR word model's counts: which words are Vietnamese syllables, and how often administrative letters
use each syllable and each pair of them (data/ocr_words.txt.gz, rebuilt by ``python -m bench.ocr_words``).
ocr_words.py reads OCR text again with it."""
from __future__ import annotations

import functools
import gzip
import math
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from .text import VI_LOWER

DATA = Path(__file__).with_name("data") / "ocr_words.txt.gz"
# Debian's hunspell-vi: a list of Vietnamese syllables (GPL, so read where installed, not shipped);
# it only widens which words count as real syllables, so a rare right word is not "repaired".
HUNSPELL = Path("/usr/share/hunspell/vi_VN.dic")

WORD = re.compile(rf"[{VI_LOWER}]+")
TOKEN = re.compile(r"\S+")
EDGE_PUNCT = re.compile(r"^(\W*)(.*?)(\W*)$", re.S)
VOWELS = set("aăâeêioôơuưy")
_DISCOUNT = 0.75
_NOT_A_WORD = -30.0  # what no syllable looks like ('ytể', 'g') is almost surely a misreading


# A syllable's shape: onset, vowel cluster, final consonant (on the letters without marks); a
# cluster that ends in a glide takes no final. Run-together words ('lýcụm') and specks fail it.
_OPEN = "a e i o u y ia ie ye ua uo oa oe oo ue uy uye oay uya"
_CLOSED = "ai ao au ay eo eu iu oi ui uu oai oao oeo uay uoi uou uyu ieu yeu"
_ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
_SHAPE = re.compile(rf"{_ONSET}(?:(?:{'|'.join(_OPEN.split())})(?:ng|nh|ch|[cmnpt])?|(?:{'|'.join(_CLOSED.split())}))")
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def valid(word: str) -> bool:
    """True when the word has the shape of one Vietnamese syllable (and at most one tone mark)."""
    marks = unicodedata.normalize("NFD", word.lower())
    return sum(c in TONES for c in marks) <= 1 and bool(_SHAPE.fullmatch(skeleton(word)))


LETTER_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of two letters or more, in any case


def syllable_share(text: str) -> float:
    """The share of the text's words that have a syllable's shape: 0.9-1.0 for Vietnamese read upright, with or
    without its marks; ~0.3 for a page OCR read upside down; low for English."""
    words = LETTER_WORD.findall(text)
    return sum(valid(w) for w in words) / len(words) if words else 0.0


@functools.lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The letters without any mark ('thẩm' -> 'tham', 'đường' -> 'duong')."""
    f = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(c for c in f if not unicodedata.combining(c))


def _marked_vowels(word: str) -> list[str]:
    """The word without one of its vowels that carries a mark ('của' -> 'ca'), each way."""
    marks = unicodedata.normalize("NFD", word)
    out = []
    for k, c in enumerate(marks):
        end = k + 1
        while end < len(marks) and unicodedata.combining(marks[end]):
            end += 1
        if c in VOWELS and end > k + 1:
            out.append(unicodedata.normalize("NFC", marks[:k] + marks[end:]))
    return out


class Model:
    """Syllable and syllable-bigram counts, with what the corrector derives from them."""

    def __init__(self, unigrams: Counter, bigrams: Counter, extra_known: frozenset[str] = frozenset()):
        self.uni = {w: n for w, n in unigrams.items() if valid(w)}
        self.bi = {(a, b): n for (a, b), n in bigrams.items() if a in self.uni and b in self.uni}
        self.total = sum(self.uni.values()) or 1
        self.vsize = len(self.uni) + 1
        left: Counter = Counter()
        right: Counter = Counter()
        types: Counter = Counter()
        for (a, b), n in self.bi.items():
            left[a] += n
            right[b] += n
            types[a] += 1
        self.left, self.right, self.types = dict(left), dict(right), dict(types)
        self._uni_log: dict[str, float] = {}
        self.known = frozenset(self.uni) | frozenset(w for w in extra_known if valid(w))
        alike: dict[str, list[str]] = defaultdict(list)
        for w in self.uni:
            alike[skeleton(w)].append(w)
        self.alike = dict(alike)
        lost: dict[str, list[str]] = defaultdict(list)
        for w in self.uni:  # 'của' read 'ca': a vowel with its marks dropped whole
            for k in _marked_vowels(w):
                lost[skeleton(k)].append(w)
        self.lost = dict(lost)

    def p_uni(self, w: str) -> float:
        got = self._uni_log.get(w)
        if got is None:
            got = self._uni_log[w] = _NOT_A_WORD if w not in self.uni and not valid(w) else \
                math.log((self.uni.get(w, 0) + 0.5) / (self.total + 0.5 * self.vsize))
        return got

    def p(self, prev: str | None, w: str) -> float:
        """log P(w | prev): absolute discounting, backing off to the smoothed unigram."""
        if prev is None or prev not in self.left:
            return self.p_uni(w)
        c, n = self.left[prev], self.types[prev]
        seen = max(self.bi.get((prev, w), 0) - _DISCOUNT, 0) / c
        return math.log(seen + _DISCOUNT * n / c * math.exp(self.p_uni(w))) if seen else \
            math.log(_DISCOUNT * n / c) + self.p_uni(w)

    def texts(self, a: str | None, b: str | None) -> int:
        """How many texts have the bigram."""
        return self.bi.get((a, b), 0) if a is not None and b is not None else 0


def words_of(text: str) -> list[list[str]]:
    """Runs of lower-cased syllables a bigram may join: broken by digits, codes and punctuation."""
    runs: list[list[str]] = [[]]
    for tok in TOKEN.findall(unicodedata.normalize("NFC", text).lower()):
        lead, core, tail = EDGE_PUNCT.match(tok).groups()
        if lead and runs[-1]:
            runs.append([])
        if core and WORD.fullmatch(core):
            runs[-1].append(core)
        elif runs[-1]:
            runs.append([])
        if tail and runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def count(texts) -> tuple[Counter, Counter]:
    """Syllable counts, and for each bigram the number of texts that have it: a garbled copy or one
    letter's repeated phrase is then one vote, not evidence."""
    uni: Counter = Counter()
    bi: Counter = Counter()
    for text in texts:
        pairs = set()
        for run in words_of(text):
            uni.update(run)
            pairs.update(zip(run, run[1:]))
        bi.update(pairs)
    return uni, bi


def build(texts) -> Model:
    """A model counted from the given texts (the bench's, without the letters it scores)."""
    uni, bi = count(texts)
    return Model(uni, bi, _hunspell())


def save(model: Model, path: Path = DATA) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"{w}\t{n}" for w, n in sorted(model.uni.items())]
    lines += [f"{a} {b}\t{n}" for (a, b), n in sorted(model.bi.items())]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))  # the same counts, the same bytes


def load(path: Path = DATA) -> Model | None:
    """The shipped model, or None when its file is missing (then nothing is corrected)."""
    if not path.exists():
        return None
    uni: Counter = Counter()
    bi: Counter = Counter()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            key, _, n = line.rstrip("\n").rpartition("\t")
            if " " in key:
                a, b = key.split(" ")
                bi[(a, b)] = int(n)
            elif key:
                uni[key] = int(n)
    return Model(uni, bi, _hunspell())


@functools.cache
def _hunspell() -> frozenset[str]:
    """hunspell-vi's syllables, or none where the package is not installed."""
    try:
        lines = HUNSPELL.read_text(encoding="utf-8").split("\n")[1:]
    except OSError:
        return frozenset()
    return frozenset(w for w in (unicodedata.normalize("NFC", ln.split("/")[0].strip().lower()) for ln in lines)
                     if WORD.fullmatch(w))


_override: list[Model | None] = []


def use_model(model: Model | None) -> None:
    """Swap the model the OCR path corrects with (the bench's, built without its letters)."""
    _override[:] = [model]


@functools.cache
def _shipped() -> Model | None:
    return load()


def current() -> Model | None:
    """The swapped-in model, else the shipped one (loaded once per process)."""
    return _override[0] if _override else _shipped()
