"""veerkracht brief: the brief for a coaching session, and the briefs made before."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Annotated, Optional

import typer

from veerkracht.cli import bounds, common
from veerkracht.cli.export import Force, IncludePeople, IncludePrivate, Output, Since, to_file, write_pieces
from veerkracht.cli.groups import group
from veerkracht.db import files
from veerkracht.domain.dates import format_day
from veerkracht.domain.period import DEFAULT_WEEKS, Period
from veerkracht.errors import InvalidValue
from veerkracht.i18n import t

app = group(
    "Write the brief for your coaching session: what changed since the last brief.\n\n"
    "Example: veerkracht brief -o brief.md",
    default="write",
)


@app.command("write")
def write(
    output: Output = None,
    since: Since = None,
    weeks: Annotated[
        Optional[int], typer.Option("--weeks", "-n", metavar="NUMBER", help="The last N weeks.")
    ] = None,
    include_private: IncludePrivate = False,
    include_people: IncludePeople = False,
    redact_names: Annotated[
        bool, typer.Option("--redact-names", help="Replace the names of the people you logged wherever they occur in your texts.")
    ] = False,
    force: Force = False,
) -> None:
    """Write the brief for your coaching session (the default of brief).

    The brief covers the days since the last brief (the last 4 weeks the first time) up to
    today, against as many days before them; --since or --weeks choose the days yourself.
    Private entries are left out unless --include-private; people are named only with
    --include-people. Names you typed into your texts stay unless --redact-names. The journal
    remembers each brief: see `veerkracht brief list`.

    \b
    Examples: veerkracht brief -o brief.md
              veerkracht brief --weeks 2 --redact-names
    """
    # lazy: `veerkracht --help` imports every command module; only the brief needs its figures
    from veerkracht.flows.exchange.brief import brief
    from veerkracht.flows.exchange.request import Request
    from veerkracht.store import briefs

    if output is not None and to_file(output):
        files.check_destination(output, force=force)  # refused before any work
    today = common.today()
    with common.open_journal(write=True) as journal:
        period = _period(since, weeks, briefs.last(journal), today)
        request = Request(period, today, include_private=include_private,
                          include_people=include_people, redact_names=redact_names)
        result = brief(journal, request)
        write_pieces(result.pieces(), output, force)
        briefs.add(journal, period)
    for notice in result.notices:
        common.say(notice, style="yellow")
    if output is not None and to_file(output):
        common.say(t("export.written", path=output))


def _period(since: str | None, weeks: int | None, last: dict | None, today: date) -> Period:
    """The days of the brief: --since or --weeks up to today; else the days since the last
    brief (the same days again when it already reached today), or the last 4 weeks."""
    if weeks is not None and since:
        raise InvalidValue(t("brief.period_both"))
    if weeks is not None and not 1 <= weeks <= 520:
        raise InvalidValue(t("export.rule_weeks", value=weeks))
    first, _ = bounds.edges(since, None, today)
    if first is None and weeks is None and last is not None:
        after = date.fromisoformat(last["until"]) + timedelta(days=1)
        first = after if after <= today else min(date.fromisoformat(last["since"]), today)
    if first is None:
        first = Period.last_weeks(weeks or DEFAULT_WEEKS, today).since
    return bounds.within_journal(Period(first, today), today)


@app.command("list")
def list_briefs(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON only.")] = False,
) -> None:
    """List the briefs you made, the most recent first: when, and for which days.

    \b
    Example: veerkracht brief list --json
    """
    from veerkracht.store import briefs  # lazy: as in write

    with common.open_journal(write=False) as journal:
        rows = briefs.listing(journal)
    if as_json:
        common.write_json(rows)
        return
    if not rows:
        common.say(t("brief.none"))
        return
    for row in rows:
        made = datetime.fromisoformat(row["made_at"]).date()
        typer.echo(t("brief.list_line", made=format_day(made),
                     since=format_day(date.fromisoformat(row["since"])),
                     until=format_day(date.fromisoformat(row["until"]))))
