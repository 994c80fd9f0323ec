"""The few figures the bare ``veerkracht`` dashboard shows; cheap queries only."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from veerkracht.clock import FIRST_DAY
from veerkracht.domain.dates import months_before
from veerkracht.domain.period import Period
from veerkracht.queries.energy import day_means, totals
from veerkracht.queries.habits import days_ago, last_cycle, last_review, open_actions
from veerkracht.queries.signals import active

if TYPE_CHECKING:
    from veerkracht.db.journal import Journal


def status(journal: Journal, today: date) -> dict:
    """This ISO week's day means and mean, open/overdue actions, days since cycle and review,
    signals."""
    week = Period.week_of(today)
    energy = totals(journal, week)
    return {
        "week": {"monday": week.monday.isoformat(), "days": day_means(journal, week),
                 "mean": energy["mean"], "n": energy["days_logged"]},
        "actions": open_actions(journal, today),
        "days_since_cycle": days_ago(last_cycle(journal, today), today),
        "days_since_review": days_ago(last_review(journal, today), today),
        "signals": active(journal, today),
    }


def on_this_day(journal: Journal, today: date, *, include_private: bool = True) -> list[dict]:
    """The entry and the win of one month and of one year ago, for each that has them.

    The first entry of that day with a reflection, and its first win; private entries only
    when ``include_private`` (the user's own screen, never a file).
    """
    found = []
    for ago, months in (("month", 1), ("year", 12)):
        day = months_before(today, months)
        if day < FIRST_DAY:
            continue
        rows = journal.query(
            """SELECT energy, reflection, win FROM entries
               WHERE day = :day AND (:private OR private = 0)
                 AND (coalesce(reflection, '') != '' OR coalesce(win, '') != '')
               ORDER BY logged_at, seq""",
            {"day": day.isoformat(), "private": int(include_private)})
        if not rows:
            continue
        told = next((row for row in rows if row["reflection"]), rows[0])
        win = next((row["win"] for row in rows if row["win"]), None)
        found.append({"ago": ago, "day": day.isoformat(), "energy": told["energy"],
                      "reflection": told["reflection"], "win": win})
    return found

