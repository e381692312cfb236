"""A body's name OCR garbled on the letterhead, read where the letter names it again.

Bold capitals are what OCR reads worst: 'TRƯỜNG ĐAL HOC BÁCH KHOA', 'UBND Huy~n hi~p hoa'. A letter usually
names its issuer again in plainer type (the decision's authority line 'HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC BÁCH KHOA',
the body's '… Ủy ban nhân dân huyện Hiệp Hòa đề nghị'). Such a name, with the same number of words, every one
of them a Vietnamese syllable, each word spelt with the same letters as the garbled one but for its marks, and
a garbled word but for one misread letter, is the name as the clerk would type it. Of several, the one the
word model finds likeliest wins; a name with no garbled word is left as it is. Specks OCR ran on after a name (a
stamp's print beside the letterhead) are cut off first.
"""
from __future__ import annotations

import re
from collections import Counter

from . import ocr_words, orgs
from .ocr_model import skeleton, valid

_TOKEN = re.compile(r"[^\W\d_]+")
_GAP = re.compile(r"[ \t]*\n?[ \t]*")  # what may stand between two words of one name


_ACRONYMS = {"UBND", "HĐND", "MTTQ", "UBMTTQ", "THPT", "THCS", "PTDTNT", "BHXH", "TP", "TX", "TW", "GDĐT", "ĐHQG"}


def _garbled(word: str) -> bool:
    """A word no syllable spells: letters mixed with OCR's specks ('Huy~n'), a bad shape ('ĐAL'); not an
    acronym ('UBND', 'HĐND')."""
    core = word.strip(".,;:()")
    if core.upper() in _ACRONYMS or core.isupper() and not any(c in "AEIOUY" for c in skeleton(core).upper()):
        return False
    return not _TOKEN.fullmatch(core) or not valid(core)


def _near(a: str, b: str) -> bool:
    """One letter apart (misread, lost or added), marks aside; specks count as letters misread."""
    a, b = skeleton(a), skeleton(b)
    if len(a) < 2 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long = sorted((a, b), key=len)
    return any(long[:k] + long[k + 1:] == short for k in range(len(long)))


def _fits(ours: str, theirs: str) -> bool:
    if ours.upper() in _ACRONYMS or orgs.fold(ours) == orgs.fold(theirs):
        return orgs.fold(ours) == orgs.fold(theirs)
    if not valid(theirs):
        return False
    if _garbled(ours):
        return _near(ours, theirs)
    return skeleton(ours) == skeleton(theirs)


def clean(name: str | None, text: str) -> str | None:
    """*name* as the letter writes it again where its letterhead's OCR garbled it; unchanged otherwise."""
    if not name:
        return name
    words = name.split()
    bad = sum(map(_garbled, words))
    if not bad or len(words) < 3 or bad * 2 > len(words):
        return name
    tokens = list(_TOKEN.finditer(text))
    found: Counter = Counter()
    long = " ".join(orgs.LONG_FORMS.get(w, w) for w in words).split()  # ('UBND huyện X' written out in the body)
    for form in {tuple(words), tuple(long)}:
        for i in range(len(tokens) - len(form) + 1):
            window = tokens[i:i + len(form)]
            if all(_fits(w, t.group(0)) for w, t in zip(form, window)) \
                    and all(_GAP.fullmatch(text, a.end(), b.start()) for a, b in zip(window, window[1:])):
                found[" ".join(t.group(0) for t in window)] += 1
    if not found:
        return name
    model = ocr_words.current()

    def likely(candidate: str) -> float:
        low = [w.lower() for w in candidate.split()]
        return sum(model.p(a, b) for a, b in zip([None, *low], low)) if model else 0.0

    best = max(found, key=lambda c: (likely(c), found[c]))
    best = orgs.display(best) if best.isupper() else best[:1].upper() + best[1:]
    return _short_as_ours(best, words)


def _short_as_ours(found: str, words: list[str]) -> str:
    """*found* with the short forms the register writes (*words*' 'UBND') where the body wrote them out
    ('Ủy ban nhân dân tỉnh Đắk Nông' found for 'UBND tỉnh Đắk Nông')."""
    out, rest = [], found.split()
    for w in words:
        if not rest:
            break
        n = len(orgs.LONG_FORMS[w].split()) if w in orgs.LONG_FORMS and orgs.fold(rest[0]) != w else 1
        out.append(w if n > 1 else rest[0])
        rest = rest[n:]
    return " ".join(out + rest)


def typed_back(name: str | None, respelt: str | None, text: str) -> str | None:
    """*respelt* (the word model's reading of the name *name*) with each word it respelt put back where the letter
    spells that word with its neighbour as read, once in capitals and once typed in lower or title case (the
    letterhead's 'UBND XÃ TIỀN TIẾN' and the body's 'UBND xã Tiền Tiến thông báo …'): a typed name, whose marks no
    model should respell ('Tiền Tiến' is no misread of the likelier 'Tiên Tiến')."""
    if not name or not respelt or name == respelt:
        return respelt
    was, now = name.split(), respelt.split()
    if len(was) != len(now):
        return respelt

    def spelt(k: int) -> bool:
        pair = was[k:k + 2] if k + 1 < len(was) else was[k - 1:k + 1]
        if len(pair) < 2 or not all(_TOKEN.fullmatch(w) and valid(w) for w in pair):
            return False
        found = [m.group(0) for m in re.finditer(r"(?<!\w)" + r"\s+".join(map(re.escape, pair)) + r"(?!\w)", text, re.I)]
        return len(found) >= 2 and any(not f.isupper() for f in found) and any(f.isupper() for f in found)

    return " ".join(w if w != n and spelt(k) else n for k, (w, n) in enumerate(zip(was, now)))


_SPECK = re.compile(r"[\"“”~#%@$^{}\[\]<>=\\]")


def without_noisy_tail(name: str | None) -> str | None:
    """A body's name with the specks OCR ran on after it cut off: from a word with a quote, a tilde or the like
    ('Đại học Đà Nẵng đế" 89, 20042': a stamp's print beside the letterhead), or after a name a number's code
    knows, whatever follows it that is no word ('Bộ Lao động - Thương binh và Xã hội S, 1')."""
    if not name:
        return name
    words = name.split()
    cut = next((k for k, w in enumerate(words) if _SPECK.search(w)), len(words))
    if cut >= 2 and cut < len(words) and not _SPECK.search(" ".join(words[:cut])):
        words = words[:cut]
    for k in range(len(words) - 1, 2, -1):
        rest = words[k:]
        if orgs.known_body(" ".join(words[:k])) and all(len(w.strip(".,;:")) <= 1 or not w.isalpha() for w in rest):
            words = words[:k]
            break
    return " ".join(words).rstrip(" ,;:-")


def named(name: str | None, text: str) -> str | None:
    """A body's name read off the letterhead, without the specks OCR ran on after it, as the letter writes it again
    where OCR garbled it."""
    return clean(without_noisy_tail(name), text)
