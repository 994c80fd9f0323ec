"""veerkracht actions: commitments from cycles and reviews, and ones you add yourself."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Optional

import typer

from veerkracht.cli import common
from veerkracht.cli.groups import group
from veerkracht.domain.dates import format_day
from veerkracht.domain.due import parse_due
from veerkracht.errors import InvalidValue
from veerkracht.i18n import N_, t, words
from veerkracht.store import actions, ids

app = group(
    "Keep track of your commitments.\n\nExample: veerkracht actions add \"Call Sam\" --due fri",
)


@app.command("list")
def list_actions(
    include_closed: Annotated[
        bool, typer.Option("--all", help="Include done and dropped actions.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON only.")] = False,
    ics: Annotated[
        Optional[Path],
        typer.Option("--ics", metavar="FILE", help="Write your open actions with a due date and the weekly review to "
                     "this calendar file, to import into your calendar app (- for standard output)."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the --ics file if it exists.")] = False,
) -> None:
    """List open actions, soonest due first; overdue ones stand out.

    \b
    Examples: veerkracht actions --all
              veerkracht actions --ics actions.ics
    """
    if ics is not None:
        if include_closed or as_json:
            raise InvalidValue(t("ics.rule_with_list"))
        _write_calendar(ics, force)
        return
    with common.open_journal(write=False) as journal:
        rows = actions.listing(journal, include_closed=include_closed)
        handles = ids.handles(journal, "actions", [row["id"] for row in rows])
    if as_json:
        keys = ("id", "text", "due", "status", "origin", "origin_id", "created_at", "closed_at")
        common.write_json([{key: row[key] for key in keys} for row in rows])
        return
    if not rows:
        common.say(t("cycle.actions_none_all") if include_closed else t("cycle.actions_none"))
        return
    _print_table(rows, handles)


def _write_calendar(target: Path, force: bool) -> None:
    """The open actions with a due date and the weekly review, as ``.ics``: a file, or ``-``."""
    # lazy: only a calendar loads icalendar
    from veerkracht.db import files
    from veerkracht.flows.exchange.ics import commitments

    to_file = str(target) != "-"
    if to_file:
        files.check_destination(target, force=force)  # refused before any work
    with common.open_journal(write=False) as journal:
        made = commitments(journal, common.today())
    if to_file:
        files.write_bytes(target, made.data, force=force)
    else:
        sys.stdout.buffer.write(made.data)  # bytes as they are: CRLF line ends on every system
        sys.stdout.flush()
    common.say(made.summary())
    if to_file:
        common.say(t("ics.written", path=target), style="green")


_CLOSED_MARK = {"done": "✓ ", "dropped": "✗ "}


def _print_table(rows: list[dict], handles: dict[str, str]) -> None:
    # lazy: --json draws nothing and loads no Rich
    from rich.text import Text

    from veerkracht.render.fit import FitTable, stacked

    today = common.today()
    out = common.console()
    grid = FitTable(t("cycle.actions_title"))
    grid.key(t(words.CYCLE_COLUMN["col_id"]))
    grid.main(t(words.CYCLE_COLUMN["col_action"]))
    grid.side(t(words.CYCLE_COLUMN["col_due"]))
    grid.side(t(words.CYCLE_COLUMN["col_status"]), drop=1)
    grid.side(t(words.CYCLE_COLUMN["col_origin"]), drop=2)
    for row in rows:
        due = date.fromisoformat(row["due"]) if row["due"] else None
        style, mark = "", ""
        if row["status"] == "open" and due is not None and due < today:
            style, mark = "bold red", t("cycle.overdue")
        elif row["status"] == "open" and due == today:
            style, mark = "bold yellow", t("cycle.due_today")
        elif row["status"] != "open":
            style = "dim"
        grid.add_row(
            Text(handles[row["id"]], style=style),
            # ✓ done, ✗ dropped: still told apart where the status column is left out and
            # dim shows nothing (no colour)
            Text(_CLOSED_MARK.get(row["status"], "") + row["text"], style=style),
            stacked(Text(format_day(due) if due else "—", style=style), Text(mark, style=style), sep=" · "),
            Text(t(words.ACTION_STATUS[row['status']]), style=style),
            Text(t(words.ORIGIN[row['origin']]), style=style),
        )
    out.print(grid.table(out.width))


@app.command("add")
def add(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="A small, concrete step.")],
    due: Annotated[
        Optional[str], typer.Option("--due", metavar="DATE", help="When: tomorrow, fri, 2026-12-04, 'in 3 days'.")
    ] = None,
) -> None:
    """Add an action with an optional due date.

    \b
    Example: veerkracht actions add "Ask the team what made us stronger" --due "next fri"
    """
    from veerkracht.domain.models import ActionIn, validate  # lazy: list reads only and loads no pydantic

    when = parse_due(due, common.today()) if due else None
    action = validate(ActionIn, text=text, due=when)
    with common.open_journal(write=True) as journal:
        action_id = actions.add(journal, action)
        handle = ids.handles(journal, "actions", [action_id])[action_id]
    if when is None:
        common.say(t("cycle.action_added", handle=handle), style="green")
    else:
        common.say(t("cycle.action_added_due", handle=handle, day=format_day(when)), style="green")


@app.command("done")
def done(ref: Annotated[str, typer.Argument(metavar="ID", help="The action's ID, a prefix or its handle.")]) -> None:
    """Mark an action done.

    \b
    Example: veerkracht actions done 3f2a9c1e
    """
    _close(ref, "done")


@app.command("drop")
def drop(ref: Annotated[str, typer.Argument(metavar="ID", help="The action's ID, a prefix or its handle.")]) -> None:
    """Drop an action you decided not to do.

    \b
    Example: veerkracht actions drop 3f2a9c1e
    """
    _close(ref, "dropped")


def _close(ref: str, status: str) -> None:
    with common.open_journal(write=True) as journal:
        action_id = ids.resolve(journal, "actions", ref, N_("cycle.kind_action"))
        row, before = actions.close(journal, action_id, status)
    if before == status:
        common.say(t(words.ACTION_ALREADY[status], text=row["text"]))
    else:
        common.say(t(words.ACTION_NOW[status], text=row["text"]), style="green")


@app.command("edit")
def edit(
    ref: Annotated[str, typer.Argument(metavar="ID", help="The action's ID, a prefix or its handle.")],
    text: Annotated[Optional[str], typer.Option("--text", metavar="TEXT", help="The new text.")] = None,
    due: Annotated[
        Optional[str], typer.Option("--due", metavar="DATE", help="A new due date: tomorrow, fri, 2026-12-04, 'in 3 days'.")
    ] = None,
    no_due: Annotated[bool, typer.Option("--no-due", help="Remove the due date.")] = False,
) -> None:
    """Correct an action's text or due date.

    \b
    Example: veerkracht actions edit 3f2a9c1e --due "next fri"
    """
    if text is None and due is None and not no_due:
        raise InvalidValue(t("cycle.action_edit_nothing"))
    if due is not None and no_due:
        raise InvalidValue(t("cycle.action_due_both"))
    when = parse_due(due, common.today()) if due is not None else None
    _revise(ref, lambda row: (row["text"] if text is None else text,
                              None if no_due else when if due is not None else _day(row["due"])))


@app.command("snooze")
def snooze(
    ref: Annotated[str, typer.Argument(metavar="ID", help="The action's ID, a prefix or its handle.")],
    day: Annotated[
        Optional[str],
        typer.Argument(metavar="DATE", help="The new due date, as for --due (default: a week later).", show_default=False),
    ] = None,
) -> None:
    """Postpone an open action: by a week, or to DATE.

    A week later than its due date; an action without a due date, or one whose due date has
    passed, becomes due a week from today.

    \b
    Example: veerkracht actions snooze 3f2a9c1e        veerkracht actions snooze 3f2a9c1e "next mon"
    """
    today = common.today()
    when = parse_due(day, today) if day is not None else None

    def postponed(row: dict) -> tuple[str, date | None]:
        if when is not None:
            return row["text"], when
        current = _day(row["due"])
        return row["text"], (current if current and current > today else today) + timedelta(days=7)

    _revise(ref, postponed, only_open=True)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _revise(ref: str, change: Callable[[dict], tuple[str, date | None]], *, only_open: bool = False) -> None:
    """Give the action ``ref`` the text and due date ``change`` makes of it; say what changed."""
    from veerkracht.domain.models import ActionIn, validate  # lazy: list reads only and loads no pydantic

    with common.open_journal(write=True) as journal:
        action_id = ids.resolve(journal, "actions", ref, N_("cycle.kind_action"))
        row = actions.get(journal, action_id)
        text, due = change(row)
        action = validate(ActionIn, text=text, due=due, origin=row["origin"], origin_id=row["origin_id"])
        if (action.text, action.due) == (row["text"], _day(row["due"])) and not only_open:
            common.say(t("core.edit_unchanged"))
            return
        before = actions.revise(journal, action_id, action, only_open=only_open)
        handle = ids.handles(journal, "actions", [action_id])[action_id]
    if action.text != before["text"]:
        common.say(t("cycle.action_text_changed", handle=handle, text=action.text, before=before["text"]), style="green")
    was = _day(before["due"])
    if action.due == was:
        if action.text == before["text"]:
            common.say(t("core.edit_unchanged"))
    elif action.due is None and was is not None:
        common.say(t("cycle.action_due_removed", handle=handle, before=format_day(was)), style="green")
    elif was is None and action.due is not None:
        common.say(t("cycle.action_due_new", handle=handle, day=format_day(action.due)), style="green")
    elif action.due is not None and was is not None:
        common.say(t("cycle.action_due_changed", handle=handle, day=format_day(action.due),
                     before=format_day(was)), style="green")
