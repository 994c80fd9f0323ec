"""The days a figure, a report, an export or a weekly review covers: one ``Period`` type.

A period runs from ``since`` to ``until``, both days included. An ISO week is the period from
its Monday to its Sunday, named by its label (``2026-W47``). A period that is open on a side
(the JSON export of the whole journal) runs from ``date.min`` or to ``date.max``, so every
period has two real days and SQL can always compare with ``BETWEEN :since AND :until``.

The days a user asks for are cut to the days a journal holds (:meth:`Period.within_journal`:
1900-01-01 up to today), so no figure ever counts weeks beyond the edges of the calendar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from veerkracht.clock import FIRST_DAY
from veerkracht.domain.dates import week_days, week_label

DEFAULT_WEEKS = 4  # the report and the coach summary cover the last four weeks unless asked
_LABEL = re.compile(r"([0-9]{4})-W([0-9]{2})")


@dataclass(frozen=True)
class Period:
    """The days from ``since`` to ``until``, both included."""

    since: date
    until: date

    @classmethod
    def last_weeks(cls, weeks: int, until: date) -> Period:
        """``weeks`` × 7 days ending on ``until``."""
        return cls(until - timedelta(days=7 * weeks - 1), until)

    @classmethod
    def iso_week(cls, year: int, number: int) -> Period:
        """The Monday to Sunday of ISO week ``number`` of ``year``."""
        return cls(*week_days(year, number))

    @classmethod
    def week_of(cls, day: date) -> Period:
        """The ISO week that holds ``day``."""
        year, number, _ = day.isocalendar()
        return cls.iso_week(year, number)

    @classmethod
    def labelled(cls, label: str) -> Period:
        """The ISO week a label such as ``2026-W47`` names (the label is trusted)."""
        match = _LABEL.fullmatch(label)
        if match is None:
            raise ValueError(f"not an ISO week label: {label!r}")
        return cls.iso_week(int(match[1]), int(match[2]))

    @classmethod
    def everything(cls) -> Period:
        """Every day there is: the period of an export that was given none."""
        return cls(date.min, date.max)

    def within_journal(self, today: date) -> Period:
        """The same period cut to the days a journal holds: FIRST_DAY up to ``today``.

        Not for a period open on a side (:meth:`everything`): its ``date.min`` or ``date.max``
        would be cut too. The caller makes sure the period and those days overlap (see
        ``cli.bounds``); compare the result to see if it was cut.
        """
        return Period(max(self.since, FIRST_DAY), min(self.until, today))

    @property
    def days(self) -> int:
        """How many days the period holds."""
        return (self.until - self.since).days + 1

    @property
    def monday(self) -> date:
        """The Monday of the week that holds the first day."""
        return self.since - timedelta(days=self.since.weekday())

    @property
    def sunday(self) -> date:
        """The Sunday of the week that holds the last day."""
        return self.until + timedelta(days=6 - self.until.weekday())

    @property
    def label(self) -> str:
        """The ISO week label (``2026-W47``) of a period that is one ISO week."""
        if self.since.weekday() != 0 or self.days != 7:
            raise ValueError(f"{self.since} … {self.until} is not one ISO week")
        return week_label(*self.since.isocalendar()[:2])

    def shifted(self, weeks: int) -> Period:
        """The same days ``weeks`` weeks later (earlier when negative)."""
        step = timedelta(weeks=weeks)
        return Period(self.since + step, self.until + step)

    def weeks(self) -> list[str]:
        """The labels of the ISO weeks the period touches, in order."""
        count = (self.until - self.monday).days // 7 + 1
        return [week_label(*(self.monday + timedelta(weeks=i)).isocalendar()[:2]) for i in range(count)]

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day."""
        return self.since <= other.until and other.since <= self.until

    def bounds(self) -> tuple[str, str]:
        """The first and last day as ISO text, for ``BETWEEN ? AND ?``."""
        return self.since.isoformat(), self.until.isoformat()

    def params(self) -> dict[str, str]:
        """The first and last day as ISO text, for ``BETWEEN :since AND :until``."""
        return {"since": self.since.isoformat(), "until": self.until.isoformat()}
