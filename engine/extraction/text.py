"""Cleaning and layout helpers for text read off letters.

Real inputs are OCR output, PDF text layers and copies from legal-database web
pages: diacritics split off as stray combining marks, markdown emphasis, table
cells flattened into '|' lines, two header columns on one line separated by runs
of spaces. These helpers turn that into lines and *segments* (the pieces of a line
that belong to one column) without losing the line order.
"""
from __future__ import annotations

import functools
import html
import re
import unicodedata

from . import legacy

# Letters of the Vietnamese alphabet, by case (precomposed, NFC).
VI_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
VI_LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
UP = f"[{VI_UPPER}]"
LOW = f"[{VI_LOWER}]"

_ORPHAN_MARKS = re.compile(r"(?:(?<=\s)|^)[\u0300-\u036f\u1dc0-\u1dff]+[ \t]?", re.M)
# a number line's label run into the letterhead's last line beside it ('… TỈNH BÌNH THUẬNSố: /QĐ-UBND')
_GLUED_NUMBER_LABEL = re.compile(rf"(?<=[{VI_UPPER}]{{2}})(?=Số\s*:)")
# a decision's authority line and its first 'Căn cứ' run together by a copy ('… TỈNH BÌNH THUẬNCăn cứ Luật …')
_GLUED_BASIS = re.compile(rf"(?<=[{VI_UPPER}]{{2}})(?=Căn cứ\s)")
_SPACES = re.compile(r"[ \t\u00a0\u2002-\u200b\u3000]+")
_COLUMN_GAP = re.compile(r"\s{3,}|\t+|\s*\|\s*")

# Glyph confusions seen in OCR and old fonts, mapped to the Vietnamese letter.
_CHAR_FIXES = {
    "\u00d0": "Đ",  # Icelandic eth used for Đ
    "\u0110": "Đ",
    "\u00dc": "Ủ",  # 'Üy ban' (OCR) for 'Ủy ban'
    "\u2013": "–",
    # a Word file's non-breaking hyphen, a typesetter's hyphen and figure dash, a minus sign: the hyphen of a
    # code ('1234/SYT\u2011NVY'); a soft hyphen shows nothing
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\u00ad": "",
    "\ufeff": "",
    "\u200b": "",
    "\u00af": "-",  # '¯¯¯¯': a macron run drawing the rule under the motto, a rule as dashes are
}


# Cyrillic capitals a PDF's text layer gave for their Latin look-alikes in a code ('BYT-\nВСТ-ВТC'): a
# word of such capitals (and Latin ones) is Latin, Vietnamese having no Cyrillic
_CYRILLIC_TO_LATIN = str.maketrans("АВСЕНКМОРТХ", "ABCEHKMOPTX")
_CYRILLIC_RUN = re.compile(r"\b(?=[A-ZА-Я]*[АВСЕНКМОРТХ])[A-ZАВСЕНКМОРТХ]+\b")


# A broken font's 'ô' read as 'ơ' ('cơng', 'khơng'): no Vietnamese rhyme is 'ơng' without the 'ư' of
# 'ương'; and its 'ó' read as 'ĩ' after a 'c' ('cĩ'), which no Vietnamese syllable spells.
_HORN_TO_HAT = str.maketrans("ơờớởỡợƠỜỚỞỠỢ", "ôồốổỗộÔỒỐỔỖỘ")
_BROKEN_ONG = re.compile(r"(?<![ưừứửữựƯỪỨỬỮỰ])[ơờớởỡợƠỜỚỞỠỢ](?=(?:ng|NG)\b)")
_BROKEN_CO = re.compile(r"\b([cC])([ĩĨ])(?!\w)")


def _broken_font(text: str) -> str:
    text = _BROKEN_ONG.sub(lambda m: m.group(0).translate(_HORN_TO_HAT), text)
    return _BROKEN_CO.sub(lambda m: m.group(1) + ("Ó" if m.group(2) == "Ĩ" else "ó"), text)


