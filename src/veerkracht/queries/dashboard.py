"""The few figures the bare ``veerkracht`` dashboard shows; cheap queries only."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

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
