"""veerkracht connect: moments of real contact, which feed the care ↔ challenge balance."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Optional

import typer

from veerkracht.cli import bounds, common
from veerkracht.cli.groups import group
from veerkracht.domain.dates import format_day, parse_past_day
from veerkracht.i18n import t, words
from veerkracht.store import connections

app = group(
    "Log a moment of real contact with someone.\n\nExample: veerkracht connect Sam --care",
    default="add",
)


@app.command("add")
def add(
    who: Annotated[str, typer.Argument(metavar="NAME", help="Whom you were in touch with.")],
    kind: Annotated[
        str, typer.Option("--kind", metavar="KIND", help="checkin, one-on-one, peer or team.", show_default=True)
    ] = "checkin",
    care: Annotated[bool, typer.Option("--care", help="You offered care or support.")] = False,
    challenge: Annotated[
        bool, typer.Option("--challenge", help="You challenged or stretched them.")
    ] = False,
    note: Annotated[Optional[str], typer.Option("--note", metavar="TEXT", help="A short note.")] = None,
    day: Annotated[
        Optional[str], typer.Option("--date", "-d", metavar="DATE", help="The day: today (default), yesterday, tue.")
    ] = None,
) -> None:
    """Log a moment of real contact (the default of connect).

    \b
    Example: veerkracht connect Sam --kind one-on-one --care --note "Asked about home"
    """
    from veerkracht.domain.models import ConnectionIn, validate  # lazy: list reads only and loads no pydantic

    when = parse_past_day(day, common.today()) if day else common.today()
    contact = validate(
        ConnectionIn, day=when, who=who, kind=kind, care=care, challenge=challenge, note=note
    )
    with common.open_journal(write=True) as journal:
        connections.add(journal, contact)
    marks = [t(words.CONTACT_MARK[name]) for name in ("care", "challenge") if getattr(contact, name)]
    common.say(
        t(
            "cycle.connect_logged",
            kind=t(words.CONTACT_KIND[contact.kind]),
            who=contact.who,
            day=format_day(when),
            marks="".join(" · " + mark for mark in marks),
        ),
        style="green",
    )


@app.command("list")
def list_connections(
    last: Annotated[Optional[int], bounds.count_option("--last", help="Only the latest N.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON only.")] = False,
) -> None:
    """List logged contacts, oldest first.

    \b
    Example: veerkracht connect list --last 10
    """
    with common.open_journal(write=False) as journal:
        rows = connections.listing(journal, last=last)
    if as_json:
        common.write_json(rows)
        return
    if not rows:
        common.say(t("cycle.connect_none"))
        return
    _print_table(rows)


def _print_table(rows: list[dict]) -> None:
    # lazy: --json draws nothing and loads no Rich
    from rich.table import Table
    from rich.text import Text

    grid = Table(title=t("cycle.connect_title"), title_justify="left")
    for key in ("col_day", "col_who", "col_kind", "col_care_challenge", "col_note"):
        grid.add_column(t(words.CYCLE_COLUMN[key]), no_wrap=key in ("col_day", "col_kind"))
    for row in rows:
        marks = " · ".join(t(words.CONTACT_MARK[n]) for n in ("care", "challenge") if row[n])
        grid.add_row(
            format_day(date.fromisoformat(row["day"])),
            Text(row["who"]),
            t(words.CONTACT_KIND[row['kind']]),
            marks or "—",
            Text(row["note"] or ""),
        )
    common.console().print(grid)
