"""How a web post names the letter it carries or relays, when the copy lost the letter's own header:
a portal's title ('Về việc … (3585/VP-KTN, ngày 23/10/2017)'), a relay line ('Thông báo số 217/TB-UBND
ngày 08/5/2019 của UBND thị xã Điện Bàn V/v …'), a news sentence ('UBND tỉnh X vừa ban hành Công văn
số … về …') and the letter's own title line heading the post ('Giấy mời dự …')."""
from __future__ import annotations

import re

from . import numbers, orgs
from .dates import iso, short_date, written_date
from .fallbacks import LEAD_RE, TYPES_ALT
from .layout import KG_RE, SENT_AT, TYPE_TITLES, URGENCY
from .names import SURNAMES
from .text import OPENS_SENTENCE, UP, VI_LOWER, is_upper, squash

# the title may wrap onto a second line of its paragraph (a printed post read by OCR), never past a blank line
# or into a line a PDF's text layer indents (a paragraph of its own)
_PORTAL_RE = re.compile(
    r"^(?P<subj>(?:[^\n()]|\n(?![ \t]*\n)(?![ \t]{2})){10,400}?)\s*\(\s*(?:số\s+)?(?P<num>\d{1,5}[^,()\s]*/[^,()\s]+)\s*,?\s*"
    r"(?:ngày\s*)?(?P<date>\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4})\s*\)",
    re.M)


def _named_letter(pattern: re.Pattern, text: str, limit: int) -> tuple[re.Match, dict] | None:
    """The first match of *pattern* near the post's top that holds a number, and what every such line gives:
    the number, the date (group 'date', written either way) and where it stands."""
    m = pattern.search(text, 0, min(len(text), limit))
    number = numbers.normalise(m.group("num")) if m else None
    if not number:
        return None
    day = written_date(m.group("date")) if m.group("date") else None  # (a site's title may give the year alone)
    return m, {"number": number, "issued_date": iso(day), "span": (m.start(), m.end())}


def portal_title(text: str, limit: int = 600) -> dict | None:
    """'Về việc <subject> (<number>, ngày <date>).' heading a post that has no letterhead."""
    found = _named_letter(_PORTAL_RE, text, limit)
    if not found:
        return None
    m, letter = found
    subject = m.group("subj")
    opening = re.search(r"\n[ \t]*(?=Về việc\b|V/v\b)", subject)  # a line above the title's own ('Skip to main content')
    subject = subject[opening.end():] if opening else subject
    return {**letter, "subject": LEAD_RE.sub("", squash(subject), count=1).strip(" .:-") or None}


# the hour a telegram is sent at, between its number and its date ('Công điện số 82/CĐ-TW hồi 09h30 ngày 02/11/2013')
_SENT_AT = rf"(?:{SENT_AT}\s*,?\s*)?"


# a post relaying a letter names it in one line near its top: 'Thông báo số 217/TB-UBND ngày
# 08/5/2019 của UBND thị xã Điện Bàn V/v treo cờ …', 'Công văn số 1448/SNV-CCHC ngày 27/12/2016 V/v …'; a
# document site's title, without 'số' and maybe with the year alone ('Hướng dẫn 645/SXD-QLHĐXD ngày 25/11/2013 về
# việc …', 'Công văn 3121/TCT-CS năm 2013 về việc …')
_RELAY_RE = re.compile(
    r"^[ \t|]*(?P<type>Công văn|Thông báo|Quyết định|Kế hoạch|Chỉ thị|Báo cáo|Tờ trình|Giấy mời|Hướng dẫn|Văn bản)"
    r"\s+(?:số\s+|(?=\d{1,5}/\S))(?P<num>\d{1,5}[^\s/]*/[^\s,]+)\s*,?\s*" + _SENT_AT +
    r"(?:ngày\s*(?P<date>\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})|năm\s+(?:19|20)\d\d)"
    r"(?:\s+của\s+(?P<by>[^\n]{3,120}?))?\s+(?:V/v|về\s+việc)\s*:?\s*(?P<subj>[^\n]{10,400})$", re.M | re.I)


