"""veerkracht report: the trend report in the terminal, as JSON, or as an SVG picture."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from veerkracht.cli import bounds, common
from veerkracht.cli.groups import command
from veerkracht.db import files
from veerkracht.domain.dates import format_day
from veerkracht.domain.period import DEFAULT_WEEKS, Period
from veerkracht.domain.rounding import for_json
from veerkracht.errors import InvalidValue
from veerkracht.i18n import t, tn

app = command()

MAX_WEEKS = 1000


@app.command()
def report(
    weeks: Annotated[
        Optional[int], typer.Option("--weeks", "-w", metavar="NUMBER", help="The last N weeks (default 4).", show_default=False)
    ] = None,
    since: Annotated[Optional[str], typer.Option("--since", metavar="DATE", help="First day, e.g. 2026-10-01 or '30 days ago'.")] = None,
    until: Annotated[Optional[str], typer.Option("--until", metavar="DATE", help="Last day (default today).")] = None,
    json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON only.")] = False,
    svg: Annotated[Optional[Path], typer.Option("--svg", metavar="FILE", help="Also save the report as an SVG picture.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the --svg file if it exists.")] = False,
) -> None:
    """Show how your energy and habits moved: charts, figures with their n, and signals.

    Sections: energy, tags and energy, reflection cycles, weekly reviews, actions,
    connection and signals. A section without enough data says so. The SVG picture is meant
    to be shared, so like every export it leaves out the tags of private entries; an existing
    file is replaced only with --force.

    \b
    Examples: veerkracht report        veerkracht report --weeks 12 --svg report.svg
              veerkracht report --since 2026-09-01 --until 2026-09-30 --json
    """
    # lazy: `veerkracht --help` imports every command module; only `report` needs the figures
    from veerkracht.queries.report import build, shared
    from veerkracht.render.signals import worded
    from veerkracht.store import health

    period = choose_period(weeks, since, until, common.today())
    if svg is not None:
        files.check_destination(svg, force=force)  # refused before any work
    with common.open_journal(write=False) as journal:
        figures = build(journal, period)
        picture = None if svg is None else {**figures, **shared(journal, period)}
        damaged = health.damaged_shown(journal, repr(picture or figures))
    if json:
        common.write_json(for_json({**figures, "signals": [worded(s) for s in figures["signals"]]}))
    if not json:
        show(figures)
    if svg is not None and picture is not None:
        save_svg(picture, svg, force=force)
    if damaged:
        common.say(tn("core.damaged_text_shown", damaged), style="yellow")


def choose_period(weeks: int | None, since: str | None, until: str | None, today: date) -> Period:
    """The period the options name: --weeks N, or --since/--until, or the last 4 weeks."""
    if weeks is not None and (since or until):
        raise InvalidValue(t("report.weeks_and_dates"))
    if weeks is not None and not 1 <= weeks <= MAX_WEEKS:
        raise InvalidValue(t("report.rule_weeks", high=MAX_WEEKS, value=weeks))
    start, last = bounds.edges(since, until, today)
    end = today if last is None else last
    if start is None:
        return bounds.within_journal(Period.last_weeks(weeks or DEFAULT_WEEKS, end), today)
    if start > end:
        raise InvalidValue(t("report.since_after_until", since=format_day(start), until=format_day(end)))
    period = bounds.within_journal(Period(start, end), today)
    if period.days > MAX_WEEKS * 7:  # said, like every cut: the figures must not look whole
        period = Period(period.until - timedelta(days=MAX_WEEKS * 7 - 1), period.until)
        common.say(t("report.weeks_cut", weeks=MAX_WEEKS, since=format_day(period.since)), style="yellow")
    return period


def show(figures: dict) -> None:
    """Render ``figures`` on stdout."""
    # lazy: `veerkracht --help` imports every command module; only `report` draws
    from veerkracht.render.report import render

    render(figures, common.console())


def save_svg(figures: dict, svg: Path, *, force: bool = False) -> None:
    """Save ``figures`` as an SVG picture (all or nothing, 0600, never through a link).

    The picture is drawn on its own recording console in full colour, whatever stdout is.
    """
    from veerkracht.render.report import render  # lazy: see show()

    width = max(60, min(common.console().width, 140))
    out = Console(record=True, highlight=False, emoji=False, width=width, file=io.StringIO(),
                  color_system="truecolor", force_terminal=True, no_color=False)
    render(figures, out)
    files.write_bytes(svg, out.export_svg(title=t("report.svg_title")).encode("utf-8"), force=force)
    common.say(t("report.svg_saved", path=svg))
