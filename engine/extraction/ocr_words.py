"""Word-level correction of OCR text with a Vietnamese syllable-bigram model.

tesseract misreads Vietnamese marks, mostly in bold capitals: a tone or a hat wrong ('BỀN VỪNG',
'THẤM QUYỀN'), a vowel's mark read twice ('THỰỤC'), a word split ('TRON G') or two run together
('YTỂ', 'LÝCUỤM'). Each run of words is read again as the likeliest sequence (Viterbi) of
candidates that differ from the OCR's words by their marks or by one such small garble, scored by
syllable-bigram counts of administrative letters (ocr_model.py: data/ocr_words.txt.gz, rebuilt by
``python -m bench.ocr_words``); every change pays a cost, so only a clearly likelier reading wins.
A change is then kept only with evidence: a bigram two texts have with one neighbour and one seen
with the other, none for the OCR's word, and for a real word respelt, neighbours that predict the
new spelling far better than its mere frequency would. Case is kept as the OCR gave it; numbers,
codes, Roman numerals and capitalised names in running text are left alone. A scan's whole text passes
through here (ocr.py); of a text copy, which may be some other engine's OCR, only the issuer and the
subject it is read into (marks.mend).
"""
from __future__ import annotations

import functools
import math
import re
import unicodedata

from .ocr_model import (  # noqa: F401 (the model's API, re-exported)
    DATA, EDGE_PUNCT, TOKEN, TONES, VOWELS, WORD, Model, _override, build, count, current, load, save, skeleton,
    use_model, valid, words_of)

_ROMAN = re.compile(r"[IVXLCDM]+")  # 'KHÓA XIII', 'PHẦN IV': a number, not a word run together
CHANGE_COST = 6.0   # nats a respelt word in capitals must gain (~400 times likelier)
LOWER_COST = 12.0   # tesseract seldom misreads the marks of lower case: far more evidence needed
REPAIR_COST = 9.0   # a split, join or dropped letter: more evidence needed
EVIDENCE = 8.0      # nats of that context gain a real word needs to be respelt
EVIDENCE_UNSEEN = 3.0  # ... a word never seen in the letters ('thấm', 'sô')
MIN_TEXTS = 2       # a bigram is evidence when two texts or more have it (the other side: one)
STRONG_TEXTS = 5    # ... or none, when five texts or more have the one ('BỀN VỪNG TRÊN': 'bền vững')


class _Tok:
    __slots__ = ("start", "end", "low", "style", "editable", "known")

    def __init__(self, start: int, end: int, core: str):
        self.start, self.end, self.low = start, end, core.lower()
        self.style = "upper" if core.isupper() else "lower" if core.islower() else "title"
        self.editable = False
        self.known = False


def _segments(text: str, model: Model) -> list[list[_Tok]]:
    """Runs of words read together: broken at punctuation, digits, codes, Roman numerals, a blank
    line or a column gap. Editable: words in lower case, and words in capitals beside another (a title, not 'UBND'
    alone); a word with a capital first only (a name) stays as it is but is context."""
    runs: list[list[_Tok]] = [[]]
    last_end = 0
    for m in TOKEN.finditer(text):
        lead, core, tail = EDGE_PUNCT.match(m.group(0)).groups()
        gap = text[last_end:m.start()]
        # a blank line ends a run, except inside a title (OCR leaves blank lines between its lines)
        blank = gap.count("\n") > 1 and not (core.isupper() and runs[-1] and runs[-1][-1].style == "upper")
        if lead or blank or "   " in gap and "\n" not in gap:
            runs.append([])
        last_end = m.end()
        if not (core and WORD.fullmatch(core.lower())) or _ROMAN.fullmatch(core) and not valid(core):
            runs.append([])
            continue
        start = m.start() + len(lead)
        runs[-1].append(_Tok(start, start + len(core), core))
        if tail:
            runs.append([])
    runs = [r for r in runs if r]
    for run in runs:
        for k, t in enumerate(run):
            t.known = t.low in model.known
            caps_beside = any(0 <= j < len(run) and run[j].style == "upper" for j in (k - 1, k + 1))
            t.editable = t.style == "lower" or (t.style == "upper" and caps_beside)
    return runs


@functools.lru_cache(maxsize=65536)
def toneless(word: str) -> tuple[str, set[str]]:
    marks = unicodedata.normalize("NFD", word)
    return "".join(c for c in marks if c not in TONES), {c for c in marks if c in TONES}


def _forms(s: str, model: Model, base: float, change: float = CHANGE_COST) -> dict[str, float]:
    """Candidate spellings of a syllable with their cost: its own (free when it is a real word),
    other marks on the same letters, and for a non-word the same with a doubled vowel made one."""
    out: dict[str, float] = {}

    def add(w: str, cost: float) -> None:
        if cost < out.get(w, math.inf):
            out[w] = cost

    if s in model.known:
        add(s, base)
    for w in model.alike.get(skeleton(s), ()):
        if w == s or toneless(w) != toneless(s):  # 'hoá' and 'hóa' are one word
            add(w, base + (0 if w == s else change))
    if s not in model.known:
        bare = skeleton(s)
        for k in range(1, len(s)):  # one vowel read twice with two marks ('thựục', 'cuụm')
            if bare[k] in VOWELS and bare[k] == bare[k - 1]:
                for w in model.alike.get(bare[:k] + bare[k + 1:], ()):
                    add(w, base + REPAIR_COST)
    return out


