"""veerkracht report: the trend report in the terminal, as JSON, or as an SVG picture."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from veerkracht.cli import common
from veerkracht.cli.groups import command
from veerkracht.domain.dates import format_day, parse_day
from veerkracht.domain.period import DEFAULT_WEEKS, Period
from veerkracht.domain.rounding import for_json
from veerkracht.errors import InvalidValue, VeerkrachtError
from veerkracht.i18n import t

app = command()

MAX_WEEKS = 1000


@app.command()
def report(
    weeks: Annotated[
        Optional[int], typer.Option("--weeks", "-w", help="The last N weeks (default 4).", show_default=False)
    ] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="First day, e.g. 2026-10-01 or '30 days ago'.")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Last day (default today).")] = None,
    json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON only.")] = False,
    svg: Annotated[Optional[Path], typer.Option("--svg", help="Also save the report as an SVG picture.")] = None,
) -> None:
    """Show how your energy and habits moved: charts, figures with their n, and signals.

    Sections: energy, tags and energy, reflection cycles, weekly reviews, actions,
    connection and signals. A section without enough data says so.

    \b
    Examples: veerkracht report        veerkracht report --weeks 12 --svg report.svg
              veerkracht report --since 2026-09-01 --until 2026-09-30 --json
    """
    # lazy: `veerkracht --help` imports every command module; only `report` needs the figures
    from veerkracht.queries.report import build
    from veerkracht.render.signals import worded

    period = choose_period(weeks, since, until, common.today())
    with common.open_journal(write=False) as journal:
        figures = build(journal, period)
    if json:
        common.write_json(for_json({**figures, "signals": [worded(s) for s in figures["signals"]]}))
    if svg is not None or not json:
        show(figures, svg=svg, quiet=json)


def choose_period(weeks: int | None, since: str | None, until: str | None, today: date) -> Period:
    """The period the options name: --weeks N, or --since/--until, or the last 4 weeks."""
    if weeks is not None and (since or until):
        raise InvalidValue(t("report.weeks_and_dates"))
    if weeks is not None and not 1 <= weeks <= MAX_WEEKS:
        raise InvalidValue(t("report.rule_weeks", high=MAX_WEEKS, value=weeks))
    end = parse_day(until, today) if until else today
    if since is None:
        return Period.last_weeks(weeks or DEFAULT_WEEKS, end)
    start = parse_day(since, today)
    if start > end:
        raise InvalidValue(t("report.since_after_until", since=format_day(start), until=format_day(end)))
    if (end - start).days >= MAX_WEEKS * 7:
        start = end - timedelta(days=MAX_WEEKS * 7 - 1)
    return Period(start, end)


def show(figures: dict, *, svg: Path | None = None, quiet: bool = False) -> None:
    """Render ``figures`` on stdout (unless ``quiet``); with ``svg`` also save a picture.

    The picture is drawn on its own recording console in full colour, whatever stdout is.
    """
    # lazy: `veerkracht --help` imports every command module; only `report` draws
    from veerkracht.render.report import render

    if not quiet:
        render(figures, common.console())
    if svg is None:
        return
    width = max(60, min(common.console().width, 140))
    out = Console(record=True, highlight=False, width=width, file=io.StringIO(),
                  color_system="truecolor", force_terminal=True, no_color=False)
    render(figures, out)
    try:
        svg.write_text(out.export_svg(title="veerkracht report"), encoding="utf-8")
    except OSError as error:
        raise VeerkrachtError(t("report.svg_failed", path=svg, reason=error.strerror or error)) from None
    common.say(t("report.svg_saved", path=svg))
