"""The name a copy was filed under, kept at its top: a repository's front matter ('title: "CV 2019 08 22 CV
9197 22082019CTHCM Xac dinh"') or an OCR banner naming the scan ('… từ bản quét CV-8388-BTC-QLCS-19-6-2026.pdf').
Whoever filed it typed the letter's number, which gives the figures a scan's number line lost ('Số: Z32Ø/BTC-QLCS',
'số: q17 /CT-TTHT')."""
from __future__ import annotations

import datetime as dt
import re

from . import numbers
from .dates import MONTH_READ, iso, make
from .spelling import bare

# the front matter's title, or a scanned file's name in the banner an OCR tool put above the text
_FRONT_TITLE = re.compile(r"\A\s*---[ \t]*\n(?:[^\n]*\n){0,30}?title:[ \t]*\"?(?P<name>[^\"\n]+)")
_SCAN_NAME = re.compile(r"\btừ(?:\s+bản\s+quét)?\s+(?P<name>[^\s\]\[]+\.(?:pdf|docx?|png|jpe?g|tiff?))", re.I)
# a figure in the name, then (past a year or a date of up to 8 figures, '-2026-', '22082019', '28122') the letters
# of the body's code; or the figure with the date run on ('37711112020VPCP': 377 of 11/11/2020); or the date run on
# after the code ('2861 TCTTNCN23718': of 23/7/18)
_FIGURE = re.compile(r"(?<![0-9])(?P<run>[0-9]{1,14})(?![0-9])[-_. ]*(?:(?P<date>(?:19|20)[0-9]{2}|[0-9]{5,8})[-_. ]*)?"
                     r"(?P<letters>[A-Za-z]{2,})(?:(?P<after>[0-9]{5,8})(?![0-9]))?")
# the figure typed after the type's short name ('CV 52192018Tra phi', 'CV 2105 270918 Thue nha')
_TYPED_FIGURE = re.compile(r"(?<![^\s_])(?:CV|TB|QĐ|QD|KH|BC|TTr)[-_ ]*(?=[0-9])" + _FIGURE.pattern)
# the day filed, year first, apart ('CV 2019 08 22 CV 9197 …')
_YEAR_MONTH_DAY = re.compile(r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})[-_. ](?P<m>[0-9]{2})[-_. ](?P<d>[0-9]{2})(?![0-9])")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
# the year a header prints, its date line's 'năm 2021' (a broken font's 'ndm 2018')
PRINTED_YEAR = re.compile(r"n[ăad]m[ \t]*((?:19|20)\d\d)")


def _printed_month(line: str) -> tuple[int, int] | None:
    """(month, year) a date line prints, when it prints both as figures ('tháng 6 năm 2018', 'thdng 10 ndm 2020')."""
    m = MONTH_READ.search(line)
    year = m and PRINTED_YEAR.match(line[m.end():].lstrip(" \t,"))
    return (int(m.group("m")), int(year.group(1))) if year and 1 <= int(m.group("m")) <= 12 else None


# the letter's own number line as OCR garbled it past the label's colon ('Số *⁄/BTC-CĐKT', '56: 3A26 /TCT-KK': its
# 'Số' read as figures), or with the label lost
# and the date beside it ('864305 /TCT-KK. Hà Nội, ngdy, Jf tháng 4 năm 2022'; a broken font's 'thdng', 'ndm')
GARBLED_NUMBER_LINE = re.compile(rf"^[ \t|]*(?:{numbers.SO_LABEL}|số|56(?=[ \t]*:))\b[^\n]{{0,10}}?/[ \t]*[A-ZĐ][^\n]*"
                                 r"|^[ \t|]*[^\s/]{1,10}[ \t]*/[ \t]*[A-ZĐ][^\n]*?(?:th[aád]ng|n[ăad]m[ \t]+(?:19|20)\d\d)[^\n]*"
                                 r"|^[ \t|]*[^\s/]{1,10}[ \t]+/[ \t]*[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)+[ \t]*$"
                                 # (a broken font's: its label 's6:', 'sa:', its code 'ircr- cs', 'ncr-TNCN')
                                 rf"|^[ \t|']*(?:{numbers.SO_LABEL}|s[6oóốa])[ \t]*[:,.][^\n]{{0,16}}?(?:i?r|n)?cr[ \t]*-[^\n]*",
                                 re.M)