def _edges(run: list[_Tok], i: int, model: Model) -> list[tuple[int, list[dict[str, float]]]]:
    """(tokens covered, candidate slots) for the reading that starts at token i."""
    t = run[i]
    if not t.editable:
        return [(1, [{t.low: 0.0}])]
    own = _forms(t.low, model, 0.0, LOWER_COST if t.style == "lower" else CHANGE_COST)
    own.setdefault(t.low, 0.0)
    edges = [(1, [own])]
    if not t.known:
        for k in range(1, len(t.low)):  # two words run together ('ytể', 'lýcuụm')
            a, b = _forms(t.low[:k], model, REPAIR_COST), _forms(t.low[k:], model, 0.0)
            if a and b:
                edges.append((1, [a, b]))
    if i + 1 < len(run):  # a word split in two ('tron g')
        u = run[i + 1]
        if u.editable and not (t.known and u.known) and u.start - t.end == 1:
            joined = _forms(t.low + u.low, model, REPAIR_COST)
            if joined:
                edges.append((2, [joined]))
    return edges


def _best(run: list[_Tok], model: Model) -> list[tuple[int, int, tuple[str, ...]]]:
    """The likeliest reading of a run (Viterbi over the candidates): (first token, tokens, words)."""
    n = len(run)
    states: list[dict] = [dict() for _ in range(n + 1)]
    states[0][None] = (0.0, None)
    for i in range(n):
        if not states[i]:
            continue
        for span, slots in _edges(run, i, model):
            target = states[i + span]
            for prev, (score, _) in states[i].items():
                paths = [(score, prev, ())]
                for slot in slots:
                    paths = [(sc + model.p(last, w) - cost, w, words + (w,))
                             for sc, last, words in paths for w, cost in slot.items()]
                for sc, last, words in paths:
                    if sc > target.get(last, (-math.inf,))[0]:
                        target[last] = (sc, (i, prev, words))
    last = max(states[n], key=lambda k: states[n][k][0])
    out = []
    pos = n
    while pos > 0:
        _, (i, prev, words) = states[pos][last]
        out.append((i, pos - i, words))
        pos, last = i, prev
    return out[::-1]


def _guarded(run: list[_Tok], reading, model: Model) -> list[tuple[int, int, tuple[str, ...]]]:
    """The changes kept: a changed word has a bigram that two texts have with one neighbour as
    finally read, one seen at least once with the other, and the OCR's words had none with their
    neighbours either way (a right word is never respelt)."""
    reading = list(reading)
    original = [(i, 1, (run[i].low,)) for i in range(len(run))]
    while True:
        flat = [(k, w) for k, (_, _, words) in enumerate(reading) for w in words]
        dropped = False
        for k, (i, span, words) in enumerate(reading):
            own = tuple(run[j].low for j in range(i, i + span))
            if words == own:
                continue
            pos = [p for p, (kk, _) in enumerate(flat) if kk == k]
            left = flat[pos[0] - 1][1] if pos[0] > 0 else None
            right = flat[pos[-1] + 1][1] if pos[-1] + 1 < len(flat) else None
            ol = run[i - 1].low if i > 0 else None
            orr = run[i + span].low if i + span < len(run) else None
            sides = [model.texts(a, b) for a, b in ((left, words[0]), (words[-1], right)) if a and b]
            inner = [model.texts(a, b) for a, b in zip(words, words[1:])]  # a split's own pair
            supported = bool(sides) and max(sides + inner) >= MIN_TEXTS \
                and (min(sides) >= 1 or max(sides) >= STRONG_TEXTS)
            was = any(model.texts(a, own[0]) for a in (left, ol)) or any(model.texts(own[-1], b) for b in (right, orr)) \
                or any(model.texts(a, b) for a, b in zip(own, own[1:]))
            if span == len(words) == 1 and _outvoted(model, (left, ol), own[0], words[0], (right, orr)):
                continue
            if supported and span == len(words) == 1 and valid(own[0]) and min(sides) < 1 \
                    and model.uni.get(own[0], 0) >= model.uni.get(words[0], 0):
                supported = False  # a real word as frequent as the new one: one side's evidence is not enough ('TẠI
                # TỔ VÀ': 'tại tờ' is common, but 'tổ' is eight times as frequent as 'tờ', and 'tờ và' is unseen)
            if supported and not was and span == len(words) == 1 and valid(own[0]):
                # a real word respelt: its neighbours must predict the new one far better than the
                # old, over what their frequency alone gives ('tạo đà phát' is not 'tạo đã phát'); less
                # so for a word the letters never use ('THẤM ĐỊNH')
                need = EVIDENCE if own[0] in model.uni else EVIDENCE_UNSEEN
                supported = _context(model, left, words[0], right) - _context(model, left, own[0], right) >= need
            if not supported or was:
                reading[k:k + 1] = [o for o in original if i <= o[0] < i + span]
                dropped = True
                break
        if not dropped:
            return reading


