"""Spelling of a letterhead's names for comparison and repair: folding (case, marks' old placement), bare
letters, and names OCR or a text layer misspelt put back ('SỞ Y TÉ', 'RUNG TÂM', 'ỦY B AN NHÂN D Â N')."""
from __future__ import annotations

import re
import unicodedata

from .codes import CODE_BODIES
from .names import CITIES, LETTERHEAD_WORDS, PROVINCES, SECTORS
from .ocr_model import valid
from .text import squash

_OLD_MARKS = {"UỶ": "ỦY", "HOÀ": "HÒA", "HOÁ": "HÓA"}  # 'THUỶ' -> 'THỦY' by its 'UỶ'
_OLD_MARKS_RE = re.compile(r"(?:UỶ|HOÀ|HOÁ)(?![^\W\d_])")


def fold(s: str) -> str:
    """Canonical spelling for comparisons: NFC, upper case, 'UỶ'->'ỦY', single spaces."""
    s = unicodedata.normalize("NFC", s).upper().replace("–", "-").replace("—", "-")  # one dash
    # the old placement of the mark on a word's last two vowels ('UỶ', 'HOÀ'), never inside a longer word
    # ('HOÀNG', 'HOÀN', 'HOÁN')
    s = _OLD_MARKS_RE.sub(lambda m: _OLD_MARKS[m.group(0)], s)
    return squash(s)


def bare(s: str) -> str:
    """Folded and without diacritics ('Bộ Cơng Thương' -> 'BO CONG THUONG'): for names a
    broken font or OCR misspelt."""
    f = unicodedata.normalize("NFD", fold(s).replace("Đ", "D"))
    return "".join(c for c in f if not unicodedata.combining(c))


_KNOWN: list[tuple[list[str], list[str]]] = []


def _known() -> list[tuple[list[str], list[str]]]:
    """(folded words, bare words) of the names a letterhead is made of, longest first."""
    if not _KNOWN:
        names = {fold(n) for n in (*PROVINCES, *CITIES, *SECTORS, *LETTERHEAD_WORDS, *CODE_BODIES.values(),
                                   *(f"TỈNH {p}" for p in PROVINCES),  # ('CỤC THUẾ TINH BẮC NINH')
                                   *(f"THÀNH PHỐ {c}" for c in CITIES))}  # ('CUC THUE TP HA NOT', a letter off)
        _KNOWN.extend(sorted(((n.split(), bare(n).split()) for n in names if " " in n), key=lambda k: -len(k[0])))
    return _KNOWN


