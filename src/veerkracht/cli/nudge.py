"""veerkracht nudge: one line for the shell's start-up file, at most once a day."""

from __future__ import annotations

import typer

from veerkracht.cli import common
from veerkracht.cli.groups import command
from veerkracht.flows import rhythm

app = command()


@app.command()
def nudge() -> None:
    """Say once a day, in a new shell, that nothing is logged yet today.

    Silent when today is logged, when the journal is missing or encrypted, when it already
    spoke today, and when its output is not a terminal; it never fails. The console script
    answers it without loading the rest of veerkracht (faster than an empty Typer app).
    Example (bash or zsh start-up file): [[ $- == *i* ]] && veerkracht nudge
    """
    if not rhythm.speaks():
        return
    try:
        line = rhythm.nudge_line(rhythm.journal_path(common.context().journal), common.today())
    except rhythm.QUIET:
        return
    if line is not None:
        typer.echo(line)