# the same line with no subject, its date maybe in words: 'Hướng dẫn số 12-HD/BTGTW, ngày 7 tháng 12 năm 2011
# của Ban Tuyên giáo Trung ương.'
_BARE_RELAY_RE = re.compile(
    rf"^[ \t|]*(?P<type>{TYPES_ALT})\s+số\s+(?P<num>\d{{1,6}}[^\s,]*[/-][^\s,]+)\s*,?\s*{_SENT_AT}"
    r"(?P<date>ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})"
    r"\s+của\s+(?P<by>[^\n.;]{3,120}?)\s*\.?[ \t]*$", re.M)


# what runs on after the issuer's name in a post's heading: '… của Ban quản lý … đề nghị doanh nghiệp …'
_ASKS_RE = re.compile(r"\s+(?=(?:đề nghị|yêu cầu|hướng dẫn|quy định|triển khai)\s)|\s+gửi\s+(?=\S)|\s+(?:về việc|V/v|về)\s+")


def _split_asks(by: str) -> tuple[str, str | None]:
    """The issuer's name and what the heading says the letter asks or is about, split where the latter begins."""
    m = _ASKS_RE.search(by)
    return (by[:m.start()], by[m.end():].strip(" .") or None) if m and m.start() > 3 else (by, None)


def _bare_relay(text: str, limit: int) -> dict | None:
    found = _named_letter(_BARE_RELAY_RE, text, limit)
    if not found:
        return None
    m, letter = found
    by, subject = _split_asks(squash(m.group("by")))
    return {**letter, "issuer": by, "subject": subject or None, "doc_type": m.group("type")}


# the same line naming no issuer, its subject straight after the date, maybe after a site's date stamp:
# 'date 2025-08-11 Thông báo số 408/TB-VPCP ngày 8/8/2025 kết luận Phiên họp …'
_PLAIN_RELAY_RE = re.compile(
    rf"^[ \t|]*(?:[a-z]{{0,6}}[ \t]*\d{{4}}-\d{{2}}-\d{{2}}[ \t]+)?(?P<type>{TYPES_ALT})\s+số\s+"
    r"(?P<num>\d{1,6}[^\s,]*/[^\s,]+)\s*,?\s*" + _SENT_AT + r"ngày\s+(?P<date>\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})\s+"
    rf"(?P<subj>[{VI_LOWER}][^\n]{{10,400}})$", re.M)


def _plain_relay(text: str, limit: int) -> dict | None:
    found = _named_letter(_PLAIN_RELAY_RE, text, limit)
    if not found:
        return None
    m, letter = found
    return {**letter, "issuer": None, "subject": squash(m.group("subj")).strip(" .;:-") or None,
            "doc_type": m.group("type")}


def relay_title(text: str, limit: int = 800) -> dict | None:
    """The one line a portal post relaying a letter names it by: number, date, issuer, subject."""
    found = _named_letter(_RELAY_RE, text, limit)
    if not found:
        return _bare_relay(text, limit) or _plain_relay(text, limit)
    m, letter = found
    kind = m.group("type").capitalize()  # ('Văn bản' names no type)
    return {**letter, "issuer": _split_asks(squash(m.group("by")))[0] if m.group("by") else None,  # (not whom it is sent to)
            "subject": squash(m.group("subj") or "").strip(" .;:-") or None,
            **({"doc_type": kind} if kind != "Văn bản" else {})}