# the code after the slash on the letter's own number line (a slash OCR may read as '!': 'Số: 271 !CT-TTHT', or as a
# '7' set apart, 'Số: 2686 7TCT-DNNCN', or as 'I' with the figures lost, 'so: ITCT-DNNCN')
_LINE_CODE = re.compile(r"(?:[/!]|(?<=[ \t])7(?=[A-ZĐ]{2})|(?<=[ \t:])[Il|](?=[A-ZĐ]{2}))[ \t]*"
                        # (the Prime Minister's 'TTg'; never the place's first word after a dash: '/CT-TTHT - Hà Nội')
                        # (its dash read as a dot: '/TCT.CS')
                        r"(?P<code>[A-ZĐ][A-ZĐ0-9&]*(?:(?<=TT)g)?(?:[ \t]*-[ \t]*[A-ZĐ][A-ZĐ0-9&]*(?:(?<=TT)g)?(?!\w)|\.[A-ZĐ]{2,}(?![\w.]))*"
                        # (an office's part a broken font decoded to small letters, its 'T' as 'r': '/TCT- cs', '/TCT-rNCN')
                        r"(?:[ \t]*-[ \t]*(?P<small>[a-z]{2,4}|r[A-Z]{2,5})(?![\w&]))?)")


def _office_in_capitals(part: str) -> str:
    """An office's part of a code a broken font decoded to small letters, in capitals again, a 'T' it read as 'r'
    at its start or end put back ('cs' -> 'CS', 'rNCN' -> 'TNCN', 'TTHr' -> 'TTHT')."""
    if part[:1] == "r" and part[1:2].isupper():
        part = "T" + part[1:]
    return re.sub(r"R$", "T", part.upper()) if part.endswith("r") else part.upper()


def names(raw: str) -> list[str]:
    """The names the copy was filed under, as its top gives them."""
    head = raw[:1500].replace("\r\n", "\n")
    found = [m.group("name") for m in (_FRONT_TITLE.match(head),) if m]
    return found + [m.group("name") for m in _SCAN_NAME.finditer(head)]


def _split(run: str, sizes: tuple[int, ...] = (8, 7, 4, 6, 5), month: tuple[int, int] | None = None) -> tuple[str | None, str]:
    """(the number's figure, the date run on to it) in a run of digits: the run itself when short, else what
    stands before a date of the first of *sizes* that fits, and that falls in the *month* (month, year) the letter's
    own line prints, when it prints one ('25122018' under 'tháng 6 năm 2018': 2512 of 2018, not 2 of 5/12/2018)."""
    if len(run) <= 6:
        return run.lstrip("0") or None, ""
    # a whole date, a year alone ('29532021': 2953 of 2021), a date of six figures or five ('59112220': 591 of
    # 12/2/20)
    for size in sizes:
        tail = run[-size:]
        if not 0 < len(run) - size <= 6:
            continue
        if size == 4:
            fits = bool(_YEAR.fullmatch(tail)) and (month is None or int(tail) == month[1])
        else:
            fits = any(month is None or (day.month, day.year) == month for day in _days(tail))
        if fits:
            return run[:-size].lstrip("0") or None, tail
    return _split(run, sizes) if month else (None, "")  # (none in the printed month: the first that fits)


def _days(figures: str) -> set[dt.date]:
    """The days a date's figures can be read as ('22082019'; '1512025' = 15/1/2025; '270919' = 27/9/2019; '26422' =
    26/4/2022), day first, the year in two figures or four."""
    cuts = {8: [(2, 4)], 7: [(2, 3), (1, 3)], 6: [(2, 4), (1, 2)], 5: [(2, 3), (1, 3)]}.get(len(figures), [])
    days = set()
    for d, m in cuts:
        year = figures[m:]
        year = int(year) + 2000 if len(year) == 2 else int(year)
        day = make(figures[:d], figures[d:m], year)
        if day and 1945 <= day.year <= 2099:
            days.add(day)
    return days


def _day(figures: str) -> dt.date | None:
    """The one day a date's figures can be, else None."""
    days = _days(figures)
    return days.pop() if len(days) == 1 else None


def _filing(name: str, code: str, month: tuple[int, int] | None = None) -> tuple[str | None, str, bool]:
    """(figure, date's figures) *name* files a number of *code* under: a figure followed by the letters of the
    code's issuer ('CT' in '9197 22082019CTHCM', 'LĐTBXH' in '1290 13042015BLDTBXH': a ministry's 'B' before it)."""
    issuer = bare(numbers.issuer_code(f"1/{code}") or "").replace(" ", "")
    first = bare(re.split(r"[-/]", code)[0])
    for m in _FIGURE.finditer(name):
        letters = m.group("letters").upper()
        # (the code's first part also when it is the body's, not a type's: 'CT' of a Cục Thuế in 'CTHCM', never
        # the type word 'TB' alone before the figure in 'TB 37711112020VPCP')
        if issuer and letters.startswith((issuer, "B" + issuer)) or len(letters) > len(first) > 1 and letters.startswith(first):
            figure, run_on = _split(m.group("run"), month=month)
            before = run_on or m.group("date") or ""
            return figure, before or m.group("after") or "", not before and bool(m.group("after"))
    return None, "", False


