"""The edges of what a command takes: the days a journal holds, and how many rows a list shows.

Days: a journal holds 1900-01-01 up to today (``clock.FIRST_DAY``; README "Days and times").
A period a user asks for is cut to those days, and each cut edge is said in one line on
stderr; a period with no such day at all is refused. Rows: every ``--last`` and ``--limit`` is
a whole number from 1 to ``LIST_LIMIT`` (the same option everywhere: :func:`count_option`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import typer

from veerkracht.cli import common
from veerkracht.clock import FIRST_DAY
from veerkracht.domain.dates import format_day, journal_day, parse_day
from veerkracht.domain.period import Period
from veerkracht.i18n import t

LIST_LIMIT = 1_000_000  # rows: more than any journal holds, well inside SQLite's integers


def count_option(*names: str, help: str) -> Any:
    """The option for "at most N rows" (``--last``, ``--limit``): 1 to ``LIST_LIMIT``."""
    return typer.Option(*names, min=1, max=LIST_LIMIT, metavar="NUMBER", help=help)


def edges(since: str | None, until: str | None, today: date) -> tuple[date | None, date | None]:
    """The days ``--since`` and ``--until`` name, cut to the days a journal holds (each cut
    said in one line on stderr). A period no such day lies in is refused in one sentence
    (exit 2): a first day after today, or a last day before FIRST_DAY."""
    first = parse_day(since, today) if since else None
    last = parse_day(until, today) if until else None
    if first is not None and first > today:
        journal_day(first, today)  # refuses: in the future
    if last is not None and last < FIRST_DAY:
        journal_day(last, today)  # refuses: before the first day
    # Cut here, before any Period is made: Period's open sides are date.min and date.max,
    # which are also days a user can type (0001-01-01, 9999-12-31).
    if first is not None and first < FIRST_DAY:
        first = _said(Period(first, today), today).since
    if last is not None and last > today:
        last = _said(Period(FIRST_DAY, last), today).until
    return first, last


def within_journal(period: Period, today: date) -> Period:
    """A period made from the options (such as the last N weeks before ``--until``) cut to
    the days a journal holds; each cut edge said in one line on stderr."""
    return _said(period, today)


def _said(period: Period, today: date) -> Period:
    cut = period.within_journal(today)
    if cut.since != period.since:
        common.say(t("core.since_cut", day=format_day(period.since), first=format_day(cut.since)), style="yellow")
    if cut.until != period.until:
        common.say(t("core.until_cut", day=format_day(period.until), today=format_day(cut.until)), style="yellow")
    return cut