# a news post reporting a letter in one sentence near its top: 'UBND tỉnh Lạng Sơn vừa ban hành Công
# văn số 149/UBND-KGVX ngày 13/10/2021 về …', 'Ngày 23/8/2017, Tỉnh ủy X đã ban hành Chương trình số
# 27-CTr/TU về …', 'Sở Giao thông vận tải vừa ban hành văn bản số 1282/SGTVT-VTPT&LN ngày 31-8-2021 về việc …'
# (the sentence may wrap over lines, as a PDF's text layer gives it; it ends at its full stop or paragraph);
# its date may say the time of day ('Đêm 22/9, UBND tỉnh ban hành …', 'Chiều ngày 5/3, …'); a dated
# sentence may follow a title line run into it ('… chuyển đổi số tỉnh Ngày 30-9-2022, Ủy ban …') or a post's
# date stamp ('2021-09-22 ', '2021-09 ')
_WHEN = r"(?:(?:Sáng|Trưa|Chiều|Tối|Đêm)(?:\s+(?:ngày|nay|qua))?(?=\s+\d)|Ngày)"
_NEWS_RE = re.compile(
    rf"(?:^|(?<=[.!?,;])\s+|(?<=\s[-–]\s)|(?<=\d{{4}}-\d\d-\d\d\s)|(?<=(?<!\d)\d{{4}}-\d\d\s)|(?<=[^\W\d_][ \t])(?=(?-i:Ngày|Sáng|Trưa|Chiều|Tối|Đêm)[ \t]+\d))[ \t]*(?:{_WHEN}\s+(?P<date1>\d{{1,2}}\s*[/-]\s*\d{{1,2}}\s*[/-]\s*\d{{4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}"
    rf"|\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+\d{{4}}|(?P<dm>\d{{1,2}}\s*[/.-]\s*\d{{1,2}})(?!\s*[/.-]\s*\d))(?:\s+vừa\s+qua)?\s*,?\s*)?"
    # 'thay mặt UBND tỉnh, Phó Chủ tịch … đã ký …': the body signed for, then the one who signs
    rf"(?:(?:thay\s+mặt|thừa\s+lệnh|thừa\s+ủy\s+quyền|thừa\s+uỷ\s+quyền)\s+(?P<for>[^\n,.;:]{{3,80}}),\s*)?"
    rf"(?P<by>{UP}[^\n.;:]{{2,100}}?)\s+"
    # (its verb as typed with a slipped mark too: 'bàn hành')
    rf"(?P<adv>(?:vừa|đã|mới)(?:\s+(?:ký|chính thức))?\s+)?(?:b[aàá]n hành|có|gửi|phát hành|ra|ký(?:\s+ban hành)?)\s+"
    # the number, also a bare one a party body or an old letter has ('Công văn số 468 về việc …'), or one with its
    # code and no 'số' ('… ban hành Công văn 1234/BGDĐT-GDTrH hướng dẫn …')
    rf"(?P<type>{TYPES_ALT}|văn bản)(?:\s+(?:khẩn|hỏa tốc|hoả tốc|thượng khẩn))?\s+(?:số\s+|(?=\d{{1,5}}/\S))"
    # (a code its line broke after a dash: '2426/QĐ-' / 'UBND về …', or 'QĐ- UBND' when the lines are joined)
    # (or spaced round its dash: '495/SVHTTDL - QLVH về …')
    r"(?P<num>\d{1,5}[^\s/,]*[/-][^\s,]+(?:(?<=-)[ \t]*(?:\n(?:[ \t]*\n)?)?[ \t]*(?-i:[A-ZĐ][A-ZĐ0-9&]*)"
    r"|[ \t]+[-–][ \t]+(?-i:[A-ZĐ][A-ZĐ0-9&]+)(?=[\s,.;]))?"
    r"|\d{1,5}\s?/\s?[^\s,]+|\d{1,5}(?=\s+(?:về|gửi)\s|,)"
    r"|\d{1,5}-[ \t](?-i:[A-ZĐ][A-ZĐ0-9&]*)/[^\s,]+)"  # (a party's number spaced after its dash: '06- CT/TW')
    r"(?:\s*,?\s*ngày\s+(?P<date2>\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}))?\s*,?\s*", re.M | re.I)
# where the sentence that names a letter ends (its subject runs up to there, 400 characters at most): its full
# stop, a paragraph's end, or a line a new sentence opens with a connective though no full stop ends the line
# before it ('… trên địa bàn tỉnh' / 'Theo đó, giao các sở …')
_SENTENCE_END = re.compile(rf"\s*(?:\./\.|\.(?=\s|\Z)|\n[ \t]*\n|\n(?={OPENS_SENTENCE.pattern})|\Z)")


def _year_named(sentence: str) -> str | None:
    """A year the sentence names ('… tháng 4/2015', '… năm 2015'), the one a day and month go with."""
    m = re.search(r"(?:/|năm\s+)((?:19|20)\d\d)\b", sentence)
    return m.group(1) if m else None


