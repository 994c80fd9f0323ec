"""On this day: the entry and win of one month and one year ago (queries.dashboard.on_this_day)."""

from __future__ import annotations

from datetime import date

from rich.console import RenderableType
from rich.text import Text

from veerkracht.domain.dates import format_day
from veerkracht.i18n import N_, t
from veerkracht.render.fit import hanging

_WHEN = {"month": N_("core.month_ago"), "year": N_("core.year_ago")}


def memory_lines(found: list[dict]) -> list[RenderableType]:
    """Two or three lines for each day that has something: when, the energy and the text, the win
    (a long text wraps under itself, not under the bullet)."""
    lines: list[RenderableType] = []
    for memory in found:
        head = Text(t(_WHEN[memory["ago"]], day=format_day(date.fromisoformat(memory["day"]))) + ":",
                    style="bold")
        lines.append(head)
        line = Text()
        if memory["energy"] is not None:
            line.append(t("core.status_entry", energy=memory["energy"]), style="bold")
        else:
            line.append(t("core.note_no_energy"), style="dim")
        if memory["reflection"]:
            line.append(" — " + memory["reflection"].splitlines()[0])
        lines.append(hanging("  • ", line))
        if memory["win"]:
            win = t("core.memory_win", win=memory["win"].splitlines()[0])
            lines.append(hanging("    ", Text(win, style="green")))
    return lines
