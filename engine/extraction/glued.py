"""Words in capitals a copy ran together ('ĐẢNGBỘ TỈNH LÂM ĐỒNG', 'ỦY BAN NHÂN DÂNTỈNH BÌNH THUẬN'), as a .docx set
with character spacing or a text layer that lost its spaces gives them: parted into the syllables they are.

A run is parted only when it is no syllable itself, has a Vietnamese letter (so an English word or a code such as
'NCKSTTHC' or 'BGDĐT' is left alone), and every part is a known syllable; of the ways to part it, the one whose
syllables administrative letters use most ('CHỦ NGHĨA', not 'CHỦNG HĨA').
"""
from __future__ import annotations

import functools
import math
import re

from . import ocr_model
from .text import VI_UPPER

_RUN_RE = re.compile(rf"[{VI_UPPER}]{{4,}}")
_VIETNAMESE = re.compile(f"[{VI_UPPER.replace('A-Z', '')}]")  # (a letter English has not)
_LONGEST = 7  # 'NGHIÊNG': the longest syllable
_VOWEL_RUNS = re.compile(r"[AĂÂEÊIOÔƠUƯYÀ-Ỹ]+")  # (none: a code such as "HĐND" is never looked up)


def respace(text: str) -> str:
    """*text* with its runs of capitals that are several syllables parted (the word model is loaded only when a run
    may be)."""
    if not any(_candidate(run) for run in set(_RUN_RE.findall(text))):
        return text
    model = ocr_model.current()
    if model is None:
        return text
    return _RUN_RE.sub(lambda m: _parted(m.group(0), model) or m.group(0), text)


def _candidate(run: str) -> bool:
    return bool(_VIETNAMESE.search(run)) and bool(_VOWEL_RUNS.search(run)) and not ocr_model.valid(run)


@functools.lru_cache(maxsize=4096)
def _parted(run: str, model: ocr_model.Model) -> str | None:
    """The run parted into known syllables by *model*'s counts, or None."""
    if not _candidate(run):
        return None
    word = run.lower()
    best: list[tuple[float, list[str]] | None] = [(0.0, [])] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _LONGEST), end):
            piece, before = word[start:end], best[start]
            if before is None or piece not in model.known:
                continue
            score = before[0] + math.log((model.uni.get(piece, 0) + 0.5) / model.total)
            if best[end] is None or score > best[end][0]:
                best[end] = (score, before[1] + [piece])
    found = best[len(word)]
    if found is None or len(found[1]) < 2:
        return None
    out, at = [], 0
    for piece in found[1]:
        out.append(run[at:at + len(piece)])
        at += len(piece)
    return " ".join(out)