_MD_RULE_ROW = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")  # '|---|---|', '| :-- | --: |'
_HTML_BREAK = re.compile(r"<br\s*/?>", re.I)
_HTML_TAG = re.compile(r"</?(?:b|i|u|em|strong|span|p|div|sup|sub|center|font|hr|img|a|small|section|article|"
                       r"header|footer|table|thead|tbody|tr|td|th|h[1-6])\b[^>]*>", re.I)


# Pandoc's escapes: a backslash before punctuation ('1\. Sắp xếp', '\-\-\-'), and one ending a line or a table
# cell's line, its hard line break ('**BAN CHẤP HÀNH TRUNG ƯƠNG\          **ĐẢNG CỘNG SẢN VIỆT NAM\')
_PANDOC_ESCAPE = re.compile(r"\\(?=[-*_.#|()\[\]!+>`'\"&<])|(?<=\S)\\(?=[ \t]*$|[ \t]{2,}|\t)", re.M)


def _markdown(text: str) -> str:
    """A letter transcribed as markdown or HTML, as page-reading models give it: line breaks for
    '<br>', no heading marks or tags, and each table (a block of '|' rows with a '|---|' rule row)
    read cell after cell, each cell's lines in turn, as a column of the letter (the two-column
    header as a table: the issuer's cell, then the motto's, then the number's and the date's)."""
    text = _HTML_TAG.sub("", text)
    text = _PANDOC_ESCAPE.sub("", text)
    # a markdown page's front matter ('---' / 'layout: …' / '---'): the site's record, not the letter
    text = re.sub(r"\A\s*---[ \t]*\n(?:[^\n]*\n){1,60}?---[ \t]*\n", "", text)
    text = re.sub(r"^[ \t]*#{1,6}[ \t]+", "", text, flags=re.M)
    lines = text.split("\n")
    if not any(_MD_RULE_ROW.match(ln) for ln in lines):
        return _HTML_BREAK.sub("\n", text)
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].lstrip().startswith("|"):
            j += 1
        block = lines[i:j]
        if any(_MD_RULE_ROW.match(ln) for ln in block):
            for row in block:
                if _MD_RULE_ROW.match(row):
                    continue
                for cell in row.strip().strip("|").split("|"):
                    out.extend(part.strip() for part in _HTML_BREAK.split(cell) if part.strip())
            i = j
        else:
            out.append(lines[i])
            i += 1
    return _HTML_BREAK.sub("\n", "\n".join(out))


# 'Số: 2597/VPCP-NCV/v tổ chức …': the 'V/v' line a copy ran into the number's code (or into the code of a number
# left blank: 'Số:      /UBND-NCKSV/v ban hành …')
_RUN_IN_VV = re.compile(rf"((?:\d|:)[ \t]*/\s*[{VI_UPPER}][{VI_UPPER}0-9/.&-]*[{VI_UPPER}0-9])V/v[ \t]+")
# the type's title a copy ran onto the date line's year and its 'Về việc' onto the title, its paragraphs joined
# with no line end ('Lâm Đồng, ngày … năm 2025QUYẾT ĐỊNHVề việc …', '… năm 2026GIẤY ỦY QUYỀN')
# ('… tỉnh Lâm ĐồngTRƯỞNG BAN CHỈ ĐẠO …', '… ĐỀ ÁN 06Căn cứ Luật …': the authority's line and the basis too; '… Hồ Chí
# Minh--------- BAN BÍ THƯ': the rule under the title)
_RUN_IN_TITLE = re.compile(rf"(?<=năm[ \t](?:19|20)\d\d)(?=[{VI_UPPER}]{{2,}})|(?<=[{VI_UPPER}]{{3}})(?=Về việc\b)"
                           rf"|(?<=[{VI_UPPER}{VI_LOWER}][{VI_LOWER}]{{2}})(?=[{VI_UPPER}]{{3,}}[ \t][{VI_UPPER}]{{2,}})|(?<=[{VI_UPPER}0-9])(?=Căn cứ\b)"
                           rf"|(?<=[{VI_LOWER}])(?=-{{5,}})")