def _typed_filings(name: str):
    """(figure, date's figures) of each figure *name* files under after the type's short name, a date run on and no
    code after it, only words ('CV 52192018Tra phi': 5219 of 2018; 'CV 2105 270918 Thue nha')."""
    for m in _TYPED_FIGURE.finditer(name):
        # (a year alone before a short date: no code follows to tell them apart, and 'CV 52192018' is 5219 of 2018)
        figure, run_on = _split(m.group("run"), (8, 4, 7, 6, 5))
        yield figure, run_on or m.group("date") or ""


def _filing_of_year(name: str, year: int) -> str | None:
    """The figure *name* files under with a date of *year* run on and no code after it: the year the letter's own
    line prints ties the name to this letter where no code does."""
    for figure, beside in _typed_filings(name):
        years = {int(beside)} if _YEAR.fullmatch(beside) else {day.year for day in _days(beside)}
        if figure and year in years:
            return figure
    return None


def _one_figure_off(filed: str | None, typed: str) -> bool:
    """The name's figures and the letter's, as many, but for one OCR misread ('94469' printed, filed as '94769'):
    the same letter, so the name dates it (its number stays as printed)."""
    return bool(filed) and len(filed) == len(typed) >= 3 and sum(a != b for a, b in zip(filed, typed)) == 1


def issued(raw: str, number: str | None, year: int | None = None) -> str | None:
    """The day the copy's name files the letter of *number* under ('CV 2019 08 22 CV 9197 22082019CTHCM'): the
    date beside its figure, the same as the name's year-first day when it has one; None when the name files no
    such number or its dates disagree. A figure typed with no code after it ('CV 306509082018Dang ky') dates the
    letter only in the *year* its own date line prints, or where the name's year-first day agrees: 'CV
    677019720CTHCM' is of 19/7/20 only if the letter is of 2020."""
    figure = re.match(r"\d+", number or "")
    code = re.sub(r"^\d+[a-z]?/(?:(?:19|20)\d\d/)?", "", number or "")
    if not figure or code == number:
        return None
    for name in names(raw):
        apart = _YEAR_MONTH_DAY.search(name)
        filed_figure, beside, after_code = _filing(name, code)
        near = _one_figure_off(filed_figure, figure.group().lstrip("0"))
        typed = filed_figure != figure.group().lstrip("0") and not near
        if typed:  # (the figure typed without a code)
            filed_figure, beside = next(((f, b) for f, b in _typed_filings(name) if f == figure.group().lstrip("0")),
                                        (None, ""))
        if filed_figure != figure.group().lstrip("0") and not near:
            continue
        day = _name_day(name, beside)
        # (a date after the code, like one typed without a code, only in the year the letter prints)
        return iso(day) if day and (not (typed or after_code) or apart or day.year == year) else None
    return None


# a code a broken font decoded to lower case, its 'T' read as 'r' ('/rcr- cs', 'ircr- cs', 'ncr-TNCN', ',cr-TTHr':
# 'TCT-CS', 'TCT-TNCN', 'CT-TTHT'), after the figures or what is left of them
_BROKEN_CODE = re.compile(r"(?:[/,!|.]|(?<=[ \t:]))[ \t]*(?:i?r|n)?cr[ \t]*-[ \t]*(?P<rest>[A-Z&]{2,8}r?|[a-z]{2,8})(?![\w&])")


def _line_code(m: re.Match) -> str:
    """The number line's code as written: without spaces, a dash read as a dot put back, an office's part a broken
    font decoded to small letters in capitals."""
    code = re.sub(r"[ \t]+", "", m.group("code")).replace(".", "-")
    small = m.group("small")
    return code[:len(code) - len(small)] + _office_in_capitals(small) if small else code


def _broken_font_code(line: str, filed_as: list[str]) -> str | None:
    """The code of a number line a broken font garbled, its body's part as the file name spells it ('1223
    07042015TCT': 'TCT'), its office's part in capitals with a final 'r' read back as 'T' (an office's part
    garbled further, 'TT&Frr', is not read)."""
    m = _BROKEN_CODE.search(line)
    if not m:
        return None
    letters = [f.group("letters").upper() for name in filed_as for f in _FIGURE.finditer(name)]
    bodies = {"TCT" if lt.startswith("TCT") else "CT" for lt in letters if lt.startswith(("TCT", "CT"))}
    if len(bodies) != 1:
        return None
    return f"{bodies.pop()}-{_office_in_capitals(m.group('rest'))}"


# the letter's date line as OCR garbled it, its year read ('Hd N)i, ngdy J0 thdng{ndm 2015')
_DATE_LINE = re.compile(r"ng\S{0,3}y[^\n]{0,30}?n[ăad]m[ \t]*(?P<y>(?:19|20)\d\d)")


