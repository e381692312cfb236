"""Vietnamese by default, English through the language switch, and a complete Vietnamese catalogue."""
from __future__ import annotations

from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "webapp" / "translations" / "vi" / "LC_MESSAGES" / "messages.po"
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "_l": None, "lazy_gettext": None,
            "lazy_ngettext": (1, 2)}


def test_switching_to_english_and_back(web):
    user = web("gd")
    assert "Việc cần xử lý" in user.get("/inbox").text
    page = user.submit("/lang/en", {}, form_url="/inbox", headers={"Referer": "http://localhost/inbox?tab=soon"})
    assert page.response.location == "/inbox?tab=soon"
    english = user.get("/inbox")
    assert "My tasks" in english.text and "Việc cần xử lý" not in english.text
    assert "Leader · Ban Giám đốc" in english.text
    assert english.tree.xpath("//html/@lang") == ["en"]
    user.submit("/lang/vi", {}, form_url="/inbox")
    assert "Việc cần xử lý" in user.get("/inbox").text


def test_language_switch_before_logging_in(anonymous):
    anonymous.submit("/lang/en", {}, form_url="/login")
    page = anonymous.get("/login")
    assert "User name" in page.text and "Password" in page.text


def test_language_switch_needs_the_form_token(web):
    user = web("gd")
    user.post("/lang/en", {})
    assert "Việc cần xử lý" in user.get("/inbox").text


def _extracted_ids() -> set[str]:
    method_map = [("webapp/**.py", "python"), ("forms/**.py", "python"), ("webapp/templates/**.html", "jinja2")]
    found = set()
    for *_, message, _comments, _context in extract_from_dir(str(ROOT), method_map, keywords=KEYWORDS):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


def test_every_message_has_a_vietnamese_translation():
    with CATALOGUE.open("rb") as f:
        catalogue = read_po(f, locale="vi")
    translated = {}
    for message in catalogue:
        if not message.id:
            continue
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        text = message.string[0] if isinstance(message.string, tuple) else message.string
        assert not message.fuzzy, f"fuzzy translation: {key!r}"
        translated[key] = text
    missing = sorted(m for m in _extracted_ids() if not translated.get(m))
    assert missing == []