# the left cell's wrapped word a one-line copy printed inside the motto, across from it ('BỘ THÔNG TIN VÀ TRUYỀN
# CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT THÔNG NAM'): put after the motto, where a copy reads the rest of the left cell
_WORD_IN_MOTTO = re.compile(rf"(NGH[ĨI]A[ \t]+VI[ỆE]T)([ \t]+[{VI_UPPER}]{{2,}})[ \t]+(NAM)\b")
# 'Trang 1THỦ TƯỚNG': a PDF's page mark run into the first line of the page
_PAGE_MARK = re.compile(rf"^[ \t]*Trang[ \t]*\d{{1,3}}(?=[{VI_UPPER}]{{2}})", re.M)


_HTML_ENTITY = re.compile(r"&(?:amp|nbsp|quot|apos|lt|gt|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
_SHAPE_NAME = re.compile(r"(?i:straight (?:arrow )?connector|text box|rectangle|auto ?shape)\s*\d+(?=\S)")


_WRAPPED_PLACE_NUMBER = re.compile(r"(?m)^([^\S\n]*(?:\S.*?\b)?(?:PHƯỜNG|QUẬN|KHU VỰC))[^\S\n]*\n[^\S\n]*(\d{1,3}|[IVXL]{1,7})[^\S\n]*$")


# a syllable's first consonants a page's bold marks split off from the rest ('**TH****Ủ')
_ONSET_SPLIT = re.compile(r"(?m)(^|[\s*])(NGH|NG|NH|CH|GH|KH|PH|TH|TR|[BCDĐGHKLMNPQRSTVX]|ngh|ng|nh|ch|gh|kh|ph|th|tr|"
                          r"[bcdđghklmnpqrstvx])\*\*\*\*(?=[^\W\d_])")
# a document site's preview of the text, cut with its mark ('… xếp loại chất lượng hàng năm đối[.]', '… chất lượn[r]')
_PREVIEW = re.compile(r"^[^\n]{40,}\[[.r]\][ \t]*$", re.M)


def _without_previews(text: str) -> str:
    """A site's preview paragraph dropped when the page goes on with far more text below it, the document in full
    (the preview's header would be read first, and its subject cut at the mark)."""
    if "[.]" not in text and "[r]" not in text:
        return text
    for m in reversed(list(_PREVIEW.finditer(text))):
        if len(text) - m.end() > 3 * len(m.group(0)):
            text = text[:m.start()] + text[m.end():]
    return text


def normalise(text: str) -> str:
    """NFC, unified spaces and line ends, stray marks and markdown emphasis removed; a markdown
    or HTML transcription read as plain lines (``_markdown``); lines in the TCVN3 legacy encoding decoded."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    # a PDF font's 'ư' ('hƣớng', 'TRƢỜNG'): the letter 'oi' in its place
    text = text.replace("ƣ", "ư").replace("Ƣ", "Ư")
    text = legacy.decode(text)  # typed in a .VnTime font: 'C«ng v¨n' -> 'Công văn'
    text = _SHAPE_NAME.sub("", text)  # a .doc's drawing shapes named in its text: 'straight connector 2Số: 1551 …'
    if _HTML_ENTITY.search(text):  # a page's HTML kept its entities: 'BỘ NÔNG NGHIỆP &amp; PTNT'
        text = html.unescape(text)
    text = _markdown(text)
    text = unicodedata.normalize("NFC", text)
    text = _without_previews(text)
    text = re.sub(r"(?<=\d)\.(?=/[A-ZĐ])", "", text)  # 'Số: 50./TB-THCS': a dot typed before the number's slash
    # a fraction slash OCR or a page read ('2033⁄HĐND-VP', '“V⁄v quyên góp …')
    text = re.sub(r"(?<=\d)[\u2044\u2215](?=[A-ZĐ])|(?<=\bV)[\u2044\u2215](?=[vV]\b)", "/", text)
    for bad, good in _CHAR_FIXES.items():
        text = text.replace(bad, good)
    text = _ORPHAN_MARKS.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _CYRILLIC_RUN.sub(lambda m: m.group(0).translate(_CYRILLIC_TO_LATIN), text)
    text = _broken_font(text)
    # 'XàHỘI', 'Xà HỘI': the 'Ã' of an upper-case word a text layer turned into 'à', amid capitals ('HÒA Xà HỘI',
    # 'TẾ - Xà HỘI'; not a place whose last word OCR read in capitals: 'Hà NỘI')
    text = re.sub(rf"(?<=[{VI_UPPER}\-–]\s[{VI_UPPER}])à(?:\s|\u00a0)*(?=[{VI_UPPER}]{{2,}}\b)", "Ã ", text)
    text = re.sub(rf"(?<=[{VI_UPPER}]) ~ (?=[{VI_UPPER}])", " - ", text)  # OCR's dash amid capitals: 'BỘ LAO ĐỘNG ~ THƯƠNG BINH'
    text = _RUN_IN_VV.sub(r"\1\nV/v ", text)
    text = _RUN_IN_TITLE.sub("\n", text)
    text = _WORD_IN_MOTTO.sub(r"\1 \3 \2", text)
    text = _PAGE_MARK.sub("", text)
    # two bold runs back to back ('**TỈNH ỦY KIÊN GIANG****ĐẢNG CỘNG SẢN VIỆT NAM**'): a transcription's table
    # cells side by side, or a cell's lines, with nothing between them; kept apart as columns
    # ... but not inside a word, where a page's styling broke off one letter ('**V****Ă****N PHÒNG'): joined
    text = re.sub(r"(?:(?<=^[^\W\d_])|(?<=[\s*][^\W\d_]))\*\*\*\*(?=[^\W\d_])|(?<=[^\W\d_])\*\*\*\*(?=[^\W\d_]\*\*)",
                  "", text, flags=re.M)
    # (or after a syllable's first consonants, which are no word of their own: '**TH****Ủ' / 'TƯỚNG')
    text = _ONSET_SPLIT.sub(r"\1\2", text)
    text = re.sub(r"(?<=[^\s*])\*\*\*\*(?=[^\s*])", "   ", text)
    text = re.sub(r"(?<!\S)\*(?:[ \t]+\*)+(?!\S)", "", text)  # empty italic marks a copy ran onto one line ('| * * QUYẾT …')
    text = re.sub(r"\*{1,3}(?=\S)|(?<=\S)\*{1,3}", "", text)  # markdown bold/italic
    text = re.sub(r"\*{2,}", " ", text)  # '******' decorations after header names
    # a letterhead's ward, district or area whose number the column wrapped onto a line of its own
    # ('ỦY BAN NHÂN DÂN PHƯỜNG' / '25', 'QUẬN' / '8', 'KHU VỰC' / 'XXXVI'): the number goes back after its word
    text = _WRAPPED_PLACE_NUMBER.sub(r"\1 \2", text)
    text = "\n".join(_SPACES.sub(_gap, ln).rstrip() for ln in text.split("\n"))
    text = _GLUED_NUMBER_LABEL.sub("   ", text)
    text = _GLUED_BASIS.sub("\n", text)
    from . import glued  # (it reads the OCR word model, which reads this module)
    return glued.respace(text)


def _gap(m: re.Match) -> str:
    """Runs of 3+ spaces are kept (they part a line's columns), shorter ones made one space; so is a tab inside a line
    made a column's gap: a .docx's table cell or tab stop ('… Kho bạc Nhà nước<TAB>ĐẢNG CỘNG SẢN VIỆT NAM')."""
    run = m.group(0)
    if len(run) >= 3:
        return run
    return "   " if "\t" in run and m.start() > 0 else " "


def squash(text: str) -> str:
    """Collapse all whitespace (including line breaks) to single spaces."""
    return re.sub(r"\s+", " ", text).strip()


_STAMP_LINE = re.compile(r"^(?=.{0,40}$).*\b\d{1,2}/\d{1,2}/\d{4}\b")  # 'Ngày cập nhật 05/08/2019', '14:14 30/12/2025'
# a post's date stamp alone on its line, with its hour and a view count ('19/08/2021', '12/03/2024 20:01    19')
DATE_STAMP_ALONE = re.compile(r"[ \t]*\d{1,2}/\d{1,2}/\d{4}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?(?:[ \t]+\d{1,6})?[ \t]*")
# a post's attached file named alone on its line, under the title ('111215165256.pdf', 'CV 123-UBND.signed.pdf')
FILE_NAME_ALONE = re.compile(r"[ \t|]*[^\s|/\\][^|/\\\n]{0,80}\.(?i:pdf|docx?|xlsx?|rar|zip)[ \t|]*")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


# a line opening a new sentence with a connective ('Theo đó, giao các sở …', 'Đồng thời, …'): no sentence wraps onto
# it, whether or not a full stop ends the line above
OPENS_SENTENCE = re.compile(r"[ \t]*(?:Theo đó|Cụ thể|Đồng thời|Trong đó|Do đó|Vì vậy|Tuy nhiên|Ngoài ra|Bên cạnh đó|"
                            r"Qua đó|Từ đó|Như vậy|Mặt khác|Trước đó|Sau đó)\s*,")


@functools.lru_cache(maxsize=4)
def unwrapped(text: str) -> str:
    """The text with each paragraph on one line, as a web page gives it: a line that fills the page's width
    and does not end a sentence runs on into the next (a printed copy read by OCR, a PDF's text layer). Of the
    same length as *text*, so that a position in either is the same place. (Kept for the few readers of one
    letter that ask for it.)"""
    lines = text.split("\n")
    widths = sorted(len(ln.rstrip()) for ln in lines if ln.strip())
    if not widths:
        return text
    full = widths[int(len(widths) * 0.9)] * 0.7  # the measure of a full line: most lines are no longer
    margin = min(_indent(ln) for ln in lines if ln.strip())  # (a line indented past it opens a paragraph)
    out = []
    for ln, after in zip(lines, [*lines[1:], ""]):
        runs_on = len(ln.rstrip()) >= full and after.strip() and not re.search(r"[.:;!?]\W{0,2}$", ln.rstrip()) \
            and "|" not in ln + after and not _STAMP_LINE.search(after) \
            and _indent(after) <= margin and not OPENS_SENTENCE.match(after)
        # (nor a table's row, a post's date, a PDF's indented paragraph, a sentence opened by a connective)
        out.append(ln + (" " if runs_on else "\n"))
    return "".join(out)[:-1]


def segments(line: str) -> list[str]:
    """Split a line into column pieces at runs of 3+ spaces, tabs and '|' cells."""
    return [s.strip() for s in _COLUMN_GAP.split(line) if s and s.strip()]


def is_upper(s: str) -> bool:
    """True when *s* has letters and none of them is lower case."""
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters)


# a cited document's number or code inside a title in capitals ('856/QĐ-TTg', 'QĐ-TTg'): its lower-case
# letters do not make the title sentence case
_CITED_CODE_RE = re.compile(r"\S*/\S*|\b[A-ZĐ]{1,6}-[A-ZĐ][A-Za-zĐđ]{0,7}\b")


def has_lower(s: str) -> bool:
    """True when *s* has a lower-case letter outside the codes of the documents it cites."""
    return any(c.islower() for c in _CITED_CODE_RE.sub(" ", s))


def in_capitals(s: str) -> bool:
    """True when *s* is written in capitals, the codes of the documents it cites aside."""
    return has_letters(s) and not has_lower(s)


def lone_speck(words: list[str]) -> str | None:
    """The one short word OCR read in lower case among words in capitals ('LÊ ó ĐỐI VỚI …'), else None."""
    small = [w for w in words if any(c.islower() for c in w)]
    return small[0] if len(small) == 1 and len(small[0].strip(".,;:")) <= 2 else None


def has_letters(s: str) -> bool:
    return any(c.isalpha() for c in s)


# a rule with a symbol font's ornament in its middle, typed as the letters the font drew it with ('--- aa&bb ---',
# '-----oOo-----', '—o0o—')
_ORNAMENT_RULE = re.compile(r"\**[-—–_=~.]+[ \t]*(?:[oO0]{3,5}|[a-z]{1,3}&[a-z]{1,3})[ \t]*[-—–_=~.]+\**")


def is_rule(line: str) -> bool:
    """Decorative lines: dashes, underscores, stars, lone pipes, a rule with its ornament."""
    s = line.strip()
    return bool(s) and (not re.search(r"[0-9" + VI_UPPER + VI_LOWER + "]", s) or bool(_ORNAMENT_RULE.fullmatch(s)))
