"""veerkracht export: the coach summary (Markdown), or the whole journal as JSON or CSV."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from veerkracht.cli import common
from veerkracht.domain.dates import format_day, parse_day
from veerkracht.domain.period import DEFAULT_WEEKS, Period
from veerkracht.errors import InvalidValue, VeerkrachtError
from veerkracht.flows.exchange.request import Request
from veerkracht.i18n import t

app = typer.Typer()

FORMATS = ("markdown", "json", "csv")


@app.command()
def export(
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="markdown (coach summary), json (everything) or csv (entries).")
    ] = "markdown",
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write to this file (default: standard output).")
    ] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="First day of the period.")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Last day of the period (default: today).")] = None,
    weeks: Annotated[
        Optional[int], typer.Option("--weeks", "-n", help="The last N weeks (Markdown default: 4).")
    ] = None,
    include_private: Annotated[
        bool, typer.Option("--include-private", help="Include entries marked private.")
    ] = False,
    include_people: Annotated[
        bool, typer.Option("--include-people", help="Name the people you met (Markdown).")
    ] = False,
) -> None:
    """Export a summary for your coach, or all your data.

    Markdown (the default) covers the last 4 weeks; JSON and CSV hold everything unless you
    give a period. Private entries are left out of every format unless --include-private;
    the Markdown names people only with --include-people (JSON keeps every field). JSON can
    be brought back with `veerkracht import`.

    Examples: veerkracht export --weeks 4 -o summary.md
              veerkracht export --format json -o backup.json --include-private
    """
    # lazy: `veerkracht --help` imports every command module; only `export` needs the exporters
    from veerkracht.flows.exchange.export import EXPORTERS

    fmt = fmt.strip().lower()
    if fmt not in EXPORTERS:
        raise InvalidValue(t("export.rule_format", value=fmt, allowed=", ".join(FORMATS)))
    today = common.today()
    request = Request(_period(since, until, weeks, fmt, today), today,
                      include_private=include_private, include_people=include_people)
    with common.open_journal(write=False) as journal:
        result = EXPORTERS[fmt](journal, request)
    _write(result.text, output)
    for notice in result.notices:
        common.say(notice, style="yellow")
    if output is not None:
        common.say(t("export.written", path=output))


def _period(since: str | None, until: str | None, weeks: int | None, fmt: str, today: date) -> Period:
    """The days to export: the options' period; without one, JSON and CSV hold everything.

    Markdown always covers a period (the last 4 weeks unless given); JSON and CSV given only
    --until hold everything up to that day.
    """
    if weeks is not None and (since or until):
        raise InvalidValue(t("export.period_both"))
    if weeks is not None and not 1 <= weeks <= 520:
        raise InvalidValue(t("export.rule_weeks", value=weeks))
    last = parse_day(until, today) if until else today
    first = parse_day(since, today) if since else Period.last_weeks(weeks or DEFAULT_WEEKS, last).since
    if first > last:
        raise InvalidValue(t("export.period_order", since=format_day(first), until=format_day(last)))
    if fmt == "markdown" or since or weeks:
        return Period(first, last)
    return Period(date.min, last) if until else Period.everything()


def _write(text: str, output: Optional[Path]) -> None:
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        # 0600 from the first byte: an export holds the journal's private text.
        handle = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
    except OSError as error:
        raise VeerkrachtError(t("export.cannot_write", path=output, reason=error.strerror or error)) from None
