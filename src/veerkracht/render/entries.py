"""Entries as Rich tables and panels; user text always as plain Text, never markup."""

from __future__ import annotations

from datetime import date

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from veerkracht.clock import time_of
from veerkracht.domain.dates import format_day
from veerkracht.i18n import N_, t
from veerkracht.render.fit import FitTable, Forms, day_forms, flowing

BAR = "▮"


def energy_text(energy: int | None, *, bar: bool = True) -> Text:
    """Energy as a number and a small bar (or the number alone); a note shows a dash."""
    if energy is None:
        return Text("–", style="dim")
    style = "red" if energy <= 3 else "yellow" if energy <= 6 else "green"
    if not bar:
        return Text(f"{energy:>2}", style=f"bold {style}")
    return Text(f"{energy:>2} ", style="bold").append(BAR * energy, style=style)


def first_line(text: str | None, width: int = 200) -> str:
    if not text:
        return ""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= width else line[: width - 1] + "…"


def table(rows: list[dict], handles: dict[str, str], width: int) -> Table:
    """The entries list, laid out for ``width`` (render/fit.py): the reflection keeps its room;
    the day loses its weekday, the energy its bar and the tags their line before it does."""
    grid = FitTable(t("core.entries_title"))
    grid.key(t("core.col_id"), style="cyan")
    grid.side(t("core.col_day"))
    grid.side(t("core.col_energy"))
    grid.main(t("core.col_reflection"))
    grid.side(t("core.col_tags"), drop=1)
    for row in rows:
        day = date.fromisoformat(row["day"])
        reflection = Text(first_line(row["reflection"] or row["win"]) or "–")
        if row["private"]:
            reflection = Text("🔒 ").append_text(reflection)
        tags = [Text(f"#{tag}", style="magenta") for tag in row["tags"]]
        grid.add_row(
            handles[row["id"]],
            day_forms(day),
            Forms(energy_text(row["energy"]), energy_text(row["energy"], bar=False)),
            reflection,
            flowing(tags),
        )
    return grid.table(width)


def panel(row: dict, handle: str) -> Panel:
    """One entry in full."""
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    facts.add_row(t("core.col_day"), format_day(date.fromisoformat(row["day"])))
    facts.add_row(t("core.col_logged_at"), f"{row['logged_at'][:10]} {time_of(row['logged_at'])}")
    facts.add_row(
        t("core.col_energy"),
        energy_text(row["energy"]) if row["energy"] is not None else Text(t("core.note_no_energy")),
    )
    if row["tags"]:
        facts.add_row(t("core.col_tags"), Text(" ".join(f"#{tag}" for tag in row["tags"])))
    facts.add_row(t("core.col_private"), t("core.yes") if row["private"] else t("core.no"))
    facts.add_row(t("core.col_id"), row["id"])
    parts: list = [facts]
    for key, label in (("reflection", N_("core.col_reflection")), ("win", N_("core.col_win"))):
        if row[key]:
            parts += [Text(""), Text(t(label), style="bold"), Text(row[key])]
    return Panel(Group(*parts), title=Text(t("core.entry_title", handle=handle)), expand=False)