def _post_year(text: str, pos: int) -> str | None:
    """The year of the post's own date: the last date above *pos*, else the first below it."""
    dates = r"\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*((?:19|20)\d\d)\b|\b((?:19|20)\d\d)-\d\d(?:-\d\d)?\b"
    above = [a or b for a, b in re.findall(dates, text[:pos])]
    below = [a or b for a, b in re.findall(dates, text[pos:pos + 1500])]
    return (above[-1:] or below[:1] or [None])[0]


# the number given in brackets after the subject: 'UBND tỉnh vừa ban hành Kế hoạch tổ chức … trên địa bàn tỉnh
# (Kế hoạch số 203/KH-UBND, ngày 27/9/2022).'
_NEWS_BRACKETED_RE = re.compile(
    rf"(?:^|(?<=[.!?])\s+)[ \t]*(?P<by>{UP}[^\n.;:,]{{2,100}}?)\s+(?:vừa|đã|mới)(?:\s+(?:ký|chính thức))?\s+"
    rf"(?:ban hành|phát hành)\s+(?P<type>{TYPES_ALT})\s+(?P<subj>[^\n]{{10,400}}?)\s*\(\s*(?:(?P=type)\s+)?số\s+"
    r"(?P<num>\d{1,6}[^\s,()]*/[^\s,()]+)\s*,?\s*ngày\s+(?P<date>\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})\s*\)", re.M)


def _news_bracketed(text: str, limit: int) -> dict | None:
    found = _named_letter(_NEWS_BRACKETED_RE, text, limit)
    if not found:
        return None
    m, letter = found
    return {**letter, "issuer": orgs.sector_in_full(squash(m.group("by"))), "doc_type": m.group("type"),
            "subject": LEAD_RE.sub("", squash(m.group("subj")), count=1).strip(" .;:-") or None,
            "span": (m.start("by"), m.end())}


# the head a letter is signed for, before the body's name: 'Chủ tịch UBND tỉnh Tuyên Quang'
_HEAD_ROLE = re.compile(r"^(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Bộ trưởng|Trưởng ban|Chánh Văn phòng)\s+(?=\S)")


def _without_head(by: str) -> str:
    """'Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh' -> 'UBND TP Hà Nội': the head's title before the body and
    the head's name after it (a surname after the body's own words) are not the issuer."""
    body = _HEAD_ROLE.sub("", by)
    if body == by:
        return by
    words = body.split()
    cut = next((k for k in range(3, len(words) - 1) if words[k] in SURNAMES
                and all(w[:1].isupper() for w in words[k:]) and len(words) - k <= 4), None)
    return " ".join(words[:cut]) if cut else body


def _overlapping(pattern: re.Pattern, text: str, limit: int):
    """Matches of *pattern* starting anywhere, one after another's start: a sentence that did not name
    a body ('…, xây dựng …, ngày 13/5/2011, UBND huyện ban hành …') must not hide the clause inside it."""
    pos = 0
    while (m := pattern.search(text, pos, limit)) is not None:
        yield m
        pos = m.start() + 1


def _reported_subject(text: str, m: re.Match) -> tuple[str, int]:
    """What a news sentence says the letter is about (after 'về', before 'gửi các …'; empty when it says only
    to whom or what the letter asks), and where the sentence ends."""
    end = _SENTENCE_END.search(text, m.end(), min(len(text), m.end() + 400))
    subject = squash(text[m.end():end.start() if end else m.end() + 400])
    sent_to = re.match(r"gửi\s.+?\s(?=về việc\s|V/v\s|về\s)", subject)  # '… gửi các bệnh viện … về việc …'
    subject = LEAD_RE.sub("", subject[sent_to.end():] if sent_to else subject, count=1)
    subject = re.sub(r"^về\s+", "", subject).strip(" .;:-")
    subject = re.split(r"\s+gửi\s+(?=các\s|Ban\s|Sở\s|UBND\s|Ủy ban\s)", subject, maxsplit=1)[0]  # '… gửi các sở …'
    subject = re.split(r"\s*;\s*(?=(?:do|vì|nhằm|để|bởi)\s)", subject, maxsplit=1)[0]  # '…; do tình hình …': why
    subject = re.split(r"\s*,\s*(?:cụ thể\s+)?như sau$", subject, maxsplit=1)[0]  # '…, cụ thể như sau:': what follows
    subject = re.split(r",?\s+trong đó\s+(?:có\s+)?", subject, maxsplit=1)[0]  # '… trong đó có 43 xã …': what it holds
    asks = re.match(r"(?:yêu cầu|đề nghị|chỉ đạo|giao)\b", text[m.end():m.end() + 12])
    if subject.startswith("gửi ") or asks:  # '… số … gửi Ban Chỉ huy …', '…, yêu cầu các sở …': not what about
        subject = ""
    return subject, end.end() if end else m.end()


