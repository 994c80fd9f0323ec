"""veerkracht actions: commitments from cycles and reviews, and ones you add yourself."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Optional

import typer

from veerkracht.cli import common
from veerkracht.cli.groups import group
from veerkracht.domain.dates import format_day
from veerkracht.domain.due import parse_due
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
) -> None:
    """List open actions, soonest due first; overdue ones stand out.

    \b
    Example: veerkracht actions --all
    """
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


def _print_table(rows: list[dict], handles: dict[str, str]) -> None:
    # lazy: --json draws nothing and loads no Rich
    from rich.table import Table
    from rich.text import Text

    today = common.today()
    grid = Table(title=t("cycle.actions_title"), title_justify="left")
    for key in ("col_id", "col_action", "col_due", "col_status", "col_origin"):
        grid.add_column(t(words.CYCLE_COLUMN[key]), no_wrap=key != "col_action")
    for row in rows:
        due = date.fromisoformat(row["due"]) if row["due"] else None
        style, mark = "", ""
        if row["status"] == "open" and due is not None and due < today:
            style, mark = "bold red", " · " + t("cycle.overdue")
        elif row["status"] == "open" and due == today:
            style, mark = "bold yellow", " · " + t("cycle.due_today")
        elif row["status"] != "open":
            style = "dim"
        grid.add_row(
            Text(handles[row["id"]], style=style),
            Text(row["text"], style=style),
            Text((format_day(due) if due else "—") + mark, style=style),
            Text(t(words.ACTION_STATUS[row['status']]), style=style),
            Text(t(words.ORIGIN[row['origin']]), style=style),
        )
    common.console().print(grid)


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
