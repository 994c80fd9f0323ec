"""What every command shares: the run's Context, the journal, messages, JSON, prompting."""

from __future__ import annotations

import errno
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from veerkracht.context import Context
from veerkracht.db import passphrases
from veerkracht.domain.rules import yes_no
from veerkracht.domain.text import json_for_terminal, printable
from veerkracht.errors import InvalidValue, JournalError
from veerkracht.i18n import t

if TYPE_CHECKING:
    from rich.console import Console

    from veerkracht.db.journal import Journal


def context() -> Context:
    """This run's Context, made by the root command (a fresh one outside a run)."""
    return Context.of_this_run()


def journal_path() -> Path:
    """Where the journal is: ``--journal``, then VEERKRACHT_JOURNAL, then the data folder.

    ``~`` is expanded and links are followed, so every command (encrypt's swap included)
    works on the real file.
    """
    chosen = context().journal
    if chosen is not None:
        path = chosen
    elif os.environ.get("VEERKRACHT_JOURNAL"):
        path = Path(os.environ["VEERKRACHT_JOURNAL"])
    else:
        # lazy: --help imports every command module, and only opening a journal needs db
        from veerkracht.db.journal import default_path

        path = default_path()
    try:
        resolved = path.expanduser().resolve()
        os.stat(resolved)  # a name too long, a folder on the way we may not enter: said here
    except FileNotFoundError:
        pass  # a journal yet to be made
    except (OSError, RuntimeError) as error:  # RuntimeError: a loop of links (Python < 3.13)
        reason = error.strerror if isinstance(error, OSError) else os.strerror(errno.ELOOP)
        raise JournalError.of("core.journal_unreachable", path=path, reason=reason) from None
    return resolved


def open_journal(*, write: bool) -> Journal:
    """Open the journal and let its stored language apply where nothing else says."""
    # lazy: --help imports every command module, and only opening a journal needs db
    from veerkracht.db.journal import Journal

    path = journal_path()
    _sweep_editing(path)
    made_here = write and context().typed_journal and not os.path.lexists(path)
    journal = Journal.open(path, write=write, ask=passphrase_asker())
    context().use_journal_language(journal.setting("lang"))
    # A typo in --journal must not quietly start a second journal; of two commands starting
    # the same one at once, the one that built it says so.
    if made_here and journal.created:
        say(t("core.journal_created", path=path))
    if journal.migration_backup is not None:
        say(t("core.migration_backup", path=journal.migration_backup))
    return journal


def _sweep_editing(journal: Path) -> None:
    """Remove texts a killed `log -e` left beside the journal (see cli/editor.py)."""
    if journal.with_name(f".{journal.name}.editing").exists():  # editor.folder_for, unloaded
        # lazy: the editor module is needed only when a killed edit left something behind
        from veerkracht.cli import editor

        editor.sweep(journal)


def today() -> date:
    """The user's local date, from the clock (VEERKRACHT_TODAY fixes it, for tests and demos)."""
    return context().today()


def interactive() -> bool:
    """Whether missing values may be asked for (see ``Context.interactive``)."""
    return context().interactive()


def console(stderr: bool = False) -> Console:
    """This run's Rich console for data (stdout) or messages (stderr), printing no control
    characters but Rich's own (``render.terminal``)."""
    # lazy: one-line commands (log) never load Rich
    from veerkracht.render.terminal import guard

    return guard(context().console(stderr))


# Rich's simple style words as SGR codes; a word not listed here is left out, never an error.
_ANSI = {
    "bold": "1", "dim": "2", "italic": "3", "underline": "4", "reverse": "7",
    "black": "30", "red": "31", "green": "32", "yellow": "33",
    "blue": "34", "magenta": "35", "cyan": "36", "white": "37",
}


