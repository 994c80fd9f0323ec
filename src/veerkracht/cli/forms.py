"""A form in $EDITOR that is opened again, with the text kept, until it reads.

Like ``git commit``: a mistake in the form (``energy: 3.5``, a line that is no field) is said
in one sentence and the user may reopen the editor on what they typed; nothing of it is lost.
When they decline (or there is no terminal to ask on), the edited text is kept in the private
editing folder beside the journal (``editor.keep``) and the next edit of the same record opens
it again; the command ends with exit code 2 and nothing written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NoReturn, TypeVar

import typer

from veerkracht.cli import common, editor
from veerkracht.errors import ExitCode, InvalidValue, VeerkrachtError
from veerkracht.i18n import t

T = TypeVar("T")


def edit_until_valid(text: str, journal: Path, parse: Callable[[str], T], *, key: str, command: str) -> T:
    """Edit ``text`` until ``parse`` accepts it; return what it made of the text.

    ``key`` names the record (``entry-<id>``) for a text kept from an earlier refusal, which is
    opened instead of ``text``; ``command`` is what the user runs to open it again. The caller
    calls :func:`editor.drop_kept` once the result is saved.
    """
    kept = editor.take_kept(journal, key)
    if kept is not None:
        common.say(t("core.edit_kept_opened", path=editor.kept_path(journal, key)))
        text = kept
    while True:
        edited = editor.edit_text(text, journal, suffix=".txt")
        try:
            return parse(edited)
        except InvalidValue as error:
            common.say(error.render(t), style="red")
            text = edited
        if not common.interactive():
            _give_up(journal, key, edited, command, ExitCode.USAGE)
        try:
            again = common.confirm(t("core.edit_reopen"), default=True)
        except (KeyboardInterrupt, typer.Abort):  # app.py starts the message on a fresh line
            _give_up(journal, key, edited, command, ExitCode.INTERRUPTED)
        if not again:
            _give_up(journal, key, edited, command, ExitCode.USAGE)


def _give_up(journal: Path, key: str, edited: str, command: str, code: ExitCode) -> NoReturn:
    path = editor.keep(journal, key, edited)
    message = t("core.edit_kept", path=path, command=command)
    if code == ExitCode.USAGE:
        raise InvalidValue(message)
    raise VeerkrachtError(message, code=code)
