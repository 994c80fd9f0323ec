"""veerkracht demo: build a realistic sample journal somewhere new, and show it."""

from __future__ import annotations

import shlex
import tempfile
from pathlib import Path
from typing import Annotated, Optional

import typer

from veerkracht.cli import common
from veerkracht.cli.groups import command
from veerkracht.cli.report import show
from veerkracht.domain.period import DEFAULT_WEEKS, Period
from veerkracht.errors import InvalidValue, VeerkrachtError
from veerkracht.i18n import current, t, tn

app = command()

SAMPLE_WEEKS = 12  # the sample's length unless --weeks or --years


@app.command()
def demo(
    weeks: Annotated[
        Optional[int], typer.Option("--weeks", "-w", metavar="NUMBER", help="Weeks of sample data (default 12).", show_default=False)
    ] = None,
    years: Annotated[Optional[int], typer.Option("--years", "-y", metavar="NUMBER", help="Years of sample data instead.")] = None,
    seed: Annotated[int, typer.Option("--seed", "-s", metavar="NUMBER", help="The same seed builds the same journal.")] = 1,
    journal: Annotated[
        Optional[Path],
        typer.Option("--journal", metavar="FILE", help="Where to build it; must not exist yet (default: a new temporary folder)."),
    ] = None,
    per_day: Annotated[int, typer.Option("--per-day", hidden=True, min=1, max=100, metavar="NUMBER")] = 1,
) -> None:
    """Build a sample journal and show its dashboard and report.

    The sample has a weekly rhythm, a dip and its recovery, reflections, tags, cycles,
    weekly reviews, actions and moments of contact. It is written to a new temporary folder
    (or --journal PATH, which must not exist yet), never into your own journal.

    \b
    Examples: veerkracht demo        veerkracht demo --years 10 --seed 7 --journal /tmp/big.db
    """
    # lazy: `veerkracht --help` imports every command module; only `demo` builds and shows
    from veerkracht.cli.status import show as show_status
    from veerkracht.flows.demo.build import build

    days = _days(weeks, years)
    target = _target(journal)
    counts = build(target, days=days, seed=seed, today=common.today(), lang=current(),
                   per_day=per_day)
    # Where it is and how to use it come first: the dashboard and the report below are long.
    common.say(t("report.demo_built", path=target, entries=tn("core.count_entries", counts["entries"]),
                        days=tn("core.count_days", days), seed=seed))
    explore = t("report.demo_explore", path=shlex.quote(str(target)))
    common.say(explore, style="bold")
    common.say("")
    common.context().journal = target  # show the sample, not the user's journal
    show_status()
    common.console().print()
    _show_report()
    common.say(explore, style="bold")  # again, where the report ends


def _days(weeks: int | None, years: int | None) -> int:
    if weeks is not None and years is not None:
        raise InvalidValue(t("report.demo_weeks_and_years"))
    if years is not None:
        if not 1 <= years <= 30:
            raise InvalidValue(t("report.rule_demo_years", value=years))
        return years * 365 + years // 4
    weeks = SAMPLE_WEEKS if weeks is None else weeks
    if not 1 <= weeks <= 520:
        raise InvalidValue(t("report.rule_demo_weeks", value=weeks))
    return weeks * 7


def _target(journal: Path | None) -> Path:
    """A path where nothing exists yet: the one given, or a fresh temporary folder's."""
    if journal is None:
        return Path(tempfile.mkdtemp(prefix="veerkracht-demo-")) / "journal.db"
    journal = journal.expanduser()
    if journal.exists() or journal.is_symlink():
        raise VeerkrachtError(t("report.demo_exists", path=journal))
    return journal


def _show_report() -> None:
    # lazy: `veerkracht --help` imports every command module; only `demo` reports
    from veerkracht.queries.report import build

    with common.open_journal(write=False) as journal:
        figures = build(journal, Period.last_weeks(DEFAULT_WEEKS, common.today()))
    show(figures)
