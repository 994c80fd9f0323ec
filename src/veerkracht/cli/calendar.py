"""veerkracht calendar: a year of days as coloured cells ("year in pixels")."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from veerkracht.cli import common
from veerkracht.cli.groups import command
from veerkracht.clock import FIRST_DAY
from veerkracht.domain.rounding import for_json
from veerkracht.errors import InvalidValue
from veerkracht.i18n import t

app = command()


@app.command()
def calendar(
    year: Annotated[
        Optional[int], typer.Option("--year", "-y", metavar="YEAR", help="The year (default this year).", show_default=False)
    ] = None,
    json: Annotated[bool, typer.Option("--json", help="Print each day's mean energy as JSON.")] = False,
) -> None:
    """Show a year as a grid of days coloured by their mean energy.

    Weeks are columns, weekdays rows; each cell shows the day's mean energy as a digit
    (X = 10), so it reads without colour too. Days without a score stay empty.

    \b
    Example: veerkracht calendar --year 2025
    """
    # lazy: `veerkracht --help` imports every command module; only `calendar` needs these
    from veerkracht.queries.energy import year_days
    from veerkracht.render.calendar import render_year

    today = common.today()
    year = today.year if year is None else year
    if not FIRST_DAY.year <= year <= today.year:  # the years of the days a journal holds
        raise InvalidValue(t("report.rule_year", last=today.year, value=year))
    with common.open_journal(write=False) as journal:
        figures = year_days(journal, year)
    if json:
        common.write_json(for_json(figures))
        return
    render_year(figures, common.console())
