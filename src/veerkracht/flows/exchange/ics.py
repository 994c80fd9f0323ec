"""The calendar of commitments: open actions with a due date and the weekly review (``.ics``).

Shared by ``actions --ics FILE`` and ``export --format ics``. Actions have no private flag,
so every open action with a due date goes in; done, dropped and undated ones stay out. The
weekly review recurs on :data:`veerkracht.render.ics.DEFAULT_SLOT` (Fridays, 16:00, 30
minutes): the journal keeps no review time of its own yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from veerkracht import __version__, clock
from veerkracht.db.journal import Journal
from veerkracht.domain.dates import format_day
from veerkracht.i18n import t, tn
from veerkracht.render.ics import DEFAULT_SLOT, DatedAction, WeeklySlot, calendar
from veerkracht.store import actions, ids


@dataclass(frozen=True)
class Commitments:
    """The calendar file, and what it holds in words for stderr."""

    data: bytes
    count: int
    slot: WeeklySlot
    first_review: date

    def summary(self) -> str:
        """One sentence: how many actions, and when the weekly review recurs."""
        when = {"day": format_day(self.first_review), "time": self.slot.at.strftime("%H:%M")}
        if self.count == 0:
            return t("ics.holds_review_only", **when)
        return tn("ics.holds", self.count, **when)


def commitments(journal: Journal, today: date) -> Commitments:
    """Every open action with a due date, soonest first, and the weekly review, as ``.ics``."""
    rows = [row for row in actions.listing(journal) if row["due"]]
    handles = ids.handles(journal, "actions", [row["id"] for row in rows])
    dated = [
        DatedAction(row["id"], handles[row["id"]], row["text"], date.fromisoformat(row["due"]), row["origin"])
        for row in rows
    ]
    slot = DEFAULT_SLOT
    data = calendar(dated, slot, today=today, stamp=clock.now(), version=__version__)
    return Commitments(data, len(dated), slot, slot.first(today))