def say(message: str, style: str | None = None) -> None:
    """A message for the user on stderr, as typed (never markup).

    Plain text with at most one colour, following Rich's rules (colour only on a terminal,
    NO_COLOR honoured, FORCE_COLOR forces it), without importing Rich for one line. Control
    characters are removed first: a message may quote what the user typed or stored. On a
    terminal it is wrapped between words (a terminal folds a long line inside a word);
    elsewhere each message stays one line, for scripts and logs.
    """
    message = printable(message)
    stream = sys.stderr
    if _is_terminal(stream):
        message = wrapped(message, columns())
    codes = ";".join(_ANSI[word] for word in (style or "").split() if word in _ANSI)
    if codes and _colour(stream):
        message = f"\x1b[{codes}m{message}\x1b[0m"
    stream.write(message + "\n")
    stream.flush()


def wrapped(message: str, width: int) -> str:
    """``message`` with each of its lines broken between words to fit ``width`` columns; a word
    longer than the line (a path) stays whole."""
    import textwrap  # lazy: only a terminal's messages are wrapped

    return "\n".join(
        "\n".join(textwrap.wrap(line, max(20, width - 1), break_long_words=False,
                                break_on_hyphens=False, subsequent_indent=_indent(line)) or [""])
        for line in message.split("\n")
    )


def _indent(line: str) -> str:
    """A wrapped line continues under the text of its first line ("  • …" under the text)."""
    stripped = line.lstrip()
    lead = len(line) - len(stripped)
    bullet = 2 if stripped[:2] in ("• ", "- ", "· ") else 0
    return " " * (lead + bullet)


def columns() -> int:
    """The terminal's width for messages and questions: COLUMNS, else the terminal that stderr,
    stdin or stdout is (as Rich looks), else 80. ``shutil.get_terminal_size`` asks stdout only,
    so with stdout in a pipe or a file (``veerkracht report | less``) it said 80 on any terminal."""
    try:
        chosen = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        chosen = 0
    if chosen > 0:
        return chosen
    for stream in (sys.stderr, sys.stdin, sys.stdout):
        try:
            return os.get_terminal_size(stream.fileno()).columns or 80
        except (AttributeError, ValueError, OSError):
            continue
    return 80


def _is_terminal(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _colour(stream: object) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


def write_json(data: object) -> None:
    """Only JSON on stdout, UTF-8, keys as given."""
    sys.stdout.write(json_for_terminal(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")
    sys.stdout.flush()


def require(value: object, what: str, how: str) -> None:
    """Fail at once when a required value is missing and there is no terminal to ask on."""
    if value is None and not interactive():
        raise InvalidValue(t("core.no_terminal", what=what, how=how))


def confirm(question: str, default: bool = False) -> bool:
    """A yes/no question, asked until answered: y/yes/j/ja or n/no/nee in either language,
    Enter for ``default``; its choices shown as the language writes them ("[J/n]")."""
    choices = t("core.choices_default_yes") if default else t("core.choices_default_no")
    question = printable(question)
    if _is_terminal(sys.stderr) and len(question) + len(choices) + 12 > columns():
        say(question)  # wrapped between words; the choices are asked on a line of their own
        question = "›"
    while True:
        answer = typer.prompt(question + " " + choices, default="", show_default=False,
                              err=True, prompt_suffix=" ")
        try:
            return yes_no(answer, default)
        except InvalidValue as error:
            say(error.render(t), style="red")


# -- passphrases of encrypted journals ------------------------------------------------------


def passphrase_asker() -> passphrases.Asker | None:
    """Who may be asked for a journal's passphrase: the terminal, or nobody (no terminal)."""
    return ask_passphrase if interactive() else None


def ask_passphrase(path: Path) -> str:
    """The passphrase of the journal at ``path``, typed hidden on the terminal."""
    return _hidden(t("crypt.prompt_passphrase", path=path))


def new_passphrase(env: str) -> str:
    """A new passphrase: from the environment variable ``env``, or typed twice on a terminal."""
    value = os.environ.get(env)
    if value:
        return passphrases.check(value)
    if not interactive():
        raise InvalidValue(t("crypt.no_terminal_new", env=env))
    while True:
        first = _hidden(t("crypt.prompt_new"))
        try:
            passphrases.check(first)
        except InvalidValue as error:
            say(error.render(t), style="red")
            continue
        if _hidden(t("crypt.prompt_repeat")) == first:
            return first
        say(t("crypt.mismatch"), style="red")


def _hidden(question: str) -> str:
    return typer.prompt(printable(question), hide_input=True, err=True)
