"""Marks put back on a field whose copy lost them all ('trien khai mot so nhiem vu cap bach' ->
'triển khai một số nhiệm vụ cấp bách').

A scan OCR'd without Vietnamese, a legacy text layer or a plain-ASCII copy gives syllables with no
tone or vowel marks. A field read off such a copy (its subject, its issuer) is spelt again as the
likeliest sequence of marked syllables with the same letters, scored by the syllable-bigram counts of
administrative letters the OCR corrector uses (ocr_words). Only a field almost without marks whose every
word the letters have is touched (a copy that has its marks, or an OCR garble, is never respelt), and
case is kept.
"""
from __future__ import annotations

import functools
import re
import string

from . import ocr_words, orgs
from .names import CITIES, PROVINCES
from .text import VI_LOWER

_WORD = re.compile(rf"[{VI_LOWER}]+", re.I)
_PARTS = re.compile(rf"([{VI_LOWER}]+)", re.I)
MAX_MARKED = 0.15  # a field with more of its words marked than this kept its marks: left alone
MIN_WORDS = 4


def unmarked(text: str, min_words: int = MIN_WORDS, model: ocr_words.Model | None = None) -> bool:
    """True when (almost) none of the field's syllables carries a mark and every word is one the letters
    have (codes in capitals such as 'UBND' aside): a clean copy without marks, not an OCR's garble, whose
    misread letters a respelling would only dress up. The word model is loaded only for such a field."""
    words = [w for w in _WORD.findall(text) if not (w.isupper() and not ocr_words.valid(w))]
    if len(words) < min_words:
        return False
    marked = sum(ocr_words.skeleton(w) != w.lower() for w in words)
    if marked / len(words) > MAX_MARKED:  # the field has its marks (every typed letter): nothing to load
        return False
    model = model or ocr_words.current()
    return model is not None and all(ocr_words.skeleton(w) in model.alike for w in words)


def _styled(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def restore(text: str | None, min_words: int = MIN_WORDS, model: ocr_words.Model | None = None) -> str | None:
    """The field with its marks put back where the copy lost them; unchanged otherwise."""
    if not text or not unmarked(text, min_words, model):
        return text
    model = model or ocr_words.current()
    parts = _PARTS.split(text)  # words at the odd places, what stands between them at the even
    slots = [i for i in range(1, len(parts), 2)]
    options = [model.alike.get(ocr_words.skeleton(parts[i]), []) or [parts[i].lower()] for i in slots]
    # Viterbi over the marked spellings, each word scored by the bigram with the one before it
    best: dict[str, tuple[float, list[str]]] = {w: (model.p(None, w), [w]) for w in options[0]}
    for k in range(1, len(options)):
        joined = not parts[slots[k] - 1].strip()  # only words a space joins are a bigram
        step: dict[str, tuple[float, list[str]]] = {}
        for w in options[k]:
            step[w] = max(((score + model.p(prev if joined else None, w), path + [w])
                           for prev, (score, path) in best.items()), key=lambda t: t[0])
        best = step
    _, words = max(best.values(), key=lambda t: t[0])
    for i, w in zip(slots, words):
        parts[i] = _styled(w, parts[i])
    return "".join(parts)


def _as_capitals(text: str) -> str:
    """The corrector's reading of a name as the letterhead printed it, in capitals (where OCR misreads marks,
    so a respelling needs less evidence), cased back word by word as the field has it."""
    fixed = ocr_words.correct(text.upper())
    was, now = text.split(), fixed.split()
    if len(was) != len(now):
        return ocr_words.correct(text)
    return " ".join(w if w.upper() == n else _styled(n.lower(), w) for w, n in zip(was, now))


_LETTERS = VI_LOWER.replace("a-z", string.ascii_lowercase) + VI_LOWER.replace("a-z", string.ascii_lowercase).upper()


def _any_marks(name: str) -> str:
    """A pattern of *name* whatever marks its letters carry ('Đà Nẵng' ~ 'ĐÀ NĂNG', 'Đà Năng')."""
    def letter(c: str) -> str:
        if not c.isalpha():
            return r"\s+" if c.isspace() else re.escape(c)
        return "[" + "".join(sorted({x for x in _LETTERS if ocr_words.skeleton(x) == ocr_words.skeleton(c)})) + "]"
    return r"(?<!\w)" + "".join(map(letter, name)) + r"(?!\w)"


# (two words or more: 'Huế' is also 'Huệ', a given name)
_PLACES = sorted((n for n in {*PROVINCES, *CITIES} if " " in n), key=len, reverse=True)


@functools.lru_cache(maxsize=None)
def _place_pattern(name: str) -> re.Pattern:
    """Compiled when a letter first spells *name* right, not for all the names at start-up."""
    return re.compile(_any_marks(name), re.I)


def places_spelt(field: str | None, text: str) -> str | None:
    """A province's or a centrally-run city's name in *field*, capitalised, spelt with its own marks where OCR
    misread them ('Đại học Đà Năng' -> 'Đại học Đà Nẵng', 'TỈNH BẮC KAN' -> 'TỈNH BẮC KẠN'), when the letter's
    *text* spells that name right somewhere (a person's 'Hải Phong' is no 'Hải Phòng' in a letter that never
    names the city); words in lower case are no name ('hòa bình', 'cao bằng') and are left alone."""
    if not field:
        return field
    folded = text.casefold()

    def spelt(m: re.Match, name: str) -> str:
        found = m.group(0)
        if orgs.fold(found) == orgs.fold(name):  # (its own 'Hoà' kept)
            return found
        if found.isupper():
            return name.upper()
        return name if all(w[:1].isupper() for w in found.split()) else found

    for name in _PLACES:
        if name.casefold() in folded:  # (only the names the letter spells right are looked for)
            field = _place_pattern(name).sub(lambda m, name=name: spelt(m, name), field)
    return field


def mend(text: str | None, min_words: int = MIN_WORDS, capitals: bool = False) -> str | None:
    """The field as a clerk would type it: its marks put back when the copy lost them all (restore), else
    the words an OCR misread respelt by the word model (ocr_words.correct; 'cung câp' -> 'cung cấp',
    'BAN HÀNHQUY CHẾ' -> 'BAN HÀNH QUY CHẾ'). A text copy is often some other engine's OCR, and the
    corrector's evidence rules leave a typed field's words alone. A body's name (``capitals``) is read as its
    letterhead printed it, in capitals: 'Cục Hóa chát' -> 'Cục Hóa chất'."""
    if not text:
        return text
    restored = restore(text, min_words)
    if restored != text:
        return restored
    return _as_capitals(text) if capitals else ocr_words.correct(text)
