"""Safe file names: what a person called the file, minus anything that could act as a path."""
from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r"[\x00-\x1f\x7f\\/:*?\"<>|]+")
MAX_LEN = 150
FALLBACK = "tep-dinh-kem"


def safe_name(name: str | None) -> str:
    """The last part of ``name`` with separators, control and reserved characters replaced.

    Vietnamese letters are kept (NFC), so ``Công văn 620.pdf`` stays readable; ``../../etc/passwd``
    becomes ``passwd``; leading dots and spaces go (no hidden files, no ``..``).
    """
    text = unicodedata.normalize("NFC", name or "")
    text = text.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    text = _UNSAFE.sub("_", text)
    text = " ".join(text.split()).strip(" .")
    if len(text) > MAX_LEN:
        stem, dot, suffix = text.rpartition(".")
        if dot and 0 < len(suffix) <= 10:
            text = stem[:MAX_LEN - len(suffix) - 1].rstrip(" .") + "." + suffix
        else:
            text = text[:MAX_LEN]
    return text or FALLBACK


def with_suffix(name: str, suffix: str) -> str:
    """``name`` ending in ``suffix`` (the kind read off the content), e.g. a scan sent as ``.bin``."""
    lowered = name.lower()
    same = {".jpg": (".jpg", ".jpeg"), ".tif": (".tif", ".tiff"), ".edxml": (".edxml", ".xml")}
    if lowered.endswith(same.get(suffix, (suffix,))):
        return name
    return name + suffix