def respell(upper: str) -> str:
    """Names of a letterhead OCR misspelt put back as they are written ('SỞ Y TÉ' -> 'SỞ Y TẾ',
    'THÀNH PHÓ HÒ CHÍ MINH' -> 'THÀNH PHỐ HỒ CHÍ MINH', 'HỘI ĐÒNG' -> 'HỘI ĐỒNG'): a run of words
    spelt like a known name of two words or more but for its diacritics is that name."""
    words = re.sub(r"\bVI[ỆE]TNAM\b", "VIỆT NAM", re.sub(r"\bTP(?:\.\s*|\s+)", "THÀNH PHỐ ", fold(upper)))
    # 'TRUONG ĐẠI HỌC': OCR dropped the school's word's marks
    words = re.sub(r"\bTRUONG(?=\s+(?:ĐẠI|DAI|ĐH|CAO|THPT|THCS|TIỂU|TIEU|MẦM|MAM)\b)", "TRƯỜNG", words)
    words = re.sub(r"^TRUNG TAM(?=\s+\S)", "TRUNG TÂM", words)  # a centre's word without its marks ('TRUNG TAM KIEM SOAT')
    # a board's word with OCR's grave ('BÀN VĂN HÓA …'; never a place's: 'ĐỊA BÀN', 'ĐIỆN BÀN', 'XÃ BÀN ĐẠT', a
    # school named for one: 'TRƯỜNG MẦM NON BÀN ĐẠT')
    words = re.sub(r"(?<!ĐỊA )(?<!ĐIỆN )(?<!XÃ )(?<!NON )(?<!GIÁO )(?<!HỌC )(?<!THCS )(?<!THPT )(?<!MN )(?<!MG )(?<!TH )\bBÀN(?=\s+\S)",
                   "BAN", words)
    words = re.sub(r"(?<!HÀ )\bTĨNH\b", "TỈNH", words)  # the level's word with OCR's tilde (never 'HÀ TĨNH')
    words = re.sub(r"\bB[ÁÀẢ]O(?=\s+CHỈ\s+HUY\b)", "BỘ", words)  # no paper is named 'Chỉ huy' ('BÁO CHỈ HUY QUÂN SỰ')
    words = re.sub(r"\bQU[ẦẤẨẪẠ]N(?=\s+\S)", "QUẬN", words)  # a district's word with its mark misread ('QUẦN HOÀNG MAI')
    words = re.sub(r"\b(QUẬN|PHƯỜNG)(\d{1,2})\b", r"\1 \2", words)  # a district's number OCR ran on ('QUẬN5')
    words = re.sub(r"\bĐ[AẠ]I\s+H[QỌO]C\b", "ĐẠI HỌC", words).split()  # ('ĐAI HQC', 'ĐẠI HOC': the dotted Ọ misread)
    bares = [bare(w).rstrip(":;") for w in words]  # ('…BÌNH DƯƠNG:' OCR ran into the motto's column)
    spaced = sum(len(b) == 1 for b in bares) >= 2  # (letters standing alone: a name a text layer spaced)
    i = 0
    while i < len(words):
        for known, known_bare in _known():
            n = len(known)
            read = bares[i:i + n]
            if (read == known_bare or n >= 4 and len(read) == n and _one_letter_off(read, known_bare)) \
                    and words[i:i + n] != known:
                words[i:i + n] = known
                i += n - 1
                break
            if n >= 2 and bares[i] in (known_bare[0], known_bare[0] + known_bare[1]) \
                    and _glued(bares[i:i + n - 1], known_bare):  # two of its words OCR ran together ('BỘ YTÉ')
                words[i:i + n - 1], bares[i:i + n - 1] = known, known_bare
                i += n - 1
                break
            span = _spaced(bares, i, "".join(known_bare)) if spaced else 0
            if span > n:  # a text layer that spaced the name's letters ('ỦY B AN NHÂN D Â N'): the name
                words[i:i + span], bares[i:i + span] = known, known_bare
                i += n - 1
                break
        i += 1
    return " ".join(words)


def _one_letter_off(read: list[str], known: list[str]) -> bool:
    """*read* is the known name (four words or more: the caller asks only for those) with one letter OCR misread, in
    a word of three letters or more ('BỘ GIÁO DVC VÀ ĐÀO TẠO', 'BỘ LAO BONG - THƯƠNG BINH VÀ XÃ HỘI'): so long a
    name is spelt by nothing else."""
    off = None
    for a, b in zip(read, known):
        if a != b:
            if off:
                return False  # (a second word apart: another name)
            off = (a, b)
    return bool(off) and len(off[1]) >= 3 and len(off[0]) == len(off[1]) and sum(x != y for x, y in zip(*off)) == 1


def _glued(read: list[str], known: list[str]) -> bool:
    """*read* is the known name with two of its words run together ('BO YTE' for 'BỘ Y TẾ')."""
    return len(read) == len(known) - 1 and any(
        read == known[:k] + [known[k] + known[k + 1]] + known[k + 2:] for k in range(len(known) - 1))


def _spaced(bares: list[str], i: int, target: str) -> int:
    """How many words from *i* spell *target* with spaces put anywhere between its letters; 0 if they do not."""
    got, j = "", i
    while j < len(bares) and len(got) < len(target) and target.startswith(got + bares[j]):
        got += bares[j]
        j += 1
    return j - i if got == target else 0


def repair_head(s: str) -> str:
    """Put back a first letter OCR lost from a known head ('RUNG TÂM' -> 'TRUNG TÂM')."""
    f = fold(s)
    for head in ("TRUNG TÂM", "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BỆNH VIỆN", "VĂN PHÒNG"):
        words = head.split()
        clipped = words[0][1:]
        if len(clipped) >= 1 and f.startswith(clipped + " " + " ".join(words[1:])):
            return head + f[len(clipped) + 1 + len(" ".join(words[1:])):]
    return f


