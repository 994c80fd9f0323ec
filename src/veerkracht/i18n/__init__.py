"""Every prompt, message and heading, in the user's language, through gettext.

The words live in gettext catalogues beside this module: ``locale/<lang>/LC_MESSAGES/
veerkracht.po`` (edited by people) and its compiled ``veerkracht.mo`` (read here, by the
standard library's :mod:`gettext`, nothing else at start-up). docs/translating.md explains
the scheme; in short:

- A message is looked up by a stable id, ``"area.name"`` (``"core.date_unreadable"``);
  ``en.po`` holds the English words, ``nl.po`` the Dutch, each with the same ``str.format``
  placeholders. Code always names the id as a literal (or takes it from a table of literals
  marked with :func:`N_`), never builds it from pieces, so Babel finds every one.
- Counted messages go through :func:`tn` (``ngettext``): each language says how its plurals
  work in its catalogue's ``Plural-Forms`` header.
- Help texts and Click's own words ("Usage:", "Show this message and exit.") are English in
  the code and looked up by that English text (:func:`help_text`); only languages other than
  English carry them.

A language is a folder under ``locale/``: a third one needs its ``.po`` (compiled with
``python tools/i18n.py compile``) and nothing else. Missing words fall back to English.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "veerkracht"
SOURCE = "en"  # the language every other one falls back to


def _available() -> tuple[str, ...]:
    try:
        found = sorted(entry.name for entry in os.scandir(LOCALE_DIR)
                       if (Path(entry.path) / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file())
    except OSError:
        found = []
    return (SOURCE, *[name for name in found if name != SOURCE])


# The languages there are catalogues for, English first ("en", "nl").
LANGUAGES: tuple[str, ...] = _available()

_explicit: str | None = None
_journal: str | None = None
_catalogues: dict[str, gettext.NullTranslations] = {}
_pinned: str | None = None  # see pinned()


def set_explicit(lang: str | None) -> None:
    """Set the language given with ``--lang`` (``None`` to clear it)."""
    global _explicit
    _explicit = lang


def set_journal_default(lang: str | None) -> None:
    """Set the language stored in the journal's settings (used when nothing else says)."""
    global _journal
    _journal = lang if lang in LANGUAGES else None


def from_locale(value: str) -> str | None:
    """The language of a locale name such as ``nl_BE.UTF-8``, if there is a catalogue for it."""
    code = value.strip().lower().replace("-", "_").partition(".")[0].partition("_")[0]
    return code if code in LANGUAGES else None


def current() -> str:
    """The language in force: ``--lang``, then VEERKRACHT_LANG, the journal, the locale."""
    if _pinned:
        return _pinned
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
            return from_locale(value) or SOURCE
    return SOURCE


@contextmanager
def pinned() -> Iterator[str]:
    """The language in force, worked out once for a block that says many things (a year of
    reflections in the Markdown export): inside, :func:`current` gives it without reading
    four environment variables for each word. Nothing inside may change the language."""
    global _pinned
    outer = _pinned
    _pinned = current()
    try:
        yield _pinned
    finally:
        _pinned = outer


def catalogue(lang: str | None = None) -> gettext.NullTranslations:
    """The compiled catalogue of ``lang`` (default: the current language), English behind it."""
    code = lang or current()
    found = _catalogues.get(code)
    if found is None:
        chain = [code, SOURCE] if code != SOURCE else [SOURCE]
        found = gettext.translation(DOMAIN, LOCALE_DIR, languages=chain, fallback=True)
        _catalogues[code] = found
    return found


def N_(key: str) -> str:  # noqa: N802 - gettext's name for "mark, translate later"
    """Mark a message id in a table for extraction; :func:`t` translates it where it is shown."""
    return key


def t(key: str, /, lang: str | None = None, **values: object) -> str:
    """The message ``key`` in the current language (or ``lang``), with ``values`` filled in."""
    text = catalogue(lang).gettext(key)
    return text.format(**values) if values else text


def tn(key: str, n: int, /, lang: str | None = None, **values: object) -> str:
    """The counted message ``key`` in the plural form for ``n``; ``{n}`` is filled in too."""
    text = catalogue(lang).ngettext(key, key, n)
    return text.format(n=n, **values)


def help_text(english: str, lang: str | None = None) -> str:
    """A help text or one of Click's own words, looked up by its English text."""
    if not english:
        return english
    return catalogue(lang).gettext(english)


def help_plural(singular: str, plural: str, n: int, lang: str | None = None) -> str:
    """Click's counted words (``ngettext`` by English text)."""
    return catalogue(lang).ngettext(singular, plural, n)
