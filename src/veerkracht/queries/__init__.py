"""The report's figures, each from an SQL aggregate over the journal.

A day's energy is the mean of that day's scored entries; weeks are ISO weeks; every figure
comes with its n. The result is plain data (JSON-ready), so the terminal report, ``--json``,
the dashboard and the tests all read the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from veerkracht.db.journal import Journal

DEFAULT_WEEKS = 4


@dataclass(frozen=True)
class Period:
    """The days a report covers, both ends included."""

    since: date
    until: date

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1

    @classmethod
    def last_weeks(cls, weeks: int, until: date) -> Period:
        """``weeks`` × 7 days ending on ``until``."""
        return cls(until - timedelta(days=7 * weeks - 1), until)

    def weeks(self) -> list[str]:
        """The ISO week labels the period touches, in order."""
        from veerkracht.domain.dates import week_label

        monday = self.since - timedelta(days=self.since.weekday())
        count = (self.until - monday).days // 7 + 1
        return [week_label(*(monday + timedelta(days=7 * i)).isocalendar()[:2]) for i in range(count)]

    def params(self) -> dict[str, str]:
        return {"since": self.since.isoformat(), "until": self.until.isoformat()}


def iso_week_sql(column: str) -> str:
    """SQL for the ISO week label (``2026-W47``) of a ``YYYY-MM-DD`` column.

    The week's Thursday decides its ISO year; SQLite has no %G/%V before 3.46.
    """
    thursday = f"date({column}, '-3 days', 'weekday 4')"
    return (
        f"printf('%s-W%02d', strftime('%Y', {thursday}), "
        f"(CAST(strftime('%j', {thursday}) AS INTEGER) - 1) / 7 + 1)"
    )


def build(journal: Journal, period: Period) -> dict:
    """Every figure of the report for ``period`` (signals as of its last day)."""
    from veerkracht.queries import energy, habits, signals

    return {
        "period": {**period.params(), "days": period.days},
        "energy": energy.figures(journal, period),
        "tags": energy.tags(journal, period),
        "cycles": habits.cycles(journal, period),
        "reviews": habits.reviews(journal, period),
        "actions": habits.actions(journal, period),
        "connection": habits.connection(journal, period),
        "signals": signals.active(journal, period.until),
    }
