"""How cycles look: the list, one cycle in full, the one-screen summary, and JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING

from veerkracht.cli import common
from veerkracht.domain.dates import format_day
from veerkracht.i18n import current, t
from veerkracht.domain.rules import PHASES
from veerkracht.domain import catalogue

if TYPE_CHECKING:
    from rich.table import Table

    from veerkracht.db.journal import Journal
    from veerkracht.store.cycles import Progress


def _day(stamp: str | None) -> str:
    from veerkracht.clock import day_of

    return format_day(day_of(stamp)) if stamp else "—"


def table(rows: list[dict], handles: dict[str, str]) -> Table:
    from rich.table import Table

    grid = Table(title=t("cycle.list_title"), title_justify="left")
    for key in ("col_id", "col_started", "col_status", "col_answers", "col_commitments"):
        grid.add_column(t(f"cycle.{key}"), no_wrap=key in ("col_id", "col_started"))
    for row in rows:
        grid.add_row(
            handles[row["id"]],
            _day(row["started_at"]),
            t(f"cycle.status_{row['status']}"),
            str(row["answers"]),
            str(row["commitments"]),
        )
    return grid


def as_dict(state: Progress) -> dict:
    """One cycle as JSON: English keys whatever the language of the text."""
    cycle = state.cycle
    balance = state.answers.get(catalogue.BALANCE.id)
    return {
        "id": cycle["id"],
        "started_at": cycle["started_at"],
        "completed_at": cycle["completed_at"],
        "status": cycle["status"],
        "lang": cycle["lang"],
        "answers": [
            {
                "phase": row["phase"],
                "pillar": row["pillar"],
                "prompt_id": pid,
                "prompt": catalogue.text_of(pid, cycle["lang"]),
                "text": row["text"],
                "score": row["score"],
            }
            for pid, row in state.answers.items()
        ],
        "value_checks": [
            {"value_id": vid, "value": row["name"], "alignment": row["alignment"]}
            for vid, row in state.checks.items()
        ],
        "care_challenge": balance["score"] if balance else None,
        "commitments": [
            {"id": row["id"], "text": row["text"], "due": row["due"], "status": row["status"]}
            for row in state.commitments
        ],
    }


def detail(journal: Journal, state: Progress) -> None:
    """A cycle in full: every answer under its phase and prompt."""
    _render(journal, state, full=True)


def summary(journal: Journal, state: Progress) -> None:
    """The one-screen recap at the end of a cycle: an answer per line."""
    _render(journal, state, full=False)


def _render(journal: Journal, state: Progress, *, full: bool) -> None:
    from rich.text import Text

    from veerkracht.flows.cycle import balance_label, phase_lines
    from veerkracht.store import ids

    out = common.console()
    handle = ids.handles(journal, "cycles", [state.cycle["id"]])[state.cycle["id"]]
    out.print()
    out.print(Text(t("cycle.show_title", handle=handle, day=_day(state.cycle["started_at"]),
                     status=t(f"cycle.status_{state.cycle['status']}")), style="bold"))
    for number, phase in enumerate(PHASES, 1):
        out.print(Text(t("cycle.heading", number=number, title=t(f"cycle.phase_{phase}")),
                       style="bold"))
        if not full:
            for line in phase_lines(state, phase, width=out.width - 6) or [t("cycle.recap_none")]:
                out.print(Text("  • " + line))
            continue
        shown = False
        for pid, row in state.answers.items():
            if row["phase"] != phase:
                continue
            shown = True
            out.print(_indent(Text(catalogue.text_of(pid, current()), style="dim"), 2))
            body = balance_label(row["score"]) if row["score"] is not None else row["text"]
            out.print(_indent(Text(body), 4))
        if phase == "verdiepen":
            for row in state.checks.values():
                shown = True
                out.print(Text("  " + t("cycle.recap_value", value=row["name"], score=row["alignment"])))
        if phase == "versnellen":
            shown = _commitments(out, state) or shown
        if not shown:
            out.print(Text("  " + t("cycle.recap_none"), style="dim"))


def _commitments(out, state: Progress) -> bool:  # type: ignore[no-untyped-def]
    from datetime import date

    from rich.text import Text

    for row in state.commitments:
        line = Text("  " + t("cycle.recap_commitment", text=row["text"]))
        if row["due"]:
            due = format_day(date.fromisoformat(row["due"]))
            line.append("  " + t("cycle.due_on", day=due), style="dim")
        if row["status"] != "open":
            line.append(f"  ({t('cycle.action_' + row['status'])})", style="dim")
        out.print(line)
    return bool(state.commitments)


def _indent(text, level: int):  # type: ignore[no-untyped-def]
    """Text whose wrapped lines keep their indent (without padding them to the full width)."""
    import textwrap

    width = max(20, common.console().width - 1)
    pad = " " * level
    wrapped = "\n".join(
        textwrap.fill(line, width, initial_indent=pad, subsequent_indent=pad) or pad
        for line in text.plain.splitlines() or [""]
    )
    return type(text)(wrapped, style=text.style)
