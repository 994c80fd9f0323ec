"""veerkracht (no command): a short status of today."""

from __future__ import annotations

from veerkracht.cli import common
from veerkracht.dates import format_day
from veerkracht.messages import t


def show() -> None:
    """Today's entries, or an invitation to log."""
    from rich.text import Text

    from veerkracht.store import entries

    today = common.today()
    with common.open_journal(write=False) as journal:
        todays = entries.on_day(journal, today)
    out = common.console()
    out.print(Text(t("core.status_today", day=format_day(today)), style="bold"))
    if not todays:
        out.print(Text(t("core.status_nothing")))
    for entry in todays:
        line = Text("  • ")
        if entry["energy"] is not None:
            line.append(t("core.status_entry", energy=entry["energy"]), style="bold")
        else:
            line.append(t("core.note_no_energy"), style="dim")
        text = entry["reflection"] or entry["win"] or ""
        if text:
            line.append(" — " + text.splitlines()[0])
        out.print(line)
