"""veerkracht connect: moments of real contact, which feed the care ↔ challenge balance."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Optional

import typer

from veerkracht.cli import bounds, common
from veerkracht.cli.groups import group
from veerkracht.domain.dates import format_day, parse_past_day
from veerkracht.errors import InvalidValue
from veerkracht.i18n import N_, t, words
from veerkracht.store import connections, ids

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
        handles = ids.handles(journal, "connections", [row["id"] for row in rows])
    if as_json:
        common.write_json([row | {"handle": handles[row["id"]]} for row in rows])
        return
    if not rows:
        common.say(t("cycle.connect_none"))
        return
    _print_table(rows, handles)


def _print_table(rows: list[dict], handles: dict[str, str]) -> None:
    # lazy: --json draws nothing and loads no Rich
    from rich.text import Text

    from veerkracht.render.fit import FitTable, day_forms, stacked

    out = common.console()
    grid = FitTable(t("cycle.connect_title"))
    grid.key(t(words.CYCLE_COLUMN["col_id"]))
    grid.side(t(words.CYCLE_COLUMN["col_day"]))
    grid.main(t(words.CYCLE_COLUMN["col_who"]))
    grid.side(t(words.CYCLE_COLUMN["col_kind"]), drop=2)
    grid.side(t(words.CYCLE_COLUMN["col_care_challenge"]), drop=1)
    grid.main(t(words.CYCLE_COLUMN["col_note"]), ratio=2)
    for row in rows:
        day = date.fromisoformat(row["day"])
        marks = [t(words.CONTACT_MARK[n]) for n in ("care", "challenge") if row[n]]
        grid.add_row(
            handles[row["id"]],
            day_forms(day),
            Text(row["who"]),
            t(words.CONTACT_KIND[row['kind']]),
            stacked(*marks, sep=" · ") if marks else "—",
            Text(row["note"] or "–"),
        )
    out.print(grid.table(out.width))


ContactRef = Annotated[str, typer.Argument(metavar="ID", help="The contact's ID, a prefix or its handle.")]
_FIELDS = ("day", "who", "kind", "care", "challenge", "note")


@app.command("edit")
def edit(
    ref: ContactRef,
    who: Annotated[Optional[str], typer.Option("--who", metavar="NAME", help="Whom you were in touch with.")] = None,
    kind: Annotated[Optional[str], typer.Option("--kind", metavar="KIND", help="checkin, one-on-one, peer or team.")] = None,
    care: Annotated[
        Optional[bool], typer.Option("--care/--no-care", help="You offered care or support, or not.", show_default=False)
    ] = None,
    challenge: Annotated[
        Optional[bool],
        typer.Option("--challenge/--no-challenge", help="You challenged or stretched them, or not.", show_default=False),
    ] = None,
    note: Annotated[Optional[str], typer.Option("--note", metavar="TEXT", help="New note ('' removes it).")] = None,
    day: Annotated[Optional[str], typer.Option("--date", "-d", metavar="DATE", help="Move it to another day.")] = None,
) -> None:
    """Correct a moment of contact: who, kind, care, challenge, note or day.

    Find its ID with 'veerkracht connect list'.

    \b
    Example: veerkracht connect edit 3f2a9c1b --kind one-on-one --no-challenge
    """
    from veerkracht.domain.models import ConnectionIn, validate  # lazy: list reads only and loads no pydantic

    given: dict[str, object] = {
        key: value
        for key, value in (("who", who), ("kind", kind), ("care", care), ("challenge", challenge), ("note", note))
        if value is not None
    }
    if day is not None:
        given["day"] = parse_past_day(day, common.today())
    if not given:
        raise InvalidValue(t("cycle.connect_edit_nothing"))
    with common.open_journal(write=True) as journal, journal.write():
        contact_id = ids.resolve(journal, "connections", ref, N_("cycle.kind_contact"))
        current = connections.get(journal, contact_id)
        before = validate(ConnectionIn, **{key: current[key] for key in _FIELDS})
        contact = validate(ConnectionIn, **(before.model_dump() | given))
        if contact == before:
            common.say(t("core.edit_unchanged"))
            return
        connections.update(journal, contact_id, contact)
        handle = ids.handles(journal, "connections", [contact_id])[contact_id]
    common.say(
        t(
            "cycle.connect_edited",
            handle=handle,
            kind=t(words.CONTACT_KIND[contact.kind]),
            who=contact.who,
            day=format_day(contact.day),
            marks=_marks(contact.care, contact.challenge),
        ),
        style="green",
    )


@app.command("delete")
def delete(
    ref: ContactRef,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask first.")] = False,
) -> None:
    """Delete a moment of contact (asks first).

    Find its ID with 'veerkracht connect list'.

    \b
    Example: veerkracht connect delete 3f2a9c1b
    """
    if not yes and not common.interactive():
        raise InvalidValue(t("core.delete_needs_yes"))
    with common.open_journal(write=True) as journal:
        contact_id = ids.resolve(journal, "connections", ref, N_("cycle.kind_contact"))
        row = connections.get(journal, contact_id)
        said = {"who": row["who"], "day": format_day(date.fromisoformat(row["day"]))}
        if not yes and not common.confirm(t("cycle.connect_delete_confirm", **said)):
            common.say(t("core.delete_kept"))
            return
        connections.delete(journal, contact_id)
    common.say(t("cycle.connect_deleted", **said), style="green")


def _marks(care: bool, challenge: bool) -> str:
    """`` · care · challenge``: what the moment held, as the log line says it."""
    chosen = [name for name, on in (("care", care), ("challenge", challenge)) if on]
    return "".join(" · " + t(words.CONTACT_MARK[name]) for name in chosen)
