"""veerkracht entries: browse and correct what you logged."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Optional

import typer

from veerkracht.cli import bounds, common
from veerkracht.cli.groups import group
from veerkracht.domain.dates import format_day
from veerkracht.domain.rules import tag_value
from veerkracht.errors import InvalidValue
from veerkracht.i18n import N_, t, tn
from veerkracht.store import entries, ids
from veerkracht.store.entries import EntryFilter

app = group("Browse and correct your entries.\n\nExample: veerkracht entries --last 7")

DEFAULT_LAST = 20
Since = Annotated[Optional[str], typer.Option("--since", metavar="DATE", help="From this day (e.g. 2026-11-01, '2 weeks ago').")]
Until = Annotated[Optional[str], typer.Option("--until", metavar="DATE", help="Up to and including this day.")]


@app.command("list")
def list_entries(
    since: Since = None,
    until: Until = None,
    last: Annotated[
        Optional[int], bounds.count_option("--last", "-n", help=f"Only the latest N (default {DEFAULT_LAST} without a period).")
    ] = None,
    tag: Annotated[Optional[str], typer.Option("--tag", "-t", metavar="TAG", help="Only entries with this tag.")] = None,
    all_: Annotated[bool, typer.Option("--all", "-a", help="Every entry, however many.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON only.")] = False,
) -> None:
    """List entries, oldest first.

    \b
    Example: veerkracht entries --since "2 weeks ago" --tag team
    """
    today = common.today()
    if last is None and not (since or until or all_):
        last = DEFAULT_LAST
    try:
        wanted = tag_value(tag) if tag else None
    except ValueError as error:
        raise InvalidValue(f"tag: {error}") from None
    first, final = bounds.edges(since, until, today)  # cut to the days a journal holds
    if first and final and first > final:
        raise InvalidValue(t("core.period_backwards"))
    where = EntryFilter(since=first, until=final, tag=wanted, last=last)
    with common.open_journal(write=False) as journal:
        rows, total = entries.listing(journal, where)
        handles = ids.handles(journal, "entries", [row["id"] for row in rows])
    if as_json:
        keys = ("id", "day", "logged_at", "energy", "reflection", "win", "tags", "private")
        common.write_json([{key: row[key] for key in keys} | {"handle": handles[row["id"]]} for row in rows])
        return
    if not rows:
        common.say(t("core.entries_none"))
        return
    from veerkracht.render.entries import table  # lazy: --json draws nothing and loads no Rich

    out = common.console()
    out.print(table(rows, handles, out.width))
    if total > len(rows):
        common.say(tn("core.entries_shown", total, shown=len(rows)))


@app.command("show")
def show(
    entry: Annotated[str, typer.Argument(metavar="ID", help="The entry's ID, handle or ID prefix.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON only.")] = False,
) -> None:
    """Show one entry in full.

    \b
    Example: veerkracht entries show 3f2a9c1b
    """
    with common.open_journal(write=False) as journal:
        entry_id = ids.resolve(journal, "entries", entry, N_("core.kind_entry"))
        row = entries.get(journal, entry_id)
        handle = ids.handles(journal, "entries", [entry_id])[entry_id]
    if as_json:
        common.write_json(row)
        return
    from veerkracht.render.entries import panel  # lazy: --json draws nothing and loads no Rich

    common.console().print(panel(row, handle))


@app.command("edit")
def edit(
    entry: Annotated[str, typer.Argument(metavar="ID", help="The entry's ID, handle or ID prefix.")],
    energy: Annotated[Optional[str], typer.Option("--energy", metavar="ENERGY", help="New energy 0–10, or 'note'.")] = None,
    reflection: Annotated[Optional[str], typer.Option("--reflection", metavar="TEXT", help="New reflection.")] = None,
    win: Annotated[Optional[str], typer.Option("--win", metavar="TEXT", help="New win ('' removes it).")] = None,
    tag: Annotated[Optional[list[str]], typer.Option("--tag", "-t", metavar="TAG", help="Replace the tags (repeat).")] = None,
    day: Annotated[Optional[str], typer.Option("--date", "-d", metavar="DATE", help="Move it to another day.")] = None,
    private: Annotated[Optional[bool], typer.Option("--private/--public", help="Keep it out of exports, or not.")] = None,
) -> None:
    """Correct an entry: with options, or in $EDITOR when none are given.

    \b
    Example: veerkracht entries edit 3f2a9c1b --energy 6 --tag team
    """
    # lazy: the form's pydantic model is for edit; list and show load no pydantic
    from veerkracht.cli.editor import drop_kept
    from veerkracht.cli.entry_form import apply_options, edit_in_editor

    changes = {"energy": energy, "reflection": reflection, "win": win, "tags": tag, "day": day, "private": private}
    given = {key: value for key, value in changes.items() if value is not None}
    if not given and not common.interactive():
        raise InvalidValue(t("core.edit_nothing"))
    with common.open_journal(write=True) as journal:
        entry_id = ids.resolve(journal, "entries", entry, N_("core.kind_entry"))
        current = entries.as_input(entries.get(journal, entry_id))
        handle = ids.handles(journal, "entries", [entry_id])[entry_id]
        kept = f"entry-{entry_id}"  # a form refused earlier, kept beside the journal (cli/forms.py)
        if given:
            updated = apply_options(current, given, common.today())
        else:
            again = f"veerkracht entries edit {handle}"
            updated = edit_in_editor(current, common.today(), journal.path, key=kept, command=again)
        if updated != current:
            entries.update(journal, entry_id, updated)
        if not given:
            drop_kept(journal.path, kept)
        if updated == current:
            common.say(t("core.edit_unchanged"))
            return
    common.say(t("core.edited", handle=handle, day=format_day(updated.day)), style="green")


@app.command("delete")
def delete(
    entry: Annotated[str, typer.Argument(metavar="ID", help="The entry's ID, handle or ID prefix.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask first.")] = False,
) -> None:
    """Delete an entry (asks first).

    \b
    Example: veerkracht entries delete 3f2a9c1b
    """
    from veerkracht.render.entries import first_line  # lazy: render loads Rich, which --json does without

    if not yes and not common.interactive():
        raise InvalidValue(t("core.delete_needs_yes"))
    with common.open_journal(write=True) as journal:
        entry_id = ids.resolve(journal, "entries", entry, N_("core.kind_entry"))
        row = entries.get(journal, entry_id)
        day = format_day(date.fromisoformat(row["day"]))
        summary = first_line(row["reflection"] or row["win"], 40) or t("core.status_entry", energy=row["energy"])
        if not yes and not common.confirm(t("core.delete_confirm", day=day, summary=summary)):
            common.say(t("core.delete_kept"))
            return
        entries.delete(journal, entry_id)
    common.say(t("core.deleted", day=day), style="green")
