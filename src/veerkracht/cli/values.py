"""veerkracht values: the core values your cycles and reviews ask about."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from veerkracht.cli import common
from veerkracht.cli.groups import group
from veerkracht.errors import InvalidValue
from veerkracht.i18n import N_, t, words
from veerkracht.store import values

app = group(
    "Keep your core values, personal and of your organisation.\n\n"
    "Example: veerkracht values add Honesty --why \"Trust needs it\"",
)


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(metavar="NAME", help="The value, in a word or a few.")],
    scope: Annotated[
        str, typer.Option("--scope", metavar="SCOPE", help="personal or organisation.", show_default=True)
    ] = "personal",
    why: Annotated[Optional[str], typer.Option("--why", metavar="TEXT", help="Why it matters to you.")] = None,
) -> None:
    """Add a core value (an archived one of the same name comes back).

    \b
    Example: veerkracht values add "Care for people" --scope organisation --why "We promised it"
    """
    from veerkracht.domain.models import ValueIn, validate  # lazy: list reads only and loads no pydantic

    value = validate(ValueIn, name=name, scope=scope, why=why)
    with common.open_journal(write=True) as journal:
        _, what, stored = values.add(journal, value)
    scope_label = t(words.SCOPE[value.scope])
    common.say(t(words.VALUE_SAID[what], name=stored, scope=scope_label), style="green")


@app.command("list")
def list_values(
    include_retired: Annotated[bool, typer.Option("--all", help="Include archived values.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON only.")] = False,
) -> None:
    """List your core values.

    \b
    Example: veerkracht values --json
    """
    with common.open_journal(write=False) as journal:
        rows = values.listing(journal, include_retired=include_retired)
    if as_json:
        common.write_json(
            [{key: row[key] for key in ("id", "name", "scope", "why", "retired_at")} for row in rows]
        )
        return
    if not rows:
        common.say(t("cycle.values_none"))
        return
    _print_table(rows)


def _print_table(rows: list[dict]) -> None:
    # lazy: --json draws nothing and loads no Rich
    from rich.text import Text

    from veerkracht.render.fit import FitTable, stacked

    out = common.console()
    grid = FitTable(t("cycle.values_title"))
    grid.main(t("cycle.col_value"))
    grid.side(t("cycle.col_scope"))
    grid.main(t("cycle.col_why"), ratio=2)
    for row in rows:
        style = "dim" if row["retired_at"] else ""
        scope = [Text(t(words.SCOPE[row['scope']]), style=style)]
        if row["retired_at"]:
            scope.append(Text(t("cycle.retired"), style=style))
        grid.add_row(Text(row["name"], style=style), stacked(*scope, sep=" · "),
                     Text(row["why"] or "–", style=style))
    out.print(grid.table(out.width))


@app.command("retire")
def retire(name: Annotated[str, typer.Argument(metavar="NAME", help="The value's name (any case).")]) -> None:
    """Archive a core value: cycles stop asking about it; its history stays.

    \b
    Example: veerkracht values retire Speed
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # argv bytes that were not UTF-8: bad input, as for `values add`
        raise InvalidValue(t(words.FIELD["name"]) + ": " + t("core.rule_text_utf8")) from None
    with common.open_journal(write=True) as journal:
        row = values.retire(journal, name)
    key = N_("cycle.value_retired") if row["was_active"] else N_("cycle.value_already_retired")
    common.say(t(key, name=row["name"]), style="green" if row["was_active"] else None)