def year_first_day(raw: str, number: str | None, zone: str) -> str | None:
    """The day a name files the letter under year first ('CV 2020 10 28 CV 4590 28102020 TCT …'), for a letter
    whose date line OCR garbled past reading: only in the year its line prints, in the month and on the day it prints
    when those are read, and where the name files the letter's own figures when they were read (a slip of one figure aside)."""
    line = _DATE_LINE.search(zone)
    if not line:
        return None
    month, day_read = _printed_month(line.group(0)), re.search(r"ng\S{0,3}y[ \t]*(\d{1,2})[ \t]*th", line.group(0))
    figure = re.match(r"\d+", number or "")
    typed = figure.group().lstrip("0") if figure else ""
    for name in names(raw):
        apart = _YEAR_MONTH_DAY.search(name)
        if not apart or apart.group("y") != line.group("y") or month and month[0] != int(apart.group("m")) \
                or day_read and int(day_read.group(1)) != int(apart.group("d")):
            continue
        # (the figures alone, or run on to a date: 'CV 5200122019TCT')
        runs = {f for f, _ in _typed_filings(name)} | {m.group("run") for m in _FIGURE.finditer(name)}
        if typed and not any(f == typed or len(f) > 6 and f.startswith(typed) or _one_figure_off(f, typed) for f in runs):
            continue
        day = make(apart.group("d"), apart.group("m"), apart.group("y"))
        return iso(day) if day else None
    return None


def _name_day(name: str, beside: str) -> dt.date | None:
    """The one day *name* files a letter under: the date run on to its figure, the same as its year-first day."""
    apart = _YEAR_MONTH_DAY.search(name)
    days = {_day(beside)} if beside and not _YEAR.fullmatch(beside) else set()
    if apart:
        days.add(make(apart.group("d"), apart.group("m"), apart.group("y")))
    days.discard(None)
    return days.pop() if len(days) == 1 else None


def number(raw: str, text: str, line: str | None, read: str | None, printed: str | None = None) -> str | None:
    """The letter's number with the figures its file name gives, when its number line (*line*) shows a code but
    OCR lost or misread the figures before it (*read*: what was read, else None); figures that look typed with
    the letter are kept, unless fewer than the name's and the name files it under the very day its date line prints
    (*printed*, ISO: 'Số:470/TCT-TTKT … ngày 05 tháng 5 năm 2020' filed as 'CV 2020 05 05 CV 1770 TCT 05052020').
    None when the name does not file it, or files a document the letter's *text* cites."""
    code_m = _LINE_CODE.search(line or "")
    filed_as = names(raw)
    code = _line_code(code_m) if code_m else _broken_font_code(line or "", filed_as)
    if not code:
        return None
    year = PRINTED_YEAR.search(line or "")
    for name in filed_as:
        # (a name with no code only where the line's figures were lost outright, not misread)
        figure, beside, _ = _filing(name, code, _printed_month(line or ""))
        figure = figure or (not read and year and _filing_of_year(name, int(year.group(1))))
        if not figure:
            continue
        read_figure = re.match(r"\d*", read or "").group()
        speck = re.match(r"(\d+)[A-Z](\d*/)", read or "")
        as_read = speck.expand(r"\1\2") + read[speck.end():] if speck else read
        # figures misread for sure: a capital among them ('Số: 6434X/CT-TTHT', filed as 64915), or fewer than the
        # name's where it files the letter under the very day its line prints ('Số:470/TCT-TTKT', filed as 1770; not
        # a name's slip of as many figures, 'Số: 839/TCT-QLN' filed as 897)
        lost = bool(speck) or len(read_figure.lstrip("0")) < len(figure) and bool(printed) \
            and iso(_name_day(name, beside)) == printed
        # (another code's number; the line's code compared as written out: 'LDTBXH' is 'LĐTBXH')
        if read and (numbers.issuer_code(as_read) != numbers.issuer_code(numbers.normalise(f"1/{code}"))
                     or read_figure.lstrip("0") == figure  # its figures read right
                     # or typed with the letter ('839/TCT-QLN'), not written into the blank ('Số: 4064 /TCT-DNL')
                     or not lost and not re.search(rf"{read_figure}[ \t]+[/!Il|7]", line or "")):
            return None
        cited = re.compile(rf"(?<![0-9]){figure}[ \t]*[-/][ \t]*{re.escape(code)}")
        if any(cited.search(part) for part in re.split("|".join(map(re.escape, filed_as)), text)):
            # a document the letter cites ('… điều chỉnh phụ lục Công văn 2085-QLCL-KĐCLGD'), away from the name
            return None  # itself where the text keeps it
        return numbers.normalise(f"{figure.zfill(2)}/{code}")  # (written from 01, as Nghị định 30 sets: '02/QĐ-TTg')
    return None
