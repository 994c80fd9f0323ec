"""The few figures the bare ``veerkracht`` dashboard shows; cheap queries only."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from veerkracht.queries import Period
from veerkracht.queries.energy import day_means
from veerkracht.queries.habits import days_ago, last_review, open_actions
from veerkracht.queries.signals import active

if TYPE_CHECKING:
    from veerkracht.db.journal import Journal


def status(journal: Journal, today: date) -> dict:
    """This ISO week's day means, open/overdue actions, days since cycle and review, signals."""
    monday = today - timedelta(days=today.weekday())
    week = Period(monday, monday + timedelta(days=6))
    # A stamp's first ten characters are the user's local day (see veerkracht.clock).
    last_cycle = journal.scalar(
        "SELECT max(substr(completed_at, 1, 10)) FROM cycles "
        "WHERE status = 'complete' AND substr(completed_at, 1, 10) <= ?",
        (today.isoformat(),),
    )
    return {
        "week": {"monday": monday.isoformat(), "days": day_means(journal, week)},
        "actions": open_actions(journal, today),
        "days_since_cycle": days_ago(None if last_cycle is None else str(last_cycle), today),
        "days_since_review": days_ago(last_review(journal, today), today),
        "signals": active(journal, today),
    }
