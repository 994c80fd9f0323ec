"""The rules every value must keep, as plain functions (no pydantic, cheap to import).

Each raises ``ValueError`` with a sentence from the message catalogue. The pydantic models in
``models.py`` are built from these; reading commands use them without loading pydantic. The
sets of codes a value may take are in ``vocabulary.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime

from veerkracht.clock import FIRST_DAY
from veerkracht.errors import InvalidValue
from veerkracht.i18n import LANGUAGES, N_, t

TEXT_LIMIT = 100_000
SHORT_TEXT = 500
_TAG = re.compile(r"[^\W][\w-]{0,39}", re.UNICODE)
# Numbers are written with the digits 0–9 only, in every field (the one rule): int() and
# the regex class \d would also take other scripts' digits, such as Arabic-Indic ٧.
_WHOLE = re.compile(r"[+-]?[0-9]{1,18}")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Given where an energy score goes, these words make an entry a note without one.
NOTE_WORDS = ("note", "notitie")
# A yes or a no in either language, whatever the language of the moment.
_YES = {"y", "yes", "j", "ja"}
_NO = {"n", "no", "nee"}


def yes_no(text: str, default: bool | None = None) -> bool:
    """y/yes/j/ja or n/no/nee; an empty answer is ``default`` when there is one."""
    value = " ".join(text.strip().lower().split())
    if not value and default is not None:
        return default
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise InvalidValue(t("review.bad_yes_no", value=text))


def energy_value(value: object) -> int | None:
    """An energy score 0–10 from an int or its digits; ``None``/empty means a note."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and plain_digits(value.strip()):
        number = int(value.strip())
    else:
        raise ValueError(t("core.rule_energy", value=value))
    if not 0 <= number <= 10:
        raise ValueError(t("core.rule_energy", value=value))
    return number


def text_value(value: object, limit: int = TEXT_LIMIT) -> str | None:
    """Free text kept exactly as typed; empty (or only spaces) means absent."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise ValueError(t("core.rule_invalid", detail=type(value).__name__))
    if "\x00" in value:
        raise ValueError(t("core.rule_text_nul"))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # bytes that were not UTF-8 (e.g. a Latin-1 file on stdin)
        raise ValueError(t("core.rule_text_utf8")) from None
    if len(value) > limit:
        raise ValueError(t("core.rule_text_long", limit=limit))
    return value


def tag_value(value: object) -> str:
    """A tag: lower case, an optional leading '#' dropped, 1–40 word characters or '-'."""
    text = str(value).strip().lstrip("#").lower()
    if not _TAG.fullmatch(text):
        raise ValueError(t("core.rule_tag", value=value))
    return text


def choice(value: object, allowed: tuple[str, ...], rule_key: str,
           names: Mapping[str, str] | None = None) -> str:
    """One of ``allowed`` (case-insensitive), or a ValueError naming them.

    ``names`` (code → message id) gives each code its word: the word in any language is
    taken as well as the code, and the error lists the words in the user's language.
    """
    text = str(value).strip().lower()
    if text in allowed:
        return text
    if names:
        for code in allowed:
            if any(text == t(names[code], lang=lang).lower() for lang in LANGUAGES):
                return code
    shown = [t(names[code]) if names else code for code in allowed]
    raise ValueError(t(rule_key, value=value, allowed=either(shown)))


def either(items: list[str]) -> str:
    """``a, b or c`` in the user's language."""
    if len(items) < 2:
        return "".join(items)
    return t("core.list_or", items=", ".join(items[:-1]), last=items[-1])


def score(value: object, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high`` (digits in a string are fine)."""
    if isinstance(value, bool):
        raise ValueError(t("core.rule_scale", value=value, low=low, high=high))
    text = str(value).strip().replace("−", "-")  # a typographic minus, as the prompts print it
    # Plain digits only: int() would also take "1_0" and other scripts' digits.
    if not _WHOLE.fullmatch(text):
        raise ValueError(t("core.rule_scale", value=value, low=low, high=high))
    number = int(text)
    if not low <= number <= high:
        raise ValueError(t("core.rule_scale", value=value, low=low, high=high))
    return number


def plain_digits(text: str) -> bool:
    """Whether ``text`` is one or more of the digits 0–9 (see ``_WHOLE``)."""
    return text.isascii() and text.isdigit()


def whole_number(value: object) -> int:
    """A whole number written with the digits 0–9, maybe signed (also a typographic minus)."""
    text = str(value).strip().replace("−", "-")
    if isinstance(value, bool) or not _WHOLE.fullmatch(text):
        raise ValueError(t("core.rule_whole", value=value))
    return int(text)


def day_value(value: object, last: date) -> date:
    """A day from FIRST_DAY up to ``last``: a date, or ISO text such as ``2026-11-27``.

    Never a number (seconds since 1970?) or a moment with a time: a file says which day.
    """
    if isinstance(value, date) and not isinstance(value, datetime):
        day = value
    elif isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise ValueError(t("core.rule_day", value=value)) from None
    else:
        raise ValueError(t("core.rule_day", value=value))
    if not FIRST_DAY <= day <= last:
        raise ValueError(t("core.rule_day_range", day=day.isoformat(),
                           first=FIRST_DAY.isoformat(), last=last.isoformat()))
    return day


def required_text(value: object, limit: int = SHORT_TEXT) -> str:
    """Text that must be there (not only spaces), kept as typed."""
    text = text_value(value, limit)
    if text is None or not text.strip():
        raise ValueError(t("core.rule_required"))
    return text


# The settings kept in the journal: key → (allowed values, default, message key about it).
SETTINGS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "lang": (LANGUAGES, "", N_("core.config_about_lang")),
    "private": (("yes", "no"), "no", N_("core.config_about_private")),
}
# The words of a yes/no setting ("ja"/"nee" in Dutch), shown and accepted.
SETTING_WORDS = {"yes": N_("core.yes"), "no": N_("core.no")}
_SETTING_ALIASES = {"ja": "yes", "nee": "no", "true": "yes", "false": "no", "on": "yes", "off": "no"}


def setting_value(key: str, value: object) -> str:
    """A setting's value in its stored form, or a ValueError naming what is allowed."""
    if key not in SETTINGS:
        raise ValueError(t("core.config_unknown", key=key, keys=", ".join(SETTINGS)))
    text = str(value).strip().lower()
    names = SETTING_WORDS if SETTINGS[key][0] == ("yes", "no") else None
    return choice(_SETTING_ALIASES.get(text, text), SETTINGS[key][0], N_("core.rule_choice"), names)
