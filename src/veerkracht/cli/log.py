"""veerkracht log: the daily 30-second check-in."""

from __future__ import annotations

import sys
from datetime import timedelta
from typing import Annotated, Optional

import typer

from veerkracht.cli import common
from veerkracht.cli.conversation import ask_fitted as ask  # long questions wrapped between words
from veerkracht.cli.conversation import fresh_line
from veerkracht.cli.editor import edit_text
from veerkracht.cli.groups import command
from veerkracht.domain.dates import format_day, parse_past_day
from veerkracht.domain.models import EntryIn, validate
from veerkracht.domain.rules import NOTE_WORDS, TEXT_LIMIT, energy_value, tag_value, text_value
from veerkracht.domain.text import printable
from veerkracht.errors import ExitCode, InvalidValue, VeerkrachtError
from veerkracht.i18n import t, tn, words
from veerkracht.store import actions, entries, ids

app = command()


@app.command(context_settings={"ignore_unknown_options": True})
def log(
    energy: Annotated[
        Optional[str],
        typer.Argument(
            metavar="ENERGY", help="Energy 0–10 (0 = empty, 10 = full), or 'note' for a note without energy.",
            show_default=False,
        ),
    ] = None,
    reflection: Annotated[
        Optional[str],
        typer.Argument(metavar="REFLECTION", help="What stood out; '-' reads it from standard input.", show_default=False),
    ] = None,
    win: Annotated[Optional[str], typer.Option("--win", "-w", metavar="TEXT", help="One win, however small.")] = None,
    tag: Annotated[
        Optional[list[str]], typer.Option("--tag", "-t", metavar="TAG", help="A tag; repeat for more.")
    ] = None,
    day: Annotated[
        Optional[str],
        typer.Option("--date", "-d", metavar="DATE", help="The day: today (default), yesterday, fri, 2026-11-20, '3 days ago'."),
    ] = None,
    private: Annotated[
        Optional[bool],
        typer.Option("--private/--public", help="Keep out of exports (default: the private setting)."),
    ] = None,
    edit: Annotated[bool, typer.Option("--edit", "-e", help="Write the reflection in $EDITOR.")] = False,
) -> None:
    """Log today's energy and a reflection.

    On a terminal, what you leave out is asked. Several entries a day are fine; reports use
    the day's mean.

    \b
    Examples: veerkracht log 7 "Good talk with the team" -t team --win "Shipped the plan"
              veerkracht log 4 - < notes.txt        veerkracht log note "Read about sprints"
    """
    _refuse_unknown_option(energy)
    when = parse_past_day(day, common.today()) if day else common.today()
    note = energy is not None and energy.strip().lower() in NOTE_WORDS
    if energy is not None and not note:
        if reflection is None and _looks_like_text(energy):  # `log "Had a great day"`
            raise InvalidValue(t("core.text_for_energy", text=printable(energy.strip())))
        _parse_energy(energy)  # a bad score fails before anything is asked or opened
    _check_early(tag, win)
    common.require(energy, t("core.what_energy"), t("core.how_energy"))
    # An existing journal is opened before anything is asked or edited, so a passphrase
    # (encrypted journal) or an unusable file comes up before the user's words, not after;
    # a new one is created only once there is something to store.
    journal = common.open_journal(write=True) if common.journal_path().exists() else None
    reflection = _read_stdin() if reflection == "-" else reflection
    if edit:
        reflection = edit_text(reflection or "", common.journal_path())
    interrupted = False
    if energy is None:
        recent = entries.recent_tags(journal, common.today() - timedelta(days=30)) if journal else []
        energy, reflection, win, asked, interrupted = _ask_missing(reflection, win, None if tag else recent)
        tag = tag or asked
        if interrupted and energy is None and not reflection and not win:
            raise VeerkrachtError(t("core.interrupted_log"), code=ExitCode.INTERRUPTED)

    # Validated before a new journal is created: a refused entry leaves no file behind.
    entry = validate(EntryIn, day=when, energy=None if note else energy, reflection=reflection,
                     win=win, tags=tag or [], private=bool(private))
    journal = journal or common.open_journal(write=True)
    with journal:
        if private is None and journal.setting("private") == "yes":
            entry = entry.model_copy(update={"private": True})
        entry_id = entries.add(journal, entry)
        handle = ids.handles(journal, "entries", [entry_id])[entry_id]
        due = actions.due_by(journal, common.today())
    score = (
        t("core.logged_note") if entry.energy is None else t("core.logged_energy", energy=entry.energy)
    )
    common.say(t("core.logged", day=format_day(when), energy=score, handle=handle), style="green")
    if interrupted:
        raise VeerkrachtError(t("core.interrupted_log_kept", handle=handle), code=ExitCode.INTERRUPTED)
    if due:  # commitments waiting: one line, so the check-in stays a 30-second habit
        common.say(tn("cycle.actions_due", due))


