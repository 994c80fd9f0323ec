"""One message catalogue for every prompt, message and heading, in English and Dutch.

Messages live in one module per area (``core``, ``cycle``, ``review`` …), each a dict
``MESSAGES = {key: (english, dutch)}``. A key is ``"area.name"``; the area module is imported
the first time one of its keys is used, so a command loads only the text it shows.
Placeholders use ``str.format`` names, and both languages must use the same ones
(``tests/test_messages.py`` checks that).
"""

from __future__ import annotations

import importlib
import os

LANGUAGES = ("en", "nl")

_explicit: str | None = None
_journal: str | None = None
_areas: dict[str, dict[str, tuple[str, str]]] = {}


def set_explicit(lang: str | None) -> None:
    """Set the language given with ``--lang`` (``None`` to clear it)."""
    global _explicit
    _explicit = lang


def set_journal_default(lang: str | None) -> None:
    """Set the language stored in the journal's settings (used when nothing else says)."""
    global _journal
    _journal = lang if lang in LANGUAGES else None


def current() -> str:
    """The language in force: ``--lang``, then VEERKRACHT_LANG, the journal, the locale."""
    if _explicit:
        return _explicit
    env = os.environ.get("VEERKRACHT_LANG", "").strip().lower()
    if env in LANGUAGES:
        return env
    if _journal:
        return _journal
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"


def area(name: str) -> dict[str, tuple[str, str]]:
    """The messages of one area, imported on first use."""
    if name not in _areas:
        module = importlib.import_module(f"veerkracht.i18n.{name}")
        _areas[name] = module.MESSAGES
    return _areas[name]


def t(key: str, /, lang: str | None = None, **values: object) -> str:
    """The message ``key`` in the current language, with ``values`` filled in."""
    area_name, _, _ = key.partition(".")
    en, nl = area(area_name)[key]
    text = nl if (lang or current()) == "nl" else en
    return text.format(**values) if values else text