# a sentence opened by when it happened, not by a clause citing another letter: 'Vừa qua, UBND huyện … ban hành …'
_JUST_NOW_WORDS = r"(?:Vừa qua|Mới đây|Gần đây|Hôm qua|Hôm nay|Sáng nay|Chiều nay|Tối qua|Sáng qua|Chiều qua)\s*,\s*"
_JUST_NOW = re.compile(rf"(?:^|[.!?]\s*){_JUST_NOW_WORDS}$", re.I)  # what precedes the sentence's body
_WHEN_LEAD = re.compile(rf"^{_JUST_NOW_WORDS}", re.I)  # the same taken into the body's name


def news_relay(text: str, limit: int = 1500) -> dict | None:
    """Number, date, issuer, type and subject of the letter a news post reports in one sentence."""
    # The first sentence or clause naming a body and a letter. After a comma only a letter just issued
    # ('vừa ban hành', 'vừa qua') or dated as it is reported ('…, ngày 13/5/2011, UBND huyện ban hành …'),
    # never one the body cites; with no 'vừa', 'đã' or 'mới' only after the date opening the sentence
    # ('Ngày 30/12/2025, UBND xã X ban hành …') or opening the post; after ';' only a sentence begun anew
    # ('…; Ngày 11/5/2016, …'), or a clause dated so ('… Quốc hội Khóa XIV; ngày 27/5/2019 UBND tỉnh ban hành …');
    # after a comma also when what precedes says when ('Vừa qua, …'). Never after a 'Kính gửi': an addressed
    # letter's opening ('Ngày 03/6/2020, Thủ tướng Chính phủ đã ban hành Quyết định số …') cites the document it
    # carries out.
    m = next((m for m in _overlapping(_NEWS_RE, text, min(len(text), limit)) if m.group("by")[:1].isupper()
              and not KG_RE.search(text, 0, m.start())
              and (m.group("adv") or m.group("date1") or not text[:m.start()].strip())
              and (not text[:m.start()].rstrip().endswith(",") or m.group("date1")
                   or "vừa" in m.group(0)[:m.start("num") - m.start()] or _JUST_NOW.search(text[:m.start()]))
              and (not text[:m.start()].rstrip().endswith(";") or re.match(_WHEN, m.group(0).lstrip(), re.I))),
             None)
    number = (numbers.normalise(m.group("num")) or (m.group("num") if m.group("num").isdigit() else None)) if m else None
    if not number:
        return _news_bracketed(text, limit)
    kind = m.group("type")
    subject, end = _reported_subject(text, m)
    by = squash(m.group("for") or m.group("by"))
    by = _WHEN_LEAD.sub("", by)  # 'Vừa qua, UBND huyện …': when, then who
    # 'Vào lúc 10h00 ngày 21/7, Chủ tịch UBND tỉnh X vừa có …', 'BHG - Ngày 2/6/2023, Chủ tịch …': the time said
    # before the body
    lead = re.match(r"[^,]*?\b[Nn]gày\s+(\d{1,2}\s*[/.]\s*\d{1,2})\b(?:\s*[/.]\s*(\d{4}))?[^,]*,\s*(?=[A-ZĐ])", by)
    by = _without_head(by[lead.end():] if lead else by)  # 'Chủ tịch UBND tỉnh X' signs for UBND tỉnh X
    by = re.sub(r"^Phòng\s[^,]+?\s(?=Sở\s)", "", by)  # 'Phòng Kỹ thuật … Sở Công Thương tỉnh X': its unit drafts it
    issued = written_date(m.group("date2") or m.group("date1") or "")
    if issued is None and lead and lead.group(2):
        issued = short_date(f"{re.sub(r'[.-]', '/', lead.group(1))}/{lead.group(2)}")
    day_month = m.group("dm") or (lead.group(1) if lead else None)
    if issued is None and day_month:  # 'Ngày 27/8, …': the year the sentence names, else the post's own
        year = _year_named(subject) or _post_year(text, m.start())
        issued = short_date(f"{re.sub(r'[.-]', '/', day_month)}/{year}") if year else None
    found = {"number": number, "issued_date": iso(issued), "issuer": orgs.sector_in_full(by),
             "subject": subject or None, "span": (m.start("by"), end)}
    if kind.lower() != "văn bản":
        found["doc_type"] = kind[:1].upper() + kind[1:].lower()
    return found


