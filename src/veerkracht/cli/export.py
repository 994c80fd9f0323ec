"""veerkracht export: the coach summary (Markdown), the whole journal as JSON or CSV, or the
calendar of commitments (ics)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, BinaryIO, Optional

import typer

from veerkracht.cli import bounds, common
from veerkracht.cli.groups import command
from veerkracht.db import files
from veerkracht.domain.dates import format_day
from veerkracht.domain.period import DEFAULT_WEEKS, Period
from veerkracht.errors import InvalidValue
from veerkracht.flows.exchange.request import Request
from veerkracht.i18n import t

app = command()

FORMATS = ("markdown", "json", "csv", "ics")

# The options a document for someone else shares (export and brief).
Output = Annotated[
    Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Write to this file (default: standard output).")
]
Since = Annotated[Optional[str], typer.Option("--since", metavar="DATE", help="First day of the period.")]
IncludePrivate = Annotated[bool, typer.Option("--include-private", help="Include entries marked private.")]
IncludePeople = Annotated[bool, typer.Option("--include-people", help="Name the people you met (Markdown).")]
Force = Annotated[bool, typer.Option("--force", help="Replace the --output file if it exists.")]


@app.command()
def export(
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help="markdown (coach summary), json (everything), csv (entries) or ics (calendar).")
    ] = "markdown",
    output: Output = None,
    since: Since = None,
    until: Annotated[Optional[str], typer.Option("--until", metavar="DATE", help="Last day of the period (default: today).")] = None,
    weeks: Annotated[
        Optional[int], typer.Option("--weeks", "-n", metavar="NUMBER", help="The last N weeks (Markdown default: 4).")
    ] = None,
    include_private: IncludePrivate = False,
    include_people: IncludePeople = False,
    force: Force = False,
) -> None:
    """Export a summary for your coach, or all your data.

    Markdown (the default) covers the last 4 weeks; JSON and CSV hold everything unless you
    give a period. Private entries are left out of every format unless --include-private;
    the Markdown names people only with --include-people (JSON keeps every field). JSON can
    be brought back with `veerkracht import`. A file given with --output is made private
    (0600) and named only once complete; an existing one is replaced only with --force.

    ics is a calendar to import into your calendar app: your open actions with a due date
    and the weekly review, every Friday at 16:00 (the same as `veerkracht actions --ics FILE`).

    \b
    Examples: veerkracht export --weeks 4 -o summary.md
              veerkracht export --format json -o backup.json --include-private
    """
    # lazy: `veerkracht --help` imports every command module; only `export` needs the exporters
    from veerkracht.flows.exchange.export import EXPORTERS

    fmt = fmt.strip().lower()
    if fmt not in EXPORTERS:
        raise InvalidValue(t("export.rule_format", value=fmt, allowed=", ".join(FORMATS)))
    if fmt == "ics" and (since or until or weeks is not None):
        raise InvalidValue(t("ics.rule_period"))
    if output is not None and to_file(output):
        files.check_destination(output, force=force)  # refused before any work
    today = common.today()
    request = Request(_period(since, until, weeks, fmt, today), today,
                      include_private=include_private, include_people=include_people)
    # One snapshot for the whole document: another process writing meanwhile (an action of a
    # cycle, a review's items) cannot make the lists of one file disagree with each other.
    with common.open_journal(write=False) as journal:
        with journal.snapshot():
            result = EXPORTERS[fmt](journal, request)
            if result.parts is not None:  # JSON and CSV are read while written
                write_pieces(result.pieces(), output, force)
        # A whole document (Markdown, ics) is written after the read ends: `export | less`
        # paged slowly holds no read transaction open.
        if result.parts is None:
            write_pieces(result.pieces(), output, force)
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
    typed_first, typed_last = bounds.edges(since, until, today)
    last = today if typed_last is None else typed_last
    first = Period.last_weeks(weeks or DEFAULT_WEEKS, last).since if typed_first is None else typed_first
    if first > last:
        raise InvalidValue(t("export.period_order", since=format_day(first), until=format_day(last)))
    if fmt == "markdown" or since or weeks:
        return bounds.within_journal(Period(first, last), today)
    return Period(date.min, last) if until else Period.everything()  # open: all up to --until


def to_file(output: Optional[Path]) -> bool:
    """Whether ``output`` names a file (``-`` is standard output)."""
    return output is not None and str(output) != "-"


def write_pieces(pieces: Iterator[str], output: Optional[Path], force: bool) -> None:
    """The document to standard output, or whole and private (0600) to ``output``."""
    if output is None or not to_file(output):  # standard output
        for piece in pieces:
            sys.stdout.write(piece)
        sys.stdout.flush()
        return

    def fill(handle: BinaryIO) -> None:
        for piece in pieces:
            handle.write(piece.encode("utf-8"))

    # Private from the first byte and all or nothing: an export holds the journal's text.
    files.save(output, fill, force=force)