def _outvoted(model: Model, lefts, old: str, new: str, rights, both: bool = True) -> bool:
    """True when the texts outvote the OCR's word on both sides (``both``; else on the sides it has, at a
    run's edge): each neighbour is seen with the new spelling, and at least as often as with the old; one
    side only with the new, in STRONG_TEXTS texts or more; ten times as often in all ('THỰC HIỆN ĐỂ ÁN':
    'hiện đề' 34 to 4, 'đề án' 81 to 0)."""
    news, olds = [], []
    for sides, pair in ((lefts, lambda a, w: (a, w)), (rights, lambda b, w: (w, b))):
        if sides[0] is None:
            continue
        news.append(model.texts(*pair(sides[0], new)))
        olds.append(max(model.texts(*pair(a, old)) for a in sides if a))
    return len(news) == (2 if both else len(news)) > 0 and all(n >= max(o, 1) for n, o in zip(news, olds)) \
        and any(n >= STRONG_TEXTS and not o for n, o in zip(news, olds)) and sum(news) >= 10 * (sum(olds) + 1)


def _one_side_outvotes(model: Model, left: str | None, old: str, new: str, right: str | None) -> bool:
    """True when one neighbour is seen with the new spelling in 2 * STRONG_TEXTS texts or more and never with the old,
    in a quarter at least of its pairs on that side (a word the new one goes with, not 'và' that follows anything),
    and the other neighbour is seen with neither ('đối chiếu chỉ phí': 'chi phí' 30 to 0, 'chiếu chi' and 'chiếu
    chỉ' both unseen): a lower-case word's marks misread beside a word the letters never put next to it."""
    sides = [(model.texts(left, new), model.texts(left, old), model.left.get(left, 0)) if left else (0, 0, 0),
             (model.texts(new, right), model.texts(old, right), model.right.get(right, 0)) if right else (0, 0, 0)]
    unseen, (n, o, all_pairs) = sorted(sides)
    return unseen[:2] == (0, 0) and n >= 2 * STRONG_TEXTS and o == 0 and n >= all_pairs / 4


def _crossbar_only(model: Model, old: str, new: str) -> bool:
    """True when *new* differs from *old* by a 'đ' for a 'd' (or back) and is the rarer word: 'đ' and 'd' are two
    letters, not a mark, and a bigram model cannot tell 'an toàn điện' (electrical safety) from 'toàn diện'."""
    return len(old) == len(new) and old != new and all(a == b or {a, b} == {"d", "đ"} for a, b in zip(old, new)) \
        and model.uni.get(new, 0) <= model.uni.get(old, 0)


def _context(model: Model, left: str | None, w: str, right: str | None) -> float:
    """How much better than their frequency the neighbours predict w, and w the next (nats)."""
    return model.p(left, w) - model.p_uni(w) + (model.p(w, right) - model.p_uni(right) if right else 0.0)


def _styled(words: tuple[str, ...], style: str) -> str:
    s = " ".join(words)
    return s.upper() if style == "upper" else s if style == "lower" else s[:1].upper() + s[1:]


def correct(text: str, model: Model | None = None) -> str:
    """The OCR text with unlikely words respelt (see the module's docstring)."""
    model = model or current()
    if model is None:
        return text
    text = unicodedata.normalize("NFC", text)
    changes: list[tuple[int, int, str]] = []
    for run in _segments(text, model):
        if not any(t.editable for t in run):
            continue
        changed: set[int] = set()
        for i, span, words in _guarded(run, _best(run, model), model):
            if words != tuple(run[j].low for j in range(i, i + span)):
                changes.append((run[i].start, run[i + span - 1].end, _styled(words, run[i].style)))
                changed.update(range(i, i + span))
        for k, t in enumerate(run):  # a word the Viterbi's cost kept, which the letters outvote
            if t.editable and k not in changed and len(t.low) > 1:
                left = run[k - 1].low if k else None
                right = run[k + 1].low if k + 1 < len(run) else None
                # a lower-case word's marks misread, or in any case a marked vowel dropped ('CA TỔ CHỨC')
                alike = model.alike.get(skeleton(t.low), ()) if t.style == "lower" else ()
                # (a vowel dropped only from a word rarer than the one it would be: 'CA' for 'CỦA', never 'PHÒNG' for
                # 'PHƯỜNG', however often 'dân phường' is seen: 'ĐỘI DÂN PHÒNG')
                lost = [w for w in model.lost.get(skeleton(t.low), ()) if model.uni.get(w, 0) >= model.uni.get(t.low, 0)]
                won = [w for w in (*alike, *lost) if w != t.low and not _crossbar_only(model, t.low, w)
                       and (_outvoted(model, (left, None), t.low, w, (right, None), both=False)
                            or w in alike and _one_side_outvotes(model, left, t.low, w, right))]
                if len(won) == 1:
                    changes.append((t.start, t.end, _styled((won[0],), t.style)))
    for start, end, new in sorted(changes, reverse=True):
        text = text[:start] + new + text[end:]
    return text