# a post opening with what a letter asks: 'Theo Công văn số 3517/UBND ngày 18/7/2022, UBND huyện đề nghị …', '…,
# tại Văn bản số 2945/UBND- NNMT, ngày 22/8/2025, UBND tỉnh đề nghị …'
_ACCORDING_RE = re.compile(
    rf"(?:^[ \t]*|(?<=[.)])[ \t]+|(?<=,)[ \t]+(?=tại))(?:Theo|[Tt]ại|Trong nội dung)\s+(?P<type>{TYPES_ALT}|Văn bản|văn bản)\s+số\s+"
    r"(?P<num>\d{1,6}\s*/\s*[^,\n]+?)\s*,?\s*(?:ban hành\s+)?"
    r"ngày\s+(?P<date>\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*,\s*"
    rf"(?P<by>{UP}[^\n.,;:]{{2,80}}?)\s+(?:đề nghị|yêu cầu|chỉ đạo|thông báo|giao|hướng dẫn)\b", re.M)


def according_relay(text: str, limit: int = 600) -> dict | None:
    """Number, date, type and issuer of the letter whose request opens a post ('Theo Công văn số … ngày …,
    UBND huyện đề nghị …'); only at the post's top, where it is the letter the post is about."""
    found = _named_letter(_ACCORDING_RE, text, limit)
    if not found:
        return None
    m, letter = found
    kind = m.group("type")
    return {**letter, "issuer": squash(m.group("by")), "doc_type": None if kind.lower() == "văn bản" else kind}


# a post about putting a letter into effect names it in full: '… đồng chí … triển khai Kế hoạch số 43/KH-MTTQ-BTT ngày
# 04/02/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố về …' (not 'Thực hiện …', which cites a parent)
_CARRIED_OUT_RE = re.compile(
    rf"\b(?:triển khai|quán triệt|phổ biến)\s+(?P<type>{TYPES_ALT})\s+số\s+(?P<num>\d{{1,6}}[^\s,]*/[^\s,]+)\s*,?\s*"
    r"ngày\s+(?P<date>\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})\s+của\s+"
    rf"(?P<by>{UP}[^\n.,;:]{{2,120}}?)(?:\s*[,.;]|\s+(?:về\s+việc|V/v|về)\s+(?P<subj>[^\n.;]{{10,300}}))")


def carried_out_relay(text: str, limit: int = 1200) -> dict | None:
    """Number, date, type, issuer and subject of the letter a post reports being put into effect."""
    found = _named_letter(_CARRIED_OUT_RE, text, limit)
    if not found:
        return None
    m, letter = found
    return {**letter, "issuer": squash(m.group("by")), "doc_type": m.group("type"),
            "subject": squash(m.group("subj") or "").strip(" .;:-") or None}


# a post carrying a letter without its header, headed by the letter's title in sentence case:
# 'Giấy mời dự Lễ phát động …', 'Thông báo Khẩn ngày 18/10/2020' (its type, urgency and date)
# (its type also in a site's title case: 'Kế Hoạch Tổ Chức “Bé Vui Hội Xuân” Năm 2024')
_POST_TITLE_RE = re.compile(rf"^[ \t]*(?P<type>(?i:{TYPES_ALT}))[ \t]*:?[ \t]+(?P<rest>\S[^\n]{{3,300}})$", re.M)
# a post headed by the subject line of the công văn it carries: 'Về việc lấy nước đợt 3 …'
_VE_VIEC_TITLE_RE = re.compile(r"^[ \t]*(?:Về việc|V/v)[ \t]*:?[ \t]+(?P<rest>\S[^\n]{8,300})$")
_MARKS_RE = re.compile(rf"^(?P<mark>{'|'.join(sorted(URGENCY, key=len, reverse=True))})\b\s*", re.I)


