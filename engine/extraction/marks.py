"""Marks put back on a field whose copy lost them all ('trien khai mot so nhiem vu cap bach' ->
'triển khai một số nhiệm vụ cấp bách').

A scan OCR'd without Vietnamese, a legacy text layer or a plain-ASCII copy gives syllables with no
tone or vowel marks. A field read off such a copy (its subject, its issuer) is spelt again as the
likeliest sequence of marked syllables with the same letters, scored by the syllable-bigram counts of
administrative letters the OCR corrector uses (ocr_words). Only a field almost without marks whose every
word the letters have is touched (a copy that has its marks, or an OCR garble, is never respelt), and
case is kept. A subject's single word whose marks OCR lost is spelt as the letter's own body spells it
(as_the_body_spells).
"""
from __future__ import annotations

import functools
import re
import string
from collections import Counter

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


def _one_word(a: str, b: str) -> bool:
    """The same word with its tone mark set on another vowel ('hoá' and 'hóa', 'qũy' and 'quỹ'): as printed."""
    return ocr_words.toneless(a) == ocr_words.toneless(b)


def _spelt_between(found: list[str], bares: list[str], at: dict[str, list[int]], low: str, before: str | None,
                   after: str | None) -> Counter:
    """How often the body spells *low* (marks aside) between neighbours of these letters, by spelling."""
    spellings: Counter = Counter()
    for k in at.get(ocr_words.skeleton(low), ()):
        if (before is None or k > 0 and bares[k - 1] == before) \
                and (after is None or k + 1 < len(bares) and bares[k + 1] == after):
            spellings[found[k].lower()] += 1
    return spellings


def as_the_body_spells(field: str | None, body: str) -> str | None:
    """*field* (a subject) with each word whose marks OCR lost or misread ('thuê nhà thâu', 'tiên lương') spelt as
    the letter's body spells it beside the same neighbours ('thuế nhà thầu' in the body's 'khai, nộp thuế nhà thầu
    …'): twice or more, more than twice as often as the field's own spelling and more often than all the others
    (the body is often the same OCR, with the same slips here and there), and a word the letters use at least as
    often (never 'khân' for 'khẩn'); the same word with its tone set on another vowel ('hoá', 'hóa') stays as
    printed. A word with two neighbours is looked at between both, then beside each; they are matched by their
    letters, marks aside, so a misread beside the word does not hide the phrase."""
    if not field or not body:
        return field
    words = list(_WORD.finditer(field))
    wanted = {ocr_words.skeleton(m.group(0)) for m in words}
    found = _WORD.findall(body)
    bares = [ocr_words.skeleton(w) for w in found]
    at: dict[str, list[int]] = {}  # where the body has each of the field's words, marks aside
    for k, bare in enumerate(bares):
        if bare in wanted:
            at.setdefault(bare, []).append(k)
    model = ocr_words.current()
    changes = []
    for i, m in enumerate(words):
        word = m.group(0)
        low = word.lower()
        if len(low) < 2 or not ocr_words.valid(low):
            continue
        before = ocr_words.skeleton(words[i - 1].group(0)) if i else None
        after = ocr_words.skeleton(words[i + 1].group(0)) if i + 1 < len(words) else None
        # (both neighbours, then each alone; a word at the field's edge: its one neighbour)
        contexts = [(before, after), (before, None), (None, after)] if before and after \
            else [(before, after)] if before or after else []
        for left, right in contexts:
            spellings = _spelt_between(found, bares, at, low, left, right)
            own = spellings.pop(low, 0)
            if not spellings:
                if own:
                    break
                continue
            best, count = spellings.most_common(1)[0]
            if count >= 2 and count > 2 * own and count > sum(spellings.values()) - count and ocr_words.valid(best) \
                    and not _one_word(best, low) and (model is None or model.uni.get(best, 0) >= model.uni.get(low, 0)):
                changes.append((m.start(), m.end(), _styled(best, word)))
                break
            if own >= count:
                break
    for start, end, new in reversed(changes):
        field = field[:start] + new + field[end:]
    return field
