"""veerkracht backup: a consistent copy of the journal."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from veerkracht.cli import common
from veerkracht.cli.groups import command
from veerkracht.clock import file_stamp
from veerkracht.db import files
from veerkracht.errors import JournalError
from veerkracht.i18n import t, tn

app = command()


@app.command()
def backup(
    dest: Annotated[
        Optional[Path],
        typer.Argument(metavar="DEST", help="File or folder for the copy (default: backups/ beside the journal).", show_default=False),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace DEST when it is an existing file.")] = False,
) -> None:
    """Copy the journal safely, even while another veerkracht is writing.

    Uses SQLite's backup API, so the copy is a consistent journal of its own (mode 0600),
    given its name only once complete. An existing file is replaced only with --force; in a
    folder, a name already taken gets a number (-2, -3, ...).
    Example: veerkracht backup ~/Dropbox/veerkracht/
    """
    path = common.journal_path()
    if not path.exists():
        raise JournalError(t("core.backup_no_journal", path=path))
    stamp = file_stamp()
    name = f"{path.stem}-{stamp}.db"
    target = (path.parent / "backups" / name) if dest is None else dest.expanduser()
    numbered = dest is None or target.is_dir()  # a name of our own, never the user's file
    if target.is_dir():
        target = target / name
    elif not numbered:
        files.check_destination(target, force=force)  # refused before a passphrase is asked
    with common.open_journal(write=False) as journal:
        target = journal.backup_to(target, force=force, numbered=numbered)
        count = int(journal.scalar("SELECT count(*) FROM entries"))
    common.say(tn("core.backup_done", count, path=target), style="green")
