"""How cycles look: the list, one cycle in full, the one-screen summary, and the recap lines.

User text always goes into ``rich.text.Text`` objects, so an answer that says ``[bold]`` is
printed as typed. Everything drawn here is given by the caller (a cycle's progress as the
store reads it, its handle, the width to wrap to).
"""

from __future__ import annotations

import textwrap
from datetime import date
from typing import Protocol

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from veerkracht.clock import day_of
from veerkracht.domain import catalogue
from veerkracht.domain.dates import format_day
from veerkracht.domain.vocabulary import PHASES
from veerkracht.i18n import current, t, words
from veerkracht.render.fit import FitTable, day_forms, hanging


class CycleState(Protocol):
    """What a cycle holds so far (``store.cycles.Progress``): the parts drawn here."""

    cycle: dict
    answers: dict[str, dict]  # prompt id → answer row
    checks: dict[str, dict]  # value id → check row
    commitments: list[dict]


def balance_label(score: int) -> str:
    """``−1 (leaning to care)``, with a typographic minus."""
    number = f"+{score}" if score > 0 else str(score).replace("-", "−")
    return f"{number} ({t(words.BALANCE[score])})"


def phase_lines(state: CycleState, phase: str, width: int = 72) -> list[str]:
    """What was said in one phase, a line per answer, check or commitment."""
    rows = [row for row in state.answers.values() if row["phase"] == phase]
    lines = [_short(row["text"], width) for row in rows if row["text"]]
    if phase == "verdiepen":
        lines += [t("cycle.recap_value", value=row["name"], score=row["alignment"])
                  for row in state.checks.values()]
    lines += [t("cycle.recap_balance", balance=balance_label(row["score"]))
              for row in rows if row["score"] is not None]
    if phase == "versnellen":
        for row in state.commitments:
            due = row.get("due")
            when = " (" + t("cycle.due_on", day=format_day(date.fromisoformat(due))) + ")" if due else ""
            lines.append(t("cycle.recap_commitment", text=_short(row["text"], width - 24)) + when)
    return lines


def _short(text: str, width: int) -> str:
    first = " ".join(text.split())
    return first if len(first) <= width else first[: width - 1].rstrip() + "…"


def _day(stamp: str | None) -> str:
    return format_day(day_of(stamp)) if stamp else "—"


def table(rows: list[dict], handles: dict[str, str], width: int) -> Table:
    """``cycle list``: one row per cycle, laid out for ``width`` (render/fit.py)."""
    grid = FitTable(t("cycle.list_title"))
    grid.key(t(words.CYCLE_COLUMN["col_id"]))
    grid.side(t(words.CYCLE_COLUMN["col_started"]))
    grid.side(t(words.CYCLE_COLUMN["col_status"]))
    grid.side(t(words.CYCLE_COLUMN["col_answers"]), justify="right")
    grid.side(t(words.CYCLE_COLUMN["col_commitments"]), justify="right")
    for row in rows:
        grid.add_row(
            handles[row["id"]],
            day_forms(day_of(row["started_at"])) if row["started_at"] else "—",
            t(words.CYCLE_STATUS[row['status']]),
            str(row["answers"]),
            str(row["commitments"]),
        )
    return grid.table(width)


def detail(state: CycleState, handle: str, width: int) -> Group:
    """A cycle in full: every answer under its phase and prompt, wrapped to ``width``."""
    return Group(*_title(state, handle), *_phases(state, width, full=True))


def summary(state: CycleState, handle: str, width: int) -> Group:
    """The one-screen recap at the end of a cycle: an answer per line."""
    return Group(*_title(state, handle), *_phases(state, width, full=False))


def _title(state: CycleState, handle: str) -> list[Text]:
    cycle = state.cycle
    return [Text(""), Text(t("cycle.show_title", handle=handle, day=_day(cycle["started_at"]),
                             status=t(words.CYCLE_STATUS[cycle['status']])), style="bold")]


def _phases(state: CycleState, width: int, *, full: bool) -> list[RenderableType]:
    lines: list[RenderableType] = []
    for number, phase in enumerate(PHASES, 1):
        lines.append(Text(t("cycle.heading", number=number, title=t(words.PHASE[phase])),
                          style="bold"))
        if full:
            lines += _in_full(state, phase, width) or [Text("  " + t("cycle.recap_none"), style="dim")]
        else:
            said = phase_lines(state, phase, width=width - 6) or [t("cycle.recap_none")]
            lines += [Text("  • " + line) for line in said]
    return lines


def _in_full(state: CycleState, phase: str, width: int) -> list[RenderableType]:
    lines: list[RenderableType] = []
    for pid, row in state.answers.items():
        if row["phase"] != phase:
            continue
        lines.append(_indent(catalogue.text_of(pid, current()), 2, width, style="dim"))
        body = balance_label(row["score"]) if row["score"] is not None else row["text"]
        lines.append(_indent(body, 4, width))
    if phase == "verdiepen":
        lines += [Text("  " + t("cycle.recap_value", value=row["name"], score=row["alignment"]))
                  for row in state.checks.values()]
    if phase == "versnellen":
        lines += [_commitment(row) for row in state.commitments]
    return lines


def _commitment(row: dict) -> RenderableType:
    line = Text(t("cycle.recap_commitment", text=row["text"]))
    if row["due"]:
        line.append("  " + t("cycle.due_on", day=format_day(date.fromisoformat(row["due"]))), style="dim")
    if row["status"] != "open":
        line.append(f"  ({t(words.ACTION_STATUS[row['status']])})", style="dim")
    lead = len(line.plain) - len(line.plain.lstrip("→ "))  # a long one wraps under its text
    return hanging(Text("  ") + line[:lead], line[lead:])


def _indent(text: str, level: int, width: int, style: str = "") -> Text:
    """Text whose wrapped lines keep their indent (without padding them to the full width)."""
    width = max(20, width - 1)
    pad = " " * level
    wrapped = "\n".join(
        textwrap.fill(line, width, initial_indent=pad, subsequent_indent=pad) or pad
        for line in text.splitlines() or [""]
    )
    return Text(wrapped, style=style)