_MARKED_WORD = re.compile(r"[\"“”'#%@$]|\d[^\W\d_]|[^\W\d_]\d")  # a quote or a figure inside a word: OCR's noise
_VOWEL = re.compile(r"[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]")


def garbled(line: str) -> bool:
    """True for a line OCR made noise of (the motto's underlined second line read as 'DIEIDNN" TU IĂH "THẾ 1D
    HHIẾC'): most words no Vietnamese syllable, with quotes or figures inside words. Abbreviations ('UBND',
    'PCTT&TKCN') and a few foreign words in a name ('CÔNG TY TNHH YAMAHA MOTOR') are no noise."""
    words = line.split()
    noisy = [w for w in words if _MARKED_WORD.search(w) or (
        len(w.strip(".,;:")) >= 3 and _VOWEL.search(w.upper()) and not re.search(r"[&./]", w)
        and not valid(w.strip(".,;:")))]
    return len(words) >= 3 and 2 * len(noisy) > len(words) and any(_MARKED_WORD.search(w) for w in noisy)


def rule_as_characters(seg: str) -> bool:
    """The rule under a letterhead as a scan's OCR reads it, figures among the letters: 'X4:G\\-2220)3.0002X0%',
    'XEYTORC ĐI (31029 8)'; a name with a number ('UBND QUẬN 8', 'PHÒNG PC08', 'BAN CHỈ ĐẠO 389') is none."""
    def noise(w: str) -> bool:
        return bool(re.search(r"[\\%()\[\]{}<>=#@$^|]", w) and re.search(r"\d", w)) \
            or w.isalpha() and len(w) >= 5 and len(re.findall(r"[AEIOUYĂÂÊÔƠƯ]", fold(w))) >= 2 and not valid(w)
    words = seg.split()
    noisy = sum(map(noise, words))
    return bool(re.search(r"\d", seg)) and (noisy >= 2 or noisy == len(words) == 1)


# words of a letterhead's English line under the Vietnamese one (a university's, a hospital's, the motto's)
_ENGLISH = {"OF", "THE", "AND", "FOR", "MINISTRY", "UNIVERSITY", "DEPARTMENT", "COMMITTEE", "PEOPLE'S", "PEOPLES",
            "REPUBLIC", "SOCIALIST", "INDEPENDENCE", "FREEDOM", "HAPPINESS", "HOSPITAL", "INSTITUTE", "COLLEGE",
            "SCHOOL", "CENTER", "CENTRE", "OFFICE", "NATIONAL", "GENERAL", "PROVINCIAL", "PROVINCE", "DISTRICT",
            "VIETNAM", "ACADEMY", "AGENCY", "ASSOCIATION", "CORPORATION", "COMPANY", "MEDICAL", "TECHNOLOGY",
            "SCIENCE", "SCIENCES", "EDUCATION", "TRAINING", "HEALTH", "FACULTY", "AUTHORITY", "SERVICE", "SERVICES"}


def in_english(seg: str) -> bool:
    """A letterhead's line in English ('CAN THO UNIVERSITY', 'SOCIALIST REPUBLIC OF VIETNAM'): plain ASCII with an
    English word (an OCR'd line that lost its marks has Vietnamese words only)."""
    return seg.isascii() and any(w.upper() in _ENGLISH for w in re.findall(r"[A-Za-z']+", seg))


def one_word_lost(named: str, read: str) -> bool:
    """Whether *read* is the name *named* with one word OCR lost or made a speck of ('CỤC QUẢN _ KHÁM, CHỮA
    BỆNH' for 'Cục Quản lý Khám, chữa bệnh'), three words at least kept."""
    a = [w for w in (re.sub(r"[,.;:]", "", x) for x in bare(named).split()) if any(c.isalpha() for c in w)]
    b = [w for w in (re.sub(r"[,.;:]", "", x) for x in bare(read).split()) if w and w not in "-–"]
    if len(a) < 4:
        return False
    if len(b) == len(a):
        off = [(x, y) for x, y in zip(a, b) if x != y]
        return len(off) == 1 and not any(c.isalpha() for c in off[0][1])
    return len(b) == len(a) - 1 and any(a[:k] + a[k + 1:] == b for k in range(1, len(a)))

