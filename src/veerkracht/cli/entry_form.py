"""Changing an entry: from command-line options, or as a small form in $EDITOR."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from veerkracht.cli.forms import edit_until_valid
from veerkracht.domain.dates import parse_past_day
from veerkracht.domain.models import EntryIn, validate
from veerkracht.domain.rules import NOTE_WORDS
from veerkracht.errors import InvalidValue
from veerkracht.i18n import t, words

_REFLECTION_MARK = "--- reflection ---"


def apply_options(current: EntryIn, given: dict, today: date) -> EntryIn:
    """``current`` with the options the user gave, validated as a whole."""
    values = current.model_dump()
    for key, value in given.items():
        if key == "day":
            value = parse_past_day(value, today)
        elif key == "energy" and value.strip().lower() in NOTE_WORDS:
            value = None
        values[key] = value
    return validate(EntryIn, **values)


def edit_in_editor(current: EntryIn, today: date, journal: Path, *, key: str, command: str) -> EntryIn:
    """Open the entry as ``field: value`` lines plus the reflection; read it back.

    ``journal``: the journal's path (the text is edited in a private folder beside it). A form
    with a mistake is said and may be reopened with the text kept (``forms.edit_until_valid``;
    ``key`` and ``command`` as there).
    """
    return edit_until_valid(
        render_form(current), journal, lambda text: parse_form(text, today), key=key, command=command
    )


def render_form(entry: EntryIn) -> str:
    lines = [f"# {line}" for line in t("core.edit_help").splitlines()]
    lines += [
        f"date: {entry.day.isoformat()}",
        f"energy: {'' if entry.energy is None else entry.energy}",
        f"win: {(entry.win or '').replace(chr(10), ' ')}",
        f"tags: {' '.join(entry.tags)}",
        f"private: {'yes' if entry.private else 'no'}",
        _REFLECTION_MARK,
        entry.reflection or "",
    ]
    return "\n".join(lines)


def parse_form(text: str, today: date) -> EntryIn:
    """The form back into a validated entry (one sentence on any mistake)."""
    head, mark, reflection = text.partition(_REFLECTION_MARK + "\n")
    if not mark:
        head, _, reflection = text.partition(_REFLECTION_MARK)
    values: dict = {"reflection": reflection.rstrip("\n")}
    for number, line in enumerate(head.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, colon, value = line.partition(":")
        if not colon or key.strip() not in ("date", "energy", "win", "tags", "private"):
            raise InvalidValue(t("core.edit_bad_line", line=number))
        values[key.strip()] = value.strip()
    day = parse_past_day(values.pop("date", today.isoformat()) or today.isoformat(), today)
    private = values.pop("private", "no").lower()
    if private not in ("yes", "no", "ja", "nee"):
        raise InvalidValue(t(words.FIELD["private"]) + ": " + t("core.rule_bool"))
    tags = values.pop("tags", "").replace(",", " ").split()
    return validate(EntryIn, day=day, tags=tags, private=private in ("yes", "ja"), **values)
