"""Text in the TCVN3 (ABC) legacy encoding read as if it were Latin-1: 'C«ng v¨n' for 'Công văn'.

Letters typed in the .VnTime fonts most agencies used before Unicode keep those code points in a .doc or
.docx and in a PDF's text layer; such a letter reads as noise ('Bé Y tÕ', 'Q§-UBND') until decoded. The
table is TCVN 5712:1993's (as glibc's iconv 'TCVN5712-1' decodes each byte, its combining marks left out);
its bytes 0x80-0x9F only as Latin-1 reads them (Windows-1252 makes them quotes and dashes, which Unicode
letters use too). A line is decoded only when it has a character Vietnamese in Unicode never uses ('«', '¨',
'®', 'µ' …) and none of the letters only Unicode Vietnamese has ('ư', 'ơ', 'đ', 'ạ' …), so a Unicode page with
a legacy passage keeps its own lines.
The capitals' font (.VnTimeH) writes capitals with the small letters' codes: on a line otherwise in
capitals they are read as capitals ('CéNG' -> 'CỘNG')."""
from __future__ import annotations

import re

_BYTES = "\x01\x02\x04\x05\x06\x11\x12\x13\x14\x15\x16\x17\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfe\xff"
_LETTERS = "ÚỤỪỬỮỨỰỲỶỸÝỴÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨĂÂÊÔƠƯĐăâêôơưđẰàảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹỵỐ"
_TABLE = dict(zip(_BYTES, _LETTERS))
# Latin-1 letters Unicode Vietnamese also uses: never a sign of the legacy encoding
_SHARED = set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý")
_TELLTALE = re.compile("[" + re.escape("".join(c for c in _TABLE if ord(c) >= 0xA1 and c not in _SHARED)) + "]")
_UNICODE_ONLY = re.compile(r"[ăĂđĐơƠưƯĩĨũŨ\u1ea0-\u1ef9]")


def _decoded(line: str) -> str:
    """The line decoded; on a line set in the capitals' font (its plain letters nearly all capitals), the
    decoded letters in capitals too ('CéNG HOµ X·' -> 'CỘNG HOÀ XÃ'), the plain ones as typed ('GDTrH')."""
    plain = [c for c in line if c.isascii() and c.isalpha()]
    capitals = len(plain) >= 3 and sum(c.isupper() for c in plain) >= 0.8 * len(plain)
    return "".join(_TABLE.get(c, c).upper() if capitals and c in _TABLE else _TABLE.get(c, c) for c in line)


# a word of a legacy passage on a line otherwise in Unicode ('Số: 12 /KH-TH   §«ng Trµ, ngµy 10 th¸ng 9 n¨m 2021'):
# a telltale after a plain letter, the 'Đ' opening one ('§iÒu'), or a capital the table shares amid small letters
# ('cÊp', 'TiÓu'), or one before a small letter ('«ng'; not a unit's micro sign: 'µg'); a word in guillemets is
# quoted ('«Tin»', not 'ôTinằ')
_WORD = re.compile(r"(?<!\S)([(“\"']*)(\S+?)([”\"'),.;:]*)(?!\S)")
_LEGACY_SIGN = re.compile(r"[A-Za-z](?:" + _TELLTALE.pattern + r")|(?!µ)(?:" + _TELLTALE.pattern + r")[a-z]|[a-z]["
                          + "".join(sorted(c for c in _SHARED if c.isupper())) + r"](?=[a-z])")


def _decoded_words(line: str) -> str:
    """A Unicode line's words typed in the legacy encoding decoded, the rest as it is."""
    def word(m: re.Match) -> str:
        core = m.group(2)
        quoted = core.startswith("«") and core.endswith("»")
        if quoted or not _LEGACY_SIGN.search(core) or _UNICODE_ONLY.search(core):
            return m.group(0)
        return m.group(1) + _decoded(core) + m.group(3)
    return _WORD.sub(word, line)


def decode(text: str) -> str:
    """*text* with its TCVN3 lines decoded (see the module's doc), and on a line otherwise in Unicode the words
    typed in it; as it was when it has none."""
    if len(_TELLTALE.findall(text)) < 8:
        return text
    out = []
    for line in text.split("\n"):
        if _TELLTALE.search(line) and not _UNICODE_ONLY.search(line):
            line = _decoded(line)
        elif _UNICODE_ONLY.search(line) and _LEGACY_SIGN.search(line):
            line = _decoded_words(line)
        out.append(line)
    return "\n".join(out)
