"""Every figure of the report for one period, as plain data (JSON-ready once rounded).

The terminal report, ``report --json``, the demo and the tests all read these numbers; the
coach summary reads the same functions of ``energy`` and ``habits``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from veerkracht.domain.period import Period
from veerkracht.queries import dashboard, energy, habits, insights, signals

if TYPE_CHECKING:
    from veerkracht.db.journal import Journal


def build(journal: Journal, period: Period) -> dict:
    """Every figure of the report for ``period`` (signals as of its last day)."""
    return {
        "period": {**period.params(), "days": period.days},
        "energy": energy.figures(journal, period),
        "tags": energy.tags(journal, period),
        "insights": insights.build(journal, period),
        "cycles": habits.cycles(journal, period),
        "reviews": habits.reviews(journal, period),
        "actions": habits.actions(journal, period),
        "connection": habits.connection(journal, period),
        "signals": signals.active(journal, period.until),
        # the user's own screen: private entries too (the SVG picture leaves them out)
        "on_this_day": dashboard.on_this_day(journal, period.until),
    }


def shared(journal: Journal, period: Period) -> dict:
    """What a report that leaves the screen (the SVG picture) shows in place of the terminal's:
    like every export, nothing of private entries (the terminal report keeps them)."""
    return {
        "insights": insights.build(journal, period, include_private=False),
        "on_this_day": dashboard.on_this_day(journal, period.until, include_private=False),
    }