def _ask_missing(reflection: Optional[str], win: Optional[str], recent: Optional[list[str]]) -> tuple:
    """Ask energy, then reflection, win and tags where missing; Ctrl-C keeps what was answered.

    ``recent`` are the tags to suggest (None: tags were given, so none are asked).
    Returns ``(energy, reflection, win, tags, interrupted)``.
    """
    energy, tags = None, []
    try:
        energy = ask(t("core.prompt_energy"), _parse_energy)
        if reflection is None:
            reflection = ask(t("core.prompt_reflection"), str)
        if win is None:
            win = ask(t("core.prompt_win"), str)
        if recent is not None:
            question = (t("core.prompt_tags_recent", tags=", ".join(recent)) if recent
                        else t("core.prompt_tags"))
            tags = ask(question, _parse_tags)
    except (KeyboardInterrupt, typer.Abort):
        fresh_line()  # "Logged for …" comes next, not beside the "^C"
        return energy, reflection, win, tags, True
    return energy, reflection, win, tags, False


def _parse_tags(answer: str) -> list[str]:
    """Tags typed at the prompt, with commas or spaces between them; each a valid tag."""
    tags: list[str] = []
    for word in answer.replace(",", " ").split():
        try:
            tag = tag_value(word)
        except ValueError as error:
            raise InvalidValue(t(words.FIELD["tags"]) + f": {error}") from None
        if tag not in tags:
            tags.append(tag)
    return tags


def _looks_like_text(value: str) -> bool:
    """Words where the energy belongs: a space and a letter, like "Had a great day"."""
    text = value.strip()
    return " " in text and any(char.isalpha() for char in text)


def _parse_energy(answer: str) -> str | None:
    try:
        return None if energy_value(answer) is None else answer
    except ValueError as error:
        raise InvalidValue(t(words.FIELD["energy"]) + f": {error}") from None


def _check_early(tags: Optional[list[str]], win: Optional[str]) -> None:
    """Tags and the win given as options are checked before anything is asked."""
    for name, check, values in (("tags", tag_value, tags or []), ("win", text_value, [win])):
        for value in values:
            try:
                check(value)
            except ValueError as error:
                raise InvalidValue(t(words.FIELD[name]) + f": {error}") from None


def _refuse_unknown_option(energy: Optional[str]) -> None:
    """Unknown options arrive as arguments, so that ``log -1`` can say what is wrong with -1.

    Only the energy is checked: a reflection may well start with '-' ("- a list").
    """
    if energy and energy.startswith("-") and energy != "-" and not energy.lstrip("-").isdigit():
        raise InvalidValue(t("core.unknown_option", option=energy))


def _read_stdin() -> str:
    """The reflection from standard input, read no further than it can be long: a stream
    without end (``< /dev/zero``) is refused after that, not read into memory."""
    from veerkracht.db import files  # lazy: only `log -` reads standard input

    limit = TEXT_LIMIT * 4 + 1  # UTF-8 needs at most 4 bytes a character; "\n" at the end
    stream = getattr(sys.stdin, "buffer", None)
    try:
        if stream is not None:
            raw = files.read_stream(stream, limit)
            # As sys.stdin's text mode does on POSIX: line ends kept as they came, bytes that
            # do not decode kept for the UTF-8 rule to name.
            text = raw.decode(sys.stdin.encoding or "utf-8", "surrogateescape")
        else:  # a text-only stream (no bytes underneath): bounded in characters instead
            text = sys.stdin.read(TEXT_LIMIT + 1)
            if len(text) > TEXT_LIMIT:
                raise files.TooLarge(TEXT_LIMIT)
    except files.TooLarge:
        raise InvalidValue(t("core.stdin_too_long", limit=TEXT_LIMIT)) from None
    if not text.strip():
        raise InvalidValue(t("core.stdin_empty"))
    return text.rstrip("\n")
