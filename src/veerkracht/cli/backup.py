"""veerkracht backup: a consistent copy of the journal."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from veerkracht.cli import common
from veerkracht.cli.groups import command
from veerkracht.clock import file_stamp
from veerkracht.errors import JournalError
from veerkracht.i18n import t

app = command()


@app.command()
def backup(
    dest: Annotated[
        Optional[Path],
        typer.Argument(help="File or folder for the copy (default: backups/ beside the journal).", show_default=False),
    ] = None,
) -> None:
    """Copy the journal safely, even while another veerkracht is writing.

    Uses SQLite's backup API, so the copy is a consistent journal of its own (mode 0600).
    Example: veerkracht backup ~/Dropbox/veerkracht/
    """
    path = common.journal_path()
    if not path.exists():
        raise JournalError(t("core.backup_no_journal", path=path))
    stamp = file_stamp()
    name = f"{path.stem}-{stamp}.db"
    target = (path.parent / "backups" / name) if dest is None else dest.expanduser()
    if target.is_dir():
        target = target / name
    with common.open_journal(write=False) as journal:
        journal.backup_to(target)
        count = int(journal.scalar("SELECT count(*) FROM entries"))
    common.say(t("core.backup_done", count=count, path=target), style="green")
