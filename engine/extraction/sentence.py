"""A title printed in capitals written back in sentence case, as a clerk enters it in the register.

'THỰC HIỆN NGHỊ QUYẾT SỐ 50/NQ-CP NGÀY 17/4/2020 CỦA CHÍNH PHỦ VÀ KẾ HOẠCH SỐ 271-KH/TU …' ->
'Thực hiện Nghị quyết số 50/NQ-CP ngày 17/4/2020 của Chính phủ và Kế hoạch số 271-KH/TU …'. Which words
keep a capital is a matter of names, and the letter's own text names them again in mixed case: each run
of the title's words is cased as the text writes the longest run of the same words (a capital that only
opens a sentence there is no name's); a word the text never writes in mixed case is lower case, unless
it is a code or an abbreviation ('50/NQ-CP', 'UBND', 'COVID-19'). The first letter is a capital.
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict

from . import numbers, ocr_words, orgs
from .text import in_capitals

_CORE = re.compile(r"^(\W*)(.*?)(\W*)$", re.S)
_SENTENCE_END = re.compile(r"(?:^|[.:;!?\n(“\"]|[-–•+*]\s)\s*$")
MIN_WORDS = 3
MAX_RUN = 16
READ = 40_000  # the text read for its names: a long file's first pages (the cost stays bounded)


@functools.lru_cache(maxsize=65536)
def _key(core: str) -> str:
    return orgs.fold(core) if core else ""


def _tokens(text: str) -> list[tuple[str, str, bool]]:
    """(key, the word as written, whether it opens a sentence) for each word of the text."""
    out = []
    for m in re.finditer(r"\S+", text):
        core = _CORE.match(m.group(0)).group(2)
        opens = bool(_SENTENCE_END.search(text[max(0, m.start() - 3):m.start()])) or m.start() == 0
        out.append((_key(core), core, opens))
    return out


_LEVELS = {"tỉnh", "huyện", "quận", "xã", "phường"}  # a place's level, lower case before its name ('tỉnh Hà Giang')
_ORDINAL_BEFORE = {"KHÓA", "KHOÁ", "QUÝ", "PHẦN", "CHƯƠNG", "ĐOẠN", "MỤC", "THỨ", "HỘI", "LẦN", "KỲ", "NHIỆM"}


def _code(core: str, before: str = "") -> bool:
    """A code, an abbreviation or a Roman numeral, kept in capitals: it has a digit or a slash, or is no
    Vietnamese syllable ('UBND', 'COVID', 'III'); 'I', 'VI' or 'XI' only as a number ('GIAI ĐOẠN II', 'KHÓA XI',
    never 'PHẠM VI')."""
    if re.fullmatch(r"[IVXLC]+", core) and (orgs.fold(before) in _ORDINAL_BEFORE or before.endswith("(")):
        return True
    return bool(re.search(r"[\d/]", core)) or not all(ocr_words.valid(w) for w in re.split(r"[-–.&]", core) if w)


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def sentence_case(title: str | None, text: str) -> str | None:
    """*title* in sentence case with the names the text writes in mixed case; unchanged unless it is in
    capitals (three words or more)."""
    if not title or not in_capitals(title):
        return title
    parts = title.split(" ")
    cores = [_CORE.match(p).groups() for p in parts]
    if sum(bool(c[1]) for c in cores) < MIN_WORDS:
        return title
    cased = _cased_as_written([c[1] for c in cores], _tokens(text[:READ]))
    out = []
    for n, (p, (lead, core, tail), c) in enumerate(zip(parts, cores, cased)):
        if core:
            following = cores[n + 1][1] if n + 1 < len(cores) else ""
            p = f"{lead}{_word(core, c, lead or (cores[n - 1][1] if n else ''), n > 0, following)}{tail}"
        out.append(p)
    s = _names(" ".join(out))
    first = re.search(r"[^\W\d_]", s)
    return s[:first.start()] + _capital(s[first.start():]) if first else s


def _cased_as_written(words: list[str], body: list[tuple[str, str, bool]]) -> list[str | None]:
    """For each of the title's words, how the text writes it: each run of words is matched with the longest
    run of the same words in the text (one inside a sentence before one opening it, cased as most of its
    occurrences); None where the text says nothing."""
    at: dict[str, list[int]] = defaultdict(list)
    mid: dict[str, Counter] = defaultdict(Counter)  # how each word is written inside a sentence
    for j, (k, core, opens) in enumerate(body):
        if core and not core.isupper():  # only a word written in mixed case says how it is cased
            at[k].append(j)
        if core and not opens and not (core.isupper() and len(core) > 1):
            mid[k][core] += 1
    cased: list[str | None] = [None] * len(words)
    i = 0
    while i < len(words):
        runs: dict[tuple[int, bool], list[int]] = defaultdict(list)
        for j in at.get(_key(words[i]), ()):
            n = 0
            while n < MAX_RUN and i + n < len(words) and j + n < len(body) and words[i + n] \
                    and body[j + n][0] == _key(words[i + n]):
                n += 1
            runs[(n, not body[j][2])].append(j)
        n, inside = max(runs, default=(0, False))
        if not n:
            i += 1
            continue
        spelt = Counter(tuple(body[x + d][1] for d in range(n)) for x in runs[(n, inside)]).most_common(1)[0][0]
        j = next(x for x in runs[(n, inside)] if tuple(body[x + d][1] for d in range(n)) == spelt)
        for d in range(n):
            k, core, opens = body[j + d]
            if core.isupper() and len(core) > 1 and not _code(core):
                continue  # the text's own capitals (a title, a heading) say nothing of the word
            if d == 0 and opens and core[:1].isupper():
                # a capital opening the text's sentence says nothing of the word: as the text writes it inside
                # a sentence, else a name's first word when a capital follows ('Bến Tre')
                if mid[k]:
                    core = mid[k].most_common(1)[0][0]
                elif not (n > 1 and body[j + 1][1][:1].isupper()):
                    continue
            cased[i + d] = core
        i += n
    return cased


def _word(core: str, written: str | None, before: str, inside: bool, following: str) -> str:
    """One word of a title in capitals, as the text writes it (*written*) or in lower case."""
    if _code(core, before):  # a code as the text writes it in mixed case ('06/QĐ-TTg'), else as the register
        if written is not None and written.casefold() == core.casefold():  # writes a number ('1999/QĐ-TTG' ->
            return written                                                 # '1999/QĐ-TTg'), else as printed
        return (numbers.normalise(core) if "/" in core and re.search(r"[A-ZĐ]", core) else None) or core
    if written is not None and written.isupper() and len(written) > 1:
        return core
    level = inside and core.casefold() in _LEVELS and orgs.fold(following) != "ỦY"  # ('Tỉnh ủy': the party's)
    return _capital(core.lower()) if written is not None and written[:1].isupper() and not level else core.lower()


# bodies always written with their capitals (the places the register knows: orgs.proper)
_PROPER = [*(f"{h} {sector}" for h in ("Bộ", "Sở", "Phòng") for sector in orgs.SECTORS),
           "Ủy ban nhân dân", "Uỷ ban nhân dân", "Hội đồng nhân dân", "Thủ tướng Chính phủ", "Chính phủ", "Quốc hội",
           "Bộ Chính trị", "Ban Bí thư"]
_PROPER_RE = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(n) for n in sorted(_PROPER, key=len, reverse=True)) + r")(?!\w)", re.I)


# a document's kind cited by its number is capitalised ('Quyết định số 1999/QĐ-TTg', NĐ 30/2020's rule)
_CITED_KIND = re.compile(r"\b(nghị quyết|nghị định|quyết định|chỉ thị|thông tư|thông tư liên tịch|kế hoạch|công văn|"
                         r"thông báo|chương trình|kết luận|hướng dẫn)(?=\s+số\s+\d)")


_PROPER_BY_KEY = {n.casefold(): n for n in _PROPER}


def _names(s: str) -> str:
    s = _CITED_KIND.sub(lambda m: _capital(m.group(1)), s)
    return orgs.proper(_PROPER_RE.sub(lambda m: _PROPER_BY_KEY.get(m.group(1).casefold(), m.group(1)), s))