def post_title(text: str, lines: int = 5) -> dict | None:
    """Type, subject, urgency and date of the title line heading a post that lost the letter's header."""
    head = "\n".join([ln for ln in text.split("\n") if ln.strip()][:lines])
    for ln in head.split("\n")[:2]:  # a type's name alone heading the post: 'Thư ngỏ'
        if ln.strip() and not is_upper(ln) and orgs.fold(ln.strip(" .:")) in TYPE_TITLES:
            kind = ln.strip(" .:")
            return {"doc_type": kind[:1].upper() + kind[1:].lower(), "subject": None, "urgency": None,
                    "issued_date": None}
    first = _VE_VIEC_TITLE_RE.match(head.split("\n")[0]) if head else None
    if first:
        return {"doc_type": "Công văn", "subject": squash(first.group("rest")).strip(" .:-"), "urgency": None,
                "issued_date": None}
    for m in _POST_TITLE_RE.finditer(head):
        kind = m.group("type")
        if kind not in (kind[:1].upper() + kind[1:].lower(), kind.title()) or re.match(r"(?:số|So)\b", m.group("rest")):
            continue  # a title in capitals is read elsewhere; 'Công văn số …' is a relay line
        rest = m.group("rest").strip()
        # a teaser cut short above ('… treo cờ Tổ quốc c'), the whole title repeated under it
        whole = [ln.strip() for ln in head.split("\n") if len(ln.strip()) > len(m.group(0).strip())
                 and ln.strip().startswith(m.group(0).strip())]
        rest = whole[0][len(m.group(0).strip()) - len(rest):].strip() if whole else rest
        mark = _MARKS_RE.match(rest)
        rest = rest[mark.end():] if mark else rest
        dated = re.fullmatch(r"ngày\s+(\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})\.?", rest)
        subject = None if dated or len(rest.split()) < 3 else LEAD_RE.sub("", squash(rest), count=1).strip(" .:-")
        return {"doc_type": kind[:1] + kind[1:].lower(), "subject": subject,
                "urgency": URGENCY.get(mark.group("mark").upper()) if mark else None,
                "issued_date": iso(short_date(dated.group(1))) if dated else None}
    return None


# 'Ngày 24/9/2025, Ban Thường vụ Tỉnh ủy ban hành Công văn hỏa tốc về việc …': a post opening by when, who and
# what was issued, with no number to name it by (its body's name spelt out too: 'Ngày 01/11/2021, Ủy ban nhân dân
# huyện Châu Thành ban hành Thông báo …')
_NUMBERLESS_RE = re.compile(
    r"(?:^|(?<=[.\n]))[ \t]*(?:Ngày|Vào ngày|Sáng ngày|Chiều ngày)[ \t]+(?P<d>\d{1,2})[ \t]*/[ \t]*(?P<m>\d{1,2})"
    rf"[ \t]*/[ \t]*(?P<y>\d{{4}})[ \t]*,[ \t]*(?P<by>{UP}[^,.;:\n]{{2,80}}?)[ \t]+(?:đã[ \t]+|vừa[ \t]+)?"
    r"(?:ban hành|có|gửi)[ \t]+(?:Công văn|Công điện|Kế hoạch|Thông báo|Chỉ thị|Quyết định|Hướng dẫn|Thông tri)"
    r"\b(?![ \t]+số:?[ \t]*\d)")


def numberless_relay(text: str, limit: int = 800) -> dict | None:
    """Issuer and date of the letter a post reports in its opening sentence without its number (its type and
    subject the post's title gives, as for any post)."""
    m = _NUMBERLESS_RE.search(text, 0, limit)
    if not m or not orgs.is_head_start(orgs.fold(m.group("by"))):
        return None
    return {"issuer": squash(m.group("by")),
            "issued_date": iso(short_date(f"{m.group('d')}/{m.group('m')}/{m.group('y')}"))}
